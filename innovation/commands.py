"""`flask` CLI commands: accounts, the demo, the worker, mail, program stats, screening, judging, data
deletion."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import with_appcontext


def register_cli(app: Flask) -> None:
    """Add the commands to the app's CLI."""
    app.cli.add_command(create_admin)
    app.cli.add_command(seed_demo)
    app.cli.add_command(worker)
    app.cli.add_command(mail_sweep)
    app.cli.add_command(program_group)
    app.cli.add_command(delete_scheduled)
    app.cli.add_command(screening_group)
    app.cli.add_command(judging_group)


@click.command("create-admin")
@with_appcontext
@click.argument("email")
@click.option("--name", default="Site admin", show_default=True)
@click.password_option()
def create_admin(email: str, name: str, password: str) -> None:
    """Create (or promote) a site admin account."""
    from innovation.admin.operations import create_site_admin

    user = create_site_admin(email, name, password)
    click.echo(f"site admin: {user.email}")


@click.command("seed-demo")
@with_appcontext
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already has users.")
def seed_demo(if_empty: bool) -> None:
    """Build the demo program "Open Innovation Day" and print its logins (never in production)."""
    if current_app.config["ENV_NAME"] == "production":
        raise click.ClickException(
            "seed-demo creates accounts with a published password: refused in production"
        )
    from innovation.demo import DEMO_PASSWORD, database_is_empty, existing_demo_logins, seed_demo_program

    if if_empty and not database_is_empty():
        logins = existing_demo_logins()
        click.echo("The database already has data: demo not seeded again.")
    else:
        logins = seed_demo_program()
        click.echo("Demo program seeded.")
    if logins:
        click.echo(f"Demo logins (password for every demo account: {DEMO_PASSWORD}):")
    for role, email in logins:
        click.echo(f"  {role:<24} {email}")


@click.command("worker")
@with_appcontext
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
def worker(burst: bool) -> None:
    """Run an RQ worker on the platform's queues (mail, screening, default)."""
    from rq import Worker

    import screening.tasks  # noqa: F401  (loaded once here, so each forked job starts with the engine ready)
    from innovation.queue import all_queues, redis_connection
    from screening.engine.glossary import default_glossary

    default_glossary()

    queues = all_queues(current_app._get_current_object())  # type: ignore[attr-defined]
    # The scheduler puts retried jobs (screening retries after a pause) back on their queue.
    Worker(queues, connection=redis_connection()).work(burst=burst, with_scheduler=True)


@click.command("mail-sweep")
@with_appcontext
def mail_sweep() -> None:
    """Enqueue every outbox message still waiting (after Redis was down)."""
    from innovation.mail.operations import pending_message_ids
    from innovation.mail.tasks import deliver_message
    from innovation.queue import enqueue

    ids = pending_message_ids()
    for message_id in ids:
        enqueue("mail", deliver_message, message_id)
    click.echo(f"{len(ids)} message(s) enqueued")


@click.group("program")
def program_group() -> None:
    """Look at programs from the command line."""


@program_group.command("stats")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts and checks).")
@with_appcontext
def program_stats_command(slug: str, as_json: bool) -> None:
    """Counts of a program's challenges (and, later, applications) by state."""
    import json

    from sqlalchemy import select

    from innovation.extensions import db
    from innovation.programs.models import Program
    from innovation.programs.operations import program_stats

    program = db.session.scalar(select(Program).where(Program.slug == slug))
    if program is None:
        raise click.ClickException(f"no program with the slug {slug!r}")
    stats = program_stats(program)
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False))
        return
    click.echo(f"{stats['program']}: {stats['state']}")
    for key, value in stats.items():
        if isinstance(value, dict):
            click.echo(f"  {key}: " + ", ".join(f"{name} {count}" for name, count in value.items()))


@click.command("delete-scheduled-data")
@with_appcontext
def delete_scheduled() -> None:
    """Carry out the data deletions startups asked for while judging held them (run it daily)."""
    from challenges.startups.operations import carry_out_scheduled_deletions

    click.echo(f"{carry_out_scheduled_deletions()} startup(s) deleted")


@click.group("screening")
def screening_group() -> None:
    """Pre-screening runs from the command line."""


