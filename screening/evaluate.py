"""Rank a collection and measure it.

`python -m screening.evaluate DIR [--method NAME] [--depth 100] [--run FILE]`:

DIR holds `challenges.jsonl` ({id, title, description, optional lang, optional versions: [{lang, title,
description}]}), `applications.jsonl` ({id, title, text, lang}) and, optionally, `qrels.tsv` (challenge,
application, grade). Every application is ranked for every challenge, by default with the shipped ranker
(exactly what the pre-screen ranks with); the top `--depth` per challenge are written as a TREC run
(`challenge_id Q0 application_id rank score method`) to `--run`, or to stdout when there are no qrels.
With qrels, one JSON line of metrics is printed, with two counts over the applications judged at the
set's highest grade: those written in the other language than their challenge's statement, and those
written in Vietnamese without diacritics, that reach their challenge's top 10 ([found, of]).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

import numpy as np

from screening.engine import text as textproc
from screening.engine.documents import Application, Challenge, load_applications, load_challenges
from screening.engine.metrics import evaluate_run, read_qrels
from screening.engine.rankers import METHODS, rank


def top_ranked(scores: np.ndarray, depth: int) -> np.ndarray:
    """Per challenge, the indices of the `depth` best applications, best first (ties by position)."""
    depth = min(depth, scores.shape[1])
    return np.argsort(-scores, axis=1, kind="stable")[:, :depth]


def write_run(
    out: TextIO, challenges: Sequence[Challenge], applications: Sequence[Application], scores: np.ndarray,
    order: np.ndarray, method: str,
) -> None:  # fmt: skip
    """Write the top of each challenge as TREC run lines."""
    for row, challenge in enumerate(challenges):
        for position, column in enumerate(order[row], start=1):
            out.write(
                f"{challenge.id} Q0 {applications[column].id} {position} {scores[row, column]:.6f} {method}\n"
            )


def peak_rss_mb() -> float:
    """This process's peak resident memory."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def unaccented(application: Application) -> bool:
    """Vietnamese typed without diacritics: Vietnamese by its function words, with almost no marked word."""
    words = textproc.TOKEN.findall(textproc.normalize(application.full_text))
    marked = sum(textproc.is_marked(word) for word in words)
    return textproc.detect_language(application.full_text) == "vi" and marked < 0.02 * max(len(words), 1)


def top_grade_in_top10(
    qrels: Mapping[str, Mapping[str, int]],
    run: Mapping[str, Sequence[str]],
    keep: Mapping[tuple[str, str], bool],
) -> list[int]:
    """[found in the top 10, of]: the pairs judged at the set's highest grade that ``keep`` marks."""
    grades = [grade for judged in qrels.values() for grade in judged.values()]
    best = max(grades, default=0)
    pairs = [(c, a) for c, judged in qrels.items() for a, grade in judged.items() if grade == best > 0]
    chosen = [(c, a) for c, a in pairs if keep.get((c, a))]
    return [sum(1 for c, a in chosen if a in run.get(c, [])[:10]), len(chosen)]


def language_of(challenge: Challenge) -> str:
    """The language of a challenge's main statement."""
    return challenge.lang if challenge.lang in ("vi", "en") else textproc.detect_language(challenge.text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command (see the module's docstring)."""
    parser = argparse.ArgumentParser(
        prog="python -m screening.evaluate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("directory", type=Path, metavar="DIR")
    parser.add_argument("--method", default="default", choices=sorted(METHODS))
    parser.add_argument("--depth", type=int, default=100, help="applications per challenge in the run")
    parser.add_argument("--run", type=Path, help="write the TREC run here (default: stdout without qrels)")
    args = parser.parse_args(argv)
    if args.depth < 1:
        parser.error("--depth must be at least 1")

    directory: Path = args.directory
    missing = [
        name for name in ("challenges.jsonl", "applications.jsonl") if not (directory / name).is_file()
    ]
    if missing:
        parser.exit(2, f"error: {directory} has no {' or '.join(missing)}\n")
    try:
        challenges = load_challenges(directory / "challenges.jsonl")
        applications = load_applications(directory / "applications.jsonl")
        qrels = read_qrels(directory / "qrels.tsv") if (directory / "qrels.tsv").is_file() else None
    except (ValueError, KeyError) as error:
        parser.exit(2, f"error: {error}\n")

    started = time.perf_counter()
    scores = rank(challenges, applications, args.method)
    order = top_ranked(scores, args.depth)
    seconds = time.perf_counter() - started

    if args.run:
        with args.run.open("w", encoding="utf-8") as out:
            write_run(out, challenges, applications, scores, order, args.method)
    elif qrels is None:
        write_run(sys.stdout, challenges, applications, scores, order, args.method)

    if qrels is not None:
        run = {
            challenge.id: [applications[i].id for i in order[row]] for row, challenge in enumerate(challenges)
        }
        metrics: dict[str, object] = {key: round(value, 4) for key, value in evaluate_run(qrels, run).items()}
        languages = {challenge.id: language_of(challenge) for challenge in challenges}
        by_id = {application.id: application for application in applications}
        pairs = [(c, a) for c, judged in qrels.items() for a in judged if a in by_id and c in languages]
        other_language = {
            (c, a): textproc.detect_language(by_id[a].full_text) != languages[c] for c, a in pairs
        }
        typed_plain = {(c, a): unaccented(by_id[a]) for c, a in pairs}
        metrics.update(
            other_language_in_top10=top_grade_in_top10(qrels, run, other_language),
            unaccented_in_top10=top_grade_in_top10(qrels, run, typed_plain),
            method=args.method,
            dataset=directory.resolve().name,
            challenges=len(challenges),
            applications=len(applications),
            seconds=round(seconds, 3),
            peak_rss_mb=round(peak_rss_mb(), 1),
        )
        print(json.dumps(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
