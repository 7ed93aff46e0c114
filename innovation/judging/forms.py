"""Judging forms: the program's judging settings, its rubric, a judge's profile and conflicts, a score,
and the organizer's hand changes to an assignment."""

from __future__ import annotations

import math
from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    FieldList,
    FloatField,
    FormField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from innovation.auth.forms import strip
from innovation.forms import CheckboxListField, Form
from innovation.judging.models import Criterion
from innovation.judging.operations import CriterionFields
from innovation.labels import LANGUAGE_LABELS, sector_choices

MAX_CRITERIA = 12
BLANK_ROWS = 2  # empty rows offered under the rubric's criteria, to add one


class JudgingSettingsForm(Form):
    """How a program judges: blind or not, whether owners may judge, reviews per application, load."""

    blind_judging = BooleanField(
        _l("Blind judging: hide the startup's name, team, website, video and deck file name from judges")
    )
    owners_may_judge = BooleanField(
        _l("Judges from a challenge owner's organization may judge that owner's challenges")
    )
    reviews_per_application = IntegerField(
        _l("Judges per application"),
        validators=[InputRequired(), NumberRange(min=1, max=10)],
        default=3,
    )
    judge_load_limit = IntegerField(
        _l("Most applications per judge"),
        validators=[Optional(), NumberRange(min=1, max=1000)],
        description=_l("Leave empty for the even share, rounded up."),
    )


def _finite(form: Form, field: FloatField) -> None:
    """ "nan" reads as a float and passes every range check: refuse it by name."""
    if field.data is not None and not math.isfinite(field.data):
        raise ValidationError(_l("Number must be between %(min)s and %(max)s.", min=0.01, max=100))


class CriterionForm(Form):
    """One row of the rubric."""

    class Meta:
        csrf = False  # part of RubricForm, which carries the token

    name_vi = StringField(_l("Name (Vietnamese)"), validators=[Length(max=200)], filters=[strip])
    name_en = StringField(_l("Name (English)"), validators=[Length(max=200)], filters=[strip])
    guidance_vi = TextAreaField(_l("Guidance (Vietnamese)"), validators=[Length(max=2000)], filters=[strip])
    guidance_en = TextAreaField(_l("Guidance (English)"), validators=[Length(max=2000)], filters=[strip])
    weight = FloatField(_l("Weight"), validators=[Optional(), _finite, NumberRange(min=0.01, max=100)])
    scale = IntegerField(_l("Scale (1 to …)"), validators=[Optional(), NumberRange(min=2, max=10)])

    def is_blank(self) -> bool:
        return not (self.name_vi.data or self.name_en.data or self.guidance_vi.data or self.guidance_en.data)


class RubricForm(Form):
    """The rubric's criteria; an empty row is left out, a row with words needs both names."""

    criteria = FieldList(FormField(CriterionForm), min_entries=1, max_entries=MAX_CRITERIA + BLANK_ROWS)

    def validate_criteria(self, field: FieldList) -> None:
        filled = [row.form for row in field if not row.form.is_blank()]
        if not filled:
            raise ValidationError(_l("A rubric needs at least one criterion."))
        if len(filled) > MAX_CRITERIA:
            raise ValidationError(_l("A rubric has at most %(count)d criteria.", count=MAX_CRITERIA))
        for row in filled:
            if not row.name_vi.data or not row.name_en.data:
                raise ValidationError(_l("Every criterion needs its name in both languages."))

    def fill(self, criteria: list[Criterion]) -> None:
        """Show the rubric's criteria, and blank rows to add more."""
        while len(self.criteria):
            self.criteria.pop_entry()
        for criterion in criteria:
            self.criteria.append_entry(
                {
                    "name_vi": criterion.name_vi,
                    "name_en": criterion.name_en,
                    "guidance_vi": criterion.guidance_vi,
                    "guidance_en": criterion.guidance_en,
                    "weight": criterion.weight,
                    "scale": criterion.scale,
                }
            )
        for _ in range(min(BLANK_ROWS, MAX_CRITERIA - len(criteria))):
            self.criteria.append_entry()

    def to_fields(self) -> list[CriterionFields]:
        return [
            CriterionFields(
                name_vi=row.form.name_vi.data,
                name_en=row.form.name_en.data,
                guidance_vi=row.form.guidance_vi.data or "",
                guidance_en=row.form.guidance_en.data or "",
                weight=float(row.form.weight.data or 1.0),
                scale=int(row.form.scale.data or 5),
            )
            for row in self.criteria
            if not row.form.is_blank()
        ]


