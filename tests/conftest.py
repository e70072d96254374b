"""Shared test fixtures: kept small and generic."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

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
