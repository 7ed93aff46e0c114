"""Benchmark the pre-screen: `python -m screening.bench [--sizes 500,5000,50000]`.

For each size, a fresh process generates that many synthetic applications (Vietnamese and English,
150-400 words) for 20 challenges, runs the full pipeline (rank, explain the top 20, dedup, echo,
eligibility, routing), then plain scikit-learn TF-IDF + cosine on the same texts for comparison, and
prints one JSON line: {"applications", "challenges", "pipeline_s", "tfidf_s", "peak_rss_mb"}.
Peak RSS is the process's maximum resident memory, text generation included.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer

from screening.engine.eligibility import EligibilityRules, WordLimit
from screening.engine.pipeline import prescreen
from screening.engine.synthetic import generate

CHALLENGES = 20


def measure(applications: int) -> dict[str, float | int]:
    call = generate(applications, CHALLENGES)
    rules = {
        index: EligibilityRules(minimum_trl=4, countries=frozenset({"VN", "KR", "JP", "US", "FI"}),
                                word_limits={"text": WordLimit(100, 450)})
        for index in range(CHALLENGES)
    }  # fmt: skip
    started = time.perf_counter()
    prescreen(call.challenges, call.applications, call.applied_to, rules=rules)
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
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m screening.bench", description="Benchmark the pre-screen."
    )
    parser.add_argument("--sizes", default="500,5000,50000", help="comma-separated numbers of applications")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
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
