"""Text processing for Vietnamese and English: normalization, diacritic folding, language, words, sentences.

Vietnamese text arrives both composed (NFC) and decomposed (NFD, the combining marks typed separately),
so every channel starts from ``normalize``. ``fold_diacritics`` gives the channel where
"chuyen doi so" meets "chuyển đổi số"; ``đ`` has no decomposition and is mapped by hand.
"""

from __future__ import annotations

import re
import unicodedata

# Letters Vietnamese has that English lacks once diacritics are folded away (đ is not a combining mark).
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "D"})
WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n\s*\n|\n(?=\s*[-•*·]\s)")
_VIETNAMESE_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
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


def fold_diacritics(text: str) -> str:
    """Strip diacritics (after NFD) so that Vietnamese written without marks meets the marked form."""
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_FOLD_TABLE))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """Normalized word tokens (Vietnamese syllables are words here; see ``syllable_bigrams``)."""
    return WORD.findall(normalize(text))


def surface_words(text: str) -> list[str]:
    """Word tokens in their original case and marks (NFC), for explanations a reader recognizes."""
    return WORD.findall(unicodedata.normalize("NFC", text or ""))


def detect_language(text: str) -> str:
    """Return ``"vi"`` or ``"en"``: Vietnamese-only letters or function words decide, cheaply."""
    sample = normalize(text[:4000])
    if not sample:
        return "en"
    letters = sum(1 for char in sample if char.isalpha())
    vietnamese_letters = sum(1 for char in sample if char in _VIETNAMESE_ONLY)
    if letters and vietnamese_letters / letters > 0.02:
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
