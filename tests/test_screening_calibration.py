"""Calibrated scores: the same fit reads the same 0-100 whatever the statement's language, length and pool."""

from __future__ import annotations

import pytest

from screening.bench import LONG, SHORT, calibration_medians


@pytest.fixture(scope="module")
def medians() -> dict[str, dict[str, float]]:
    """Median scores on the generator, by statement language > application language and on/off topic."""
    return {
        f"{size} {label}": calibration_medians(size, words)
        for size, label, words in ((400, "short", SHORT), (400, "long", LONG), (1500, "long", LONG))
    }


def test_on_topic_applications_score_alike_in_every_language_length_and_pool(medians) -> None:
    on_topic = {f"{call} {group}": value for call, groups in medians.items()
                for group, value in groups.items() if group.endswith(" on")}  # fmt: skip
    assert len(on_topic) == 12  # vi>vi, vi>en, en>vi, en>en, in three calls
    assert min(on_topic.values()) >= 75 and max(on_topic.values()) - min(on_topic.values()) <= 8, on_topic


def test_off_topic_applications_score_alike_and_low(medians) -> None:
    off_topic = [
        value for groups in medians.values() for group, value in groups.items() if group.endswith(" off")
    ]
    assert max(off_topic) <= 15 and max(off_topic) - min(off_topic) <= 3, off_topic
