"""Automatic judge assignment: constraints on random instances, optimality, determinism, shortfalls, fit."""

from __future__ import annotations

import ast
import itertools
import math
import unicodedata
from collections import deque
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from innovation.judging import assignment
from innovation.judging.assignment import ApplicationProfile, JudgeProfile, assign, fit_matrix

SECTORS = ["smart_city", "logistics", "health", "fintech", "energy"]
WORDS = (
    "traffic signal flood sensor port container cold chain clinic payment credit solar battery "
    "giao thông đèn tín hiệu cảng container thanh toán tín dụng điện mặt trời bệnh viện"
).split()


def judge(
    id_: int,
    sectors: Sequence[str] = (),
    expertise: str = "",
    languages: Sequence[str] = ("vi", "en"),
    capacity: int | None = None,
) -> JudgeProfile:
    """A judge; by default reading Vietnamese and English, with no sector and no expertise."""
    return JudgeProfile(id_, frozenset(sectors), expertise, frozenset(languages), capacity)


def application(
    id_: int, sectors: Sequence[str] = (), text: str = "", lang: str = "vi"
) -> ApplicationProfile:
    """An application; by default in Vietnamese, with no sector and no text."""
    return ApplicationProfile(id_, frozenset(sectors), text, lang)


def random_call(seed: int, max_judges: int = 8, max_applications: int = 15) -> tuple:
    """A random call: judges, applications, conflicts, R, L, and removed pairs."""
    rng = np.random.default_rng(seed)

    def pick(pool: list[str], low: int, high: int) -> list[str]:
        return [pool[i] for i in rng.choice(len(pool), size=int(rng.integers(low, high + 1)), replace=False)]

    judges = [
        judge(
            int(id_),
            pick(SECTORS, 0, 2),
            " ".join(pick(WORDS, 0, 5)),
            pick(["vi", "en"], 1, 2),
            int(rng.integers(0, 5)) if rng.random() < 0.2 else None,
        )
        for id_ in rng.choice(100, size=int(rng.integers(1, max_judges + 1)), replace=False)
    ]
    applications = [
        application(
            int(id_), pick(SECTORS, 0, 3), " ".join(pick(WORDS, 3, 12)), str(rng.choice(["vi", "en"]))
        )
        for id_ in rng.choice(1000, size=int(rng.integers(1, max_applications + 1)), replace=False)
    ]
    pairs = [(j.id, a.id) for j in judges for a in applications]
    conflicts = {pair for pair in pairs if rng.random() < 0.15}
    forbidden = {pair for pair in pairs if rng.random() < 0.05}
    reviews = int(rng.integers(1, 4))
    load_limit = None if rng.random() < 0.5 else int(rng.integers(0, 6))
    return judges, applications, conflicts, forbidden, reviews, load_limit, rng


def limits_of(
    judges: list[JudgeProfile], applications: list[ApplicationProfile], reviews: int, load_limit: int | None
) -> dict[int, int]:
    """Each judge's limit as the brief defines it: its capacity, else L, else the even share rounded up."""
    even = math.ceil(len(applications) * reviews / len(judges))
    limit = even if load_limit is None else load_limit
    return {j.id: limit if j.capacity is None else j.capacity for j in judges}


def most_slots(allowed: set[tuple[int, int]], app_room: dict[int, int], judge_room: dict[int, int]) -> int:
    """Maximum flow source -> application -> judge -> sink by shortest augmenting paths (Edmonds-Karp)."""
    residual: dict[object, dict[object, int]] = {"s": {}, "t": {}}

    def arc(tail: object, head: object, capacity: int) -> None:
        residual.setdefault(tail, {})[head] = residual.get(tail, {}).get(head, 0) + capacity
        residual.setdefault(head, {}).setdefault(tail, 0)

    for app_id, room in app_room.items():
        arc("s", ("a", app_id), room)
    for judge_id, room in judge_room.items():
        arc(("j", judge_id), "t", room)
    for judge_id, app_id in allowed:
        arc(("a", app_id), ("j", judge_id), 1)
    flow = 0
    while True:
        parent = {"s": None}
        queue = deque(["s"])
        while queue and "t" not in parent:
            node = queue.popleft()
            for head, capacity in residual[node].items():
                if capacity > 0 and head not in parent:
                    parent[head] = node
                    queue.append(head)
        if "t" not in parent:
            return flow
        node = "t"
        while parent[node] is not None:
            residual[parent[node]][node] -= 1
            residual[node][parent[node]] += 1
            node = parent[node]
        flow += 1


