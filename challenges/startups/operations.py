"""Startup writes: the shared profile, the data export and deletion that Decree 13/2023 gives applicants."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select, update

from challenges.applications.decks import deck_path
from challenges.applications.models import Application, ApplicationState, ApplicationVersion, StoredFile
from challenges.models import Challenge
from challenges.startups.models import StartupProfile
from innovation.audit.guard import pseudonymizing
from innovation.audit.models import AuditEntry
from innovation.audit.operations import record_action
from innovation.auth.models import User, UserSession
from innovation.database import utcnow
from innovation.extensions import db
from innovation.invitations.models import Invitation
from innovation.mail.models import OutboxMessage
from innovation.organizations.models import Membership, Organization
from innovation.programs.archive import deleting_personal_data
from innovation.programs.models import ProgramRole, ProgramState
from innovation.programs.timeline import effective_state

# While a program is between its deadline and its decisions, its applications are held for judging.
HOLDING_STATES = (ProgramState.SCREENING, ProgramState.JUDGING)
HELD_APPLICATION_STATES = (
    ApplicationState.SUBMITTED,
    ApplicationState.SCREENED,
    ApplicationState.SHORTLISTED,
    ApplicationState.FINALIST,
)


@dataclass
class ProfileFields:
    """What a team writes about its startup."""

    name: str
    country: str
    website: str = ""
    city: str = ""
    founded_year: int | None = None
    team_size: int | None = None
    stage: str | None = None
    legal_entity: bool = False
    legal_entity_country: str = ""
    sectors: list[str] = field(default_factory=list)
    description_vi: str = ""
    description_en: str = ""


PROFILE_ONLY = (
    "city",
    "founded_year",
    "team_size",
    "stage",
    "legal_entity",
    "legal_entity_country",
    "sectors",
    "description_vi",
    "description_en",
)


def profile_of(startup: Organization) -> StartupProfile:
    """The startup's profile (an empty one until the team writes it)."""
    return startup.startup_profile or StartupProfile(
        organization_id=startup.id,
        city="",
        sectors=[],
        legal_entity=False,
        legal_entity_country="",
        description_vi="",
        description_en="",
    )


def profile_values(startup: Organization) -> dict[str, object]:
    """The profile as the form shows it."""
    values = _describe(startup, profile_of(startup))
    values["stage"] = values["stage"] or ""
    return values


def _describe(startup: Organization, profile: StartupProfile) -> dict[str, object]:
    described: dict[str, object] = {
        "name": startup.name,
        "country": startup.country,
        "website": startup.website,
    }
    described.update({name: getattr(profile, name) for name in PROFILE_ONLY})
    return described


def update_startup_profile(startup: Organization, actor: User, values: ProfileFields) -> None:
    """Save the team's profile; the audit log keeps who changed which fields from what to what."""
    profile = profile_of(startup)
    before = _describe(startup, profile)
    startup.name, startup.country, startup.website = values.name, values.country.upper(), values.website
    for name in PROFILE_ONLY:
        setattr(profile, name, getattr(values, name))
    if not profile.legal_entity:
        profile.legal_entity_country = ""
    db.session.add(profile)
    after = _describe(startup, profile)
    changed = [key for key in after if before[key] != after[key]]
    if changed:
        record_action(
            actor.id,
            "update_startup_profile",
            startup,
            before={key: before[key] for key in changed},
            after={key: after[key] for key in changed},
        )
    db.session.commit()


def team_of(startup: Organization) -> list[User]:
    """The startup's members, oldest first."""
    return list(
        db.session.scalars(
            select(User)
            .join(Membership)
            .where(Membership.organization_id == startup.id)
            .order_by(Membership.id)
        )
    )


def export_data(user: User) -> dict[str, object]:
    """Everything the platform keeps about the user and their startup, as they can take it away."""
    startup = next((m.organization for m in user.memberships if m.organization.kind.value == "startup"), None)
    account = {
        "name": user.name,
        "email": user.email,
        "locale": user.locale,
        "created_at": user.created_at.isoformat(),
        "consent_at": user.consent_at.isoformat() if user.consent_at else None,
        "last_login_at": user.last_login_at.isoformat() if user.last_login_at else None,
    }
    if startup is None:
        return {"account": account}
    profile = profile_of(startup)
    applications = db.session.scalars(
        select(Application).where(Application.startup_id == startup.id).order_by(Application.id)
    )
    return {
        "account": account,
        "startup": _describe(startup, profile),
        "team": [{"name": member.name, "email": member.email} for member in team_of(startup)],
        "applications": [
            {
                "challenge": application.challenge.title,
                "state": application.state.value,
                "current": application.fields(),
                "deck": application.deck.original_name if application.deck else None,
                "consent_at": application.consent_at.isoformat() if application.consent_at else None,
                "consent_version": application.consent_version,
                "versions": [
                    {
                        "number": version.number,
                        "receipt": version.receipt,
                        "submitted_at": version.submitted_at.isoformat(),
                        "data": version.data,
                    }
                    for version in application.versions
                ],
            }
            for application in applications
        ],
    }


