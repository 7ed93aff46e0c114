"""Startup forms: the team's profile, inviting a team member, asking for the data to be deleted."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    IntegerField,
    PasswordField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import URL, DataRequired, Length, NumberRange, Optional

from challenges.forms import with_web_scheme
from challenges.models import Sector, StartupStage
from innovation.auth.forms import email_field, strip
from innovation.countries import country_choices
from innovation.forms import CheckboxListField, Form
from innovation.labels import sector_label, stage_label


def _stage_choices() -> list[SelectChoice]:
    return [SelectChoice("", "—")] + [SelectChoice(stage.value, stage_label(stage)) for stage in StartupStage]


def _sector_choices() -> list[SelectChoice]:
    return [SelectChoice(sector.value, sector_label(sector)) for sector in Sector]


def _entity_country_choices() -> list[SelectChoice]:
    return [SelectChoice("", "—"), *country_choices()]


class StartupProfileForm(Form):
    """The facts about a startup, shared by its team."""

    name = StringField(_l("Startup name"), validators=[DataRequired(), Length(max=200)], filters=[strip])
    country = SelectField(_l("Country"), choices=country_choices, validators=[DataRequired()])
    city = StringField(_l("City"), validators=[Optional(), Length(max=120)], filters=[strip])
    founded_year = IntegerField(
        _l("Year founded"), validators=[Optional(), NumberRange(min=1950, max=date.today().year + 1)]
    )
    website = StringField(
        _l("Website"),
        validators=[Optional(), URL(require_tld=True), Length(max=300)],
        filters=[with_web_scheme],
        description=_l("You may leave out https://."),
    )
    team_size = IntegerField(_l("Team size"), validators=[Optional(), NumberRange(min=1, max=100000)])
    stage = SelectField(_l("Stage"), choices=_stage_choices, default="")
    legal_entity = BooleanField(_l("The startup is a registered legal entity"))
    legal_entity_country = SelectField(_l("Registered in"), choices=_entity_country_choices, default="")
    sectors = CheckboxListField(_l("Sectors"), choices=_sector_choices)
    description_vi = TextAreaField(
        _l("Short description (Vietnamese)"), validators=[Length(max=2000)], filters=[strip]
    )
    description_en = TextAreaField(
        _l("Short description (English)"), validators=[Length(max=2000)], filters=[strip]
    )
    submit = SubmitField(_l("Save"))


class TeamInvitationForm(Form):
    """A team member invites a colleague by e-mail."""

    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)], filters=[strip])
    email = email_field()
    submit = SubmitField(_l("Send the invitation"))


class DeletionForm(Form):
    """A startup member asks for their account and the startup's data to be deleted."""

    current_password = PasswordField(_l("Your password"), validators=[DataRequired()])
    confirm = BooleanField(
        _l("I understand that my account, our startup's profile, applications and files will be deleted."),
        validators=[DataRequired(message=_l("Tick the box to confirm."))],
    )
    submit = SubmitField(_l("Delete my data"))
