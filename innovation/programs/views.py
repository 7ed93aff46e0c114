"""Program pages: the list, a program's page with its timeline, creating, editing and advancing it."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from innovation.auth.views import ui_locale
from innovation.forms import ConfirmForm
from innovation.invitations.operations import appoint_organizers
from innovation.programs import operations, timeline
from innovation.programs.forms import NewProgramForm, ProgramForm, split_emails
from innovation.programs.models import ProgramRoleName, ProgramState
from innovation.security import Role, get_program_for, organizes, programs_for, roles_required

bp = Blueprint("programs", __name__)


def refusal(error: operations.ProgramActionError) -> str:
    """Why a program action was refused, for the user."""
    messages = {
        "archived": gettext("This program is archived: nothing in it can change."),
        "state_changed": gettext("The program moved on meanwhile: look at its timeline again."),
        "last_state": gettext("The program is at the end of its timeline."),
    }
    return messages.get(error.reason, gettext("This cannot be done now."))


def program_fields(form: ProgramForm) -> operations.ProgramFields:
    """What the program form holds, for the operations."""
    return operations.ProgramFields(
        name=form.name.data,
        slug=form.slug.data,
        name_en=form.name_en.data or "",
        description=form.description.data or "",
        description_en=form.description_en.data or "",
        timeline=form.timeline(),
    )


@bp.get("/")
@login_required
def index() -> str:
    """Every program the signed-in user holds a role in."""
    organizing = {program.id for program in programs_for(current_user, ProgramRoleName.ORGANIZER)}
    return render_template("programs/index.html", programs=programs_for(current_user), organizing=organizing)


@bp.route("/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def new() -> str | Response:
    """A site admin creates a program and names its first organizers."""
    form = NewProgramForm()
    if form.validate_on_submit():
        if operations.slug_taken(form.slug.data):
            form.slug.errors.append(gettext("Another program uses this short name."))
        else:
            program = operations.start_program(program_fields(form), current_user)
            granted, invited = appoint_organizers(
                program, current_user, split_emails(form.organizers.data), ui_locale()
            )
            flash(
                gettext(
                    "Program created: %(granted)d organizer(s) added, %(invited)d invited.",
                    granted=granted,
                    invited=invited,
                ),
                "success",
            )
            return redirect(url_for("programs.show", slug=program.slug))
    return render_template("programs/edit.html", form=form, program=None)


@bp.get("/<slug>")
@login_required
def show(slug: str) -> str:
    """The program's page: its timeline as a picture and, for organizers, what to do now."""
    program = get_program_for(current_user, slug)
    return render_template(
        "programs/show.html",
        program=program,
        steps=timeline.steps(program),
        state=timeline.effective_state(program),
        next_state=timeline.next_state(timeline.effective_state(program)),
        organizer=organizes(current_user, program),
        stats=operations.program_stats(program),
        call_open=timeline.challenge_call_open(program),
        applications_open=timeline.applications_open(program),
    )


@bp.route("/<slug>/edit", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def edit(slug: str) -> str | Response:
    """An organizer changes the program's names, descriptions and timeline."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    form = ProgramForm(obj=program)
    if form.validate_on_submit():
        if operations.slug_taken(form.slug.data, program):
            form.slug.errors.append(gettext("Another program uses this short name."))
        else:
            try:
                operations.update_program(program, current_user, program_fields(form))
            except operations.ProgramActionError as error:
                flash(refusal(error), "error")
            else:
                flash(gettext("Program saved."), "success")
                return redirect(url_for("programs.show", slug=program.slug))
    return render_template("programs/edit.html", form=form, program=program)


@bp.route("/<slug>/advance", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def advance(slug: str) -> str | Response:
    """Move the program to its next state ahead of its dates, after a confirmation page."""
    program = get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)
    current = timeline.effective_state(program)
    form = ConfirmForm()
    if form.validate_on_submit():
        seen = request.form.get("from", "")
        try:
            if seen not in {state.value for state in ProgramState}:
                raise operations.ProgramActionError("state_changed")
            operations.advance_program(program, current_user, ProgramState(seen))
        except operations.ProgramActionError as error:
            flash(refusal(error), "error")
        else:
            flash(gettext("The program moved to the next step."), "success")
        return redirect(url_for("programs.show", slug=program.slug))
    return render_template(
        "programs/advance.html",
        program=program,
        form=form,
        current=current,
        target=timeline.next_state(current),
    )
