"""Screening forms: the shortlist, an eligibility override, a duplicate review."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, RadioField, SelectChoice, SelectMultipleField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from innovation.auth.forms import strip
from innovation.forms import Form


class ShortlistForm(Form):
    """The applications the organizer shortlists for a challenge, and why."""

    applications = SelectMultipleField(_l("Shortlisted"), coerce=int, validate_choice=False)
    shown = SelectMultipleField(coerce=int, validate_choice=False)
    reason = TextAreaField(
        _l("Reason"),
        validators=[DataRequired(), Length(max=1000)],
        filters=[strip],
        description=_l(
            "Recorded in the audit log, e.g. “Top 8 of the pre-screen, ineligible ones left out”."
        ),
    )
    submit = SubmitField(_l("Save the shortlist"))


class OverrideForm(Form):
    """An organizer sets aside one eligibility flag, with the reason."""

    rule = HiddenField(validators=[DataRequired()])
    reason = TextAreaField(
        _l("Why the flag does not hold"), validators=[DataRequired(), Length(max=1000)], filters=[strip]
    )
    submit = SubmitField(_l("Set the flag aside"))


class DuplicateReviewForm(Form):
    """An organizer confirms or dismisses a cluster of near-duplicates."""

    decision = RadioField(
        _l("Decision"),
        choices=[
            SelectChoice("confirm", _l("The same submission: confirm")),
            SelectChoice("dismiss", _l("Different work: dismiss")),
        ],
        validators=[DataRequired()],
    )
    reason = TextAreaField(_l("Reason"), validators=[Length(max=1000)], filters=[strip])
    submit = SubmitField(_l("Record"))
