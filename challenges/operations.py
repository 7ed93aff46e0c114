"""Challenge writes: from an owner's draft to the public board.

Every state change is one conditional UPDATE (`WHERE state = <expected>`), so two organizers pressing
"publish" at once, or an owner editing while an organizer sends back, cannot interleave; each change is
recorded in the audit log with the state before and after.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from flask_babel import force_locale
from sqlalchemy import update

from challenges.models import Challenge, ChallengeSector, ChallengeState, ChallengeText
from challenges.search import search_text
from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.database import utcnow
from innovation.extensions import db
from innovation.labels import SECTOR_LABELS
from innovation.organizations.models import Organization
from innovation.programs.models import Program, ProgramState
from innovation.programs.timeline import applications_open, challenge_call_open, effective_state
from innovation.refusal import ActionRefused


class ChallengeActionError(ActionRefused):
    """A challenge cannot do this now; `reason` says why, in words for the user (a message id)."""


@dataclass
class ChallengeTextFields:
    """A challenge's words in one language, as typed."""

    title: str
    statement: str
    context: str = ""
    outcomes: str = ""
    offer: str = ""


@dataclass
class ChallengeFields:
    """Everything an owner writes about a challenge."""

    texts: dict[str, ChallengeTextFields]
    sectors: list[str] = field(default_factory=list)
    pilot_site: bool = False
    data_access: bool = False
    mentoring: bool = False
    budget_min_vnd: int | None = None
    budget_max_vnd: int | None = None
    eligible_stages: list[str] = field(default_factory=list)
    min_trl: int | None = None
    eligible_countries: list[str] = field(default_factory=list)
    legal_entity_required: bool = False
    max_applications_per_startup: int | None = None
    languages: list[str] = field(default_factory=lambda: ["vi", "en"])
    shortlist_size: int = 10


SETTINGS = (
    "pilot_site",
    "data_access",
    "mentoring",
    "budget_min_vnd",
    "budget_max_vnd",
    "eligible_stages",
    "min_trl",
    "eligible_countries",
    "legal_entity_required",
    "max_applications_per_startup",
    "languages",
    "shortlist_size",
)


def owner_may_edit(challenge: Challenge, now: datetime | None = None) -> bool:
    """Whether its owner may still change and submit the challenge.

    While the call for challenges is open, any draft or submitted challenge; after it closes, only one an
    organizer sent back with a comment, until applications open.
    """
    if challenge.state not in (ChallengeState.DRAFT, ChallengeState.SUBMITTED):
        return False
    if challenge_call_open(challenge.program, now):
        return True
    sent_back = challenge.state == ChallengeState.DRAFT and bool(challenge.review_comment)
    return (
        sent_back and effective_state(challenge.program, now).rank < ProgramState.OPEN_FOR_APPLICATIONS.rank
    )


def _describe(challenge: Challenge) -> dict[str, object]:
    described: dict[str, object] = {
        f"{text.lang}.{part}": getattr(text, part)
        for text in challenge.texts
        for part in ("title", "statement", "context", "outcomes", "offer")
    }
    described["sectors"] = [sector.value for sector in challenge.sectors]
    described.update({name: getattr(challenge, name) for name in SETTINGS})
    return described


def _changes(
    before: dict[str, object], after: dict[str, object]
) -> tuple[dict[str, object], dict[str, object]]:
    """Only what differs, so that the audit log says what changed rather than repeating the whole text."""
    keys = [key for key in {**before, **after} if before.get(key) != after.get(key)]
    return {key: before.get(key) for key in keys}, {key: after.get(key) for key in keys}


def _apply(challenge: Challenge, fields: ChallengeFields) -> None:
    for name in SETTINGS:
        setattr(challenge, name, getattr(fields, name))
    existing = {text.lang: text for text in challenge.texts}
    for lang, typed in fields.texts.items():
        text = existing.get(lang) or ChallengeText(lang=lang)
        text.title, text.statement = typed.title, typed.statement
        text.context, text.outcomes, text.offer = typed.context, typed.outcomes, typed.offer
        if lang not in existing:
            challenge.texts.append(text)
    for lang, text in existing.items():
        if lang not in fields.texts:
            challenge.texts.remove(text)
    chosen = set(fields.sectors)
    for row in list(challenge.sector_rows):
        if row.sector not in chosen:
            challenge.sector_rows.remove(row)
    present = {row.sector for row in challenge.sector_rows}
    challenge.sector_rows.extend(ChallengeSector(sector=sector) for sector in sorted(chosen - present))
    challenge.search_text = search_text(
        [challenge.organization.name]
        + [part for text in fields.texts.values() for part in vars(text).values()]
        + sector_names(chosen)
    )


def sector_names(sectors: set[str]) -> list[str]:
    """The sectors' names in both languages, so that "logistics" and "cảng biển" both find them."""
    names = []
    for locale in ("vi", "en"):
        with force_locale(locale):
            names.extend(str(SECTOR_LABELS[sector]) for sector in sectors if sector in SECTOR_LABELS)
    return names