def test_every_constraint_holds_and_the_most_slots_are_filled_on_random_instances():
    for seed in range(200):
        judges, applications, conflicts, forbidden, reviews, load_limit, rng = random_call(seed)
        limits = limits_of(judges, applications, reviews, load_limit)
        language = {a.id: a.lang for a in applications}
        reads = {j.id: j.languages for j in judges}
        allowed = {
            (j.id, a.id)
            for j in judges
            for a in applications
            if a.lang in j.languages and (j.id, a.id) not in conflicts | forbidden
        }
        fixed: set[tuple[int, int]] = set()
        for pair in sorted(allowed):
            if rng.random() < 0.1:
                on_judge = sum(1 for other in fixed if other[0] == pair[0])
                on_app = sum(1 for other in fixed if other[1] == pair[1])
                if on_judge < limits[pair[0]] and on_app < reviews:
                    fixed.add(pair)
        refused = set(sorted(conflicts)[:1])  # a pinned conflict: refused, never assigned

        result = assign(judges, applications, conflicts, reviews, load_limit, fixed | refused, forbidden)

        assigned = [(pair.judge_id, pair.application_id) for pair in result.pairs]
        assert len(set(assigned)) == len(assigned), seed
        for app in applications:
            assert sum(1 for _, app_id in assigned if app_id == app.id) <= reviews, seed
        for j in judges:
            assert sum(1 for judge_id, _ in assigned if judge_id == j.id) <= limits[j.id], seed
        for judge_id, app_id in assigned:
            assert (judge_id, app_id) not in conflicts, seed
            assert (judge_id, app_id) not in forbidden, seed
            assert language[app_id] in reads[judge_id], seed
        assert fixed <= set(assigned), seed
        assert [(r["judge_id"], r["application_id"], r["why"]) for r in result.report["refused_fixed"]] == [
            (judge_id, app_id, "conflict") for judge_id, app_id in refused
        ]
        app_room = {a.id: reviews - sum(1 for _, app_id in fixed if app_id == a.id) for a in applications}
        judge_room = {
            j.id: limits[j.id] - sum(1 for judge_id, _ in fixed if judge_id == j.id) for j in judges
        }
        best = len(fixed) + most_slots(allowed - fixed, app_room, judge_room)
        assert len(assigned) == best == result.report["assigned"], seed
        short = {s.application_id: s.missing for s in result.unassigned}
        for app in applications:
            got = sum(1 for _, app_id in assigned if app_id == app.id)
            assert short.get(app.id, 0) == reviews - got, seed
        assert result.report["reviews_and_limits_met"] == (not result.unassigned), seed


