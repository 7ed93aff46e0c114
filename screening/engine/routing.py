"""Routing: the challenge each application fits best, and by how much it beats the one it applied to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Route:
    application: int
    best_challenge: int
    best_score: float
    applied_to: int | None
    applied_score: float | None
    margin: float | None  # best score minus the applied challenge's score (0 when it applied to the best)


def route(percent: np.ndarray, applied_to: Sequence[int | None]) -> list[Route]:
    """One route per application (column) of a challenges x applications 0-100 score matrix."""
    if percent.shape[0] == 0:
        return []
    best = np.argmax(percent, axis=0)
    routes = []
    for column, target in enumerate(applied_to):
        best_score = float(percent[best[column], column])
        applied_score = None if target is None else float(percent[target, column])
        routes.append(
            Route(
                application=column,
                best_challenge=int(best[column]),
                best_score=best_score,
                applied_to=target,
                applied_score=applied_score,
                margin=None if applied_score is None else round(best_score - applied_score, 1),
            )
        )
    return routes
