"""Screening writes: starting a run, its progress, storing its results in one go, shortlisting, overrides.

A run's results are written in one transaction that first removes whatever an earlier attempt of the
same run left, so a retried job never duplicates results and a failed one never leaves half of them.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from flask import current_app
from redis.exceptions import RedisError
from rq.job import Dependency
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from challenges.applications.models import Application, ApplicationState
from challenges.models import Challenge
from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.database import utcnow
from innovation.extensions import db
from innovation.programs.models import Program
from innovation.queue import enqueue, listening_workers
from innovation.refusal import ActionRefused
from screening.inputs import engine_version, received_ids, screened_challenges
from screening.models import DuplicateReview, EligibilityOverride, RunState, ScreeningResult, ScreeningRun

RANKER = "screen"
EXPLAINED_TOP = 20
# Explanations are stored for each challenge's best applicants (all of them in a call of usual size); in a
# city-wide call of tens of thousands, explaining every pair would take longer than ranking them.
EXPLAINED_PER_CHALLENGE = 200
MAX_PARTS = 32
PART_SIZE_LIMIT = 40_000  # applications per part: about 180 MB handed on through Redis


class ScreeningError(ActionRefused):
    """A run cannot start or a decision cannot be recorded; `reason` names why (the view words it)."""


def scope_of(challenge: Challenge | None) -> str:
    """The scope a run covers: the whole program, or one challenge."""
    return "program" if challenge is None else f"challenge:{challenge.id}"


def create_run(
    program: Program, actor: User | None, challenge: Challenge | None = None, parts: int = 1
) -> ScreeningRun:
    """A queued run of the program (or one challenge), committed; `ScreeningError("busy")` while a run of
    the same scope is queued or running (the partial unique index decides under a race)."""
    run = ScreeningRun(
        program_id=program.id,
        challenge_id=challenge.id if challenge else None,
        scope=scope_of(challenge),
        started_by_id=actor.id if actor else None,
        ranker=RANKER,
        engine_version=engine_version(),
        parameters={"explained_top": EXPLAINED_TOP, "explained_per_challenge": EXPLAINED_PER_CHALLENGE},
        parts=parts,
    )
    db.session.add(run)
    try:
        db.session.flush()
    except IntegrityError as exc:
        db.session.rollback()
        raise ScreeningError("busy") from exc
    record_action(actor.id if actor else None, "start_screening_run", run, after={"scope": run.scope})
    db.session.commit()
    return run


def plan_parts(program: Program, parts: int | None = None) -> list[tuple[int, int]]:
    """The id ranges of the parts a run of the program is prepared in: `parts` of them (fewer when there
    are fewer applications), or by default one per worker listening on the screening queue once the call
    has `SCREENING_SPLIT_FROM` applications (`SCREENING_PARTS` fixes the number). One range: one job."""
    ids = received_ids([challenge.id for challenge in screened_challenges(program)])
    if parts is None:
        configured = current_app.config["SCREENING_PARTS"]
        if len(ids) < current_app.config["SCREENING_SPLIT_FROM"]:
            parts = 1
        elif configured > 0:
            parts = configured
        else:
            try:
                parts = listening_workers("screening")
            except RedisError:
                parts = 1
    if parts > 1:  # each part goes through Redis, where one value holds at most 512 MB
        parts = max(parts, -(-len(ids) // PART_SIZE_LIMIT))
    parts = max(1, min(parts, MAX_PARTS, len(ids)))
    size, extra = divmod(len(ids), parts)
    bounds, first = [], 0
    for part in range(parts):
        last = first + size + (1 if part < extra else 0)
        bounds.append((ids[first], ids[last - 1]) if ids else (0, 0))
        first = last
    return bounds


def start_screening_run(
    program: Program, actor: User | None, challenge: Challenge | None = None, parts: int | None = None
) -> ScreeningRun:
    """Create a queued run (`create_run`) and hand its jobs to the workers: one job, or one per part of
    the applications (`plan_parts`) and a last one that merges them, which RQ starts once they are done.

    Refused with `ScreeningError("queue_down")` when Redis does not answer (the run is then marked failed
    with that reason, and can simply be started again later).
    """
    bounds = plan_parts(program, parts)
    run = create_run(program, actor, challenge, parts=len(bounds))
    from screening.tasks import merge_parts, prepare_part, run_screening

    options = screening_job_options()
    if len(bounds) == 1:
        job_id = enqueue("screening", run_screening, run.id, **options)
    else:
        part_jobs = [
            enqueue("screening", prepare_part, run.id, part, first, last, **options)
            for part, (first, last) in enumerate(bounds)
        ]
        job_id = None
        if all(part_jobs):
            job_id = enqueue(
                "screening",
                merge_parts,
                run.id,
                depends_on=Dependency(jobs=part_jobs, enqueue_at_front=True),
                **options,
            )
    if job_id is None:
        fail_run(run.id, "The queue (Redis) is not reachable: start the run again once it is back.")
        raise ScreeningError("queue_down")
    run.job_id = job_id
    db.session.commit()
    return run


def screening_job_options() -> dict[str, Any]:
    """Timeout and retries of the screening job, from the settings."""
    from rq import Callback, Retry

    from screening.tasks import screening_failed

    intervals = list(current_app.config["SCREENING_RETRY_INTERVALS"])
    return {
        "job_timeout": current_app.config["SCREENING_JOB_TIMEOUT"],
        "retry": Retry(max=len(intervals), interval=intervals) if intervals else None,
        "on_failure": Callback(screening_failed),
    }


def set_progress(run: ScreeningRun, stage: str, percent: int) -> None:
    """Record where the run is (committed at once, so the page polling it sees it); a run that has failed
    meanwhile (another part of it) keeps saying so."""
    db.session.execute(
        update(ScreeningRun)
        .where(ScreeningRun.id == run.id, ScreeningRun.state == RunState.RUNNING)
        .values(stage=stage, percent=percent)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def claim_run(run_id: int) -> ScreeningRun | None:
    """Mark the run running for this attempt; None when it is gone or already finished."""
    run = db.session.get(ScreeningRun, run_id)
    if run is None or run.state == RunState.DONE:
        return None
    run.state, run.stage, run.percent = RunState.RUNNING, "loading", 2
    run.attempts += 1
    run.started_at = run.started_at or utcnow()
    run.error = ""
    db.session.commit()
    return run


def claim_part(run_id: int) -> ScreeningRun | None:
    """Mark the run running for one of its parts; None when it is gone, finished, or has failed for good
    (the other parts have nothing left to prepare for)."""
    run = db.session.get(ScreeningRun, run_id)
    if run is None or run.state in (RunState.DONE, RunState.FAILED):
        return None
    if run.state == RunState.QUEUED:
        run.state, run.stage = RunState.RUNNING, "loading"
        run.started_at = run.started_at or utcnow()
        run.error = ""
        db.session.commit()
    return run


def fail_run(run_id: int, reason: str, retrying: bool = False) -> str:
    """Record a failed attempt: queued again when the job will be retried, else failed for good; the run's
    (last) job id."""
    db.session.rollback()
    db.session.execute(
        update(ScreeningRun)
        .where(ScreeningRun.id == run_id, ScreeningRun.state != RunState.DONE)
        .values(
            state=RunState.QUEUED if retrying else RunState.FAILED,
            stage="retrying" if retrying else "failed",
            error=reason[:2000],
            finished_at=None if retrying else utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return db.session.scalar(select(ScreeningRun.job_id).where(ScreeningRun.id == run_id)) or ""


@dataclass
class PairResult:
    """The engine's record of one application against the challenge it applied to."""

    application_id: int
    challenge_id: int
    record: dict[str, Any]


