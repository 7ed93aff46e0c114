"""Accounts as a user meets them: register, confirm, sign in and out, reset a password."""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from innovation.auth.models import User
from innovation.database import utcnow
from innovation.extensions import db
from innovation.mail.models import OutboxMessage
from innovation.organizations.models import Organization, OrganizationKind
from tests.factories import PASSWORD, UserFactory

REGISTRATION = {
    "name": "Nguyễn Thị Lan",
    "email": "Lan@GreenPort.vn",
    "password": "a long passphrase",
    "confirm": "a long passphrase",
    "startup_name": "GreenPort AI",
    "country": "VN",
    "consent": "y",
}


def last_mail_link(recipient: str) -> str:
    """The path of the link in the newest e-mail to `recipient`."""
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.recipient == recipient).order_by(OutboxMessage.id.desc())
    ).first()
    assert message is not None, f"no e-mail to {recipient}"
    url = re.search(r"https?://\S+", message.body_text)
    assert url is not None
    assert url.group(0) in message.body_html
    return urlsplit(url.group(0)).path


def sign_in(client, email: str, password: str = PASSWORD, **extra: str):
    return client.post("/auth/login", data={"email": email, "password": password, **extra})


def test_registration_creates_the_founder_and_the_startup_and_mails_a_link(client) -> None:
    response = client.post("/auth/register", data=REGISTRATION)
    assert response.status_code == 302 and response.headers["Location"].endswith("/auth/login")
    user = db.session.scalar(select(User).where(User.email == "lan@greenport.vn"))
    assert user is not None and not user.confirmed and user.consent_at is not None
    assert user.password_hash != REGISTRATION["password"] and user.password_hash.startswith("$argon2")
    [membership] = user.memberships
    assert membership.organization.name == "GreenPort AI"
    assert membership.organization.kind == OrganizationKind.STARTUP and membership.is_admin
    assert last_mail_link("lan@greenport.vn").startswith("/auth/confirm/")


def newest_mail(recipient: str) -> OutboxMessage:
    """The newest e-mail to `recipient`."""
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.recipient == recipient).order_by(OutboxMessage.id.desc())
    ).first()
    assert message is not None, f"no e-mail to {recipient}"
    return message


