"""Writing to the audit log."""

from __future__ import annotations

from collections.abc import Mapping

from innovation.audit.models import AuditEntry
from innovation.extensions import db


def record_action(
    actor_id: int | None,
    action: str,
    obj: object,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    reason: str = "",
) -> AuditEntry:
    """Add an audit entry for `action` on `obj` to the current transaction."""
    entry = AuditEntry(
        actor_id=actor_id,
        action=action,
        object_type=type(obj).__name__,
        object_id=getattr(obj, "id", None),
        before=dict(before or {}),
        after=dict(after or {}),
        reason=reason,
    )
    db.session.add(entry)
    return entry
