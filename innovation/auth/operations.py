"""Account writes: registration, confirmation, sign-in, password reset and invitations."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from flask import current_app, url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select

from innovation.audit.operations import record_action
from innovation.auth.models import Invitation, User, normalize_email
from innovation.auth.passwords import dummy_verify, hash_password, needs_rehash, verify_password
from innovation.database import utcnow
from innovation.extensions import db
from innovation.mail.operations import queue_email
from innovation.organizations.models import Organization, OrganizationKind
from innovation.organizations.operations import add_member, create_organization
from innovation.programs.models import Program, ProgramRoleName
from innovation.programs.operations import grant_program_role

CONFIRM_SALT = "confirm-email"
RESET_SALT = "reset-password"


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
    """Add a user with a hashed password to the session (flushed, not committed)."""
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
    db.session.flush()
    return user


def find_user(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def register_startup_founder(
    name: str, email: str, password: str, startup_name: str, country: str, locale: str
) -> User:
    """A founder's self-registration: the account (consent recorded), their startup, the confirmation mail."""
    user = create_user(email, name, password, locale=locale, consent_at=utcnow())
    startup = create_organization(startup_name, OrganizationKind.STARTUP, country=country)
    add_member(startup, user, is_admin=True)
    record_action(user.id, "register", user, after={"startup": startup.id})
    db.session.commit()
    send_confirmation(user)
    return user


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _password_fingerprint(user: User) -> str:
    """Changes whenever the password does, so a used reset link stops working."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def confirmation_token(user: User) -> str:
    return _serializer(CONFIRM_SALT).dumps({"user": user.id, "email": user.email})


def reset_token(user: User) -> str:
    return _serializer(RESET_SALT).dumps({"user": user.id, "fingerprint": _password_fingerprint(user)})


def _load(salt: str, token: str, max_age: int) -> dict[str, object] | None:
    try:
        data = _serializer(salt).loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        return None
    return data if isinstance(data, dict) else None


def send_confirmation(user: User) -> None:
    link = url_for("auth.confirm", token=confirmation_token(user), _external=True)
    queue_email(user.email, "confirm_email", user.locale, {"name": user.name, "link": link})


def confirm_email(token: str) -> User | None:
    """Mark the account of a valid confirmation token confirmed; None for a bad or expired token."""
    data = _load(CONFIRM_SALT, token, current_app.config["CONFIRM_TOKEN_MAX_AGE"])
    if data is None:
        return None
    user = db.session.get(User, data.get("user"))
    if user is None or user.email != data.get("email"):
        return None
    if user.confirmed_at is None:
        user.confirmed_at = utcnow()
        record_action(user.id, "confirm_email", user)
        db.session.commit()
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, else None (same work whether the e-mail exists or not)."""
    user = find_user(email)
    if user is None:
        dummy_verify()
        return None
    if not verify_password(user.password_hash, password) or not user.active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def request_password_reset(email: str) -> None:
    """E-mail a reset link when the account exists; say nothing either way."""
    user = find_user(email)
    if user is None or not user.active:
        return
    link = url_for("auth.reset_password", token=reset_token(user), _external=True)
    queue_email(user.email, "reset_password", user.locale, {"name": user.name, "link": link})


def user_for_reset_token(token: str) -> User | None:
    data = _load(RESET_SALT, token, current_app.config["RESET_TOKEN_MAX_AGE"])
    if data is None:
        return None
    user = db.session.get(User, data.get("user"))
    if user is None or not user.active or data.get("fingerprint") != _password_fingerprint(user):
        return None
    return user


def reset_password(user: User, password: str) -> None:
    """Set a new password; following the e-mailed link also proves the address."""
    user.password_hash = hash_password(password)
    if user.confirmed_at is None:
        user.confirmed_at = utcnow()
    record_action(user.id, "reset_password", user)
    db.session.commit()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_invitation(
    program: Program,
    inviter: User,
    email: str,
    name: str,
    role: ProgramRoleName,
    organization: Organization | None,
    locale: str,
) -> Invitation:
    """Store an invitation (only the token's hash is kept) and e-mail its link."""
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        program=program,
        role=role,
        email=email,
        name=name,
        organization=organization,
        token_hash=_token_hash(token),
        invited_by_id=inviter.id,
        expires_at=utcnow() + timedelta(days=current_app.config["INVITATION_DAYS"]),
    )
    db.session.add(invitation)
    db.session.flush()
    record_action(
        inviter.id, "create_invitation", invitation, after={"email": invitation.email, "role": role}
    )
    db.session.commit()
    link = url_for("auth.accept_invitation", token=token, _external=True)
    existing = find_user(email)
    queue_email(
        invitation.email,
        "invitation",
        existing.locale if existing else locale,
        {
            "name": name,
            "link": link,
            "program": program.name,
            "role": role.value,
            "inviter": inviter.name,
            "expires_at": invitation.expires_at,
        },
    )
    return invitation


def find_invitation(token: str) -> Invitation | None:
    """The invitation of a link's token, usable or not; None for an unknown token."""
    return db.session.scalar(select(Invitation).where(Invitation.token_hash == _token_hash(token)))


def revoke_invitation(invitation: Invitation, actor: User) -> None:
    if invitation.accepted_at is None and invitation.revoked_at is None:
        invitation.revoked_at = utcnow()
        record_action(actor.id, "revoke_invitation", invitation)
        db.session.commit()


def accept_invitation(invitation: Invitation, user: User) -> None:
    """Give `user` the invited role (and membership of the invited organization); the link is used up."""
    grant_program_role(
        invitation.program, user, invitation.role, actor=user, organization=invitation.organization
    )
    if invitation.organization is not None:
        add_member(invitation.organization, user)
    invitation.accepted_at = utcnow()
    invitation.accepted_by_id = user.id
    record_action(user.id, "accept_invitation", invitation)
    db.session.commit()


def accept_invitation_as_new_user(invitation: Invitation, name: str, password: str, locale: str) -> User:
    """Create the invitee's account; the e-mail is confirmed since the link reached that inbox."""
    now = utcnow()
    user = create_user(invitation.email, name, password, locale=locale, confirmed_at=now, consent_at=now)
    accept_invitation(invitation, user)
    return user