def test_registering_a_taken_address_answers_as_for_a_new_one_and_tells_the_owner(client) -> None:
    UserFactory(email="lan@greenport.vn")
    response = client.post("/auth/register", data={**REGISTRATION, "email": "LAN@greenport.vn"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/auth/login")
    fresh = client.post("/auth/register", data={**REGISTRATION, "email": "new@greenport.vn"})
    assert fresh.status_code == 302 and fresh.headers["Location"] == response.headers["Location"]
    assert db.session.scalar(select(db.func.count(User.id))) == 2
    notice = newest_mail("lan@greenport.vn")
    assert notice.template == "account_exists" and "/auth/forgot" in notice.body_text
    assert db.session.scalar(select(db.func.count(Organization.id))) == 1  # only the new founder's startup


def test_registering_again_while_unconfirmed_sends_a_new_confirmation_link(client) -> None:
    UserFactory(email="lan@greenport.vn", confirmed_at=None)
    client.post("/auth/register", data=REGISTRATION)
    assert newest_mail("lan@greenport.vn").template == "confirm_email"
    assert db.session.scalar(select(db.func.count(User.id))) == 1


def test_composed_and_decomposed_spellings_of_an_address_are_one_account(client) -> None:
    composed = unicodedata.normalize("NFC", "nguyễn@greenport.vn")
    decomposed = unicodedata.normalize("NFD", "Nguyễn@GreenPort.vn")
    assert composed != decomposed.lower()
    client.post("/auth/register", data={**REGISTRATION, "email": composed})
    client.post("/auth/register", data={**REGISTRATION, "email": decomposed})
    assert db.session.scalars(select(User.email)).all() == [composed]
    user = db.session.scalar(select(User))
    user.confirmed_at = utcnow()
    db.session.commit()
    assert sign_in(client, decomposed, REGISTRATION["password"]).status_code == 302


def test_confirmation_mail_does_not_greet_with_the_typed_name(client) -> None:
    spam = "Win a prize at http://spam.example now"
    client.post("/auth/register", data={**REGISTRATION, "name": spam})
    message = newest_mail("lan@greenport.vn")
    assert "spam.example" not in message.body_text and "spam.example" not in message.body_html
    assert "Win a prize" not in message.body_text


def test_registration_is_limited_per_client_and_keeps_the_form(make_app) -> None:
    app = make_app(REGISTER_RATE_LIMIT="2 per minute")
    with app.app_context():
        client = app.test_client()
        client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
        for number in range(2):
            response = client.post("/auth/register", data={**REGISTRATION, "email": f"f{number}@example.org"})
            assert response.status_code == 302
        refused = client.post("/auth/register", data={**REGISTRATION, "email": "f9@example.org"})
        page = refused.get_data(as_text=True)
        assert refused.status_code == 429 and "Too many attempts from your network" in page
        assert 'value="GreenPort AI"' in page and 'name="password"' in page
        assert db.session.scalar(select(db.func.count(User.id))) == 2


def test_account_mails_to_one_address_are_capped(make_app) -> None:
    app = make_app(ACCOUNT_MAIL_RATE_LIMIT="2 per hour")
    with app.app_context():
        client = app.test_client()
        UserFactory(email="lan@greenport.vn")
        for _ in range(4):
            assert client.post("/auth/forgot", data={"email": "lan@greenport.vn"}).status_code == 302
            client.post("/auth/register", data=REGISTRATION)
        sent = db.session.scalar(
            select(db.func.count(OutboxMessage.id)).where(OutboxMessage.recipient == "lan@greenport.vn")
        )
        assert sent == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "not-an-address", "Invalid email address."),
        ("password", "short", "Field must be between 10 and 200 characters long."),
        ("confirm", "something else", "The two passwords differ."),
        ("consent", "", "Your consent is needed to create an account."),
        ("startup_name", "", "This field is required."),
    ],
)
def test_registration_shows_what_is_wrong_and_keeps_the_input(client, field, value, message) -> None:
    response = client.post("/auth/register", data={**REGISTRATION, field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert message in page and 'aria-invalid="true"' in page
    assert 'value="GreenPort AI"' in page or field == "startup_name"
    assert db.session.scalar(select(db.func.count(User.id))) == 0


def test_confirmation_link_confirms_once_and_bad_links_are_refused(client) -> None:
    client.post("/auth/register", data=REGISTRATION)
    link = last_mail_link("lan@greenport.vn")
    assert client.get(link).status_code == 302
    user = db.session.scalar(select(User).where(User.email == "lan@greenport.vn"))
    assert user.confirmed
    tampered = client.get(link[:-3] + "xyz", follow_redirects=True)
    assert "invalid or has expired" in tampered.get_data(as_text=True)


def test_unconfirmed_account_cannot_sign_in_and_gets_a_new_link(client) -> None:
    user = UserFactory(confirmed_at=None)
    response = sign_in(client, user.email)
    assert response.status_code == 200
    assert "Please confirm your e-mail address first" in response.get_data(as_text=True)
    assert last_mail_link(user.email).startswith("/auth/confirm/")


def test_sign_in_and_out(client) -> None:
    user = UserFactory()
    response = sign_in(client, user.email.upper())
    assert response.status_code == 302
    assert user.name in client.get("/").get_data(as_text=True)
    assert user.last_login_at is not None
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout").status_code == 302
    assert user.name not in client.get("/").get_data(as_text=True)


def test_remember_me_keeps_the_device_signed_in_for_two_weeks_not_a_year(client) -> None:
    user = UserFactory()
    response = sign_in(client, user.email, remember="y")
    [cookie] = [
        value for value in response.headers.getlist("Set-Cookie") if value.startswith("remember_token=")
    ]
    expires = parsedate_to_datetime(re.search(r"Expires=([^;]+)", cookie).group(1))
    assert timedelta(days=13) < expires - utcnow() <= timedelta(days=14, minutes=1)


def test_sign_in_returns_to_the_page_asked_for_but_never_off_site(client) -> None:
    user = UserFactory()
    response = client.post("/auth/login?next=/admin/users", data={"email": user.email, "password": PASSWORD})
    assert response.headers["Location"] == "/admin/users"
    client.post("/auth/logout")
    response = client.post(
        "/auth/login?next=https://evil.example/", data={"email": user.email, "password": PASSWORD}
    )
    assert response.headers["Location"] == "/"


def test_failure_message_does_not_tell_whether_the_address_exists(client) -> None:
    user = UserFactory()
    wrong_password = sign_in(client, user.email, "not the password").get_data(as_text=True)
    unknown_address = sign_in(client, "nobody@example.org", "not the password").get_data(as_text=True)
    assert "Wrong e-mail or password." in wrong_password
    assert "Wrong e-mail or password." in unknown_address
    deactivated = UserFactory(active=False)
    assert "Wrong e-mail or password." in sign_in(client, deactivated.email).get_data(as_text=True)


def test_successful_sign_ins_do_not_count_towards_the_limit(make_app) -> None:
    app = make_app(LOGIN_RATE_LIMIT="2 per minute")
    with app.app_context():
        client = app.test_client()
        user = UserFactory()
        for _ in range(4):
            assert sign_in(client, user.email).status_code == 302
            client.post("/auth/logout")


def test_password_reset_by_mailed_link_works_once(client) -> None:
    user = UserFactory()
    response = client.post("/auth/forgot", data={"email": user.email})
    assert response.status_code == 302
    link = last_mail_link(user.email)
    assert client.get(link).status_code == 200
    response = client.post(link, data={"password": "brand new secret", "confirm": "brand new secret"})
    assert response.status_code == 302
    assert sign_in(client, user.email, PASSWORD).status_code == 200
    assert sign_in(client, user.email, "brand new secret").status_code == 302
    client.post("/auth/logout")
    reused = client.get(link, follow_redirects=True)
    assert "invalid, used or expired" in reused.get_data(as_text=True)


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client) -> None:
    response = client.post("/auth/forgot", data={"email": "nobody@example.org"}, follow_redirects=True)
    assert "a reset link is on its way" in response.get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(OutboxMessage.id))) == 0


def test_signed_in_user_is_sent_home_from_register_and_login(client, as_role) -> None:
    as_role("startup")
    assert client.get("/auth/register").status_code == 302
    assert client.get("/auth/login").status_code == 302


@pytest.mark.parametrize("path", ["/auth/register", "/auth/login", "/auth/forgot"])
def test_account_pages_render_for_visitors(client, path) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert '<label for="email"' in response.get_data(as_text=True)
