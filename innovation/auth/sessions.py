"""Signed-in sessions kept on the server, so that signing out really ends them.

Flask's session cookie is signed, not stored: a copy of it would stay valid after sign-out. Each sign-in
therefore creates a `UserSession` row whose random token travels in the cookie (through `User.get_id`);
the user loader accepts a cookie only while its row is live. Signing out revokes the row, "sign out
everywhere" and a password change revoke them all, and a remembered sign-in lasts `REMEMBER_COOKIE_DURATION`.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import current_app, request
from flask_babel import lazy_gettext
from flask_login import LoginManager, current_user, login_user, logout_user
from sqlalchemy import select, update

from innovation.auth.models import User, UserSession
from innovation.database import utcnow
from innovation.extensions import db

# A session that is not remembered still ends after a day, even if the browser stays open.
SESSION_LIFETIME = timedelta(days=1)
# How stale "last seen" may get before it is written again (one write per session per interval, not per page).
LAST_SEEN_INTERVAL = timedelta(minutes=10)


def token_hash(token: str) -> str:
    """The stored form of a session token."""
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(user: User, remember: bool = False, user_agent: str = "") -> UserSession:
    """Open a server-side session for `user` (committed); its token is kept on the user for the cookie."""
    token = secrets.token_urlsafe(32)
    lifetime = current_app.config["REMEMBER_COOKIE_DURATION"] if remember else SESSION_LIFETIME
    now = utcnow()
    record = UserSession(
        user_id=user.id,
        token_hash=token_hash(token),
        remember=remember,
        user_agent=user_agent[:200],
        expires_at=now + lifetime,
        last_seen_at=now,
    )
    db.session.add(record)
    db.session.commit()
    user.session_token = token
    return record


def revoke_sessions(user: User, keep_token: str | None = None) -> int:
    """End every live session of `user` except the one holding `keep_token`; how many were ended.

    Added to the caller's transaction (not committed here).
    """
    statement = (
        update(UserSession)
        .where(UserSession.user_id == user.id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if keep_token:
        statement = statement.where(UserSession.token_hash != token_hash(keep_token))
    return db.session.execute(statement).rowcount or 0  # type: ignore[attr-defined]


def load_session_user(cookie_id: str) -> User | None:
    """The user of a live session named by `"<user id>:<token>"`, else None (signed out, expired, forged)."""
    user_id, _, token = cookie_id.partition(":")
    if not user_id.isdigit() or len(user_id) > 18 or not token:
        return None
    row = db.session.execute(
        select(User, UserSession)
        .join(UserSession, UserSession.user_id == User.id)
        .where(
            User.id == int(user_id),
            UserSession.token_hash == token_hash(token),
            UserSession.revoked_at.is_(None),
            UserSession.expires_at > utcnow(),
        )
    ).first()
    if row is None:
        return None
    user, record = row
    user.session_token = token
    if utcnow() - record.last_seen_at > LAST_SEEN_INTERVAL:
        record.last_seen_at = utcnow()
        db.session.commit()
    return user  # type: ignore[no-any-return]


def sign_in(user: User, remember: bool = False) -> None:
    """Start a server-side session and hand it to Flask-Login's cookies."""
    start_session(user, remember, request.headers.get("User-Agent", ""))
    login_user(user, remember=remember)


def sign_out() -> None:
    """End this browser's session on the server and drop its cookies."""
    if current_user.is_authenticated:
        db.session.execute(
            update(UserSession)
            .where(UserSession.token_hash == token_hash(current_user.session_token))
            .values(revoked_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        db.session.commit()
    logout_user()


def configure_login(login_manager: LoginManager) -> None:
    """Tell Flask-Login how to load users and where to send the signed-out."""
    login_manager.login_view = "auth.login"
    login_manager.login_message = lazy_gettext("Please sign in to open this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
    login_manager.user_loader(load_session_user)


def live_sessions(user: User) -> list[UserSession]:
    """The user's sessions that are neither signed out nor expired, newest first."""
    return list(
        db.session.scalars(
            select(UserSession)
            .where(
                UserSession.user_id == user.id,
                UserSession.revoked_at.is_(None),
                UserSession.expires_at > utcnow(),
            )
            .order_by(UserSession.id.desc())
        )
    )
