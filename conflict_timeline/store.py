"""The SQLite event store: articles and events, schema versioned, idempotent ingest, WAL readers.

Every write runs in one transaction (nested calls use savepoints), so a failure leaves nothing
half-written. `revision()` is a counter bumped by every change; readers cache by it.

Loading a million events through sqlite3 takes many seconds (one Python object per cell), so typed
rows are also written as Parquet segments beside the database (`<db>.frames/`) after each committed
ingest; `events_frame()` reads those and only the rows no segment holds yet. The segments are a
cache: deleting them costs one slow load, never data.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from conflict_timeline.errors import StoreError
from conflict_timeline.schema import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    LANGUAGES,
    PRECISIONS,
    STATUSES,
    Article,
    Event,
)

SCHEMA_VERSION = 2  # 2: events.actor_group
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = REPO_ROOT / "data" / "events.sqlite"
ENV_DB = "CONFLICT_TIMELINE_DB"

EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
_DATE_FIELDS = ("date_start", "date_end", "published")
_INT_FIELDS = ("troops", "fatalities", "injured", "span_start", "span_end", "sources")
_FLOAT_FIELDS = ("lat", "lon", "amount_usd", "confidence")
_FIXED_CATEGORIES = {
    "event_type": EVENT_TYPES,
    "date_precision": PRECISIONS,
    "status": STATUSES,
    "geo_precision": GEO_PRECISIONS,
    "language": LANGUAGES,
}
_VALUE_CATEGORIES = ("country", "actor", "actor_group", "location")
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "title", "body", "published", "source", "url", "tags", "related", "language", "path",
    "idx", "content_hash", "ingested_at",
)
_HASH_POS = ARTICLE_COLUMNS.index("content_hash")
# Text columns with few distinct values per row count (one sentence, title or source serves many
# events): read from segments as dictionaries, so each distinct string becomes one Python object.
_REPEATED_TEXT = ("date_text", "actor_ar", "target", "target_ar", "location_ar", "sentence", "article_title",
                  "source", "denies", "denied_by")
MERGE_DAYS = 1  # reports of one event: dates within one day of each other
DELETION_LOG_SIZE = 32  # deletions remembered one by one (older ones are folded together)
SNAPSHOT_MIN_DELTA = 10_000  # rows read from SQLite that justify writing a columnar segment
MEMORY_CACHE_ROWS = 200_000  # raw frames kept in memory (and copied on return) up to this size
READ_CHUNK_ROWS = 50_000  # rows fetched from SQLite at a time (and the size of the segment written)


def default_db_path() -> Path:
    """`$CONFLICT_TIMELINE_DB`, else data/events.sqlite at the repository root."""
    env = os.environ.get(ENV_DB, "").strip()
    return Path(env) if env else DEFAULT_DB


def _sql_type(name: str) -> str:
    if name in _INT_FIELDS:
        return "INTEGER"
    if name in _FLOAT_FIELDS:
        return "REAL"
    return "TEXT"


_EVENTS_DDL = ",\n    ".join(
    ["event_id TEXT PRIMARY KEY"]
    + [
        f"{name} {_sql_type(name)}" + (" NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE"
                                      if name == "article_id" else "")
        for name in EVENT_FIELDS
        if name != "event_id"
    ]
)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published TEXT,
    source TEXT,
    url TEXT,
    tags TEXT,
    related TEXT,
    language TEXT,
    path TEXT,
    idx INTEGER,
    content_hash TEXT,
    ingested_at TEXT
);
CREATE TABLE IF NOT EXISTS events (
    {_EVENTS_DDL}
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_merge_key ON events(event_type, actor, location, date_start);
CREATE INDEX IF NOT EXISTS events_group_key ON events(event_type, actor_group, location, date_start);
"""


