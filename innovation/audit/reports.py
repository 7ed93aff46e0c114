"""Reading a program's audit log: filters by actor, object type and action, pages, and each row's object."""

from __future__ import annotations

import json
from dataclasses import dataclass

from flask import url_for
from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from innovation.audit.models import AuditEntry
from innovation.auth.models import User
from innovation.extensions import db
from innovation.labels import audit_action_label, audit_object_label
from innovation.programs.models import Program

PAGE_SIZE = 50


@dataclass(frozen=True)
class AuditFilter:
    """What the organizer filters on (None: everything)."""

    actor_id: int | None = None
    object_type: str | None = None
    action: str | None = None


def filtered(program: Program, chosen: AuditFilter) -> Select[tuple[AuditEntry]]:
    """The program's entries matching `chosen`, newest first."""
    query = (
        select(AuditEntry)
        .options(selectinload(AuditEntry.actor))
        .where(AuditEntry.program_id == program.id)
        .order_by(AuditEntry.id.desc())
    )
    if chosen.actor_id is not None:
        query = query.where(AuditEntry.actor_id == chosen.actor_id)
    if chosen.object_type:
        query = query.where(AuditEntry.object_type == chosen.object_type)
    if chosen.action:
        query = query.where(AuditEntry.action == chosen.action)
    return query


def page_of(program: Program, chosen: AuditFilter, page: int) -> tuple[list[AuditEntry], int]:
    """One page of entries and how many pages there are."""
    total = db.session.scalar(select(func.count()).select_from(filtered(program, chosen).subquery())) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    rows = db.session.scalars(filtered(program, chosen).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))
    return list(rows), pages


def choices(program: Program) -> dict[str, list]:
    """The actors, object types and actions found in the program's log (for the filter menus)."""
    in_program = AuditEntry.program_id == program.id
    actors = db.session.execute(
        select(User.id, User.name)
        .where(User.id.in_(select(AuditEntry.actor_id).where(in_program)))
        .order_by(User.name)
    ).all()
    types = db.session.scalars(
        select(AuditEntry.object_type).where(in_program).distinct().order_by(AuditEntry.object_type)
    )
    actions = db.session.scalars(
        select(AuditEntry.action).where(in_program).distinct().order_by(AuditEntry.action)
    )
    return {"actors": list(actors), "types": list(types), "actions": list(actions)}


def object_link(entry: AuditEntry, program: Program) -> str | None:
    """Where the organizer reads the object an entry concerns (None when it has no page of its own)."""
    if entry.object_id is None:
        return None
    pages = {
        "Application": lambda: url_for("applications.show", application_id=entry.object_id),
        "Challenge": lambda: url_for("challenges.show", challenge_id=entry.object_id),
        "Program": lambda: url_for("programs.show", slug=program.slug),
        "ScreeningRun": lambda: url_for("screening.run_page", run_id=entry.object_id),
        "Assignment": lambda: url_for("judging.assignments", slug=program.slug),
        "ConflictDeclaration": lambda: url_for("judging.overview", slug=program.slug),
        "Rubric": lambda: url_for("judging.rubric", slug=program.slug),
        "Invitation": lambda: url_for("invitations.manage", slug=program.slug),
    }
    page = pages.get(entry.object_type)
    return page() if page else None


@dataclass(frozen=True)
class ChangedValue:
    """One field of an audited change: its value before and after (None when absent on that side)."""

    field: str
    before: str | None
    after: str | None


def changed_values(entry: AuditEntry) -> list[ChangedValue]:
    """The fields an entry records, each with its value before and after, in a fixed order."""
    before, after = entry.before or {}, entry.after or {}
    return [
        ChangedValue(
            key, _shown(before[key]) if key in before else None, _shown(after[key]) if key in after else None
        )
        for key in sorted(set(before) | set(after))
    ]


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def log_table(program: Program, chosen: AuditFilter) -> tuple[list[str], list[list[object]]]:
    """The filtered log as a header and rows (every matching entry, oldest first)."""
    from flask_babel import gettext

    header = [
        gettext("When (GMT+7)"),
        gettext("Who"),
        gettext("Action"),
        gettext("Object"),
        gettext("Object id"),
        gettext("Before"),
        gettext("After"),
        gettext("Reason"),
    ]
    from innovation.dates import utc_to_local

    rows = [
        [
            utc_to_local(entry.created_at).strftime("%Y-%m-%d %H:%M:%S"),
            entry.actor.name if entry.actor else "",
            audit_action_label(entry.action),
            audit_object_label(entry.object_type),
            entry.object_id,
            json.dumps(entry.before, ensure_ascii=False, sort_keys=True) if entry.before else "",
            json.dumps(entry.after, ensure_ascii=False, sort_keys=True) if entry.after else "",
            entry.reason,
        ]
        for entry in reversed(list(db.session.scalars(filtered(program, chosen))))
    ]
    return header, rows


def log_csv(program: Program, chosen: AuditFilter) -> bytes:
    """The filtered log as CSV."""
    from innovation.exports.writers import csv_bytes

    header, rows = log_table(program, chosen)
    return csv_bytes(header, rows)
