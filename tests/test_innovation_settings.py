"""Settings come from the environment with safe defaults and fail hard in production."""

from __future__ import annotations

from pathlib import Path

import pytest

from innovation.settings import SettingsError, load_settings


def test_development_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, {})
    assert settings.database_url == f"sqlite:///{tmp_path / 'innovation.sqlite3'}"
    assert settings.redis_url == "redis://127.0.0.1:6379/0"
    assert settings.timezone == "Asia/Ho_Chi_Minh"
    assert settings.mail_backend == "log"
    config = settings.as_flask_config()
    assert config["SESSION_COOKIE_HTTPONLY"] is True and config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_development_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = load_settings(tmp_path, {}).secret_key
    second = load_settings(tmp_path, {}).secret_key
    assert first == second and len(first) >= 40
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_production_requires_a_secret_key(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="SECRET_KEY"):
        load_settings(tmp_path, {"INNOVATION_ENV": "production", "DATABASE_URL": "postgresql://db/x"})


def test_production_refuses_sqlite_and_secures_cookies(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="PostgreSQL"):
        load_settings(tmp_path, {"INNOVATION_ENV": "production", "SECRET_KEY": "k" * 40})
    settings = load_settings(
        tmp_path,
        {
            "INNOVATION_ENV": "production",
            "SECRET_KEY": "k" * 40,
            "DATABASE_URL": "postgres://u@db/oid",
            "INNOVATION_BASE_URL": "https://oid.example.vn",
        },
    )
    assert settings.database_url == "postgresql+psycopg://u@db/oid"
    config = settings.as_flask_config()
    assert config["SESSION_COOKIE_SECURE"] is True and config["REMEMBER_COOKIE_SECURE"] is True
    assert settings.mail_backend == "smtp"


def test_malformed_values_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError):
        load_settings(tmp_path, {"SMTP_PORT": "twenty-five"})
    with pytest.raises(SettingsError):
        load_settings(tmp_path, {"SMTP_USE_TLS": "maybe"})
    with pytest.raises(SettingsError):
        load_settings(tmp_path, {"INNOVATION_MAIL_BACKEND": "pigeon"})


def test_account_limits_come_from_the_environment(tmp_path: Path) -> None:
    settings = load_settings(
        tmp_path, {"INNOVATION_INVITATION_DAYS": "30", "INNOVATION_LOGIN_RATE_LIMIT": "3 per minute"}
    )
    config = settings.as_flask_config()
    assert config["INVITATION_DAYS"] == 30 and config["LOGIN_RATE_LIMIT"] == "3 per minute"
    with pytest.raises(SettingsError, match="integer"):
        load_settings(tmp_path, {"INNOVATION_INVITATION_DAYS": "two weeks"})
