"""Organization writes."""

from __future__ import annotations

from innovation.auth.models import User
from innovation.extensions import db
from innovation.organizations.models import Membership, Organization, OrganizationKind


def create_organization(
    name: str, kind: OrganizationKind, country: str = "VN", website: str = ""
) -> Organization:
    """Add an organization (flushed, not committed)."""
    organization = Organization(name=name, kind=kind, country=country.upper(), website=website)
    db.session.add(organization)
    db.session.flush()
    return organization


def add_member(organization: Organization, user: User, is_admin: bool = False) -> Membership:
    """Make `user` a member of `organization` (idempotent)."""
    for membership in organization.memberships:
        if membership.user_id == user.id:
            return membership
    membership = Membership(organization=organization, user=user, is_admin=is_admin)
    db.session.add(membership)
    db.session.flush()
    return membership
