"""The demo content: challenges, startups and applications are consistent, and the planted cases are real."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections import Counter

import pytest
from email_validator import EmailNotValidError, validate_email

from innovation.demo_content.applications import BANKS, demo_applications, demo_startups, planted_counts
from innovation.demo_content.challenges import CHALLENGES, OWNER_ORGANIZATIONS

SECTORS = {
    "ai",
    "semiconductors",
    "new_materials",
    "green_finance",
    "smart_manufacturing",
    "smart_city",
    "logistics_ports",
    "sme_digital",
    "biotech",
    "culture_industry",
    "other",
}
STAGES = {"idea", "prototype", "mvp", "early_revenue", "growth"}
COUNTRIES = {"VN", "KR", "JP", "US", "FI", "SG", "TH", "DE", "FR"}
TEXT_RANGES = {"statement": (120, 250), "context": (60, 120), "outcomes": (40, 100), "offer": (30, 80)}
APPLICATION_RANGES = {
    "summary": (40, 90),
    "proposal": (150, 300),
    "fit": (50, 120),
    "pilot_plan": (40, 100),
    "team": (30, 80),
}
FREE_TEXT = ("title", "summary", "proposal", "fit", "pilot_plan", "team")

CHALLENGE_BY_KEY = {c["key"]: c for c in CHALLENGES}


def words(text: str) -> int:
    return len(text.split())


def folded_words(text: str) -> list[str]:
    text = text.replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.findall(r"\w+", bare.lower())


def shingle_set(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(ngrams(folded_words(text), 5))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def free_text(application: dict) -> str:
    return "\n".join(application[name] for name in FREE_TEXT)


def broken_rules(startup: dict, application: dict) -> list[str]:
    rules = CHALLENGE_BY_KEY[application["challenge"]]["eligibility"]
    broken = []
    if rules["stages"] and startup["stage"] not in rules["stages"]:
        broken.append("stage")
    if rules["min_trl"] is not None and application["trl"] < rules["min_trl"]:
        broken.append("trl")
    if rules["countries"] and startup["country"] not in rules["countries"]:
        broken.append("country")
    if rules["legal_entity_required"] and not startup["legal_entity"]:
        broken.append("legal_entity")
    return broken


def has_vietnamese_marks(text: str) -> bool:
    """Whether a text holds đ or a letter with a tone or vowel mark (all decompose to combining marks)."""
    return "đ" in text.lower() or any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))


def longest_common_run(a: list[str], b: list[str]) -> int:
    """Length in words of the longest passage that two texts share verbatim."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.find_longest_match(0, len(a), 0, len(b)).size


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return set(zip(*(tokens[i:] for i in range(n)), strict=False))


@pytest.fixture(scope="module")
def startups() -> list[dict]:
    return demo_startups()


@pytest.fixture(scope="module")
def applications() -> list[dict]:
    return demo_applications()


@pytest.fixture(scope="module")
def startup_by_key(startups: list[dict]) -> dict[str, dict]:
    return {s["key"]: s for s in startups}


# ------------------------------------------------------------------------------------------- challenges


def test_the_two_owners_already_in_the_demo_are_kept_as_they_are() -> None:
    by_key = {o["key"]: o for o in OWNER_ORGANIZATIONS}
    assert by_key["tancang"] == {
        "key": "tancang",
        "name": "Tân Cảng Logistics",
        "kind": "corporate",
        "country": "VN",
        "owner_email": "owner@demo.tancang.vn",
        "owner_name": "Trần Văn Minh",
        "owner_locale": "vi",
    }
    assert by_key["dost"] == {
        "key": "dost",
        "name": "HCMC Department of Science and Technology",
        "kind": "city_agency",
        "country": "VN",
        "owner_email": "owner@demo.dost.hochiminhcity.gov.vn",
        "owner_name": "Lê Hoàng Anh",
        "owner_locale": "vi",
    }