def create_challenge(
    program: Program, organization: Organization, actor: User, fields: ChallengeFields
) -> Challenge:
    """An owner's new draft, while the program's call for challenges is open."""
    if not challenge_call_open(program):
        raise ChallengeActionError("call_closed")
    challenge = Challenge(program=program, organization=organization, created_by_id=actor.id)
    db.session.add(challenge)
    _apply(challenge, fields)
    db.session.flush()
    record_action(actor.id, "create_challenge", challenge, after=_describe(challenge))
    db.session.commit()
    return challenge


def import_challenge(
    program: Program,
    organization: Organization,
    fields: ChallengeFields,
    state: ChallengeState = ChallengeState.PUBLISHED,
    review_comment: str = "",
) -> Challenge:
    """A challenge in a given state without the call's checks, for the demo (flushed, not committed)."""
    now = utcnow()
    challenge = Challenge(
        program=program, organization=organization, state=state, review_comment=review_comment
    )
    if state != ChallengeState.DRAFT:
        challenge.submitted_at = now
    if state in (ChallengeState.PUBLISHED, ChallengeState.CLOSED):
        challenge.published_at = now
    if state == ChallengeState.CLOSED:
        challenge.closed_at = now
    db.session.add(challenge)
    _apply(challenge, fields)
    db.session.flush()
    record_action(None, "import_challenge", challenge, after={"state": state.value})
    return challenge


def update_challenge(challenge: Challenge, actor: User, fields: ChallengeFields, as_organizer: bool) -> None:
    """Save new text and settings: the owner while `owner_may_edit`, an organizer until it is closed."""
    if as_organizer:
        if challenge.state == ChallengeState.CLOSED or challenge.program.state == ProgramState.ARCHIVED:
            raise ChallengeActionError("not_editable")
    elif not owner_may_edit(challenge):
        raise ChallengeActionError("not_editable")
    previous = _describe(challenge)
    _apply(challenge, fields)
    before, after = _changes(previous, _describe(challenge))
    if after:
        record_action(actor.id, "update_challenge", challenge, before=before, after=after)
    db.session.commit()


def _move(
    challenge: Challenge,
    actor: User,
    action: str,
    expected: tuple[ChallengeState, ...],
    target: ChallengeState,
    reason: str = "",
    **values: object,
) -> None:
    """Change the state in one conditional update; `ChallengeActionError("state_changed")` if it moved."""
    before = challenge.state
    result = db.session.execute(
        update(Challenge)
        .where(Challenge.id == challenge.id, Challenge.state.in_(expected))
        .values(state=target, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        raise ChallengeActionError("state_changed")
    record_action(
        actor.id,
        action,
        challenge,
        before={"state": before.value},
        after={"state": target.value},
        reason=reason,
    )
    db.session.commit()
    db.session.refresh(challenge)


def submit_challenge(challenge: Challenge, actor: User) -> None:
    """The owner asks the organizers to publish the challenge."""
    if not owner_may_edit(challenge):
        raise ChallengeActionError("call_closed")
    _move(
        challenge,
        actor,
        "submit_challenge",
        (ChallengeState.DRAFT,),
        ChallengeState.SUBMITTED,
        submitted_at=utcnow(),
    )


def publish_challenge(challenge: Challenge, actor: User) -> None:
    """An organizer puts a submitted challenge on the public board (until applications close)."""
    program = challenge.program
    if program.state in (ProgramState.DRAFT, ProgramState.ARCHIVED):
        raise ChallengeActionError("program_not_running")
    if effective_state(program).rank > ProgramState.OPEN_FOR_APPLICATIONS.rank:
        raise ChallengeActionError("applications_closed")
    _move(
        challenge,
        actor,
        "publish_challenge",
        (ChallengeState.SUBMITTED,),
        ChallengeState.PUBLISHED,
        published_at=utcnow(),
        review_comment="",
    )


def send_back_challenge(challenge: Challenge, actor: User, comment: str) -> None:
    """An organizer returns a submitted challenge to its owner with a comment the owner sees."""
    _move(
        challenge,
        actor,
        "send_back_challenge",
        (ChallengeState.SUBMITTED,),
        ChallengeState.DRAFT,
        reason=comment,
        review_comment=comment,
    )


def close_challenge(challenge: Challenge, actor: User, reason: str) -> None:
    """An organizer takes a published challenge off the board (no new applications)."""
    _move(
        challenge,
        actor,
        "close_challenge",
        (ChallengeState.PUBLISHED,),
        ChallengeState.CLOSED,
        reason=reason,
        closed_at=utcnow(),
    )


def accepts_applications(challenge: Challenge, now: datetime | None = None) -> bool:
    """Whether the challenge takes applications now: published, and the program's window open."""
    return challenge.state == ChallengeState.PUBLISHED and applications_open(challenge.program, now)