RESULT_COLUMNS = (
    "run_id",
    "application_id",
    "challenge_id",
    "score",
    "rank",
    "eligibility",
    "duplicate_cluster",
    "echo_ratio",
    "echo_flag",
    "stuffing_flag",
    "best_challenge_id",
    "best_score",
    "margin",
    "misrouted",
    "terms",
    "sentences",
)
_JSON_COLUMNS = {RESULT_COLUMNS.index(name) for name in ("eligibility", "terms", "sentences")}


def insert_results(rows: list[tuple[Any, ...]]) -> None:
    """Insert result rows (values in `RESULT_COLUMNS` order) in the session's transaction: through COPY on
    PostgreSQL (a city-wide call writes tens of thousands at once), one multi-row insert elsewhere."""
    if not rows:
        return
    if db.session.get_bind().dialect.name != "postgresql":
        db.session.execute(
            ScreeningResult.__table__.insert(), [dict(zip(RESULT_COLUMNS, row, strict=True)) for row in rows]
        )
        return
    connection = db.session.connection().connection.driver_connection
    statement = f"COPY {ScreeningResult.__tablename__} ({', '.join(RESULT_COLUMNS)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(
                [json.dumps(value) if index in _JSON_COLUMNS else value for index, value in enumerate(row)]
            )


