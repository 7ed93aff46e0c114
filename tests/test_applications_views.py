"""Startups apply: drafts at any time, one submission however often it is sent, receipts, versions, decks."""

from __future__ import annotations

import gc
import io
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from challenges.applications.models import Application, ApplicationState, ApplicationVersion, StoredFile
from innovation.audit.models import AuditEntry
from innovation.database import utcnow
from innovation.extensions import db
from innovation.mail.models import OutboxMessage
from innovation.programs.models import ProgramState
from tests.factories import (
    ProgramFactory,
    make_challenge,
    make_user_with_role,
    pdf_bytes,
)

COMPLETE = {
    "title": "Cảng thông minh với AI dự báo lượt xe",
    "summary": "Chúng tôi dự báo lượt xe container vào cảng Cát Lái theo từng giờ để điều phối cổng.",
    "proposal": "Mô hình học máy dùng dữ liệu cổng, lịch tàu và thời tiết; bảng điều khiển cho điều độ.",
    "fit": "Giảm thời gian chờ xe trước cổng cảng, đúng vấn đề Tân Cảng nêu.",
    "trl": "6",
    "customers": "3",
    "pilots": "2",
    "revenue_band": "1_5bn",
    "pilot_plan": "Ba tháng tại cổng B, đo thời gian chờ trung bình.",
    "team": "Năm kỹ sư dữ liệu, hai chuyên gia logistics.",
    "lang": "vi",
    "consent": "y",
}


@pytest.fixture
def program():
    now = utcnow()
    return ProgramFactory(
        slug="oid-2026",
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        applications_open_at=now - timedelta(days=5),
        applications_close_at=now + timedelta(days=10),
    )


@pytest.fixture
def challenge(program):
    return make_challenge(program)


@pytest.fixture
def founder(client, login):
    return login(make_user_with_role("startup", email="founder@greenport.vn"))


def form_of(client, path: str) -> dict[str, str]:
    """The hidden fields a fresh form carries (its token, the version it was written against)."""
    import re

    page = client.get(path).get_data(as_text=True)
    return {
        name: value
        for name, value in re.findall(
            r'<input[^>]*name="(form_token|seen_version)"[^>]*value="([^"]*)"', page
        )
    }


def submit(client, path: str, data: dict, hidden: dict | None = None, **files):
    hidden = hidden if hidden is not None else form_of(client, path)
    payload = {**data, **hidden, "action": "submit", **files}
    return client.post(path, data=payload, content_type="multipart/form-data")


def the_application() -> Application:
    db.session.expire_all()
    return db.session.scalar(select(Application))


def test_a_draft_is_saved_incomplete_and_submitted_when_complete(client, founder, challenge) -> None:
    path = f"/challenges/{challenge.id}/apply"
    response = client.post(path, data={"title": "Bản nháp", "action": "save"})
    assert response.status_code == 302
    application = the_application()
    assert application.state == ApplicationState.DRAFT and application.title == "Bản nháp"

    edit = f"/applications/{application.id}/edit"
    missing = submit(client, edit, {**COMPLETE, "team": ""})
    page = missing.get_data(as_text=True)
    assert missing.status_code == 422 and "Needed to submit." in page
    assert "Cảng thông minh với AI dự báo lượt xe" in page  # nothing typed is lost
    assert the_application().state == ApplicationState.DRAFT and the_application().pilot_plan  # kept as draft

    done = submit(client, edit, COMPLETE, deck=(io.BytesIO(pdf_bytes()), "deck.pdf"))
    assert done.status_code == 302 and done.headers["Location"].endswith("/versions/1")
    application = the_application()
    assert application.state == ApplicationState.SUBMITTED and application.version == 1
    assert application.consent_at is not None and application.consent_version
    [version] = application.versions
    receipt_page = client.get(done.headers["Location"]).get_data(as_text=True)
    assert version.receipt in receipt_page and "We have it" in receipt_page
    mail = db.session.scalar(select(OutboxMessage).where(OutboxMessage.recipient == "founder@greenport.vn"))
    assert version.receipt in mail.subject and COMPLETE["pilot_plan"] in mail.body_text


