"""The demo program a newcomer logs into: "Open Innovation Day" with every role filled."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from innovation.auth.models import User
from innovation.auth.operations import create_user
from innovation.database import utcnow
from innovation.extensions import db
from innovation.organizations.models import OrganizationKind
from innovation.organizations.operations import add_member, create_organization
from innovation.programs.models import ProgramRoleName, ProgramState
from innovation.programs.operations import create_program, grant_program_role

DEMO_PASSWORD = "demo-password-2026"

STAFF = [
    # (role, e-mail, name, locale, organization, kind, country)
    ("organizer", "organizer@demo.c4ir.vn", "Nguyễn Thị Lan", "vi", "HCMC C4IR", "organizer_centre", "VN"),
    (
        "challenge_owner",
        "owner@demo.tancang.vn",
        "Trần Văn Minh",
        "vi",
        "Tân Cảng Logistics",
        "corporate",
        "VN",
    ),
    (
        "challenge_owner",
        "owner@demo.dost.hochiminhcity.gov.vn",
        "Lê Hoàng Anh",
        "vi",
        "HCMC Department of Science and Technology",
        "city_agency",
        "VN",
    ),
    ("judge", "judge.kim@demo.kr", "Kim Min-jun", "en", "Korea Innovation Partners", "partner", "KR"),
    ("judge", "judge.sato@demo.jp", "Sato Yuki", "en", "Tokyo Open Innovation Network", "partner", "JP"),
    ("judge", "judge.virtanen@demo.fi", "Aino Virtanen", "en", "Helsinki Impact Hub", "partner", "FI"),
]

STARTUPS = [
    # (e-mail, founder, locale, startup, country, website)
    (
        "founder@demo.greenport.vn",
        "Phạm Quốc Bảo",
        "vi",
        "GreenPort AI",
        "VN",
        "https://greenport.example.vn",
    ),
    ("founder@demo.chipnest.kr", "Park Ji-woo", "en", "ChipNest", "KR", "https://chipnest.example.kr"),
    ("founder@demo.agrisense.jp", "Tanaka Haruto", "en", "AgriSense", "JP", "https://agrisense.example.jp"),
    ("founder@demo.civicflow.us", "Emily Carter", "en", "CivicFlow", "US", "https://civicflow.example.com"),
    ("founder@demo.circulr.fi", "Mikko Laine", "en", "Circulr", "FI", "https://circulr.example.fi"),
    ("founder@demo.smebook.vn", "Võ Thanh Hà", "vi", "SMEBook", "VN", "https://smebook.example.vn"),
]


def database_is_empty() -> bool:
    """True when no account exists yet."""
    return (db.session.scalar(select(func.count(User.id))) or 0) == 0


def existing_demo_logins() -> list[tuple[str, str]]:
    """(role, e-mail) of the demo accounts that exist in the database."""
    wanted = [(role, email) for role, email, *_ in STAFF] + [("startup", email) for email, *_ in STARTUPS]
    present = set(db.session.scalars(select(User.email).where(User.email.in_([e for _, e in wanted]))))
    return [(role, email) for role, email in wanted if email in present]


def seed_demo_program() -> list[tuple[str, str]]:
    """Create the demo program, its staff and startups; return (role, e-mail) of every login."""
    now = utcnow()
    program = create_program(
        "Open Innovation Day 2026",
        "open-innovation-day-2026",
        actor=None,
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        description="Ho Chi Minh City's open-innovation program: real problems from corporates and city "
        "agencies, solutions from startups in Vietnam, Korea, Japan, the United States and Finland.",
        timeline={
            "challenges_open_at": now - timedelta(days=45),
            "challenges_close_at": now - timedelta(days=15),
            "applications_open_at": now - timedelta(days=14),
            "applications_close_at": now + timedelta(days=21),
            "judging_close_at": now + timedelta(days=35),
            "pitch_day_at": now + timedelta(days=42),
        },
    )
    logins: list[tuple[str, str]] = []
    organizer: User | None = None
    for role, email, name, locale, org_name, kind, country in STAFF:
        user = create_user(email, name, DEMO_PASSWORD, locale=locale, confirmed_at=now)
        organization = create_organization(org_name, OrganizationKind(kind), country)
        add_member(organization, user, is_admin=True)
        grant_program_role(program, user, ProgramRoleName(role), organizer, organization)
        organizer = organizer or user
        logins.append((role, email))
    for email, name, locale, startup_name, country, website in STARTUPS:
        user = create_user(email, name, DEMO_PASSWORD, locale=locale, confirmed_at=now)
        organization = create_organization(startup_name, OrganizationKind.STARTUP, country, website)
        add_member(organization, user, is_admin=True)
        logins.append(("startup", email))
    db.session.commit()
    return logins
