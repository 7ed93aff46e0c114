"""A signed-in user keeps their own account: name, language, password, e-mail address, sessions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from innovation.auth.passwords import verify_password
from innovation.extensions import db
from innovation.mail.models import OutboxMessage
from tests.factories import PASSWORD, UserFactory
from tests.test_innovation_auth import last_mail_link, newest_mail, sign_in

ACCOUNT_ROUTES = [
    ("GET", "/account/"),
    ("POST", "/account/profile"),
    ("POST", "/account/password"),
    ("POST", "/account/email"),
    ("POST", "/account/sessions/end"),
]


@pytest.mark.parametrize(("method", "path"), ACCOUNT_ROUTES)
def test_account_pages_need_a_signed_in_user(client, method, path) -> None:
    response = client.open(path, method=method)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["startup", "judge", "challenge_owner", "organizer", "admin"])
def test_every_role_reaches_its_own_account_page(client, as_role, role) -> None:
    user = as_role(role)
    page = client.get("/account/")
    assert page.status_code == 200 and user.email in page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "no-store"


def test_name_and_language_are_saved(client, login) -> None:
    user = login(UserFactory(name="Lan", locale="en"))
    response = client.post("/account/profile", data={"name": "Nguyễn Thị Lan", "locale": "vi"})
    assert response.status_code == 302
    db.session.refresh(user)
    assert (user.name, user.locale) == ("Nguyễn Thị Lan", "vi")
    assert '<html lang="vi">' in client.get("/account/").get_data(as_text=True)


def test_an_empty_name_is_explained_and_nothing_changes(client, login) -> None:
    user = login(UserFactory(name="Lan"))
    response = client.post("/account/profile", data={"name": "", "locale": "xx"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "This field is required." in page and "Not a valid choice." in page
    db.session.refresh(user)
    assert user.name == "Lan"


def test_password_change_needs_the_current_password(client, login) -> None:
    user = login(UserFactory())
    data = {"password-password": "a new passphrase", "password-confirm": "a new passphrase"}
    wrong = client.post("/account/password", data={**data, "password-current_password": "not it"})
    assert wrong.status_code == 200 and "This is not your current password." in wrong.get_data(as_text=True)
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)
    right = client.post("/account/password", data={**data, "password-current_password": PASSWORD})
    assert right.status_code == 302
    db.session.refresh(user)
    assert verify_password(user.password_hash, "a new passphrase")
    assert newest_mail(user.email).template == "password_changed"


def test_email_change_takes_effect_when_the_new_address_confirms(client) -> None:
    user = UserFactory(email="lan@old.vn")
    sign_in(client, user.email)
    response = client.post(
        "/account/email", data={"change-email": "Lan@New.vn", "change-current_password": PASSWORD}
    )
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.email == "lan@old.vn"  # not before the link is followed
    link = last_mail_link("lan@new.vn")
    assert link.startswith("/account/email/confirm/")
    assert client.get(link).status_code == 302
    db.session.refresh(user)
    assert user.email == "lan@new.vn"
    assert newest_mail("lan@old.vn").template == "email_changed"
    assert client.get(link).status_code == 302  # a second use does nothing
    db.session.refresh(user)
    assert user.email == "lan@new.vn"
    client.post("/auth/logout")
    assert sign_in(client, "lan@new.vn").status_code == 302


def test_email_change_to_a_taken_address_answers_the_same_and_sends_nothing(client, login) -> None:
    UserFactory(email="taken@example.org")
    user = login(UserFactory(email="lan@old.vn"))
    response = client.post(
        "/account/email",
        data={"change-email": "taken@example.org", "change-current_password": PASSWORD},
        follow_redirects=True,
    )
    assert "Open the link we sent to taken@example.org" in response.get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(OutboxMessage.id))) == 0
    db.session.refresh(user)
    assert user.email == "lan@old.vn"


def test_email_change_needs_the_current_password(client, login) -> None:
    login(UserFactory())
    response = client.post(
        "/account/email", data={"change-email": "x@example.org", "change-current_password": "no"}
    )
    assert "This is not your current password." in response.get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(OutboxMessage.id))) == 0


def test_a_tampered_email_change_link_is_refused(client) -> None:
    response = client.get("/account/email/confirm/not-a-token", follow_redirects=True)
    assert "This link is invalid, used or expired" in response.get_data(as_text=True)


def test_the_privacy_page_explains_decree_13_in_both_languages(client) -> None:
    english = client.get("/privacy").get_data(as_text=True)
    assert "Decree 13/2023/ND-CP" in english and "Your rights" in english
    vietnamese = client.get("/privacy", headers={"Accept-Language": "vi"}).get_data(as_text=True)
    assert "13/2023/NĐ-CP" in vietnamese
