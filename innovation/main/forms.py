"""The language switcher form."""

from __future__ import annotations

from wtforms import HiddenField, SelectChoice, SelectField

from innovation.forms import Form


class LanguageForm(Form):
    """Choose the UI language."""

    locale = SelectField(choices=[SelectChoice("vi", "Tiếng Việt"), SelectChoice("en", "English")])
    next = HiddenField()