def test_total_fit_is_the_best_among_the_fullest_assignments_by_brute_force():
    for seed in range(80):
        judges, applications, conflicts, forbidden, _, load_limit, rng = random_call(
            1000 + seed, max_judges=4, max_applications=4
        )
        reviews = int(rng.integers(1, 3))
        limits = limits_of(judges, applications, reviews, load_limit)
        judges.sort(key=lambda j: j.id)
        applications.sort(key=lambda a: a.id)
        fits, _ = fit_matrix(judges, applications)
        fit = {(j.id, a.id): fits[r, c] for r, j in enumerate(judges) for c, a in enumerate(applications)}
        options = []
        for app in applications:
            eligible = [
                j.id
                for j in judges
                if app.lang in j.languages and (j.id, app.id) not in conflicts | forbidden
            ]
            options.append(
                [
                    [(judge_id, app.id) for judge_id in chosen]
                    for size in range(reviews + 1)
                    for chosen in itertools.combinations(eligible, size)
                ]
            )
        best = (0, 0.0)
        for choice in itertools.product(*options):
            pairs = [pair for chosen in choice for pair in chosen]
            loads = {j.id: 0 for j in judges}
            for judge_id, _ in pairs:
                loads[judge_id] += 1
            if all(loads[j] <= limits[j] for j in loads):
                best = max(best, (len(pairs), sum(fit[pair] for pair in pairs)))

        result = assign(judges, applications, conflicts, reviews, load_limit, forbidden=forbidden)

        assert len(result.pairs) == best[0], seed
        assert sum(pair.fit for pair in result.pairs) == pytest.approx(best[1], abs=1e-9), seed


def test_the_same_input_in_any_order_gives_the_same_assignment():
    # Identical judges make many optimal assignments: the tie must still be settled the same way.
    judges = [judge(i, ["smart_city"], "traffic signal", ["vi", "en"]) for i in range(1, 7)]
    judges += [judge(10 + i, ["energy"], "solar battery", ["en"]) for i in range(3)]
    applications = [
        application(100 + i, ["smart_city"], "traffic signal at crossings", "en") for i in range(8)
    ]
    applications += [application(200 + i, ["energy"], "solar panels and battery", "en") for i in range(4)]
    conflicts = {(1, 100), (11, 201)}
    first = assign(judges, applications, conflicts)
    assert first == assign(judges, applications, conflicts)
    for seed in range(5):
        rng = np.random.default_rng(seed)
        shuffled_judges = [judges[i] for i in rng.permutation(len(judges))]
        shuffled_applications = [applications[i] for i in rng.permutation(len(applications))]
        assert assign(shuffled_judges, shuffled_applications, set(conflicts)) == first
    assert first.pairs == sorted(first.pairs, key=lambda pair: (pair.application_id, pair.judge_id))

    for seed in range(20):
        judges, applications, conflicts, forbidden, reviews, load_limit, rng = random_call(5000 + seed)
        once = assign(judges, applications, conflicts, reviews, load_limit, forbidden=forbidden)
        again = assign(judges[::-1], applications[::-1], conflicts, reviews, load_limit, forbidden=forbidden)
        assert once == again, seed


def test_too_few_vietnamese_readers_is_reported_as_too_few_eligible_judges():
    judges = [
        judge(1, languages=["vi", "en"]),
        judge(2, languages=["en"]),
        judge(3, languages=["en"]),
        judge(4, languages=["vi"]),
    ]
    applications = [application(10, lang="vi"), application(11, lang="en")]

    result = assign(judges, applications, conflicts={(4, 10)})

    [shortfall] = result.unassigned
    assert shortfall.application_id == 10
    assert shortfall.missing == 2
    assert shortfall.why == "too_few_eligible_judges"
    assert shortfall.details == {
        "required": 3,
        "judges": 4,
        "reading_language": 2,
        "conflicted": 1,
        "forbidden": 0,
        "eligible": 1,
    }
    assert result.report["reviews_and_limits_met"] is False
    assert result.report["assigned"] == 4 and result.report["unassigned"] == 2


def test_tight_load_limits_are_reported_as_load_limit():
    judges = [judge(i) for i in (1, 2, 3)]
    applications = [application(10 + i, lang="en") for i in range(4)]

    result = assign(judges, applications, conflicts=set(), reviews_per_application=3, load_limit=2)

    assert result.report["demand"] == 12
    assert result.report["capacity"] == 6
    assert result.report["assigned"] == 6
    assert result.report["reviews_and_limits_met"] is False
    assert sum(s.missing for s in result.unassigned) == 6
    assert {s.why for s in result.unassigned} == {"load_limit"}
    assert result.unassigned[0].details["eligible"] == 3
    assert result.unassigned[0].details["eligible_at_limit"] == 3
    assert result.unassigned[0].details["capacity"] == 6


