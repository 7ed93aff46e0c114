"""Who may see what: the role decorator and the object-scoping helpers every view uses.

Every object a view shows or changes is fetched here, with the signed-in user's scope applied; an object
out of scope answers 404, so its existence does not leak.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from datetime import datetime
from typing import ParamSpec, TypeVar

from flask import abort, g
from flask_login import current_user
from sqlalchemy import Select, and_, exists, or_, select
from sqlalchemy.orm import selectinload

from challenges.applications.models import Application, ApplicationState
from challenges.models import Challenge, ChallengeState
from innovation.auth.models import User
from innovation.extensions import db
from innovation.invitations.models import Invitation
from innovation.organizations.models import Membership, Organization, OrganizationKind
from innovation.programs.models import Program, ProgramRole, ProgramRoleName, ProgramState
from screening.models import ScreeningResult, ScreeningRun

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
    """Every site-wide role the user holds (from site admin, program roles and memberships).

    Kept for the rest of the request: the decorator, the navigation and the e-mails all ask.
    """
    if not getattr(user, "is_authenticated", False):
        return set()
    cache = g.setdefault("roles_of", {})
    if user.id not in cache:
        cache[user.id] = _roles_of(user)
    return set(cache[user.id])


def _roles_of(user: User) -> set[Role]:
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


def _found(obj: R | None) -> R:
    if obj is None:
        abort(404)
    return obj


def programs_query_for(user: User, *roles: ProgramRoleName) -> Select[tuple[Program]]:
    """Programs in which the user holds one of `roles` (all programs for a site admin)."""
    query = select(Program).order_by(Program.id)
    if user.is_site_admin:
        return query
    role_filter = [ProgramRole.user_id == user.id]
    if roles:
        role_filter.append(ProgramRole.role.in_(roles))
    return query.where(Program.id.in_(select(ProgramRole.program_id).where(*role_filter)))


def programs_for(user: User, *roles: ProgramRoleName) -> list[Program]:
    """The programs the user takes part in with one of `roles` (any role when none is given)."""
    return list(db.session.scalars(programs_query_for(user, *roles)))


def get_program_for(user: User, slug: str, *roles: ProgramRoleName) -> Program:
    """The program of `slug` if the user holds one of `roles` in it, else 404."""
    return _found(db.session.scalar(programs_query_for(user, *roles).where(Program.slug == slug)))


def get_invitation_for(user: User, program: Program, invitation_id: int) -> Invitation:
    """An invitation of `program` (which the caller fetched through its scope), else 404."""
    return _found(
        db.session.scalar(
            select(Invitation).where(Invitation.id == invitation_id, Invitation.program_id == program.id)
        )
    )


def get_account_for(user: User, account_id: int) -> User:
    """Any account, for a site admin; 404 for everyone else."""
    if not user.is_site_admin:
        abort(404)
    return _found(db.session.get(User, account_id))


def organizations_of(user: User, kind: OrganizationKind | None = None) -> list[Organization]:
    """The organizations the user is a member of, optionally of one kind."""
    query = select(Organization).join(Membership).where(Membership.user_id == user.id)
    if kind is not None:
        query = query.where(Organization.kind == kind)
    return list(db.session.scalars(query.order_by(Organization.id)))


def startup_of(user: User) -> Organization:
    """The startup the user belongs to (a founder or team member belongs to one), else 404."""
    return _found(next(iter(organizations_of(user, OrganizationKind.STARTUP)), None))


def public_programs() -> list[Program]:
    """The programs anyone may read about: announced and not archived, the nearest deadline first."""
    hidden = (ProgramState.DRAFT, ProgramState.ARCHIVED)
    return list(
        db.session.scalars(
            select(Program)
            .where(Program.state.not_in(hidden))
            .order_by(Program.applications_close_at.is_(None), Program.applications_close_at, Program.id)
        )
    )


def _organizes(user: User) -> Select[tuple[int]]:
    return select(ProgramRole.program_id).where(
        ProgramRole.user_id == user.id, ProgramRole.role == ProgramRoleName.ORGANIZER
    )


def _owner_scope(user: User):  # type: ignore[no-untyped-def]
    """Challenges of an organization the user owns challenges for, in the same program."""
    return exists().where(
        ProgramRole.user_id == user.id,
        ProgramRole.role == ProgramRoleName.CHALLENGE_OWNER,
        ProgramRole.program_id == Challenge.program_id,
        ProgramRole.organization_id == Challenge.organization_id,
    )


def managed_challenges_query(user: User) -> Select[tuple[Challenge]]:
    """Challenges the user may manage: all of the programs they organize, their organization's as owner."""
    query = select(Challenge).options(selectinload(Challenge.texts), selectinload(Challenge.sector_rows))
    if user.is_site_admin:
        return query
    return query.where(or_(Challenge.program_id.in_(_organizes(user)), _owner_scope(user)))


def get_challenge_for(user: User, challenge_id: int) -> Challenge:
    """A challenge the user may manage (edit, submit, review), else 404."""
    return _found(db.session.scalar(managed_challenges_query(user).where(Challenge.id == challenge_id)))


