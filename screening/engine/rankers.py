"""Rankers: every application scored against every challenge, on scikit-learn sparse matrices.

One interface, ``rank(challenges, applications, method) -> scores`` (challenges x applications, higher is
better). Methods:

- ``tfidf``: plain scikit-learn TF-IDF cosine on the default word tokens (the baseline);
- ``bm25``: Okapi BM25 (k1=1.2, b=0.75) on the same tokens, computed on sparse matrices;
- ``char``: character 3-5-gram TF-IDF cosine on the diacritic-folded text;
- ``guarded``: the default with the echo guard, as the platform's pre-screen ranks;
- ``default``: the fusion chosen by measurement on the dev sets (see the README's table): per challenge,
  the z-scores of a word TF-IDF channel and a BM25 channel on the richer features below, summed.
  With ``guard=True`` (the platform's pre-screen) applications that paste most of a statement are scored
  on what they wrote themselves (see ``echo``).

The default's features for a text are its diacritic-folded words and word bigrams ("chuyen doi so" meets
"chuyển đổi số"; Vietnamese syllable bigrams stand in for word segmentation) plus, for words that carry
diacritics, the marked form, so that a text written with its marks matches more precisely.

A challenge can have several language versions; an application is scored against each and the best
version counts (after per-version normalization, so that versions of different lengths compare).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer

from screening.engine import echo
from screening.engine import text as textproc
from screening.engine.documents import Application, Challenge

FLOAT = np.float32


TOKEN = re.compile(r"(?u)\b\w\w+\b")


def rich_features(document: str | textproc.Prepared) -> list[str]:
    """Diacritic-folded words; for Vietnamese text also its syllable bigrams (they stand for words)."""
    prepared = document if isinstance(document, textproc.Prepared) else textproc.prepare(document)
    folded = TOKEN.findall(prepared.folded)
    if not prepared.vietnamese:
        return folded
    return folded + [f"{first} {second}" for first, second in zip(folded, folded[1:], strict=False)]


class Bm25:
    """Okapi BM25 document weights on a sparse count matrix; queries are binary term vectors."""

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.idf: np.ndarray = np.zeros(0, dtype=FLOAT)
        self.average_length = 1.0

    def fit(self, counts: sp.csr_matrix) -> Bm25:
        documents = counts.shape[0]
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        self.idf = np.log1p((documents - document_frequency + 0.5) / (document_frequency + 0.5)).astype(FLOAT)
        lengths = np.asarray(counts.sum(axis=1)).ravel()
        self.average_length = float(lengths.mean()) if documents and lengths.mean() > 0 else 1.0
        return self

    def transform(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        counts = sp.csr_matrix(counts, dtype=FLOAT)
        lengths = np.asarray(counts.sum(axis=1)).ravel()
        rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
        tf = counts.data
        norm = self.k1 * (1.0 - self.b + self.b * lengths[rows] / self.average_length)
        data = (tf * (self.k1 + 1.0) / (tf + norm) * self.idf[counts.indices]).astype(FLOAT)
        return sp.csr_matrix((data, counts.indices.copy(), counts.indptr.copy()), shape=counts.shape)


def _binary(matrix: sp.csr_matrix) -> sp.csr_matrix:
    binary = sp.csr_matrix(matrix, dtype=FLOAT, copy=True)
    binary.data[:] = 1.0
    return binary


TERM_COUNT_CAP = 5  # in the default ranker a term said more often counts as said five times


def cap_counts(counts: sp.csr_matrix, cap: int | None) -> sp.csr_matrix:
    if cap is not None:
        counts.data = np.minimum(counts.data, cap).astype(FLOAT)
    return counts


@dataclass
class WordSpace:
    """Counts, TF-IDF and BM25 weights over one vocabulary, fitted on the applications and statements."""

    counter: CountVectorizer
    tfidf: TfidfTransformer
    bm25: Bm25
    fitted: sp.csr_matrix  # the counts of the documents the space was fitted on, in their order
    cap: int | None = None  # counts above this are cut to it (repeating a keyword adds nothing beyond)

    @classmethod
    def fit(
        cls,
        texts: Sequence[object],
        analyzer: Callable[[object], list[str]] | None = None,
        cap: int | None = None,
    ) -> WordSpace:
        counter = (
            CountVectorizer(analyzer=analyzer, dtype=FLOAT)
            if analyzer
            else CountVectorizer(lowercase=True, dtype=FLOAT)
        )
        counts = cap_counts(sp.csr_matrix(counter.fit_transform(texts)), cap)
        tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
        return cls(counter, tfidf, Bm25().fit(counts), counts, cap)

    def counts(self, texts: Sequence[object]) -> sp.csr_matrix:
        return cap_counts(sp.csr_matrix(self.counter.transform(texts)), self.cap)

    def cosine(self, query_counts: sp.csr_matrix, document_counts: sp.csr_matrix) -> np.ndarray:
        queries = self.tfidf.transform(query_counts)
        documents = self.tfidf.transform(document_counts)
        return np.asarray((queries @ documents.T).toarray(), dtype=FLOAT)

    def bm25_scores(self, query_counts: sp.csr_matrix, document_counts: sp.csr_matrix) -> np.ndarray:
        product = _binary(query_counts) @ self.bm25.transform(document_counts).T
        return np.asarray(product.toarray(), dtype=FLOAT)


@dataclass(frozen=True)
class Queries:
    """Every language version of every challenge, flattened; `owner[i]` is the challenge of row i."""

    texts: list[str]
    owner: np.ndarray
    starts: np.ndarray

    @classmethod
    def of(cls, challenges: Sequence[Challenge]) -> Queries:
        texts: list[str] = []
        owner: list[int] = []
        starts: list[int] = []
        for index, challenge in enumerate(challenges):
            starts.append(len(texts))
            for version in challenge.all_versions():
                if version.text or not any(v.text for v in challenge.all_versions()):
                    texts.append(version.text)
                    owner.append(index)
        return cls(texts, np.asarray(owner, dtype=np.int64), np.asarray(starts, dtype=np.int64))

    def best_per_challenge(self, scores: np.ndarray) -> np.ndarray:
        """Max over each challenge's versions (rows are grouped by challenge)."""
        if scores.shape[0] == len(self.starts):
            return scores
        return np.maximum.reduceat(scores, self.starts, axis=0)


