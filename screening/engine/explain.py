"""Why an application ranks where it does: the terms that carried the match, and its best sentences.

The weight of a term is its share of the cosine channel: the product of the statement's and the
application's TF-IDF values in the shipped ranker's term space, on the application's own words (copied
passages out), with the statement version that judged it best (for an English application to a Vietnamese
challenge, the glossary's English rendering). Terms are phrases: each longest run of the application's
words whose neighbouring pairs all match the statement ("quản lý năng lượng", "Cát Lái"), else single
matching words, reported as the application writes them; "đội" is not reported for "đổi". Sentences are
the application's own, scored against the statement in the same space; sentences copied from the
statement are left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from screening.engine import echo
from screening.engine import text as textproc
from screening.engine.features import TermSpace
from screening.engine.tokens import Lexicon, Tokens

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Explanation:
    """The matching terms, as the application writes them, and its best-matching sentences."""

    terms: tuple[str, ...]
    sentences: tuple[str, ...]


def _forms(text: str) -> dict[str, list[str]]:
    """Folded word or pair of neighbouring words -> the ways ``text`` writes it."""
    text = unicodedata.normalize("NFC", text or "")
    matches = list(textproc.TOKEN.finditer(text))
    folded = [textproc.fold_word(match.group(0).casefold()) for match in matches]
    forms: dict[str, list[str]] = {}
    for i, key in enumerate(folded):
        forms.setdefault(key, []).append(matches[i].group(0))
        if i + 1 < len(folded):
            span = _SPACES.sub(" ", text[matches[i].start() : matches[i + 1].end()])
            forms.setdefault(f"{key} {folded[i + 1]}", []).append(span)
    return forms


def _same_marks(written: str, in_statement: set[str]) -> bool:
    """Folding lets "chuyen doi so" meet "chuyển đổi số", but also "đội" meet "đổi": a word whose marks
    differ from every form the statement uses is left out, while a word written without marks is kept."""
    plain = written.casefold()
    return plain in in_statement or textproc.fold_diacritics(plain) == plain


def surface_forms(application: str, statement: str = "") -> dict[str, str]:
    """Folded word or word pair -> how the application writes it, if the way the statement does (or plain)."""
    in_statement = {key: {form.casefold() for form in forms} for key, forms in _forms(statement).items()}
    picked = {}
    for key, written in _forms(application).items():
        for form in written:
            if not statement or _same_marks(form, in_statement.get(key, set())):
                picked[key] = form
                break
    return picked


class _Written:
    """A text's words as written, aligned with its word ids."""

    def __init__(self, text: str, ids: np.ndarray) -> None:
        self.text = unicodedata.normalize("NFC", text or "")
        self.matches = list(textproc.TOKEN.finditer(self.text))
        self.ids = ids if len(ids) == len(self.matches) else np.zeros(0, dtype=ids.dtype)

    def span(self, first: int, last: int) -> str:
        """The text from word ``first`` to word ``last``, spaces collapsed."""
        return _SPACES.sub(" ", self.text[self.matches[first].start() : self.matches[last].end()])

    def adjacent(self) -> np.ndarray:
        """Per pair of neighbouring words, whether only spaces or a hyphen part them (no "," or ".")."""
        between = [
            self.text[a.end() : b.start()] for a, b in zip(self.matches, self.matches[1:], strict=False)
        ]
        return np.array([not gap.strip(" -–") for gap in between], dtype=bool)


