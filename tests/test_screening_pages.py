"""Screening pages for every role: organizers start and read runs, owners read their own challenge's list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from challenges.applications.models import Application, ApplicationState
from innovation.audit.models import AuditEntry
from innovation.database import utcnow
from innovation.extensions import db
from screening import operations
from screening.models import EligibilityOverride, ScreeningResult
from tests.factories import ProgramFactory, make_owner, make_user_with_role
from tests.test_screening_runs import program_with_applications, work  # noqa: F401  (the fixture)


@pytest.fixture
def screened(app, program_with_applications):  # noqa: F811
    program, port, flood, applications = program_with_applications
    run = operations.start_screening_run(program, None)
    work(app)
    db.session.refresh(run)
    program.applications_close_at = utcnow() - timedelta(minutes=1)  # the window has closed: owners may look
    db.session.commit()
    return {
        "program": program,
        "port": port,
        "flood": flood,
        "applications": applications,
        "run": run,
        "people": {
            "anonymous": None,
            "startup": make_user_with_role("startup"),
            "judge": make_user_with_role("judge", program),
            "port_owner": make_owner(program, port.organization),
            "flood_owner": make_owner(program, flood.organization),
            "organizer": make_user_with_role("organizer", program),
            "other_organizer": make_user_with_role("organizer", ProgramFactory()),
            "admin": make_user_with_role("admin"),
        },
    }


PEOPLE = [
    "anonymous",
    "startup",
    "judge",
    "port_owner",
    "flood_owner",
    "organizer",
    "other_organizer",
    "admin",
]
ROUTES = [
    (
        "GET",
        "/programs/oid-2026/screening",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=403,
            flood_owner=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/screening/runs/{run}",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=200,
            flood_owner=200,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/screening/runs/{run}/status.json",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=200,
            flood_owner=200,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/screening/runs/{run}/challenges/{port}",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=200,
            flood_owner=404,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "POST",
        "/screening/runs/{run}/challenges/{port}",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=403,
            flood_owner=404,
            organizer=302,
            other_organizer=404,
            admin=302,
        ),
    ),
    (
        "GET",
        "/screening/runs/{run}/duplicates",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=403,
            flood_owner=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/screening/runs/{run}/routing",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=403,
            flood_owner=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "POST",
        "/screening/results/{result}/override",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            port_owner=403,
            flood_owner=403,
            organizer=302,
            other_organizer=404,
            admin=302,
        ),
    ),
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize(("method", "path", "statuses"), ROUTES, ids=[f"{r[0]} {r[1]}" for r in ROUTES])
def test_every_screening_route_for_every_role(
    client, login, screened, person, method, path, statuses
) -> None:
    if screened["people"][person] is not None:
        login(screened["people"][person])
    result = db.session.scalar(select(ScreeningResult).where(ScreeningResult.run_id == screened["run"].id))
    url = path.format(run=screened["run"].id, port=screened["port"].id, result=result.id)
    data = {"applications": [], "shown": [], "reason": "checked", "rule": "trl"} if method == "POST" else None
    assert client.open(url, method=method, data=data).status_code == statuses[person]


@pytest.mark.parametrize(
    "path",
    ["/screening/runs/999999", "/screening/runs/{run}/challenges/999999", "/screening/runs/999999/routing"],
)
def test_foreign_ids_are_404(client, login, screened, path) -> None:
    login(screened["people"]["organizer"])
    assert client.get(path.format(run=screened["run"].id)).status_code == 404


def test_startups_see_nothing_of_screening(client, login, screened) -> None:
    founder = screened["applications"][0].startup.memberships[0].user
    login(founder)
    assert client.get(f"/screening/runs/{screened['run'].id}").status_code == 403
    page = client.get(f"/applications/{screened['applications'][0].id}").get_data(as_text=True)
    assert "Why this score" not in page and "score" not in page.lower().split("<main", 1)[1]


def test_the_organizer_starts_a_run_from_the_page(client, login, app, program_with_applications) -> None:  # noqa: F811
    program, *_ = program_with_applications
    login(make_user_with_role("organizer", program, locale="en"))
    response = client.post("/programs/oid-2026/screening")
    assert response.status_code == 302 and "/screening/runs/" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<progress" in page and "data-run-status" in page and "waiting for a worker" in page
    status = client.get(response.headers["Location"] + "/status.json").get_json()
    assert status["state"] == status["stage"] == "queued" and status["stage_label"] == "waiting for a worker"
    again = client.post("/programs/oid-2026/screening", follow_redirects=True)
    assert "queued or running already" in again.get_data(as_text=True)


def test_the_queue_down_is_a_message_not_a_500(make_app, login_for) -> None:
    app = make_app(REDIS_URL="redis://127.0.0.1:6399/0")
    with app.app_context():
        program = ProgramFactory(slug="oid-2026")
        client = login_for(app, make_user_with_role("organizer", program))
        response = client.post("/programs/oid-2026/screening", follow_redirects=True)
        assert response.status_code == 200 and "The queue is not reachable" in response.get_data(as_text=True)
        assert client.get("/programs/oid-2026").status_code == 200


def test_the_ranked_list_explains_and_the_organizer_shortlists_with_a_reason(client, login, screened) -> None:
    organizer = login(screened["people"]["organizer"])
    run, port, applications = screened["run"], screened["port"], screened["applications"]
    page = client.get(f"/screening/runs/{run.id}/challenges/{port.id}").get_data(as_text=True)
    assert "Why this score" in page and "<mark>" in page and "Gate arrival forecasts" in page
    shown = [app_.id for app_ in applications if app_.challenge_id == port.id]
    response = client.post(
        f"/screening/runs/{run.id}/challenges/{port.id}",
        data={"shown": shown, "applications": [applications[0].id, applications[1].id], "reason": "Top two"},
    )
    assert response.status_code == 302
    db.session.expire_all()
    states = {
        app_.id: db.session.get(Application, app_.id).state
        for app_ in applications
        if app_.challenge_id == port.id
    }
    assert states[applications[0].id] == states[applications[1].id] == ApplicationState.SHORTLISTED
    assert states[applications[4].id] == ApplicationState.SCREENED
    entries = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "shortlist_application")).all()
    assert len(entries) == 2 and all(e.reason == "Top two" and e.actor_id == organizer.id for e in entries)
    client.post(
        f"/screening/runs/{run.id}/challenges/{port.id}",
        data={"shown": shown, "applications": [applications[0].id], "reason": "Only one"},
    )
    db.session.expire_all()
    assert db.session.get(Application, applications[1].id).state == ApplicationState.SCREENED


def test_a_shortlist_needs_a_reason_and_refuses_foreign_applications(client, login, screened) -> None:
    login(screened["people"]["organizer"])
    run, port, applications = screened["run"], screened["port"], screened["applications"]
    flood_app = next(app_ for app_ in applications if app_.challenge_id == screened["flood"].id)
    client.post(
        f"/screening/runs/{run.id}/challenges/{port.id}",
        data={"applications": [applications[0].id], "reason": ""},
    )
    response = client.post(
        f"/screening/runs/{run.id}/challenges/{port.id}",
        data={"applications": [flood_app.id], "reason": "x"},
        follow_redirects=True,
    )
    assert "Only applicants of this challenge" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Application, flood_app.id).state == ApplicationState.SCREENED
    assert db.session.get(Application, applications[0].id).state == ApplicationState.SCREENED


def test_an_eligibility_flag_is_set_aside_with_a_reason_and_stays_so_in_later_runs(
    client, login, app, screened
) -> None:
    login(screened["people"]["organizer"])
    flagged = db.session.scalar(
        select(ScreeningResult).where(ScreeningResult.application_id == screened["applications"][4].id)
    )
    rule = flagged.eligibility[0]["code"]
    client.post(
        f"/screening/results/{flagged.id}/override", data={"rule": rule, "reason": "TRL confirmed by phone"}
    )
    db.session.expire_all()
    override = db.session.scalar(select(EligibilityOverride))
    assert override.rule == rule and override.reason == "TRL confirmed by phone"
    assert db.session.get(ScreeningResult, flagged.id).eligibility == []
    rerun = operations.start_screening_run(screened["program"], None)
    work(app)
    later = db.session.scalar(
        select(ScreeningResult).where(
            ScreeningResult.run_id == rerun.id, ScreeningResult.application_id == flagged.application_id
        )
    )
    assert later.eligibility == []


def test_duplicates_and_routing_pages_show_what_was_found(client, login, screened) -> None:
    login(screened["people"]["organizer"])
    routing = client.get(f"/screening/runs/{screened['run'].id}/routing").get_data(as_text=True)
    assert "Street flood sensors" in routing and "Flood and tide warnings" in routing
    duplicates = client.get(f"/screening/runs/{screened['run'].id}/duplicates").get_data(as_text=True)
    assert "Street flood sensors" in duplicates  # the same text sent to two challenges
    response = client.post(
        f"/screening/runs/{screened['run'].id}/duplicates",
        data={"cluster": "0", "decision": "confirm", "reason": "Same startup twice"},
    )
    assert response.status_code == 302


def test_a_rerun_after_late_edits_shows_who_moved_in_and_out_of_the_top(client, login, app, screened) -> None:
    port = screened["port"]
    port.shortlist_size = 1
    db.session.commit()
    login(screened["people"]["organizer"])
    rerun = operations.start_screening_run(screened["program"], None)
    work(app)
    page = client.get(f"/screening/runs/{rerun.id}/challenges/{port.id}").get_data(as_text=True)
    assert f"Since run #{screened['run'].id}: 0 entered the top 1, 0 left it." in page


def test_owners_see_no_ranked_applicants_while_the_window_is_open(client, login, screened) -> None:
    program = screened["program"]
    program.applications_close_at = utcnow() + timedelta(days=2)
    db.session.commit()
    login(screened["people"]["port_owner"])
    assert (
        client.get(f"/screening/runs/{screened['run'].id}/challenges/{screened['port'].id}").status_code
        == 404
    )