def _held_for_judging(startup: Organization) -> list[Challenge]:
    """Challenges whose running program holds one of the startup's applications for judging."""
    rows = db.session.scalars(
        select(Application).where(
            Application.startup_id == startup.id, Application.state.in_(HELD_APPLICATION_STATES)
        )
    )
    return [row.challenge for row in rows if effective_state(row.challenge.program) in HOLDING_STATES]


def request_deletion(user: User) -> str:
    """Delete the user's account and, if they are its last member, their startup's data, at once;
    "scheduled" instead while a running program holds an application for judging, else "deleted"."""
    startup = next((m.organization for m in user.memberships if m.organization.kind.value == "startup"), None)
    last_member = startup is not None and len(team_of(startup)) == 1
    if startup is not None and last_member and _held_for_judging(startup):
        profile = profile_of(startup)
        profile.deletion_requested_at = profile.deletion_requested_at or utcnow()
        db.session.add(profile)
        record_action(user.id, "schedule_data_deletion", startup)
        db.session.commit()
        return "scheduled"
    if startup is not None and last_member:
        _delete_startup(startup)
    _delete_account(user)
    db.session.commit()
    return "deleted"


def _pseudonymize(object_type: str, ids: list[int]) -> None:
    """Audit rows keep the action and lose the personal data of what was deleted."""
    if ids:
        with pseudonymizing(db.session()):
            db.session.execute(
                update(AuditEntry)
                .where(AuditEntry.object_type == object_type, AuditEntry.object_id.in_(ids))
                .values(before={}, after={}, reason="")
                .execution_options(synchronize_session=False)
            )


def _delete_startup(startup: Organization) -> None:
    """Remove the startup and everything it wrote, in SQL (the session forgets the rows afterwards); allowed
    in archived programs too, which the law asks of personal data."""
    with deleting_personal_data(db.session()):
        _delete_startup_rows(startup)


def _delete_startup_rows(startup: Organization) -> None:
    application_ids = list(
        db.session.scalars(select(Application.id).where(Application.startup_id == startup.id))
    )
    files = list(db.session.scalars(select(StoredFile).where(StoredFile.organization_id == startup.id)))
    _pseudonymize("Application", application_ids)
    _pseudonymize("Organization", [startup.id])
    record_action(None, "delete_startup_data", startup, after={"applications": len(application_ids)})
    db.session.flush()
    for stored in files:
        deck_path(stored).unlink(missing_ok=True)
    for statement in (
        delete(ApplicationVersion).where(ApplicationVersion.application_id.in_(application_ids)),
        delete(Application).where(Application.startup_id == startup.id),
        delete(Invitation).where(Invitation.organization_id == startup.id),
        delete(StoredFile).where(StoredFile.organization_id == startup.id),
        delete(StartupProfile).where(StartupProfile.organization_id == startup.id),
        delete(Membership).where(Membership.organization_id == startup.id),
        delete(Organization).where(Organization.id == startup.id),
    ):
        db.session.execute(statement.execution_options(synchronize_session=False))
    db.session.expire_all()


def _delete_account(user: User) -> None:
    """Remove the account, its sessions, roles and e-mails, in SQL."""
    user_id, email = user.id, user.email
    _pseudonymize("User", [user_id])
    record_action(None, "delete_account", user)
    db.session.flush()
    for statement in (
        delete(OutboxMessage).where(OutboxMessage.recipient == email),
        delete(UserSession).where(UserSession.user_id == user_id),
        delete(ProgramRole).where(ProgramRole.user_id == user_id),
        delete(Membership).where(Membership.user_id == user_id),
        delete(User).where(User.id == user_id),
    ):
        db.session.execute(statement.execution_options(synchronize_session=False))
    db.session.expire_all()


def carry_out_scheduled_deletions() -> int:
    """Delete the startups whose deletion was scheduled and that no program holds any more; how many."""
    done = 0
    for profile in db.session.scalars(
        select(StartupProfile).where(StartupProfile.deletion_requested_at.is_not(None))
    ):
        startup = profile.organization
        if _held_for_judging(startup):
            continue
        members = team_of(startup)
        _delete_startup(startup)
        for member in members:
            _delete_account(member)
        done += 1
    db.session.commit()
    return done
