"""The screening job: read the run's inputs, call the engine, store the results; progress all the way.

A plain function of the run's id (RQ pickles nothing else), idempotent: an attempt after a failure
replaces whatever the earlier one left. Progress goes to the run's row (the page polls it) and to the
job's meta (`rq info`, rq-dashboard).
"""

from __future__ import annotations

import traceback
from typing import Any

from rq import get_current_job

from innovation.worker_context import with_app_context
from screening.engine.pipeline import prescreen
from screening.inputs import load_inputs
from screening.models import ScreeningRun
from screening.operations import (
    EXPLAINED_PER_CHALLENGE,
    EXPLAINED_TOP,
    PairResult,
    claim_run,
    fail_run,
    set_progress,
    write_results,
)


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


@with_app_context
def run_screening(run_id: int) -> dict[str, Any]:
    """Pre-screen the run's program (or challenge) and store what the engine says about each application."""
    run = claim_run(run_id)
    if run is None:
        return {"run": run_id, "state": "skipped"}
    inputs = load_inputs(run.program)
    _progress(run, "ranking", 15)
    result = prescreen(inputs.challenges, inputs.applications, top=EXPLAINED_TOP)
    _progress(run, "explaining", 60)
    challenge_index = {challenge_id: index for index, challenge_id in enumerate(result.challenge_ids)}
    wanted = [
        (challenge_index[str(inputs.application_challenge[int(application_id)])], position)
        for position, application_id in enumerate(result.application_ids)
        if run.challenge_id is None or inputs.application_challenge[int(application_id)] == run.challenge_id
    ]
    explained = best_of_each_challenge(result.rank, wanted, EXPLAINED_PER_CHALLENGE)
    records = result.pairs([pair for pair in wanted if pair in explained])
    records += result.plain_pairs([pair for pair in wanted if pair not in explained])
    pairs = [
        PairResult(int(record["application_id"]), int(record["challenge_id"]), record) for record in records
    ]
    _progress(run, "writing", 85)
    counts = write_results(run, inputs, pairs)
    return {"run": run_id, "state": "done", **counts}


@with_app_context
def _record_failure(run_id: int, reason: str, retrying: bool) -> None:
    fail_run(run_id, reason, retrying)


def screening_failed(job: Any, connection: Any, kind: type, value: BaseException, trace: Any) -> None:
    """RQ's failure callback: say why on the run, and whether it will be tried again."""
    retrying = bool(job.retries_left)
    last_line = "".join(traceback.format_exception_only(kind, value)).strip().splitlines()[-1]
    reason = f"{'Retrying after' if retrying else 'Failed after'} attempt: {last_line}"
    _record_failure(int(job.args[0]), reason, retrying)
