"""The base form of the platform: WTForms' own messages translated through the platform's catalog.

WTForms ships no Vietnamese catalog, so its built-in validation messages are listed below for extraction
and translated in `innovation/translations/` with everything else.
"""

from __future__ import annotations

from typing import Any

from flask_babel import get_translations, lazy_ngettext
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateTimeLocalField, SelectMultipleField, SubmitField, widgets

from innovation.dates import local_to_utc, utc_to_local


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


class LocalDateTimeField(DateTimeLocalField):
    """A date and time typed in the centre's time zone, handed to the code as an aware UTC moment."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("format", ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"])
        super().__init__(*args, **kwargs)

    def process_formdata(self, valuelist: list[Any]) -> None:
        super().process_formdata(valuelist)
        if self.data is not None:
            self.data = local_to_utc(self.data)

    def _value(self) -> str:
        if self.raw_data:
            return " ".join(self.raw_data)
        return utc_to_local(self.data).strftime("%Y-%m-%dT%H:%M") if self.data else ""


class CheckboxListField(SelectMultipleField):
    """Several choices as a list of check boxes (a multiple select is hard to use on a phone)."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


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
    _l("Invalid Choice: could not coerce."),
    _l("Invalid choice(s): one or more data inputs could not be coerced."),
    lazy_ngettext(
        "'%(value)s' is not a valid choice for this field.",
        "'%(value)s' are not valid choices for this field.",
        1,
    ),
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
