"""Exports of an events frame: CSV with ACLED-style columns (UTF-8 with a byte-order mark, so that
spreadsheet programs read the Arabic), JSON Lines with ACLED and PLOVER codes, and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import IO

import pandas as pd

from conflict_timeline.schema import EVENT_COLUMNS, EVENT_TYPES
from conflict_timeline.text.arabic import normalize
from conflict_timeline.text.patterns import trie_regex

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "event_date_end", "date_as_written", "troops", "status", "incident_id", "reports",
    "article_title", "article_url",
)
BOM = "\ufeff"

# Our event types in ACLED (disorder type, event type, sub-event type) and PLOVER terms. PLOVER has no
# category for "other", which stays empty. An attack carried out with drones is an ACLED air/drone strike.
TYPE_MAP: dict[str, dict[str, str]] = {
    "attack": {"disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
               "sub_event_type": "Shelling/artillery/missile attack", "drone_sub_event_type": "Air/drone strike",
               "plover": "ASSAULT"},
    "airstrike": {"disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
                  "sub_event_type": "Air/drone strike", "plover": "ASSAULT"},
    "deployment": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
                   "sub_event_type": "Change to group/activity", "plover": "MOBILIZE"},
    "withdrawal": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
                   "sub_event_type": "Change to group/activity", "plover": "RETREAT"},
    "troop_level": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
                    "sub_event_type": "Other", "plover": "MOBILIZE"},
    "denial": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
               "sub_event_type": "Other", "plover": "REJECT"},
    "statement": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
                  "sub_event_type": "Other", "plover": "REJECT"},
    "agreement": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
                  "sub_event_type": "Agreement", "plover": "AGREE"},
    "funding": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
                "sub_event_type": "Other", "plover": "AID"},
    "other": {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
              "sub_event_type": "Other", "plover": ""},
}
assert set(TYPE_MAP) == set(EVENT_TYPES), "every event type needs an export mapping"

# ACLED time precision: 1 the day is known, 2 only the week (or a few days), 3 only the month or
# anything coarser (ACLED's coarsest code; a season, a year or no date at all are coded 3 too).
TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3, "unknown": 3}
# ACLED geo precision: 1 a named site or town, 2 a place near a town or a small part of a region,
# 3 a larger region (a province) or only the country. We never code "near a town", so no 2.
GEO_PRECISION: dict[str, int] = {"site": 1, "city": 1, "region": 3, "country": 3, "unknown": 3}
# Words marking an attack as made with drones (in the evidence sentence), matched on normalized text,
# so diacritics, ta marbuta and case do not matter.
DRONE_WORDS: tuple[str, ...] = ("مسيرة", "مسيرات", "بدون طيار", "درون", "drone", "uav")
_DRONE_RE = re.compile(trie_regex(sorted({normalize(w) for w in DRONE_WORDS})))


def _blank(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _date(value: object) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _plain(value: object) -> object:
    """A JSON-ready value: dates as YYYY-MM-DD, missing as None, numpy scalars as Python numbers."""
    if _blank(value):
        return None
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return _date(value)
    if hasattr(value, "item"):
        return value.item()
    return value


def acled_types(event_type: str, sentence: str = "") -> tuple[str, str, str]:
    """(disorder type, event type, sub-event type) of one of our event types."""
    entry = TYPE_MAP.get(str(event_type), TYPE_MAP["other"])
    sub = entry["sub_event_type"]
    if "drone_sub_event_type" in entry and sentence and _DRONE_RE.search(normalize(sentence)):
        sub = entry["drone_sub_event_type"]
    return entry["disorder_type"], entry["event_type"], sub


def _rows(frame: pd.DataFrame) -> Iterator[dict[str, object]]:
    columns = [c for c in EVENT_COLUMNS if c in frame.columns]
    columns += [c for c in frame.columns if c not in columns]
    for values in zip(*(frame[c].tolist() for c in columns), strict=True):
        yield {c: _plain(v) for c, v in zip(columns, values, strict=True)}


def _number(value: object) -> object:
    """A number as stated, or empty when the article states none (never an invented 0)."""
    return "" if value is None else value


def acled_record(row: dict[str, object]) -> dict[str, object]:
    disorder, event_type, sub = acled_types(str(row.get("event_type") or "other"), str(row.get("sentence") or ""))
    event_date = row.get("date_start")
    return {
        "event_id_cnty": row.get("event_id") or "",
        "event_date": event_date or "",
        "year": str(event_date)[:4] if event_date else "",
        "time_precision": TIME_PRECISION.get(str(row.get("date_precision") or "unknown"), 3),
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": row.get("actor") or "",
        "actor2": row.get("target") or "",
        "country": row.get("country") or "",
        "location": row.get("location") or "",
        "latitude": _number(row.get("lat")),
        "longitude": _number(row.get("lon")),
        "geo_precision": GEO_PRECISION.get(str(row.get("geo_precision") or "unknown"), 3),
        "source": row.get("source") or "",
        "notes": row.get("sentence") or "",
        "fatalities": _number(row.get("fatalities")),
        "event_date_end": row.get("date_end") or "",
        "date_as_written": row.get("date_text") or "",
        "troops": _number(row.get("troops")),
        "status": row.get("status") or "",
        "incident_id": row.get("incident_id") or "",
        "reports": _number(row.get("incident_reports")),
        "article_title": row.get("article_title") or "",
        "article_url": row.get("url") or "",
    }


def _write(text_out: str | Path | IO[str] | None, produce) -> str | None:
    """Run `produce` on a string buffer (returned), a text stream, or a file path. A file is written
    to a temporary file beside it and renamed into place, so a failed export never leaves half a file."""
    if text_out is None:
        buffer = io.StringIO()
        produce(buffer)
        return buffer.getvalue()
    if isinstance(text_out, (str, Path)):
        target = Path(text_out)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        try:
            with open(fd, "w", encoding="utf-8", newline="") as handle:
                produce(handle)
            os.chmod(tmp, 0o644)  # mkstemp creates 0600; an export is an ordinary file
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return None
    produce(text_out)
    return None


def with_articles(frame: pd.DataFrame, urls: Mapping[str, str],
                  titles: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The frame with the address of each event's article in a `url` column, and its title where the
    event has none (for the exports)."""
    ids = frame["article_id"].astype(str)
    out = frame.assign(url=ids.map(dict(urls)).fillna("").to_numpy())
    if titles:
        own = frame["article_title"].astype(object).fillna("").astype(str)
        out["article_title"] = own.where(own != "", ids.map(dict(titles)).fillna("")).to_numpy()
    return out


