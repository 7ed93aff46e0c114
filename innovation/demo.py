"""The demo program a newcomer logs into: "Open Innovation Day 2026" with every role filled.

The content (challenges, and later startups and applications) lives in `innovation.demo_content` as plain
data; this module writes it through the platform's own operations, deterministically.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from challenges.models import ChallengeState
from challenges.operations import ChallengeFields, ChallengeTextFields, import_challenge
from innovation.auth.models import User
from innovation.auth.passwords import hash_password
from innovation.database import utcnow
from innovation.demo_content.challenges import CHALLENGES, OWNER_ORGANIZATIONS
from innovation.extensions import db
from innovation.organizations.models import Organization, OrganizationKind
from innovation.organizations.operations import add_member, create_organization
from innovation.programs.models import Program, ProgramRoleName, ProgramState
from innovation.programs.operations import create_program, grant_program_role

DEMO_PASSWORD = "demo-password-2026"
DEMO_SLUG = "open-innovation-day-2026"

STAFF = [
    # (role, e-mail, name, locale, organization, kind, country)
    ("organizer", "organizer@demo.c4ir.vn", "Nguyễn Thị Lan", "vi", "HCMC C4IR", "organizer_centre", "VN"),
    ("judge", "judge.kim@demo.kr", "Kim Min-jun", "en", "Korea Innovation Partners", "partner", "KR"),
    ("judge", "judge.sato@demo.jp", "Sato Yuki", "en", "Tokyo Open Innovation Network", "partner", "JP"),
    ("judge", "judge.virtanen@demo.fi", "Aino Virtanen", "en", "Helsinki Impact Hub", "partner", "FI"),
]
# The owners printed with the logins (every owner organization gets an account; these two are shown).
PRINTED_OWNERS = ("owner@demo.tancang.vn", "owner@demo.dost.hochiminhcity.gov.vn")

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


def demo_logins() -> list[tuple[str, str]]:
    """(role, e-mail) of every login the demo prints."""
    return (
        [(role, email) for role, email, *_ in STAFF[:1]]
        + [("challenge_owner", email) for email in PRINTED_OWNERS]
        + [(role, email) for role, email, *_ in STAFF[1:]]
        + [("startup", email) for email, *_ in STARTUPS]
    )


def existing_demo_logins() -> list[tuple[str, str]]:
    """(role, e-mail) of the demo accounts that exist in the database."""
    wanted = demo_logins()
    present = set(db.session.scalars(select(User.email).where(User.email.in_([e for _, e in wanted]))))
    return [(role, email) for role, email in wanted if email in present]


class _Accounts:
    """Demo accounts share one password: hashed once, not once per account (Argon2 is slow on purpose)."""

    def __init__(self) -> None:
        self.password_hash = hash_password(DEMO_PASSWORD)
        self.now = utcnow()

    def add(self, email: str, name: str, locale: str) -> User:
        user = User(
            email=email,
            name=name,
            password_hash=self.password_hash,
            locale=locale,
            confirmed_at=self.now,
            consent_at=self.now,
        )
        db.session.add(user)
        return user


def _program() -> Program:
    now = utcnow()
    return create_program(
        "Ngày hội Đổi mới sáng tạo mở 2026",
        DEMO_SLUG,
        actor=None,
        state=ProgramState.OPEN_FOR_APPLICATIONS,
        name_en="Open Innovation Day 2026",
        description="Chương trình đổi mới sáng tạo mở của TP.HCM: doanh nghiệp và cơ quan thành phố đặt "
        "bài toán thực tế, startup từ Việt Nam, Hàn Quốc, Nhật Bản, Hoa Kỳ và Phần Lan đề xuất giải pháp.",
        description_en="Ho Chi Minh City's open-innovation program: real problems from corporates and city "
        "agencies, solutions from startups in Vietnam, Korea, Japan, the United States and Finland.",
        timeline={
            "challenges_open_at": now - timedelta(days=45),
            "challenges_close_at": now - timedelta(days=15),
            "applications_open_at": now - timedelta(days=14),
            "applications_close_at": now + timedelta(days=21),
            "judging_open_at": now + timedelta(days=28),
            "judging_close_at": now + timedelta(days=35),
            "shortlist_at": now + timedelta(days=38),
            "pitch_day_at": now + timedelta(days=42),
        },
    )


def _challenge_fields(item: dict) -> ChallengeFields:
    rules = item["eligibility"]
    return ChallengeFields(
        texts={lang: ChallengeTextFields(**text) for lang, text in item["texts"].items()},
        sectors=list(item["sectors"]),
        pilot_site=item["pilot_site"],
        data_access=item["data_access"],
        mentoring=item["mentoring"],
        budget_min_vnd=item["budget_min_vnd"],
        budget_max_vnd=item["budget_max_vnd"],
        eligible_stages=list(rules["stages"]),
        min_trl=rules["min_trl"],
        eligible_countries=list(rules["countries"]),
        legal_entity_required=rules["legal_entity_required"],
        max_applications_per_startup=rules["max_applications_per_startup"],
        languages=list(item["languages"]),
        shortlist_size=item["shortlist_size"],
    )


def seed_demo_program() -> list[tuple[str, str]]:
    """Create the demo program, its people, challenges and startups; return (role, e-mail) of every login."""
    accounts = _Accounts()
    program = _program()
    organizer: User | None = None
    for role, email, name, locale, org_name, kind, country in STAFF:
        user = accounts.add(email, name, locale)
        organization = create_organization(org_name, OrganizationKind(kind), country)
        add_member(organization, user, is_admin=True)
        grant_program_role(program, user, ProgramRoleName(role), organizer, organization)
        organizer = organizer or user
    owners: dict[str, Organization] = {}
    for item in OWNER_ORGANIZATIONS:
        user = accounts.add(item["owner_email"], item["owner_name"], item["owner_locale"])
        organization = create_organization(item["name"], OrganizationKind(item["kind"]), item["country"])
        add_member(organization, user, is_admin=True)
        grant_program_role(program, user, ProgramRoleName.CHALLENGE_OWNER, organizer, organization)
        owners[item["key"]] = organization
    for item in CHALLENGES:
        import_challenge(
            program,
            owners[item["owner"]],
            _challenge_fields(item),
            ChallengeState(item["state"]),
            review_comment=item.get("review_comment", ""),
        )
    for email, name, locale, startup_name, country, website in STARTUPS:
        user = accounts.add(email, name, locale)
        organization = create_organization(startup_name, OrganizationKind.STARTUP, country, website)
        add_member(organization, user, is_admin=True)
    db.session.commit()
    return demo_logins()
