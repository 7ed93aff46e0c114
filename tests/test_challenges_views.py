"""Owners draft challenges in two languages, organizers send them back or publish them, visitors read them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from challenges.models import Challenge, ChallengeState
from innovation.audit.models import AuditEntry
from innovation.database import utcnow
from innovation.extensions import db
from innovation.programs.models import ProgramState
from tests.factories import (
    OrganizationFactory,
    ProgramFactory,
    make_challenge,
    make_owner,
    make_user_with_role,
)

BILINGUAL = {
    "vi-title": "Cảnh báo ngập do triều cường cho người dân",
    "vi-statement": "Triều cường và mưa lớn làm ngập nhiều tuyến đường ở Quận 7 và Nhà Bè.",
    "vi-context": "Thành phố có 30 trạm đo mực nước.",
    "en-title": "Flood and tide warnings for residents",
    "en-statement": "King tides and heavy rain flood many streets in District 7 and Nhà Bè.",
    "sectors": ["smart_city", "ai"],
    "pilot_site": "y",
    "budget_min_vnd": "200000000",
    "budget_max_vnd": "800000000",
    "eligible_stages": ["mvp", "early_revenue"],
    "min_trl": "5",
    "eligible_countries": ["VN", "KR"],
    "languages": ["vi", "en"],
    "shortlist_size": "8",
}


@pytest.fixture
def program():
    now = utcnow()
    return ProgramFactory(
        slug="oid-2026",
        state=ProgramState.CALLING_FOR_CHALLENGES,
        challenges_open_at=now - timedelta(days=5),
        challenges_close_at=now + timedelta(days=10),
        applications_open_at=now + timedelta(days=12),
        applications_close_at=now + timedelta(days=40),
    )


@pytest.fixture
def port():
    return OrganizationFactory(name="Tân Cảng Logistics")


@pytest.fixture
def owner(program, port):
    return make_owner(program, port, email="owner@port.vn")


@pytest.fixture
def organizer(program):
    return make_user_with_role("organizer", program)


def audit_trail(challenge: Challenge) -> list[tuple[str, str, str]]:
    entries = db.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.object_type == "Challenge", AuditEntry.object_id == challenge.id)
        .order_by(AuditEntry.id)
    )
    return [(entry.action, entry.before.get("state", ""), entry.after.get("state", "")) for entry in entries]


def test_the_whole_way_from_draft_to_the_board(client, login, program, owner, organizer) -> None:
    login(owner)
    response = client.post("/programs/oid-2026/challenges/new", data=BILINGUAL)
    assert response.status_code == 302
    challenge = db.session.scalar(select(Challenge))
    assert challenge.state == ChallengeState.DRAFT and challenge.organization.name == "Tân Cảng Logistics"
    assert {text.lang for text in challenge.texts} == {"vi", "en"}
    assert [sector.value for sector in challenge.sectors] == ["ai", "smart_city"]
    assert (challenge.budget_min_vnd, challenge.min_trl, challenge.eligible_countries) == (
        200_000_000,
        5,
        ["VN", "KR"],
    )
    record = challenge.engine_record()
    assert record["title"].startswith("Cảnh báo") and record["versions"][0]["lang"] == "en"

    assert client.post(f"/challenges/{challenge.id}/submit").status_code == 302
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.SUBMITTED

    login(organizer)
    assert "Waiting for your review" in client.get("/programs/oid-2026/challenges").get_data(as_text=True)
    client.post(
        f"/challenges/{challenge.id}/review",
        data={"decision": "send_back", "comment": "Add the number of stations."},
    )
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.DRAFT

    login(owner)
    page = client.get(f"/challenges/{challenge.id}").get_data(as_text=True)
    assert "Add the number of stations." in page
    client.post(f"/challenges/{challenge.id}/edit", data={**BILINGUAL, "vi-context": "Thành phố có 32 trạm."})
    client.post(f"/challenges/{challenge.id}/submit")

    login(organizer)
    client.post(f"/challenges/{challenge.id}/review", data={"decision": "publish"})
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.PUBLISHED and challenge.review_comment == ""
    assert audit_trail(challenge) == [
        ("create_challenge", "", ""),
        ("submit_challenge", "draft", "submitted"),
        ("send_back_challenge", "submitted", "draft"),
        ("update_challenge", "", ""),
        ("submit_challenge", "draft", "submitted"),
        ("publish_challenge", "submitted", "published"),
    ]
    client.post("/auth/logout")
    assert "Flood and tide warnings" in client.get("/challenges?q=trieu+cuong").get_data(as_text=True)


def test_a_sent_back_comment_is_kept_in_the_audit_log(client, login, program, owner, organizer) -> None:
    challenge = make_challenge(program, owner.program_roles[0].organization, ChallengeState.SUBMITTED)
    login(organizer)
    client.post(f"/challenges/{challenge.id}/review", data={"decision": "send_back", "comment": "Too vague."})
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "send_back_challenge"))
    assert entry.reason == "Too vague." and entry.actor_id == organizer.id


def test_sending_back_needs_a_comment(client, login, program, organizer) -> None:
    challenge = make_challenge(program, state=ChallengeState.SUBMITTED)
    login(organizer)
    response = client.post(
        f"/challenges/{challenge.id}/review", data={"decision": "send_back", "comment": ""}
    )
    assert "Tell the owner what to change." in response.get_data(as_text=True)
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.SUBMITTED


def test_an_english_only_challenge_is_fine_and_a_half_written_language_is_not(client, login, owner) -> None:
    login(owner)
    english_only = {key: value for key, value in BILINGUAL.items() if not key.startswith("vi-")}
    assert client.post("/programs/oid-2026/challenges/new", data=english_only).status_code == 302
    half = {**english_only, "vi-context": "Chỉ có bối cảnh."}
    response = client.post("/programs/oid-2026/challenges/new", data=half)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Needed in every language you write in." in page
    nothing = {key: value for key, value in english_only.items() if not key.startswith("en-")}
    assert "in at least one language" in client.post(
        "/programs/oid-2026/challenges/new", data=nothing
    ).get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(Challenge.id))) == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("budget_max_vnd", "100", "The upper end is below the lower end."),
        ("min_trl", "12", "Not a valid choice"),
        ("sectors", "space-tourism", "is not a valid choice for this field"),
        ("eligible_countries", "XX", "is not a valid choice for this field"),
        ("shortlist_size", "0", "Number must be between 1 and 200."),
    ],
)
def test_a_wrong_challenge_form_is_explained_and_keeps_the_text(
    client, login, owner, field, value, message
) -> None:
    login(owner)
    response = client.post("/programs/oid-2026/challenges/new", data={**BILINGUAL, field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page
    assert "Cảnh báo ngập do triều cường" in page
    assert db.session.scalar(select(db.func.count(Challenge.id))) == 0


def test_posting_after_the_call_closed_is_refused(client, login, program, owner) -> None:
    program.challenges_close_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    login(owner)
    response = client.post("/programs/oid-2026/challenges/new", data=BILINGUAL)
    assert response.status_code == 409 and "call for challenges" in response.get_data(as_text=True)
    assert db.session.scalar(select(db.func.count(Challenge.id))) == 0


def test_submitting_after_the_call_closed_is_refused(client, login, program, owner, port) -> None:
    challenge = make_challenge(program, port, ChallengeState.DRAFT)
    program.challenges_close_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    login(owner)
    client.post(f"/challenges/{challenge.id}/submit")
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.DRAFT


def test_a_sent_back_challenge_can_be_fixed_after_the_call_until_applications_open(
    client, login, program, owner, port
) -> None:
    challenge = make_challenge(program, port, ChallengeState.DRAFT)
    challenge.review_comment = "Say who the users are."
    program.challenges_close_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    login(owner)
    assert client.post(f"/challenges/{challenge.id}/edit", data=BILINGUAL).status_code == 302
    client.post(f"/challenges/{challenge.id}/submit")
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.SUBMITTED


def test_an_owner_cannot_change_a_published_challenge(client, login, program, owner, port) -> None:
    challenge = make_challenge(program, port, ChallengeState.PUBLISHED)
    login(owner)
    response = client.post(f"/challenges/{challenge.id}/edit", data=BILINGUAL)
    assert response.status_code == 409
    db.session.refresh(challenge)
    assert challenge.text("vi").title == "Chuyển đổi số cho cảng Cát Lái"


def test_a_draft_cannot_be_published_directly(client, login, program, organizer) -> None:
    challenge = make_challenge(program, state=ChallengeState.DRAFT)
    login(organizer)
    client.post(f"/challenges/{challenge.id}/review", data={"decision": "publish"})
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.DRAFT


def test_closing_takes_it_off_the_board_but_keeps_its_page(client, login, program, organizer) -> None:
    challenge = make_challenge(program)
    login(organizer)
    assert client.get(f"/challenges/{challenge.id}/close").status_code == 200
    assert (
        client.post(f"/challenges/{challenge.id}/close", data={"reason": ""}).status_code == 200
    )  # reason needed
    client.post(f"/challenges/{challenge.id}/close", data={"reason": "The owner found a supplier."})
    db.session.refresh(challenge)
    assert challenge.state == ChallengeState.CLOSED
    client.post("/auth/logout")
    assert "Cat Lai" not in client.get("/challenges").get_data(as_text=True)
    page = client.get(f"/challenges/{challenge.id}")
    assert page.status_code == 200 and "This challenge is closed." in page.get_data(as_text=True)


# Who may do what, with everyone else refused. The owner of another organization takes part in the same
# program; the other organizer organizes another program.
PEOPLE = ["anonymous", "startup", "judge", "other_owner", "other_organizer", "owner", "organizer", "admin"]


@pytest.fixture
def people(program, owner, organizer):
    return {
        "anonymous": None,
        "startup": make_user_with_role("startup"),
        "judge": make_user_with_role("judge", program),
        "other_owner": make_owner(program),
        "other_organizer": make_user_with_role("organizer", ProgramFactory()),
        "owner": owner,
        "organizer": organizer,
        "admin": make_user_with_role("admin"),
    }


def expect(statuses: dict[str, int], person: str) -> int:
    return statuses[person]


ROUTES = [
    # (method, path, challenge state, {person: status})
    (
        "GET",
        "/challenges/{id}",
        "draft",
        dict(
            anonymous=404,
            startup=404,
            judge=404,
            other_owner=404,
            other_organizer=404,
            owner=200,
            organizer=200,
            admin=200,
        ),
    ),
    (
        "GET",
        "/challenges/{id}",
        "published",
        dict(
            anonymous=200,
            startup=200,
            judge=200,
            other_owner=200,
            other_organizer=200,
            owner=200,
            organizer=200,
            admin=200,
        ),
    ),
    (
        "GET",
        "/challenges/{id}/edit",
        "draft",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=404,
            other_organizer=404,
            owner=200,
            organizer=200,
            admin=200,
        ),
    ),
    (
        "POST",
        "/challenges/{id}/edit",
        "draft",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=404,
            other_organizer=404,
            owner=302,
            organizer=302,
            admin=302,
        ),
    ),
    (
        "POST",
        "/challenges/{id}/submit",
        "draft",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=404,
            other_organizer=404,
            owner=302,
            organizer=302,
            admin=302,
        ),
    ),
    (
        "GET",
        "/challenges/{id}/review",
        "submitted",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=403,
            other_organizer=404,
            owner=403,
            organizer=200,
            admin=200,
        ),
    ),
    (
        "POST",
        "/challenges/{id}/review",
        "submitted",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=403,
            other_organizer=404,
            owner=403,
            organizer=302,
            admin=302,
        ),
    ),
    (
        "GET",
        "/challenges/{id}/close",
        "published",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=403,
            other_organizer=404,
            owner=403,
            organizer=200,
            admin=200,
        ),
    ),
    (
        "POST",
        "/challenges/{id}/close",
        "published",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=403,
            other_organizer=404,
            owner=403,
            organizer=302,
            admin=302,
        ),
    ),
    (
        "GET",
        "/programs/oid-2026/challenges",
        "draft",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=403,
            other_organizer=404,
            owner=403,
            organizer=200,
            admin=200,
        ),
    ),
    (
        "GET",
        "/programs/oid-2026/challenges/new",
        "draft",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=200,
            other_organizer=403,
            owner=200,
            organizer=403,
            admin=404,
        ),
    ),
    (
        "GET",
        "/challenges/mine",
        "draft",
        dict(
            anonymous=302,
            startup=403,
            judge=403,
            other_owner=200,
            other_organizer=403,
            owner=200,
            organizer=403,
            admin=200,
        ),
    ),
    (
        "GET",
        "/challenges",
        "draft",
        dict(
            anonymous=200,
            startup=200,
            judge=200,
            other_owner=200,
            other_organizer=200,
            owner=200,
            organizer=200,
            admin=200,
        ),
    ),
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize(
    ("method", "path", "state", "statuses"), ROUTES, ids=[f"{r[0]} {r[1]} {r[2]}" for r in ROUTES]
)
def test_every_challenge_route_for_every_role(
    client, login, people, program, port, person, method, path, state, statuses
) -> None:
    challenge = make_challenge(program, port, ChallengeState(state))
    if people[person] is not None:
        login(people[person])
    data = {**BILINGUAL, "decision": "publish", "reason": "Done."}
    response = client.open(
        path.format(id=challenge.id), method=method, data=data if method == "POST" else None
    )
    assert response.status_code == statuses[person]
    db.session.refresh(challenge)
    if statuses[person] >= 400 and method == "POST":
        assert challenge.state == ChallengeState(state)  # refused means nothing changed
        assert challenge.text("vi").title == "Chuyển đổi số cho cảng Cát Lái"


def test_an_owner_sees_only_the_challenges_of_their_organization(client, login, program, owner, port) -> None:
    mine = make_challenge(
        program, port, ChallengeState.DRAFT, texts={"en": {"title": "Ours", "statement": "x"}}
    )
    make_challenge(program, state=ChallengeState.DRAFT, texts={"en": {"title": "Theirs", "statement": "y"}})
    login(owner)
    page = client.get("/challenges/mine").get_data(as_text=True)
    assert "Ours" in page and "Theirs" not in page
    assert f"/challenges/{mine.id}" in page