def test_owner_organizations_are_complete_and_distinct() -> None:
    assert 7 <= len(OWNER_ORGANIZATIONS) <= 9
    assert len({o["key"] for o in OWNER_ORGANIZATIONS}) == len(OWNER_ORGANIZATIONS)
    assert len({o["owner_email"] for o in OWNER_ORGANIZATIONS}) == len(OWNER_ORGANIZATIONS)
    for owner in OWNER_ORGANIZATIONS:
        assert set(owner) == {"key", "name", "kind", "country", "owner_email", "owner_name", "owner_locale"}
        assert owner["kind"] in {"corporate", "city_agency"}
        assert owner["country"] == "VN"
        assert owner["owner_locale"] in {"vi", "en"}
        assert re.fullmatch(r"owner@demo\.[a-z0-9.]+\.vn", owner["owner_email"])
    assert {c["owner"] for c in CHALLENGES} == {o["key"] for o in OWNER_ORGANIZATIONS}


def test_every_challenge_has_valid_codes_and_rules() -> None:
    assert len({c["key"] for c in CHALLENGES}) == len(CHALLENGES)
    owners = {o["key"] for o in OWNER_ORGANIZATIONS}
    for challenge in CHALLENGES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", challenge["key"])
        assert challenge["owner"] in owners
        assert challenge["state"] in {"draft", "submitted", "published", "closed"}
        assert challenge["sectors"] and set(challenge["sectors"]) <= SECTORS
        assert all(isinstance(challenge[flag], bool) for flag in ("pilot_site", "data_access", "mentoring"))
        low, high = challenge["budget_min_vnd"], challenge["budget_max_vnd"]
        assert (low is None) == (high is None)
        assert low is None or 0 < low <= high
        rules = challenge["eligibility"]
        assert set(rules) == {
            "stages",
            "min_trl",
            "countries",
            "legal_entity_required",
            "max_applications_per_startup",
        }
        assert set(rules["stages"]) <= STAGES
        assert rules["min_trl"] is None or 1 <= rules["min_trl"] <= 9
        assert all(re.fullmatch(r"[A-Z]{2}", code) for code in rules["countries"])
        assert isinstance(rules["legal_entity_required"], bool)
        assert rules["max_applications_per_startup"] is None or rules["max_applications_per_startup"] >= 1
        assert challenge["languages"] and set(challenge["languages"]) <= {"vi", "en"}
        assert isinstance(challenge["shortlist_size"], int) and challenge["shortlist_size"] > 0


def test_every_challenge_text_is_complete_and_of_the_stated_length() -> None:
    for challenge in CHALLENGES:
        assert challenge["texts"] and set(challenge["texts"]) <= {"vi", "en"}
        for lang, text in challenge["texts"].items():
            assert set(text) == {"title", "statement", "context", "outcomes", "offer"}, (
                challenge["key"],
                lang,
            )
            assert 3 <= words(text["title"]) <= 20
            for name, (low, high) in TEXT_RANGES.items():
                assert low <= words(text[name]) <= high, (challenge["key"], lang, name, words(text[name]))


def test_challenges_are_spread_over_states_and_languages_as_in_a_real_call() -> None:
    states = Counter(c["state"] for c in CHALLENGES)
    assert states == {"published": 11, "submitted": 2, "draft": 1, "closed": 1}
    languages = Counter("+".join(sorted(c["texts"])) for c in CHALLENGES)
    assert languages == {"en+vi": 10, "vi": 3, "en": 2}
    (draft,) = [c for c in CHALLENGES if c["state"] == "draft"]
    assert draft["review_comment"]
    assert all(not c["review_comment"] for c in CHALLENGES if c["state"] != "draft")


def test_all_text_is_nfc_normalised_so_that_search_and_comparison_see_one_spelling(
    startups: list[dict], applications: list[dict]
) -> None:
    texts = [t for c in CHALLENGES for version in c["texts"].values() for t in version.values()]
    texts += [t for s in startups for t in s["description"].values()]
    texts += [a[name] for a in applications for name in FREE_TEXT]
    assert all(unicodedata.normalize("NFC", text) == text for text in texts)


