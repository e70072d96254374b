"""Cached data access for the dashboard: the store, the events frame, derived frames and figures.

The events frame is loaded once per store revision with `st.cache_resource` and shared by every
session: treat it as read-only. Derived results are cached by small hashable keys (the revision and
`Filter.cache_key()`), never by hashing a frame.

`CONFLICT_TIMELINE_SYNTHETIC=N` shows N synthetic events instead of the store (for demonstrations and
load tests); the articles pages then have no texts to show.
"""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from conflict_timeline import charts, incidents
from conflict_timeline.errors import StoreError
from conflict_timeline.filters import Choices, Filter, mask, prepare_search
from conflict_timeline.gazetteer import Gazetteer, GazetteerError
from conflict_timeline.pipeline import extractor_version, is_bundled_default, open_dashboard_store
from conflict_timeline.schema import Article
from conflict_timeline.store import ENV_DB, EventStore, default_db_path
from conflict_timeline.ui.frame_cache import FrameCache, pack_mask, unpack_mask
from conflict_timeline.ui.state import escape_markdown

ENV_SYNTHETIC = "CONFLICT_TIMELINE_SYNTHETIC"
REPO_ROOT = Path(__file__).resolve().parents[2]
BOUNDARIES = REPO_ROOT / "data" / "boundaries" / "countries.geojson"
BASE_LAYERS = {name: REPO_ROOT / "data" / "boundaries" / f"{name}.geojson" for name in ("provinces", "rivers", "cities")}


def _synthetic_size() -> int:
    try:
        return max(0, int(os.environ.get(ENV_SYNTHETIC, "0")))
    except ValueError:
        return 0


def _db_key() -> str:
    return str(os.environ.get(ENV_DB) or default_db_path())


@st.cache_resource(show_spinner=False, max_entries=4)
def _open_store(db_key: str) -> EventStore:
    bar = st.progress(0.0, text="Reading the bundled articles (first run only)…")

    def progress(done: int, total: int, *_: object) -> None:
        if total:
            bar.progress(min(done / total, 1.0), text=f"Reading the bundled articles: {done} of {total}")

    try:
        return open_dashboard_store(db_key, progress=progress)
    finally:
        bar.empty()


def get_store() -> EventStore:
    """The event store named by CONFLICT_TIMELINE_DB, opened as it is; the bundled default store
    (data/events.sqlite) is built from data/articles/ on first use and kept up to date with them.

    A store that cannot be opened (unreadable file, newer schema) stops the page with its one-line reason."""
    try:
        return _open_store(_db_key())
    except StoreError as exc:
        st.error(escape_markdown(str(exc)))
        st.stop()


def revision() -> tuple[str, int]:
    """What the cached data depends on: the store (or synthetic size) and its revision."""
    size = _synthetic_size()
    if size:
        return (f"synthetic:{size}", 0)
    return (_db_key(), get_store().revision())


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def _events_at(key: tuple[str, int]) -> pd.DataFrame:
    size = _synthetic_size()
    if key[0].startswith("synthetic:") and size:
        from conflict_timeline.synth import synthetic_events

        frame = synthetic_events(size, seed=0)
    else:
        frame = get_store().events_frame()
    prepare_search(frame)  # the text-search index, built once with the frame it serves
    return frame


def load_events() -> pd.DataFrame:
    """All events (merged), loaded once per store revision and shared: do not modify it."""
    return _events_at(revision())


@st.cache_resource(show_spinner=False, max_entries=2)
def _choices_at(key: tuple[str, int]) -> Choices:
    return Choices.from_frame(_events_at(key))


def choices() -> Choices:
    return _choices_at(revision())


@st.cache_resource(show_spinner=False, max_entries=2)
def _event_ids_at(key: tuple[str, int]) -> frozenset[str]:
    return frozenset(_events_at(key)["event_id"].astype(str))


def event_ids() -> frozenset[str]:
    """Every event id in the data (for validating links)."""
    return _event_ids_at(revision())


@st.cache_resource(show_spinner=False, max_entries=64)
def _mask_at(key: tuple[str, int], flt_key: tuple, _flt: Filter) -> tuple[int, np.ndarray] | None:
    """The rows that pass the filter, packed one bit per event (None: every row)."""
    frame = _events_at(key)
    return None if _flt.is_empty else pack_mask(mask(frame, _flt))


@st.cache_resource(show_spinner=False)
def _frames() -> FrameCache:
    return FrameCache()


def _filtered_at(key: tuple[str, int], flt_key: tuple, _flt: Filter) -> pd.DataFrame:
    packed = _mask_at(key, flt_key, _flt)
    frame = _events_at(key)
    if packed is None:
        return frame  # the full frame itself, shared
    # the same read-only frame object is shared by every session, within the cache's memory budget
    return _frames().get((key, flt_key), lambda: frame[unpack_mask(packed)])


