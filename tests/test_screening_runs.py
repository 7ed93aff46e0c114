"""Screening runs through RQ against real Redis and the database: results, retries, determinism, refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from flask import Flask
from rq import SimpleWorker
from sqlalchemy import func, select

from challenges.applications.models import Application, ApplicationState
from challenges.applications.operations import (
    ApplicationFields,
    save_draft,
    start_application,
    submit_application,
)
from innovation.database import utcnow
from innovation.extensions import db
from innovation.programs.models import ProgramState
from innovation.queue import all_queues, redis_connection
from innovation.security import startup_of
from screening import operations, tasks
from screening.models import RunState, ScreeningResult, ScreeningRun
from tests.factories import ProgramFactory, make_challenge, make_user_with_role

PORT = {
    "vi": {
        "title": "Giảm ùn tắc xe container ở cổng cảng Cát Lái",
        "statement": "Xe container xếp hàng nhiều giờ trước cổng cảng Cát Lái; cần dự báo lượt xe và điều phối cổng.",
    },
    "en": {
        "title": "Fewer container truck queues at the Cat Lai port gates",
        "statement": "Container trucks queue for hours at the Cat Lai gates; we need arrival forecasts and gate scheduling.",
    },
}
FLOOD = {
    "en": {
        "title": "Flood and tide warnings for residents",
        "statement": "King tides and heavy rain flood streets in District 7; residents need early warnings by street.",
    },
}
TEXTS = [
    (
        "Gate arrival forecasts",
        "We forecast container truck arrivals at port gates per hour and schedule gate lanes to cut queues at Cat Lai.",
    ),
    (
        "Truck appointment system",
        "An appointment system for container trucks at the port: trucks book gate slots, queues at the gates shrink.",
    ),
    (
        "Street flood sensors",
        "Water level sensors in streets of District 7 send flood warnings to residents by SMS before king tides.",
    ),
    (
        "Tide alert app",
        "An app warns residents of tides and heavy rain flooding their street, with maps of flooded roads.",
    ),
    (
        "Coffee roastery software",
        "Software for coffee roasteries to plan roasting batches and sell beans online.",
    ),
]


def apply(challenge, title: str, text: str, **fields) -> Application:
    founder = make_user_with_role("startup")
    application = start_application(challenge, startup_of(founder), founder)
    save_draft(
        application,
        founder,
        ApplicationFields(
            title=title,
            summary=text,
            proposal=text,
            fit=text,
            trl=fields.get("trl", 6),
            pilot_plan="Pilot.",
            team="Team.",
            lang="en",
        ),
        consent=True,
    )
    submit_application(application, founder, f"form-{application.id}", 0)
    return application


@pytest.fixture
def program_with_applications(app: Flask):
    now = utcnow()
    program = ProgramFactory(
        slug="oid-2026",
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        applications_open_at=now - timedelta(days=3),
        applications_close_at=now + timedelta(days=3),
    )
    port = make_challenge(program, texts=PORT, min_trl=5)
    flood = make_challenge(program, texts=FLOOD)
    applications = [
        apply(port, *TEXTS[0]),
        apply(port, *TEXTS[1]),
        apply(flood, *TEXTS[2]),
        apply(flood, *TEXTS[3]),
    ]
    applications.append(apply(port, *TEXTS[4], trl=2))  # off-topic and under the TRL the port asks
    applications.append(apply(port, *TEXTS[2]))  # a flood answer sent to the port challenge
    return program, port, flood, applications


def work(app: Flask) -> None:
    SimpleWorker(all_queues(app), connection=redis_connection(app)).work(burst=True, with_scheduler=True)


def results_of(run: ScreeningRun) -> list[ScreeningResult]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            select(ScreeningResult)
            .where(ScreeningResult.run_id == run.id)
            .order_by(ScreeningResult.application_id)
        )
    )


def test_a_run_ranks_each_challenges_applicants_with_reasons_and_flags(
    app, program_with_applications
) -> None:
    program, port, flood, applications = program_with_applications
    run = operations.start_screening_run(program, None)
    assert run.state == RunState.QUEUED and run.job_id
    work(app)
    db.session.refresh(run)
    assert run.state == RunState.DONE and run.percent == 100 and run.engine_version and run.input_fingerprint
    rows = {row.application_id: row for row in results_of(run)}
    assert len(rows) == 6
    port_ranked = sorted(
        (row for row in rows.values() if row.challenge_id == port.id), key=lambda row: row.rank
    )
    assert {port_ranked[0].application_id, port_ranked[1].application_id} == {
        applications[0].id,
        applications[1].id,
    }
    assert port_ranked[0].terms and port_ranked[0].sentences and 0 <= port_ranked[-1].score <= 100
    off_topic = rows[applications[4].id]
    assert [flag["code"] for flag in off_topic.eligibility] and off_topic.rank >= 3
    wrong_door = rows[applications[5].id]
    assert wrong_door.best_challenge_id == flood.id and wrong_door.misrouted
    assert run.counts["applications"] == 6 and run.counts["flags"]["misrouted"] >= 1
    db.session.expire_all()
    assert db.session.get(Application, applications[0].id).state == ApplicationState.SCREENED


def test_the_same_inputs_give_the_same_ranking_bit_for_bit(app, program_with_applications) -> None:
    program, *_ = program_with_applications
    first = operations.start_screening_run(program, None)
    work(app)
    second = operations.start_screening_run(program, None)
    work(app)
    db.session.refresh(first)
    db.session.refresh(second)
    assert first.input_fingerprint == second.input_fingerprint

    def key(row: ScreeningResult) -> tuple:
        return (
            row.application_id,
            row.challenge_id,
            row.score,
            row.rank,
            row.terms,
            row.sentences,
            row.eligibility,
            row.misrouted,
        )

    assert [key(row) for row in results_of(first)] == [key(row) for row in results_of(second)]


def test_a_second_run_of_the_same_scope_is_refused_while_one_is_queued(
    app, program_with_applications
) -> None:
    program, port, *_ = program_with_applications
    operations.start_screening_run(program, None)
    with pytest.raises(operations.ScreeningError) as refused:
        operations.start_screening_run(program, None)
    assert refused.value.reason == "busy"
    operations.start_screening_run(program, None, port)  # another scope may go
    assert db.session.scalar(select(func.count(ScreeningRun.id))) == 2


def test_a_job_failing_midway_is_retried_and_leaves_one_set_of_results(make_app, monkeypatch) -> None:
    app = make_app(SCREENING_RETRY_INTERVALS=(0,))
    with app.app_context():
        now = utcnow()
        program = ProgramFactory(
            applications_open_at=now - timedelta(days=1), applications_close_at=now + timedelta(days=1)
        )
        port = make_challenge(program, texts=PORT)
        for title, text in TEXTS[:3]:
            apply(port, title, text)
        real_write = operations.write_results
        calls = {"count": 0}

        def fail_once_after_writing(run, challenges, fingerprint, pairs):
            calls["count"] += 1
            if calls["count"] == 1:
                db.session.execute(
                    ScreeningResult.__table__.insert(),
                    [
                        {
                            "run_id": run.id,
                            "application_id": pairs[0].application_id,
                            "challenge_id": port.id,
                            "score": 1.0,
                            "rank": 1,
                        }
                    ],
                )
                db.session.flush()
                raise ConnectionError("database connection lost")
            return real_write(run, challenges, fingerprint, pairs)

        monkeypatch.setattr(tasks, "write_results", fail_once_after_writing)
        run = operations.start_screening_run(program, None)
        work(app)
        db.session.expire_all()
        run = db.session.get(ScreeningRun, run.id)
        assert calls["count"] == 2 and run.state == RunState.DONE and run.attempts == 2
        assert len(results_of(run)) == 3  # one set: the failed attempt's row is gone


def test_a_job_that_keeps_failing_says_why(make_app, monkeypatch) -> None:
    app = make_app(SCREENING_RETRY_INTERVALS=(0,))
    with app.app_context():
        program = ProgramFactory()
        make_challenge(program)

        def broken(*args, **kwargs):
            raise RuntimeError("the engine ran out of memory")

        monkeypatch.setattr(tasks, "prescreen_prepared", broken)
        run = operations.start_screening_run(program, None)
        work(app)
        db.session.expire_all()
        run = db.session.get(ScreeningRun, run.id)
        assert run.state == RunState.FAILED and "the engine ran out of memory" in run.error
        assert run.attempts == 2 and run.finished_at is not None
        operations.start_screening_run(program, None)  # a failed run does not block the next


def test_starting_a_run_while_redis_is_down_is_refused_with_a_message(make_app) -> None:
    app = make_app(REDIS_URL="redis://127.0.0.1:6399/0")
    with app.app_context():
        program = ProgramFactory()
        with pytest.raises(operations.ScreeningError) as refused:
            operations.start_screening_run(program, None)
        assert refused.value.reason == "queue_down"
        run = db.session.scalar(select(ScreeningRun))
        assert run.state == RunState.FAILED and "not reachable" in run.error


def test_a_real_rq_worker_process_runs_the_job(
    app, program_with_applications, database_url, tmp_path
) -> None:
    program, *_ = program_with_applications
    run = operations.start_screening_run(program, None)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": app.config["REDIS_URL"],
        "INNOVATION_QUEUE_PREFIX": app.config["QUEUE_PREFIX"],
        "SECRET_KEY": "test-secret-key",
        "FLASK_APP": "wsgi",
        "INNOVATION_STORAGE_DIR": str(tmp_path),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "flask", "worker", "--burst"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    db.session.expire_all()
    assert db.session.get(ScreeningRun, run.id).state == RunState.DONE


def test_flask_screening_run_waits_and_prints_one_json_line(runner, program_with_applications) -> None:
    result = runner.invoke(args=["screening", "run", "oid-2026", "--wait", "--json"])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stdout.splitlines() if line.strip()]
    summary = json.loads(line)
    assert summary["state"] == "done" and summary["applications"] == 6 and summary["challenges"] == 2
    assert set(summary["flags"]) == {"ineligible", "duplicate", "echo", "misrouted"}
    assert "application window is still open" in result.stderr


def test_flask_screening_run_refuses_an_unknown_program_or_challenge(
    runner, program_with_applications
) -> None:
    assert "no program" in runner.invoke(args=["screening", "run", "nope", "--wait"]).output
    assert (
        "has no challenge"
        in runner.invoke(args=["screening", "run", "oid-2026", "--challenge", "999999"]).output
    )


def test_a_large_call_keeps_reasons_for_each_challenges_best_applicants(make_app, monkeypatch) -> None:
    app = make_app()
    with app.app_context():
        now = utcnow()
        program = ProgramFactory(
            applications_open_at=now - timedelta(days=1), applications_close_at=now + timedelta(days=1)
        )
        port = make_challenge(program, texts=PORT)
        for title, text in TEXTS[:3]:
            apply(port, title, text)
        monkeypatch.setattr(tasks, "EXPLAINED_PER_CHALLENGE", 1)
        run = operations.start_screening_run(program, None)
        work(app)
        rows = sorted(results_of(run), key=lambda row: row.rank)
        assert rows[0].terms and not any(row.terms or row.sentences for row in rows[1:])
        assert [row.rank for row in rows] == [1, 2, 3] and all(row.score >= 0 for row in rows)
