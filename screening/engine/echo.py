"""Echo: how much of an application is copied from the problem statement.

The echo ratio of a (statement, application) pair is the share of the application's distinct word
trigrams (diacritic-folded) that also occur in the statement. Pasting the statement into an application
raises it; writing about the same subject in one's own words barely does. Above ``ECHO_THRESHOLD`` the
pair is flagged for the judges. In the platform's pre-screen, an application that holds most of a
statement (see ``Overlap.guarded``) is scored on its text with the copied passages taken out, so pasting
the statement cannot lift it. The guard is not part of the plain ranker that ``screening.evaluate``
measures: in retrieval sets such as ALQAC the question is copied from the relevant document, and the
guard would hide exactly those (measured in the README).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from screening.engine import text as textproc

NGRAM = 3
ECHO_THRESHOLD = 0.3
# The guard: an application holding GUARD_COVERAGE of a statement of at least GUARD_MIN_TRIGRAMS distinct
# trigrams (about 60 words: a problem statement, not a one-line question) is scored without the copy.
GUARD_COVERAGE = 0.6
GUARD_MIN_TRIGRAMS = 60
_HASH_FEATURES = 2**22


def folded_words(text: str | textproc.Prepared) -> list[str]:
    return textproc.WORD.findall(textproc.folded_of(text))


def ngrams(words: Sequence[str], n: int = NGRAM) -> list[str]:
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def _trigram_analyzer(text: str | textproc.Prepared) -> list[str]:
    return ngrams(folded_words(text))


_HASHER = HashingVectorizer(
    analyzer=_trigram_analyzer,
    n_features=_HASH_FEATURES,
    alternate_sign=False,
    norm=None,
    binary=True,
    dtype=np.float32,
)


def ngram_matrix(texts: Sequence[str | textproc.Prepared]) -> sp.csr_matrix:
    """Binary (texts x hashed trigrams) matrix."""
    return sp.csr_matrix(_HASHER.transform(texts))


@dataclass(frozen=True)
class Overlap:
    """Trigram overlap of statements (rows) and applications (columns)."""

    ratio: np.ndarray  # share of the application's trigrams found in the statement (the echo ratio)
    coverage: np.ndarray  # share of the statement's trigrams found in the application
    statement_sizes: np.ndarray  # distinct trigrams per statement

    def guarded(self) -> np.ndarray:
        """Pairs whose application holds most of a full-length statement: scored without the copy."""
        long_statement = self.statement_sizes[:, np.newaxis] >= GUARD_MIN_TRIGRAMS
        return long_statement & (self.coverage >= GUARD_COVERAGE)


def overlap(
    statements: Sequence[str | textproc.Prepared], applications: Sequence[str | textproc.Prepared]
) -> Overlap:
    """Echo ratios and statement coverage of every pair, from one sparse product."""
    if not statements or not applications:
        empty = np.zeros((len(statements), len(applications)), dtype=np.float32)
        return Overlap(empty, empty, np.zeros(len(statements), dtype=np.int64))
    statement_grams = ngram_matrix(statements)
    application_grams = ngram_matrix(applications)
    shared = np.asarray((statement_grams @ application_grams.T).toarray(), dtype=np.float32)
    own = np.maximum(application_grams.getnnz(axis=1), 1).astype(np.float32)
    sizes = statement_grams.getnnz(axis=1)
    ratio = np.minimum(shared / own[np.newaxis, :], 1.0)
    coverage = np.minimum(shared / np.maximum(sizes, 1)[:, np.newaxis].astype(np.float32), 1.0)
    return Overlap(ratio, coverage, sizes)


def echo_ratios(statements: Sequence[str], applications: Sequence[str]) -> np.ndarray:
    """(statements x applications) echo ratios in [0, 1]."""
    return overlap(statements, applications).ratio


def echo_ratio(statement: str, application: str) -> float:
    """The echo ratio of one pair (exact, without hashing)."""
    own = set(ngrams(folded_words(application)))
    if not own:
        return 0.0
    return len(own & set(ngrams(folded_words(statement)))) / len(own)


def strip_copied(statements: str | Sequence[str], application: str) -> str:
    """The application's words that are not part of a trigram copied from the statement(s)."""
    words = folded_words(application)
    copied = {
        gram for statement in ([statements] if isinstance(statements, str) else statements)
        for gram in ngrams(folded_words(statement))
    }  # fmt: skip
    keep = np.ones(len(words), dtype=bool)
    for start in range(len(words) - NGRAM + 1):
        if " ".join(words[start : start + NGRAM]) in copied:
            keep[start : start + NGRAM] = False
    return " ".join(word for word, kept in zip(words, keep, strict=True) if kept)


def repetition_ratio(application: str | textproc.Prepared) -> float:
    """Share of the words that repeat a word seen within the 12 before: high for stuffed keyword lists."""
    words = folded_words(application)
    if len(words) < 20:
        return 0.0
    last_seen: dict[str, int] = {}
    repeats = 0
    for position, word in enumerate(words):
        if position - last_seen.get(word, -100) <= 12:
            repeats += 1
        last_seen[word] = position
    return repeats / len(words)
