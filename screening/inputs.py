"""What a screening run reads, in the plain form the engine takes: no translation layer between them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import selectinload

from challenges.applications.models import RECEIVED_STATES, Application
from challenges.applications.operations import text_of
from challenges.models import Challenge, ChallengeState, StartupStage
from challenges.startups.models import StartupProfile
from innovation.extensions import db
from innovation.organizations.models import Organization
from innovation.programs.models import Program

# The platform's stages and the engine's, in the same order.
ENGINE_STAGE = {
    StartupStage.IDEA.value: "idea",
    StartupStage.PROTOTYPE.value: "prototype",
    StartupStage.MVP.value: "mvp",
    StartupStage.EARLY_REVENUE.value: "revenue",
    StartupStage.GROWTH.value: "scale",
}
STAGE_ORDER = [stage.value for stage in StartupStage]
ENGINE_DIR = Path(__file__).resolve().parent / "engine"


def engine_version() -> str:
    """A short hash of the engine's code and data: two runs with the same version rank the same way."""
    digest = hashlib.sha256()
    for path in sorted(ENGINE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".tsv", ".txt"}:
            digest.update(path.relative_to(ENGINE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def application_digest(application: dict[str, object]) -> bytes:
    """A hash of one application as the engine reads it (a run's fingerprint is built from these)."""
    return hashlib.sha256(json.dumps(application, sort_keys=True, ensure_ascii=False).encode()).digest()


def run_fingerprint(
    challenges: list[dict[str, object]], digests: list[bytes], parameters: dict[str, object]
) -> str:
    """A hash of everything a run read: the challenges, each application (``application_digest``, in
    order), the engine and its parameters; the same whether the run was prepared in one part or several."""
    payload = json.dumps(
        {"c": challenges, "p": parameters, "e": engine_version()}, sort_keys=True, ensure_ascii=False
    )
    digest = hashlib.sha256(payload.encode())
    for item in digests:
        digest.update(item)
    return digest.hexdigest()


@dataclass
class ScreeningInputs:
    """The challenges and applications of a run, as the engine reads them, and where each came from."""

    challenges: list[dict[str, object]]
    applications: list[dict[str, object]]
    application_challenge: dict[int, int]  # application id -> the challenge it applied to

    def fingerprint(self, parameters: dict[str, object]) -> str:
        """A hash of everything read (and of the engine and its parameters)."""
        return run_fingerprint(
            self.challenges, [application_digest(item) for item in self.applications], parameters
        )


def engine_challenge(challenge: Challenge) -> dict[str, object]:
    """A challenge as the engine reads it: main language, the other in `versions`, eligibility rules."""
    record = challenge.engine_record()
    stages = [stage for stage in STAGE_ORDER if stage in challenge.eligible_stages]
    # The engine checks a minimum stage: the earliest stage the challenge accepts.
    eligibility: dict[str, object] = {
        "minimum_stage": ENGINE_STAGE[stages[0]] if stages and stages != STAGE_ORDER else None,
        "minimum_trl": challenge.min_trl,
        "countries": list(challenge.eligible_countries),
        "legal_entity_required": challenge.legal_entity_required,
    }
    return {
        "id": str(challenge.id),
        "title": record["title"],
        "description": record["description"],
        "lang": record["lang"],
        "versions": record["versions"],
        "eligibility": eligibility,
    }


def engine_application(row: Row[Any]) -> dict[str, object]:
    """An application row (with its startup's facts) as the engine reads it."""
    return {
        "id": str(row.id),
        "title": row.title,
        "text": text_of(row),
        "lang": row.lang,
        "challenge_id": str(row.challenge_id),
        "stage": ENGINE_STAGE.get(row.stage) if row.stage else None,
        "trl": row.trl,
        "country": row.country,
        "legal_entity": row.legal_entity,
    }


def screened_challenges(program: Program) -> list[Challenge]:
    """The challenges a run of the program ranks against: every published or closed one."""
    return list(
        db.session.scalars(
            select(Challenge)
            .options(selectinload(Challenge.texts))
            .where(
                Challenge.program_id == program.id,
                Challenge.state.in_((ChallengeState.PUBLISHED, ChallengeState.CLOSED)),
            )
            .order_by(Challenge.id)
        )
    )


def received_ids(challenge_ids: list[int]) -> list[int]:
    """The ids of every application received for those challenges, in order."""
    return list(
        db.session.scalars(
            select(Application.id)
            .where(Application.challenge_id.in_(challenge_ids), Application.state.in_(RECEIVED_STATES))
            .order_by(Application.id)
        )
    )


def load_applications(
    challenge_ids: list[int], first_id: int | None = None, last_id: int | None = None
) -> list[Row[Any]]:
    """The applications received for those challenges (ids from `first_id` to `last_id` when given), with
    their startup's facts, as plain rows in one query: a city-wide call has tens of thousands."""
    query = (
        select(
            Application.id,
            Application.challenge_id,
            Application.title,
            Application.summary,
            Application.proposal,
            Application.fit,
            Application.pilot_plan,
            Application.lang,
            Application.trl,
            Organization.country,
            StartupProfile.stage,
            StartupProfile.legal_entity,
        )
        .join(Organization, Organization.id == Application.startup_id)
        .outerjoin(StartupProfile, StartupProfile.organization_id == Organization.id)
        .where(Application.challenge_id.in_(challenge_ids), Application.state.in_(RECEIVED_STATES))
        .order_by(Application.id)
    )
    if first_id is not None:
        query = query.where(Application.id >= first_id)
    if last_id is not None:
        query = query.where(Application.id <= last_id)
    return list(db.session.execute(query).all())


def load_inputs(program: Program) -> ScreeningInputs:
    """Every published or closed challenge of the program and every application received for them."""
    challenges = screened_challenges(program)
    rows = load_applications([challenge.id for challenge in challenges])
    return ScreeningInputs(
        challenges=[engine_challenge(challenge) for challenge in challenges],
        applications=[engine_application(row) for row in rows],
        application_challenge={row.id: row.challenge_id for row in rows},
    )
