"""Program writes: creating, editing and advancing programs, and granting per-program roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.extensions import db
from innovation.organizations.models import Organization
from innovation.programs.models import Program, ProgramRole, ProgramRoleName, ProgramState
from innovation.programs.timeline import TIMELINE_DATES, effective_state, next_state
from innovation.refusal import ActionRefused


class ProgramActionError(ActionRefused):
    """The program cannot do this now; `reason` names why (the view words it)."""


@dataclass
class ProgramFields:
    """What an organizer writes about a program: names, descriptions and the timeline (aware datetimes)."""

    name: str
    slug: str
    name_en: str = ""
    description: str = ""
    description_en: str = ""
    timeline: dict[str, datetime | None] | None = None


def _describe(program: Program) -> dict[str, object]:
    described: dict[str, object] = {
        name: getattr(program, name) for name in ("name", "name_en", "slug", "description", "description_en")
    }
    for name in TIMELINE_DATES:
        value = getattr(program, name)
        described[name] = value.isoformat() if value else None
    return described


def slug_taken(slug: str, program: Program | None = None) -> bool:
    """Whether another program uses `slug`."""
    query = select(Program.id).where(Program.slug == slug)
    if program is not None:
        query = query.where(Program.id != program.id)
    return db.session.scalar(query) is not None


def create_program(
    name: str,
    slug: str,
    actor: User | None,
    state: ProgramState = ProgramState.DRAFT,
    description: str = "",
    timeline: dict[str, datetime] | None = None,
    name_en: str = "",
    description_en: str = "",
) -> Program:
    """Add a program with its timeline (aware datetimes), audited; flushed, not committed."""
    program = Program(
        name=name,
        slug=slug,
        state=state,
        description=description,
        name_en=name_en,
        description_en=description_en,
        **(timeline or {}),
    )
    db.session.add(program)
    db.session.flush()
    record_action(actor.id if actor else None, "create_program", program, after={"slug": slug})
    return program


def start_program(fields: ProgramFields, actor: User) -> Program:
    """A site admin's new program, as a draft with its timeline (committed)."""
    program = create_program(
        fields.name,
        fields.slug,
        actor,
        description=fields.description,
        timeline={name: value for name, value in (fields.timeline or {}).items() if value is not None},
        name_en=fields.name_en,
        description_en=fields.description_en,
    )
    db.session.commit()
    return program


def update_program(program: Program, actor: User, fields: ProgramFields) -> None:
    """Save an organizer's edit of names, descriptions and dates."""
    if program.state == ProgramState.ARCHIVED:
        raise ProgramActionError("archived")
    before = _describe(program)
    program.name, program.name_en, program.slug = fields.name, fields.name_en, fields.slug
    program.description, program.description_en = fields.description, fields.description_en
    for name, value in (fields.timeline or {}).items():
        setattr(program, name, value)
    after = _describe(program)
    if before != after:
        record_action(actor.id, "update_program", program, before=before, after=after)
    db.session.commit()


def advance_program(program: Program, actor: User, expected: ProgramState) -> ProgramState:
    """Move the program one step on from `expected` (where the organizer saw it), ahead of its dates.

    Refused (`ProgramActionError("state_changed")`) when the program moved meanwhile, so a confirmation
    page left open does not skip a step.
    """
    if effective_state(program) != expected:
        raise ProgramActionError("state_changed")
    target = next_state(expected)
    if target is None:
        raise ProgramActionError("last_state")
    result = db.session.execute(
        update(Program)
        .where(Program.id == program.id, Program.state == program.state)
        .values(state=target)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        raise ProgramActionError("state_changed")
    record_action(
        actor.id, "advance_program", program, before={"state": expected.value}, after={"state": target}
    )
    db.session.commit()
    db.session.refresh(program)
    return target


def grant_program_role(
    program: Program,
    user: User,
    role: ProgramRoleName,
    actor: User | None,
    organization: Organization | None = None,
) -> ProgramRole:
    """Give `user` a role in `program` (idempotent), recorded in the audit log."""
    existing = db.session.scalar(
        select(ProgramRole).where(
            ProgramRole.program_id == program.id, ProgramRole.user_id == user.id, ProgramRole.role == role
        )
    )
    if existing is not None:
        return existing
    program_role = ProgramRole(program=program, user=user, role=role, organization=organization)
    db.session.add(program_role)
    db.session.flush()
    record_action(
        actor.id if actor else None, "grant_program_role", program_role, after={"user": user.id, "role": role}
    )
    return program_role


def program_stats(program: Program) -> dict[str, object]:
    """The program's figures for scripts and checks (`flask program stats SLUG --json`)."""
    from challenges.applications.models import RECEIVED_STATES, Application, ApplicationState
    from challenges.models import Challenge, ChallengeState

    counts = dict(
        db.session.execute(
            select(Challenge.state, func.count(Challenge.id))
            .where(Challenge.program_id == program.id)
            .group_by(Challenge.state)
        ).all()
    )
    application_rows = db.session.execute(
        select(Application.state, Application.lang, func.count(Application.id))
        .join(Challenge, Challenge.id == Application.challenge_id)
        .where(Challenge.program_id == program.id)
        .group_by(Application.state, Application.lang)
    ).all()
    by_state = {state.value: 0 for state in ApplicationState}
    by_lang = {"vi": 0, "en": 0}
    for state, lang, number in application_rows:
        by_state[state.value] += number
        if state in RECEIVED_STATES:
            by_lang[lang] = by_lang.get(lang, 0) + number
    return {
        "program": program.slug,
        "state": effective_state(program).value,
        "challenges": {state.value: counts.get(state, 0) for state in ChallengeState},
        "applications": by_state,
        "applications_received": sum(by_lang.values()),
        "applications_by_lang": by_lang,
    }
