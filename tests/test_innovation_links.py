"""E-mailed links point at the configured site, whatever Host header the request carried."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from innovation.auth.operations import request_password_reset
from innovation.extensions import db
from innovation.mail.models import OutboxMessage
from innovation.settings import SettingsError, load_settings
from tests.factories import ProgramFactory, UserFactory, make_user_with_role
from tests.test_innovation_auth import REGISTRATION

FORGED = {"Host": "evil.example"}


def links_in_mail(recipient: str) -> list[str]:
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.recipient == recipient).order_by(OutboxMessage.id.desc())
    ).first()
    assert message is not None
    return re.findall(r"https?://[^\s\"<>]+", message.body_text + message.body_html)


def assert_links_are_canonical(recipient: str) -> None:
    links = links_in_mail(recipient)
    assert links, "the e-mail carries no link"
    assert all(link.startswith("http://innovation.test/") for link in links), links


def test_password_reset_link_ignores_a_forged_host(client) -> None:
    user = UserFactory()
    assert client.post("/auth/forgot", data={"email": user.email}, headers=FORGED).status_code == 302
    assert_links_are_canonical(user.email)


def test_confirmation_link_ignores_a_forged_host(client) -> None:
    client.post("/auth/register", data=REGISTRATION, headers=FORGED)
    assert_links_are_canonical("lan@greenport.vn")


def test_invitation_link_ignores_a_forged_host(client, login) -> None:
    program = ProgramFactory(slug="oid-2026")
    login(make_user_with_role("organizer", program))
    # The test client keeps cookies per host: hand the session to the forged one.
    client.set_cookie("session", client.get_cookie("session").value, domain="evil.example")
    response = client.post(
        "/programs/oid-2026/invitations",
        data={"name": "Kim", "email": "judge@example.kr", "role": "judge", "organization_id": "0"},
        headers=FORGED,
    )
    assert response.status_code == 302
    assert_links_are_canonical("judge@example.kr")


def test_links_are_built_without_any_request(app) -> None:
    user = UserFactory()
    request_password_reset(user.email)  # as the worker would: an app context, no request
    assert_links_are_canonical(user.email)


def test_the_base_url_can_carry_a_path(make_app) -> None:
    app = make_app(BASE_URL="https://oid.example.vn/platform")
    with app.app_context():
        user = UserFactory()
        request_password_reset(user.email)
        assert all(
            link.startswith("https://oid.example.vn/platform/auth/") for link in links_in_mail(user.email)
        )


def test_production_refuses_to_start_without_a_canonical_https_url(tmp_path) -> None:
    production = {"INNOVATION_ENV": "production", "SECRET_KEY": "k" * 40, "DATABASE_URL": "postgresql://db/x"}
    with pytest.raises(SettingsError, match="INNOVATION_BASE_URL"):
        load_settings(tmp_path, production)
    with pytest.raises(SettingsError, match="https"):
        load_settings(tmp_path, {**production, "INNOVATION_BASE_URL": "http://oid.example.vn"})
    settings = load_settings(tmp_path, {**production, "INNOVATION_BASE_URL": "https://oid.example.vn/"})
    config = settings.as_flask_config()
    assert config["BASE_URL"] == "https://oid.example.vn" and config["TRUSTED_HOSTS"] == ["oid.example.vn"]


def test_production_answers_only_its_own_host(make_app) -> None:
    app = make_app(TRUSTED_HOSTS=["oid.example.vn"])
    client = app.test_client()
    assert client.get("/", headers={"Host": "oid.example.vn"}).status_code == 200
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


@pytest.mark.parametrize("value", ["oid.example.vn", "ftp://oid.example.vn", "https://oid.example.vn/?x=1"])
def test_a_malformed_base_url_is_refused(tmp_path, value) -> None:
    with pytest.raises(SettingsError, match="INNOVATION_BASE_URL"):
        load_settings(tmp_path, {"INNOVATION_BASE_URL": value})