def filtered(flt: Filter) -> pd.DataFrame:
    """The events that pass the filter (cached by the filter's key within a memory budget; read-only)."""
    return _filtered_at(revision(), flt.cache_key(), flt)


@st.cache_resource(show_spinner=False, max_entries=2)
def _incidents_at(key: tuple[str, int]) -> tuple[np.ndarray, pd.DataFrame]:
    frame = _events_at(key)
    numbers = incidents.incident_numbers(frame)
    return numbers, incidents.incidents(frame, numbers)


def incident_numbers() -> np.ndarray:
    """The incident number of every event (row order of `load_events()`); read-only."""
    return _incidents_at(revision())[0]


def positions(view: pd.DataFrame) -> np.ndarray:
    """The row positions in `load_events()` of the rows of a filtered view."""
    return _positions(load_events(), view)


def _positions(frame: pd.DataFrame, view: pd.DataFrame) -> np.ndarray:
    if view is frame:
        return np.arange(len(frame))
    return frame.index.get_indexer(view.index)


@st.cache_resource(show_spinner=False, max_entries=32)
def _incident_view_at(key: tuple[str, int], flt_key: tuple, _flt: Filter) -> pd.DataFrame:
    numbers, table = _incidents_at(key)
    view = _filtered_at(key, flt_key, _flt)
    if len(view) == len(numbers):
        return table
    return table.iloc[np.unique(numbers[_positions(_events_at(key), view)])]


def incident_view(flt: Filter) -> pd.DataFrame:
    """The incidents with at least one report in the filtered view, one row each (cached, read-only).

    An incident row is built from all its reports, so a filter never changes its figures."""
    return _incident_view_at(revision(), flt.cache_key(), flt)


def reports_of(event_id: str) -> pd.DataFrame:
    """The stored reports of the incident that holds `event_id` (any report, or the incident's id)."""
    frame = load_events()
    numbers = incident_numbers()
    hit = np.flatnonzero(frame["event_id"].to_numpy() == event_id)
    if len(hit) == 0:
        return frame.iloc[0:0]
    return incidents.reports_of(frame, numbers, int(numbers[hit[0]]))


@st.cache_resource(show_spinner=False, max_entries=8)
def _latest_incidents_at(key: tuple[str, int], flt_key: tuple, _flt: Filter, rows: int) -> pd.DataFrame:
    view = _incident_view_at(key, flt_key, _flt)
    return view.sort_values("date_start", ascending=False, na_position="last", kind="stable").head(rows)


def latest_incidents(flt: Filter, rows: int) -> pd.DataFrame:
    """The `rows` latest incidents of the view, newest first (cached, read-only)."""
    return _latest_incidents_at(revision(), flt.cache_key(), flt, rows)


@st.cache_resource(show_spinner=False, max_entries=8)
def _latest_at(key: tuple[str, int], flt_key: tuple, _flt: Filter, rows: int) -> pd.DataFrame:
    view = _filtered_at(key, flt_key, _flt)
    return view.sort_values("date_start", ascending=False, na_position="last", kind="stable").head(rows)


def latest(flt: Filter, rows: int) -> pd.DataFrame:
    """The `rows` latest events that pass the filter, newest first (cached, read-only: a table's row
    numbers stay the same across reruns)."""
    return _latest_at(revision(), flt.cache_key(), flt, rows)


def _as_from_cache(fig: go.Figure) -> go.Figure:
    """The figure as a cache hit returns it (st.cache_data pickles; a round trip drops empty parts such as
    `title: {}`). The chart's element id depends on the figure: a figure that differed between the run that
    drew it and the next one would discard the reader's first click on it."""
    return pickle.loads(pickle.dumps(fig))


@st.cache_data(show_spinner=False, max_entries=16)
def _timeline_fig(key: tuple[str, int], flt_key: tuple, _flt: Filter, lane: str) -> go.Figure:
    return _as_from_cache(charts.timeline_figure(_incident_view_at(key, flt_key, _flt), lane=lane))


def timeline_figure(flt: Filter, lane: str) -> go.Figure:
    return _timeline_fig(revision(), flt.cache_key(), flt, lane)


@st.cache_data(show_spinner=False, max_entries=16)
def _map_points(key: tuple[str, int], flt_key: tuple, _flt: Filter) -> charts.MapPoints:
    return charts.map_points(_incident_view_at(key, flt_key, _flt), places=known_bases())


def map_points(flt: Filter) -> charts.MapPoints:
    return _map_points(revision(), flt.cache_key(), flt)


