"""Challenge pages: the public board and a challenge's page; drafting, submitting, reviewing, closing."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale, gettext
from flask_login import current_user
from werkzeug.wrappers import Response

from challenges import board, operations
from challenges.forms import ChallengeForm, CloseForm, ReviewForm
from challenges.models import Challenge, ChallengeState
from challenges.operations import ChallengeActionError
from innovation.forms import ConfirmForm
from innovation.page_cache import public_page
from innovation.programs.timeline import challenge_call_open
from innovation.security import (
    Role,
    challenge_manager,
    get_challenge_for,
    get_program_challenges,
    get_program_for,
    get_readable_challenge,
    owned_challenges,
    owner_organization,
    owners_may_see_applications,
    roles_required,
)
from screening.operations import latest_run_with

bp = Blueprint("challenges", __name__)


def refusal(error: ChallengeActionError) -> str:
    """Why a challenge action was refused, for the user."""
    messages = {
        "call_closed": gettext(
            "The call for challenges of this program is closed: no challenge can be posted or submitted now."
        ),
        "not_editable": gettext("This challenge can no longer be changed."),
        "state_changed": gettext(
            "Someone changed this challenge meanwhile: look at it again before you go on."
        ),
        "program_not_running": gettext("The program is not running: it is a draft or archived."),
        "applications_closed": gettext(
            "Applications to this program are closed: a challenge can no longer be published."
        ),
    }
    return messages.get(error.reason, gettext("This cannot be done now."))


def _organizer_only(challenge: Challenge) -> None:
    if challenge_manager(current_user, challenge) != "organizer":
        abort(403)


@bp.get("/challenges")
def board_page() -> str:
    """The public board: published challenges of running programs, filtered, searched, paginated."""
    query = board.BoardQuery.from_args(request.args)
    return public_page(
        "board",
        board.board_version(),
        lambda: render_template(
            "challenges/board.html",
            query=query,
            page=board.board_page(query),
            programs=board.board_programs(),
        ),
    )


@bp.get("/challenges/<int:challenge_id>")
def show(challenge_id: int) -> str:
    """A challenge in the reader's language (the other one, with a note, when it is not written in theirs)."""
    challenge = get_readable_challenge(current_user, challenge_id)
    text, fallback = challenge.text_for(str(get_locale()))
    manager = challenge_manager(current_user, challenge)
    return render_template(
        "challenges/show.html",
        challenge=challenge,
        text=text,
        fallback=fallback,
        accepts=operations.accepts_applications(challenge),
        manager=manager,
        owner_may_edit=operations.owner_may_edit(challenge),
        owners_may_see=owners_may_see_applications(challenge.program),
        screening_run=latest_run_with(challenge) if manager else None,
        submit_form=ConfirmForm(),
    )


@bp.get("/challenges/mine")
@roles_required(Role.CHALLENGE_OWNER)
def mine() -> str:
    """The challenges of the owner's organizations, in every program."""
    return render_template("challenges/mine.html", challenges=owned_challenges(current_user))


@bp.route("/programs/<slug>/challenges/new", methods=["GET", "POST"])
@roles_required(Role.CHALLENGE_OWNER)
def new(slug: str) -> str | Response | tuple[str, int]:
    """An owner drafts a challenge for their organization, while the call for challenges is open."""
    program = get_program_for(current_user, slug)
    organization = owner_organization(current_user, program)
    form = ChallengeForm()
    if not challenge_call_open(program):
        flash(refusal(ChallengeActionError("call_closed")), "error")
        return render_template(
            "challenges/edit.html", form=form, program=program, challenge=None, closed=True
        ), 409
    if form.validate_on_submit():
        try:
            challenge = operations.create_challenge(program, organization, current_user, form.fields_data())
        except ChallengeActionError as error:
            flash(refusal(error), "error")
            return render_template("challenges/edit.html", form=form, program=program, challenge=None), 409
        flash(gettext("Draft saved. Submit it for review when it is ready."), "success")
        return redirect(url_for("challenges.show", challenge_id=challenge.id))
    return render_template("challenges/edit.html", form=form, program=program, challenge=None)


