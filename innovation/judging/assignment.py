"""Automatic judge assignment: each judge's fit to each application, and an exact, deterministic b-matching.

A pure module (numpy, scipy, scikit-learn and the screening engine's text functions only), so the platform's
job, the command line and the benchmark share it.

**Fit** of a judge to an application, in [0, 1]: ``SECTOR_WEIGHT`` times the share of the application's
sectors the judge covers, plus ``TEXT_WEIGHT`` times the cosine of TF-IDF vectors of the judge's expertise
and the application's text. Terms are the words of ``screening.engine.text.words`` folded by ``fold_word``
(diacritics removed as ``fold_diacritics`` does, English plurals made singular), so "giao thong" meets
"giao thông", plus pairs of neighbouring words, so "giao thông" (traffic) is told from "thông minh" (smart).
As in the screening engine, function words are not removed but weighed down by their idf. A reason names
the application's sectors the judge covers and the phrases of the expertise found in the application.

**Eligibility**: a judge reads the application's language, has no conflict with it, and the organizer has
not removed the pair by hand.

**Solver**: first the largest number of (judge, application) slots, each application at most R distinct
judges and each judge at most its limit (a maximum flow, exact in integers), then the largest total fit
among assignments of that size (``scipy.optimize.milp``, HiGHS, with that size as a constraint; the
constraint matrix is a network matrix, so the optimum is integral and the MIP ends at its root). Judges and
applications are sorted by id before the model is built and HiGHS is deterministic, so the same input gives
the same assignment whatever order it comes in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse.csgraph import maximum_flow
from sklearn.feature_extraction.text import TfidfVectorizer

from screening.engine import text as textproc

SECTOR_WEIGHT = 0.5
TEXT_WEIGHT = 0.5
# Fits are rounded before they are compared, so that float noise in the last bits never decides a pair.
FIT_DECIMALS = 4
REASON_TERMS = 5  # matched expertise phrases shown in a reason
# A phrase that adds less than this to the cosine is a common word met by chance ("time", "use"): not shown.
REASON_FLOOR = 0.01
# A pair of words across a comma or a full stop is no phrase: "giao thông, đèn" must not make "thông đèn".
_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]/|\n]+|\.(?=\s|$)")

Pair = tuple[int, int]  # (judge id, application id)


@dataclass(frozen=True)
class JudgeProfile:
    """A judge as the assignment sees one: sectors, a short expertise text, languages read, load limit.

    ``capacity`` replaces the global load limit for this judge (higher or lower); None keeps the global one.
    """

    id: int
    sectors: frozenset[str]
    expertise: str
    languages: frozenset[str]
    capacity: int | None = None


@dataclass(frozen=True)
class ApplicationProfile:
    """An application to judge: its sectors (the challenge's and the startup's), its text and its language.

    ``text`` is the application's title and summary and the challenge's title; ``lang`` is "vi" or "en".
    """

    id: int
    sectors: frozenset[str]
    text: str
    lang: str


@dataclass(frozen=True)
class FitReason:
    """Why a judge fits an application, in parts the platform can translate, and one English sentence."""

    sectors: tuple[str, ...]  # the application's sectors the judge covers, sorted
    terms: tuple[str, ...]  # phrases of the expertise found in the application, strongest first, as written
    sector_score: float  # share of the application's sectors the judge covers
    text_score: float  # cosine of the expertise and the application's text
    reads_language: bool

    def describe(self) -> str:
        """The reason in English: "sectors: smart city, AI; matching expertise: traffic, signal"."""
        parts = []
        if self.sectors:
            parts.append("sectors: " + ", ".join(self.sectors))
        if self.terms:
            parts.append("matching expertise: " + ", ".join(self.terms))
        if not self.reads_language:
            parts.append("does not read the application's language")
        return "; ".join(parts) or "no sector or expertise in common"


@dataclass(frozen=True)
class AssignedPair:
    """One judge assigned to one application, with the fit and its reason."""

    judge_id: int
    application_id: int
    fit: float
    reason: FitReason


@dataclass(frozen=True)
class Shortfall:
    """An application that got fewer than R judges, and why, as a code and the counts behind it.

    ``why`` is "too_few_eligible_judges" (fewer than R judges read its language, have no conflict with it and
    were not removed by hand) or "load_limit" (enough eligible judges, but their limits are used up).
    """

    application_id: int
    missing: int
    why: str
    details: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AssignmentResult:
    """The proposal: pairs sorted by (application id, judge id), shortfalls, and a summary report."""

    pairs: list[AssignedPair]
    unassigned: list[Shortfall]
    report: dict[str, object]


Clause = list[tuple[str, str]]  # (folded word, word as written), in order


def clauses(text: str) -> list[Clause]:
    """The words of ``text``, folded and as written, in clauses: no phrase runs across a comma or a stop."""
    return [
        [(textproc.fold_word(word), word) for word in textproc.words(piece)]
        for piece in _CLAUSE_BREAK.split(text or "")
    ]


def terms(text: str) -> list[str]:
    """The terms the fit compares: the folded words of ``text`` and each pair of neighbouring words."""
    found: list[str] = []
    for clause in clauses(text):
        found += [folded for folded, _ in clause]
        found += [f"{a} {b}" for (a, _), (b, _) in zip(clause, clause[1:], strict=False)]
    return found


def _itself(document: list[str]) -> list[str]:
    """Documents reach the vectorizer already cut into terms."""
    return document


def matched_phrases(expertise: list[Clause], shared: Mapping[str, float], trim: bool = True) -> list[str]:
    """The expertise's phrases found in a text, strongest first, as the judge wrote them.

    A phrase is a run of expertise words whose neighbouring pairs all occur in the text ("đèn tín hiệu"), or
    a single word that does; a run of function words only is no phrase. With ``trim``, function words at
    its ends are cut, as the screening explanations cut them; in Vietnamese typed without marks they are
    not, since "khi" there may be "khí" (air). ``shared`` is each term's share of the cosine; a phrase's
    strength is the sum of its terms' shares.
    """
    strength: dict[str, tuple[float, str]] = {}
    for clause in expertise:
        runs: list[list[int]] = []
        for index, (folded, _) in enumerate(clause):
            if runs and runs[-1][-1] == index - 1 and f"{clause[index - 1][0]} {folded}" in shared:
                runs[-1].append(index)
            elif folded in shared:
                runs.append([index])
        for run in runs:
            linking = [clause[index][1] in textproc.LINKING_WORDS for index in run]
            if all(linking):
                continue
            if trim:
                run = run[linking.index(False) : len(run) - linking[::-1].index(False)]
            words = [clause[index][0] for index in run]
            score = sum(shared[word] for word in words)
            score += sum(shared[f"{a} {b}"] for a, b in zip(words, words[1:], strict=False))
            key = " ".join(words)
            if score > strength.get(key, (0.0, ""))[0]:
                strength[key] = (score, " ".join(clause[index][1] for index in run))
    shown: list[tuple[set[str], str]] = []
    for key, (score, written) in sorted(strength.items(), key=lambda item: (-item[1][0], item[0])):
        words = set(key.split())
        if score < REASON_FLOOR or len(shown) == REASON_TERMS:
            break
        if _lone_syllable(written):
            continue
        if not any(words <= other for other, _ in shown):  # "hàng" says nothing after "theo dõi lô hàng"
            shown.append((words, written))
    return [written for _, written in shown]


def _lone_syllable(written: str) -> bool:
    """A short Vietnamese syllable on its own ("đổi" of "chuyển đổi", "cơ" of "cơ quan") tells the reader
    nothing: it still counts in the fit, but a reason does not show it."""
    return " " not in written and len(written) <= 3 and not written.isascii()


def _marked_or_english(expertise: list[Clause]) -> bool:
    """Whether an expertise text's function words can be told: it has Vietnamese marks, or is English."""
    written = [word for clause in expertise for _, word in clause]
    return any(map(textproc.is_marked, written)) or textproc.detect_language(" ".join(written)) == "en"


