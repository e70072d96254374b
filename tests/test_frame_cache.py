"""Filtered frames within a memory budget (ui/frame_cache.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from conflict_timeline.ui.frame_cache import FrameCache, frame_bytes, pack_mask, unpack_mask


def _frame(rows: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"a": rng.random(rows), "b": rng.integers(0, 9, rows), "c": ["x"] * rows})


def test_frames_stay_within_the_budget_and_the_latest_is_kept() -> None:
    one = frame_bytes(_frame(10_000, 0))
    cache = FrameCache(budget=3 * one)
    made: list[int] = []
    for n in range(50):  # fifty different links
        cache.get(("rev", n), lambda n=n: made.append(n) or _frame(10_000, n))
        assert cache.nbytes <= 3 * one
    assert len(cache) == 3 and len(made) == 50
    cache.get(("rev", 49), lambda: made.append(-1) or _frame(10_000, 0))
    assert made[-1] == 49  # a hit: not made again
    huge = FrameCache(budget=one // 2)
    frame = huge.get("big", lambda: _frame(10_000, 1))
    assert len(huge) == 1 and huge.get("big", lambda: _frame(1, 2)) is frame  # over budget alone: still kept


def test_least_recently_used_goes_first() -> None:
    one = frame_bytes(_frame(1000, 0))
    cache = FrameCache(budget=2 * one)
    cache.get("a", lambda: _frame(1000, 0))
    cache.get("b", lambda: _frame(1000, 1))
    cache.get("a", lambda: _frame(1000, 2))  # a used again
    cache.get("c", lambda: _frame(1000, 3))  # b goes
    made: list[str] = []
    cache.get("a", lambda: made.append("a") or _frame(1000, 0))
    cache.get("b", lambda: made.append("b") or _frame(1000, 1))
    assert made == ["b"]


def test_masks_pack_to_one_bit_per_row() -> None:
    mask = np.random.default_rng(0).random(1_000_003) < 0.3
    packed = pack_mask(mask)
    assert packed is not None and packed[1].nbytes <= 1_000_003 // 8 + 1
    assert np.array_equal(unpack_mask(packed), mask)
    assert pack_mask(np.ones(10, dtype=bool)) is None
