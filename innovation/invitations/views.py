"""Invitation pages: the organizer's list and form, withdrawing with a confirmation, accepting a link."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user
from werkzeug.wrappers import Response
from wtforms import SelectChoice

from innovation.auth.operations import EmailTakenError, find_user
from innovation.auth.sessions import sign_in
from innovation.auth.views import ui_locale
from innovation.forms import ConfirmForm
from innovation.invitations import operations
from innovation.invitations.forms import NO_ORGANIZATION, AcceptInvitationForm, InvitationForm
from innovation.invitations.models import Invitation
from innovation.organizations.models import OrganizationKind
from innovation.programs.models import Program, ProgramRoleName
from innovation.security import Role, get_invitation_for, get_program_for, roles_required

bp = Blueprint("invitations", __name__)


def _organization_choices(program: Program) -> list[SelectChoice]:
    return [SelectChoice(NO_ORGANIZATION, gettext("— none —"))] + [
        SelectChoice(organization.id, organization.name)
        for organization in operations.program_organizations(program)
    ]


@bp.route("/programs/<slug>/invitations", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def manage(slug: str) -> str | Response:
    """Invite challenge owners and judges; see who accepted; withdraw unused links."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    form = InvitationForm()
    form.organization_id.choices = _organization_choices(program)
    if form.validate_on_submit():
        organizations = {
            organization.id: organization for organization in operations.program_organizations(program)
        }
        new_organization = (
            (form.new_organization.data, OrganizationKind(form.new_organization_kind.data))
            if form.new_organization.data
            else None
        )
        try:
            operations.create_invitation(
                program,
                current_user,
                form.email.data,
                form.name.data,
                ProgramRoleName(form.role.data),
                organizations.get(form.organization_id.data),
                ui_locale(),
                new_organization=new_organization,
            )
        except operations.RoleHeldError:
            form.email.errors.append(gettext("This person already holds this role in the program."))
        except operations.InvitationOpenError:
            form.email.errors.append(
                gettext("An open invitation for this person and role exists already: withdraw it first.")
            )
        else:
            flash(gettext("Invitation sent to %(email)s.", email=form.email.data), "success")
            return redirect(url_for("invitations.manage", slug=program.slug))
    return render_template(
        "invitations/manage.html",
        program=program,
        form=form,
        invitations=operations.program_invitations(program),
    )


@bp.route("/programs/<slug>/invitations/<int:invitation_id>/revoke", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def revoke(slug: str, invitation_id: int) -> str | Response:
    """Withdraw an unused invitation, after the organizer confirms it on a page of its own."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    invitation = get_invitation_for(current_user, program, invitation_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        if operations.revoke_invitation(invitation, current_user):
            flash(gettext("The invitation to %(email)s is withdrawn.", email=invitation.email), "info")
        else:
            flash(gettext("This invitation was already used or withdrawn."), "warning")
        return redirect(url_for("invitations.manage", slug=program.slug))
    return render_template("invitations/revoke.html", program=program, invitation=invitation, form=form)


def _welcome(invitation: Invitation) -> Response:
    flash(gettext("Welcome to %(program)s.", program=invitation.target_name), "success")
    return redirect(url_for("main.home"))


@bp.route("/invitations/<token>", methods=["GET", "POST"])
def accept(token: str) -> str | Response | tuple[str, int]:
    """Accept an invitation: as the signed-in invitee, or by creating the invitee's account."""
    invitation = operations.find_invitation(token)
    if invitation is None:
        abort(404)
    signed_in = current_user.is_authenticated
    if signed_in and invitation.accepted_by_id == current_user.id:
        return _welcome(invitation)  # a second click on the button that already worked
    if not invitation.is_usable:
        return render_template("invitations/unusable.html", invitation=invitation), 410
    if signed_in:
        if current_user.email != invitation.email:
            return render_template("invitations/other_account.html", invitation=invitation), 403
        form = ConfirmForm()
        if form.validate_on_submit():
            try:
                operations.accept_invitation(invitation, current_user)
            except operations.InStartupError:
                flash(
                    gettext("You belong to a startup already: one account belongs to one startup."), "error"
                )
                return redirect(url_for("main.home"))
            except operations.InvitationUsedError:
                if invitation.accepted_by_id != current_user.id:
                    return render_template("invitations/unusable.html", invitation=invitation), 410
            return _welcome(invitation)
        return render_template("invitations/accept.html", invitation=invitation, form=form)
    if find_user(invitation.email) is not None:
        flash(gettext("You already have an account: sign in to accept the invitation."))
        return redirect(url_for("auth.login", next=request.path))
    new_account = AcceptInvitationForm(name=invitation.name)
    if new_account.validate_on_submit():
        try:
            user = operations.accept_invitation_as_new_user(
                invitation, new_account.name.data, new_account.password.data, ui_locale()
            )
        except EmailTakenError:
            flash(gettext("You already have an account: sign in to accept the invitation."))
            return redirect(url_for("auth.login", next=request.path))
        except operations.InvitationUsedError:
            flash(gettext("This invitation has just been accepted. Sign in with the account it created."))
            return redirect(url_for("auth.login"))
        sign_in(user)
        return _welcome(invitation)
    return render_template("invitations/new_account.html", invitation=invitation, form=new_account)
