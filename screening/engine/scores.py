"""Scores on a 0-100 scale that an organizer can read and compare between challenges.

The default ranker's fused score is a sum of per-challenge z-scores: how far an application stands above
that challenge's pool, in standard deviations. ``to_percent`` maps it through the normal distribution
function, centred one deviation above the pool's mean: a typical applicant lands near 16, one standing
out by two deviations near 84, a clear fit (three and more) above 97. The mapping is fixed (no fitting,
no randomness), so a re-run on the same texts gives the same numbers, and since every challenge is
measured against its own pool, a 90 means the same degree of standing-out in every challenge.
"""

from __future__ import annotations

import numpy as np
from scipy.special import ndtr

CENTRE = 1.0  # z at which the score is 50
SPREAD = 1.0  # z units per standard deviation of the normal curve
CHANNELS = 3  # the default fusion sums three channels' z-scores


def to_percent(fused: np.ndarray, channels: int = CHANNELS) -> np.ndarray:
    """Map fused z-scores (challenges x applications) to 0-100, rounded to one decimal."""
    z = np.asarray(fused, dtype=np.float64) / channels
    return np.round(100.0 * ndtr((z - CENTRE) / SPREAD), 1)
