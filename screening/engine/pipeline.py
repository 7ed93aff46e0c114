"""The pre-screen: one call, ``prescreen(challenges, applications)``, gives what a screening run stores.

Input, plain mappings as the platform's job builds them (``documents.Challenge`` / ``Application`` work too):

- a **challenge**: ``id``, ``title``, ``description``, optional ``lang`` ("vi" or "en"), optional
  ``versions`` [{``lang``, ``title``, ``description``}] (the statement in other languages), optional
  ``eligibility`` {``minimum_stage``, ``minimum_trl``, ``countries``, ``legal_entity_required``,
  ``required_fields``, ``word_limits`` {field: {``minimum``, ``maximum``}}};
- an **application**: ``id``, ``title``, ``text``, optional ``lang``, optional ``challenge_id`` (the
  challenge it applied to), and the startup's facts for eligibility: ``stage`` (idea, prototype, mvp,
  revenue, scale), ``trl`` (1-9), ``country`` (ISO code), ``legal_entity`` (bool), ``fields`` {name: text}.

Output, a ``PrescreenResult``: matrices indexed [challenge, application] in input order, and per pair a
plain record (``pair`` / ``records``) with

- ``score`` 0-100 (calibrated: the same fit reads the same in every challenge) and ``rank`` (1 = best);
- ``terms`` and ``sentences`` that matched (``explain``), computed up front for each challenge's top;
- ``echo_ratio`` (share of the application copied from that statement) and ``echo_flag``;
- ``stuffing_ratio`` and ``stuffing_flag`` (keywords repeated over and over);
- ``duplicate_cluster`` (index into ``duplicate_clusters``, or None);
- ``eligibility``: the rules of that challenge the application does not meet or does not answer, each
  with its reason in Vietnamese and English (never a silent drop: the organizer decides);
- ``best_challenge_id``, ``best_score``, ``margin`` (best score minus this challenge's) and ``misrouted``
  (the application applied here but clearly fits another challenge much better, ``routing``).

The ranking is the shipped ranker (``rankers.screen``), the one ``python -m screening.evaluate`` measures.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from screening.engine import echo
from screening.engine.dedup import duplicate_clusters
from screening.engine.documents import Application, Challenge
from screening.engine.eligibility import Flag
from screening.engine.explain import Explanation, explain_pairs
from screening.engine.parts import Prepared, prepare, rule_groups
from screening.engine.rankers import Screening, screen_tokens
from screening.engine.routing import Route, route

STUFFING_THRESHOLD = 0.5  # half of the words repeat one seen just before: a keyword list, not prose


@dataclass
class PrescreenResult:
    """Everything a screening run stores; matrices are [challenge, application] in input order."""

    challenge_ids: list[str]
    application_ids: list[str]
    score: np.ndarray  # float, 0-100
    rank: np.ndarray  # int, 1 = best in that challenge
    echo_ratio: np.ndarray  # share of the application copied from that challenge's statement
    echo_flag: np.ndarray  # bool
    stuffing_ratio: np.ndarray  # per application
    stuffing_flag: np.ndarray  # per application
    duplicate_clusters: list[list[int]]  # groups of application indices that are (near-)copies
    duplicate_cluster: list[int | None]  # per application, its group in duplicate_clusters
    routes: list[Route]  # per application
    explanations: dict[tuple[int, int], Explanation]  # (challenge, application) for each challenge's top
    _flags: list[list[list[Flag]]] = field(repr=False)  # per rule group, per application
    _rule_group: list[int] = field(repr=False)  # per challenge
    _screening: Screening | None = field(repr=False)
    _texts: list[str] = field(repr=False)

    def ranking(self, challenge: int) -> list[int]:
        """Application indices for ``challenge``, best first."""
        return [int(i) for i in np.argsort(self.rank[challenge], kind="stable")]

    def eligibility(self, challenge: int, application: int) -> list[Flag]:
        """The rules of ``challenge`` that ``application`` does not meet or does not answer."""
        return self._flags[self._rule_group[challenge]][application]

    def explain(self, challenge: int, application: int) -> Explanation:
        """The matching terms and sentences of any pair (each challenge's top is explained up front)."""
        known = self.explanations.get((challenge, application))
        if known is None:
            known = _explain(self._screening, self._texts, np.array([[challenge, application]]))[0]
            self.explanations[(challenge, application)] = known
        return known

    def pair(self, challenge: int, application: int) -> dict[str, Any]:
        """The plain record of one (challenge, application) pair (see the module's docstring)."""
        return self._record(challenge, application, self.explain(challenge, application))

    def _record(self, challenge: int, application: int, explanation: Explanation) -> dict[str, Any]:
        route_ = self.routes[application]
        return {
            "challenge_id": self.challenge_ids[challenge],
            "application_id": self.application_ids[application],
            "score": float(self.score[challenge, application]),
            "rank": int(self.rank[challenge, application]),
            "terms": list(explanation.terms),
            "sentences": list(explanation.sentences),
            "echo_ratio": round(float(self.echo_ratio[challenge, application]), 3),
            "echo_flag": bool(self.echo_flag[challenge, application]),
            "stuffing_ratio": round(float(self.stuffing_ratio[application]), 3),
            "stuffing_flag": bool(self.stuffing_flag[application]),
            "duplicate_cluster": self.duplicate_cluster[application],
            "eligibility": [flag.as_dict() for flag in self.eligibility(challenge, application)],
            "best_challenge_id": self.challenge_ids[route_.best_challenge],
            "best_score": route_.best_score,
            "margin": round(route_.best_score - float(self.score[challenge, application]), 1),
            "misrouted": route_.misrouted and route_.applied_to == challenge,
        }

    def pairs(self, wanted: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
        """The records of the (challenge, application) pairs asked for, the unexplained ones explained in one
        batch (a platform stores each application against the challenge it applied to, not a top)."""
        missing = sorted({pair for pair in wanted if pair not in self.explanations})
        batch = np.array(missing, dtype=np.int64).reshape(-1, 2)
        for pair, explanation in zip(missing, _explain(self._screening, self._texts, batch), strict=True):
            self.explanations[pair] = explanation
        return [self.pair(challenge, application) for challenge, application in wanted]

    def plain_pairs(self, wanted: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
        """The records of the pairs asked for without explaining them (no terms, no sentences): for the
        long tail of a very large call, where explaining every pair would take longer than ranking."""
        return [
            self._record(challenge, application, Explanation((), ())) for challenge, application in wanted
        ]

    def records(self, top: int | None = None) -> Iterator[dict[str, Any]]:
        """The records of every challenge's ``top`` applications (all when None), challenge by challenge."""
        for challenge in range(len(self.challenge_ids)):
            chosen = self.ranking(challenge)[:top]
            missing = [
                application for application in chosen if (challenge, application) not in self.explanations
            ]
            pairs = np.array([[challenge, application] for application in missing], dtype=np.int64).reshape(
                -1, 2
            )
            for application, explanation in zip(
                missing, _explain(self._screening, self._texts, pairs), strict=True
            ):
                self.explanations[(challenge, application)] = (
                    explanation  # explained together, not one by one
                )
            for application in chosen:
                yield self.pair(challenge, application)


def _as_challenge(item: Challenge | Mapping[str, Any]) -> Challenge:
    return item if isinstance(item, Challenge) else Challenge.from_mapping(item)


def _explain(screening: Screening | None, texts: list[str], pairs: np.ndarray) -> list[Explanation]:
    """Explanations of (challenge, application) pairs, with the version that judged each best."""
    if screening is None or len(pairs) == 0:
        return [Explanation((), ()) for _ in range(len(pairs))]
    versions = screening.best_version[pairs[:, 0], pairs[:, 1]]
    applications = np.unique(pairs[:, 1])
    own = screening.space.tfidf(screening.space.counts(screening.own_tokens.subset(applications)))
    local = np.searchsorted(applications, pairs[:, 1])
    return explain_pairs(
        screening.lexicon,
        screening.space,
        screening.versions.texts,
        screening.version_tokens,
        screening.version_words,
        [texts[i] for i in applications],
        screening.tokens.subset(applications),
        own,
        np.column_stack([versions, local]),
        screening.guarded[applications],
    )


def prescreen(
    challenges: Sequence[Challenge | Mapping[str, Any]],
    applications: Sequence[Application | Mapping[str, Any]],
    top: int = 20,
) -> PrescreenResult:
    """Rank and score every pair, explain each challenge's ``top``, flag echo, stuffing, duplicates,
    eligibility and routing (see the module's docstring for the input and the result)."""
    return prescreen_prepared(challenges, prepare(challenges, applications), top)


def prescreen_prepared(
    challenges: Sequence[Challenge | Mapping[str, Any]], prepared: Prepared, top: int = 20
) -> PrescreenResult:
    """``prescreen`` of a call prepared beforehand, in one part or several put together (``parts``)."""
    made_challenges = [_as_challenge(item) for item in challenges]
    ids = {challenge.id: index for index, challenge in enumerate(made_challenges)}
    applied = [None if item is None else ids.get(item) for item in prepared.applied]
    texts = prepared.texts
    count = (len(made_challenges), len(prepared))
    flags = prepared.flags
    rule_group = rule_groups(challenges)[1]

    if not made_challenges or not len(prepared):
        empty = np.zeros(count)
        return PrescreenResult(
            challenge_ids=[challenge.id for challenge in made_challenges],
            application_ids=list(prepared.application_ids),
            score=empty,
            rank=empty.astype(np.int64),
            echo_ratio=empty,
            echo_flag=empty.astype(bool),
            stuffing_ratio=np.zeros(count[1]),
            stuffing_flag=np.zeros(count[1], dtype=bool),
            duplicate_clusters=[],
            duplicate_cluster=[None] * count[1],
            routes=[],
            explanations={},
            _flags=flags,
            _rule_group=rule_group,
            _screening=None,
            _texts=texts,
        )

    screening = screen_tokens(made_challenges, prepared.lexicon, prepared.tokens, prepared.copies)
    percent = screening.percent
    order = np.argsort(-screening.fused, axis=1, kind="stable")
    rank = np.empty(count, dtype=np.int64)
    np.put_along_axis(rank, order, np.arange(1, count[1] + 1)[None, :].repeat(count[0], axis=0), axis=1)
    shown = order[:, :top]
    pairs = np.column_stack([np.repeat(np.arange(count[0]), shown.shape[1]), shown.ravel()])
    explanations = dict(zip(map(tuple, pairs.tolist()), _explain(screening, texts, pairs), strict=True))

    clusters = duplicate_clusters(prepared.hashes)
    cluster_of: list[int | None] = [None] * count[1]
    for number, members in enumerate(clusters):
        for member in members:
            cluster_of[member] = number
    stuffing = prepared.stuffing
    return PrescreenResult(
        challenge_ids=[challenge.id for challenge in made_challenges],
        application_ids=list(prepared.application_ids),
        score=percent,
        rank=rank,
        echo_ratio=screening.echo,
        echo_flag=(screening.echo >= echo.ECHO_THRESHOLD) | (screening.coverage >= echo.COVERAGE_THRESHOLD),
        stuffing_ratio=stuffing,
        stuffing_flag=stuffing >= STUFFING_THRESHOLD,
        duplicate_clusters=clusters,
        duplicate_cluster=cluster_of,
        routes=route(percent, applied),
        explanations=explanations,
        _flags=flags,
        _rule_group=rule_group,
        _screening=screening,
        _texts=texts,
    )
