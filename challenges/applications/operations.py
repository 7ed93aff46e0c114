"""Application writes: drafts, submissions that a double click cannot duplicate, withdrawals.

Never losing a submission rests on three things: one application per startup and challenge (a unique
constraint, so two tabs meet the same row); a submission names the version it was written against and
carries its form's token (a repeated POST of the same form returns the first receipt, a stale tab is
told instead of overwriting); and the receipt e-mail goes through the outbox, so a Redis outage delays
the e-mail, never the submission.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, fields
from typing import IO, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from challenges.applications.decks import store_deck
from challenges.applications.models import (
    APPLICATION_FIELDS,
    RECEIVED_STATES,
    Application,
    ApplicationState,
    ApplicationVersion,
)
from challenges.models import Challenge
from challenges.operations import accepts_applications
from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.database import utcnow
from innovation.extensions import db
from innovation.links import external_url
from innovation.mail.models import OutboxMessage
from innovation.mail.operations import add_email, send_after_commit
from innovation.organizations.models import Organization
from innovation.refusal import ActionRefused
from screening.engine.text import detect_language, word_count

# The wording of the consent text applicants agree to; a new wording gets a new version.
CONSENT_VERSION = "2026-11"
SUMMARY_WORD_LIMIT = 150
EDITABLE_STATES = (ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.WITHDRAWN)
WITHDRAWABLE_STATES = (ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.SCREENED)


class ApplicationError(ActionRefused):
    """The application cannot do this now; `reason` names why (the view words it)."""


@dataclass
class ApplicationFields:
    """What a startup writes in its application."""

    title: str = ""
    summary: str = ""
    proposal: str = ""
    fit: str = ""
    trl: int | None = None
    customers: int | None = None
    pilots: int | None = None
    revenue_band: str = ""
    pilot_plan: str = ""
    team: str = ""
    video_url: str = ""
    lang: str = ""


class WrittenText(Protocol):
    """Anything holding an application's words: the model, the form's values, a row of a query."""

    title: str
    summary: str
    proposal: str
    fit: str
    pilot_plan: str


def text_of(values: WrittenText) -> str:
    """The words the ranking reads: title, summary, proposal, how it answers, and the pilot plan."""
    return "\n\n".join(
        part
        for part in (values.title, values.summary, values.proposal, values.fit, values.pilot_plan)
        if part
    )


def find_application(challenge: Challenge, startup: Organization) -> Application | None:
    """The startup's application to the challenge, if it has one."""
    return db.session.scalar(
        select(Application).where(
            Application.challenge_id == challenge.id, Application.startup_id == startup.id
        )
    )


def applications_in_program(startup: Organization, program_id: int) -> int:
    """How many applications (not withdrawn) the startup has in a program."""
    return (
        db.session.scalar(
            select(func.count(Application.id))
            .join(Challenge, Challenge.id == Application.challenge_id)
            .where(
                Application.startup_id == startup.id,
                Challenge.program_id == program_id,
                Application.state != ApplicationState.WITHDRAWN,
            )
        )
        or 0
    )


def start_application(challenge: Challenge, startup: Organization, actor: User) -> Application:
    """The startup's application to the challenge: the one it has, or a new draft (race-safe).

    A new draft is flushed, not committed: it is saved with what the startup typed (`save_draft`).
    """
    existing = find_application(challenge, startup)
    if existing is not None:
        return existing
    if not accepts_applications(challenge):
        raise ApplicationError("closed")
    limit = challenge.max_applications_per_startup
    if limit is not None and applications_in_program(startup, challenge.program_id) >= limit:
        raise ApplicationError("too_many")
    application = Application(challenge=challenge, startup=startup, created_by_id=actor.id, lang=actor.locale)
    db.session.add(application)
    try:
        db.session.flush()
    except IntegrityError:  # the same startup started it in another tab at the same moment
        db.session.rollback()
        found = find_application(challenge, startup)
        assert found is not None
        return found
    record_action(actor.id, "start_application", application, after={"challenge": challenge.id})
    return application


def save_draft(
    application: Application,
    actor: User,
    values: ApplicationFields,
    deck: tuple[IO[bytes], str] | None = None,
    consent: bool = False,
) -> list[str]:
    """Keep what was typed (and a new deck); the names of the fields that changed.

    Allowed even after the deadline: what a startup typed is never thrown away, only submitting stops.
    Raises `DeckError` for a bad deck, before anything is written.
    """
    if application.state not in EDITABLE_STATES:
        raise ApplicationError("decided")
    before = application.fields()
    if deck is not None:
        stored = store_deck(deck[0], deck[1], application.startup, actor)
        application.deck_id = stored.id
    for item in fields(values):
        setattr(application, item.name, getattr(values, item.name))
    if not application.lang:
        application.lang = detect_language(text_of(values)) or actor.locale
    if consent and application.consent_at is None:
        application.consent_at = utcnow()
        application.consent_version = CONSENT_VERSION
    changed = [name for name in APPLICATION_FIELDS if before[name] != getattr(application, name)]
    if deck is not None:
        changed.append("deck")
    if changed:
        record_action(actor.id, "save_application", application, after={"changed": changed})
    db.session.commit()
    return changed


