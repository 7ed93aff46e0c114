"""Startup pages: the shared profile, the team, the applications' status, the data export and deletion."""

from __future__ import annotations

import json

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_babel import gettext
from flask_login import current_user, logout_user
from werkzeug.wrappers import Response as WerkzeugResponse

from challenges.startups import operations
from challenges.startups.forms import DeletionForm, StartupProfileForm, TeamInvitationForm
from innovation.auth.passwords import verify_password
from innovation.auth.views import ui_locale
from innovation.decisions.reports import told_to_applicants
from innovation.forms import ConfirmForm
from innovation.invitations import operations as invitations
from innovation.pitchday.operations import pitches_of
from innovation.security import (
    Role,
    get_team_invitation_for,
    roles_required,
    startup_applications,
    startup_of,
)

bp = Blueprint("startups", __name__, url_prefix="/startup")


def _profile_values(form: StartupProfileForm) -> operations.ProfileFields:
    return operations.ProfileFields(
        name=form.name.data,
        country=form.country.data,
        website=form.website.data or "",
        city=form.city.data or "",
        founded_year=form.founded_year.data,
        team_size=form.team_size.data,
        stage=form.stage.data or None,
        legal_entity=form.legal_entity.data,
        legal_entity_country=form.legal_entity_country.data or "",
        sectors=list(form.sectors.data or []),
        description_vi=form.description_vi.data or "",
        description_en=form.description_en.data or "",
    )


@bp.route("/profile", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def profile() -> str | WerkzeugResponse:
    """View and edit the startup's profile; every team member shares it."""
    startup = startup_of(current_user)
    form = StartupProfileForm(data=operations.profile_values(startup))
    if form.validate_on_submit():
        operations.update_startup_profile(startup, current_user, _profile_values(form))
        flash(gettext("Profile saved."), "success")
        return redirect(url_for("startups.profile"))
    return render_template("startups/profile.html", form=form, startup=startup)


@bp.route("/team", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def team() -> str | WerkzeugResponse:
    """The team: its members, and inviting a colleague by e-mail."""
    startup = startup_of(current_user)
    form = TeamInvitationForm()
    if form.validate_on_submit():
        try:
            invitations.invite_team_member(
                startup, current_user, form.email.data, form.name.data, ui_locale()
            )
        except invitations.InStartupError:
            form.email.errors.append(gettext("This person belongs to a startup already."))
        except invitations.InvitationOpenError:
            form.email.errors.append(gettext("An invitation to this address is open already."))
        except invitations.TooManyInvitationsError:
            form.email.errors.append(gettext("Too many invitations in a short time. Please try again later."))
        else:
            flash(gettext("Invitation sent to %(email)s.", email=form.email.data), "success")
            return redirect(url_for("startups.team"))
    return render_template(
        "startups/team.html",
        startup=startup,
        members=operations.team_of(startup),
        invitations=invitations.startup_invitations(startup),
        form=form,
    )


@bp.route("/team/invitations/<int:invitation_id>/revoke", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def revoke(invitation_id: int) -> str | WerkzeugResponse:
    """Withdraw a team invitation, after a confirmation page."""
    invitation = get_team_invitation_for(current_user, invitation_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        if invitations.revoke_invitation(invitation, current_user):
            flash(gettext("The invitation to %(email)s is withdrawn.", email=invitation.email), "info")
        return redirect(url_for("startups.team"))
    return render_template("startups/revoke.html", invitation=invitation, form=form)


@bp.get("/applications")
@roles_required(Role.STARTUP)
def applications() -> str:
    """Every application of the startup: its state, what happens next, the deadline."""
    startup = startup_of(current_user)
    applications = startup_applications(startup)
    return render_template(
        "startups/applications.html",
        startup=startup,
        applications=applications,
        told=told_to_applicants(applications),
        pitches=pitches_of(applications),
    )


@bp.get("/data.json")
@roles_required(Role.STARTUP)
def export() -> Response:
    """Everything kept about the user and their startup, as a JSON download (Decree 13/2023)."""
    startup_of(current_user)  # a startup member's page, like the others here
    body = json.dumps(operations.export_data(current_user), ensure_ascii=False, indent=2, default=str)
    return Response(
        body,
        mimetype="application/json",
        headers={"Content-Disposition": 'attachment; filename="open-innovation-data.json"'},
    )


@bp.route("/delete", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def delete() -> str | WerkzeugResponse:
    """Delete the account and the startup's data: at once, or scheduled while judging holds it."""
    form = DeletionForm()
    if form.validate_on_submit():
        if not verify_password(current_user.password_hash, form.current_password.data):
            form.current_password.errors.append(gettext("This is not your current password."))
        else:
            outcome = operations.request_deletion(current_user)
            if outcome == "deleted":
                logout_user()  # the session's row went with the account
                flash(gettext("Your account and your data are deleted."), "info")
                return redirect(url_for("main.home"))
            flash(
                gettext(
                    "A program is judging one of your applications: your data will be deleted as soon as "
                    "judging ends. Nothing new can be added meanwhile."
                ),
                "warning",
            )
            return redirect(url_for("startups.applications"))
    return render_template("startups/delete.html", form=form, startup=startup_of(current_user))