def organizes(user: User, program: Program) -> bool:
    """Whether the user is an organizer of `program` (a site admin organizes every program)."""
    if user.is_site_admin:
        return True
    return db.session.scalar(_organizes(user).where(ProgramRole.program_id == program.id)) is not None


def owned_challenges(user: User) -> list[Challenge]:
    """The challenges of the user's organizations, in every program they own challenges in."""
    return list(
        db.session.scalars(
            select(Challenge)
            .options(selectinload(Challenge.texts), selectinload(Challenge.program))
            .where(_owner_scope(user))
            .order_by(Challenge.program_id.desc(), Challenge.id.desc())
        )
    )


def owner_organization(user: User, program: Program) -> Organization:
    """The organization the user posts challenges for in `program`, else 404 (not an owner there)."""
    return _found(
        db.session.scalar(
            select(Organization)
            .join(ProgramRole, ProgramRole.organization_id == Organization.id)
            .where(
                ProgramRole.user_id == user.id,
                ProgramRole.program_id == program.id,
                ProgramRole.role == ProgramRoleName.CHALLENGE_OWNER,
            )
        )
    )


def public_challenges_query() -> Select[tuple[Challenge]]:
    """Challenges anyone may read: published, in a program that is announced and not archived."""
    hidden = (ProgramState.DRAFT, ProgramState.ARCHIVED)
    return (
        select(Challenge)
        .join(Program, Program.id == Challenge.program_id)
        .where(and_(Challenge.state == ChallengeState.PUBLISHED, Program.state.not_in(hidden)))
    )


def get_readable_challenge(user: User, challenge_id: int) -> Challenge:
    """A challenge to show on its page: a public one to anyone, any the user manages to them; else 404.

    A closed challenge stays readable (applicants and judges still refer to it), but leaves the board.
    """
    readable = (
        select(Challenge)
        .join(Program, Program.id == Challenge.program_id)
        .where(
            Challenge.id == challenge_id,
            Challenge.state.in_((ChallengeState.PUBLISHED, ChallengeState.CLOSED)),
            Program.state.not_in((ProgramState.DRAFT,)),
        )
    )
    challenge = db.session.scalar(readable)
    if challenge is None and getattr(user, "is_authenticated", False):
        challenge = db.session.scalar(managed_challenges_query(user).where(Challenge.id == challenge_id))
    return _found(challenge)


def challenge_manager(user: User, challenge: Challenge) -> str | None:
    """How the user manages the challenge: "organizer" (of its program), "owner" (of it), or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    if organizes(user, challenge.program):
        return "organizer"
    owns = db.session.scalar(
        select(ProgramRole.id).where(
            ProgramRole.user_id == user.id,
            ProgramRole.role == ProgramRoleName.CHALLENGE_OWNER,
            ProgramRole.program_id == challenge.program_id,
            ProgramRole.organization_id == challenge.organization_id,
        )
    )
    return "owner" if owns is not None else None


def get_program_challenges(user: User, slug: str) -> tuple[Program, list[Challenge]]:
    """An organizer's program (else 404) and every challenge in it."""
    program = get_program_for(user, slug, ProgramRoleName.ORGANIZER)
    challenges = db.session.scalars(
        select(Challenge)
        .options(selectinload(Challenge.texts), selectinload(Challenge.organization))
        .where(Challenge.program_id == program.id)
        .order_by(Challenge.id)
    )
    return program, list(challenges)


def owners_may_see_applications(program: Program, now: datetime | None = None) -> bool:
    """Owners read the applications to their challenges once the window closed, or earlier if allowed."""
    from innovation.programs.timeline import effective_state

    if program.owners_see_applications_early:
        return True
    return effective_state(program, now).rank > ProgramState.OPEN_FOR_APPLICATIONS.rank


def applications_query_for(user: User) -> Select[tuple[Application]]:
    """Applications the user may read: their startup's; a program's for its organizers; a challenge's for
    its owners once `owners_may_see_applications`; every one for a site admin. Judges see none here."""
    query = select(Application).join(Challenge, Challenge.id == Application.challenge_id)
    if user.is_site_admin:
        return query
    own_startup = Application.startup_id.in_(
        select(Membership.organization_id).where(Membership.user_id == user.id)
    )
    organized = Challenge.program_id.in_(_organizes(user))
    owned = and_(_owner_scope(user), _owners_may_look())
    return query.where(or_(own_startup, organized, owned))


def _owners_may_look():  # type: ignore[no-untyped-def]
    """In SQL: the challenge's program lets its owners read applications now."""
    past_window = (
        ProgramState.SCREENING,
        ProgramState.JUDGING,
        ProgramState.SHORTLIST_PUBLISHED,
        ProgramState.PITCH_DAY,
        ProgramState.ARCHIVED,
    )
    from innovation.database import utcnow

    return Challenge.program_id.in_(
        select(Program.id).where(
            or_(
                Program.owners_see_applications_early.is_(True),
                Program.state.in_(past_window),
                and_(Program.applications_close_at.is_not(None), Program.applications_close_at <= utcnow()),
            )
        )
    )


