"""Screening runs and their results: what the pre-screen said about each application, kept per run."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime, enum_column
from innovation.extensions import db

ACTIVE_RUN = text("state IN ('queued', 'running')")


class RunState(enum.StrEnum):
    """A run's way from the button to its results."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class ScreeningRun(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """One pre-screen of a program (or of one challenge): versioned, repeatable, kept after newer runs."""

    __tablename__ = "screening_runs"
    __table_args__ = (
        # One queued or running run per scope, even when two organizers press the button at once.
        Index(
            "uq_screening_runs_active",
            "program_id",
            "scope",
            unique=True,
            sqlite_where=ACTIVE_RUN,
            postgresql_where=ACTIVE_RUN,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    challenge_id: Mapped[int | None] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"))
    # "program", or "challenge:<id>": what the active-run index keeps single.
    scope: Mapped[str] = mapped_column(String(40))
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    ranker: Mapped[str] = mapped_column(String(40))
    engine_version: Mapped[str] = mapped_column(String(40))
    parameters: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    state: Mapped[RunState] = mapped_column(enum_column(RunState), default=RunState.QUEUED, index=True)
    stage: Mapped[str] = mapped_column(String(40), default="queued")
    percent: Mapped[int] = mapped_column(Integer, default=0)
    job_id: Mapped[str] = mapped_column(String(64), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The applications were prepared in this many parts, each a job any worker may take (1: one job).
    parts: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Figures of the finished run: applications, challenges, and how many of each flag.
    counts: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    # A hash of everything the run read: the same inputs give the same fingerprint and the same ranking.
    input_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    program = relationship("Program")
    challenge = relationship("Challenge")
    started_by = relationship("User")

    @property
    def seconds(self) -> float | None:
        """How long the run took, once finished."""
        if self.started_at is None or self.finished_at is None:
            return None
        return round((self.finished_at - self.started_at).total_seconds(), 2)


class ScreeningResult(db.Model):  # type: ignore[name-defined, misc]
    """What a run found about one application, against the challenge it applied to."""

    __tablename__ = "screening_results"
    __table_args__ = (
        UniqueConstraint("run_id", "application_id"),
        Index("ix_screening_results_run_challenge", "run_id", "challenge_id", "rank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("screening_runs.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    # Among the challenge's own applicants, 1 = the best fit.
    rank: Mapped[int] = mapped_column(Integer)
    eligibility: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    duplicate_cluster: Mapped[int | None] = mapped_column(Integer)
    echo_ratio: Mapped[float] = mapped_column(Float, default=0.0)
    echo_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    stuffing_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    best_challenge_id: Mapped[int | None] = mapped_column(ForeignKey("challenges.id", ondelete="SET NULL"))
    best_score: Mapped[float] = mapped_column(Float, default=0.0)
    margin: Mapped[float] = mapped_column(Float, default=0.0)
    misrouted: Mapped[bool] = mapped_column(Boolean, default=False)
    terms: Mapped[list[str]] = mapped_column(JSON, default=list)
    sentences: Mapped[list[str]] = mapped_column(JSON, default=list)

    run = relationship("ScreeningRun")
    application = relationship("Application")
    challenge = relationship("Challenge", foreign_keys=[challenge_id])
    best_challenge = relationship("Challenge", foreign_keys=[best_challenge_id])

    @property
    def ineligible(self) -> bool:
        """Whether any eligibility rule is unmet or unanswered."""
        return bool(self.eligibility)


class EligibilityOverride(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """An organizer's decision that an eligibility flag does not hold for this application, with why."""

    __tablename__ = "eligibility_overrides"
    __table_args__ = (UniqueConstraint("application_id", "rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class DuplicateReview(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """An organizer's look at a cluster of near-duplicates: confirmed (the same submission) or dismissed."""

    __tablename__ = "duplicate_reviews"
    __table_args__ = (UniqueConstraint("run_id", "cluster"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("screening_runs.id", ondelete="CASCADE"), index=True)
    cluster: Mapped[int] = mapped_column(Integer)
    confirmed: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
