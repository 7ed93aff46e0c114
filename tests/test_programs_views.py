"""Organizers set up their program: a site admin creates it, organizers edit it and move it on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from innovation.audit.models import AuditEntry
from innovation.extensions import db
from innovation.invitations.models import Invitation
from innovation.programs.models import Program, ProgramRole, ProgramRoleName, ProgramState
from tests.factories import ProgramFactory, UserFactory, make_user_with_role

ROLES = [None, "startup", "judge", "challenge_owner", "organizer", "admin"]

NEW_PROGRAM = {
    "name": "Ngày hội Đổi mới sáng tạo mở 2027",
    "name_en": "Open Innovation Day 2027",
    "slug": "oid-2027",
    "description": "Chương trình của thành phố.",
    "description_en": "The city's program.",
    "challenges_open_at": "2027-01-05T09:00",
    "challenges_close_at": "2027-02-05T17:00",
    "applications_open_at": "2027-02-10T09:00",
    "applications_close_at": "2027-03-20T23:59",
    "judging_open_at": "2027-03-25T09:00",
    "judging_close_at": "2027-04-10T17:00",
    "shortlist_at": "2027-04-15T09:00",
    "pitch_day_at": "2027-04-25T08:30",
}


@pytest.fixture
def program():
    return ProgramFactory(slug="oid-2026", name="Open Innovation Day 2026")


@pytest.mark.parametrize(("role", "status"), list(zip(ROLES, [302, 403, 403, 403, 403, 200], strict=True)))
def test_only_a_site_admin_creates_programs(client, as_role, role, status) -> None:
    as_role(role)
    assert client.get("/programs/new").status_code == status
    response = client.post("/programs/new", data={**NEW_PROGRAM, "organizers": "lan@c4ir.vn"})
    assert response.status_code == (302 if role == "admin" else status)
    assert (db.session.scalar(select(Program).where(Program.slug == "oid-2027")) is not None) == (
        role == "admin"
    )


def test_admin_creates_a_draft_program_in_local_time_and_names_its_organizers(client, login) -> None:
    login(make_user_with_role("admin"))
    lan = UserFactory(email="lan@c4ir.vn")
    response = client.post("/programs/new", data={**NEW_PROGRAM, "organizers": "lan@c4ir.vn\nminh@c4ir.vn"})
    assert response.status_code == 302 and response.headers["Location"] == "/programs/oid-2027"
    program = db.session.scalar(select(Program).where(Program.slug == "oid-2027"))
    assert program.state == ProgramState.DRAFT and program.name_en == "Open Innovation Day 2027"
    # 23:59 in Ho Chi Minh City is 16:59 UTC.
    assert program.applications_close_at == datetime(2027, 3, 20, 16, 59, tzinfo=UTC)
    organizer = db.session.scalar(select(ProgramRole).where(ProgramRole.user_id == lan.id))
    assert organizer.role == ProgramRoleName.ORGANIZER and organizer.program_id == program.id
    invitation = db.session.scalar(select(Invitation).where(Invitation.email == "minh@c4ir.vn"))
    assert invitation.role == ProgramRoleName.ORGANIZER and invitation.program_id == program.id


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("slug", "OID 2027!", "Use lower-case letters, digits and hyphens"),
        ("applications_close_at", "2027-01-01T09:00", "This date comes before"),
        ("applications_close_at", "tomorrow", "Not a valid datetime value."),
        ("name", "", "This field is required."),
        ("organizers", "not-an-address", "Not an e-mail address: not-an-address"),
    ],
)
def test_a_wrong_program_form_is_explained_and_kept(client, login, field, value, message) -> None:
    login(make_user_with_role("admin"))
    response = client.post("/programs/new", data={**NEW_PROGRAM, "organizers": "lan@c4ir.vn", field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page
    assert "Open Innovation Day 2027" in page  # what was typed stays
    assert db.session.scalar(select(db.func.count(Program.id))) == 0


def test_a_taken_slug_is_refused(client, login, program) -> None:
    login(make_user_with_role("admin"))
    response = client.post("/programs/new", data={**NEW_PROGRAM, "slug": "oid-2026", "organizers": "a@b.vn"})
    assert "Another program uses this short name." in response.get_data(as_text=True)


@pytest.mark.parametrize(("role", "status"), list(zip(ROLES, [302, 403, 403, 403, 200, 200], strict=True)))
def test_only_the_programs_organizers_edit_it(client, as_role, program, role, status) -> None:
    # Owners and judges of this program are refused as well: they take part but organize nothing.
    as_role(role, program if role in {"judge", "challenge_owner"} else None)
    if role == "organizer":
        db.session.add(
            ProgramRole(program=program, user_id=client_user_id(client), role=ProgramRoleName.ORGANIZER)
        )
        db.session.commit()
    assert client.get("/programs/oid-2026/edit").status_code == status


def client_user_id(client) -> int:
    with client.session_transaction() as session:
        return int(session["_user_id"].split(":")[0])


def test_organizer_of_another_program_sees_nothing_of_this_one(client, login, program) -> None:
    login(make_user_with_role("organizer", ProgramFactory()))
    for path in ["/programs/oid-2026", "/programs/oid-2026/edit", "/programs/oid-2026/advance"]:
        assert client.get(path).status_code == 404
    assert client.post("/programs/oid-2026/edit", data=NEW_PROGRAM).status_code == 404
    assert "Open Innovation Day 2026" not in client.get("/programs/").get_data(as_text=True)


def test_organizer_edits_names_and_dates_and_the_change_is_audited(client, login, program) -> None:
    organizer = login(make_user_with_role("organizer", program))
    response = client.post("/programs/oid-2026/edit", data={**NEW_PROGRAM, "slug": "oid-2026"})
    assert response.status_code == 302
    db.session.refresh(program)
    assert program.name == NEW_PROGRAM["name"] and program.pitch_day_at == datetime(
        2027, 4, 25, 1, 30, tzinfo=UTC
    )
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "update_program"))
    assert entry.actor_id == organizer.id and entry.after["name_en"] == "Open Innovation Day 2027"
    form = client.get("/programs/oid-2026/edit").get_data(as_text=True)
    assert 'value="2027-04-25T08:30"' in form  # shown again in local time


def test_advancing_asks_first_then_moves_one_step_and_is_audited(client, login) -> None:
    program = ProgramFactory(slug="oid-2026", state=ProgramState.DRAFT)
    login(make_user_with_role("organizer", program))
    page = client.get("/programs/oid-2026/advance").get_data(as_text=True)
    assert "Calling for challenges" in page and program.state == ProgramState.DRAFT
    response = client.post("/programs/oid-2026/advance", data={"from": "draft"})
    assert response.status_code == 302
    db.session.refresh(program)
    assert program.state == ProgramState.CALLING_FOR_CHALLENGES
    # A confirmation page left open does not skip a step when submitted again.
    client.post("/programs/oid-2026/advance", data={"from": "draft"}, follow_redirects=True)
    db.session.refresh(program)
    assert program.state == ProgramState.CALLING_FOR_CHALLENGES
    entries = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "advance_program")).all()
    assert [(e.before["state"], e.after["state"]) for e in entries] == [("draft", "calling_for_challenges")]


@pytest.mark.parametrize("role", ["judge", "challenge_owner", "startup"])
def test_people_who_do_not_organize_cannot_advance(client, as_role, program, role) -> None:
    as_role(role, program)
    assert client.post("/programs/oid-2026/advance", data={"from": "open_for_applications"}).status_code in {
        403,
        404,
    }
    db.session.refresh(program)
    assert program.state == ProgramState.OPEN_FOR_APPLICATIONS


def test_program_page_draws_the_timeline_and_says_what_to_do(client, login) -> None:
    program = ProgramFactory(slug="oid-2026", state=ProgramState.DRAFT)
    login(make_user_with_role("organizer", program))
    page = client.get("/programs/oid-2026").get_data(as_text=True)
    assert 'class="timeline"' in page and 'aria-current="step"' in page
    assert "What to do now" in page and "launch the call for challenges" in page


def test_judges_see_the_timeline_but_not_the_organizers_tasks(client, login, program) -> None:
    login(make_user_with_role("judge", program))
    page = client.get("/programs/oid-2026").get_data(as_text=True)
    assert 'class="timeline"' in page and "What to do now" not in page
