"""Where a form may send the user next: only to a path on this site."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_next(target: str | None, fallback: str) -> str:
    """`target` when it is a plain path on this site, else `fallback`.

    The raw string is checked before parsing: `urlsplit` silently drops CR, LF and tabs, so a value it
    accepts could still split a `Location` header; backslashes are read as slashes by some browsers.
    """
    if not target or len(target) > 2000:
        return fallback
    if any(ord(char) < 0x20 or ord(char) == 0x7F or char == "\\" for char in target):
        return fallback
    if not target.startswith("/") or target.startswith("//"):
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return fallback
    return target
