"""The organizer's dashboard of a program's applications: counts by state, day, sector, country,
language and challenge, from two queries whatever the number of applications."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from challenges.applications.models import RECEIVED_STATES, Application, ApplicationState
from challenges.models import Challenge
from challenges.startups.models import StartupProfile
from innovation.dates import utc_to_local
from innovation.extensions import db
from innovation.organizations.models import Organization
from innovation.programs.models import Program

NOT_STATED = "not_stated"


@dataclass
class Dashboard:
    """A program's application figures, each a list of (key, count) in display order."""

    by_state: list[tuple[str, int]] = field(default_factory=list)
    by_day: list[tuple[date, int]] = field(default_factory=list)
    by_sector: list[tuple[str, int]] = field(default_factory=list)
    by_country: list[tuple[str, int]] = field(default_factory=list)
    by_language: list[tuple[str, int]] = field(default_factory=list)
    by_challenge: list[tuple[Challenge, int, int]] = field(
        default_factory=list
    )  # (challenge, received, drafts)
    received: int = 0


def program_dashboard(program: Program) -> Dashboard:
    """Count the program's applications; "received" means submitted and not withdrawn, whatever came after."""
    challenges = list(
        db.session.scalars(select(Challenge).where(Challenge.program_id == program.id).order_by(Challenge.id))
    )
    rows = db.session.execute(
        select(
            Application.challenge_id,
            Application.state,
            Application.lang,
            Application.submitted_at,
            Organization.country,
            StartupProfile.sectors,
        )
        .join(Challenge, Challenge.id == Application.challenge_id)
        .join(Organization, Organization.id == Application.startup_id)
        .outerjoin(StartupProfile, StartupProfile.organization_id == Organization.id)
        .where(Challenge.program_id == program.id)
    ).all()
    states = Counter(row.state for row in rows)
    received = [row for row in rows if row.state in RECEIVED_STATES]
    days = Counter(utc_to_local(row.submitted_at).date() for row in received if row.submitted_at)
    sectors = Counter(sector for row in received for sector in (row.sectors or [NOT_STATED]))
    per_challenge = Counter(row.challenge_id for row in received)
    drafts = Counter(row.challenge_id for row in rows if row.state == ApplicationState.DRAFT)
    return Dashboard(
        by_state=[(state.value, states.get(state, 0)) for state in ApplicationState],
        by_day=_every_day(days, program),
        by_sector=sectors.most_common(),
        by_country=Counter(row.country for row in received).most_common(),
        by_language=sorted(Counter(row.lang for row in received).items()),
        by_challenge=[
            (challenge, per_challenge.get(challenge.id, 0), drafts.get(challenge.id, 0))
            for challenge in challenges
        ],
        received=len(received),
    )


def _every_day(days: Counter[date], program: Program) -> list[tuple[date, int]]:
    """Counts for each day from the window's opening (or the first submission) to the deadline or today."""
    if not days and program.applications_open_at is None:
        return []
    first = min(
        [
            *days,
            *([utc_to_local(program.applications_open_at).date()] if program.applications_open_at else []),
        ]
    )
    last_candidates = [*days]
    if program.applications_close_at:
        last_candidates.append(utc_to_local(program.applications_close_at).date())
    last = max(last_candidates) if last_candidates else first
    span = min((last - first).days, 366)
    return [
        (first + timedelta(days=offset), days.get(first + timedelta(days=offset), 0))
        for offset in range(span + 1)
    ]


def dashboard_csv(dashboard: Dashboard) -> str:
    """The dashboard's figures as CSV rows (dimension, key, count), UTF-8 with a BOM for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["dimension", "key", "count"])
    for dimension, items in (
        ("state", dashboard.by_state),
        ("day", [(day.isoformat(), count) for day, count in dashboard.by_day]),
        ("sector", dashboard.by_sector),
        ("country", dashboard.by_country),
        ("language", dashboard.by_language),
        (
            "challenge",
            [(challenge.title, received) for challenge, received, _drafts in dashboard.by_challenge],
        ),
    ):
        for key, count in items:
            writer.writerow([dimension, _safe_cell(str(key)), count])
    return "\ufeff" + buffer.getvalue()


def _safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
