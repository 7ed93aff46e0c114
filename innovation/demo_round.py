"""The demo's earlier rounds, carried through the platform's own steps: applications, a screening run, a
shortlist, judges with profiles and declared conflicts, a confirmed assignment and scores. The first round
stops in the middle of judging; the green round goes on to published decisions and the pitch day.

Everything is deterministic (the judges' scores come from a seeded random generator, the screening score
and each judge's own curve), so every judging page has the same thing to show on every machine.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import select

from challenges.models import Challenge, ChallengeState
from challenges.operations import import_challenge
from innovation.auth.models import User
from innovation.database import utcnow
from innovation.dates import local_to_utc, utc_to_local
from innovation.decisions import operations as decisions
from innovation.decisions.models import Outcome
from innovation.decisions.reports import decision_tables
from innovation.demo import Accounts, add_demo_application, challenge_fields
from innovation.demo_content.applications import demo_applications
from innovation.demo_content.challenges import CHALLENGES, OWNER_ORGANIZATIONS
from innovation.demo_content.judges import COMMENTS, FEEDBACK, JUDGES, ROUND_GREEN, ROUND_ONE
from innovation.extensions import db
from innovation.judging import operations as judging
from innovation.judging import reports as judging_reports
from innovation.judging.models import Assignment, AssignmentState
from innovation.organizations.models import Organization, OrganizationKind
from innovation.organizations.operations import add_member, create_organization
from innovation.pitchday import operations as pitchday
from innovation.programs.models import Program, ProgramRoleName, ProgramState
from innovation.programs.operations import create_program, grant_program_role
from screening import operations as screening
from screening.models import ScreeningResult, ScreeningRun
from screening.tasks import run_screening

SCORE_SEED = 20260301


def seed_round_one(
    accounts: Accounts, organizer: User, owners: dict[str, Organization], startups: dict[str, Organization]
) -> Program:
    """Create the first round and carry it to the middle of judging (committed)."""
    return _judged_round(ROUND_ONE, accounts, organizer, owners, startups, every_score=False)


def seed_green_round(
    accounts: Accounts, organizer: User, owners: dict[str, Organization], startups: dict[str, Organization]
) -> Program:
    """Create the green round and carry it to the pitch day: every score submitted, the best of each
    challenge decided finalists and the others not selected, the decisions published (one e-mail each in
    the outbox) and the finalists scheduled (committed)."""
    program = _judged_round(ROUND_GREEN, accounts, organizer, owners, startups, every_score=True)
    _decide(program, organizer, ROUND_GREEN["finalists_per_challenge"])
    _judging_over(program)
    decisions.publish(program, organizer)
    _schedule(program, organizer)
    program.state = ProgramState.PITCH_DAY
    db.session.commit()
    return program


def _judged_round(
    spec: dict,
    accounts: Accounts,
    organizer: User,
    owners: dict[str, Organization],
    startups: dict[str, Organization],
    every_score: bool,
) -> Program:
    program = _program(spec, organizer)
    challenges = _challenges(spec, program, organizer, owners)
    _applications(accounts, program, challenges, startups)
    db.session.commit()
    run = screening.create_run(program, organizer)
    run_screening(run.id)  # in this process: the demo does not wait for a worker
    db.session.expire_all()
    run = db.session.get(ScreeningRun, run.id)
    for challenge in challenges.values():
        _shortlist(run, challenge, organizer, spec["shortlist_per_challenge"])
    judges = _judges(accounts, program, organizer, owners)
    _declarations(program, judges)
    judging.propose_assignment(program, organizer)
    judging.confirm_assignments(program, organizer)
    _scores(program, judges, run, every_score)
    return program


def _program(spec: dict, organizer: User) -> Program:
    now = utcnow()
    program = create_program(
        spec["name_vi"],
        spec["slug"],
        actor=None,
        state=ProgramState.JUDGING,
        name_en=spec["name_en"],
        description=spec["description_vi"],
        description_en=spec["description_en"],
        timeline={
            "challenges_open_at": now - timedelta(days=110),
            "challenges_close_at": now - timedelta(days=80),
            "applications_open_at": now - timedelta(days=75),
            "applications_close_at": now - timedelta(days=25),
            "judging_open_at": now - timedelta(days=8),
            "judging_close_at": now + timedelta(days=10),
            "shortlist_at": now + timedelta(days=14),
            "pitch_day_at": now + timedelta(days=24),
        },
    )
    program.reviews_per_application = 3
    db.session.flush()
    centre = next(m.organization for m in organizer.memberships)
    grant_program_role(program, organizer, ProgramRoleName.ORGANIZER, None, centre)
    return program


def _challenges(
    spec: dict, program: Program, organizer: User, owners: dict[str, Organization]
) -> dict[str, Challenge]:
    items = {item["key"]: item for item in CHALLENGES}
    owner_emails = {item["key"]: item["owner_email"] for item in OWNER_ORGANIZATIONS}
    challenges = {}
    for key in spec["challenges"]:
        item = items[key]
        owner_user = db.session.scalar(select(User).where(User.email == owner_emails[item["owner"]]))
        grant_program_role(
            program, owner_user, ProgramRoleName.CHALLENGE_OWNER, organizer, owners[item["owner"]]
        )
        challenges[key] = import_challenge(
            program, owners[item["owner"]], challenge_fields(item), ChallengeState.PUBLISHED
        )
    return challenges


def _applications(
    accounts: Accounts, program: Program, challenges: dict[str, Challenge], startups: dict[str, Organization]
) -> None:
    """The round's applications: the demo content's submitted answers to its four challenges."""
    opened, closed = program.applications_open_at, program.applications_close_at
    window = (closed - opened).total_seconds()
    wanted = [
        item
        for item in demo_applications()
        if item["challenge"] in challenges and item["state"] == "submitted"
    ]
    for position, item in enumerate(wanted):
        moment = opened + timedelta(seconds=window * ((position * 7919) % 997 / 1000))
        add_demo_application(
            item,
            challenges[item["challenge"]],
            startups[item["startup"]],
            accounts.founders[item["startup"]],
            moment,
        )


def _shortlist(run: ScreeningRun, challenge: Challenge, organizer: User, size: int) -> None:
    """The best-ranked applicants without a flag, as an organizer ticks them on the ranked list."""
    results = list(
        db.session.scalars(
            select(ScreeningResult)
            .where(ScreeningResult.run_id == run.id, ScreeningResult.challenge_id == challenge.id)
            .order_by(ScreeningResult.rank)
        )
    )
    clean = [
        result.application_id
        for result in results
        if not result.eligibility and result.duplicate_cluster is None and not result.echo_flag
    ]
    screening.shortlist(
        run,
        challenge,
        shown={result.application_id for result in results},
        ticked=set(clean[:size]),
        actor=organizer,
        reason="Best ranked without eligibility, duplicate or copied-statement flags.",
    )


def _judges(
    accounts: Accounts, program: Program, organizer: User, owners: dict[str, Organization]
) -> list[tuple[User, dict]]:
    judges = []
    for item in JUDGES:
        user = db.session.scalar(select(User).where(User.email == item["email"]))
        if user is None:
            user = accounts.add(item["email"], item["name"], item["locale"])
            db.session.flush()
            organization_name = item["organization"]
            if organization_name.startswith("owner:"):
                organization = owners[organization_name.removeprefix("owner:")]
            else:
                organization = create_organization(
                    organization_name, OrganizationKind(item["kind"]), item["country"]
                )
            add_member(organization, user, is_admin=False)
        grant_program_role(program, user, ProgramRoleName.JUDGE, organizer)
        db.session.commit()
        judging.save_judge_profile(user, item["sectors"], item["expertise"], item["languages"])
        judges.append((user, item))
    return judges


def _declarations(program: Program, judges: list[tuple[User, dict]]) -> None:
    """Every judge declares; some name startups of the shortlist (an advisor, an investor)."""
    shortlisted = judging.shortlisted(program)
    for index, (judge, item) in enumerate(judges):
        named = [
            shortlisted[(index * 5 + 7 * turn) % len(shortlisted)].startup_id
            for turn in range(item["declares_startups"])
        ]
        note = "Cố vấn hoặc nhà đầu tư của các startup đã đánh dấu." if named and judge.locale == "vi" else ""
        if named and judge.locale != "vi":
            note = "Adviser to the startups ticked."
        judging.declare_conflicts(program, judge, named, note)


def _scores(program: Program, judges: list[tuple[User, dict]], run: ScreeningRun, every_score: bool) -> None:
    """Each judge has scored a share of their applications (one more left as a draft), or all of them with
    `every_score`, on their own curve:
    the screening score says how good the answer is, the judge's bias how harsh they are, plus noise."""
    criteria = list(judging.current_rubric(program).criteria)
    screening_scores = dict(
        db.session.execute(
            select(ScreeningResult.application_id, ScreeningResult.score).where(
                ScreeningResult.run_id == run.id
            )
        ).all()
    )
    for judge, item in judges:
        assigned = list(
            db.session.scalars(
                select(Assignment)
                .where(
                    Assignment.program_id == program.id,
                    Assignment.judge_id == judge.id,
                    Assignment.state == AssignmentState.CONFIRMED,
                )
                .order_by(Assignment.application_id)
            )
        )
        done = len(assigned) if every_score else round(item["scores_share"] * len(assigned))
        drafts = 1 if 0 < done < len(assigned) else 0
        for position, assignment in enumerate(assigned[: done + drafts]):
            rng = random.Random(SCORE_SEED + judge.id * 1000 + assignment.application_id)
            quality = screening_scores.get(assignment.application_id, 50.0) / 100
            values = {
                criterion.id: max(
                    1, min(criterion.scale, round(1.5 + 2.5 * quality + item["bias"] + rng.gauss(0, 0.7)))
                )
                for criterion in criteria
            }
            lang = "vi" if judge.locale == "vi" else "en"
            judging.save_score(
                assignment,
                judge,
                values,
                rng.choice(COMMENTS[lang]),
                rng.choice(FEEDBACK[lang]),
                submit=position < done,
            )


