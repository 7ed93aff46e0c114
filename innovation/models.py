"""Imports every model so SQLAlchemy metadata and Alembic see the whole schema."""

from challenges.models import Challenge, ChallengeSector, ChallengeText
from innovation.audit.models import AuditEntry
from innovation.auth.models import User, UserSession
from innovation.invitations.models import Invitation
from innovation.mail.models import OutboxMessage
from innovation.organizations.models import Membership, Organization
from innovation.programs.models import Program, ProgramRole

__all__ = [
    "AuditEntry",
    "Challenge",
    "ChallengeSector",
    "ChallengeText",
    "Invitation",
    "Membership",
    "Organization",
    "OutboxMessage",
    "Program",
    "ProgramRole",
    "User",
    "UserSession",
]
