"""A program's state follows its dates, can be moved on by hand, and its deadlines hold on the server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from innovation.programs.models import Program, ProgramState
from innovation.programs.timeline import (
    applications_open,
    challenge_call_open,
    effective_state,
    next_state,
    steps,
)

NOW = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def program(state: ProgramState = ProgramState.CALLING_FOR_CHALLENGES, **offsets_in_days: int) -> Program:
    """A program (not stored) whose dates lie the given number of days from NOW."""
    dates = {name: NOW + timedelta(days=days) for name, days in offsets_in_days.items()}
    return Program(name="OID", slug="oid", state=state, **dates)


TIMELINE = dict(
    challenges_open_at=-40,
    challenges_close_at=-20,
    applications_open_at=-10,
    applications_close_at=5,
    judging_open_at=10,
    judging_close_at=20,
    shortlist_at=25,
    pitch_day_at=30,
)


def test_the_state_follows_the_dates() -> None:
    assert effective_state(program(**TIMELINE), NOW) == ProgramState.OPEN_FOR_APPLICATIONS
    assert effective_state(program(**TIMELINE), NOW + timedelta(days=6)) == ProgramState.SCREENING
    assert effective_state(program(**TIMELINE), NOW + timedelta(days=31)) == ProgramState.PITCH_DAY
    assert (
        effective_state(program(**TIMELINE), NOW - timedelta(days=30)) == ProgramState.CALLING_FOR_CHALLENGES
    )


def test_a_draft_stays_a_draft_and_an_archive_an_archive_whatever_the_dates() -> None:
    assert effective_state(program(ProgramState.DRAFT, **TIMELINE), NOW) == ProgramState.DRAFT
    assert effective_state(program(ProgramState.ARCHIVED, **TIMELINE), NOW) == ProgramState.ARCHIVED


def test_a_state_set_by_hand_is_never_undone_by_the_dates() -> None:
    ahead = program(ProgramState.SCREENING, **TIMELINE)
    assert effective_state(ahead, NOW) == ProgramState.SCREENING
    assert not applications_open(ahead, NOW)


def test_the_call_for_challenges_closes_at_its_date() -> None:
    calling = program(challenges_open_at=-5, challenges_close_at=1, applications_open_at=3)
    assert challenge_call_open(calling, NOW)
    assert not challenge_call_open(calling, NOW + timedelta(days=1))  # at the closing minute: closed
    assert not challenge_call_open(program(ProgramState.DRAFT, challenges_close_at=5), NOW)


def test_applications_are_accepted_only_inside_the_window() -> None:
    timed = program(**TIMELINE)
    assert applications_open(timed, NOW)
    assert not applications_open(timed, NOW + timedelta(days=5))
    assert not applications_open(timed, NOW - timedelta(days=11))


def test_steps_mark_past_current_and_future() -> None:
    marked = {step.state: step.position for step in steps(program(**TIMELINE), NOW)}
    assert marked[ProgramState.CALLING_FOR_CHALLENGES] == "past"
    assert marked[ProgramState.OPEN_FOR_APPLICATIONS] == "current"
    assert marked[ProgramState.JUDGING] == "future"


@pytest.mark.parametrize(
    ("state", "following"),
    [
        (ProgramState.DRAFT, ProgramState.CALLING_FOR_CHALLENGES),
        (ProgramState.PITCH_DAY, ProgramState.ARCHIVED),
    ],
)
def test_next_state(state, following) -> None:
    assert next_state(state) == following
    assert next_state(ProgramState.ARCHIVED) is None
