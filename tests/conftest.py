"""Shared test fixtures: kept small and generic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from conflict_timeline.store import EventStore
from conflict_timeline.synth import synthetic_events

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The folder of seed articles beside the repository; the test is skipped when it is absent."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"{SEEDS_DIR}: seed articles not present")
    return SEEDS_DIR


@pytest.fixture(scope="session")
def _synthetic_frame() -> pd.DataFrame:
    return synthetic_events(5_000, seed=0)


@pytest.fixture
def synthetic_frame(_synthetic_frame: pd.DataFrame) -> pd.DataFrame:
    """5,000 synthetic events (seed 0) with the store's columns and dtypes; a fresh copy per test."""
    return _synthetic_frame.copy()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    """An empty event store in the test's temporary folder, closed after the test."""
    s = EventStore(tmp_path / "events.sqlite")
    yield s
    s.close()


@pytest.fixture
def sqlite_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of event rows every load reads through sqlite3 (0: all came from segments or memory)."""
    reads: list[int] = []
    original = EventStore._read_rows

    def counting(self: EventStore, after_rowid: int, limit: int) -> tuple[pd.DataFrame, int]:
        frame, last = original(self, after_rowid, limit)
        reads.append(len(frame))
        return frame, last

    monkeypatch.setattr(EventStore, "_read_rows", counting)
    return reads