def _terms(
    application: _Written, statement: _Written, contributions: dict[int, float], space: TermSpace, count: int
) -> list[str]:
    """The application's best phrases and words for one statement (see the module's docstring)."""
    ids = application.ids
    if not len(ids) or not contributions:
        return []
    linking = np.array([match.group(0).casefold() in textproc.LINKING_WORDS for match in application.matches])
    value = np.array([contributions.get(int(i), 0.0) if i < space.words else 0.0 for i in ids])
    keys = (ids[:-1].astype(np.int64) << 32) | ids[1:].astype(np.int64)
    slot = np.searchsorted(space.pairs, keys)
    valid = slot < len(space.pairs)
    valid[valid] = space.pairs[slot[valid]] == keys[valid]
    pair_value = np.zeros(len(keys))
    pair_value[valid] = [contributions.get(space.words + int(index), 0.0) for index in slot[valid]]
    paired = (pair_value > 0) & application.adjacent()
    in_statement: dict[int, set[str]] = {}
    for index, match in enumerate(statement.matches[: len(statement.ids)]):
        in_statement.setdefault(int(statement.ids[index]), set()).add(match.group(0).casefold())

    candidates: list[tuple[float, int, int]] = []  # (weight, first word, last word)
    position = 0
    while position < len(paired):
        if paired[position]:
            end = position
            while end + 1 < len(paired) and paired[end + 1]:
                end += 1
            first, last = position, end + 1
            while first < last and linking[first]:  # "tại cảng Cát Lái" is "cảng Cát Lái"
                first += 1
            while last > first and linking[last]:
                last -= 1
            weight = float(pair_value[first:last].sum() + value[first : last + 1].sum())
            candidates.append((weight, first, last))
            position = end + 1
        else:
            position += 1
    for index in np.flatnonzero((value > 0) & ~linking):
        if _same_marks(application.matches[index].group(0), in_statement.get(int(ids[index]), set())):
            candidates.append((float(value[index]), int(index), int(index)))
    picked: list[str] = []
    seen: list[set[int]] = []
    for _, first, last in sorted(candidates, key=lambda item: (-item[0], item[1])):
        words = {int(i) for i in ids[first : last + 1]}
        if any(words <= earlier for earlier in seen):
            continue  # already said by a phrase picked before
        picked.append(application.span(first, last))
        seen.append(words)
        if len(picked) == count:
            break
    return picked


def explain_pairs(
    lexicon: Lexicon,
    space: TermSpace,
    statements: Sequence[str],
    statement_tokens: Tokens,
    statement_words: sp.csr_matrix,
    applications: Sequence[str],
    application_tokens: Tokens,
    application_words: sp.csr_matrix,
    pairs: np.ndarray,
    copying: Sequence[bool] | None = None,
    terms: int = 6,
    sentences: int = 2,
) -> list[Explanation]:
    """One explanation per (statement row, application row) of ``pairs``.

    Statements and applications come as texts, their tokens (as written) and TF-IDF rows of ``space``
    (an application's own words); ``copying`` marks the applications that copy passages, whose copied
    sentences are left out.
    """
    if len(pairs) == 0:
        return []
    contributions = sp.csr_matrix(statement_words[pairs[:, 0]].multiply(application_words[pairs[:, 1]]))
    unique_applications = sorted({int(i) for i in pairs[:, 1]})
    used = sorted({int(i) for i in pairs[:, 0]})
    written = {
        index: _Written(applications[index], application_tokens.of(index)) for index in unique_applications
    }
    statement_written = {index: _Written(statements[index], statement_tokens.of(index)) for index in used}

    pieces = {
        index: [piece for piece in textproc.sentences(applications[index]) if textproc.TOKEN.search(piece)]
        for index in unique_applications
    }
    flat = [piece for index in unique_applications for piece in pieces[index]]
    offsets = np.cumsum([0] + [len(pieces[index]) for index in unique_applications])
    first = dict(zip(unique_applications, offsets.tolist(), strict=False))
    similarity = np.zeros((len(flat), len(used)), dtype=np.float32)
    if flat:
        sentence_words = space.tfidf(space.counts(lexicon.tokenize(flat)))
        similarity = np.asarray((sentence_words @ statement_words[used].T).toarray(), dtype=np.float32)
    column_of = {statement: column for column, statement in enumerate(used)}

    explanations = []
    for row, (statement, application) in enumerate(pairs.tolist()):
        start, end = contributions.indptr[row], contributions.indptr[row + 1]
        weights = dict(
            zip(
                contributions.indices[start:end].tolist(), contributions.data[start:end].tolist(), strict=True
            )
        )
        picked = _terms(written[application], statement_written[statement], weights, space, terms)
        best: list[str] = []
        own = pieces[application]
        scores = similarity[first[application] : first[application] + len(own), column_of[statement]]
        for index in np.argsort(-scores, kind="stable"):
            if scores[index] <= 0 or len(best) == sentences:
                break
            if copying is not None and copying[application]:
                if echo.echo_ratio(statements[statement], own[index]) >= 0.5:
                    continue  # a sentence copied from the statement is not the applicant's
            best.append(_SPACES.sub(" ", own[index]).strip())
        explanations.append(Explanation(tuple(picked), tuple(best)))
    return explanations