@screening_group.command("run")
@click.argument("slug")
@click.option("--challenge", "challenge_id", type=int, help="Screen one challenge of the program.")
@click.option("--wait", is_flag=True, help="Wait for the run to finish (working it here if no worker does).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON line (for scripts and checks).")
@click.option(
    "--parts",
    type=click.IntRange(1, 32),
    help="Prepare the applications in this many parts, one job each, for several workers "
    "(default: one per listening worker once the call has INNOVATION_SCREENING_SPLIT_FROM applications).",
)
@with_appcontext
def screening_run(slug: str, challenge_id: int | None, wait: bool, as_json: bool, parts: int | None) -> None:
    """Start a screening run of a program, and with --wait report what it found."""
    import json
    import time

    from sqlalchemy import select

    from challenges.models import Challenge
    from innovation.extensions import db
    from innovation.programs.models import Program
    from innovation.programs.timeline import applications_open
    from innovation.queue import listening_workers
    from screening.models import RunState, ScreeningRun
    from screening.operations import ScreeningError, start_screening_run

    program = db.session.scalar(select(Program).where(Program.slug == slug))
    if program is None:
        raise click.ClickException(f"no program with the slug {slug!r}")
    challenge = None
    if challenge_id is not None:
        challenge = db.session.get(Challenge, challenge_id)
        if challenge is None or challenge.program_id != program.id:
            raise click.ClickException(f"program {slug!r} has no challenge {challenge_id}")
    if applications_open(program):
        click.echo("warning: the application window is still open; applications may still change", err=True)
    started = time.monotonic()
    try:
        run = start_screening_run(program, None, challenge, parts)
    except ScreeningError as error:
        raise click.ClickException(
            {
                "busy": "a run of this scope is queued or running already",
                "queue_down": "Redis is not reachable",
            }.get(error.reason, error.reason)
        ) from error
    if not wait:
        click.echo(
            json.dumps({"run": run.id, "state": run.state.value}) if as_json else f"run {run.id} queued"
        )
        return
    run_id = run.id
    while True:
        db.session.expire_all()
        run = db.session.get(ScreeningRun, run_id)
        if run.state in (RunState.DONE, RunState.FAILED):
            break
        if run.state == RunState.QUEUED and not listening_workers("screening"):
            _work_screening_queue()  # no worker listens: work the job here
            continue
        time.sleep(0.2)
    seconds = round(time.monotonic() - started, 2)
    counts = run.counts or {}
    summary = {
        "run": run.id,
        "state": run.state.value,
        "seconds": seconds,
        "applications": counts.get("applications", 0),
        "challenges": counts.get("challenges", 0),
        "flags": counts.get("flags", {"ineligible": 0, "duplicate": 0, "echo": 0, "misrouted": 0}),
    }
    if run.state == RunState.FAILED:
        summary["error"] = run.error
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(f"run {run.id}: {run.state.value} in {seconds} s, {summary['applications']} applications")
    if run.state == RunState.FAILED:
        raise SystemExit(1)


def _work_screening_queue() -> None:
    """Work the screening queue in this process until it is empty (quietly: stdout is the command's)."""
    from rq import SimpleWorker

    from innovation.queue import get_queue, redis_connection

    queue = get_queue("screening", current_app._get_current_object())  # type: ignore[attr-defined]
    SimpleWorker([queue], connection=redis_connection()).work(
        burst=True, with_scheduler=True, logging_level="ERROR"
    )


@click.group("judging")
def judging_group() -> None:
    """Judging from the command line."""


@judging_group.command("assign")
@click.argument("slug")
@click.option("--dry-run", is_flag=True, help="Compute the assignment and write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON line (for scripts and checks).")
@with_appcontext
def judging_assign(slug: str, dry_run: bool, as_json: bool) -> None:
    """Propose the best assignment of judges to the program's shortlisted applications."""
    import json

    from sqlalchemy import select

    from innovation.extensions import db
    from innovation.judging.operations import propose_assignment
    from innovation.programs.models import Program

    program = db.session.scalar(select(Program).where(Program.slug == slug))
    if program is None:
        raise click.ClickException(f"no program with the slug {slug!r}")
    outcome = propose_assignment(program, None, dry_run=dry_run)
    summary = {
        key: outcome[key] for key in ("applications", "judges", "assignments", "unassigned", "seconds")
    }
    if as_json:
        click.echo(json.dumps(summary))
        return
    click.echo(
        f"{summary['assignments']} assignment(s) of {summary['judges']} judge(s) to "
        f"{summary['applications']} shortlisted application(s) in {summary['seconds']} s"
        + (" (dry run: nothing written)" if dry_run else " (proposed: confirm them on the judging page)")
    )
    for shortfall in outcome["result"].unassigned:
        click.echo(
            f"  application {shortfall.application_id}: {shortfall.missing} judge(s) short ({shortfall.why})"
        )
