"""Echo: copying the statement is measured and flagged, and earns nothing, whatever the statement's length."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest

from screening.engine import echo
from screening.engine.documents import Application, Challenge, load_applications, load_challenges
from screening.engine.metrics import read_qrels
from screening.engine.pipeline import prescreen
from screening.engine.rankers import screen
from screening.engine.synthetic import generate
from screening.engine.tokens import Lexicon

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
STATEMENT = (
    "Cảng Cát Lái cần giải pháp dự báo thời gian lưu container và điều phối xe tải vào cổng cảng "
    "để giảm ùn tắc trên đường Nguyễn Thị Định vào giờ cao điểm."
)
OWN = (
    "Chúng tôi làm ứng dụng thanh toán bằng mã QR cho tiểu thương ở chợ Bến Thành, đã có ba nghìn người dùng."
)


def test_echo_ratio_of_a_paste_an_own_text_and_an_empty_one() -> None:
    assert echo.echo_ratio(STATEMENT, OWN) == 0.0
    assert echo.echo_ratio(STATEMENT, STATEMENT) == 1.0
    assert 0.4 < echo.echo_ratio(STATEMENT, OWN + " " + STATEMENT) < 0.8
    assert echo.echo_ratio(STATEMENT, "") == 0.0


def test_copies_are_found_without_diacritics_and_in_decomposed_text() -> None:
    unmarked = "cang cat lai can giai phap du bao thoi gian luu container va dieu phoi xe tai vao cong cang"
    assert echo.echo_ratio(STATEMENT, unmarked) == 1.0
    assert echo.echo_ratio(STATEMENT, unicodedata.normalize("NFD", STATEMENT)) == 1.0


def test_the_topics_own_words_are_not_copies() -> None:
    # Phrases shorter than a passage are the subject's vocabulary, which an on-topic answer shares.
    answer = "Giải pháp dự báo thời gian lưu container của chúng tôi giúp giảm ùn tắc ở cổng cảng."
    assert echo.echo_ratio(STATEMENT, answer) == 0.0


def test_find_reports_the_copied_share_the_statement_covered_and_the_own_words() -> None:
    lexicon = Lexicon()
    applications = lexicon.tokenize([OWN, OWN + "\n\n" + STATEMENT, STATEMENT[:60]])
    apart = Lexicon()  # statements cut by another lexicon: word fingerprints still match
    statements = apart.tokenize([STATEMENT, "Clinics need shorter waiting times for patients and doctors."])
    prints = (lexicon.fingerprints(), apart.fingerprints())
    copies = echo.find(applications, statements, np.array([0, 1]), 2, prints)
    assert copies.applications.tolist() == [1, 2] and copies.challenges.tolist() == [0, 0]
    assert copies.share[0] == pytest.approx(1 - len(applications.of(0)) / len(applications.of(1)))
    assert copies.coverage[0] == 1.0 and copies.share[1] == 1.0 and 0 < copies.coverage[1] < 0.5
    own = applications.keep(copies.kept, lexicon)
    assert np.array_equal(own.of(1), applications.of(0)) and len(own.of(2)) == 0


def test_keyword_lists_repeat_their_words_and_prose_does_not() -> None:
    prose = generate(1, 1).applications[0].text
    repetition = echo.repetition(Lexicon().tokenize(["port container truck " * 20, prose, "short text"]))
    assert repetition[0] > 0.9 and repetition[1] < 0.5 and repetition[2] == 0.0


def plant(applications: list[Application], chosen: list[int], statement: str) -> list[Application]:
    pasted = list(applications)
    for index in chosen:
        original = pasted[index]
        pasted[index] = Application(
            original.id, original.title, f"{original.text}\n\n{statement}", original.lang
        )
    return pasted


def ranks(scores: np.ndarray) -> np.ndarray:
    return np.argsort(np.argsort(-scores, kind="stable"))


@pytest.mark.parametrize("words", [(30, 80), (150, 300)], ids=["short statements", "long statements"])
def test_pasting_the_statement_into_twenty_off_topic_applications_lifts_none_into_the_top_tenth(
    words,
) -> None:
    """The issue's echo target, with the shipped ranker, on a realistic call of 500 x 20."""
    call = generate(500, 20, seed=7, statement_words=words)
    for target in (0, 1):  # a Vietnamese and an English statement
        off_topic = [
            i
            for i, topic in enumerate(call.topic_of_application)
            if topic != call.topic_of_challenge[target] and not call.echoes[i]
        ][:20]
        before = prescreen(call.challenges, call.applications)
        after = prescreen(call.challenges, plant(call.applications, off_topic, call.challenges[target].text))
        top_tenth = set(after.ranking(target)[: len(call.applications) // 10])
        assert not top_tenth & set(off_topic)
        assert after.echo_flag[target, off_topic].all()
        # The copied words earn nothing: each lands where its own words put it.
        assert np.abs(after.rank[target, off_topic] - before.rank[target, off_topic]).max() <= 2


def dev_set(name: str) -> tuple[list[Challenge], list[Application], dict[str, dict[str, int]]]:
    directory = EVAL / name
    if not directory.is_dir():
        pytest.skip(f"{directory} is not here (the shared folder sits beside the repository)")
    return (
        load_challenges(directory / "challenges.jsonl"),
        load_applications(directory / "applications.jsonl"),
        read_qrels(directory / "qrels.tsv"),
    )


@pytest.mark.parametrize(("dataset", "sample"), [("cisi", 8), ("oid_dev", 10)])
def test_on_the_dev_sets_a_pasted_statement_lifts_no_off_topic_application(dataset: str, sample: int) -> None:
    """Short statements (CISI, 8-150 words) and long ones (oid_dev, about 250 words, two languages).

    Off-topic: judged irrelevant, and outside the top fifth on its own words before the paste.
    """
    challenges, applications, qrels = dev_set(dataset)
    before = screen(challenges, applications).fused
    rng = np.random.default_rng(13)
    for target in rng.choice(len(challenges), sample, replace=False):
        judged = qrels.get(challenges[target].id, {})
        place = ranks(before[target])
        pool = [
            i
            for i, a in enumerate(applications)
            if not judged.get(a.id) and place[i] >= len(applications) // 5
        ]
        chosen = sorted(rng.choice(pool, 20, replace=False).tolist())
        after = ranks(screen(challenges, plant(applications, chosen, challenges[target].text)).fused[target])
        assert after[chosen].min() >= len(applications) // 10, challenges[target].id
        assert np.abs(after[chosen] - place[chosen]).max() <= 2, challenges[target].id
