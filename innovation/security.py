"""Who may see what: the role decorator and the object-scoping helpers every view uses."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from flask import abort
from flask_login import current_user
from sqlalchemy import Select, select

from innovation.auth.models import User
from innovation.extensions import db
from innovation.organizations.models import Membership, Organization, OrganizationKind
from innovation.programs.models import Program, ProgramRole, ProgramRoleName

P = ParamSpec("P")
R = TypeVar("R")


class Role(enum.StrEnum):
    """The roles a signed-in user can act in across the site."""

    ADMIN = "admin"
    ORGANIZER = "organizer"
    CHALLENGE_OWNER = "challenge_owner"
    JUDGE = "judge"
    STARTUP = "startup"


def roles_of(user: User) -> set[Role]:
    """Every site-wide role the user holds (from site admin, program roles and memberships)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    roles: set[Role] = set()
    if user.is_site_admin:
        roles.add(Role.ADMIN)
    for program_role in user.program_roles:
        roles.add(Role(program_role.role.value))
    for membership in user.memberships:
        if membership.organization.kind == OrganizationKind.STARTUP:
            roles.add(Role.STARTUP)
    return roles


def has_role(user: User, *roles: Role) -> bool:
    """True when the user holds any of `roles`; site admins hold every role."""
    held = roles_of(user)
    return Role.ADMIN in held or bool(held.intersection(roles))


def roles_required(*roles: Role) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Refuse the view with 401 (to the login page) when signed out and 403 without one of `roles`."""

    def decorator(view: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(view)
        def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
            from innovation.extensions import login_manager

            if not current_user.is_authenticated:
                return login_manager.unauthorized()  # type: ignore[no-any-return]
            if not has_role(current_user, *roles):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def programs_query_for(user: User, *roles: ProgramRoleName) -> Select[tuple[Program]]:
    """Programs in which the user holds one of `roles` (all programs for a site admin)."""
    query = select(Program).order_by(Program.id)
    if user.is_site_admin:
        return query
    role_filter = [ProgramRole.user_id == user.id]
    if roles:
        role_filter.append(ProgramRole.role.in_(roles))
    return query.where(Program.id.in_(select(ProgramRole.program_id).where(*role_filter)))


def get_program_for(user: User, program_id: int, *roles: ProgramRoleName) -> Program:
    """The program if the user holds one of `roles` in it, else 404 (its existence does not leak)."""
    program = db.session.scalar(programs_query_for(user, *roles).where(Program.id == program_id))
    if program is None:
        abort(404)
    return program


def organizations_of(user: User, kind: OrganizationKind | None = None) -> list[Organization]:
    """The organizations the user is a member of, optionally of one kind."""
    query = select(Organization).join(Membership).where(Membership.user_id == user.id)
    if kind is not None:
        query = query.where(Organization.kind == kind)
    return list(db.session.scalars(query.order_by(Organization.id)))


def get_organization_for(user: User, organization_id: int) -> Organization:
    """An organization the user belongs to (or any, for a site admin), else 404."""
    query = select(Organization).where(Organization.id == organization_id)
    if not user.is_site_admin:
        query = query.join(Membership).where(Membership.user_id == user.id)
    organization = db.session.scalar(query)
    if organization is None:
        abort(404)
    return organization
