"""Pitch-day pages: the organizers' settings and schedule with hand moves, the printable agenda, its CSV,
calendar files per pitch; and a startup's calendar file of its own pitch."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask_babel import get_locale, gettext, ngettext
from flask_login import current_user, login_required
from werkzeug.wrappers import Response as WerkzeugResponse

from innovation.dates import utc_to_local
from innovation.exports.writers import CSV_TYPE
from innovation.forms import ConfirmForm
from innovation.pitchday import calendar, operations
from innovation.pitchday.forms import MoveSlotForm, PitchDaySettingsForm
from innovation.pitchday.models import PitchDay, PitchSlot
from innovation.programs.models import Program, ProgramRoleName
from innovation.security import Role, get_own_application, get_program_for, roles_required

bp = Blueprint("pitchday", __name__)


def refusal(error: operations.PitchDayError) -> str:
    """Why a pitch-day change was refused, for the organizer."""
    messages = {
        "no_settings": gettext("Save the pitch day's settings first."),
        "no_finalists": gettext(
            "There are no finalists yet: decide the finalists on the decisions page, then place them here."
        ),
        "bad_track": gettext("Choose one of the pitch day's rooms."),
        "no_rooms": gettext("Name at least one room."),
        "nobody_told": gettext(
            "No placed finalist has been told its decision yet: publish the decisions, then place them."
        ),
        "changed_meanwhile": gettext(
            "Someone else changed the schedule at the same time. Look at it again, then repeat your change."
        ),
    }
    return messages.get(error.reason, gettext("This cannot be done now."))


def _program(slug: str) -> Program:
    return get_program_for(current_user, slug, ProgramRoleName.ORGANIZER)


def _slot(program: Program, slot_id: int) -> PitchSlot:
    slot = operations.get_slot(program, slot_id)
    if slot is None:
        abort(404)
    return slot


def _settings_form(program: Program, day: PitchDay | None, **options: object) -> PitchDaySettingsForm:
    """The settings form, filled from the saved settings (or defaults) unless a submitted form overrides."""
    if day is not None:
        return PitchDaySettingsForm(
            **options,
            starts_at=day.starts_at,
            slot_minutes=day.slot_minutes,
            break_every=day.break_every,
            break_minutes=day.break_minutes,
            rooms="\n".join(day.rooms),
            venue=day.venue,
        )
    return PitchDaySettingsForm(
        **options,
        starts_at=program.pitch_day_at,
        slot_minutes=10,
        break_every=6,
        break_minutes=15,
        rooms=gettext("Room A"),
    )


@bp.route("/programs/<slug>/pitch-day", methods=["GET", "POST"])
@roles_required(Role.ORGANIZER)
def manage(slug: str) -> str | WerkzeugResponse | tuple[str, int]:
    """The pitch day's settings and its schedule, room by room, with hand moves."""
    program = _program(slug)
    day = operations.pitch_day_of(program)
    form = _settings_form(program, day)
    if form.validate_on_submit():
        try:
            operations.save_settings(
                program,
                current_user,
                form.starts_at.data,
                form.slot_minutes.data,
                form.break_every.data,
                form.break_minutes.data,
                form.room_list,
                form.venue.data or "",
            )
        except operations.PitchDayError as error:
            flash(refusal(error), "error")
        else:
            flash(gettext("Pitch day settings saved; every time below follows them."), "success")
            return redirect(url_for("pitchday.manage", slug=slug))
    page = _manage_page(program, day, form, MoveSlotForm(formdata=None))
    return (page, 422) if form.is_submitted() else page


def _manage_page(
    program: Program, day: PitchDay | None, form: PitchDaySettingsForm, move_form: MoveSlotForm
) -> str:
    return render_template(
        "pitchday/manage.html",
        program=program,
        day=day,
        form=form,
        rooms=operations.agenda(program),
        finalists=operations.finalists(program),
        schedule_form=ConfirmForm(formdata=None),
        move_form=move_form,
    )


