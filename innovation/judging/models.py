"""Judging records: rubrics and criteria, judges' profiles and declared conflicts, assignments, scores."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime, enum_column
from innovation.extensions import db


class Rubric(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A program's scoring rubric; once a score is submitted under it, it is locked and a change is a new
    version (scores keep the version they were given under)."""

    __tablename__ = "rubrics"
    __table_args__ = (UniqueConstraint("program_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    criteria = relationship(
        "Criterion", back_populates="rubric", cascade="all, delete-orphan", order_by="Criterion.position"
    )


class Criterion(db.Model):  # type: ignore[name-defined, misc]
    """One criterion of a rubric: its name and guidance in both languages, its weight and its scale (1..n)."""

    __tablename__ = "criteria"

    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubrics.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name_vi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    guidance_vi: Mapped[str] = mapped_column(Text, default="")
    guidance_en: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    scale: Mapped[int] = mapped_column(Integer, default=5)

    rubric = relationship("Rubric", back_populates="criteria")

    def name_in(self, locale: str) -> str:
        """The criterion's name for a reader of `locale`."""
        return self.name_en if locale == "en" else self.name_vi

    def guidance_in(self, locale: str) -> str:
        """The criterion's guidance for a reader of `locale`."""
        return self.guidance_en if locale == "en" else self.guidance_vi


class JudgeProfile(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """What a judge knows: sectors, a short expertise text, the languages they read."""

    __tablename__ = "judge_profiles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    expertise: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["en"])


class ConflictDeclaration(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A judge's declaration for one program: that they checked their conflicts, and which ones they have."""

    __tablename__ = "conflict_declarations"
    __table_args__ = (UniqueConstraint("program_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # Organizations (startups, corporates, agencies) the judge is conflicted with.
    organization_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AssignmentState(enum.StrEnum):
    """Whether the organizer has confirmed an assignment (judges see confirmed ones only), or took the
    pair off by hand (kept, so that a new proposal does not put it back)."""

    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REMOVED = "removed"


class Assignment(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A judge assigned to score one shortlisted application, with how well they fit it and why."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("application_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    state: Mapped[AssignmentState] = mapped_column(
        enum_column(AssignmentState), default=AssignmentState.PROPOSED
    )
    fit: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    by_hand: Mapped[bool] = mapped_column(Boolean, default=False)

    application = relationship("Application")
    judge = relationship("User")
    score = relationship("Score", back_populates="assignment", uselist=False, cascade="all, delete-orphan")


class ScoreState(enum.StrEnum):
    """A judge's score: a draft they keep working on, or submitted."""

    DRAFT = "draft"
    SUBMITTED = "submitted"


class Score(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A judge's scores on each criterion of one assignment, with a comment for organizers and feedback."""

    __tablename__ = "scores"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), unique=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubrics.id", ondelete="RESTRICT"))
    # criterion id (as text, JSON keys are strings) -> the value given
    values: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    comment_for_organizers: Mapped[str] = mapped_column(Text, default="")
    feedback_for_startup: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[ScoreState] = mapped_column(enum_column(ScoreState), default=ScoreState.DRAFT)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    assignment = relationship("Assignment", back_populates="score")
    rubric = relationship("Rubric")
