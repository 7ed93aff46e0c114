"""Judging pages: the organizer's settings, rubric, assignment, progress and results; the judge's profile,
conflict declaration, workspace and scoring form."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import get_locale, gettext
from flask_login import current_user
from werkzeug.wrappers import Response as WerkzeugResponse
from wtforms import SelectChoice

from challenges.applications.decks import deck_path
from challenges.applications.models import Application
from innovation.auth.models import User
from innovation.extensions import db
from innovation.forms import ConfirmForm
from innovation.judging import operations, reports
from innovation.judging.blind import anonymous_deck, deck_download_name
from innovation.judging.forms import (
    AddPairForm,
    ConflictForm,
    JudgeProfileForm,
    JudgingSettingsForm,
    RubricForm,
    score_form,
)
from innovation.judging.models import Assignment, AssignmentState, ScoreState
from innovation.programs.models import ProgramRoleName
from innovation.security import (
    Role,
    get_judge_assignment,
    get_program_for,
    organizations_of,
    programs_for,
    roles_required,
)

bp = Blueprint("judging", __name__)


def refusal(error: operations.JudgingError) -> str:
    """Why a judging action was refused, for the user."""
    messages = {
        "closed": gettext("Judging is closed: scores can no longer change."),
        "submitted": gettext("This score is submitted. Reopen it to change it."),
        "not_submitted": gettext("This score is not submitted."),
        "bad_value": gettext("A value is outside the criterion's scale."),
        "incomplete": gettext(
            "Give every criterion a value before you submit. What you gave is saved as a draft."
        ),
        "conflict": gettext("This judge has a conflict of interest with this application."),
        "not_a_judge": gettext("This person is not a judge of the program."),
        "not_shortlisted": gettext("Only shortlisted applications of this program are judged."),
        "already_assigned": gettext("This judge is already on this application."),
        "scored": gettext("This judge has submitted a score: the pair stays."),
    }
    return messages.get(error.reason, gettext("This cannot be done now."))


def _locale() -> str:
    return str(get_locale() or "vi")


# ---- organizer ------------------------------------------------------------------------------------------


def _organized(slug: str):  # type: ignore[no-untyped-def]
    return get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)


@bp.route("/programs/<slug>/judging", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def overview(slug: str) -> str | WerkzeugResponse | tuple[str, int]:
    """Judging of a program at a glance: settings, the judges and where each stands, each challenge."""
    program = _organized(slug)
    form = JudgingSettingsForm(obj=program)
    if form.validate_on_submit():
        operations.update_settings(
            program,
            current_user,
            blind=form.blind_judging.data,
            owners_may_judge=form.owners_may_judge.data,
            reviews=form.reviews_per_application.data,
            load_limit=form.judge_load_limit.data,
        )
        flash(gettext("Judging settings saved."), "success")
        return redirect(url_for("judging.overview", slug=program.slug))
    page = render_template(
        "judging/overview.html",
        program=program,
        form=form,
        judges=reports.judge_progress(program),
        challenges=reports.challenge_progress(program),
        rubric=operations.current_rubric(program),
        action_form=ConfirmForm(),
    )
    return (page, 422) if form.is_submitted() else page


@bp.route("/programs/<slug>/judging/rubric", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def rubric(slug: str) -> str | WerkzeugResponse | tuple[str, int]:
    """The program's rubric: criteria, guidance in both languages, weights and scales."""
    program = _organized(slug)
    current = operations.current_rubric(program)
    form = RubricForm()
    if form.validate_on_submit():
        saved = operations.update_rubric(program, current_user, form.to_fields())
        if saved.version != current.version:
            flash(
                gettext(
                    "Scores were submitted under the rubric: your change is version %(version)d, for the "
                    "scores given from now on.",
                    version=saved.version,
                ),
                "success",
            )
        else:
            flash(gettext("Rubric saved."), "success")
        return redirect(url_for("judging.rubric", slug=program.slug))
    if not form.is_submitted():
        form.fill(list(current.criteria))
    page = render_template("judging/rubric.html", program=program, rubric=current, form=form)
    return (page, 422) if form.is_submitted() else page