def write_results(
    run: ScreeningRun, challenges: int, fingerprint: str, pairs: list[PairResult]
) -> dict[str, Any]:
    """Store every result of the run at once (an earlier attempt's are replaced) and mark it done."""
    overridden = set(
        db.session.execute(
            select(EligibilityOverride.application_id, EligibilityOverride.rule)
            .join(Application, Application.id == EligibilityOverride.application_id)
            .join(Challenge, Challenge.id == Application.challenge_id)
            .where(Challenge.program_id == run.program_id)
        ).all()
    )
    db.session.execute(delete(ScreeningResult).where(ScreeningResult.run_id == run.id))
    by_challenge: dict[int, list[PairResult]] = {}
    for pair in pairs:
        by_challenge.setdefault(pair.challenge_id, []).append(pair)
    rows = []
    for challenge_pairs in by_challenge.values():
        ordered = sorted(challenge_pairs, key=lambda pair: (pair.record["rank"], pair.application_id))
        for rank, pair in enumerate(ordered, start=1):
            record = pair.record
            flags = [
                flag
                for flag in record["eligibility"]
                if (pair.application_id, str(flag["code"])) not in overridden
            ]
            rows.append(
                (
                    run.id,
                    pair.application_id,
                    pair.challenge_id,
                    round(float(record["score"]), 4),
                    rank,
                    flags,
                    record["duplicate_cluster"],
                    float(record["echo_ratio"]),
                    bool(record["echo_flag"]),
                    bool(record.get("stuffing_flag", False)),
                    int(record["best_challenge_id"]) if record.get("best_challenge_id") else None,
                    round(float(record.get("best_score") or 0.0), 4),
                    round(float(record.get("margin") or 0.0), 4),
                    bool(record.get("misrouted", False)),
                    list(record.get("terms", [])),
                    list(record.get("sentences", [])),
                )
            )
    insert_results(rows)
    at = {name: index for index, name in enumerate(RESULT_COLUMNS)}
    counts = {
        "applications": len(rows),
        "challenges": challenges,
        "flags": {
            "ineligible": sum(1 for row in rows if row[at["eligibility"]]),
            "duplicate": sum(1 for row in rows if row[at["duplicate_cluster"]] is not None),
            "echo": sum(1 for row in rows if row[at["echo_flag"]]),
            "misrouted": sum(1 for row in rows if row[at["misrouted"]]),
        },
    }
    if run.challenge_id is None:
        db.session.execute(
            update(Application)
            .where(
                Application.id.in_(
                    select(ScreeningResult.application_id).where(ScreeningResult.run_id == run.id)
                ),
                Application.state == ApplicationState.SUBMITTED,
            )
            .values(state=ApplicationState.SCREENED)
            .execution_options(synchronize_session=False)
        )
    run.counts = counts
    run.input_fingerprint = fingerprint
    run.state, run.stage, run.percent = RunState.DONE, "done", 100
    run.finished_at = utcnow()
    record_action(run.started_by_id, "finish_screening_run", run, after=counts)
    db.session.commit()
    return counts


def latest_finished_run(program: Program, scope: str | None = None) -> ScreeningRun | None:
    """The newest finished run of the program (of any scope unless one is named)."""
    query = select(ScreeningRun).where(
        ScreeningRun.program_id == program.id, ScreeningRun.state == RunState.DONE
    )
    if scope is not None:
        query = query.where(ScreeningRun.scope == scope)
    return db.session.scalar(query.order_by(ScreeningRun.id.desc()).limit(1))


def latest_run_with(challenge: Challenge) -> ScreeningRun | None:
    """The newest finished run that ranked the challenge's applicants."""
    return db.session.scalar(
        select(ScreeningRun)
        .where(
            ScreeningRun.program_id == challenge.program_id,
            ScreeningRun.state == RunState.DONE,
            ScreeningRun.id.in_(
                select(ScreeningResult.run_id).where(ScreeningResult.challenge_id == challenge.id)
            ),
        )
        .order_by(ScreeningRun.id.desc())
        .limit(1)
    )


def previous_run(run: ScreeningRun) -> ScreeningRun | None:
    """The finished run before `run` that covered the same scope or the whole program."""
    return db.session.scalar(
        select(ScreeningRun)
        .where(
            ScreeningRun.program_id == run.program_id,
            ScreeningRun.state == RunState.DONE,
            ScreeningRun.id < run.id,
            ScreeningRun.scope.in_(("program", run.scope)),
        )
        .order_by(ScreeningRun.id.desc())
        .limit(1)
    )


