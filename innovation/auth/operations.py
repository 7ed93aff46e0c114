"""Account writes: registration, confirmation, sign-in checks, passwords and e-mail addresses.

Every e-mailed link is built from `BASE_URL` (`innovation.links.external_url`), so none of these needs a
request and none can be steered by a forged Host header.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from innovation.audit.operations import record_action
from innovation.auth.models import User, normalize_email
from innovation.auth.passwords import dummy_hash, dummy_verify, hash_password, needs_rehash, verify_password
from innovation.auth.sessions import revoke_sessions
from innovation.auth.throttle import address_key, take
from innovation.database import utcnow
from innovation.extensions import db
from innovation.links import external_url
from innovation.mail.operations import queue_email
from innovation.organizations.models import OrganizationKind
from innovation.organizations.operations import add_member, create_organization

CONFIRM_SALT = "confirm-email"
RESET_SALT = "reset-password"
CHANGE_EMAIL_SALT = "change-email"


class EmailTakenError(ValueError):
    """An account with this e-mail address exists already."""


def create_user(
    email: str,
    name: str,
    password: str,
    locale: str = "vi",
    confirmed_at: datetime | None = None,
    consent_at: datetime | None = None,
) -> User:
    """Add a user with a hashed password to the session (flushed, not committed).

    Raises `EmailTakenError` when the address is in use, including when a concurrent request took it
    between the check and the insert (the unique index decides; the transaction is then rolled back).
    """
    if find_user(email) is not None:
        raise EmailTakenError(email)
    user = User(
        email=email,
        name=name,
        password_hash=hash_password(password),
        locale=locale,
        confirmed_at=confirmed_at,
        consent_at=consent_at,
    )
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError as exc:
        db.session.rollback()
        raise EmailTakenError(email) from exc
    return user


def find_user(email: str) -> User | None:
    """The account of an e-mail address, in any spelling of it."""
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def register_startup_founder(
    name: str, email: str, password: str, startup_name: str, country: str, locale: str
) -> User | None:
    """A founder's self-registration: the account (consent recorded), their startup, the confirmation mail.

    When the address has an account already, nothing is created and its owner is told by e-mail instead,
    so the page answers exactly as for a new address; returns None then.
    """
    existing = find_user(email)
    if existing is None:
        try:
            user = create_user(email, name, password, locale=locale, consent_at=utcnow())
        except EmailTakenError:
            existing = find_user(email)
        else:
            startup = create_organization(startup_name, OrganizationKind.STARTUP, country=country)
            add_member(startup, user, is_admin=True)
            record_action(user.id, "register", user, after={"startup": startup.id})
            db.session.commit()
            if may_mail_account(user.email):
                send_confirmation(user)
            return user
    dummy_hash()  # the same work as a real registration, so timing does not tell either
    if existing is not None and may_mail_account(existing.email):
        if existing.confirmed:
            queue_email(
                existing.email,
                "account_exists",
                existing.locale,
                {"login": external_url("auth.login"), "reset": external_url("auth.forgot_password")},
            )
        else:
            send_confirmation(existing)
    return None


def may_mail_account(email: str) -> bool:
    """Whether one more unsolicited account e-mail (confirmation, reset, notice) may go to this address.

    Anyone can make the platform write to any address by typing it into a form; this caps how often.
    """
    return take("ACCOUNT_MAIL_RATE_LIMIT", address_key("account-mail", normalize_email(email)))


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _password_fingerprint(user: User) -> str:
    """Changes whenever the password does, so a used reset link stops working."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def confirmation_token(user: User) -> str:
    """A signed token proving the holder received mail at the account's address."""
    return _serializer(CONFIRM_SALT).dumps({"user": user.id, "email": user.email})


def reset_token(user: User) -> str:
    """A signed password-reset token that dies once the password changes."""
    return _serializer(RESET_SALT).dumps({"user": user.id, "fingerprint": _password_fingerprint(user)})


def _load(salt: str, token: str, max_age: int) -> dict[str, object] | None:
    try:
        data = _serializer(salt).loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        return None
    return data if isinstance(data, dict) else None


def _user_of(data: dict[str, object] | None) -> User | None:
    user_id = data.get("user") if data else None
    return db.session.get(User, user_id) if isinstance(user_id, int) else None


def send_confirmation(user: User) -> None:
    """E-mail the link that confirms the account's address (no greeting by name: anyone can type one)."""
    link = external_url("auth.confirm", token=confirmation_token(user))
    queue_email(user.email, "confirm_email", user.locale, {"link": link})


