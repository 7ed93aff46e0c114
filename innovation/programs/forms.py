"""Program forms: a program's names, descriptions and timeline; a site admin's new program."""

from __future__ import annotations

import re
from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

from innovation.auth.forms import strip
from innovation.auth.models import normalize_email
from innovation.forms import Form, LocalDateTimeField
from innovation.programs.timeline import TIMELINE_DATES

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def lower(value: str | None) -> str | None:
    """WTForms filter: slugs are lower case."""
    return value.strip().lower() if isinstance(value, str) else value


class ProgramForm(Form):
    """Names and descriptions in Vietnamese and English, the slug, and the timeline in local time."""

    name = StringField(_l("Name (Vietnamese)"), validators=[DataRequired(), Length(max=200)], filters=[strip])
    name_en = StringField(_l("Name (English)"), validators=[Optional(), Length(max=200)], filters=[strip])
    slug = StringField(
        _l("Short name in addresses"),
        validators=[
            DataRequired(),
            Length(max=120),
            Regexp(SLUG, message=_l("Use lower-case letters, digits and hyphens, e.g. oid-2026.")),
        ],
        filters=[lower],
        description=_l("Appears in the program's web addresses, e.g. open-innovation-day-2026."),
    )
    description = TextAreaField(
        _l("Description (Vietnamese)"), validators=[Length(max=5000)], filters=[strip]
    )
    description_en = TextAreaField(
        _l("Description (English)"), validators=[Length(max=5000)], filters=[strip]
    )
    challenges_open_at = LocalDateTimeField(_l("Call for challenges opens"), validators=[Optional()])
    challenges_close_at = LocalDateTimeField(_l("Call for challenges closes"), validators=[Optional()])
    applications_open_at = LocalDateTimeField(_l("Applications open"), validators=[Optional()])
    applications_close_at = LocalDateTimeField(_l("Application deadline"), validators=[Optional()])
    judging_open_at = LocalDateTimeField(_l("Screening ends, judging starts"), validators=[Optional()])
    judging_close_at = LocalDateTimeField(_l("Judging ends"), validators=[Optional()])
    shortlist_at = LocalDateTimeField(_l("Shortlist published"), validators=[Optional()])
    pitch_day_at = LocalDateTimeField(_l("Pitch day"), validators=[Optional()])
    submit = SubmitField(_l("Save"))

    def timeline(self) -> dict[str, Any]:
        """The dates as typed (aware UTC, or None when left empty)."""
        return {name: getattr(self, name).data for name in TIMELINE_DATES}

    def validate(self, extra_validators: Any = None) -> bool:
        """The dates must follow each other in the timeline's order."""
        valid = super().validate(extra_validators)
        previous = None
        for name in TIMELINE_DATES:
            field = getattr(self, name)
            if field.data is None or field.errors:
                continue
            if previous is not None and field.data < previous.data:
                field.errors.append(
                    _l("This date comes before “%(previous)s”.", previous=previous.label.text)
                )
                valid = False
            previous = field
        return valid


def split_emails(value: str | None) -> list[str]:
    """E-mail addresses typed one per line, or separated by commas or spaces."""
    return [normalize_email(part) for part in re.split(r"[\s,;]+", value or "") if part.strip()]


class NewProgramForm(ProgramForm):
    """A site admin creates a program and names its first organizers."""

    organizers = TextAreaField(
        _l("Organizers' e-mail addresses"),
        validators=[DataRequired()],
        description=_l("One per line. People without an account get an invitation."),
    )
    submit = SubmitField(_l("Create the program"))

    def validate_organizers(self, field: TextAreaField) -> None:
        """Every address must look like one."""
        from wtforms.validators import ValidationError

        wrong = [email for email in split_emails(field.data) if not EMAIL.match(email)]
        if wrong:
            raise ValidationError(_l("Not an e-mail address: %(addresses)s", addresses=", ".join(wrong)))
        if len(split_emails(field.data)) > 20:
            raise ValidationError(_l("Name at most 20 organizers at once."))
