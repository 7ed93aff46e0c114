"""Near-duplicate applications: exact copies grouped by a whole-text hash, near-copies by sampled shingles.

Each application's folded words (marks, case and plurals do not hide a copy) get a hash of the whole text
and the set of their 5-word shingles whose 64-bit hash falls in a fixed 1-in-4 sample (the same shingle is
always kept or always dropped, so two texts' samples estimate their shingle Jaccard similarity). Hashes
are built from word fingerprints (``Lexicon.fingerprints``), not word ids, so texts hashed in separate
batches (``TextHashes.join``) compare as if hashed together.

- **Exact copies** share the whole-text hash: grouped directly, however many there are (a thousand
  identical texts are one cluster).
- **Near-copies**: among the distinct texts, candidate pairs come from one sparse product over the
  shingles shared by at most ``MAX_POSTING`` texts (a shingle that common is boilerplate, and the product
  would grow with the square of its count); pairs at or above ``DEFAULT_THRESHOLD`` are joined.

Clusters are the connected components of both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from screening.engine.tokens import Lexicon, Tokens

SHINGLE = 5
SAMPLE_MODULUS = 4
MAX_POSTING = 200
DEFAULT_THRESHOLD = 0.5
_MULTIPLIER = np.uint64(1_000_003)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer: spreads hash values over 64 bits (wrapping arithmetic)."""
    values = values ^ (values >> np.uint64(30))
    values = values * _MIX_1
    values = values ^ (values >> np.uint64(27))
    values = values * _MIX_2
    return values ^ (values >> np.uint64(31))


