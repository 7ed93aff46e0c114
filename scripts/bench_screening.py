"""`make bench-screening`: screening runs through the real job, on PostgreSQL, with one `flask worker`.

1. The demo program (about 400 applications, 15 challenges): from pressing the button (the run is created
   and its job enqueued) to the ranked lists stored, with one worker, queue included; three runs.
2. A city-wide call: 50,000 synthetic applications to 20 challenges written to the database, screened
   - by one job on one worker (`city_run`),
   - in two parts and a merging job, on one worker and then on two (`city_run_parts`: the scale-out);
   against the engine alone on the same texts in this process.
Prints one JSON line per measure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def fresh_database(admin_url: str, name: str) -> str:
    """Drop and create the benchmark's own database; its SQLAlchemy URL."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin_url.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + "/" + name


def run(command: list[str], env: dict[str, str]) -> None:
    """A setup command; stop with its output when it fails."""
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


def start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """One more `flask worker` process, as on another machine sharing Redis and PostgreSQL."""
    return subprocess.Popen(
        [str(BIN / "flask"), "worker"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for_workers(count: int) -> None:
    """Until `count` workers listen on the screening queue."""
    from innovation.queue import listening_workers

    deadline = time.monotonic() + 60
    while listening_workers("screening") < count:
        if time.monotonic() > deadline:
            sys.exit(f"fewer than {count} workers started")
        time.sleep(0.2)


def wait_for_idle() -> None:
    """Until the workers have worked off what is queued (the demo's seeded e-mails), so that each measure
    starts on idle workers."""
    from rq.registry import StartedJobRegistry

    from innovation.queue import all_queues

    while any(queue.count or StartedJobRegistry(queue=queue).count for queue in all_queues()):
        time.sleep(0.2)


def button_to_results(program_slug: str, parts: int | None = None) -> tuple[float, dict[str, object]]:
    """Start a run as the button does and wait for its results; (seconds, counts)."""
    from sqlalchemy import select

    from innovation.extensions import db
    from innovation.programs.models import Program
    from screening.models import RunState, ScreeningRun
    from screening.operations import start_screening_run

    program = db.session.scalar(select(Program).where(Program.slug == program_slug))
    started = time.perf_counter()
    run_id = start_screening_run(program, None, parts=parts).id
    while True:
        db.session.expire_all()
        state = db.session.get(ScreeningRun, run_id)
        if state.state in (RunState.DONE, RunState.FAILED):
            break
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if state.state == RunState.FAILED:
        sys.exit(f"run failed: {state.error}")
    return seconds, dict(state.counts)


def write_city_call(
    size: int, challenges: int
) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """A program with `challenges` published challenges and `size` submitted applications (bulk SQL)."""
    from challenges.applications.models import Application, ApplicationState
    from challenges.models import Challenge, ChallengeState, ChallengeText
    from innovation.database import utcnow
    from innovation.extensions import db
    from innovation.organizations.models import Organization, OrganizationKind
    from innovation.programs.models import Program, ProgramState
    from screening.engine.synthetic import generate

    call = generate(size, challenges=challenges, seed=50)
    engine_challenges, engine_applications = call.records()
    now = utcnow()
    program = Program(
        name="City-wide call", slug="city-wide", state=ProgramState.SCREENING, applications_close_at=now
    )
    owner = Organization(name="City", kind=OrganizationKind.CITY_AGENCY, country="VN")
    db.session.add_all([program, owner])
    db.session.flush()
    ids = []
    for item in engine_challenges:
        challenge = Challenge(
            program_id=program.id, organization_id=owner.id, state=ChallengeState.PUBLISHED, search_text=""
        )
        challenge.texts.append(
            ChallengeText(lang=item["lang"], title=item["title"], statement=item["description"])
        )
        for version in item["versions"]:
            challenge.texts.append(
                ChallengeText(lang=version["lang"], title=version["title"], statement=version["description"])
            )
        db.session.add(challenge)
        db.session.flush()
        ids.append(challenge.id)
    db.session.execute(
        Organization.__table__.insert(),
        [
            {
                "name": f"City startup {n}",
                "kind": "startup",
                "country": "VN",
                "website": "",
                "created_at": now,
                "updated_at": now,
            }
            for n in range(size)
        ],
    )
    startup_ids = list(db.session.scalars(select_ids(Organization, "City startup %")))
    rows = []
    for index, (item, target) in enumerate(zip(engine_applications, call.applied_to, strict=True)):
        rows.append(
            {
                "challenge_id": ids[target],
                "startup_id": startup_ids[index],
                "state": ApplicationState.SUBMITTED.value,
                "lang": item["lang"],
                "title": item["title"],
                "summary": item["text"],
                **{
                    name: ""
                    for name in ("proposal", "fit", "pilot_plan", "team", "video_url", "revenue_band")
                },
                "consent_version": "",
                "version": 1,
                "submitted_at": now,
                "created_at": now,
                "updated_at": now,
            }
        )
    for start in range(0, len(rows), 5000):
        db.session.execute(Application.__table__.insert(), rows[start : start + 5000])
    db.session.commit()
    return "city-wide", engine_challenges, engine_applications


def select_ids(model, pattern: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    return select(model.id).where(model.name.like(pattern)).order_by(model.id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--admin-url",
        default=os.environ.get("BENCH_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/11"))
    parser.add_argument("--city-size", type=int, default=50_000)
    options = parser.parse_args()

    database_url = fresh_database(options.admin_url, "bench_screening")
    env = {
        **os.environ,
        "FLASK_APP": "wsgi",
        "DATABASE_URL": database_url,
        "REDIS_URL": options.redis_url,
        "INNOVATION_QUEUE_PREFIX": "bench-screening",
    }
    run([str(BIN / "flask"), "db", "upgrade"], env)
    run([str(BIN / "flask"), "seed-demo"], env)
    os.environ.update(env)
    from innovation import create_app
    from innovation.queue import redis_connection

    app = create_app()
    workers = [start_worker(env)]
    try:
        with app.app_context():
            redis_connection().ping()
            wait_for_workers(1)
            wait_for_idle()
            timings = []
            for _ in range(3):
                seconds, counts = button_to_results("open-innovation-day-2026")
                timings.append(seconds)
            print(
                json.dumps(
                    {
                        "name": "demo_run",
                        "applications": counts["applications"],
                        "challenges": counts["challenges"],
                        "seconds": [round(t, 2) for t in timings],
                        "median_s": round(statistics.median(timings), 2),
                        "flags": counts["flags"],
                    }
                ),
                flush=True,
            )

            slug, challenges, applications = write_city_call(options.city_size, 20)
            seconds, counts = button_to_results(slug, parts=1)
            city = {"applications": counts["applications"], "challenges": counts["challenges"]}
            print(
                json.dumps({"name": "city_run", **city, "workers": 1, "seconds": round(seconds, 1)}),
                flush=True,
            )
            for count in (1, 2):
                while len(workers) < count:
                    workers.append(start_worker(env))
                    wait_for_workers(len(workers))
                seconds, _ = button_to_results(slug, parts=2)
                print(
                    json.dumps(
                        {
                            "name": "city_run_parts",
                            **city,
                            "parts": 2,
                            "workers": count,
                            "seconds": round(seconds, 1),
                        }
                    ),
                    flush=True,
                )
            from screening.engine.pipeline import prescreen

            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            started = time.perf_counter()
            prescreen(challenges, applications)
            engine_seconds = time.perf_counter() - started
            print(
                json.dumps(
                    {
                        "name": "engine_alone",
                        **city,
                        "seconds": round(engine_seconds, 1),
                        "peak_rss_mb": round(
                            max(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024, 1
                        ),
                    }
                ),
                flush=True,
            )
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=30)


if __name__ == "__main__":
    main()
