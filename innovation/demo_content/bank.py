"""Shapes of the sentence banks that demo applications are assembled from.

Every sentence is a pair (Vietnamese, English) so that one bank serves both languages. Sentences may hold
placeholders that the generator fills per application: {name} (the startup), {year}, {city}, {pct} and
{pct2} (percentages), {n_small}, {n_mid}, {n_big} (counts), {weeks}, {months}.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Archetype:
    """One kind of solution: how its makers title it, pitch it in a sentence and explain it."""

    titles: list[Pair]
    pitches: list[Pair]
    approach: list[Pair]


@dataclass(frozen=True)
class ChallengeBank:
    """What startups write when they answer one challenge: strongly, or only partly (weak)."""

    keywords: dict[str, list[str]]  # the owner's own terms, for keyword stuffing
    customers: Pair  # who a startup in this field sells to, as a plural noun phrase
    stems: list[str]  # startup name stems that sound like this field
    team_bg: list[Pair]  # founders' backgrounds, as verb phrases
    strong: list[Archetype]
    local: list[Pair]  # details of the site and the city, in the startup's words
    fit: list[Pair]
    pilot: list[Pair]
    weak: list[Archetype]  # adjacent technologies and generic platforms
    weak_fit: list[Pair]
    software: bool = True  # whether data protection and software pricing belong in a strong answer


@dataclass(frozen=True)
class OfftopicDomain:
    """A startup field that answers none of the challenges."""

    sectors: list[str]
    stems: list[str]
    team_bg: list[Pair]
    product: Archetype
