"""Judging writes: the rubric, judges' profiles and conflicts, proposing and confirming assignments, scores.

Conflicts are decided in one place (`conflicted_pairs`): declared by the judge, or derived (the judge
belongs to the startup or, unless the program allows it, to the organization that owns the challenge).
A conflicted judge is never assigned, and an assignment that becomes conflicted is removed.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.orm import selectinload

from challenges.applications.models import Application, ApplicationState
from challenges.models import Challenge
from challenges.startups.models import StartupProfile
from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.database import utcnow
from innovation.extensions import db
from innovation.judging import assignment as solver
from innovation.judging.models import (
    Assignment,
    AssignmentState,
    ConflictDeclaration,
    Criterion,
    JudgeProfile,
    Rubric,
    Score,
    ScoreState,
)
from innovation.judging.rubric import DEFAULT_CRITERIA, DEFAULT_SCALE
from innovation.links import external_url
from innovation.mail.operations import queue_email
from innovation.organizations.models import Membership, Organization
from innovation.programs.models import Program, ProgramRole, ProgramRoleName
from innovation.refusal import ActionRefused


class JudgingError(ActionRefused):
    """A judging action was refused; `reason` names why (the view words it)."""


# ---- rubric -------------------------------------------------------------------------------------------


def current_rubric(program: Program) -> Rubric:
    """The program's newest rubric, the default one created on first use (committed)."""
    rubric = db.session.scalar(
        select(Rubric).where(Rubric.program_id == program.id).order_by(Rubric.version.desc()).limit(1)
    )
    if rubric is not None:
        return rubric
    rubric = Rubric(program_id=program.id, version=1)
    for position, item in enumerate(DEFAULT_CRITERIA):
        rubric.criteria.append(Criterion(position=position, scale=DEFAULT_SCALE, **item))
    db.session.add(rubric)
    db.session.commit()
    return rubric


@dataclass
class CriterionFields:
    """One criterion as the organizer writes it."""

    name_vi: str
    name_en: str
    guidance_vi: str = ""
    guidance_en: str = ""
    weight: float = 1.0
    scale: int = 5


def update_rubric(program: Program, actor: User, criteria: list[CriterionFields]) -> Rubric:
    """Replace the rubric's criteria: in place while no score is submitted, else as a new version."""
    rubric = current_rubric(program)
    before = {"version": rubric.version, "criteria": [c.name_en for c in rubric.criteria]}
    if rubric.locked:
        rubric = Rubric(program_id=program.id, version=rubric.version + 1)
        db.session.add(rubric)
    else:
        rubric.criteria.clear()
        db.session.flush()
    for position, item in enumerate(criteria):
        rubric.criteria.append(Criterion(position=position, **vars(item)))
    db.session.flush()
    record_action(
        actor.id,
        "update_rubric",
        rubric,
        before=before,
        after={"version": rubric.version, "criteria": [item.name_en for item in criteria]},
    )
    db.session.commit()
    return rubric


# ---- judges -------------------------------------------------------------------------------------------


def update_settings(
    program: Program, actor: User, blind: bool, owners_may_judge: bool, reviews: int, load_limit: int | None
) -> None:
    """How the program judges: blind mode, owners judging their own challenges, R and L."""
    before = {
        "blind": program.blind_judging,
        "owners_may_judge": program.owners_may_judge,
        "reviews": program.reviews_per_application,
        "load_limit": program.judge_load_limit,
    }
    program.blind_judging, program.owners_may_judge = blind, owners_may_judge
    program.reviews_per_application, program.judge_load_limit = reviews, load_limit
    after = {
        "blind": blind,
        "owners_may_judge": owners_may_judge,
        "reviews": reviews,
        "load_limit": load_limit,
    }
    record_action(actor.id, "judging_settings", program, before=before, after=after)
    db.session.commit()


def stored_judge_profile(user: User) -> JudgeProfile | None:
    """The judge's profile once they wrote it."""
    return db.session.get(JudgeProfile, user.id)


def judge_profile(user: User) -> JudgeProfile:
    """The judge's profile (an empty one, not stored, until they write it)."""
    return db.session.get(JudgeProfile, user.id) or JudgeProfile(
        user_id=user.id, sectors=[], expertise="", languages=[user.locale or "en"]
    )


def save_judge_profile(user: User, sectors: list[str], expertise: str, languages: list[str]) -> None:
    """Keep the judge's expertise sectors, text and the languages they read."""
    profile = judge_profile(user)
    profile.sectors, profile.expertise, profile.languages = sectors, expertise, languages
    db.session.add(profile)
    record_action(user.id, "save_judge_profile", user, after={"sectors": sectors, "languages": languages})
    db.session.commit()


