"""Double clicks and concurrent requests end in one stored result and a friendly page, never a 500.

These run on PostgreSQL (the production database, with real row locks); SQLite serializes writers anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from flask import Flask
from sqlalchemy import func, select

from innovation.auth import operations as auth_operations
from innovation.auth.models import User
from innovation.extensions import db
from innovation.invitations import operations as invitation_operations
from innovation.invitations.models import Invitation
from innovation.programs.models import ProgramRole, ProgramRoleName
from tests.factories import ProgramFactory, UserFactory, make_user_with_role
from tests.test_innovation_auth import REGISTRATION, last_mail_link


@pytest.fixture(autouse=True)
def _postgresql_only(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("concurrency is tested on PostgreSQL")


def at_once(app: Flask, requests: list[Callable[[object], object]]) -> list[int]:
    """Send the requests from separate threads (each its own client and session); their status codes."""
    statuses: list[int] = [0] * len(requests)
    errors: list[BaseException] = []

    def run(index: int) -> None:
        client = app.test_client()
        client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
        try:
            statuses[index] = requests[index](client).status_code
        except BaseException as error:  # surfaced below, in the test's own thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    if errors:
        raise errors[0]
    return statuses


def hold_until_both_arrive(monkeypatch, module, name: str) -> None:
    """Make two requests meet at `module.name` before either goes on: the race window, made certain."""
    barrier = threading.Barrier(2, timeout=10)
    original = getattr(module, name)
    waited = threading.local()

    def waiting(*args, **kwargs):
        if not getattr(waited, "done", False):  # only each request's first call meets the other
            waited.done = True
            barrier.wait()
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, waiting)


def test_two_registrations_of_one_address_store_one_account(app, monkeypatch) -> None:
    hold_until_both_arrive(monkeypatch, auth_operations, "find_user")
    post = lambda client: client.post("/auth/register", data=REGISTRATION)  # noqa: E731
    assert at_once(app, [post, post]) == [302, 302]
    db.session.expire_all()
    assert db.session.scalar(select(func.count(User.id))) == 1


def test_a_double_click_on_accept_grants_the_role_once(app, monkeypatch) -> None:
    program = ProgramFactory(slug="oid-2026")
    organizer = make_user_with_role("organizer", program)
    judge = UserFactory(email="judge@example.kr")
    invitation_operations.create_invitation(
        program, organizer, judge.email, "Kim", ProgramRoleName.JUDGE, None, "en"
    )
    link = last_mail_link(judge.email)
    hold_until_both_arrive(monkeypatch, invitation_operations, "_claim")

    def accept(client):
        client.post("/auth/login", data={"email": "judge@example.kr", "password": "correct horse battery"})
        return client.post(link)

    assert at_once(app, [accept, accept]) == [302, 302]
    db.session.expire_all()
    roles = db.session.scalars(select(ProgramRole).where(ProgramRole.user_id == judge.id)).all()
    assert [role.role for role in roles] == [ProgramRoleName.JUDGE]


def test_two_newcomers_accepting_one_link_make_one_account(app, monkeypatch) -> None:
    program = ProgramFactory(slug="oid-2026")
    organizer = make_user_with_role("organizer", program)
    invitation_operations.create_invitation(
        program, organizer, "owner@port.vn", "Minh", ProgramRoleName.JUDGE, None, "en"
    )
    link = last_mail_link("owner@port.vn")
    hold_until_both_arrive(monkeypatch, invitation_operations, "_claim")
    data = {"name": "Minh", "password": "owner password", "confirm": "owner password", "consent": "y"}
    post = lambda client: client.post(link, data=data)  # noqa: E731
    statuses = at_once(app, [post, post])
    assert sorted(statuses) == [302, 302]
    db.session.expire_all()
    assert db.session.scalar(select(func.count(User.id)).where(User.email == "owner@port.vn")) == 1
    assert db.session.scalar(select(Invitation.accepted_by_id)) is not None


def test_two_invitations_sent_at_once_store_one(app, monkeypatch) -> None:
    program = ProgramFactory(slug="oid-2026")
    organizer_email = make_user_with_role("organizer", program).email
    hold_until_both_arrive(monkeypatch, invitation_operations, "_holds_role")
    data = {"name": "Kim", "email": "judge@example.kr", "role": "judge", "organization_id": "0"}

    def invite(client):
        client.post("/auth/login", data={"email": organizer_email, "password": "correct horse battery"})
        return client.post("/programs/oid-2026/invitations", data=data)

    statuses = at_once(app, [invite, invite])
    assert sorted(statuses) == [200, 302]  # one sent, one told an open invitation exists
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Invitation.id))) == 1
