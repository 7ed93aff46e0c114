"""The whole pre-screen on plain records, as the platform's job calls it; routing on its own."""

from __future__ import annotations

import json

import numpy as np

from screening.engine.pipeline import prescreen
from screening.engine.routing import route
from screening.engine.synthetic import generate

RECORD_KEYS = {
    "challenge_id", "application_id", "score", "rank", "terms", "sentences", "echo_ratio", "echo_flag",
    "stuffing_ratio", "stuffing_flag", "duplicate_cluster", "eligibility", "best_challenge_id", "best_score",
    "margin", "misrouted",
}  # fmt: skip


def test_routing_names_the_best_challenge_the_margin_and_the_misrouted() -> None:
    percent = np.array([[90.0, 10.0, 50.0, 60.0], [40.0, 70.0, 50.0, 55.0]])
    routes = route(percent, [1, 1, None, 1])
    assert [(r.best_challenge, r.margin, r.misrouted) for r in routes] == [
        (0, 50.0, True),  # a clear fit elsewhere, far ahead of where it applied
        (1, 0.0, False),
        (0, None, False),
        (0, 5.0, False),  # about as good in both: not misrouted
    ]
    assert routes[0].applied_score == 40.0 and routes[0].best_score == 90.0


def test_prescreen_ranks_explains_flags_and_routes_plain_records() -> None:
    call = generate(300, 6, seed=11)
    challenges, applications = call.records(
        eligibility={"minimum_trl": 6, "countries": ["VN"]}, facts={"trl": 4, "country": "KR"}
    )
    result = prescreen(challenges, applications, top=5)

    assert result.score.shape == (6, 300) and 0 <= result.score.min() and result.score.max() <= 100
    assert all(sorted(row) == list(range(1, 301)) for row in result.rank.tolist())
    for challenge in range(6):  # the top of each challenge is on its topic
        top = result.ranking(challenge)[:10]
        assert sum(call.topic_of_application[i] == call.topic_of_challenge[challenge] for i in top) >= 9
    assert len(result.explanations) == 30
    assert all(explanation.terms and explanation.sentences for explanation in result.explanations.values())

    codes = {flag.code for flag in result.eligibility(0, 0)}
    assert codes == {"trl_too_low", "country_not_allowed"}
    message = result.eligibility(0, 0)[0].as_dict()["message"]
    assert "TRL 6" in message["en"] and "TRL 6" in message["vi"]

    wandered = [
        i for i, t in enumerate(call.applied_to) if call.topic_of_application[i] != call.topic_of_challenge[t]
    ]
    on_topic = [i for i in range(300) if i not in wandered]
    assert wandered and np.mean([result.routes[i].misrouted for i in wandered]) > 0.8
    assert np.mean([result.routes[i].misrouted for i in on_topic]) < 0.05

    records = list(result.records(top=3))
    assert len(records) == 18 and set(records[0]) == RECORD_KEYS
    assert records[0]["rank"] == 1 and records[0]["terms"] and records[0]["eligibility"]
    json.dumps(records)  # plain data, ready to store
    assert result.duplicate_clusters and result.stuffing_ratio.shape == (300,)
    assert all(
        result.duplicate_cluster[i] == n for n, group in enumerate(result.duplicate_clusters) for i in group
    )


def test_each_challenge_applies_its_own_eligibility_rules() -> None:
    challenges = [
        {"id": "c1", "title": "Port", "description": "Container dwell time at the port.",
         "eligibility": {"minimum_stage": "mvp", "legal_entity_required": True}},
        {"id": "c2", "title": "Clinics", "description": "Shorter waits at clinics.", "eligibility": None},
    ]  # fmt: skip
    applications = [
        {"id": "a1", "title": "", "text": "We forecast container dwell time.", "stage": "idea", "legal_entity": True},
        {"id": "a2", "title": "", "text": "Clinic booking app.", "challenge_id": "c2"},
    ]  # fmt: skip
    result = prescreen(challenges, applications)
    assert [flag.code for flag in result.eligibility(0, 0)] == ["stage_too_early"]
    assert [flag.code for flag in result.eligibility(0, 1)] == ["stage_missing", "legal_entity_missing"]
    assert result.eligibility(1, 0) == [] and result.eligibility(1, 1) == []
    record = result.pair(1, 1)
    assert record["best_challenge_id"] == "c2" and record["misrouted"] is False and record["rank"] == 1


def test_prescreen_of_nothing() -> None:
    call = generate(3, 2)
    challenges, _ = call.records()
    result = prescreen(challenges, [])
    assert result.score.shape == (2, 0) and result.explanations == {} and result.routes == []
    assert list(result.records()) == []


def test_pairs_gives_the_same_records_as_pair_one_by_one() -> None:
    from screening.engine.pipeline import prescreen
    from screening.engine.synthetic import generate

    challenges, applications = generate(60, challenges=4, seed=7).records()
    batch = prescreen(challenges, applications, top=2)
    single = prescreen(challenges, applications, top=2)
    wanted = [(index % 4, index) for index in range(60)]
    assert batch.pairs(wanted) == [single.pair(c, a) for c, a in wanted]
