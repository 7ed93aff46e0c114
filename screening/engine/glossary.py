"""A bilingual glossary of the platform's domain, shipped as data, that carries a statement across languages.

``data/glossary.tsv`` lists concepts of the city's and the centre's sectors (environment, energy,
transport, logistics, agriculture, health, finance, manufacturing, tourism, government, technology) with
their common English and Vietnamese forms. ``translate`` finds the concepts a statement names (longest
phrase first) and writes their forms in the other language, plus the names, acronyms and figures that every
language shares ("Cần Giờ", "PM2.5", "2026"): a bag of words, not prose, which is what the ranking
compares. No network, no model.

Matching is case-insensitive; English plurals are folded. Vietnamese written with its marks is matched as
written, so "mưa" (rain) is not "mua" (buy); text typed without marks is matched on phrases of two
syllables or more, where folding leaves little doubt, and on loanwords ("logistics", "drone").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from screening.engine import text as textproc

GLOSSARY_PATH = Path(__file__).with_name("data") / "glossary.tsv"
LANGUAGES = ("en", "vi")
_CASED_TOKEN = re.compile(r"\w+(?:[.]\w+)*")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Concept:
    """One idea and the ways each language says it."""

    english: tuple[str, ...]
    vietnamese: tuple[str, ...]

    def forms(self, language: str) -> tuple[str, ...]:
        """The concept's forms in ``language``."""
        return self.vietnamese if language == "vi" else self.english


def _written(phrase: str) -> tuple[str, ...]:
    return tuple(textproc.TOKEN.findall(textproc.normalize(phrase)))


def _folded(phrase: str) -> tuple[str, ...]:
    return tuple(textproc.folded_words(phrase))


class Glossary:
    """Phrase tables of the concepts: English folded; Vietnamese as written, and folded from two syllables."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts = tuple(concepts)
        self._english: dict[tuple[str, ...], list[int]] = {}
        self._marked: dict[tuple[str, ...], list[int]] = {}
        self._unmarked: dict[tuple[str, ...], list[int]] = {}
        for index, concept in enumerate(self.concepts):
            for form in concept.english:
                self._add(self._english, _folded(form), index)
            for form in concept.vietnamese:
                written = _written(form)
                self._add(self._marked, written, index)
                # Without marks one syllable is too ambiguous ("mua" is "mưa" or "mua"), unless the form is
                # written without marks anyway ("logistics", "drone").
                unmarked = textproc.fold_diacritics(form.casefold()) == form.casefold()
                if len(written) > 1 or (written and unmarked and len(form) > 2):
                    self._add(self._unmarked, _folded(form), index)
        # Per table, the longest phrase starting with each word: most words start none, and are skipped.
        self._longest: list[dict[str, int]] = []
        for table in self.tables():
            longest: dict[str, int] = {}
            for key in table:
                longest[key[0]] = max(longest.get(key[0], 0), len(key))
            self._longest.append(longest)

    @staticmethod
    def _add(table: dict[tuple[str, ...], list[int]], key: tuple[str, ...], index: int) -> None:
        if key and index not in table.setdefault(key, []):
            table[key].append(index)

    def tables(self) -> tuple[dict[tuple[str, ...], list[int]], ...]:
        """The phrase tables: English, Vietnamese as written, Vietnamese folded."""
        return self._english, self._marked, self._unmarked

    @classmethod
    def read(cls, path: Path = GLOSSARY_PATH) -> Glossary:
        """Load a glossary file: `english forms<TAB>vietnamese forms`, forms split by "|", "#" comments."""
        concepts = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                raise ValueError(f"{path}:{number}: expected 'english forms<TAB>vietnamese forms'")
            english, vietnamese = (tuple(f.strip() for f in part.split("|") if f.strip()) for part in parts)
            if not english or not vietnamese:
                raise ValueError(f"{path}:{number}: a concept needs forms in both languages")
            concepts.append(Concept(english, vietnamese))
        return cls(concepts)

    def find(self, text: str, language: str) -> list[int]:
        """The concepts ``text`` names, in order; at each word the longest phrase wins."""
        table = 0
        tokens = textproc.folded_words(text)
        if language == "vi":
            written = textproc.TOKEN.findall(textproc.normalize(text))
            marked = sum(textproc.is_marked(token) for token in written)
            table = 1 if written and marked >= textproc.MARKED_SHARE * len(written) else 2
            tokens = written if table == 1 else tokens
        phrases, longest = self.tables()[table], self._longest[table]
        found: list[int] = []
        position = 0
        while position < len(tokens):
            for length in range(min(longest.get(tokens[position], 0), len(tokens) - position), 0, -1):
                match = phrases.get(tuple(tokens[position : position + length]))
                if match:
                    found.extend(match)
                    position += length
                    break
            else:
                position += 1
        return found

    def translate(self, text: str, source: str, target: str) -> str:
        """The concepts and shared names of ``text`` (in ``source``) written in ``target``, one per line."""
        lines = [form for index in self.find(text, source) for form in self.concepts[index].forms(target)]
        return "\n".join([*lines, *shared_names(text)])


def shared_names(text: str) -> list[str]:
    """Words that read the same in both languages: figures, acronyms, and names inside a sentence."""
    names = []
    for sentence in textproc.sentences(text):
        tokens = _CASED_TOKEN.findall(sentence)
        names += [
            token
            for position, token in enumerate(tokens)
            if _DIGIT.search(token)
            or (len(token) > 1 and token.isupper())
            or (position and token[:1].isupper())
        ]
    return names


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The glossary shipped with the engine, read once per process."""
    return Glossary.read()
