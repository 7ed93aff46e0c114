"""Scores on a 0-100 scale that mean the same in every challenge, whatever its language, length and pool.

The shipped ranker's score for an application is the mean, over its three channels, of how many standard
deviations the application stands above the applications written in the same language as the statement
version that judges it (``rankers``). Measured against its own language, a Vietnamese statement's typical
applicant and an English statement's typical applicant stand at the same place, and a statement of 40
words and one of 300 words both put their unrelated applicants near the pool's mean (the README gives the
figures on the generator). ``calibrate`` maps that standing through the normal distribution function,
centred one deviation above the pool's mean: a typical applicant lands near 10-15, one standing out by two
deviations near 84, a clear fit (three and more) above 97. The map is fixed (no fitting, no randomness), so
a re-run on the same texts gives the same numbers.
"""

from __future__ import annotations

import numpy as np
from scipy.special import ndtr

CENTRE = 1.0  # standard score that maps to 50


def calibrate(fused: np.ndarray) -> np.ndarray:
    """Map the ranker's scores (challenges x applications, in standard deviations) to 0-100, one decimal."""
    return np.round(100.0 * ndtr(np.asarray(fused, dtype=np.float64) - CENTRE), 1)
