"""Eligibility rules of a challenge, checked against an application's facts, with reasons in vi and en.

A rule that is not set is not checked. A fact the applicant did not give is reported as missing rather
than guessed: the organizer decides, the engine only explains.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from screening.engine.text import word_count

STAGES = ("idea", "prototype", "mvp", "revenue", "scale")

STAGE_NAMES = {
    "en": {
        "idea": "idea",
        "prototype": "prototype",
        "mvp": "MVP",
        "revenue": "early revenue",
        "scale": "scaling",
    },
    "vi": {
        "idea": "ý tưởng",
        "prototype": "nguyên mẫu",
        "mvp": "sản phẩm khả dụng tối thiểu (MVP)",
        "revenue": "đã có doanh thu",
        "scale": "mở rộng quy mô",
    },
}

MESSAGES = {
    "stage_too_early": {
        "en": "Stage is {actual}; the challenge asks for at least {required}.",
        "vi": "Giai đoạn hiện tại là {actual}; đề bài yêu cầu tối thiểu {required}.",
    },
    "stage_missing": {
        "en": "The application does not say which stage the startup is at.",
        "vi": "Hồ sơ chưa nêu startup đang ở giai đoạn nào.",
    },
    "trl_too_low": {
        "en": "Technology readiness level is {actual}; the challenge asks for at least TRL {required}.",
        "vi": "Mức độ sẵn sàng công nghệ là {actual}; đề bài yêu cầu tối thiểu TRL {required}.",
    },
    "trl_missing": {
        "en": "The application does not give a technology readiness level (TRL 1-9).",
        "vi": "Hồ sơ chưa nêu mức độ sẵn sàng công nghệ (TRL 1-9).",
    },
    "country_not_allowed": {
        "en": "The startup is registered in {actual}; the challenge is open to {required}.",
        "vi": "Startup đăng ký tại {actual}; đề bài chỉ dành cho {required}.",
    },
    "country_missing": {
        "en": "The application does not say where the startup is registered.",
        "vi": "Hồ sơ chưa nêu startup đăng ký tại quốc gia nào.",
    },
    "legal_entity_required": {
        "en": "The challenge requires a registered legal entity; the startup has none.",
        "vi": "Đề bài yêu cầu pháp nhân đã đăng ký; startup chưa có pháp nhân.",
    },
    "legal_entity_missing": {
        "en": "The application does not say whether the startup is a registered legal entity.",
        "vi": "Hồ sơ chưa nêu startup đã có pháp nhân hay chưa.",
    },
    "field_missing": {
        "en": "Required field “{field}” is empty.",
        "vi": "Trường bắt buộc “{field}” còn trống.",
    },
    "too_short": {
        "en": "“{field}” has {actual} words; at least {required} are asked for.",
        "vi": "“{field}” có {actual} từ; yêu cầu tối thiểu {required} từ.",
    },
    "too_long": {
        "en": "“{field}” has {actual} words; at most {required} are allowed.",
        "vi": "“{field}” có {actual} từ; cho phép tối đa {required} từ.",
    },
}


@dataclass(frozen=True)
class WordLimit:
    """The fewest and most words a field may have (None: not checked)."""

    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class EligibilityRules:
    """What a challenge asks of its applicants; None or empty means "not checked"."""

    minimum_stage: str | None = None
    minimum_trl: int | None = None
    countries: frozenset[str] = frozenset()
    legal_entity_required: bool = False
    required_fields: tuple[str, ...] = ()
    word_limits: Mapping[str, WordLimit] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.minimum_stage is not None and self.minimum_stage not in STAGES:
            raise ValueError(f"unknown stage {self.minimum_stage!r}; choose from {', '.join(STAGES)}")
        if self.minimum_trl is not None and not 1 <= self.minimum_trl <= 9:
            raise ValueError("minimum TRL must be between 1 and 9")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> EligibilityRules:
        """Rules from a plain mapping: field names as keys, ``word_limits`` as {field: {minimum, maximum}}."""
        data = data or {}
        limits = {
            str(name): WordLimit(limit.get("minimum"), limit.get("maximum"))
            for name, limit in (data.get("word_limits") or {}).items()
        }
        trl = data.get("minimum_trl")
        return cls(
            minimum_stage=data.get("minimum_stage"),
            minimum_trl=int(trl) if trl is not None else None,
            countries=frozenset(str(code).upper() for code in data.get("countries") or ()),
            legal_entity_required=bool(data.get("legal_entity_required")),
            required_fields=tuple(data.get("required_fields") or ()),
            word_limits=limits,
        )

    def key(self) -> tuple[object, ...]:
        """A hashable form: challenges with the same rules are checked once."""
        limits = tuple(
            sorted((name, limit.minimum, limit.maximum) for name, limit in self.word_limits.items())
        )
        countries = tuple(sorted(self.countries))
        return (
            self.minimum_stage,
            self.minimum_trl,
            countries,
            self.legal_entity_required,
            self.required_fields,
            limits,
        )


@dataclass(frozen=True)
class ApplicationFacts:
    """What an application states about the startup, and its text fields by name."""

    stage: str | None = None
    trl: int | None = None
    country: str | None = None
    legal_entity: bool | None = None
    fields: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ApplicationFacts:
        """An application's facts from its mapping: stage, trl, country, legal_entity, fields."""
        trl = data.get("trl")
        legal_entity = data.get("legal_entity")
        return cls(
            stage=data.get("stage"),
            trl=int(trl) if trl is not None else None,
            country=data.get("country"),
            legal_entity=None if legal_entity is None else bool(legal_entity),
            fields={str(name): str(value or "") for name, value in (data.get("fields") or {}).items()},
        )


