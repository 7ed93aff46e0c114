"""Home page and language switch."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, redirect, render_template, request, session, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from innovation.i18n import LOCALE_SESSION_KEY
from innovation.main.forms import LanguageForm
from innovation.main.operations import set_user_locale

bp = Blueprint("main", __name__)


def safe_next(target: str | None, fallback: str) -> str:
    """`target` when it stays on this site (a relative path), else `fallback`."""
    if not target:
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return fallback
    return target


@bp.get("/")
def home() -> str:
    """The landing page."""
    return render_template("main/home.html")


@bp.post("/language")
def set_language() -> Response:
    """Remember the chosen UI language (for the browser, and for the account when signed in)."""
    form = LanguageForm()
    if form.validate_on_submit():
        session[LOCALE_SESSION_KEY] = form.locale.data
        if current_user.is_authenticated:
            set_user_locale(current_user, form.locale.data)
    return redirect(safe_next(request.form.get("next"), url_for("main.home")))
