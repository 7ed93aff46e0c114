"""Benchmark the pre-screen, and measure echo, cross-language and calibration on the synthetic generator.

`python -m screening.bench [--sizes 500,5000,50000]`: for each size, a fresh process generates that many
synthetic applications (Vietnamese and English, 150-400 words) for 20 challenges, runs the full
pre-screen (rank, explain each challenge's top 20, echo, stuffing, duplicates, eligibility, routing),
then plain scikit-learn TF-IDF + cosine on the same texts, and prints one JSON line:
{"applications", "challenges", "pipeline_s", "tfidf_s", "ratio", "peak_rss_mb"} (peak RSS of the
process, text generation included).

`--echo`: the statement pasted into 20 off-topic applications of a 500 x 20 call, for short (30-80 words)
and long (150-300 words) statements: the best rank any of them reaches, against the top tenth's edge.
`--cross-language`: Vietnamese statements ranking English applications of their topic, with and without
an English version. `--calibration`: median calibrated scores of on-topic and off-topic applications by
the statement's language and length and the pool's size.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from screening.engine.documents import Application
from screening.engine.metrics import evaluate_run
from screening.engine.pipeline import prescreen
from screening.engine.rankers import rank, screen
from screening.engine.synthetic import SyntheticCall, generate

CHALLENGES = 20
SHORT, LONG = (30, 80), (150, 300)  # statement lengths in words: a few sentences, a full statement
RULES = {
    "minimum_trl": 4,
    "countries": ["VN", "KR", "JP", "US", "FI"],
    "word_limits": {"solution": {"minimum": 100, "maximum": 450}},
}


def measure(applications: int) -> dict[str, float | int]:
    """Time the whole pre-screen of one synthetic call, and TF-IDF alone on the same texts."""
    call = generate(applications, CHALLENGES)
    challenges, records = call.records(eligibility=RULES, facts={"trl": 5, "country": "VN", "stage": "mvp"})
    for record in records:
        record["fields"] = {"solution": record["text"]}
    started = time.perf_counter()
    prescreen(challenges, records)
    pipeline_seconds = time.perf_counter() - started

    started = time.perf_counter()
    texts = [application.full_text for application in call.applications]
    statements = [challenge.text for challenge in call.challenges]
    vectorizer = TfidfVectorizer().fit(texts + statements)
    (vectorizer.transform(statements) @ vectorizer.transform(texts).T).toarray()
    tfidf_seconds = time.perf_counter() - started
    return {
        "applications": applications,
        "challenges": CHALLENGES,
        "pipeline_s": round(pipeline_seconds, 3),
        "tfidf_s": round(tfidf_seconds, 3),
        "ratio": round(pipeline_seconds / tfidf_seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def plant(call: SyntheticCall, challenge: int, count: int = 20) -> tuple[list[Application], list[int]]:
    """The call's applications with ``challenge``'s statement pasted into ``count`` off-topic ones."""
    off_topic = [
        index
        for index, topic in enumerate(call.topic_of_application)
        if topic != call.topic_of_challenge[challenge] and not call.echoes[index]
    ][:count]
    applications = list(call.applications)
    statement = call.challenges[challenge].text
    for index in off_topic:
        original = applications[index]
        applications[index] = Application(
            original.id, original.title, f"{original.text}\n\n{statement}", original.lang
        )
    return applications, off_topic


def echo(applications: int = 500) -> dict[str, object]:
    """Best rank reached by 20 off-topic applications carrying a pasted statement, short and long."""
    report: dict[str, object] = {"applications": applications, "top_tenth_ends_at": applications // 10}
    for label, words in (("short", SHORT), ("long", LONG)):
        call = generate(applications, CHALLENGES, seed=7, statement_words=words)
        reached = []
        for challenge in range(0, CHALLENGES, 5):
            pasted, planted = plant(call, challenge)
            fused = screen(call.challenges, pasted).fused[challenge]
            ranks = np.argsort(np.argsort(-fused, kind="stable"))
            reached.append(int(ranks[planted].min()) + 1)
        report[label] = {"best_rank_reached": min(reached), "per_challenge": reached}
    return report


def cross_language(applications: int = 2000) -> dict[str, object]:
    """How Vietnamese statements rank English applications of their topic, with and without English versions.

    Judged on the synthetic call: an application is relevant to a challenge when it is on its topic. Only
    the Vietnamese challenges count, and the pool holds only English applications written in their own
    words (no pasted statements, which are Vietnamese text).
    """
    report: dict[str, object] = {"applications": applications}
    for label, bilingual in (("vi_only", False), ("with_en_version", True)):
        call = generate(applications, CHALLENGES, bilingual=bilingual, seed=5)
        english = [i for i, a in enumerate(call.applications) if a.lang == "en" and not call.echoes[i]]
        pool = [call.applications[i] for i in english]
        vietnamese = [c for c, challenge in enumerate(call.challenges) if challenge.lang == "vi"]
        scores = rank([call.challenges[c] for c in vietnamese], pool)
        qrels = {
            str(c): {
                str(j): 1
                for j, i in enumerate(english)
                if call.topic_of_application[i] == call.topic_of_challenge[c]
            }
            for c in vietnamese
        }
        run = {
            str(c): [str(j) for j in np.argsort(-scores[row], kind="stable")[:100]]
            for row, c in enumerate(vietnamese)
        }
        report[label] = {key: round(value, 4) for key, value in evaluate_run(qrels, run).items()}
    return report


def calibration_medians(applications: int, words: tuple[int, int], seed: int = 1) -> dict[str, float]:
    """Median calibrated score by (statement language > application language, on or off topic)."""
    call = generate(applications, CHALLENGES, seed=seed, statement_words=words)
    percent = screen(call.challenges, call.applications).percent
    language = np.array([a.lang for a in call.applications])
    topic = np.array(call.topic_of_application)
    pasted = np.array(call.echoes)
    groups: dict[str, list[np.ndarray]] = {}
    for row, challenge in enumerate(call.challenges):
        on = (topic == call.topic_of_challenge[row]) & ~pasted
        for written in ("vi", "en"):
            same = language == written
            groups.setdefault(f"{challenge.lang}>{written} on", []).append(percent[row, on & same])
            groups.setdefault(f"{challenge.lang}>{written} off", []).append(
                percent[row, ~on & same & ~pasted]
            )
    return {key: round(float(np.median(np.concatenate(parts))), 1) for key, parts in sorted(groups.items())}


def calibration() -> dict[str, object]:
    """``calibration_medians`` for short and long statements and a small and a large pool."""
    return {
        f"{applications}x{CHALLENGES} {label}": calibration_medians(applications, words)
        for applications in (400, 2000)
        for label, words in (("short", SHORT), ("long", LONG))
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m screening.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,5000,50000", help="comma-separated numbers of applications")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--echo", action="store_true", help="measure pasted statements, short and long")
    parser.add_argument(
        "--cross-language", action="store_true", help="measure vi statements against en applications"
    )
    parser.add_argument(
        "--calibration", action="store_true", help="measure calibrated scores by language and length"
    )
    args = parser.parse_args(argv)
    reports = [(args.echo, echo), (args.cross_language, cross_language), (args.calibration, calibration)]
    if any(wanted for wanted, _ in reports):
        for wanted, report in reports:
            if wanted:
                print(json.dumps(report(), ensure_ascii=False), flush=True)
        return 0
    try:
        sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    except ValueError:
        parser.error("--sizes takes whole numbers separated by commas, e.g. 500,5000")
    if not sizes or min(sizes) < 1:
        parser.error("--sizes needs at least one positive number")
    if args.in_process:
        for size in sizes:
            print(json.dumps(measure(size)), flush=True)
        return 0
    for size in sizes:  # one process per size, so that each peak is its own
        result = subprocess.run(
            [sys.executable, "-m", "screening.bench", "--in-process", "--sizes", str(size)], check=False
        )
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
