"""Rankers on small hand-made calls: every method puts the fitting application first."""

from __future__ import annotations

import numpy as np
import pytest

from screening.engine.documents import Application, Challenge, Version
from screening.engine.rankers import METHODS, rank, screen
from screening.engine.scores import calibrate

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
    Application("a-port", "PortFlow", "Chúng tôi dự báo thời gian lưu container và đặt lịch xe tải vào cổng cảng.", "vi"),
    Application("a-port-plain", "PortFlow", "Du bao thoi gian luu container va dieu phoi xe tai vao cang Cat Lai.", "vi"),
    Application("a-clinic", "MediQ", "A scheduling app for clinics: patients book a time and wait less.", "en"),
    Application("a-fintech", "PayNow", "QR code payments for small merchants at wet markets.", "en"),
]  # fmt: skip
ENGLISH_PORT = Application(
    "a-port-en", "PortFlow", "We forecast container dwell time and schedule trucks at the port gate.", "en"
)


def pool(size: int = 40) -> list[Application]:
    """The hand-made applications among unrelated ones of both languages, as in a real call."""
    fillers = [
        Application(f"f{i}", "", text, lang)
        for i, (text, lang) in enumerate(
            [
                ("Ứng dụng học tiếng Anh cho học sinh tiểu học với trò chơi và bài hát.", "vi"),
                ("A marketplace for handmade ceramics from Bát Tràng village.", "en"),
                ("Phần mềm quản lý nhà hàng, gọi món bằng mã QR và in hóa đơn.", "vi"),
                ("Drone photography for weddings and real-estate listings.", "en"),
            ]
            * (size // 4)
        )
    ]
    return [*APPLICATIONS, ENGLISH_PORT, *fillers]


@pytest.mark.parametrize("method", sorted(METHODS))
def test_each_method_ranks_the_fitting_applications_first(method: str) -> None:
    scores = rank([PORT, CLINIC], pool(), method)
    assert scores.shape == (2, 45)
    assert set(np.argsort(-scores[0])[:3]) >= {0, 1}  # with and without diacritics
    assert np.argmax(scores[1]) == 2


def test_text_without_diacritics_meets_the_marked_statement() -> None:
    scores = rank([PORT, CLINIC], pool())[0]
    assert scores[1] > np.sort(scores)[-4]  # among the three best of 45


def test_unknown_method_and_empty_inputs() -> None:
    with pytest.raises(ValueError, match="unknown ranking method"):
        rank([PORT], APPLICATIONS, "magic")
    assert rank([], APPLICATIONS).shape == (0, 4)
    assert rank([PORT], []).shape == (1, 0)


def test_empty_application_texts_score_low_and_finite() -> None:
    applications = [*pool(), Application("a-empty", "", "", "vi")]
    scores = rank([PORT, CLINIC], applications)
    assert np.isfinite(scores).all()
    assert scores[0, -1] < scores[0, 0] and scores[1, -1] < scores[1, 2]


def test_an_english_application_meets_a_vietnamese_statement_through_the_glossary() -> None:
    """No English version given: the glossary writes the statement's concepts in English."""
    scores = rank([PORT, CLINIC], pool())[0]
    assert int(np.argsort(-scores).tolist().index(4)) <= 2
    with_version = Challenge(
        "port", PORT.title, PORT.description, "vi",
        (Version("en", "Shorter truck waits at Cat Lai port", "Forecast container dwell time and schedule trucks."),),
    )  # fmt: skip
    assert int(np.argsort(-rank([with_version, CLINIC], pool())[0]).tolist().index(4)) <= 2


def test_a_version_judges_the_applications_written_in_its_language() -> None:
    screening = screen([PORT, CLINIC], pool())
    english = [row for row, language in enumerate(screening.versions.languages) if language == "en"]
    assert screening.versions.languages[:2] == ["vi", "en"] and screening.versions.translated.tolist()[
        :2
    ] == [
        False,
        True,
    ]
    best = screening.best_version[0]
    assert best[4] in english and best[0] not in english  # the English application met the English rendering


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
    scores = rank([challenge, CLINIC], [honest, stuffed, five, *pool()[2:]])[0]
    assert scores[0] > scores[1]
    assert scores[1] <= scores[2] + 1e-3  # forty repetitions are worth no more than five


def test_scores_are_calibrated_bounded_deterministic_and_ordered() -> None:
    first, second = screen([PORT, CLINIC], pool()), screen([PORT, CLINIC], pool())
    assert first.percent.min() >= 0 and first.percent.max() <= 100
    assert np.array_equal(first.percent, second.percent)
    order = np.argsort(-first.fused[0], kind="stable")
    assert (np.diff(first.percent[0][order]) <= 0).all()
    assert calibrate(np.array([[-1.0, 1.0, 3.0]])).tolist() == [[2.3, 50.0, 97.7]]
