"""What leaves the platform about the pitch day: a calendar file per pitch and the agenda as CSV."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app
from flask_babel import get_locale, get_timezone, gettext
from icalendar import Calendar, Event

from innovation.database import utcnow
from innovation.dates import utc_to_local
from innovation.exports.writers import csv_bytes
from innovation.pitchday.operations import Pitch, Room
from innovation.programs.models import Program

PRODUCT_ID = "-//Open Innovation//Pitch day//EN"
ICS_TYPE = "text/calendar; charset=utf-8"


def event_uid(program: Program, application_id: int) -> str:
    """The same identifier for a pitch every time its file is downloaded, so a calendar updates the event
    instead of adding a second one."""
    host = urlsplit(str(current_app.config.get("BASE_URL") or "")).hostname or "open-innovation"
    return f"pitch-{program.id}-{application_id}@{host}"


def pitch_location(pitch: Pitch) -> str:
    """Where the pitch is: the venue, then the room."""
    return ", ".join(part for part in (pitch.venue, pitch.room) if part)


def pitch_calendar(program: Program, pitch: Pitch) -> bytes:
    """One pitch as an iCalendar file (times in UTC), in the reader's language."""
    locale = str(get_locale() or "en")
    application = pitch.slot.application
    challenge = application.challenge.text_for(locale)[0].title
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", event_uid(program, application.id))
    event.add("dtstamp", utcnow())
    event.add("dtstart", pitch.starts_at)
    event.add("dtend", pitch.ends_at)
    event.add(
        "summary",
        gettext(
            "Pitch: %(startup)s · %(program)s",
            startup=application.startup.name,
            program=program.name_in(locale),
        ),
    )
    event.add("location", pitch_location(pitch))
    event.add(
        "description",
        "\n".join(
            [
                gettext("Application: %(title)s", title=application.title),
                gettext("Challenge: %(title)s", title=challenge),
                gettext("Room: %(room)s", room=pitch.room),
            ]
        ),
    )
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def agenda_csv(rooms: list[Room], locale: str) -> bytes:
    """The agenda as a table, one line per pitch or break, times in the centre's zone (no time zone in a
    spreadsheet cell, so the header names it)."""
    zone = str(get_timezone())
    header = [
        gettext("Room"),
        gettext("Starts (%(zone)s)", zone=zone),
        gettext("Ends (%(zone)s)", zone=zone),
        gettext("Startup"),
        gettext("Application"),
        gettext("Challenge"),
    ]
    rows = []
    for room in rooms:
        for row in room.rows:
            times = [utc_to_local(row.starts_at), utc_to_local(row.ends_at)]
            if row.slot is None:
                rows.append([room.name, *times, gettext("Break"), "", ""])
                continue
            application = row.slot.application
            challenge = application.challenge.text_for(locale)[0].title
            rows.append([room.name, *times, application.startup.name, application.title, challenge])
    return csv_bytes(header, rows)
