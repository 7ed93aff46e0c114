"""Why an application ranks where it does: the terms that carried the match, and its best sentences.

Terms come from the element-wise product of the statement's and the application's TF-IDF vectors in the
shipped ranker's term space (the numbers the cosine channel adds up), computed on the application's own
words (copied passages out), with the statement version that judged it best: for an English application
to a Vietnamese challenge, the glossary's English rendering. They are reported as the application writes
them ("Cát Lái", not "cat lai"; "đội" is not reported for "đổi"). Sentences are the application's own,
scored against the statement in the same space; sentences copied from the statement are left out.
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


def _forms(text: str, wanted: set[str] | None = None) -> dict[str, list[str]]:
    """Folded word or pair of neighbouring words -> how ``text`` writes it (only the ``wanted`` keys)."""
    text = unicodedata.normalize("NFC", text or "")
    folded_text = textproc.fold_diacritics(text.lower())
    if len(folded_text) != len(text):  # a rare letter changed length: fold word by word instead
        folded_text = text
    matches = list(textproc.TOKEN.finditer(folded_text))
    folded = [textproc.fold_word(match.group(0).casefold()) for match in matches]
    firsts = {key.split(" ", 1)[0] for key in wanted if " " in key} if wanted is not None else None
    forms: dict[str, list[str]] = {}
    for i, key in enumerate(folded):
        if wanted is None or key in wanted:
            forms.setdefault(key, []).append(text[matches[i].start() : matches[i].end()])
        if i + 1 < len(folded) and (firsts is None or key in firsts):
            pair = f"{key} {folded[i + 1]}"
            if wanted is None or pair in wanted:
                written = _SPACES.sub(" ", text[matches[i].start() : matches[i + 1].end()])
                forms.setdefault(pair, []).append(written)
    return forms


def _pick_form(key: str, written_forms: list[str], in_statement: dict[str, list[str]] | None) -> str | None:
    """How the application writes ``key``, if it writes it the way the statement does (or without marks).

    Folding lets "chuyen doi so" meet "chuyển đổi số", but also "đội" meet "đổi": a form whose marks differ
    from every form the statement uses is left out, while a form written without marks is kept.
    """
    wanted = {form.casefold() for form in in_statement.get(key, [])} if in_statement is not None else None
    for written in written_forms:
        plain = written.casefold()
        if wanted is None or plain in wanted or textproc.fold_diacritics(plain) == plain:
            return written
    return None


def surface_forms(application: str, statement: str = "") -> dict[str, str]:
    """Folded word or word pair -> how the application writes it (see ``_pick_form``)."""
    in_statement = _forms(statement) if statement else None
    picked = {}
    for key, written in _forms(application).items():
        form = _pick_form(key, written, in_statement)
        if form is not None:
            picked[key] = form
    return picked


def _add_term(picked: list[str], form: str) -> None:
    """Add ``form`` unless a picked phrase holds it; a phrase replaces the single words it holds."""
    folded = form.casefold()
    if any(folded in term.casefold().split(" ") or folded == term.casefold() for term in picked):
        return
    words = folded.split(" ")
    picked[:] = [term for term in picked if not (" " not in term and term.casefold() in words)] + [form]


def _written_forms(
    text: str, ids: np.ndarray, lexicon: Lexicon, space: TermSpace, columns: set[int]
) -> dict[int, list[str]]:
    """Term column -> how ``text`` writes it, for the ``columns`` wanted (``ids``: the text's word ids)."""
    text = unicodedata.normalize("NFC", text or "")
    matches = list(textproc.TOKEN.finditer(text))
    if len(matches) != len(ids):  # case folding changed a word boundary: read the terms from the text
        keys = {column: term_key(lexicon, space, column) for column in columns}
        found = _forms(text, set(keys.values()))
        return {column: found.get(key, []) for column, key in keys.items()}
    wanted = np.fromiter(columns, dtype=np.int64, count=len(columns))
    words, pairs = wanted[wanted < space.words], space.pairs[wanted[wanted >= space.words] - space.words]
    forms: dict[int, list[str]] = {}
    for position in np.flatnonzero(np.isin(ids, words)):
        forms.setdefault(int(ids[position]), []).append(matches[position].group(0))
    keys = (ids[:-1].astype(np.int64) << 32) | ids[1:].astype(np.int64)
    for position in np.flatnonzero(np.isin(keys, pairs)):
        column = space.words + int(np.searchsorted(space.pairs, keys[position]))
        span = text[matches[position].start() : matches[position + 1].end()]
        forms.setdefault(column, []).append(_SPACES.sub(" ", span))
    return forms


def term_key(lexicon: Lexicon, space: TermSpace, column: int) -> str:
    """The folded word or syllable pair a term column stands for."""
    if column < space.words:
        return lexicon.words[column]
    key = int(space.pairs[column - space.words])
    return f"{lexicon.words[key >> 32]} {lexicon.words[key & 0xFFFFFFFF]}"


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
    candidates = []
    for row in range(len(pairs)):
        start, end = contributions.indptr[row], contributions.indptr[row + 1]
        best = contributions.indices[start:end][np.argsort(-contributions.data[start:end], kind="stable")]
        candidates.append([int(column) for column in best[: 4 * terms]])
    wanted_by_application: dict[int, set[int]] = {}
    wanted_by_statement: dict[int, set[int]] = {}
    for (statement, application), columns in zip(pairs.tolist(), candidates, strict=True):
        wanted_by_application.setdefault(application, set()).update(columns)
        wanted_by_statement.setdefault(statement, set()).update(columns)
    unique_applications = sorted(wanted_by_application)
    used = sorted(wanted_by_statement)
    written = {
        index: _written_forms(applications[index], application_tokens.of(index), lexicon, space, wanted)
        for index, wanted in wanted_by_application.items()
    }
    in_statement = {
        index: _written_forms(statements[index], statement_tokens.of(index), lexicon, space, wanted)
        for index, wanted in wanted_by_statement.items()
    }

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
        picked: list[str] = []
        for column in candidates[row]:
            key = term_key(lexicon, space, column)
            statement_forms = {key: in_statement[statement].get(column, [])}
            form = _pick_form(key, written[application].get(column, []), statement_forms)
            if form:
                _add_term(picked, form)
            if len(picked) == terms:
                break
        best_sentences: list[str] = []
        own = pieces[application]
        scores = similarity[first[application] : first[application] + len(own), column_of[statement]]
        for index in np.argsort(-scores, kind="stable"):
            if scores[index] <= 0 or len(best_sentences) == sentences:
                break
            if copying is not None and copying[application]:
                if echo.echo_ratio(statements[statement], own[index]) >= 0.5:
                    continue  # a sentence copied from the statement is not the applicant's
            best_sentences.append(_SPACES.sub(" ", own[index]).strip())
        explanations.append(Explanation(tuple(picked), tuple(best_sentences)))
    return explanations
