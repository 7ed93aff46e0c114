"""The audit log is append-only: no route and no operation updates or deletes a row.

Enforced on every session: a flush that changes or deletes an `AuditEntry`, or an UPDATE or DELETE
statement aimed at the table, raises `AuditLogIsAppendOnly`. The one exception is the pseudonymization of
rows about personal data deleted under Decree 13/2023 (`pseudonymizing()`), which keeps the action and drops
the personal data; the deletion itself is a new row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from innovation.audit.models import AuditEntry

_REWRITE = "audit_pseudonymizing"


class AuditLogIsAppendOnly(RuntimeError):
    """Something tried to change or delete an audit row."""


@contextmanager
def pseudonymizing(session: Session) -> Iterator[None]:
    """Allow the personal data of audit rows to be dropped inside this block (and nothing else)."""
    session.info[_REWRITE] = True
    try:
        yield
    finally:
        session.info.pop(_REWRITE, None)


def _check_flush(session: Session, _context: Any, _instances: Any) -> None:
    for entry in session.deleted:
        if isinstance(entry, AuditEntry):
            raise AuditLogIsAppendOnly("audit rows are never deleted")
    if session.info.get(_REWRITE):
        return
    for entry in session.dirty:
        if isinstance(entry, AuditEntry) and session.is_modified(entry):
            raise AuditLogIsAppendOnly("audit rows are never changed")


def _check_statement(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    if not any(mapper.class_ is AuditEntry for mapper in state.all_mappers):
        return
    if state.is_delete or not state.session.info.get(_REWRITE):
        raise AuditLogIsAppendOnly("audit rows are never changed or deleted")


def install() -> None:
    """Watch every session (idempotent)."""
    if not event.contains(Session, "before_flush", _check_flush):
        event.listen(Session, "before_flush", _check_flush)
        event.listen(Session, "do_orm_execute", _check_statement)