def test_default_load_limit_is_the_even_share_rounded_up_and_capacity_overrides_it():
    judges = [judge(1), judge(2), judge(3, capacity=1), judge(4, capacity=9)]
    applications = [application(10 + i) for i in range(5)]

    result = assign(judges, applications, conflicts=set(), reviews_per_application=2)

    assert result.report["load_limit"] == math.ceil(5 * 2 / 4)
    assert result.report["capacity"] == 3 + 3 + 1 + 9
    loads = {j.id: sum(1 for pair in result.pairs if pair.judge_id == j.id) for j in judges}
    assert loads[3] <= 1 and loads[1] <= 3 and loads[2] <= 3
    assert result.report["reviews_and_limits_met"] is True


def test_pinned_pairs_are_kept_and_removed_pairs_never_return():
    judges = [
        judge(1, ["health"], "clinic scheduling telemedicine", ["en"]),
        judge(2, ["fintech"], "credit scoring", ["en"]),
    ]
    applications = [application(10, ["health"], "Telemedicine and clinic scheduling for districts", "en")]

    proposed = assign(judges, applications, set(), reviews_per_application=1)
    assert [(p.judge_id, p.application_id) for p in proposed.pairs] == [(1, 10)]

    pinned = assign(judges, applications, set(), reviews_per_application=1, fixed={(2, 10)})
    assert [(p.judge_id, p.application_id) for p in pinned.pairs] == [(2, 10)]
    assert pinned.report["pinned"] == 1

    removed = assign(judges, applications, set(), reviews_per_application=1, forbidden={(1, 10)})
    assert [(p.judge_id, p.application_id) for p in removed.pairs] == [(2, 10)]


def test_pinned_pairs_that_are_not_allowed_are_refused_with_why():
    judges = [judge(1, languages=["en"]), judge(2), judge(3, capacity=1)]
    applications = [application(10, lang="vi"), application(11, lang="vi")]

    result = assign(
        judges,
        applications,
        conflicts={(2, 10)},
        reviews_per_application=1,
        fixed={(1, 10), (2, 10), (2, 11), (3, 10), (3, 11), (9, 10)},
        forbidden={(2, 11)},
    )

    assert result.report["refused_fixed"] == [
        {"judge_id": 1, "application_id": 10, "why": "language"},
        {"judge_id": 2, "application_id": 10, "why": "conflict"},
        {"judge_id": 2, "application_id": 11, "why": "forbidden"},
        {"judge_id": 3, "application_id": 11, "why": "judge_limit"},
        {"judge_id": 9, "application_id": 10, "why": "unknown"},
    ]
    assert [(p.judge_id, p.application_id) for p in result.pairs] == [(3, 10)]
    # Judge 3 could take application 11 but its one slot went to its pinned pair.
    assert result.unassigned[0].application_id == 11
    assert result.unassigned[0].why == "load_limit"
    assert result.unassigned[0].details["eligible_at_limit"] == 1


def test_no_judges_or_no_applications_give_an_empty_proposal():
    nobody = assign([], [application(10), application(11)], set(), reviews_per_application=2)
    assert nobody.pairs == []
    assert [(s.application_id, s.missing, s.why) for s in nobody.unassigned] == [
        (10, 2, "too_few_eligible_judges"),
        (11, 2, "too_few_eligible_judges"),
    ]
    nothing = assign([judge(1)], [], set())
    assert nothing.pairs == [] and nothing.unassigned == []
    assert nothing.report["reviews_and_limits_met"] is True


def test_duplicate_ids_and_negative_limits_are_refused():
    with pytest.raises(ValueError, match="two judges with id 1"):
        assign([judge(1), judge(1)], [application(10)], set())
    with pytest.raises(ValueError, match="cannot be negative"):
        assign([judge(1)], [application(10)], set(), load_limit=-1)


