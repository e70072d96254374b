"""The SQLite event store: idempotent ingest, atomic failure, WAL readers, typed and merged frames."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
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
