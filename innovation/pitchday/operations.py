"""Building a program's pitch day: its settings, placing the finalists into tracks (one per room), moving
a pitch by hand, and reading the day back with every pitch's times. Every change is in the audit log.

Positions are unique per track, so a new layout is written in two steps: every slot first takes a
temporary negative position, then its final one; no intermediate state breaks the constraint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from challenges.applications.models import RECEIVED_STATES, Application
from challenges.models import Challenge
from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.decisions.models import Decision, Outcome
from innovation.decisions.operations import recipient_of
from innovation.extensions import db
from innovation.links import external_url
from innovation.mail.operations import add_email, send_after_commit
from innovation.pitchday import schedule
from innovation.pitchday.models import PitchDay, PitchSlot
from innovation.programs.models import Program
from innovation.refusal import ActionRefused

FINAL_OUTCOMES = (Outcome.FINALIST, Outcome.SELECTED)
SLOT_MINUTES = (1, 240)
BREAK_EVERY = (0, 100)
BREAK_MINUTES = (0, 240)
MAX_ROOMS = 20
MAX_ROOM_NAME = 100
MAX_VENUE = 300
MOVES = ("up", "down", "track")


class PitchDayError(ActionRefused):
    """A pitch-day change was refused; `reason` names why (the view words it)."""


def pitch_day_of(program: Program) -> PitchDay | None:
    """The program's pitch-day settings, if saved."""
    return db.session.scalar(select(PitchDay).where(PitchDay.program_id == program.id))


def finalists(program: Program) -> list[Application]:
    """The program's applications whose current decision is finalist or selected (received ones only), by
    challenge then id."""
    return list(
        db.session.scalars(
            select(Application)
            .join(Challenge, Challenge.id == Application.challenge_id)
            .join(Decision, Decision.application_id == Application.id)
            .options(
                selectinload(Application.startup),
                selectinload(Application.challenge).selectinload(Challenge.texts),
            )
            .where(
                Challenge.program_id == program.id,
                Decision.outcome.in_(FINAL_OUTCOMES),
                Application.state.in_(RECEIVED_STATES),
            )
            .order_by(Application.challenge_id, Application.id)
        )
    )


def slots_of(program: Program) -> list[PitchSlot]:
    """The program's slots by track and position, with their applications, startups and challenges."""
    return list(
        db.session.scalars(
            select(PitchSlot)
            .options(
                selectinload(PitchSlot.application).selectinload(Application.startup),
                selectinload(PitchSlot.application)
                .selectinload(Application.challenge)
                .selectinload(Challenge.texts),
            )
            .where(PitchSlot.program_id == program.id)
            .order_by(PitchSlot.track, PitchSlot.position)
        )
    )


def _in_range(value: int | None, bounds: tuple[int, int], reason: str) -> int:
    if value is None or not bounds[0] <= value <= bounds[1]:
        raise PitchDayError(reason)
    return value


def save_settings(
    program: Program,
    actor: User,
    starts_at: datetime,
    slot_minutes: int,
    break_every: int,
    break_minutes: int,
    rooms: list[str],
    venue: str = "",
) -> PitchDay:
    """Save when the day starts (an aware moment), how long pitches and breaks are, the rooms in track
    order and the venue. With fewer rooms than before, the pitches of the rooms that went follow those of
    the last room left."""
    if starts_at is None or starts_at.tzinfo is None:
        raise PitchDayError("no_start")
    _in_range(slot_minutes, SLOT_MINUTES, "slot_minutes")
    _in_range(break_every, BREAK_EVERY, "break_every")
    _in_range(break_minutes, BREAK_MINUTES, "break_minutes")
    rooms = [" ".join(str(name).split()) for name in rooms]
    rooms = list(dict.fromkeys(name for name in rooms if name))
    if not rooms:
        raise PitchDayError("no_rooms")
    if len(rooms) > MAX_ROOMS:
        raise PitchDayError("too_many_rooms")
    if any(len(name) > MAX_ROOM_NAME for name in rooms):
        raise PitchDayError("room_too_long")
    venue = " ".join((venue or "").split())
    if len(venue) > MAX_VENUE:
        raise PitchDayError("venue_too_long")

    day = pitch_day_of(program)
    before = _settings_record(day) if day is not None else {}
    if day is None:
        day = PitchDay(program_id=program.id)
        db.session.add(day)
    day.starts_at = starts_at.astimezone(UTC)
    day.slot_minutes, day.break_every, day.break_minutes = slot_minutes, break_every, break_minutes
    day.rooms, day.venue = rooms, venue
    db.session.flush()
    slots = slots_of(program)
    if any(slot.track >= len(rooms) for slot in slots):
        tracks = _tracks_of(slots, len(rooms))
        for slot in slots:
            if slot.track >= len(rooms):
                tracks[-1].append(slot)
        _write_layout(program, tracks, [])
    after = _settings_record(day)
    if after != before:
        record_action(actor.id, "save_pitch_day", day, before=before, after=after, program_id=program.id)
    db.session.commit()
    return day


