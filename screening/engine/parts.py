"""A call prepared in parts: what each application needs on its own, done apart and put back together.

Most of a pre-screen's work per application does not depend on the other applications: cutting its text
into words and telling its language, measuring keyword stuffing, finding the passages it copies from the
statements, hashing it for near-duplicate detection (word fingerprints make those hashes the same in any
lexicon), checking eligibility. ``prepare`` does that for any slice of a call, with a lexicon of its own,
so several workers can each take a slice.
``combine`` puts the slices back in order and renumbers each slice's words into one lexicon exactly as if
the whole call had been cut at once: a word's id is the order of its first appearance, and slicing the
texts in order keeps that order. The pre-screen itself is ``prescreen_prepared(challenges,
combine(parts))``, and ``prescreen`` is the same with one part, so the ranking is the same bit for bit
however many parts a call was prepared in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from screening.engine import echo
from screening.engine.dedup import TextHashes
from screening.engine.documents import Application, Challenge
from screening.engine.eligibility import ApplicationFacts, EligibilityRules, Flag, check_eligibility
from screening.engine.rankers import statement_copies
from screening.engine.tokens import Lexicon, Tokens


@dataclass
class Prepared:
    """A slice of a call (or a whole call), prepared: its applications' words, stuffing and eligibility."""

    application_ids: list[str]
    applied: list[str | None]  # per application, the id of the challenge it applied to
    texts: list[str]  # per application, title and text as one text
    lexicon: Lexicon
    tokens: Tokens
    stuffing: np.ndarray  # per application: share of words repeating one seen just before
    copies: echo.Copies  # passages copied from the statements
    hashes: TextHashes  # what near-duplicate detection reads
    flags: list[list[list[Flag]]]  # per rule group of the challenges (``rule_groups``), per application

    def __len__(self) -> int:
        return len(self.application_ids)


def rule_groups(
    challenges: Sequence[Challenge | Mapping[str, Any]],
) -> tuple[list[EligibilityRules], list[int]]:
    """The distinct eligibility rules of ``challenges``, and per challenge the index of its rules."""
    keys: dict[tuple[object, ...], int] = {}
    sets: list[EligibilityRules] = []
    group = []
    for item in challenges:
        rules = EligibilityRules.from_mapping(item.get("eligibility") if isinstance(item, Mapping) else None)
        group.append(keys.setdefault(rules.key(), len(sets)))
        if len(sets) < len(keys):
            sets.append(rules)
    return sets, group


def prepare(
    challenges: Sequence[Challenge | Mapping[str, Any]],
    applications: Sequence[Application | Mapping[str, Any]],
) -> Prepared:
    """Prepare ``applications`` (a slice of a call, or all of it) against the rules of ``challenges``."""
    made = [
        item if isinstance(item, Application) else Application.from_mapping(item) for item in applications
    ]
    raw = [item if isinstance(item, Mapping) else {} for item in applications]
    texts = [application.full_text for application in made]
    lexicon = Lexicon()
    tokens = lexicon.tokenize(texts)
    statements = [
        item if isinstance(item, Challenge) else Challenge.from_mapping(item) for item in challenges
    ]
    facts = [ApplicationFacts.from_mapping(item) for item in raw]
    return Prepared(
        application_ids=[application.id for application in made],
        applied=[None if item.get("challenge_id") is None else str(item["challenge_id"]) for item in raw],
        texts=texts,
        lexicon=lexicon,
        tokens=tokens,
        stuffing=echo.repetition(tokens),
        copies=statement_copies(statements, lexicon, tokens),
        hashes=TextHashes.of(tokens, lexicon.fingerprints()),
        flags=[[check_eligibility(rules, fact) for fact in facts] for rules in rule_groups(challenges)[0]],
    )


def combine(parts: Sequence[Prepared]) -> Prepared:
    """The parts (one or more), in order, as one prepared call with one lexicon (word ids as if cut in
    one go)."""
    if not parts:
        raise ValueError("nothing to combine")
    if len(parts) == 1:
        return parts[0]
    lexicon = Lexicon()
    tokens = []
    for part in parts:
        ids = lexicon.absorb(part.lexicon)
        tokens.append(
            Tokens(ids[part.tokens.ids], part.tokens.marked, part.tokens.starts, part.tokens.vietnamese)
        )
    groups = len(parts[0].flags)
    return Prepared(
        application_ids=[item for part in parts for item in part.application_ids],
        applied=[item for part in parts for item in part.applied],
        texts=[item for part in parts for item in part.texts],
        lexicon=lexicon,
        tokens=Tokens.join(tokens),
        stuffing=np.concatenate([part.stuffing for part in parts]),
        copies=echo.Copies.join([part.copies for part in parts], [len(part) for part in parts]),
        hashes=TextHashes.join([part.hashes for part in parts]),
        flags=[[flag for part in parts for flag in part.flags[group]] for group in range(groups)],
    )
