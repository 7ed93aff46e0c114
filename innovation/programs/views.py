"""Program pages: the programs a user takes part in, and the organizer's invitations."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import get_locale, gettext
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import SelectChoice

from innovation.auth.forms import ConfirmForm, InvitationForm
from innovation.auth.models import Invitation
from innovation.auth.operations import create_invitation, revoke_invitation
from innovation.extensions import db
from innovation.organizations.models import Organization, OrganizationKind
from innovation.programs.models import Program, ProgramRoleName
from innovation.security import Role, get_program_for, programs_query_for, roles_required

bp = Blueprint("programs", __name__)


@bp.get("/")
@login_required
def index() -> str:
    """Every program the signed-in user holds a role in."""
    programs = db.session.scalars(programs_query_for(current_user)).all()
    organizing = {
        program.id
        for program in db.session.scalars(programs_query_for(current_user, ProgramRoleName.ORGANIZER))
    }
    return render_template("programs/index.html", programs=programs, organizing=organizing)


def _organizer_program(slug: str) -> Program:
    program_id = db.session.scalar(select(Program.id).where(Program.slug == slug))
    if program_id is None:
        abort(404)
    return get_program_for(current_user, program_id, ProgramRoleName.ORGANIZER)


def _invitable_organizations() -> list[SelectChoice]:
    kinds = [OrganizationKind.CORPORATE, OrganizationKind.CITY_AGENCY, OrganizationKind.PARTNER]
    organizations = db.session.scalars(
        select(Organization).where(Organization.kind.in_(kinds)).order_by(Organization.name)
    )
    return [SelectChoice(0, gettext("— none —"))] + [SelectChoice(org.id, org.name) for org in organizations]


@bp.route("/<slug>/invitations", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def invitations(slug: str) -> str | Response:
    """Invite challenge owners and judges; see who accepted; withdraw unused links."""
    program = _organizer_program(slug)
    form = InvitationForm()
    form.organization_id.choices = _invitable_organizations()
    if form.validate_on_submit():
        organization = (
            db.session.get(Organization, form.organization_id.data) if form.organization_id.data else None
        )
        create_invitation(
            program,
            current_user,
            form.email.data,
            form.name.data,
            ProgramRoleName(form.role.data),
            organization,
            str(get_locale()),
        )
        flash(gettext("Invitation sent to %(email)s.", email=form.email.data), "success")
        return redirect(url_for("programs.invitations", slug=program.slug))
    sent = db.session.scalars(
        select(Invitation).where(Invitation.program_id == program.id).order_by(Invitation.id.desc())
    ).all()
    return render_template(
        "programs/invitations.html", program=program, form=form, invitations=sent, revoke_form=ConfirmForm()
    )


@bp.post("/<slug>/invitations/<int:invitation_id>/revoke")
@roles_required(Role.ORGANIZER)
def revoke(slug: str, invitation_id: int) -> Response:
    program = _organizer_program(slug)
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None or invitation.program_id != program.id:
        abort(404)
    if ConfirmForm().validate_on_submit():
        revoke_invitation(invitation, current_user)
        flash(gettext("The invitation to %(email)s is withdrawn.", email=invitation.email), "info")
    return redirect(url_for("programs.invitations", slug=program.slug))
