"""An organizer's invitation: a one-time link that gives its holder a role in a program."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from innovation.auth.models import normalize_email
from innovation.database import TimestampMixin, UTCDateTime, enum_column, utcnow
from innovation.extensions import db
from innovation.programs.models import ProgramRoleName

OPEN_INVITATION = text("accepted_at IS NULL AND revoked_at IS NULL")
OPEN_TEAM_INVITATION = text("program_id IS NULL AND accepted_at IS NULL AND revoked_at IS NULL")


class Invitation(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A one-time link: into a program with a role (from an organizer), or into a startup's team.

    A program invitation has a program and a role (and maybe an organization to join); a team invitation
    has neither, only the startup (its organization).
    """

    __tablename__ = "invitations"
    __table_args__ = (
        # At most one open invitation per person and role in a program, even under a double click.
        Index(
            "uq_invitations_open",
            "program_id",
            "email",
            "role",
            unique=True,
            sqlite_where=OPEN_INVITATION,
            postgresql_where=OPEN_INVITATION,
        ),
        Index(
            "uq_invitations_open_team",
            "organization_id",
            "email",
            unique=True,
            sqlite_where=OPEN_TEAM_INVITATION,
            postgresql_where=OPEN_TEAM_INVITATION,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    role: Mapped[ProgramRoleName | None] = mapped_column(enum_column(ProgramRoleName))
    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(200), default="")
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
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
    def is_team_invitation(self) -> bool:
        """Whether it brings its holder into a startup's team rather than into a program."""
        return self.program_id is None

    @property
    def target_name(self) -> str:
        """What the invitation lets its holder join: the program, or the startup."""
        if self.program is not None:
            return str(self.program.name)
        return str(self.organization.name) if self.organization is not None else ""

    @property
    def is_usable(self) -> bool:
        """An invitation works once, before it expires, unless revoked."""
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > utcnow()