def program_judges(program: Program) -> list[User]:
    """The program's judges, by name."""
    return list(
        db.session.scalars(
            select(User)
            .join(ProgramRole, ProgramRole.user_id == User.id)
            .where(ProgramRole.program_id == program.id, ProgramRole.role == ProgramRoleName.JUDGE)
            .order_by(User.name, User.id)
        )
    )


def declarable_organizations(program: Program) -> list[Organization]:
    """What a judge declares conflicts against: the organizations owning the program's challenges and the
    startups it judges (the shortlisted ones; every applicant while nothing is shortlisted), by name."""
    applied = select(Application.startup_id).join(Challenge, Challenge.id == Application.challenge_id)
    applied = applied.where(Challenge.program_id == program.id)
    shortlisted_ids = applied.where(Application.state == ApplicationState.SHORTLISTED)
    if db.session.scalar(shortlisted_ids.limit(1)) is not None:
        applied = shortlisted_ids
    else:
        applied = applied.where(
            Application.state.not_in((ApplicationState.DRAFT, ApplicationState.WITHDRAWN))
        )
    owners = select(Challenge.organization_id).where(Challenge.program_id == program.id)
    return list(
        db.session.scalars(
            select(Organization)
            .where(Organization.id.in_(applied) | Organization.id.in_(owners))
            .order_by(Organization.kind, Organization.name)
        )
    )


def declaration(program: Program, judge: User) -> ConflictDeclaration | None:
    """The judge's conflict declaration for the program, once made."""
    return db.session.scalar(
        select(ConflictDeclaration).where(
            ConflictDeclaration.program_id == program.id, ConflictDeclaration.judge_id == judge.id
        )
    )


def declare_conflicts(program: Program, judge: User, organization_ids: list[int], note: str) -> int:
    """Record the judge's declared conflicts (possibly none); assignments they now conflict with are
    removed unless scored. Returns how many assignments were removed."""
    existing = declaration(program, judge)
    record = existing or ConflictDeclaration(program_id=program.id, judge_id=judge.id)
    record.organization_ids = sorted(set(organization_ids))
    record.note = note
    record.declared_at = utcnow()
    db.session.add(record)
    db.session.flush()
    conflicted = {application for judge_id, application in conflicted_pairs(program) if judge_id == judge.id}
    removed = _remove_unscored(program, judge.id, conflicted)
    record_action(
        judge.id,
        "declare_conflicts",
        record,
        after={"organizations": record.organization_ids, "removed": removed},
    )
    db.session.commit()
    return removed


