"""The public board: published challenges only, searchable in both languages with or without diacritics."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from challenges.models import ChallengeState
from innovation.extensions import db
from innovation.page_cache import TOKEN_PLACEHOLDER
from innovation.programs.models import ProgramState
from tests.factories import ProgramFactory, make_challenge

DIGITAL = {
    "vi": {
        "title": "Chuyển đổi số cho hộ kinh doanh",
        "statement": "Hộ kinh doanh ở chợ Bến Thành cần hóa đơn điện tử.",
    },
    "en": {"title": "Household businesses go digital", "statement": "Market stalls need e-invoices."},
}
PORT = {
    "vi": {
        "title": "Giảm ùn tắc xe container ở cảng Cát Lái",
        "statement": "Xe tải chờ hàng giờ trước cổng cảng.",
    }
}
HOSPITAL = {
    "en": {
        "title": "Shorter queues at the outpatient clinic",
        "statement": "Patients wait four hours at Chợ Rẫy.",
    }
}


@pytest.fixture
def program():
    return ProgramFactory(slug="oid-2026", name="Open Innovation Day 2026")


@contextmanager
def counted_queries() -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def titles(client, query: str = "") -> str:
    response = client.get("/challenges" + query)
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ("?q=chuyen+doi+so", "Household businesses go digital", "Cát Lái"),
        ("?q=chuyển+đổi+số", "Household businesses go digital", "Cát Lái"),
        ("?q=cang", "Cát Lái", "Household businesses go digital"),
        ("?q=CẢNG", "Cát Lái", "outpatient"),
        ("?q=cho+ray", "outpatient", "Cát Lái"),
        ("?q=e-invoices", "Household businesses go digital", "outpatient"),
        ("?q=hoa+don+dien+tu", "Household businesses go digital", "outpatient"),
    ],
)
def test_search_finds_vietnamese_with_or_without_diacritics(client, program, query, found, not_found) -> None:
    make_challenge(program, texts=DIGITAL, sectors=["sme_digital"])
    make_challenge(program, texts=PORT, sectors=["logistics_ports"])
    make_challenge(program, texts=HOSPITAL, sectors=["smart_city"])
    page = titles(client, query)
    assert found in page and not_found not in page


def test_a_search_word_must_start_a_word(client, program) -> None:
    make_challenge(program, texts=PORT)
    assert "Cát Lái" not in titles(client, "?q=ang")  # inside "cảng", not at its start


def test_only_published_challenges_of_running_programs_are_listed(client, program) -> None:
    make_challenge(program, texts=DIGITAL)
    for state in (ChallengeState.DRAFT, ChallengeState.SUBMITTED, ChallengeState.CLOSED):
        make_challenge(
            program, state=state, texts={"en": {"title": f"Hidden {state.value}", "statement": "x"}}
        )
    draft_program = ProgramFactory(state=ProgramState.DRAFT)
    make_challenge(draft_program, texts={"en": {"title": "Hidden program", "statement": "x"}})
    page = titles(client)
    assert "Household businesses go digital" in page and "Hidden" not in page


def test_a_draft_challenge_is_a_404_to_visitors(client, program) -> None:
    draft = make_challenge(program, state=ChallengeState.DRAFT)
    assert client.get(f"/challenges/{draft.id}").status_code == 404
    hidden = make_challenge(ProgramFactory(state=ProgramState.DRAFT))
    assert client.get(f"/challenges/{hidden.id}").status_code == 404


def test_filters_by_program_and_sector(client, program) -> None:
    other = ProgramFactory(slug="oid-2027")
    make_challenge(program, texts=DIGITAL, sectors=["sme_digital"])
    make_challenge(other, texts=PORT, sectors=["logistics_ports"])
    assert "Cát Lái" not in titles(client, "?program=oid-2026")
    assert "Household businesses go digital" not in titles(client, "?sector=logistics_ports")
    assert "Cát Lái" in titles(client, "?sector=logistics_ports&program=oid-2027")


@pytest.mark.parametrize(
    "query", ["?page=0", "?page=abc", "?page=99999999999", "?sector=space", "?q=" + "x" * 300]
)
def test_malformed_filters_are_a_400(client, query) -> None:
    assert client.get("/challenges" + query).status_code == 400


def test_the_board_is_paginated_newest_deadline_first(client) -> None:
    from datetime import timedelta

    from innovation.database import utcnow

    soon = ProgramFactory(applications_close_at=utcnow() + timedelta(days=3))
    later = ProgramFactory(applications_close_at=utcnow() + timedelta(days=30))
    for number in range(25):
        make_challenge(soon, texts={"en": {"title": f"Soon {number:02d}", "statement": "x"}})
    make_challenge(later, texts={"en": {"title": "Later deadline", "statement": "x"}})
    first = titles(client)
    assert "26 challenges" in first and first.index("Later deadline") < first.index("Soon")
    assert "Page 1 of 2" in first and 'rel="next"' in first
    second = titles(client, "?page=2")
    assert second.count('class="challenge-card"') == 6
    assert "Later deadline" not in second


def test_the_board_reads_a_bounded_number_of_queries_whatever_the_rows(client, program) -> None:
    make_challenge(program, texts=DIGITAL)
    with counted_queries() as few:
        titles(client)
    for number in range(30):
        make_challenge(
            program, texts={"en": {"title": f"Challenge {number}", "statement": "x"}}, sectors=["ai", "other"]
        )
    with counted_queries() as many:
        titles(client, "?q=challenge")
    assert len(many) == len(few) <= 6, many


def test_a_challenge_reads_in_the_visitors_language_or_says_it_is_the_other_one(client, program) -> None:
    bilingual = make_challenge(program, texts=DIGITAL)
    vietnamese_only = make_challenge(program, texts=PORT)
    english = client.get(f"/challenges/{bilingual.id}").get_data(as_text=True)
    assert "<h1>Household businesses go digital</h1>" in english
    vietnamese = client.get(f"/challenges/{bilingual.id}", headers={"Accept-Language": "vi"}).get_data(
        as_text=True
    )
    assert "<h1>Chuyển đổi số cho hộ kinh doanh</h1>" in vietnamese
    fallback = client.get(f"/challenges/{vietnamese_only.id}").get_data(as_text=True)
    assert (
        "Giảm ùn tắc xe container" in fallback and "This challenge is written in Tiếng Việt only." in fallback
    )


def test_the_deadline_is_shown_in_local_time_with_a_countdown(client) -> None:
    from datetime import UTC, datetime

    program = ProgramFactory(applications_close_at=datetime(2099, 12, 20, 11, 56, tzinfo=UTC))
    challenge = make_challenge(program)
    page = client.get(f"/challenges/{challenge.id}").get_data(as_text=True)
    assert "20 Dec 2099, 18:56 (GMT+7)" in page and "data-deadline=" in page and "Closes in" in page


def csrf_of(page: str) -> str:
    import re

    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_visitors_share_the_rendered_board_but_each_gets_their_own_token(make_app) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        make_challenge(ProgramFactory(), texts=PORT)
        first, second = app.test_client(), app.test_client()
        with counted_queries() as fresh:
            one = first.get("/challenges").get_data(as_text=True)
        with counted_queries() as shared:
            two = second.get("/challenges").get_data(as_text=True)
        assert len(shared) == 1 < len(fresh)  # the data's version only
        assert csrf_of(one) != csrf_of(two) and TOKEN_PLACEHOLDER not in two
        assert one.replace(csrf_of(one), "") == two.replace(csrf_of(two), "")
        # The token works: the language switch accepts it.
        assert second.post("/language", data={"locale": "vi", "csrf_token": csrf_of(two)}).status_code == 302


def test_a_change_shows_on_the_board_at_once(client, program) -> None:
    first = make_challenge(program, texts=PORT)
    assert "Cát Lái" in titles(client)
    make_challenge(program, texts=HOSPITAL)
    assert "outpatient" in titles(client)
    from challenges.operations import close_challenge
    from tests.factories import make_user_with_role

    close_challenge(first, make_user_with_role("organizer", program), "Solved.")
    assert "Cát Lái" not in titles(client)


def test_signed_in_users_get_a_fresh_board(client, login, program) -> None:
    make_challenge(program, texts=PORT)
    titles(client)
    from tests.factories import make_user_with_role

    user = login(make_user_with_role("startup", name="Võ Thanh Hà"))
    assert user.name in titles(client)