def to_acled_csv(frame: pd.DataFrame, out: str | Path | IO[str] | None = None, bom: bool = True) -> str | None:
    """Write ACLED-style CSV to a path or text stream; with no `out`, return it as a string.

    With `bom` (the default) the text starts with a UTF-8 byte-order mark, which spreadsheet programs
    need to read the file as UTF-8 (without it Excel shows Arabic as mojibake). The columns after
    ACLED's own carry the fields ACLED has no place for: end date, date as written, troops, status,
    incident id and number of reports (when the frame has `incident_id` / `incident_reports`), the
    article's title and address (when it has `url`)."""

    def produce(handle: IO[str]) -> None:
        if bom:
            handle.write(BOM)
        writer = csv.DictWriter(handle, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for row in _rows(frame):
            writer.writerow(acled_record(row))

    return _write(out, produce)


def to_jsonl(frame: pd.DataFrame, out: str | Path | IO[str] | None = None) -> str | None:
    """Write one JSON object per event (all columns, dates YYYY-MM-DD or null) plus ACLED and PLOVER codes."""

    def produce(handle: IO[str]) -> None:
        for row in _rows(frame):
            disorder, event_type, sub = acled_types(str(row.get("event_type") or "other"),
                                                    str(row.get("sentence") or ""))
            row["acled_disorder_type"] = disorder
            row["acled_event_type"] = event_type
            row["acled_sub_event_type"] = sub
            row["plover"] = TYPE_MAP.get(str(row.get("event_type")), TYPE_MAP["other"])["plover"]
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    return _write(out, produce)


def to_geojson(frame: pd.DataFrame) -> dict:
    """A GeoJSON FeatureCollection (RFC 7946) of the events with coordinates: a Point per event, every
    field in its properties (`geo_precision` says whether the point is a site, a city, a region's or a
    country's centre). Events without coordinates are left out."""
    features = []
    for row in _rows(frame):
        lat, lon = row.get("lat"), row.get("lon")
        if lat is None or lon is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "id": row.get("event_id"),
                         "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
                         "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def to_geojson_text(frame: pd.DataFrame) -> str:
    return json.dumps(to_geojson(frame), ensure_ascii=False)
