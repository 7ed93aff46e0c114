"""The pre-screen in a real browser: the organizer starts a run, watches the bar, reads and shortlists;
the owner then sees the list of their own challenge only."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_challenges_journey import PHONE, shoot, sign_in, sign_out
from tests.factories import make_owner, make_user_with_role
from tests.test_screening_runs import FLOOD, PORT, TEXTS, apply


@pytest.fixture
def worker(live_app: Flask, database_url: str, tmp_path) -> Iterator[None]:  # noqa: ANN001
    """A real `flask worker` process beside the live server, as `make run` starts one."""
    env = {
        **os.environ,
        "FLASK_APP": "wsgi",
        "DATABASE_URL": database_url,
        "REDIS_URL": live_app.config["REDIS_URL"],
        "INNOVATION_QUEUE_PREFIX": live_app.config["QUEUE_PREFIX"],
        "SECRET_KEY": "test-secret-key",
        "INNOVATION_STORAGE_DIR": str(tmp_path),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "flask", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield
    process.terminate()
    process.wait(timeout=20)


def test_run_watch_read_shortlist_and_the_owners_view(
    page: Page, browser: Browser, base_url: str, live_app: Flask, worker: None
) -> None:
    from datetime import timedelta

    from innovation.database import utcnow
    from innovation.programs.models import ProgramState
    from tests.factories import ProgramFactory, make_challenge

    now = utcnow()
    program = ProgramFactory(
        slug="oid-2026",
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        applications_open_at=now - timedelta(days=9),
        applications_close_at=now + timedelta(days=1),
    )
    port = make_challenge(program, texts=PORT, shortlist_size=2)
    flood = make_challenge(program, texts=FLOOD)
    for title, text in TEXTS[:2] + TEXTS[4:]:
        apply(port, title, text)
    for title, text in TEXTS[2:4]:
        apply(flood, title, text)
    program.applications_close_at = now - timedelta(hours=1)  # then the window closes
    from innovation.extensions import db

    db.session.commit()
    make_user_with_role("organizer", program, email="lan@c4ir.vn")
    make_owner(program, port.organization, email="owner@port.vn")
    make_owner(program, flood.organization, email="owner@flood.vn")

    sign_in(page, "lan@c4ir.vn")
    page.goto("/programs/oid-2026/screening")
    page.get_by_role("button", name="Start a screening run").click()
    expect(page.locator("progress")).to_have_attribute("value", "100", timeout=30_000)
    expect(page.get_by_role("heading", name="Ranked lists")).to_be_visible()
    shoot(page, "run-desktop-en")
    page.get_by_role("link", name="Fewer container truck queues at the Cat Lai port gates").click()
    first_row = page.locator("table.ranked tbody tr").first
    expect(first_row).to_contain_text("1")
    first_row.locator("summary", has_text="Why this score").click()
    expect(first_row.locator("mark").first).to_be_visible()
    shoot(page, "ranked-desktop-en")
    page.get_by_label("Reason").fill("Top 2 of the pre-screen")
    page.get_by_role("button", name="Save the shortlist").click()
    expect(page.get_by_role("status")).to_contain_text("Shortlist saved: 2 added")
    run_url = page.url
    sign_out(page)

    sign_in(page, "owner@port.vn")
    page.goto(run_url)
    expect(page.locator("table.ranked tbody tr")).to_have_count(3)
    page.goto(run_url.rsplit("/", 1)[0] + f"/{flood.id}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    sign_out(page)

    context = browser.new_context(base_url=base_url, locale="vi-VN", viewport=PHONE)
    phone = context.new_page()
    phone.goto("/auth/login")
    phone.locator("#email").fill("lan@c4ir.vn")
    phone.locator("#password").fill("correct horse battery")
    phone.locator("form.form button[type=submit]").click()
    phone.goto(run_url)
    shoot(phone, "ranked-phone-vi")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()
