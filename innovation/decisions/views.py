"""Decision pages for organizers: the program's decisions, a bulk decision with its preview, one
application's decision with its history, and publishing to the applicants."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext, ngettext
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from challenges.applications.models import Application
from innovation.audit.models import AuditEntry
from innovation.decisions import operations, reports
from innovation.decisions.forms import BulkDecisionForm, DecisionForm
from innovation.decisions.models import Outcome
from innovation.extensions import db
from innovation.forms import ConfirmForm
from innovation.programs.models import Program, ProgramRoleName
from innovation.security import Role, get_program_for, roles_required

bp = Blueprint("decisions", __name__)


def refusal(error: operations.DecisionError) -> str:
    """Why a decision was refused, for the organizer."""
    messages = {
        "no_reason": gettext("Say why: the applicant reads it, and the city may ask."),
        "reason_too_long": gettext("The reason is too long."),
        "none_chosen": gettext("Tick at least one application."),
        "not_decidable": gettext(
            "Only received applications of this program can be decided on (not drafts, not withdrawn ones)."
        ),
    }
    return messages.get(error.reason, gettext("This cannot be done now."))


def _program(slug: str) -> Program:
    return get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)


@bp.get("/programs/<slug>/decisions")
@roles_required(Role.ORGANIZER)
def index(slug: str) -> str:
    """The program's applications that are shortlisted or decided (all received ones with ?all=1), by
    challenge, with their decisions; a bulk decision form."""
    return _index_page(_program(slug), request.args.get("all") == "1", BulkDecisionForm())


def _index_page(program: Program, show_all: bool, form: BulkDecisionForm) -> str:
    return render_template(
        "decisions/index.html",
        program=program,
        tables=reports.decision_tables(program, show_all),
        show_all=show_all,
        unpublished=len(operations.unpublished(program)),
        form=form,
    )


@bp.post("/programs/<slug>/decisions/bulk")
@roles_required(Role.ORGANIZER)
def bulk(slug: str) -> str | Response | tuple[str, int]:
    """A bulk decision: first the preview of what would change, then (step "apply") the change."""
    program = _program(slug)
    form = BulkDecisionForm()
    if not form.validate_on_submit():
        return _index_page(program, request.args.get("all") == "1", form), 422
    outcome = Outcome(form.outcome.data)
    if form.step.data != "apply":
        planned = operations.preview(program, form.applications.data, outcome)
        return render_template("decisions/preview.html", program=program, preview=planned, form=form)
    try:
        changed = operations.decide_many(
            program, form.applications.data, outcome, form.reason.data, current_user
        )
    except operations.DecisionError as error:
        flash(refusal(error), "error")
        return redirect(url_for("decisions.index", slug=slug))
    flash(
        ngettext(
            "%(num)d decision changed. Publish it when you are ready.",
            "%(num)d decisions changed. Publish them when you are ready.",
            changed,
        ),
        "success",
    )
    return redirect(url_for("decisions.index", slug=slug))


@bp.route("/programs/<slug>/decisions/applications/<int:application_id>", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def decide(slug: str, application_id: int) -> str | Response | tuple[str, int]:
    """One application's decision, with the history of its decisions."""
    program = _program(slug)
    found = operations.decidable(program, [application_id])
    if not found:
        abort(404)
    application: Application = found[0]
    current = operations.decision_of(application)
    form = DecisionForm(obj=current)
    if form.validate_on_submit():
        try:
            operations.decide(
                program, application, Outcome(form.outcome.data), form.reason.data, current_user
            )
        except operations.DecisionError as error:
            flash(refusal(error), "error")
        else:
            flash(gettext("Decision saved. Publish it when you are ready."), "success")
            return redirect(url_for("decisions.index", slug=slug))
    history = list(
        db.session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.object_type == "Application",
                AuditEntry.object_id == application.id,
                AuditEntry.action.in_(("decide", "publish_decision")),
            )
            .order_by(AuditEntry.id.desc())
        )
    )
    page = render_template(
        "decisions/decide.html",
        program=program,
        application=application,
        decision=current,
        form=form,
        history=history,
        feedback=operations.startup_feedback(application),
    )
    return (page, 422) if form.is_submitted() else page


@bp.route("/programs/<slug>/decisions/publish", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def publish(slug: str) -> str | Response:
    """What publishing would send (how many e-mails, of which decision), then publishing."""
    program = _program(slug)
    form = ConfirmForm()
    if form.validate_on_submit():
        count = operations.publish(program, current_user)
        flash(
            ngettext(
                "%(num)d decision published; the applicant has an e-mail in their language.",
                "%(num)d decisions published; each applicant has an e-mail in their language.",
                count,
            ),
            "success",
        )
        return redirect(url_for("decisions.index", slug=slug))
    pending = operations.unpublished(program)
    return render_template(
        "decisions/publish.html",
        program=program,
        pending=pending,
        by_outcome={outcome: sum(1 for d in pending if d.outcome == outcome) for outcome in Outcome},
        form=form,
    )