def test_vietnamese_challenge_texts_carry_their_diacritics() -> None:
    for challenge in CHALLENGES:
        if "vi" in challenge["texts"]:
            statement = challenge["texts"]["vi"]["statement"]
            assert (
                sum(
                    1
                    for ch in statement
                    if ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỷỹýàáèéìíòóùú"
                )
                > 50
            )


# --------------------------------------------------------------------------------------------- startups


def test_startups_are_registered_with_valid_unique_details(startups: list[dict]) -> None:
    assert 270 <= len(startups) <= 340
    assert len({s["key"] for s in startups}) == len(startups)
    assert len({s["founder_email"] for s in startups}) == len(startups)
    for startup in startups:
        try:
            validate_email(startup["founder_email"], check_deliverability=False)
        except EmailNotValidError as error:
            pytest.fail(f"{startup['founder_email']}: {error}")
        assert startup["country"] in COUNTRIES
        assert startup["locale"] in {"vi", "en"}
        assert startup["locale"] == "en" or startup["country"] == "VN"
        assert startup["stage"] in STAGES
        assert re.fullmatch(r"https://[a-z0-9-]+\.example", startup["website"])
        assert 2010 <= startup["founded_year"] <= 2025
        assert startup["team_size"] >= 2
        assert startup["legal_entity_country"] == (startup["country"] if startup["legal_entity"] else "")
        assert startup["sectors"] and set(startup["sectors"]) <= SECTORS
        assert len(startup["sectors"]) == len(set(startup["sectors"]))
        assert startup["description"] and set(startup["description"]) <= {"vi", "en"}
        assert startup["locale"] in startup["description"]
        for text in startup["description"].values():
            assert 30 <= words(text) <= 80, startup["key"]


def test_most_startups_are_vietnamese_and_every_partner_country_is_there(startups: list[dict]) -> None:
    countries = Counter(s["country"] for s in startups)
    assert countries.most_common(1)[0][0] == "VN"
    assert 0.55 <= countries["VN"] / len(startups) <= 0.72
    assert all(countries[code] >= 8 for code in ("KR", "JP", "US", "FI"))
    assert sum(countries[code] for code in ("SG", "TH", "DE", "FR")) >= 4


def test_startup_names_are_unique_except_for_teams_that_registered_twice(startups: list[dict]) -> None:
    names = Counter(s["name"] for s in startups)
    twice = {name for name, count in names.items() if count > 1}
    assert all(names[name] == 2 for name in twice)
    for name in twice:
        first, second = [s for s in startups if s["name"] == name]
        assert first["founder_name"] == second["founder_name"]
        assert first["founder_email"] != second["founder_email"]


# ----------------------------------------------------------------------------------------- applications


def test_generation_is_deterministic() -> None:
    assert demo_startups() == demo_startups()
    first, second = demo_applications(), demo_applications()
    assert first == second
    first[0]["title"] = "changed by a caller"
    assert demo_applications()[0]["title"] != "changed by a caller"


def test_every_application_goes_to_an_open_or_closed_challenge_from_a_known_startup(
    applications: list[dict], startup_by_key: dict[str, dict]
) -> None:
    assert 380 <= len(applications) <= 420
    assert len({a["key"] for a in applications}) == len(applications)
    for application in applications:
        assert re.fullmatch(r"a\d{4}", application["key"])
        assert application["startup"] in startup_by_key
        assert CHALLENGE_BY_KEY[application["challenge"]]["state"] in {"published", "closed"}
    used = {a["startup"] for a in applications}
    assert used == set(startup_by_key), "every demo startup applies at least once"


def test_applications_have_their_fields_in_the_stated_ranges(applications: list[dict]) -> None:
    for application in applications:
        assert application["lang"] in CHALLENGE_BY_KEY[application["challenge"]]["languages"]
        assert 3 <= words(application["title"]) <= 25
        for name, (low, high) in APPLICATION_RANGES.items():
            assert low <= words(application[name]) <= high, (
                application["key"],
                name,
                words(application[name]),
            )
        assert 1 <= application["trl"] <= 9
        traction = application["traction"]
        assert traction["customers"] >= 0 and traction["pilots"] >= 0
        assert traction["revenue_band"] in {"none", "<1bn", "1-5bn", "5-20bn", ">20bn"}
        assert application["video_url"] == "" or application["video_url"].startswith("https://video.example/")


