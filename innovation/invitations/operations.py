"""Invitation writes: invite, withdraw, accept; each one transaction that a double click cannot split."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import ColumnElement, select, update
from sqlalchemy.exc import IntegrityError

from innovation.audit.operations import record_action
from innovation.auth.models import User, normalize_email
from innovation.auth.operations import create_user, find_user, may_mail_account
from innovation.auth.throttle import take
from innovation.database import utcnow
from innovation.extensions import db
from innovation.invitations.models import Invitation
from innovation.links import external_url
from innovation.mail.operations import queue_email
from innovation.organizations.models import Organization, OrganizationKind
from innovation.organizations.operations import add_member, create_organization
from innovation.programs.models import Program, ProgramRole, ProgramRoleName
from innovation.programs.operations import grant_program_role


class InvitationError(ValueError):
    """An invitation cannot be made or used; `str()` of it is never shown, the view picks the message."""


class InvitationOpenError(InvitationError):
    """An open invitation for this person and role exists already."""


class RoleHeldError(InvitationError):
    """The invitee already holds this role in the program."""


class InStartupError(InvitationError):
    """The invitee belongs to a startup already (someone belongs to one startup)."""


class TooManyInvitationsError(InvitationError):
    """The startup sent too many invitations in a short time, or this address got too many e-mails."""


class InvitationUsedError(InvitationError):
    """The invitation was accepted, withdrawn or expired before this request could use it."""


def token_hash(token: str) -> str:
    """The stored form of an invitation token."""
    return hashlib.sha256(token.encode()).hexdigest()


def program_organizations(program: Program) -> list[Organization]:
    """The organizations a program works with: those of its people and of its invitations."""
    in_roles = select(ProgramRole.organization_id).where(ProgramRole.program_id == program.id)
    in_invitations = select(Invitation.organization_id).where(Invitation.program_id == program.id)
    return list(
        db.session.scalars(
            select(Organization)
            .where(Organization.id.in_(in_roles.union(in_invitations)))
            .order_by(Organization.name)
        )
    )


def program_invitations(program: Program) -> list[Invitation]:
    """Every invitation of a program, newest first."""
    return list(
        db.session.scalars(
            select(Invitation).where(Invitation.program_id == program.id).order_by(Invitation.id.desc())
        )
    )


def _holds_role(program: Program, email: str, role: ProgramRoleName) -> bool:
    return (
        db.session.scalar(
            select(ProgramRole.id)
            .join(User, User.id == ProgramRole.user_id)
            .where(ProgramRole.program_id == program.id, ProgramRole.role == role, User.email == email)
        )
        is not None
    )


def _withdraw_expired(now: datetime, *conditions: ColumnElement[bool]) -> None:
    """Withdraw the expired open invitations matching `conditions`, so a fresh one may replace them."""
    db.session.execute(
        update(Invitation)
        .where(
            *conditions,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
            Invitation.expires_at <= now,
        )
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )


def create_invitation(
    program: Program,
    inviter: User,
    email: str,
    name: str,
    role: ProgramRoleName,
    organization: Organization | None,
    locale: str,
    new_organization: tuple[str, OrganizationKind] | None = None,
) -> Invitation:
    """Store an invitation (only its token's hash is kept) and e-mail its link.

    Refuses a second open invitation for the same person and role (`InvitationOpenError`) and an
    invitation for a role the person holds (`RoleHeldError`); an expired open one is withdrawn first.
    `new_organization` (name, kind) creates the invitee's organization in the same transaction.
    """
    email = normalize_email(email)
    if _holds_role(program, email, role):
        raise RoleHeldError(email)
    now = utcnow()
    _withdraw_expired(
        now, Invitation.program_id == program.id, Invitation.email == email, Invitation.role == role
    )
    if new_organization is not None:
        organization = create_organization(new_organization[0], new_organization[1])
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        program=program,
        role=role,
        email=email,
        name=name,
        organization=organization,
        token_hash=token_hash(token),
        invited_by_id=inviter.id,
        expires_at=now + timedelta(days=current_app.config["INVITATION_DAYS"]),
    )
    db.session.add(invitation)
    try:
        db.session.flush()
    except IntegrityError as exc:  # the partial unique index: an open invitation exists
        db.session.rollback()
        raise InvitationOpenError(email) from exc
    record_action(
        inviter.id, "create_invitation", invitation, after={"email": invitation.email, "role": role.value}
    )
    db.session.commit()
    existing = find_user(email)
    queue_email(
        invitation.email,
        "invitation",
        existing.locale if existing else locale,
        {
            "name": name,
            "link": external_url("invitations.accept", token=token),
            "program": program.name,
            "role": role.value,
            "inviter": inviter.name,
            "expires_at": invitation.expires_at,
        },
    )
    return invitation


def find_invitation(token: str) -> Invitation | None:
    """The invitation of a link's token, usable or not; None for an unknown token."""
    return db.session.scalar(select(Invitation).where(Invitation.token_hash == token_hash(token)))


def revoke_invitation(invitation: Invitation, actor: User) -> bool:
    """Withdraw an unused invitation; False when it was used or withdrawn already."""
    result = db.session.execute(
        update(Invitation)
        .where(
            Invitation.id == invitation.id, Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None)
        )
        .values(revoked_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        return False
    record_action(actor.id, "revoke_invitation", invitation)
    db.session.commit()
    db.session.refresh(invitation)
    return True


def _claim(invitation: Invitation, user_id: int | None) -> None:
    """Mark the invitation used, in one conditional update; the loser of a race gets `InvitationUsedError`.

    On PostgreSQL a concurrent claim waits for this transaction's row lock and then finds it used.
    """
    now = utcnow()
    result = db.session.execute(
        update(Invitation)
        .where(
            Invitation.id == invitation.id,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
            Invitation.expires_at > now,
        )
        .values(accepted_at=now, accepted_by_id=user_id)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        raise InvitationUsedError(invitation.id)


def _join(invitation: Invitation, user: User) -> None:
    try:
        if invitation.program is not None and invitation.role is not None:
            grant_program_role(
                invitation.program, user, invitation.role, actor=user, organization=invitation.organization
            )
        if invitation.organization is not None:
            add_member(invitation.organization, user)
        db.session.execute(
            update(Invitation)
            .where(Invitation.id == invitation.id)
            .values(accepted_by_id=user.id)
            .execution_options(synchronize_session=False)
        )
        record_action(user.id, "accept_invitation", invitation)
        db.session.commit()
    except IntegrityError as exc:  # a concurrent request granted the same role first
        db.session.rollback()
        raise InvitationUsedError(invitation.id) from exc
    db.session.refresh(invitation)


def accept_invitation(invitation: Invitation, user: User) -> None:
    """Give `user` the invited role (and membership of the invited organization); the link is used up.

    A team invitation is refused (`InStartupError`) to someone who belongs to a startup already.
    """
    if invitation.is_team_invitation and any(
        membership.organization.kind == OrganizationKind.STARTUP for membership in user.memberships
    ):
        raise InStartupError(user.email)
    _claim(invitation, user.id)
    _join(invitation, user)


def accept_invitation_as_new_user(invitation: Invitation, name: str, password: str, locale: str) -> User:
    """Create the invitee's account; the e-mail is confirmed since the link reached that inbox.

    Raises `EmailTakenError` when the address got an account meanwhile (the invitation stays open).
    """
    _claim(invitation, None)
    now = utcnow()
    user = create_user(invitation.email, name, password, locale=locale, confirmed_at=now, consent_at=now)
    _join(invitation, user)
    return user


def appoint_organizers(program: Program, actor: User, emails: list[str], locale: str) -> tuple[int, int]:
    """Make each address an organizer of `program`: its account at once, or by invitation when it has none.

    Returns (granted, invited).
    """
    granted = invited = 0
    for email in dict.fromkeys(emails):
        user = find_user(email)
        if user is not None:
            grant_program_role(program, user, ProgramRoleName.ORGANIZER, actor)
            db.session.commit()
            granted += 1
        else:
            try:
                create_invitation(program, actor, email, "", ProgramRoleName.ORGANIZER, None, locale)
            except InvitationOpenError:
                continue
            invited += 1
    return granted, invited


def invite_team_member(
    startup: Organization, inviter: User, email: str, name: str, locale: str
) -> Invitation:
    """Invite a colleague into the startup's team: they will edit its profile and applications."""
    email = normalize_email(email)
    existing = find_user(email)
    if existing is not None and any(
        membership.organization.kind == OrganizationKind.STARTUP for membership in existing.memberships
    ):
        raise InStartupError(email)
    # Anyone can register a startup, so its invitations are e-mails to any address: capped like sign-up mails.
    if not take("REGISTER_RATE_LIMIT", f"team-invitations:{startup.id}") or not may_mail_account(email):
        raise TooManyInvitationsError(email)
    now = utcnow()
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        program_id=None,
        role=None,
        email=email,
        name=name,
        organization=startup,
        token_hash=token_hash(token),
        invited_by_id=inviter.id,
        expires_at=now + timedelta(days=current_app.config["INVITATION_DAYS"]),
    )
    _withdraw_expired(
        now,
        Invitation.program_id.is_(None),
        Invitation.organization_id == startup.id,
        Invitation.email == email,
    )
    db.session.add(invitation)
    try:
        db.session.flush()
    except IntegrityError as exc:
        db.session.rollback()
        raise InvitationOpenError(email) from exc
    record_action(inviter.id, "invite_team_member", invitation, after={"startup": startup.id})
    db.session.commit()
    queue_email(
        email,
        "team_invitation",
        existing.locale if existing else locale,
        {
            "link": external_url("invitations.accept", token=token),
            "startup": startup.name,
            "inviter": inviter.name,
            "expires_at": invitation.expires_at,
        },
    )
    return invitation


def startup_invitations(startup: Organization) -> list[Invitation]:
    """The startup's team invitations, newest first."""
    return list(
        db.session.scalars(
            select(Invitation)
            .where(Invitation.program_id.is_(None), Invitation.organization_id == startup.id)
            .order_by(Invitation.id.desc())
        )
    )
