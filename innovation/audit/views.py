"""The program's audit log for its organizers: filtered, paged, exported as CSV."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request
from flask_login import current_user

from innovation.audit import reports
from innovation.programs.models import ProgramRoleName
from innovation.security import Role, get_program_for, roles_required

bp = Blueprint("audit", __name__)


def _filter_from_query() -> reports.AuditFilter:
    """Read `?actor=&object=&action=`; a malformed actor id is a 400."""
    actor = request.args.get("actor", "").strip()
    if actor and not actor.isdigit():
        abort(400)
    if actor and len(actor) > 12:
        abort(400)
    return reports.AuditFilter(
        actor_id=int(actor) if actor else None,
        object_type=request.args.get("object", "").strip()[:80] or None,
        action=request.args.get("action", "").strip()[:80] or None,
    )


def _page() -> int:
    value = request.args.get("page", "1")
    if not value.isdigit() or not 1 <= int(value[:9]) <= 100_000:
        abort(400)
    return int(value)


@bp.get("/programs/<slug>/audit")
@roles_required(Role.ORGANIZER)
def program_log(slug: str) -> str:
    """Who did what, when, to which object, from which value to which, and why."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    chosen = _filter_from_query()
    page = _page()
    entries, pages = reports.page_of(program, chosen, page)
    return render_template(
        "audit/log.html",
        program=program,
        entries=entries,
        page=page,
        pages=pages,
        chosen=chosen,
        choices=reports.choices(program),
        object_link=lambda entry: reports.object_link(entry, program),
        changed_values=reports.changed_values,
    )


@bp.get("/programs/<slug>/audit.csv")
@roles_required(Role.ORGANIZER)
def program_log_csv(slug: str) -> Response:
    """The filtered log as CSV (every matching row, not one page)."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    body = reports.log_csv(program, _filter_from_query())
    return Response(
        body,
        mimetype="text/csv",
        headers={
            "Content-Disposition": f'attachment; filename="{program.slug}-audit.csv"',
            "Cache-Control": "no-store",
        },
    )
