"""Challenges: an owner's problem statement in one or two languages, its offer and its eligibility rules."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from innovation.database import TimestampMixin, UTCDateTime, enum_column
from innovation.extensions import db

LANGUAGES = ("vi", "en")


class Sector(enum.StrEnum):
    """The fixed list of sectors, from the centre's own agenda."""

    AI = "ai"
    SEMICONDUCTORS = "semiconductors"
    NEW_MATERIALS = "new_materials"
    GREEN_FINANCE = "green_finance"
    SMART_MANUFACTURING = "smart_manufacturing"
    SMART_CITY = "smart_city"
    LOGISTICS_PORTS = "logistics_ports"
    SME_DIGITAL = "sme_digital"
    BIOTECH = "biotech"
    CULTURE_INDUSTRY = "culture_industry"
    OTHER = "other"


class StartupStage(enum.StrEnum):
    """How far a startup has come, in order."""

    IDEA = "idea"
    PROTOTYPE = "prototype"
    MVP = "mvp"
    EARLY_REVENUE = "early_revenue"
    GROWTH = "growth"


class ChallengeState(enum.StrEnum):
    """A challenge's way from the owner's draft to the public board."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    PUBLISHED = "published"
    CLOSED = "closed"


class Challenge(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A problem an organization posts in a program, with what it offers and whom it accepts."""

    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    state: Mapped[ChallengeState] = mapped_column(
        enum_column(ChallengeState), default=ChallengeState.DRAFT, index=True
    )
    pilot_site: Mapped[bool] = mapped_column(Boolean, default=False)
    data_access: Mapped[bool] = mapped_column(Boolean, default=False)
    mentoring: Mapped[bool] = mapped_column(Boolean, default=False)
    budget_min_vnd: Mapped[int | None] = mapped_column(BigInteger)
    budget_max_vnd: Mapped[int | None] = mapped_column(BigInteger)
    # Eligibility: an empty list accepts everyone.
    eligible_stages: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_trl: Mapped[int | None] = mapped_column()
    eligible_countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    legal_entity_required: Mapped[bool] = mapped_column(Boolean, default=False)
    max_applications_per_startup: Mapped[int | None] = mapped_column()
    languages: Mapped[list[str]] = mapped_column(JSON, default=lambda: list(LANGUAGES))
    shortlist_size: Mapped[int] = mapped_column(default=10)
    review_comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Every word of every text, diacritics folded, between spaces: the board's search reads this column.
    search_text: Mapped[str] = mapped_column(Text, default="")

    program = relationship("Program")
    organization = relationship("Organization")
    texts = relationship(
        "ChallengeText",
        back_populates="challenge",
        cascade="all, delete-orphan",
        order_by="ChallengeText.lang",
    )
    sector_rows = relationship(
        "ChallengeSector", cascade="all, delete-orphan", order_by="ChallengeSector.sector"
    )

    @property
    def sectors(self) -> list[Sector]:
        """The challenge's sectors, in the list's order."""
        chosen = {row.sector for row in self.sector_rows}
        return [sector for sector in Sector if sector.value in chosen]

    def text(self, lang: str) -> ChallengeText | None:
        """The challenge's text in `lang`, if written."""
        return next((text for text in self.texts if text.lang == lang), None)

    def text_for(self, locale: str) -> tuple[ChallengeText, bool]:
        """The text to show a reader of `locale`, and whether it is the other language (a fallback)."""
        wanted = self.text(locale)
        if wanted is not None:
            return wanted, False
        return self.texts[0], True

    @property
    def title(self) -> str:
        """The title in the first language written (Vietnamese before English)."""
        return self.texts[0].title if self.texts else ""

    def engine_record(self) -> dict[str, object]:
        """The challenge as the screening engine reads it: main language, and the other in `versions`."""
        ordered = sorted(self.texts, key=lambda text: LANGUAGES.index(text.lang))
        main, *others = ordered
        return {
            "id": self.id,
            "title": main.title,
            "description": main.description,
            "lang": main.lang,
            "versions": [{"lang": t.lang, "title": t.title, "description": t.description} for t in others],
            "rules": {
                "stages": list(self.eligible_stages),
                "min_trl": self.min_trl,
                "countries": list(self.eligible_countries),
                "legal_entity_required": self.legal_entity_required,
                "languages": list(self.languages),
            },
        }


class ChallengeText(TimestampMixin, db.Model):  # type: ignore[name-defined, misc]
    """A challenge's words in one language: title, problem statement, context, outcomes, offer."""

    __tablename__ = "challenge_texts"
    __table_args__ = (UniqueConstraint("challenge_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300))
    statement: Mapped[str] = mapped_column(Text)
    context: Mapped[str] = mapped_column(Text, default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    offer: Mapped[str] = mapped_column(Text, default="")

    challenge = relationship("Challenge", back_populates="texts")

    @property
    def description(self) -> str:
        """What applications are ranked against: the statement, its context and the outcomes wanted."""
        return "\n\n".join(part for part in (self.statement, self.context, self.outcomes) if part)


class ChallengeSector(db.Model):  # type: ignore[name-defined, misc]
    """One sector of a challenge (a row each, so that the board filters by sector in SQL)."""

    __tablename__ = "challenge_sectors"

    challenge_id: Mapped[int] = mapped_column(
        ForeignKey("challenges.id", ondelete="CASCADE"), primary_key=True
    )
    sector: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)
