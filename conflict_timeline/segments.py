"""Columnar segments: typed event rows cached as Parquet files beside the database (`<db>.frames/`).

Everything here is a cache: deleting the folder costs one slow load, never data.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from conflict_timeline.frames import _read_parquet, _rows_frame, empty_events_frame

TMP_MAX_AGE = 3600.0  # seconds: a temporary segment file older than this was left by a crashed writer


@dataclass
class _PendingSegment:
    store_id: str
    revision: int
    rows: list[tuple[int, tuple]]  # (rowid, row in EVENT_FIELDS order)


class _Segments:
    """Typed event rows as Parquet files `<store id>_<first rowid - 1>_<last rowid>_<revision>.parquet`.

    A segment holds the rows with rowid in (lo, hi] as they were at `revision`; it is valid while no
    deletion after that revision reached a rowid up to `hi` (`_unchanged`). Loads chain valid segments from rowid 0; when the chain gets
    long its tail is merged. Everything here is a cache: any failure (a read-only folder, a damaged or
    foreign file, another process deleting a file being read) only means a slower load, never an error.
    """

    MAX_SEGMENTS = 24
    MAX_BYTES = 16 * 2**20  # a merged segment: about 250,000 events

    def __init__(self, folder: Path, writable: bool = True) -> None:
        self.folder = folder
        self.writable = writable  # False: segments are read, never written or removed

    def _list(self, store_id: str) -> list[tuple[int, int, int, Path]]:
        if not store_id:
            return []
        out = []
        try:
            paths = list(self.folder.glob(f"{store_id}_*.parquet"))
        except OSError:
            return []
        for path in paths:
            try:
                _, lo, hi, rev = path.stem.split("_")
                out.append((int(lo), int(hi), int(rev), path))
            except ValueError:
                continue
        return out

    def _valid(self, store_id: str, deletions: list[tuple[int, int]]) -> list[tuple[int, int, int, Path]]:
        valid = []
        for seg in self._list(store_id):
            if _unchanged(deletions, seg[2], seg[1]):
                valid.append(seg)
            else:
                self._remove(seg[3])  # rows may have been deleted since
        valid.sort(key=lambda seg: (seg[0], -seg[1], -seg[2]))  # from each start the longest, newest
        return valid

    def _chain(self, store_id: str, deletions: list[tuple[int, int]]) -> list[tuple[int, int, int, Path]]:
        chain, end = [], 0
        for seg in self._valid(store_id, deletions):
            if seg[0] == end:
                chain.append(seg)
                end = seg[1]
        return chain

    def gaps(self, store_id: str, deletions: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Rowid ranges (lo, hi] missing between valid segments: after a crash between a commit and its
        segment, or a write whose rows were never written as a segment, the later segments no longer
        chain from rowid 0 and would never be read, merged or removed."""
        out, end = [], 0
        for lo, hi, _, _ in self._valid(store_id, deletions):
            if lo > end:
                out.append((end, lo))
                end = hi
            elif lo == end:  # the longest segment from each start comes first
                end = hi
        return out

    def prune(self, store_id: str, deletions: list[tuple[int, int]]) -> None:
        """Remove the valid segments that can never join the chain (they start inside it), and stale
        temporary files."""
        self.clean_temporaries()
        chain = self._chain(store_id, deletions)
        if not chain:
            return
        used = {seg[3] for seg in chain}
        for lo, _, _, path in self._valid(store_id, deletions):
            if path not in used and lo < chain[-1][1]:
                self._remove(path)
        if len(chain) > self.MAX_SEGMENTS:
            self._compact_tail(store_id)

    def clean_temporaries(self, max_age: float = TMP_MAX_AGE) -> None:
        """Remove temporary files left by writers that crashed (those younger than `max_age` seconds may
        belong to a writer still at work)."""
        if not self.writable:
            return
        now = time.time()
        try:
            temporaries = list(self.folder.glob(".*.tmp"))
        except OSError:
            return
        for path in temporaries:
            try:
                if now - path.stat().st_mtime > max_age:
                    path.unlink()
            except OSError:
                continue

    def _remove(self, path: Path) -> None:
        if self.writable:
            _unlink(path)

    def load(self, store_id: str, deletions: list[tuple[int, int]]) -> tuple[pd.DataFrame, int]:
        """The rows held by valid segments and the last rowid they cover."""
        try:
            stale = [p for p in self.folder.glob("*.parquet") if not p.name.startswith(f"{store_id}_")]
        except OSError:
            stale = []
        for path in stale:  # segments of an earlier store (or schema) at this path
            self._remove(path)
        self.clean_temporaries()
        chain = self._chain(store_id, deletions)
        if not chain:
            return empty_events_frame(), 0
        try:
            frame = _read_parquet([seg[3] for seg in chain])
        except Exception:  # a damaged or foreign segment: drop the chain, read everything from SQLite
            for seg in chain:
                self._remove(seg[3])
            return empty_events_frame(), 0
        if len(chain) > self.MAX_SEGMENTS:
            self._compact_tail(store_id)
        return frame, chain[-1][1]

    def _merge(self, store_id: str, chain: list, frame: pd.DataFrame) -> None:
        if self.write(store_id, chain[0][0], chain[-1][1], min(seg[2] for seg in chain), frame):
            for seg in chain:
                self._remove(seg[3])

    def write(self, store_id: str, lo: int, hi: int, revision: int, frame: pd.DataFrame) -> bool:
        if not store_id or hi <= lo or not self.writable:
            return False
        name = f"{store_id}_{lo:012d}_{hi:012d}_{revision:09d}.parquet"
        tmp = self.folder / f".{name}.{uuid.uuid4().hex}.tmp"  # unique per writer, never globbed
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq

            self.folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp)
            os.replace(tmp, self.folder / name)
            return True
        except Exception:  # a read-only folder or a missing pyarrow only costs speed
            _unlink(tmp)
            return False

    def write_pending(self, pending: list[_PendingSegment]) -> None:
        """Segments of rows a committed transaction inserted (consecutive rowids per ingest call)."""
        try:
            for item in pending:
                rowids = [r for r, _ in item.rows]
                if rowids != list(range(rowids[0], rowids[0] + len(rowids))):
                    continue  # not one consecutive run: leave these rows to SQLite
                frame = _rows_frame([row for _, row in item.rows])
                self.write(item.store_id, rowids[0] - 1, rowids[-1], item.revision, frame)
            if pending and len(self._list(pending[-1].store_id)) > self.MAX_SEGMENTS:
                self._compact_tail(pending[-1].store_id)
        except Exception:  # the transaction is committed; a segment missing only costs speed
            return

    def _compact_tail(self, store_id: str) -> None:
        """Merge the newest segments while each older one is no larger than those merged so far (and
        the merged file stays under MAX_BYTES), so small segments from single-file ingests are folded
        together and large ones are left alone: a deletion then invalidates a part, not everything."""
        chain = self._chain(store_id, [])
        sizes = [seg[3].stat().st_size for seg in chain]
        take, total = 0, 0
        for size in reversed(sizes):
            if take >= 2 and (size > total or size + total > self.MAX_BYTES):
                break
            take += 1
            total += size
        if take < 2:
            return
        tail = chain[-take:]
        self._merge(store_id, tail, _read_parquet([seg[3] for seg in tail]))


def _unchanged(deletions: list[tuple[int, int]], revision: int, hi: int) -> bool:
    """Whether rows with rowid up to `hi`, as read at `revision`, are still as stored: no deletion
    after that revision reached down to them (new rows always get rowids above the rows kept)."""
    return all(lowest > hi for rev, lowest in deletions if rev > revision)


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