def confirm_email(token: str) -> User | None:
    """Mark the account of a valid confirmation token confirmed; None for a bad or expired token."""
    data = _load(CONFIRM_SALT, token, current_app.config["CONFIRM_TOKEN_MAX_AGE"])
    user = _user_of(data)
    if user is None or data is None or user.email != data.get("email"):
        return None
    if user.confirmed_at is None:
        user.confirmed_at = utcnow()
        record_action(user.id, "confirm_email", user)
        db.session.commit()
    return user


def check_password(email: str, password: str) -> tuple[User | None, bool]:
    """(the account of `email`, whether `password` is its password); the same work when it does not exist."""
    user = find_user(email)
    if user is None:
        dummy_verify()
        return None, False
    return user, verify_password(user.password_hash, password)


def record_sign_in(user: User, password: str) -> None:
    """Note a successful sign-in (and upgrade an outdated password hash on the way)."""
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    db.session.commit()


def warn_of_failed_sign_ins(user: User) -> None:
    """Tell the owner that someone keeps failing to sign in to their account."""
    queue_email(user.email, "sign_in_attempts", user.locale, {"reset": external_url("auth.forgot_password")})


def request_password_reset(email: str) -> None:
    """E-mail a reset link when the account exists; say nothing either way."""
    user = find_user(email)
    if user is None or not user.active or not may_mail_account(user.email):
        return
    link = external_url("auth.reset_password", token=reset_token(user))
    queue_email(user.email, "reset_password", user.locale, {"link": link})


def user_for_reset_token(token: str) -> User | None:
    """The active account a reset link is for, while the link is valid and unused."""
    data = _load(RESET_SALT, token, current_app.config["RESET_TOKEN_MAX_AGE"])
    user = _user_of(data)
    if user is None or data is None or not user.active:
        return None
    if data.get("fingerprint") != _password_fingerprint(user):
        return None
    return user


def set_password(user: User, password: str, keep_session_token: str | None = None, action: str = "") -> None:
    """Set a new password and end every other session of the account (a thief's copy of a cookie too)."""
    user.password_hash = hash_password(password)
    revoke_sessions(user, keep_token=keep_session_token)
    record_action(user.id, action or "change_password", user)
    db.session.commit()
    queue_email(user.email, "password_changed", user.locale, {"reset": external_url("auth.forgot_password")})


def reset_password(user: User, password: str) -> None:
    """Set a new password from a reset link; following the e-mailed link also proves the address."""
    if user.confirmed_at is None:
        user.confirmed_at = utcnow()
    set_password(user, password, action="reset_password")


def change_email_token(user: User, new_email: str) -> str:
    """A signed token for moving the account to `new_email`, tied to the current address."""
    return _serializer(CHANGE_EMAIL_SALT).dumps(
        {"user": user.id, "old": user.email, "new": normalize_email(new_email)}
    )


def request_email_change(user: User, new_email: str) -> None:
    """Send a confirmation link to the new address; the account keeps the old one until it is followed.

    When the new address belongs to another account nothing is sent, and the requester sees the same
    answer, so the form cannot be used to find out who has an account.
    """
    if find_user(new_email) is not None:
        dummy_hash()
        return
    link = external_url("account.confirm_email_change", token=change_email_token(user, new_email))
    queue_email(normalize_email(new_email), "change_email", user.locale, {"link": link})


def confirm_email_change(token: str) -> User | None:
    """Move the account to the address of a valid change token; None when invalid, stale or taken."""
    data = _load(CHANGE_EMAIL_SALT, token, current_app.config["CONFIRM_TOKEN_MAX_AGE"])
    user = _user_of(data)
    if user is None or data is None or user.email != data.get("old") or not isinstance(data.get("new"), str):
        return None
    old_email, new_email = user.email, str(data["new"])
    if find_user(new_email) is not None:
        return None
    user.email = new_email
    user.confirmed_at = user.confirmed_at or utcnow()
    record_action(user.id, "change_email", user, before={"email": old_email}, after={"email": new_email})
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return None
    queue_email(old_email, "email_changed", user.locale, {"new_email": new_email})
    return user


def update_account(user: User, name: str, locale: str) -> None:
    """Save the account's name and language."""
    before = {"name": user.name, "locale": user.locale}
    user.name = name
    user.locale = locale
    after = {"name": user.name, "locale": user.locale}
    if before != after:
        record_action(user.id, "update_account", user, before=before, after=after)
    db.session.commit()


def sign_out_everywhere(user: User) -> int:
    """End every session of the account, this one included; how many were ended."""
    ended = revoke_sessions(user)
    record_action(user.id, "sign_out_everywhere", user, after={"sessions": ended})
    db.session.commit()
    return ended
