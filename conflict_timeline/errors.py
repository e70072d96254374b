"""Errors raised on bad input and on store problems: one line each, naming the file and the reason."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file that cannot be read as articles; `str()` is `"{path}: {reason}"` on one line."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self):  # keep pickling (multiprocessing) working with two arguments
        return (type(self), (self.path, self.reason))


class StoreError(Exception):
    """The event store cannot be opened or written (for example a newer schema version)."""
