"""Reading a run's results: a challenge's ranked list, its duplicate clusters, its routing suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass

from flask import abort
from markupsafe import Markup, escape
from sqlalchemy import Select, func, select
from sqlalchemy.orm import joinedload

from challenges.applications.models import Application
from challenges.applications.operations import text_of
from challenges.models import Challenge
from innovation.extensions import db
from screening.models import DuplicateReview, ScreeningResult, ScreeningRun

PER_PAGE = 50
FLAGS = ("ineligible", "duplicate", "echo", "misrouted")


@dataclass(frozen=True)
class RankedQuery:
    """Which slice of a challenge's ranked list to show."""

    flag: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> RankedQuery:
        """Read `?flag=&page=`; a malformed value is a 400."""
        flag = args.get("flag", "").strip()
        page = args.get("page", "1").strip() or "1"
        if (flag and flag not in FLAGS) or not page.isdigit() or len(page) > 6 or int(page) < 1:
            abort(400)
        return cls(flag=flag, page=int(page))


@dataclass(frozen=True)
class RankedPage:
    """One page of a challenge's ranked applicants."""

    results: list[ScreeningResult]
    total: int
    page: int
    pages: int


def _flagged(query: Select[tuple[ScreeningResult]], flag: str) -> Select[tuple[ScreeningResult]]:
    if flag == "ineligible":
        return query.where(func.json_array_length(ScreeningResult.eligibility) > 0)
    if flag == "duplicate":
        return query.where(ScreeningResult.duplicate_cluster.is_not(None))
    if flag == "echo":
        return query.where(ScreeningResult.echo_flag.is_(True))
    if flag == "misrouted":
        return query.where(ScreeningResult.misrouted.is_(True))
    return query


def ranked_page(run: ScreeningRun, challenge: Challenge, query: RankedQuery) -> RankedPage:
    """The challenge's applicants in rank order, filtered by a flag, a page at a time (two queries)."""
    base = _flagged(
        select(ScreeningResult).where(
            ScreeningResult.run_id == run.id, ScreeningResult.challenge_id == challenge.id
        ),
        query.flag,
    )
    total = db.session.scalar(select(func.count()).select_from(base.subquery())) or 0
    pages = max(1, -(-total // PER_PAGE))
    page = min(query.page, pages)
    results = db.session.scalars(
        base.options(
            joinedload(ScreeningResult.application).joinedload(Application.startup),
            joinedload(ScreeningResult.best_challenge),
        )
        .order_by(ScreeningResult.rank)
        .limit(PER_PAGE)
        .offset((page - 1) * PER_PAGE)
    ).unique()
    return RankedPage(list(results), total, page, pages)


def highlight(sentence: str, terms: list[str]) -> Markup:
    """A sentence with the matched terms marked (case-insensitively), everything else escaped."""
    lowered = sentence.casefold()
    marks: list[tuple[int, int]] = []
    for term in sorted({term for term in terms if term}, key=len, reverse=True):
        start = lowered.find(term.casefold())
        while start != -1:
            end = start + len(term)
            if not any(start < b and a < end for a, b in marks):
                marks.append((start, end))
            start = lowered.find(term.casefold(), end)
    out, last = Markup(""), 0
    for start, end in sorted(marks):
        out += (
            escape(sentence[last:start]) + Markup("<mark>") + escape(sentence[start:end]) + Markup("</mark>")
        )
        last = end
    return out + escape(sentence[last:])


@dataclass
class Cluster:
    """Near-duplicate applications of a run, with the organizer's decision if any."""

    number: int
    results: list[ScreeningResult]
    review: DuplicateReview | None


def duplicate_clusters(run: ScreeningRun) -> list[Cluster]:
    """Every cluster of the run, its members in application order."""
    results = db.session.scalars(
        select(ScreeningResult)
        .options(
            joinedload(ScreeningResult.application).joinedload(Application.startup),
            joinedload(ScreeningResult.challenge),
        )
        .where(ScreeningResult.run_id == run.id, ScreeningResult.duplicate_cluster.is_not(None))
        .order_by(ScreeningResult.duplicate_cluster, ScreeningResult.application_id)
    ).unique()
    reviews = {
        review.cluster: review
        for review in db.session.scalars(select(DuplicateReview).where(DuplicateReview.run_id == run.id))
    }
    clusters: dict[int, list[ScreeningResult]] = {}
    for result in results:
        clusters.setdefault(int(result.duplicate_cluster or 0), []).append(result)
    return [Cluster(number, members, reviews.get(number)) for number, members in clusters.items()]


def marked_differences(first: str, second: str) -> tuple[Markup, Markup]:
    """Two texts side by side, the words only one of them has marked."""
    left, right = first.split(), second.split()
    marked_left, marked_right = Markup(""), Markup("")
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        a_text, b_text = " ".join(left[a1:a2]), " ".join(right[b1:b2])
        if tag == "equal":
            marked_left += escape(a_text) + " "
            marked_right += escape(b_text) + " "
        else:
            if a_text:
                marked_left += Markup("<mark>") + escape(a_text) + Markup("</mark> ")
            if b_text:
                marked_right += Markup("<mark>") + escape(b_text) + Markup("</mark> ")
    return marked_left, marked_right


def marked_cluster(cluster: Cluster) -> list[tuple[ScreeningResult, Markup]]:
    """Each member's text with what differs from the cluster's first member marked (the first member is
    marked against the second)."""
    texts = [text_of(result.application) for result in cluster.results]
    if len(texts) < 2:
        return [(result, escape(text)) for result, text in zip(cluster.results, texts, strict=True)]
    marked = [marked_differences(texts[0], texts[1])[0]]
    marked.extend(marked_differences(texts[0], text)[1] for text in texts[1:])
    return list(zip(cluster.results, marked, strict=True))


def misrouted(run: ScreeningRun) -> list[ScreeningResult]:
    """Applications that fit another challenge much better than the one they applied to, largest gap first."""
    return list(
        db.session.scalars(
            select(ScreeningResult)
            .options(
                joinedload(ScreeningResult.application).joinedload(Application.startup),
                joinedload(ScreeningResult.challenge),
                joinedload(ScreeningResult.best_challenge),
            )
            .where(ScreeningResult.run_id == run.id, ScreeningResult.misrouted.is_(True))
            .order_by(ScreeningResult.margin.desc())
        ).unique()
    )


def shortlisted_ids(run: ScreeningRun, challenge: Challenge) -> set[int]:
    """The challenge's applicants in this run that are shortlisted now."""
    from challenges.applications.models import ApplicationState

    return set(
        db.session.scalars(
            select(Application.id)
            .join(ScreeningResult, ScreeningResult.application_id == Application.id)
            .where(
                ScreeningResult.run_id == run.id,
                ScreeningResult.challenge_id == challenge.id,
                Application.state == ApplicationState.SHORTLISTED,
            )
        )
    )
