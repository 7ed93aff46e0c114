"""Near-duplicate applications: sampled word shingles, an inverted index, Jaccard, connected components.

Each application becomes the set of its 5-word shingles (diacritic-folded) whose 64-bit hash falls in a
fixed 1-in-4 sample (the same shingle is always kept or always dropped, so two texts' samples estimate
their shingle Jaccard similarity), plus a hash of the whole normalized text so that very short exact
copies meet too. Candidate pairs come from one sparse product over fingerprints shared by at most
``MAX_POSTING`` applications; the work grows with the number of shingles, not with the square of the
number of applications. Pairs at or above the threshold are joined into clusters.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from screening.engine import text as textproc

SHINGLE = 5
SAMPLE_MODULUS = 4
MAX_POSTING = 200
DEFAULT_THRESHOLD = 0.5
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer: spreads rolling-hash values over 64 bits (wrapping arithmetic)."""
    values = values ^ (values >> np.uint64(30))
    values = values * _MIX_1
    values = values ^ (values >> np.uint64(27))
    values = values * _MIX_2
    return values ^ (values >> np.uint64(31))


def _shingle_hashes(token_ids: np.ndarray) -> np.ndarray:
    if len(token_ids) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.zeros(len(token_ids) - SHINGLE + 1, dtype=np.uint64)
    for offset in range(SHINGLE):
        hashes = hashes * np.uint64(1_000_003) + token_ids[offset : len(token_ids) - SHINGLE + 1 + offset]
    return _mix(hashes)


def fingerprints(texts: Sequence[str | textproc.Prepared]) -> sp.csr_matrix:
    """Binary (applications x fingerprints) matrix of sampled shingle hashes and a whole-text hash."""
    vocabulary: dict[str, int] = {}
    rows: list[np.ndarray] = []
    columns: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for row, text in enumerate(texts):
            words = textproc.WORD.findall(textproc.folded_of(text))
            ids = np.fromiter(
                (vocabulary.setdefault(word, len(vocabulary) + 1) for word in words),
                dtype=np.uint64,
                count=len(words),
            )
            hashes = _shingle_hashes(ids)
            kept = np.unique(hashes[hashes % np.uint64(SAMPLE_MODULUS) == 0])
            whole = np.uint64(zlib.crc32(" ".join(words).encode()) | (1 << 40)) if words else None
            if whole is not None:
                kept = np.append(kept, whole)
            rows.append(np.full(len(kept), row, dtype=np.int64))
            columns.append(kept)
    all_columns = np.concatenate(columns) if columns else np.zeros(0, dtype=np.uint64)
    unique, inverse = np.unique(all_columns, return_inverse=True)
    all_rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    data = np.ones(len(all_rows), dtype=np.float32)
    return sp.csr_matrix((data, (all_rows, inverse)), shape=(len(texts), len(unique)))


def similar_pairs(
    texts: Sequence[str | textproc.Prepared], threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[int, int, float]]:
    """(i, j, estimated Jaccard) for every pair i < j at or above `threshold`."""
    matrix = fingerprints(texts)
    if matrix.shape[0] < 2 or matrix.nnz == 0:
        return []
    postings = matrix.getnnz(axis=0)
    matrix = sp.csr_matrix(matrix[:, postings <= MAX_POSTING])
    sizes = matrix.getnnz(axis=1).astype(np.float32)
    shared = sp.triu(matrix @ matrix.T, k=1).tocoo()
    union = sizes[shared.row] + sizes[shared.col] - shared.data
    jaccard = np.divide(shared.data, union, out=np.zeros_like(shared.data), where=union > 0)
    keep = jaccard >= threshold
    order = np.lexsort((shared.col[keep], shared.row[keep]))
    return [
        (int(i), int(j), float(score))
        for i, j, score in zip(
            shared.row[keep][order], shared.col[keep][order], jaccard[keep][order], strict=True
        )
    ]


def find_duplicate_clusters(
    texts: Sequence[str | textproc.Prepared], threshold: float = DEFAULT_THRESHOLD
) -> list[list[int]]:
    """Groups (of two or more) of applications that are near-copies, each sorted, ordered by first member."""
    pairs = similar_pairs(texts, threshold)
    if not pairs:
        return []
    first = np.array([pair[0] for pair in pairs])
    second = np.array([pair[1] for pair in pairs])
    graph = sp.coo_matrix((np.ones(len(pairs)), (first, second)), shape=(len(texts), len(texts)))
    _, labels = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for index in sorted(set(first.tolist()) | set(second.tolist())):
        members.setdefault(int(labels[index]), []).append(index)
    return sorted((group for group in members.values() if len(group) > 1), key=lambda group: group[0])
