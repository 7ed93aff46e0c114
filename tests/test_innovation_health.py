"""The health endpoint answers for load balancers and the README's check."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask


def test_healthz_reports_database_and_redis_ok(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"database": "ok", "redis": "ok"}


def test_healthz_says_redis_down_but_stays_up(make_app: Callable[..., Flask]) -> None:
    app = make_app(REDIS_URL="redis://127.0.0.1:1/0")
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"database": "ok", "redis": "down"}


def test_healthz_is_503_when_database_is_down(make_app: Callable[..., Flask], tmp_path) -> None:
    app = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/missing-dir/none.sqlite3")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "down"
