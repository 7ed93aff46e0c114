"""Echo: the passages an application copies from a problem statement, and keyword stuffing.

A copied passage is a run of at least ``PASSAGE`` consecutive words (``PASSAGE_SYLLABLES`` in Vietnamese,
whose words are one to three syllables; folded: marks, case and plurals do not hide a copy) that also
occurs, in that order, in the statement or one of its language versions. Shorter shared phrases
("giải pháp dự báo thời gian lưu container", "early warning system") are the topic's vocabulary, which
an answer in its own words shares, and stay untouched; only runs that long are copying.

For every (application, challenge) pair with copied passages, ``find`` reports the application's copied
share (the echo ratio) and how much of the statement it holds; and for every application, which of its
words are its own (outside any passage copied from any statement), which the ranking scores instead
(see ``rankers``). ``repetition`` measures keyword stuffing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from screening.engine import text as textproc
from screening.engine.tokens import Tokens

PASSAGE = 8  # words of English
PASSAGE_SYLLABLES = 12  # syllables of Vietnamese: a word is one to three of them
# Flagged for the judges: a tenth of the application copied, or half of a statement pasted in.
ECHO_THRESHOLD = 0.1
COVERAGE_THRESHOLD = 0.5
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_FILTER_BITS = 24


def passage_hashes(
    tokens: Tokens, prints: np.ndarray, length: int = PASSAGE
) -> tuple[np.ndarray, np.ndarray]:
    """(position, hash) of every run of ``length`` words that lies inside one text (``prints``: the
    fingerprint of each word id, ``Lexicon.fingerprints``)."""
    ids = prints[tokens.ids]
    count = len(ids) - length + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(length):
            hashes = hashes * _MULTIPLIER + ids[offset : offset + count]
        hashes ^= hashes >> np.uint64(29)
    owner = tokens.owners()
    inside = owner[:count] == owner[length - 1 :]
    return np.flatnonzero(inside), hashes[inside]


@dataclass(frozen=True)
class Copies:
    """Copied passages of the (application, challenge) pairs that have any, one row per pair."""

    applications: np.ndarray  # int64
    challenges: np.ndarray  # int64
    share: np.ndarray  # the application's words inside copied passages, as a share of all its words
    coverage: np.ndarray  # the largest share of one statement version found in the application
    kept: (
        np.ndarray
    )  # per position of the applications' words: not inside a passage copied from any statement

    def __len__(self) -> int:
        return len(self.applications)

    @classmethod
    def join(cls, parts: list[Copies], sizes: list[int]) -> Copies:
        """The copies of several batches of applications (``sizes`` of them each), one after the other."""
        offsets = np.cumsum([0, *sizes[:-1]]).astype(np.int64)
        shifted = [part.applications + offset for part, offset in zip(parts, offsets, strict=True)]
        return cls(
            applications=np.concatenate(shifted).astype(np.int64),
            challenges=np.concatenate([part.challenges for part in parts]).astype(np.int64),
            share=np.concatenate([part.share for part in parts]),
            coverage=np.concatenate([part.coverage for part in parts]),
            kept=np.concatenate([part.kept for part in parts]).astype(bool),
        )


def find(
    applications: Tokens,
    statements: Tokens,
    challenge_of: np.ndarray,
    challenges: int,
    prints: tuple[np.ndarray, np.ndarray],
) -> Copies:
    """Copied passages of every application from every statement (``challenge_of``: its challenge;
    ``prints``: the word fingerprints of the applications' lexicon and of the statements')."""
    found = [
        _find(
            applications,
            statements,
            challenge_of,
            challenges,
            length,
            applications.vietnamese == vietnamese,
            prints,
        )
        for vietnamese, length in ((False, PASSAGE), (True, PASSAGE_SYLLABLES))
    ]
    order = np.argsort(np.concatenate([part[0] * challenges + part[1] for part in found]), kind="stable")
    kept = np.ones(len(applications.ids), dtype=bool)
    for part in found:
        kept[part[4]] = False
    return Copies(*(np.concatenate([part[field] for part in found])[order] for field in range(4)), kept)


def _find(
    applications: Tokens, statements: Tokens, challenge_of: np.ndarray, challenges: int, length: int,
    chosen: np.ndarray, prints: tuple[np.ndarray, np.ndarray],
) -> tuple[np.ndarray, ...]:  # fmt: skip
    """``find`` for the ``chosen`` applications with passages of ``length`` words: the pairs' applications,
    challenges, shares and coverages, and the positions of copied words."""
    statement_positions, statement_hashes = passage_hashes(statements, prints[1], length)
    statement_version = statements.owners()[statement_positions]
    order = np.lexsort((statement_version, statement_hashes))
    statement_hashes, statement_version = statement_hashes[order], statement_version[order]
    distinct = np.ones(len(order), dtype=bool)
    distinct[1:] = (np.diff(statement_hashes) != 0) | (np.diff(statement_version) != 0)
    hashes, versions = statement_hashes[distinct], statement_version[distinct]  # by hash, then version
    version_size = np.bincount(versions, minlength=len(statements))

    positions, found = passage_hashes(applications, prints[0], length)
    owner = applications.owners()
    maybe = chosen[owner[positions]]
    if len(hashes):  # a bitmap of the statements' hashes discards almost every position cheaply
        bits = min(_FILTER_BITS, max(16, int(len(hashes)).bit_length() + 6))  # about 1 in 64 set
        mask = np.uint64((1 << bits) - 1)
        seen = np.zeros(1 << bits, dtype=bool)
        seen[(hashes & mask).astype(np.int64)] = True
        maybe &= seen[(found & mask).astype(np.int64)]
    positions, found = positions[maybe], found[maybe]
    low = np.searchsorted(hashes, found, side="left")
    repeats = np.searchsorted(hashes, found, side="right") - low
    entry = np.repeat(low - np.cumsum(repeats) + repeats, repeats) + np.arange(repeats.sum())
    position = np.repeat(positions, repeats)
    version = versions[entry]
    application = owner[position].astype(np.int64)
    pair_key, pair = np.unique(application * challenges + challenge_of[version], return_inverse=True)
    pair_applications, pair_challenges = pair_key // challenges, pair_key % challenges

    # Coverage: distinct passages of a statement version found, as a share of that version's passages.
    version_key = application * len(statements) + version
    hit_keys, first_hit = np.unique(version_key * len(hashes) + entry, return_index=True)
    hit_versions = hit_keys // max(len(hashes), 1)
    per_version, first_of_version, hits = np.unique(hit_versions, return_index=True, return_counts=True)
    version_coverage = hits / np.maximum(version_size[per_version % len(statements)], 1)
    coverage = np.zeros(len(pair_key))
    np.maximum.at(coverage, pair[first_hit][first_of_version], version_coverage)

    # Copied words: for each pair, +1 where a passage starts and -1 where it ends, summed along the
    # pair's own copy of its application's positions.
    lengths = np.diff(applications.starts)[pair_applications]
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    size = max(len(applications.ids), 1)
    starts = np.unique(pair * size + position)
    start_pair = starts // size
    local = starts % size - applications.starts[pair_applications[start_pair]] + offsets[start_pair]
    marks = np.zeros(offsets[-1] + 1, dtype=np.int64)
    np.add.at(marks, local, 1)
    np.add.at(marks, local + length, -1)
    copied = np.cumsum(marks)[:-1] > 0
    pair_of_position = np.repeat(np.arange(len(pair_key)), lengths)
    share = np.bincount(pair_of_position, weights=copied, minlength=len(pair_key)).astype(float)
    share /= np.maximum(lengths, 1)
    source = np.repeat(applications.starts[pair_applications] - offsets[:-1], lengths)
    source += np.arange(offsets[-1])
    return pair_applications, pair_challenges, share, coverage, source[copied]


def repetition(tokens: Tokens, window: int = 12) -> np.ndarray:
    """Per text, the share of its words repeating a word seen within ``window`` before: high when stuffed."""
    owner = tokens.owners()
    position = np.arange(len(tokens.ids))
    order = np.lexsort((position, tokens.ids, owner))
    same = (owner[order][1:] == owner[order][:-1]) & (tokens.ids[order][1:] == tokens.ids[order][:-1])
    close = same & (np.diff(position[order]) <= window)
    repeats = np.bincount(owner[order][1:][close], minlength=len(tokens)).astype(float)
    lengths = np.diff(tokens.starts)
    return np.where(lengths >= 20, repeats / np.maximum(lengths, 1), 0.0)


@lru_cache(maxsize=256)
def _passages(statement: str, length: int) -> frozenset[tuple[str, ...]]:
    source = textproc.folded_words(statement)
    return frozenset(tuple(source[i : i + length]) for i in range(len(source) - length + 1))


def echo_ratio(statement: str, application: str) -> float:
    """The copied share of one application from one statement (exact, for a single pair)."""
    words = textproc.folded_words(application)
    length = PASSAGE_SYLLABLES if textproc.detect_language(application) == "vi" else PASSAGE
    runs = _passages(statement, length)
    copied = np.zeros(len(words), dtype=bool)
    for start in range(len(words) - length + 1):
        if tuple(words[start : start + length]) in runs:
            copied[start : start + length] = True
    return float(copied.mean()) if len(words) else 0.0
