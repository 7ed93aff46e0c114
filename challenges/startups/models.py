"""A startup's profile: the facts about it that its whole team keeps up to date."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime
from innovation.extensions import db


class StartupProfile(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """Everything about a startup beyond its name, country and website (kept on its organization)."""

    __tablename__ = "startup_profiles"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    city: Mapped[str] = mapped_column(String(120), default="")
    founded_year: Mapped[int | None] = mapped_column()
    team_size: Mapped[int | None] = mapped_column()
    stage: Mapped[str | None] = mapped_column(String(32))
    legal_entity: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_entity_country: Mapped[str] = mapped_column(String(2), default="")
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    description_vi: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    # Decree 13/2023: when the team asked for its data to be deleted, if it could not be done at once.
    deletion_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    organization = relationship("Organization", backref=db.backref("startup_profile", uselist=False))
