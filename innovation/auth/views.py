"""Account pages: register, confirm, sign in and out, password reset."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale, gettext
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from innovation.auth import operations, throttle
from innovation.auth.forms import EmailForm, LoginForm, RegisterForm, ResetPasswordForm
from innovation.auth.models import normalize_email
from innovation.auth.sessions import sign_in, sign_out
from innovation.redirects import safe_next

bp = Blueprint("auth", __name__)


def too_many_from_client() -> str:
    """The message of a refused attempt from a client over its limit."""
    return gettext("Too many attempts from your network in a short time. Please wait a minute and try again.")


def ui_locale() -> str:
    """The language the visitor is reading the site in."""
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


@bp.route("/register", methods=["GET", "POST"])
def register() -> str | Response | tuple[str, int]:
    """A founder registers; the answer is the same whether or not the address has an account."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        if not throttle.take("REGISTER_RATE_LIMIT", throttle.client_key("register")):
            form.form_errors.append(too_many_from_client())
            return render_template("auth/register.html", form=form), 429
        operations.register_startup_founder(
            form.name.data,
            form.email.data,
            form.password.data,
            form.startup_name.data,
            form.country.data,
            ui_locale(),
        )
        flash(
            gettext("Almost done: open the link we sent to %(email)s to confirm it.", email=form.email.data)
        )
        return redirect(url_for("auth.login"))
    return render_template("auth/register.html", form=form)


@bp.get("/confirm/<token>")
def confirm(token: str) -> Response:
    """Follow the e-mailed confirmation link."""
    user = operations.confirm_email(token)
    if user is None:
        flash(gettext("This confirmation link is invalid or has expired. Sign in to get a new one."), "error")
        return redirect(url_for("auth.login"))
    flash(gettext("Your e-mail address is confirmed. Welcome!"), "success")
    return redirect(url_for("main.home") if current_user.is_authenticated else url_for("auth.login"))


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    """Sign in.

    Two limits, counting only wrong passwords: one per client, which refuses everything from a client
    that keeps guessing; one per e-mail address, which refuses further wrong guesses at an address from
    anywhere but still lets its owner in with the right password (and tells the owner by e-mail).
    """
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("auth/login.html", form=form)
    client = throttle.client_key("login")
    if throttle.is_exhausted("LOGIN_RATE_LIMIT", client):
        form.form_errors.append(too_many_from_client())
        return render_template("auth/login.html", form=form), 429
    user, password_ok = operations.check_password(form.email.data, form.password.data)
    if user is not None and password_ok and user.active:
        if not user.confirmed:
            if operations.may_mail_account(user.email):
                operations.send_confirmation(user)
            form.form_errors.append(
                gettext("Please confirm your e-mail address first: we have sent you a new link.")
            )
            return render_template("auth/login.html", form=form)
        operations.record_sign_in(user, form.password.data)
        sign_in(user, remember=form.remember.data)
        return redirect(safe_next(request.args.get("next"), url_for("main.home")))
    address = throttle.address_key("login", normalize_email(form.email.data))
    address_exhausted = throttle.is_exhausted("LOGIN_RATE_LIMIT", address)
    throttle.count("LOGIN_RATE_LIMIT", client, address)
    if address_exhausted:
        alert = throttle.address_key("alert", normalize_email(form.email.data))
        if user is not None and throttle.take("SIGN_IN_ALERT_RATE_LIMIT", alert):
            operations.warn_of_failed_sign_ins(user)
        form.form_errors.append(
            gettext(
                "Too many wrong passwords for this address. Try again in a minute with the right one, "
                "or reset your password."
            )
        )
        return render_template("auth/login.html", form=form), 429
    form.form_errors.append(gettext("Wrong e-mail or password."))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> Response:
    """Sign out: this browser's session ends on the server too."""
    sign_out()
    flash(gettext("You are signed out."), "info")
    return redirect(url_for("main.home"))


@bp.route("/forgot", methods=["GET", "POST"])
def forgot_password() -> str | Response | tuple[str, int]:
    """Ask for a reset link; the answer does not say whether the address has an account."""
    form = EmailForm()
    if form.validate_on_submit():
        if not throttle.take("LOGIN_RATE_LIMIT", throttle.client_key("forgot")):
            form.form_errors.append(too_many_from_client())
            return render_template("auth/forgot.html", form=form), 429
        operations.request_password_reset(form.email.data)
        flash(gettext("If an account uses %(email)s, a reset link is on its way.", email=form.email.data))
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> str | Response:
    """Choose a new password from an e-mailed link; every session of the account ends."""
    user = operations.user_for_reset_token(token)
    if user is None:
        flash(gettext("This reset link is invalid, used or expired. Ask for a new one."), "error")
        return redirect(url_for("auth.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        operations.reset_password(user, form.password.data)
        if current_user.is_authenticated:
            sign_out()
        flash(gettext("Your password is changed. Sign in with the new one."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form)
