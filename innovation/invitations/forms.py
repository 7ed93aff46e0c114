"""Invitation forms: the organizer's invitation and the newcomer's account."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import SelectChoice, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, Optional

from innovation.auth.forms import consent_field, email_field, new_password_fields, strip
from innovation.forms import Form
from innovation.organizations.models import OrganizationKind
from innovation.programs.models import ProgramRoleName

NO_ORGANIZATION = 0


class InvitationForm(Form):
    """An organizer invites a challenge owner or a judge into a program.

    The organization is one this program already works with, or a new one named here; a challenge owner
    needs one (their challenges are posted in its name).
    """

    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)], filters=[strip])
    email = email_field()
    role = SelectField(
        _l("Role"),
        choices=[
            SelectChoice(ProgramRoleName.CHALLENGE_OWNER.value, _l("Challenge owner")),
            SelectChoice(ProgramRoleName.JUDGE.value, _l("Judge")),
        ],
        validators=[DataRequired()],
    )
    organization_id = SelectField(_l("Organization"), coerce=int, validators=[Optional()])
    new_organization = StringField(
        _l("…or a new organization"),
        validators=[Optional(), Length(max=200)],
        filters=[strip],
        description=_l("Its name, when it is not in the list yet."),
    )
    new_organization_kind = SelectField(
        _l("Kind of the new organization"),
        choices=[
            SelectChoice(OrganizationKind.CORPORATE.value, _l("Corporate")),
            SelectChoice(OrganizationKind.CITY_AGENCY.value, _l("City agency")),
            SelectChoice(OrganizationKind.PARTNER.value, _l("Partner")),
        ],
        default=OrganizationKind.CORPORATE.value,
    )
    submit = SubmitField(_l("Send the invitation"))

    def validate(self, extra_validators: Any = None) -> bool:
        """Cross-field rules: one organization at most, and one for every challenge owner."""
        valid = super().validate(extra_validators)
        chosen = bool(self.organization_id.data) and self.organization_id.data != NO_ORGANIZATION
        named = bool(self.new_organization.data)
        if chosen and named:
            self.new_organization.errors.append(_l("Choose an organization from the list or name a new one."))
            return False
        if self.role.data == ProgramRoleName.CHALLENGE_OWNER.value and not (chosen or named):
            self.organization_id.errors.append(
                _l("A challenge owner posts challenges for an organization: choose it or name a new one.")
            )
            return False
        return valid


class AcceptInvitationForm(Form):
    """A newcomer sets up the account an invitation was sent for."""

    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)], filters=[strip])
    password, confirm = new_password_fields()
    consent = consent_field()
    submit = SubmitField(_l("Accept the invitation"))
