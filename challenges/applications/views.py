"""Application pages: apply, save, submit with a receipt, versions, withdraw, decks, lists, dashboard."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext
from flask_login import current_user
from werkzeug.wrappers import Response as WerkzeugResponse

from challenges.applications import operations
from challenges.applications.dashboard import dashboard_csv, program_dashboard
from challenges.applications.decks import DeckError, deck_path
from challenges.applications.forms import ApplicationForm
from challenges.applications.models import Application
from challenges.applications.operations import ApplicationError
from challenges.operations import accepts_applications
from innovation.forms import ConfirmForm
from innovation.programs.models import ProgramRoleName
from innovation.security import (
    Role,
    get_application_for,
    get_challenge_applications,
    get_own_application,
    get_program_for,
    get_readable_challenge,
    roles_required,
    startup_of,
)

bp = Blueprint("applications", __name__)


def refusal(reason: str) -> str:
    """Why an application action was refused, for the user."""
    messages = {
        "closed": gettext("This challenge does not take applications now."),
        "too_many": gettext(
            "Your startup has as many applications in this program as this challenge accepts."
        ),
        "deadline": gettext(
            "The deadline has passed: the application can no longer be submitted. Your draft is kept."
        ),
        "decided": gettext("This application has been decided on and can no longer change."),
        "language": gettext("This challenge does not accept applications in this language."),
        "incomplete": gettext("Some fields are still missing: see the messages below."),
        "changed": gettext(
            "This application was submitted from another window meanwhile. Reload it before you submit again."
        ),
    }
    return messages.get(reason, gettext("This cannot be done now."))


def deck_refusal(error: DeckError) -> str:
    """Why an uploaded deck was refused, for the user."""
    limit = current_app.config["UPLOAD_MAX_BYTES"] // (1024 * 1024)
    messages = {
        "too_large": gettext("The file is larger than %(size)d MB. Please send a smaller PDF.", size=limit),
        "empty": gettext("The file is empty."),
        "not_pdf": gettext("This file is not a PDF. Please export your deck as PDF."),
        "locked": gettext("This PDF is protected by a password. Please send it without one."),
    }
    return messages[error.reason]


def _form_page(form: ApplicationForm, application: Application | None, challenge, status: int = 200):  # type: ignore[no-untyped-def]
    return (
        render_template(
            "applications/form.html",
            form=form,
            application=application,
            challenge=challenge,
            accepts=accepts_applications(challenge),
            summary_limit=operations.SUMMARY_WORD_LIMIT,
        ),
        status,
    )


def _save_and_maybe_submit(form: ApplicationForm, application: Application):  # type: ignore[no-untyped-def]
    """Keep what was typed, then submit when asked and complete; the page to answer with."""
    challenge = application.challenge
    upload = form.deck.data if form.deck.data and getattr(form.deck.data, "filename", "") else None
    deck = (upload.stream, upload.filename) if upload else None
    try:
        operations.save_draft(application, current_user, form.values(), deck, consent=form.consent.data)
    except DeckError as error:
        operations.save_draft(application, current_user, form.values(), None, consent=form.consent.data)
        form.deck.errors = [deck_refusal(error)]
        flash(gettext("Everything else you typed is saved as a draft."), "info")
        return _form_page(form, application, challenge, 422)
    except ApplicationError as error:
        flash(refusal(error.reason), "error")
        return _form_page(form, application, challenge, 409)
    if request.form.get("action") != "submit":
        flash(gettext("Draft saved."), "success")
        return redirect(url_for("applications.edit", application_id=application.id))
    if not form.check_for_submission(challenge.languages):
        flash(
            gettext("Your draft is saved, but it cannot be submitted yet: see the messages below."), "warning"
        )
        return _form_page(form, application, challenge, 422)
    try:
        version = operations.submit_application(
            application, current_user, form.form_token.data or "", int(form.seen_version.data or 0)
        )
    except ApplicationError as error:
        flash(refusal(error.reason), "error")
        return _form_page(form, application, challenge, 409)
    return redirect(url_for("applications.version", application_id=application.id, number=version.number))


@bp.route("/challenges/<int:challenge_id>/apply", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def apply(challenge_id: int):  # type: ignore[no-untyped-def]
    """Start the startup's application to a challenge (or go to the one it has)."""
    challenge = get_readable_challenge(current_user, challenge_id)
    startup = startup_of(current_user)
    existing = operations.find_application(challenge, startup)
    if existing is not None:
        return redirect(url_for("applications.edit", application_id=existing.id))
    form = ApplicationForm()
    form.prepare(None, current_app.config["UPLOAD_MAX_BYTES"] // (1024 * 1024))
    if not accepts_applications(challenge):
        flash(refusal("closed"), "error")
        return _form_page(form, None, challenge, 409)
    if form.validate_on_submit():
        try:
            application = operations.start_application(challenge, startup, current_user)
        except ApplicationError as error:
            flash(refusal(error.reason), "error")
            return _form_page(form, None, challenge, 409)
        return _save_and_maybe_submit(form, application)
    return _form_page(form, None, challenge, 200 if not form.is_submitted() else 422)


@bp.route("/applications/<int:application_id>/edit", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def edit(application_id: int):  # type: ignore[no-untyped-def]
    """Change the application: a draft at any time, a submitted one by submitting the changes."""
    application = get_own_application(current_user, application_id)
    form = ApplicationForm()
    form.prepare(application, current_app.config["UPLOAD_MAX_BYTES"] // (1024 * 1024))
    if form.validate_on_submit():
        return _save_and_maybe_submit(form, application)
    return _form_page(form, application, application.challenge, 200 if not form.is_submitted() else 422)


@bp.get("/applications/<int:application_id>")
@roles_required(Role.STARTUP, Role.ORGANIZER, Role.CHALLENGE_OWNER)
def show(application_id: int) -> str:
    """The application as it stands, with its submitted versions."""
    application = get_application_for(current_user, application_id)
    return render_template(
        "applications/show.html", application=application, data=application.fields(), version=None
    )


@bp.get("/applications/<int:application_id>/versions/<int:number>")
@roles_required(Role.STARTUP, Role.ORGANIZER, Role.CHALLENGE_OWNER)
def version(application_id: int, number: int) -> str:
    """One submitted version, frozen, with its receipt (the page a startup lands on after submitting)."""
    application = get_application_for(current_user, application_id)
    found = next((item for item in application.versions if item.number == number), None)
    if found is None:
        abort(404)
    return render_template("applications/show.html", application=application, data=found.data, version=found)


@bp.route("/applications/<int:application_id>/withdraw", methods=["GET", "POST"])
@roles_required(Role.STARTUP)
def withdraw(application_id: int) -> str | WerkzeugResponse:
    """Withdraw the application after a confirmation page."""
    application = get_own_application(current_user, application_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            operations.withdraw_application(application, current_user, request.form.get("reason", "")[:1000])
            flash(
                gettext(
                    "Your application is withdrawn. You may submit it again while applications are open."
                ),
                "info",
            )
        except ApplicationError as error:
            flash(refusal(error.reason), "error")
        return redirect(url_for("startups.applications"))
    return render_template("applications/withdraw.html", application=application, form=form)


@bp.get("/applications/<int:application_id>/deck")
@roles_required(Role.STARTUP, Role.ORGANIZER, Role.CHALLENGE_OWNER)
def deck(application_id: int) -> Response:
    """The current deck, to those who may read the application, as a download."""
    application = get_application_for(current_user, application_id)
    if application.deck is None:
        abort(404)
    return send_file(
        deck_path(application.deck),
        mimetype="application/pdf",
        as_attachment=True,
        download_name=application.deck.original_name,
        max_age=0,
    )


@bp.get("/challenges/<int:challenge_id>/applications")
@roles_required(Role.ORGANIZER, Role.CHALLENGE_OWNER)
def challenge_list(challenge_id: int) -> str:
    """The applications to a challenge, for its organizers, and for its owners once they may read them."""
    challenge, applications = get_challenge_applications(current_user, challenge_id)
    return render_template("applications/challenge_list.html", challenge=challenge, applications=applications)


@bp.get("/programs/<slug>/dashboard")
@roles_required(Role.ORGANIZER)
def dashboard(slug: str) -> str:
    """The organizer's dashboard: applications by state, day, sector, country, language and challenge."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    return render_template(
        "applications/dashboard.html", program=program, dashboard=program_dashboard(program)
    )


@bp.get("/programs/<slug>/dashboard.csv")
@roles_required(Role.ORGANIZER)
def dashboard_export(slug: str) -> Response:
    """The dashboard's figures as CSV."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    return Response(
        dashboard_csv(program_dashboard(program)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{program.slug}-applications.csv"'},
    )
