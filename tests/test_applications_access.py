"""Who may read and change an application, for every role, with foreign ids answering 404."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from challenges.applications.models import Application, ApplicationState
from challenges.applications.operations import (
    ApplicationFields,
    save_draft,
    start_application,
    submit_application,
)
from innovation.database import utcnow
from innovation.extensions import db
from innovation.programs.models import ProgramState
from innovation.security import startup_of
from tests.factories import ProgramFactory, make_challenge, make_owner, make_user_with_role, pdf_bytes
from tests.test_challenges_board import counted_queries

FIELDS = ApplicationFields(
    title="Smart gate",
    summary="We cut waiting.",
    proposal="Cameras and queues.",
    fit="Port gates.",
    trl=6,
    pilot_plan="Gate B.",
    team="Five.",
    lang="en",
)


def submitted_application(challenge, founder) -> Application:
    startup = startup_of(founder)
    application = start_application(challenge, startup, founder)
    save_draft(application, founder, FIELDS, (io.BytesIO(pdf_bytes()), "deck.pdf"), consent=True)
    submit_application(application, founder, f"token-{application.id}", 0)
    return application


@pytest.fixture
def world():
    """A running program with a challenge, its owner, a startup's submitted application, and everyone else."""
    now = utcnow()
    program = ProgramFactory(
        slug="oid-2026",
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        applications_open_at=now - timedelta(days=3),
        applications_close_at=now + timedelta(days=3),
    )
    challenge = make_challenge(program)
    founder = make_user_with_role("startup")
    application = submitted_application(challenge, founder)
    return {
        "program": program,
        "challenge": challenge,
        "application": application,
        "people": {
            "anonymous": None,
            "founder": founder,
            "other_startup": make_user_with_role("startup"),
            "owner": make_owner(program, challenge.organization),
            "other_owner": make_owner(program),
            "judge": make_user_with_role("judge", program),
            "organizer": make_user_with_role("organizer", program),
            "other_organizer": make_user_with_role("organizer", ProgramFactory()),
            "admin": make_user_with_role("admin"),
        },
    }


PEOPLE = [
    "anonymous",
    "founder",
    "other_startup",
    "owner",
    "other_owner",
    "judge",
    "organizer",
    "other_organizer",
    "admin",
]
# While the window is open the owner does not see applications yet.
OPEN_WINDOW = [
    (
        "GET",
        "/applications/{id}",
        dict(
            anonymous=302,
            founder=200,
            other_startup=404,
            owner=404,
            other_owner=404,
            judge=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/applications/{id}/versions/1",
        dict(
            anonymous=302,
            founder=200,
            other_startup=404,
            owner=404,
            other_owner=404,
            judge=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/applications/{id}/deck",
        dict(
            anonymous=302,
            founder=200,
            other_startup=404,
            owner=404,
            other_owner=404,
            judge=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/applications/{id}/edit",
        dict(
            anonymous=302,
            founder=200,
            other_startup=404,
            owner=403,
            other_owner=403,
            judge=403,
            organizer=403,
            other_organizer=403,
            admin=404,
        ),
    ),
    (
        "POST",
        "/applications/{id}/edit",
        dict(
            anonymous=302,
            founder=302,
            other_startup=404,
            owner=403,
            other_owner=403,
            judge=403,
            organizer=403,
            other_organizer=403,
            admin=404,
        ),
    ),
    (
        "POST",
        "/applications/{id}/withdraw",
        dict(
            anonymous=302,
            founder=302,
            other_startup=404,
            owner=403,
            other_owner=403,
            judge=403,
            organizer=403,
            other_organizer=403,
            admin=404,
        ),
    ),
    (
        "GET",
        "/challenges/{challenge}/applications",
        dict(
            anonymous=302,
            founder=403,
            other_startup=403,
            owner=404,
            other_owner=404,
            judge=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/programs/oid-2026/dashboard",
        dict(
            anonymous=302,
            founder=403,
            other_startup=403,
            owner=403,
            other_owner=403,
            judge=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/programs/oid-2026/dashboard.csv",
        dict(
            anonymous=302,
            founder=403,
            other_startup=403,
            owner=403,
            other_owner=403,
            judge=403,
            organizer=200,
            other_organizer=404,
            admin=200,
        ),
    ),
    (
        "GET",
        "/challenges/{challenge}/apply",
        dict(
            anonymous=302,
            founder=302,
            other_startup=200,
            owner=403,
            other_owner=403,
            judge=403,
            organizer=403,
            other_organizer=403,
            admin=404,
        ),
    ),
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize(
    ("method", "path", "statuses"), OPEN_WINDOW, ids=[f"{r[0]} {r[1]}" for r in OPEN_WINDOW]
)
def test_every_application_route_for_every_role(client, login, world, person, method, path, statuses) -> None:
    application = world["application"]
    if world["people"][person] is not None:
        login(world["people"][person])
    response = client.open(
        path.format(id=application.id, challenge=world["challenge"].id),
        method=method,
        data={"title": "Changed by someone", "action": "save"} if method == "POST" else None,
    )
    assert response.status_code == statuses[person]
    response.close()
    db.session.expire_all()
    if statuses[person] >= 400 and method == "POST":
        kept = db.session.get(Application, application.id)
        assert kept.title == "Smart gate" and kept.state == ApplicationState.SUBMITTED


def test_a_startup_changing_the_id_gets_404_for_the_application_and_its_deck(client, login, world) -> None:
    login(world["people"]["other_startup"])
    for path in (
        "/applications/{id}",
        "/applications/{id}/deck",
        "/applications/{id}/edit",
        "/applications/{id}/versions/1",
    ):
        assert client.get(path.format(id=world["application"].id)).status_code == 404


def test_the_owner_reads_the_applications_once_the_window_closes(client, login, world) -> None:
    program, application = world["program"], world["application"]
    login(world["people"]["owner"])
    assert client.get(f"/applications/{application.id}").status_code == 404
    program.applications_close_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert client.get(f"/applications/{application.id}").status_code == 200
    deck = client.get(f"/applications/{application.id}/deck")
    assert deck.status_code == 200 and deck.data.startswith(b"%PDF")
    deck.close()
    assert client.get(f"/challenges/{world['challenge'].id}/applications").status_code == 200
    login(world["people"]["other_owner"])
    assert client.get(f"/applications/{application.id}").status_code == 404


def test_the_organizer_may_let_owners_read_early(client, login, world) -> None:
    world["program"].owners_see_applications_early = True
    db.session.commit()
    login(world["people"]["owner"])
    assert client.get(f"/applications/{world['application'].id}").status_code == 200


def test_judges_see_no_application_yet(client, login, world) -> None:
    login(world["people"]["judge"])
    assert client.get(f"/applications/{world['application'].id}").status_code == 403


def test_lists_read_a_bounded_number_of_queries_whatever_the_rows(client, login, world) -> None:
    login(world["people"]["organizer"])
    paths = [f"/challenges/{world['challenge'].id}/applications", "/programs/oid-2026/dashboard"]
    with counted_queries() as few:
        for path in paths:
            assert client.get(path).status_code == 200
    for _ in range(25):
        submitted_application(world["challenge"], make_user_with_role("startup"))
    with counted_queries() as many:
        for path in paths:
            assert client.get(path).status_code == 200
    assert len(many) == len(few), many