def test_unaccented_vietnamese_expertise_matches_accented_application():
    judges = [
        judge(1, expertise="den tin hieu giao thong, do thi thong minh"),
        judge(2, expertise="nuoi tom, xam nhap man"),
    ]
    applications = [
        application(10, text="Hệ thống đèn tín hiệu giao thông cho đô thị thông minh tại Thủ Đức")
    ]

    fits, reasons = fit_matrix(judges, applications)

    assert reasons[1, 10].text_score > 0.3
    assert reasons[2, 10].text_score == 0
    assert fits[0, 0] > fits[1, 0]
    assert reasons[1, 10].terms == ("den tin hieu giao thong", "do thi thong minh")


def test_accented_expertise_matches_text_typed_without_marks_and_in_decomposed_form():
    judges = [judge(1, expertise="Chuyển đổi số, dữ liệu mở")]
    applications = [
        application(10, text="Giai phap chuyen doi so va du lieu mo cho quan"),
        application(11, text=unicodedata.normalize("NFD", "Chuyển đổi số với dữ liệu mở")),
    ]

    _, reasons = fit_matrix(judges, applications)

    assert reasons[1, 10].terms == ("chuyển đổi số", "dữ liệu mở")  # as the judge wrote them, case-folded
    assert reasons[1, 11].text_score > 0.5


def test_sector_overlap_raises_the_fit():
    judges = [
        judge(1, ["smart_city", "ai"], "traffic signal"),
        judge(2, ["smart_city"], "traffic signal"),
        judge(3, ["fintech"], "traffic signal"),
    ]
    applications = [application(10, ["smart_city", "ai"], "Adaptive traffic signal control with AI", "en")]

    fits, reasons = fit_matrix(judges, applications)

    assert fits[0, 0] > fits[1, 0] > fits[2, 0] > 0
    assert reasons[1, 10].sector_score == 1.0
    assert reasons[2, 10].sector_score == 0.5
    assert reasons[3, 10].sectors == ()
    assert fits[0, 0] == pytest.approx(
        assignment.SECTOR_WEIGHT * 1.0 + assignment.TEXT_WEIGHT * reasons[1, 10].text_score, abs=1e-4
    )
    assert 0.0 <= fits.min() and fits.max() <= 1.0


def test_reason_names_common_sectors_and_matched_phrases():
    judges = [
        judge(1, ["smart_city", "ai"], "Traffic signals and city data", ["en"]),
        judge(2, ["fintech"], "QR payments", ["vi"]),
    ]
    applications = [application(10, ["ai", "smart_city"], "Traffic signals that learn from city data", "en")]

    result = assign(judges, applications, set(), reviews_per_application=2)
    _, reasons = fit_matrix(judges, applications)

    [pair] = result.pairs
    assert pair.reason.sectors == ("ai", "smart_city")
    assert pair.reason.terms == ("city data", "traffic signals")
    assert pair.reason.describe() == "sectors: ai, smart_city; matching expertise: city data, traffic signals"
    assert reasons[2, 10].reads_language is False
    assert reasons[2, 10].describe() == "does not read the application's language"
    assert len(reasons) == 2 and set(reasons) == {(1, 10), (2, 10)}
    assert result.unassigned[0].details["reading_language"] == 1


def test_assignment_and_bench_import_no_platform_code():
    allowed = {"__future__", "argparse", "collections", "dataclasses", "json", "math", "re", "time"}
    allowed |= {"numpy", "scipy", "sklearn", "screening", "innovation"}
    for name in ("assignment.py", "bench.py"):
        tree = ast.parse((Path(assignment.__file__).parent / name).read_text(encoding="utf-8"))
        imported = {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        }
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        roots = {module.split(".")[0] for module in imported}
        assert roots <= allowed, name
        assert not {m for m in imported if m.startswith("innovation.")} - {"innovation.judging.assignment"}
        assert not {m for m in imported if m.startswith("screening.")} - {
            "screening.engine",
            "screening.engine.synthetic",
        }
