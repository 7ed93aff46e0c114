"""Screening pages: start a run, watch it, read each challenge's ranked list, shortlist, review flags."""

from __future__ import annotations

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user
from werkzeug.wrappers import Response

from innovation.forms import ConfirmForm
from innovation.labels import run_stage_label
from innovation.programs.models import ProgramRoleName
from innovation.programs.timeline import applications_open
from innovation.security import (
    Role,
    get_program_for,
    get_result_for,
    get_run_challenge_for,
    get_run_for,
    get_visible_run,
    organizes,
    owned_run_challenges,
    roles_required,
)
from screening import operations, results
from screening.forms import DuplicateReviewForm, OverrideForm, ShortlistForm
from screening.models import RunState

bp = Blueprint("screening", __name__)


def refusal(error: operations.ScreeningError) -> str:
    """Why a screening action was refused, for the user."""
    messages = {
        "busy": gettext("A run of this program is queued or running already: wait for it to finish."),
        "queue_down": gettext(
            "The queue is not reachable right now. Nothing was lost: start the run again in a few minutes."
        ),
        "not_in_run": gettext("Only applicants of this challenge in this run can be shortlisted."),
        "no_such_flag": gettext("This application has no such flag."),
        "already_overridden": gettext("This flag was set aside already."),
    }
    return messages.get(error.reason, gettext("This cannot be done now."))


@bp.route("/programs/<slug>/screening", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def program_runs(slug: str) -> str | Response:
    """The program's runs, newest first, and the button that starts one."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            run = operations.start_screening_run(program, current_user)
        except operations.ScreeningError as error:
            flash(refusal(error), "error")
            return redirect(url_for("screening.program_runs", slug=program.slug))
        return redirect(url_for("screening.run_page", run_id=run.id))
    return render_template(
        "screening/runs.html",
        program=program,
        runs=operations.program_runs(program),
        form=form,
        window_open=applications_open(program),
    )


@bp.get("/screening/runs/<int:run_id>")
@roles_required(Role.ORGANIZER, Role.CHALLENGE_OWNER)
def run_page(run_id: int) -> str:
    """A run: its progress while it works (polled), then its figures and its challenges."""
    run = get_visible_run(current_user, run_id)
    return render_template(
        "screening/run.html",
        run=run,
        challenges=owned_run_challenges(current_user, run) if run.state == RunState.DONE else [],
        organizer=organizes(current_user, run.program),
    )


@bp.get("/screening/runs/<int:run_id>/status.json")
@roles_required(Role.ORGANIZER, Role.CHALLENGE_OWNER)
def run_status(run_id: int) -> Response:
    """The run's state, stage and percent, for the progress bar."""
    run = get_visible_run(current_user, run_id)
    return jsonify(
        {
            "state": run.state.value,
            "stage": run.stage,
            "stage_label": run_stage_label(run.stage),
            "percent": run.percent,
            "error": run.error,
            "counts": run.counts,
            "seconds": run.seconds,
        }
    )


@bp.route("/screening/runs/<int:run_id>/challenges/<int:challenge_id>", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER, Role.CHALLENGE_OWNER)
def ranked(run_id: int, challenge_id: int) -> str | Response:
    """A challenge's applicants ranked, with reasons and flags; organizers shortlist from here."""
    run, challenge, manager = get_run_challenge_for(current_user, run_id, challenge_id)
    if run.state != RunState.DONE:
        abort(404)
    form = ShortlistForm()
    if request.method == "POST":
        if manager != "organizer":
            abort(403)
        if form.validate_on_submit():
            try:
                changed = operations.shortlist(
                    run,
                    challenge,
                    set(form.shown.data or []),
                    set(form.applications.data or []),
                    current_user,
                    form.reason.data,
                )
            except operations.ScreeningError as error:
                flash(refusal(error), "error")
            else:
                flash(gettext("Shortlist saved: %(added)d added, %(removed)d removed.", **changed), "success")
                return redirect(url_for("screening.ranked", run_id=run.id, challenge_id=challenge.id))
    query = results.RankedQuery.from_args(request.args)
    earlier = operations.previous_run(run)
    k = challenge.shortlist_size
    entered, left = operations.top_changes(run, earlier, challenge, k) if earlier else (set(), set())
    return render_template(
        "screening/ranked.html",
        run=run,
        challenge=challenge,
        manager=manager,
        page=results.ranked_page(run, challenge, query),
        query=query,
        form=form,
        override_form=OverrideForm(),
        shortlisted=results.shortlisted_ids(run, challenge),
        k=k,
        earlier=earlier,
        entered=entered,
        left=left,
    )


@bp.post("/screening/results/<int:result_id>/override")
@roles_required(Role.ORGANIZER)
def override(result_id: int) -> Response:
    """Set aside an eligibility flag of an application, with the reason."""
    result = get_result_for(current_user, result_id)
    form = OverrideForm()
    if not form.validate_on_submit():
        flash(gettext("Say why the flag does not hold."), "error")
    else:
        try:
            operations.override_eligibility(result, form.rule.data, current_user, form.reason.data)
            flash(gettext("The flag is set aside; the reason is recorded."), "success")
        except operations.ScreeningError as error:
            flash(refusal(error), "error")
    return redirect(url_for("screening.ranked", run_id=result.run_id, challenge_id=result.challenge_id))


@bp.route("/screening/runs/<int:run_id>/duplicates", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def duplicates(run_id: int) -> str | Response:
    """Each cluster of near-duplicates side by side, the differing passages marked; confirm or dismiss."""
    run = get_run_for(current_user, run_id)
    form = DuplicateReviewForm()
    if form.validate_on_submit():
        cluster = request.form.get("cluster", "")
        if not cluster.isdigit() or len(cluster) > 9:
            abort(400)
        operations.review_duplicates(
            run, int(cluster), form.decision.data == "confirm", current_user, form.reason.data or ""
        )
        flash(gettext("Decision recorded."), "success")
        return redirect(url_for("screening.duplicates", run_id=run.id))
    return render_template(
        "screening/duplicates.html",
        run=run,
        clusters=results.duplicate_clusters(run),
        form=form,
        marked_cluster=results.marked_cluster,
    )


@bp.get("/screening/runs/<int:run_id>/routing")
@roles_required(Role.ORGANIZER)
def routing(run_id: int) -> str:
    """Applications that fit another challenge much better than the one they applied to."""
    run = get_run_for(current_user, run_id)
    return render_template("screening/routing.html", run=run, misrouted=results.misrouted(run))
