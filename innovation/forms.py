"""The base form of the platform: WTForms' own messages translated through the platform's catalog.

WTForms ships no Vietnamese catalog, so its built-in validation messages are listed below for extraction
and translated in `innovation/translations/` with everything else.
"""

from __future__ import annotations

from typing import Any

from flask_babel import get_translations, lazy_ngettext
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SubmitField


class PlatformTranslations:
    """The gettext interface WTForms asks its Meta for, answered by Flask-Babel's current catalog."""

    def gettext(self, string: str) -> str:
        return str(get_translations().gettext(string))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return str(get_translations().ngettext(singular, plural, n))


TRANSLATIONS = PlatformTranslations()


class Form(FlaskForm):
    """Every form of the platform derives from this one."""

    class Meta:
        def get_translations(self, form: Any) -> PlatformTranslations:
            return TRANSLATIONS


class ConfirmForm(Form):
    """A single button that confirms an action shown on the page (withdraw, deactivate, accept)."""

    submit = SubmitField(_l("Confirm"))


# WTForms' messages the platform's forms can show (extracted by `make catalogs`; never rendered from here).
WTFORMS_MESSAGES = (
    _l("This field is required."),
    _l("Invalid email address."),
    _l("Invalid URL."),
    _l("Invalid input."),
    _l("Not a valid choice."),
    _l("Not a valid integer value."),
    _l("Not a valid date value."),
    _l("Not a valid datetime value."),
    _l("Field must be equal to %(other_name)s."),
    _l("Field must be between %(min)d and %(max)d characters long."),
    _l("Number must be between %(min)s and %(max)s."),
    _l("Number must be at least %(min)s."),
    _l("Number must be at most %(max)s."),
    lazy_ngettext(
        "Field must be at least %(min)d character long.", "Field must be at least %(min)d characters long.", 1
    ),
    lazy_ngettext(
        "Field cannot be longer than %(max)d character.", "Field cannot be longer than %(max)d characters.", 1
    ),
)