@dataclass(frozen=True)
class Flag:
    """One unmet or unverifiable rule; `message(locale)` explains it to a person."""

    code: str
    field: str = ""
    actual: str = ""
    required: str = ""

    def as_dict(self) -> dict[str, object]:
        """The flag as plain data, with its reason in both languages."""
        return {
            "code": self.code,
            "field": self.field,
            "actual": self.actual,
            "required": self.required,
            "message": {"en": self.message("en"), "vi": self.message("vi")},
        }

    def message(self, locale: str = "en") -> str:
        """The reason, in Vietnamese or English."""
        language = "vi" if locale.startswith("vi") else "en"
        names = STAGE_NAMES[language]
        actual = names.get(self.actual, self.actual) if self.code.startswith("stage") else self.actual
        required = names.get(self.required, self.required) if self.code.startswith("stage") else self.required
        return MESSAGES[self.code][language].format(field=self.field, actual=actual, required=required)


def check_eligibility(rules: EligibilityRules, facts: ApplicationFacts) -> list[Flag]:
    """Every rule the application does not meet, or does not give the facts to check, in rule order."""
    flags: list[Flag] = []
    if rules.minimum_stage is not None:
        if facts.stage not in STAGES:
            flags.append(Flag("stage_missing", "stage"))
        elif STAGES.index(facts.stage) < STAGES.index(rules.minimum_stage):
            flags.append(Flag("stage_too_early", "stage", facts.stage, rules.minimum_stage))
    if rules.minimum_trl is not None:
        if facts.trl is None:
            flags.append(Flag("trl_missing", "trl"))
        elif facts.trl < rules.minimum_trl:
            flags.append(Flag("trl_too_low", "trl", str(facts.trl), str(rules.minimum_trl)))
    if rules.countries:
        allowed = ", ".join(sorted(rules.countries))
        if not facts.country:
            flags.append(Flag("country_missing", "country"))
        elif facts.country.upper() not in {code.upper() for code in rules.countries}:
            flags.append(Flag("country_not_allowed", "country", facts.country.upper(), allowed))
    if rules.legal_entity_required:
        if facts.legal_entity is None:
            flags.append(Flag("legal_entity_missing", "legal_entity"))
        elif not facts.legal_entity:
            flags.append(Flag("legal_entity_required", "legal_entity"))
    for name in rules.required_fields:
        if not (facts.fields.get(name) or "").strip():
            flags.append(Flag("field_missing", name))
    for name, limit in rules.word_limits.items():
        text = facts.fields.get(name) or ""
        if not text.strip():
            continue  # an empty field is the required-fields rule's business
        words = word_count(text)
        if limit.minimum is not None and words < limit.minimum:
            flags.append(Flag("too_short", name, str(words), str(limit.minimum)))
        if limit.maximum is not None and words > limit.maximum:
            flags.append(Flag("too_long", name, str(words), str(limit.maximum)))
    return flags