def top_changes(
    run: ScreeningRun, earlier: ScreeningRun, challenge: Challenge, k: int
) -> tuple[set[int], set[int]]:
    """(application ids that entered the top `k`, those that left it) from `earlier` to `run`."""

    def top(of: ScreeningRun) -> set[int]:
        return set(
            db.session.scalars(
                select(ScreeningResult.application_id).where(
                    ScreeningResult.run_id == of.id,
                    ScreeningResult.challenge_id == challenge.id,
                    ScreeningResult.rank <= k,
                )
            )
        )

    now, before = top(run), top(earlier)
    return now - before, before - now


def shortlist(
    run: ScreeningRun, challenge: Challenge, shown: set[int], ticked: set[int], actor: User, reason: str
) -> dict[str, int]:
    """Shortlist the `ticked` applicants among those `shown` (a page of the ranked list) and take the other
    shown ones off the shortlist (back to screened); each change is audited with the reason.

    Refused (`ScreeningError("not_in_run")`) for applications that are not this run's applicants.
    """
    applicants = dict(
        db.session.execute(
            select(Application.id, Application.state)
            .join(ScreeningResult, ScreeningResult.application_id == Application.id)
            .where(ScreeningResult.run_id == run.id, ScreeningResult.challenge_id == challenge.id)
        ).all()
    )
    if not (shown | ticked) <= set(applicants):
        raise ScreeningError("not_in_run")
    changes: Counter[str] = Counter()
    for application_id in sorted(shown | ticked):
        state = applicants[application_id]
        if application_id in ticked and state in (ApplicationState.SUBMITTED, ApplicationState.SCREENED):
            wanted = ApplicationState.SHORTLISTED
        elif application_id not in ticked and state == ApplicationState.SHORTLISTED:
            wanted = ApplicationState.SCREENED
        else:
            continue
        db.session.execute(
            update(Application)
            .where(Application.id == application_id, Application.state == state)
            .values(state=wanted)
            .execution_options(synchronize_session=False)
        )
        record_action(
            actor.id,
            "shortlist_application" if wanted == ApplicationState.SHORTLISTED else "unshortlist_application",
            db.session.get(Application, application_id),
            before={"state": state.value},
            after={"state": wanted.value},
            reason=reason,
        )
        changes["added" if wanted == ApplicationState.SHORTLISTED else "removed"] += 1
    db.session.commit()
    db.session.expire_all()
    return {"added": changes["added"], "removed": changes["removed"]}


def override_eligibility(result: ScreeningResult, rule: str, actor: User, reason: str) -> None:
    """Set aside one eligibility flag of an application (kept for later runs too), with the reason."""
    if not any(str(flag.get("code")) == rule for flag in result.eligibility):
        raise ScreeningError("no_such_flag")
    db.session.add(
        EligibilityOverride(
            application_id=result.application_id, rule=rule, reason=reason, decided_by_id=actor.id
        )
    )
    before = list(result.eligibility)
    result.eligibility = [flag for flag in result.eligibility if str(flag.get("code")) != rule]
    record_action(
        actor.id,
        "override_eligibility",
        result.application,
        before={"flags": [flag.get("code") for flag in before]},
        after={"flags": [flag.get("code") for flag in result.eligibility]},
        reason=reason,
    )
    try:
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise ScreeningError("already_overridden") from exc


def review_duplicates(run: ScreeningRun, cluster: int, confirmed: bool, actor: User, reason: str) -> None:
    """Confirm (the same submission twice) or dismiss (different work) a cluster of near-duplicates."""
    existing = db.session.scalar(
        select(DuplicateReview).where(DuplicateReview.run_id == run.id, DuplicateReview.cluster == cluster)
    )
    review = existing or DuplicateReview(run_id=run.id, cluster=cluster, confirmed=confirmed)
    review.confirmed, review.reason, review.decided_by_id = confirmed, reason, actor.id
    db.session.add(review)
    db.session.flush()
    record_action(
        actor.id,
        "review_duplicates",
        review,
        after={"confirmed": confirmed, "cluster": cluster},
        reason=reason,
    )
    db.session.commit()


def count_results(run: ScreeningRun, challenge_id: int) -> int:
    """How many applicants of a challenge the run ranked."""
    return (
        db.session.scalar(
            select(func.count(ScreeningResult.id)).where(
                ScreeningResult.run_id == run.id, ScreeningResult.challenge_id == challenge_id
            )
        )
        or 0
    )


def program_runs(program: Program) -> list[ScreeningRun]:
    """Every run of the program, newest first."""
    return list(
        db.session.scalars(
            select(ScreeningRun).where(ScreeningRun.program_id == program.id).order_by(ScreeningRun.id.desc())
        )
    )
