"""Account settings pages: profile and language, password, e-mail address, signing out everywhere."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, session, url_for
from flask_babel import gettext
from flask_login import current_user, login_required
from werkzeug.wrappers import Response
from wtforms import PasswordField

from innovation.account.forms import AccountForm, EmailChangeForm, PasswordChangeForm
from innovation.auth import operations, throttle
from innovation.auth.passwords import verify_password
from innovation.auth.sessions import live_sessions, sign_out, token_hash
from innovation.forms import ConfirmForm
from innovation.i18n import LOCALE_SESSION_KEY

bp = Blueprint("account", __name__)


def _page(**forms: object) -> str:
    defaults = {
        "account_form": AccountForm(obj=current_user),
        "password_form": PasswordChangeForm(prefix="password"),
        "email_form": EmailChangeForm(prefix="change"),
        "sessions_form": ConfirmForm(),
    }
    defaults.update(forms)
    return render_template(
        "account/settings.html",
        sessions=live_sessions(current_user),
        current_session_hash=token_hash(current_user.session_token),
        **defaults,
    )


def _proves_identity(field: PasswordField) -> bool:
    """Whether the current password was typed right; wrong ones count like failed sign-ins."""
    client = throttle.client_key("login")
    if throttle.is_exhausted("LOGIN_RATE_LIMIT", client):
        field.errors.append(gettext("Too many wrong passwords. Please wait a minute and try again."))
        return False
    if verify_password(current_user.password_hash, field.data):
        return True
    throttle.count("LOGIN_RATE_LIMIT", client)
    field.errors.append(gettext("This is not your current password."))
    return False


@bp.get("/")
@login_required
def settings() -> str:
    """The account settings page."""
    return _page()


@bp.post("/profile")
@login_required
def profile() -> str | Response:
    """Change name and language."""
    form = AccountForm()
    if not form.validate_on_submit():
        return _page(account_form=form)
    operations.update_account(current_user, form.name.data, form.locale.data)
    session[LOCALE_SESSION_KEY] = form.locale.data
    flash(gettext("Your account is saved."), "success")
    return redirect(url_for("account.settings"))


@bp.post("/password")
@login_required
def password() -> str | Response:
    """Change the password; every other session of the account ends."""
    form = PasswordChangeForm(prefix="password")
    if form.validate_on_submit() and _proves_identity(form.current_password):
        operations.set_password(
            current_user, form.password.data, keep_session_token=current_user.session_token
        )
        flash(gettext("Your password is changed. Every other device has been signed out."), "success")
        return redirect(url_for("account.settings"))
    return _page(password_form=form)


@bp.post("/email")
@login_required
def email() -> str | Response:
    """Ask to move the account to a new address: it changes once the link sent there is followed."""
    form = EmailChangeForm(prefix="change")
    if form.validate_on_submit() and _proves_identity(form.current_password):
        operations.request_email_change(current_user, form.email.data)
        flash(
            gettext(
                "Open the link we sent to %(email)s to confirm it. Until then your address stays %(old)s.",
                email=form.email.data,
                old=current_user.email,
            ),
            "info",
        )
        return redirect(url_for("account.settings"))
    return _page(email_form=form)


@bp.get("/email/confirm/<token>")
def confirm_email_change(token: str) -> Response:
    """Follow the link sent to the new address."""
    user = operations.confirm_email_change(token)
    if user is None:
        flash(
            gettext("This link is invalid, used or expired, or the address is taken. Ask for a new one."),
            "error",
        )
    else:
        flash(gettext("Your e-mail address is now %(email)s.", email=user.email), "success")
    return redirect(url_for("account.settings") if current_user.is_authenticated else url_for("auth.login"))


@bp.post("/sessions/end")
@login_required
def end_sessions() -> Response:
    """Sign out on every device, this one included."""
    if ConfirmForm().validate_on_submit():
        operations.sign_out_everywhere(current_user)
        sign_out()
        flash(gettext("You are signed out on every device."), "info")
        return redirect(url_for("auth.login"))
    return redirect(url_for("account.settings"))
