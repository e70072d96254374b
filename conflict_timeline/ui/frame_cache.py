"""Filtered frames kept within a memory budget.

Each filter link used to keep its own copy of the filtered events (up to 32 of them): on a million
events a few date-range links took the server from 1.5 GiB to over 5 GiB. Now a link keeps only its
row mask, packed to one bit per event (125 kB per million events), and the filtered frames built from
those masks are kept in one least-recently-used cache bounded by bytes: the most recent frame always
stays, older ones go as soon as the frames together exceed the budget.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

import numpy as np
import pandas as pd

FRAMES_BUDGET_BYTES = 256 * 2**20


def frame_bytes(frame: pd.DataFrame) -> int:
    """The memory a filtered frame adds: its own arrays (text cells are pointers to the strings of the
    full frame, which it shares, so they count 8 bytes each)."""
    return int(frame.memory_usage(index=True, deep=False).sum())


def pack_mask(mask: np.ndarray) -> tuple[int, np.ndarray] | None:
    """A boolean row mask as (length, packed bits); None when every row passes (the full frame)."""
    if mask.all():
        return None
    return len(mask), np.packbits(mask)


def unpack_mask(packed: tuple[int, np.ndarray]) -> np.ndarray:
    length, bits = packed
    return np.unpackbits(bits, count=length).astype(bool)


class FrameCache:
    """Frames by key, least recently used first out, within `budget` bytes (the latest always kept)."""

    def __init__(self, budget: int = FRAMES_BUDGET_BYTES) -> None:
        self.budget = budget
        self._items: OrderedDict[Hashable, tuple[pd.DataFrame, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def nbytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable, make: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
                return hit[0]
        frame = make()  # outside the lock: other sessions keep being served meanwhile
        size = frame_bytes(frame)
        with self._lock:
            if key in self._items:
                return self._items[key][0]
            self._items[key] = (frame, size)
            self._bytes += size
            while self._bytes > self.budget and len(self._items) > 1:
                _, (_, dropped) = self._items.popitem(last=False)
                self._bytes -= dropped
        return frame

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0
