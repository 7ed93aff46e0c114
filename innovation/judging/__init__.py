"""Judging: rubrics, assignments, scores (arrives with a later issue)."""
