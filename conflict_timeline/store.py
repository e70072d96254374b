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
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from conflict_timeline.errors import StoreError
from conflict_timeline.frames import (
    _DATE_FIELDS,
    _FLOAT_FIELDS,
    _INT_FIELDS,
    EVENT_FIELDS,
)
from conflict_timeline.schema import Article, Event
from conflict_timeline.segments import _PendingSegment, _Segments
from conflict_timeline.store_load import FrameLoading, _Cached
from conflict_timeline.store_queries import StoreQueries

SCHEMA_VERSION = 2  # 2: events.actor_group
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = REPO_ROOT / "data" / "events.sqlite"
ENV_DB = "CONFLICT_TIMELINE_DB"

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "title", "body", "published", "source", "url", "tags", "related", "language", "path",
    "idx", "content_hash", "ingested_at",
)
_HASH_POS = ARTICLE_COLUMNS.index("content_hash")
DELETION_LOG_SIZE = 32  # deletions remembered one by one (older ones are folded together)


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


class EventStore(FrameLoading, StoreQueries):
    """Articles and events in one SQLite file (WAL mode, schema version in `PRAGMA user_version`)."""

    def __init__(self, path: str | Path | None = None, readonly: bool = False) -> None:
        """Open (or create) the store at `path`. `readonly=True` opens an existing store for reading
        only: it needs no write access to the file or its folder, and any write raises."""
        self.path = Path(path) if path is not None else default_db_path()
        self.readonly = readonly
        self._lock = threading.RLock()
        self._depth = 0
        self._cache: _Cached | None = None
        self._pending: list[_PendingSegment] = []
        self._segments = _Segments(self.path.with_name(self.path.name + ".frames"), writable=not readonly)
        try:
            if readonly:
                self._conn = self._connect_readonly()
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the event store ({exc})") from None
        try:
            self._setup_readonly() if readonly else self._setup()
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

    def _connect_readonly(self) -> sqlite3.Connection:
        """A read-only connection. A store in WAL mode needs its `-shm` file, which SQLite cannot create
        in a read-only folder: then the file is opened as immutable (nobody can write there either)."""
        if not self.path.is_file():
            raise OSError(f"no such file: {self.path}")
        uri = self.path.resolve().as_uri()
        for flags in ("mode=ro", "mode=ro&immutable=1"):
            conn = sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=30, isolation_level=None,
                                   check_same_thread=False)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return conn
            except sqlite3.OperationalError:
                conn.close()
                if flags.endswith("immutable=1"):
                    raise
        raise AssertionError("unreachable")

    def _setup_readonly(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA busy_timeout = 30000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        self._check_version(version)
        if version == 0:
            raise StoreError(f"{self.path}: not an event store (no schema version)")
        if version < SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version} is older than this program's "
                             f"({SCHEMA_VERSION}); open it once with write access (for example `ingest`) "
                             f"to upgrade it")

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
                if pending:
                    self._heal_segments()

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

