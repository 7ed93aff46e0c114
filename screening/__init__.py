"""Pre-screening: the engine library and, beside it, the platform side of screening runs."""