class FitReasons(Mapping[Pair, FitReason]):
    """The reason of every (judge id, application id) pair, worked out when asked for."""

    def __init__(
        self,
        judges: Sequence[JudgeProfile],
        applications: Sequence[ApplicationProfile],
        expertise: list[list[Clause]],
        vectors: tuple[sp.csr_matrix, sp.csr_matrix, np.ndarray],
        scores: tuple[np.ndarray, np.ndarray],
    ) -> None:
        judge_vectors, application_vectors, vocabulary = vectors
        self._judges = {judge.id: (row, judge) for row, judge in enumerate(judges)}
        self._applications = {app.id: (column, app) for column, app in enumerate(applications)}
        self._expertise = expertise
        self._trim = [_marked_or_english(text) for text in expertise]
        # Only the judges' terms can be shared: keep those columns, so a reason costs a few array lookups.
        used = np.unique(judge_vectors.indices)
        self._terms = vocabulary[used]
        self._judge_weights = judge_vectors[:, used].toarray()
        self._application_weights = application_vectors[:, used].tocsr()
        self._sector_share, self._text_cosine = scores

    def __getitem__(self, pair: Pair) -> FitReason:
        row, judge = self._judges[pair[0]]
        column, application = self._applications[pair[1]]
        weights = self._application_weights
        start, end = weights.indptr[column], weights.indptr[column + 1]
        columns = weights.indices[start:end]
        products = weights.data[start:end] * self._judge_weights[row, columns]
        kept = products > 0
        shared = dict(zip(self._terms[columns[kept]].tolist(), products[kept].tolist(), strict=True))
        return FitReason(
            sectors=tuple(sorted(judge.sectors & application.sectors)),
            terms=tuple(matched_phrases(self._expertise[row], shared, self._trim[row])),
            sector_score=round(float(self._sector_share[row, column]), FIT_DECIMALS),
            text_score=round(float(self._text_cosine[row, column]), FIT_DECIMALS),
            reads_language=application.lang in judge.languages,
        )

    def __iter__(self) -> Iterator[Pair]:
        return ((judge_id, app_id) for judge_id in self._judges for app_id in self._applications)

    def __len__(self) -> int:
        return len(self._judges) * len(self._applications)


