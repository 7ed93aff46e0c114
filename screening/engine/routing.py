"""Routing: the challenge each application fits best, and whether it fits another much better than its own.

Scores are the calibrated 0-100 of ``scores`` (the same fit reads the same in every challenge), so they
compare across challenges. An application is *misrouted* when another challenge is a clear fit for it
(``MISROUTED_FIT`` or more) and beats the one it applied to by ``MISROUTED_MARGIN`` points or more: a
startup that sent a battery-swapping pitch to the air-quality challenge, not one that fits two similar
challenges about equally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

MISROUTED_FIT = 50.0
MISROUTED_MARGIN = 25.0


@dataclass(frozen=True)
class Route:
    """Where an application fits best, against where it applied."""

    application: int
    best_challenge: int
    best_score: float
    applied_to: int | None
    applied_score: float | None
    margin: float | None  # best score minus the applied challenge's (0 when it applied to the best)
    misrouted: bool


def route(percent: np.ndarray, applied_to: Sequence[int | None]) -> list[Route]:
    """One route per application (column) of a challenges x applications 0-100 score matrix."""
    if percent.shape[0] == 0:
        return []
    best = np.argmax(percent, axis=0)
    routes = []
    for column, target in enumerate(applied_to):
        best_score = float(percent[best[column], column])
        applied_score = None if target is None else float(percent[target, column])
        margin = None if applied_score is None else round(best_score - applied_score, 1)
        misrouted = margin is not None and margin >= MISROUTED_MARGIN and best_score >= MISROUTED_FIT
        routes.append(
            Route(column, int(best[column]), best_score, target, applied_score, margin, bool(misrouted))
        )
    return routes
