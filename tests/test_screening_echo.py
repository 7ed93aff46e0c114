"""Echo: copying the problem statement is measured, flagged, and cannot lift an application."""

from __future__ import annotations

import numpy as np
import pytest

from screening.engine import echo
from screening.engine.documents import Application
from screening.engine.pipeline import prescreen
from screening.engine.synthetic import generate

STATEMENT = (
    "Cảng Cát Lái cần giải pháp dự báo thời gian lưu container và điều phối xe tải vào cổng cảng "
    "để giảm ùn tắc trên đường Nguyễn Thị Định vào giờ cao điểm."
)


def test_echo_ratio_of_a_paste_an_own_text_and_an_empty_one() -> None:
    own = "Chúng tôi làm ứng dụng thanh toán bằng mã QR cho tiểu thương ở chợ Bến Thành."
    assert echo.echo_ratio(STATEMENT, own) == 0.0
    assert echo.echo_ratio(STATEMENT, STATEMENT) == 1.0
    assert 0.3 < echo.echo_ratio(STATEMENT, own + " " + STATEMENT) < 1.0
    assert echo.echo_ratio(STATEMENT, "") == 0.0


def test_echo_is_found_without_diacritics_and_in_decomposed_text() -> None:
    import unicodedata

    unmarked = "cang cat lai can giai phap du bao thoi gian luu container va dieu phoi xe tai vao cong cang"
    assert echo.echo_ratio(STATEMENT, unmarked) > 0.9
    assert echo.echo_ratio(STATEMENT, unicodedata.normalize("NFD", STATEMENT)) == 1.0


def test_batched_ratios_match_the_single_pair() -> None:
    applications = ["Một văn bản riêng về nông nghiệp và xâm nhập mặn.", STATEMENT + " Thêm ý của chúng tôi."]
    ratios = echo.echo_ratios([STATEMENT], applications)
    assert ratios.shape == (1, 2)
    assert ratios[0, 0] == pytest.approx(echo.echo_ratio(STATEMENT, applications[0]))
    assert ratios[0, 1] == pytest.approx(echo.echo_ratio(STATEMENT, applications[1]), abs=1e-6)


def test_stripping_keeps_only_what_the_applicant_wrote() -> None:
    own = "Chúng tôi bán phần mềm kế toán"
    assert echo.strip_copied(STATEMENT, own + " " + STATEMENT) == "chung toi ban phan mem ke toan"


def test_keyword_lists_have_a_high_repetition_ratio() -> None:
    assert echo.repetition_ratio("port container truck " * 20) > 0.9
    prose = generate(1, 1).applications[0].text
    assert echo.repetition_ratio(prose) < 0.5


def test_pasting_the_statement_into_twenty_irrelevant_applications_lifts_none_into_the_top_tenth() -> None:
    """The issue's echo target, on a realistic call of 500 applications and 20 challenges."""
    call = generate(500, 20, seed=7)
    target = 0
    statement = call.challenges[target].description
    irrelevant = [
        i for i, topic in enumerate(call.topic_of_application) if topic != call.topic_of_challenge[target]
    ]
    chosen = irrelevant[:20]
    applications = list(call.applications)
    for index in chosen:
        original = applications[index]
        applications[index] = Application(
            original.id, original.title, original.text + "\n\n" + statement, original.lang
        )
    result = prescreen(call.challenges, applications, call.applied_to)
    top_tenth = set(result.ranking(target)[: len(applications) // 10])
    assert not top_tenth & set(chosen)
    assert result.echo_flags[target, chosen].all() and result.guarded[target, chosen].all()
    assert not result.echo_flags[target, np.setdiff1d(irrelevant, chosen)].any()