@bp.route("/challenges/<int:challenge_id>/edit", methods=["GET", "POST"])
@roles_required(Role.CHALLENGE_OWNER, Role.ORGANIZER)
def edit(challenge_id: int) -> str | Response | tuple[str, int]:
    """Change a challenge: its owner while a draft or under review, an organizer until it is closed."""
    challenge = get_challenge_for(current_user, challenge_id)
    as_organizer = challenge_manager(current_user, challenge) == "organizer"
    form = ChallengeForm()
    if request.method == "GET":
        form.fill_from(challenge)
    elif form.validate_on_submit():
        try:
            operations.update_challenge(challenge, current_user, form.fields_data(), as_organizer)
        except ChallengeActionError as error:
            flash(refusal(error), "error")
            return render_template(
                "challenges/edit.html", form=form, program=challenge.program, challenge=challenge
            ), 409
        flash(gettext("Challenge saved."), "success")
        return redirect(url_for("challenges.show", challenge_id=challenge.id))
    return render_template("challenges/edit.html", form=form, program=challenge.program, challenge=challenge)


@bp.post("/challenges/<int:challenge_id>/submit")
@roles_required(Role.CHALLENGE_OWNER, Role.ORGANIZER)
def submit(challenge_id: int) -> Response | tuple[str, int]:
    """The owner sends the draft to the organizers for review."""
    challenge = get_challenge_for(current_user, challenge_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        operations.submit_challenge(challenge, current_user)
    except ChallengeActionError as error:
        flash(refusal(error), "error")
        return redirect(url_for("challenges.show", challenge_id=challenge.id))
    flash(gettext("Submitted: the organizers will review it."), "success")
    return redirect(url_for("challenges.show", challenge_id=challenge.id))


@bp.route("/challenges/<int:challenge_id>/review", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def review(challenge_id: int) -> str | Response:
    """An organizer publishes a submitted challenge or sends it back with a comment."""
    challenge = get_challenge_for(current_user, challenge_id)
    _organizer_only(challenge)
    form = ReviewForm()
    if challenge.state == ChallengeState.SUBMITTED and form.validate_on_submit():
        try:
            if form.decision.data == "publish":
                operations.publish_challenge(challenge, current_user)
                flash(gettext("Published on the board."), "success")
            else:
                operations.send_back_challenge(challenge, current_user, form.comment.data)
                flash(gettext("Sent back to the owner with your comment."), "info")
        except ChallengeActionError as error:
            flash(refusal(error), "error")
        return redirect(url_for("challenges.program_list", slug=challenge.program.slug))
    text, _fallback = challenge.text_for(str(get_locale()))
    return render_template("challenges/review.html", challenge=challenge, text=text, form=form)


@bp.route("/challenges/<int:challenge_id>/close", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def close(challenge_id: int) -> str | Response:
    """An organizer takes a published challenge off the board, after a confirmation with the reason."""
    challenge = get_challenge_for(current_user, challenge_id)
    _organizer_only(challenge)
    form = CloseForm()
    if form.validate_on_submit():
        try:
            operations.close_challenge(challenge, current_user, form.reason.data)
            flash(gettext("The challenge is closed."), "info")
        except ChallengeActionError as error:
            flash(refusal(error), "error")
        return redirect(url_for("challenges.show", challenge_id=challenge.id))
    return render_template("challenges/close.html", challenge=challenge, form=form)


@bp.get("/programs/<slug>/challenges")
@roles_required(Role.ORGANIZER)
def program_list(slug: str) -> str:
    """An organizer's view of a program's challenges: counts by state and the review queue first."""
    program, challenges = get_program_challenges(current_user, slug)
    by_state = {state: [c for c in challenges if c.state == state] for state in ChallengeState}
    return render_template("challenges/program_list.html", program=program, by_state=by_state)
