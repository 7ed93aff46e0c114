"""Decision reads: each challenge's applications with their decision, in the judges' order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from challenges.applications.models import RECEIVED_STATES, Application, ApplicationState
from challenges.models import Challenge
from innovation.decisions.models import Decision
from innovation.extensions import db
from innovation.judging.reports import challenge_results
from innovation.programs.models import Program

DECIDED_STATES = (
    ApplicationState.SHORTLISTED,
    ApplicationState.FINALIST,
    ApplicationState.SELECTED,
    ApplicationState.NOT_SELECTED,
)


@dataclass
class DecisionRow:
    """One application with its current decision and how the judges ranked it."""

    application: Application
    decision: Decision | None
    judging_rank: int | None
    calibrated: float | None


@dataclass
class DecisionTable:
    """A challenge's rows."""

    challenge: Challenge
    rows: list[DecisionRow]


def decision_tables(program: Program, show_all: bool = False) -> list[DecisionTable]:
    """Per challenge: the shortlisted and decided applications (every received one with `show_all`),
    ranked as the judges ranked them, then by id."""
    query = (
        select(Application)
        .join(Challenge, Challenge.id == Application.challenge_id)
        .options(
            selectinload(Application.startup),
            selectinload(Application.challenge).selectinload(Challenge.texts),
        )
        .where(Challenge.program_id == program.id, Application.state.in_(RECEIVED_STATES))
        .order_by(Application.challenge_id, Application.id)
    )
    if not show_all:
        decided = select(Decision.application_id).where(Decision.program_id == program.id)
        query = query.where(or_(Application.state.in_(DECIDED_STATES), Application.id.in_(decided)))
    applications = list(db.session.scalars(query))
    decisions = {
        row.application_id: row
        for row in db.session.scalars(select(Decision).where(Decision.program_id == program.id))
    }
    judged = {row.application.id: row.result for table in challenge_results(program) for row in table.rows}
    tables: dict[int, DecisionTable] = {}
    for application in applications:
        result = judged.get(application.id)
        table = tables.setdefault(application.challenge_id, DecisionTable(application.challenge, []))
        table.rows.append(
            DecisionRow(
                application=application,
                decision=decisions.get(application.id),
                judging_rank=result.rank if result else None,
                calibrated=result.calibrated if result else None,
            )
        )
    for table in tables.values():
        table.rows.sort(key=lambda row: (row.judging_rank is None, row.judging_rank or 0, row.application.id))
    return [tables[key] for key in sorted(tables)]


@dataclass
class Told:
    """What an applicant has been told about one application: the decision, why, the judges' feedback."""

    outcome: str
    reason: str
    feedback: list[str]


def told_to_applicants(applications: list[Application]) -> dict[int, Told]:
    """The published decisions of these applications (what their status page shows), by application id."""
    from innovation.decisions.operations import startup_feedback

    ids = [application.id for application in applications]
    published = db.session.scalars(
        select(Decision).where(
            Decision.application_id.in_(ids or [0]), Decision.published_outcome.is_not(None)
        )
    )
    by_id = {application.id: application for application in applications}
    return {
        row.application_id: Told(
            outcome=row.published_outcome.value,  # type: ignore[union-attr]
            reason=row.published_reason,
            feedback=startup_feedback(by_id[row.application_id]),
        )
        for row in published
    }
