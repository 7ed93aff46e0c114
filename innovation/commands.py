"""`flask` CLI commands: create-admin, seed-demo, worker, mail-sweep, program stats, delete-scheduled-data."""

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
        click.echo(f"  {role:<16} {email}")


@click.command("worker")
@with_appcontext
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
def worker(burst: bool) -> None:
    """Run an RQ worker on the platform's queues (mail, screening, default)."""
    from rq import Worker

    from innovation.queue import all_queues, redis_connection

    queues = all_queues(current_app._get_current_object())  # type: ignore[attr-defined]
    Worker(queues, connection=redis_connection()).work(burst=burst, with_scheduler=False)


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
