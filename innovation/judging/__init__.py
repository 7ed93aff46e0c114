"""Judging: rubrics, judges' profiles and conflicts, assignments, scores and their aggregation."""
