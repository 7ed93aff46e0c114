"""The tables organizers download: applications, screening results, judges' scores, judging results and
decisions of a program, optionally of one of its challenges.

Each builder is a plain function of the program (and the challenge, or None for the whole program) that
returns a `Table`; the writers turn it into CSV or XLSX. Numbers stay numbers and times are the centre's
wall-clock time, so a spreadsheet can sort and sum them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from flask_babel import LazyString, get_locale, gettext
from flask_babel import lazy_gettext as _l
from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from challenges.applications.models import Application, ApplicationState
from challenges.models import Challenge
from innovation.dates import utc_to_local
from innovation.decisions.models import Decision
from innovation.exports.cells import Cell
from innovation.extensions import db
from innovation.judging.aggregation import weighted_score
from innovation.judging.models import Assignment, Score, ScoreState
from innovation.judging.operations import conflicted_pairs
from innovation.judging.reports import challenge_results
from innovation.labels import application_state_label, language_label, outcome_label, revenue_label
from innovation.programs.models import Program
from screening.models import ScreeningResult
from screening.operations import latest_run_with


class Table(NamedTuple):
    """A sheet: its title, the column titles and the rows (what `writers.xlsx_bytes` takes)."""

    title: str
    header: list[str]
    rows: list[list[Cell]]


def _locale() -> str:
    return str(get_locale() or "en")


def _local(moment: datetime | None) -> datetime | None:
    """A stored UTC moment as the centre's wall-clock time (Asia/Ho_Chi_Minh), naive for a spreadsheet."""
    return utc_to_local(moment) if moment is not None else None


def _challenge_title(challenge: Challenge) -> str:
    return challenge.text_for(_locale())[0].title if challenge.texts else ""


def _program_challenges(program: Program, challenge: Challenge | None) -> list[Challenge]:
    if challenge is not None:
        return [challenge]
    return list(
        db.session.scalars(
            select(Challenge)
            .options(selectinload(Challenge.texts))
            .where(Challenge.program_id == program.id)
            .order_by(Challenge.id)
        )
    )


def _in_scope(query: Select, program: Program, challenge: Challenge | None) -> Select:
    """Limit an application query (joined to its challenge) to the program, or to one challenge of it."""
    query = query.where(Challenge.program_id == program.id)
    if challenge is not None:
        query = query.where(Application.challenge_id == challenge.id)
    return query


def applications(program: Program, challenge: Challenge | None = None) -> Table:
    """Every application sent to the program (drafts left out): who, to which challenge, in which state,
    when, and what they wrote."""
    query = _in_scope(
        select(Application)
        .join(Challenge, Challenge.id == Application.challenge_id)
        .options(
            selectinload(Application.startup),
            selectinload(Application.challenge).selectinload(Challenge.texts),
        )
        .where(Application.state != ApplicationState.DRAFT)
        .order_by(Application.challenge_id, Application.id),
        program,
        challenge,
    )
    header = [
        gettext("Application id"),
        gettext("Startup"),
        gettext("Challenge id"),
        gettext("Challenge"),
        gettext("State"),
        gettext("Language"),
        gettext("Submitted at (GMT+7)"),
        gettext("Withdrawn at (GMT+7)"),
        gettext("Versions submitted"),
        gettext("Title"),
        gettext("Summary"),
        gettext("Proposal"),
        gettext("Fit with the challenge"),
        gettext("Technology readiness level (TRL)"),
        gettext("Paying customers"),
        gettext("Pilots done"),
        gettext("Revenue"),
        gettext("Pilot plan"),
        gettext("Team"),
        gettext("Video"),
    ]
    rows: list[list[Cell]] = [
        [
            application.id,
            application.startup.name,
            application.challenge_id,
            _challenge_title(application.challenge),
            application_state_label(application.state),
            language_label(application.lang),
            _local(application.submitted_at),
            _local(application.withdrawn_at),
            application.version,
            application.title,
            application.summary,
            application.proposal,
            application.fit,
            application.trl,
            application.customers,
            application.pilots,
            revenue_label(application.revenue_band) if application.revenue_band else "",
            application.pilot_plan,
            application.team,
            application.video_url,
        ]
        for application in db.session.scalars(query)
    ]
    return Table(gettext("Applications"), header, rows)


def _flag_reasons(flags: list[dict[str, object]]) -> str:
    locale = _locale()
    reasons = []
    for flag in flags:
        message = flag.get("message")
        if isinstance(message, dict):
            reasons.append(str(message.get(locale) or message.get("en") or flag.get("code", "")))
        else:
            reasons.append(str(flag.get("code", "")))
    return "; ".join(reasons)


