"""Translated labels of the enumerations users see (roles, kinds, states, sectors, stages, languages)."""

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
    """The label of a value in the UI language (the value itself when unknown)."""
    key = getattr(role, "value", role)
    return str(ROLE_LABELS.get(str(key), key))


def organization_kind_label(kind: object) -> str:
    """The label of a value in the UI language (the value itself when unknown)."""
    key = getattr(kind, "value", kind)
    return str(ORGANIZATION_KIND_LABELS.get(str(key), key))


def program_state_label(state: ProgramState) -> str:
    """The label of a value in the UI language (the value itself when unknown)."""
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


SECTOR_LABELS: dict[str, LazyString] = {
    "ai": _l("Artificial intelligence"),
    "semiconductors": _l("Semiconductors and chip packaging"),
    "new_materials": _l("New materials"),
    "green_finance": _l("Green finance and sustainability"),
    "smart_manufacturing": _l("Smart manufacturing"),
    "smart_city": _l("Smart city"),
    "logistics_ports": _l("Logistics and ports"),
    "sme_digital": _l("Digital transformation of SMEs"),
    "biotech": _l("Biotechnology"),
    "culture_industry": _l("Culture industry"),
    "other": _l("Other"),
}

STAGE_LABELS: dict[str, LazyString] = {
    "idea": _l("Idea"),
    "prototype": _l("Prototype"),
    "mvp": _l("MVP"),
    "early_revenue": _l("Early revenue"),
    "growth": _l("Growth"),
}

CHALLENGE_STATE_LABELS: dict[str, LazyString] = {
    "draft": _l("Draft"),
    "submitted": _l("Submitted for review"),
    "published": _l("Published"),
    "closed": _l("Closed"),
}

LANGUAGE_LABELS: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}


def sector_label(sector: object) -> str:
    """The label of a value in the UI language (the value itself when unknown)."""
    key = str(getattr(sector, "value", sector))
    return str(SECTOR_LABELS.get(key, key))


def stage_label(stage: object) -> str:
    """The label of a value in the UI language (the value itself when unknown)."""
    key = str(getattr(stage, "value", stage))
    return str(STAGE_LABELS.get(key, key))


def challenge_state_label(state: object) -> str:
    """The label of a value in the UI language (the value itself when unknown)."""
    key = str(getattr(state, "value", state))
    return str(CHALLENGE_STATE_LABELS.get(key, key))


def language_label(code: str) -> str:
    """The label of a value in the UI language (the value itself when unknown)."""
    return LANGUAGE_LABELS.get(code, code)


def sector_choices() -> list[tuple[str, str]]:
    """(code, label) of every sector, in the list's order, for filters."""
    return [(code, str(label)) for code, label in SECTOR_LABELS.items()]


APPLICATION_STATE_LABELS: dict[str, LazyString] = {
    "draft": _l("Draft"),
    "submitted": _l("Submitted"),
    "withdrawn": _l("Withdrawn"),
    "screened": _l("Pre-screened"),
    "shortlisted": _l("Shortlisted"),
    "not_shortlisted": _l("Not shortlisted"),
    "finalist": _l("Finalist"),
    "selected": _l("Selected for a pilot"),
    "not_selected": _l("Not selected"),
}

REVENUE_LABELS: dict[str, LazyString] = {
    "none": _l("No revenue yet"),
    "under_1bn": _l("Under 1 billion VND a year"),
    "1_5bn": _l("1–5 billion VND a year"),
    "5_20bn": _l("5–20 billion VND a year"),
    "over_20bn": _l("Over 20 billion VND a year"),
}


def application_state_label(state: object) -> str:
    """The label of a value in the UI language (the value itself when unknown)."""
    key = str(getattr(state, "value", state))
    return str(APPLICATION_STATE_LABELS.get(key, key))


def revenue_label(band: str | None) -> str:
    """The label of a revenue band ("—" when not given)."""
    return str(REVENUE_LABELS[band]) if band in REVENUE_LABELS else "—"


def state_row(row: tuple[str, int]) -> tuple[str, int]:
    """(application state, count) with the state's label."""
    return application_state_label(row[0]), row[1]


def sector_row(row: tuple[str, int]) -> tuple[str, int]:
    """(sector, count) with the sector's label ("not stated" for startups that gave none)."""
    return (str(_l("Not stated")) if row[0] == "not_stated" else sector_label(row[0])), row[1]


def language_row(row: tuple[str, int]) -> tuple[str, int]:
    """(language code, count) with the language's name."""
    return language_label(row[0]), row[1]


def country_row(row: tuple[str, int]) -> tuple[str, int]:
    """(country code, count) with the country's name."""
    from innovation.countries import country_name

    return country_name(row[0]), row[1]


RUN_STATE_LABELS: dict[str, LazyString] = {
    "queued": _l("Queued"),
    "running": _l("Running"),
    "done": _l("Done"),
    "failed": _l("Failed"),
}


