"""Account pages: register, confirm, login, logout, password reset, accepting an invitation."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale, gettext
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from innovation.auth import operations
from innovation.auth.forms import (
    AcceptInvitationForm,
    ConfirmForm,
    EmailForm,
    LoginForm,
    RegisterForm,
    ResetPasswordForm,
)
from innovation.auth.models import normalize_email
from innovation.extensions import limiter
from innovation.main.views import safe_next

bp = Blueprint("auth", __name__)


def _login_limit() -> str:
    return str(current_app.config["LOGIN_RATE_LIMIT"])


def _submitted_email() -> str:
    """Rate-limit key: the e-mail an attempt names, so one account cannot be guessed at from many IPs."""
    return "login-email:" + normalize_email(request.form.get("email", ""))


def _failed_attempt(response: Response) -> bool:
    """Only failed attempts count towards the limit (a success redirects)."""
    return response.status_code != 302


def _ui_locale() -> str:
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


@bp.route("/register", methods=["GET", "POST"])
def register() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            operations.register_startup_founder(
                form.name.data,
                form.email.data,
                form.password.data,
                form.startup_name.data,
                form.country.data,
                _ui_locale(),
            )
        except operations.EmailTakenError:
            form.email.errors.append(
                gettext("An account with this e-mail exists already. Sign in or reset your password.")
            )
        else:
            flash(
                gettext(
                    "Almost done: open the link we sent to %(email)s to confirm it.", email=form.email.data
                )
            )
            return redirect(url_for("auth.login"))
    return render_template("auth/register.html", form=form)


@bp.get("/confirm/<token>")
def confirm(token: str) -> Response:
    user = operations.confirm_email(token)
    if user is None:
        flash(gettext("This confirmation link is invalid or has expired. Sign in to get a new one."), "error")
        return redirect(url_for("auth.login"))
    flash(gettext("Your e-mail address is confirmed. Welcome!"), "success")
    return redirect(url_for("main.home") if current_user.is_authenticated else url_for("auth.login"))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed_attempt)
@limiter.limit(_login_limit, methods=["POST"], key_func=_submitted_email, deduct_when=_failed_attempt)
def login() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = operations.authenticate(form.email.data, form.password.data)
        if user is None:
            form.form_errors.append(gettext("Wrong e-mail or password."))
        elif not user.confirmed:
            operations.send_confirmation(user)
            form.form_errors.append(
                gettext("Please confirm your e-mail address first: we have sent you a new link.")
            )
        else:
            login_user(user, remember=form.remember.data)
            return redirect(safe_next(request.args.get("next"), url_for("main.home")))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> Response:
    logout_user()
    flash(gettext("You are signed out."), "info")
    return redirect(url_for("main.home"))


@bp.route("/forgot", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def forgot_password() -> str | Response:
    form = EmailForm()
    if form.validate_on_submit():
        operations.request_password_reset(form.email.data)
        flash(gettext("If an account uses %(email)s, a reset link is on its way.", email=form.email.data))
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> str | Response:
    user = operations.user_for_reset_token(token)
    if user is None:
        flash(gettext("This reset link is invalid, used or expired. Ask for a new one."), "error")
        return redirect(url_for("auth.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        operations.reset_password(user, form.password.data)
        flash(gettext("Your password is changed. Sign in with the new one."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form)


@bp.route("/invitations/<token>", methods=["GET", "POST"])
def accept_invitation(token: str) -> str | Response:
    invitation = operations.find_invitation(token)
    if invitation is None:
        abort(404)
    if not invitation.is_usable:
        return render_template("auth/invitation_unusable.html", invitation=invitation), 410
    if current_user.is_authenticated:
        if current_user.email != invitation.email:
            return render_template("auth/invitation_other_account.html", invitation=invitation), 403
        form = ConfirmForm()
        if form.validate_on_submit():
            operations.accept_invitation(invitation, current_user)
            flash(gettext("Welcome to %(program)s.", program=invitation.program.name), "success")
            return redirect(url_for("main.home"))
        return render_template("auth/invitation_accept.html", invitation=invitation, form=form)
    if operations.find_user(invitation.email) is not None:
        flash(gettext("You already have an account: sign in to accept the invitation."))
        return redirect(url_for("auth.login", next=request.path))
    form = AcceptInvitationForm(name=invitation.name)
    if form.validate_on_submit():
        user = operations.accept_invitation_as_new_user(
            invitation, form.name.data, form.password.data, _ui_locale()
        )
        login_user(user)
        flash(gettext("Welcome to %(program)s.", program=invitation.program.name), "success")
        return redirect(url_for("main.home"))
    return render_template("auth/invitation_new_account.html", invitation=invitation, form=form)
