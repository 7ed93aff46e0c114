"""Account forms: registration, sign-in, password reset, invitations."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional

from innovation.auth.passwords import MIN_PASSWORD_LENGTH
from innovation.countries import country_choices
from innovation.forms import Form
from innovation.programs.models import ProgramRoleName


def _strip(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) else value


def _email_field(label: str = _l("E-mail")) -> EmailField:
    return EmailField(
        label,
        validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)],
        filters=[_strip],
    )


def _new_password_fields() -> tuple[PasswordField, PasswordField]:
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


class RegisterForm(Form):
    """A founder registers themselves and their startup."""

    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)], filters=[_strip])
    email = _email_field()
    password, confirm = _new_password_fields()
    startup_name = StringField(
        _l("Startup name"), validators=[DataRequired(), Length(max=200)], filters=[_strip]
    )
    country = SelectField(_l("Country"), choices=country_choices, validators=[DataRequired()])
    consent = BooleanField(
        _l("I agree that my personal data is processed to run this program (Decree 13/2023/ND-CP)."),
        validators=[DataRequired(message=_l("Your consent is needed to create an account."))],
    )
    submit = SubmitField(_l("Create account"))


class LoginForm(Form):
    email = _email_field()
    password = PasswordField(_l("Password"), validators=[DataRequired()])
    remember = BooleanField(_l("Keep me signed in on this device"))
    submit = SubmitField(_l("Sign in"))


class EmailForm(Form):
    """Asks for an e-mail address: password reset and resending the confirmation link."""

    email = _email_field()
    submit = SubmitField(_l("Send the link"))


class ResetPasswordForm(Form):
    password, confirm = _new_password_fields()
    submit = SubmitField(_l("Set the new password"))


class InvitationForm(Form):
    """An organizer invites a challenge owner or a judge into a program."""

    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)], filters=[_strip])
    email = _email_field()
    role = SelectField(
        _l("Role"),
        choices=[
            SelectChoice(ProgramRoleName.CHALLENGE_OWNER.value, _l("Challenge owner")),
            SelectChoice(ProgramRoleName.JUDGE.value, _l("Judge")),
        ],
        validators=[DataRequired()],
    )
    organization_id = SelectField(_l("Organization"), coerce=int, validators=[Optional()])
    submit = SubmitField(_l("Send the invitation"))


class AcceptInvitationForm(Form):
    """A newcomer sets up the account an invitation was sent for."""

    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)], filters=[_strip])
    password, confirm = _new_password_fields()
    consent = BooleanField(
        _l("I agree that my personal data is processed to run this program (Decree 13/2023/ND-CP)."),
        validators=[DataRequired(message=_l("Your consent is needed to create an account."))],
    )
    submit = SubmitField(_l("Accept the invitation"))


class ConfirmForm(Form):
    """A single button: revoke, accept as the signed-in user, sign out."""

    submit = SubmitField(_l("Confirm"))
