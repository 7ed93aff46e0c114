"""Account settings forms."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, SelectChoice, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length

from innovation.auth.forms import email_field, new_password_fields, strip
from innovation.forms import Form


class AccountForm(Form):
    """Name and language."""

    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)], filters=[strip])
    locale = SelectField(
        _l("Language of the site and of your e-mails"),
        choices=[SelectChoice("vi", "Tiếng Việt"), SelectChoice("en", "English")],
        validators=[DataRequired()],
    )
    submit = SubmitField(_l("Save"))


class PasswordChangeForm(Form):
    """A new password, with the current one as proof."""

    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])
    password, confirm = new_password_fields()
    submit = SubmitField(_l("Change the password"))


class EmailChangeForm(Form):
    """A new e-mail address, with the password as proof."""

    email = email_field(_l("New e-mail address"))
    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])
    submit = SubmitField(_l("Send the confirmation link"))
