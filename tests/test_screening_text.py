"""Text processing: Vietnamese with and without marks, decomposed Unicode, language, sentences."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest

from screening.engine import text

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
