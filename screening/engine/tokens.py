"""Texts cut once into word ids that every channel shares: ranking terms, echo, duplicates, glossary.

A ``Lexicon`` gives each distinct written token (NFC, case-folded) an id once and maps it to the id of its
folded form (``text.fold_word``), so "Chuyển", "chuyen" and "CHUYỂN" are one word. Texts are joined into
large chunks and cut by one regular expression, which costs a fraction of cutting them one by one. Each
word keeps whether it was written with Vietnamese-only letters, so that the language of any selection of
words (a text without its copied passages, say) can be told again (see ``text.detect_language``).
"""

from __future__ import annotations

import hashlib
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

    ids: np.ndarray  # int32 folded word ids
    marked: np.ndarray  # bool per word: written with Vietnamese-only letters
    starts: np.ndarray  # int64, one more than there are texts
    vietnamese: np.ndarray  # bool per text

    def __len__(self) -> int:
        return len(self.starts) - 1

    def of(self, index: int) -> np.ndarray:
        """The word ids of text ``index``."""
        return self.ids[self.starts[index] : self.starts[index + 1]]

    def owners(self) -> np.ndarray:
        """For each position of ``ids``, the index of its text."""
        return np.repeat(np.arange(len(self), dtype=np.int32), np.diff(self.starts))

    @classmethod
    def join(cls, parts: Sequence[Tokens]) -> Tokens:
        """The texts of several batches, one after the other."""
        offsets = np.cumsum([0] + [len(part.ids) for part in parts])
        starts = [part.starts[:-1] + offset for part, offset in zip(parts, offsets, strict=False)]
        return cls(
            ids=np.concatenate([part.ids for part in parts]).astype(np.int32),
            marked=np.concatenate([part.marked for part in parts]).astype(bool),
            starts=np.concatenate([*starts, [offsets[-1]]]).astype(np.int64),
            vietnamese=np.concatenate([part.vietnamese for part in parts]).astype(bool),
        )

    def subset(self, rows: Sequence[int] | np.ndarray) -> Tokens:
        """The texts at ``rows``, in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        lengths = np.diff(self.starts)[rows]
        starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        positions = np.repeat(self.starts[rows] - starts[:-1], lengths) + np.arange(starts[-1])
        return Tokens(self.ids[positions], self.marked[positions], starts, self.vietnamese[rows])

    def keep(self, kept: np.ndarray, lexicon: Lexicon) -> Tokens:
        """The same texts with only the words where ``kept`` is true, their language told again."""
        if kept.all():
            return self
        lengths = np.bincount(self.owners()[kept], minlength=len(self))
        starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        ids, marked = self.ids[kept], self.marked[kept]
        return Tokens(ids, marked, starts, lexicon.vietnamese(ids, marked, starts))


class Lexicon:
    """Word ids that stay the same across every batch of texts it cuts."""

    def __init__(self) -> None:
        self._written: dict[str, int] = {_SEPARATOR: 0}
        self._written_word = [-1]  # written token -> folded word id
        self._written_marked = [False]  # written token carries Vietnamese-only letters
        self._word: dict[str, int] = {}
        self.words: list[str] = []
        self._function: list[int] = []  # per word: +1 a Vietnamese function word, -1 an English one
        self._prints: list[int] = []  # per word: a hash of the word itself (``fingerprints``)

    def __len__(self) -> int:
        return len(self.words)

    def word_id(self, word: str) -> int:
        """The id of a folded word, added if new."""
        known = self._word.get(word)
        if known is None:
            known = self._word[word] = len(self.words)
            self.words.append(word)
            self._function.append(
                1 if word in textproc.VI_FUNCTION_WORDS else -1 if word in textproc.EN_FUNCTION_WORDS else 0
            )
        return known

    def fingerprints(self) -> np.ndarray:
        """Per word id, a 64-bit hash of the word itself (odd, so never 0): the same word has the same value
        in every lexicon, so hashes of runs of words agree between texts cut by different lexicons (a call
        prepared in parts, statements cut apart from the applications)."""
        for word in self.words[len(self._prints) :]:
            digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
            self._prints.append(int.from_bytes(digest, "little") | 1)
        return np.array(self._prints, dtype=np.uint64)

    def known(self, word: str) -> int:
        """The id of a folded word, or -1 if no text holds it."""
        return self._word.get(word, -1)

    def vietnamese(self, ids: np.ndarray, marked: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """Per text, whether it is Vietnamese: enough marked words, or more Vietnamese function words."""
        texts = len(starts) - 1
        owner = np.repeat(np.arange(texts), np.diff(starts))
        size = np.diff(starts)
        function = np.asarray(self._function, dtype=np.int8)[ids]
        marked_count = np.bincount(owner, weights=marked, minlength=texts)
        vi_hits = np.bincount(owner, weights=function > 0, minlength=texts)
        en_hits = np.bincount(owner, weights=function < 0, minlength=texts)
        return (size > 0) & ((marked_count >= textproc.MARKED_SHARE * size) | (vi_hits > en_hits))

    def absorb(self, other: Lexicon) -> np.ndarray:
        """Take in every written token ``other`` has seen, in the order it saw them (so ids come out as if
        this lexicon had cut ``other``'s texts itself); per word id of ``other``, its id here."""
        for written, index in other._written.items():
            if written not in self._written:
                self._written[written] = len(self._written_word)
                self._written_word.append(self.word_id(other.words[other._written_word[index]]))
                self._written_marked.append(other._written_marked[index])
        return np.fromiter((self._word[word] for word in other.words), dtype=np.int32, count=len(other))

    def _register(self, written: str) -> None:
        self._written[written] = len(self._written_word)
        self._written_word.append(self.word_id(textproc.fold_word(written)))
        self._written_marked.append(textproc.is_marked(written))

    def tokenize(self, texts: Sequence[str]) -> Tokens:
        """Cut every text into folded word ids and tell its language."""
        ids: list[np.ndarray] = []
        marked: list[np.ndarray] = []
        lengths: list[np.ndarray] = []
        for first in range(0, len(texts), _CHUNK):
            chunk = [(item or "").replace(_SEPARATOR, " ") for item in texts[first : first + _CHUNK]]
            joined = unicodedata.normalize("NFC", _SEPARATOR.join(chunk)).casefold()
            found = _TOKEN_OR_SEPARATOR.findall(joined)
            for written in dict.fromkeys(found):
                if written not in self._written:
                    self._register(written)
            written_ids = np.fromiter(map(self._written.__getitem__, found), dtype=np.int64, count=len(found))
            separator = written_ids == 0
            lengths.append(np.bincount(np.cumsum(separator)[~separator], minlength=len(chunk)))
            written_ids = written_ids[~separator]
            ids.append(np.asarray(self._written_word, dtype=np.int32)[written_ids])
            marked.append(np.asarray(self._written_marked, dtype=bool)[written_ids])
        all_ids = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int32)
        all_marked = np.concatenate(marked) if marked else np.zeros(0, dtype=bool)
        all_lengths = np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(all_lengths)]).astype(np.int64)
        return Tokens(all_ids, all_marked, starts, self.vietnamese(all_ids, all_marked, starts))
