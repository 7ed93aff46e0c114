"""Home page and language switch."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, session, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from innovation.i18n import LOCALE_SESSION_KEY
from innovation.main.forms import LanguageForm
from innovation.main.operations import set_user_locale
from innovation.redirects import safe_next
from innovation.security import public_programs

bp = Blueprint("main", __name__)


@bp.get("/")
def home() -> str:
    """The landing page: what the program is, its dates, and the way in for each kind of visitor."""
    return render_template("main/home.html", programs=public_programs())


@bp.get("/privacy")
def privacy() -> str:
    """What personal data the platform keeps, why, for how long, and the rights of the people it concerns."""
    return render_template("main/privacy.html")


@bp.post("/language")
def set_language() -> Response:
    """Remember the chosen UI language (for the browser, and for the account when signed in)."""
    form = LanguageForm()
    if form.validate_on_submit():
        session[LOCALE_SESSION_KEY] = form.locale.data
        if current_user.is_authenticated:
            set_user_locale(current_user, form.locale.data)
    return redirect(safe_next(request.form.get("next"), url_for("main.home")))
