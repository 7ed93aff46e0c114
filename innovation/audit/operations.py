"""Writing to the audit log, which is append-only (see `innovation.audit.guard`)."""

from __future__ import annotations

from collections.abc import Mapping

from innovation.audit.models import AuditEntry
from innovation.extensions import db


def program_of(obj: object) -> int | None:
    """The id of the program `obj` belongs to, when it belongs to one."""
    from innovation.programs.models import Program

    if isinstance(obj, Program):
        return obj.id
    program_id = getattr(obj, "program_id", None)
    if program_id is not None:
        return int(program_id)
    for parent in ("challenge", "application", "assignment", "rubric", "run"):
        owner = getattr(obj, parent, None)
        if owner is not None:
            return program_of(owner)
    return None


def record_action(
    actor_id: int | None,
    action: str,
    obj: object,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    reason: str = "",
    program_id: int | None = None,
) -> AuditEntry:
    """Add an audit entry for `action` on `obj` to the current transaction (its program found from `obj`
    unless given)."""
    entry = AuditEntry(
        actor_id=actor_id,
        action=action,
        object_type=type(obj).__name__,
        object_id=getattr(obj, "id", None),
        program_id=program_id if program_id is not None else program_of(obj),
        before=dict(before or {}),
        after=dict(after or {}),
        reason=reason,
    )
    db.session.add(entry)
    return entry