@st.cache_data(show_spinner=False, max_entries=16)
def _troops_fig(key: tuple[str, int], flt_key: tuple, _flt: Filter) -> go.Figure:
    return _as_from_cache(charts.troop_levels_figure(_filtered_at(key, flt_key, _flt)))


def troop_levels_figure(flt: Filter) -> go.Figure:
    return _troops_fig(revision(), flt.cache_key(), flt)


@st.cache_data(show_spinner=False, max_entries=16)
def _troop_claims(key: tuple[str, int], flt_key: tuple, _flt: Filter) -> pd.DataFrame:
    claims = charts.troop_claims(_filtered_at(key, flt_key, _flt)).rename(columns={"_series": "series"})
    columns = list(claims.columns)
    columns.insert(columns.index("troops") + 1, columns.pop(columns.index("series")))
    return claims[columns]


def troop_claims(flt: Filter) -> pd.DataFrame:
    return _troop_claims(revision(), flt.cache_key(), flt)


@st.cache_data(show_spinner=False, max_entries=16)
def _troop_conflicts(key: tuple[str, int], flt_key: tuple, _flt: Filter) -> pd.DataFrame:
    return charts.troop_conflicts(charts.troop_claims(_filtered_at(key, flt_key, _flt)))


def troop_conflicts(flt: Filter) -> pd.DataFrame:
    """Different figures for the same forces within a few weeks, both values and sources side by side."""
    return _troop_conflicts(revision(), flt.cache_key(), flt)


@st.cache_resource(show_spinner=False)
def boundaries() -> dict | None:
    """The country boundaries GeoJSON bundled with the project, or None when it is missing or unreadable."""
    try:
        return json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _geojson(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@st.cache_resource(show_spinner=False)
def base_layers() -> charts.BaseLayers:
    """The map's bundled base layers (provinces, rivers, cities); a missing or unreadable file is left out."""
    return charts.BaseLayers(**{name: _geojson(path) for name, path in BASE_LAYERS.items()})


@st.cache_resource(show_spinner=False)
def known_bases() -> pd.DataFrame | None:
    """Bases (site-level places) from the gazetteer: name, name_ar, country, lat, lon, geo_precision."""
    try:
        places = Gazetteer.default().entries("place")
    except (OSError, GazetteerError):  # the map also works from the events' own coordinates
        return None
    country_names = {p.country: p.name for p in places if p.geo_precision == "country" and p.country}
    rows = [
        {"name": p.name, "name_ar": p.name_ar, "country": country_names.get(p.country, p.country), "lat": p.lat,
         "lon": p.lon,
         "geo_precision": p.geo_precision}
        for p in places
        if p.geo_precision == "site" and p.lat is not None and p.lon is not None
    ]
    return pd.DataFrame(rows) if rows else None


@st.cache_data(show_spinner=False, max_entries=4)
def _articles_at(key: tuple[str, int]) -> pd.DataFrame:
    if key[0].startswith("synthetic:"):
        return pd.DataFrame(columns=["article_id", "title", "published", "source", "language", "events"])
    return get_store().articles_frame().drop(columns=["body"], errors="ignore")


def articles() -> pd.DataFrame:
    """One row per stored article (no bodies): id, title, published, source, language, events."""
    return _articles_at(revision())


@st.cache_data(show_spinner=False, max_entries=16)
def _article_events_at(key: tuple[str, int], article_id: str) -> pd.DataFrame:
    return get_store().article_events(article_id)


def article_events(article_id: str) -> pd.DataFrame:
    """Every event the article yielded, each with the incident (merged event) it went into."""
    if revision()[0].startswith("synthetic:"):
        frame = load_events()
        own = frame[frame["article_id"] == article_id]
        return own.assign(incident=own["event_id"], incident_sources=own["sources"])
    return _article_events_at(revision(), article_id)


@st.cache_data(show_spinner=False, max_entries=4)
def _outdated_at(key: tuple[str, int]) -> bool:
    if key[0].startswith("synthetic:") or is_bundled_default(key[0]):
        return False
    recorded = get_store().get_meta("extractor_version")
    return recorded is not None and recorded != extractor_version()


def outdated_extraction() -> bool:
    """Whether the events of this (non-default) store come from an older extractor: the dashboard never
    extracts such a store again by itself; `python -m conflict_timeline reextract` does."""
    return _outdated_at(revision())


def article(article_id: str) -> Article | None:
    if revision()[0].startswith("synthetic:"):
        return None
    return get_store().article(article_id)


def clear_after_write() -> None:
    """Forget derived caches after the store changed (the revision key already separates the frames)."""
    _articles_at.clear()