def whole_text_hashes(tokens: Tokens, prints: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each text's word sequence (0 for an empty text; ``prints``: word fingerprints)."""
    lengths = np.diff(tokens.starts)
    local = np.arange(len(tokens.ids)) - np.repeat(tokens.starts[:-1], lengths)
    with np.errstate(over="ignore"):
        powers = np.cumprod(np.full(int(lengths.max(initial=0)) + 1, _MULTIPLIER, dtype=np.uint64))
        terms = _mix(prints[tokens.ids]) * powers[local]
        hashes = np.zeros(len(tokens), dtype=np.uint64)
        filled = lengths > 0
        if filled.any():
            hashes[filled] = np.add.reduceat(terms, tokens.starts[:-1][filled])
        return np.where(filled, _mix(hashes ^ lengths.astype(np.uint64)) | np.uint64(1), np.uint64(0))


def sampled_shingles(tokens: Tokens, prints: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(text, hash) of each text's shingles in the sample."""
    ids = prints[tokens.ids]
    count = len(ids) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(SHINGLE):
            hashes = hashes * _MULTIPLIER + ids[offset : offset + count]
        hashes = _mix(hashes)
    owner = tokens.owners()
    kept = (owner[:count] == owner[SHINGLE - 1 :]) & (hashes % np.uint64(SAMPLE_MODULUS) == 0)
    return owner[:count][kept].astype(np.int64), hashes[kept]


@dataclass(frozen=True)
class TextHashes:
    """What near-duplicate detection reads of each text: its whole-text hash and its sampled shingles.
    Word fingerprints make them the same whichever lexicon cut the text, so batches of texts hashed
    apart (a call prepared in parts) join into what one batch would give."""

    whole: np.ndarray  # uint64 per text
    shingle_text: np.ndarray  # int64: the text of each sampled shingle, in text order
    shingle: np.ndarray  # uint64

    def __len__(self) -> int:
        return len(self.whole)

    @classmethod
    def of(cls, tokens: Tokens, prints: np.ndarray) -> TextHashes:
        """The hashes of ``tokens`` (``prints``: the fingerprints of its lexicon's words)."""
        return cls(whole_text_hashes(tokens, prints), *sampled_shingles(tokens, prints))

    @classmethod
    def join(cls, parts: Sequence[TextHashes]) -> TextHashes:
        """The hashes of several batches of texts, one after the other."""
        offsets = np.cumsum([0, *(len(part) for part in parts[:-1])]).astype(np.int64)
        return cls(
            whole=np.concatenate([part.whole for part in parts]).astype(np.uint64),
            shingle_text=np.concatenate(
                [part.shingle_text + offset for part, offset in zip(parts, offsets, strict=True)]
            ).astype(np.int64),
            shingle=np.concatenate([part.shingle for part in parts]).astype(np.uint64),
        )

    def shingle_matrix(self, texts: np.ndarray) -> sp.csr_matrix:
        """Binary (``texts`` x their sampled shingles) matrix, rows in the order of ``texts``."""
        row_of = np.full(len(self), -1, dtype=np.int64)
        row_of[texts] = np.arange(len(texts))
        rows = row_of[self.shingle_text]
        chosen = rows >= 0
        columns, inverse = np.unique(self.shingle[chosen], return_inverse=True)
        matrix = sp.csr_matrix(
            (np.ones(int(chosen.sum()), dtype=np.float32), (rows[chosen], inverse)),
            shape=(len(texts), len(columns)),
        )
        matrix.data[:] = 1.0  # a shingle repeated inside one text counts once
        return matrix


def _near_pairs(matrix: sp.csr_matrix, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, estimated Jaccard) of rows i < j sharing enough light shingles."""
    matrix = sp.csr_matrix(matrix[:, matrix.getnnz(axis=0) <= MAX_POSTING])
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    sizes = matrix.getnnz(axis=1).astype(np.float32)
    shared = sp.triu(matrix @ matrix.T, k=1).tocoo()
    union = sizes[shared.row] + sizes[shared.col] - shared.data
    jaccard = np.divide(shared.data, union, out=np.zeros_like(shared.data), where=union > 0)
    keep = jaccard >= threshold
    return shared.row[keep].astype(np.int64), shared.col[keep].astype(np.int64), jaccard[keep]


def similar_pairs(hashes: TextHashes, threshold: float = DEFAULT_THRESHOLD) -> list[tuple[int, int, float]]:
    """(i, j, similarity) for every pair i < j of near-copies (1.0 for the same words)."""
    whole = hashes.whole
    distinct, first, inverse = np.unique(whole, return_index=True, return_inverse=True)
    rows = [np.zeros(0, dtype=np.int64)]
    columns = [np.zeros(0, dtype=np.int64)]
    scores = [np.zeros(0, dtype=np.float32)]
    exact = (whole[first] != 0)[inverse] & (first[inverse] != np.arange(len(hashes)))
    rows.append(first[inverse][exact])
    columns.append(np.flatnonzero(exact))
    scores.append(np.ones(int(exact.sum()), dtype=np.float32))
    representatives = first[distinct != 0]
    near_i, near_j, near_score = _near_pairs(hashes.shingle_matrix(representatives), threshold)
    rows.append(representatives[near_i])
    columns.append(representatives[near_j])
    scores.append(near_score)
    found_i, found_j = np.concatenate(rows), np.concatenate(columns)
    low, high, found = np.minimum(found_i, found_j), np.maximum(found_i, found_j), np.concatenate(scores)
    order = np.lexsort((high, low))
    return [(int(i), int(j), float(s)) for i, j, s in zip(low[order], high[order], found[order], strict=True)]


def duplicate_clusters(hashes: TextHashes, threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Groups (of two or more) of texts that are copies or near-copies, each sorted, by first member."""
    pairs = similar_pairs(hashes, threshold)
    if not pairs:
        return []
    first = np.array([pair[0] for pair in pairs])
    second = np.array([pair[1] for pair in pairs])
    graph = sp.coo_matrix((np.ones(len(pairs)), (first, second)), shape=(len(hashes), len(hashes)))
    _, labels = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for index in sorted(set(first.tolist()) | set(second.tolist())):
        members.setdefault(int(labels[index]), []).append(index)
    return sorted((group for group in members.values() if len(group) > 1), key=lambda group: group[0])


def find_duplicate_clusters(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """``duplicate_clusters`` of raw texts."""
    lexicon = Lexicon()
    return duplicate_clusters(TextHashes.of(lexicon.tokenize(list(texts)), lexicon.fingerprints()), threshold)
