"""A program's pitch day settings and the finalists' places in it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime
from innovation.extensions import db


class PitchDay(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """How the day runs: when it starts, how long a pitch is, when breaks come, the rooms."""

    __tablename__ = "pitch_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), unique=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    slot_minutes: Mapped[int] = mapped_column(Integer, default=10)
    break_every: Mapped[int] = mapped_column(Integer, default=6)  # a break after this many pitches
    break_minutes: Mapped[int] = mapped_column(Integer, default=15)
    # Room names, one per track; tracks follow the challenges (one challenge's finalists share a room).
    rooms: Mapped[list[str]] = mapped_column(JSON, default=list)
    venue: Mapped[str] = mapped_column(String(300), default="")


class PitchSlot(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A finalist's place: which track (room) and where in its order (times follow from the settings)."""

    __tablename__ = "pitch_slots"
    __table_args__ = (UniqueConstraint("program_id", "track", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    track: Mapped[int] = mapped_column(Integer)  # index into PitchDay.rooms
    position: Mapped[int] = mapped_column(Integer)

    application = relationship("Application")