def fit_matrix(
    judges: Sequence[JudgeProfile], applications: Sequence[ApplicationProfile]
) -> tuple[np.ndarray, FitReasons]:
    """Fit of every judge (rows) to every application (columns), in the given order, and their reasons.

    The fit says how well the expertise matches; whether the judge may take the application (language,
    conflicts) is not part of it.
    """
    expertise = [clauses(judge.expertise) for judge in judges]
    documents = [terms(judge.expertise) for judge in judges] + [terms(app.text) for app in applications]
    if any(documents):
        vectorizer = TfidfVectorizer(analyzer=_itself, sublinear_tf=True).fit(documents)
        judge_vectors = vectorizer.transform(documents[: len(judges)]).tocsr()
        application_vectors = vectorizer.transform(documents[len(judges) :]).tocsr()
        vocabulary = vectorizer.get_feature_names_out()
    else:  # nothing to compare: no term at all
        judge_vectors = sp.csr_matrix((len(judges), 0))
        application_vectors = sp.csr_matrix((len(applications), 0))
        vocabulary = np.array([], dtype=object)
    text_cosine = np.clip((judge_vectors @ application_vectors.T).toarray(), 0.0, 1.0)
    sector_share = np.zeros((len(judges), len(applications)))
    for column, application in enumerate(applications):
        for row, judge in enumerate(judges):
            covered = len(judge.sectors & application.sectors)
            sector_share[row, column] = covered / len(application.sectors) if covered else 0.0
    fits = np.round(SECTOR_WEIGHT * sector_share + TEXT_WEIGHT * text_cosine, FIT_DECIMALS)
    vectors = (judge_vectors, application_vectors, vocabulary)
    return fits, FitReasons(judges, applications, expertise, vectors, (sector_share, text_cosine))


def _pair_mask(
    pairs: Iterable[Pair], judge_row: Mapping[int, int], app_column: Mapping[int, int], shape: tuple[int, int]
) -> np.ndarray:
    """A boolean judges x applications matrix, true at the given pairs (pairs of unknown ids left out)."""
    mask = np.zeros(shape, dtype=bool)
    for judge_id, app_id in pairs:
        if judge_id in judge_row and app_id in app_column:
            mask[judge_row[judge_id], app_column[app_id]] = True
    return mask


