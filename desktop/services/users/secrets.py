"""Passwords, PINs and the owner's recovery code, hashed with Argon2id (argon2-cffi) at the
parameters of the OWASP password storage guidance (19 MiB, 2 passes, 1 lane).  A hash made
with older parameters is made again at the next successful sign-in.  Nothing here keeps,
logs or returns a secret in clear."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16,
                        type=Type.ID)
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read off paper and typed back


def hash_secret(secret: str) -> str:
    return HASHER.hash(secret)


def matches(stored: str, secret: str) -> bool:
    if not stored:
        return False
    try:
        return HASHER.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    try:
        return HASHER.check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True


def new_recovery_code() -> str:
    """Sixteen characters in four groups (KQ7M-…): printed once for the safe."""
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def normal_recovery_code(text: str) -> str:
    """As typed back from the paper: spaces, dashes and case do not matter."""
    folded = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(folded[i:i + 4] for i in range(0, len(folded), 4))
