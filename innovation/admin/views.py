"""Site-admin pages: the people on the platform and their access."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user
from werkzeug.wrappers import Response

from innovation.admin.forms import UserActiveForm
from innovation.admin.operations import set_user_active, users_page
from innovation.security import Role, get_account_for, roles_required

bp = Blueprint("admin", __name__)


@bp.get("/users")
@roles_required(Role.ADMIN)
def users() -> str:
    """Every account, newest first."""
    return render_template("admin/users.html", users=users_page())


@bp.route("/users/<int:user_id>/active", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def user_active(user_id: int) -> str | Response:
    """Deactivate or reactivate an account after a confirmation page (an admin cannot lock themselves out)."""
    account = get_account_for(current_user, user_id)
    form = UserActiveForm(active=request.args.get("active"))
    if request.method == "GET":
        if form.active.data not in {"0", "1"}:
            abort(400)
        return render_template("admin/user_active.html", account=account, form=form)
    if not form.validate_on_submit():
        abort(400)
    if account.id == current_user.id:
        flash(gettext("You cannot deactivate your own account."), "error")
    else:
        set_user_active(account, form.active.data == "1", current_user)
        flash(gettext("Account updated."), "success")
    return redirect(url_for("admin.users"))
