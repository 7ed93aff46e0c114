"""What every page shares: language switch, time zone, CSRF, security headers, navigation by role."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from innovation.auth.sessions import start_session
from innovation.extensions import db
from innovation.programs.models import ProgramState
from tests.factories import ProgramFactory, UserFactory, make_user_with_role


def test_pages_default_to_vietnamese_and_follow_accept_language(client) -> None:
    page = client.get("/", headers={"Accept-Language": ""}).get_data(as_text=True)
    assert '<html lang="vi">' in page and "Đăng nhập" in page
    english = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"}).get_data(as_text=True)
    assert '<html lang="en">' in english and "Sign in" in english


@pytest.mark.parametrize("accept_language", ["ko-KR,ko;q=0.9", "ja", "fi-FI,fi;q=0.9", "de-DE,de;q=0.8"])
def test_korean_browser_gets_english(client, accept_language) -> None:
    """Judges from Seoul, Tokyo, Helsinki (and anyone else not asking for Vietnamese) read English."""
    page = client.get("/", headers={"Accept-Language": accept_language}).get_data(as_text=True)
    assert '<html lang="en">' in page and "Sign in" in page


def test_browser_preferring_vietnamese_among_others_gets_vietnamese(client) -> None:
    page = client.get("/", headers={"Accept-Language": "ko-KR,ko;q=0.9,vi;q=0.5"}).get_data(as_text=True)
    assert '<html lang="vi">' in page


def test_browser_sending_no_language_gets_the_default_vietnamese(app) -> None:
    page = app.test_client().get("/").get_data(as_text=True)
    assert '<html lang="vi">' in page and "Đăng nhập" in page


def test_chosen_language_wins_over_a_korean_browser(client) -> None:
    client.post("/language", data={"locale": "vi"})
    page = client.get("/", headers={"Accept-Language": "ko"}).get_data(as_text=True)
    assert '<html lang="vi">' in page


def test_language_switch_is_remembered_for_the_browser(client) -> None:
    response = client.post("/language", data={"locale": "en", "next": "/auth/login"})
    assert response.status_code == 302 and response.headers["Location"] == "/auth/login"
    page = client.get("/auth/login").get_data(as_text=True)
    assert '<html lang="en">' in page and "Forgot your password?" in page


def test_language_switch_is_remembered_for_the_account(client, login) -> None:
    user = login(UserFactory(locale="vi"))
    client.post("/language", data={"locale": "en"})
    assert user.locale == "en"
    other_browser = client.application.test_client()
    with other_browser.session_transaction() as session:
        session["_user_id"] = start_session(user) and user.get_id()
    assert '<html lang="en">' in other_browser.get("/").get_data(as_text=True)


def test_language_switch_ignores_unknown_languages_and_off_site_targets(client) -> None:
    client.post("/language", data={"locale": "vi"})
    response = client.post("/language", data={"locale": "xx", "next": "https://evil.example/"})
    assert response.headers["Location"] == "/"
    assert '<html lang="vi">' in client.get("/").get_data(as_text=True)


def test_dates_are_shown_in_ho_chi_minh_time(client, login) -> None:
    program = ProgramFactory(applications_close_at=datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    login(make_user_with_role("organizer", program))
    client.post("/language", data={"locale": "en"})
    page = client.get("/programs/").get_data(as_text=True)
    assert "1 Dec 2026, 17:00 (GMT+7)" in page  # 10:00 UTC is 17:00 in Asia/Ho_Chi_Minh
    client.post("/language", data={"locale": "vi"})
    assert "01/12/2026 17:00 (GMT+7)" in client.get("/programs/").get_data(as_text=True)


def test_error_pages_speak_both_languages(client) -> None:
    vietnamese = client.get("/no-such-page", headers={"Accept-Language": "vi-VN,vi;q=0.9"})
    assert vietnamese.status_code == 404 and "Không tìm thấy trang" in vietnamese.get_data(as_text=True)
    english = client.get("/no-such-page", headers={"Accept-Language": "en"})
    assert "Page not found" in english.get_data(as_text=True)


def test_forms_posted_without_their_csrf_token_are_refused(make_app) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        client = app.test_client()
        user = UserFactory()
        response = client.post("/auth/login", data={"email": user.email, "password": "x"})
        assert response.status_code == 400
        assert "security token" in response.get_data(as_text=True) or "mã bảo mật" in response.get_data(
            as_text=True
        )
        assert client.post("/language", data={"locale": "en"}).status_code == 400
        page = client.get("/auth/login").get_data(as_text=True)
        assert 'name="csrf_token"' in page


def test_security_headers_and_cookie_flags(client) -> None:
    user = UserFactory()
    response = client.post("/auth/login", data={"email": user.email, "password": "correct horse battery"})
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_user_input_is_escaped(client, login) -> None:
    login(UserFactory(name="<script>alert(1)</script>"))
    page = client.get("/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        (None, ["/auth/login", "/auth/register"], ["/programs/", "/admin/users", "/startup/profile"]),
        ("startup", ["/startup/profile"], ["/programs/", "/admin/users", "/auth/register"]),
        ("judge", ["/programs/"], ["/admin/users", "/startup/profile"]),
        ("organizer", ["/programs/"], ["/admin/users", "/startup/profile"]),
        ("admin", ["/programs/", "/admin/users"], ["/startup/profile"]),
    ],
)
def test_navigation_follows_the_role(client, as_role, role, shown, hidden) -> None:
    as_role(role)
    page = client.get("/").get_data(as_text=True)
    for link in shown:
        assert f'href="{link}"' in page
    for link in hidden:
        assert f'href="{link}"' not in page


def test_deactivated_user_is_signed_out(client, login) -> None:
    user = login(UserFactory())
    user.active = False
    db.session.commit()
    assert client.get("/programs/").status_code == 302


@pytest.mark.parametrize(
    ("role", "path"),
    [
        ("startup", "/startup/profile"),
        ("organizer", "/programs/oid-2026/invitations"),
        ("admin", "/admin/users"),
    ],
)
def test_pages_with_personal_data_are_never_cached(client, as_role, role, path) -> None:
    as_role(role, ProgramFactory(slug="oid-2026"))
    response = client.get(path)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"


def test_static_files_may_be_cached(client) -> None:
    response = client.get("/static/css/site.css")
    assert response.status_code == 200 and "no-store" not in response.headers.get("Cache-Control", "")
    response.close()


def test_home_page_says_what_the_program_is_and_when(client) -> None:
    ProgramFactory(
        name="Open Innovation Day 2026",
        applications_open_at=datetime(2026, 11, 1, 1, 0, tzinfo=UTC),
        applications_close_at=datetime(2026, 12, 20, 11, 56, tzinfo=UTC),
    )
    ProgramFactory(name="A draft nobody sees", state=ProgramState.DRAFT)
    page = client.get("/").get_data(as_text=True)
    assert "Open Innovation Day 2026" in page and "A draft nobody sees" not in page
    assert "18:56" in page and "2026" in page and "GMT+7" in page  # 11:56 UTC, shown in Ho Chi Minh City
