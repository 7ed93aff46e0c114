"""The pitch day: the schedule's arithmetic, placing and moving finalists, the agenda, its CSV and the
calendar files, and every route for every role."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import func, select

from innovation.audit.models import AuditEntry
from innovation.decisions.models import Outcome
from innovation.decisions.operations import decide_many, publish
from innovation.extensions import db
from innovation.mail.models import OutboxMessage
from innovation.pitchday import operations
from innovation.pitchday.models import PitchDay, PitchSlot
from innovation.pitchday.schedule import Timing, parse_rooms, periods, place
from innovation.programs.models import ProgramState
from tests import test_decisions
from tests.factories import ProgramFactory, make_owner, make_user_with_role
from tests.test_judging import SLUG

# The decisions' fixture: a judged program (two challenges, six shortlisted applications, scores in).
judged_round = test_decisions.judged

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")
# 08:30 in Ho Chi Minh City is 01:30 UTC.
START = datetime(2026, 12, 1, 8, 30, tzinfo=SAIGON)


def _at(hour: int, minute: int) -> datetime:
    return datetime(2026, 12, 1, hour, minute, tzinfo=SAIGON)


# ---- the arithmetic --------------------------------------------------------------------------------------


def test_pitches_follow_each_other_with_a_break_after_every_n_but_not_after_the_last() -> None:
    timing = Timing(START, slot_minutes=10, break_every=2, break_minutes=15)
    result = periods(timing, 4)
    assert [(p.starts_at, p.ends_at, p.position) for p in result] == [
        (_at(8, 30), _at(8, 40), 0),
        (_at(8, 40), _at(8, 50), 1),
        (_at(8, 50), _at(9, 5), None),
        (_at(9, 5), _at(9, 15), 2),
        (_at(9, 15), _at(9, 25), 3),
    ]
    assert result[2].is_break
    pitches = [p.starts_at for p in result if not p.is_break]
    assert pitches == [_at(8, 30), _at(8, 40), _at(9, 5), _at(9, 15)]


@pytest.mark.parametrize(("break_every", "break_minutes"), [(0, 15), (3, 0)])
def test_no_breaks_when_they_are_turned_off(break_every, break_minutes) -> None:
    result = periods(Timing(START, 12, break_every, break_minutes), 5)
    assert not any(p.is_break for p in result)
    assert result[-1].ends_at == _at(9, 30)


def test_times_are_the_same_moments_in_utc() -> None:
    first = periods(Timing(START, 10, 6, 15), 1)[0]
    assert first.starts_at.astimezone(UTC) == datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    utc_first = periods(Timing(START.astimezone(UTC), 10, 6, 15), 1)[0]
    assert utc_first.starts_at == first.starts_at


def test_one_room_per_challenge_when_there_are_enough_rooms() -> None:
    waiting = [("port", "p1"), ("flood", "f1"), ("port", "p2"), ("ai", "a1")]
    assert place(3, [], waiting) == [["p1", "p2"], ["f1"], ["a1"]]


def test_fewer_rooms_than_challenges_balances_the_rooms_by_count_and_keeps_challenges_together() -> None:
    waiting = [("a", 1), ("a", 2), ("a", 3), ("b", 4), ("b", 5), ("c", 6), ("c", 7), ("d", 8)]
    tracks = place(2, [], waiting)
    assert tracks == [[1, 2, 3, 8], [4, 5, 6, 7]]
    assert place(2, [], waiting) == tracks  # deterministic
    assert place(1, [], waiting) == [[1, 2, 3, 4, 5, 6, 7, 8]]


def test_newcomers_join_their_challenges_room_after_those_already_placed() -> None:
    placed = [[("a", 2), ("a", 1)], [("b", 3)]]
    tracks = place(2, placed, [("b", 4), ("a", 5), ("c", 6)])
    assert tracks == [[2, 1, 5], [3, 4, 6]]


def test_pitches_of_a_room_that_went_wait_again() -> None:
    placed = [[("a", 1)], [("b", 2)], [("c", 3)]]
    assert place(2, placed, []) == [[1, 3], [2]]  # to the emptiest room, the first on a tie


def test_rooms_are_typed_one_per_line() -> None:
    assert parse_rooms("  Hall A \r\n\nHall  B\nHall A\n   \n") == ["Hall A", "Hall B"]
    assert parse_rooms("") == []


# ---- placing and moving ----------------------------------------------------------------------------------


def _finalists(judged_round, indexes=(0, 1, 3, 4)) -> list[int]:
    ids = [judged_round["applications"][i].id for i in indexes]
    decide_many(
        judged_round["program"], ids, Outcome.FINALIST, "Best of the challenge.", judged_round["organizer"]
    )
    return ids


def _settings(judged_round, rooms=("Hall A", "Hall B"), **overrides):
    values = dict(
        starts_at=START, slot_minutes=10, break_every=2, break_minutes=15, venue="SIHUB, 123 Truong Dinh"
    )
    values.update(overrides)
    return operations.save_settings(
        judged_round["program"], judged_round["organizer"], rooms=list(rooms), **values
    )


def _layout(program) -> list[tuple[int, int, int]]:
    return [(s.track, s.position, s.application_id) for s in operations.slots_of(program)]


@pytest.fixture
def scheduled(judged_round):
    ids = _finalists(judged_round)
    _settings(judged_round)
    operations.schedule_finalists(judged_round["program"], judged_round["organizer"])
    judged_round["finalist_ids"] = ids
    return judged_round


def test_finalists_are_placed_one_room_per_challenge_and_audited(scheduled) -> None:
    port = scheduled["finalist_ids"][:2]
    flood = scheduled["finalist_ids"][2:]
    assert _layout(scheduled["program"]) == [
        (0, 0, port[0]),
        (0, 1, port[1]),
        (1, 0, flood[0]),
        (1, 1, flood[1]),
    ]
    entries = list(db.session.scalars(select(AuditEntry).where(AuditEntry.action.like("%pitch%"))))
    assert [e.action for e in entries] == ["save_pitch_day", "schedule_pitch_day"]
    assert entries[1].after == {"added": sorted(scheduled["finalist_ids"])}
    assert all(e.program_id == scheduled["program"].id for e in entries)


def test_rescheduling_keeps_the_order_adds_new_finalists_and_drops_the_others(scheduled) -> None:
    program, organizer = scheduled["program"], scheduled["organizer"]
    first, second = scheduled["finalist_ids"][:2]
    slot = db.session.scalar(select(PitchSlot).where(PitchSlot.application_id == second))
    assert operations.move_slot(program, slot, "up", organizer)
    newcomer = scheduled["applications"][2].id
    decide_many(program, [newcomer], Outcome.SELECTED, "Selected.", organizer)
    dropped = scheduled["finalist_ids"][2]
    decide_many(program, [dropped], Outcome.NOT_SELECTED, "Not this time.", organizer)
    change = operations.schedule_finalists(program, organizer)
    assert change.added == [newcomer] and change.dropped == [dropped]
    assert _layout(program) == [
        (0, 0, second),
        (0, 1, first),
        (0, 2, newcomer),
        (1, 0, scheduled["finalist_ids"][3]),
    ]
    # Nothing changed: nothing to audit.
    before = db.session.scalar(select(func.count(AuditEntry.id)))
    assert operations.schedule_finalists(program, organizer).added == []
    assert db.session.scalar(select(func.count(AuditEntry.id))) == before


def test_moving_up_down_and_to_another_room(scheduled) -> None:
    program, organizer = scheduled["program"], scheduled["organizer"]
    a, b, c, d = scheduled["finalist_ids"]
    slot_a = db.session.scalar(select(PitchSlot).where(PitchSlot.application_id == a))
    assert not operations.move_slot(program, slot_a, "up", organizer)  # already first
    assert operations.move_slot(program, slot_a, "down", organizer)
    assert not operations.move_slot(program, slot_a, "down", organizer)  # already last
    assert operations.move_slot(program, slot_a, "track", organizer, track=1)
    assert _layout(program) == [(0, 0, b), (1, 0, c), (1, 1, d), (1, 2, a)]
    with pytest.raises(operations.PitchDayError):
        operations.move_slot(program, slot_a, "track", organizer, track=5)
    moves = list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == "move_pitch_slot")))
    assert moves[-1].before == {"track": 0, "position": 1} and moves[-1].after == {"track": 1, "position": 2}


def test_fewer_rooms_moves_the_pitches_of_the_rooms_that_went_to_the_last_room(scheduled) -> None:
    _settings(scheduled, rooms=("Hall A",))
    assert [(t, p) for t, p, _ in _layout(scheduled["program"])] == [(0, 0), (0, 1), (0, 2), (0, 3)]


def test_no_finalists_is_refused_with_a_reason(judged_round) -> None:
    _settings(judged_round)
    with pytest.raises(operations.PitchDayError) as refused:
        operations.schedule_finalists(judged_round["program"], judged_round["organizer"])
    assert refused.value.reason == "no_finalists"


def test_agenda_times_follow_the_settings(scheduled) -> None:
    rooms = operations.agenda(scheduled["program"])
    assert [room.name for room in rooms] == ["Hall A", "Hall B"]
    assert [row.starts_at for row in rooms[0].rows] == [
        _at(8, 30).astimezone(UTC),
        _at(8, 40).astimezone(UTC),
    ]


# ---- pages -----------------------------------------------------------------------------------------------


def _settings_form(**overrides):
    data = {
        "starts_at": "2026-12-01T08:30",
        "slot_minutes": "10",
        "break_every": "2",
        "break_minutes": "15",
        "rooms": "Hall A\nHall B",
        "venue": "SIHUB",
    }
    data.update(overrides)
    return data


def test_the_organizer_saves_settings_places_finalists_and_moves_one(judged_round, client, login) -> None:
    ids = _finalists(judged_round)
    login(judged_round["organizer"])
    page = client.get(f"/programs/{SLUG}/pitch-day")
    assert page.status_code == 200 and "Save the settings below first" in page.get_data(as_text=True)
    assert client.post(f"/programs/{SLUG}/pitch-day", data=_settings_form()).status_code == 302
    day = db.session.scalar(select(PitchDay))
    assert day.starts_at == datetime(2026, 12, 1, 1, 30, tzinfo=UTC) and day.rooms == ["Hall A", "Hall B"]
    assert client.post(f"/programs/{SLUG}/pitch-day/schedule", data={}).status_code == 302
    page = client.get(f"/programs/{SLUG}/pitch-day").get_data(as_text=True)
    assert "08:30–08:40" in page and "BerthData Vietnam" in page and "Hall B" in page
    slot = db.session.scalar(select(PitchSlot).where(PitchSlot.application_id == ids[1]))
    move = client.post(f"/programs/{SLUG}/pitch-day/slots/{slot.id}/move", data={"direction": "up"})
    assert move.status_code == 302
    db.session.expire_all()
    assert (slot.track, slot.position) == (0, 0)


def test_scheduling_without_finalists_says_why(judged_round, client, login) -> None:
    login(judged_round["organizer"])
    client.post(f"/programs/{SLUG}/pitch-day", data=_settings_form())
    response = client.post(f"/programs/{SLUG}/pitch-day/schedule", data={}, follow_redirects=True)
    assert "There are no finalists yet" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(PitchSlot.id))) == 0


@pytest.mark.parametrize(
    "fields",
    [
        {"starts_at": ""},
        {"starts_at": "1 December"},
        {"slot_minutes": "0"},
        {"slot_minutes": "abc"},
        {"slot_minutes": "99999999999999999999999"},
        {"break_every": "-1"},
        {"break_minutes": "241"},
        {"rooms": ""},
        {"rooms": " \n \n"},
        {"rooms": "\n".join(f"Room {n}" for n in range(21))},
        {"rooms": "x" * 101},
        {"venue": "v" * 301},
    ],
)
def test_bad_settings_are_a_422_with_messages_and_store_nothing(judged_round, client, login, fields) -> None:
    login(judged_round["organizer"])
    response = client.post(f"/programs/{SLUG}/pitch-day", data=_settings_form(**fields))
    assert response.status_code == 422
    assert "Please correct the fields marked below." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(PitchDay.id))) == 0


@pytest.mark.parametrize(
    "fields",
    [{}, {"direction": "sideways"}, {"direction": "track"}, {"direction": "track", "track": "abc"}],
)
def test_a_bad_move_is_a_422(scheduled, client, login, fields) -> None:
    login(scheduled["organizer"])
    slot = operations.slots_of(scheduled["program"])[0]
    response = client.post(f"/programs/{SLUG}/pitch-day/slots/{slot.id}/move", data=fields)
    assert response.status_code == 422
    assert "The pitch was not moved." in response.get_data(as_text=True)


def test_a_move_to_a_room_that_does_not_exist_is_refused(scheduled, client, login) -> None:
    login(scheduled["organizer"])
    slot = operations.slots_of(scheduled["program"])[0]
    response = client.post(
        f"/programs/{SLUG}/pitch-day/slots/{slot.id}/move",
        data={"direction": "track", "track": "7"},
        follow_redirects=True,
    )
    assert "Choose one of the pitch day" in response.get_data(as_text=True)


@pytest.mark.parametrize("slot_id", ["abc", "9" * 25, "0", "999999"])
def test_bad_slot_ids_are_404(scheduled, client, login, slot_id) -> None:
    login(scheduled["organizer"])
    assert (
        client.post(f"/programs/{SLUG}/pitch-day/slots/{slot_id}/move", data={"direction": "up"}).status_code
        == 404
    )
    assert client.get(f"/programs/{SLUG}/pitch-day/slots/{slot_id}.ics").status_code == 404
    assert client.get(f"/applications/{slot_id}/pitch.ics").status_code == 404


def test_a_slot_of_another_program_is_404(scheduled, client, login) -> None:
    other_program = ProgramFactory()
    admin = login(make_user_with_role("admin"))
    slot = operations.slots_of(scheduled["program"])[0]
    assert admin is not None
    response = client.get(f"/programs/{other_program.slug}/pitch-day/slots/{slot.id}.ics")
    assert response.status_code == 404


def test_the_agenda_page_in_english_and_vietnamese(scheduled, client, login) -> None:
    login(scheduled["organizer"])
    page = client.get(f"/programs/{SLUG}/pitch-day/agenda").get_data(as_text=True)
    assert "Hall A" in page and "08:30–08:40" in page and "BerthData Vietnam" in page
    assert "css/print.css" in page
    challenge_title = scheduled["port"].text_for("en")[0].title
    assert challenge_title in page
    client.post("/language", data={"locale": "vi", "next": f"/programs/{SLUG}/pitch-day/agenda"})
    scheduled["organizer"].locale = "vi"
    db.session.commit()
    vietnamese = client.get(f"/programs/{SLUG}/pitch-day/agenda").get_data(as_text=True)
    assert 'lang="vi"' in vietnamese and "08:30–08:40" in vietnamese


def test_the_agenda_csv_has_every_pitch_and_break_in_local_time(scheduled, client, login) -> None:
    scheduled["applications"][0].startup.name = '=HYPERLINK("http://evil")'
    db.session.commit()
    login(scheduled["organizer"])
    response = client.get(f"/programs/{SLUG}/pitch-day/agenda.csv")
    assert response.status_code == 200 and response.data.startswith("\ufeff".encode())
    lines = response.data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Room,Starts (Asia/Ho_Chi_Minh),Ends (Asia/Ho_Chi_Minh),Startup")
    assert len(lines) == 1 + 4  # four pitches, no break (a break comes after two, never after the last)
    assert lines[1].startswith("Hall A,2026-12-01T08:30,2026-12-01T08:40,\"'=HYPERLINK")


def test_the_agenda_csv_lists_breaks(judged_round, client, login) -> None:
    _finalists(judged_round, indexes=(0, 1, 2))
    _settings(judged_round, rooms=("Hall A",), break_every=1, break_minutes=5)
    operations.schedule_finalists(judged_round["program"], judged_round["organizer"])
    login(judged_round["organizer"])
    text = client.get(f"/programs/{SLUG}/pitch-day/agenda.csv").data.decode("utf-8-sig")
    assert "Hall A,2026-12-01T08:40,2026-12-01T08:45,Break,," in text


def _event(body: bytes):
    calendar = icalendar.Calendar.from_ical(body)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_the_calendar_file_parses_back_with_the_start_in_utc(scheduled, client, login) -> None:
    login(scheduled["organizer"])
    slot = operations.slots_of(scheduled["program"])[1]
    response = client.get(f"/programs/{SLUG}/pitch-day/slots/{slot.id}.ics")
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    event = _event(response.data)
    assert event.decoded("dtstart") == datetime(2026, 12, 1, 1, 40, tzinfo=UTC)
    assert event.decoded("dtend") == datetime(2026, 12, 1, 1, 50, tzinfo=UTC)
    assert b"DTSTART:20261201T014000Z" in response.data
    assert str(event["location"]) == "SIHUB, 123 Truong Dinh, Hall A"
    assert str(event["uid"]) == f"pitch-{scheduled['program'].id}-{slot.application_id}@innovation.test"
    assert slot.application.startup.name in str(event["summary"])
    assert slot.application.title in str(event["description"])
    # The same pitch keeps its UID when downloaded again.
    again = _event(client.get(f"/programs/{SLUG}/pitch-day/slots/{slot.id}.ics").data)
    assert again["uid"] == event["uid"]


def test_a_startup_gets_the_calendar_file_of_its_own_pitch_only(scheduled, client, login) -> None:
    founder = login(scheduled["founder"])
    own = scheduled["applications"][0]
    # Before the decision is published the startup learns nothing from the schedule.
    assert client.get(f"/applications/{own.id}/pitch.ics").status_code == 404
    assert "pitch.ics" not in client.get("/startup/applications").get_data(as_text=True)
    publish(scheduled["program"], scheduled["organizer"])
    response = client.get(f"/applications/{own.id}/pitch.ics")
    assert response.status_code == 200
    assert _event(response.data).decoded("dtstart") == datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    other = scheduled["applications"][1]
    assert client.get(f"/applications/{other.id}/pitch.ics").status_code == 404
    assert founder.locale == "vi"
    page = client.get("/startup/applications").get_data(as_text=True)
    assert f"/applications/{own.id}/pitch.ics" in page and f"/applications/{other.id}/pitch.ics" not in page


def test_each_told_finalist_gets_its_time_and_room_by_mail_in_its_language(scheduled, client, login) -> None:
    program, organizer = scheduled["program"], scheduled["organizer"]
    login(organizer)
    # Before the decisions are published nobody has been told it pitches: nothing is sent.
    refused = client.post(f"/programs/{SLUG}/pitch-day/tell", follow_redirects=True)
    assert "publish the decisions" in refused.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).where(OutboxMessage.template == "pitch_slot")) == 0
    publish(program, organizer)
    assert client.post(f"/programs/{SLUG}/pitch-day/tell").status_code == 302
    mails = list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.template == "pitch_slot")))
    assert len(mails) == len(scheduled["finalist_ids"])
    to_founder = next(mail for mail in mails if mail.recipient == scheduled["founder"].email)
    own = scheduled["applications"][0]
    assert to_founder.locale == "vi" and "Hall A" in to_founder.body_text
    assert "08:30" in to_founder.body_text and "SIHUB" in to_founder.body_text
    assert f"/applications/{own.id}/pitch.ics" in to_founder.body_text
    assert to_founder.body_text.count("http://") >= 2 and "localhost" not in to_founder.subject
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "tell_finalists")) is not None


def test_a_startup_not_scheduled_gets_404(judged_round, client, login) -> None:
    login(judged_round["founder"])
    assert client.get(f"/applications/{judged_round['applications'][0].id}/pitch.ics").status_code == 404


def test_an_archived_program_shows_the_day_and_refuses_changes(scheduled, client, login) -> None:
    scheduled["program"].state = ProgramState.ARCHIVED
    db.session.commit()
    login(scheduled["organizer"])
    assert client.get(f"/programs/{SLUG}/pitch-day").status_code == 200
    assert client.get(f"/programs/{SLUG}/pitch-day/agenda").status_code == 200
    assert client.post(f"/programs/{SLUG}/pitch-day", data=_settings_form(rooms="X")).status_code == 409
    slot = operations.slots_of(scheduled["program"])[0]
    assert (
        client.post(
            f"/programs/{SLUG}/pitch-day/slots/{slot.id}/move", data={"direction": "down"}
        ).status_code
        == 409
    )


# ---- every route, every role -----------------------------------------------------------------------------


@pytest.fixture
def people(scheduled):
    publish(scheduled["program"], scheduled["organizer"])
    slot = operations.slots_of(scheduled["program"])[0]
    return {
        "anonymous": None,
        "startup": scheduled["founder"],
        "owner": make_owner(scheduled["program"], scheduled["port"].organization),
        "judge": scheduled["judges"]["c"],
        "organizer": scheduled["organizer"],
        "other_organizer": make_user_with_role("organizer", ProgramFactory()),
        "admin": make_user_with_role("admin"),
        "_application": slot.application_id,
        "_slot": slot.id,
    }


PEOPLE = ["anonymous", "startup", "owner", "judge", "organizer", "other_organizer", "admin"]
REFUSED = dict(anonymous=302, startup=403, owner=403, judge=403, other_organizer=404)
ROUTES = [
    ("GET", "/programs/{slug}/pitch-day", {**REFUSED, "organizer": 200, "admin": 200}),
    ("POST", "/programs/{slug}/pitch-day", {**REFUSED, "organizer": 302, "admin": 302}),
    ("POST", "/programs/{slug}/pitch-day/schedule", {**REFUSED, "organizer": 302, "admin": 302}),
    ("POST", "/programs/{slug}/pitch-day/slots/{slot}/move", {**REFUSED, "organizer": 302, "admin": 302}),
    ("POST", "/programs/{slug}/pitch-day/tell", {**REFUSED, "organizer": 302, "admin": 302}),
    ("GET", "/programs/{slug}/pitch-day/agenda", {**REFUSED, "organizer": 200, "admin": 200}),
    ("GET", "/programs/{slug}/pitch-day/agenda.csv", {**REFUSED, "organizer": 200, "admin": 200}),
    ("GET", "/programs/{slug}/pitch-day/slots/{slot}.ics", {**REFUSED, "organizer": 200, "admin": 200}),
    (
        "GET",
        "/applications/{application}/pitch.ics",
        dict(anonymous=302, startup=200, owner=404, judge=404, organizer=404, other_organizer=404, admin=404),
    ),
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize(("method", "path", "statuses"), ROUTES, ids=[f"{r[0]} {r[1]}" for r in ROUTES])
def test_every_pitch_day_route_for_every_role(client, login, people, person, method, path, statuses) -> None:
    if people[person] is not None:
        login(people[person])
    url = path.format(slug=SLUG, application=people["_application"], slot=people["_slot"])
    data = None
    if method == "POST":
        data = {**_settings_form(), "direction": "down"}
    assert client.open(url, method=method, data=data).status_code == statuses[person]
