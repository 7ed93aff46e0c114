"""Pages as a visitor sees them: focus after a failed submit, the consent row, every page on a phone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_accounts_journey import mailed_link
from tests.factories import PASSWORD, MembershipFactory, ProgramFactory, UserFactory, make_user_with_role

SHOTS = Path(os.environ.get("PRESENTATION_SHOTS", "/tmp/presentation-shots"))
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
BROWSER_LOCALES = {"vi": "vi-VN", "en": "en-US"}


@pytest.fixture
def open_page(browser: Browser, base_url: str) -> Iterator[object]:
    """Open a fresh tab speaking `language` at `viewport` (every context is closed after the test)."""
    contexts = []

    def open_tab(language: str, viewport: dict[str, int]) -> Page:
        context = browser.new_context(base_url=base_url, locale=BROWSER_LOCALES[language], viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return page

    yield open_tab
    for context in contexts:
        context.close()


def box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).bounding_box()
    assert found is not None, f"{selector} is not rendered"
    return found


def fits_width(page: Page) -> bool:
    """No horizontal scrolling of the whole page (a wide table may scroll inside its own box)."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def on_screen(page: Page, selector: str) -> bool:
    """The element lies inside the window's width (not scrolled away in a table's overflow)."""
    found = box(page, selector)
    return found["x"] >= 0 and found["x"] + found["width"] <= page.viewport_size["width"]


def submit_registration_with_errors(page: Page) -> None:
    page.goto("/auth/register")
    page.locator("#name").fill("Lê Minh Anh")
    page.locator("#email").fill("anh@")
    page.locator("#password").fill("short")
    page.locator("button[type=submit].button").click()
    page.wait_for_load_state()


def test_failed_registration_focuses_the_error_summary(page: Page) -> None:
    page.goto("/auth/register")
    page.get_by_label("Your name").fill("Lê Minh Anh")
    page.get_by_role("button", name="Create account").click()

    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_count(5)  # e-mail, both passwords, startup name, consent
    expect(summary).not_to_contain_text("Your name")
    summary.get_by_role("link", name="E-mail: This field is required.").click()
    expect(page.get_by_label("E-mail")).to_be_focused()
    summary.get_by_role("link", name="Your consent is needed to create an account.").click()
    expect(page.locator("#consent")).to_be_focused()


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_register_page_with_errors_keeps_its_layout(
    open_page, language: str, viewport: dict[str, int]
) -> None:
    page = open_page(language, viewport)
    submit_registration_with_errors(page)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("alert")).to_be_focused()

    checkbox, label = box(page, "#consent"), box(page, "label[for=consent]")
    errors, required = box(page, "#consent-errors"), box(page, "label[for=name] .required-marker")
    assert checkbox["x"] + checkbox["width"] <= label["x"]  # the box stays left of its label...
    assert label["y"] <= checkbox["y"] < label["y"] + label["height"]  # ...on its first line
    assert abs(errors["x"] - label["x"]) < 1 and errors["y"] >= label["y"] + label["height"]
    assert required["width"] > 0
    assert fits_width(page)

    SHOTS.mkdir(parents=True, exist_ok=True)
    name = "phone" if viewport is PHONE else "desktop"
    page.screenshot(path=str(SHOTS / f"register-errors-{language}-{name}.png"), full_page=True)


def sign_in(page: Page, email: str) -> None:
    page.goto("/auth/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(PASSWORD)
    page.locator("button[type=submit].button").click()
    expect(page.locator("nav form")).to_be_visible()  # the sign-out button


def mailed_path(recipient: str) -> str:
    """The e-mailed link's path: the page of this test server, whatever host the e-mail names."""
    parts = urlsplit(mailed_link(recipient))
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_fits_a_phone(open_page, language: str) -> None:
    program = ProgramFactory(slug="oid-2026", name="Open Innovation Day 2026")
    staff = make_user_with_role(
        "organizer", program, is_site_admin=True, email="staff@c4ir.vn", locale=language
    )
    MembershipFactory(user=staff)
    UserFactory(name="Trần Văn Minh")  # someone the admin could deactivate
    page = open_page(language, PHONE)

    def check(path: str | None, name: str) -> None:
        if path is not None:
            page.goto(path)
        page.wait_for_load_state()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"phone-{language}-{name}.png"), full_page=True)
        assert fits_width(page), f"{name} scrolls sideways at 375 px"

    for path, name in [
        ("/", "home"),
        ("/auth/login", "login"),
        ("/auth/register", "register"),
        ("/privacy", "privacy"),
    ]:
        check(path, name)
    check("/auth/forgot", "forgot")
    page.locator("#email").fill("staff@c4ir.vn")
    page.locator("button[type=submit].button").click()
    check(mailed_path("staff@c4ir.vn"), "reset")
    check("/no-such-page", "not-found")

    sign_in(page, "staff@c4ir.vn")
    for path, name in [
        ("/", "home-signed-in"),
        ("/startup/profile", "startup-profile"),
        ("/programs/", "programs"),
        ("/account/", "account"),
    ]:
        check(path, name)
    page.goto("/programs/oid-2026/invitations")
    page.locator("#name").fill("Kim Min-jun")
    page.locator("#email").fill("judge.kim@demo.kr")
    page.locator("#role").select_option("judge")
    page.locator("form.form button[type=submit]").click()
    check(None, "invitations")
    assert on_screen(page, "td a.button-secondary")  # "Withdraw…", in the table's last column
    check("/admin/users", "admin-users")
    assert on_screen(page, "a.button-secondary")  # "Deactivate…", in the table's last column

    page.locator("nav form button").click()
    expect(page.locator("nav a[href='/auth/login']")).to_be_visible()
    check(mailed_path("judge.kim@demo.kr"), "invitation-new-account")
    page.locator("button[type=submit].button").click()
    check(None, "invitation-new-account-errors")
    assert "/invitations/" in page.url