def _iso(value: date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def _content_hash(article: Article) -> str:
    payload = json.dumps(
        [article.title, article.body, _iso(article.published), article.source, article.url,
         list(article.tags), list(article.related)],
        ensure_ascii=False,
    )
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def _article_row(article: Article, now: str) -> tuple:
    return (
        article.article_id, article.title, article.body, _iso(article.published), article.source,
        article.url, json.dumps(list(article.tags), ensure_ascii=False),
        json.dumps(list(article.related), ensure_ascii=False), article.language, article.path,
        article.index, _content_hash(article), now,
    )


def _event_row(event: Event) -> tuple:
    return tuple(_iso(getattr(event, n)) if n in _DATE_FIELDS else getattr(event, n) for n in EVENT_FIELDS)


@dataclass
class _Cached:
    store_id: str
    revision: int
    max_rowid: int
    frame: pd.DataFrame


class EventStore:
    """Articles and events in one SQLite file (WAL mode, schema version in `PRAGMA user_version`)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self._lock = threading.RLock()
        self._depth = 0
        self._cache: _Cached | None = None
        self._pending: list[_PendingSegment] = []
        self._segments = _Segments(self.path.with_name(self.path.name + ".frames"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the event store ({exc})") from None
        try:
            self._setup()
        except StoreError:
            self._conn.close()
            raise
        except sqlite3.OperationalError as exc:  # locked, read-only, disk full ...
            self._conn.close()
            raise StoreError(f"{self.path}: cannot open the event store ({exc})") from None
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(f"{self.path}: not an event store ({exc})") from None

    # -- setup ------------------------------------------------------------------------------------

    def _setup(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA busy_timeout = 30000")
        self._check_version(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        with self.transaction():
            # read again under the write lock: another process may have created or migrated it meanwhile
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            self._check_version(version)
            if version == SCHEMA_VERSION:
                return
            if version > 0:
                self._migrate(conn)
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('revision', '0')")
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('store_id', ?)", (uuid.uuid4().hex,))
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this program supports "
                f"({SCHEMA_VERSION}); upgrade conflict_timeline"
            )

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        """Bring an older store to this schema: add the event columns it lacks ('' or NULL for the rows
        already stored) and give the store a new id, which retires every columnar segment written
        before (they hold the old columns and are deleted at the next load)."""
        have = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
        for name in EVENT_FIELDS:
            if name not in have:
                kind = _sql_type(name)
                conn.execute(f"ALTER TABLE events ADD COLUMN {name} {kind}" + (" DEFAULT ''" if kind == "TEXT" else ""))
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('store_id', ?)", (uuid.uuid4().hex,))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested calls are savepoints (an inner failure undoes only itself)."""
        with self._lock:
            conn = self._conn
            if self._depth == 0:
                conn.execute("BEGIN IMMEDIATE")
                self._pending = []
            else:
                conn.execute(f"SAVEPOINT sp{self._depth}")
            pending_mark = len(self._pending)
            self._depth += 1
            try:
                yield conn
            except BaseException:
                self._depth -= 1
                del self._pending[pending_mark:]
                if self._depth == 0:
                    conn.execute("ROLLBACK")
                else:
                    conn.execute(f"ROLLBACK TO sp{self._depth}")
                    conn.execute(f"RELEASE sp{self._depth}")
                raise
            else:
                self._depth -= 1
                if self._depth:
                    conn.execute(f"RELEASE sp{self._depth}")
                    return
                pending, self._pending = self._pending, []
                try:
                    conn.execute("COMMIT")
                except BaseException:  # disk full, I/O error: nothing of the transaction stays
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                self._segments.write_pending(pending)  # after the commit: a crash here only costs speed

    def _bump(self, conn: sqlite3.Connection, deleted_from: int | None = None) -> None:
        """Next revision. `deleted_from`: the lowest rowid of the events this change deleted; cached rows
        (segments, frames) read before it stay valid up to the rowid below it (see `_deletions`)."""
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
        if deleted_from is None:
            return
        log = [*self._deletions(), (self.revision(), int(deleted_from))]
        while len(log) > DELETION_LOG_SIZE:  # fold the two oldest: the later revision, the lower rowid (safe)
            (_, first), (rev, second) = log[:2]
            log[:2] = [(rev, min(first, second))]
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('deletions', ?)", (json.dumps(log),))

    def _deletions(self) -> list[tuple[int, int]]:
        """(revision, lowest rowid deleted) of the deletions; rows read at revision r with rowids up to
        `hi` are still as stored when every deletion after r began above `hi` (see `_unchanged`).
        `delete_revision`, written by earlier versions, counts as a deletion of everything."""
        try:
            log = [(int(r), int(m)) for r, m in json.loads(self.get_meta("deletions") or "[]")]
        except (ValueError, TypeError):  # unreadable: as if everything had been deleted now
            log = [(self.revision(), 0)]
        legacy = int(self.get_meta("delete_revision", "0") or 0)
        return [*log, (legacy, 0)] if legacy else log

    # -- writing ----------------------------------------------------------------------------------

    def ingest(self, articles: Iterable[Article], events: Iterable[Event]) -> tuple[int, int]:
        """Add articles and events in one transaction; returns (articles added, events added).

        The same content twice adds nothing: ids are content hashes and rows are INSERT OR IGNORE. An
        article already stored with other metadata (the same text with another publication date, say)
        keeps its stored version and events: the events given for the other version are left out, so
        one article never mixes dates resolved against two references (`replace_article` replaces).
        """
        now = datetime.now(UTC).isoformat(timespec="seconds")
        placeholders = ", ".join("?" * len(EVENT_FIELDS))
        with self.transaction() as conn:
            added: set[str] = set()
            other_version: set[str] = set()
            for article in articles:
                row = _article_row(article, now)
                cur = conn.execute(
                    f"INSERT OR IGNORE INTO articles({', '.join(ARTICLE_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
                    row,
                )
                if cur.rowcount:
                    added.add(article.article_id)
                elif article.article_id not in added:
                    stored = conn.execute("SELECT content_hash FROM articles WHERE article_id = ?",
                                          (article.article_id,)).fetchone()
                    if stored is not None and stored[0] != row[_HASH_POS]:
                        other_version.add(article.article_id)
            added_articles = len(added)
            added_events = 0
            inserted: list[tuple[int, tuple]] = []
            for event in events:
                if event.article_id in other_version:
                    continue
                row = _event_row(event)
                cur = conn.execute(
                    f"INSERT OR IGNORE INTO events({', '.join(EVENT_FIELDS)}) VALUES ({placeholders})", row
                )
                if cur.rowcount == 1:
                    added_events += 1
                    inserted.append((cur.lastrowid, row))
            if added_articles or added_events:
                self._bump(conn)
            if inserted:
                self._pending.append(_PendingSegment(self._store_id(), self.revision(), inserted))
        return added_articles, added_events

    def replace_article(self, article: Article, events: Iterable[Event]) -> int:
        """Replace an article (e.g. with a new publication date) and all its events; returns events added."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        placeholders = ", ".join("?" * len(EVENT_FIELDS))
        with self.transaction() as conn:
            lowest = conn.execute("SELECT min(rowid) FROM events WHERE article_id = ?", (article.article_id,))
            deleted_from = lowest.fetchone()[0]
            conn.execute("DELETE FROM events WHERE article_id = ?", (article.article_id,))
            updates = ", ".join(f"{c} = excluded.{c}" for c in ARTICLE_COLUMNS if c != "article_id")
            conn.execute(
                f"INSERT INTO articles({', '.join(ARTICLE_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}) "
                f"ON CONFLICT(article_id) DO UPDATE SET {updates}",
                _article_row(article, now),
            )
            added = 0
            for event in events:
                added += conn.execute(
                    f"INSERT OR IGNORE INTO events({', '.join(EVENT_FIELDS)}) VALUES ({placeholders})",
                    _event_row(event),
                ).rowcount
            self._bump(conn, deleted_from=deleted_from)
        return added

    def delete_articles(self, article_ids: Iterable[str]) -> int:
        """Remove articles and their events; returns the number of articles removed."""
        ids = list(article_ids)
        removed, lowest = 0, []
        with self.transaction() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                first = conn.execute(f"SELECT min(rowid) FROM events WHERE article_id IN ({marks})", chunk).fetchone()[0]
                if first is not None:
                    lowest.append(first)
                conn.execute(f"DELETE FROM events WHERE article_id IN ({marks})", chunk)
                removed += conn.execute(f"DELETE FROM articles WHERE article_id IN ({marks})", chunk).rowcount
            if removed:
                self._bump(conn, deleted_from=min(lowest, default=None))
        return removed

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    # -- reading ----------------------------------------------------------------------------------

    def revision(self) -> int:
        """A counter bumped by every change (one indexed read)."""
        return int(self.get_meta("revision", "0") or 0)

    def counts(self) -> dict[str, int]:
        with self._lock:
            conn = self._conn
            articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            covered = conn.execute("SELECT COUNT(DISTINCT article_id) FROM events").fetchone()[0]
            files = conn.execute("SELECT COUNT(DISTINCT path) FROM articles").fetchone()[0]
        return {"articles": articles, "events": events, "articles_with_events": covered, "files": files}

    def _store_id(self) -> str:
        return self.get_meta("store_id", "") or ""

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
                # the rows no cache holds, READ_CHUNK_ROWS at a time (sqlite3 makes one Python object
                # per cell: a million rows at once would be gigabytes), each chunk a segment of its own
                # (so that a later deletion invalidates only the segments at and after its rows)
                frames, max_rowid = [base], covered
                while True:
                    chunk, last = self._read_rows(max_rowid, READ_CHUNK_ROWS)
                    if not len(chunk):
                        break
                    if committed and (len(chunk) >= SNAPSHOT_MIN_DELTA or not len(base)):
                        self._segments.write(store_id, max_rowid, last, revision, chunk)
                    frames.append(chunk)
                    max_rowid = last
                    if len(chunk) < READ_CHUNK_ROWS:
                        break
                frame = concat_frames(frames)
                del frames
            finally:
                if committed:
                    conn.execute("COMMIT")
            if committed and len(frame) <= MEMORY_CACHE_ROWS:
                self._cache = _Cached(store_id, revision, max_rowid, frame)
                return frame.copy()
            if committed:
                self._cache = None  # large frames: one copy in memory is enough, segments reload fast
            return frame.copy() if cache is not None and frame is cache.frame else frame

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

    def event_sources(self, event_id: str) -> pd.DataFrame:
        """All reports (one row per report, with its article's url) of the merged event holding event_id.

        Reads only the candidate rows (same type, place and merge actor, dates in a window that grows
        until the cluster is inside it) and clusters them as `events_frame()` does, so it stays fast on
        a large store.
        """
        columns = ["event_id", "article_id", "article_title", "published", "source", "url", "sentence",
                   "confidence", "status"]
        with self._lock:
            own = not self._conn.in_transaction
            if own:
                self._conn.execute("BEGIN")
            try:
                members = self._cluster_of(event_id)
            finally:
                if own:
                    self._conn.execute("COMMIT")
        if members is None:
            return pd.DataFrame(columns=columns)
        urls = self._article_urls(members["article_id"].unique().tolist())
        out = members.assign(url=members["article_id"].map(urls).fillna(""))
        out = out.sort_values(["published", "confidence"], ascending=[True, False], na_position="last")
        return out[columns].reset_index(drop=True)

    def _cluster_of(self, event_id: str) -> pd.DataFrame | None:
        own, _ = self._select_rows("WHERE event_id = ?", (event_id,))
        if own.empty:
            return None
        row = own.iloc[0]
        who = str(merge_actor(own).iloc[0])
        if pd.isna(row["date_start"]) or pd.isna(row["date_end"]) or not (who or row["location"]):
            return own
        # the candidates: same type, place and merge actor (`merge_actor`: the family, else the actor)
        if who:
            actor_sql, actor_params = "(actor_group = ? OR (coalesce(actor_group, '') = '' AND actor = ?))", (who, who)
        else:
            actor_sql, actor_params = "coalesce(actor_group, '') = '' AND actor = ''", ()
        start = row["date_start"].date().toordinal()
        first_day, last_day = date.min.toordinal(), date.max.toordinal()
        window = 8
        while True:
            low, high = max(start - window, first_day), min(start + window, last_day)
            rows, _ = self._select_rows(
                f"WHERE event_type = ? AND {actor_sql} AND location = ? AND date_start BETWEEN ? AND ?",
                (str(row["event_type"]), *actor_params, str(row["location"]),
                 date.fromordinal(low).isoformat(), date.fromordinal(high).isoformat()),
            )
            clusters = cluster_ids(rows)
            mine = clusters[int(np.flatnonzero(rows["event_id"].to_numpy() == event_id)[0])]
            members = rows[clusters == mine]
            first = members["date_start"].min().date().toordinal()
            last = members["date_start"].max().date().toordinal()
            if ((first - low > MERGE_DAYS or low == first_day)
                    and (high - last > MERGE_DAYS or high == last_day)):
                return members
            window *= 4

    def _article_urls(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        with self._lock:
            rows = self._conn.execute(f"SELECT article_id, url FROM articles WHERE article_id IN ({marks})",
                                      ids).fetchall()
        return dict(rows)

    def articles_frame(self) -> pd.DataFrame:
        """One row per article (body included) with the number of raw events each yielded."""
        with self._lock:
            frame = pd.read_sql_query(
                "SELECT a.article_id, a.title, a.body, a.published, a.source, a.url, a.tags, a.related, "
                "a.language, a.path, a.idx AS \"index\", a.ingested_at, COUNT(e.event_id) AS events "
                "FROM articles a LEFT JOIN events e ON e.article_id = a.article_id "
                "GROUP BY a.article_id ORDER BY a.path, a.idx",
                self._conn,
            )
        frame["published"] = pd.to_datetime(frame["published"], format="%Y-%m-%d", errors="coerce").astype(
            "datetime64[ns]"
        )
        frame["tags"] = [tuple(json.loads(t or "[]")) for t in frame["tags"]]
        frame["related"] = [tuple(json.loads(t or "[]")) for t in frame["related"]]
        frame["events"] = frame["events"].astype("Int64")
        frame["index"] = frame["index"].astype("Int64")
        return frame

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT article_id, title, body, published, source, url, tags, related, language, path, idx "
                "FROM articles WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        return Article(
            article_id=row[0], title=row[1], body=row[2],
            published=date.fromisoformat(row[3]) if row[3] else None,
            source=row[4] or "", url=row[5] or "", tags=tuple(json.loads(row[6] or "[]")),
            related=tuple(json.loads(row[7] or "[]")), language=row[8] or "ar", path=row[9] or "",
            index=row[10] or 0,
        )

    def article_ids(self) -> list[tuple[str, str]]:
        """(article_id, path) of every stored article."""
        with self._lock:
            return [tuple(r) for r in self._conn.execute("SELECT article_id, path FROM articles").fetchall()]


# -- frames -------------------------------------------------------------------------------------


def _typed_frame(columns: dict[str, tuple | list]) -> pd.DataFrame:
    data: dict[str, object] = {}
    for name in EVENT_COLUMNS:
        values = np.asarray(columns[name], dtype=object)
        if name in _DATE_FIELDS:
            data[name] = pd.Series(np.array(values, dtype="datetime64[D]").astype("datetime64[ns]"))
        elif name in _INT_FIELDS:
            data[name] = pd.array(values, dtype="Int64")
        elif name in _FLOAT_FIELDS:
            data[name] = pd.to_numeric(values, errors="coerce").astype("float64")
        elif name in _FIXED_CATEGORIES:
            data[name] = pd.Categorical(values, categories=list(_FIXED_CATEGORIES[name]))
        elif name in _VALUE_CATEGORIES:
            data[name] = pd.Categorical(values)
        elif name in _REPEATED_TEXT and len(values):  # one object per distinct string, as from segments
            codes, uniques = pd.factorize(values)
            data[name] = pd.Series(uniques.take(codes), dtype=object)
        else:
            data[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=list(EVENT_COLUMNS))


def _restore_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    """Dtypes after a round trip through Arrow: fixed vocabularies, object strings, ns datetimes."""
    data = {}
    for name in EVENT_COLUMNS:
        col = frame.pop(name)  # the converted column replaces the original: one copy at a time
        if name in _FIXED_CATEGORIES:
            wanted = list(_FIXED_CATEGORIES[name])
            if not (isinstance(col.dtype, pd.CategoricalDtype) and list(col.cat.categories) == wanted):
                col = pd.Series(pd.Categorical(col.astype(object), categories=wanted))
        elif name in _VALUE_CATEGORIES:
            if not isinstance(col.dtype, pd.CategoricalDtype):
                col = col.astype("category")
        elif name in _DATE_FIELDS:
            if col.dtype != "datetime64[ns]":
                col = col.astype("datetime64[ns]")
        elif name in _INT_FIELDS:
            if col.dtype != "Int64":
                col = col.astype("Int64")
        elif name in _FLOAT_FIELDS:
            if col.dtype != "float64":
                col = col.astype("float64")
        elif col.dtype != object:
            col = col.astype(object)
        data[name] = col
        _release_arrow_memory()
    return pd.DataFrame(data, columns=list(EVENT_COLUMNS))


def _release_arrow_memory() -> None:
    """Give freed Arrow buffers back to the system (the allocator keeps them otherwise), so that
    converting a large frame column by column never holds two copies of it."""
    pa = sys.modules.get("pyarrow")
    if pa is not None:
        pa.default_memory_pool().release_unused()


def concat_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Event frames one after the other, keeping every dtype (categories of values are united)."""
    frames = [f for f in frames if len(f)] or frames[:1]
    if len(frames) == 1:
        return frames[0]
    data = {}
    for name in EVENT_COLUMNS:
        if name in _VALUE_CATEGORIES:
            data[name] = union_categoricals([f[name].array for f in frames])
        else:
            data[name] = pd.concat([f[name] for f in frames], ignore_index=True)
    return pd.DataFrame(data, columns=list(EVENT_COLUMNS))


def _rows_frame(rows: list[tuple]) -> pd.DataFrame:
    """A typed frame from event rows in EVENT_FIELDS order (as inserted)."""
    positions = [EVENT_FIELDS.index(name) for name in EVENT_COLUMNS]
    columns = list(zip(*rows, strict=True))
    data = {}
    for name, pos in zip(EVENT_COLUMNS, positions, strict=True):
        values = columns[pos]
        if name not in _INT_FIELDS + _FLOAT_FIELDS + _DATE_FIELDS:
            values = ["" if v is None else v for v in values]
        data[name] = values
    return _typed_frame(data)


def _read_parquet(paths: list[Path]) -> pd.DataFrame:
    """One typed frame from segment files (one Arrow table, dictionaries unified, then pandas)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.concat_tables([pq.read_table(p, read_dictionary=_REPEATED_TEXT) for p in paths]).unify_dictionaries()
    if table.column_names != list(EVENT_COLUMNS):
        raise ValueError("unexpected segment columns")
    _release_arrow_memory()
    frame = table.to_pandas(split_blocks=True, self_destruct=True)  # frees Arrow buffers as it goes
    del table
    _release_arrow_memory()
    return _restore_dtypes(frame)


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

    def __init__(self, folder: Path) -> None:
        self.folder = folder

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

    def _chain(self, store_id: str, deletions: list[tuple[int, int]]) -> list[tuple[int, int, int, Path]]:
        valid = []
        for seg in self._list(store_id):
            if _unchanged(deletions, seg[2], seg[1]):
                valid.append(seg)
            else:
                _unlink(seg[3])  # rows may have been deleted since
        valid.sort(key=lambda seg: (seg[0], -seg[1], -seg[2]))  # from each start the longest, newest
        chain, end = [], 0
        for seg in valid:
            if seg[0] == end:
                chain.append(seg)
                end = seg[1]
        return chain

    def load(self, store_id: str, deletions: list[tuple[int, int]]) -> tuple[pd.DataFrame, int]:
        """The rows held by valid segments and the last rowid they cover."""
        try:
            stale = [p for p in self.folder.glob("*.parquet") if not p.name.startswith(f"{store_id}_")]
        except OSError:
            stale = []
        for path in stale:  # segments of an earlier store (or schema) at this path
            _unlink(path)
        chain = self._chain(store_id, deletions)
        if not chain:
            return empty_events_frame(), 0
        try:
            frame = _read_parquet([seg[3] for seg in chain])
        except Exception:  # a damaged or foreign segment: drop the chain, read everything from SQLite
            for seg in chain:
                _unlink(seg[3])
            return empty_events_frame(), 0
        if len(chain) > self.MAX_SEGMENTS:
            self._compact_tail(store_id)
        return frame, chain[-1][1]

    def _merge(self, store_id: str, chain: list, frame: pd.DataFrame) -> None:
        if self.write(store_id, chain[0][0], chain[-1][1], min(seg[2] for seg in chain), frame):
            for seg in chain:
                _unlink(seg[3])

    def write(self, store_id: str, lo: int, hi: int, revision: int, frame: pd.DataFrame) -> bool:
        if not store_id or hi <= lo:
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


def empty_events_frame() -> pd.DataFrame:
    return _typed_frame({name: () for name in EVENT_COLUMNS})


def merge_actor(frame: pd.DataFrame) -> pd.Series:
    """The actor that decides whether two reports are one event: its family (`actor_group`, the top
    of the gazetteer's parent chain: the Pentagon and CENTCOM are the United States) where known."""
    actor = frame["actor"].astype(object).fillna("")
    group = frame["actor_group"].astype(object).fillna("")
    return group.where(group != "", actor)


def _codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of a column and a mask of its blank ("" or missing) values."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy().astype(np.int64)
        categories = column.cat.categories
        blank_codes = np.flatnonzero(np.asarray(categories == "", dtype=bool))
        blank = (codes < 0) | np.isin(codes, blank_codes)
        return codes, blank
    values = column.astype(object).fillna("").to_numpy()
    codes = pd.factorize(values)[0].astype(np.int64)
    return codes, values == ""


def _sort_order(keys: list[np.ndarray]) -> np.ndarray:
    """Row order sorting by keys (first key most significant), ties kept in row order.

    Non-negative integer keys are packed into one int64 when they fit (one fast argsort); otherwise
    numpy's lexsort is used.
    """
    shifted = [k - k.min() if len(k) else k for k in keys]
    bits = [int(k.max()).bit_length() if len(k) else 0 for k in shifted]
    if sum(bits) <= 63:
        packed = np.zeros(len(keys[0]), dtype=np.int64)
        for key, width in zip(shifted, bits, strict=True):
            packed = (packed << width) | key.astype(np.int64)
        return np.argsort(packed, kind="stable")
    return np.lexsort((np.arange(len(keys[0])), *reversed(keys)))


def cluster_ids(frame: pd.DataFrame) -> np.ndarray:
    """A cluster number per row: reports of one event (same type, actor family, location and date
    precision, both dated, start and end within MERGE_DAYS of the previous report) share a number;
    everything else stands alone. Rows without an actor and without a place are never merged (nothing
    says they are one event). Ranges of one precision have one length (a day, an ISO week, a month ...),
    so a coarse range never sits between two close reports of a finer one in the sort order.

    Vectorised: one sort, one pass of comparisons with the previous row, one cumulative sum.
    """
    n = len(frame)
    out = np.arange(n, dtype=np.int64) + n  # undated or unkeyed rows: their own cluster
    if n == 0:
        return out
    start = frame["date_start"].to_numpy().astype("datetime64[D]")
    end = frame["date_end"].to_numpy().astype("datetime64[D]")
    actor, no_actor = _codes(merge_actor(frame))
    location, no_location = _codes(frame["location"])
    mergeable = ~np.isnat(start) & ~np.isnat(end) & ~(no_actor & no_location)
    idx = np.flatnonzero(mergeable)
    if len(idx) == 0:
        return out
    t = _codes(frame["event_type"])[0][idx]
    p = _codes(frame["date_precision"])[0][idx]
    a, loc = actor[idx], location[idx]
    s, e = start[idx].astype(np.int64), end[idx].astype(np.int64)
    order = _sort_order([t, a, loc, p, s, e])
    t, a, loc, p, s, e = t[order], a[order], loc[order], p[order], s[order], e[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (
        (t[1:] != t[:-1]) | (a[1:] != a[:-1]) | (loc[1:] != loc[:-1]) | (p[1:] != p[:-1])
        | (s[1:] - s[:-1] > MERGE_DAYS) | (np.abs(e[1:] - e[:-1]) > MERGE_DAYS)
    )
    out[idx[order]] = np.cumsum(new) - 1
    return out


def merge_events(frame: pd.DataFrame, consume: bool = False) -> pd.DataFrame:
    """Fold reports of the same event into one row (see cluster_ids); `sources` counts articles.

    The row kept is the most confident report, then the earliest published, then the first stored.
    With consume=True the columns of `frame` are moved out one at a time (it is left empty), so the
    peak memory is one frame plus one column rather than two frames.
    """
    if frame.empty:
        return frame.copy()
    n = len(frame)
    clusters = cluster_ids(frame)
    article_codes = pd.factorize(frame["article_id"])[0].astype(np.int64)
    width = article_codes.max() + 1
    pairs = pd.unique(clusters * width + article_codes)  # distinct (cluster, article)
    counts = np.bincount(pairs // width, minlength=2 * n)
    published = frame["published"].to_numpy().astype("datetime64[D]")
    days = published.astype(np.int64)
    published_key = np.where(np.isnat(published), days[~np.isnat(published)].max(initial=0) + 1, days)
    confidence = np.clip(frame["confidence"].fillna(0.0).to_numpy(), 0.0, 1.0)
    less_confident = np.rint((1.0 - confidence) * 1_000_000).astype(np.int64)
    order = _sort_order([clusters, less_confident, published_key])
    sorted_clusters = clusters[order]
    first = np.ones(n, dtype=bool)
    first[1:] = sorted_clusters[1:] != sorted_clusters[:-1]
    chosen = np.sort(order[first])
    if consume:
        data = {}
        for name in list(frame.columns):
            data[name] = frame.pop(name).take(chosen).reset_index(drop=True)
        out = pd.DataFrame(data)
    else:
        out = frame.iloc[chosen].reset_index(drop=True)
    sources = counts[clusters[chosen]]
    out["sources"] = pd.array(sources, dtype="Int64")
    return out
