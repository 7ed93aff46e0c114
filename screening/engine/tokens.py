"""Texts cut once into word ids that every channel shares: ranking features, echo, duplicates, glossary.

A ``Lexicon`` gives each distinct written token (NFC, case-folded) an id once, and maps it to the id of its
folded form (``text.fold_word``), so "Chuyển", "chuyen" and "CHUYỂN" are one word. Texts are joined into
large chunks and cut by one regular expression, which costs a fraction of cutting them one by one; the
language of each text is read off the same tokens (see ``text.detect_language``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from screening.engine import text as textproc

_SEPARATOR = "\x1f"  # not a word character, so it never lands inside a token
_TOKEN_OR_SEPARATOR = re.compile(r"\w+|\x1f")
_CHUNK = 2000  # texts per regular-expression pass: large enough to amortize, small enough for memory


@dataclass(frozen=True)
class Tokens:
    """Texts as word ids: ``ids[starts[i]:starts[i + 1]]`` are the folded words of text ``i``, in order."""

    ids: np.ndarray  # int32
    starts: np.ndarray  # int64, one more than there are texts
    vietnamese: np.ndarray  # bool per text

    def __len__(self) -> int:
        return len(self.starts) - 1

    def of(self, index: int) -> np.ndarray:
        """The word ids of text ``index``."""
        return self.ids[self.starts[index] : self.starts[index + 1]]

    def owners(self) -> np.ndarray:
        """For each position of ``ids``, the index of its text."""
        return np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.starts))

    @classmethod
    def join(cls, parts: Sequence[Tokens]) -> Tokens:
        """The texts of several batches, one after the other."""
        offsets = np.cumsum([0] + [len(part.ids) for part in parts])
        starts = [part.starts[:-1] + offset for part, offset in zip(parts, offsets, strict=False)]
        return cls(
            ids=np.concatenate([part.ids for part in parts]).astype(np.int32),
            starts=np.concatenate([*starts, [offsets[-1]]]).astype(np.int64),
            vietnamese=np.concatenate([part.vietnamese for part in parts]).astype(bool),
        )

    def subset(self, rows: Sequence[int] | np.ndarray) -> Tokens:
        """The texts at ``rows``, in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        lengths = np.diff(self.starts)[rows]
        starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        positions = np.repeat(self.starts[rows] - starts[:-1], lengths) + np.arange(starts[-1])
        return Tokens(self.ids[positions], starts, self.vietnamese[rows])


class Lexicon:
    """Word ids that stay the same across every batch of texts it cuts."""

    def __init__(self) -> None:
        self._written: dict[str, int] = {_SEPARATOR: 0}
        self._written_word = [-1]  # written token -> folded word id
        self._written_marked = [False]  # written token carries Vietnamese-only letters
        self._written_function = [0]  # +1 a Vietnamese function word, -1 an English one
        self._word: dict[str, int] = {}
        self.words: list[str] = []

    def __len__(self) -> int:
        return len(self.words)

    def word_id(self, word: str) -> int:
        """The id of an already folded word, added if new."""
        known = self._word.get(word)
        if known is None:
            known = self._word[word] = len(self.words)
            self.words.append(word)
        return known

    def known(self, word: str) -> int:
        """The id of a folded word, or -1 if no text holds it."""
        return self._word.get(word, -1)

    def _register(self, written: str) -> None:
        folded = textproc.fold_word(written)
        plain = textproc.fold_diacritics(written)
        self._written[written] = len(self._written_word)
        self._written_word.append(self.word_id(folded))
        self._written_marked.append(textproc.is_marked(written))
        self._written_function.append(
            1 if plain in textproc.VI_FUNCTION_WORDS else -1 if plain in textproc.EN_FUNCTION_WORDS else 0
        )

    def tokenize(self, texts: Sequence[str]) -> Tokens:
        """Cut every text into folded word ids and tell its language."""
        ids: list[np.ndarray] = []
        lengths: list[np.ndarray] = []
        vietnamese: list[np.ndarray] = []
        for first in range(0, len(texts), _CHUNK):
            chunk = [(item or "").replace(_SEPARATOR, " ") for item in texts[first : first + _CHUNK]]
            joined = unicodedata.normalize("NFC", _SEPARATOR.join(chunk)).casefold()
            found = _TOKEN_OR_SEPARATOR.findall(joined)
            for written in dict.fromkeys(found):
                if written not in self._written:
                    self._register(written)
            written_ids = np.fromiter(map(self._written.__getitem__, found), dtype=np.int64, count=len(found))
            separator = written_ids == 0
            owner = np.cumsum(separator)[~separator]
            written_ids = written_ids[~separator]
            count = len(chunk)
            size = np.bincount(owner, minlength=count)
            marked = np.bincount(owner, weights=np.asarray(self._written_marked)[written_ids], minlength=count)
            function = np.asarray(self._written_function)[written_ids]
            vi_hits = np.bincount(owner, weights=function > 0, minlength=count)
            en_hits = np.bincount(owner, weights=function < 0, minlength=count)
            ids.append(np.asarray(self._written_word, dtype=np.int32)[written_ids])
            lengths.append(size)
            vietnamese.append((size > 0) & ((marked >= textproc.MARKED_SHARE * size) | (vi_hits > en_hits)))
        all_lengths = np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64)
        return Tokens(
            ids=np.concatenate(ids) if ids else np.zeros(0, dtype=np.int32),
            starts=np.concatenate([[0], np.cumsum(all_lengths)]).astype(np.int64),
            vietnamese=np.concatenate(vietnamese) if vietnamese else np.zeros(0, dtype=bool),
        )
