"""The public challenge board: its filters, its search and its pages, in a bounded number of queries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flask import abort
from sqlalchemy import func, select, text
from sqlalchemy.orm import joinedload, load_only, selectinload

from challenges.models import Challenge, ChallengeSector, ChallengeText, Sector
from challenges.search import search_condition
from innovation.extensions import db
from innovation.organizations.models import Organization
from innovation.programs.models import Program
from innovation.security import public_challenges_query, public_programs

PER_PAGE = 20
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class BoardQuery:
    """What a visitor asked the board for."""

    program: str = ""
    sector: str = ""
    q: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> BoardQuery:
        """Read `?program=&sector=&q=&page=`; a malformed value is a 400, not a silent guess."""
        sector = args.get("sector", "").strip()
        if sector and sector not in {item.value for item in Sector}:
            abort(400)
        page_text = args.get("page", "1").strip() or "1"
        if not page_text.isdigit() or len(page_text) > 6 or int(page_text) < 1:
            abort(400)
        query = args.get("q", "").strip()
        if len(query) > MAX_QUERY_LENGTH:
            abort(400)
        return cls(program=args.get("program", "").strip()[:120], sector=sector, q=query, page=int(page_text))

    def args(self, **changes: object) -> dict[str, object]:
        """The query string of this search with `changes` (for pagination links), empty values left out."""
        values = {"program": self.program, "sector": self.sector, "q": self.q, "page": self.page, **changes}
        return {key: value for key, value in values.items() if value and not (key == "page" and value == 1)}


@dataclass(frozen=True)
class BoardPage:
    """One page of results."""

    challenges: list[Challenge]
    total: int
    page: int
    pages: int


def board_page(query: BoardQuery) -> BoardPage:
    """The challenges matching `query`, newest deadline first: one count, one page, two eager loads."""
    selection = public_challenges_query()
    if query.program:
        selection = selection.where(Program.slug == query.program)
    if query.sector:
        selection = selection.where(
            Challenge.id.in_(
                select(ChallengeSector.challenge_id).where(ChallengeSector.sector == query.sector)
            )
        )
    condition = search_condition(query.q)
    if condition is not None:
        selection = selection.where(condition)
    total = db.session.scalar(select(func.count()).select_from(selection.subquery())) or 0
    pages = max(1, -(-total // PER_PAGE))
    challenges = db.session.scalars(
        selection.options(
            # Only what a card shows: a page of cards is what a deadline crowd loads over and over.
            load_only(Challenge.id, Challenge.program_id, Challenge.organization_id, Challenge.published_at),
            joinedload(Challenge.program).load_only(
                Program.id, Program.slug, Program.name, Program.name_en, Program.applications_close_at
            ),
            joinedload(Challenge.organization).load_only(Organization.id, Organization.name),
            selectinload(Challenge.texts).load_only(
                ChallengeText.lang, ChallengeText.title, ChallengeText.statement
            ),
            selectinload(Challenge.sector_rows),
        )
        .order_by(
            Program.applications_close_at.is_(None),
            Program.applications_close_at.desc(),
            Challenge.published_at.desc(),
            Challenge.id.desc(),
        )
        .limit(PER_PAGE)
        .offset((min(query.page, pages) - 1) * PER_PAGE)
    ).unique()
    return BoardPage(list(challenges), total, min(query.page, pages), pages)


# One round trip, as plain SQL: it runs on every visit to the board, before the cache is even looked at.
VERSION_QUERY = text(
    "SELECT (SELECT max(updated_at) FROM challenges), (SELECT count(*) FROM challenges), "
    "(SELECT max(updated_at) FROM programs)"
)


def board_version() -> str:
    """Changes whenever a challenge or a program does (a new, edited, published or closed one)."""
    return "-".join(str(value) for value in db.session.execute(VERSION_QUERY).one())


def board_programs() -> list[Program]:
    """The programs a visitor can filter the board by."""
    return public_programs()
