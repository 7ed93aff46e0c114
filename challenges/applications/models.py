"""Applications: one per startup and challenge, its submitted versions with receipts, and pitch decks."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime, enum_column
from innovation.extensions import db


class ApplicationState(enum.StrEnum):
    """An application's way from draft to decision."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"
    SCREENED = "screened"
    SHORTLISTED = "shortlisted"
    NOT_SHORTLISTED = "not_shortlisted"
    FINALIST = "finalist"
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"


# States in which an application counts as received (submitted and not withdrawn, whatever came later).
RECEIVED_STATES = (
    ApplicationState.SUBMITTED,
    ApplicationState.SCREENED,
    ApplicationState.SHORTLISTED,
    ApplicationState.NOT_SHORTLISTED,
    ApplicationState.FINALIST,
    ApplicationState.SELECTED,
    ApplicationState.NOT_SELECTED,
)

REVENUE_BANDS = ("none", "under_1bn", "1_5bn", "5_20bn", "over_20bn")

# The fields a startup writes, in the order of the form and of every stored version.
APPLICATION_FIELDS = (
    "title",
    "summary",
    "proposal",
    "fit",
    "trl",
    "customers",
    "pilots",
    "revenue_band",
    "pilot_plan",
    "team",
    "video_url",
    "lang",
)


class StoredFile(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """An uploaded file, kept under a random name outside the static folder; only its record says whose."""

    __tablename__ = "stored_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(64), unique=True)
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer, default=0)


class Application(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A startup's application to one challenge (never two: the unique constraint holds under any race)."""

    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("challenge_id", "startup_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"), index=True)
    startup_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    state: Mapped[ApplicationState] = mapped_column(
        enum_column(ApplicationState), default=ApplicationState.DRAFT, index=True
    )
    lang: Mapped[str] = mapped_column(String(8), default="vi")
    title: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    proposal: Mapped[str] = mapped_column(Text, default="")
    fit: Mapped[str] = mapped_column(Text, default="")
    trl: Mapped[int | None] = mapped_column()
    customers: Mapped[int | None] = mapped_column()
    pilots: Mapped[int | None] = mapped_column()
    revenue_band: Mapped[str] = mapped_column(String(16), default="")
    pilot_plan: Mapped[str] = mapped_column(Text, default="")
    team: Mapped[str] = mapped_column(Text, default="")
    video_url: Mapped[str] = mapped_column(String(500), default="")
    deck_id: Mapped[int | None] = mapped_column(ForeignKey("stored_files.id", ondelete="SET NULL"))
    # Decree 13/2023: when the applicant agreed, and to which wording of the consent text.
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consent_version: Mapped[str] = mapped_column(String(20), default="")
    # How many versions were submitted; a submission must name the count it saw (optimistic lock).
    version: Mapped[int] = mapped_column(default=0)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    challenge = relationship("Challenge")
    startup = relationship("Organization")
    deck = relationship("StoredFile")
    versions = relationship(
        "ApplicationVersion",
        back_populates="application",
        cascade="all, delete-orphan",
        order_by="ApplicationVersion.number",
    )

    def fields(self) -> dict[str, object]:
        """What the startup wrote, as stored with every submitted version."""
        return {name: getattr(self, name) for name in APPLICATION_FIELDS}


class ApplicationVersion(db.Model):  # type: ignore[name-defined, misc]
    """One submitted version, frozen, with the receipt number the startup was given for it."""

    __tablename__ = "application_versions"
    __table_args__ = (UniqueConstraint("application_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column()
    receipt: Mapped[str] = mapped_column(String(40), unique=True)
    # The form that sent it: a second POST of the same form (a double click, a retry) finds it here.
    form_token: Mapped[str] = mapped_column(String(64), unique=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    deck_id: Mapped[int | None] = mapped_column(ForeignKey("stored_files.id", ondelete="SET NULL"))

    application = relationship("Application", back_populates="versions")
    submitted_by = relationship("User")
    deck = relationship("StoredFile")
