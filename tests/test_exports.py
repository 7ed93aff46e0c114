"""Organizers' exports: CSV and XLSX that keep Vietnamese, never run a formula, hold only what was asked."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from innovation.audit.models import AuditEntry
from innovation.database import utcnow
from innovation.decisions import operations as decisions
from innovation.decisions.models import Outcome
from innovation.extensions import db
from innovation.judging.models import Score
from screening.models import RunState, ScreeningResult, ScreeningRun
from tests.factories import ProgramFactory, make_challenge
from tests.test_decisions import judged, people  # noqa: F401  (fixtures)
from tests.test_judging import SLUG

VIETNAMESE = "Tiếng Việt có dấu: ứng dụng cảnh báo ngập"
FORMULAS = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]
BASE = f"/programs/{SLUG}/exports"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def exported(judged):  # noqa: F811
    """The judged program with risky text everywhere an applicant, a judge or an organizer writes, a
    finished screening run, and decisions."""
    program, organizer = judged["program"], judged["organizer"]
    first, second = judged["applications"][0], judged["applications"][1]
    first.startup.name = FORMULAS[0]
    first.title = VIETNAMESE
    first.summary = FORMULAS[4]
    second.title = FORMULAS[2]
    second.team = FORMULAS[5]
    for score in db.session.scalars(select(Score)):
        score.comment_for_organizers = FORMULAS[3]
    run = ScreeningRun(
        program_id=program.id,
        scope="program",
        ranker="test",
        engine_version="test",
        state=RunState.DONE,
        finished_at=utcnow(),
    )
    db.session.add(run)
    db.session.flush()
    flag = {"code": "trl", "message": {"en": FORMULAS[1], "vi": FORMULAS[1]}}
    for rank, application in enumerate(judged["applications"], start=1):
        db.session.add(
            ScreeningResult(
                run_id=run.id,
                application_id=application.id,
                challenge_id=application.challenge_id,
                score=91.25 - rank,
                rank=rank,
                eligibility=[flag] if application is second else [],
                echo_ratio=0.5,
                margin=0.125,
            )
        )
    db.session.commit()
    decisions.decide_many(program, [first.id], Outcome.FINALIST, FORMULAS[0], organizer)
    decisions.decide_many(program, [second.id], Outcome.NOT_SELECTED, "=1+1 " + VIETNAMESE, organizer)
    return judged


def _csv(client, path: str) -> tuple[bytes, list[list[str]]]:
    response = client.get(path)
    assert response.status_code == 200, path
    body = response.data
    return body, list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def _xlsx(client, path: str):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return load_workbook(io.BytesIO(response.data))


def _number(text: str) -> bool:
    """A negative number written as text in a CSV is a number to a spreadsheet, not a formula."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def _cells(rows) -> list:
    return [cell for row in rows for cell in row]


def _risky(values) -> list[str]:
    """The text cells that hold one of the risky strings (with or without its apostrophe)."""
    return [
        value
        for value in values
        if isinstance(value, str) and any(formula in value for formula in FORMULAS + ["=1+1"])
    ]


@pytest.mark.parametrize("table", ["applications", "screening", "scores", "decisions"])
def test_no_exported_cell_can_run_as_a_formula_in_csv_or_xlsx(exported, client, login, table) -> None:
    login(exported["organizer"])
    _body, rows = _csv(client, f"{BASE}/{table}.csv")
    book = _xlsx(client, f"{BASE}/{table}.xlsx")
    xlsx_values = _cells(book.active.iter_rows(values_only=True))
    for values in (_cells(rows), xlsx_values):
        risky = _risky(values)
        assert risky, table
        assert all(value.startswith("'") for value in risky), risky
        assert not [
            value
            for value in values
            if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _number(value)
        ]


def test_every_risky_string_is_kept_as_text_after_its_apostrophe(exported, client, login) -> None:
    login(exported["organizer"])
    everything = [
        value
        for sheet in _xlsx(client, f"{BASE}/all.xlsx").worksheets
        for value in _cells(sheet.iter_rows(values_only=True))
    ]
    texts = {value for value in everything if isinstance(value, str)}
    for formula in FORMULAS:
        # A carriage return is a line feed once in XML; neutralized first, the cell still starts with "'".
        assert "'" + formula.replace("\r", "\n") in texts, formula
    assert "'=1+1 " + VIETNAMESE in texts


def test_csv_keeps_vietnamese_with_a_byte_order_mark_for_excel(exported, client, login) -> None:
    login(exported["organizer"])
    body, rows = _csv(client, f"{BASE}/applications.csv")
    assert body.startswith("\ufeff".encode())
    assert VIETNAMESE in _cells(rows)
    response = client.get(f"{BASE}/applications.csv")
    assert response.headers["Content-Disposition"] == f'attachment; filename="{SLUG}-applications.csv"'
    assert response.mimetype == "text/csv"
    assert VIETNAMESE in _cells(_csv(client, f"{BASE}/decisions.csv")[1])[-13:][7]


def test_each_download_is_in_the_audit_log(exported, client, login) -> None:
    login(exported["organizer"])
    flood = exported["flood"]
    _csv(client, f"{BASE}/scores.csv?challenge={flood.id}")
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.actor_id == exported["organizer"].id and entry.program_id == exported["program"].id
    assert entry.after == {"table": "scores", "format": "csv", "challenge": flood.id}
    assert client.get(f"{BASE}/nothing.csv").status_code == 404
    assert db.session.scalar(select(func.count()).where(AuditEntry.action == "export")) == 1


