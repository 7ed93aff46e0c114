"""The `flask` commands a newcomer and an operator use."""

from __future__ import annotations

import json
import re

from sqlalchemy import func, select

from challenges.applications.models import Application, ApplicationState
from challenges.models import Challenge, ChallengeState
from innovation.auth.models import User
from innovation.auth.passwords import verify_password
from innovation.demo import DEMO_PASSWORD
from innovation.extensions import db
from innovation.organizations.models import Organization, OrganizationKind
from innovation.programs.models import Program, ProgramRole, ProgramRoleName, ProgramState


def test_seed_demo_builds_the_program_and_prints_logins(runner) -> None:
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    program = db.session.scalar(select(Program).where(Program.slug == "open-innovation-day-2026"))
    assert program.name_en == "Open Innovation Day 2026" and program.name.startswith("Ngày hội")
    assert program.state == ProgramState.OPEN_FOR_APPLICATIONS
    roles = {role.role for role in db.session.scalars(select(ProgramRole))}
    assert roles == {ProgramRoleName.ORGANIZER, ProgramRoleName.CHALLENGE_OWNER, ProgramRoleName.JUDGE}
    owners = db.session.scalars(
        select(ProgramRole).where(ProgramRole.role == ProgramRoleName.CHALLENGE_OWNER)
    )
    assert {owner.organization.kind for owner in owners} == {
        OrganizationKind.CORPORATE,
        OrganizationKind.CITY_AGENCY,
    }
    published = db.session.scalar(
        select(func.count(Challenge.id)).where(Challenge.state == ChallengeState.PUBLISHED)
    )
    assert published >= 10
    judges = db.session.scalar(
        select(func.count()).where(
            ProgramRole.role == ProgramRoleName.JUDGE, ProgramRole.program_id == program.id
        )
    )
    assert judges == 3
    startups = db.session.scalar(select(func.count()).where(Organization.kind == OrganizationKind.STARTUP))
    assert startups >= 5
    organizer = db.session.scalar(select(User).where(User.email == "organizer@demo.c4ir.vn"))
    assert verify_password(organizer.password_hash, DEMO_PASSWORD)
    assert "organizer@demo.c4ir.vn" in result.output
    assert DEMO_PASSWORD in result.output


def test_seed_demo_if_empty_does_not_seed_twice(runner) -> None:
    runner.invoke(args=["seed-demo"])
    result = runner.invoke(args=["seed-demo", "--if-empty"])
    assert result.exit_code == 0
    assert "not seeded again" in result.output
    assert "judge.kim@demo.kr" in result.output
    assert db.session.scalar(select(func.count(Program.id))) == 3


def test_seed_demo_carries_the_first_round_through_screening_shortlist_assignment_and_scores(runner) -> None:
    from innovation.judging.models import Assignment, AssignmentState, ConflictDeclaration, Score, ScoreState
    from innovation.judging.operations import conflicted_pairs, shortlisted

    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    round_one = db.session.scalar(select(Program).where(Program.slug == "smart-city-round-1-2026"))
    assert round_one.state == ProgramState.JUDGING
    applications = shortlisted(round_one)
    assert len(applications) == 24
    judges = db.session.scalar(
        select(func.count()).where(
            ProgramRole.role == ProgramRoleName.JUDGE, ProgramRole.program_id == round_one.id
        )
    )
    assert judges == 9
    declared = list(
        db.session.scalars(select(ConflictDeclaration).where(ConflictDeclaration.program_id == round_one.id))
    )
    assert len(declared) == 9 and sum(1 for row in declared if row.organization_ids) >= 2
    assignments = list(db.session.scalars(select(Assignment).where(Assignment.program_id == round_one.id)))
    assert len(assignments) == 3 * 24 and all(row.state == AssignmentState.CONFIRMED for row in assignments)
    conflicted = conflicted_pairs(round_one)
    assert conflicted and not {(row.judge_id, row.application_id) for row in assignments} & conflicted
    states = [row.state for row in db.session.scalars(select(Score))]
    assert states.count(ScoreState.SUBMITTED) >= 30 and ScoreState.DRAFT in states
    result = runner.invoke(args=["judging", "assign", "smart-city-round-1-2026", "--dry-run", "--json"])
    summary = json.loads(result.output)
    assert summary["applications"] == 24 and summary["judges"] == 9 and summary["unassigned"] == 0