def _most_slots(allowed: np.ndarray, app_room: np.ndarray, judge_room: np.ndarray) -> int:
    """The largest number of allowed pairs within each application's and judge's room (a maximum flow)."""
    n_judges, n_apps = allowed.shape
    source, sink = 0, 1 + n_apps + n_judges
    rows, columns = np.nonzero(allowed)  # judge row, application column
    tails = np.concatenate([np.zeros(n_apps, int), 1 + columns, 1 + n_apps + np.arange(n_judges)])
    heads = np.concatenate([1 + np.arange(n_apps), 1 + n_apps + rows, np.full(n_judges, sink)])
    capacity = np.concatenate([app_room, np.ones(len(rows), int), judge_room]).astype(np.int32)
    graph = sp.csr_matrix((capacity, (tails, heads)), shape=(sink + 1, sink + 1))
    graph.eliminate_zeros()
    return int(maximum_flow(graph, source, sink).flow_value)


def _best_fit(
    allowed: np.ndarray, pinned: np.ndarray, fits: np.ndarray, reviews: int, limits: np.ndarray, slots: int
) -> np.ndarray:
    """Among assignments of ``slots`` allowed pairs that keep every pinned one, one of largest total fit."""
    rows, columns = np.nonzero(allowed)
    if len(rows) == 0:
        return np.zeros_like(allowed)
    variables = np.arange(len(rows))
    n_judges, n_apps = allowed.shape
    per_application = sp.csr_matrix((np.ones(len(rows)), (columns, variables)), shape=(n_apps, len(rows)))
    per_judge = sp.csr_matrix((np.ones(len(rows)), (rows, variables)), shape=(n_judges, len(rows)))
    constraints = [
        LinearConstraint(per_application, 0, reviews),
        LinearConstraint(per_judge, 0, limits),
        LinearConstraint(np.ones((1, len(rows))), slots, slots),
    ]
    result = milp(
        -fits[rows, columns],
        integrality=np.ones(len(rows)),
        bounds=Bounds(pinned[rows, columns].astype(float), 1.0),
        constraints=constraints,
        options={"mip_rel_gap": 0.0},  # exact: the default gap would accept a worse total fit
    )
    if not result.success:
        raise RuntimeError(f"assignment solver failed: {result.message}")
    chosen = np.zeros_like(allowed)
    chosen[rows, columns] = np.round(result.x) == 1
    return chosen


def _pin(
    fixed: Iterable[Pair],
    judge_row: Mapping[int, int],
    app_column: Mapping[int, int],
    refusals: Mapping[str, np.ndarray],
    reviews: int,
    limits: np.ndarray,
) -> tuple[np.ndarray, list[dict[str, object]]]:
    """The organizer's pinned pairs that can be kept (in id order), and each refused one with why."""
    pinned = np.zeros((len(judge_row), len(app_column)), dtype=bool)
    refused: list[dict[str, object]] = []
    for judge_id, app_id in sorted(set(fixed)):
        if judge_id not in judge_row or app_id not in app_column:
            why = "unknown"
        else:
            row, column = judge_row[judge_id], app_column[app_id]
            why = next((code for code, mask in refusals.items() if mask[row, column]), "")
            if not why and pinned[row].sum() >= limits[row]:
                why = "judge_limit"
            elif not why and pinned[:, column].sum() >= reviews:
                why = "application_full"
            if not why:
                pinned[row, column] = True
                continue
        refused.append({"judge_id": judge_id, "application_id": app_id, "why": why})
    return pinned, refused


def _check_unique(ids: Sequence[int], kind: str) -> None:
    """Two items with the same id are an error in the caller's data (``ids`` sorted)."""
    for before, after in zip(ids, ids[1:], strict=False):
        if before == after:
            raise ValueError(f"two {kind} with id {before}")


def _shortfalls(
    chosen: np.ndarray,
    reads: np.ndarray,
    conflicted: np.ndarray,
    removed: np.ndarray,
    reviews: int,
    limits: np.ndarray,
    app_ids: Sequence[int],
) -> list[Shortfall]:
    """Each application with fewer than ``reviews`` judges, and why, with the counts behind the why."""
    allowed = reads & ~conflicted & ~removed
    load = chosen.sum(axis=1)
    found = []
    for column, app_id in enumerate(app_ids):
        missing = reviews - int(chosen[:, column].sum())
        if missing <= 0:
            continue
        eligible = allowed[:, column]
        if eligible.sum() < reviews:
            details = {
                "required": reviews,
                "judges": len(limits),
                "reading_language": int(reads[:, column].sum()),
                "conflicted": int((reads[:, column] & conflicted[:, column]).sum()),
                "forbidden": int((reads[:, column] & ~conflicted[:, column] & removed[:, column]).sum()),
                "eligible": int(eligible.sum()),
            }
            found.append(Shortfall(app_id, missing, "too_few_eligible_judges", details))
        else:
            # In a largest assignment every eligible judge not on this application is at its limit.
            details = {
                "eligible": int(eligible.sum()),
                "eligible_at_limit": int((eligible & (load >= limits)).sum()),
                "eligible_capacity": int(limits[eligible].sum()),
                "capacity": int(limits.sum()),
                "demand": len(app_ids) * reviews,
            }
            found.append(Shortfall(app_id, missing, "load_limit", details))
    return found


