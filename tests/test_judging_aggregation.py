"""Aggregation of judges' scores: weighted scores, per-judge normalization, disagreement, missing scores."""

from __future__ import annotations

from innovation.judging.aggregation import JudgeScore, aggregate, weighted_score

HARSH, LENIENT, THIRD = 1, 2, 3


def test_a_weighted_score_runs_from_0_to_100_whatever_the_scales() -> None:
    criteria = [(10, 0.5, 5), (11, 0.5, 3)]
    assert weighted_score({10: 1, 11: 1}, criteria) == 0
    assert weighted_score({10: 5, 11: 3}, criteria) == 100
    assert weighted_score({10: 3, 11: 2}, criteria) == 50
    assert weighted_score({10: 5, 11: 1}, [(10, 3.0, 5), (11, 1.0, 3)]) == 75


def test_a_harsh_judge_does_not_sink_the_applications_they_read() -> None:
    # The harsh judge's best application (A, 55) is far above what they gave the others; the lenient
    # judge's worst (X, 70) is far below theirs. Raw means put X above A; normalized, A leads.
    scores = [
        JudgeScore(HARSH, "A", 55),
        JudgeScore(HARSH, "B", 30),
        JudgeScore(HARSH, "C", 25),
        JudgeScore(LENIENT, "X", 70),
        JudgeScore(LENIENT, "Y", 90),
        JudgeScore(LENIENT, "Z", 95),
    ]
    results = {r.application_id: r for r in aggregate(scores, {key: 1 for key in "ABCXYZ"})}
    assert results["X"].mean_raw > results["A"].mean_raw
    assert results["A"].rank < results["X"].rank
    assert results["A"].mean_normalized > 0 > results["X"].mean_normalized
    assert results["A"].calibrated > 50 > results["X"].calibrated
    assert results["A"].raw == {HARSH: 55} and round(results["A"].normalized[HARSH], 2) == 1.40


def test_strong_disagreement_is_flagged_and_missing_scores_are_counted() -> None:
    scores = [
        JudgeScore(HARSH, "A", 20),
        JudgeScore(LENIENT, "A", 90),
        JudgeScore(HARSH, "B", 60),
        JudgeScore(LENIENT, "B", 65),
        JudgeScore(THIRD, "B", 62),
    ]
    results = {r.application_id: r for r in aggregate(scores, {"A": 3, "B": 3, "C": 3})}
    assert results["A"].disagreement and not results["B"].disagreement
    assert results["A"].missing == 1 and results["B"].missing == 0 and results["C"].missing == 3
    assert results["C"].rank is None and results["C"].mean_raw is None


def test_a_judge_who_gives_everyone_the_same_score_counts_as_neutral() -> None:
    scores = [JudgeScore(HARSH, "A", 60), JudgeScore(HARSH, "B", 60), JudgeScore(LENIENT, "A", 80)]
    results = {r.application_id: r for r in aggregate(scores, {"A": 2, "B": 1})}
    assert results["A"].normalized == {HARSH: 0.0, LENIENT: 0.0}
    assert results["B"].normalized == {HARSH: 0.0}