def test_seed_demo_carries_the_green_round_to_the_pitch_day_while_the_main_program_stays_open(runner) -> None:
    from innovation.decisions.models import Decision, Outcome
    from innovation.mail.models import OutboxMessage

    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0
    green = db.session.scalar(select(Program).where(Program.slug == "green-economy-round-2026"))
    assert green.state == ProgramState.PITCH_DAY
    decisions = list(db.session.scalars(select(Decision).where(Decision.program_id == green.id)))
    outcomes = [row.published_outcome for row in decisions]
    # Every applicant hears back: six finalists; the judged others and the unshortlisted are not selected.
    received = db.session.scalar(
        select(func.count(Application.id))
        .join(Challenge, Challenge.id == Application.challenge_id)
        .where(Challenge.program_id == green.id, Application.state != ApplicationState.DRAFT)
    )
    assert outcomes.count(Outcome.FINALIST) == 6 and outcomes.count(Outcome.NOT_SELECTED) == received - 6
    assert all(not row.unpublished for row in decisions)
    mails = list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.template == "decision")))
    assert len(mails) == received and {mail.locale for mail in mails} == {"vi", "en"}
    assert "startup (finalist)" in result.output and "startup (not_selected)" in result.output
    from innovation.pitchday.models import PitchSlot

    slots = list(db.session.scalars(select(PitchSlot).where(PitchSlot.program_id == green.id)))
    finalist_ids = {row.application_id for row in decisions if row.outcome == Outcome.FINALIST}
    assert {slot.application_id for slot in slots} == finalist_ids
    told = db.session.scalars(select(OutboxMessage.recipient).where(OutboxMessage.template == "pitch_slot"))
    assert len(list(told)) == len(finalist_ids)
    main = db.session.scalar(select(Program).where(Program.slug == "open-innovation-day-2026"))
    assert main.state == ProgramState.OPEN_FOR_APPLICATIONS


def test_create_admin_makes_a_confirmed_site_admin(runner) -> None:
    result = runner.invoke(
        args=["create-admin", "Admin@Example.org", "--name", "Ada"], input="s3cret-pass\ns3cret-pass\n"
    )
    assert result.exit_code == 0, result.output
    admin = db.session.scalar(select(User).where(User.email == "admin@example.org"))
    assert admin.is_site_admin and admin.confirmed
    assert verify_password(admin.password_hash, "s3cret-pass")


def test_printed_demo_logins_work_on_the_sign_in_form(runner, client) -> None:
    output = runner.invoke(args=["seed-demo"]).output
    printed = re.findall(r"^  (\w+)\s+(\S+@\S+)$", output, re.MULTILINE)
    assert {role for role, _ in printed} == {"organizer", "challenge_owner", "judge", "startup"}
    for role, email in printed:
        response = client.post("/auth/login", data={"email": email, "password": "demo-password-2026"})
        assert response.status_code == 302, (role, email)
        client.post("/auth/logout")
    founder = next(email for role, email in printed if role == "startup")
    client.post("/auth/login", data={"email": founder, "password": "demo-password-2026"})
    page = client.get("/startup/applications").get_data(as_text=True)
    assert page.count('href="/applications/') >= 1  # a printed founder has something to look at


def test_seed_demo_is_refused_in_production(make_app) -> None:
    app = make_app(ENV_NAME="production")
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code != 0 and "refused in production" in result.output
    with app.app_context():
        assert db.session.scalar(select(func.count(User.id))) == 0


def test_program_stats_prints_one_json_object_for_scripts(runner) -> None:
    runner.invoke(args=["seed-demo"])
    result = runner.invoke(args=["program", "stats", "open-innovation-day-2026", "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats["program"] == "open-innovation-day-2026" and stats["state"] == "open_for_applications"
    assert set(stats["challenges"]) == {"draft", "submitted", "published", "closed"}
    program = db.session.scalar(select(Program).where(Program.slug == "open-innovation-day-2026"))
    assert sum(stats["challenges"].values()) == db.session.scalar(
        select(func.count(Challenge.id)).where(Challenge.program_id == program.id)
    )


def test_program_stats_of_an_unknown_program_fails_clearly(runner) -> None:
    result = runner.invoke(args=["program", "stats", "no-such-program", "--json"])
    assert result.exit_code != 0 and "no program with the slug" in result.output
