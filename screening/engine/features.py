"""Term features of tokenized texts, and the two weightings the ranking channels compare them in.

A text's terms are its folded words of two letters or more and, for Vietnamese, every pair of neighbouring
syllables (a Vietnamese word is often two syllables: "chuyển đổi", "dữ liệu"; the pairs stand in for word
segmentation, at a fraction of a segmenter's cost). Counts are cut at ``TERM_COUNT_CAP``, so that repeating
a keyword adds nothing beyond that. Columns: word id for words, then one per syllable pair seen when fitting.

- ``tfidf``: sublinear TF-IDF, unit length (cosine channel);
- ``bm25``: Okapi BM25 document weights, k1 = 1.2, b = 0.75 (queries are binary).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from screening.engine.tokens import Lexicon, Tokens

FLOAT = np.float32
TERM_COUNT_CAP = 5
_PAIR_SHIFT = np.int64(32)
_CHUNK = 8192  # texts handled at a time, so that temporary arrays stay small however many there are


def products(queries: sp.csr_matrix, documents: sp.csr_matrix) -> np.ndarray:
    """(queries x documents) dot products, through the columns the queries use (a dense product)."""
    result = np.zeros((queries.shape[0], documents.shape[0]), dtype=FLOAT)
    used = np.unique(queries.indices)
    if not len(used):
        return result
    dense = np.asarray(queries[:, used].toarray(), dtype=FLOAT).T
    for first in range(0, documents.shape[0], _CHUNK):
        block = documents[first : first + _CHUNK][:, used]
        result[:, first : first + block.shape[0]] = np.asarray(block @ dense, dtype=FLOAT).T
    return result


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Each row scaled to unit length (empty rows stay empty)."""
    matrix = sp.csr_matrix(matrix, dtype=FLOAT)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0).astype(FLOAT)
    return sp.csr_matrix(sp.diags(scale) @ matrix)


def _chunks(tokens: Tokens) -> list[Tokens]:
    if len(tokens) <= _CHUNK:
        return [tokens]
    return [
        tokens.subset(np.arange(first, min(first + _CHUNK, len(tokens))))
        for first in range(0, len(tokens), _CHUNK)
    ]


def _pair_keys(tokens: Tokens) -> tuple[np.ndarray, np.ndarray]:
    """(text index, key) of every pair of neighbouring words inside a Vietnamese text."""
    owner = tokens.owners()
    inside = (owner[:-1] == owner[1:]) & tokens.vietnamese[owner[:-1]]
    keys = (tokens.ids[:-1][inside].astype(np.int64) << _PAIR_SHIFT) | tokens.ids[1:][inside].astype(np.int64)
    return owner[:-1][inside], keys


@dataclass
class TermSpace:
    """The term columns, document frequencies and BM25 statistics of the texts it was fitted on."""

    words: int  # word columns (the lexicon's size when fitted)
    long_word: np.ndarray  # bool per word id: two letters or more, so a term
    pairs: np.ndarray  # sorted syllable-pair keys, one column each after the words
    idf: np.ndarray
    bm25_idf: np.ndarray
    average_length: float

    @property
    def columns(self) -> int:
        """Word columns and pair columns together."""
        return self.words + len(self.pairs)

    @classmethod
    def fit(
        cls, lexicon: Lexicon, documents: Tokens, queries: Tokens
    ) -> tuple[TermSpace, sp.csr_matrix, sp.csr_matrix]:
        """The space of ``documents`` and ``queries`` together, and the counts of each in it."""
        words = len(lexicon)
        long_word = np.fromiter((len(word) > 1 for word in lexicon.words), dtype=bool, count=words)
        keys = [np.unique(_pair_keys(part)[1]) for part in [*_chunks(documents), queries]]
        pairs = np.unique(np.concatenate(keys))
        space = cls(words, long_word, pairs, np.zeros(0), np.zeros(0), 1.0)
        document_counts, query_counts = space.counts(documents), space.counts(queries)
        texts = len(documents) + len(queries)
        frequency = np.bincount(document_counts.indices, minlength=space.columns)
        frequency += np.bincount(query_counts.indices, minlength=space.columns)
        space.idf = (np.log((1 + texts) / (1 + frequency)) + 1).astype(FLOAT)
        space.bm25_idf = np.log1p((texts - frequency + 0.5) / (frequency + 0.5)).astype(FLOAT)
        total = float(document_counts.sum() + query_counts.sum())
        space.average_length = total / texts if texts and total > 0 else 1.0
        return space, document_counts, query_counts

    def counts(self, tokens: Tokens) -> sp.csr_matrix:
        """(texts x columns) term counts, cut at ``TERM_COUNT_CAP``."""
        parts = [self._counts(part) for part in _chunks(tokens)]
        if not parts:
            return sp.csr_matrix((0, self.columns), dtype=FLOAT)
        return parts[0] if len(parts) == 1 else sp.csr_matrix(sp.vstack(parts, format="csr"))

    def _counts(self, tokens: Tokens) -> sp.csr_matrix:
        owner = tokens.owners()
        ids = tokens.ids
        known = ids < self.words
        term = np.zeros(len(ids), dtype=bool)
        term[known] = self.long_word[ids[known]]
        pair_owner, keys = _pair_keys(tokens)
        column = np.searchsorted(self.pairs, keys)
        found = column < len(self.pairs)
        found[found] = self.pairs[column[found]] == keys[found]
        rows = np.concatenate([owner[term], pair_owner[found]])
        columns = np.concatenate([ids[term].astype(np.int64), self.words + column[found]])
        matrix = sp.csr_matrix(
            (np.ones(len(rows), dtype=FLOAT), (rows, columns)), shape=(len(tokens), self.columns)
        )
        matrix.sum_duplicates()
        np.minimum(matrix.data, TERM_COUNT_CAP, out=matrix.data)
        return matrix

    def tfidf(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """Sublinear TF-IDF rows of unit length."""
        weighted = sp.csr_matrix(counts, dtype=FLOAT, copy=True)
        weighted.data = ((1.0 + np.log(weighted.data)) * self.idf[weighted.indices]).astype(FLOAT)
        return unit_rows(weighted)

    def bm25(self, counts: sp.csr_matrix, k1: float = 1.2, b: float = 0.75) -> sp.csr_matrix:
        """BM25 document weights: a binary query's score is its dot product with these rows."""
        counts = sp.csr_matrix(counts, dtype=FLOAT)
        lengths = np.asarray(counts.sum(axis=1)).ravel()
        rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
        norm = k1 * (1.0 - b + b * lengths[rows] / self.average_length)
        data = counts.data * (k1 + 1.0) / (counts.data + norm) * self.bm25_idf[counts.indices]
        return sp.csr_matrix((data.astype(FLOAT), counts.indices, counts.indptr), shape=counts.shape)
