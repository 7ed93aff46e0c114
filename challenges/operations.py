"""Writes of the startup side."""

from __future__ import annotations

from innovation.audit.operations import record_action
from innovation.auth.models import User
from innovation.extensions import db
from innovation.organizations.models import Organization


def update_startup_profile(startup: Organization, actor: User, name: str, country: str, website: str) -> None:
    """Save the startup's basic facts, recorded in the audit log."""
    before = {"name": startup.name, "country": startup.country, "website": startup.website}
    startup.name = name.strip()
    startup.country = country.upper()
    startup.website = website
    after = {"name": startup.name, "country": startup.country, "website": startup.website}
    if before != after:
        record_action(actor.id, "update_startup_profile", startup, before=before, after=after)
    db.session.commit()
