"""Exports: ACLED-style CSV and JSON Lines with ACLED and PLOVER codes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from conflict_timeline import export
from conflict_timeline.schema import EVENT_TYPES, GEO_PRECISIONS, PRECISIONS, Article, Event
from conflict_timeline.store import EventStore

PLOVER = {"ASSAULT", "MOBILIZE", "RETREAT", "REJECT", "AGREE", "AID", ""}


@pytest.fixture
def frame(tmp_path: Path):
    art = Article(article_id="a1", title="T", body="b", published=date(2024, 1, 15), source="Wire")
    events = [
        Event(event_type="attack", article_id="a1", sentence="هجوم بطائرة مسيرة على القاعدة", span_start=0,
              span_end=5, date_start=date(2024, 1, 14), date_end=date(2024, 1, 14), date_precision="day",
              actor="Islamic Resistance in Iraq", target="United States", location="Erbil Air Base",
              country="Iraq", lat=36.24, lon=43.96, geo_precision="site", fatalities=2, source="Wire"),
        Event(event_type="troop_level", article_id="a1", sentence="about 900 troops in Syria", span_start=6,
              span_end=9, date_start=date(2024, 1, 1), date_end=date(2024, 12, 31), date_precision="year",
              actor="United States", location="Syria", country="Syria", geo_precision="country", troops=900),
        Event(event_type="denial", article_id="a1", sentence="the reports are not true", span_start=10,
              span_end=12),
    ]
    store = EventStore(tmp_path / "e.sqlite")
    store.ingest([art], events)
    out = store.events_frame()
    store.close()
    return out


def test_every_event_type_is_mapped() -> None:
    assert set(export.TYPE_MAP) == set(EVENT_TYPES)
    for name, entry in export.TYPE_MAP.items():
        assert entry["disorder_type"] and entry["event_type"] and entry["sub_event_type"], name
        assert entry["plover"] in PLOVER, name
    assert set(export.TIME_PRECISION) == set(PRECISIONS)
    assert set(export.GEO_PRECISION) == set(GEO_PRECISIONS)


def test_type_mappings() -> None:
    assert export.acled_types("airstrike") == ("Political violence", "Explosions/Remote violence", "Air/drone strike")
    assert export.acled_types("attack", "rockets hit the base")[2] == "Shelling/artillery/missile attack"
    assert export.acled_types("attack", "a drone hit the base")[2] == "Air/drone strike"
    assert export.acled_types("agreement")[1:] == ("Strategic developments", "Agreement")
    assert export.acled_types("withdrawal")[2] == "Change to group/activity"
    assert export.TYPE_MAP["funding"]["plover"] == "AID"


def test_acled_csv(frame) -> None:
    text = export.to_acled_csv(frame)
    assert text.startswith(export.BOM)
    rows = list(csv.DictReader(io.StringIO(text.removeprefix(export.BOM))))
    assert tuple(rows[0].keys()) == export.ACLED_COLUMNS
    by_type = {r["notes"]: r for r in rows}
    attack = by_type["هجوم بطائرة مسيرة على القاعدة"]
    assert attack["event_date"] == "2024-01-14" and attack["year"] == "2024"
    assert attack["time_precision"] == "1" and attack["geo_precision"] == "1"
    assert attack["sub_event_type"] == "Air/drone strike"
    assert (attack["actor1"], attack["actor2"], attack["fatalities"]) == (
        "Islamic Resistance in Iraq", "United States", "2")
    level = by_type["about 900 troops in Syria"]
    assert level["time_precision"] == "3" and level["geo_precision"] == "3"
    assert level["event_type"] == "Strategic developments"
    assert level["fatalities"] == ""  # not stated: left empty, never an invented 0
    denial = by_type["the reports are not true"]
    assert denial["event_date"] == "" and denial["latitude"] == "" and denial["time_precision"] == "3"


@pytest.mark.parametrize(("precision", "code"), [("day", 1), ("week", 2), ("month", 3), ("season", 3),
                                                 ("year", 3), ("unknown", 3)])
def test_acled_time_precision(precision: str, code: int) -> None:
    assert export.acled_record({"event_type": "attack", "date_precision": precision})["time_precision"] == code


@pytest.mark.parametrize(("precision", "code"), [("site", 1), ("city", 1), ("region", 3), ("country", 3),
                                                 ("unknown", 3), (None, 3)])
def test_acled_geo_precision(precision: str | None, code: int) -> None:
    assert export.acled_record({"event_type": "attack", "geo_precision": precision})["geo_precision"] == code


def test_stated_zero_fatalities_stay_zero() -> None:
    assert export.acled_record({"event_type": "attack", "fatalities": 0})["fatalities"] == 0
    assert export.acled_record({"event_type": "attack", "fatalities": None})["fatalities"] == ""


def test_drone_words_are_matched_on_normalized_text() -> None:
    for sentence in ("هجوم بطائرة مسيّرة على القاعدة", "هجوم بطائره مسيره", "طائرة بدون طيار", "A DRONE hit"):
        assert export.acled_types("attack", sentence)[2] == "Air/drone strike", sentence
    assert export.acled_types("airstrike", "غارة جوية")[2] == "Air/drone strike"


def test_acled_csv_to_a_file(frame, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export.to_acled_csv(frame, out) is None
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the UTF-8 byte-order mark spreadsheet programs need
    assert raw.decode("utf-8-sig").splitlines()[0] == ",".join(export.ACLED_COLUMNS)
    # read as a spreadsheet program does (UTF-8 with a byte-order mark): the Arabic is intact
    assert "هجوم بطائرة مسيرة على القاعدة" in raw.decode("utf-8-sig")


def test_acled_csv_carries_every_field_acled_has_no_column_for(frame) -> None:
    from conflict_timeline.incidents import label_reports

    labelled = export.with_articles(label_reports(frame), {"a1": "https://example.org/a1"}, {"a1": "T"})
    text = export.to_acled_csv(labelled, bom=False)
    assert not text.startswith(export.BOM)
    rows = {r["notes"]: r for r in csv.DictReader(io.StringIO(text))}
    level = rows["about 900 troops in Syria"]
    assert level["troops"] == "900" and level["status"] == "reported"
    assert (level["event_date"], level["event_date_end"]) == ("2024-01-01", "2024-12-31")
    assert level["article_title"] == "T" and level["article_url"] == "https://example.org/a1"
    assert level["incident_id"] == level["event_id_cnty"] and level["reports"] == "1"
    attack = rows["هجوم بطائرة مسيرة على القاعدة"]
    assert attack["troops"] == "" and attack["date_as_written"] == ""
    assert {"event_date_end", "date_as_written", "troops", "status", "incident_id", "reports", "article_title",
            "article_url"} <= set(export.ACLED_COLUMNS)


def test_geojson_is_valid_and_holds_the_events_with_coordinates(frame) -> None:
    collection = json.loads(export.to_geojson_text(frame))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    with_coordinates = frame["lat"].notna() & frame["lon"].notna()
    assert len(features) == int(with_coordinates.sum()) >= 1
    for feature in features:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert {"event_id", "event_type", "date_start", "sentence"} <= set(feature["properties"])
    erbil = next(f for f in features if f["properties"]["location"] == "Erbil Air Base")
    assert erbil["geometry"]["coordinates"] == [43.96, 36.24]  # GeoJSON order: longitude first


def test_failed_export_leaves_the_old_file_and_no_temporary(frame, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old\n", encoding="utf-8")
    broken = frame.assign(event_type=[object()] * len(frame))  # str() works, json.dumps does not
    with pytest.raises(TypeError):
        export.to_jsonl(broken, out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert not list(tmp_path.glob("*.part"))


def test_jsonl(frame) -> None:
    buffer = io.StringIO()
    export.to_jsonl(frame, buffer)
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert len(records) == 3
    by_type = {r["event_type"]: r for r in records}
    assert by_type["attack"]["date_start"] == "2024-01-14"
    assert by_type["attack"]["plover"] == "ASSAULT"
    assert by_type["attack"]["acled_sub_event_type"] == "Air/drone strike"
    assert by_type["troop_level"]["troops"] == 900 and by_type["troop_level"]["plover"] == "MOBILIZE"
    assert by_type["denial"]["date_start"] is None and by_type["denial"]["lat"] is None
    assert by_type["denial"]["plover"] == "REJECT"
    assert by_type["denial"]["sources"] == 1
