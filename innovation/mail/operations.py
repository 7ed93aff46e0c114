"""Queueing e-mails: render in the recipient's language, store in the outbox, enqueue delivery."""

from __future__ import annotations

from collections.abc import Mapping

from flask import render_template
from flask_babel import force_locale

from innovation.extensions import db
from innovation.mail.models import OutboxMessage, OutboxStatus
from innovation.queue import enqueue


def add_email(recipient: str, template: str, locale: str, context: Mapping[str, object]) -> OutboxMessage:
    """Render `mail/<template>.txt` (+ `.html`) in `locale` into an outbox row of the current transaction.

    The first line of the text template is the subject. Nothing is sent before `send_after_commit`; the row
    commits (or not) with the rest of the caller's work, so an e-mail never announces what was rolled back.
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
    return message


def send_after_commit(message: OutboxMessage) -> None:
    """Hand a committed outbox row to the worker (when Redis is down it waits for `flask mail-sweep`)."""
    from innovation.mail.tasks import deliver_message

    enqueue("mail", deliver_message, message.id)


def queue_email(recipient: str, template: str, locale: str, context: Mapping[str, object]) -> OutboxMessage:
    """Store an e-mail in the outbox on its own, commit, and hand it to the worker."""
    message = add_email(recipient, template, locale, context)
    db.session.commit()
    send_after_commit(message)
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
