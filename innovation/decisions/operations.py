"""Deciding on applications, one by one or in bulk with a preview, and publishing the decisions: each
applicant gets one e-mail in their language with the decision, its reason and the judges' feedback.

Every change of a decision is in the audit log (who, when, from which outcome to which, why). Publishing is
idempotent: a decision is published by a conditional update that only one publisher can win, so clicking
twice, or two organizers at once, never sends an e-mail twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import or_, select, update
from sqlalchemy.orm import selectinload

from challenges.applications.models import RECEIVED_STATES, Application, ApplicationState
from challenges.models import Challenge
from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.database import utcnow
from innovation.decisions.models import Decision, Outcome
from innovation.extensions import db
from innovation.judging.models import Assignment, Score, ScoreState
from innovation.links import external_url
from innovation.mail.models import OutboxMessage
from innovation.mail.operations import add_email, send_after_commit
from innovation.programs.models import Program
from innovation.refusal import ActionRefused

# The application's state once its decision is published.
STATE_OF = {
    Outcome.SHORTLISTED: ApplicationState.SHORTLISTED,
    Outcome.FINALIST: ApplicationState.FINALIST,
    Outcome.SELECTED: ApplicationState.SELECTED,
    Outcome.NOT_SELECTED: ApplicationState.NOT_SELECTED,
}
MAX_REASON = 2000


class DecisionError(ActionRefused):
    """A decision was refused; `reason` names why (the view words it)."""


def decision_of(application: Application) -> Decision | None:
    """The application's current decision, if any."""
    return db.session.scalar(select(Decision).where(Decision.application_id == application.id))


def decidable(program: Program, application_ids: list[int]) -> list[Application]:
    """The program's received applications among `application_ids` (drafts and withdrawn ones are not
    decided on), in id order."""
    if not application_ids:
        return []
    return list(
        db.session.scalars(
            select(Application)
            .join(Challenge, Challenge.id == Application.challenge_id)
            .options(selectinload(Application.startup), selectinload(Application.challenge))
            .where(
                Challenge.program_id == program.id,
                Application.id.in_(application_ids),
                Application.state.in_(RECEIVED_STATES),
            )
            .order_by(Application.id)
        )
    )


@dataclass
class Change:
    """What deciding would do to one application."""

    application: Application
    before: Outcome | None
    after: Outcome

    @property
    def changes(self) -> bool:
        return self.before != self.after


@dataclass
class Preview:
    """What a bulk decision would change, before anything is stored."""

    outcome: Outcome
    changes: list[Change] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)  # ids that are not the program's received applications

    @property
    def changing(self) -> list[Change]:
        return [change for change in self.changes if change.changes]


def preview(program: Program, application_ids: list[int], outcome: Outcome) -> Preview:
    """What deciding `outcome` for these applications would change."""
    applications = decidable(program, application_ids)
    current = {
        row.application_id: row.outcome
        for row in db.session.scalars(
            select(Decision).where(Decision.application_id.in_([a.id for a in applications] or [0]))
        )
    }
    found = {application.id for application in applications}
    return Preview(
        outcome=outcome,
        changes=[Change(application, current.get(application.id), outcome) for application in applications],
        refused=sorted(set(application_ids) - found),
    )


def _decide(application: Application, outcome: Outcome, reason: str, actor: User) -> bool:
    """Set one decision in the current transaction; whether it changed."""
    existing = decision_of(application)
    if existing is not None and existing.outcome == outcome and existing.reason == reason:
        return False
    before = existing.outcome.value if existing is not None else None
    record = existing or Decision(program_id=application.challenge.program_id, application_id=application.id)
    record.outcome, record.reason = outcome, reason
    record.decided_by_id, record.decided_at = actor.id, utcnow()
    db.session.add(record)
    record_action(
        actor.id,
        "decide",
        application,
        before={"outcome": before},
        after={"outcome": outcome.value},
        reason=reason,
        program_id=application.challenge.program_id,
    )
    return True


def _checked_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise DecisionError("no_reason")
    if len(reason) > MAX_REASON:
        raise DecisionError("reason_too_long")
    return reason


