"""Judging end to end at the HTTP and database level: conflicts, assignment, scoring, blind mode, results."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from challenges.applications.decks import store_deck
from challenges.applications.models import ApplicationState
from innovation.database import utcnow
from innovation.extensions import db
from innovation.judging import operations
from innovation.judging.models import Assignment, AssignmentState, Rubric, Score, ScoreState
from innovation.mail.models import OutboxMessage
from innovation.organizations.models import OrganizationKind
from innovation.programs.models import ProgramState
from tests.factories import (
    MembershipFactory,
    OrganizationFactory,
    ProgramFactory,
    make_challenge,
    make_owner,
    make_user_with_role,
)
from tests.test_screening_runs import FLOOD, PORT, TEXTS, apply

SLUG = "oid-judging"


def _judge(program, name: str, languages=("en",), locale: str = "en", sectors=("logistics_ports",)):
    judge = make_user_with_role("judge", program, name=name, locale=locale)
    operations.save_judge_profile(judge, list(sectors), "ports, logistics, flood warnings", list(languages))
    return judge


def _deck_with_metadata(title: str, author: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=842, height=595)
    writer.add_metadata({"/Title": title, "/Author": author})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def judging(app):
    return judging_program()


def judging_program() -> dict:
    """A program in judging: two challenges, six shortlisted applications (one with a deck), five judges.

    `conflicted` belongs to the port challenge's owner organization: the port's applications are never
    theirs. `undeclared` has not declared conflicts yet.
    """
    now = utcnow()
    program = ProgramFactory(
        slug=SLUG,
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        applications_open_at=now - timedelta(days=3),
        applications_close_at=now + timedelta(days=3),
    )
    port_owner_org = OrganizationFactory(kind=OrganizationKind.CORPORATE, name="Saigon Port Authority")
    port = make_challenge(program, port_owner_org, texts=PORT)
    flood = make_challenge(program, texts=FLOOD)
    applications = [apply(port, *TEXTS[0]), apply(port, *TEXTS[1]), apply(port, *TEXTS[4])]
    applications += [apply(flood, *TEXTS[2]), apply(flood, *TEXTS[3]), apply(flood, *TEXTS[2])]
    first = applications[0]
    first.startup.name, first.startup.website = "BerthData Vietnam", "https://berthdata.example"
    first.team = "Nguyen Van Berth, CEO of BerthData"
    first.video_url = "https://video.example/berthdata"
    founder = first.startup.memberships[0].user
    first.deck = store_deck(
        io.BytesIO(_deck_with_metadata("BerthData pitch", "Nguyen Van Berth")),
        "BerthData-pitch-2026.pdf",
        first.startup,
        founder,
    )
    for application in applications:
        application.state = ApplicationState.SHORTLISTED
    program.applications_close_at = now - timedelta(hours=1)
    program.state = ProgramState.JUDGING
    program.judging_open_at, program.judging_close_at = now - timedelta(minutes=5), now + timedelta(days=5)
    db.session.commit()
    judges = {
        "conflicted": _judge(program, "Tran Port"),
        "a": _judge(program, "Anna Flood", sectors=("environment_water",)),
        "b": _judge(program, "Bao Logistics", languages=("vi", "en"), locale="vi"),
        "c": _judge(program, "Chen Ports"),
        "undeclared": _judge(program, "Undeclared Judge"),
    }
    MembershipFactory(user=judges["conflicted"], organization=port_owner_org)
    for key in ("conflicted", "a", "b", "c"):
        operations.declare_conflicts(program, judges[key], [], "")
    return {
        "program": program,
        "port": port,
        "flood": flood,
        "applications": applications,
        "judges": judges,
        "organizer": make_user_with_role("organizer", program),
    }


def _confirmed(judging) -> list[Assignment]:
    program = judging["program"]
    operations.propose_assignment(program, judging["organizer"])
    operations.confirm_assignments(program, judging["organizer"])
    return list(db.session.scalars(select(Assignment).where(Assignment.program_id == program.id)))


def _first_assignment_of(judging, judge_key: str) -> Assignment:
    judge = judging["judges"][judge_key]
    return db.session.scalar(
        select(Assignment)
        .where(Assignment.judge_id == judge.id, Assignment.state == AssignmentState.CONFIRMED)
        .order_by(Assignment.application_id)
        .limit(1)
    )


def _criteria_form(program, values: dict | None = None, action: str = "save", **extra) -> dict:
    rubric = operations.current_rubric(program)
    data = {"action": action, "comment_for_organizers": "Solid team.", "feedback_for_startup": "Show costs."}
    for position, criterion in enumerate(rubric.criteria):
        value = (values or {}).get(position)
        if value is not None:
            data[f"criterion_{criterion.id}"] = str(value)
    data.update(extra)
    return data


# ---- assignment -----------------------------------------------------------------------------------------


def test_the_proposal_gives_every_application_three_judges_and_never_a_conflicted_one(judging) -> None:
    assignments = _confirmed(judging)
    per_application = {}
    for assignment in assignments:
        per_application.setdefault(assignment.application_id, set()).add(assignment.judge_id)
    assert all(len(judges) == 3 for judges in per_application.values())
    assert len(per_application) == 6
    conflicted = judging["judges"]["conflicted"].id
    port_ids = {a.id for a in judging["applications"][:3]}
    assert not any(a.judge_id == conflicted and a.application_id in port_ids for a in assignments)
    assert all(a.reason and 0 <= a.fit <= 1 for a in assignments)
    report = judging["program"].judging_report
    assert report["assigned"] == 18 and report["reviews_and_limits_met"] is True


def test_confirming_tells_each_judge_by_mail_in_their_language_with_a_configured_link(judging) -> None:
    _confirmed(judging)
    mails = list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.template == "judging_assigned"))
    )
    recipients = {mail.recipient for mail in mails}
    assert judging["judges"]["b"].email in recipients
    vietnamese = next(mail for mail in mails if mail.recipient == judging["judges"]["b"].email)
    assert vietnamese.locale == "vi" and "http://innovation.test/judging" in vietnamese.body_text
    assert "hồ sơ" in vietnamese.body_text.lower()


def test_a_pair_taken_off_by_hand_stays_off_and_a_conflicted_pair_is_refused(judging) -> None:
    program, organizer = judging["program"], judging["organizer"]
    assignments = _confirmed(judging)
    taken = assignments[0]
    operations.remove_pair(taken, organizer)
    operations.propose_assignment(program, organizer)
    again = db.session.scalar(
        select(Assignment).where(
            Assignment.judge_id == taken.judge_id, Assignment.application_id == taken.application_id
        )
    )
    assert again.state == AssignmentState.REMOVED
    with pytest.raises(operations.JudgingError) as refused:
        operations.add_pair(program, organizer, judging["judges"]["conflicted"], judging["applications"][0])
    assert refused.value.reason == "conflict"


def test_a_new_proposal_keeps_what_judges_see_and_their_drafts(judging) -> None:
    program, organizer = judging["program"], judging["organizer"]
    _confirmed(judging)
    assignment = _first_assignment_of(judging, "c")
    criterion = operations.current_rubric(program).criteria[0]
    operations.save_score(
        assignment, judging["judges"]["c"], {criterion.id: 4}, "half done", "", submit=False
    )
    mails_before = db.session.scalar(select(func.count(OutboxMessage.id)))
    operations.propose_assignment(program, organizer)
    db.session.expire_all()
    states = set(db.session.scalars(select(Assignment.state).where(Assignment.program_id == program.id)))
    assert states == {AssignmentState.CONFIRMED}
    draft = db.session.scalar(select(Score).where(Score.comment_for_organizers == "half done"))
    assert draft is not None and draft.values == {str(criterion.id): 4}
    assert operations.confirm_assignments(program, organizer) == 0
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == mails_before


def test_a_new_proposal_drops_unscored_pairs_of_applications_off_the_shortlist(judging) -> None:
    program, organizer = judging["program"], judging["organizer"]
    _confirmed(judging)
    dropped = judging["applications"][2]
    dropped.state = ApplicationState.SCREENED
    db.session.commit()
    operations.propose_assignment(program, organizer)
    assert db.session.scalar(select(func.count()).where(Assignment.application_id == dropped.id)) == 0
    rows = db.session.execute(select(Assignment.application_id, Assignment.judge_id, Assignment.state)).all()
    assert len(rows) == 15, sorted(rows)


def test_the_cli_computes_the_assignment_and_dry_run_writes_nothing(judging, runner) -> None:
    result = runner.invoke(args=["judging", "assign", SLUG, "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert set(summary) == {"applications", "judges", "assignments", "unassigned", "seconds"}
    assert summary["applications"] == 6 and summary["judges"] == 5 and summary["assignments"] == 18
    assert db.session.scalar(select(func.count(Assignment.id))) == 0
    result = runner.invoke(args=["judging", "assign", SLUG, "--json"])
    assert json.loads(result.output)["unassigned"] == 0
    assert db.session.scalar(select(func.count(Assignment.id))) == 18
    assert runner.invoke(args=["judging", "assign", "no-such-program", "--json"]).exit_code != 0


def test_the_report_says_why_an_application_stays_short(judging, client, login) -> None:
    program = judging["program"]
    program.reviews_per_application = 5  # five judges, one conflicted with the port: the port falls short
    db.session.commit()
    outcome = operations.propose_assignment(program, judging["organizer"])
    short = {item.application_id: item for item in outcome["result"].unassigned}
    assert short[judging["applications"][0].id].why == "too_few_eligible_judges"
    login(judging["organizer"])
    page = client.get(f"/programs/{SLUG}/judging/assignments").get_data(as_text=True)
    assert "short of judges" in page and "have no conflict with it" in page


# ---- conflicts ------------------------------------------------------------------------------------------


def test_a_judge_sees_nothing_before_declaring_conflicts(judging, client, login) -> None:
    program = judging["program"]
    undeclared = judging["judges"]["undeclared"]
    _confirmed(judging)
    assignment = _first_assignment_of(judging, "undeclared")
    login(undeclared)
    response = client.get(f"/judging/{SLUG}")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/judging/{SLUG}/conflicts")
    assert client.get(f"/judging/applications/{assignment.application_id}").status_code == 404
    response = client.post(
        f"/judging/{SLUG}/conflicts",
        data={"organizations": [judging["applications"][3].startup_id], "note": "", "confirm": "y"},
    )
    assert response.status_code == 302
    assert operations.declaration(program, undeclared).organization_ids == [
        judging["applications"][3].startup_id
    ]


def test_declaring_a_conflict_takes_the_application_away_and_it_answers_404(judging, client, login) -> None:
    program = judging["program"]
    _confirmed(judging)
    judge = judging["judges"]["a"]
    assignment = _first_assignment_of(judging, "a")
    login(judge)
    application_id, startup_id = assignment.application_id, assignment.application.startup_id
    assert client.get(f"/judging/applications/{application_id}").status_code == 200
    response = client.post(
        f"/judging/{SLUG}/conflicts", data={"organizations": [startup_id], "note": "advisor", "confirm": "y"}
    )
    assert response.status_code == 302
    assert client.get(f"/judging/applications/{application_id}").status_code == 404
    assert client.get(f"/judging/applications/{application_id}/deck").status_code == 404
    assert (judge.id, application_id) in operations.conflicted_pairs(program)
    assert (
        db.session.scalar(
            select(Assignment).where(
                Assignment.application_id == application_id, Assignment.judge_id == judge.id
            )
        )
        is None
    )


def test_a_conflicted_or_unassigned_application_is_404_even_by_id(judging, client, login) -> None:
    program = judging["program"]
    _confirmed(judging)
    conflicted = judging["judges"]["conflicted"]
    port_application = judging["applications"][0]
    # Even a pair written past the operations (an old row, a bug) does not open a conflicted application.
    db.session.add(
        Assignment(
            program_id=program.id,
            application_id=port_application.id,
            judge_id=conflicted.id,
            state=AssignmentState.CONFIRMED,
        )
    )
    db.session.commit()
    login(conflicted)
    assert client.get(f"/judging/applications/{port_application.id}").status_code == 404
    assert client.get(f"/judging/applications/{port_application.id}/deck").status_code == 404
    assert client.get("/judging/applications/999999").status_code == 404
    assert client.get(f"/applications/{port_application.id}").status_code in (403, 404)
    login(judging["judges"]["b"])
    assigned = {a.application_id for a in db.session.scalars(
        select(Assignment).where(Assignment.judge_id == judging["judges"]["b"].id)
    )}  # fmt: skip
    unassigned = next(a for a in judging["applications"] if a.id not in assigned)
    assert client.get(f"/judging/applications/{unassigned.id}").status_code == 404


def test_the_conflict_form_refuses_unknown_organizations_and_needs_the_confirmation(
    judging, client, login
) -> None:
    login(judging["judges"]["undeclared"])
    response = client.post(f"/judging/{SLUG}/conflicts", data={"organizations": [999999], "confirm": "y"})
    assert response.status_code == 422
    response = client.post(f"/judging/{SLUG}/conflicts", data={"organizations": ["abc"], "confirm": "y"})
    assert response.status_code == 422
    response = client.post(f"/judging/{SLUG}/conflicts", data={"note": ""})
    assert response.status_code == 422 and "Confirm that you checked the list" in response.get_data(
        as_text=True
    )
    assert operations.declaration(judging["program"], judging["judges"]["undeclared"]) is None


# ---- scoring --------------------------------------------------------------------------------------------


def test_a_judge_saves_a_draft_then_submits_and_can_reopen_until_the_deadline(judging, client, login) -> None:
    program = judging["program"]
    _confirmed(judging)
    assignment = _first_assignment_of(judging, "c")
    url = f"/judging/applications/{assignment.application_id}"
    login(judging["judges"]["c"])
    page = client.get(url).get_data(as_text=True)
    assert "Relevance to the challenge" in page and "What the pre-screening matched" in page
    assert client.post(url, data=_criteria_form(program, {0: 4, 1: 3})).status_code == 302
    db.session.expire_all()
    score = db.session.scalar(select(Score).where(Score.assignment_id == assignment.id))
    assert score.state == ScoreState.DRAFT and len(score.values) == 2
    response = client.post(url, data=_criteria_form(program, {0: 4}, action="submit"))
    assert response.status_code == 422 and "Choose a value." in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Score, score.id).state == ScoreState.DRAFT
    response = client.post(url, data=_criteria_form(program, {0: 5, 1: 4, 2: 4, 3: 3, 4: 4}, action="submit"))
    assert response.status_code == 302
    db.session.expire_all()
    score = db.session.get(Score, score.id)
    assert score.state == ScoreState.SUBMITTED and score.submitted_at and score.rubric.locked
    assert (
        client.post(
            url, data=_criteria_form(program, {0: 1, 1: 1, 2: 1, 3: 1, 4: 1}, action="submit")
        ).status_code
        == 409
    )
    assert client.post(f"{url}/reopen", data={}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Score, score.id).state == ScoreState.DRAFT
    program.judging_close_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    response = client.post(url, data=_criteria_form(program, {0: 1, 1: 1, 2: 1, 3: 1, 4: 1}, action="submit"))
    assert response.status_code == 409
    assert db.session.get(Score, score.id).values[str(operations.current_rubric(program).criteria[0].id)] == 5


@pytest.mark.parametrize("bad", ["9", "0", "abc", "1.5", ""])
def test_a_value_off_the_scale_is_a_4xx_and_keeps_the_draft(judging, client, login, bad) -> None:
    program = judging["program"]
    _confirmed(judging)
    assignment = _first_assignment_of(judging, "c")
    url = f"/judging/applications/{assignment.application_id}"
    login(judging["judges"]["c"])
    client.post(url, data=_criteria_form(program, {0: 3}))
    criterion = operations.current_rubric(program).criteria[1]
    response = client.post(
        url, data=_criteria_form(program, {0: 3}, **{f"criterion_{criterion.id}": bad}, action="submit")
    )
    assert 400 <= response.status_code < 500
    db.session.expire_all()
    score = db.session.scalar(select(Score).where(Score.assignment_id == assignment.id))
    assert score.state == ScoreState.DRAFT and score.values == {
        str(operations.current_rubric(program).criteria[0].id): 3
    }


def test_the_rubric_is_edited_in_place_until_a_score_is_submitted_then_versioned(
    judging, client, login
) -> None:
    program = judging["program"]
    login(judging["organizer"])
    rubric = operations.current_rubric(program)
    fields = {
        "criteria-0-name_vi": "Phù hợp",
        "criteria-0-name_en": "Fit",
        "criteria-0-weight": "2",
        "criteria-0-scale": "5",
        "criteria-1-name_vi": "Đội ngũ",
        "criteria-1-name_en": "Team",
        "criteria-1-weight": "1",
        "criteria-1-scale": "3",
        "criteria-2-name_vi": "",
        "criteria-2-name_en": "",
    }
    assert client.post(f"/programs/{SLUG}/judging/rubric", data=fields).status_code == 302
    db.session.expire_all()
    assert [c.name_en for c in operations.current_rubric(program).criteria] == ["Fit", "Team"]
    assert operations.current_rubric(program).id == rubric.id
    _confirmed(judging)
    assignment = _first_assignment_of(judging, "c")
    operations.save_score(
        assignment,
        judging["judges"]["c"],
        {c.id: 2 for c in operations.current_rubric(program).criteria},
        "",
        "",
        submit=True,
    )
    fields["criteria-1-name_en"] = "Team and partners"
    assert client.post(f"/programs/{SLUG}/judging/rubric", data=fields).status_code == 302
    db.session.expire_all()
    versions = list(
        db.session.scalars(select(Rubric).where(Rubric.program_id == program.id).order_by(Rubric.version))
    )
    assert [r.version for r in versions] == [1, 2]
    assert [c.name_en for c in versions[0].criteria] == ["Fit", "Team"]
    assert db.session.scalar(select(Score)).rubric_id == versions[0].id


@pytest.mark.parametrize(
    "fields",
    [
        {"criteria-0-name_vi": "Chỉ tiếng Việt", "criteria-0-name_en": ""},
        {"criteria-0-name_vi": "", "criteria-0-name_en": ""},
        {"criteria-0-name_vi": "A", "criteria-0-name_en": "A", "criteria-0-weight": "-1"},
        {"criteria-0-name_vi": "A", "criteria-0-name_en": "A", "criteria-0-scale": "99"},
        {"criteria-0-name_vi": "A", "criteria-0-name_en": "A", "criteria-0-weight": "lots"},
        {"criteria-0-name_vi": "A", "criteria-0-name_en": "A", "criteria-0-weight": "nan"},
        {"criteria-0-name_vi": "A", "criteria-0-name_en": "A", "criteria-0-weight": "inf"},
        {"criteria-0-name_vi": "A", "criteria-0-name_en": "A", "criteria-0-scale": "9" * 23},
        {"criteria-0-name_vi": "A" * 201, "criteria-0-name_en": "A"},
    ],
)
def test_a_bad_rubric_is_refused_with_422_and_nothing_changes(judging, client, login, fields) -> None:
    login(judging["organizer"])
    before = [c.name_en for c in operations.current_rubric(judging["program"]).criteria]
    assert client.post(f"/programs/{SLUG}/judging/rubric", data=fields).status_code == 422
    db.session.expire_all()
    assert [c.name_en for c in operations.current_rubric(judging["program"]).criteria] == before


# ---- blind mode -----------------------------------------------------------------------------------------


def test_blind_mode_leaks_no_identity_in_the_page_the_deck_name_or_its_headers(
    judging, client, login
) -> None:
    program = judging["program"]
    program.blind_judging = True
    db.session.commit()
    _confirmed(judging)
    first = judging["applications"][0]
    judge_id = db.session.scalar(
        select(Assignment.judge_id).where(Assignment.application_id == first.id).limit(1)
    )
    judge = next(j for j in judging["judges"].values() if j.id == judge_id)
    login(judge)
    page = client.get(f"/judging/applications/{first.id}").get_data(as_text=True)
    for secret in ("BerthData", "berthdata", "Nguyen Van Berth", "video.example", "BerthData-pitch"):
        assert secret not in page
    assert first.summary.split()[0] in page  # the words of the application stay
    listing = client.get(f"/judging/{SLUG}").get_data(as_text=True)
    assert "BerthData" not in listing
    response = client.get(f"/judging/applications/{first.id}/deck")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert "BerthData" not in disposition and f"application-{first.id}.pdf" in disposition
    assert b"BerthData" not in response.data and b"Nguyen Van Berth" not in response.data
    assert len(PdfReader(io.BytesIO(response.data)).pages) == 1
    program.blind_judging = False
    db.session.commit()
    assert "BerthData" in client.get(f"/judging/applications/{first.id}").get_data(as_text=True)
    plain = client.get(f"/judging/applications/{first.id}/deck")
    assert "BerthData-pitch-2026.pdf" in plain.headers["Content-Disposition"]
    plain.close()


# ---- progress, reminders, results ------------------------------------------------------------------------


def test_the_organizer_sees_progress_and_reminds_a_judge_in_their_language(judging, client, login) -> None:
    _confirmed(judging)
    judge = judging["judges"]["b"]
    login(judging["organizer"])
    page = client.get(f"/programs/{SLUG}/judging").get_data(as_text=True)
    assert "Bao Logistics" in page and "conflicts not declared" in page  # the undeclared judge
    response = client.post(f"/programs/{SLUG}/judging/judges/{judge.id}/remind", data={})
    assert response.status_code == 302
    mail = db.session.scalar(select(OutboxMessage).where(OutboxMessage.template == "judging_reminder"))
    assert mail.recipient == judge.email and mail.locale == "vi" and "Nhắc" in mail.subject
    assert "http://innovation.test/judging" in mail.body_text
    assert client.post(f"/programs/{SLUG}/judging/judges/999999/remind", data={}).status_code == 404


def test_results_rank_by_normalized_scores_beside_the_screening_rank(judging, client, login) -> None:
    program = judging["program"]
    _confirmed(judging)
    rubric = operations.current_rubric(program)
    for assignment in db.session.scalars(select(Assignment).where(Assignment.program_id == program.id)):
        value = 5 if assignment.application_id == judging["applications"][1].id else 2
        operations.save_score(
            assignment, assignment.judge, {c.id: value for c in rubric.criteria}, "", "", submit=True
        )
    login(judging["organizer"])
    page = client.get(f"/programs/{SLUG}/judging/results").get_data(as_text=True)
    assert "Screening rank" in page and "Calibrated" in page
    port_table = page.split(judging["port"].title)[1]
    assert port_table.index(judging["applications"][1].title) < port_table.index(
        judging["applications"][0].title
    )


def test_settings_are_validated(judging, client, login) -> None:
    login(judging["organizer"])
    url = f"/programs/{SLUG}/judging"
    assert client.post(url, data={"reviews_per_application": "0"}).status_code == 422
    assert client.post(url, data={"reviews_per_application": "x"}).status_code == 422
    assert (
        client.post(url, data={"reviews_per_application": "2", "judge_load_limit": "-3"}).status_code == 422
    )
    assert client.post(url, data={"reviews_per_application": "2", "blind_judging": "y"}).status_code == 302
    db.session.expire_all()
    assert judging["program"].reviews_per_application == 2 and judging["program"].blind_judging


def test_hand_changes_refuse_bad_ids_with_a_message(judging, client, login) -> None:
    _confirmed(judging)
    login(judging["organizer"])
    response = client.post(
        f"/programs/{SLUG}/judging/assignments/add", data={"judge": "999999", "application": "abc"}
    )
    assert response.status_code == 302
    other_program = ProgramFactory()
    foreign = Assignment(
        program_id=other_program.id,
        application_id=judging["applications"][0].id,
        judge_id=make_user_with_role("judge", other_program).id,
    )
    db.session.add(foreign)
    db.session.commit()
    assert (
        client.post(f"/programs/{SLUG}/judging/assignments/{foreign.id}/remove", data={}).status_code == 404
    )
    conflicted, port_application = judging["judges"]["conflicted"], judging["applications"][0]
    response = client.post(
        f"/programs/{SLUG}/judging/assignments/add",
        data={"judge": conflicted.id, "application": port_application.id},
        follow_redirects=True,
    )
    assert "conflict of interest" in response.get_data(as_text=True)


# ---- every route, every role ----------------------------------------------------------------------------


@pytest.fixture
def people(judging):
    _confirmed(judging)
    assigned = _first_assignment_of(judging, "c")
    return {
        "anonymous": None,
        "startup": judging["applications"][0].startup.memberships[0].user,
        "owner": make_owner(judging["program"], judging["port"].organization),
        "judge": judging["judges"]["c"],
        "other_judge": make_user_with_role("judge", ProgramFactory()),
        "organizer": judging["organizer"],
        "other_organizer": make_user_with_role("organizer", ProgramFactory()),
        "admin": make_user_with_role("admin"),
        "_application": assigned.application_id,
        "_assignment": assigned.id,
        "_judge": judging["judges"]["a"].id,
    }


PEOPLE = ["anonymous", "startup", "owner", "judge", "other_judge", "organizer", "other_organizer", "admin"]
ORGANIZER_ONLY = dict(anonymous=302, startup=403, owner=403, judge=403, other_judge=403, other_organizer=404)
JUDGE_ONLY = dict(anonymous=302, startup=403, owner=403, organizer=403, other_organizer=403)
ROUTES = [
    ("GET", "/programs/{slug}/judging", {**ORGANIZER_ONLY, "organizer": 200, "admin": 200}),
    ("POST", "/programs/{slug}/judging", {**ORGANIZER_ONLY, "organizer": 302, "admin": 302}),
    ("GET", "/programs/{slug}/judging/rubric", {**ORGANIZER_ONLY, "organizer": 200, "admin": 200}),
    ("GET", "/programs/{slug}/judging/assignments", {**ORGANIZER_ONLY, "organizer": 200, "admin": 200}),
    ("POST", "/programs/{slug}/judging/propose", {**ORGANIZER_ONLY, "organizer": 302, "admin": 302}),
    ("POST", "/programs/{slug}/judging/assignments/add", {**ORGANIZER_ONLY, "organizer": 302, "admin": 302}),
    (
        "POST",
        "/programs/{slug}/judging/assignments/{assignment}/remove",
        {**ORGANIZER_ONLY, "organizer": 302, "admin": 302},
    ),
    ("POST", "/programs/{slug}/judging/confirm", {**ORGANIZER_ONLY, "organizer": 302, "admin": 302}),
    (
        "POST",
        "/programs/{slug}/judging/judges/{judge}/remind",
        {**ORGANIZER_ONLY, "organizer": 302, "admin": 302},
    ),
    ("GET", "/programs/{slug}/judging/results", {**ORGANIZER_ONLY, "organizer": 200, "admin": 200}),
    ("GET", "/judging", {**JUDGE_ONLY, "judge": 200, "other_judge": 200, "admin": 200}),
    ("GET", "/judging/profile", {**JUDGE_ONLY, "judge": 200, "other_judge": 200, "admin": 200}),
    ("GET", "/judging/{slug}", {**JUDGE_ONLY, "judge": 200, "other_judge": 404, "admin": 302}),
    ("GET", "/judging/{slug}/conflicts", {**JUDGE_ONLY, "judge": 200, "other_judge": 404, "admin": 200}),
    (
        "GET",
        "/judging/applications/{application}",
        {**JUDGE_ONLY, "judge": 200, "other_judge": 404, "admin": 404},
    ),
    (
        "POST",
        "/judging/applications/{application}",
        {**JUDGE_ONLY, "judge": 302, "other_judge": 404, "admin": 404},
    ),
    (
        "POST",
        "/judging/applications/{application}/reopen",
        {**JUDGE_ONLY, "judge": 302, "other_judge": 404, "admin": 404},
    ),
    (
        "GET",
        "/judging/applications/{application}/deck",
        {**JUDGE_ONLY, "judge": 404, "other_judge": 404, "admin": 404},
    ),
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize(("method", "path", "statuses"), ROUTES, ids=[f"{r[0]} {r[1]}" for r in ROUTES])
def test_every_judging_route_for_every_role(
    client, login, judging, people, person, method, path, statuses
) -> None:
    if people[person] is not None:
        login(people[person])
    url = path.format(
        slug=SLUG,
        application=people["_application"],
        assignment=people["_assignment"],
        judge=people["_judge"],
    )
    data = None
    if method == "POST":
        data = {
            "reviews_per_application": "3",
            "action": "save",
            "judge": people["_judge"],
            "application": people["_application"],
        }
    assert client.open(url, method=method, data=data).status_code == statuses[person]


@pytest.mark.parametrize("value", ["9" * 23, "-1", "nan", "<script>x</script>", "x" * 6000, "", "1.5"])
def test_no_judging_form_answers_500_to_nasty_values(client, login, judging, value) -> None:
    _confirmed(judging)
    assignment = _first_assignment_of(judging, "c")
    criterion = operations.current_rubric(judging["program"]).criteria[0]
    fields = {
        "reviews_per_application": value,
        "judge_load_limit": value,
        "blind_judging": value,
        "judge": value,
        "application": value,
        "criteria-0-name_vi": value,
        "criteria-0-name_en": value,
        "criteria-0-weight": value,
        "criteria-0-scale": value,
        f"criterion_{criterion.id}": value,
        "comment_for_organizers": value,
        "feedback_for_startup": value,
        "action": value,
        "organizations": value,
        "note": value,
        "confirm": value,
        "sectors": value,
        "languages": value,
        "expertise": value,
    }
    login(judging["organizer"])
    for path in ("", "/rubric", "/assignments/add", "/propose", "/confirm"):
        assert client.post(f"/programs/{SLUG}/judging{path}", data=fields).status_code < 500
    login(judging["judges"]["c"])
    for path in (
        f"/judging/applications/{assignment.application_id}",
        f"/judging/{SLUG}/conflicts",
        "/judging/profile",
        f"/judging/applications/{assignment.application_id}/reopen",
    ):
        assert client.post(path, data=fields).status_code < 500
