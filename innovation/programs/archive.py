"""An archived program is read-only: every flush that would add, change or delete something of it is
refused with `ProgramArchived` (a 409 page), wherever it comes from.

What belongs to a program is found as the audit log finds it (`program_of`). Two things pass: archiving
itself (the program's own move to "archived"), and deleting personal data under Decree 13/2023
(`deleting_personal_data()`), which the law requires even of an archived program.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from innovation.audit.models import AuditEntry
from innovation.audit.operations import program_of
from innovation.programs.models import Program, ProgramState
from innovation.refusal import ActionRefused

_DELETING = "deleting_personal_data"


class ProgramArchived(ActionRefused):
    """A change to an archived program was refused."""


@contextmanager
def deleting_personal_data(session: Session) -> Iterator[None]:
    """Let a Decree 13/2023 deletion remove rows of archived programs inside this block."""
    session.info[_DELETING] = True
    try:
        yield
    finally:
        session.info.pop(_DELETING, None)


def _was_archived(session: Session, program: Program) -> bool:
    """Whether the program was archived before this flush (its stored state, when the old value was not
    loaded before it was set)."""
    history = inspect(program).attrs.state.history
    if history.deleted:
        return history.deleted[0] == ProgramState.ARCHIVED
    stored = session.execute(select(Program.state).where(Program.id == program.id)).scalar()
    return stored == ProgramState.ARCHIVED


def _check_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(_DELETING):
        return
    touched = [
        item for item in (*session.new, *session.dirty, *session.deleted) if not isinstance(item, AuditEntry)
    ]
    if not touched:
        return
    archived: set[int] | None = None
    with session.no_autoflush:
        for item in touched:
            if isinstance(item, Program):
                if item in session.dirty and session.is_modified(item) and _was_archived(session, item):
                    raise ProgramArchived("archived")
                continue
            program_id = program_of(item)
            if program_id is None:
                continue
            if archived is None:
                archived = set(
                    session.scalars(select(Program.id).where(Program.state == ProgramState.ARCHIVED))
                )
            if program_id in archived:
                raise ProgramArchived("archived")


def install() -> None:
    """Watch every session (idempotent)."""
    if not event.contains(Session, "before_flush", _check_flush):
        event.listen(Session, "before_flush", _check_flush)
