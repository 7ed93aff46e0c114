"""Demo startups and their applications to the demo challenges, with planted cases the pre-screen must find.

Texts are assembled from per-challenge sentence banks (``banks_*.py``): a strong answer takes one kind of
solution (an archetype), a random subset of its sentences, some of the site details, fit and pilot
sentences, and its own numbers, so that two strong answers to one challenge read differently. Each
application carries ``planted`` labels saying what was planted (strong, weak, offtopic, misrouted,
ineligible, duplicate_same_startup, duplicate_text, echo, keyword_stuffing, unaccented) so that the
ranking can be judged against them. Everything comes from one seeded ``random.Random``: two calls
return equal lists.
"""

from __future__ import annotations

import copy
import functools
import itertools
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from innovation.demo_content import (
    banks_chatbot,
    banks_chip,
    banks_coldchain,
    banks_flood,
    banks_green,
    banks_market,
    banks_materials,
    banks_night,
    banks_outpatient,
    banks_port,
    banks_sme,
    banks_traffic,
)
from innovation.demo_content import banks_common as common
from innovation.demo_content.bank import Archetype, ChallengeBank, Pair
from innovation.demo_content.banks_offtopic import DOMAINS
from innovation.demo_content.challenges import CHALLENGES
from innovation.demo_content.people import CITIES, CITY_EN, COUNTRY_WEIGHTS, person_name, startup_name

SEED = 20260415

BANKS: dict[str, ChallengeBank] = {
    "port-5g": banks_port.BANK,
    "adaptive-traffic-signals": banks_traffic.BANK,
    "flood-tide-warning": banks_flood.BANK,
    "sme-smart-manufacturing": banks_sme.BANK,
    "green-sme-loans": banks_green.BANK,
    "chip-packaging-yield": banks_chip.BANK,
    "low-carbon-materials": banks_materials.BANK,
    "outpatient-flow": banks_outpatient.BANK,
    "public-service-chatbot": banks_chatbot.BANK,
    "market-food-traceability": banks_market.BANK,
    "mekong-cold-chain": banks_coldchain.BANK,
    "night-time-economy": banks_night.BANK,
}
# Solutions (challenge, archetype) that only touch the key challenge: their makers send a partial answer.
NEIGHBOURS = {
    "port-5g": [("adaptive-traffic-signals", 0), ("mekong-cold-chain", 2), ("chip-packaging-yield", 0)],
    "adaptive-traffic-signals": [("port-5g", 3), ("night-time-economy", 0), ("flood-tide-warning", 3)],
    "flood-tide-warning": [
        ("adaptive-traffic-signals", 0),
        ("public-service-chatbot", 2),
        ("night-time-economy", 3),
    ],
    "sme-smart-manufacturing": [("chip-packaging-yield", 2), ("green-sme-loans", 0), ("green-sme-loans", 3)],
    "green-sme-loans": [("sme-smart-manufacturing", 0), ("sme-smart-manufacturing", 1)],
    "chip-packaging-yield": [("sme-smart-manufacturing", 1), ("port-5g", 1)],
    "low-carbon-materials": [("green-sme-loans", 3), ("green-sme-loans", 2)],
    "outpatient-flow": [
        ("public-service-chatbot", 2),
        ("public-service-chatbot", 1),
        ("night-time-economy", 0),
    ],
    "public-service-chatbot": [("outpatient-flow", 3), ("flood-tide-warning", 1)],
    "market-food-traceability": [("mekong-cold-chain", 1), ("mekong-cold-chain", 2)],
    "mekong-cold-chain": [("market-food-traceability", 1), ("port-5g", 3)],
    "night-time-economy": [("adaptive-traffic-signals", 0), ("flood-tide-warning", 1)],
}
# Relative number of applications per challenge: narrow calls (one language, one country) get fewer.
VOLUME = {
    "port-5g": 1.15,
    "adaptive-traffic-signals": 1.15,
    "flood-tide-warning": 1.0,
    "sme-smart-manufacturing": 0.8,
    "green-sme-loans": 0.9,
    "chip-packaging-yield": 0.85,
    "low-carbon-materials": 0.9,
    "outpatient-flow": 1.0,
    "public-service-chatbot": 0.95,
    "market-food-traceability": 1.0,
    "mekong-cold-chain": 0.9,
    "night-time-economy": 0.8,
}
# Chip packaging draws the partner countries' semiconductor startups more than the rest of the call does.
COUNTRY_WEIGHTS_FOR = {
    "chip-packaging-yield": {
        "VN": 30,
        "KR": 25,
        "JP": 22,
        "US": 13,
        "FI": 10,
        "SG": 3,
        "TH": 2,
        "DE": 2,
        "FR": 1,
    },
}

STAGES = ["idea", "prototype", "mvp", "early_revenue", "growth"]
STAGE_WEIGHTS = {"idea": 4, "prototype": 14, "mvp": 30, "early_revenue": 32, "growth": 20}
STAGE_TRL = {"idea": (1, 3), "prototype": (3, 5), "mvp": (5, 7), "early_revenue": (6, 8), "growth": (7, 9)}
STAGE_FOUNDED = {
    "idea": (2024, 2025),
    "prototype": (2022, 2025),
    "mvp": (2020, 2024),
    "early_revenue": (2017, 2023),
    "growth": (2010, 2020),
}
STAGE_TEAM = {
    "idea": (2, 4),
    "prototype": (3, 8),
    "mvp": (4, 15),
    "early_revenue": (8, 35),
    "growth": (25, 150),
}
STAGE_CUSTOMERS = {
    "idea": (0, 0),
    "prototype": (0, 0),
    "mvp": (2, 6),
    "early_revenue": (4, 30),
    "growth": (25, 250),
}
STAGE_PILOTS = {
    "idea": (0, 0),
    "prototype": (1, 2),
    "mvp": (1, 3),
    "early_revenue": (2, 6),
    "growth": (4, 15),
}
STAGE_REVENUE = {
    "idea": ["none"],
    "prototype": ["none"],
    "mvp": ["none", "<1bn"],
    "early_revenue": ["<1bn", "1-5bn"],
    "growth": ["5-20bn", ">20bn"],
}
LEGAL_ENTITY_SHARE = {"idea": 0.2, "prototype": 0.5, "mvp": 0.8, "early_revenue": 0.95, "growth": 1.0}

