"""Language and time zone selection for Flask-Babel."""

from __future__ import annotations

from flask import current_app, request, session
from flask_login import current_user

LOCALE_SESSION_KEY = "locale"
# The language of every visitor whose browser asks for none of the UI languages (Korean, Japanese, Finnish
# judges): English is the one they are likelier to read than the Vietnamese default.
FOREIGN_LOCALE = "en"


def available_locales() -> tuple[str, ...]:
    """The UI languages, default first."""
    return tuple(current_app.config["LANGUAGES"])


def select_locale() -> str:
    """The signed-in user's choice, else this browser's choice, else Accept-Language, else the default.

    A browser that asks only for other languages gets English; one that asks for nothing (a crawler, a
    health check) gets the configured default, Vietnamese.
    """
    locales = available_locales()
    if current_user and current_user.is_authenticated and current_user.locale in locales:
        return str(current_user.locale)
    chosen = session.get(LOCALE_SESSION_KEY)
    if chosen in locales:
        return str(chosen)
    if not request.accept_languages:
        return str(current_app.config["BABEL_DEFAULT_LOCALE"])
    return request.accept_languages.best_match(locales) or FOREIGN_LOCALE


def select_timezone() -> str:
    """Every date is shown in the centre's time zone (Asia/Ho_Chi_Minh)."""
    return str(current_app.config["TIMEZONE"])
