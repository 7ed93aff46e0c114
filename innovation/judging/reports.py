"""Judging reads: progress per judge and per challenge, a judge's own assignments, and the aggregated
table per challenge (screening rank beside judging rank, each judge's raw and normalized scores)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from challenges.applications.models import Application
from challenges.models import Challenge
from innovation.auth.models import User
from innovation.extensions import db
from innovation.judging.aggregation import ApplicationResult, JudgeScore, aggregate, weighted_score
from innovation.judging.models import Assignment, AssignmentState, ConflictDeclaration, JudgeProfile, Score
from innovation.judging.models import ScoreState as _ScoreState
from innovation.judging.operations import conflicted_pairs, judged, program_judges, shortlisted
from innovation.organizations.models import Membership
from innovation.programs.models import Program
from screening.models import ScreeningResult
from screening.operations import latest_run_with


@dataclass
class JudgeProgress:
    """Where one judge stands."""

    judge: User
    organizations: list[str]
    languages: list[str]
    has_profile: bool
    declared: bool
    proposed: int = 0
    assigned: int = 0
    drafts: int = 0
    submitted: int = 0

    @property
    def waiting(self) -> int:
        return self.assigned - self.submitted


@dataclass
class ChallengeProgress:
    """Where one challenge's judging stands."""

    challenge: Challenge
    shortlisted: int = 0
    assigned: int = 0
    submitted: int = 0


def _program_assignments(program: Program) -> list[Assignment]:
    return list(
        db.session.scalars(
            select(Assignment)
            .options(selectinload(Assignment.score), selectinload(Assignment.application))
            .where(Assignment.program_id == program.id)
            .order_by(Assignment.id)
        )
    )


def judge_progress(program: Program) -> list[JudgeProgress]:
    """Every judge of the program with their profile, declaration and counts."""
    judges = program_judges(program)
    ids = [judge.id for judge in judges]
    profiles = {
        row.user_id: row
        for row in db.session.scalars(select(JudgeProfile).where(JudgeProfile.user_id.in_(ids)))
    }
    declared = set(
        db.session.scalars(
            select(ConflictDeclaration.judge_id).where(ConflictDeclaration.program_id == program.id)
        )
    )
    organizations: dict[int, list[str]] = defaultdict(list)
    for membership in db.session.scalars(
        select(Membership).options(selectinload(Membership.organization)).where(Membership.user_id.in_(ids))
    ):
        organizations[membership.user_id].append(membership.organization.name)
    rows = {
        judge.id: JudgeProgress(
            judge=judge,
            organizations=organizations[judge.id],
            languages=list(profiles[judge.id].languages) if judge.id in profiles else [],
            has_profile=judge.id in profiles,
            declared=judge.id in declared,
        )
        for judge in judges
    }
    for assignment in _program_assignments(program):
        row = rows.get(assignment.judge_id)
        if row is None:
            continue
        if assignment.state == AssignmentState.PROPOSED:
            row.proposed += 1
            continue
        row.assigned += 1
        if assignment.score is not None:
            if assignment.score.state == _ScoreState.SUBMITTED:
                row.submitted += 1
            else:
                row.drafts += 1
    return list(rows.values())


def challenge_progress(program: Program) -> list[ChallengeProgress]:
    """Every challenge with shortlisted applications: how many, confirmed assignments, submitted scores."""
    rows: dict[int, ChallengeProgress] = {}
    for application in judged(program):
        row = rows.setdefault(application.challenge_id, ChallengeProgress(application.challenge))
        row.shortlisted += 1
    for assignment in _program_assignments(program):
        row = rows.get(assignment.application.challenge_id)
        if row is None or assignment.state != AssignmentState.CONFIRMED:
            continue
        row.assigned += 1
        if assignment.score is not None and assignment.score.state == _ScoreState.SUBMITTED:
            row.submitted += 1
    return sorted(rows.values(), key=lambda row: row.challenge.id)


def judge_assignments(program: Program, judge: User) -> list[Assignment]:
    """The judge's confirmed assignments in the program, by challenge then application."""
    return list(
        db.session.scalars(
            select(Assignment)
            .join(Application, Application.id == Assignment.application_id)
            .options(
                selectinload(Assignment.score),
                selectinload(Assignment.application)
                .selectinload(Application.challenge)
                .selectinload(Challenge.texts),
            )
            .where(
                Assignment.program_id == program.id,
                Assignment.judge_id == judge.id,
                Assignment.state == AssignmentState.CONFIRMED,
            )
            .order_by(Application.challenge_id, Application.id)
        )
    )


def proposal(program: Program) -> list[Assignment]:
    """Every assignment of the program (proposed and confirmed) with its judge and application."""
    return list(
        db.session.scalars(
            select(Assignment)
            .join(Application, Application.id == Assignment.application_id)
            .options(
                selectinload(Assignment.judge),
                selectinload(Assignment.score),
                selectinload(Assignment.application).selectinload(Application.startup),
                selectinload(Assignment.application)
                .selectinload(Application.challenge)
                .selectinload(Challenge.texts),
            )
            .where(Assignment.program_id == program.id)
            .order_by(Application.challenge_id, Application.id, Assignment.fit.desc(), Assignment.judge_id)
        )
    )


