"""Each eligibility rule, met, unmet and unanswerable, explained in Vietnamese and English."""

from __future__ import annotations

import pytest

from screening.engine.eligibility import ApplicationFacts, EligibilityRules, WordLimit, check_eligibility

RULES = EligibilityRules(
    minimum_stage="mvp",
    minimum_trl=5,
    countries=frozenset({"VN", "KR", "JP", "US", "FI"}),
    legal_entity_required=True,
    required_fields=("solution", "team"),
    word_limits={"solution": WordLimit(minimum=5, maximum=12)},
)
GOOD = ApplicationFacts(
    stage="revenue",
    trl=7,
    country="vn",
    legal_entity=True,
    fields={"solution": "Dự báo thời gian lưu container tại cảng Cát Lái.", "team": "Ba kỹ sư."},
)


def codes(facts: ApplicationFacts, rules: EligibilityRules = RULES) -> list[str]:
    return [flag.code for flag in check_eligibility(rules, facts)]


def test_an_application_meeting_every_rule_has_no_flags() -> None:
    assert codes(GOOD) == []


def test_no_rules_no_flags() -> None:
    assert codes(ApplicationFacts(), EligibilityRules()) == []


@pytest.mark.parametrize(
    ("change", "code", "english", "vietnamese"),
    [
        ({"stage": "prototype"}, "stage_too_early", "Stage is prototype; the challenge asks for at least MVP.",
         "Giai đoạn hiện tại là nguyên mẫu; đề bài yêu cầu tối thiểu sản phẩm khả dụng tối thiểu (MVP)."),
        ({"stage": None}, "stage_missing", "does not say which stage", "chưa nêu startup đang ở giai đoạn nào"),
        ({"trl": 3}, "trl_too_low", "readiness level is 3; the challenge asks for at least TRL 5",
         "Mức độ sẵn sàng công nghệ là 3"),
        ({"trl": None}, "trl_missing", "technology readiness level (TRL 1-9)", "TRL 1-9"),
        ({"country": "SG"}, "country_not_allowed", "registered in SG; the challenge is open to FI, JP, KR, US, VN",
         "Startup đăng ký tại SG"),
        ({"country": ""}, "country_missing", "where the startup is registered", "quốc gia nào"),
        ({"legal_entity": False}, "legal_entity_required", "requires a registered legal entity", "pháp nhân"),
        ({"legal_entity": None}, "legal_entity_missing", "whether the startup is a registered", "pháp nhân hay chưa"),
        ({"fields": {"solution": "Dự báo thời gian lưu container tại cảng.", "team": "  "}}, "field_missing",
         "Required field “team” is empty.", "Trường bắt buộc “team” còn trống."),
        ({"fields": {"solution": "Quá ngắn.", "team": "Ba kỹ sư."}}, "too_short",
         "“solution” has 2 words; at least 5 are asked for.", "“solution” có 2 từ; yêu cầu tối thiểu 5 từ."),
        ({"fields": {"solution": "một " * 13, "team": "Ba kỹ sư."}}, "too_long",
         "“solution” has 13 words; at most 12 are allowed.", "cho phép tối đa 12 từ"),
    ],
)  # fmt: skip
def test_each_rule_is_flagged_with_a_reason_in_both_languages(change, code, english, vietnamese) -> None:
    facts = ApplicationFacts(**{**GOOD.__dict__, **change})
    [flag] = check_eligibility(RULES, facts)
    assert flag.code == code
    assert english in flag.message("en")
    assert vietnamese in flag.message("vi")


def test_several_failures_come_in_rule_order() -> None:
    assert codes(ApplicationFacts()) == [
        "stage_missing",
        "trl_missing",
        "country_missing",
        "legal_entity_missing",
        "field_missing",
        "field_missing",
    ]


def test_rules_refuse_impossible_values() -> None:
    with pytest.raises(ValueError, match="stage"):
        EligibilityRules(minimum_stage="unicorn")
    with pytest.raises(ValueError, match="TRL"):
        EligibilityRules(minimum_trl=10)
