"""Sending one stored message: over SMTP in production, to a log file in development."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from pathlib import Path

from flask import Flask

from innovation.mail.models import OutboxMessage


def build_email(message: OutboxMessage, sender: str) -> EmailMessage:
    """The MIME message for an outbox row (plain text with an HTML alternative)."""
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.recipient
    email["Subject"] = message.subject
    email["Content-Language"] = message.locale
    email.set_content(message.body_text)
    if message.body_html:
        email.add_alternative(message.body_html, subtype="html")
    return email


def send_email(app: Flask, message: OutboxMessage) -> None:
    """Deliver through the configured backend; raise on failure so the caller records it."""
    email = build_email(message, app.config["MAIL_SENDER"])
    if app.config["MAIL_BACKEND"] == "log":
        path = Path(app.config["MAIL_LOG_PATH"])
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"=== outbox message {message.id} ===\n{email.as_string()}\n")
        return
    with smtplib.SMTP(app.config["SMTP_HOST"], app.config["SMTP_PORT"], timeout=30) as smtp:
        if app.config["SMTP_USE_TLS"]:
            smtp.starttls()
        if app.config["SMTP_USERNAME"]:
            smtp.login(app.config["SMTP_USERNAME"], app.config["SMTP_PASSWORD"])
        smtp.send_message(email)
