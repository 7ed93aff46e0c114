"""Programs (e.g. Open Innovation Day 2026), their timeline and per-program roles."""
