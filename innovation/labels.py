"""Translated labels of the enumerations users see (roles, organization kinds, program states)."""

from __future__ import annotations

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l

from innovation.organizations.models import OrganizationKind
from innovation.programs.models import ProgramRoleName, ProgramState

ROLE_LABELS: dict[str, LazyString] = {
    "admin": _l("Site admin"),
    ProgramRoleName.ORGANIZER.value: _l("Organizer"),
    ProgramRoleName.CHALLENGE_OWNER.value: _l("Challenge owner"),
    ProgramRoleName.JUDGE.value: _l("Judge"),
    "startup": _l("Startup"),
}

ORGANIZATION_KIND_LABELS: dict[str, LazyString] = {
    OrganizationKind.STARTUP.value: _l("Startup"),
    OrganizationKind.CORPORATE.value: _l("Corporate"),
    OrganizationKind.CITY_AGENCY.value: _l("City agency"),
    OrganizationKind.PARTNER.value: _l("Partner"),
    OrganizationKind.ORGANIZER_CENTRE.value: _l("Organizer centre"),
}


def role_label(role: object) -> str:
    key = getattr(role, "value", role)
    return str(ROLE_LABELS.get(str(key), key))


def organization_kind_label(kind: object) -> str:
    key = getattr(kind, "value", kind)
    return str(ORGANIZATION_KIND_LABELS.get(str(key), key))


def program_state_label(state: ProgramState) -> str:
    return str(PROGRAM_STATE_LABELS.get(state.value, state.value))


PROGRAM_STATE_LABELS: dict[str, LazyString] = {
    ProgramState.DRAFT.value: _l("Draft"),
    ProgramState.CALLING_FOR_CHALLENGES.value: _l("Calling for challenges"),
    ProgramState.OPEN_FOR_APPLICATIONS.value: _l("Open for applications"),
    ProgramState.SCREENING.value: _l("Screening"),
    ProgramState.JUDGING.value: _l("Judging"),
    ProgramState.SHORTLIST_PUBLISHED.value: _l("Shortlist published"),
    ProgramState.PITCH_DAY.value: _l("Pitch day"),
    ProgramState.ARCHIVED.value: _l("Archived"),
}
