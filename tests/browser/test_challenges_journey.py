"""The call for challenges in a real browser: a program is set up, an owner drafts a bilingual challenge,
the organizer sends it back and then publishes it, and a visitor finds it without typing diacritics."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from innovation.database import utcnow
from innovation.dates import utc_to_local
from tests.browser.test_accounts_journey import mailed_link
from tests.factories import PASSWORD, UserFactory, make_user_with_role

SHOTS = Path(os.environ.get("JOURNEY_SHOTS", "/tmp/journey-shots"))
PHONE = {"width": 375, "height": 812}


def local(days: float) -> str:
    """A moment `days` from now as the datetime-local input takes it, in Ho Chi Minh City time."""
    return utc_to_local(utcnow() + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def sign_in(page: Page, email: str, password: str = PASSWORD) -> None:
    page.goto("/auth/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_role("textbox", name="Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in", exact=True)).to_be_visible()


def shoot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_program_challenge_review_publish_and_search(page: Page, browser: Browser, base_url: str) -> None:
    make_user_with_role("admin", email="admin@c4ir.vn")
    UserFactory(email="lan@c4ir.vn", name="Nguyễn Thị Lan")

    # The centre's admin creates the program and names its organizer.
    sign_in(page, "admin@c4ir.vn")
    page.goto("/programs/new")
    page.get_by_label("Name (Vietnamese)").fill("Ngày hội Đổi mới sáng tạo mở 2026")
    page.get_by_label("Name (English)").fill("Open Innovation Day 2026")
    page.get_by_label("Short name in addresses").fill("oid-2026")
    for label, days in [
        ("Call for challenges opens", -1),
        ("Call for challenges closes", 10),
        ("Applications open", 12),
        ("Application deadline", 40),
    ]:
        page.get_by_label(label).fill(local(days))
    page.get_by_label("Organizers' e-mail addresses").fill("lan@c4ir.vn")
    page.get_by_role("button", name="Create the program").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Open Innovation Day 2026")
    sign_out(page)

    # The organizer launches the call and invites a city agency's owner.
    sign_in(page, "lan@c4ir.vn")
    page.goto("/programs/oid-2026")
    expect(page.locator(".timeline [aria-current=step]")).to_contain_text("Draft")
    page.get_by_role("link", name="Move to “Calling for challenges”…").click()
    page.get_by_role("button", name="Move to “Calling for challenges”").click()
    expect(page.locator(".timeline [aria-current=step]")).to_contain_text("Calling for challenges")
    shoot(page, "program-desktop-en")
    page.goto("/programs/oid-2026/invitations")
    page.locator("#name").fill("Lê Hoàng Anh")
    page.get_by_label("E-mail").fill("anh@sgtvt.hochiminhcity.gov.vn")
    page.get_by_label("…or a new organization").fill("Sở Giao thông vận tải TP.HCM")
    page.get_by_label("Kind of the new organization").select_option("city_agency")
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.get_by_role("status")).to_contain_text("Invitation sent")
    sign_out(page)

    # The owner joins through the e-mailed link and drafts the challenge in both languages.
    page.goto(mailed_link("anh@sgtvt.hochiminhcity.gov.vn"))
    page.get_by_role("textbox", name="Password", exact=True).fill("owner passphrase 1")
    page.get_by_label("Repeat the password").fill("owner passphrase 1")
    page.get_by_label("I agree").check()
    page.get_by_role("button", name="Accept the invitation").click()
    page.goto("/programs/oid-2026")
    page.get_by_role("link", name="Post a challenge").click()
    page.get_by_role("tab", name="Tiếng Việt").click()
    page.locator("#vi-title").fill("Điều khiển đèn tín hiệu giao thông thích ứng")
    page.locator("#vi-statement").fill("Các nút giao ở Quận 1 và Bình Thạnh ùn tắc vào giờ cao điểm.")
    page.get_by_role("tab", name="English").click()
    expect(page.locator("#vi-title")).to_be_hidden()
    page.locator("#en-title").fill("Adaptive traffic signal control")
    page.locator("#en-statement").fill("Junctions in District 1 and Bình Thạnh jam at rush hour.")
    page.get_by_label("Smart city").check()
    page.get_by_role("button", name="Save the draft").click()
    expect(page.get_by_role("status")).to_contain_text("Draft saved")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_role("status")).to_contain_text("Submitted")
    challenge_url = page.url
    sign_out(page)

    # The organizer sends it back with a comment.
    sign_in(page, "lan@c4ir.vn")
    page.goto("/programs/oid-2026/challenges")
    page.get_by_role("link", name="Review", exact=True).click()
    page.get_by_label("Send it back to the owner").check()
    page.get_by_label("Comment for the owner").fill("Please give the number of junctions in the pilot.")
    page.get_by_role("button", name="Record the decision").click()
    sign_out(page)

    # The owner reads the comment, fixes the statement and submits again.
    sign_in(page, "anh@sgtvt.hochiminhcity.gov.vn", "owner passphrase 1")
    page.goto(challenge_url)
    expect(page.locator(".review-comment")).to_have_text("Please give the number of junctions in the pilot.")
    page.get_by_role("link", name="Edit").click()
    page.get_by_role("tab", name="English").click()
    page.locator("#en-statement").fill("Twelve junctions in District 1 and Bình Thạnh jam at rush hour.")
    page.get_by_role("button", name="Save the draft").click()
    page.get_by_role("button", name="Submit for review").click()
    sign_out(page)

    # The organizer publishes it.
    sign_in(page, "lan@c4ir.vn")
    page.goto("/programs/oid-2026/challenges")
    page.get_by_role("link", name="Review", exact=True).click()
    page.get_by_label("Publish it on the board").check()
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_role("status")).to_contain_text("Published")
    sign_out(page)

    # A visitor finds it by searching without diacritics and reads it in English, then in Vietnamese.
    page.goto("/challenges")
    page.get_by_label("Search").fill("dieu khien den tin hieu")
    page.get_by_role("button", name="Show").click()
    page.get_by_role("link", name="Adaptive traffic signal control").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Adaptive traffic signal control")
    expect(page.locator(".prose").first).to_contain_text("Twelve junctions")
    shoot(page, "challenge-desktop-en")
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Điều khiển đèn tín hiệu giao thông thích ứng")
    shoot(page, "challenge-desktop-vi")

    # The same pages on a phone, in both languages.
    for language, locale in [("vi", "vi-VN"), ("en", "en-US")]:
        context = browser.new_context(base_url=base_url, locale=locale, viewport=PHONE)
        phone = context.new_page()
        phone.goto("/challenges?q=den+tin+hieu")
        shoot(phone, f"board-phone-{language}")
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        phone.goto(challenge_url)
        shoot(phone, f"challenge-phone-{language}")
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        context.close()
