"""User accounts and their signed-in sessions."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from innovation.database import TimestampMixin, UTCDateTime, utcnow
from innovation.extensions import db


def normalize_email(email: str) -> str:
    """The form an e-mail address is stored and compared in: NFC, trimmed, lower case.

    Vietnamese addresses arrive composed or decomposed ("nguyễn" as one code point or as "e" plus marks);
    without NFC the two spellings of one address would be two accounts.
    """
    return unicodedata.normalize("NFC", email).strip().lower()


class User(UserMixin, TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A person who signs in: startup founder, challenge owner, judge, organizer or site admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    locale: Mapped[str] = mapped_column(String(8), default="vi")
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_site_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the user agreed to the processing of their personal data (Decree 13/2023); None for seeded staff.
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    memberships = relationship("Membership", back_populates="user", cascade="all, delete-orphan")
    program_roles = relationship("ProgramRole", back_populates="user", cascade="all, delete-orphan")
    sessions = relationship("UserSession", back_populates="user", cascade="all, delete-orphan")

    @validates("email")
    def _normalize_email(self, key: str, value: str) -> str:
        return normalize_email(value)

    @property
    def confirmed(self) -> bool:
        """True once the user followed the confirmation link."""
        return self.confirmed_at is not None

    @property
    def is_active(self) -> bool:  # type: ignore[override]
        """Flask-Login refuses sessions of deactivated accounts."""
        return self.active

    def get_id(self) -> str:
        """What Flask-Login keeps in the session and remember cookies: the user and their session's token.

        A cookie names one server-side session, so signing out (or a password change) ends it for good,
        even in a copy of the cookie.
        """
        token = getattr(self, "session_token", None)
        if not token:
            raise RuntimeError("no session started for this user (use innovation.auth.sessions.sign_in)")
        return f"{self.id}:{token}"

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


class UserSession(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """One signed-in browser: only the hash of its token is stored; revoked on sign-out."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    remember: Mapped[bool] = mapped_column(Boolean, default=False)
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user = relationship("User", back_populates="sessions")

    @property
    def is_live(self) -> bool:
        """Neither signed out nor expired."""
        return self.revoked_at is None and self.expires_at > utcnow()
