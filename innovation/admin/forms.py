"""Site-admin forms."""

from __future__ import annotations

from wtforms import HiddenField
from wtforms.validators import AnyOf

from innovation.forms import Form


class UserActiveForm(Form):
    """Switch an account on ("1") or off ("0")."""

    active = HiddenField(validators=[AnyOf(["0", "1"])])
