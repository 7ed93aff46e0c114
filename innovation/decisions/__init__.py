"""Decisions on applications (shortlisted, finalist, selected for a pilot, not selected), and publishing
them to the applicants."""