def assign(
    judges: Iterable[JudgeProfile],
    applications: Iterable[ApplicationProfile],
    conflicts: Collection[Pair],
    reviews_per_application: int = 3,
    load_limit: int | None = None,
    fixed: Collection[Pair] = frozenset(),
    forbidden: Collection[Pair] = frozenset(),
) -> AssignmentResult:
    """Assign up to R distinct eligible judges to each application, each judge at most its limit.

    Maximizes the number of assigned slots, then the total fit. ``conflicts`` and ``forbidden`` pairs are
    never assigned; ``fixed`` pairs are kept when allowed and within the limits (the others are listed in
    ``report["refused_fixed"]``). ``load_limit`` None is the even share, rounded up:
    ceil(applications x R / judges).
    """
    judge_list = sorted(judges, key=lambda judge: judge.id)
    app_list = sorted(applications, key=lambda app: app.id)
    _check_unique([judge.id for judge in judge_list], "judges")
    _check_unique([app.id for app in app_list], "applications")
    reviews = reviews_per_application
    if min(reviews, load_limit or 0, *(judge.capacity or 0 for judge in judge_list)) < 0:
        raise ValueError("reviews per application, load limits and capacities cannot be negative")
    demand = len(app_list) * reviews
    limit = load_limit if load_limit is not None else math.ceil(demand / len(judge_list)) if judge_list else 0
    limits = np.array([limit if j.capacity is None else j.capacity for j in judge_list], dtype=np.int64)
    judge_row = {judge.id: row for row, judge in enumerate(judge_list)}
    app_column = {app.id: column for column, app in enumerate(app_list)}
    shape = (len(judge_list), len(app_list))

    fits, reasons = fit_matrix(judge_list, app_list)
    reads = np.array([[app.lang in judge.languages for app in app_list] for judge in judge_list], dtype=bool)
    reads = reads.reshape(shape)
    conflicted = _pair_mask(conflicts, judge_row, app_column, shape)
    removed = _pair_mask(forbidden, judge_row, app_column, shape)
    allowed = reads & ~conflicted & ~removed
    refusals = {"conflict": conflicted, "language": ~reads, "forbidden": removed}
    pinned, refused_fixed = _pin(fixed, judge_row, app_column, refusals, reviews, limits)

    free = allowed & ~pinned
    app_room = reviews - pinned.sum(axis=0)
    judge_room = limits - pinned.sum(axis=1)
    slots = int(pinned.sum()) + (_most_slots(free, app_room, judge_room) if free.any() else 0)
    chosen = _best_fit(allowed, pinned, fits, reviews, limits, slots)

    pairs = [
        AssignedPair(judge_list[row].id, app_list[column].id, float(fits[row, column]),
                     reasons[judge_list[row].id, app_list[column].id])
        for column, row in sorted(zip(*np.nonzero(chosen.T), strict=True))
    ]  # fmt: skip
    unassigned = _shortfalls(chosen, reads, conflicted, removed, reviews, limits, list(app_column))
    report: dict[str, object] = {
        "applications": len(app_list),
        "judges": len(judge_list),
        "reviews_per_application": reviews,
        "load_limit": limit,
        "demand": demand,
        "capacity": int(limits.sum()),
        "eligible_pairs": int(allowed.sum()),
        "assigned": len(pairs),
        "unassigned": demand - len(pairs),
        "short_applications": len(unassigned),
        "reviews_and_limits_met": len(pairs) == demand,
        "total_fit": round(float(fits[chosen].sum()), FIT_DECIMALS),
        "pinned": int(pinned.sum()),
        "refused_fixed": refused_fixed,
    }
    return AssignmentResult(pairs, unassigned, report)