def screening(program: Program, challenge: Challenge | None = None) -> Table:
    """Each challenge's applicants as its latest finished screening run ranked them, with every flag."""
    header = [
        gettext("Run"),
        gettext("Challenge id"),
        gettext("Challenge"),
        gettext("Rank"),
        gettext("Application id"),
        gettext("Startup"),
        gettext("Title"),
        gettext("Relevance score"),
        gettext("Eligible"),
        gettext("Eligibility flags"),
        gettext("Duplicate cluster"),
        gettext("Echo ratio"),
        gettext("Copied statement"),
        gettext("Keyword stuffing"),
        gettext("Best-fitting challenge id"),
        gettext("Best-fitting challenge"),
        gettext("Best-fit score"),
        gettext("Margin"),
        gettext("Sent to the wrong challenge"),
    ]
    rows: list[list[Cell]] = []
    for each in _program_challenges(program, challenge):
        run = latest_run_with(each)
        if run is None:
            continue
        results = db.session.scalars(
            select(ScreeningResult)
            .options(
                selectinload(ScreeningResult.application).selectinload(Application.startup),
                selectinload(ScreeningResult.best_challenge).selectinload(Challenge.texts),
            )
            .where(ScreeningResult.run_id == run.id, ScreeningResult.challenge_id == each.id)
            .order_by(ScreeningResult.rank, ScreeningResult.application_id)
        )
        for result in results:
            best = result.best_challenge
            rows.append(
                [
                    run.id,
                    each.id,
                    _challenge_title(each),
                    result.rank,
                    result.application_id,
                    result.application.startup.name,
                    result.application.title,
                    result.score,
                    not result.eligibility,
                    _flag_reasons(result.eligibility),
                    result.duplicate_cluster,
                    round(result.echo_ratio, 4),
                    result.echo_flag,
                    result.stuffing_flag,
                    best.id if best is not None else None,
                    _challenge_title(best) if best is not None else "",
                    result.best_score,
                    result.margin,
                    result.misrouted,
                ]
            )
    return Table(gettext("Pre-screening"), header, rows)


def scores(program: Program, challenge: Challenge | None = None) -> Table:
    """Every submitted score, one row per judge and application: each criterion as given, the weighted
    0-100 total and the score normalized within that judge's own scores (empty when left out of the
    ranking for a conflict)."""
    query = _in_scope(
        select(Score)
        .join(Assignment, Assignment.id == Score.assignment_id)
        .join(Application, Application.id == Assignment.application_id)
        .join(Challenge, Challenge.id == Application.challenge_id)
        .options(
            selectinload(Score.rubric),
            selectinload(Score.assignment).selectinload(Assignment.judge),
            selectinload(Score.assignment)
            .selectinload(Assignment.application)
            .selectinload(Application.startup),
            selectinload(Score.assignment)
            .selectinload(Assignment.application)
            .selectinload(Application.challenge)
            .selectinload(Challenge.texts),
        )
        .where(Assignment.program_id == program.id, Score.state == ScoreState.SUBMITTED)
        .order_by(Application.challenge_id, Application.id, Assignment.judge_id),
        program,
        challenge,
    )
    given = list(db.session.scalars(query))
    locale = _locale()
    versions = {score.rubric.version for score in given}
    criteria = {}
    for score in sorted(given, key=lambda score: score.rubric.version):
        for criterion in score.rubric.criteria:
            name = criterion.name_in(locale)
            if len(versions) > 1:
                name = gettext("%(name)s (rubric v%(version)d)", name=name, version=score.rubric.version)
            criteria.setdefault(criterion.id, f"{name} (1–{criterion.scale})")
    normalized = {
        (row.application.id, judge_id): value
        for table in challenge_results(program)
        for row in table.rows
        for judge_id, value in row.result.normalized.items()
    }
    conflicted = conflicted_pairs(program)
    header = [
        gettext("Challenge id"),
        gettext("Challenge"),
        gettext("Application id"),
        gettext("Startup"),
        gettext("Title"),
        gettext("Judge"),
        gettext("Rubric version"),
        *criteria.values(),
        gettext("Weighted total (0-100)"),
        gettext("Normalized score"),
        gettext("Left out for a conflict"),
        gettext("Submitted at (GMT+7)"),
        gettext("Comment for the organizers"),
        gettext("Feedback for the startup"),
    ]
    rows: list[list[Cell]] = []
    for score in given:
        assignment, application = score.assignment, score.assignment.application
        values = {int(key): value for key, value in score.values.items()}
        weights = [(criterion.id, criterion.weight, criterion.scale) for criterion in score.rubric.criteria]
        pair = (assignment.judge_id, application.id)
        rows.append(
            [
                application.challenge_id,
                _challenge_title(application.challenge),
                application.id,
                application.startup.name,
                application.title,
                assignment.judge.name,
                score.rubric.version,
                *(values.get(criterion_id) for criterion_id in criteria),
                weighted_score(values, weights),
                normalized.get((application.id, assignment.judge_id)),
                pair in conflicted,
                _local(score.submitted_at),
                score.comment_for_organizers,
                score.feedback_for_startup,
            ]
        )
    return Table(gettext("Judges' scores"), header, rows)


