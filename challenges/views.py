"""Startup pages: the startup profile (challenges and applications arrive with the next issues)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext
from flask_login import current_user
from werkzeug.wrappers import Response

from challenges.forms import StartupProfileForm
from challenges.operations import update_startup_profile
from innovation.security import Role, roles_required, startup_of

bp = Blueprint("challenges", __name__)


@bp.route("/startup/profile", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def startup_profile() -> str | Response:
    """View and edit the startup's profile; every team member shares it."""
    startup = startup_of(current_user)
    form = StartupProfileForm(obj=startup)
    if form.validate_on_submit():
        update_startup_profile(
            startup, current_user, form.name.data, form.country.data, form.website.data or ""
        )
        flash(gettext("Profile saved."), "success")
        return redirect(url_for("challenges.startup_profile"))
    return render_template("challenges/startup_profile.html", form=form, startup=startup)