def _judging_over(program: Program) -> None:
    """The green round ran earlier: judging closed last week, the pitch day is four days ahead."""
    now = utcnow()
    program.challenges_open_at = now - timedelta(days=150)
    program.challenges_close_at = now - timedelta(days=120)
    program.applications_open_at = now - timedelta(days=95)
    program.applications_close_at = now - timedelta(days=45)
    program.judging_open_at = now - timedelta(days=28)
    program.judging_close_at = now - timedelta(days=7)
    program.shortlist_at = now - timedelta(days=3)
    program.pitch_day_at = now + timedelta(days=4)
    db.session.flush()


def _decide(program: Program, organizer: User, finalists: int) -> None:
    """From the aggregated judging table: the best of each challenge pitch, the others are not selected;
    so are the applications the pre-screening left off the shortlist, so that every applicant hears back."""
    for table in judging_reports.challenge_results(program):
        ranked = [row.application.id for row in table.rows]
        decisions.decide_many(
            program,
            ranked[:finalists],
            Outcome.FINALIST,
            "Điểm trung bình chuẩn hóa cao nhất của thách thức. / "
            "The challenge's best normalized mean scores.",
            organizer,
        )
        if ranked[finalists:]:
            decisions.decide_many(
                program,
                ranked[finalists:],
                Outcome.NOT_SELECTED,
                "Điểm của giám khảo thấp hơn các đội vào chung kết. / "
                "The judges scored the finalists of this challenge higher.",
                organizer,
            )
    left_off = [row.application.id for table in decision_tables(program, show_all=True) for row in table.rows]
    undecided = [application_id for application_id in left_off if application_id not in _decided(program)]
    decisions.decide_many(
        program,
        undecided,
        Outcome.NOT_SELECTED,
        "Hồ sơ không vào danh sách rút gọn sau vòng sơ tuyển. / "
        "The application did not reach the shortlist after the pre-screening.",
        organizer,
    )


def _decided(program: Program) -> set[int]:
    return {decision.application_id for decision in decisions.program_decisions(program)}


def _schedule(program: Program, organizer: User) -> None:
    """The pitch day: a morning start in Ho Chi Minh City four days from now, the finalists in two rooms."""
    local_day = utc_to_local(utcnow()).date() + timedelta(days=4)
    starts_at = local_to_utc(datetime.combine(local_day, time(8, 30)))
    pitchday.save_settings(
        program,
        organizer,
        starts_at,
        slot_minutes=12,
        break_every=3,
        break_minutes=15,
        rooms=ROUND_GREEN["rooms"],
        venue=ROUND_GREEN["venue"],
    )
    pitchday.schedule_finalists(program, organizer)
    pitchday.tell_finalists(program, organizer)
    program.pitch_day_at = starts_at
