"""Forms of the startup side: the startup profile."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, SubmitField
from wtforms.validators import URL, DataRequired, Length, Optional

from innovation.countries import country_choices
from innovation.forms import Form

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


class StartupProfileForm(Form):
    """The basic facts of a startup, shared by its team."""

    name = StringField(_l("Startup name"), validators=[DataRequired(), Length(max=200)])
    country = SelectField(_l("Country"), choices=country_choices, validators=[DataRequired()])
    website = StringField(
        _l("Website"),
        validators=[Optional(), URL(require_tld=True), Length(max=300)],
        filters=[with_web_scheme],
        description=_l("You may leave out https://."),
    )
    submit = SubmitField(_l("Save"))