def get_application_for(user: User, application_id: int) -> Application:
    """An application the user may read, else 404 (a startup changing the id in the address gets 404)."""
    return _found(db.session.scalar(applications_query_for(user).where(Application.id == application_id)))


def get_own_application(user: User, application_id: int) -> Application:
    """An application of the user's own startup (to edit, submit, withdraw), else 404."""
    startup = startup_of(user)
    return _found(
        db.session.scalar(
            select(Application).where(Application.id == application_id, Application.startup_id == startup.id)
        )
    )


def get_challenge_applications(user: User, challenge_id: int) -> tuple[Challenge, list[Application]]:
    """A challenge and its applications (drafts left out) for its organizers, or its owners when they may
    look; else 404."""
    challenge = get_challenge_for(user, challenge_id)
    if challenge_manager(user, challenge) == "owner" and not owners_may_see_applications(challenge.program):
        abort(404)
    applications = db.session.scalars(
        select(Application)
        .options(selectinload(Application.startup))
        .where(Application.challenge_id == challenge.id, Application.state != ApplicationState.DRAFT)
        .order_by(Application.submitted_at, Application.id)
    )
    return challenge, list(applications)


def get_team_invitation_for(user: User, invitation_id: int) -> Invitation:
    """An invitation into the user's own startup team, else 404."""
    startup = startup_of(user)
    return _found(
        db.session.scalar(
            select(Invitation).where(
                Invitation.id == invitation_id,
                Invitation.organization_id == startup.id,
                Invitation.program_id.is_(None),
            )
        )
    )


def startup_applications(startup: Organization) -> list[Application]:
    """The startup's applications (the startup was fetched through `startup_of`), newest first."""
    return list(
        db.session.scalars(
            select(Application)
            .options(selectinload(Application.challenge).selectinload(Challenge.texts))
            .where(Application.startup_id == startup.id)
            .order_by(Application.id.desc())
        )
    )


def get_run_for(user: User, run_id: int) -> ScreeningRun:
    """A screening run of a program the user organizes (any, for a site admin), else 404."""
    run = _found(db.session.get(ScreeningRun, run_id))
    if not organizes(user, run.program):
        abort(404)
    return run


def get_run_challenge_for(user: User, run_id: int, challenge_id: int) -> tuple[ScreeningRun, Challenge, str]:
    """A run and one of its challenges, for the program's organizers or that challenge's owners; with how
    the user manages it ("organizer" or "owner"). Anyone else, or a challenge outside the run: 404."""
    run = _found(db.session.get(ScreeningRun, run_id))
    challenge = _found(db.session.get(Challenge, challenge_id))
    if challenge.program_id != run.program_id or (run.challenge_id not in (None, challenge.id)):
        abort(404)
    manager = challenge_manager(user, challenge)
    if manager is None or (manager == "owner" and not owners_may_see_applications(challenge.program)):
        abort(404)
    return run, challenge, manager


def get_result_for(user: User, result_id: int) -> ScreeningResult:
    """A screening result of a program the user organizes, else 404."""
    result = _found(db.session.get(ScreeningResult, result_id))
    if not organizes(user, result.run.program):
        abort(404)
    return result


def owned_run_challenges(user: User, run: ScreeningRun) -> list[Challenge]:
    """The run's challenges the user may open: all for organizers, their own for owners."""
    query = (
        select(Challenge)
        .options(selectinload(Challenge.texts))
        .where(
            Challenge.program_id == run.program_id,
            Challenge.id.in_(select(ScreeningResult.challenge_id).where(ScreeningResult.run_id == run.id)),
        )
        .order_by(Challenge.id)
    )
    if not organizes(user, run.program):
        query = query.where(_owner_scope(user))
    return list(db.session.scalars(query))


def get_visible_run(user: User, run_id: int) -> ScreeningRun:
    """A run, for its program's organizers, or for owners once it is done and holds one of their
    challenges; else 404."""
    from screening.models import RunState

    run = _found(db.session.get(ScreeningRun, run_id))
    if organizes(user, run.program):
        return run
    if run.state == RunState.DONE and owned_run_challenges(user, run):
        return run
    abort(404)


def get_judge_assignment(user: User, application_id: int):  # type: ignore[no-untyped-def]
    """The user's confirmed assignment to score `application_id`, else 404: an application the judge is
    not assigned to, or conflicted with, or any before they declared their conflicts, does not exist
    for them."""
    from innovation.judging.models import Assignment, AssignmentState
    from innovation.judging.operations import declaration, is_conflicted

    assignment = _found(
        db.session.scalar(
            select(Assignment).where(
                Assignment.judge_id == user.id,
                Assignment.application_id == application_id,
                Assignment.state == AssignmentState.CONFIRMED,
            )
        )
    )
    program = db.session.get(Program, assignment.program_id)
    if declaration(program, user) is None or is_conflicted(program, user, assignment.application):
        abort(404)
    return assignment
