"""Program pages: the programs a user takes part in."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from innovation.programs.models import ProgramRoleName
from innovation.security import programs_for

bp = Blueprint("programs", __name__)


@bp.get("/")
@login_required
def index() -> str:
    """Every program the signed-in user holds a role in."""
    organizing = {program.id for program in programs_for(current_user, ProgramRoleName.ORGANIZER)}
    return render_template("programs/index.html", programs=programs_for(current_user), organizing=organizing)
