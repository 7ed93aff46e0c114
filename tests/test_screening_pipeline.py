"""The whole pre-screen on a synthetic call, and routing on its own."""

from __future__ import annotations

import numpy as np

from screening.engine.eligibility import ApplicationFacts, EligibilityRules
from screening.engine.pipeline import prescreen
from screening.engine.routing import route
from screening.engine.synthetic import generate


def test_routing_names_the_best_challenge_and_the_margin() -> None:
    percent = np.array([[90.0, 10.0, 50.0], [40.0, 70.0, 50.0]])
    routes = route(percent, [1, 1, None])
    assert [(r.best_challenge, r.margin) for r in routes] == [(0, 50.0), (1, 0.0), (0, None)]
    assert routes[0].applied_score == 40.0 and routes[0].best_score == 90.0


def test_prescreen_ranks_explains_flags_and_routes() -> None:
    call = generate(300, 6, seed=11)
    rules = {0: EligibilityRules(minimum_trl=6, countries=frozenset({"VN"}))}
    facts = {i: ApplicationFacts(trl=4, country="KR") for i in range(len(call.applications))}
    result = prescreen(call.challenges, call.applications, call.applied_to, rules=rules, facts=facts, top=5)

    assert result.percent.shape == (6, 300) and 0 <= result.percent.min() and result.percent.max() <= 100
    # The top of each challenge is on its topic.
    for challenge in range(6):
        top = result.ranking(challenge)[:10]
        on_topic = [call.topic_of_application[i] == call.topic_of_challenge[challenge] for i in top]
        assert sum(on_topic) >= 9
    # Explanations for each challenge's top five, with terms and sentences.
    assert len(result.explanations) == 30
    assert all(explanation.terms and explanation.sentences for explanation in result.explanations.values())
    # Eligibility only for applications to the challenge with rules, in both languages.
    flagged = {index for index, target in enumerate(call.applied_to) if target == 0}
    assert set(result.eligibility) == flagged
    flag_codes = {flag.code for flags in result.eligibility.values() for flag in flags}
    assert flag_codes == {"trl_too_low", "country_not_allowed"}
    # Routing covers every application; applications that wandered off topic fit another challenge better.
    assert len(result.routes) == 300
    wandered = [
        i
        for i, target in enumerate(call.applied_to)
        if call.topic_of_application[i] != call.topic_of_challenge[target]
    ]
    assert wandered and np.mean([result.routes[i].margin > 0 for i in wandered]) > 0.8
    assert result.duplicate_clusters and result.stuffing.shape == (300,)


def test_prescreen_of_nothing() -> None:
    call = generate(3, 2)
    result = prescreen(call.challenges, [], [])
    assert result.percent.shape == (2, 0) and result.explanations == {} and result.routes == []
