"""The offline map's base layers: province boundaries, rivers and cities (Natural Earth, bundled GeoJSON).

Lines are plain plotly lines in longitude and latitude, drawn under the country borders and the places;
cities are small grey squares named in grey italic SVG text, drawn only where the name finds room after
the places with incidents have theirs (nothing is fetched: no glyphs, no tiles). A city under the circle of a place on
the map is left out: the place already names it, and its dot would take the place's hover and clicks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from conflict_timeline.charts.common import _safe, bilingual

PROVINCE_LINE = {"color": "#d0d0d0", "width": 0.7}
RIVER_LINE = {"color": "#8fb8de", "width": 1.1}
CITY_COLOUR, CITY_SIZE, CITY_FONT = "#9a9a9a", 4.0, 10
CITY_LABELS = 40  # at most this many city names, biggest cities first
# City names are laid out with this much room around them: the map is often drawn narrower than the
# plot the labels are laid out for, and a city name gives way to the places rather than crowd them.
CITY_ROOM = 1.5


@dataclass(frozen=True)
class BaseLayers:
    """The GeoJSON FeatureCollections of the base map; a missing one is simply not drawn."""

    provinces: Mapping | None = None
    rivers: Mapping | None = None
    cities: Mapping | None = None


def line_coords(collection: Mapping | None) -> tuple[list, list]:
    """x and y of every line and ring of the collection, each ended by None (one plotly line trace)."""
    xs: list = []
    ys: list = []
    for feature in (collection or {}).get("features", []):
        geometry = feature.get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates") or []
        if kind == "LineString":
            lines = [coords]
        elif kind in ("MultiLineString", "Polygon"):
            lines = coords
        elif kind == "MultiPolygon":
            lines = [ring for polygon in coords for ring in polygon]
        else:
            continue
        for line in lines:
            xs += [p[0] for p in line] + [None]
            ys += [p[1] for p in line] + [None]
    return xs, ys


def line_trace(collection: Mapping | None, name: str, line: Mapping) -> go.Scatter | None:
    xs, ys = line_coords(collection)
    if not xs:
        return None
    return go.Scatter(
        x=xs, y=ys, mode="lines", line=dict(line), hoverinfo="skip", showlegend=False, name=name
    )


@dataclass(frozen=True)
class Cities:
    """The cities in view, in pixels of the laid-out plot, biggest first."""

    names: list[str]
    hovers: list[str]
    lon: np.ndarray
    lat: np.ndarray
    px_x: np.ndarray
    px_y: np.ndarray


def cities_in_view(
    cities: Mapping | None, view, scale: float, covered: Sequence[tuple[float, float, float]]
) -> Cities:
    """Cities inside the view and not under a drawn place's circle (`covered`: x, y, radius in pixels)."""
    rows = []
    for feature in (cities or {}).get("features", []):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") != "Point":
            continue
        lon, lat = (float(v) for v in geometry["coordinates"][:2])
        if not (view.lon[0] < lon < view.lon[1] and view.lat[0] < lat < view.lat[1]):
            continue
        x, y = (lon - view.lon[0]) * scale, (lat - view.lat[0]) * scale * view.ratio
        if any((x - cx) ** 2 + (y - cy) ** 2 <= (r + CITY_SIZE) ** 2 for cx, cy, r in covered):
            continue
        props = feature.get("properties") or {}
        rank = (int(props.get("scalerank") or 99), -int(props.get("pop_max") or 0))
        rows.append((rank, props, lon, lat, x, y))
    rows.sort(key=lambda row: row[0])
    names = [str(p.get("name") or "") for _, p, *_ in rows]
    hovers = [
        f"<b>{_safe(bilingual(str(p.get('name') or ''), str(p.get('name_ar') or '')))}</b>"
        + (f", {_safe(p.get('country'))}" if p.get("country") else "")
        + "<br>city (base map)"
        for _, p, *_ in rows
    ]
    as_array = lambda i: np.array([row[i] for row in rows], dtype=float)  # noqa: E731
    return Cities(names, hovers, as_array(2), as_array(3), as_array(4), as_array(5))


def city_trace(cities: Cities, positions: Sequence[str | None]) -> go.Scatter | None:
    """Small grey squares with their names, for the cities whose name found room (`positions`: plotly
    textposition, or None); a city without its name is left out (an unnamed dot reads as a base)."""
    named = [i for i, p in enumerate(positions) if p]
    if not named:
        return None
    return go.Scatter(
        x=cities.lon[named], y=cities.lat[named], mode="markers+text", name="cities", showlegend=False,
        marker={"size": CITY_SIZE, "color": CITY_COLOUR, "symbol": "square", "line": {"width": 0}},
        text=[_safe(cities.names[i]) for i in named], textposition=[positions[i] for i in named],
        textfont={"size": CITY_FONT, "color": "#7a7a7a", "style": "italic"},
        hovertext=[cities.hovers[i] for i in named], hovertemplate="%{hovertext}<extra></extra>",
        selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 1}},
    )  # fmt: skip
