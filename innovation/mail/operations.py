"""Queueing e-mails: render in the recipient's language, store in the outbox, enqueue delivery."""

from __future__ import annotations

from collections.abc import Mapping

from flask import render_template
from flask_babel import force_locale

from innovation.extensions import db
from innovation.mail.models import OutboxMessage, OutboxStatus
from innovation.queue import enqueue


def queue_email(recipient: str, template: str, locale: str, context: Mapping[str, object]) -> OutboxMessage:
    """Render `mail/<template>.txt` (+ `.html`) in `locale`, store it, commit and enqueue its delivery.

    The first line of the text template is the subject.
    """
    with force_locale(locale):
        rendered = render_template(f"mail/{template}.txt", **context)
        html = render_template(f"mail/{template}.html", **context)
    subject, _, body = rendered.strip().partition("\n")
    message = OutboxMessage(
        recipient=recipient,
        subject=subject.strip(),
        body_text=body.strip() + "\n",
        body_html=html,
        locale=locale,
        template=template,
    )
    db.session.add(message)
    db.session.commit()
    from innovation.mail.tasks import deliver_message

    enqueue("mail", deliver_message, message.id)
    return message


def pending_message_ids() -> list[int]:
    """Ids of messages still waiting for delivery, oldest first."""
    return list(
        db.session.scalars(
            db.select(OutboxMessage.id)
            .where(OutboxMessage.status == OutboxStatus.QUEUED)
            .order_by(OutboxMessage.id)
        )
    )
