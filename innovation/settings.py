"""Every setting of the platform, read once from environment variables into a typed object."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

PRODUCTION = "production"


class SettingsError(RuntimeError):
    """A setting is missing or malformed; raised at start-up so a bad deploy fails loudly."""


def parse_bool(value: str | None, default: bool) -> bool:
    """Read a yes/no environment value ("1", "true", "yes", "on" and their opposites)."""
    if value is None or value.strip() == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"not a boolean: {value!r}")


def parse_int(value: str | None, default: int) -> int:
    """Read an integer environment value."""
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise SettingsError(f"not an integer: {value!r}") from exc


def parse_list(value: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    """Read a comma-separated environment value."""
    if value is None or value.strip() == "":
        return default
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """The platform's configuration; `as_flask_config()` turns it into Flask's mapping."""

    env: str
    secret_key: str
    database_url: str
    redis_url: str
    timezone: str = "Asia/Ho_Chi_Minh"
    default_locale: str = "vi"
    locales: tuple[str, ...] = ("vi", "en")
    base_url: str = "http://127.0.0.1:5000"
    trusted_hosts: tuple[str, ...] = ()
    trusted_proxies: int = 0
    mail_backend: str = "log"
    mail_sender: str = "Open Innovation <no-reply@innovation.local>"
    mail_log_path: str = ""
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_use_tls: bool = False
    ratelimit_storage_uri: str = ""
    login_rate_limit: str = "5 per minute;20 per hour"
    register_rate_limit: str = "5 per minute;30 per hour"
    account_mail_rate_limit: str = "3 per 10 minutes;10 per day"
    sign_in_alert_rate_limit: str = "1 per hour"
    remember_days: int = 14
    storage_dir: str = ""
    screening_retry_intervals: tuple[int, ...] = (10, 60)
    screening_job_timeout: int = 900
    screening_parts: int = 0  # 0: as many parts as workers listen on the screening queue
    screening_split_from: int = 2000
    upload_max_mb: int = 10
    queue_prefix: str = "innovation"
    confirm_token_max_age: int = 3 * 24 * 3600
    reset_token_max_age: int = 2 * 3600
    invitation_days: int = 14
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def is_production(self) -> bool:
        """True when running as the production deployment (strict secrets, secure cookies)."""
        return self.env == PRODUCTION

    def as_flask_config(self) -> dict[str, object]:
        """Map the settings onto the configuration keys Flask and its extensions read."""
        config: dict[str, object] = {
            "ENV_NAME": self.env,
            "SECRET_KEY": self.secret_key,
            "SQLALCHEMY_DATABASE_URI": self.database_url,
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
            "REDIS_URL": self.redis_url,
            "TIMEZONE": self.timezone,
            "BABEL_DEFAULT_LOCALE": self.default_locale,
            "BABEL_DEFAULT_TIMEZONE": self.timezone,
            "LANGUAGES": self.locales,
            "BASE_URL": self.base_url,
            "PREFERRED_URL_SCHEME": urlsplit(self.base_url).scheme,
            "TRUSTED_HOSTS": list(self.trusted_hosts) or None,
            "TRUSTED_PROXIES": self.trusted_proxies,
            "MAIL_BACKEND": self.mail_backend,
            "MAIL_SENDER": self.mail_sender,
            "MAIL_LOG_PATH": self.mail_log_path,
            "SMTP_HOST": self.smtp_host,
            "SMTP_PORT": self.smtp_port,
            "SMTP_USERNAME": self.smtp_username,
            "SMTP_PASSWORD": self.smtp_password,
            "SMTP_USE_TLS": self.smtp_use_tls,
            "RATELIMIT_STORAGE_URI": self.ratelimit_storage_uri or self.redis_url,
            "RATELIMIT_HEADERS_ENABLED": True,
            "RATELIMIT_STRATEGY": "moving-window",  # no burst at a window edge, and no flaky tests
            "LOGIN_RATE_LIMIT": self.login_rate_limit,
            "REGISTER_RATE_LIMIT": self.register_rate_limit,
            "ACCOUNT_MAIL_RATE_LIMIT": self.account_mail_rate_limit,
            "SIGN_IN_ALERT_RATE_LIMIT": self.sign_in_alert_rate_limit,
            "QUEUE_PREFIX": self.queue_prefix,
            "CONFIRM_TOKEN_MAX_AGE": self.confirm_token_max_age,
            "RESET_TOKEN_MAX_AGE": self.reset_token_max_age,
            "INVITATION_DAYS": self.invitation_days,
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_SECURE": self.is_production,
            "REMEMBER_COOKIE_HTTPONLY": True,
            "REMEMBER_COOKIE_SAMESITE": "Lax",
            "REMEMBER_COOKIE_SECURE": self.is_production,
            "REMEMBER_COOKIE_DURATION": timedelta(days=self.remember_days),
            # Far above the upload limit, so that a too-large deck is refused by the form, with a message and
            # everything else typed kept, rather than by a bare 413 page.
            "MAX_CONTENT_LENGTH": (self.upload_max_mb + 64) * 1024 * 1024,
            "STORAGE_DIR": self.storage_dir,
            "SCREENING_RETRY_INTERVALS": self.screening_retry_intervals,
            "SCREENING_JOB_TIMEOUT": self.screening_job_timeout,
            "SCREENING_PARTS": self.screening_parts,
            "SCREENING_SPLIT_FROM": self.screening_split_from,
            "UPLOAD_MAX_BYTES": self.upload_max_mb * 1024 * 1024,
            "WTF_CSRF_TIME_LIMIT": None,
            # Each web process keeps the public pages it rendered (see innovation/page_cache.py).
            "CACHE_TYPE": "SimpleCache",
            "CACHE_DEFAULT_TIMEOUT": 300,
            "CACHE_THRESHOLD": 2000,
        }
        config.update(self.extra)
        return config


def parse_base_url(value: str | None, production: bool) -> str:
    """The site's canonical external URL (scheme and host, optional path), which every e-mailed link uses.

    Links are never built from the request's Host header, so a forged header cannot reach an inbox.
    """
    if value is None or value.strip() == "":
        if production:
            raise SettingsError("INNOVATION_BASE_URL must be set in production (e.g. https://oid.example.vn)")
        return "http://127.0.0.1:5000"
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.query or parts.fragment:
        raise SettingsError(f"INNOVATION_BASE_URL must be an http(s) URL such as https://host, not {value!r}")
    if production and parts.scheme != "https":
        raise SettingsError("INNOVATION_BASE_URL must use https in production")
    return url


def development_secret_key(instance_path: Path) -> str:
    """Return the development secret kept in the instance folder, creating it on first use."""
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def load_settings(instance_path: Path, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the settings from the environment, with safe development defaults."""
    env = os.environ if environ is None else environ

    def text(key: str, default: str) -> str:
        return env.get(key, "").strip() or default

    name = env.get("INNOVATION_ENV", "development").strip().lower()
    secret_key = env.get("SECRET_KEY", "").strip()
    if not secret_key:
        if name == PRODUCTION:
            raise SettingsError("SECRET_KEY must be set in production")
        secret_key = development_secret_key(instance_path)
    default_db = f"sqlite:///{instance_path / 'innovation.sqlite3'}"
    database_url = env.get("DATABASE_URL", "").strip() or default_db
    if database_url.startswith("postgres://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgres://")
    elif database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")
    if name == PRODUCTION and database_url.startswith("sqlite"):
        raise SettingsError("DATABASE_URL must name a PostgreSQL database in production")
    mail_backend = env.get("INNOVATION_MAIL_BACKEND", "smtp" if name == PRODUCTION else "log").strip()
    if mail_backend not in {"log", "smtp"}:
        raise SettingsError(f"INNOVATION_MAIL_BACKEND must be 'log' or 'smtp', not {mail_backend!r}")
    base_url = parse_base_url(env.get("INNOVATION_BASE_URL"), name == PRODUCTION)
    # Only the canonical host is served in production; more names (an alias) can be added explicitly.
    trusted_hosts = parse_list(env.get("INNOVATION_TRUSTED_HOSTS"), ())
    if name == PRODUCTION:
        trusted_hosts = (str(urlsplit(base_url).hostname), *trusted_hosts)
    return Settings(
        env=name,
        secret_key=secret_key,
        database_url=database_url,
        redis_url=text("REDIS_URL", "redis://127.0.0.1:6379/0"),
        timezone=text("TIMEZONE", "Asia/Ho_Chi_Minh"),
        default_locale=text("INNOVATION_DEFAULT_LOCALE", "vi"),
        base_url=base_url,
        trusted_hosts=trusted_hosts,
        trusted_proxies=parse_int(env.get("INNOVATION_TRUSTED_PROXIES"), 0),
        mail_backend=mail_backend,
        mail_sender=text("MAIL_SENDER", "Open Innovation <no-reply@innovation.local>"),
        mail_log_path=text("INNOVATION_MAIL_LOG", str(instance_path / "mail.log")),
        smtp_host=text("SMTP_HOST", "127.0.0.1"),
        smtp_port=parse_int(env.get("SMTP_PORT"), 25),
        smtp_username=env.get("SMTP_USERNAME", ""),
        smtp_password=env.get("SMTP_PASSWORD", ""),
        smtp_use_tls=parse_bool(env.get("SMTP_USE_TLS"), False),
        ratelimit_storage_uri=env.get("INNOVATION_RATELIMIT_STORAGE", "").strip(),
        login_rate_limit=text("INNOVATION_LOGIN_RATE_LIMIT", "5 per minute;20 per hour"),
        register_rate_limit=text("INNOVATION_REGISTER_RATE_LIMIT", "5 per minute;30 per hour"),
        account_mail_rate_limit=text("INNOVATION_ACCOUNT_MAIL_RATE_LIMIT", "3 per 10 minutes;10 per day"),
        remember_days=parse_int(env.get("INNOVATION_REMEMBER_DAYS"), 14),
        storage_dir=text("INNOVATION_STORAGE_DIR", str(instance_path / "uploads")),
        upload_max_mb=parse_int(env.get("INNOVATION_UPLOAD_MAX_MB"), 10),
        screening_retry_intervals=tuple(
            parse_int(part, 0) for part in parse_list(env.get("INNOVATION_SCREENING_RETRIES"), ("10", "60"))
        ),
        screening_job_timeout=parse_int(env.get("INNOVATION_SCREENING_TIMEOUT"), 900),
        screening_parts=parse_int(env.get("INNOVATION_SCREENING_PARTS", "").replace("auto", ""), 0),
        screening_split_from=parse_int(env.get("INNOVATION_SCREENING_SPLIT_FROM"), 2000),
        queue_prefix=text("INNOVATION_QUEUE_PREFIX", "innovation"),
        invitation_days=parse_int(env.get("INNOVATION_INVITATION_DAYS"), 14),
    )
