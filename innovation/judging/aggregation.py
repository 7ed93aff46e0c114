"""From judges' scores to a ranking an organizer can defend: weighted scores, per-judge normalization,
and disagreement.

Judges score on different curves: a harsh judge's 60 may be a lenient judge's 85. Each judge's weighted
scores are therefore turned into standard scores within that judge's own submissions before they are
averaged, so a harsh judge does not sink the applications they happened to read.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from math import erf, sqrt

# Two judges 25 points apart on a 0-100 scale (one standard deviation of 12.5 or more) disagree strongly.
DISAGREEMENT_SPREAD = 12.5


@dataclass(frozen=True)
class JudgeScore:
    """One submitted score: which judge, which application, the weighted 0-100 value."""

    judge_id: int
    application_id: int
    value: float


@dataclass
class ApplicationResult:
    """What the judges said about one application."""

    application_id: int
    raw: dict[int, float] = field(default_factory=dict)  # judge -> weighted 0-100
    normalized: dict[int, float] = field(
        default_factory=dict
    )  # judge -> standard score in that judge's scores
    expected: int = 0  # judges assigned
    mean_raw: float | None = None
    mean_normalized: float | None = None
    calibrated: float | None = None  # the normalized mean on a 0-100 scale
    disagreement: bool = False
    rank: int | None = None

    @property
    def missing(self) -> int:
        """Assigned judges who have not submitted."""
        return max(0, self.expected - len(self.raw))


def weighted_score(values: dict[int, int], criteria: list[tuple[int, float, int]]) -> float:
    """The weighted 0-100 score of one judge's values; `criteria` is (criterion id, weight, scale)."""
    total_weight = sum(weight for _id, weight, _scale in criteria) or 1.0
    points = sum(
        weight * (values[criterion_id] - 1) / max(scale - 1, 1)
        for criterion_id, weight, scale in criteria
        if criterion_id in values
    )
    return round(100 * points / total_weight, 2)


def aggregate(scores: list[JudgeScore], expected: dict[int, int]) -> list[ApplicationResult]:
    """Every application's raw and normalized scores, ranked by the normalized mean (best first);
    `expected` gives how many judges each application was assigned (to show who is missing)."""
    by_judge: dict[int, list[JudgeScore]] = defaultdict(list)
    for score in scores:
        by_judge[score.judge_id].append(score)
    results = {
        application_id: ApplicationResult(application_id, expected=count)
        for application_id, count in expected.items()
    }
    for judge_id, given in by_judge.items():
        values = [score.value for score in given]
        mean = statistics.fmean(values)
        spread = statistics.pstdev(values) if len(values) > 1 else 0.0
        for score in given:
            result = results.setdefault(score.application_id, ApplicationResult(score.application_id))
            result.raw[judge_id] = score.value
            result.normalized[judge_id] = round((score.value - mean) / spread, 3) if spread > 0 else 0.0
    for result in results.values():
        if result.raw:
            result.mean_raw = round(statistics.fmean(result.raw.values()), 2)
            result.mean_normalized = round(statistics.fmean(result.normalized.values()), 3)
            result.calibrated = round(50 * (1 + erf(result.mean_normalized / sqrt(2))), 1)
            result.disagreement = (
                len(result.raw) > 1 and statistics.pstdev(result.raw.values()) >= DISAGREEMENT_SPREAD
            )
    ranked = sorted(
        results.values(),
        key=lambda result: (
            result.mean_normalized is None,
            -(result.mean_normalized or 0.0),
            -(result.mean_raw or 0.0),
            result.application_id,
        ),
    )
    for position, result in enumerate((r for r in ranked if r.mean_normalized is not None), start=1):
        result.rank = position
    return ranked
