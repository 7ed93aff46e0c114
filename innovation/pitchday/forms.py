"""Pitch-day forms: the day's settings, and moving one pitch."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from innovation.auth.forms import strip
from innovation.forms import Form, LocalDateTimeField
from innovation.pitchday import operations
from innovation.pitchday.schedule import parse_rooms


class PitchDaySettingsForm(Form):
    """When the day starts, how long a pitch and a break are, how often a break comes, the rooms."""

    starts_at = LocalDateTimeField(
        _l("First pitch starts at"),
        validators=[DataRequired(message=_l("Give the date and time of the first pitch."))],
        description=_l("In Asia/Ho_Chi_Minh time. Every room starts at this time."),
    )
    slot_minutes = IntegerField(
        _l("Minutes per pitch"),
        validators=[InputRequired(), NumberRange(*operations.SLOT_MINUTES)],
        description=_l("Pitch and questions together."),
    )
    break_every = IntegerField(
        _l("Pitches between breaks"),
        validators=[InputRequired(), NumberRange(*operations.BREAK_EVERY)],
        description=_l("0 for no breaks."),
    )
    break_minutes = IntegerField(
        _l("Minutes per break"), validators=[InputRequired(), NumberRange(*operations.BREAK_MINUTES)]
    )
    rooms = TextAreaField(
        _l("Rooms"),
        validators=[DataRequired(message=_l("Name at least one room."))],
        description=_l(
            "One room per line. Each room holds one track; a challenge's finalists pitch in the same room."
        ),
    )
    venue = StringField(
        _l("Venue"),
        validators=[Optional(), Length(max=operations.MAX_VENUE)],
        filters=[strip],
        description=_l("The building and address, for the calendar files."),
    )

    def validate_rooms(self, field: TextAreaField) -> None:
        rooms = parse_rooms(field.data or "")
        if not rooms:
            raise ValidationError(_l("Name at least one room."))
        if len(rooms) > operations.MAX_ROOMS:
            raise ValidationError(_l("At most %(count)d rooms.", count=operations.MAX_ROOMS))
        if any(len(name) > operations.MAX_ROOM_NAME for name in rooms):
            raise ValidationError(
                _l("A room's name can have at most %(count)d characters.", count=operations.MAX_ROOM_NAME)
            )

    @property
    def room_list(self) -> list[str]:
        return parse_rooms(self.rooms.data or "")


class MoveSlotForm(Form):
    """Move one pitch up, down, or to the end of another room."""

    direction = SelectField(
        _l("Move"),
        choices=[
            SelectChoice("up", _l("Up")),
            SelectChoice("down", _l("Down")),
            SelectChoice("track", _l("To another room")),
        ],
        validators=[DataRequired()],
    )
    track = IntegerField(
        _l("Room"), validators=[Optional(), NumberRange(min=0, max=operations.MAX_ROOMS - 1)]
    )

    def validate(self, extra_validators: dict[str, Any] | None = None) -> bool:
        valid = super().validate(extra_validators)
        if self.direction.data == "track" and self.track.data is None and not self.track.errors:
            self.track.errors = [*self.track.errors, _l("Choose a room.")]
            return False
        return valid
