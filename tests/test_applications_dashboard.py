"""The organizer's dashboard counts what came in, and `flask program stats` says the same to scripts."""

from __future__ import annotations

import json
from datetime import timedelta

from challenges.applications.operations import ApplicationFields, save_draft, start_application
from innovation.database import utcnow
from innovation.programs.models import ProgramState
from innovation.security import startup_of
from tests.factories import ProgramFactory, make_challenge, make_user_with_role
from tests.test_applications_access import submitted_application


def running_program():
    now = utcnow()
    return ProgramFactory(
        slug="oid-2026",
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        applications_open_at=now - timedelta(days=3),
        applications_close_at=now + timedelta(days=3),
    )


def test_dashboard_counts_by_state_language_country_and_challenge(client, login) -> None:
    program = running_program()
    port = make_challenge(program, texts={"en": {"title": "Port gates", "statement": "x"}})
    make_challenge(program, texts={"en": {"title": "Flood warnings", "statement": "y"}})
    for _ in range(3):
        submitted_application(port, make_user_with_role("startup"))
    founder = make_user_with_role("startup")
    draft = start_application(port, startup_of(founder), founder)
    save_draft(draft, founder, ApplicationFields(title="Later"))
    login(make_user_with_role("organizer", program))
    page = client.get("/programs/oid-2026/dashboard").get_data(as_text=True)
    assert "3 received" in page and "<svg" in page
    assert "<td>Submitted</td><td>3</td>" in page and "<td>Draft</td><td>1</td>" in page
    assert "<td>English</td><td>3</td>" in page
    assert ">Port gates</a></td>" in page and "<td>3</td>\n      <td>1</td>" in page


def test_dashboard_csv_keeps_vietnamese_for_excel_and_defuses_formulas(client, login) -> None:
    program = running_program()
    challenge = make_challenge(program, texts={"vi": {"title": '=HYPERLINK("x") Cảng', "statement": "x"}})
    submitted_application(challenge, make_user_with_role("startup"))
    login(make_user_with_role("organizer", program))
    response = client.get("/programs/oid-2026/dashboard.csv")
    text = response.data.decode("utf-8")
    assert response.mimetype == "text/csv" and text.startswith("\ufeffdimension,key,count")
    assert "'=HYPERLINK" in text and "Cảng" in text


def test_program_stats_count_applications_in_every_state_and_language(runner) -> None:
    program = running_program()
    challenge = make_challenge(program)
    for _ in range(2):
        submitted_application(challenge, make_user_with_role("startup"))
    founder = make_user_with_role("startup")
    start_application(challenge, startup_of(founder), founder)
    stats = json.loads(runner.invoke(args=["program", "stats", "oid-2026", "--json"]).output)
    assert stats["applications"]["submitted"] == 2 and stats["applications"]["draft"] == 1
    assert set(stats["applications"]) >= {"draft", "submitted", "withdrawn", "shortlisted", "selected"}
    assert stats["applications_received"] == 2 and stats["applications_by_lang"] == {"vi": 0, "en": 2}
