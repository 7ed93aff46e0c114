"""Writes behind the home blueprint."""

from __future__ import annotations

from innovation.auth.models import User
from innovation.extensions import db


def set_user_locale(user: User, locale: str) -> None:
    """Store the user's preferred language."""
    user.locale = locale
    db.session.commit()
