"""The pre-screen: rank, score 0-100, explain the top, find duplicates, echo, eligibility and routing.

One call, ``prescreen(challenges, applications, ...)``, gives everything the platform stores for a
screening run. The ranking is the default fusion with the echo guard on (see ``echo``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from screening.engine import echo
from screening.engine.dedup import find_duplicate_clusters
from screening.engine.documents import Application, Challenge
from screening.engine.eligibility import ApplicationFacts, EligibilityRules, Flag, check_eligibility
from screening.engine.explain import Explanation, explain_pairs
from screening.engine.rankers import default_scores
from screening.engine.routing import Route, route
from screening.engine.scores import to_percent


@dataclass(frozen=True)
class PrescreenResult:
    percent: np.ndarray  # challenges x applications, 0-100
    echo: np.ndarray  # challenges x applications, echo ratio 0-1
    echo_flags: np.ndarray  # challenges x applications, echo ratio above the threshold
    guarded: np.ndarray  # challenges x applications, scored without the statement text it copies
    stuffing: np.ndarray  # per application, share of words repeating a nearby word
    explanations: dict[tuple[int, int], Explanation]  # (challenge, application) for each challenge's top
    duplicate_clusters: list[list[int]]
    eligibility: dict[int, list[Flag]]  # application -> flags against the challenge it applied to
    routes: list[Route]

    def ranking(self, challenge: int) -> list[int]:
        """Applications for `challenge`, best first."""
        return [int(i) for i in np.argsort(-self.percent[challenge], kind="stable")]


def prescreen(
    challenges: Sequence[Challenge],
    applications: Sequence[Application],
    applied_to: Sequence[int | None] | None = None,
    rules: Mapping[int, EligibilityRules] | None = None,
    facts: Mapping[int, ApplicationFacts] | None = None,
    top: int = 20,
) -> PrescreenResult:
    """Run the whole pre-screen; `rules` by challenge index, `facts` by application index."""
    applied = list(applied_to) if applied_to is not None else [None] * len(applications)
    if not challenges or not applications:
        empty = np.zeros((len(challenges), len(applications)), dtype=np.float32)
        flags = empty.astype(bool)
        return PrescreenResult(empty, empty, flags, flags, np.zeros(len(applications)), {}, [], {}, [])
    texts = [application.full_text for application in applications]
    statements = ["\n".join(version.text for version in c.all_versions()) for c in challenges]
    scores = default_scores(challenges, applications, guard=True)
    percent = to_percent(scores.fused)

    explanations: dict[tuple[int, int], Explanation] = {}
    if len(challenges) and len(applications):
        order = np.argsort(-percent, axis=1, kind="stable")[:, :top]
        pairs = np.column_stack([np.repeat(np.arange(len(challenges)), order.shape[1]), order.ravel()])
        for (challenge, application), explanation in zip(
            pairs.tolist(), explain_pairs(scores.space, statements, texts, pairs), strict=True
        ):
            explanations[(challenge, application)] = explanation

    eligibility: dict[int, list[Flag]] = {}
    for index, target in enumerate(applied):
        if target is not None and rules and target in rules:
            eligibility[index] = check_eligibility(
                rules[target], (facts or {}).get(index, ApplicationFacts())
            )

    return PrescreenResult(
        percent=percent,
        echo=scores.echo,
        echo_flags=scores.echo >= echo.ECHO_THRESHOLD,
        guarded=scores.guarded,
        stuffing=np.array([echo.repetition_ratio(item) for item in scores.prepared], dtype=np.float32),
        explanations=explanations,
        duplicate_clusters=find_duplicate_clusters(scores.prepared),
        eligibility=eligibility,
        routes=route(percent, applied) if len(challenges) else [],
    )
