"""A startup's team keeps one profile, invites colleagues, and takes its data away or deletes it."""

from __future__ import annotations

import json
import os
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from challenges.applications.models import Application, StoredFile
from challenges.startups.models import StartupProfile
from innovation.audit.models import AuditEntry
from innovation.auth.models import User
from innovation.database import utcnow
from innovation.extensions import db
from innovation.organizations.models import Organization
from innovation.programs.models import ProgramState
from innovation.security import startup_of
from tests.factories import PASSWORD, ProgramFactory, make_challenge, make_user_with_role
from tests.test_applications_access import submitted_application
from tests.test_innovation_auth import last_mail_link

PROFILE = {
    "name": "GreenPort AI",
    "country": "VN",
    "city": "Thủ Đức",
    "founded_year": "2022",
    "website": "greenport.example.vn",
    "team_size": "12",
    "stage": "early_revenue",
    "legal_entity": "y",
    "legal_entity_country": "VN",
    "sectors": ["logistics_ports", "ai"],
    "description_vi": "Phần mềm điều phối cổng cảng.",
    "description_en": "Port gate scheduling software.",
}


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 302),
        ("startup", 200),
        ("judge", 403),
        ("challenge_owner", 403),
        ("organizer", 403),
        ("admin", 404),
    ],
)
@pytest.mark.parametrize(
    "path",
    ["/startup/profile", "/startup/team", "/startup/applications", "/startup/data.json", "/startup/delete"],
)
def test_startup_pages_for_every_role(client, as_role, role, status, path) -> None:
    as_role(role)
    assert client.get(path).status_code == status


def test_the_profile_is_saved_and_the_audit_log_says_who_changed_what(client, login) -> None:
    founder = login(make_user_with_role("startup"))
    assert client.post("/startup/profile", data=PROFILE).status_code == 302
    startup = startup_of(founder)
    profile = db.session.get(StartupProfile, startup.id)
    assert (profile.city, profile.stage, profile.legal_entity_country) == ("Thủ Đức", "early_revenue", "VN")
    assert startup.website == "https://greenport.example.vn" and sorted(profile.sectors) == [
        "ai",
        "logistics_ports",
    ]
    client.post("/startup/profile", data={**PROFILE, "team_size": "14"})
    entry = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "update_startup_profile").order_by(AuditEntry.id.desc())
    ).first()
    assert (
        entry.actor_id == founder.id
        and entry.before == {"team_size": 12}
        and entry.after == {"team_size": 14}
    )


def test_a_colleague_joins_the_team_and_edits_the_same_application(client, login) -> None:
    founder = login(make_user_with_role("startup", email="founder@greenport.vn"))
    response = client.post("/startup/team", data={"name": "Lê An", "email": "an@greenport.vn"})
    assert response.status_code == 302
    link = last_mail_link("an@greenport.vn")
    client.post("/auth/logout")
    client.post(
        link,
        data={
            "name": "Lê An",
            "password": "a long passphrase",
            "confirm": "a long passphrase",
            "consent": "y",
        },
    )
    colleague = db.session.scalar(select(User).where(User.email == "an@greenport.vn"))
    assert startup_of(colleague).id == startup_of(founder).id
    assert client.get("/startup/profile").status_code == 200


def test_someone_in_another_startup_cannot_be_invited(client, login) -> None:
    make_user_with_role("startup", email="taken@other.vn")
    login(make_user_with_role("startup"))
    response = client.post("/startup/team", data={"name": "X", "email": "taken@other.vn"})
    assert "belongs to a startup already" in response.get_data(as_text=True)


def test_team_invitations_are_rate_limited(make_app, login_for) -> None:
    app = make_app(REGISTER_RATE_LIMIT="2 per minute")
    with app.app_context():
        client = login_for(app, make_user_with_role("startup"))
        for number in range(2):
            assert (
                client.post("/startup/team", data={"name": "X", "email": f"m{number}@x.vn"}).status_code
                == 302
            )
        refused = client.post("/startup/team", data={"name": "X", "email": "m9@x.vn"})
        assert "Too many invitations" in refused.get_data(as_text=True)


