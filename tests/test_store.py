"""The SQLite event store: idempotent ingest, atomic failure, WAL readers, typed and merged frames."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

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
from conflict_timeline.store import SCHEMA_VERSION, EventStore, default_db_path


def article(title: str, body: str = "Body text.", published: date | None = date(2024, 1, 10)) -> Article:
    return Article(article_id=Article.make_id(title, body), title=title, body=body, published=published,
                   source="Wire", url=f"http://example.org/{title}", tags=("t1", "t2"), related=("r",),
                   language="en", path=f"/x/{title}.txt")


def event(art: Article, start: int = 0, **kw) -> Event:
    fields = {"event_type": "attack", "article_id": art.article_id, "sentence": art.body[start:start + 5],
              "span_start": start, "span_end": start + 5, "date_start": date(2024, 1, 5),
              "date_end": date(2024, 1, 5), "date_precision": "day", "actor": "Kataib Hezbollah",
              "location": "Ain al-Asad Air Base", "country": "Iraq", "lat": 33.8, "lon": 42.4,
              "geo_precision": "site", "confidence": 0.6, "published": art.published, "article_title": art.title}
    fields.update(kw)
    return Event(**fields)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    s = EventStore(tmp_path / "events.sqlite")
    yield s
    s.close()


def test_default_path_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONFLICT_TIMELINE_DB", str(tmp_path / "env.sqlite"))
    assert default_db_path() == tmp_path / "env.sqlite"
    monkeypatch.delenv("CONFLICT_TIMELINE_DB")
    assert default_db_path().parts[-2:] == ("data", "events.sqlite")


def test_wal_mode_and_schema_version(store: EventStore) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        EventStore(path)


def test_a_file_that_is_not_a_store_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.sqlite: not an event store \(file is not a database\)"):
        EventStore(path)


def test_ingest_is_idempotent(store: EventStore) -> None:
    a, b = article("A"), article("B")
    events = [event(a), event(a, 3, event_type="statement"), event(b)]
    assert store.ingest([a, b], events) == (2, 3)
    rev = store.revision()
    assert store.ingest([a, b], events) == (0, 0)
    assert store.revision() == rev  # nothing changed: caches stay valid
    assert store.counts()["articles"] == 2 and store.counts()["events"] == 3


def test_another_version_of_a_stored_article_adds_nothing(store: EventStore) -> None:
    """The same file read again with another publication date: its relative dates resolve to other
    days, and those events must not join the ones of the stored version."""
    a = article("A")
    store.ingest([a], [event(a)])
    later = replace(a, published=date(2024, 1, 20))
    assert store.ingest([later], [event(later, date_start=date(2024, 1, 15), date_end=date(2024, 1, 15))]) == (0, 0)
    assert store.events_frame(merged=False)["date_start"].tolist() == [pd.Timestamp("2024-01-05")]
    assert store.article(a.article_id).published == date(2024, 1, 10)
    b = article("B")  # other articles of the same call are stored as usual
    assert store.ingest([later, b], [event(later, 2), event(b)]) == (1, 1)


def test_revision_bumps_on_every_change(store: EventStore) -> None:
    a = article("A")
    r0 = store.revision()
    store.ingest([a], [event(a)])
    r1 = store.revision()
    store.replace_article(replace(a, published=date(2024, 2, 1)), [])
    r2 = store.revision()
    assert r0 < r1 < r2


def test_failure_mid_ingest_leaves_nothing(store: EventStore) -> None:
    a = article("A")
    store.ingest([a], [event(a)])
    before = (store.counts(), store.revision())
    b, c = article("B"), article("C")

    def events() -> Iterator[Event]:
        yield event(b)
        yield event(c)
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError):
        store.ingest([b, c], events())
    assert (store.counts(), store.revision()) == before
    assert store.article(b.article_id) is None
    assert len(store.events_frame(merged=False)) == 1


def test_event_for_unknown_article_rolls_back(store: EventStore) -> None:
    a, ghost = article("A"), article("ghost")
    with pytest.raises(sqlite3.IntegrityError):
        store.ingest([a], [event(a), event(ghost)])
    assert store.counts()["articles"] == 0


def test_reading_while_an_ingest_runs(store: EventStore, tmp_path: Path) -> None:
    a = article("A")
    store.ingest([a], [event(a)])
    reader = EventStore(store.path)
    seen: list[int] = []
    b = article("B")

    def events() -> Iterator[Event]:
        yield event(b)
        # the writer holds its transaction open here; another connection still reads the last commit
        seen.append(reader.counts()["events"])
        seen.append(len(reader.events_frame(merged=False)))
        yield event(b, 2, event_type="denial")

    assert store.ingest([b], events()) == (1, 2)
    assert seen == [1, 1]
    assert reader.counts()["events"] == 3
    assert len(reader.events_frame(merged=False)) == 3  # the reader's cache follows the revision
    reader.close()


# The dtypes of events_frame(), the contract the filters, charts and exports read.
_CONTRACT = {
    **{name: "datetime64[ns]" for name in ("date_start", "date_end", "published")},
    **{name: "Int64" for name in ("troops", "fatalities", "injured", "span_start", "span_end", "sources")},
    **{name: "float64" for name in ("lat", "lon", "amount_usd", "confidence")},
    **{name: "category" for name in ("event_type", "date_precision", "status", "geo_precision", "language",
                                     "country", "actor", "actor_group", "location")},
}
_VOCABULARIES = {"event_type": EVENT_TYPES, "date_precision": PRECISIONS, "status": STATUSES,
                 "geo_precision": GEO_PRECISIONS, "language": LANGUAGES}


@pytest.mark.parametrize("source", ["sqlite", "segments", "appended"])
def test_frame_columns_and_dtypes(tmp_path: Path, source: str) -> None:
    path = tmp_path / "t.sqlite"
    a = article("A")
    undated = article("U", published=None)
    rows = [event(a, troops=900, actor_group="Islamic Resistance in Iraq"),
            event(undated, date_start=None, date_end=None, date_precision="unknown", lat=None, lon=None)]
    with EventStore(path) as writer:
        if source == "appended":  # a cached frame extended by the rows of a later ingest
            writer.ingest([a], rows[:1])
            writer.events_frame()
            writer.ingest([undated], rows[1:])
            frame = writer.events_frame()
        else:
            writer.ingest([a, undated], rows)
    if source == "sqlite":
        frame = _full_read(path, merged=True)
    elif source == "segments":
        with EventStore(path) as reader:
            frame = reader.events_frame()
    assert tuple(frame.columns) == EVENT_COLUMNS
    for name in EVENT_COLUMNS:
        assert str(frame[name].dtype) == _CONTRACT.get(name, "object"), name
    for name, categories in _VOCABULARIES.items():
        assert tuple(frame[name].cat.categories) == categories, name
    row = frame.set_index("article_id").loc[undated.article_id]
    assert pd.isna(row["date_start"]) and pd.isna(row["published"]) and pd.isna(row["lat"])
    assert pd.isna(row["troops"]) and row["actor_group"] == ""
    dated = frame.set_index("article_id").loc[a.article_id]
    assert dated["date_start"] == pd.Timestamp("2024-01-05") and dated["troops"] == 900
    assert dated["actor_group"] == "Islamic Resistance in Iraq" and dated["sources"] == 1


def test_empty_store_frame(store: EventStore) -> None:
    frame = store.events_frame()
    assert frame.empty and tuple(frame.columns) == EVENT_COLUMNS
    assert frame["date_start"].dtype == "datetime64[ns]"


def test_merging_reports_of_one_event(store: EventStore) -> None:
    a = article("A", published=date(2024, 1, 6))
    b = article("B", published=date(2024, 1, 5))
    c = article("C", published=date(2024, 1, 7))
    d = article("D")
    events = [
        event(a, confidence=0.7),
        event(b, confidence=0.7, date_start=date(2024, 1, 6), date_end=date(2024, 1, 6)),  # one day apart
        event(c, confidence=0.5),
        event(c, 2, date_start=date(2024, 1, 12), date_end=date(2024, 1, 12)),  # a week later: another event
        event(d, location="Erbil Air Base"),  # another place
        event(d, 3, event_type="statement"),  # another type
        event(d, 4, date_start=None, date_end=None, date_precision="unknown"),  # undated: never merged
        event(a, 4, date_start=None, date_end=None, date_precision="unknown"),
    ]
    store.ingest([a, b, c, d], events)
    raw = store.events_frame(merged=False)
    merged = store.events_frame()
    assert len(raw) == 8
    assert len(merged) == 6
    main = merged[merged["sources"] == 3]
    assert len(main) == 1
    # most confident first, then the earliest published: B (0.7, published 5 January)
    assert main.iloc[0]["article_id"] == b.article_id
    assert (merged["sources"] == 1).sum() == 5
    sources = store.event_sources(main.iloc[0]["event_id"])
    assert set(sources["article_id"]) == {a.article_id, b.article_id, c.article_id}
    assert list(sources["url"]) == ["http://example.org/B", "http://example.org/A", "http://example.org/C"]
    assert store.event_sources("no-such-event").empty


def test_two_sentences_of_one_article_count_as_one_source(store: EventStore) -> None:
    a = article("A")
    store.ingest([a], [event(a), event(a, 3)])
    merged = store.events_frame()
    assert len(merged) == 1 and merged.iloc[0]["sources"] == 1


def test_replace_article_swaps_its_events(store: EventStore) -> None:
    a, b = article("A"), article("B")
    store.ingest([a, b], [event(a), event(a, 2, event_type="denial"), event(b)])
    newer = replace(a, published=date(2024, 3, 1))
    store.replace_article(newer, [event(newer, event_type="withdrawal")])
    assert store.article(a.article_id).published == date(2024, 3, 1)
    raw = store.events_frame(merged=False)
    mine = raw[raw["article_id"] == a.article_id]
    assert list(mine["event_type"]) == ["withdrawal"]
    assert (raw["article_id"] == b.article_id).sum() == 1


def test_replace_article_failure_keeps_old_events(store: EventStore) -> None:
    a = article("A")
    store.ingest([a], [event(a)])

    def broken() -> Iterator[Event]:
        yield event(a, 2, event_type="denial")
        raise ValueError("boom")

    with pytest.raises(ValueError):
        store.replace_article(a, broken())
    assert list(store.events_frame(merged=False)["event_type"]) == ["attack"]


def test_article_round_trip_and_articles_frame(store: EventStore) -> None:
    a = article("A")
    store.ingest([a, article("B")], [event(a)])
    assert store.article(a.article_id) == a
    assert store.article("missing") is None
    frame = store.articles_frame()
    assert set(frame["title"]) == {"A", "B"}
    assert frame.set_index("title").loc["A", "events"] == 1
    assert frame.set_index("title").loc["A", "tags"] == ("t1", "t2")
    assert frame["published"].dtype == "datetime64[ns]"
    counts = store.counts()
    assert counts == {"articles": 2, "events": 1, "articles_with_events": 1, "files": 2}


def test_snapshot_is_used_and_invalidated(tmp_path: Path, sqlite_reads: list[int]) -> None:
    path = tmp_path / "s.sqlite"
    first = EventStore(path)
    a = article("A")
    first.ingest([a], [event(a)])
    assert len(first.events_frame(merged=False)) == 1
    assert first.snapshot_path.exists()
    first.close()
    second = EventStore(path)
    sqlite_reads.clear()
    assert len(second.events_frame(merged=False)) == 1
    assert sqlite_reads == [0]  # every row came from the segment the ingest wrote
    b = article("B")
    second.ingest([b], [event(b, event_type="denial")])
    assert len(second.events_frame(merged=False)) == 2
    second.close()
    # a new store at the same path (same revision number) never reads the old snapshot
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    third = EventStore(path)
    assert third.events_frame(merged=False).empty
    third.close()


def test_returned_frames_are_independent(store: EventStore) -> None:
    a = article("A")
    store.ingest([a], [event(a)])
    frame = store.events_frame(merged=False)
    frame.loc[:, "sentence"] = "changed"
    assert store.events_frame(merged=False).iloc[0]["sentence"] != "changed"


def test_new_rows_are_appended_to_the_cached_frame(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    writer, reader = EventStore(path), EventStore(path)
    a = article("A")
    writer.ingest([a], [event(a)])
    assert len(reader.events_frame(merged=False)) == 1
    b = article("B")
    writer.ingest([b], [event(b, actor="Peshmerga", location="Erbil", event_type="deployment")])
    appended = reader.events_frame(merged=False)
    fresh = EventStore(tmp_path / "copy.sqlite")
    fresh.ingest([a, b], [event(a), event(b, actor="Peshmerga", location="Erbil", event_type="deployment")])
    full = fresh.events_frame(merged=False)
    assert list(appended["actor"]) == ["Kataib Hezbollah", "Peshmerga"]
    assert (appended.dtypes == full.dtypes).all()
    assert set(appended["actor"].cat.categories) == {"Kataib Hezbollah", "Peshmerga"}
    # a replacement deletes rows: the next load reads everything again
    writer.replace_article(a, [])
    assert list(reader.events_frame(merged=False)["article_id"]) == [b.article_id]
    for s in (writer, reader, fresh):
        s.close()


def _comparable(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for name in ("actor", "location", "country"):
        out[name] = out[name].astype(object)
    return out.sort_values("event_id").reset_index(drop=True)


def _full_read(path: Path, merged: bool = False) -> pd.DataFrame:
    """The frame read from SQLite alone, with no cached segments."""
    import shutil

    shutil.rmtree(path.with_name(path.name + ".frames"), ignore_errors=True)
    store = EventStore(path)
    try:
        return store.events_frame(merged=merged)
    finally:
        store.close()


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


def test_a_coarse_date_between_two_close_reports_does_not_split_them(store: EventStore) -> None:
    a, b, c = article("A"), article("B"), article("C")
    store.ingest([a, b, c], [
        event(a, date_start=date(2024, 1, 1), date_end=date(2024, 1, 1)),
        event(b, date_start=date(2024, 1, 1), date_end=date(2024, 1, 31), date_precision="month"),
        event(c, date_start=date(2024, 1, 2), date_end=date(2024, 1, 2)),
    ])
    merged = store.events_frame()
    assert sorted(merged["sources"].tolist()) == [1, 2]
    day = merged[merged["date_precision"] == "day"].iloc[0]
    assert set(store.event_sources(day["event_id"])["article_id"]) == {a.article_id, c.article_id}


def test_event_sources_match_a_family_to_an_actor_without_one(store: EventStore) -> None:
    """One article names CENTCOM (family United States), another the United States itself (no family
    recorded, e.g. a row stored before schema 2): one event for the frame and for event_sources."""
    a, b = article("P"), article("Q")
    rows = [event(a, actor="CENTCOM", actor_group="United States"), event(b, actor="United States")]
    store.ingest([a, b], rows)
    assert store.events_frame()["sources"].tolist() == [2]
    for probe in rows:
        assert set(store.event_sources(probe.event_id)["article_id"]) == {a.article_id, b.article_id}


def test_reports_with_only_a_place_merge_with_each_other_only(store: EventStore) -> None:
    a, b = article("P"), article("Q")
    rows = [event(a, actor=""), event(b, actor=""), event(b, 3, actor="Kataib Hezbollah")]
    store.ingest([a, b], rows)
    assert sorted(store.events_frame()["sources"].tolist()) == [1, 2]
    assert set(store.event_sources(rows[0].event_id)["article_id"]) == {a.article_id, b.article_id}
    assert len(store.event_sources(rows[2].event_id)) == 1


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
