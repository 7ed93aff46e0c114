"""Each role reaches its own pages and is refused on the pages of the other roles."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from innovation.audit.models import AuditEntry
from innovation.auth.models import User
from innovation.extensions import db
from innovation.organizations.models import Organization
from innovation.security import Role, has_role, roles_of
from tests.factories import make_user_with_role

ROLES = [None, "startup", "judge", "challenge_owner", "organizer", "admin"]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 302),
        ("startup", 403),
        ("judge", 403),
        ("challenge_owner", 403),
        ("organizer", 403),
        ("admin", 200),
    ],
)
def test_admin_users_page_is_for_site_admins_only(client, as_role, role, status) -> None:
    as_role(role)
    response = client.get("/admin/users")
    assert response.status_code == status
    if role is None:
        assert "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 302),
        ("startup", 403),
        ("judge", 403),
        ("challenge_owner", 403),
        ("organizer", 403),
        ("admin", 302),
    ],
)
def test_deactivating_an_account_is_for_site_admins_only(client, as_role, role, status) -> None:
    target = make_user_with_role("startup")
    as_role(role)
    response = client.post(f"/admin/users/{target.id}/active", data={"active": "0"})
    assert response.status_code == status
    db.session.refresh(target)
    assert target.active is (role != "admin")


def test_deactivation_asks_for_confirmation_first(client, as_role) -> None:
    as_role("admin")
    target = make_user_with_role("judge", name="Kim Min-jun")
    page = client.get(f"/admin/users/{target.id}/active?active=0")
    assert page.status_code == 200 and "Deactivate Kim Min-jun?" in page.get_data(as_text=True)
    db.session.refresh(target)
    assert target.active
    assert client.get(f"/admin/users/{target.id}/active?active=maybe").status_code == 400
    assert client.post(f"/admin/users/{target.id}/active", data={"active": "maybe"}).status_code == 400


def test_admin_deactivation_is_audited_and_cannot_target_self(client, as_role) -> None:
    admin = as_role("admin")
    target = make_user_with_role("judge")
    client.post(f"/admin/users/{target.id}/active", data={"active": "0"})
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "set_user_active"))
    assert (
        entry.actor_id == admin.id and entry.before == {"active": True} and entry.after == {"active": False}
    )
    response = client.post(f"/admin/users/{admin.id}/active", data={"active": "0"}, follow_redirects=True)
    assert "cannot deactivate your own account" in response.get_data(as_text=True)
    db.session.refresh(admin)
    assert admin.active


def test_admin_page_escapes_user_names(client, as_role) -> None:
    make_user_with_role("startup", name="<script>alert(1)</script>")
    as_role("admin")
    body = client.get("/admin/users").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


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
def test_startup_profile_is_for_startup_members(client, as_role, role, status) -> None:
    as_role(role)
    assert client.get("/startup/profile").status_code == status


def test_startup_edits_only_its_own_profile(client, as_role) -> None:
    founder = as_role("startup")
    other = make_user_with_role("startup")
    response = client.post(
        "/startup/profile",
        data={"name": "GreenPort AI", "country": "KR", "website": "https://greenport.example.vn"},
    )
    assert response.status_code == 302
    mine = founder.memberships[0].organization
    db.session.refresh(mine)
    assert (mine.name, mine.country, mine.website) == ("GreenPort AI", "KR", "https://greenport.example.vn")
    theirs = db.session.get(Organization, other.memberships[0].organization_id)
    assert theirs.name != "GreenPort AI"


def test_startup_profile_rejects_bad_input_with_messages(client, as_role) -> None:
    as_role("startup")
    response = client.post("/startup/profile", data={"name": "", "country": "XX", "website": "not a url"})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "This field is required." in body and "Not a valid choice." in body
    assert body.count('aria-invalid="true"') == 3  # name, country and website, each marked


def test_roles_are_derived_from_program_roles_and_memberships(app) -> None:
    organizer = make_user_with_role("organizer")
    startup = make_user_with_role("startup")
    admin = make_user_with_role("admin")
    plain = make_user_with_role("plain")
    assert roles_of(organizer) == {Role.ORGANIZER}
    assert roles_of(startup) == {Role.STARTUP}
    assert has_role(admin, Role.JUDGE)
    assert roles_of(plain) == set()
    assert isinstance(db.session.get(User, plain.id), User)
