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

_BREAK = re.compile(r"[^\w\s\-–]")  # anything between two words that ends a phrase: "," "." ":" ...


def _linking_ids(lexicon: Lexicon) -> np.ndarray:
    """Per word id, whether its folded form is that of a linking word (their written form decides)."""
    folded = {textproc.fold_word(word) for word in textproc.LINKING_WORDS}
    linking = np.zeros(len(lexicon), dtype=bool)
    linking[[lexicon.known(word) for word in folded if lexicon.known(word) >= 0]] = True
    return linking


@dataclass(frozen=True)
class Explanation:
    """The matching terms, as the application writes them, and its best-matching sentences."""

    terms: tuple[str, ...]
    sentences: tuple[str, ...]


def _same_marks(written: str, in_statement: set[str]) -> bool:
    """Folding lets "chuyen doi so" meet "chuyển đổi số", but also "đội" meet "đổi": a word whose marks
    differ from every form the statement uses is left out, while a word written without marks is kept."""
    plain = written.casefold()
    return plain in in_statement or textproc.fold_diacritics(plain) == plain


class _Written:
    """A text's words as written, aligned with its word ids."""

    def __init__(self, text: str, ids: np.ndarray) -> None:
        self.text = unicodedata.normalize("NFC", text or "")
        self.starts, self.ends = textproc.word_spans(self.text)
        self.ids = ids if len(ids) == len(self.starts) else np.zeros(0, dtype=ids.dtype)
        self._forms: dict[int, set[str]] | None = None

    def word(self, index: int) -> str:
        """Word ``index`` as written."""
        return self.text[self.starts[index] : self.ends[index]]

    def forms(self) -> dict[int, set[str]]:
        """Word id -> the ways this text writes it (case-folded), read once."""
        if self._forms is None:
            self._forms = {}
            for index, word in enumerate(self.ids.tolist()):
                self._forms.setdefault(word, set()).add(self.word(index).casefold())
        return self._forms

    def span(self, first: int, last: int) -> str:
        """The text from word ``first`` to word ``last``, spaces collapsed."""
        return " ".join(self.text[self.starts[first] : self.ends[last]].split())


class _Application(_Written):
    """An application's words, with what ``_terms`` needs to find its phrases."""

    def __init__(self, text: str, ids: np.ndarray, linking_ids: np.ndarray, space: TermSpace) -> None:
        """``linking_ids``: per word id, whether it may be a linking word (``_linking_ids``)."""
        super().__init__(text, ids)
        count = len(self.ids)
        # Linking words, by their written form (only where the folded form could be one).
        self.linking = np.zeros(count, dtype=bool)
        maybe = np.flatnonzero(linking_ids[self.ids]).tolist()
        self.linking[maybe] = [self.word(i).casefold() in textproc.LINKING_WORDS for i in maybe]
        # Neighbours form a phrase when only spaces or a hyphen part them (not "," or ".").
        self.adjacent = np.ones(max(count - 1, 0), dtype=bool)
        if count > 1:
            breaks = np.fromiter((m.start() for m in _BREAK.finditer(self.text)), dtype=np.int64)
            gap = np.searchsorted(self.ends[:count], breaks, side="right") - 1
            self.adjacent[gap[(gap >= 0) & (gap < count - 1)]] = False
        keys = (self.ids[:-1].astype(np.int64) << 32) | self.ids[1:].astype(np.int64)
        slot = np.searchsorted(space.pairs, keys)
        valid = slot < len(space.pairs)
        valid[valid] = space.pairs[slot[valid]] == keys[valid]
        # The term column of each word, then of each pair of neighbours (-1: none), looked up together.
        self.columns = np.concatenate(
            [np.where(self.ids < space.words, self.ids, -1), np.where(valid, space.words + slot, -1)]
        )
        self.words = self.ids.tolist()