def test_another_startups_team_invitation_is_a_404(client, login) -> None:
    login(make_user_with_role("startup"))
    client.post("/startup/team", data={"name": "X", "email": "x@x.vn"})
    invitation_id = db.session.scalar(
        select(func.max(AuditEntry.object_id)).where(AuditEntry.action == "invite_team_member")
    )
    login(make_user_with_role("startup"))
    assert client.get(f"/startup/team/invitations/{invitation_id}/revoke").status_code == 404
    assert client.post(f"/startup/team/invitations/{invitation_id}/revoke").status_code == 404


def running_challenge(state: ProgramState = ProgramState.OPEN_FOR_APPLICATIONS):
    now = utcnow()
    program = ProgramFactory(
        state=state,
        applications_open_at=now - timedelta(days=3),
        applications_close_at=now + timedelta(days=3),
    )
    return make_challenge(program)


def test_the_data_export_holds_the_account_the_startup_and_every_version(client, login) -> None:
    founder = login(make_user_with_role("startup", email="founder@greenport.vn"))
    submitted_application(running_challenge(), founder)
    response = client.get("/startup/data.json")
    assert response.headers["Content-Disposition"].startswith("attachment")
    data = json.loads(response.data)
    assert data["account"]["email"] == "founder@greenport.vn"
    [application] = data["applications"]
    assert application["current"]["title"] == "Smart gate" and application["versions"][0]["receipt"]
    assert application["consent_version"]


def test_deleting_removes_the_account_the_startup_and_its_files_at_once(client, login) -> None:
    founder = login(make_user_with_role("startup"))
    founder_id, startup_id = founder.id, startup_of(founder).id
    submitted_application(running_challenge(), founder)
    stored = db.session.scalar(select(StoredFile))
    path = client.application.config["STORAGE_DIR"] + "/" + stored.stored_name
    response = client.post("/startup/delete", data={"current_password": PASSWORD, "confirm": "y"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, founder_id) is None and db.session.get(Organization, startup_id) is None
    assert db.session.scalar(select(func.count(Application.id))) == 0
    assert not os.path.exists(path)
    audit = db.session.scalars(select(AuditEntry).where(AuditEntry.object_type == "Application")).all()
    assert audit and all(
        entry.after == {} and entry.before == {} for entry in audit
    )  # actions kept, data gone
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "delete_startup_data")) is not None
    assert client.get("/startup/profile").status_code == 302  # signed out


def test_deletion_waits_while_a_program_judges_the_application(client, login) -> None:
    founder = login(make_user_with_role("startup"))
    challenge = running_challenge()
    submitted_application(challenge, founder)
    challenge.program.state = ProgramState.JUDGING
    db.session.commit()
    response = client.post(
        "/startup/delete", data={"current_password": PASSWORD, "confirm": "y"}, follow_redirects=True
    )
    assert "will be deleted as soon as judging ends" in response.get_data(as_text=True)
    profile = db.session.get(StartupProfile, startup_of(founder).id)
    assert profile.deletion_requested_at is not None
    assert db.session.get(User, founder.id) is not None


def test_deletion_needs_the_password(client, login) -> None:
    founder = login(make_user_with_role("startup"))
    response = client.post("/startup/delete", data={"current_password": "wrong", "confirm": "y"})
    assert "This is not your current password." in response.get_data(as_text=True)
    assert db.session.get(User, founder.id) is not None


def test_a_scheduled_deletion_is_carried_out_once_judging_ends(client, login, runner) -> None:
    founder = login(make_user_with_role("startup"))
    founder_id = founder.id
    challenge = running_challenge()
    submitted_application(challenge, founder)
    challenge.program.state = ProgramState.JUDGING
    db.session.commit()
    client.post("/startup/delete", data={"current_password": PASSWORD, "confirm": "y"})
    assert "0 startup(s) deleted" in runner.invoke(args=["delete-scheduled-data"]).output
    challenge.program.state = ProgramState.SHORTLIST_PUBLISHED
    db.session.commit()
    assert "1 startup(s) deleted" in runner.invoke(args=["delete-scheduled-data"]).output
    db.session.expire_all()
    assert db.session.get(User, founder_id) is None
