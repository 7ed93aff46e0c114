"""Site-admin pages: the people on the platform and their access."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext
from flask_login import current_user
from werkzeug.wrappers import Response

from innovation.admin.forms import UserActiveForm
from innovation.admin.operations import set_user_active, users_page
from innovation.auth.models import User
from innovation.extensions import db
from innovation.security import Role, roles_required

bp = Blueprint("admin", __name__)


@bp.get("/users")
@roles_required(Role.ADMIN)
def users() -> str:
    """Every account, newest first."""
    return render_template("admin/users.html", users=users_page(), form=UserActiveForm())


@bp.post("/users/<int:user_id>/active")
@roles_required(Role.ADMIN)
def user_active(user_id: int) -> Response:
    """Deactivate or reactivate an account (an admin cannot lock themselves out)."""
    user = db.session.get(User, user_id) or abort(404)
    form = UserActiveForm()
    if not form.validate_on_submit():
        abort(400)
    if user.id == current_user.id:
        flash(gettext("You cannot deactivate your own account."), "error")
    else:
        set_user_active(user, form.active.data == "1", current_user)
        flash(gettext("Account updated."), "success")
    return redirect(url_for("admin.users"))
