"""The screening jobs: read the run's inputs, call the engine, store the results; progress all the way.

A run is one job (`run_screening`), or, for a large call, one job per part of the applications
(`prepare_part`: load a slice, cut it into words, check stuffing and eligibility; any worker may take
each) and a last job (`merge_parts`, started by RQ once every part is done) that puts the parts together,
ranks, explains and writes. Both end in the same `finish`, so both store the same results, bit for bit.

Jobs are plain functions of ids (RQ pickles nothing else) and idempotent: an attempt after a failure
replaces whatever the earlier one left. Progress goes to the run's row (the page polls it) and to the
job's meta (`rq info`).
"""

from __future__ import annotations

import hashlib
import json
import traceback
from typing import Any

from rq import get_current_job
from sqlalchemy.engine import Row

from innovation.queue import cancel_job
from innovation.worker_context import with_app_context
from screening.engine.parts import combine, prepare
from screening.engine.pipeline import prescreen_prepared
from screening.handoff import drop_parts, put_part, take_parts
from screening.inputs import (
    application_digest,
    engine_application,
    engine_challenge,
    load_applications,
    run_fingerprint,
    screened_challenges,
)
from screening.models import ScreeningRun
from screening.operations import (
    EXPLAINED_PER_CHALLENGE,
    EXPLAINED_TOP,
    PairResult,
    claim_part,
    claim_run,
    fail_run,
    set_progress,
    write_results,
)


class InputsChanged(RuntimeError):
    """The program's challenges changed between the parts of a run."""


def best_of_each_challenge(rank: Any, wanted: list[tuple[int, int]], count: int) -> set[tuple[int, int]]:
    """The `count` best-ranked of the wanted (challenge, application) pairs of each challenge."""
    by_challenge: dict[int, list[tuple[int, int]]] = {}
    for pair in wanted:
        by_challenge.setdefault(pair[0], []).append(pair)
    chosen: set[tuple[int, int]] = set()
    for challenge, pairs in by_challenge.items():
        chosen.update(sorted(pairs, key=lambda pair: rank[challenge, pair[1]])[:count])
    return chosen


def _progress(run: ScreeningRun, stage: str, percent: int) -> None:
    set_progress(run, stage, percent)
    job = get_current_job()
    if job is not None:
        job.meta["progress"] = {"stage": stage, "percent": percent}
        job.save_meta()


def _challenges(run: ScreeningRun) -> tuple[list[dict[str, Any]], list[int]]:
    """The challenges the run ranks against, as the engine reads them, and their ids."""
    challenges = screened_challenges(run.program)
    return [engine_challenge(challenge) for challenge in challenges], [item.id for item in challenges]


def _challenges_key(challenges: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(challenges, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def prepare_rows(challenges: list[dict[str, Any]], rows: list[Row[Any]]) -> dict[str, Any]:
    """One part of a run: its applications prepared by the engine, a digest of each, and which challenges
    they were checked against."""
    applications = [engine_application(row) for row in rows]
    return {
        "challenges": _challenges_key(challenges),
        "prepared": prepare(challenges, applications),
        "digests": [application_digest(item) for item in applications],
    }


@with_app_context
def run_screening(run_id: int) -> dict[str, Any]:
    """Pre-screen the run's program (or challenge) in one job and store what the engine says."""
    run = claim_run(run_id)
    if run is None:
        return {"run": run_id, "state": "skipped"}
    challenges, challenge_ids = _challenges(run)
    part = prepare_rows(challenges, load_applications(challenge_ids))
    _progress(run, "ranking", 15)
    return finish(run, challenges, [part], {"explaining": 60, "writing": 85})


@with_app_context
def prepare_part(run_id: int, part: int, first_id: int, last_id: int) -> dict[str, Any]:
    """Prepare the run's applications with ids from `first_id` to `last_id`, and hand them on."""
    run = claim_part(run_id)
    if run is None:
        return {"run": run_id, "part": part, "state": "skipped"}
    challenges, challenge_ids = _challenges(run)
    rows = load_applications(challenge_ids, first_id, last_id)
    done = put_part(run_id, part, prepare_rows(challenges, rows))
    _progress(run, "loading", 2 + 48 * done // max(run.parts, 1))
    return {"run": run_id, "part": part, "applications": len(rows)}


@with_app_context
def merge_parts(run_id: int) -> dict[str, Any]:
    """Put the run's prepared parts together, rank, explain and store the results."""
    run = claim_run(run_id)
    if run is None:
        return {"run": run_id, "state": "skipped"}
    challenges, _ = _challenges(run)
    parts = take_parts(run_id, run.parts)
    if any(part["challenges"] != _challenges_key(challenges) for part in parts):
        raise InputsChanged("the program's challenges changed while the run was prepared: start it again")
    _progress(run, "ranking", 55)
    counts = finish(run, challenges, parts, {"explaining": 75, "writing": 88})
    drop_parts(run_id, run.parts)
    return counts


def finish(
    run: ScreeningRun, challenges: list[dict[str, Any]], parts: list[dict[str, Any]], stages: dict[str, int]
) -> dict[str, Any]:
    """Rank the prepared parts, explain each challenge's best, store every result and mark the run done."""
    prepared = combine([part["prepared"] for part in parts])
    result = prescreen_prepared(challenges, prepared, top=EXPLAINED_TOP)
    _progress(run, "explaining", stages["explaining"])
    challenge_index = {challenge_id: index for index, challenge_id in enumerate(result.challenge_ids)}
    wanted = [
        (challenge_index[applied], position)
        for position, applied in enumerate(prepared.applied)
        if applied is not None and (run.challenge_id is None or applied == str(run.challenge_id))
    ]
    explained = best_of_each_challenge(result.rank, wanted, EXPLAINED_PER_CHALLENGE)
    records = result.pairs([pair for pair in wanted if pair in explained])
    records += result.plain_pairs([pair for pair in wanted if pair not in explained])
    pairs = [
        PairResult(int(record["application_id"]), int(record["challenge_id"]), record) for record in records
    ]
    _progress(run, "writing", stages["writing"])
    fingerprint = run_fingerprint(
        challenges, [digest for part in parts for digest in part["digests"]], run.parameters
    )
    counts = write_results(run, len(challenges), fingerprint, pairs)
    return {"run": run.id, "state": "done", **counts}


@with_app_context
def _record_failure(run_id: int, reason: str, retrying: bool, failed_job_id: str) -> None:
    job_id = fail_run(run_id, reason, retrying)
    if not retrying and job_id and job_id != failed_job_id:
        cancel_job(job_id)  # a part failed for good: the merging job waiting for it never runs


def screening_failed(job: Any, connection: Any, kind: type, value: BaseException, trace: Any) -> None:
    """RQ's failure callback: say why on the run, and whether it will be tried again."""
    retrying = bool(job.retries_left)
    last_line = "".join(traceback.format_exception_only(kind, value)).strip().splitlines()[-1]
    reason = f"{'Retrying after' if retrying else 'Failed after'} attempt: {last_line}"
    _record_failure(int(job.args[0]), reason, retrying, job.id)
