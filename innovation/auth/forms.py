"""Account forms: registration, sign-in, password reset."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from innovation.auth.passwords import MIN_PASSWORD_LENGTH
from innovation.countries import country_choices
from innovation.forms import Form


def strip(value: str | None) -> str | None:
    """WTForms filter: surrounding spaces are never meant."""
    return value.strip() if isinstance(value, str) else value


def email_field(label: str = _l("E-mail")) -> EmailField:
    """An e-mail input checked for shape (not deliverability: the confirmation link proves that)."""
    return EmailField(
        label,
        validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)],
        filters=[strip],
    )


def new_password_fields() -> tuple[PasswordField, PasswordField]:
    """A new password and its repetition."""
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH, max=200)],
        description=_l("At least %(count)d characters.", count=MIN_PASSWORD_LENGTH),
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords differ."))],
    )
    return password, confirm


def consent_field() -> BooleanField:
    """Consent to the processing of personal data, required before an account exists (Decree 13/2023)."""
    return BooleanField(
        _l("I agree that my personal data is processed to run this program (Decree 13/2023/ND-CP)."),
        validators=[DataRequired(message=_l("Your consent is needed to create an account."))],
    )


class RegisterForm(Form):
    """A founder registers themselves and their startup."""

    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)], filters=[strip])
    email = email_field()
    password, confirm = new_password_fields()
    startup_name = StringField(
        _l("Startup name"), validators=[DataRequired(), Length(max=200)], filters=[strip]
    )
    country = SelectField(_l("Country"), choices=country_choices, validators=[DataRequired()])
    consent = consent_field()
    submit = SubmitField(_l("Create account"))


class LoginForm(Form):
    """E-mail and password."""

    email = email_field()
    password = PasswordField(_l("Password"), validators=[DataRequired()])
    remember = BooleanField(_l("Keep me signed in on this device"))
    submit = SubmitField(_l("Sign in"))


class EmailForm(Form):
    """Asks for an e-mail address: password reset and resending the confirmation link."""

    email = email_field()
    submit = SubmitField(_l("Send the link"))


class ResetPasswordForm(Form):
    """The new password chosen from a reset link."""

    password, confirm = new_password_fields()
    submit = SubmitField(_l("Set the new password"))