RUN_STAGE_LABELS: dict[str, LazyString] = {
    "queued": _l("waiting for a worker"),
    "loading": _l("reading and preparing the applications"),
    "ranking": _l("ranking"),
    "explaining": _l("explaining the best matches"),
    "writing": _l("storing the results"),
    "retrying": _l("waiting to try again"),
    "failed": _l("stopped"),
    "done": _l("results stored"),
}


def run_stage_label(stage: str) -> str:
    """What a screening run is doing, in words."""
    return str(RUN_STAGE_LABELS.get(stage, stage))


def run_state_label(state: object) -> str:
    """The label of a screening run's state."""
    key = str(getattr(state, "value", state))
    return str(RUN_STATE_LABELS.get(key, key))


OUTCOME_LABELS: dict[str, LazyString] = {
    "shortlisted": _l("Shortlisted"),
    "finalist": _l("Finalist"),
    "selected": _l("Selected for a pilot"),
    "not_selected": _l("Not selected"),
}


def outcome_label(outcome: object) -> str:
    """The label of a decision's outcome in the UI language (the value itself when unknown)."""
    key = str(getattr(outcome, "value", outcome))
    return str(OUTCOME_LABELS.get(key, key))


AUDIT_ACTION_LABELS: dict[str, LazyString] = {
    "accept_invitation": _l("Accepted an invitation"),
    "advance_program": _l("Moved the program on its timeline"),
    "assign_judge": _l("Assigned a judge by hand"),
    "confirm_assignments": _l("Confirmed the judges' assignments"),
    "create_challenge": _l("Created a challenge"),
    "create_invitation": _l("Invited someone"),
    "create_program": _l("Created the program"),
    "decide": _l("Decided"),
    "declare_conflicts": _l("Declared conflicts of interest"),
    "delete_startup_data": _l("Deleted a startup's personal data"),
    "export": _l("Downloaded an export"),
    "finish_screening_run": _l("Pre-screening finished"),
    "grant_program_role": _l("Gave a role in the program"),
    "import_challenge": _l("Imported a challenge"),
    "judging_settings": _l("Changed the judging settings"),
    "move_pitch_slot": _l("Moved a pitch"),
    "override_eligibility": _l("Overrode an eligibility flag"),
    "propose_assignment": _l("Proposed judges' assignments"),
    "publish_decision": _l("Published a decision"),
    "remind_judge": _l("Reminded a judge"),
    "reopen_score": _l("Reopened a score"),
    "review_duplicates": _l("Reviewed duplicates"),
    "revoke_invitation": _l("Revoked an invitation"),
    "save_application": _l("Saved an application"),
    "save_judge_profile": _l("Saved a judge's profile"),
    "save_pitch_day": _l("Changed the pitch day's settings"),
    "save_score": _l("Saved a draft score"),
    "schedule_pitch_day": _l("Placed the finalists on the pitch day"),
    "shortlist_application": _l("Changed the shortlist"),
    "start_application": _l("Started an application"),
    "start_screening_run": _l("Started a pre-screening run"),
    "submit_application": _l("Submitted an application"),
    "submit_score": _l("Submitted a score"),
    "tell_finalists": _l("E-mailed the finalists their pitch times"),
    "unassign_judge": _l("Took a judge off an application"),
    "update_challenge": _l("Changed a challenge"),
    "update_program": _l("Changed the program"),
    "update_rubric": _l("Changed the rubric"),
    "update_startup_profile": _l("Changed a startup profile"),
    "withdraw_application": _l("Withdrew an application"),
}

AUDIT_OBJECT_LABELS: dict[str, LazyString] = {
    "Application": _l("Application"),
    "Assignment": _l("Assignment"),
    "Challenge": _l("Challenge"),
    "ConflictDeclaration": _l("Conflict declaration"),
    "Decision": _l("Decision"),
    "Invitation": _l("Invitation"),
    "Organization": _l("Organization"),
    "PitchDay": _l("Pitch day"),
    "PitchSlot": _l("Pitch"),
    "Program": _l("Program"),
    "ProgramRole": _l("Role in the program"),
    "Rubric": _l("Rubric"),
    "Score": _l("Score"),
    "ScreeningResult": _l("Pre-screening result"),
    "ScreeningRun": _l("Pre-screening run"),
    "User": _l("Account"),
}


def audit_action_label(action: str) -> str:
    """What an audit entry's action means, in the UI language (the code, made readable, when unknown)."""
    label = AUDIT_ACTION_LABELS.get(action)
    return str(label) if label is not None else action.replace("_", " ").capitalize()


def audit_object_label(object_type: str) -> str:
    """The name of an audited kind of object in the UI language (the class name when unknown)."""
    return str(AUDIT_OBJECT_LABELS.get(object_type, object_type))
