"""Search on the challenge board: a folded copy of every text, matched word by word in SQL.

Vietnamese is typed with or without diacritics ("chuyen doi so" must find "chuyển đổi số", "cang" must find
"cảng"), so both the stored column and the query are folded with the screening engine's own folding. The
column keeps every word between spaces, and each query word must begin a word of it: the same LIKE on
SQLite and PostgreSQL, no scan in Python.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_

from challenges.models import Challenge
from screening.engine.text import fold_diacritics, words

MAX_TERMS = 8


def folded_words(text: str) -> list[str]:
    """The words of `text`, lower case, diacritics folded."""
    return words(fold_diacritics(text))


def search_text(parts: Iterable[str]) -> str:
    """The stored search column for a challenge's texts: every folded word once, between spaces."""
    seen = dict.fromkeys(word for part in parts for word in folded_words(part))
    return " " + " ".join(seen) + " "


def search_condition(query: str) -> ColumnElement[bool] | None:
    """The SQL condition for `?q=`: every word (up to `MAX_TERMS`) begins a word of the challenge."""
    terms = list(dict.fromkeys(folded_words(query)))[:MAX_TERMS]
    if not terms:
        return None
    return and_(*(Challenge.search_text.contains(" " + term, autoescape=True) for term in terms))