def _remove_unscored(program: Program, judge_id: int, application_ids: set[int]) -> int:
    if not application_ids:
        return 0
    scored = select(Score.assignment_id).where(Score.state == ScoreState.SUBMITTED)
    result = db.session.execute(
        delete(Assignment)
        .where(
            Assignment.program_id == program.id,
            Assignment.judge_id == judge_id,
            Assignment.application_id.in_(application_ids),
            Assignment.id.not_in(scored),
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0  # type: ignore[attr-defined]


def shortlisted(program: Program) -> list[Application]:
    """The program's shortlisted applications (what judges score), with their challenge and startup."""
    return _applications_where(program, Application.state == ApplicationState.SHORTLISTED)


# Once decisions are published an application leaves the shortlist for one of these; its scores stand.
_DECIDED = (ApplicationState.FINALIST, ApplicationState.SELECTED, ApplicationState.NOT_SELECTED)


def judged(program: Program) -> list[Application]:
    """The shortlisted applications and those decided after judges were assigned to them: the rows of the
    judging results, before and after the decisions are published."""
    assigned = select(Assignment.application_id).where(
        Assignment.program_id == program.id, Assignment.state == AssignmentState.CONFIRMED
    )
    return _applications_where(
        program,
        or_(
            Application.state == ApplicationState.SHORTLISTED,
            and_(Application.state.in_(_DECIDED), Application.id.in_(assigned)),
        ),
    )


def _applications_where(program: Program, condition: ColumnElement[bool]) -> list[Application]:
    return list(
        db.session.scalars(
            select(Application)
            .join(Challenge, Challenge.id == Application.challenge_id)
            .options(
                selectinload(Application.challenge).selectinload(Challenge.texts),
                selectinload(Application.challenge).selectinload(Challenge.sector_rows),
                selectinload(Application.startup),
            )
            .where(Challenge.program_id == program.id, condition)
            .order_by(Application.id)
        )
    )


def conflicted_pairs(program: Program, applications: list[Application] | None = None) -> set[tuple[int, int]]:
    """(judge id, application id) pairs that must never meet: declared or derived conflicts."""
    applications = shortlisted(program) if applications is None else applications
    judges = program_judges(program)
    memberships: dict[int, set[int]] = {judge.id: set() for judge in judges}
    for user_id, organization_id in db.session.execute(
        select(Membership.user_id, Membership.organization_id).where(
            Membership.user_id.in_(list(memberships))
        )
    ):
        memberships[user_id].add(organization_id)
    declared = {
        row.judge_id: set(row.organization_ids)
        for row in db.session.scalars(
            select(ConflictDeclaration).where(ConflictDeclaration.program_id == program.id)
        )
    }
    pairs = set()
    for judge in judges:
        own, named = memberships[judge.id], declared.get(judge.id, set())
        for application in applications:
            owner = application.challenge.organization_id
            if (
                application.startup_id in own
                or application.startup_id in named
                or owner in named
                or (owner in own and not program.owners_may_judge)
            ):
                pairs.add((judge.id, application.id))
    return pairs


def is_conflicted(program: Program, judge: User, application: Application) -> bool:
    """Whether the judge must not see this application."""
    return (judge.id, application.id) in conflicted_pairs(program, [application])


# ---- assignment ---------------------------------------------------------------------------------------


def _solver_inputs(program: Program, applications: list[Application]) -> tuple[list[Any], list[Any]]:
    judges = program_judges(program)
    profiles = {
        row.user_id: row
        for row in db.session.scalars(
            select(JudgeProfile).where(JudgeProfile.user_id.in_([j.id for j in judges]))
        )
    }
    startup_sectors = dict(
        db.session.execute(
            select(StartupProfile.organization_id, StartupProfile.sectors).where(
                StartupProfile.organization_id.in_([a.startup_id for a in applications])
            )
        ).all()
    )
    judge_rows = [
        solver.JudgeProfile(
            id=judge.id,
            sectors=frozenset(profiles[judge.id].sectors if judge.id in profiles else []),
            expertise=profiles[judge.id].expertise if judge.id in profiles else "",
            languages=frozenset(
                profiles[judge.id].languages if judge.id in profiles else [judge.locale or "en"]
            ),
            capacity=None,
        )
        for judge in judges
    ]
    application_rows = [
        solver.ApplicationProfile(
            id=application.id,
            sectors=frozenset(
                [s.value for s in application.challenge.sectors]
                + list(startup_sectors.get(application.startup_id) or [])
            ),
            text=f"{application.challenge.title}\n{application.title}\n{application.summary}",
            lang=application.lang,
        )
        for application in applications
    ]
    return judge_rows, application_rows


def _kept_assignments(program: Program) -> list[Assignment]:
    """Pairs a new proposal keeps: confirmed (judges see them), set or taken off by hand, or with a score."""
    return list(
        db.session.scalars(
            select(Assignment).where(
                Assignment.program_id == program.id,
                (Assignment.by_hand.is_(True))
                | (Assignment.state.in_((AssignmentState.REMOVED, AssignmentState.CONFIRMED)))
                | (Assignment.id.in_(select(Score.assignment_id))),
            )
        )
    )


def _room_for_kept_pairs(
    program: Program, judges: list[Any], applications: int, kept: list[Assignment]
) -> list[Any]:
    """Each judge's limit, raised to the pairs they keep (confirmed or set by hand under an earlier limit),
    so that a kept pair is never dropped from the count while it stays on the judge's list."""
    limit = program.judge_load_limit
    if limit is None:
        limit = math.ceil(applications * program.reviews_per_application / len(judges)) if judges else 0
    held = Counter(row.judge_id for row in kept if row.state != AssignmentState.REMOVED)
    return [
        replace(judge, capacity=max(limit, held[judge.id])) if held[judge.id] > limit else judge
        for judge in judges
    ]


def propose_assignment(program: Program, actor: User | None, dry_run: bool = False) -> dict[str, Any]:
    """Compute the best assignment of the shortlisted applications and, unless `dry_run`, store it as a
    proposal (replacing the previous one; confirmed pairs, pairs set or taken off by hand, and scored ones are
    kept: a new proposal after confirming fills what is missing)."""
    started = time.perf_counter()
    applications = shortlisted(program)
    judges, application_rows = _solver_inputs(program, applications)
    conflicts = conflicted_pairs(program, applications)
    kept = _kept_assignments(program)
    # A pair without a score whose application left the shortlist, whose judge left the program, or that a
    # conflict now forbids, goes (a scored one stays on record; the results leave conflicted scores out).
    stale = [
        row
        for row in kept
        if row.state != AssignmentState.REMOVED
        and row.score is None
        and (
            row.application_id not in {application.id for application in applications}
            or row.judge_id not in {judge.id for judge in judges}
            or (row.judge_id, row.application_id) in conflicts
        )
    ]
    kept = [row for row in kept if row not in stale]
    judges = _room_for_kept_pairs(program, judges, len(applications), kept)
    result = solver.assign(
        judges,
        application_rows,
        conflicts,
        reviews_per_application=program.reviews_per_application,
        load_limit=program.judge_load_limit,
        fixed=frozenset(
            (row.judge_id, row.application_id) for row in kept if row.state != AssignmentState.REMOVED
        ),
        forbidden=frozenset(
            (row.judge_id, row.application_id) for row in kept if row.state == AssignmentState.REMOVED
        ),
    )
    seconds = round(time.perf_counter() - started, 3)
    summary = {
        "applications": len(applications),
        "judges": len(judges),
        "assignments": len(result.pairs),
        "unassigned": sum(shortfall.missing for shortfall in result.unassigned),
        "seconds": seconds,
    }
    if dry_run:
        return {**summary, "result": result}
    keep = {(row.judge_id, row.application_id) for row in kept}
    db.session.execute(
        delete(Assignment)
        .where(Assignment.program_id == program.id, Assignment.id.not_in([row.id for row in kept] or [0]))
        .execution_options(synchronize_session=False)
    )
    for pair in result.pairs:
        if (pair.judge_id, pair.application_id) in keep:
            continue
        db.session.add(
            Assignment(
                program_id=program.id,
                application_id=pair.application_id,
                judge_id=pair.judge_id,
                fit=pair.fit,
                reason=asdict(pair.reason),
                state=AssignmentState.PROPOSED,
            )
        )
    program.judging_report = {
        **result.report,
        "shortfalls": [asdict(shortfall) for shortfall in result.unassigned],
        "proposed_at": utcnow().isoformat(),
    }
    record_action(
        actor.id if actor else None,
        "propose_assignment",
        program,
        after={k: v for k, v in summary.items() if k != "seconds"},
    )
    db.session.commit()
    return {**summary, "result": result}


def add_pair(program: Program, actor: User, judge: User, application: Application) -> Assignment:
    """Assign a judge by hand (a conflict or a judge outside the program is refused)."""
    if judge.id not in {row.id for row in program_judges(program)}:
        raise JudgingError("not_a_judge")
    if application.state != ApplicationState.SHORTLISTED or application.challenge.program_id != program.id:
        raise JudgingError("not_shortlisted")
    if is_conflicted(program, judge, application):
        raise JudgingError("conflict")
    judges, application_rows = _solver_inputs(program, [application])
    fits, reasons = solver.fit_matrix([row for row in judges if row.id == judge.id], application_rows)
    assignment = db.session.scalar(
        select(Assignment).where(Assignment.application_id == application.id, Assignment.judge_id == judge.id)
    )
    if assignment is not None and assignment.state != AssignmentState.REMOVED:
        raise JudgingError("already_assigned")
    if assignment is None:
        assignment = Assignment(program_id=program.id, application_id=application.id, judge_id=judge.id)
        db.session.add(assignment)
    assignment.state = AssignmentState.PROPOSED
    assignment.fit = float(fits[0][0])
    assignment.reason = asdict(reasons[judge.id, application.id])
    assignment.by_hand = True
    db.session.flush()
    record_action(
        actor.id, "assign_judge", assignment, after={"judge": judge.id, "application": application.id}
    )
    db.session.commit()
    return assignment


def remove_pair(assignment: Assignment, actor: User) -> None:
    """Take a judge off an application (refused once the judge has submitted a score). The pair is kept
    as taken off, so that a new proposal does not put it back; a draft score goes with it."""
    if assignment.score is not None and assignment.score.state == ScoreState.SUBMITTED:
        raise JudgingError("scored")
    if assignment.state == AssignmentState.REMOVED:
        return
    record_action(
        actor.id,
        "unassign_judge",
        assignment,
        before={
            "judge": assignment.judge_id,
            "application": assignment.application_id,
            "state": assignment.state.value,
        },
    )
    if assignment.score is not None:
        db.session.delete(assignment.score)
    assignment.state, assignment.by_hand = AssignmentState.REMOVED, True
    db.session.commit()


def confirm_assignments(program: Program, actor: User) -> int:
    """Confirm the proposal: judges see their applications and each is told by e-mail. How many were new."""
    proposed = list(
        db.session.scalars(
            select(Assignment).where(
                Assignment.program_id == program.id, Assignment.state == AssignmentState.PROPOSED
            )
        )
    )
    db.session.execute(
        update(Assignment)
        .where(Assignment.program_id == program.id, Assignment.state == AssignmentState.PROPOSED)
        .values(state=AssignmentState.CONFIRMED)
        .execution_options(synchronize_session=False)
    )
    record_action(actor.id, "confirm_assignments", program, after={"confirmed": len(proposed)})
    db.session.commit()
    for judge_id in sorted({row.judge_id for row in proposed}):
        judge = db.session.get(User, judge_id)
        count = sum(1 for row in proposed if row.judge_id == judge_id)
        queue_email(
            judge.email,
            "judging_assigned",
            judge.locale,
            {
                "program": program.name_in(judge.locale),
                "count": count,
                "deadline": program.judging_close_at,
                "link": external_url("judging.workspace"),
            },
        )
    return len(proposed)


def remind_judge(program: Program, actor: User, judge: User) -> int:
    """E-mail a judge how many of their applications still wait for a submitted score; that number."""
    waiting = (
        db.session.scalar(
            select(func.count(Assignment.id))
            .outerjoin(Score, Score.assignment_id == Assignment.id)
            .where(
                Assignment.program_id == program.id,
                Assignment.judge_id == judge.id,
                Assignment.state == AssignmentState.CONFIRMED,
                (Score.id.is_(None)) | (Score.state != ScoreState.SUBMITTED),
            )
        )
        or 0
    )
    queue_email(
        judge.email,
        "judging_reminder",
        judge.locale,
        {
            "program": program.name_in(judge.locale),
            "count": waiting,
            "deadline": program.judging_close_at,
            "link": external_url("judging.workspace"),
        },
    )
    record_action(
        actor.id,
        "remind_judge",
        judge,
        after={"program": program.id, "waiting": waiting},
        program_id=program.id,
    )
    db.session.commit()
    return waiting


# ---- scores -------------------------------------------------------------------------------------------


def judging_open(program: Program, now: datetime | None = None) -> bool:
    """Whether judges may still change their scores (until the judging deadline, when there is one)."""
    return program.judging_close_at is None or (now or utcnow()) < program.judging_close_at


def save_score(
    assignment: Assignment,
    judge: User,
    values: dict[int, int],
    comment_for_organizers: str,
    feedback_for_startup: str,
    submit: bool,
) -> Score:
    """Keep the judge's scores; submitting needs every criterion and locks the rubric they are given under."""
    program = db.session.get(Program, assignment.program_id)
    if not judging_open(program):
        raise JudgingError("closed")
    score = assignment.score
    if score is not None and score.state == ScoreState.SUBMITTED:
        raise JudgingError("submitted")
    rubric = score.rubric if score is not None else current_rubric(program)
    criteria = {criterion.id: criterion for criterion in rubric.criteria}
    for criterion_id, value in values.items():
        if criterion_id not in criteria or not 1 <= value <= criteria[criterion_id].scale:
            raise JudgingError("bad_value")
    if submit and set(values) != set(criteria):
        raise JudgingError("incomplete")
    score = score or Score(assignment_id=assignment.id, rubric_id=rubric.id)
    score.values = {str(key): value for key, value in sorted(values.items())}
    score.comment_for_organizers, score.feedback_for_startup = comment_for_organizers, feedback_for_startup
    if submit:
        score.state, score.submitted_at = ScoreState.SUBMITTED, utcnow()
        rubric.locked = True
    db.session.add(score)
    db.session.flush()
    record_action(
        judge.id, "submit_score" if submit else "save_score", score, after={"assignment": assignment.id}
    )
    db.session.commit()
    return score


def reopen_score(assignment: Assignment, judge: User) -> None:
    """Turn a submitted score back into a draft, until the judging deadline."""
    program = db.session.get(Program, assignment.program_id)
    if not judging_open(program):
        raise JudgingError("closed")
    if assignment.score is None or assignment.score.state != ScoreState.SUBMITTED:
        raise JudgingError("not_submitted")
    assignment.score.state, assignment.score.submitted_at = ScoreState.DRAFT, None
    record_action(judge.id, "reopen_score", assignment.score)
    db.session.commit()