def _settings_record(day: PitchDay) -> dict[str, object]:
    starts_at = day.starts_at if day.starts_at.tzinfo else day.starts_at.replace(tzinfo=UTC)
    return {
        "starts_at": starts_at.isoformat(timespec="minutes"),
        "slot_minutes": day.slot_minutes,
        "break_every": day.break_every,
        "break_minutes": day.break_minutes,
        "rooms": list(day.rooms),
        "venue": day.venue,
    }


def _tracks_of(slots: list[PitchSlot], rooms: int) -> list[list[PitchSlot]]:
    """The slots per track (tracks beyond `rooms` left out), in position order."""
    tracks: list[list[PitchSlot]] = [[] for _ in range(rooms)]
    for slot in sorted(slots, key=lambda s: (s.track, s.position)):
        if slot.track < rooms:
            tracks[slot.track].append(slot)
    return tracks


def _write_layout(program: Program, tracks: list[list[PitchSlot]], gone: list[PitchSlot]) -> None:
    """Store `tracks` (slots in order per track; new slots among them are added), delete `gone`."""
    try:
        for slot in gone:
            db.session.delete(slot)
        db.session.flush()
        existing = [slot for track in tracks for slot in track if slot.id is not None]
        for slot in existing:
            slot.position = -slot.id
        db.session.flush()
        for track_index, track in enumerate(tracks):
            for position, slot in enumerate(track):
                slot.track, slot.position = track_index, position
                if slot.id is None:
                    slot.program_id = program.id
                    db.session.add(slot)
        db.session.flush()
    except IntegrityError:
        # Another organizer changed the schedule at the same moment: theirs stands, this one is refused.
        db.session.rollback()
        raise PitchDayError("changed_meanwhile") from None


@dataclass
class ScheduleChange:
    """What placing the finalists did."""

    added: list[int] = field(default_factory=list)
    dropped: list[int] = field(default_factory=list)


def schedule_finalists(program: Program, actor: User) -> ScheduleChange:
    """Place the finalists into the day: those already placed keep their order, new finalists join their
    challenge's track (or the emptiest one), applications that are no longer finalists leave."""
    day = pitch_day_of(program)
    if day is None:
        raise PitchDayError("no_settings")
    chosen = finalists(program)
    if not chosen:
        raise PitchDayError("no_finalists")
    wanted = {application.id: application for application in chosen}
    slots = slots_of(program)
    gone = [slot for slot in slots if slot.application_id not in wanted]
    kept = [slot for slot in slots if slot.application_id in wanted]
    placed_ids = {slot.application_id for slot in kept}
    by_track: dict[int, list[PitchSlot]] = {}
    for slot in kept:
        by_track.setdefault(slot.track, []).append(slot)
    placed = [
        [(slot.application.challenge_id, slot) for slot in by_track.get(track, [])]
        for track in range(max([len(day.rooms), *[t + 1 for t in by_track]]))
    ]
    new_slots = {
        application.id: PitchSlot(application_id=application.id)
        for application in chosen
        if application.id not in placed_ids
    }
    waiting = [(wanted[app_id].challenge_id, slot) for app_id, slot in new_slots.items()]
    tracks = schedule.place(len(day.rooms), placed, waiting)
    _write_layout(program, tracks, gone)
    change = ScheduleChange(added=sorted(new_slots), dropped=sorted(slot.application_id for slot in gone))
    if change.added or change.dropped:
        record_action(
            actor.id,
            "schedule_pitch_day",
            day,
            before={"dropped": change.dropped},
            after={"added": change.added},
            program_id=program.id,
        )
    db.session.commit()
    return change


def move_slot(
    program: Program, slot: PitchSlot, direction: str, actor: User, track: int | None = None
) -> bool:
    """Move a pitch one place up or down its track, or to the end of another track; whether it moved."""
    day = pitch_day_of(program)
    if day is None or slot.program_id != program.id:
        raise PitchDayError("no_settings")
    if direction not in MOVES:
        raise PitchDayError("bad_move")
    tracks = _tracks_of(slots_of(program), len(day.rooms))
    slot = next(s for t in tracks for s in t if s.id == slot.id)
    before = {"track": slot.track, "position": slot.position}
    row = tracks[slot.track]
    index = row.index(slot)
    if direction == "track":
        if track is None or not 0 <= track < len(day.rooms):
            raise PitchDayError("bad_track")
        if track == slot.track:
            return False
        row.remove(slot)
        tracks[track].append(slot)
    else:
        target = index - 1 if direction == "up" else index + 1
        if not 0 <= target < len(row):
            return False
        row[index], row[target] = row[target], row[index]
    _write_layout(program, tracks, [])
    record_action(
        actor.id,
        "move_pitch_slot",
        slot,
        before=before,
        after={"track": slot.track, "position": slot.position},
        program_id=program.id,
    )
    db.session.commit()
    return True


