"""Language and time zone selection for Flask-Babel."""

from __future__ import annotations

from flask import current_app, request, session
from flask_login import current_user

LOCALE_SESSION_KEY = "locale"


def available_locales() -> tuple[str, ...]:
    """The UI languages, default first."""
    return tuple(current_app.config["LANGUAGES"])


def select_locale() -> str:
    """The signed-in user's choice, else this browser's choice, else Accept-Language, else Vietnamese."""
    locales = available_locales()
    if current_user and current_user.is_authenticated and current_user.locale in locales:
        return str(current_user.locale)
    chosen = session.get(LOCALE_SESSION_KEY)
    if chosen in locales:
        return str(chosen)
    return request.accept_languages.best_match(locales) or current_app.config["BABEL_DEFAULT_LOCALE"]


def select_timezone() -> str:
    """Every date is shown in the centre's time zone (Asia/Ho_Chi_Minh)."""
    return str(current_app.config["TIMEZONE"])