def decide(program: Program, application: Application, outcome: Outcome, reason: str, actor: User) -> bool:
    """Decide on one application, with a reason (audited); whether anything changed."""
    reason = _checked_reason(reason)
    if not decidable(program, [application.id]):
        raise DecisionError("not_decidable")
    changed = _decide(application, outcome, reason, actor)
    db.session.commit()
    return changed


def decide_many(
    program: Program, application_ids: list[int], outcome: Outcome, reason: str, actor: User
) -> int:
    """Decide the same outcome, for the same reason, on several applications at once (all or none); how
    many changed."""
    reason = _checked_reason(reason)
    if not application_ids:
        raise DecisionError("none_chosen")
    planned = preview(program, application_ids, outcome)
    if planned.refused:
        raise DecisionError("not_decidable")
    changed = sum(_decide(change.application, outcome, reason, actor) for change in planned.changes)
    db.session.commit()
    return changed


def program_decisions(program: Program) -> list[Decision]:
    """Every decision of the program, with its application, startup and challenge."""
    return list(
        db.session.scalars(
            select(Decision)
            .options(
                selectinload(Decision.application).selectinload(Application.startup),
                selectinload(Decision.application)
                .selectinload(Application.challenge)
                .selectinload(Challenge.texts),
                selectinload(Decision.decided_by),
            )
            .where(Decision.program_id == program.id)
            .order_by(Decision.application_id)
        )
    )


def unpublished(program: Program) -> list[Decision]:
    """Decisions the applicants have not been told (new, or changed since they were told)."""
    return [decision for decision in program_decisions(program) if decision.unpublished]


def startup_feedback(application: Application) -> list[str]:
    """The judges' feedback for the startup on its submitted scores, without names, in a fixed order; the
    same remark from two judges is said once."""
    texts = db.session.scalars(
        select(Score.feedback_for_startup)
        .join(Assignment, Assignment.id == Score.assignment_id)
        .where(Assignment.application_id == application.id, Score.state == ScoreState.SUBMITTED)
        .order_by(Score.id)
    )
    return list(dict.fromkeys(text.strip() for text in texts if text and text.strip()))


def recipient_of(application: Application) -> User | None:
    """Who hears about the application: the member who started it, else the startup's first admin."""
    members = sorted(application.startup.memberships, key=lambda m: (not m.is_admin, m.id))
    creator = next((m.user for m in members if m.user_id == application.created_by_id), None)
    return creator or (members[0].user if members else None)


def publish(program: Program, actor: User) -> int:
    """Tell every applicant whose decision is new or changed: the application's state follows the decision,
    and one e-mail goes out per application. Returns how many were published."""
    messages: list[OutboxMessage] = []
    published = 0
    now = utcnow()
    for decision in unpublished(program):
        won = db.session.execute(
            update(Decision)
            .where(
                Decision.id == decision.id,
                Decision.outcome == decision.outcome,
                Decision.reason == decision.reason,
                or_(
                    Decision.published_outcome.is_distinct_from(decision.outcome),
                    Decision.published_reason != decision.reason,
                ),
            )
            .values(published_outcome=decision.outcome, published_reason=decision.reason, published_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if not won:
            continue  # another publisher told them, or the decision changed meanwhile
        published += 1
        application = decision.application
        application.state = STATE_OF[decision.outcome]
        recipient = recipient_of(application)
        if recipient is not None:
            messages.append(
                add_email(
                    recipient.email,
                    "decision",
                    recipient.locale,
                    {
                        "outcome": decision.outcome.value,
                        "reason": decision.reason,
                        "feedback": startup_feedback(application),
                        "title": application.title,
                        "challenge": application.challenge.text_for(recipient.locale)[0].title,
                        "program": program.name_in(recipient.locale),
                        "link": external_url("startups.applications"),
                    },
                )
            )
        record_action(
            actor.id,
            "publish_decision",
            application,
            before={"state": decision.published_outcome.value if decision.published_outcome else None},
            after={"outcome": decision.outcome.value},
            reason=decision.reason,
            program_id=program.id,
        )
    db.session.commit()
    for message in messages:
        send_after_commit(message)
    return published
