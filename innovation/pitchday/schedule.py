"""The pitch day's arithmetic: which room each challenge's finalists pitch in, and when each pitch and
break starts and ends. Pure functions over plain values (no Flask, no database), so the rules are easy to
test and the same everywhere: the settings page, the agenda, its CSV and the calendar files.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

K = TypeVar("K", bound=Hashable)  # what groups finalists into one track: their challenge
V = TypeVar("V")  # a finalist


@dataclass(frozen=True)
class Timing:
    """How a track runs: its first pitch, the length of a pitch, a break after every `break_every`
    pitches (0: no breaks) lasting `break_minutes`."""

    starts_at: datetime
    slot_minutes: int
    break_every: int
    break_minutes: int


@dataclass(frozen=True)
class Period:
    """A stretch of a track: a pitch (`position` is its place in the track) or a break (`position` None)."""

    starts_at: datetime
    ends_at: datetime
    position: int | None = None

    @property
    def is_break(self) -> bool:
        return self.position is None


def periods(timing: Timing, count: int) -> list[Period]:
    """The pitches of a track of `count` finalists in order, with a break after every `break_every`
    pitches (never after the last one). Times keep the time zone of `timing.starts_at`."""
    slot = timedelta(minutes=timing.slot_minutes)
    pause = timedelta(minutes=timing.break_minutes)
    result: list[Period] = []
    moment = timing.starts_at
    for position in range(count):
        result.append(Period(moment, moment + slot, position))
        moment += slot
        last = position == count - 1
        if timing.break_every > 0 and timing.break_minutes > 0 and (position + 1) % timing.break_every == 0:
            if not last:
                result.append(Period(moment, moment + pause))
                moment += pause
    return result


def place(
    rooms: int, placed: Sequence[Sequence[tuple[K, V]]], waiting: Sequence[tuple[K, V]]
) -> list[list[V]]:
    """The tracks once the `waiting` finalists (challenge, finalist) join those already `placed` (a list of
    (challenge, finalist) per track, in pitch order, which is kept).

    A challenge's finalists share a track: a waiting finalist goes to the track that already holds most of
    its challenge. Challenges new to the day go, largest first (ties in order of first appearance), to the
    track with the fewest pitches (ties: the lowest track), so tracks stay balanced by count. Within a
    track the newcomers follow one challenge after another. Deterministic for the same input.
    """
    if rooms < 1:
        raise ValueError("at least one room")
    tracks: list[list[tuple[K, V]]] = [list(track) for track in placed[:rooms]]
    tracks += [[] for _ in range(rooms - len(tracks))]
    for extra in placed[rooms:]:  # tracks beyond the rooms left: their finalists wait again, in order
        waiting = [*extra, *waiting]
    loads = [len(track) for track in tracks]

    home: dict[K, int] = {}
    for challenge in dict.fromkeys(key for track in tracks for key, _ in track):
        counts = [sum(1 for key, _ in track if key == challenge) for track in tracks]
        home[challenge] = counts.index(max(counts))

    groups: dict[K, list[V]] = {}
    for key, item in waiting:
        groups.setdefault(key, []).append(item)
    order = list(groups)
    for challenge in sorted(
        (k for k in order if k not in home), key=lambda k: (-len(groups[k]), order.index(k))
    ):
        track = loads.index(min(loads))
        home[challenge] = track
        loads[track] += len(groups[challenge])
    for challenge in order:
        tracks[home[challenge]].extend((challenge, item) for item in groups[challenge])
    return [[item for _, item in track] for track in tracks]


def parse_rooms(text: str) -> list[str]:
    """Room names typed one per line: blank lines dropped, spaces trimmed, repeats kept once."""
    names = (" ".join(line.split()) for line in (text or "").splitlines())
    return list(dict.fromkeys(name for name in names if name))
