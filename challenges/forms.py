"""Forms of the challenge side: the startup profile, a challenge, its review and its closing."""

from __future__ import annotations

import re
from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    FormField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from challenges.models import Challenge, Sector, StartupStage
from challenges.operations import ChallengeFields, ChallengeTextFields
from innovation.auth.forms import strip
from innovation.countries import country_choices
from innovation.forms import CheckboxListField, Form
from innovation.labels import sector_label, stage_label

SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def with_web_scheme(value: str | None) -> str | None:
    """Strip the address and put `https://` before one typed without a scheme ("circulr.fi").

    What stays garbage after that ("not a url", "https://x") is still refused by the URL validator.
    """
    if not isinstance(value, str):
        return value
    value = value.strip()
    if not value or SCHEME.match(value):
        return value
    return "https://" + value.removeprefix("//")


class ChallengeTextForm(Form):
    """A challenge's words in one language (a tab of the challenge form)."""

    class Meta:
        csrf = False  # part of ChallengeForm, which carries the token

    title = StringField(_l("Title"), validators=[Length(max=300)], filters=[strip])
    statement = TextAreaField(
        _l("Problem statement"),
        validators=[Length(max=8000)],
        filters=[strip],
        description=_l("The problem, who has it and why it matters; applications are ranked against this."),
    )
    context = TextAreaField(
        _l("Context"),
        validators=[Length(max=5000)],
        filters=[strip],
        description=_l("What exists today, what was tried, constraints."),
    )
    outcomes = TextAreaField(
        _l("Expected outcomes"),
        validators=[Length(max=3000)],
        filters=[strip],
        description=_l("What a successful pilot shows, with numbers where you can."),
    )
    offer = TextAreaField(
        _l("What you offer"),
        validators=[Length(max=3000)],
        filters=[strip],
        description=_l("Pilot site, data, budget, mentoring: the details."),
    )

    @property
    def filled(self) -> bool:
        """Whether anything was typed in this language."""
        return any(field.data for field in self)


def _sector_choices() -> list[SelectChoice]:
    return [SelectChoice(sector.value, sector_label(sector)) for sector in Sector]


def _stage_choices() -> list[SelectChoice]:
    return [SelectChoice(stage.value, stage_label(stage)) for stage in StartupStage]


def _trl_choices() -> list[SelectChoice]:
    return [SelectChoice(0, _l("Any"))] + [SelectChoice(level, str(level)) for level in range(1, 10)]


