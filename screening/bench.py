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

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from screening.engine.eligibility import EligibilityRules, WordLimit
from screening.engine.metrics import evaluate_run
from screening.engine.pipeline import prescreen
from screening.engine.rankers import rank
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m screening.bench", description="Benchmark the pre-screen."
    )
    parser.add_argument("--sizes", default="500,5000,50000", help="comma-separated numbers of applications")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--cross-language",
        action="store_true",
        help="measure Vietnamese statements against English applications",
    )
    args = parser.parse_args(argv)
    if args.cross_language:
        print(json.dumps(cross_language()))
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
