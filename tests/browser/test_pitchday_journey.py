"""The pitch day in a real browser: the organizer sets the day up, places the finalists, moves one, opens
the agenda and prints it without the navigation; the pages in Vietnamese and at phone width."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from innovation.decisions.models import Outcome
from innovation.decisions.operations import decide_many
from tests.browser.test_challenges_journey import shoot, sign_in
from tests.test_judging import SLUG, judging_program

PHONE_390 = {"width": 390, "height": 844}


def test_the_organizer_builds_the_pitch_day_and_prints_the_agenda(
    page: Page, browser: Browser, base_url: str
) -> None:
    data = judging_program()
    program, organizer = data["program"], data["organizer"]
    finalists = [data["applications"][i] for i in (0, 1, 3, 4)]
    decide_many(program, [a.id for a in finalists], Outcome.FINALIST, "Best of the challenge.", organizer)
    first, second = finalists[0].startup.name, finalists[1].startup.name

    sign_in(page, organizer.email)
    page.goto(f"/programs/{SLUG}")
    page.get_by_role("link", name="Pitch day").click()
    expect(page.get_by_role("heading", name="Pitch day", level=1)).to_be_visible()
    page.get_by_label("First pitch starts at").fill("2026-12-01T08:30")
    page.get_by_label("Minutes per pitch").fill("10")
    page.get_by_label("Pitches between breaks").fill("1")
    page.get_by_label("Minutes per break").fill("5")
    page.get_by_label("Rooms").fill("Hall A\nHall B")
    page.get_by_label("Venue").fill("SIHUB, 123 Truong Dinh, District 3")
    page.get_by_role("button", name="Save the settings").click()
    expect(page.get_by_text("Pitch day settings saved")).to_be_visible()

    page.get_by_role("button", name="Place the finalists").click()
    expect(page.get_by_text("Finalists placed: 4 added")).to_be_visible()
    hall_a = page.locator("section.pitch-room", has=page.get_by_role("heading", name="Hall A"))
    rows = hall_a.locator("tbody tr:not(.break-row)")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text(first)
    expect(rows.nth(0)).to_contain_text("08:30–08:40")
    expect(hall_a.locator("tr.break-row")).to_contain_text("08:40–08:45")
    shoot(page, "pitchday-manage-desktop-en")
    # The three numbers sit in one row; their inputs stay in line when a label wraps (as in Vietnamese).
    page.evaluate(
        "() => { document.querySelector('label[for=break_every]').textContent ="
        " 'Số phần thuyết trình giữa hai lần giải lao, một nhãn dài'; }"
    )
    tops = [
        page.locator(f"#{name}").bounding_box()["y"]
        for name in ("slot_minutes", "break_every", "break_minutes")
    ]
    assert max(tops) - min(tops) < 1, tops

    # The second pitch of Hall A moves up: it now opens the day.
    hall_a.get_by_role("button", name=f"Move {second} up").click()
    expect(rows.nth(0)).to_contain_text(second)
    expect(rows.nth(0)).to_contain_text("08:30–08:40")
    expect(rows.nth(1)).to_contain_text(first)
    # And the first one goes to Hall B, at its end.
    row = hall_a.locator("tr", has_text=first)
    row.get_by_label(f"Room for {first}").select_option(label="Hall B")
    row.get_by_role("button", name="Move to room").click()
    hall_b = page.locator("section.pitch-room", has=page.get_by_role("heading", name="Hall B"))
    expect(hall_b.locator("tbody tr:not(.break-row)").last).to_contain_text(first)

    page.get_by_role("link", name="Printable agenda").click()
    expect(page.get_by_role("heading", name="Pitch day agenda")).to_be_visible()
    expect(page.get_by_role("heading", name="Hall A", level=2)).to_be_visible()
    expect(page.locator("table.agenda").first).to_contain_text(second)
    shoot(page, "pitchday-agenda-desktop-en")

    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.get_by_role("button", name="Print")).to_be_hidden()
    expect(page.locator(".language-switch")).to_be_hidden()
    expect(page.get_by_role("heading", name="Hall B", level=2)).to_be_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    shoot(page, "pitchday-agenda-print-en")
    page.emulate_media(media="screen")

    # The same agenda in Vietnamese, through the language switch.
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("table.agenda").first).to_contain_text("08:30–08:40")
    shoot(page, "pitchday-agenda-desktop-vi")
    page.goto(f"/programs/{SLUG}/pitch-day")
    shoot(page, "pitchday-manage-desktop-vi")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")

    phone = browser.new_context(base_url=base_url, locale="en-US", viewport=PHONE_390)
    phone_page = phone.new_page()
    sign_in(phone_page, organizer.email)
    phone_page.goto(f"/programs/{SLUG}/pitch-day")
    expect(phone_page.get_by_role("heading", name="Hall A")).to_be_visible()
    shoot(phone_page, "pitchday-manage-phone-en")
    phone_page.goto(f"/programs/{SLUG}/pitch-day/agenda")
    shoot(phone_page, "pitchday-agenda-phone-en")
    phone.close()
