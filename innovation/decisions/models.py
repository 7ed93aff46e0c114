"""A decision on an application: the current outcome with its reason, and what was last published."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime, enum_column
from innovation.extensions import db


class Outcome(enum.StrEnum):
    """What the organizers decided for an application."""

    SHORTLISTED = "shortlisted"
    FINALIST = "finalist"
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"


class Decision(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """The organizers' current decision on one application. Applicants see `published_outcome` only; every
    change is in the audit log (who, when, from which outcome to which, why)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True, index=True
    )
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # What the applicant was told, and when (None until published).
    published_outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome), nullable=True)
    published_reason: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    application = relationship("Application")
    decided_by = relationship("User")

    @property
    def unpublished(self) -> bool:
        """Whether the applicant has not been told this outcome and reason yet."""
        return self.published_outcome != self.outcome or self.published_reason != self.reason