@bp.get("/programs/<slug>/judging/assignments")
@roles_required(Role.ORGANIZER)
def assignments(slug: str) -> str:
    """The proposal and the confirmed pairs, each with its fit and reason; hand changes; the report."""
    program = _organized(slug)
    pairs = reports.proposal(program)
    form = AddPairForm()
    _fill_pair_choices(form, program)
    return render_template(
        "judging/assignments.html",
        program=program,
        pairs=[pair for pair in pairs if pair.state != AssignmentState.REMOVED],
        removed=[pair for pair in pairs if pair.state == AssignmentState.REMOVED],
        shortfalls=reports.current_shortfalls(program),
        report=program.judging_report or {},
        form=form,
        action_form=ConfirmForm(),
    )


def _fill_pair_choices(form: AddPairForm, program) -> None:  # type: ignore[no-untyped-def]
    form.judge.choices = [SelectChoice(judge.id, judge.name) for judge in operations.program_judges(program)]
    form.application.choices = [
        SelectChoice(
            application.id, f"#{application.id} · {application.challenge.title} · {application.title}"
        )
        for application in operations.shortlisted(program)
    ]


@bp.post("/programs/<slug>/judging/propose")
@roles_required(Role.ORGANIZER)
def propose(slug: str) -> WerkzeugResponse:
    """Compute a new proposal (pairs set or taken off by hand and scored ones stay)."""
    program = _organized(slug)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    outcome = operations.propose_assignment(program, current_user)
    flash(
        gettext(
            "Proposal ready: %(assignments)d pairs for %(applications)d applications and %(judges)d judges "
            "(%(seconds)s s). Nothing is sent before you confirm.",
            assignments=outcome["assignments"],
            applications=outcome["applications"],
            judges=outcome["judges"],
            seconds=outcome["seconds"],
        ),
        "success",
    )
    return redirect(url_for("judging.assignments", slug=program.slug))


@bp.post("/programs/<slug>/judging/assignments/add")
@roles_required(Role.ORGANIZER)
def add_pair(slug: str) -> WerkzeugResponse:
    """Put one judge on one shortlisted application by hand."""
    program = _organized(slug)
    form = AddPairForm()
    _fill_pair_choices(form, program)
    if not form.validate_on_submit():
        flash(gettext("Choose a judge and a shortlisted application."), "error")
        return redirect(url_for("judging.assignments", slug=program.slug))
    judge = db.session.get(User, form.judge.data)
    application = db.session.get(Application, form.application.data)
    try:
        operations.add_pair(program, current_user, judge, application)
    except operations.JudgingError as error:
        flash(refusal(error), "error")
    else:
        flash(gettext("Judge added to the application (as proposed: confirm to tell them)."), "success")
    return redirect(url_for("judging.assignments", slug=program.slug))


def _program_assignment(program, assignment_id: int) -> Assignment:  # type: ignore[no-untyped-def]
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None or assignment.program_id != program.id:
        abort(404)
    return assignment


