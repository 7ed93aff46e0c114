"""RQ jobs that deliver outbox messages."""

from __future__ import annotations

from flask import current_app

from innovation.database import utcnow
from innovation.extensions import db
from innovation.mail.delivery import send_email
from innovation.mail.models import OutboxMessage, OutboxStatus
from innovation.worker_context import with_app_context

MAX_ATTEMPTS = 5


@with_app_context
def deliver_message(message_id: int) -> str:
    """Send one outbox message; idempotent (a sent message is not sent twice)."""
    message = db.session.get(OutboxMessage, message_id, with_for_update=True)
    if message is None:
        return "missing"
    if message.status == OutboxStatus.SENT:
        return "already sent"
    message.attempts += 1
    try:
        send_email(current_app._get_current_object(), message)  # type: ignore[attr-defined]
    except OSError as exc:
        message.last_error = str(exc)[:1000]
        if message.attempts >= MAX_ATTEMPTS:
            message.status = OutboxStatus.FAILED
        db.session.commit()
        raise
    message.status = OutboxStatus.SENT
    message.sent_at = utcnow()
    message.last_error = ""
    db.session.commit()
    return "sent"