def test_states_and_languages_are_spread_as_in_a_real_call(
    applications: list[dict], startup_by_key: dict[str, dict]
) -> None:
    states = Counter(a["state"] for a in applications)
    assert set(states) == {"submitted", "draft", "withdrawn"}
    assert 15 <= states["draft"] <= 25 and 5 <= states["withdrawn"] <= 11
    vietnamese = sum(1 for a in applications if a["lang"] == "vi") / len(applications)
    assert 0.5 <= vietnamese <= 0.6
    for application in applications:
        if startup_by_key[application["startup"]]["country"] != "VN":
            assert application["lang"] == "en", "Korean, Japanese, Finnish and US startups write English"


def test_no_startup_record_applies_twice_to_a_challenge_or_beyond_its_limit(applications: list[dict]) -> None:
    pairs = Counter((a["startup"], a["challenge"]) for a in applications)
    assert max(pairs.values()) == 1
    for (_, key), count in pairs.items():
        limit = CHALLENGE_BY_KEY[key]["eligibility"]["max_applications_per_startup"]
        assert limit is None or count <= limit


# ------------------------------------------------------------------------------------------------ planted


def test_planted_counts_are_in_the_planned_ranges(applications: list[dict]) -> None:
    counts = planted_counts()
    total = len(applications)
    assert counts == {label: sum(label in a["planted"] for a in applications) for label in counts}
    assert 0.40 <= counts["strong"] / total <= 0.52
    assert 0.20 <= counts["weak"] / total <= 0.32
    assert 0.12 <= counts["offtopic"] / total <= 0.20
    assert 0.02 <= counts["misrouted"] / total <= 0.04
    assert 0.04 <= counts["ineligible"] / total <= 0.06
    assert 5 <= counts["duplicate_same_startup"] // 2 <= 7
    assert 3 <= counts["duplicate_text"] // 2 <= 5
    assert 6 <= counts["echo"] <= 10
    assert 3 <= counts["keyword_stuffing"] <= 6
    vietnamese = sum(1 for a in applications if a["lang"] == "vi")
    assert 0.06 <= counts["unaccented"] / vietnamese <= 0.10


def test_each_application_has_one_content_label(applications: list[dict]) -> None:
    content = {"strong", "weak", "offtopic", "misrouted", "echo", "keyword_stuffing"}
    for application in applications:
        assert len(content & set(application["planted"])) == 1, application["planted"]
        assert (application["fits"] is not None) == ("misrouted" in application["planted"])
        assert (application["ineligible_reason"] is not None) == ("ineligible" in application["planted"])


def test_unaccented_applications_are_typed_without_any_vietnamese_mark(applications: list[dict]) -> None:
    unaccented = [a for a in applications if "unaccented" in a["planted"]]
    assert unaccented
    for application in unaccented:
        assert application["lang"] == "vi"
        for name in FREE_TEXT:
            assert not has_vietnamese_marks(application[name]), (application["key"], name)
    accented = [a for a in applications if a["lang"] == "vi" and "unaccented" not in a["planted"]]
    assert all(has_vietnamese_marks(a["proposal"]) for a in accented)


def test_echo_proposals_paste_most_of_the_problem_statement(applications: list[dict]) -> None:
    for application in (a for a in applications if "echo" in a["planted"]):
        statement = CHALLENGE_BY_KEY[application["challenge"]]["texts"][application["lang"]]["statement"]
        run = longest_common_run(folded_words(application["proposal"]), folded_words(statement))
        assert run >= 60 and run >= 0.6 * words(statement), (application["key"], run)


