"""Site-admin writes."""

from __future__ import annotations

from sqlalchemy import select

from innovation.audit.operations import record_action
from innovation.auth.models import User, normalize_email
from innovation.auth.passwords import hash_password
from innovation.auth.sessions import revoke_sessions
from innovation.database import utcnow
from innovation.extensions import db


def create_site_admin(email: str, name: str, password: str) -> User:
    """Create a confirmed site admin, or promote the existing account with that e-mail."""
    user = db.session.scalar(select(User).where(User.email == normalize_email(email)))
    if user is None:
        user = User(email=email, name=name, password_hash=hash_password(password), confirmed_at=utcnow())
        db.session.add(user)
    user.is_site_admin = True
    db.session.flush()
    record_action(None, "create_site_admin", user, after={"email": user.email})
    db.session.commit()
    return user


def users_page(limit: int = 500) -> list[User]:
    """The newest accounts, for the admin's user list."""
    return list(db.session.scalars(select(User).order_by(User.id.desc()).limit(limit)))


def set_user_active(user: User, active: bool, actor: User) -> None:
    """Switch an account on or off; a deactivated user can no longer sign in and is signed out at once."""
    before = {"active": user.active}
    user.active = active
    if not active:
        revoke_sessions(user)
    record_action(actor.id, "set_user_active", user, before=before, after={"active": active})
    db.session.commit()