def _lookup(columns: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``values`` at ``wanted`` columns (0 where a column has none; ``columns`` sorted)."""
    if not len(columns):
        return np.zeros(len(wanted))
    slot = np.minimum(np.searchsorted(columns, wanted), len(columns) - 1)
    return np.where(columns[slot] == wanted, values[slot], 0.0)


def _terms(
    application: _Application, statement: _Written, columns: np.ndarray, values: np.ndarray, count: int
) -> list[str]:
    """The application's best phrases and words for one statement (see the module's docstring)."""
    ids, linking = application.words, application.linking
    if not ids or not len(columns):
        return []
    found = _lookup(columns, values, application.columns)
    value, pair_value = found[: len(ids)], found[len(ids) :]
    paired = (pair_value > 0) & application.adjacent
    value_sum = np.concatenate([[0.0], np.cumsum(value)])
    pair_sum = np.concatenate([[0.0], np.cumsum(pair_value)])
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paired.astype(np.int8), [0]])))
    firsts, lasts = [], []
    for start, stop in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        first, last = start, stop  # the run's pairs are start..stop-1, its words start..stop
        while first < last and linking[first]:  # "tại cảng Cát Lái" is "cảng Cát Lái"
            first += 1
        while last > first and linking[last]:
            last -= 1
        firsts.append(first)
        lasts.append(last)
    singles = np.flatnonzero((value > 0) & ~linking)
    first_words = np.concatenate([np.asarray(firsts, dtype=np.int64), singles])
    last_words = np.concatenate([np.asarray(lasts, dtype=np.int64), singles])
    weights = (
        value_sum[last_words + 1] - value_sum[first_words] + pair_sum[last_words] - pair_sum[first_words]
    )
    order = np.argsort(-weights, kind="stable")[: 8 * count]
    picked: list[str] = []
    seen: list[set[int]] = []
    for first, last in zip(first_words[order].tolist(), last_words[order].tolist(), strict=True):
        words = set(ids[first : last + 1])
        if any(words <= earlier for earlier in seen):
            continue  # already said by a phrase picked before
        if first == last and not _same_marks(
            application.word(first), statement.forms().get(ids[first], set())
        ):
            continue
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
    contributions.sort_indices()
    unique_applications = sorted({int(i) for i in pairs[:, 1]})
    linking = _linking_ids(lexicon)
    used = sorted({int(i) for i in pairs[:, 0]})
    written = {
        index: _Application(applications[index], application_tokens.of(index), linking, space)
        for index in unique_applications
    }
    statement_written = {index: _Written(statements[index], statement_tokens.of(index)) for index in used}

    # Each application's sentences, as ranges of its words (no second cut into words).
    pieces: dict[int, list[tuple[int, int, str]]] = {}  # (first word, word after the last, the sentence)
    for index in unique_applications:
        application = written[index]
        edges = [*textproc.sentence_starts(application.text), len(application.text)]
        words = np.searchsorted(application.starts, edges).tolist()
        pieces[index] = [
            (words[i], words[i + 1], " ".join(application.text[edges[i] : edges[i + 1]].split()))
            for i in range(len(edges) - 1)
            if words[i + 1] > words[i]
        ]
    flat = [(index, a, b) for index in unique_applications for a, b, _ in pieces[index]]
    offsets = np.cumsum([0] + [len(pieces[index]) for index in unique_applications])
    first = dict(zip(unique_applications, offsets.tolist(), strict=False))
    similarity = np.zeros((len(flat), len(used)), dtype=np.float32)
    if flat:
        ids = [written[index].ids[a:b] for index, a, b in flat]
        lengths = np.array([len(part) for part in ids])
        sentence_tokens = Tokens(
            ids=np.concatenate(ids).astype(np.int32),
            marked=np.zeros(int(lengths.sum()), dtype=bool),
            starts=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
            vietnamese=np.array([application_tokens.vietnamese[index] for index, _, _ in flat], dtype=bool),
        )
        sentence_words = space.tfidf(space.counts(sentence_tokens))
        similarity = np.asarray((sentence_words @ statement_words[used].T).toarray(), dtype=np.float32)
    column_of = {statement: column for column, statement in enumerate(used)}

    explanations = []
    for row, (statement, application) in enumerate(pairs.tolist()):
        start, end = contributions.indptr[row], contributions.indptr[row + 1]
        columns, values = contributions.indices[start:end], contributions.data[start:end]
        picked = _terms(written[application], statement_written[statement], columns, values, terms)
        best: list[str] = []
        own = pieces[application]
        scores = similarity[first[application] : first[application] + len(own), column_of[statement]]
        for index in np.argsort(-scores, kind="stable"):
            if scores[index] <= 0 or len(best) == sentences:
                break
            text = own[index][2]
            if (
                copying is not None
                and copying[application]
                and echo.echo_ratio(statements[statement], text) >= 0.5
            ):
                continue  # a sentence copied from the statement is not the applicant's
            best.append(text)
        explanations.append(Explanation(tuple(picked), tuple(best)))
    return explanations
