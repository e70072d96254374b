"""Loading the events of the store as one typed frame: columnar segments, the rows no segment holds yet,
an in-memory copy for small stores; and repairing the chain of segments."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from conflict_timeline.frames import (
    _DATE_FIELDS,
    _FLOAT_FIELDS,
    _INT_FIELDS,
    _typed_frame,
    concat_frames,
    empty_events_frame,
)
from conflict_timeline.merging import merge_events
from conflict_timeline.schema import EVENT_COLUMNS
from conflict_timeline.segments import _Segments, _unchanged

SNAPSHOT_MIN_DELTA = 10_000  # rows read from SQLite that justify writing a columnar segment
MEMORY_CACHE_ROWS = 200_000  # raw frames kept in memory (and copied on return) up to this size
READ_CHUNK_ROWS = 50_000  # rows fetched from SQLite at a time (and the size of the segment written)


@dataclass
class _Cached:
    store_id: str
    revision: int
    max_rowid: int
    frame: pd.DataFrame


class FrameLoading:
    """The loading half of `EventStore` (which provides the connection, its lock and the metadata)."""

    _conn: sqlite3.Connection
    _lock: threading.RLock
    _segments: _Segments
    _cache: _Cached | None
    readonly: bool

    def _raw_events(self) -> pd.DataFrame:
        """Raw event rows, typed.

        Reading a million rows through sqlite3 costs seconds, so typed rows are also kept as columnar
        segments beside the database (`<db>.frames/`, written after each committed ingest, see
        `_Segments`) and in memory, all keyed by the store's id. A load reads the valid segments and
        only the rows no segment holds yet; a deletion invalidates what was read before it at or
        above its lowest rowid. A read inside a write transaction sees rows that may still be rolled
        back: it neither writes a segment nor keeps its frame.
        """
        with self._lock:
            conn = self._conn
            committed = not conn.in_transaction
            if committed:
                conn.execute("BEGIN")  # one read snapshot for the revision and the rows
            try:
                store_id = self._store_id()
                revision = self.revision()
                deletions = self._deletions()
                cache = self._cache
                if cache is not None and (cache.store_id, cache.revision) == (store_id, revision):
                    return cache.frame.copy()
                if cache is not None and cache.store_id == store_id and _unchanged(deletions, cache.revision,
                                                                                   cache.max_rowid):
                    base, covered = cache.frame, cache.max_rowid
                else:
                    base, covered = self._segments.load(store_id, deletions)
                # segments that do not chain from the ones read (see `_Segments.gaps`): write the rows
                # read below as segments, whatever their number, so that the chain is whole again
                healing = committed and not self.readonly and bool(self._segments.gaps(store_id, deletions))
                # the rows no cache holds, READ_CHUNK_ROWS at a time (sqlite3 makes one Python object
                # per cell: a million rows at once would be gigabytes), each chunk a segment of its own
                # (so that a later deletion invalidates only the segments at and after its rows)
                frames, max_rowid = [base], covered
                while True:
                    chunk, last = self._read_rows(max_rowid, READ_CHUNK_ROWS)
                    if not len(chunk):
                        break
                    if committed and (len(chunk) >= SNAPSHOT_MIN_DELTA or not len(base) or healing):
                        self._segments.write(store_id, max_rowid, last, revision, chunk)
                    frames.append(chunk)
                    max_rowid = last
                    if len(chunk) < READ_CHUNK_ROWS:
                        break
                frame = concat_frames(frames)
                del frames
                if healing:
                    self._segments.prune(store_id, deletions)
            finally:
                if committed:
                    conn.execute("COMMIT")
            if committed and len(frame) <= MEMORY_CACHE_ROWS:
                self._cache = _Cached(store_id, revision, max_rowid, frame)
                return frame.copy()
            if committed:
                self._cache = None  # large frames: one copy in memory is enough, segments reload fast
            return frame.copy() if cache is not None and frame is cache.frame else frame

    def _heal_segments(self) -> None:
        """Close the gaps in the chain of segments (`_Segments.gaps`) with the missing rows, read from
        SQLite, then remove the segments made redundant and stale temporary files. A cache repair:
        any failure only leaves it for the next write or load."""
        if self.readonly:
            return
        with self._lock:
            conn = self._conn
            if conn.in_transaction:
                return
            try:
                conn.execute("BEGIN")
                try:
                    store_id, revision, deletions = self._store_id(), self.revision(), self._deletions()
                    gaps = self._segments.gaps(store_id, deletions)
                    for lo, hi in gaps:
                        while lo < hi:
                            chunk, last = self._select_rows("WHERE rowid > ? AND rowid <= ?", (lo, hi), lo,
                                                            READ_CHUNK_ROWS)
                            end = last if len(chunk) == READ_CHUNK_ROWS else hi  # no rows in (last, hi]
                            if not self._segments.write(store_id, lo, end, revision, chunk):
                                return
                            lo = end
                    if gaps:
                        self._segments.prune(store_id, deletions)
                    else:
                        self._segments.clean_temporaries()
                finally:
                    conn.execute("COMMIT")
            except Exception:
                return

    def _read_rows(self, after_rowid: int, limit: int) -> tuple[pd.DataFrame, int]:
        return self._select_rows("WHERE rowid > ?", (after_rowid,), after_rowid, limit)

    def _select_rows(self, where: str, params: tuple, after_rowid: int = 0, limit: int = -1) -> tuple[pd.DataFrame, int]:
        """Typed event rows matching `where` (in rowid order, at most `limit`) and the last rowid read."""
        select = ", ".join(
            f"coalesce({n}, '')" if n not in _INT_FIELDS + _FLOAT_FIELDS + _DATE_FIELDS else n for n in EVENT_COLUMNS
        )
        rows = self._conn.execute(f"SELECT rowid, {select} FROM events {where} ORDER BY rowid LIMIT ?",
                                  (*params, limit)).fetchall()
        if not rows:
            return empty_events_frame(), after_rowid
        columns = list(zip(*rows, strict=True))
        del rows
        max_rowid = int(columns[0][-1])
        return _typed_frame(dict(zip(EVENT_COLUMNS, columns[1:], strict=True))), max_rowid

    @property
    def snapshot_path(self) -> Path:
        """The folder of columnar segments (a cache: deleting it only costs one slow load)."""
        return self._segments.folder

    def events_frame(self, merged: bool = True) -> pd.DataFrame:
        """Events with the columns of schema.EVENT_COLUMNS and proper dtypes.

        merged=True: one row per event, reports of the same event by several articles folded into the
        most confident (then earliest published) report, with `sources` = number of distinct articles.
        """
        frame = self._raw_events()
        if not merged:
            return frame
        return merge_events(frame, consume=True)  # the raw frame is ours: a copy or uncached
