"""Flask-Login wiring: loading the user of a session."""

from __future__ import annotations

from flask_babel import lazy_gettext
from flask_login import LoginManager

from innovation.auth.models import User
from innovation.extensions import db


def configure_login(login_manager: LoginManager) -> None:
    """Tell Flask-Login how to load users and where to send the signed-out."""
    login_manager.login_view = "auth.login"
    login_manager.login_message = lazy_gettext("Please sign in to open this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def _load_user(user_id: str) -> User | None:
        if not user_id.isdigit():
            return None
        return db.session.get(User, int(user_id))