def missing_for_submission(application: Application) -> list[str]:
    """The fields a submission still needs (also checked by the form; here because the server decides)."""
    missing = [
        name
        for name in ("title", "summary", "proposal", "fit", "pilot_plan", "team", "lang")
        if not getattr(application, name)
    ]
    if application.trl is None:
        missing.append("trl")
    if application.consent_at is None:
        missing.append("consent")
    if word_count(application.summary) > SUMMARY_WORD_LIMIT:
        missing.append("summary")
    return missing


def receipt_number(application: Application, number: int) -> str:
    """The receipt a startup quotes: its application and version, and a few random letters."""
    return f"R{application.id:06d}-{number}-{secrets.token_hex(2).upper()}"


def submit_application(
    application: Application, actor: User, form_token: str, seen_version: int
) -> ApplicationVersion:
    """Submit what the draft holds as version `seen_version + 1`, once; the receipt is e-mailed.

    The same form posted again returns the version it made. A form written against an older version
    (another tab submitted meanwhile) is refused with `ApplicationError("changed")`, nothing overwritten.
    """
    done = db.session.scalar(select(ApplicationVersion).where(ApplicationVersion.form_token == form_token))
    if done is not None:
        return done
    if not accepts_applications(application.challenge):
        raise ApplicationError("deadline")
    if application.state not in EDITABLE_STATES:
        raise ApplicationError("decided")
    if application.lang not in application.challenge.languages:
        raise ApplicationError("language")
    if missing_for_submission(application):
        raise ApplicationError("incomplete")
    now = utcnow()
    moved = db.session.execute(
        update(Application)
        .where(
            Application.id == application.id,
            Application.version == seen_version,
            Application.state.in_(EDITABLE_STATES),
        )
        .values(
            state=ApplicationState.SUBMITTED, version=seen_version + 1, submitted_at=now, withdrawn_at=None
        )
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        return _same_form_or(form_token, "changed")
    version = ApplicationVersion(
        application_id=application.id,
        number=seen_version + 1,
        receipt=receipt_number(application, seen_version + 1),
        form_token=form_token,
        submitted_at=now,
        submitted_by_id=actor.id,
        data=application.fields(),
        deck_id=application.deck_id,
    )
    db.session.add(version)
    receipt = _receipt_email(application, version, actor)
    record_action(
        actor.id,
        "submit_application",
        application,
        before={"state": application.state.value, "version": seen_version},
        after={
            "state": ApplicationState.SUBMITTED.value,
            "version": version.number,
            "receipt": version.receipt,
        },
    )
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return _same_form_or(form_token, "changed")
    send_after_commit(receipt)
    return version


def _same_form_or(form_token: str, reason: str) -> ApplicationVersion:
    """The version a concurrent copy of this form made, else `ApplicationError(reason)`."""
    done = db.session.scalar(select(ApplicationVersion).where(ApplicationVersion.form_token == form_token))
    if done is None:
        raise ApplicationError(reason)
    return done


def _receipt_email(application: Application, version: ApplicationVersion, actor: User) -> OutboxMessage:
    challenge_text, _fallback = application.challenge.text_for(actor.locale)
    return add_email(
        actor.email,
        "application_receipt",
        actor.locale,
        {
            "receipt": version.receipt,
            "challenge": challenge_text.title,
            "startup": application.startup.name,
            "submitted_at": version.submitted_at,
            "deadline": application.challenge.program.applications_close_at,
            "data": version.data,
            "deck": application.deck.original_name if application.deck else "",
            "link": external_url(
                "applications.version", application_id=application.id, number=version.number
            ),
        },
    )


def withdraw_application(application: Application, actor: User, reason: str) -> None:
    """The startup takes its application back (it may submit again while the window is open)."""
    moved = db.session.execute(
        update(Application)
        .where(Application.id == application.id, Application.state.in_(WITHDRAWABLE_STATES))
        .values(state=ApplicationState.WITHDRAWN, withdrawn_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        raise ApplicationError("decided")
    record_action(
        actor.id,
        "withdraw_application",
        application,
        before={"state": application.state.value},
        after={"state": ApplicationState.WITHDRAWN.value},
        reason=reason,
    )
    db.session.commit()
    db.session.refresh(application)


def received_count(challenge_ids: list[int]) -> int:
    """Applications received (submitted and not withdrawn, whatever came after) for these challenges."""
    return (
        db.session.scalar(
            select(func.count(Application.id)).where(
                Application.challenge_id.in_(challenge_ids), Application.state.in_(RECEIVED_STATES)
            )
        )
        or 0
    )
