"""Text processing for Vietnamese and English: normalization, diacritic folding, language, words, sentences.

Vietnamese text arrives both composed (NFC) and decomposed (NFD, the combining marks typed separately),
so every channel starts from ``normalize``. ``fold_diacritics`` gives the form where "chuyen doi so" meets
"chuyển đổi số"; ``đ`` has no decomposition and is mapped by hand. ``fold_word`` also folds English plurals
("sensors" -> "sensor"): a Vietnamese syllable never ends in "s", so the rule cannot touch one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
TOKEN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n\s*\n|\n(?=\s*[-•*·]\s)")
VIETNAMESE_LETTERS = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_VIETNAMESE_ONLY = re.compile(f"[{VIETNAMESE_LETTERS}]")
# The most frequent function words of each language, used when a text has few diacritics.
VI_FUNCTION_WORDS = frozenset(
    "và của các cho với là được có trong không một những để này khi người từ theo đến về như "
    "va cua cac cho voi la duoc co trong khong mot nhung de nay khi nguoi tu theo den ve nhu".split()
)
EN_FUNCTION_WORDS = frozenset(
    "the and of to in for is are with on that by this as be from or an at we our it which can".split()
)
# Words that begin or end no phrase worth showing ("tại cảng Cát Lái" is "cảng Cát Lái"), as written: "tại"
# (at) is one of them, "tài" (as in "tài xế", driver) is not.
LINKING_WORDS = EN_FUNCTION_WORDS | frozenset(
    "và của các cho với là được có trong không một những để này khi từ theo đến về như tại ở bằng qua trên "
    "dưới sau trước nhưng hay hoặc thì mà nên vì do bởi cũng đã sẽ đang rất "
    "a its their they have has was were but also into over per each all any not".split()
)
# Share of a text's words carrying Vietnamese-only letters from which it is Vietnamese: about half of the
# syllables of written Vietnamese do; an English text naming a few places ("Thủ Đức", "Cần Giờ") stays low.
MARKED_SHARE = 0.2


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


@lru_cache(maxsize=1 << 18)
def fold_word(word: str) -> str:
    """The form a case-folded word is matched by: no diacritics, English plural folded to the singular."""
    folded = word.translate(_FOLD)
    if len(folded) <= 3 or not folded.endswith("s") or not folded.isascii():
        return folded  # short words are mostly acronyms (GPS, SMS, POS), which have no plural to fold
    if folded.endswith("ies") and not folded.endswith(("eies", "aies")):
        return folded[:-3] + "y"
    if folded.endswith(("sses", "xes", "ches", "shes", "zes")):
        return folded[:-2]  # "processes", "boxes", "switches": the "e" belongs to the plural
    if folded.endswith("es") and not folded.endswith(("aes", "ees", "oes")):
        return folded[:-1]
    if folded.endswith(("us", "ss", "is")):
        return folded  # "bus", "process", "analysis" are singular
    return folded[:-1]


# Which code points below U+3000 are word characters for ``TOKEN`` (\w: alphanumeric or "_").
_WORD_CHARACTER = np.array([chr(code).isalnum() or code == 0x5F for code in range(0x3000)], dtype=bool)


def word_spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of every ``TOKEN`` match of ``text``, without building match objects."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(codes) and int(codes.max()) >= len(_WORD_CHARACTER):  # beyond the table: ask the regex
        spans = [match.span() for match in TOKEN.finditer(text)]
        return np.array([a for a, _ in spans], dtype=np.int64), np.array(
            [b for _, b in spans], dtype=np.int64
        )
    edges = np.flatnonzero(np.diff(np.concatenate([[0], _WORD_CHARACTER[codes].astype(np.int8), [0]])))
    return edges[::2], edges[1::2]


def words(text: str) -> list[str]:
    """Normalized word tokens (Vietnamese syllables are words here)."""
    return WORD.findall(normalize(text))


def folded_words(text: str) -> list[str]:
    """The words of ``text`` as every channel matches them (see ``fold_word``)."""
    return [fold_word(token) for token in TOKEN.findall(normalize(text))]


def is_marked(token: str) -> bool:
    """Whether a case-folded token carries a letter only Vietnamese writes (ư, ơ, ạ, đ...)."""
    return _VIETNAMESE_ONLY.search(token) is not None


def detect_language(text: str) -> str:
    """Return ``"vi"`` or ``"en"``: Vietnamese-only letters or function words decide, cheaply."""
    sample = normalize(text[:2000])
    if not sample:
        return "en"
    tokens = TOKEN.findall(sample)
    marked = sum(1 for token in tokens if is_marked(token))
    if marked >= MARKED_SHARE * len(tokens):
        return "vi"
    folded = [token.translate(_FOLD) for token in tokens]
    vi_hits = sum(1 for token in folded if token in VI_FUNCTION_WORDS)
    en_hits = sum(1 for token in folded if token in EN_FUNCTION_WORDS)
    return "vi" if vi_hits > en_hits else "en"


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (NFC, original case), dropping empty pieces."""
    composed = unicodedata.normalize("NFC", text or "")
    return [piece.strip() for piece in _SENTENCE_END.split(composed) if piece and piece.strip()]


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of an NFC ``text`` begins (the split of ``sentences``), as offsets."""
    return [0] + [match.end() for match in _SENTENCE_END.finditer(text)]


def word_count(text: str) -> int:
    """Number of words as a reader counts them (a hyphenated word is one): the matches of ``WORD``."""
    starts, ends = word_spans(text or "")
    if len(starts) < 2:
        return len(starts)
    single = (starts[1:] - ends[:-1]) == 1  # runs one character apart, joined if it is - ' ’ or .
    joined = sum(1 for end in ends[:-1][single].tolist() if text[end] in "-'’.")
    return len(starts) - joined
