"""The bases map: places sized by their incidents, drawn offline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from conflict_timeline.charts.base_layers import BaseLayers
from conflict_timeline.charts.common import (
    MAPPABLE_PRECISIONS,
    REGION_CENTER,
    REGION_ZOOM,
    TYPE_COLOURS,
    _safe,
    bilingual,
)
from conflict_timeline.charts.offline_map import offline_map_figure
from conflict_timeline.schema import EVENT_TYPES


@dataclass(frozen=True)
class MapPoints:
    """Places to draw with their event counts, and how many events could not be drawn as pins."""

    points: pd.DataFrame  # location, location_ar, country, lat, lon, geo_precision, events, dominant_type
    left_out: int  # country-level events and events without coordinates
    by_country: pd.DataFrame | None = None  # country, events: the left-out ones by country ("" unknown)


def map_points(frame: pd.DataFrame, places: pd.DataFrame | None = None) -> MapPoints:
    """Group the mappable events by place (sites, cities and regions with coordinates).

    Country-level events are never drawn as a pin. `places` (columns name, lat, lon, geo_precision, and
    optionally name_ar, country) adds known bases without events in the view, with a count of 0.
    """
    precision = frame["geo_precision"].astype(str)
    drawable = (
        precision.isin(MAPPABLE_PRECISIONS)
        & frame["lat"].notna()
        & frame["lon"].notna()
        & (frame["location"].astype(str) != "")
    )
    mappable = frame[drawable.to_numpy()]
    left_out = int(len(frame) - len(mappable))
    rest = frame["country"][~drawable.to_numpy()].astype(object).fillna("").astype(str)
    by_country = (rest.replace("", "(country unknown)").value_counts().rename_axis("country").rename("events")
                  .reset_index())
    columns = ["location", "location_ar", "country", "lat", "lon", "geo_precision", "events", "dominant_type"]
    if mappable.empty:
        points = pd.DataFrame(columns=columns)
    else:
        keys = mappable["location"].astype(str)
        base = pd.DataFrame(
            {
                "location": keys.to_numpy(),
                "location_ar": mappable["location_ar"].fillna("").astype(str).to_numpy(),
                "country": mappable["country"].astype(str).to_numpy(),
                "lat": mappable["lat"].to_numpy(),
                "lon": mappable["lon"].to_numpy(),
                "geo_precision": precision[drawable].to_numpy(),
                "event_type": mappable["event_type"].astype(str).to_numpy(),
            }
        )
        grouped = base.groupby("location", sort=False)
        points = grouped.agg(
            location_ar=("location_ar", "first"),
            country=("country", "first"),
            lat=("lat", "median"),
            lon=("lon", "median"),
            geo_precision=("geo_precision", "first"),
            events=("event_type", "size"),
        )
        type_counts = base.groupby(["location", "event_type"], sort=False).size()
        dominant = type_counts.sort_values(ascending=False, kind="stable").reset_index()
        dominant = dominant.drop_duplicates("location").set_index("location")["event_type"]
        points["dominant_type"] = dominant.reindex(points.index)
        points = points.reset_index()[columns]
    if places is not None and not places.empty:
        known = set(points["location"])
        extra = places[~places["name"].isin(known) & places["lat"].notna() & places["lon"].notna()]
        extra = extra[extra["geo_precision"].astype(str) == "site"]
        if not extra.empty:
            add = pd.DataFrame(
                {
                    "location": extra["name"].astype(str).to_numpy(),
                    "location_ar": extra.get("name_ar", pd.Series("", index=extra.index)).fillna("").to_numpy(),
                    "country": extra.get("country", pd.Series("", index=extra.index)).fillna("").to_numpy(),
                    "lat": extra["lat"].astype(float).to_numpy(),
                    "lon": extra["lon"].astype(float).to_numpy(),
                    "geo_precision": "site",
                    "events": 0,
                    "dominant_type": "",
                }
            )
            points = pd.concat([points, add], ignore_index=True) if not points.empty else add
    points["events"] = points["events"].astype(int)
    return MapPoints(points=points.sort_values("events", ascending=False, kind="stable").reset_index(drop=True),
                     left_out=left_out, by_country=by_country)


def _marker_sizes(counts: pd.Series, biggest: int) -> list[float]:
    return (7 + 28 * np.sqrt(counts.astype(float) / max(biggest, 1))).round(1).tolist()


def map_figure(
    points: pd.DataFrame,
    boundaries: Mapping | None = None,
    online_tiles: bool = False,
    center: Mapping[str, float] | None = None,
    zoom: float = REGION_ZOOM,
    selected: Sequence[str] = (),
    base: BaseLayers | None = None,
) -> go.Figure:
    """Places as circles sized by their number of events and coloured by the dominant event type there.

    Offline by default (`offline_map.offline_map_figure`: labelled places on the bundled boundaries, with
    the `base` layers of provinces, rivers and cities; no request leaves the machine). `online_tiles` draws a
    MapLibre map on OpenStreetMap tiles, which have their own rivers and cities.
    """
    if not online_tiles:
        return offline_map_figure(points, boundaries, selected, base=base)
    fig = go.Figure()
    biggest = int(points["events"].max()) if not points.empty else 1
    chosen = points[points["location"].isin(list(selected))]
    if not chosen.empty:  # a dark halo under the places the filter is set to
        fig.add_trace(
            go.Scattermap(
                name="selected",
                showlegend=False,
                lat=chosen["lat"],
                lon=chosen["lon"],
                mode="markers",
                marker={"size": [s + 12 for s in _marker_sizes(chosen["events"], biggest)], "color": "#111111",
                        "opacity": 0.35},
                hoverinfo="skip",
            )
        )
    empty = points[points["events"] == 0]
    if not empty.empty:
        fig.add_trace(
            go.Scattermap(
                name="no events in view",
                lat=empty["lat"],
                lon=empty["lon"],
                mode="markers",
                marker={"size": 6, "color": "#9e9e9e", "opacity": 0.7},
                customdata=empty[["location"]].to_numpy().tolist(),
                hovertext=[_place_hover(r) for r in empty.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    busy = points[points["events"] > 0]
    for kind in EVENT_TYPES:
        part = busy[busy["dominant_type"] == kind]
        if part.empty:
            continue
        fig.add_trace(
            go.Scattermap(
                name=kind,
                lat=part["lat"],
                lon=part["lon"],
                mode="markers",
                marker={"size": _marker_sizes(part["events"], biggest), "color": TYPE_COLOURS[kind], "opacity": 0.75},
                customdata=part[["location"]].to_numpy().tolist(),
                hovertext=[_place_hover(r) for r in part.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    layers = []
    if boundaries:
        layers.append({"source": dict(boundaries), "type": "line", "color": "#555555", "line": {"width": 1}})
    fig.update_layout(
        map={
            "style": "open-street-map" if online_tiles else "white-bg",
            "center": dict(center or REGION_CENTER),
            "zoom": zoom,
            "layers": layers,
        },
        height=620,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        legend={"title": "most frequent event type", "yanchor": "top", "y": 0.98, "x": 0.01},
        clickmode="event+select",
    )
    return fig


def _place_hover(row) -> str:
    name = bilingual(row.location, row.location_ar)
    where = f", {row.country}" if row.country else ""
    kind = f"<br>most often: {_safe(row.dominant_type)}" if row.dominant_type else ""
    return f"<b>{_safe(name)}</b>{_safe(where)} ({_safe(row.geo_precision)})<br>{row.events:,} events in view{kind}"

