"""Ranking metrics with the definitions of the shared `score.py` (nDCG@k, Recall@k, MRR, MAP).

Qrels map challenge id -> {application id: grade}; a run maps challenge id -> application ids best first.
Every challenge with at least one relevant application counts with equal weight; one missing from the run
scores 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

Qrels = Mapping[str, Mapping[str, int]]


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """Judgements from a qrels file (3 or 4 columns), by challenge then application."""
    qrels: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) == 4:  # TREC qrels "qid 0 docid rel"
                parts = [parts[0], parts[2], parts[3]]
            if len(parts) != 3:
                raise ValueError(f"{path}:{number}: expected 'challenge application relevance'")
            qrels.setdefault(parts[0], {})[parts[1]] = int(float(parts[2]))
    return qrels


def score_one(ranking: Sequence[str], judged: Mapping[str, int]) -> dict[str, float]:
    """The metrics of one challenge's ranking."""
    relevant = {doc for doc, grade in judged.items() if grade > 0}
    count = len(relevant)
    dcg = sum(
        judged.get(doc, 0) / math.log2(i + 2) for i, doc in enumerate(ranking[:10]) if judged.get(doc, 0) > 0
    )
    ideal = sorted((grade for grade in judged.values() if grade > 0), reverse=True)[:10]
    idcg = sum(grade / math.log2(i + 2) for i, grade in enumerate(ideal))
    hits, average_precision, reciprocal_rank = 0, 0.0, 0.0
    for position, doc in enumerate(ranking, start=1):
        if doc in relevant:
            hits += 1
            average_precision += hits / position
            if reciprocal_rank == 0.0:
                reciprocal_rank = 1.0 / position
    return {
        "ndcg@10": dcg / idcg if idcg else 0.0,
        "recall@10": len(relevant & set(ranking[:10])) / count,
        "recall@50": len(relevant & set(ranking[:50])) / count,
        "mrr": reciprocal_rank,
        "map": average_precision / count,
    }


def evaluate_run(qrels: Qrels, run: Mapping[str, Sequence[str]]) -> dict[str, float]:
    """Mean of each metric over the judged challenges."""
    totals = dict.fromkeys(("ndcg@10", "recall@10", "recall@50", "mrr", "map"), 0.0)
    judged_challenges = [cid for cid, judged in qrels.items() if any(grade > 0 for grade in judged.values())]
    for cid in judged_challenges:
        for key, value in score_one(run.get(cid, []), qrels[cid]).items():
            totals[key] += value
    count = len(judged_challenges)
    return {key: (value / count if count else 0.0) for key, value in totals.items()}