def zscore_rows(scores: np.ndarray) -> np.ndarray:
    """Per-row standardization; a row without spread becomes zeros."""
    mean = scores.mean(axis=1, keepdims=True)
    spread = scores.std(axis=1, keepdims=True)
    return np.divide(scores - mean, spread, out=np.zeros_like(scores), where=spread > 1e-12)


def _fit_split(
    queries: Queries, documents: Sequence[object], analyzer: Callable[[object], list[str]] | None = None
) -> tuple[WordSpace, sp.csr_matrix, sp.csr_matrix]:
    """A space fitted on documents and queries together, with the query and document counts apart."""
    space = WordSpace.fit(list(documents) + list(queries.texts), analyzer)
    count = len(documents)
    return space, space.fitted[count:], space.fitted[:count]


def rank_tfidf(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    queries = Queries.of(challenges)
    texts = [application.full_text for application in applications]
    vectorizer = TfidfVectorizer(dtype=FLOAT).fit(texts + queries.texts)
    scores = (vectorizer.transform(queries.texts) @ vectorizer.transform(texts).T).toarray()
    return queries.best_per_challenge(np.asarray(scores, dtype=FLOAT))


def rank_bm25(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    queries = Queries.of(challenges)
    texts = [application.full_text for application in applications]
    space, query_counts, document_counts = _fit_split(queries, texts)
    return queries.best_per_challenge(zscore_rows(space.bm25_scores(query_counts, document_counts)))


def rank_char(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    queries = Queries.of(challenges)
    texts = [application.full_text for application in applications]
    space, query_counts, document_counts = _fit_split(queries, texts, rich_features)
    chars = CharChannel(space, space.fitted)
    return queries.best_per_challenge(chars.cosine(query_counts, document_counts))


class CharChannel:
    """Character 3-5-grams of the folded words, TF-IDF weighted (sublinear tf), cosine-compared.

    Built from the word space rather than from the raw texts: each vocabulary word is cut into its
    character n-grams once (as scikit-learn's ``char_wb`` does), and a text's n-gram counts are its word
    counts times that word-to-n-gram matrix. Documents are processed in chunks, so memory stays bounded
    however many applications there are.
    """

    CHUNK = 4096

    def __init__(self, space: WordSpace, counts: sp.csr_matrix) -> None:
        names = space.counter.get_feature_names_out()
        self.words = np.flatnonzero([" " not in str(name) for name in names])
        grams = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5), dtype=FLOAT)
        self.grams = sp.csr_matrix(grams.fit_transform([str(name) for name in names[self.words]]))
        document_frequency = np.zeros(self.grams.shape[1], dtype=np.int64)
        for start in range(0, counts.shape[0], self.CHUNK):
            raw = self._raw(counts[start : start + self.CHUNK])
            document_frequency += np.bincount(raw.indices, minlength=raw.shape[1])
        documents = counts.shape[0]
        self.idf = (np.log((1 + documents) / (1 + document_frequency)) + 1).astype(FLOAT)
        self.idf[document_frequency < 2] = 0.0  # n-grams of a single text tell nothing about a match

    def _raw(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        return sp.csr_matrix(counts[:, self.words] @ self.grams)

    def vectors(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        raw = self._raw(counts)
        raw.data = (1.0 + np.log(raw.data)).astype(FLOAT)
        weighted = sp.csr_matrix(raw.multiply(self.idf[np.newaxis, :]))
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        return sp.csr_matrix(
            sp.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)) @ weighted
        )

    def cosine(self, query_counts: sp.csr_matrix, document_counts: sp.csr_matrix) -> np.ndarray:
        queries = self.vectors(query_counts)
        scores = np.zeros((query_counts.shape[0], document_counts.shape[0]), dtype=FLOAT)
        for start in range(0, document_counts.shape[0], self.CHUNK):
            chunk = self.vectors(document_counts[start : start + self.CHUNK])
            scores[:, start : start + chunk.shape[0]] = (queries @ chunk.T).toarray()
        return scores


@dataclass(frozen=True)
class DefaultScores:
    """The fused scores and what the default ranker learnt on the way: echo ratios, guarded pairs."""

    fused: np.ndarray
    echo: np.ndarray
    guarded: np.ndarray
    space: WordSpace
    prepared: list[textproc.Prepared]  # the applications, made ready once for every channel


CHANNEL_WEIGHTS = (1.0, 1.0, 1.0)  # word TF-IDF cosine, word BM25, character n-gram cosine


def default_scores(
    challenges: Sequence[Challenge], applications: Sequence[Application], guard: bool = False
) -> DefaultScores:
    """The default fusion: per challenge version, the sum of each channel's z-scores over the applications.

    Equal weights: on the dev sets they beat TF-IDF and BM25 alone on both (README), and they are the
    choice that assumes least about an unseen collection. With `guard` (the platform's pre-screen),
    applications holding most of a statement are scored without the copied passages (see `echo`).
    """
    queries = Queries.of(challenges)
    texts = [application.full_text for application in applications]
    prepared = [textproc.prepare(text) for text in texts]
    prepared_queries = [textproc.prepare(text) for text in queries.texts]
    space = WordSpace.fit(prepared + prepared_queries, rich_features, cap=TERM_COUNT_CAP)
    document_counts, query_counts = space.fitted[: len(texts)], space.fitted[len(texts) :]
    cosine = space.cosine(query_counts, document_counts)
    bm25 = space.bm25_scores(query_counts, document_counts)
    chars = CharChannel(space, space.fitted)
    char = chars.cosine(query_counts, document_counts)

    found = echo.overlap(prepared_queries, prepared)
    guarded = found.guarded() if guard else np.zeros(found.ratio.shape, dtype=bool)
    pasted = np.flatnonzero(guarded.any(axis=0))
    if len(pasted):
        # Text copied from any statement is not the applicant's: score the rest against every challenge.
        cleaned = space.counts(
            [
                echo.strip_copied([queries.texts[q] for q in np.flatnonzero(guarded[:, a])], texts[a])
                for a in pasted
            ]
        )
        cosine[:, pasted] = space.cosine(query_counts, cleaned)
        bm25[:, pasted] = space.bm25_scores(query_counts, cleaned)
        char[:, pasted] = chars.cosine(query_counts, cleaned)

    weights = CHANNEL_WEIGHTS
    fused = weights[0] * zscore_rows(cosine) + weights[1] * zscore_rows(bm25) + weights[2] * zscore_rows(char)
    return DefaultScores(
        fused=queries.best_per_challenge(fused),
        echo=queries.best_per_challenge(found.ratio),
        guarded=queries.best_per_challenge(guarded.astype(np.uint8)).astype(bool),
        space=space,
        prepared=prepared,
    )


def rank_default(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    return default_scores(challenges, applications).fused


def rank_guarded(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    """The default with the echo guard on, exactly as the platform's pre-screen ranks."""
    return default_scores(challenges, applications, guard=True).fused


Ranker = Callable[[Sequence[Challenge], Sequence[Application]], np.ndarray]

METHODS: dict[str, Ranker] = {
    "default": rank_default,
    "tfidf": rank_tfidf,
    "bm25": rank_bm25,
    "char": rank_char,
    "guarded": rank_guarded,
}


def rank(
    challenges: Sequence[Challenge], applications: Sequence[Application], method: str = "default"
) -> np.ndarray:
    """Scores of shape (len(challenges), len(applications)); higher is a better fit."""
    if method not in METHODS:
        raise ValueError(f"unknown ranking method {method!r}; choose from {', '.join(METHODS)}")
    if not challenges or not applications:
        return np.zeros((len(challenges), len(applications)), dtype=FLOAT)
    return METHODS[method](challenges, applications)