def test_strong_answers_are_written_in_the_startups_own_words(applications: list[dict]) -> None:
    # No passage of eight words or more is lifted from the statement: strong answers paraphrase.
    statements = {
        key: set().union(*(ngrams(folded_words(t["statement"]), 8) for t in c["texts"].values()))
        for key, c in CHALLENGE_BY_KEY.items()
    }
    for application in (a for a in applications if a["planted"][0] == "strong"):
        copied = ngrams(folded_words(free_text(application)), 8) & statements[application["challenge"]]
        assert not copied, (application["key"], sorted(copied)[:3])


def test_keyword_stuffing_repeats_the_owners_terms_around_a_weak_product(applications: list[dict]) -> None:
    for application in (a for a in applications if "keyword_stuffing" in a["planted"]):
        text = free_text(application).lower()
        keywords = BANKS[application["challenge"]].keywords[application["lang"]]
        repeated = [k for k in keywords if text.count(k.lower()) >= 3]
        assert len(repeated) >= 5, (application["key"], repeated)


def test_ineligible_applications_really_break_the_named_rule_and_only_it(
    applications: list[dict], startup_by_key: dict[str, dict]
) -> None:
    reasons = Counter()
    for application in applications:
        broken = broken_rules(startup_by_key[application["startup"]], application)
        if "ineligible" in application["planted"]:
            assert broken == [application["ineligible_reason"]], application["key"]
            reasons[application["ineligible_reason"]] += 1
        else:
            assert broken == [], (application["key"], broken)
    assert set(reasons) == {"stage", "trl", "country", "legal_entity"}


def test_misrouted_applications_answer_another_published_challenge(applications: list[dict]) -> None:
    for application in (a for a in applications if "misrouted" in a["planted"]):
        assert application["fits"] != application["challenge"]
        assert CHALLENGE_BY_KEY[application["fits"]]["state"] == "published"


def test_planted_duplicates_come_in_pairs_that_share_most_of_their_text(
    applications: list[dict], startup_by_key: dict[str, dict]
) -> None:
    by_key = {a["key"]: a for a in applications}
    copies = [a for a in applications if a["duplicate_of"]]
    assert (
        len(copies) == (planted_counts()["duplicate_same_startup"] + planted_counts()["duplicate_text"]) // 2
    )
    for copy in copies:
        original = by_key[copy["duplicate_of"]]
        assert original["key"] < copy["key"] and original["duplicate_of"] is None
        label = {"duplicate_same_startup", "duplicate_text"} & set(copy["planted"])
        assert label and label <= set(original["planted"])
        assert original["challenge"] == copy["challenge"]
        assert jaccard(shingle_set(free_text(original)), shingle_set(free_text(copy))) >= 0.6
        first, second = startup_by_key[original["startup"]], startup_by_key[copy["startup"]]
        assert first["key"] != second["key"]
        if label == {"duplicate_same_startup"}:
            assert (first["name"], first["founder_name"]) == (second["name"], second["founder_name"])
            assert first["founder_email"] != second["founder_email"]
        else:
            assert first["name"] != second["name"] and first["founder_name"] != second["founder_name"]


def test_applications_that_are_not_planted_duplicates_read_distinctly(applications: list[dict]) -> None:
    # The near-duplicate detector flags pairs at 0.5 (5-word shingles, Jaccard); nothing else comes close.
    sets = [shingle_set(free_text(a)) for a in applications]
    twins = {frozenset((a["duplicate_of"], a["key"])) for a in applications if a["duplicate_of"]}
    postings: dict[tuple[str, ...], list[int]] = {}
    for index, found in enumerate(sets):
        shared = Counter(itertools.chain.from_iterable(postings.get(shingle, ()) for shingle in found))
        for other, count in shared.items():
            if frozenset((applications[other]["key"], applications[index]["key"])) in twins:
                continue
            similarity = count / (len(found) + len(sets[other]) - count)
            assert similarity < 0.4, (applications[other]["key"], applications[index]["key"], similarity)
        for shingle in found:
            postings.setdefault(shingle, []).append(index)
