"""Which process is extracting which article: advisory locks beside the store, so that two ingests of the
same files share the work instead of both extracting everything.

A claim is a POSIX record lock on one byte of `<db>.ingest-lock`, at an offset derived from the article
id. The operating system releases the locks of a process that ends, crashed or not, so a claim never
outlives its ingest. Where such locks are not available (another OS, a read-only folder) every claim
succeeds at once and ingests simply do not coordinate.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

try:
    import fcntl
except ImportError:  # not a POSIX system
    fcntl = None  # type: ignore[assignment]

_OFFSETS = 2**31 - 1


def _offset(article_id: str) -> int:
    return int.from_bytes(hashlib.sha1(article_id.encode("utf-8")).digest()[:4], "big") % _OFFSETS


class Claims:
    """Claims on articles about to be extracted into the store at `db` (one object per ingest)."""

    def __init__(self, db: str | Path) -> None:
        self.path = Path(f"{db}.ingest-lock")
        self._fd: int | None = None
        if fcntl is None:
            return
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError:
            self._fd = None

    def _lock(self, offset: int, blocking: bool) -> bool:
        flags = fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.lockf(self._fd, flags, 1, offset, os.SEEK_SET)
            return True
        except OSError:
            return False

    def _offsets(self, article_ids: Iterable[str]) -> list[int]:
        return sorted({_offset(a) for a in article_ids})

    def try_claim(self, article_ids: Iterable[str]) -> bool:
        """Claim every article, or none when another process holds one of them (without waiting)."""
        if self._fd is None:
            return True
        taken: list[int] = []
        for offset in self._offsets(article_ids):
            if not self._lock(offset, blocking=False):
                self._unlock(taken)
                return False
            taken.append(offset)
        return True

    def claim(self, article_ids: Iterable[str]) -> None:
        """Claim every article, waiting for the processes that hold them (in one order: no deadlock)."""
        if self._fd is None:
            return
        for offset in self._offsets(article_ids):
            self._lock(offset, blocking=True)

    def release(self, article_ids: Iterable[str]) -> None:
        if self._fd is not None:
            self._unlock(self._offsets(article_ids))

    def _unlock(self, offsets: Iterable[int]) -> None:
        for offset in offsets:
            try:
                fcntl.lockf(self._fd, fcntl.LOCK_UN, 1, offset, os.SEEK_SET)
            except OSError:
                pass

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> Claims:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
