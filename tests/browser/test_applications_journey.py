"""A startup's way in a real browser: register, find a challenge without diacritics, draft, upload a deck,
submit and read the receipt, change it before the deadline; then the organizer sees it on the dashboard."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from innovation.database import utcnow
from innovation.programs.models import ProgramState
from tests.browser.test_accounts_journey import mailed_link
from tests.browser.test_challenges_journey import PHONE, shoot, sign_in, sign_out
from tests.factories import ProgramFactory, make_challenge, make_user_with_role, pdf_bytes


def test_register_find_apply_submit_edit_and_the_dashboard(
    page: Page, browser: Browser, base_url: str, tmp_path: Path
) -> None:
    now = utcnow()
    program = ProgramFactory(
        slug="oid-2026",
        name="Open Innovation Day 2026",
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        applications_open_at=now - timedelta(days=2),
        applications_close_at=now + timedelta(days=12),
    )
    make_challenge(
        program,
        texts={
            "vi": {
                "title": "Giảm ùn tắc xe container ở cảng Cát Lái",
                "statement": "Xe tải chờ hàng giờ trước cổng cảng.",
            },
            "en": {
                "title": "Fewer container truck queues at Cat Lai port",
                "statement": "Trucks wait hours at the gates.",
            },
        },
    )
    make_user_with_role("organizer", program, email="lan@c4ir.vn")
    deck = tmp_path / "GreenPort deck.pdf"
    deck.write_bytes(pdf_bytes(4))

    page.goto("/auth/register")
    page.get_by_label("Your name").fill("Phạm Quốc Bảo")
    page.get_by_label("E-mail").fill("bao@greenport.vn")
    page.get_by_role("textbox", name="Password", exact=True).fill("greenport passphrase")
    page.get_by_label("Repeat the password").fill("greenport passphrase")
    page.get_by_label("Startup name").fill("GreenPort AI")
    page.get_by_label("Country").select_option("VN")
    page.get_by_label("I agree").check()
    page.get_by_role("button", name="Create account").click()
    page.goto(mailed_link("bao@greenport.vn"))
    sign_in(page, "bao@greenport.vn", "greenport passphrase")

    page.get_by_role("link", name="Challenges", exact=True).click()
    page.get_by_label("Search").fill("un tac cang cat lai")
    page.get_by_role("button", name="Show").click()
    page.get_by_role("link", name="Fewer container truck queues at Cat Lai port").click()
    page.get_by_role("link", name="Apply").click()

    page.locator("#title").fill("Gate forecasts for Cat Lai")
    page.locator("#summary").fill("We forecast truck arrivals per hour so the port can open gates in time.")
    expect(page.locator(".word-count")).to_contain_text("14 / 150")
    page.get_by_role("button", name="Save the draft").click()
    expect(page.get_by_role("status")).to_contain_text("Draft saved")
    shoot(page, "application-draft-desktop-en")

    page.locator("#proposal").fill("A model trained on gate logs, vessel schedules and weather.")
    page.locator("#fit").fill("It shortens the queues at the gates, which is the owner's problem.")
    page.locator("#trl").select_option("6")
    page.locator("#pilot_plan").fill("Three months at gate B, measuring the mean waiting time.")
    page.locator("#team").fill("Five data engineers and two logistics experts.")
    page.locator("#deck").set_input_files(str(deck))
    page.locator("#consent").check()
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.locator(".receipt")).to_contain_text("Receipt R")
    receipt = page.locator(".receipt strong").inner_text()
    shoot(page, "receipt-desktop-en")

    page.get_by_role("link", name="Edit").click()
    expect(page.get_by_text("GreenPort deck.pdf")).to_be_visible()
    page.locator("#title").fill("Gate forecasts for Cát Lái, version two")
    page.get_by_role("button", name="Submit the changes").click()
    expect(page.locator(".receipt")).to_contain_text("Version 2")
    assert receipt not in page.locator(".receipt strong").inner_text()
    page.get_by_role("link", name="Version 1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gate forecasts for Cat Lai")
    sign_out(page)

    sign_in(page, "lan@c4ir.vn")
    page.goto("/programs/oid-2026/dashboard")
    expect(page.get_by_role("heading", level=1)).to_contain_text("1 received")
    shoot(page, "dashboard-desktop-en")

    for language, locale in [("vi", "vi-VN"), ("en", "en-US")]:
        context = browser.new_context(base_url=base_url, locale=locale, viewport=PHONE)
        phone = context.new_page()
        sign_in_any(phone, "bao@greenport.vn", "greenport passphrase")
        phone.goto("/startup/applications")
        shoot(phone, f"applications-phone-{language}")
        phone.get_by_role("link", name="Gate forecasts for Cát Lái, version two").click()
        shoot(phone, f"application-form-phone-{language}")
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        context.close()


def sign_in_any(page: Page, email: str, password: str) -> None:
    """Sign in whatever the page's language (by the fields' ids)."""
    page.goto("/auth/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    page.locator("form.form button[type=submit]").click()
    expect(page.locator("nav form button")).to_be_visible()
