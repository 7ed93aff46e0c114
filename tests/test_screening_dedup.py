"""Near-duplicate applications come out as clusters, however many copies there are; different texts do not."""

from __future__ import annotations

import unicodedata

from screening.engine.dedup import MAX_POSTING, TextHashes, find_duplicate_clusters, similar_pairs
from screening.engine.synthetic import generate
from screening.engine.tokens import Lexicon

PITCH = (
    "We build an AI platform that predicts container dwell time at Cat Lai port from gate and crane data, "
    "so that trucks arrive when their container is ready and queues at the gate shrink by a third."
)
VIETNAMESE = (
    "Chúng tôi phát triển cảm biến đo độ mặn cho nông dân đồng bằng sông Cửu Long, cảnh báo qua Zalo."
)


def test_exact_and_near_copies_cluster_and_others_stay_apart() -> None:
    texts = [
        PITCH,
        "A fintech app for street vendors that keeps their books and gives them small loans.",
        PITCH.replace("a third", "one third"),
        VIETNAMESE,
        unicodedata.normalize("NFD", VIETNAMESE),
        VIETNAMESE.replace("Chúng tôi", "Chung toi").replace("độ mặn", "do man"),
        PITCH,
    ]
    assert find_duplicate_clusters(texts) == [[0, 2, 6], [3, 4, 5]]


def test_short_exact_copies_meet() -> None:
    assert find_duplicate_clusters(["Solar roofs.", "solar roofs", "Wind farms."]) == [[0, 1]]


def test_a_thousand_identical_applications_are_one_cluster() -> None:
    """Boilerplate shingles shared by more than MAX_POSTING texts are skipped, but exact copies are not."""
    texts = [PITCH] * 1000 + ["A fintech app for street vendors that keeps their books and gives them loans."]
    assert 1000 > MAX_POSTING
    assert find_duplicate_clusters(texts) == [list(range(1000))]


def test_pairs_report_the_similarity() -> None:
    extended = (
        PITCH + " We also sell humidity sensors, drones and a mobile app to port operators in Hai Phong."
    )
    lexicon = Lexicon()
    pairs = similar_pairs(TextHashes.of(lexicon.tokenize([PITCH, extended, PITCH]), lexicon.fingerprints()))
    assert [pair[:2] for pair in pairs] == [(0, 1), (0, 2)]
    assert 0.5 <= pairs[0][2] < 1.0 and pairs[1][2] == 1.0


def test_nothing_to_compare() -> None:
    assert find_duplicate_clusters([]) == [] and find_duplicate_clusters(["only one"]) == []
    assert find_duplicate_clusters(["", ""]) == []


def test_a_realistic_call_finds_exactly_its_planted_copies() -> None:
    call = generate(600, 20, seed=3)
    texts = [application.text for application in call.applications]
    clusters = find_duplicate_clusters(texts)
    # The generator plants near-copies by turning a text's first "." into "!"; its own texts have no "!".
    canonical = [text.replace("!", ".") for text in texts]
    expected: dict[str, list[int]] = {}
    for index, text in enumerate(canonical):
        expected.setdefault(text, []).append(index)
    planted = sorted(group for group in expected.values() if len(group) > 1)
    assert planted and clusters == planted