def get_slot(program: Program, slot_id: int) -> PitchSlot | None:
    """A slot of `program` (which the caller fetched through its scope), else None."""
    return db.session.scalar(
        select(PitchSlot).where(PitchSlot.id == slot_id, PitchSlot.program_id == program.id)
    )


def timing_of(day: PitchDay) -> schedule.Timing:
    """The settings as the schedule's arithmetic takes them (the start as an aware UTC moment)."""
    starts_at = day.starts_at if day.starts_at.tzinfo else day.starts_at.replace(tzinfo=UTC)
    return schedule.Timing(starts_at, day.slot_minutes, day.break_every, day.break_minutes)


@dataclass
class AgendaRow:
    """One line of a room's agenda: a pitch (with its slot) or a break."""

    starts_at: datetime
    ends_at: datetime
    slot: PitchSlot | None = None


@dataclass
class Room:
    """One track of the day: its room and its lines in order."""

    index: int
    name: str
    rows: list[AgendaRow] = field(default_factory=list)

    @property
    def pitches(self) -> list[AgendaRow]:
        return [row for row in self.rows if row.slot is not None]


def agenda(program: Program) -> list[Room]:
    """The day room by room, each pitch and break with its times (empty before the settings are saved)."""
    day = pitch_day_of(program)
    if day is None:
        return []
    timing = timing_of(day)
    tracks = _tracks_of(slots_of(program), len(day.rooms))
    rooms = []
    for index, (name, slots) in enumerate(zip(day.rooms, tracks, strict=True)):
        rows = []
        for period in schedule.periods(timing, len(slots)):
            slot = slots[period.position] if period.position is not None else None
            rows.append(AgendaRow(period.starts_at, period.ends_at, slot))
        rooms.append(Room(index, name, rows))
    return rooms


@dataclass
class Pitch:
    """One application's pitch: when, where."""

    slot: PitchSlot
    starts_at: datetime
    ends_at: datetime
    room: str
    venue: str


def pitch_of(application: Application) -> Pitch | None:
    """The application's pitch on its program's day, if it is placed."""
    slot = db.session.scalar(select(PitchSlot).where(PitchSlot.application_id == application.id))
    if slot is None:
        return None
    program = db.session.get(Program, slot.program_id)
    return pitch_in(program, slot)


def pitch_in(program: Program, slot: PitchSlot) -> Pitch | None:
    """The times and room of one slot of `program`."""
    for room in agenda(program):
        for row in room.pitches:
            if row.slot is not None and row.slot.id == slot.id:
                day = pitch_day_of(program)
                return Pitch(slot, row.starts_at, row.ends_at, room.name, day.venue if day else "")
    return None


def told_pitch_of(application: Application) -> Pitch | None:
    """The application's pitch, once its startup has been told it is a finalist (or selected): before the
    decision is published, the schedule says nothing to the startup."""
    told = db.session.scalar(
        select(Decision.published_outcome).where(Decision.application_id == application.id)
    )
    return pitch_of(application) if told in FINAL_OUTCOMES else None


def pitches_of(applications: list[Application]) -> dict[int, Pitch]:
    """The pitches the startup may know of among these applications (see `told_pitch_of`), by id."""
    result: dict[int, Pitch] = {}
    for application in applications:
        pitch = told_pitch_of(application)
        if pitch is not None:
            result[application.id] = pitch
    return result


def tell_finalists(program: Program, actor: User) -> int:
    """E-mail every placed finalist who was told it pitches (its decision is published) its time, room and
    venue, in its language, with a link to its calendar file; sent again after a change of the schedule.
    Returns how many e-mails were queued."""
    if pitch_day_of(program) is None:
        raise PitchDayError("no_settings")
    messages = []
    for slot in slots_of(program):
        application = slot.application
        pitch = told_pitch_of(application)
        recipient = recipient_of(application)
        if pitch is None or recipient is None:
            continue
        messages.append(
            add_email(
                recipient.email,
                "pitch_slot",
                recipient.locale,
                {
                    "program": program.name_in(recipient.locale),
                    "title": application.title,
                    "challenge": application.challenge.text_for(recipient.locale)[0].title,
                    "starts_at": pitch.starts_at,
                    "ends_at": pitch.ends_at,
                    "room": pitch.room,
                    "venue": pitch.venue,
                    "calendar": external_url("pitchday.own_ics", application_id=application.id),
                    "link": external_url("startups.applications"),
                },
            )
        )
    if not messages:
        raise PitchDayError("nobody_told")
    record_action(actor.id, "tell_finalists", program, after={"emails": len(messages)}, program_id=program.id)
    db.session.commit()
    for message in messages:
        send_after_commit(message)
    return len(messages)
