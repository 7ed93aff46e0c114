"""Decision forms: one application's decision, a bulk decision (previewed before it applies)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectChoice, SelectField, SelectMultipleField, TextAreaField
from wtforms.validators import DataRequired, Length

from innovation.auth.forms import strip
from innovation.decisions.models import Outcome
from innovation.decisions.operations import MAX_REASON
from innovation.forms import Form
from innovation.labels import outcome_label


def _outcome_choices() -> list[SelectChoice]:
    return [SelectChoice(outcome.value, outcome_label(outcome)) for outcome in Outcome]


class DecisionForm(Form):
    """One decision: the outcome and why (the applicant reads the reason)."""

    outcome = SelectField(_l("Decision"), choices=_outcome_choices, validators=[DataRequired()])
    reason = TextAreaField(
        _l("Reason"),
        validators=[
            DataRequired(message=_l("Say why: the applicant reads it, and the city may ask.")),
            Length(max=MAX_REASON),
        ],
        filters=[strip],
        description=_l("The applicant reads this reason with the decision."),
    )


class BulkDecisionForm(DecisionForm):
    """The same decision for several applications; `step` is "preview" first, then "apply"."""

    applications = SelectMultipleField(
        _l("Applications"),
        coerce=int,
        validate_choice=False,
        validators=[DataRequired(message=_l("Tick at least one application."))],
    )
    step = HiddenField(default="preview")
