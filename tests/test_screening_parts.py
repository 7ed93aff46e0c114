"""A run prepared in parts by several workers: the same results bit for bit as one job, retries, failures."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from datetime import timedelta

import numpy as np
import pytest
from flask import Flask
from rq import SimpleWorker
from rq.job import Job
from sqlalchemy import select

from challenges.applications.operations import (
    ApplicationFields,
    save_draft,
    start_application,
    submit_application,
)
from innovation.database import utcnow
from innovation.extensions import db
from innovation.queue import all_queues, redis_connection
from innovation.security import startup_of
from screening import handoff, operations, tasks
from screening.engine.parts import combine, prepare
from screening.engine.pipeline import prescreen, prescreen_prepared
from screening.engine.synthetic import generate
from screening.engine.tokens import Lexicon
from screening.models import RunState, ScreeningResult, ScreeningRun
from tests.factories import ProgramFactory, make_challenge, make_user_with_role
from tests.test_screening_runs import PORT, TEXTS, apply


def _same(one, other) -> bool:
    """Every matrix, flag, cluster, route and record of two pre-screens equal, bit for bit."""
    matrices = ("score", "rank", "echo_ratio", "echo_flag", "stuffing_ratio", "stuffing_flag")
    return (
        all(np.array_equal(getattr(one, name), getattr(other, name)) for name in matrices)
        and one.application_ids == other.application_ids
        and one.duplicate_clusters == other.duplicate_clusters
        and one.routes == other.routes
        and list(one.records()) == list(other.records())
    )


@pytest.mark.parametrize("parts", [2, 3, 7])
def test_a_call_prepared_in_parts_ranks_bit_for_bit_as_in_one(parts: int) -> None:
    call = generate(400, challenges=6, seed=11)
    challenges, applications = call.records()
    applications[5]["text"] = applications[4]["text"]  # a copy across a part boundary
    whole = prescreen(challenges, applications)
    bounds = np.linspace(0, len(applications), parts + 1).astype(int)
    prepared = [
        pickle.loads(pickle.dumps(prepare(challenges, applications[first:last])))  # as the hand-off does
        for first, last in zip(bounds[:-1], bounds[1:], strict=True)
    ]
    split = prescreen_prepared(challenges, combine(prepared))
    assert _same(whole, split)
    assert split.duplicate_cluster[4] is not None and split.duplicate_cluster[4] == split.duplicate_cluster[5]


def test_absorbing_lexicons_in_order_numbers_words_as_one_lexicon_would() -> None:
    texts = ["Chuyển đổi số cảng", "chuyen doi so", "Port gates queue", "CẢNG cát lái gates", "new words"]
    one = Lexicon()
    whole = one.tokenize(texts)
    first, second = Lexicon(), Lexicon()
    ids_first, ids_second = first.tokenize(texts[:2]).ids, second.tokenize(texts[2:]).ids
    merged = Lexicon()
    mapped = np.concatenate([merged.absorb(first)[ids_first], merged.absorb(second)[ids_second]])
    assert merged.words == one.words and mapped.tolist() == whole.ids.tolist()


def work(app: Flask) -> None:
    SimpleWorker(all_queues(app), connection=redis_connection(app)).work(burst=True, with_scheduler=True)


def rows_of(run: ScreeningRun) -> list[tuple]:
    db.session.expire_all()
    return [
        (
            row.application_id,
            row.challenge_id,
            row.score,
            row.rank,
            row.terms,
            row.sentences,
            row.eligibility,
            row.duplicate_cluster,
            row.echo_ratio,
            row.echo_flag,
            row.best_challenge_id,
            row.margin,
            row.misrouted,
        )
        for row in db.session.scalars(
            select(ScreeningResult)
            .where(ScreeningResult.run_id == run.id)
            .order_by(ScreeningResult.application_id)
        )
    ]


@pytest.fixture
def city_call(app: Flask):
    """A call of 36 applications to three challenges (synthetic texts, copies and echoes in it)."""
    now = utcnow()
    program = ProgramFactory(
        applications_open_at=now - timedelta(days=9), applications_close_at=now + timedelta(days=1)
    )
    call = generate(33, challenges=3, seed=5)
    challenges, applications = call.records()
    made = [
        make_challenge(
            program,
            texts={
                version["lang"]: {"title": version["title"], "statement": version["description"]}
                for version in [item, *item["versions"]]
            },
        )
        for item in challenges
    ]
    for item, target in zip(applications, call.applied_to, strict=True):
        founder = make_user_with_role("startup")
        application = start_application(made[target], startup_of(founder), founder)
        words = item["text"].split()
        fields = ApplicationFields(
            title=item["title"][:150],
            summary=" ".join(words[:100]),
            proposal=" ".join(words[100:]) or ".",
            fit=".",
            trl=6,
            pilot_plan=".",
            team=".",
            lang=item["lang"],
        )
        save_draft(application, founder, fields, consent=True)
        submit_application(application, founder, f"form-{application.id}", 0)
    apply(made[0], *TEXTS[0])
    apply(made[0], *TEXTS[0])  # sent twice
    pasted = " ".join(challenges[1]["description"].split()[:100])
    apply(made[1], "Copied statement", pasted)  # the statement pasted back
    return program, made


def test_a_run_in_parts_stores_what_one_job_stores(app, city_call, login_for) -> None:
    program, _ = city_call
    single = operations.start_screening_run(program, None)
    work(app)
    split = operations.start_screening_run(program, None, parts=3)
    assert split.parts == 3
    work(app)
    db.session.refresh(single)
    db.session.refresh(split)
    assert single.state == split.state == RunState.DONE and split.percent == 100
    assert rows_of(split) == rows_of(single) and len(rows_of(split)) == 36
    assert split.input_fingerprint == single.input_fingerprint and split.counts == single.counts
    assert split.counts["flags"]["duplicate"] >= 2 and split.counts["flags"]["echo"] >= 1
    assert not redis_connection(app).keys(f"{app.config['QUEUE_PREFIX']}:screening-run:*")  # handed off
    page = login_for(app, make_user_with_role("organizer", program)).get(f"/screening/runs/{split.id}")
    assert page.status_code == 200
    assert "3 parts prepared side by side by the workers, then merged" in page.get_data(as_text=True)


def test_two_real_worker_processes_share_a_run(app, city_call, database_url, tmp_path) -> None:
    program, _ = city_call
    single = operations.start_screening_run(program, None)
    work(app)
    split = operations.start_screening_run(program, None, parts=2)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": app.config["REDIS_URL"],
        "INNOVATION_QUEUE_PREFIX": app.config["QUEUE_PREFIX"],
        "SECRET_KEY": "test-secret-key",
        "FLASK_APP": "wsgi",
        "INNOVATION_STORAGE_DIR": str(tmp_path),
    }
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "flask", "worker", "--burst"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for worker in workers:
        _, errors = worker.communicate(timeout=180)
        assert worker.returncode == 0, errors[-2000:]
    db.session.expire_all()
    split = db.session.get(ScreeningRun, split.id)
    assert split.state == RunState.DONE and rows_of(split) == rows_of(single)


def port_call():
    """A program whose one challenge has the five applications of `TEXTS`; (program, their ids)."""
    program = ProgramFactory()
    port = make_challenge(program, texts=PORT)
    return program, [apply(port, title, text).id for title, text in TEXTS]


def test_a_part_failing_once_is_retried_and_the_run_stores_one_set(make_app, monkeypatch) -> None:
    app = make_app(SCREENING_RETRY_INTERVALS=(0,))
    with app.app_context():
        program, _ = port_call()
        real = tasks.put_part
        calls: list[int] = []

        def lose_part_one_once(run_id, part, payload):
            calls.append(part)
            if part == 1 and calls.count(1) == 1:
                raise ConnectionError("worker lost its connection")
            return real(run_id, part, payload)

        monkeypatch.setattr(tasks, "put_part", lose_part_one_once)
        run = operations.start_screening_run(program, None, parts=2)
        work(app)
        db.session.expire_all()
        run = db.session.get(ScreeningRun, run.id)
        assert sorted(calls) == [0, 1, 1] and run.state == RunState.DONE and not run.error
        assert len(rows_of(run)) == len(TEXTS)


def test_a_part_that_keeps_failing_fails_the_run_and_its_merge_never_runs(make_app, monkeypatch) -> None:
    app = make_app(SCREENING_RETRY_INTERVALS=(0,))
    with app.app_context():
        program, _ = port_call()
        real = tasks.put_part

        def part_one_broken(run_id, part, payload):
            if part == 1:
                raise MemoryError("no memory left for part two")
            return real(run_id, part, payload)

        monkeypatch.setattr(tasks, "put_part", part_one_broken)
        run = operations.start_screening_run(program, None, parts=2)
        work(app)
        db.session.expire_all()
        run = db.session.get(ScreeningRun, run.id)
        assert run.state == RunState.FAILED and "no memory left for part two" in run.error
        assert rows_of(run) == []
        assert Job.fetch(run.job_id, connection=redis_connection(app)).get_status() == "canceled"
        operations.start_screening_run(program, None)  # a failed run does not block the next


def test_a_merge_missing_a_part_says_so(make_app) -> None:
    app = make_app(SCREENING_RETRY_INTERVALS=())
    with app.app_context():
        program, _ = port_call()
        run = operations.create_run(program, None, parts=2)
        with pytest.raises(handoff.MissingPart):
            tasks.merge_parts(run.id)


def test_parts_follow_the_listening_workers_once_the_call_is_large(make_app, monkeypatch) -> None:
    app = make_app(SCREENING_SPLIT_FROM=4)
    with app.app_context():
        program, ids = port_call()
        assert operations.plan_parts(program) == [(ids[0], ids[-1])]  # no worker listens: one job
        assert operations.plan_parts(program, 2) == [(ids[0], ids[2]), (ids[3], ids[4])]
        assert len(operations.plan_parts(program, 40)) == len(ids)  # never a part without applications
        app.config["SCREENING_PARTS"] = 3
        assert len(operations.plan_parts(program)) == 3
        monkeypatch.setattr(operations, "PART_SIZE_LIMIT", 1)
        assert len(operations.plan_parts(program, 2)) == len(ids)  # parts small enough for Redis
        assert len(operations.plan_parts(program, 1)) == 1  # one job hands nothing on
        app.config["SCREENING_SPLIT_FROM"] = 100
        assert len(operations.plan_parts(program)) == 1  # a small call is one job


def test_flask_screening_run_in_parts_prints_the_same_line(runner, city_call) -> None:
    import json

    program, _ = city_call
    result = runner.invoke(args=["screening", "run", program.slug, "--parts", "2", "--wait", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["state"] == "done" and summary["applications"] == 36 and summary["challenges"] == 3
    assert db.session.get(ScreeningRun, summary["run"]).parts == 2
    assert "--parts" in runner.invoke(args=["screening", "run", program.slug, "--parts", "0"]).output


def test_a_challenge_run_in_parts_stores_that_challenges_applicants_as_one_job_does(app, city_call) -> None:
    program, challenges = city_call
    single = operations.start_screening_run(program, None, challenges[1])
    work(app)
    split = operations.start_screening_run(program, None, challenges[1], parts=2)
    work(app)
    rows = rows_of(split)
    assert rows == rows_of(single) and rows and {row[1] for row in rows} == {challenges[1].id}
