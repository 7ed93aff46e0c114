"""Rankers: every application scored against every challenge (challenges x applications, higher is better).

``rank(challenges, applications, method)``; methods:

- ``default``: the shipped ranker, exactly what the pre-screen ranks with (``screen``);
- ``tfidf``: scikit-learn TF-IDF cosine on its default word tokens (baseline);
- ``bm25``: Okapi BM25 (k1 1.2, b 0.75) on the same tokens (baseline).

``screen``, step by step:

1. **Versions.** Each challenge is ranked through every language version it has and, for Vietnamese or
   English when it has none, the glossary's rendering of its statement in that language (``glossary``).
2. **Channels.** Each version is compared with each application in two channels over the terms of
   ``features`` (folded words and Vietnamese syllable pairs, counts cut at five): TF-IDF cosine and BM25.
3. **Like with like.** Each channel's scores for a version are standardized against the applications
   written in that version's language (a Vietnamese version says nothing about English applications,
   which score near zero against it), and a version judges only those applications; the two standard
   scores are averaged.
4. **Echo guard.** An application that copies passages from any statement (``echo``) is scored on its own
   words, the passages taken out; the copied words count only as far as the own words already stand in
   the top tenth of the pool (``GUARD_TOP``, ``GUARD_RAMP``): a passage shared with a text about the same
   thing is the topic's wording (a law article and the question quoting it), pasted into a text about
   something else it is echo and earns nothing. Term statistics and every version's mean and spread come
   from the applicants' own words too, so pasted statements move no one else.
5. **Feedback.** Each version's query is widened by the applications it ranks first, weighted by how far
   each stands above the tenth, and the channels and the guard run again (pseudo-relevance feedback: it
   finds answers that use the words of the best answers rather than those of the statement). An
   application that copies widens a query with its own words only, and only if they alone earn it the
   copied words' full credit: else it would pull the query towards itself.
6. A challenge's score for an application is that of its best version; ``scores.calibrate`` maps it to
   0-100.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from screening.engine import echo, scores
from screening.engine import text as textproc
from screening.engine.documents import Application, Challenge
from screening.engine.features import FLOAT, TermSpace, products, unit_rows
from screening.engine.glossary import LANGUAGES, Glossary, default_glossary
from screening.engine.tokens import Lexicon, Tokens

FEEDBACK_DEPTH = 10  # applications that widen a query
FEEDBACK_WEIGHT = 0.5  # the widening's share of the query, against the statement's own
MINIMUM_NULL = 5  # applications in a language needed to standardize a version against them
GUARD_TOP = 0.9  # the edge of the pool's top tenth, by the applicants' own words
GUARD_RAMP = 1.0  # standard deviations above that edge over which copied words grow to count fully
_UNUSED = -1e3  # the score of a version that does not judge an application


@dataclass(frozen=True)
class Versions:
    """Every statement version ranked against: each challenge's own, then the glossary's translations."""

    texts: list[str]
    languages: list[str]
    challenge: np.ndarray  # version -> challenge index
    translated: np.ndarray  # bool: written by the glossary

    @classmethod
    def of(cls, challenges: Sequence[Challenge], glossary: Glossary) -> Versions:
        """The versions of ``challenges``, rendering the missing languages with ``glossary``."""
        texts: list[str] = []
        languages: list[str] = []
        owner: list[int] = []
        translated: list[bool] = []
        for index, challenge in enumerate(challenges):
            own = [
                version for version in challenge.all_versions() if version.text
            ] or challenge.all_versions()[:1]
            written = [v.lang if v.lang in LANGUAGES else textproc.detect_language(v.text) for v in own]
            entries = [
                (version.text, language, False) for version, language in zip(own, written, strict=True)
            ]
            entries += [
                (glossary.translate(own[0].text, written[0], target), target, True)
                for target in LANGUAGES
                if target not in written and own[0].text
            ]
            for text, language, made in entries:
                texts.append(text)
                languages.append(language)
                owner.append(index)
                translated.append(made)
        return cls(texts, languages, np.asarray(owner, dtype=np.int64), np.asarray(translated, dtype=bool))

    def best(self, scores_: np.ndarray, challenges: int) -> np.ndarray:
        """Per challenge, the maximum over its versions (rows: versions)."""
        best = np.full((challenges, scores_.shape[1]), _UNUSED, dtype=scores_.dtype)
        np.maximum.at(best, self.challenge, scores_)
        return best


@dataclass(frozen=True)
class Screening:
    """What the shipped ranker found: scores, echo, and the tokenized texts for the rest of the pre-screen."""

    fused: np.ndarray  # challenges x applications: the ranking score, in standard deviations
    percent: np.ndarray  # challenges x applications: calibrated 0-100
    echo: np.ndarray  # challenges x applications: share of the application copied from the statement
    coverage: np.ndarray  # challenges x applications: largest share of a statement version copied
    guarded: np.ndarray  # per application: it copies passages, so it is scored on its own words
    best_version: np.ndarray  # challenges x applications: the version that judged the application best
    lexicon: Lexicon
    tokens: Tokens  # the applications, as written
    own_tokens: Tokens  # the applications without the passages they copy
    version_tokens: Tokens
    space: TermSpace
    versions: Versions
    version_words: sp.csr_matrix  # the versions' TF-IDF rows (their own words, before feedback)


def _edge_of_top(standing: np.ndarray) -> np.ndarray:
    """Per challenge (row), the score at ``GUARD_TOP`` among the applications judged, as a column."""
    edges = [np.quantile(row[row > _UNUSED], GUARD_TOP) if (row > _UNUSED).any() else 0.0 for row in standing]
    return np.asarray(edges)[:, None]


def _binary(matrix: sp.csr_matrix) -> sp.csr_matrix:
    binary = sp.csr_matrix(matrix, dtype=FLOAT, copy=True)
    binary.data[:] = 1.0
    return binary


class _Null:
    """Per version, the applications it judges and the mean and spread of each channel over them."""

    def __init__(self, versions: Versions, vietnamese: np.ndarray) -> None:
        self.columns: list[np.ndarray | None] = []
        self.judges = np.zeros((len(versions.texts), len(vietnamese)), dtype=bool)
        for row, version_language in enumerate(versions.languages):
            same = vietnamese if version_language == "vi" else ~vietnamese
            main = row == 0 or versions.challenge[row] != versions.challenge[row - 1]
            enough = same.sum() >= MINIMUM_NULL
            # A statement in a language too few applications are written in judges the whole pool.
            self.columns.append(np.flatnonzero(same) if enough else None)
            self.judges[row] = same if enough else main

    def fuse(self, channels: list[np.ndarray], reference: list[np.ndarray]) -> tuple[np.ndarray, ...]:
        """Mean standard score of ``channels`` (and ``reference``), standardized by ``reference``'s spread."""
        fused = np.zeros_like(channels[0], dtype=FLOAT)
        fused_reference = np.zeros_like(channels[0], dtype=FLOAT)
        for matrix, basis in zip(channels, reference, strict=True):
            mean = np.zeros(len(self.columns))
            spread = np.zeros(len(self.columns))
            for row, columns in enumerate(self.columns):
                values = basis[row] if columns is None else basis[row, columns]
                mean[row], spread[row] = (values.mean(), values.std()) if len(values) else (0.0, 0.0)
            scale = np.divide(1.0, spread, out=np.zeros_like(spread), where=spread > 1e-12)[:, None]
            fused += ((matrix - mean[:, None]) * scale).astype(FLOAT)
            fused_reference += ((basis - mean[:, None]) * scale).astype(FLOAT)
        count = len(channels)
        return fused / count, fused_reference / count