# What the call receives: base applications by kind (the near-duplicate copies come on top).
PLAN = {"strong": 184, "weak": 110, "offtopic": 70, "misrouted": 14, "echo": 8, "keyword_stuffing": 4}
INELIGIBLE_PLAN = {"stage": 6, "trl": 5, "country": 5, "legal_entity": 4}
SPRAYERS = 8  # off-topic startups that send the same pitch to three challenges
SPRAY_TARGETS = 3
WEAK_REUSE = 0.7  # share of partial answers that come from a neighbouring field's startup
MISROUTED_REUSE = 0.8  # share of misrouted answers whose startup also answered its own challenge
VIETNAMESE_LOCALE = 0.9  # share of Vietnamese startups that work in Vietnamese
SAME_STARTUP_PAIRS = 6
SAME_TEXT_PAIRS = 4
DRAFTS = 20
WITHDRAWN = 8
UNACCENTED_SHARE = 0.08
VIDEO_SHARE = 0.35
ECHO_COVERAGE = (0.65, 1.0)  # share of the statement an echo pastes: most of it, sometimes all
# Applications that are not planted duplicates stay below this Jaccard similarity of 5-word shingles.
DISTINCT_BELOW = 0.33
SHINGLE = 5
TEXT_FIELDS = ("title", "summary", "proposal", "fit", "pilot_plan", "team")
LENGTHS = {
    "summary": (40, 90),
    "proposal": (150, 300),
    "fit": (50, 120),
    "pilot_plan": (40, 100),
    "team": (30, 80),
}
PARTIAL_PROPOSAL = (150, 230)  # a partial or off-topic answer has less to say, and says it in fewer words
LABELS = [
    "strong",
    "weak",
    "offtopic",
    "misrouted",
    "ineligible",
    "duplicate_same_startup",
    "duplicate_text",
    "echo",
    "keyword_stuffing",
    "unaccented",
]

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# Every mark Vietnamese puts on a letter (tones, circumflex, breve, horn) is in this block.
_COMBINING = re.compile("[\u0300-\u036f]")


def words(text: str) -> int:
    """Number of whitespace-separated words, the measure of the stated length ranges."""
    return len(text.split())


def strip_diacritics(text: str) -> str:
    """Vietnamese as typed without an input method: no tone or vowel marks, đ as d."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text)))


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Diacritic-folded, lower-cased 5-word shingles: what near-duplicate detection compares."""
    tokens = _WORD.findall(strip_diacritics(text).lower())
    return frozenset(zip(*(tokens[i:] for i in range(SHINGLE)), strict=False))


def jaccard(a: frozenset, b: frozenset) -> float:
    """Jaccard similarity of two shingle sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def application_text(application: dict) -> str:
    """All free text of an application, as a near-duplicate detector reads it."""
    return "\n".join(application[name] for name in TEXT_FIELDS)


def eligibility_violations(startup: dict, trl: int, challenge: dict) -> list[str]:
    """The challenge's eligibility rules that this startup, applying at this TRL, breaks."""
    rules = challenge["eligibility"]
    broken = []
    if rules["stages"] and startup["stage"] not in rules["stages"]:
        broken.append("stage")
    if rules["min_trl"] is not None and trl < rules["min_trl"]:
        broken.append("trl")
    if rules["countries"] and startup["country"] not in rules["countries"]:
        broken.append("country")
    if rules["legal_entity_required"] and not startup["legal_entity"]:
        broken.append("legal_entity")
    return broken


def demo_startups() -> list[dict]:
    """About 300 startups from Vietnam, Korea, Japan, the US, Finland and a few other countries."""
    return copy.deepcopy(_generated()[0])


def demo_applications() -> list[dict]:
    """About 400 applications to the published and closed challenges, each with its planted labels."""
    return copy.deepcopy(_generated()[1])


def planted_counts() -> dict[str, int]:
    """How many applications carry each planted label (a duplicate pair counts twice)."""
    counts = Counter(label for application in _generated()[1] for label in application["planted"])
    return {label: counts[label] for label in LABELS}


@functools.cache
def _generated() -> tuple[list[dict], list[dict]]:
    return _Call(random.Random(SEED)).run()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_diacritics(name).lower()).strip("-")


