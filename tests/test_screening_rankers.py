"""Rankers on small hand-made calls: every method puts the fitting application first."""

from __future__ import annotations

import numpy as np
import pytest

from screening.engine.documents import Application, Challenge, Version
from screening.engine.rankers import METHODS, rank
from screening.engine.scores import to_percent

PORT = Challenge(
    id="port",
    title="Giảm thời gian chờ xe container tại cảng Cát Lái",
    description="Cảng cần giải pháp dự báo thời gian lưu container và điều phối xe tải vào cổng cảng.",
    lang="vi",
)
CLINIC = Challenge(
    id="clinic",
    title="Shorter waiting times at district clinics",
    description="Clinics need a scheduling system so that patients wait less and doctors see more people.",
    lang="en",
)
APPLICATIONS = [
    Application(
        "a-port",
        "PortFlow",
        "Chúng tôi dự báo thời gian lưu container và đặt lịch xe tải vào cổng cảng.",
        "vi",
    ),
    Application(
        "a-port-plain",
        "PortFlow",
        "Du bao thoi gian luu container va dieu phoi xe tai vao cang Cat Lai.",
        "vi",
    ),
    Application(
        "a-clinic", "MediQ", "A scheduling app for clinics: patients book a time and wait less.", "en"
    ),
    Application("a-fintech", "PayNow", "QR code payments for small merchants at wet markets.", "en"),
]


@pytest.mark.parametrize("method", sorted(METHODS))
def test_each_method_ranks_the_fitting_applications_first(method: str) -> None:
    scores = rank([PORT, CLINIC], APPLICATIONS, method)
    assert scores.shape == (2, 4)
    assert set(np.argsort(-scores[0])[:2]) == {0, 1}  # with and without diacritics
    assert np.argmax(scores[1]) == 2


def test_text_without_diacritics_meets_the_marked_statement_in_the_default_ranker() -> None:
    scores = rank([PORT], APPLICATIONS, "default")[0]
    assert scores[1] > scores[2] and scores[1] > scores[3]


def test_unknown_method_and_empty_inputs() -> None:
    with pytest.raises(ValueError, match="unknown ranking method"):
        rank([PORT], APPLICATIONS, "magic")
    assert rank([], APPLICATIONS).shape == (0, 4)
    assert rank([PORT], []).shape == (1, 0)


def test_empty_application_texts_score_lowest() -> None:
    applications = [*APPLICATIONS, Application("a-empty", "", "", "vi")]
    scores = rank([PORT, CLINIC], applications)
    assert np.all(np.argmin(scores, axis=1) >= 2)
    assert np.isfinite(scores).all()


def test_an_english_version_lets_english_applications_match_a_vietnamese_challenge() -> None:
    english_port = Application(
        "a-port-en",
        "PortFlow",
        "We forecast container dwell time and schedule trucks at the port gate.",
        "en",
    )
    pool = [*APPLICATIONS, english_port]
    alone = rank([PORT, CLINIC], pool)[0]
    bilingual = Challenge(
        id="port",
        title=PORT.title,
        description=PORT.description,
        lang="vi",
        versions=(
            Version(
                "en",
                "Shorter truck waiting at Cat Lai port",
                "Forecast container dwell time and schedule trucks.",
            ),
        ),
    )
    both = rank([bilingual, CLINIC], pool)[0]
    assert np.argsort(-both).tolist().index(4) < np.argsort(-alone).tolist().index(4)
    assert np.argsort(-both).tolist().index(4) <= 2


def test_repeating_keywords_does_not_lift_an_application() -> None:
    pitch = "We sell QR payments to merchants. "
    keywords = "port container trucks dwell time "
    honest = Application(
        "honest", "", "We forecast container dwell time at the port and schedule trucks.", "en"
    )
    stuffed = Application("stuffed", "", pitch + keywords * 40, "en")
    five = Application("five", "", pitch + keywords * 5, "en")
    challenge = Challenge(
        "c", "Port congestion", "Forecast container dwell time and schedule trucks at the port."
    )
    scores = rank([challenge, CLINIC], [honest, stuffed, five, *APPLICATIONS[2:]])[0]
    assert scores[0] > scores[1]
    assert scores[1] <= scores[2] + 1e-3  # forty repetitions are worth no more than five


def test_percent_scores_are_bounded_deterministic_and_ordered() -> None:
    fused = rank([PORT, CLINIC], APPLICATIONS)
    percent = to_percent(fused)
    assert percent.min() >= 0 and percent.max() <= 100
    assert np.array_equal(percent, to_percent(rank([PORT, CLINIC], APPLICATIONS)))
    assert np.array_equal(np.argsort(-percent[0], kind="stable"), np.argsort(-fused[0], kind="stable"))
    assert to_percent(np.array([[0.0, 3.0, 9.0]])).tolist() == [[15.9, 50.0, 97.7]]
