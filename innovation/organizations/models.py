"""Organizations and the people who belong to them."""

from __future__ import annotations

import enum

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, enum_column
from innovation.extensions import db


class OrganizationKind(enum.StrEnum):
    """What kind of body an organization is."""

    STARTUP = "startup"
    CORPORATE = "corporate"
    CITY_AGENCY = "city_agency"
    PARTNER = "partner"
    ORGANIZER_CENTRE = "organizer_centre"


class Organization(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A startup, corporate, city agency, partner or the organizing centre."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganizationKind] = mapped_column(enum_column(OrganizationKind))
    country: Mapped[str] = mapped_column(String(2), default="VN")
    website: Mapped[str] = mapped_column(String(300), default="")

    memberships = relationship("Membership", back_populates="organization", cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"<Organization {self.id} {self.name}>"


class Membership(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A user belonging to an organization (a startup team shares one profile through this)."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    is_admin: Mapped[bool] = mapped_column(default=False)

    user = relationship("User", back_populates="memberships")
    organization = relationship("Organization", back_populates="memberships")
