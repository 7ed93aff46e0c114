"""factory_boy factories for the platform's models."""

from __future__ import annotations

import factory
from factory.alchemy import SQLAlchemyModelFactory

from challenges.models import Challenge, ChallengeState
from challenges.operations import ChallengeFields, ChallengeTextFields, import_challenge
from innovation.auth.models import User
from innovation.auth.passwords import hash_password
from innovation.database import utcnow
from innovation.extensions import db
from innovation.organizations.models import Membership, Organization, OrganizationKind
from innovation.programs.models import Program, ProgramRole, ProgramRoleName, ProgramState

PASSWORD = "correct horse battery"
_PASSWORD_HASH = hash_password(PASSWORD)


class BaseFactory(SQLAlchemyModelFactory):
    """Factories write through the app's session and flush, so ids exist at once."""

    class Meta:
        abstract = True
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "commit"


class UserFactory(BaseFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    name = factory.Faker("name")
    password_hash = _PASSWORD_HASH
    locale = "en"
    confirmed_at = factory.LazyFunction(utcnow)
    active = True


class OrganizationFactory(BaseFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organization {n}")
    kind = OrganizationKind.STARTUP
    country = "VN"
    website = ""


class MembershipFactory(BaseFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    is_admin = True


class ProgramFactory(BaseFactory):
    class Meta:
        model = Program

    name = factory.Sequence(lambda n: f"Open Innovation Day {2026 + n}")
    slug = factory.Sequence(lambda n: f"oid-{n}")
    state = ProgramState.OPEN_FOR_APPLICATIONS


class ProgramRoleFactory(BaseFactory):
    class Meta:
        model = ProgramRole

    program = factory.SubFactory(ProgramFactory)
    user = factory.SubFactory(UserFactory)
    role = ProgramRoleName.JUDGE


def make_user_with_role(role: str, program: Program | None = None, **fields: object) -> User:
    """A confirmed user holding `role`: admin, organizer, challenge_owner, judge or startup."""
    user = UserFactory(**fields)
    if role == "admin":
        user.is_site_admin = True
        db.session.commit()
    elif role == "startup":
        MembershipFactory(user=user, organization=OrganizationFactory(kind=OrganizationKind.STARTUP))
    elif role == "challenge_owner":
        organization = OrganizationFactory(kind=OrganizationKind.CORPORATE)
        MembershipFactory(user=user, organization=organization)
        ProgramRoleFactory(
            user=user,
            program=program or ProgramFactory(),
            role=ProgramRoleName.CHALLENGE_OWNER,
            organization=organization,
        )
    elif role in {"organizer", "judge"}:
        ProgramRoleFactory(user=user, program=program or ProgramFactory(), role=ProgramRoleName(role))
    elif role != "plain":
        raise ValueError(f"unknown role {role!r}")
    return user


def make_challenge(
    program: Program | None = None,
    organization: Organization | None = None,
    state: ChallengeState = ChallengeState.PUBLISHED,
    texts: dict[str, dict[str, str]] | None = None,
    **settings: object,
) -> Challenge:
    """A challenge with its texts, sectors and search column, built through the operations (committed)."""
    fields = ChallengeFields(
        texts={
            lang: ChallengeTextFields(**values)
            for lang, values in (
                texts
                or {
                    "vi": {
                        "title": "Chuyển đổi số cho cảng Cát Lái",
                        "statement": "Cảng cần giảm thời gian chờ xe.",
                    },
                    "en": {
                        "title": "Digital transformation at Cat Lai port",
                        "statement": "Cut truck waiting time.",
                    },
                }
            ).items()
        },
        **{"sectors": ["logistics_ports"], **settings},  # type: ignore[arg-type]
    )
    challenge = import_challenge(
        program or ProgramFactory(),
        organization or OrganizationFactory(kind=OrganizationKind.CORPORATE),
        fields,
        state,
    )
    db.session.commit()
    return challenge


def make_owner(program: Program, organization: Organization | None = None, **fields: object) -> User:
    """A challenge owner of `program` for `organization` (a new corporate when none is given)."""
    organization = organization or OrganizationFactory(kind=OrganizationKind.CORPORATE)
    user = UserFactory(**fields)
    MembershipFactory(user=user, organization=organization)
    ProgramRoleFactory(
        user=user, program=program, role=ProgramRoleName.CHALLENGE_OWNER, organization=organization
    )
    return user


def pdf_bytes(pages: int = 2) -> bytes:
    """A real, small PDF (blank pages), as a deck upload."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=842, height=595)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
