"""Writes around exports: each download is noted in the program's audit log (who took which records)."""

from __future__ import annotations

from challenges.models import Challenge
from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.extensions import db
from innovation.programs.models import Program


def record_export(program: Program, user: User, table: str, fmt: str, challenge: Challenge | None) -> None:
    """Log that `user` downloaded `table` as `fmt`, of the program or of one challenge (committed)."""
    after = {"table": table, "format": fmt, "challenge": challenge.id if challenge is not None else None}
    record_action(user.id, "export", program, after=after, program_id=program.id)
    db.session.commit()
