"""Imports every model so SQLAlchemy metadata and Alembic see the whole schema."""

from challenges.applications.models import Application, ApplicationVersion, StoredFile
from challenges.models import Challenge, ChallengeSector, ChallengeText
from challenges.startups.models import StartupProfile
from innovation.audit.models import AuditEntry
from innovation.auth.models import User, UserSession
from innovation.decisions.models import Decision
from innovation.invitations.models import Invitation
from innovation.judging.models import Assignment, ConflictDeclaration, Criterion, JudgeProfile, Rubric, Score
from innovation.mail.models import OutboxMessage
from innovation.organizations.models import Membership, Organization
from innovation.pitchday.models import PitchDay, PitchSlot
from innovation.programs.models import Program, ProgramRole
from screening.models import DuplicateReview, EligibilityOverride, ScreeningResult, ScreeningRun

__all__ = [
    "Application",
    "ApplicationVersion",
    "Assignment",
    "AuditEntry",
    "Challenge",
    "ConflictDeclaration",
    "Criterion",
    "DuplicateReview",
    "EligibilityOverride",
    "ChallengeSector",
    "ChallengeText",
    "Decision",
    "Invitation",
    "JudgeProfile",
    "Membership",
    "Organization",
    "OutboxMessage",
    "PitchDay",
    "PitchSlot",
    "Program",
    "ProgramRole",
    "Rubric",
    "Score",
    "ScreeningResult",
    "ScreeningRun",
    "StartupProfile",
    "StoredFile",
    "User",
    "UserSession",
]