@bp.post("/programs/<slug>/judging/assignments/<int:assignment_id>/remove")
@roles_required(Role.ORGANIZER)
def remove_pair(slug: str, assignment_id: int) -> WerkzeugResponse:
    """Take a judge off an application (a new proposal will not put them back)."""
    program = _organized(slug)
    assignment = _program_assignment(program, assignment_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        operations.remove_pair(assignment, current_user)
    except operations.JudgingError as error:
        flash(refusal(error), "error")
    else:
        flash(gettext("Judge taken off the application."), "success")
    return redirect(url_for("judging.assignments", slug=program.slug))


@bp.post("/programs/<slug>/judging/confirm")
@roles_required(Role.ORGANIZER)
def confirm(slug: str) -> WerkzeugResponse:
    """Confirm the proposal: judges see their applications and get an e-mail."""
    program = _organized(slug)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    count = operations.confirm_assignments(program, current_user)
    flash(gettext("%(count)d pairs confirmed; each judge concerned has an e-mail.", count=count), "success")
    return redirect(url_for("judging.overview", slug=program.slug))


@bp.post("/programs/<slug>/judging/judges/<int:judge_id>/remind")
@roles_required(Role.ORGANIZER)
def remind(slug: str, judge_id: int) -> WerkzeugResponse:
    """E-mail a judge, in their language, how many applications still wait for them."""
    program = _organized(slug)
    judge = next((user for user in operations.program_judges(program) if user.id == judge_id), None)
    if judge is None:
        abort(404)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    waiting = operations.remind_judge(program, current_user, judge)
    flash(
        gettext("Reminder sent to %(name)s (%(count)d waiting).", name=judge.name, count=waiting), "success"
    )
    return redirect(url_for("judging.overview", slug=program.slug))


@bp.get("/programs/<slug>/judging/results")
@roles_required(Role.ORGANIZER)
def results(slug: str) -> str:
    """Each challenge's shortlisted applications ranked by the judges, beside their screening rank."""
    program = _organized(slug)
    from innovation.decisions.forms import BulkDecisionForm
    from innovation.decisions.operations import program_decisions

    return render_template(
        "judging/results.html",
        program=program,
        tables=reports.challenge_results(program),
        decision_form=BulkDecisionForm(),
        decisions={decision.application_id: decision for decision in program_decisions(program)},
    )


# ---- judge ----------------------------------------------------------------------------------------------


@bp.get("/judging")
@roles_required(Role.JUDGE)
def workspace() -> str:
    """The programs the user judges, with where they stand in each."""
    programs = programs_for(current_user, ProgramRoleName.JUDGE)
    return render_template(
        "judging/workspace.html",
        programs=[
            (
                program,
                operations.declaration(program, current_user),
                reports.judge_assignments(program, current_user),
            )
            for program in programs
        ],
        profile=operations.stored_judge_profile(current_user),
    )


@bp.route("/judging/profile", methods=["GET", "POST"])
@roles_required(Role.JUDGE)
def profile() -> str | WerkzeugResponse | tuple[str, int]:
    """The judge's expertise and languages (assignment matches them with the applications)."""
    stored = operations.judge_profile(current_user)
    form = JudgeProfileForm(obj=stored)
    if form.validate_on_submit():
        operations.save_judge_profile(
            current_user, form.sectors.data, form.expertise.data, form.languages.data
        )
        flash(gettext("Profile saved."), "success")
        return redirect(url_for("judging.workspace"))
    page = render_template("judging/profile.html", form=form, organizations=organizations_of(current_user))
    return (page, 422) if form.is_submitted() else page


@bp.route("/judging/<slug>/conflicts", methods=["GET", "POST"])
@roles_required(Role.JUDGE)
def conflicts(slug: str) -> str | WerkzeugResponse | tuple[str, int]:
    """Declare conflicts of interest, before seeing any application."""
    program = get_program_for(current_user, slug, ProgramRoleName.JUDGE)
    existing = operations.declaration(program, current_user)
    form = ConflictForm(obj=existing) if not request.form else ConflictForm()
    if existing is not None and not form.is_submitted():
        form.organizations.data = list(existing.organization_ids)
    choices = operations.declarable_organizations(program)
    form.organizations.choices = [
        SelectChoice(organization.id, organization.name) for organization in choices
    ]
    if form.validate_on_submit():
        removed = operations.declare_conflicts(
            program, current_user, form.organizations.data or [], form.note.data
        )
        flash(gettext("Declaration saved."), "success")
        if removed:
            flash(
                gettext("%(count)d assigned applications were taken off your list.", count=removed), "success"
            )
        return redirect(url_for("judging.program", slug=program.slug))
    page = render_template(
        "judging/conflicts.html",
        program=program,
        form=form,
        existing=existing,
        own=organizations_of(current_user),
        organizations={organization.id: organization for organization in choices},
    )
    return (page, 422) if form.is_submitted() else page


@bp.get("/judging/<slug>")
@roles_required(Role.JUDGE)
def program(slug: str) -> str | WerkzeugResponse:
    """The judge's applications in a program, with progress (after the conflict declaration)."""
    judged = get_program_for(current_user, slug, ProgramRoleName.JUDGE)
    if operations.declaration(judged, current_user) is None:
        return redirect(url_for("judging.conflicts", slug=judged.slug))
    assigned = reports.judge_assignments(judged, current_user)
    return render_template(
        "judging/program.html",
        program=judged,
        assignments=assigned,
        submitted=sum(1 for row in assigned if row.score and row.score.state == ScoreState.SUBMITTED),
        judging_open=operations.judging_open(judged),
    )


@bp.route("/judging/applications/<int:application_id>", methods=["GET", "POST"])
@roles_required(Role.JUDGE)
def score(application_id: int) -> str | WerkzeugResponse | tuple[str, int]:
    """An assigned application, read-only, beside the scoring form."""
    assignment = get_judge_assignment(current_user, application_id)
    application = assignment.application
    judged = application.challenge.program
    stored = assignment.score
    rubric = stored.rubric if stored is not None else operations.current_rubric(judged)
    criteria = list(rubric.criteria)
    form = score_form(criteria, _locale(), obj=stored)
    if stored is not None and not form.is_submitted():
        for criterion, name in form.criterion_fields:
            value = stored.values.get(str(criterion.id))
            form[name].data = str(value) if value is not None else None
    status = 200
    if form.is_submitted():
        status = 422
        if form.validate():
            submit = request.form.get("action") == "submit"
            values = form.values()
            try:
                if submit and len(values) < len(criteria):
                    operations.save_score(
                        assignment, current_user, values, form.comment_for_organizers.data,
                        form.feedback_for_startup.data, submit=False,
                    )  # fmt: skip
                    for criterion, name in form.criterion_fields:
                        if criterion.id not in values:
                            form[name].errors = [gettext("Choose a value.")]
                    raise operations.JudgingError("incomplete")
                operations.save_score(
                    assignment, current_user, values, form.comment_for_organizers.data,
                    form.feedback_for_startup.data, submit=submit,
                )  # fmt: skip
            except operations.JudgingError as error:
                flash(refusal(error), "error")
                status = 409 if error.reason != "incomplete" else 422
            else:
                flash(gettext("Score submitted.") if submit else gettext("Draft saved."), "success")
                if submit:
                    return redirect(url_for("judging.program", slug=judged.slug))
                return redirect(url_for("judging.score", application_id=application.id))
    page = render_template(
        "judging/score.html",
        assignment=assignment,
        application=application,
        program=judged,
        blind=judged.blind_judging,
        form=form,
        score=assignment.score,
        explanation=reports.screening_explanation(application),
        judging_open=operations.judging_open(judged),
        reopen_form=ConfirmForm(),
    )
    return (page, status) if status != 200 else page


@bp.post("/judging/applications/<int:application_id>/reopen")
@roles_required(Role.JUDGE)
def reopen(application_id: int) -> WerkzeugResponse:
    """Turn a submitted score back into a draft, until the judging deadline."""
    assignment = get_judge_assignment(current_user, application_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        operations.reopen_score(assignment, current_user)
    except operations.JudgingError as error:
        flash(refusal(error), "error")
    else:
        flash(gettext("The score is a draft again: change it and submit it before the deadline."), "success")
    return redirect(url_for("judging.score", application_id=application_id))


@bp.get("/judging/applications/<int:application_id>/deck")
@roles_required(Role.JUDGE)
def deck(application_id: int) -> Response:
    """The application's deck, for its assigned judge; in blind mode without its metadata, under a neutral
    name."""
    assignment = get_judge_assignment(current_user, application_id)
    application = assignment.application
    if application.deck is None:
        abort(404)
    blind = application.challenge.program.blind_judging
    name = deck_download_name(application.id, application.deck.original_name, blind)
    if not blind:
        return send_file(
            deck_path(application.deck), mimetype="application/pdf", as_attachment=True, download_name=name,
            max_age=0,
        )  # fmt: skip
    content = anonymous_deck(deck_path(application.deck))
    if content is None:
        abort(404)
    return Response(
        content,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )
