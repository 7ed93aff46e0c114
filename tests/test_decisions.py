"""Decisions, their publication to applicants, the audit log and archived programs."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update

from challenges.applications.models import ApplicationState
from innovation.audit.guard import AuditLogIsAppendOnly
from innovation.audit.models import AuditEntry
from innovation.decisions import operations, reports
from innovation.decisions.models import Decision, Outcome
from innovation.extensions import db
from innovation.judging import operations as judging
from innovation.judging.models import Assignment
from innovation.mail.models import OutboxMessage
from innovation.programs.models import ProgramState
from tests.factories import ProgramFactory, make_owner, make_user_with_role
from tests.test_judging import SLUG, judging_program

ORGANIZER_COMMENT = "Private: weak founder, keep between us."


@pytest.fixture
def judged(app):
    return judged_program()


def judged_program() -> dict:
    """The judging fixture carried through assignment and every score (with feedback for the startups)."""
    data = judging_program()
    program, organizer = data["program"], data["organizer"]
    judging.propose_assignment(program, organizer)
    judging.confirm_assignments(program, organizer)
    rubric = judging.current_rubric(program)
    for assignment in db.session.scalars(select(Assignment).where(Assignment.program_id == program.id)):
        value = 5 if assignment.application_id == data["applications"][0].id else 3
        judging.save_score(
            assignment,
            assignment.judge,
            {c.id: value for c in rubric.criteria},
            ORGANIZER_COMMENT,
            f"Feedback from a judge on #{assignment.application_id}",
            submit=True,
        )
    founder = data["applications"][0].startup.memberships[0].user
    founder.locale = "vi"
    db.session.commit()
    data["founder"] = founder
    return data


def _bulk(client, ids, outcome="finalist", reason="Best scores of the challenge.", step="preview"):
    return client.post(
        f"/programs/{SLUG}/decisions/bulk",
        data={"applications": ids, "outcome": outcome, "reason": reason, "step": step},
    )


def test_a_bulk_decision_is_previewed_then_applied_and_audited(judged, client, login) -> None:
    login(judged["organizer"])
    ids = [a.id for a in judged["applications"][:2]]
    page = _bulk(client, ids)
    assert page.status_code == 200 and "What will change" in page.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Decision.id))) == 0
    assert _bulk(client, ids, step="apply").status_code == 302
    decisions = list(db.session.scalars(select(Decision).order_by(Decision.application_id)))
    assert [d.outcome for d in decisions] == [Outcome.FINALIST, Outcome.FINALIST]
    assert all(d.unpublished and d.decided_by_id == judged["organizer"].id for d in decisions)
    entries = list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == "decide")))
    assert len(entries) == 2
    assert entries[0].before == {"outcome": None} and entries[0].after == {"outcome": "finalist"}
    assert (
        entries[0].reason == "Best scores of the challenge." and entries[0].actor_id == judged["organizer"].id
    )
    assert entries[0].program_id == judged["program"].id
    # Nothing reaches the applicant before publishing.
    assert judged["applications"][0].state == ApplicationState.SHORTLISTED
    assert db.session.scalar(select(func.count()).where(OutboxMessage.template == "decision")) == 0


@pytest.mark.parametrize(
    "fields",
    [
        {"outcome": "finalist", "reason": ""},
        {"outcome": "finalist", "reason": "   "},
        {"outcome": "winner", "reason": "Because."},
        {"outcome": "finalist", "reason": "x" * 2001},
        {"outcome": "finalist", "reason": "Because.", "applications": []},
        {"outcome": "finalist", "reason": "Because.", "applications": ["abc"]},
    ],
)
def test_a_bad_bulk_decision_is_a_422_and_stores_nothing(judged, client, login, fields) -> None:
    login(judged["organizer"])
    data = {"applications": [judged["applications"][0].id], "step": "apply", **fields}
    response = client.post(f"/programs/{SLUG}/decisions/bulk", data=data)
    assert response.status_code == 422
    assert db.session.scalar(select(func.count(Decision.id))) == 0


def test_a_foreign_application_in_a_bulk_decision_refuses_the_whole_decision(judged, client, login) -> None:
    from tests.factories import make_challenge
    from tests.test_screening_runs import apply

    other = make_challenge(ProgramFactory())
    foreign = apply(other, "Foreign", "Another program's application.")
    login(judged["organizer"])
    ids = [judged["applications"][0].id, foreign.id]
    assert "Left out" in _bulk(client, ids).get_data(as_text=True)
    assert _bulk(client, ids, step="apply").status_code == 302
    assert db.session.scalar(select(func.count(Decision.id))) == 0


def test_one_decision_at_a_time_with_its_history(judged, client, login) -> None:
    login(judged["organizer"])
    application = judged["applications"][3]
    url = f"/programs/{SLUG}/decisions/applications/{application.id}"
    assert client.post(url, data={"outcome": "finalist", "reason": ""}).status_code == 422
    assert client.post(url, data={"outcome": "finalist", "reason": "Strong pilot plan."}).status_code == 302
    assert client.post(url, data={"outcome": "not_selected", "reason": "Budget too high."}).status_code == 302
    page = client.get(url).get_data(as_text=True)
    assert "Budget too high." in page and "Strong pilot plan." in page
    assert "Feedback from a judge" in page
    entries = list(
        db.session.scalars(select(AuditEntry).where(AuditEntry.action == "decide").order_by(AuditEntry.id))
    )
    assert [(e.before["outcome"], e.after["outcome"]) for e in entries] == [
        (None, "finalist"),
        ("finalist", "not_selected"),
    ]
    assert client.get(f"/programs/{SLUG}/decisions/applications/999999").status_code == 404


def test_publishing_sends_one_mail_per_applicant_in_their_language_and_never_twice(
    judged, client, login
) -> None:
    program, organizer = judged["program"], judged["organizer"]
    first, second = judged["applications"][0], judged["applications"][1]
    operations.decide_many(
        program, [first.id], Outcome.FINALIST, "Highest score in the port challenge.", organizer
    )
    operations.decide_many(program, [second.id], Outcome.NOT_SELECTED, "Pilot plan too vague.", organizer)
    login(organizer)
    assert "2 applicants" in client.get(f"/programs/{SLUG}/decisions/publish").get_data(as_text=True)
    assert client.post(f"/programs/{SLUG}/decisions/publish", data={}).status_code == 302
    mails = list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.template == "decision")))
    assert len(mails) == 2
    to_first = next(m for m in mails if m.recipient == judged["founder"].email)
    assert to_first.locale == "vi" and "Quyết định" in to_first.subject
    assert "Highest score in the port challenge." in to_first.body_text
    assert f"Feedback from a judge on #{first.id}" in to_first.body_text
    for mail in mails:
        assert ORGANIZER_COMMENT not in mail.body_text and ORGANIZER_COMMENT not in mail.body_html
        for judge in judged["judges"].values():
            assert judge.name not in mail.body_text and judge.name not in mail.body_html
    db.session.expire_all()
    assert first.state == ApplicationState.FINALIST and second.state == ApplicationState.NOT_SELECTED
    # Publishing again sends nothing; changing one decision and publishing tells that applicant only.
    assert operations.publish(program, organizer) == 0
    operations.decide(program, second, Outcome.FINALIST, "Re-read after the pitch video.", organizer)
    assert operations.publish(program, organizer) == 1
    assert db.session.scalar(select(func.count()).where(OutboxMessage.template == "decision")) == 3


def test_a_startup_reads_its_own_decision_and_feedback_only(judged, client, login) -> None:
    program, organizer = judged["program"], judged["organizer"]
    first, second = judged["applications"][0], judged["applications"][1]
    operations.decide_many(program, [first.id], Outcome.FINALIST, "Reason for the first.", organizer)
    operations.decide_many(program, [second.id], Outcome.NOT_SELECTED, "Reason for the second.", organizer)
    login(judged["founder"])
    before = client.get("/startup/applications").get_data(as_text=True)
    assert "Reason for the first." not in before  # not published yet
    operations.publish(program, organizer)
    page = client.get("/startup/applications", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Reason for the first." in page and f"Feedback from a judge on #{first.id}" in page
    assert page.count(f"Feedback from a judge on #{first.id}") == 1  # the judges' same remark, said once
    assert "Reason for the second." not in page and f"#{second.id}" not in page
    assert ORGANIZER_COMMENT not in page


def test_published_decisions_keep_their_rows_in_the_judging_results(judged, client, login) -> None:
    program, organizer = judged["program"], judged["organizer"]
    first, second = judged["applications"][0], judged["applications"][1]
    operations.decide_many(program, [first.id], Outcome.FINALIST, "Best scores.", organizer)
    operations.decide_many(program, [second.id], Outcome.NOT_SELECTED, "Lower scores.", organizer)
    operations.publish(program, organizer)
    login(organizer)
    results = client.get(f"/programs/{SLUG}/judging/results").get_data(as_text=True)
    assert first.title in results and second.title in results
    decisions = client.get(f"/programs/{SLUG}/decisions").get_data(as_text=True)
    rows = {row.application.id: row for table in reports.decision_tables(program) for row in table.rows}
    assert rows[first.id].judging_rank == 1 and rows[second.id].judging_rank is not None
    assert first.title in decisions


# ---- the audit log ---------------------------------------------------------------------------------------


def test_the_audit_log_cannot_be_changed_or_deleted(judged) -> None:
    operations.decide_many(
        judged["program"], [judged["applications"][0].id], Outcome.FINALIST, "Why.", judged["organizer"]
    )
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "decide"))
    entry.reason = "rewritten"
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.execute(update(AuditEntry).values(reason="rewritten"))
    db.session.rollback()
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.execute(delete(AuditEntry))
    db.session.rollback()
    db.session.delete(db.session.get(AuditEntry, entry.id))
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    assert db.session.get(AuditEntry, entry.id).reason == "Why."


def test_the_program_audit_page_filters_and_links_each_row_to_its_object(judged, client, login) -> None:
    application = judged["applications"][0]
    operations.decide_many(
        judged["program"], [application.id], Outcome.FINALIST, "Top of the port.", judged["organizer"]
    )
    login(judged["organizer"])
    page = client.get(f"/programs/{SLUG}/audit?action=decide").get_data(as_text=True)
    assert "Top of the port." in page and f"/applications/{application.id}" in page
    assert "Saved a judge&#39;s profile</td>" not in page and "Decided</td>" in page
    assert "outcome</code>: — → finalist" in page  # each changed field, before and after
    judged["organizer"].locale = "vi"
    db.session.commit()
    vietnamese = client.get(f"/programs/{SLUG}/audit?action=decide")
    assert "Đã quyết định" in vietnamese.get_data(as_text=True)
    assert client.get(f"/programs/{SLUG}/audit?actor=abc").status_code == 400
    assert client.get(f"/programs/{SLUG}/audit?page=0").status_code == 400
    other = client.get(f"/programs/{SLUG}/audit?actor={judged['judges']['a'].id}&action=decide")
    assert "Top of the port." not in other.get_data(as_text=True)


def test_the_audit_csv_has_every_matching_row(judged, client, login) -> None:
    operations.decide_many(
        judged["program"],
        [judged["applications"][0].id],
        Outcome.FINALIST,
        "=cmd|' /C calc'!A0",
        judged["organizer"],
    )
    login(judged["organizer"])
    response = client.get(f"/programs/{SLUG}/audit.csv?action=decide")
    assert response.status_code == 200 and response.data.startswith("\ufeff".encode())
    text = response.data.decode("utf-8-sig")
    assert "'=cmd" in text and "\n=cmd" not in text and ",=cmd" not in text


# ---- archived programs -----------------------------------------------------------------------------------


def test_an_archived_program_reads_fine_and_nothing_changes(judged, client, login) -> None:
    program, organizer = judged["program"], judged["organizer"]
    application = judged["applications"][0]
    operations.decide_many(program, [application.id], Outcome.FINALIST, "Before archiving.", organizer)
    program.state = ProgramState.ARCHIVED
    db.session.commit()
    login(organizer)
    for path in ("/decisions", "/judging", "/judging/results", "/audit", ""):
        assert client.get(f"/programs/{SLUG}{path}").status_code == 200, path
    response = client.post(
        f"/programs/{SLUG}/decisions/applications/{application.id}",
        data={"outcome": "selected", "reason": "After archiving."},
    )
    assert response.status_code == 409
    assert client.post(f"/programs/{SLUG}/decisions/publish", data={}).status_code == 409
    assert client.post(f"/programs/{SLUG}/judging/propose", data={}).status_code == 409
    db.session.expire_all()
    assert db.session.scalar(select(Decision)).reason == "Before archiving."
    judge = judged["judges"]["c"]
    assignment = db.session.scalar(select(Assignment).where(Assignment.judge_id == judge.id).limit(1))
    login(judge)
    assert (
        client.post(f"/judging/applications/{assignment.application_id}/reopen", data={}).status_code == 409
    )


# ---- every route, every role -----------------------------------------------------------------------------


@pytest.fixture
def people(judged):
    return {
        "anonymous": None,
        "startup": judged["founder"],
        "owner": make_owner(judged["program"], judged["port"].organization),
        "judge": judged["judges"]["c"],
        "organizer": judged["organizer"],
        "other_organizer": make_user_with_role("organizer", ProgramFactory()),
        "admin": make_user_with_role("admin"),
        "_application": judged["applications"][0].id,
    }


PEOPLE = ["anonymous", "startup", "owner", "judge", "organizer", "other_organizer", "admin"]
REFUSED = dict(anonymous=302, startup=403, owner=403, judge=403, other_organizer=404)
ROUTES = [
    ("GET", "/programs/{slug}/decisions", {**REFUSED, "organizer": 200, "admin": 200}),
    ("POST", "/programs/{slug}/decisions/bulk", {**REFUSED, "organizer": 200, "admin": 200}),
    (
        "GET",
        "/programs/{slug}/decisions/applications/{application}",
        {**REFUSED, "organizer": 200, "admin": 200},
    ),
    (
        "POST",
        "/programs/{slug}/decisions/applications/{application}",
        {**REFUSED, "organizer": 302, "admin": 302},
    ),
    ("GET", "/programs/{slug}/decisions/publish", {**REFUSED, "organizer": 200, "admin": 200}),
    ("POST", "/programs/{slug}/decisions/publish", {**REFUSED, "organizer": 302, "admin": 302}),
    ("GET", "/programs/{slug}/audit", {**REFUSED, "organizer": 200, "admin": 200}),
    ("GET", "/programs/{slug}/audit.csv", {**REFUSED, "organizer": 200, "admin": 200}),
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize(("method", "path", "statuses"), ROUTES, ids=[f"{r[0]} {r[1]}" for r in ROUTES])
def test_every_decision_and_audit_route_for_every_role(
    client, login, people, person, method, path, statuses
) -> None:
    if people[person] is not None:
        login(people[person])
    url = path.format(slug=SLUG, application=people["_application"])
    data = None
    if method == "POST":
        data = {
            "applications": [people["_application"]],
            "outcome": "finalist",
            "reason": "Because.",
            "step": "preview",
        }
    assert client.open(url, method=method, data=data).status_code == statuses[person]
