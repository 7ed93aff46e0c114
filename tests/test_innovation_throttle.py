"""Guessing passwords is costly, but nobody can lock another person out of their account."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from innovation.extensions import db
from innovation.mail.models import OutboxMessage
from tests.factories import PASSWORD, UserFactory


@pytest.fixture
def strict_app(make_app) -> Iterator[Flask]:
    """Three failures a minute allowed, per client and per address."""
    app = make_app(LOGIN_RATE_LIMIT="3 per minute")
    with app.app_context():
        yield app


def browser(app: Flask, address: str, **config: str) -> FlaskClient:
    """A client at its own network address."""
    client = app.test_client()
    client.environ_base.update({"REMOTE_ADDR": address, "HTTP_ACCEPT_LANGUAGE": "en", **config})
    return client


def attempt(client: FlaskClient, email: str, password: str):
    return client.post("/auth/login", data={"email": email, "password": password})


def test_the_owner_signs_in_although_others_guessed_at_the_address(strict_app) -> None:
    owner = UserFactory()
    for number in range(6):
        attempt(browser(strict_app, f"203.0.113.{number}"), owner.email, "a guess")
    response = attempt(browser(strict_app, "198.51.100.7"), owner.email, PASSWORD)
    assert response.status_code == 302


def test_more_wrong_guesses_at_a_guessed_address_are_refused_with_the_form(strict_app) -> None:
    owner = UserFactory()
    for number in range(3):
        assert attempt(browser(strict_app, f"203.0.113.{number}"), owner.email, "a guess").status_code == 200
    refused = attempt(browser(strict_app, "203.0.113.99"), owner.email, "another guess")
    page = refused.get_data(as_text=True)
    assert refused.status_code == 429
    assert "Too many wrong passwords for this address" in page
    assert 'name="password"' in page and f'value="{owner.email}"' in page


def test_the_owner_is_told_once_that_someone_guesses(strict_app) -> None:
    owner = UserFactory()
    for number in range(8):
        attempt(browser(strict_app, f"203.0.113.{number}"), owner.email, "a guess")
    alerts = db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == owner.email)).all()
    assert [message.template for message in alerts] == ["sign_in_attempts"]


def test_a_guessing_client_is_refused_even_with_a_right_password(strict_app) -> None:
    owner = UserFactory()
    guesser = browser(strict_app, "203.0.113.5")
    for number in range(3):
        attempt(guesser, f"someone{number}@example.org", "a guess")
    refused = attempt(guesser, owner.email, PASSWORD)
    assert refused.status_code == 429
    assert "Too many attempts from your network" in refused.get_data(as_text=True)
    assert 'name="password"' in refused.get_data(as_text=True)
    assert attempt(browser(strict_app, "198.51.100.7"), owner.email, PASSWORD).status_code == 302


def test_empty_and_malformed_submits_do_not_count(strict_app) -> None:
    owner = UserFactory()
    client = browser(strict_app, "203.0.113.5")
    for _ in range(10):
        assert client.post("/auth/login", data={"email": "", "password": ""}).status_code == 200
        assert (
            client.post("/auth/login", data={"email": "not an address", "password": "x"}).status_code == 200
        )
    for _ in range(2):
        assert attempt(client, owner.email, "a guess").status_code == 200
    assert attempt(client, owner.email, PASSWORD).status_code == 302


def test_behind_the_proxy_each_client_has_its_own_limit(make_app) -> None:
    app = make_app(LOGIN_RATE_LIMIT="3 per minute", TRUSTED_PROXIES=1)
    with app.app_context():
        owner = UserFactory()
        # Every request reaches the app from the proxy's address; the client is in X-Forwarded-For.
        guesser = browser(app, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
        for number in range(3):
            attempt(guesser, f"someone{number}@example.org", "a guess")
        assert attempt(guesser, owner.email, PASSWORD).status_code == 429
        neighbour = browser(app, "10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
        assert attempt(neighbour, owner.email, PASSWORD).status_code == 302


def test_without_a_trusted_proxy_a_forged_forwarded_for_changes_nothing(strict_app) -> None:
    owner = UserFactory()
    for number in range(3):
        guesser = browser(strict_app, "203.0.113.5", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
        attempt(guesser, f"someone{number}@example.org", "a guess")
    forged = browser(strict_app, "203.0.113.5", HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert attempt(forged, owner.email, PASSWORD).status_code == 429


def test_password_reset_requests_are_limited_per_client(strict_app) -> None:
    client = browser(strict_app, "203.0.113.5")
    for number in range(3):
        assert client.post("/auth/forgot", data={"email": f"a{number}@example.org"}).status_code == 302
    refused = client.post("/auth/forgot", data={"email": "a9@example.org"})
    assert refused.status_code == 429 and 'name="email"' in refused.get_data(as_text=True)
    assert (
        browser(strict_app, "198.51.100.7").post("/auth/forgot", data={"email": "b@example.org"}).status_code
        == 302
    )