def results(program: Program, challenge: Challenge | None = None) -> Table:
    """Each shortlisted application's judging result: its rank in its challenge, the mean raw and
    normalized scores, how many judges scored it, and whether they disagree."""
    header = [
        gettext("Challenge id"),
        gettext("Challenge"),
        gettext("Judging rank"),
        gettext("Screening rank"),
        gettext("Application id"),
        gettext("Startup"),
        gettext("Title"),
        gettext("Mean raw score (0-100)"),
        gettext("Mean normalized score"),
        gettext("Calibrated score (0-100)"),
        gettext("Judges who scored"),
        gettext("Judges assigned"),
        gettext("Judges disagree"),
    ]
    rows: list[list[Cell]] = [
        [
            table.challenge.id,
            _challenge_title(table.challenge),
            row.result.rank,
            row.screening_rank,
            row.application.id,
            row.application.startup.name,
            row.application.title,
            row.result.mean_raw,
            row.result.mean_normalized,
            row.result.calibrated,
            len(row.result.raw),
            row.result.expected,
            row.result.disagreement,
        ]
        for table in challenge_results(program)
        if challenge is None or table.challenge.id == challenge.id
        for row in table.rows
    ]
    return Table(gettext("Judging results"), header, rows)


def decisions(program: Program, challenge: Challenge | None = None) -> Table:
    """Every decision: the current outcome and its reason, who decided when, and what was published."""
    query = _in_scope(
        select(Decision)
        .join(Application, Application.id == Decision.application_id)
        .join(Challenge, Challenge.id == Application.challenge_id)
        .options(
            selectinload(Decision.decided_by),
            selectinload(Decision.application).selectinload(Application.startup),
            selectinload(Decision.application)
            .selectinload(Application.challenge)
            .selectinload(Challenge.texts),
        )
        .where(Decision.program_id == program.id)
        .order_by(Application.challenge_id, Application.id),
        program,
        challenge,
    )
    header = [
        gettext("Challenge id"),
        gettext("Challenge"),
        gettext("Application id"),
        gettext("Startup"),
        gettext("Title"),
        gettext("State"),
        gettext("Outcome"),
        gettext("Reason"),
        gettext("Decided by"),
        gettext("Decided at (GMT+7)"),
        gettext("Published outcome"),
        gettext("Published reason"),
        gettext("Published at (GMT+7)"),
    ]
    rows: list[list[Cell]] = [
        [
            decision.application.challenge_id,
            _challenge_title(decision.application.challenge),
            decision.application_id,
            decision.application.startup.name,
            decision.application.title,
            application_state_label(decision.application.state),
            outcome_label(decision.outcome),
            decision.reason,
            decision.decided_by.name if decision.decided_by else "",
            _local(decision.decided_at),
            outcome_label(decision.published_outcome) if decision.published_outcome else "",
            decision.published_reason,
            _local(decision.published_at),
        ]
        for decision in db.session.scalars(query)
    ]
    return Table(gettext("Decisions"), header, rows)


Builder = Callable[[Program, Challenge | None], Table]

# The tables, in the order of the download page and of the sheets of the whole workbook.
TABLES: dict[str, tuple[Builder, LazyString]] = {
    "applications": (applications, _l("Applications")),
    "screening": (screening, _l("Pre-screening")),
    "scores": (scores, _l("Judges' scores")),
    "results": (results, _l("Judging results")),
    "decisions": (decisions, _l("Decisions")),
}


def build(name: str, program: Program, challenge: Challenge | None = None) -> list[Table]:
    """The tables `name` stands for ("all": every one), of the program or of one of its challenges."""
    chosen = list(TABLES) if name == "all" else [name]
    return [TABLES[key][0](program, challenge) for key in chosen]
