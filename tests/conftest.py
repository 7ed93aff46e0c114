"""Shared fixtures: the app on SQLite or PostgreSQL, real Redis, clients signed in as each role."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask, g
from flask.testing import FlaskClient, FlaskCliRunner
from redis import Redis
from sqlalchemy import text

from innovation import create_app
from innovation.auth.models import User
from innovation.auth.sessions import start_session
from innovation.extensions import db, limiter
from innovation.programs.models import Program
from tests.factories import make_user_with_role

# Databases 15 (and 14, 13 for parallel workers) of the local Redis belong to the tests: emptied after each.
# TEST_REDIS_DB moves that range down (two checkouts testing at once on one machine).
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
_REDIS_DB = int(os.environ.get("TEST_REDIS_DB", "15")) - _WORKER
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{_REDIS_DB}")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="run only tests that touch the database (for the second, PostgreSQL pass)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--database-tests-only"):
        return
    # Every test that reaches a database asks, directly or through other fixtures, for its URL.
    keep = [item for item in items if "database_url" in getattr(item, "fixturenames", ())]
    dropped = [item for item in items if item not in keep]
    config.hook.pytest_deselected(items=dropped)
    items[:] = keep


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """TEST_DATABASE_URL when given (PostgreSQL in CI), else a fresh SQLite file."""
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def app_config(database_url: str, tmp_path: Path, **overrides: object) -> dict[str, object]:
    """The configuration every test app starts from."""
    config: dict[str, object] = {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "REDIS_URL": TEST_REDIS_URL,
        "QUEUE_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        "RATELIMIT_STORAGE_URI": "memory://",
        "WTF_CSRF_ENABLED": False,
        "MAIL_BACKEND": "log",
        "MAIL_LOG_PATH": str(tmp_path / "mail.log"),
        "BASE_URL": "http://innovation.test",
        "STORAGE_DIR": str(tmp_path / "uploads"),
    }
    config.update(overrides)
    return config


@pytest.fixture(scope="session")
def _schema(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Build the schema once per run from the models (the migrations are checked by their own test)."""
    app = create_app(app_config(database_url, tmp_path_factory.mktemp("schema")))
    with app.app_context():
        db.drop_all()
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        db.create_all()
    yield
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


def empty_tables() -> None:
    """Delete every row, children first, so the next test starts clean."""
    db.session.rollback()
    with db.engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(table.delete())


def forget_previous_request() -> None:
    """Test requests share the test's app context: drop what the last request cached there.

    In production every request has its own context; here Flask-Login's user and Flask-Babel's locale
    would otherwise leak from one request of a test into the next.
    """
    for key in ("_login_user", "_flask_babel", "csrf_token", "rendering_shared_page", "roles_of"):
        g.pop(key, None)


@pytest.fixture
def make_app(database_url: str, tmp_path: Path, _schema: None) -> Iterator[Callable[..., Flask]]:
    """Build a test app with extra config (e.g. CSRF on); its rows and queues are cleaned after the test."""
    apps: list[Flask] = []

    def build(**overrides: object) -> Flask:
        app = create_app(app_config(database_url, tmp_path, **overrides))
        app.before_request(forget_previous_request)
        apps.append(app)
        return app

    yield build
    for app in apps:
        with app.app_context():
            if app.config["SQLALCHEMY_DATABASE_URI"] == database_url:
                empty_tables()
            db.session.remove()
            db.engine.dispose()
        client = app.extensions.get("innovation_redis")
        if client is not None:
            client.close()
    with Redis.from_url(TEST_REDIS_URL) as connection:
        connection.flushdb()
    limiter.reset()


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Iterator[Flask]:
    """The app with an application context pushed for the whole test."""
    application = make_app()
    with application.app_context():
        yield application


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A browser that asks for English pages (tests read English text; Vietnamese is tested on purpose)."""
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def login(client: FlaskClient) -> Callable[[User], User]:
    """Sign a user in on the test client without going through the login form."""

    def sign_in(user: User) -> User:
        start_session(user)
        with client.session_transaction() as session:
            session["_user_id"] = user.get_id()
            session["_fresh"] = True
        return user

    return sign_in


@pytest.fixture
def user_with_role() -> Callable[..., User]:
    """Create a user holding a site role: admin, organizer, challenge_owner, judge or startup."""

    def create(role: str, program: Program | None = None, **fields: object) -> User:
        return make_user_with_role(role, program, **fields)

    return create


@pytest.fixture
def as_role(login: Callable[[User], User], user_with_role: Callable[..., User]) -> Callable[..., User]:
    """Sign in as a fresh user with `role` (None stays anonymous); returns the user."""

    def sign_in(role: str | None, program: Program | None = None) -> User | None:
        if role is None:
            return None
        return login(user_with_role(role, program))

    return sign_in


@pytest.fixture
def login_for() -> Callable[[Flask, User], FlaskClient]:
    """A client of `app` with `user` signed in (for tests that build their own app)."""

    def sign_in(app: Flask, user: User) -> FlaskClient:
        client = app.test_client()
        client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
        start_session(user)
        with client.session_transaction() as session:
            session["_user_id"] = user.get_id()
            session["_fresh"] = True
        return client

    return sign_in