def _spread(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Split `total` over the keys in proportion to their weights (largest remainder)."""
    scale = total / sum(weights.values())
    shares = {key: weight * scale for key, weight in weights.items()}
    counts = {key: int(share) for key, share in shares.items()}
    for key in sorted(shares, key=lambda k: counts[k] - shares[k])[: total - sum(counts.values())]:
        counts[key] += 1
    return counts


def _fill(rng: random.Random, required: list, optional: list, lo: int, hi: int) -> list:
    """All `required` (tag, sentence) items, then optional ones in order until a length in [lo, hi]."""
    margin = (hi - lo) // 5
    target = rng.randint(lo + margin, hi - margin)
    chosen = list(required)
    count = sum(words(text) for _, text in chosen)
    for item in optional:
        if count >= target:
            break
        if count + words(item[1]) <= hi:
            chosen.append(item)
            count += words(item[1])
    if not lo <= count <= hi:
        raise ValueError(f"{count} words do not fit in {lo}-{hi}: {chosen}")
    return chosen


def _trim(text: str, budget: int) -> str:
    """`text` without its last sentences, from the last paragraph back, down to at most `budget` words."""
    paragraphs = [_SENTENCE_END.split(paragraph) for paragraph in text.split("\n\n")]
    while sum(words(" ".join(p)) for p in paragraphs) > budget:
        paragraphs[-1].pop()
        if not paragraphs[-1]:
            paragraphs.pop()
    return "\n\n".join(" ".join(p) for p in paragraphs)


def _capitalized(sentence: str) -> str:
    """The sentence with its first letter upper-cased (a sentence may start with a lower-case keyword)."""
    return sentence[:1].upper() + sentence[1:]


def _paragraphs(items: list[tuple[int, str]]) -> str:
    """Sentences grouped into paragraphs by tag, in tag order, each keeping its own order."""
    tags = sorted({tag for tag, _ in items})
    return "\n\n".join(" ".join(text for tag, text in items if tag == wanted) for wanted in tags)


@dataclass
class _Profile:
    """What a startup makes: a strong answer to one challenge, a partial one, or something else."""

    kind: str  # "strong" | "weak" | "offtopic"
    challenge: str | None
    index: int  # archetype index in the challenge's bank, or index in DOMAINS


@dataclass
class _Draft:
    """An application being built, with the internal facts that do not go into the output."""

    startup: dict
    challenge: dict
    lang: str
    texts: dict[str, str]
    trl: int
    planted: list[str]
    fits: str | None = None
    ineligible_reason: str | None = None
    twin: int | None = None  # the other member of a planted duplicate pair
    shingles: frozenset = field(default_factory=frozenset)


@dataclass
class _Facts:
    """What a startup says the same way in every application: team, traction."""

    profile: _Profile
    cofounder: str
    bg1: Pair
    bg2: Pair
    customers: int
    pilots: int
    revenue_band: str
    applied: list[str] = field(default_factory=list)


class _Call:
    """The whole call for applications, generated in one pass from one random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.targets = [c for c in CHALLENGES if c["state"] in ("published", "closed")]
        self.published = [c for c in self.targets if c["state"] == "published"]
        self.by_key = {c["key"]: c for c in CHALLENGES}
        self.startups: list[dict] = []
        self.facts: dict[str, _Facts] = {}
        self.names: set[str] = set()
        self.drafts: list[_Draft] = []
        self.postings: dict[tuple[str, ...], list[int]] = {}
        self.cycles: dict[str, list[int]] = {}

    def run(self) -> tuple[list[dict], list[dict]]:
        """Startups and applications of the whole call."""
        strong = _spread(PLAN["strong"], VOLUME)
        weak = _spread(PLAN["weak"], VOLUME)
        offtopic = _spread(PLAN["offtopic"], VOLUME)
        violations = self._plan_ineligible(strong, weak)
        for challenge in self.targets:
            for _ in range(strong[challenge["key"]]):
                self._strong(challenge, violations.get((challenge["key"], "strong"), []))
        for _ in range(PLAN["misrouted"]):
            self._misrouted()
        for challenge in self.targets:
            for _ in range(weak[challenge["key"]]):
                self._weak(challenge, violations.get((challenge["key"], "weak"), []))
        self._offtopic(offtopic)
        for challenge in self.rng.sample(self.targets, PLAN["echo"]):
            self._echo(challenge)
        for challenge in self.rng.sample(self.targets, PLAN["keyword_stuffing"]):
            self._stuffed(challenge)
        self._duplicates()
        self._unaccent()
        return self.startups, self._finish()

    # ------------------------------------------------------------------ plan

    def _plan_ineligible(
        self, strong: dict[str, int], weak: dict[str, int]
    ) -> dict[tuple[str, str], list[str]]:
        """Which (challenge, kind) slots get a startup that breaks which rule."""
        applicable = {
            "stage": [c for c in self.targets if c["eligibility"]["stages"]],
            "trl": [c for c in self.targets if (c["eligibility"]["min_trl"] or 0) >= 4],
            "country": [c for c in self.targets if c["eligibility"]["countries"] and "en" in c["languages"]],
            "legal_entity": [c for c in self.targets if c["eligibility"]["legal_entity_required"]],
        }
        plan: dict[tuple[str, str], list[str]] = {}
        for rule, count in INELIGIBLE_PLAN.items():
            pool = self.rng.sample(applicable[rule], len(applicable[rule]))
            for challenge in (pool[i % len(pool)] for i in range(count)):
                kind = "strong" if self.rng.random() < 0.65 else "weak"
                plan.setdefault((challenge["key"], kind), []).append(rule)
        for (key, kind), rules in plan.items():
            quota = strong[key] if kind == "strong" else weak[key]
            if len(rules) > quota:
                raise ValueError(f"too many ineligible {kind} applications for {key}")
        return plan

    # -------------------------------------------------------------- startups

    def _country(self, challenge: dict, violate: bool, lang: str | None) -> str:
        allowed = challenge["eligibility"]["countries"]
        weights = dict(COUNTRY_WEIGHTS_FOR.get(challenge["key"], COUNTRY_WEIGHTS))
        if lang == "vi" or "en" not in challenge["languages"]:
            weights = {"VN": 1}  # only Vietnamese startups write Vietnamese
        if violate:
            weights = {c: w for c, w in weights.items() if c not in allowed}
        elif allowed:
            weights = {c: w for c, w in weights.items() if c in allowed}
        countries = list(weights)
        return self.rng.choices(countries, weights=[weights[c] for c in countries])[0]

    def _stage(self, challenge: dict, violate: str | None, kind: str) -> str:
        rules = challenge["eligibility"]
        allowed = rules["stages"] or STAGES
        if violate == "stage":
            # The stage just before the earliest one allowed: close, but really outside the rule.
            return STAGES[STAGES.index(allowed[0]) - 1]
        pool = [s for s in allowed if STAGE_TRL[s][1] >= (rules["min_trl"] or 0)]
        if kind != "offtopic":
            pool = [s for s in pool if s != "idea"]
        if violate == "trl":
            return pool[0]
        return self.rng.choices(pool, weights=[STAGE_WEIGHTS[s] for s in pool])[0]

    def _unique_name(self, country: str, stems: list[str]) -> str:
        """A new name: not even "Chill Labs" next to "ChillLabs"."""
        for _ in range(500):
            name = startup_name(self.rng, country, stems)
            compact = _slug(name).replace("-", "")
            if compact not in self.names:
                self.names.add(compact)
                return name
        raise RuntimeError("ran out of startup names")

    def _new_startup(
        self, profile: _Profile, challenge: dict, violate: str | None = None, lang: str | None = None
    ) -> dict:
        """A startup eligible for `challenge`, or breaking exactly the rule `violate`."""
        rng = self.rng
        country = self._country(challenge, violate == "country", lang)
        if lang is not None:
            locale = lang
        else:
            locale = "vi" if country == "VN" and rng.random() < VIETNAMESE_LOCALE else "en"
        stage = self._stage(challenge, violate, profile.kind)
        if violate == "legal_entity":
            legal = False
        elif challenge["eligibility"]["legal_entity_required"]:
            legal = True
        else:
            legal = rng.random() < LEGAL_ENTITY_SHARE[stage]
        stems, sectors, pitch, backgrounds = self._profile_parts(profile)
        name = self._unique_name(country, stems)
        slug = _slug(name)
        startup = {
            "key": slug,
            "name": name,
            "founder_email": f"founder@demo-{slug}.example",
            "founder_name": person_name(rng, country),
            "locale": locale,
            "country": country,
            "city": rng.choice(CITIES[country]),
            "founded_year": rng.randint(*STAGE_FOUNDED[stage]),
            "website": f"https://{slug}.example",
            "team_size": rng.randint(*STAGE_TEAM[stage]),
            "stage": stage,
            "legal_entity": legal,
            "legal_entity_country": country if legal else "",
            "sectors": sectors,
            "description": {},
        }
        cofounder = person_name(rng, country)
        while cofounder == startup["founder_name"]:
            cofounder = person_name(rng, country)
        customers = rng.randint(*STAGE_CUSTOMERS[stage])
        pilots = rng.randint(*STAGE_PILOTS[stage])
        self.facts[slug] = _Facts(
            profile=profile,
            cofounder=cofounder,
            bg1=rng.choice(backgrounds),
            bg2=rng.choice(common.CTO_BG[country]),
            customers=customers,
            # Traction sentences say how many customers started with a pilot: never more than there are.
            pilots=min(customers, pilots) if customers else pilots,
            revenue_band=rng.choice(STAGE_REVENUE[stage]),
        )
        languages = [locale]
        if country == "VN" and rng.random() < 0.5:
            languages.append("en" if locale == "vi" else "vi")
        for language in languages:
            ctx = self._context(startup, language)
            sentences = [self._say(pitch, language, ctx)]
            for tail in rng.sample(common.DESCRIPTION_TAILS, len(common.DESCRIPTION_TAILS)):
                if words(" ".join(sentences)) >= 30:
                    break
                sentences.append(self._say(tail, language, ctx))
            startup["description"][language] = " ".join(sentences)
        self.startups.append(startup)
        return startup

    def _profile_parts(self, profile: _Profile) -> tuple[list[str], list[str], Pair, list[Pair]]:
        """Name stems, sectors, one-sentence pitch and founder backgrounds of a profile."""
        if profile.kind == "offtopic":
            domain = DOMAINS[profile.index]
            return domain.stems, domain.sectors, self.rng.choice(domain.product.pitches), domain.team_bg
        bank = BANKS[profile.challenge]
        sectors = list(self.by_key[profile.challenge]["sectors"])
        if profile.kind == "strong":
            archetype = bank.strong[profile.index]
            return bank.stems, sectors, self.rng.choice(archetype.pitches), bank.team_bg
        archetype = bank.weak[profile.index]
        return (
            bank.stems,
            list(dict.fromkeys([sectors[0], "sme_digital"])),
            archetype.pitches[0],
            common.GENERIC_BG,
        )

    def _applicable(self, startup: dict, challenge: dict) -> bool:
        """Whether `startup` may send one more eligible application to `challenge`."""
        facts = self.facts[startup["key"]]
        if challenge["key"] in facts.applied or len(facts.applied) >= 3:
            return False
        if startup["country"] != "VN" and "en" not in challenge["languages"]:
            return False
        trl_high = STAGE_TRL[startup["stage"]][1]
        return not eligibility_violations(startup, max(trl_high, 1), challenge)

    # ---------------------------------------------------------------- texts

    def _context(self, startup: dict, lang: str, challenge: dict | None = None) -> dict[str, object]:
        """Placeholder values of one text: the startup's facts and fresh numbers."""
        rng = self.rng
        facts = self.facts[startup["key"]]
        city = startup["city"] if lang == "vi" else CITY_EN.get(startup["city"], startup["city"])
        title = ""
        if challenge is not None:
            texts = challenge["texts"]
            title = texts.get(lang, next(iter(texts.values())))["title"]
        bank = BANKS.get(facts.profile.challenge or "")
        customers = bank.customers if bank and facts.profile.kind == "strong" else common.GENERIC_CUSTOMERS
        return {
            "name": startup["name"],
            "year": startup["founded_year"],
            "city": city,
            "size": startup["team_size"],
            "customers": facts.customers,
            "pilots": facts.pilots,
            "cust": customers[0 if lang == "vi" else 1],
            "title": title,
            "pct": rng.randint(12, 35),
            "pct2": rng.randint(40, 75),
            "n_small": rng.randint(3, 8),
            "n_mid": rng.randint(12, 40),
            "n_big": rng.randrange(120, 900, 10),
            "weeks": rng.randint(4, 10),
            "months": rng.randint(3, 6),
        }

    @staticmethod
    def _say(pair: Pair, lang: str, ctx: dict[str, object]) -> str:
        return pair[0 if lang == "vi" else 1].format_map(ctx)

    def _traction(self, startup: dict, lang: str, ctx: dict[str, object]) -> str:
        facts = self.facts[startup["key"]]
        if facts.customers:
            pool = common.TRACTION
        elif facts.pilots:
            pool = common.TRACTION_EARLY
        else:
            pool = common.TRACTION_NONE
        return self._say(self.rng.choice(pool), lang, ctx)

    def _pilot(self, pool: list[Pair], lang: str, ctx: dict[str, object]) -> str:
        """Some of `pool` in its own order (a plan reads month by month), and one general sentence."""
        rng = self.rng
        order = rng.sample(range(len(pool)), len(pool))
        candidates = [(i, self._say(pool[i], lang, ctx)) for i in order]
        candidates.insert(
            rng.randint(1, 3), (len(pool), self._say(rng.choice(common.PILOT_EXTRA), lang, ctx))
        )
        return " ".join(text for _, text in sorted(_fill(rng, [], candidates, *LENGTHS["pilot_plan"])))

    def _shuffled(self, pool: list[Pair], lang: str, ctx: dict[str, object]) -> list[str]:
        return [self._say(pair, lang, ctx) for pair in self.rng.sample(pool, len(pool))]

    def _team(self, startup: dict, lang: str, ctx: dict[str, object]) -> str:
        facts = self.facts[startup["key"]]
        size = startup["team_size"]
        values = dict(
            ctx,
            founder=startup["founder_name"],
            cofounder=facts.cofounder,
            bg1=self._say(facts.bg1, lang, ctx),
            bg2=self._say(facts.bg2, lang, ctx),
            eng=max(1, round(size * self.rng.uniform(0.4, 0.7))),
        )
        text = self._say(self.rng.choice(common.TEAM), lang, values)
        extra = common.TEAM_EXTRA_LOCAL if startup["country"] == "VN" else common.TEAM_EXTRA_FOREIGN
        addition = self._say(self.rng.choice(extra), lang, values)
        if (startup["country"] != "VN" or self.rng.random() < 0.5) and words(text) + words(addition) <= 80:
            text = f"{text} {addition}"
        return text

    def _title(self, startup: dict, pair: Pair, lang: str, ctx: dict[str, object]) -> str:
        title = self._say(pair, lang, ctx)
        return f"{startup['name']}: {title}" if self.rng.random() < 0.3 else title

    def _strong_texts(
        self, startup: dict, bank: ChallengeBank, archetype: Archetype, lang: str
    ) -> dict[str, str]:
        """A full answer in the field's own vocabulary, in this startup's words and numbers."""
        rng = self.rng
        ctx = self._context(startup, lang)
        say = functools.partial(self._say, lang=lang, ctx=ctx)
        first, second = rng.sample(archetype.pitches, 2)
        steps = sorted(rng.sample(range(len(archetype.approach)), rng.randint(3, 5)))
        local = self._shuffled(bank.local, lang, ctx)
        traction = self._traction(startup, lang, ctx)
        summary = _fill(
            rng,
            [(0, say(first))],
            [(0, say(archetype.approach[i])) for i in rng.sample(steps, len(steps))] + [(0, traction)],
            *LENGTHS["summary"],
        )
        required = [(0, say(rng.choice(common.INTROS))), (0, say(second))]
        required += [(1, say(archetype.approach[i])) for i in steps[:3]]
        optional = [(1, say(archetype.approach[i])) for i in steps[3:]]
        optional += [(2, local[0]), (3, traction), (2, local[1])]
        if bank.software:
            optional += [(2, say(rng.choice(common.SECURITY))), (3, say(rng.choice(common.BUSINESS)))]
        optional += [(2, local[2]), (2, local[3])]
        fits = self._shuffled(bank.fit, lang, ctx)
        extra = self._shuffled(common.FIT_EXTRA, lang, ctx)
        fit = _fill(
            rng,
            [],
            [(0, text) for text in fits[:2] + extra[:1] + fits[2:4] + extra[1:2] + fits[4:]],
            *LENGTHS["fit"],
        )
        return {
            "title": self._title(startup, rng.choice(archetype.titles), lang, ctx),
            "summary": _paragraphs(summary),
            "proposal": _paragraphs(_fill(rng, required, optional, *LENGTHS["proposal"])),
            "fit": _paragraphs(fit),
            "pilot_plan": self._pilot(bank.pilot, lang, ctx),
            "team": self._team(startup, lang, ctx),
        }

    def _partial_texts(
        self, startup: dict, archetype: Archetype, remarks: list[str], fits: list[str], lang: str
    ) -> dict[str, str]:
        """A product that answers the challenge in part or not at all, with what its makers say about it.

        `remarks` are sentences about the product's relation to the challenge, spread over the summary, the
        proposal and the fit; `fits` open the fit.
        """
        rng = self.rng
        ctx = self._context(startup, lang)
        say = functools.partial(self._say, lang=lang, ctx=ctx)
        pitch = say(rng.choice(archetype.pitches))
        steps = sorted(rng.sample(range(len(archetype.approach)), rng.randint(3, len(archetype.approach))))
        generic = self._shuffled(common.GENERIC_PLATFORM, lang, ctx)
        traction = self._traction(startup, lang, ctx)
        summary = _fill(
            rng,
            [(0, pitch)],
            [(0, say(archetype.approach[steps[0]])), (0, remarks[0]), (0, generic[0])],
            *LENGTHS["summary"],
        )
        required = [(0, say(rng.choice(common.INTROS))), (0, pitch)]
        required += [(1, say(archetype.approach[i])) for i in steps]
        optional = [(3, traction), (2, remarks[1]), (2, generic[1]), (3, say(rng.choice(common.BUSINESS)))]
        optional += [(2, say(rng.choice(common.SECURITY))), *[(2, text) for text in generic[2:]]]
        fit = _fill(rng, [(0, fits[0])], [(0, text) for text in fits[1:] + remarks[2:]], *LENGTHS["fit"])
        return {
            "title": self._title(startup, rng.choice(archetype.titles), lang, ctx),
            "summary": _paragraphs(summary),
            "proposal": _paragraphs(_fill(rng, required, optional, *PARTIAL_PROPOSAL)),
            "fit": _paragraphs(fit),
            "pilot_plan": self._pilot(common.GENERIC_PILOT, lang, ctx),
            "team": self._team(startup, lang, ctx),
        }

    def _weak_texts(self, startup: dict, challenge: dict, lang: str) -> dict[str, str]:
        """Weak: an adjacent product of the startup's own, or a general platform, offered to `challenge`."""
        facts = self.facts[startup["key"]]
        bank = BANKS[challenge["key"]]
        ctx = self._context(startup, lang, challenge)
        fits = self._shuffled(bank.weak_fit, lang, ctx)
        remarks = self._shuffled(common.WEAK_ADAPT, lang, ctx)
        if facts.profile.kind == "strong":
            archetype = BANKS[facts.profile.challenge].strong[facts.profile.index]
            return self._partial_texts(startup, archetype, remarks, fits, lang)
        return self._partial_texts(startup, bank.weak[facts.profile.index], remarks, fits, lang)

    def _offtopic_texts(self, startup: dict, challenge: dict, lang: str) -> dict[str, str]:
        """Off-topic: the startup's own unrelated product, with a sentence or two about the challenge."""
        domain = DOMAINS[self.facts[startup["key"]].profile.index]
        remarks = self._shuffled(common.OFFTOPIC_FIT, lang, self._context(startup, lang, challenge))
        return self._partial_texts(startup, domain.product, remarks[:2], remarks[2:], lang)

    def _echo_texts(self, startup: dict, challenge: dict, lang: str) -> dict[str, str]:
        """Echo: most of the problem statement pasted, then a weak or off-topic solution."""
        texts = (
            self._offtopic_texts(startup, challenge, lang)
            if self.facts[startup["key"]].profile.kind == "offtopic"
            else self._weak_texts(startup, challenge, lang)
        )
        statement = challenge["texts"][lang]["statement"]
        coverage = self.rng.uniform(*ECHO_COVERAGE)
        pasted: list[str] = []
        for sentence in _SENTENCE_END.split(statement):
            if words(" ".join(pasted)) >= coverage * words(statement):
                break
            pasted.append(sentence)
        ctx = self._context(startup, lang, challenge)
        lead = self._say(self.rng.choice(common.ECHO_LEADS), lang, ctx)
        turn = self._say(self.rng.choice(common.ECHO_TURNS), lang, ctx)
        budget = 300 - words(lead) - words(turn) - words(" ".join(pasted))
        texts["proposal"] = f"{lead} {' '.join(pasted)}\n\n{turn} {_trim(texts['proposal'], budget)}"
        return texts

    def _stuffed_texts(self, startup: dict, challenge: dict, lang: str) -> dict[str, str]:
        """Keyword stuffing: the owner's terms repeated again and again around a weak product."""
        rng = self.rng
        texts = self._weak_texts(startup, challenge, lang)
        keywords = BANKS[challenge["key"]].keywords[lang]
        ctx = dict(self._context(startup, lang, challenge))
        ctx.update({f"k{i}": keyword for i, keyword in enumerate(rng.sample(keywords, 6))})
        stuffed = [_capitalized(self._say(pair, lang, ctx)) for pair in common.STUFFING]
        tail = f"{self._say(common.STUFFING_TAIL, lang, ctx)} {', '.join(keywords)}."
        joiner = " và " if lang == "vi" else " and "
        texts["title"] = _capitalized(f"{ctx['k0']}, {ctx['k1']}{joiner}{ctx['k2']}: {texts['title']}")
        texts["summary"] = _trim(f"{stuffed[0]} {texts['summary']}", 90)
        extra = " ".join(stuffed[1:])
        body = _trim(texts["proposal"], 300 - words(extra) - words(tail))
        texts["proposal"] = f"{body}\n\n{extra}\n\n{tail}"
        texts["fit"] = _trim(f"{stuffed[3]} {texts['fit']}", 120)
        return texts

    # --------------------------------------------------------- applications

    def _lang(self, startup: dict, challenge: dict) -> str:
        if startup["locale"] in challenge["languages"]:
            return startup["locale"]
        return challenge["languages"][0]

    def _trl(self, startup: dict, challenge: dict, violate: str | None) -> int:
        minimum = challenge["eligibility"]["min_trl"]
        if violate == "trl":
            return self.rng.randint(max(1, minimum - 3), minimum - 1)
        low, high = STAGE_TRL[startup["stage"]]
        low = max(low, minimum or 1)
        return self.rng.randint(low, max(low, high))

    def _distinct(self, found: frozenset) -> bool:
        """Whether a new text stays below DISTINCT_BELOW from every application written so far."""
        shared = Counter(itertools.chain.from_iterable(self.postings.get(shingle, ()) for shingle in found))
        return all(
            count / (len(found) + len(self.drafts[index].shingles) - count) < DISTINCT_BELOW
            for index, count in shared.items()
        )

    def _add(
        self,
        startup: dict,
        challenge: dict,
        write: Callable[[str], dict[str, str]],
        planted: list[str],
        violate: str | None = None,
        fits: str | None = None,
        lang: str | None = None,
    ) -> _Draft:
        """Write an application (again, until it reads unlike all others) and record it."""
        lang = lang or self._lang(startup, challenge)
        for _ in range(60):
            texts = write(lang)
            found = shingles("\n".join(texts[name] for name in TEXT_FIELDS))
            if self._distinct(found):
                break
        else:
            raise RuntimeError(f"no distinct text for {startup['key']} on {challenge['key']}")
        draft = _Draft(
            startup=startup,
            challenge=challenge,
            lang=lang,
            texts=texts,
            trl=self._trl(startup, challenge, violate),
            planted=planted + (["ineligible"] if violate else []),
            fits=fits,
            ineligible_reason=violate,
            shingles=found,
        )
        broken = eligibility_violations(startup, draft.trl, challenge)
        if broken != ([violate] if violate else []):
            raise RuntimeError(f"{startup['key']} on {challenge['key']} breaks {broken}, planned {violate}")
        for shingle in found:
            self.postings.setdefault(shingle, []).append(len(self.drafts))
        self.drafts.append(draft)
        self.facts[startup["key"]].applied.append(challenge["key"])
        return draft

    def _next_archetype(self, key: str) -> int:
        """Strong answers to one challenge take its archetypes in turn, so every kind of solution shows up."""
        cycle = self.cycles.setdefault(key, [])
        if not cycle:
            cycle.extend(self.rng.sample(range(len(BANKS[key].strong)), len(BANKS[key].strong)))
        return cycle.pop()

    def _offtopic_domain(self, challenge: dict) -> int:
        """A field that shares nothing with the challenge but the catch-all sector."""
        unrelated = set(challenge["sectors"]) - {"other"}
        return self.rng.choice([i for i, d in enumerate(DOMAINS) if not unrelated & set(d.sectors)])

    def _strong(self, challenge: dict, violations: list[str]) -> None:
        bank = BANKS[challenge["key"]]
        archetype = self._next_archetype(challenge["key"])
        violate = violations.pop() if violations else None
        startup = self._new_startup(_Profile("strong", challenge["key"], archetype), challenge, violate)
        self._add(
            startup,
            challenge,
            lambda lang: self._strong_texts(startup, bank, bank.strong[archetype], lang),
            ["strong"],
            violate,
        )

    def _misrouted(self) -> None:
        """A strong answer to one published challenge, sent to another one."""
        rng = self.rng
        home = rng.choice(self.published)
        target = rng.choice([c for c in self.targets if c["key"] != home["key"]])
        reusable = [
            s
            for s in self.startups
            if self.facts[s["key"]].profile.kind == "strong"
            and self.facts[s["key"]].profile.challenge == home["key"]
            and self._applicable(s, target)
        ]
        if reusable and rng.random() < MISROUTED_REUSE:
            startup = rng.choice(reusable)
        else:
            startup = self._new_startup(
                _Profile("strong", home["key"], self._next_archetype(home["key"])), target
            )
        profile = self.facts[startup["key"]].profile
        bank = BANKS[home["key"]]
        self._add(
            startup,
            target,
            lambda lang: self._strong_texts(startup, bank, bank.strong[profile.index], lang),
            ["misrouted"],
            fits=home["key"],
        )

    def _weak(self, challenge: dict, violations: list[str]) -> None:
        rng = self.rng
        violate = violations.pop() if violations else None
        startup = None
        if violate is None and rng.random() < WEAK_REUSE:
            neighbours = NEIGHBOURS[challenge["key"]]
            reusable = [
                s
                for s in self.startups
                if self.facts[s["key"]].profile.kind == "strong"
                and (self.facts[s["key"]].profile.challenge, self.facts[s["key"]].profile.index) in neighbours
                and self._applicable(s, challenge)
            ]
            startup = rng.choice(reusable) if reusable else None
        if startup is None:
            archetype = rng.randrange(len(BANKS[challenge["key"]].weak))
            startup = self._new_startup(_Profile("weak", challenge["key"], archetype), challenge, violate)
        self._add(
            startup, challenge, lambda lang: self._weak_texts(startup, challenge, lang), ["weak"], violate
        )

    def _offtopic(self, quotas: dict[str, int]) -> None:
        """Off-topic applications: a few startups send one pitch to several challenges, others to one."""
        rng = self.rng
        remaining = dict(quotas)
        for _ in range(SPRAYERS):
            first = rng.choice([c for c in self.targets if remaining[c["key"]]])
            domain = DOMAINS[self._offtopic_domain(first)]
            startup = self._new_startup(_Profile("offtopic", None, DOMAINS.index(domain)), first)
            others = [
                c
                for c in self.targets
                if c is not first
                and remaining[c["key"]]
                and not (set(c["sectors"]) - {"other"}) & set(domain.sectors)
            ]
            chosen = [first] + [c for c in rng.sample(others, len(others)) if self._applicable(startup, c)]
            for challenge in chosen[:SPRAY_TARGETS]:
                remaining[challenge["key"]] -= 1
                self._add(
                    startup,
                    challenge,
                    functools.partial(self._offtopic_texts, startup, challenge),
                    ["offtopic"],
                )
        for challenge in self.targets:
            for _ in range(remaining[challenge["key"]]):
                startup = self._new_startup(
                    _Profile("offtopic", None, self._offtopic_domain(challenge)), challenge
                )
                self._add(
                    startup,
                    challenge,
                    functools.partial(self._offtopic_texts, startup, challenge),
                    ["offtopic"],
                )

    def _echo_lang(self, challenge: dict) -> str:
        return self.rng.choice([lang for lang in challenge["texts"] if lang in challenge["languages"]])

    def _echo(self, challenge: dict) -> None:
        rng = self.rng
        lang = self._echo_lang(challenge)
        if rng.random() < 0.5:
            profile = _Profile("offtopic", None, self._offtopic_domain(challenge))
        else:
            profile = _Profile("weak", challenge["key"], rng.randrange(len(BANKS[challenge["key"]].weak)))
        startup = self._new_startup(profile, challenge, lang=lang)
        self._add(
            startup, challenge, functools.partial(self._echo_texts, startup, challenge), ["echo"], lang=lang
        )

    def _stuffed(self, challenge: dict) -> None:
        rng = self.rng
        lang = self._echo_lang(challenge)
        profile = _Profile("weak", challenge["key"], rng.randrange(len(BANKS[challenge["key"]].weak)))
        startup = self._new_startup(profile, challenge, lang=lang)
        self._add(
            startup,
            challenge,
            functools.partial(self._stuffed_texts, startup, challenge),
            ["keyword_stuffing"],
            lang=lang,
        )

    # ------------------------------------------------------------ duplicates

    def _edit_lightly(self, texts: dict[str, str], lang: str) -> dict[str, str]:
        """The same text, resubmitted: a sentence dropped, a number changed, a few words swapped."""
        rng = self.rng
        edited = dict(texts)
        paragraphs = edited["proposal"].split("\n\n")
        longest = max(range(len(paragraphs)), key=lambda i: len(_SENTENCE_END.split(paragraphs[i])))
        sentences = _SENTENCE_END.split(paragraphs[longest])
        if len(sentences) > 2 and words(edited["proposal"]) - words(sentences[-1]) >= 160:
            paragraphs[longest] = " ".join(sentences[:-1])
        edited["proposal"] = "\n\n".join(paragraphs)
        for name in ("summary", "proposal", "fit", "pilot_plan"):
            for old, new in rng.sample(common.LIGHT_EDITS[lang], 2):
                changed = re.sub(rf"\b{re.escape(old)}\b", new, edited[name], count=1)
                if words(changed) <= LENGTHS[name][1]:
                    edited[name] = changed
        edited["proposal"] = re.sub(
            r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.randint(1, 5)), edited["proposal"], count=1
        )
        return edited

    def _pair(self, original: int, copy_: _Draft, label: str) -> None:
        self.drafts[original].planted.append(label)
        self.drafts[original].twin = len(self.drafts)
        copy_.twin = original
        self.drafts.append(copy_)
        self.facts[copy_.startup["key"]].applied.append(copy_.challenge["key"])

    def _duplicates(self) -> None:
        """Plant pairs: one team registered twice, and one text sent by two different startups."""
        rng = self.rng
        plain = [i for i, d in enumerate(self.drafts) if d.planted in (["strong"], ["weak"])]
        picked: list[int] = []
        # One planted pair per challenge at most, so that each pair stands out in its ranked list.
        for i in rng.sample(plain, len(plain)):
            if all(self.drafts[j].challenge is not self.drafts[i].challenge for j in picked):
                picked.append(i)
        picked = picked[: SAME_STARTUP_PAIRS + SAME_TEXT_PAIRS]
        for i in picked[:SAME_STARTUP_PAIRS]:
            self._same_startup_twice(i)
        for i in picked[SAME_STARTUP_PAIRS:]:
            self._same_text_twice(i)

    def _same_startup_twice(self, original: int) -> None:
        draft = self.drafts[original]
        first = draft.startup
        second = dict(
            copy.deepcopy(first), key=f"{first['key']}-2", founder_email=f"ceo@demo-{first['key']}.example"
        )
        self.startups.append(second)
        self.facts[second["key"]] = copy.deepcopy(self.facts[first["key"]])
        self.facts[second["key"]].applied = []
        texts = self._edit_lightly(draft.texts, draft.lang)
        label = "duplicate_same_startup"
        kind = draft.planted[0]
        twin = _Draft(second, draft.challenge, draft.lang, texts, draft.trl, [kind, label])
        self._pair(original, twin, label)

    def _same_text_twice(self, original: int) -> None:
        draft = self.drafts[original]
        profile = self.facts[draft.startup["key"]].profile
        other = self._new_startup(profile, draft.challenge, lang=draft.lang)
        texts = {
            name: text.replace(draft.startup["name"], other["name"]) for name, text in draft.texts.items()
        }
        texts = self._edit_lightly(texts, draft.lang)
        texts["team"] = self._team(other, draft.lang, self._context(other, draft.lang))
        label = "duplicate_text"
        trl = self._trl(other, draft.challenge, None)
        twin = _Draft(other, draft.challenge, draft.lang, texts, trl, [draft.planted[0], label])
        if eligibility_violations(other, trl, draft.challenge):
            raise RuntimeError(f"copier {other['key']} is not eligible for {draft.challenge['key']}")
        self._pair(original, twin, label)

    def _unaccent(self) -> None:
        """Some Vietnamese applicants type without diacritics."""
        vietnamese = [d for d in self.drafts if d.lang == "vi"]
        plain = [d for d in vietnamese if d.planted in (["strong"], ["weak"], ["offtopic"])]
        for draft in self.rng.sample(plain, round(UNACCENTED_SHARE * len(vietnamese))):
            draft.texts = {name: strip_diacritics(text) for name, text in draft.texts.items()}
            draft.planted.append("unaccented")

    # ---------------------------------------------------------------- output

    def _finish(self) -> list[dict]:
        """Shuffle, number, set states and links, and write the output dictionaries."""
        rng = self.rng
        order = rng.sample(range(len(self.drafts)), len(self.drafts))
        keys = {index: f"a{position + 1:04d}" for position, index in enumerate(order)}
        plain = [i for i in order if self.drafts[i].planted in (["strong"], ["weak"], ["offtopic"])]
        quiet = rng.sample(plain, DRAFTS + WITHDRAWN)
        states = {i: "draft" for i in quiet[:DRAFTS]} | {i: "withdrawn" for i in quiet[DRAFTS:]}
        applications = []
        for index in order:
            draft = self.drafts[index]
            facts = self.facts[draft.startup["key"]]
            later_twin = draft.twin is not None and keys[draft.twin] < keys[index]
            applications.append(
                {
                    "key": keys[index],
                    "startup": draft.startup["key"],
                    "challenge": draft.challenge["key"],
                    "state": states.get(index, "submitted"),
                    "lang": draft.lang,
                    **draft.texts,
                    "trl": draft.trl,
                    "traction": {
                        "customers": facts.customers,
                        "pilots": facts.pilots,
                        "revenue_band": facts.revenue_band,
                    },
                    "video_url": f"https://video.example/{keys[index]}" if rng.random() < VIDEO_SHARE else "",
                    "planted": draft.planted,
                    "duplicate_of": keys[draft.twin] if later_twin else None,
                    "fits": draft.fits,
                    "ineligible_reason": draft.ineligible_reason,
                }
            )
        return applications