def test_a_double_click_or_a_retried_post_stores_one_submission(client, founder, challenge) -> None:
    path = f"/challenges/{challenge.id}/apply"
    hidden = form_of(client, path)
    first = submit(client, path, COMPLETE, hidden)
    second = submit(client, path, COMPLETE, hidden)  # the same form, sent again
    assert first.status_code == second.status_code == 302
    edit = f"/applications/{the_application().id}/edit"
    again = submit(client, edit, COMPLETE, hidden)
    assert again.headers["Location"] == first.headers["Location"]
    assert db.session.scalar(select(func.count(Application.id))) == 1
    assert db.session.scalar(select(func.count(ApplicationVersion.id))) == 1
    receipts = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.template == "application_receipt")
    ).all()
    assert len(receipts) == 1


def test_a_stale_tab_cannot_overwrite_a_newer_submission(client, founder, challenge) -> None:
    path = f"/challenges/{challenge.id}/apply"
    submit(client, path, COMPLETE)
    edit = f"/applications/{the_application().id}/edit"
    tab_one, tab_two = form_of(client, edit), form_of(client, edit)
    assert submit(client, edit, {**COMPLETE, "title": "Version two"}, tab_one).status_code == 302
    stale = submit(client, edit, {**COMPLETE, "title": "From the old tab"}, tab_two)
    assert stale.status_code == 409 and "submitted from another window" in stale.get_data(as_text=True)
    assert [v.data["title"] for v in the_application().versions] == [COMPLETE["title"], "Version two"]


def test_every_submitted_version_is_kept_and_readable(client, founder, challenge) -> None:
    submit(client, f"/challenges/{challenge.id}/apply", COMPLETE)
    application = the_application()
    submit(client, f"/applications/{application.id}/edit", {**COMPLETE, "title": "Sửa lần hai"})
    first = client.get(f"/applications/{application.id}/versions/1").get_data(as_text=True)
    second = client.get(f"/applications/{application.id}/versions/2").get_data(as_text=True)
    assert COMPLETE["title"] in first and "Sửa lần hai" in second
    assert client.get(f"/applications/{application.id}/versions/3").status_code == 404


def test_after_the_deadline_submitting_is_refused_and_the_draft_kept(
    client, founder, challenge, program
) -> None:
    submit(client, f"/challenges/{challenge.id}/apply", {**COMPLETE, "team": ""})  # a draft, before
    program.applications_close_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    application = the_application()
    late = submit(client, f"/applications/{application.id}/edit", COMPLETE)
    assert late.status_code == 409 and "The deadline has passed" in late.get_data(as_text=True)
    application = the_application()
    assert application.state == ApplicationState.DRAFT and application.team == COMPLETE["team"]


def test_a_new_application_after_the_deadline_is_refused(client, founder, challenge, program) -> None:
    program.applications_close_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    response = submit(client, f"/challenges/{challenge.id}/apply", COMPLETE)
    assert response.status_code == 409
    assert db.session.scalar(select(func.count(Application.id))) == 0


def test_a_renamed_exe_is_refused_and_the_rest_of_the_form_kept(client, founder, challenge) -> None:
    fake = io.BytesIO(b"MZ\x90\x00\x03" + b"\x00" * 4000)
    response = submit(client, f"/challenges/{challenge.id}/apply", COMPLETE, deck=(fake, "deck.pdf"))
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "This file is not a PDF" in page
    assert COMPLETE["fit"] in page
    application = the_application()
    assert application.deck_id is None and application.fit == COMPLETE["fit"]  # saved without the file
    assert db.session.scalar(select(func.count(StoredFile.id))) == 0


# Werkzeug's test client spools a large body to a temporary file it never closes: collected here, not later.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_30_mb_upload_is_refused_with_a_message(client, founder, challenge) -> None:
    big = io.BytesIO(b"%PDF-1.7\n" + b"0" * (30 * 1024 * 1024))
    response = submit(client, f"/challenges/{challenge.id}/apply", COMPLETE, deck=(big, "huge.pdf"))
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "larger than 10 MB" in page and COMPLETE["title"] in page
    assert db.session.scalar(select(func.count(StoredFile.id))) == 0
    del response
    gc.collect()