def screen(
    challenges: Sequence[Challenge], applications: Sequence[Application], glossary: Glossary | None = None
) -> Screening:
    """The shipped ranker (see the module's docstring), with what the pre-screen reports beside it."""
    lexicon = Lexicon()
    tokens = lexicon.tokenize([application.full_text for application in applications])
    copies = statement_copies(challenges, lexicon, tokens, glossary)
    return screen_tokens(challenges, lexicon, tokens, copies, glossary)


def statement_copies(
    challenges: Sequence[Challenge], lexicon: Lexicon, tokens: Tokens, glossary: Glossary | None = None
) -> echo.Copies:
    """The passages each application (cut by ``lexicon``) copies from the statements as their owners
    wrote them (not the glossary's renderings); the statements are cut apart, so ``lexicon`` is left as
    it was and any batch of applications can be checked on its own."""
    versions = Versions.of(challenges, glossary or default_glossary())
    own_versions = np.flatnonzero(~versions.translated)
    apart = Lexicon()
    statements = apart.tokenize([versions.texts[version] for version in own_versions])
    return echo.find(
        tokens,
        statements,
        versions.challenge[own_versions],
        len(challenges),
        (lexicon.fingerprints(), apart.fingerprints()),
    )


def screen_tokens(
    challenges: Sequence[Challenge],
    lexicon: Lexicon,
    tokens: Tokens,
    copies: echo.Copies,
    glossary: Glossary | None = None,
) -> Screening:
    """``screen`` of applications already cut into words by ``lexicon`` (statements are cut after them),
    with the passages they copy (``statement_copies``)."""
    versions = Versions.of(challenges, glossary or default_glossary())
    version_tokens = lexicon.tokenize(versions.texts)
    copying = np.unique(copies.applications)
    # Term statistics, languages and every version's pool come from what the applicants wrote themselves.
    own_tokens = tokens.keep(copies.kept, lexicon)
    space, own_counts, queries = TermSpace.fit(lexicon, own_tokens, version_tokens)
    own_words, own_bm25 = space.tfidf(own_counts), space.bm25(own_counts)
    del own_counts
    copied_counts = space.counts(tokens.subset(copying))  # the copying applications as they were sent
    copied_words, copied_bm25 = space.tfidf(copied_counts), space.bm25(copied_counts)
    null = _Null(versions, own_tokens.vietnamese)

    def run(words: sp.csr_matrix, bm25_query: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Challenge scores, version scores and the guard's weights, for one set of queries."""
        written = [products(words, own_words), products(bm25_query, own_bm25)]
        channels = [written[0].copy(), written[1].copy()]
        channels[0][:, copying] = products(words, copied_words)
        channels[1][:, copying] = products(bm25_query, copied_bm25)
        fused, standing = null.fuse(channels, written)
        fused = np.where(null.judges, fused, _UNUSED)
        full = versions.best(fused, len(challenges))
        if not len(copying):
            return full, fused, np.ones((len(challenges), 0))
        standing = versions.best(np.where(null.judges, standing, _UNUSED), len(challenges))
        own_score = standing[:, copying]
        # The guard: copied words count only where the own words alone stand in the top tenth.
        edge = _edge_of_top(standing)
        weight = np.clip((own_score - edge) / GUARD_RAMP, 0.0, 1.0)
        full[:, copying] = own_score + weight * np.maximum(full[:, copying] - own_score, 0.0)
        return full, fused, weight

    version_words = words = space.tfidf(queries)
    fused, per_version, weight = run(words, _binary(queries))

    # Feedback: each version widened by the first applications it judges, weighted by their lead; an
    # application that copies widens it with its own words, and only if they alone earn it full credit
    # (else its copied words would widen the query towards itself).
    depth = min(FEEDBACK_DEPTH, len(tokens) - 1)
    if depth > 0:
        feeds = null.judges.copy()
        feeds[:, copying] &= (weight >= 1.0)[versions.challenge]
        ranked = np.where(feeds, fused[versions.challenge], _UNUSED)
        order = np.argsort(-ranked, axis=1, kind="stable")[:, : depth + 1]
        top = np.take_along_axis(ranked, order, axis=1)
        lead = np.where(top[:, :depth] > _UNUSED, np.maximum(top[:, :depth] - top[:, depth:], 0.0), 0.0)
        total = lead.sum(axis=1, keepdims=True)
        weights = np.divide(lead, total, out=np.zeros_like(lead), where=total > 0)
        feedback = sp.csr_matrix(
            (weights.ravel(), (np.repeat(np.arange(len(versions.texts)), depth), order[:, :depth].ravel())),
            shape=(len(versions.texts), len(tokens)),
        )
        words = unit_rows(words + FEEDBACK_WEIGHT * unit_rows(feedback @ own_words))
        fused, per_version, _ = run(words, words)

    share = np.zeros((len(challenges), len(tokens)))
    coverage = np.zeros((len(challenges), len(tokens)))
    share[copies.challenges, copies.applications] = copies.share
    coverage[copies.challenges, copies.applications] = copies.coverage
    guarded = np.zeros(len(tokens), dtype=bool)
    guarded[copying] = True
    best_version = np.zeros((len(challenges), len(tokens)), dtype=np.int64)
    for challenge in range(len(challenges)):
        rows_of = np.flatnonzero(versions.challenge == challenge)
        best_version[challenge] = rows_of[np.argmax(per_version[rows_of], axis=0)]
    return Screening(
        fused=fused,
        percent=scores.calibrate(fused),
        echo=share,
        coverage=coverage,
        guarded=guarded,
        best_version=best_version,
        lexicon=lexicon,
        tokens=tokens,
        own_tokens=own_tokens,
        version_tokens=version_tokens,
        space=space,
        versions=versions,
        version_words=version_words,
    )


def rank_default(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    """The shipped ranker, exactly as the pre-screen ranks (``screen``)."""
    return screen(challenges, applications).fused


def rank_tfidf(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    """Baseline: scikit-learn TF-IDF cosine, best language version."""
    texts = [application.full_text for application in applications]
    rows, owner = _version_texts(challenges)
    vectorizer = TfidfVectorizer(dtype=FLOAT).fit(texts + rows)
    product = (vectorizer.transform(rows) @ vectorizer.transform(texts).T).toarray()
    return _best_version(np.asarray(product, dtype=FLOAT), owner, len(challenges))


def rank_bm25(challenges: Sequence[Challenge], applications: Sequence[Application]) -> np.ndarray:
    """Baseline: Okapi BM25 (k1 1.2, b 0.75) on scikit-learn's default word tokens, best language version."""
    texts = [application.full_text for application in applications]
    rows, owner = _version_texts(challenges)
    counter = CountVectorizer(dtype=FLOAT).fit(texts + rows)
    documents = sp.csr_matrix(counter.transform(texts), dtype=FLOAT)
    fitted = sp.csr_matrix(sp.vstack([documents, counter.transform(rows)]))
    frequency = np.bincount(fitted.indices, minlength=fitted.shape[1])
    idf = np.log1p((fitted.shape[0] - frequency + 0.5) / (frequency + 0.5)).astype(FLOAT)
    lengths = np.asarray(documents.sum(axis=1)).ravel()
    average = float(np.asarray(fitted.sum(axis=1)).mean()) or 1.0
    row_of = np.repeat(np.arange(documents.shape[0]), np.diff(documents.indptr))
    norm = 1.2 * (0.25 + 0.75 * lengths[row_of] / average)
    documents.data = documents.data * 2.2 / (documents.data + norm) * idf[documents.indices]
    product = np.asarray(
        (_binary(sp.csr_matrix(counter.transform(rows))) @ documents.T).toarray(), dtype=FLOAT
    )
    mean, spread = product.mean(axis=1, keepdims=True), product.std(axis=1, keepdims=True)
    # Standardized per version, so that versions of different lengths compare.
    standardized = np.divide(product - mean, spread, out=np.zeros_like(product), where=spread > 1e-12)
    return _best_version(standardized, owner, len(challenges))


def _version_texts(challenges: Sequence[Challenge]) -> tuple[list[str], np.ndarray]:
    rows: list[str] = []
    owner: list[int] = []
    for index, challenge in enumerate(challenges):
        texts = [version.text for version in challenge.all_versions() if version.text] or [""]
        rows.extend(texts)
        owner.extend([index] * len(texts))
    return rows, np.asarray(owner, dtype=np.int64)


def _best_version(scores_: np.ndarray, owner: np.ndarray, challenges: int) -> np.ndarray:
    best = np.full((challenges, scores_.shape[1]), -np.inf, dtype=scores_.dtype)
    np.maximum.at(best, owner, scores_)
    return best


Ranker = Callable[[Sequence[Challenge], Sequence[Application]], np.ndarray]

METHODS: dict[str, Ranker] = {"default": rank_default, "tfidf": rank_tfidf, "bm25": rank_bm25}


def rank(
    challenges: Sequence[Challenge], applications: Sequence[Application], method: str = "default"
) -> np.ndarray:
    """Scores of shape (len(challenges), len(applications)); higher is a better fit."""
    if method not in METHODS:
        raise ValueError(f"unknown ranking method {method!r}; choose from {', '.join(METHODS)}")
    if not challenges or not applications:
        return np.zeros((len(challenges), len(applications)), dtype=FLOAT)
    return METHODS[method](challenges, applications)
