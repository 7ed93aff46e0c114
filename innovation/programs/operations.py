"""Program writes: creating programs and granting per-program roles."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.extensions import db
from innovation.organizations.models import Organization
from innovation.programs.models import Program, ProgramRole, ProgramRoleName, ProgramState


def create_program(
    name: str,
    slug: str,
    actor: User | None,
    state: ProgramState = ProgramState.DRAFT,
    description: str = "",
    timeline: dict[str, datetime] | None = None,
) -> Program:
    """Add a program with its timeline (aware datetimes), recorded in the audit log."""
    program = Program(name=name, slug=slug, state=state, description=description, **(timeline or {}))
    db.session.add(program)
    db.session.flush()
    record_action(actor.id if actor else None, "create_program", program, after={"slug": slug})
    return program


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
