"""Programs, their timeline states and the roles people hold in them."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime, enum_column
from innovation.extensions import db


class ProgramState(enum.StrEnum):
    """Where a program stands on its timeline, in order (compare with `rank`)."""

    DRAFT = "draft"
    CALLING_FOR_CHALLENGES = "calling_for_challenges"
    OPEN_FOR_APPLICATIONS = "open_for_applications"
    SCREENING = "screening"
    JUDGING = "judging"
    SHORTLIST_PUBLISHED = "shortlist_published"
    PITCH_DAY = "pitch_day"
    ARCHIVED = "archived"

    @property
    def rank(self) -> int:
        """Position on the timeline: a later state has a higher rank."""
        return list(ProgramState).index(self)


class ProgramRoleName(enum.StrEnum):
    """The roles a person can hold within one program."""

    ORGANIZER = "organizer"
    CHALLENGE_OWNER = "challenge_owner"
    JUDGE = "judge"


class Program(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """One open-innovation program with its timeline (stored in UTC, shown in Asia/Ho_Chi_Minh)."""

    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    # `name` and `description` are Vietnamese; the English ones are optional and fall back to them.
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[ProgramState] = mapped_column(enum_column(ProgramState), default=ProgramState.DRAFT)
    challenges_open_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    challenges_close_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    applications_open_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    applications_close_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    judging_open_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    judging_close_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    shortlist_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pitch_day_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Owners see the applications to their challenges once the window closes, or earlier when allowed.
    owners_see_applications_early: Mapped[bool] = mapped_column(default=False)
    # Judging: blind mode hides who the startup is; owners may judge their own challenges only if allowed.
    blind_judging: Mapped[bool] = mapped_column(default=False)
    owners_may_judge: Mapped[bool] = mapped_column(default=False)
    reviews_per_application: Mapped[int] = mapped_column(default=3)
    judge_load_limit: Mapped[int | None] = mapped_column()
    # The latest assignment proposal's report: its figures and the applications left short, with why.
    judging_report: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)

    roles = relationship("ProgramRole", back_populates="program", cascade="all, delete-orphan")

    def name_in(self, locale: str) -> str:
        """The program's name for a reader of `locale`."""
        return self.name_en if locale == "en" and self.name_en else self.name

    def description_in(self, locale: str) -> str:
        """The program's description for a reader of `locale`."""
        return self.description_en if locale == "en" and self.description_en else self.description

    def __repr__(self) -> str:
        return f"<Program {self.slug}>"


class ProgramRole(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A user's role (organizer, challenge owner, judge) in one program."""

    __tablename__ = "program_roles"
    __table_args__ = (UniqueConstraint("program_id", "user_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[ProgramRoleName] = mapped_column(enum_column(ProgramRoleName))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="SET NULL"))

    program = relationship("Program", back_populates="roles")
    user = relationship("User", back_populates="program_roles")
    organization = relationship("Organization")
