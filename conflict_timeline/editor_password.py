"""The editor password of the dashboard, stored only as a salted hash.

`hash_password` gives a string such as `pbkdf2_sha256$600000$<salt>$<hash>` (PBKDF2-HMAC-SHA256 from
hashlib, salt and hash in URL-safe base64) to put in `.streamlit/secrets.toml` as
`editor_password_hash`; `check_password` compares a typed password with it in constant time
(`hmac.compare_digest`). `python -m conflict_timeline editor-password` prints the line to put there.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SECRET_KEY = "editor_password_hash"  # the key in .streamlit/secrets.toml
SCHEME = "pbkdf2_sha256"
ITERATIONS = 600_000
MIN_ITERATIONS = 1_000
SALT_BYTES = 16
MAX_PASSWORD_CHARS = 1_024  # a longer typed "password" is refused before any hashing


class BadHash(ValueError):
    """The stored value is not a hash made by `hash_password`."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The stored form of `password`: scheme, iterations, salt and derived key, joined by `$`."""
    if not password:
        raise ValueError("the editor password is empty")
    if len(password) > MAX_PASSWORD_CHARS:
        raise ValueError(f"the editor password is longer than {MAX_PASSWORD_CHARS} characters")
    if iterations < MIN_ITERATIONS:
        raise ValueError(f"at least {MIN_ITERATIONS} iterations")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    return f"{SCHEME}${iterations}${_b64(salt)}${_b64(_derive(password, salt, iterations))}"


def parse_hash(stored: str) -> tuple[int, bytes, bytes]:
    """Iterations, salt and derived key of a stored hash; BadHash when it is not one."""
    parts = stored.strip().split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        raise BadHash(f"{SECRET_KEY} is not of the form {SCHEME}$<iterations>$<salt>$<hash>")
    try:
        iterations = int(parts[1])
        salt, key = _unb64(parts[2]), _unb64(parts[3])
    except ValueError as exc:
        raise BadHash(f"{SECRET_KEY}: {exc}") from exc
    if iterations < MIN_ITERATIONS or not salt or len(key) != hashlib.sha256().digest_size:
        raise BadHash(f"{SECRET_KEY}: too few iterations, no salt or a key of the wrong length")
    return iterations, salt, key


def check_password(password: str | None, stored: str) -> bool:
    """Whether `password` is the one `stored` was made from (constant-time comparison of the keys).

    BadHash when `stored` is malformed: a broken secret must not read as "wrong password" forever."""
    iterations, salt, key = parse_hash(stored)
    if not password or len(password) > MAX_PASSWORD_CHARS:
        return False
    return hmac.compare_digest(_derive(password, salt, iterations), key)


def secrets_line(stored: str) -> str:
    """The line of `.streamlit/secrets.toml` that holds the hash."""
    return f'{SECRET_KEY} = "{stored}"'
