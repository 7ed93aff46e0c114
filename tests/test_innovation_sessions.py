"""Signing out ends a session for good: copies of its cookies stop working too."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import select

from innovation.auth.models import UserSession
from innovation.extensions import db
from tests.factories import PASSWORD, UserFactory, make_user_with_role
from tests.test_innovation_auth import last_mail_link, sign_in


def signed_in(client: FlaskClient) -> bool:
    """Whether the client's cookies open a page that needs an account."""
    return client.get("/account/").status_code == 200


def replay(client: FlaskClient, cookie_name: str) -> FlaskClient:
    """Another browser holding a stolen copy of one of `client`'s cookies."""
    thief = client.application.test_client()
    thief.set_cookie(cookie_name, client.get_cookie(cookie_name).value)
    return thief


def test_a_copied_session_cookie_stops_working_after_sign_out(client) -> None:
    user = UserFactory()
    sign_in(client, user.email)
    thief = replay(client, "session")
    assert signed_in(thief)
    client.post("/auth/logout")
    assert not signed_in(thief)
    assert not signed_in(client)


def test_a_copied_remember_cookie_stops_working_after_sign_out(client) -> None:
    user = UserFactory()
    sign_in(client, user.email, remember="y")
    thief = replay(client, "remember_token")
    assert signed_in(thief)  # the remember cookie alone signs a new browser in
    client.post("/auth/logout")
    assert not signed_in(thief)


def test_a_password_reset_signs_out_every_other_browser(client) -> None:
    user = UserFactory()
    laptop = client.application.test_client()
    sign_in(laptop, user.email, remember="y")
    stolen = replay(laptop, "remember_token")
    client.post("/auth/forgot", data={"email": user.email})
    client.post(
        last_mail_link(user.email), data={"password": "a new passphrase", "confirm": "a new passphrase"}
    )
    assert not signed_in(laptop)
    assert not signed_in(stolen)


def test_changing_the_password_keeps_this_browser_and_ends_the_others(client) -> None:
    user = UserFactory()
    phone = client.application.test_client()
    sign_in(phone, user.email)
    sign_in(client, user.email)
    response = client.post(
        "/account/password",
        data={
            "password-current_password": PASSWORD,
            "password-password": "a new passphrase",
            "password-confirm": "a new passphrase",
        },
    )
    assert response.status_code == 302
    assert signed_in(client) and not signed_in(phone)


def test_sign_out_everywhere_ends_every_session(client) -> None:
    user = UserFactory()
    phone = client.application.test_client()
    sign_in(phone, user.email)
    sign_in(client, user.email)
    assert client.post("/account/sessions/end").status_code == 302
    assert not signed_in(client) and not signed_in(phone)
    live = db.session.scalars(select(UserSession).where(UserSession.revoked_at.is_(None))).all()
    assert live == []


def test_a_deactivated_account_is_signed_out_everywhere_at_once(client, login) -> None:
    user = UserFactory()
    laptop = client.application.test_client()
    sign_in(laptop, user.email)
    login(make_user_with_role("admin"))
    client.post(f"/admin/users/{user.id}/active", data={"active": "0"})
    assert not signed_in(laptop)
    user.active = True
    db.session.commit()
    assert not signed_in(laptop)  # reactivation does not revive the ended session


def test_a_forged_session_id_is_refused(client) -> None:
    user = UserFactory()
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)  # the old cookie format, or a guess without a token
    assert not signed_in(client)
    with client.session_transaction() as session:
        session["_user_id"] = f"{user.id}:not-a-token"
    assert not signed_in(client)
