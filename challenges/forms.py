"""Forms of the startup side: the startup profile."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, SubmitField
from wtforms.validators import URL, DataRequired, Length, Optional

from innovation.countries import country_choices
from innovation.forms import Form


class StartupProfileForm(Form):
    """The basic facts of a startup, shared by its team."""

    name = StringField(_l("Startup name"), validators=[DataRequired(), Length(max=200)])
    country = SelectField(_l("Country"), choices=country_choices, validators=[DataRequired()])
    website = StringField(
        _l("Website"), validators=[Optional(), URL(require_tld=True), Length(max=300)], filters=[str.strip]
    )
    submit = SubmitField(_l("Save"))