class ChallengeForm(Form):
    """A challenge: its text in Vietnamese, English or both, what the owner offers, and whom it accepts."""

    vi = FormField(ChallengeTextForm, label="Tiếng Việt")
    en = FormField(ChallengeTextForm, label="English")
    sectors = CheckboxListField(
        _l("Sectors"),
        choices=_sector_choices,
        validators=[DataRequired(message=_l("Choose at least one sector."))],
    )
    pilot_site = BooleanField(_l("A pilot site"))
    data_access = BooleanField(_l("Access to data"))
    mentoring = BooleanField(_l("Mentoring by our experts"))
    budget_min_vnd = IntegerField(
        _l("Budget from (VND)"), validators=[Optional(), NumberRange(min=0, max=10**15)]
    )
    budget_max_vnd = IntegerField(
        _l("Budget up to (VND)"), validators=[Optional(), NumberRange(min=0, max=10**15)]
    )
    eligible_stages = CheckboxListField(
        _l("Startup stages accepted"),
        choices=_stage_choices,
        description=_l("None ticked: every stage."),
    )
    min_trl = SelectField(
        _l("Minimum technology readiness level (TRL)"), choices=_trl_choices, coerce=int, default=0
    )
    eligible_countries = SelectMultipleField(
        _l("Countries accepted"),
        choices=country_choices,
        description=_l("None chosen: every country. Hold Ctrl (⌘ on a Mac) to choose several."),
    )
    legal_entity_required = BooleanField(_l("Applicants must be a registered legal entity"))
    max_applications_per_startup = IntegerField(
        _l("Most applications a startup may have in the program to apply here"),
        validators=[Optional(), NumberRange(min=1, max=50)],
        description=_l("Leave empty for no limit."),
    )
    languages = CheckboxListField(
        _l("Languages applications may be written in"),
        choices=[SelectChoice("vi", "Tiếng Việt"), SelectChoice("en", "English")],
        default=["vi", "en"],
        validators=[DataRequired(message=_l("Accept at least one language."))],
    )
    shortlist_size = IntegerField(
        _l("Shortlist size"), default=10, validators=[InputRequired(), NumberRange(min=1, max=200)]
    )
    submit = SubmitField(_l("Save the draft"))

    def validate(self, extra_validators: Any = None) -> bool:
        """At least one language complete; a language begun must be finished; budget range in order."""
        valid = super().validate(extra_validators)
        written = [text for text in (self.vi, self.en) if text.form.filled]
        if not written:
            self.vi.form.title.errors.append(
                _l("Write the title and problem statement in at least one language.")
            )
            valid = False
        for text in written:
            for field in (text.form.title, text.form.statement):
                if not field.data:
                    field.errors.append(_l("Needed in every language you write in."))
                    valid = False
        low, high = self.budget_min_vnd.data, self.budget_max_vnd.data
        if low is not None and high is not None and low > high:
            self.budget_max_vnd.errors.append(_l("The upper end is below the lower end."))
            valid = False
        return valid

    def fields_data(self) -> ChallengeFields:
        """What the form holds, for the operations."""
        texts = {
            lang: ChallengeTextFields(
                **{name: field.data or "" for name, field in subform.form._fields.items()}
            )
            for lang, subform in (("vi", self.vi), ("en", self.en))
            if subform.form.filled
        }
        return ChallengeFields(
            texts=texts,
            sectors=list(self.sectors.data or []),
            pilot_site=self.pilot_site.data,
            data_access=self.data_access.data,
            mentoring=self.mentoring.data,
            budget_min_vnd=self.budget_min_vnd.data,
            budget_max_vnd=self.budget_max_vnd.data,
            eligible_stages=list(self.eligible_stages.data or []),
            min_trl=self.min_trl.data or None,
            eligible_countries=list(self.eligible_countries.data or []),
            legal_entity_required=self.legal_entity_required.data,
            max_applications_per_startup=self.max_applications_per_startup.data,
            languages=list(self.languages.data or []),
            shortlist_size=self.shortlist_size.data,
        )

    def fill_from(self, challenge: Challenge) -> None:
        """Show a stored challenge in the form (on GET)."""
        for lang, subform in (("vi", self.vi), ("en", self.en)):
            text = challenge.text(lang)
            if text is not None:
                for name in ("title", "statement", "context", "outcomes", "offer"):
                    getattr(subform.form, name).data = getattr(text, name)
        self.sectors.data = [sector.value for sector in challenge.sectors]
        for name in (
            "pilot_site",
            "data_access",
            "mentoring",
            "budget_min_vnd",
            "budget_max_vnd",
            "eligible_stages",
            "eligible_countries",
            "legal_entity_required",
            "max_applications_per_startup",
            "languages",
            "shortlist_size",
        ):
            getattr(self, name).data = getattr(challenge, name)
        self.min_trl.data = challenge.min_trl or 0


class ReviewForm(Form):
    """An organizer publishes a submitted challenge or sends it back with a comment."""

    decision = RadioField(
        _l("Decision"),
        choices=[
            SelectChoice("publish", _l("Publish it on the board")),
            SelectChoice("send_back", _l("Send it back to the owner")),
        ],
        validators=[DataRequired()],
    )
    comment = TextAreaField(
        _l("Comment for the owner"),
        validators=[Length(max=3000)],
        filters=[strip],
        description=_l("Needed when you send it back: say what to change."),
    )
    submit = SubmitField(_l("Record the decision"))

    def validate(self, extra_validators: Any = None) -> bool:
        """Sending back needs a comment the owner can act on."""
        valid = super().validate(extra_validators)
        if self.decision.data == "send_back" and not self.comment.data:
            self.comment.errors.append(_l("Tell the owner what to change."))
            return False
        return valid


class CloseForm(Form):
    """An organizer closes a published challenge, with the reason."""

    reason = TextAreaField(_l("Reason"), validators=[DataRequired(), Length(max=1000)], filters=[strip])
    submit = SubmitField(_l("Close the challenge"))
