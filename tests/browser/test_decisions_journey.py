"""Decisions in a real browser: the organizer decides from the judges' aggregated table (with the preview
of what will change), publishes, the outbox holds one e-mail per applicant in the applicant's language, and
the startup reads its decision and the judges' feedback on its status page, and the organizer prints the
pitch-day agenda with the finalist on it."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from sqlalchemy import select

from innovation.extensions import db
from innovation.mail.models import OutboxMessage
from tests.browser.test_challenges_journey import PASSWORD, shoot, sign_in, sign_out
from tests.test_decisions import ORGANIZER_COMMENT, judged_program
from tests.test_judging import SLUG


def decide_from_results(page: Page, title: str, outcome: str, reason: str) -> None:
    page.goto(f"/programs/{SLUG}/judging/results")
    page.get_by_label(f"Choose {title}").check()
    page.get_by_label("Decision").select_option(label=outcome)
    page.get_by_label("Reason").fill(reason)
    page.get_by_role("button", name="Preview the changes").click()
    expect(page.get_by_role("heading", name="What will change")).to_be_visible()
    expect(page.get_by_text(title)).to_be_visible()
    page.get_by_role("button", name="Apply these decisions").click()
    expect(page.get_by_text("1 decision changed")).to_be_visible()


def test_the_organizer_decides_from_the_results_and_publishes_and_the_startup_reads_it(page: Page) -> None:
    data = judged_program()
    finalist, not_selected = data["applications"][0], data["applications"][1]
    founder = data["founder"]  # reads Vietnamese

    sign_in(page, data["organizer"].email)
    decide_from_results(page, finalist.title, "Finalist", "Highest normalized mean of the port challenge.")
    decide_from_results(page, not_selected.title, "Not selected", "The pilot plan has no site yet.")
    shoot(page, "decisions-index-desktop-en")
    page.get_by_role("link", name="Publish 2 decisions…").click()
    expect(page.get_by_text("Publishing tells 2 applicants")).to_be_visible()
    page.get_by_role("button", name="Publish 2 decisions and send the e-mails").click()
    expect(page.get_by_text("2 decisions published")).to_be_visible()
    expect(page.get_by_text("Every decision is published.")).to_be_visible()
    sign_out(page)

    db.session.expire_all()
    mails = list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.template == "decision")))
    assert len(mails) == 2 and len({mail.recipient for mail in mails}) == 2
    to_founder = next(mail for mail in mails if mail.recipient == founder.email)
    assert to_founder.locale == "vi" and "Quyết định" in to_founder.subject
    assert all(ORGANIZER_COMMENT not in mail.body_text for mail in mails)

    page.goto("/auth/login")
    page.get_by_label("E-mail").fill(founder.email)
    page.get_by_role("textbox", name="Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Đăng xuất")).to_be_visible()  # the founder reads Vietnamese
    page.goto("/startup/applications")
    expect(page.get_by_text("Quyết định: Vào chung kết")).to_be_visible()
    card = page.locator("section.application-card", has_text=finalist.title)
    expect(card.get_by_text("Highest normalized mean of the port challenge.")).to_be_visible()
    expect(card.get_by_text(f"Feedback from a judge on #{finalist.id}").first).to_be_visible()
    expect(page.get_by_text(ORGANIZER_COMMENT)).to_have_count(0)
    shoot(page, "decisions-startup-status-desktop-vi")
    sign_out_vi(page)

    # The finalist goes on the pitch day; the organizer prints the agenda.
    sign_in(page, data["organizer"].email)
    page.goto(f"/programs/{SLUG}/pitch-day")
    page.get_by_label("First pitch starts at").fill("2026-12-10T08:30")
    page.get_by_label("Rooms").fill("Hall A")
    page.get_by_role("button", name="Save the settings").click()
    page.get_by_role("button", name="Place the finalists").click()
    expect(page.get_by_text("Finalists placed: 1 added")).to_be_visible()
    page.get_by_role("link", name="Printable agenda").click()
    expect(page.locator("table.agenda")).to_contain_text(finalist.startup.name)
    expect(page.locator("table.agenda")).not_to_contain_text(not_selected.startup.name)
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    assert page.pdf(format="A4").startswith(b"%PDF")


def sign_out_vi(page: Page) -> None:
    page.get_by_role("button", name="Đăng xuất").click()
    expect(
        page.get_by_role("link", name="Sign in", exact=True)
    ).to_be_visible()  # anonymous: the browser's language