def test_a_deck_is_stored_outside_the_web_root_and_downloaded_as_an_attachment(
    client, founder, challenge
) -> None:
    submit(
        client, f"/challenges/{challenge.id}/apply", COMPLETE, deck=(io.BytesIO(pdf_bytes(3)), "Our deck.pdf")
    )
    application = the_application()
    assert application.deck.pages == 3 and application.deck.stored_name != "Our deck.pdf"
    assert "static" not in client.application.config["STORAGE_DIR"]
    response = client.get(f"/applications/{application.id}/deck")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert response.headers["Content-Disposition"].startswith(
        "attachment"
    ) and "Our%20deck.pdf" in response.headers["Content-Disposition"].replace(" ", "%20")
    response.close()


def test_submitting_works_while_redis_is_down(make_app, login_for) -> None:
    app = make_app(REDIS_URL="redis://127.0.0.1:6399/0")  # nothing listens there
    with app.app_context():
        program = ProgramFactory(
            applications_open_at=utcnow() - timedelta(days=1),
            applications_close_at=utcnow() + timedelta(days=1),
        )
        challenge = make_challenge(program)
        client = login_for(app, make_user_with_role("startup"))
        response = submit(client, f"/challenges/{challenge.id}/apply", COMPLETE)
        assert response.status_code == 302
        assert the_application().state == ApplicationState.SUBMITTED
        mail = db.session.scalar(select(OutboxMessage))
        assert mail.status.value == "queued"  # waits in the outbox for the worker


def test_one_application_per_startup_and_challenge_and_the_challenges_limit(client, founder, program) -> None:
    first = make_challenge(program, max_applications_per_startup=1)
    second = make_challenge(program, max_applications_per_startup=1)
    submit(client, f"/challenges/{first.id}/apply", COMPLETE)
    assert client.get(f"/challenges/{first.id}/apply").status_code == 302  # to the one it has
    refused = submit(client, f"/challenges/{second.id}/apply", COMPLETE)
    assert refused.status_code == 409 and "as many applications" in refused.get_data(as_text=True)


def test_a_language_the_challenge_does_not_accept_is_refused(client, founder, program) -> None:
    english_only = make_challenge(program, languages=["en"])
    response = submit(client, f"/challenges/{english_only.id}/apply", COMPLETE)
    assert (
        response.status_code == 422
        and "does not accept applications in this language" in response.get_data(as_text=True)
    )


def test_the_language_is_detected_when_left_to_the_platform(client, founder, challenge) -> None:
    submit(client, f"/challenges/{challenge.id}/apply", {**COMPLETE, "lang": ""})
    assert the_application().lang == "vi"


def test_withdrawing_asks_first_and_the_application_can_come_back(client, founder, challenge) -> None:
    submit(client, f"/challenges/{challenge.id}/apply", COMPLETE)
    application = the_application()
    assert client.get(f"/applications/{application.id}/withdraw").status_code == 200
    assert the_application().state == ApplicationState.SUBMITTED
    client.post(f"/applications/{application.id}/withdraw", data={"reason": "Team change"})
    assert the_application().state == ApplicationState.WITHDRAWN
    submit(client, f"/applications/{application.id}/edit", COMPLETE)
    assert the_application().state == ApplicationState.SUBMITTED and the_application().version == 2


def test_a_word_limit_is_enforced_on_submission(client, founder, challenge) -> None:
    response = submit(client, f"/challenges/{challenge.id}/apply", {**COMPLETE, "summary": "chữ " * 151})
    assert response.status_code == 422 and "151 words: at most 150." in response.get_data(as_text=True)


def test_the_audit_log_says_who_saved_and_submitted(client, founder, challenge) -> None:
    submit(client, f"/challenges/{challenge.id}/apply", COMPLETE)
    actions = [(e.action, e.actor_id) for e in db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert ("start_application", founder.id) in actions and ("submit_application", founder.id) in actions
