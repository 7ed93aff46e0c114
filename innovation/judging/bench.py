"""Benchmark the judge assignment: fit and solve for a synthetic call, printed as one JSON line.

`python -m innovation.judging.bench [--applications 500] [--judges 30] [--reviews 3] [--seed 2026]`:
applications from the screening engine's synthetic generator (Vietnamese and English, 150-400 words; sectors:
their challenge's topic and their own), judges with one or two sectors, a few phrases of expertise in a
language they read (Vietnamese sometimes typed without diacritics), reading Vietnamese, English or both, and
about 5 % of the pairs in conflict. Prints {"name", "applications", "judges", "reviews", "assigned",
"unassigned", "seconds"}: seconds for the fit and the solve together.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence

import numpy as np

from innovation.judging.assignment import ApplicationProfile, JudgeProfile, assign
from screening.engine import text as textproc
from screening.engine.synthetic import TOPICS, generate

CONFLICT_SHARE = 0.05
# Who reads what: Vietnamese judges mostly read English too; partner-country judges read English only.
LANGUAGES = ((frozenset({"vi", "en"}), 0.5), (frozenset({"en"}), 0.35), (frozenset({"vi"}), 0.15))


def applications_of(count: int, seed: int) -> list[ApplicationProfile]:
    """``count`` synthetic applications with their challenge's title and both topics as sectors."""
    call = generate(count, challenges=20, seed=seed)
    return [
        ApplicationProfile(
            id=index + 1,
            sectors=frozenset({call.topic_of_challenge[target], topic}),
            text=f"{application.title}\n{application.text}\n{call.challenges[target].title}",
            lang=application.lang or textproc.detect_language(application.text),
        )
        for index, (application, target, topic) in enumerate(
            zip(call.applications, call.applied_to, call.topic_of_application, strict=True)
        )
    ]


def judges_of(count: int, rng: np.random.Generator) -> list[JudgeProfile]:
    """``count`` judges: sectors, expertise phrases in a language they read, languages read."""
    topics = list(TOPICS)
    languages, weights = zip(*LANGUAGES, strict=True)
    judges = []
    for index in range(count):
        sectors = [topics[i] for i in rng.choice(len(topics), size=int(rng.integers(1, 3)), replace=False)]
        reads = languages[int(rng.choice(len(languages), p=weights))]
        written = "vi" if "vi" in reads and rng.random() < 0.7 else "en"
        phrases = [
            phrase
            for sector in sectors
            for phrase in rng.choice(TOPICS[sector][written], size=3, replace=False).tolist()
        ]
        expertise = ", ".join(phrases)
        if written == "vi" and rng.random() < 0.3:
            expertise = textproc.fold_diacritics(expertise)  # typed on a keyboard without Vietnamese marks
        judges.append(JudgeProfile(index + 1, frozenset(sectors), expertise, reads))
    return judges


def measure(applications: int, judges: int, reviews: int, seed: int) -> dict[str, object]:
    """Build one call and time ``assign`` on it (fit, solve and the reasons of the assigned pairs)."""
    rng = np.random.default_rng(seed)
    apps = applications_of(applications, seed)
    panel = judges_of(judges, rng)
    conflicts = {(judge.id, app.id) for judge in panel for app in apps if rng.random() < CONFLICT_SHARE}
    started = time.perf_counter()
    result = assign(panel, apps, conflicts, reviews_per_application=reviews)
    seconds = time.perf_counter() - started
    return {
        "name": "judge_assignment",
        "applications": applications,
        "judges": judges,
        "reviews": reviews,
        "assigned": result.report["assigned"],
        "unassigned": result.report["unassigned"],
        "seconds": round(seconds, 3),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the sizes and print the measure as one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=500)
    parser.add_argument("--judges", type=int, default=30)
    parser.add_argument("--reviews", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args(argv)
    print(json.dumps(measure(arguments.applications, arguments.judges, arguments.reviews, arguments.seed)))


if __name__ == "__main__":
    main()
