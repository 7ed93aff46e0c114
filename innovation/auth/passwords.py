"""Password hashing with Argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    """An Argon2id hash of `password`."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches the stored hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)


def dummy_verify() -> None:
    """Spend the time a real check takes, so an unknown e-mail answers as slowly as a known one."""
    verify_password(_DUMMY_HASH, "not the password")


_DUMMY_HASH = _hasher.hash("dummy password for timing")


def dummy_hash() -> None:
    """Spend the time hashing a new password takes (a registration for a taken address answers as fast)."""
    hash_password("dummy password for timing")
