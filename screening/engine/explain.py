"""Why an application ranks where it does: the terms that carried the match, and its best sentences.

Terms come from the element-wise product of the statement's and the application's TF-IDF vectors in the
default ranker's word space (the same numbers the cosine channel adds up), reported as the application
wrote them ("Chuyển đổi số", not "chuyen doi so"). Sentences are the application's own, scored against the
statement in the same space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from screening.engine import text as textproc
from screening.engine.rankers import TOKEN, WordSpace


@dataclass(frozen=True)
class Explanation:
    terms: tuple[str, ...]
    sentences: tuple[str, ...]


def _phrases(text: str) -> list[tuple[str, str, int, int]]:
    """(folded, as written, start, end) for each word and each pair of neighbouring words of `text`."""
    matches = list(TOKEN.finditer(text))
    folded = [textproc.fold_diacritics(match.group(0).casefold()) for match in matches]
    phrases = [(folded[i], match.group(0), match.start(), match.end()) for i, match in enumerate(matches)]
    for i in range(len(matches) - 1):
        start, end = matches[i].start(), matches[i + 1].end()
        phrases.append((f"{folded[i]} {folded[i + 1]}", text[start:end], start, end))
    return phrases


def _statement_forms(statement: str) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for key, written, _, _ in _phrases(unicodedata.normalize("NFC", statement or "")):
        forms.setdefault(key, set()).add(" ".join(written.casefold().split()))
    return forms


def _application_forms(application: str) -> dict[str, list[str]]:
    forms: dict[str, list[str]] = {}
    for key, written, _, _ in _phrases(unicodedata.normalize("NFC", application or "")):
        forms.setdefault(key, []).append(" ".join(written.split()))
    return forms


def _pick_form(key: str, written_forms: list[str], in_statement: dict[str, set[str]] | None) -> str | None:
    """How the application writes `key`, if it writes it the way the statement does (or without marks).

    Folding lets "chuyen doi so" meet "chuyển đổi số", but also "đội" meet "đổi": a form whose marks differ
    from every form the statement uses is left out, while a form written without marks is kept.
    """
    wanted = in_statement.get(key) if in_statement is not None else None
    for written in written_forms:
        plain = written.casefold()
        if wanted is None or plain in wanted or plain == key:
            return written
    return None


def surface_forms(application: str, statement: str = "") -> dict[str, str]:
    """Folded word or word pair -> how the application writes it (see `_pick_form`)."""
    in_statement = _statement_forms(statement) if statement else None
    forms = {}
    for key, written in _application_forms(application).items():
        form = _pick_form(key, written, in_statement)
        if form is not None:
            forms[key] = form
    return forms


def _add_term(picked: list[str], form: str) -> None:
    """Add `form` unless a picked phrase holds it; a phrase replaces the single words it holds."""
    folded = form.casefold()
    if any(folded in term.casefold().split(" ") or folded == term.casefold() for term in picked):
        return
    words = folded.split(" ")
    kept = [term for term in picked if not (" " not in term and term.casefold() in words)]
    picked[:] = kept + [form]


def explain_pairs(
    space: WordSpace,
    statements: Sequence[str],
    applications: Sequence[str],
    pairs: np.ndarray,
    terms: int = 6,
    sentences: int = 2,
) -> list[Explanation]:
    """One explanation per (statement index, application index) row of `pairs`."""
    if len(pairs) == 0:
        return []
    statement_vectors = space.tfidf.transform(space.counts([statements[i] for i in pairs[:, 0]]))
    application_vectors = space.tfidf.transform(space.counts([applications[i] for i in pairs[:, 1]]))
    contributions = sp.csr_matrix(statement_vectors.multiply(application_vectors))
    names = space.counter.get_feature_names_out()

    # Each application's sentences, vectorized in one go.
    unique_applications = sorted({int(i) for i in pairs[:, 1]})
    pieces: dict[int, list[str]] = {
        index: [piece for piece in textproc.sentences(applications[index]) if TOKEN.search(piece)]
        for index in unique_applications
    }
    offsets: dict[int, int] = {}
    flat: list[str] = []
    for index in unique_applications:
        offsets[index] = len(flat)
        flat.extend(pieces[index])
    sentence_vectors = space.tfidf.transform(space.counts(flat)) if flat else None
    similarity = (
        np.asarray((sentence_vectors @ statement_vectors.T).toarray())
        if sentence_vectors is not None
        else None
    )
    written = {index: _application_forms(applications[index]) for index in unique_applications}
    in_statement = {int(i): _statement_forms(statements[int(i)]) for i in set(pairs[:, 0].tolist())}

    explanations = []
    for row, (statement_index, application_index) in enumerate(pairs.tolist()):
        start, end = contributions.indptr[row], contributions.indptr[row + 1]
        order = np.argsort(-contributions.data[start:end], kind="stable")
        picked: list[str] = []
        for feature in contributions.indices[start:end][order]:
            key = str(names[feature])
            form = _pick_form(key, written[application_index].get(key, []), in_statement[statement_index])
            if form:
                _add_term(picked, form)
            if len(picked) == terms:
                break
        best: list[str] = []
        if similarity is not None and pieces[application_index]:
            first = offsets[application_index]
            scores = similarity[first : first + len(pieces[application_index]), row]
            best = [
                re.sub(r"\s+", " ", pieces[application_index][i]).strip()
                for i in np.argsort(-scores, kind="stable")[:sentences]
                if scores[i] > 0
            ]
        explanations.append(Explanation(tuple(picked), tuple(best)))
    return explanations
