"""The event store's Parquet segments and schema migrations: the same frame from segments and from
SQLite, nothing lost when a segment is damaged, missing or unwritable, or a schema is upgraded."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from conflict_timeline.store import SCHEMA_VERSION, EventStore

from .test_store import _comparable, _full_read, article, event


def test_segments_written_by_ingests_give_the_same_frame(tmp_path: Path) -> None:
    path = tmp_path / "seg.sqlite"
    writer = EventStore(path)
    for n in range(30):  # more ingests than segments kept: the tail gets merged
        a = article(f"A{n}")
        writer.ingest([a], [event(a, actor=f"Actor {n % 4}"), event(a, 2, event_type="denial")])
    assert len(list(writer.snapshot_path.glob("*.parquet"))) <= writer._segments.MAX_SEGMENTS + 1
    writer.close()
    reader = EventStore(path)
    from_segments = reader.events_frame(merged=False)
    reader.close()
    assert len(from_segments) == 60
    pd.testing.assert_frame_equal(_comparable(from_segments), _comparable(_full_read(path)))


def test_rolled_back_ingest_leaves_no_segment(tmp_path: Path) -> None:
    path = tmp_path / "rb.sqlite"
    store = EventStore(path)
    a, b = article("A"), article("B")
    store.ingest([a], [event(a)])
    with pytest.raises(RuntimeError), store.transaction():
        store.ingest([b], [event(b)])
        raise RuntimeError("abort the batch")
    c = article("C")
    store.ingest([c], [event(c, event_type="withdrawal")])  # reuses the rolled-back rowid
    store.close()
    reader = EventStore(path)
    frame = reader.events_frame(merged=False)
    reader.close()
    assert sorted(frame["article_id"]) == sorted([a.article_id, c.article_id])
    assert set(frame["event_type"]) == {"attack", "withdrawal"}


def test_segments_after_a_replacement(tmp_path: Path) -> None:
    path = tmp_path / "rp.sqlite"
    store = EventStore(path)
    a, b = article("A"), article("B")
    store.ingest([a, b], [event(a), event(b)])
    store.replace_article(a, [event(a, event_type="agreement")])
    store.close()
    reader = EventStore(path)
    frame = reader.events_frame(merged=False)
    reader.close()
    assert sorted(frame["event_type"].astype(str)) == ["agreement", "attack"]
    pd.testing.assert_frame_equal(_comparable(frame), _comparable(_full_read(path)))


def test_event_sources_follow_a_long_chain_of_daily_reports(store: EventStore) -> None:
    arts = [article(f"D{n}") for n in range(20)]
    events = [event(a, date_start=date(2024, 3, 1) + timedelta(days=n), date_end=date(2024, 3, 1) + timedelta(days=n))
              for n, a in enumerate(arts)]
    store.ingest(arts, events)
    merged = store.events_frame()
    assert len(merged) == 1 and merged.iloc[0]["sources"] == 20
    for probe in (events[0], events[19]):
        assert len(store.event_sources(probe.event_id)) == 20


def test_reports_of_one_side_merge_whoever_speaks(store: EventStore) -> None:
    """The Pentagon in one article and CENTCOM in another: one strike, two sources."""
    a, b = article("P"), article("Q")
    events = [
        event(a, event_type="airstrike", actor="US Department of Defense", actor_group="United States",
              location="Baghdad", geo_precision="city"),
        event(b, event_type="airstrike", actor="CENTCOM", actor_group="United States", location="Baghdad",
              geo_precision="city"),
        event(b, 3, event_type="airstrike", actor="Israel", actor_group="Israel", location="Baghdad",
              geo_precision="city"),
    ]
    store.ingest([a, b], events)
    merged = store.events_frame()
    assert sorted(merged["sources"].tolist()) == [1, 2]
    us = merged[merged["actor_group"] == "United States"]
    assert len(us) == 1 and len(store.event_sources(us.iloc[0]["event_id"])) == 2


def test_an_older_store_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    s = EventStore(path)
    a = article("Old")
    s.ingest([a], [event(a)])
    s.close()
    conn = sqlite3.connect(path)  # make it a store of schema 1: no actor_group column
    conn.execute("DROP INDEX IF EXISTS events_group_key")
    conn.execute("ALTER TABLE events DROP COLUMN actor_group")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    s = EventStore(path)
    try:
        frame = s.events_frame()
        assert len(frame) == 1
        group = frame.iloc[0]["actor_group"]
        assert pd.isna(group) or group == ""  # rows stored before the column existed
        assert s._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        b = article("New")
        s.ingest([b], [event(b, actor_group="Islamic Resistance in Iraq")])
        assert len(s.events_frame(merged=False)) == 2
    finally:
        s.close()


def test_a_read_inside_a_rolled_back_transaction_is_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "tx.sqlite"
    store = EventStore(path)
    a, b, c = article("A"), article("B"), article("C")
    store.ingest([a], [event(a)])
    with pytest.raises(RuntimeError), store.transaction():
        store.ingest([b], [event(b)])
        assert len(store.events_frame(merged=False)) == 2  # the transaction sees its own rows
        raise RuntimeError("abort")
    assert list(store.events_frame(merged=False)["article_id"]) == [a.article_id]
    store.ingest([c], [event(c, event_type="withdrawal")])  # same revision and rowid as the lost row
    assert sorted(store.events_frame(merged=False)["article_id"]) == sorted([a.article_id, c.article_id])
    store.close()
    pd.testing.assert_frame_equal(_comparable(_full_read(path)), _comparable(EventStore(path).events_frame(False)))


def test_migration_never_reads_segments_of_the_older_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with EventStore(path) as s:
        a = article("Old")
        s.ingest([a], [event(a)])
        s.events_frame()
        segments = list(s.snapshot_path.glob("*.parquet"))
    assert segments
    conn = sqlite3.connect(path)  # schema 1, and a row that differs from what the old segment holds
    conn.execute("DROP INDEX IF EXISTS events_group_key")
    conn.execute("ALTER TABLE events DROP COLUMN actor_group")
    conn.execute("UPDATE events SET sentence = 'as stored'")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with EventStore(path) as s:
        assert list(s.events_frame(merged=False)["sentence"]) == ["as stored"]
    assert not any(p.exists() for p in segments)  # retired with the old store id


def test_opening_a_migrated_store_again_keeps_its_segments(tmp_path: Path, sqlite_reads: list[int]) -> None:
    path = tmp_path / "m.sqlite"
    with EventStore(path) as s:
        a = article("A")
        s.ingest([a], [event(a)])
        store_id = s.get_meta("store_id")
    with EventStore(path) as again:  # current schema: no migration, same id, segments still valid
        assert again.get_meta("store_id") == store_id
        sqlite_reads.clear()
        assert len(again.events_frame()) == 1 and sqlite_reads == [0]


@pytest.mark.parametrize("damage", ["truncated", "foreign columns"])
def test_a_damaged_segment_is_replaced_by_the_rows_in_sqlite(tmp_path: Path, damage: str,
                                                              sqlite_reads: list[int]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "dmg.sqlite"
    with EventStore(path) as s:
        arts = [article(f"A{n}") for n in range(3)]
        s.ingest(arts, [event(x) for x in arts])
        (segment,) = s.snapshot_path.glob("*.parquet")
    if damage == "truncated":
        segment.write_bytes(segment.read_bytes()[:100])
    else:  # a segment of an older schema under the current store id
        pq.write_table(pa.table({"event_id": ["x"], "sentence": ["from an old segment"]}), segment)
    expected = _comparable(_full_read(path))
    with EventStore(path) as s:
        pd.testing.assert_frame_equal(_comparable(s.events_frame(merged=False)), expected)
    with EventStore(path) as s:  # the segment written in its place is used from now on
        sqlite_reads.clear()
        pd.testing.assert_frame_equal(_comparable(s.events_frame(merged=False)), expected)
        assert sqlite_reads == [0]


def test_a_crash_between_commit_and_segment_write_loses_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "crash.sqlite"
    with EventStore(path) as s:
        a = article("A")
        s.ingest([a], [event(a)])
    script = (
        "import os, sys\n"
        "from tests.test_store import article, event\n"
        "from conflict_timeline.store import EventStore\n"
        "s = EventStore(sys.argv[1])\n"
        "s._segments.write_pending = lambda pending: os._exit(3)\n"
        "b = article('B')\n"
        "s.ingest([b], [event(b), event(b, 2, event_type='denial')])\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=root, timeout=60)
    assert done.returncode == 3
    with EventStore(path) as s:
        frame = s.events_frame(merged=False)
        assert len(frame) == 3 and s.counts()["articles"] == 2
    pd.testing.assert_frame_equal(_comparable(frame), _comparable(_full_read(path)))


def test_an_unwritable_segment_folder_only_costs_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sqlite"
    with EventStore(path) as s:
        a = article("A")
        s.ingest([a], [event(a)])
    with EventStore(path) as s:
        s.replace_article(a, [event(a, event_type="denial")])  # the old segment is now stale

    def refuse(*_: object, **__: object) -> None:
        raise PermissionError("read-only file system")

    mkdir = Path.mkdir
    monkeypatch.setattr(Path, "unlink", refuse)
    monkeypatch.setattr(Path, "mkdir", lambda self, *a, **k: refuse() if self.suffix == ".frames" else mkdir(self, *a, **k))
    monkeypatch.setattr("conflict_timeline.segments.os.replace", refuse)
    with EventStore(path) as s:
        assert list(s.events_frame(merged=False)["event_type"]) == ["denial"]
        b = article("B")
        assert s.ingest([b], [event(b)]) == (1, 1)
        assert len(s.events_frame(merged=False)) == 2


def test_two_writers_of_one_store(tmp_path: Path) -> None:
    """Two processes (two connections, two caches) ingesting and replacing in turn."""
    path = tmp_path / "two.sqlite"
    one, two = EventStore(path), EventStore(path)
    arts = [article(f"W{n}") for n in range(8)]
    for n, art in enumerate(arts):
        writer, reader = (one, two) if n % 2 else (two, one)
        writer.ingest([art], [event(art, actor=f"Actor {n}")])
        assert len(reader.events_frame(merged=False)) == n + 1
        if n == 4:
            reader.replace_article(arts[1], [event(arts[1], event_type="statement")])
    expected = _comparable(_full_read(path))
    assert len(expected) == 8 and (expected["event_type"] == "statement").sum() == 1
    for s in (one, two):
        pd.testing.assert_frame_equal(_comparable(s.events_frame(merged=False)), expected)
        s.close()
    with EventStore(path) as fresh:
        pd.testing.assert_frame_equal(_comparable(fresh.events_frame(merged=False)), expected)


def test_rows_read_from_sqlite_in_chunks_give_the_same_frame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "chunks.sqlite"
    arts = [article(f"C{n}") for n in range(7)]
    with EventStore(path) as s:
        s.ingest(arts, [event(x, k, actor=f"Actor {k}") for x in arts for k in range(3)])
    whole = _full_read(path)
    monkeypatch.setattr("conflict_timeline.store_load.READ_CHUNK_ROWS", 4)
    chunked = _full_read(path)
    pd.testing.assert_frame_equal(chunked, whole)
    with EventStore(path) as s:  # one segment per chunk: a deletion in the last one keeps the others
        assert len(list(s.snapshot_path.glob("*.parquet"))) == 6
        s.replace_article(arts[-1], [])
    with EventStore(path) as s:
        pd.testing.assert_frame_equal(s.events_frame(merged=False), whole.iloc[:18].reset_index(drop=True))
        assert len(list(s.snapshot_path.glob("*.parquet"))) == 4  # (16, 20] held a deleted row
    assert len(chunked) == 21 and set(chunked["actor"].cat.categories) == {"Actor 0", "Actor 1", "Actor 2"}
    titles = chunked.loc[chunked["article_id"] == arts[0].article_id, "article_title"].tolist()
    assert titles[0] is titles[1] is titles[2]  # one object per distinct repeated string


def test_a_deletion_keeps_the_segments_below_it(tmp_path: Path, sqlite_reads: list[int]) -> None:
    """Replacing the newest article re-reads only its rows; rowids it frees are reused by its new
    events, which must never be served from the segment that held the old ones."""
    path = tmp_path / "del.sqlite"
    arts = [article(f"R{n}") for n in range(3)]
    with EventStore(path) as s:
        for art in arts:  # one segment per ingest: rowids (0, 2], (2, 4], (4, 6]
            s.ingest([art], [event(art), event(art, 2, event_type="denial")])
        s.events_frame()
        s.replace_article(arts[2], [event(arts[2], event_type="withdrawal"), event(arts[2], 3, status="denied")])
    with EventStore(path) as s:
        sqlite_reads.clear()
        frame = s.events_frame(merged=False)
        assert sqlite_reads == [2]  # the two new rows; the segments of R0 and R1 are still valid
    expected = _comparable(_full_read(path))
    pd.testing.assert_frame_equal(_comparable(frame), expected)
    newest = expected[expected["article_id"] == arts[2].article_id]
    assert sorted(newest["event_type"].astype(str)) == ["attack", "withdrawal"]
    with EventStore(path) as s:
        s.replace_article(arts[0], [])  # the oldest: everything after its first row is read again
    with EventStore(path) as s:
        sqlite_reads.clear()
        frame = s.events_frame(merged=False)
        assert sqlite_reads == [4]
        assert arts[0].article_id not in set(frame["article_id"])


def test_deletions_seen_by_a_cached_frame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader's cached frame across many deletions by another writer (the log of deletions folded
    to a few entries), and a `delete_revision` left by an earlier version."""
    monkeypatch.setattr("conflict_timeline.store.DELETION_LOG_SIZE", 2)
    path = tmp_path / "log.sqlite"
    writer, reader = EventStore(path), EventStore(path)
    arts = [article(f"L{n}") for n in range(6)]
    for art in arts:
        writer.ingest([art], [event(art)])
    for n, art in enumerate(reversed(arts)):
        reader.events_frame()
        writer.replace_article(art, [event(art, event_type="statement", status="denied")] if n % 2 else [])
        assert len(json.loads(writer.get_meta("deletions"))) <= 2
        pd.testing.assert_frame_equal(_comparable(reader.events_frame(merged=False)), _comparable(_full_read(path)))
    writer.set_meta("delete_revision", str(writer.revision()))
    with EventStore(path) as again:
        pd.testing.assert_frame_equal(_comparable(again.events_frame(merged=False)), _comparable(_full_read(path)))
    writer.close()
    reader.close()
