"""User accounts and the invitations that bring owners and judges in."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from innovation.database import TimestampMixin, UTCDateTime, enum_column, utcnow
from innovation.extensions import db
from innovation.programs.models import ProgramRoleName


def normalize_email(email: str) -> str:
    """The form an e-mail address is stored and compared in (trimmed, lower case)."""
    return email.strip().lower()


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

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


class Invitation(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """An organizer's invitation for someone to join a program as challenge owner or judge."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    role: Mapped[ProgramRoleName] = mapped_column(enum_column(ProgramRoleName))
    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(200), default="")
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="SET NULL"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    program = relationship("Program")
    organization = relationship("Organization")
    invited_by = relationship("User", foreign_keys=[invited_by_id])

    @validates("email")
    def _normalize_email(self, key: str, value: str) -> str:
        return normalize_email(value)

    @property
    def is_usable(self) -> bool:
        """An invitation works once, before it expires, unless revoked."""
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > utcnow()
