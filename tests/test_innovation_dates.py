"""Dates carry a four-digit year and the time zone's offset, so judges abroad read deadlines right."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from flask import render_template_string
from flask_babel import force_locale

from innovation.mail.operations import queue_email
from tests.factories import ProgramFactory, make_user_with_role

DEADLINE = datetime(2026, 12, 20, 11, 56, tzinfo=UTC)  # 18:56 in Ho Chi Minh City


def render(template: str, locale: str, **context: object) -> str:
    with force_locale(locale):
        return render_template_string(template, **context)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("vi", "20/12/2026 18:56 (GMT+7)"), ("en", "20 Dec 2026, 18:56 (GMT+7)")],
)
def test_programs_page_shows_the_deadline_with_year_and_time_zone(client, login, locale, expected) -> None:
    program = ProgramFactory(applications_close_at=DEADLINE)
    login(make_user_with_role("organizer", program, locale=locale))
    assert expected in client.get("/programs/").get_data(as_text=True)


def test_invitation_email_shows_the_deadline_with_time_zone(app) -> None:
    """E-mails are rendered without a request (and later by the worker): the zone still comes along."""
    context = {"name": "Kim", "link": "https://x", "program": "OID", "role": "judge", "inviter": "An"}
    english = queue_email("kim@demo.kr", "invitation", "en", {**context, "expires_at": DEADLINE})
    vietnamese = queue_email("an@demo.vn", "invitation", "vi", {**context, "expires_at": DEADLINE})
    assert "until 20 Dec 2026, 18:56 (GMT+7)." in english.body_text
    assert "20 Dec 2026, 18:56 (GMT+7)" in english.body_html
    assert "20/12/2026 18:56 (GMT+7)" in vietnamese.body_text


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Kolkata", "20 Dec 2026, 17:26 (GMT+5:30)"),
        ("Europe/Helsinki", "20 Dec 2026, 13:56 (GMT+2)"),
        ("America/New_York", "20 Dec 2026, 06:56 (GMT-5)"),
        ("UTC", "20 Dec 2026, 11:56 (GMT)"),
    ],
)
def test_offset_follows_the_configured_time_zone(make_app, zone, expected) -> None:
    with make_app(TIMEZONE=zone).test_request_context("/"):
        assert render("{{ moment | local_datetime }}", "en", moment=DEADLINE) == expected


def test_date_only_filter_has_a_four_digit_year_and_the_local_day(app) -> None:
    late_evening = datetime(2026, 12, 31, 18, 30, tzinfo=UTC)  # already 1 January 2027 in Vietnam
    with app.test_request_context("/"):
        assert render("{{ moment | local_date }}", "vi", moment=late_evening) == "01/01/2027"
        assert render("{{ moment | local_date }}", "en", moment=late_evening) == "1 Jan 2027"
        assert render("{{ day | local_date }}", "en", day=date(2026, 3, 4)) == "4 Mar 2026"


def test_missing_dates_show_a_dash(app) -> None:
    with app.test_request_context("/"):
        assert render("{{ none | local_datetime }} {{ none | local_date }}", "en", none=None) == "— —"
