"""A program's timeline: which state its dates imply now, the next step, and what the organizer should do.

The stored state is the floor an organizer set (by launching the program or advancing it by hand); the
dates move it forward on their own. A draft stays a draft until it is launched, and only an organizer
archives a program, so those two are never implied by a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from innovation.database import utcnow
from innovation.programs.models import Program, ProgramState

# (state, the date at which the timeline enters it)
TIMELINE: tuple[tuple[ProgramState, str], ...] = (
    (ProgramState.CALLING_FOR_CHALLENGES, "challenges_open_at"),
    (ProgramState.OPEN_FOR_APPLICATIONS, "applications_open_at"),
    (ProgramState.SCREENING, "applications_close_at"),
    (ProgramState.JUDGING, "judging_open_at"),
    (ProgramState.SHORTLIST_PUBLISHED, "shortlist_at"),
    (ProgramState.PITCH_DAY, "pitch_day_at"),
)
# Every date of the timeline in the order it must run.
TIMELINE_DATES = (
    "challenges_open_at",
    "challenges_close_at",
    "applications_open_at",
    "applications_close_at",
    "judging_open_at",
    "judging_close_at",
    "shortlist_at",
    "pitch_day_at",
)


def implied_state(program: Program, now: datetime) -> ProgramState:
    """The latest state whose start date has passed (calling for challenges when none has)."""
    reached = ProgramState.CALLING_FOR_CHALLENGES
    for state, attribute in TIMELINE:
        start = getattr(program, attribute)
        if start is not None and start <= now:
            reached = state
    return reached


def effective_state(program: Program, now: datetime | None = None) -> ProgramState:
    """Where the program stands: the later of the organizer's state and the one its dates imply."""
    if program.state in (ProgramState.DRAFT, ProgramState.ARCHIVED):
        return program.state
    implied = implied_state(program, now or utcnow())
    return implied if implied.rank > program.state.rank else program.state


def next_state(state: ProgramState) -> ProgramState | None:
    """The state after `state`, or None after the last one."""
    states = list(ProgramState)
    position = states.index(state)
    return states[position + 1] if position + 1 < len(states) else None


def challenge_call_open(program: Program, now: datetime | None = None) -> bool:
    """Whether owners may still post and submit challenges."""
    now = now or utcnow()
    if effective_state(program, now) != ProgramState.CALLING_FOR_CHALLENGES:
        return False
    return program.challenges_close_at is None or now < program.challenges_close_at


def applications_open(program: Program, now: datetime | None = None) -> bool:
    """Whether startups may submit applications now (the deadline is enforced here, on the server)."""
    now = now or utcnow()
    if effective_state(program, now) != ProgramState.OPEN_FOR_APPLICATIONS:
        return False
    opened = program.applications_open_at is None or program.applications_open_at <= now
    return opened and (program.applications_close_at is None or now < program.applications_close_at)


@dataclass(frozen=True)
class Step:
    """One state of the timeline as the program page draws it."""

    state: ProgramState
    starts_at: datetime | None
    position: str  # "past", "current" or "future"


def steps(program: Program, now: datetime | None = None) -> list[Step]:
    """Every state from draft to archived, marked past, current or future."""
    current = effective_state(program, now)
    starts = dict(TIMELINE)
    return [
        Step(
            state,
            getattr(program, starts[state]) if state in starts else None,
            "past" if state.rank < current.rank else "current" if state == current else "future",
        )
        for state in ProgramState
    ]
