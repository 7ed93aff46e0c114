"""E-mails are stored in the outbox and delivered by a real RQ worker."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from rq import SimpleWorker
from sqlalchemy import select

from innovation.extensions import db
from innovation.mail.models import OutboxMessage, OutboxStatus
from innovation.mail.operations import queue_email
from innovation.mail.tasks import deliver_message
from innovation.queue import all_queues, get_queue, redis_connection

NOTICE = {"name": "Linh", "subject": "Program update", "body": "The deadline moved.\n\nSee the board."}


def run_worker(app: Flask) -> None:
    SimpleWorker(all_queues(app), connection=redis_connection(app)).work(burst=True)


def test_message_is_stored_then_sent_by_the_worker_to_the_log(app: Flask) -> None:
    message = queue_email("founder@example.org", "notice", "en", NOTICE)
    assert message.status == OutboxStatus.QUEUED
    assert len(get_queue("mail", app)) == 1
    run_worker(app)
    db.session.expire_all()
    stored = db.session.get(OutboxMessage, message.id)
    assert stored.status == OutboxStatus.SENT and stored.sent_at is not None
    log = Path(app.config["MAIL_LOG_PATH"]).read_text()
    assert "To: founder@example.org" in log


def test_message_renders_in_the_recipients_language(app: Flask) -> None:
    vietnamese = queue_email("a@example.org", "notice", "vi", NOTICE)
    english = queue_email("b@example.org", "notice", "en", NOTICE)
    assert vietnamese.subject != english.subject


def test_a_down_queue_keeps_the_message_for_the_sweeper(make_app) -> None:
    app = make_app(REDIS_URL="redis://127.0.0.1:1/0")
    with app.app_context():
        message = queue_email("c@example.org", "notice", "en", NOTICE)
        stored = db.session.scalar(select(OutboxMessage).where(OutboxMessage.id == message.id))
        assert stored.status == OutboxStatus.QUEUED


def test_delivery_is_idempotent(app: Flask) -> None:
    message = queue_email("d@example.org", "notice", "en", NOTICE)
    assert deliver_message(message.id) == "sent"
    assert deliver_message(message.id) == "already sent"
    assert Path(app.config["MAIL_LOG_PATH"]).read_text().count("To: d@example.org") == 1


def test_mail_sweep_enqueues_waiting_messages(app: Flask, runner) -> None:
    message = OutboxMessage(recipient="e@example.org", subject="s", body_text="b", locale="en")
    db.session.add(message)
    db.session.commit()
    result = runner.invoke(args=["mail-sweep"])
    assert "1 message(s) enqueued" in result.output
    run_worker(app)
    db.session.expire_all()
    assert db.session.get(OutboxMessage, message.id).status == OutboxStatus.SENT
