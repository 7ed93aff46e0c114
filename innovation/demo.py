"""The demo program a newcomer logs into: "Open Innovation Day 2026" with every role filled.

The content (challenges, startups and their applications) lives in `innovation.demo_content` as plain
data; this module writes it through the platform's own operations, deterministically.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from challenges.applications.models import Application, ApplicationState, ApplicationVersion
from challenges.applications.operations import CONSENT_VERSION
from challenges.models import Challenge, ChallengeState
from challenges.operations import ChallengeFields, ChallengeTextFields, import_challenge
from challenges.startups.models import StartupProfile
from innovation.auth.models import User
from innovation.auth.passwords import hash_password
from innovation.database import utcnow
from innovation.demo_content.applications import demo_applications, demo_startups
from innovation.demo_content.challenges import CHALLENGES, OWNER_ORGANIZATIONS
from innovation.extensions import db
from innovation.organizations.models import Membership, Organization, OrganizationKind
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
# A Vietnamese judge of the first round (innovation.demo_content.judges), printed beside the partners' judges.
PRINTED_ROUND_JUDGES = ("judge.bao@demo.vn",)


def database_is_empty() -> bool:
    """True when no account exists yet."""
    return (db.session.scalar(select(func.count(User.id))) or 0) == 0


def printed_founders() -> list[str]:
    """The founders whose logins are printed: one startup from each partner country with a submitted
    application, and a second Vietnamese one (chosen from the demo content, so always the same)."""
    submitted = {item["startup"] for item in demo_applications() if item["state"] == "submitted"}
    chosen: list[str] = []
    for country in ("VN", "KR", "JP", "US", "FI", "VN"):
        for startup in demo_startups():
            if (
                startup["country"] == country
                and startup["key"] in submitted
                and startup["founder_email"] not in chosen
            ):
                chosen.append(startup["founder_email"])
                break
    return chosen


def demo_logins() -> list[tuple[str, str]]:
    """(role, e-mail) of every login the demo prints."""
    return (
        [(role, email) for role, email, *_ in STAFF[:1]]
        + [("challenge_owner", email) for email in PRINTED_OWNERS]
        + [(role, email) for role, email, *_ in STAFF[1:]]
        + [("judge", email) for email in PRINTED_ROUND_JUDGES]
        + [("startup", email) for email in printed_founders()]
    )


def decided_founders() -> list[tuple[str, str]]:
    """(outcome, e-mail) of a founder of the green round told they pitch and of one told they were not
    selected after the judges scored them: the first by application of each (the demo is deterministic,
    so always the same)."""
    from innovation.decisions.models import Decision, Outcome
    from innovation.judging.models import Assignment

    logins = []
    for outcome in (Outcome.FINALIST, Outcome.NOT_SELECTED):
        email = db.session.scalar(
            select(User.email)
            .join(Membership, Membership.user_id == User.id)
            .join(Application, Application.startup_id == Membership.organization_id)
            .join(Decision, Decision.application_id == Application.id)
            .where(
                Decision.published_outcome == outcome,
                Application.id.in_(select(Assignment.application_id)),
            )
            .order_by(Application.id, User.id)
            .limit(1)
        )
        if email:
            logins.append((f"startup ({outcome.value})", email))
    return logins


def existing_demo_logins() -> list[tuple[str, str]]:
    """(role, e-mail) of the demo accounts that exist in the database."""
    wanted = demo_logins() + decided_founders()
    present = set(db.session.scalars(select(User.email).where(User.email.in_([e for _, e in wanted]))))
    return [(role, email) for role, email in wanted if email in present]


class Accounts:
    """Demo accounts share one password: hashed once, not once per account (Argon2 is slow on purpose)."""

    def __init__(self) -> None:
        self.password_hash = hash_password(DEMO_PASSWORD)
        self.now = utcnow()
        self.founders: dict[str, User] = {}

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


def challenge_fields(item: dict) -> ChallengeFields:
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
    accounts = Accounts()
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
    imported = [
        import_challenge(
            program,
            owners[item["owner"]],
            challenge_fields(item),
            ChallengeState(item["state"]),
            review_comment=item.get("review_comment", ""),
        )
        for item in CHALLENGES
    ]
    challenges = {item["key"]: challenge for item, challenge in zip(CHALLENGES, imported, strict=True)}
    startups = _seed_applications(accounts, program, challenges)
    db.session.commit()
    from innovation.demo_round import seed_green_round, seed_round_one

    seed_round_one(accounts, organizer, owners, startups)
    seed_green_round(accounts, organizer, owners, startups)
    return demo_logins() + decided_founders()


# The demo content writes revenue bands as people say them; the platform stores codes.
REVENUE_CODES = {
    "none": "none",
    "<1bn": "under_1bn",
    "1-5bn": "1_5bn",
    "5-20bn": "5_20bn",
    ">20bn": "over_20bn",
}


def _seed_applications(
    accounts: Accounts, program: Program, challenges: dict[str, Challenge]
) -> dict[str, Organization]:
    """About 300 startups and 400 applications, submitted over the two weeks the window has been open."""
    startups: dict[str, Organization] = {}
    for item in demo_startups():
        user = accounts.add(item["founder_email"], item["founder_name"], item["locale"])
        organization = create_organization(
            item["name"], OrganizationKind.STARTUP, item["country"], item["website"]
        )
        add_member(organization, user, is_admin=True)
        db.session.add(
            StartupProfile(
                organization=organization,
                city=item["city"],
                founded_year=item["founded_year"],
                team_size=item["team_size"],
                stage=item["stage"],
                legal_entity=item["legal_entity"],
                legal_entity_country=item["legal_entity_country"] or "",
                sectors=list(item["sectors"]),
                description_vi=item["description"].get("vi", ""),
                description_en=item["description"].get("en", ""),
            )
        )
        startups[item["key"]] = organization
        accounts.founders[item["key"]] = user
    db.session.flush()
    opened = program.applications_open_at or accounts.now
    window = max((accounts.now - opened).total_seconds(), 3600)
    for position, item in enumerate(demo_applications()):
        # Spread over the window, denser towards now, as a deadline crowd does (deterministic).
        moment = opened + timedelta(seconds=window * ((position * 7919) % 1000 / 1000) ** 0.6)
        add_demo_application(
            item,
            challenges[item["challenge"]],
            startups[item["startup"]],
            accounts.founders[item["startup"]],
            moment,
        )
    return startups


def add_demo_application(
    item: dict, challenge: Challenge, startup: Organization, founder: User, moment: datetime
) -> Application:
    """One application of the demo content, in its state; a submitted one has its first version."""
    application = Application(
        challenge=challenge,
        startup=startup,
        created_by_id=founder.id,
        state=ApplicationState(item["state"]),
        lang=item["lang"],
        title=item["title"],
        summary=item["summary"],
        proposal=item["proposal"],
        fit=item["fit"],
        trl=item["trl"],
        customers=item["traction"]["customers"],
        pilots=item["traction"]["pilots"],
        revenue_band=REVENUE_CODES.get(item["traction"]["revenue_band"], ""),
        pilot_plan=item["pilot_plan"],
        team=item["team"],
        video_url=item["video_url"],
        consent_at=moment,
        consent_version=CONSENT_VERSION,
    )
    db.session.add(application)
    if item["state"] in ("submitted", "withdrawn"):
        db.session.flush()
        application.version = 1
        application.submitted_at = moment
        if item["state"] == "withdrawn":
            application.withdrawn_at = moment + timedelta(hours=5)
        db.session.add(
            ApplicationVersion(
                application=application,
                number=1,
                receipt=f"R{application.id:06d}-1-DEMO",
                form_token=f"demo-{challenge.program_id}-{item['key']}",
                submitted_at=moment,
                submitted_by_id=founder.id,
                data=application.fields(),
            )
        )
    return application