def test_a_challenge_export_holds_only_that_challenges_rows(exported, client, login) -> None:
    login(exported["organizer"])
    flood = exported["flood"]
    flood_ids = {a.id for a in exported["applications"] if a.challenge_id == flood.id}
    for table in ("applications", "screening", "scores", "results"):
        path = f"{BASE}/{table}.csv?challenge={flood.id}"
        _body, rows = _csv(client, path)
        header, data = rows[0], rows[1:]
        assert data, table
        ids = {int(row[header.index("Application id")]) for row in data}
        assert ids <= flood_ids and ids, table
        assert {row[header.index("Challenge id")] for row in data} == {str(flood.id)}
    response = client.get(f"{BASE}/scores.xlsx?challenge={flood.id}")
    expected = f'attachment; filename="{SLUG}-scores-challenge-{flood.id}.xlsx"'
    assert response.headers["Content-Disposition"] == expected
    # The port challenge's decisions are not the flood challenge's.
    _body, rows = _csv(client, f"{BASE}/decisions.csv?challenge={flood.id}")
    assert rows[1:] == []
    _body, rows = _csv(client, f"{BASE}/decisions.csv?challenge={exported['port'].id}")
    assert len(rows) == 3


def test_numbers_stay_numbers_and_times_are_times_in_xlsx(exported, client, login) -> None:
    login(exported["organizer"])
    book = _xlsx(client, f"{BASE}/all.xlsx")
    assert [sheet.title for sheet in book.worksheets] == [
        "Applications",
        "Pre-screening",
        "Judges' scores",
        "Judging results",
        "Decisions",
    ]
    scores = list(book["Judges' scores"].iter_rows(values_only=True))
    header, first = scores[0], scores[1]
    assert isinstance(first[header.index("Application id")], int)
    assert isinstance(first[header.index("Weighted total (0-100)")], int | float)
    assert isinstance(first[header.index("Normalized score")], int | float)
    criterion = next(i for i, title in enumerate(header) if title.endswith("(1–5)"))
    assert first[criterion] in (3, 5)
    screening = list(book["Pre-screening"].iter_rows(values_only=True))
    assert screening[1][screening[0].index("Relevance score")] == 90.25
    assert screening[1][screening[0].index("Margin")] == 0.125
    applications = list(book["Applications"].iter_rows(values_only=True))
    submitted = applications[1][applications[0].index("Submitted at (GMT+7)")]
    assert submitted.year >= 2024 and submitted.tzinfo is None
    results = list(book["Judging results"].iter_rows(values_only=True))
    assert results[1][results[0].index("Judging rank")] == 1


def test_the_exports_page_lists_each_table_of_the_program_and_of_each_challenge(
    exported, client, login
) -> None:
    login(exported["organizer"])
    page = client.get(BASE).get_data(as_text=True)
    assert f"{BASE}/all.xlsx" in page and f"{BASE}/scores.csv" in page
    assert f"{BASE}/decisions.xlsx?challenge={exported['flood'].id}" in page
    assert f'{BASE}"' in client.get(f"/programs/{SLUG}").get_data(as_text=True)


@pytest.mark.parametrize(
    "path",
    [
        "/unknown.csv",
        "/applications.pdf",
        "/applications.CSV",
        "/all.csv",
        "/applications.csv.xlsx",
        "/applications",
        "/applications.csv?challenge=abc",
        "/applications.csv?challenge=-1",
        "/applications.csv?challenge=1.5",
        "/applications.csv?challenge=0",
        "/applications.xlsx?challenge=9999999999999999999999999",
        "/all.xlsx?challenge=99999999",
        "/scores.csv?challenge=%EF%BC%91",
    ],
)
def test_a_bad_table_format_or_challenge_is_a_404(exported, client, login, path) -> None:
    login(exported["organizer"])
    assert client.get(BASE + path).status_code == 404


def test_another_programs_challenge_is_a_404(exported, client, login) -> None:
    other = make_challenge(ProgramFactory())
    login(exported["organizer"])
    assert client.get(f"{BASE}/applications.csv?challenge={other.id}").status_code == 404


# ---- every route, every role -----------------------------------------------------------------------------

PEOPLE = ["anonymous", "startup", "owner", "judge", "organizer", "other_organizer", "admin"]
REFUSED = dict(anonymous=302, startup=403, owner=403, judge=403, other_organizer=404)
ROUTES = [
    "/programs/{slug}/exports",
    "/programs/{slug}/exports/applications.csv",
    "/programs/{slug}/exports/screening.xlsx",
    "/programs/{slug}/exports/scores.csv?challenge={challenge}",
    "/programs/{slug}/exports/results.xlsx",
    "/programs/{slug}/exports/decisions.csv",
    "/programs/{slug}/exports/all.xlsx?challenge={challenge}",
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("path", ROUTES)
def test_every_export_route_for_every_role(client, login, people, judged, person, path) -> None:  # noqa: F811
    if people[person] is not None:
        login(people[person])
    url = path.format(slug=SLUG, challenge=judged["flood"].id)
    response = client.get(url)
    assert response.status_code == {**REFUSED, "organizer": 200, "admin": 200}[person]
    if response.status_code == 302:
        assert "/auth/login" in response.headers["Location"]


def test_a_vietnamese_organizer_reads_vietnamese_titles_and_answers(exported, client, login) -> None:
    exported["organizer"].locale = "vi"
    db.session.commit()
    login(exported["organizer"])
    _body, rows = _csv(client, f"{BASE}/screening.csv")
    assert "Hạng" in rows[0] and "Tiêu đề" in rows[0]
    assert {"có", "không"} <= set(_cells(rows[1:]))
    assert VIETNAMESE in _cells(rows[1:])
