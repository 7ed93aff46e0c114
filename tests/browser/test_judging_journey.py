"""Judging in a real browser: the organizer proposes and confirms an assignment, a judge declares a
conflict, scores two applications (the first saved as a draft before it is submitted), and the organizer
follows the progress and reads the aggregated table."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.browser.test_challenges_journey import PHONE, shoot, sign_in, sign_out
from tests.test_judging import SLUG, judging_program


def score_all(page: Page, value: str) -> None:
    for group in page.locator("fieldset.criterion").all():
        group.get_by_label(value, exact=True).check()


def test_a_judge_declares_scores_and_the_organizer_follows(
    page: Page, browser: Browser, base_url: str
) -> None:
    data = judging_program()
    judge = data["judges"]["undeclared"]
    conflicted_startup = data["applications"][5].startup

    sign_in(page, data["organizer"].email)
    page.goto(f"/programs/{SLUG}/judging/assignments")
    page.get_by_role("button", name="Propose an assignment").click()
    expect(page.get_by_text("Proposal ready")).to_be_visible()
    page.get_by_role("button", name="Confirm").filter(has_text="tell the judges").click()
    expect(page.get_by_text("pairs confirmed")).to_be_visible()
    sign_out(page)

    sign_in(page, judge.email)
    page.get_by_role("link", name="Judging", exact=True).click()
    page.get_by_role("link", name="Declare conflicts").click()
    page.get_by_label(conflicted_startup.name).check()
    page.get_by_label("I have checked the list").check()
    page.get_by_role("button", name="Save the declaration").click()
    expect(page.get_by_role("heading", name="Your applications")).to_be_visible()
    rows = page.locator("table tbody tr")
    expect(rows.first).to_be_visible()
    titles = [link.inner_text() for link in page.locator("table tbody a").all()]
    assert data["applications"][5].title not in titles or len(titles) < 4
    shoot(page, "judging-workspace-desktop-en")

    page.get_by_role("link", name=titles[0]).click()
    first_url = page.url
    page.locator("fieldset.criterion").first.get_by_label("4", exact=True).check()
    page.get_by_label("Comment for the organizers").fill("Clear plan, thin on costs.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Draft saved.")).to_be_visible()
    expect(page.locator("fieldset.criterion").first.get_by_label("4", exact=True)).to_be_checked()
    expect(page.get_by_label("Comment for the organizers")).to_have_value("Clear plan, thin on costs.")
    page.get_by_role("button", name="Submit the score").click()
    expect(page.get_by_text("Give every criterion a value")).to_be_visible()
    score_all(page, "4")
    page.get_by_label("Feedback for the startup").fill("Show the pilot's cost per gate.")
    page.get_by_role("button", name="Submit the score").click()
    expect(page.get_by_text("Score submitted.")).to_be_visible()

    page.get_by_role("link", name=titles[1]).click()
    score_all(page, "2")
    page.get_by_role("button", name="Submit the score").click()
    expect(page.get_by_text("Score submitted.")).to_be_visible()
    expect(page.get_by_text(f"2 of {len(titles)} scores submitted")).to_be_visible()

    phone = browser.new_context(base_url=base_url, locale="en-US", viewport=PHONE)
    phone_page = phone.new_page()
    sign_in(phone_page, judge.email)
    phone_page.goto(first_url)
    expect(phone_page.get_by_text("Submitted on")).to_be_visible()
    shoot(phone_page, "judging-score-phone-en")
    phone.close()
    sign_out(page)

    sign_in(page, data["organizer"].email)
    page.goto(f"/programs/{SLUG}/judging")
    judge_row = page.locator("tr", has_text=judge.name)
    expect(judge_row.locator("td").nth(3)).to_have_text("2")
    expect(judge_row.get_by_role("button", name="Remind")).to_be_visible()
    page.get_by_role("link", name="Results").click()
    expect(page.get_by_role("heading", name="Judging results")).to_be_visible()
    expect(page.get_by_role("columnheader", name="Screening rank").first).to_be_visible()
    expect(page.get_by_text("Calibrated").first).to_be_visible()
    expect(
        page.get_by_text(f"{judge.name}: 70").or_(page.get_by_text(f"{judge.name}: 75")).first
    ).to_be_visible()
    shoot(page, "judging-results-desktop-en")
