"""Counting attempts that cost an attacker something: failed sign-ins, registrations, account e-mails.

The counters live in Flask-Limiter's storage (Redis in production, shared by every web process), under
the moving-window strategy. Only what is worth counting is counted: an empty or malformed form is not an
attempt, and a correct password is never refused because someone else guessed at the same address.
"""

from __future__ import annotations

import hashlib

from flask import current_app, request
from limits import RateLimitItem, parse_many
from limits.errors import StorageError
from redis.exceptions import RedisError

from innovation.extensions import limiter

STORAGE_ERRORS = (RedisError, StorageError, OSError)


def _items(setting: str) -> list[RateLimitItem]:
    return parse_many(str(current_app.config[setting]))


def client_key(scope: str) -> str:
    """The key of the client making this request (its real address once ProxyFix has read the proxy)."""
    return f"{scope}:client:{request.remote_addr or 'unknown'}"


def address_key(scope: str, email: str) -> str:
    """The key of an e-mail address (hashed: the limiter's storage need not hold addresses)."""
    return f"{scope}:address:{hashlib.sha256(email.encode()).hexdigest()[:32]}"


def is_exhausted(setting: str, key: str) -> bool:
    """True when `key` has used up any of the limits configured under `setting`."""
    try:
        return any(not limiter.limiter.test(item, key) for item in _items(setting))
    except STORAGE_ERRORS:  # a storage outage must not lock everyone out
        current_app.logger.warning("rate-limit storage unavailable; %s not checked", key)
        return False


def count(setting: str, *keys: str) -> None:
    """Count one attempt against each key under the limits of `setting`."""
    try:
        for key in keys:
            for item in _items(setting):
                limiter.limiter.hit(item, key)
    except STORAGE_ERRORS:
        current_app.logger.warning("rate-limit storage unavailable; attempt not counted")


def take(setting: str, key: str) -> bool:
    """Count an attempt if `key` has room left; False (nothing counted) when it has none."""
    if is_exhausted(setting, key):
        return False
    count(setting, key)
    return True
