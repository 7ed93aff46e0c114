"""A founder registers, confirms by the e-mailed link, signs in, switches to Vietnamese and signs out."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from sqlalchemy import select

from innovation.extensions import db
from innovation.mail.models import OutboxMessage


def mailed_link(recipient: str) -> str:
    db.session.rollback()  # see what the server's thread committed
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.recipient == recipient).order_by(OutboxMessage.id.desc())
    ).first()
    assert message is not None, f"no e-mail to {recipient}"
    return re.search(r"https?://\S+", message.body_text).group(0)


def test_register_confirm_sign_in_switch_language_sign_out(page: Page) -> None:
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("link", name="Register your startup").first.click()

    page.get_by_label("Your name").fill("Lê Minh Anh")
    page.get_by_label("E-mail").fill("anh@mekong-robotics.vn")
    # By accessible name: the label's required "*" is hidden from it, not from the label's text.
    page.get_by_role("textbox", name="Password", exact=True).fill("mekong robotics 2026")
    page.get_by_label("Repeat the password").fill("mekong robotics 2026")
    page.get_by_label("Startup name").fill("Mekong Robotics")
    page.get_by_label("Country").select_option("VN")
    page.get_by_label("I agree").check()
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("status")).to_contain_text("anh@mekong-robotics.vn")

    page.goto(mailed_link("anh@mekong-robotics.vn"))
    expect(page.get_by_role("status")).to_contain_text("confirmed")

    page.get_by_label("E-mail").fill("anh@mekong-robotics.vn")
    page.get_by_label("Password").fill("mekong robotics 2026")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("navigation")).to_contain_text("Lê Minh Anh")
    expect(page.get_by_role("link", name="Startup profile", exact=True)).to_be_visible()

    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.get_by_role("link", name="Hồ sơ startup", exact=True)).to_be_visible()

    page.get_by_role("button", name="Đăng xuất").click()
    expect(page.get_by_role("navigation").get_by_role("link", name="Đăng nhập")).to_be_visible()
    expect(page.get_by_role("navigation")).not_to_contain_text("Lê Minh Anh")
