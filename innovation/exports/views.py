"""Downloads for a program's organizers: its applications, screening results, judges' scores, judging
results and decisions, as CSV or XLSX, for the whole program or one challenge."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request
from flask_login import current_user

from challenges.models import Challenge
from innovation.converters import MAX_ID
from innovation.exports import operations, tables
from innovation.exports.writers import CSV_TYPE, XLSX_TYPE, csv_bytes, xlsx_bytes
from innovation.security import Role, get_program_challenges, roles_required

bp = Blueprint("exports", __name__)

FORMATS = ("csv", "xlsx")


@bp.get("/programs/<slug>/exports")
@roles_required(Role.ORGANIZER)
def index(slug: str) -> str:
    """What can be downloaded: each table for the whole program and for each challenge."""
    program, challenges = get_program_challenges(current_user, slug)
    return render_template(
        "exports/index.html", program=program, challenges=challenges, tables=tables.TABLES, formats=FORMATS
    )


def _chosen_challenge(challenges: list[Challenge]) -> Challenge | None:
    """The `?challenge=<id>` of this program (None when not given); anything else is a 404."""
    value = request.args.get("challenge", "")
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or len(value) > 19 or int(value) > MAX_ID:
        abort(404)
    found = next((challenge for challenge in challenges if challenge.id == int(value)), None)
    if found is None:
        abort(404)
    return found


@bp.get("/programs/<slug>/exports/<table>.<fmt>")
@roles_required(Role.ORGANIZER)
def download(slug: str, table: str, fmt: str) -> Response:
    """One table as CSV or XLSX, or (`all.xlsx`) every table as the sheets of one workbook."""
    program, challenges = get_program_challenges(current_user, slug)
    if fmt not in FORMATS or not (table in tables.TABLES or (table == "all" and fmt == "xlsx")):
        abort(404)
    challenge = _chosen_challenge(challenges)
    built = tables.build(table, program, challenge)
    operations.record_export(program, current_user, table, fmt, challenge)
    if fmt == "csv":
        body, mimetype = csv_bytes(built[0].header, built[0].rows), CSV_TYPE
    else:
        body, mimetype = xlsx_bytes(built), XLSX_TYPE
    name = f"{program.slug}-{table}" + (f"-challenge-{challenge.id}" if challenge else "") + f".{fmt}"
    return Response(
        body,
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )
