"""Text processing for Vietnamese and English: normalization, diacritic folding, language, words, sentences.

Vietnamese text arrives both composed (NFC) and decomposed (NFD, the combining marks typed separately),
so every channel starts from ``normalize``. ``fold_diacritics`` gives the channel where
"chuyen doi so" meets "chuyển đổi số"; ``đ`` has no decomposition and is mapped by hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n\s*\n|\n(?=\s*[-•*·]\s)")
_VIETNAMESE_ONLY = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
# The most frequent function words of each language, used when a text has few diacritics.
_VI_FUNCTION_WORDS = frozenset(
    "và của các cho với là được có trong không một những để này khi người từ theo đến về như "
    "va cua cac cho voi la duoc co trong khong mot nhung de nay khi nguoi tu theo den ve nhu".split()
)
_EN_FUNCTION_WORDS = frozenset(
    "the and of to in for is are with on that by this as be from or an at we our it which can".split()
)


def normalize(text: str) -> str:
    """NFC-compose and case-fold ``text``; collapse runs of whitespace."""
    composed = unicodedata.normalize("NFC", text or "")
    return " ".join(composed.casefold().split())


def _build_fold_table() -> dict[int, str | None]:
    """Every precomposed Latin letter -> its letters without marks; combining marks -> nothing."""
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "D"}
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for code in range(start, end):
            decomposed = unicodedata.normalize("NFD", chr(code))
            base = "".join(char for char in decomposed if not unicodedata.combining(char))
            if base != chr(code) and base.isascii():
                table[code] = base
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


_FOLD = _build_fold_table()


def fold_diacritics(text: str) -> str:
    """Strip diacritics so that Vietnamese written without marks meets the marked form ("đổi" -> "doi")."""
    return unicodedata.normalize("NFC", text or "").translate(_FOLD)


def words(text: str) -> list[str]:
    """Normalized word tokens (Vietnamese syllables are words here; see ``syllable_bigrams``)."""
    return WORD.findall(normalize(text))


def detect_language(text: str) -> str:
    """Return ``"vi"`` or ``"en"``: Vietnamese-only letters or function words decide, cheaply."""
    sample = normalize(text[:2000])
    if not sample:
        return "en"
    if len(_VIETNAMESE_ONLY.findall(sample)) > 0.01 * len(sample):
        return "vi"
    tokens = WORD.findall(sample)
    vi_hits = sum(1 for token in tokens if token in _VI_FUNCTION_WORDS)
    en_hits = sum(1 for token in tokens if token in _EN_FUNCTION_WORDS)
    return "vi" if vi_hits > en_hits else "en"


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (NFC, original case), dropping empty pieces."""
    composed = unicodedata.normalize("NFC", text or "")
    return [piece.strip() for piece in _SENTENCE_END.split(composed) if piece and piece.strip()]


def word_count(text: str) -> int:
    return len(WORD.findall(text or ""))


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text made ready once for every channel: NFC, case-folded, diacritics removed; its language."""

    folded: str
    vietnamese: bool


def prepare(text: str) -> Prepared:
    return Prepared(fold_diacritics(normalize(text)), detect_language(text) == "vi")


def folded_of(item: str | Prepared) -> str:
    """The folded form of a raw text or of a prepared one."""
    return item.folded if isinstance(item, Prepared) else fold_diacritics(normalize(item))