@bp.post("/programs/<slug>/pitch-day/schedule")
@roles_required(Role.ORGANIZER)
def schedule(slug: str) -> WerkzeugResponse:
    """Place the finalists: those placed keep their order, new ones are added, others leave."""
    program = _program(slug)
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        change = operations.schedule_finalists(program, current_user)
    except operations.PitchDayError as error:
        flash(refusal(error), "error")
    else:
        flash(
            gettext(
                "Finalists placed: %(added)d added, %(dropped)d no longer finalists removed.",
                added=len(change.added),
                dropped=len(change.dropped),
            ),
            "success",
        )
    return redirect(url_for("pitchday.manage", slug=slug))


@bp.post("/programs/<slug>/pitch-day/tell")
@roles_required(Role.ORGANIZER)
def tell(slug: str) -> WerkzeugResponse:
    """E-mail each placed finalist (told of its decision) its time, room and venue, in its language."""
    program = _program(slug)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        sent = operations.tell_finalists(program, current_user)
    except operations.PitchDayError as error:
        flash(refusal(error), "error")
    else:
        flash(
            ngettext(
                "%(num)d finalist has an e-mail with its time and room.",
                "%(num)d finalists have an e-mail with their time and room.",
                sent,
            ),
            "success",
        )
    return redirect(url_for("pitchday.manage", slug=slug))


@bp.post("/programs/<slug>/pitch-day/slots/<int:slot_id>/move")
@roles_required(Role.ORGANIZER)
def move(slug: str, slot_id: int) -> WerkzeugResponse | tuple[str, int]:
    """Move one pitch up, down, or to another room."""
    program = _program(slug)
    slot = _slot(program, slot_id)
    form = MoveSlotForm()
    if not form.validate_on_submit():
        day = operations.pitch_day_of(program)
        return _manage_page(program, day, _settings_form(program, day, formdata=None), form), 422
    try:
        operations.move_slot(program, slot, form.direction.data, current_user, form.track.data)
    except operations.PitchDayError as error:
        flash(refusal(error), "error")
    return redirect(url_for("pitchday.manage", slug=slug, _anchor=f"slot-{slot.id}"))


@bp.get("/programs/<slug>/pitch-day/agenda")
@roles_required(Role.ORGANIZER)
def agenda(slug: str) -> str:
    """The printable agenda: every room's pitches and breaks with their times."""
    program = _program(slug)
    return render_template(
        "pitchday/agenda.html",
        program=program,
        day=operations.pitch_day_of(program),
        rooms=operations.agenda(program),
    )


@bp.get("/programs/<slug>/pitch-day/agenda.csv")
@roles_required(Role.ORGANIZER)
def agenda_csv(slug: str) -> Response:
    """The agenda as CSV (a line per pitch or break)."""
    program = _program(slug)
    body = calendar.agenda_csv(operations.agenda(program), str(get_locale() or "en"))
    return Response(
        body,
        mimetype=CSV_TYPE,
        headers={"Content-Disposition": f'attachment; filename="pitch-day-{program.slug}.csv"'},
    )


def _ics(program: Program, slot: PitchSlot) -> Response:
    pitch = operations.pitch_in(program, slot)
    if pitch is None:
        abort(404)
    day = utc_to_local(pitch.starts_at).strftime("%Y%m%d-%H%M")
    return Response(
        calendar.pitch_calendar(program, pitch),
        mimetype=calendar.ICS_TYPE,
        headers={"Content-Disposition": f'attachment; filename="pitch-{day}-{slot.application_id}.ics"'},
    )


@bp.get("/programs/<slug>/pitch-day/slots/<int:slot_id>.ics")
@roles_required(Role.ORGANIZER)
def slot_ics(slug: str, slot_id: int) -> Response:
    """One pitch's calendar file, for the organizers."""
    program = _program(slug)
    return _ics(program, _slot(program, slot_id))


@bp.get("/applications/<int:application_id>/pitch.ics")
@login_required
def own_ics(application_id: int) -> Response:
    """The calendar file of a startup's own pitch, once it was told it pitches; anyone outside that
    startup gets 404."""
    application = get_own_application(current_user, application_id)
    pitch = operations.told_pitch_of(application)
    if pitch is None:
        abort(404)
    program = application.challenge.program
    return _ics(program, pitch.slot)
