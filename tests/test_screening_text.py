"""Text processing: Vietnamese with and without marks, decomposed Unicode, language, sentences."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from screening.engine import text
from screening.engine.tokens import Lexicon, Tokens

MARKED = "Chuyển đổi số cho cảng biển Đà Nẵng"


def test_decomposed_and_composed_vietnamese_give_the_same_words() -> None:
    decomposed = unicodedata.normalize("NFD", MARKED)
    assert decomposed != MARKED
    assert (
        text.words(decomposed)
        == text.words(MARKED)
        == ["chuyển", "đổi", "số", "cho", "cảng", "biển", "đà", "nẵng"]
    )


def test_folding_meets_text_written_without_marks() -> None:
    assert text.fold_diacritics(text.normalize(MARKED)) == "chuyen doi so cho cang bien da nang"
    assert text.fold_diacritics(unicodedata.normalize("NFD", "ĐỔI")) == "DOI"
    assert text.fold_diacritics("naïve café") == "naive cafe"


@pytest.mark.parametrize(
    ("sample", "language"),
    [
        (MARKED, "vi"),
        ("giai phap chuyen doi so cho cac doanh nghiep va nguoi dan cua thanh pho", "vi"),
        ("A platform that predicts the dwell time of containers at the port", "en"),
        ("", "en"),
    ],
)
def test_language_detection(sample: str, language: str) -> None:
    assert text.detect_language(sample) == language


def test_empty_and_huge_texts() -> None:
    assert text.words("") == [] and text.sentences("") == [] and text.word_count("") == 0
    huge = "Cảng Cát Lái. " * 50_000
    assert text.word_count(huge) == 150_000
    assert len(text.sentences(huge)) == 50_000
    assert text.detect_language(huge) == "vi"


def test_sentences_keep_the_original_form() -> None:
    assert text.sentences("Chúng tôi giảm 30% thời gian chờ! Next step?\n\n- Pilot at Cát Lái") == [
        "Chúng tôi giảm 30% thời gian chờ!",
        "Next step?",
        "- Pilot at Cát Lái",
    ]


def test_the_engine_imports_no_platform_code() -> None:
    engine = Path(__file__).resolve().parents[1] / "screening"
    for path in [*engine.joinpath("engine").glob("*.py"), engine / "evaluate.py", engine / "bench.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not imported & {"flask", "sqlalchemy", "redis", "rq", "innovation", "challenges"}, path


@pytest.mark.parametrize(
    ("written", "folded"),
    [("sensors", "sensor"), ("cities", "city"), ("batteries", "battery"), ("processes", "process"),
     ("analysis", "analysis"), ("bus", "bus"), ("GPS".casefold(), "gps"), ("đổi", "doi"), ("logistics", "logistic")],
)  # fmt: skip
def test_words_fold_their_marks_and_english_plurals(written: str, folded: str) -> None:
    assert text.fold_word(written) == folded


def test_a_lexicon_gives_one_id_to_every_way_of_writing_a_word() -> None:
    lexicon = Lexicon()
    tokens = lexicon.tokenize(
        [MARKED, unicodedata.normalize("NFD", MARKED), "CHUYEN DOI SO cho cang bien Da Nang"]
    )
    assert np.array_equal(tokens.of(0), tokens.of(1)) and np.array_equal(tokens.of(0), tokens.of(2))
    assert [lexicon.words[i] for i in tokens.of(0)] == [
        "chuyen",
        "doi",
        "so",
        "cho",
        "cang",
        "bien",
        "da",
        "nang",
    ]


def test_a_lexicon_tells_the_language_of_each_text_as_detect_language_does() -> None:
    samples = [
        MARKED,
        "giai phap chuyen doi so cho cac doanh nghiep va nguoi dan cua thanh pho",
        "A platform that predicts the dwell time of containers at Cát Lái port in Thủ Đức",
        "",
    ]
    tokens = Lexicon().tokenize(samples)
    assert tokens.vietnamese.tolist() == [text.detect_language(sample) == "vi" for sample in samples[:3]] + [
        False
    ]
    assert tokens.vietnamese.tolist() == [True, True, False, False]


def test_texts_can_be_picked_joined_and_trimmed() -> None:
    lexicon = Lexicon()
    tokens = lexicon.tokenize(["one two three", "", "bốn năm sáu bảy"])
    picked = tokens.subset([2, 0])
    assert [len(picked.of(i)) for i in range(2)] == [4, 3] and picked.vietnamese.tolist() == [True, False]
    joined = Tokens.join([tokens, picked])
    assert len(joined) == 5 and np.array_equal(joined.of(3), tokens.of(2))
    trimmed = tokens.keep(np.array([True, False, True, True, True, True, True]), lexicon)
    assert [lexicon.words[i] for i in trimmed.of(0)] == ["one", "three"]