def _language_choices() -> list[SelectChoice]:
    return [SelectChoice(code, label) for code, label in LANGUAGE_LABELS.items()]


def _sector_choices() -> list[SelectChoice]:
    return [SelectChoice(code, label) for code, label in sector_choices()]


class JudgeProfileForm(Form):
    """What a judge knows and reads; assignment matches it against the applications."""

    sectors = CheckboxListField(_l("Sectors you know well"), choices=_sector_choices)
    expertise = TextAreaField(
        _l("Your expertise"),
        validators=[Length(max=2000)],
        filters=[strip],
        description=_l(
            "A few lines on what you built, ran or invested in; it is matched with the applications' words."
        ),
    )
    languages = CheckboxListField(
        _l("Languages you read applications in"),
        choices=_language_choices,
        validators=[DataRequired(message=_l("Choose at least one language."))],
    )


class ConflictForm(Form):
    """A judge's declaration: the organizations they have a conflict with (possibly none)."""

    organizations = CheckboxListField(_l("Organizations you have a conflict of interest with"), coerce=int)
    note = TextAreaField(
        _l("Anything else the organizers should know"),
        validators=[Length(max=2000)],
        filters=[strip],
        description=_l("For example a past employer, an investment, a family tie."),
    )
    confirm = BooleanField(
        _l("I have checked the list and declared every conflict I have."),
        validators=[DataRequired(message=_l("Confirm that you checked the list."))],
    )


class ScoreForm(Form):
    """A judge's score: one choice per criterion (added per rubric by `score_form`), and two comments."""

    comment_for_organizers = TextAreaField(
        _l("Comment for the organizers"),
        validators=[Length(max=5000)],
        filters=[strip],
        description=_l("Only organizers read this."),
    )
    feedback_for_startup = TextAreaField(
        _l("Feedback for the startup"),
        validators=[Length(max=5000)],
        filters=[strip],
        description=_l("The startup reads this with the decision; it never shows your name."),
    )

    criterion_fields: list[tuple[Criterion, str]]

    def values(self) -> dict[int, int]:
        """The criteria given a value: criterion id -> value."""
        given = {}
        for criterion, name in self.criterion_fields:
            value = self[name].data
            if value not in (None, "", "None"):
                given[criterion.id] = int(value)
        return given


def _on_scale(scale: int):  # type: ignore[no-untyped-def]
    def check(form: Form, field: RadioField) -> None:
        if field.data in (None, "", "None"):
            return
        if field.data not in {str(value) for value in range(1, scale + 1)}:
            raise ValidationError(_l("Choose a value from 1 to %(scale)d.", scale=scale))

    return check


def score_form(criteria: list[Criterion], locale: str, **kwargs: Any) -> ScoreForm:
    """A score form for `criteria`, their names and guidance in `locale`."""

    class RubricScoreForm(ScoreForm):
        pass

    names = []
    for criterion in criteria:
        name = f"criterion_{criterion.id}"
        setattr(
            RubricScoreForm,
            name,
            RadioField(
                criterion.name_in(locale),
                choices=[SelectChoice(str(value), str(value)) for value in range(1, criterion.scale + 1)],
                validate_choice=False,
                validators=[_on_scale(criterion.scale)],
                description=criterion.guidance_in(locale),
            ),
        )
        names.append((criterion, name))
    form = RubricScoreForm(**kwargs)
    form.criterion_fields = names
    return form


class AddPairForm(Form):
    """The organizer puts one judge on one shortlisted application by hand."""

    judge = SelectField(_l("Judge"), coerce=int, validators=[InputRequired()])
    application = SelectField(_l("Application"), coerce=int, validators=[InputRequired()])
