"""Organizers invite challenge owners and judges; the invitee joins through the e-mailed link."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from innovation.auth.models import User
from innovation.database import utcnow
from innovation.extensions import db
from innovation.invitations.models import Invitation
from innovation.organizations.models import Membership, Organization, OrganizationKind
from innovation.programs.models import ProgramRole, ProgramRoleName
from tests.factories import PASSWORD, OrganizationFactory, ProgramFactory, UserFactory, make_user_with_role
from tests.test_innovation_auth import last_mail_link


@pytest.fixture
def program():
    return ProgramFactory(slug="oid-2026", name="Open Innovation Day 2026")


@pytest.fixture
def organizer(program):
    return make_user_with_role("organizer", program)


def invite(
    client, email="owner@port.vn", role="challenge_owner", organization_id=0, name="Trần Văn Minh", **extra
):
    if role == "challenge_owner" and not organization_id:
        extra.setdefault("new_organization", "Tân Cảng Sài Gòn")
    return client.post(
        "/programs/oid-2026/invitations",
        data={"name": name, "email": email, "role": role, "organization_id": str(organization_id), **extra},
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 302),
        ("startup", 403),
        ("judge", 403),
        ("challenge_owner", 403),
        ("organizer", 200),
        ("admin", 200),
    ],
)
def test_invitations_page_is_for_the_programs_organizers(client, as_role, program, role, status) -> None:
    as_role(role, program)
    assert client.get("/programs/oid-2026/invitations").status_code == status


def test_organizer_of_another_program_does_not_learn_this_one_exists(client, login, program) -> None:
    login(make_user_with_role("organizer", ProgramFactory()))
    assert client.get("/programs/oid-2026/invitations").status_code == 404
    assert client.get("/programs/no-such-program/invitations").status_code == 404
    assert invite(client).status_code == 404
    assert db.session.scalar(select(db.func.count(Invitation.id))) == 0


def test_organizer_invites_and_a_newcomer_joins_with_the_link(client, login, organizer) -> None:
    login(organizer)
    assert (
        invite(client, new_organization="Tân Cảng Sài Gòn", new_organization_kind="corporate").status_code
        == 302
    )
    port = db.session.scalar(select(Organization).where(Organization.name == "Tân Cảng Sài Gòn"))
    assert port.kind == OrganizationKind.CORPORATE
    invitation = db.session.scalar(select(Invitation))
    assert invitation.email == "owner@port.vn" and invitation.is_usable
    link = last_mail_link("owner@port.vn")
    assert link.startswith("/invitations/")
    assert link.rsplit("/", 1)[1] not in invitation.token_hash  # only the hash is stored
    page = client.get("/programs/oid-2026/invitations").get_data(as_text=True)
    assert "owner@port.vn" in page and "Open until" in page

    client.post("/auth/logout")
    form = client.get(link).get_data(as_text=True)
    assert "Trần Văn Minh" in form
    response = client.post(
        link,
        data={
            "name": "Trần Văn Minh",
            "password": "owner password",
            "confirm": "owner password",
            "consent": "y",
        },
    )
    assert response.status_code == 302
    owner = db.session.scalar(select(User).where(User.email == "owner@port.vn"))
    assert owner.confirmed and owner.consent_at is not None
    role = db.session.scalar(select(ProgramRole).where(ProgramRole.user_id == owner.id))
    assert role.role == ProgramRoleName.CHALLENGE_OWNER and role.organization_id == port.id
    assert [membership.organization.name for membership in owner.memberships] == ["Tân Cảng Sài Gòn"]
    assert not invitation.is_usable
    client.post("/auth/logout")
    assert client.get(link).status_code == 410


def test_an_existing_account_accepts_after_signing_in(client, login, organizer) -> None:
    judge = UserFactory(email="judge@example.kr")
    login(organizer)
    invite(client, email="Judge@Example.kr", role="judge")
    link = last_mail_link("judge@example.kr")
    client.post("/auth/logout")
    response = client.get(link)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    response = client.post(response.headers["Location"], data={"email": judge.email, "password": PASSWORD})
    assert response.headers["Location"] == link
    assert client.post(link).status_code == 302
    assert (
        db.session.scalar(select(ProgramRole.role).where(ProgramRole.user_id == judge.id))
        == ProgramRoleName.JUDGE
    )


def test_the_link_is_refused_to_another_account(client, login, organizer) -> None:
    login(organizer)
    invite(client, email="judge@example.kr", role="judge")
    link = last_mail_link("judge@example.kr")
    assert client.get(link).status_code == 403
    assert client.post(link).status_code == 403
    assert db.session.scalar(select(db.func.count(ProgramRole.id))) == 1  # only the organizer's


def test_withdrawn_expired_and_unknown_links_do_not_work(client, login, organizer) -> None:
    login(organizer)
    invite(client, email="a@example.org")
    invite(client, email="b@example.org")
    withdrawn, expired = db.session.scalars(select(Invitation).order_by(Invitation.id)).all()
    withdrawn_link, expired_link = last_mail_link("a@example.org"), last_mail_link("b@example.org")
    confirm_page = client.get(f"/programs/oid-2026/invitations/{withdrawn.id}/revoke")
    assert confirm_page.status_code == 200 and "a@example.org" in confirm_page.get_data(as_text=True)
    assert withdrawn.revoked_at is None  # asking is not doing
    assert client.post(f"/programs/oid-2026/invitations/{withdrawn.id}/revoke").status_code == 302
    db.session.refresh(withdrawn)
    assert withdrawn.revoked_at is not None
    expired.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    client.post("/auth/logout")
    assert client.get(withdrawn_link).status_code == 410
    assert client.get(expired_link).status_code == 410
    assert client.get("/invitations/not-a-token").status_code == 404


def test_only_owner_and_judge_can_be_invited_and_bad_input_is_explained(client, login, organizer) -> None:
    login(organizer)
    response = invite(client, role="organizer", email="not-an-address")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Not a valid choice" in page and "Invalid email address." in page
    assert db.session.scalar(select(db.func.count(Invitation.id))) == 0


def test_revoking_needs_the_programs_organizer(client, login, organizer, program) -> None:
    login(organizer)
    invite(client)
    invitation = db.session.scalar(select(Invitation))
    other = ProgramFactory(slug="oid-other")
    login(make_user_with_role("organizer", other))
    assert client.post(f"/programs/oid-2026/invitations/{invitation.id}/revoke").status_code == 404
    assert client.get(f"/programs/oid-2026/invitations/{invitation.id}/revoke").status_code == 404
    # Its own program's URL with this program's invitation id: still 404.
    assert client.post(f"/programs/oid-other/invitations/{invitation.id}/revoke").status_code == 404
    login(make_user_with_role("judge", program))
    assert client.post(f"/programs/oid-2026/invitations/{invitation.id}/revoke").status_code == 403
    db.session.refresh(invitation)
    assert invitation.revoked_at is None


@pytest.mark.parametrize("role", [None, "startup", "judge", "challenge_owner", "organizer", "admin"])
def test_program_list_shows_each_user_their_programs(client, as_role, program, role) -> None:
    as_role(role, program)
    response = client.get("/programs/")
    if role is None:
        assert response.status_code == 302
        return
    assert response.status_code == 200
    shown = program.name in response.get_data(as_text=True)
    assert shown == (role != "startup")


def test_the_same_person_and_role_cannot_be_invited_twice(client, login, organizer) -> None:
    login(organizer)
    assert invite(client, email="judge@example.kr", role="judge").status_code == 302
    again = invite(client, email="Judge@Example.kr", role="judge")
    assert again.status_code == 200
    assert "An open invitation for this person and role exists already" in again.get_data(as_text=True)
    assert (
        invite(client, email="judge@example.kr", new_organization="Sở KH&CN").status_code == 302
    )  # another role
    assert db.session.scalar(select(db.func.count(Invitation.id))) == 2


def test_an_expired_invitation_can_be_renewed(client, login, organizer) -> None:
    login(organizer)
    invite(client, email="judge@example.kr", role="judge")
    old = db.session.scalar(select(Invitation))
    old.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert invite(client, email="judge@example.kr", role="judge").status_code == 302
    db.session.refresh(old)
    assert old.revoked_at is not None
    assert db.session.scalar(select(db.func.count(Invitation.id)).where(Invitation.revoked_at.is_(None))) == 1


def test_someone_who_holds_the_role_is_not_invited_again(client, login, organizer, program) -> None:
    judge = make_user_with_role("judge", program, email="kim@example.kr")
    login(organizer)
    response = invite(client, email=judge.email, role="judge")
    assert "already holds this role" in response.get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(Invitation.id))) == 0


def test_a_challenge_owner_needs_an_organization(client, login, organizer) -> None:
    login(organizer)
    response = client.post(
        "/programs/oid-2026/invitations",
        data={"name": "Minh", "email": "owner@port.vn", "role": "challenge_owner", "organization_id": "0"},
    )
    assert response.status_code == 200
    assert "A challenge owner posts challenges for an organization" in response.get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(Invitation.id))) == 0
    assert invite(client, email="judge@example.kr", role="judge").status_code == 302  # a judge may have none


def test_organizations_of_another_program_cannot_be_picked(client, login, organizer) -> None:
    other = ProgramFactory(slug="oid-other")
    theirs = OrganizationFactory(name="Their Corp", kind=OrganizationKind.CORPORATE)
    make_user_with_role("challenge_owner", other).program_roles[0].organization = theirs
    db.session.commit()
    login(organizer)
    page = client.get("/programs/oid-2026/invitations").get_data(as_text=True)
    assert "Their Corp" not in page
    response = invite(client, organization_id=theirs.id)
    assert response.status_code == 200 and "Not a valid choice" in response.get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(Invitation.id))) == 0
    assert not any(m.organization_id == theirs.id for m in db.session.scalars(select(Membership)))


def test_organizations_of_this_program_are_offered(client, login, organizer, program) -> None:
    login(organizer)
    invite(client, email="owner@port.vn", new_organization="Tân Cảng Sài Gòn")
    port = db.session.scalar(select(Organization).where(Organization.name == "Tân Cảng Sài Gòn"))
    assert "Tân Cảng Sài Gòn" in client.get("/programs/oid-2026/invitations").get_data(as_text=True)
    assert invite(client, email="second@port.vn", organization_id=port.id).status_code == 302
    assert (
        db.session.scalar(
            select(db.func.count(Organization.id)).where(Organization.name == "Tân Cảng Sài Gòn")
        )
        == 1
    )


def test_a_second_click_on_accept_is_welcomed_not_refused(client, login, organizer) -> None:
    judge = UserFactory(email="judge@example.kr")
    login(organizer)
    invite(client, email="judge@example.kr", role="judge")
    link = last_mail_link("judge@example.kr")
    login(judge)
    assert client.post(link).status_code == 302
    again = client.post(link)
    assert again.status_code == 302 and again.headers["Location"] == "/"