def program_scores(program: Program) -> list[JudgeScore]:
    """Every submitted score of the program as a weighted 0-100 value, under the rubric it was given
    (a score given before its judge declared a conflict with the application is left out)."""
    conflicted = conflicted_pairs(program)
    scores = db.session.scalars(
        select(Score)
        .join(Assignment, Assignment.id == Score.assignment_id)
        .options(selectinload(Score.rubric), selectinload(Score.assignment))
        .where(Assignment.program_id == program.id, Score.state == _ScoreState.SUBMITTED)
    )
    result = []
    for score in scores:
        if (score.assignment.judge_id, score.assignment.application_id) in conflicted:
            continue
        criteria = [(criterion.id, criterion.weight, criterion.scale) for criterion in score.rubric.criteria]
        values = {int(key): value for key, value in score.values.items()}
        result.append(
            JudgeScore(
                score.assignment.judge_id, score.assignment.application_id, weighted_score(values, criteria)
            )
        )
    return result


@dataclass
class ResultRow:
    """One application in a challenge's judging table."""

    application: Application
    result: ApplicationResult
    screening_rank: int | None
    judges: list[tuple[User, float | None, float | None]] = field(default_factory=list)  # raw, normalized


@dataclass
class ChallengeResults:
    """A challenge's shortlisted applications ranked by the judges, with the judges who scored them."""

    challenge: Challenge
    rows: list[ResultRow]
    judges: list[User]
    scored: int
    expected: int


def challenge_results(program: Program) -> list[ChallengeResults]:
    """The aggregated judging table of every challenge with shortlisted applications.

    Normalization runs over each judge's scores in the whole program (a judge's curve is theirs, whatever
    the challenge); the ranking is then within each challenge.
    """
    applications = judged(program)
    assignments = [row for row in _program_assignments(program) if row.state == AssignmentState.CONFIRMED]
    expected: dict[int, int] = defaultdict(int)
    judges_of: dict[int, list[int]] = defaultdict(list)
    for assignment in assignments:
        expected[assignment.application_id] += 1
        judges_of[assignment.application_id].append(assignment.judge_id)
    for application in applications:
        expected.setdefault(application.id, 0)
    aggregated = {
        result.application_id: result for result in aggregate(program_scores(program), dict(expected))
    }
    users = {user.id: user for user in program_judges(program)}
    by_challenge: dict[int, list[Application]] = defaultdict(list)
    for application in applications:
        by_challenge[application.challenge_id].append(application)
    tables = []
    for challenge_applications in by_challenge.values():
        challenge = challenge_applications[0].challenge
        screening = _screening_ranks(challenge)
        rows = [
            ResultRow(
                application=application,
                result=aggregated.get(application.id) or ApplicationResult(application.id),
                screening_rank=screening.get(application.id),
            )
            for application in challenge_applications
        ]
        rows.sort(
            key=lambda row: (
                row.result.mean_normalized is None,
                -(row.result.mean_normalized or 0.0),
                -(row.result.mean_raw or 0.0),
                row.screening_rank or 10**9,
                row.application.id,
            )
        )
        judge_ids = sorted(
            {judge_id for application in challenge_applications for judge_id in judges_of[application.id]},
            key=lambda judge_id: (users[judge_id].name if judge_id in users else "", judge_id),
        )
        for position, row in enumerate(rows, start=1):
            row.result.rank = position if row.result.mean_normalized is not None else None
            row.judges = [
                (users[judge_id], row.result.raw.get(judge_id), row.result.normalized.get(judge_id))
                for judge_id in judges_of[row.application.id]
                if judge_id in users
            ]
        tables.append(
            ChallengeResults(
                challenge=challenge,
                rows=rows,
                judges=[users[judge_id] for judge_id in judge_ids if judge_id in users],
                scored=sum(len(row.result.raw) for row in rows),
                expected=sum(row.result.expected for row in rows),
            )
        )
    return sorted(tables, key=lambda table: table.challenge.id)


def _screening_ranks(challenge: Challenge) -> dict[int, int]:
    run = latest_run_with(challenge)
    if run is None:
        return {}
    return dict(
        db.session.execute(
            select(ScreeningResult.application_id, ScreeningResult.rank).where(
                ScreeningResult.run_id == run.id, ScreeningResult.challenge_id == challenge.id
            )
        ).all()
    )


def screening_explanation(application: Application) -> ScreeningResult | None:
    """The latest screening result of the application in its challenge (the terms and sentences matched)."""
    run = latest_run_with(application.challenge)
    if run is None:
        return None
    return db.session.scalar(
        select(ScreeningResult).where(
            ScreeningResult.run_id == run.id,
            ScreeningResult.application_id == application.id,
            ScreeningResult.challenge_id == application.challenge_id,
        )
    )


@dataclass
class LiveShortfall:
    """A shortlisted application with fewer judges than the program asks for, now."""

    application: Application
    assigned: int
    missing: int
    eligible: int  # judges who read its language and have no conflict with it


def current_shortfalls(program: Program) -> list[LiveShortfall]:
    """Shortlisted applications that have fewer than R judges (proposed or confirmed) right now."""
    applications = shortlisted(program)
    counts: dict[int, int] = defaultdict(int)
    for assignment in _program_assignments(program):
        if assignment.state != AssignmentState.REMOVED:
            counts[assignment.application_id] += 1
    short = [a for a in applications if counts[a.id] < program.reviews_per_application]
    if not short:
        return []
    conflicted = conflicted_pairs(program, short)
    judges = program_judges(program)
    profiles = {
        row.user_id: row
        for row in db.session.scalars(
            select(JudgeProfile).where(JudgeProfile.user_id.in_([j.id for j in judges]))
        )
    }

    def reads(judge: User, lang: str) -> bool:
        languages = profiles[judge.id].languages if judge.id in profiles else [judge.locale or "en"]
        return lang in languages

    return [
        LiveShortfall(
            application=application,
            assigned=counts[application.id],
            missing=program.reviews_per_application - counts[application.id],
            eligible=sum(
                1
                for judge in judges
                if reads(judge, application.lang) and (judge.id, application.id) not in conflicted
            ),
        )
        for application in short
    ]
