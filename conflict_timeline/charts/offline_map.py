"""The offline bases map: a plain plotly chart in longitude and latitude, with labels.

MapLibre (plotly's `scatter_map`) draws text only with glyph files fetched from the internet, so the
offline map is drawn without it: boundaries are lines, places are circles with their English names as
SVG text (the Arabic name in the hover), regions are shaded areas, and nothing is requested from
anywhere. Labels are placed greedily, busiest places first, beside their circle (right, left, above,
below) where they overlap no other label or circle; a place whose label finds no room keeps its circle
and hover, and is counted in the figure's `meta`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from conflict_timeline.charts.base_layers import (
    CITY_FONT,
    CITY_LABELS,
    CITY_ROOM,
    CITY_SIZE,
    PROVINCE_LINE,
    RIVER_LINE,
    BaseLayers,
    cities_in_view,
    city_trace,
    line_trace,
)
from conflict_timeline.charts.common import TYPE_COLOURS, _safe, bilingual
from conflict_timeline.schema import EVENT_TYPES

WIDTH_PX, HEIGHT_PX = 1100.0, 620.0  # the plot the labels are laid out for
CHAR_PX, LINE_PX = 6.6, 14.0  # a label character's width and a label's height at font size 11
REGION_RADIUS = 0.7  # degrees: the shaded area of a region known only by its centre
MIN_SPAN = 3.0  # degrees: the narrowest view
DEFAULT_VIEW = ((35.0, 49.0), (29.0, 38.5))  # Iraq and Syria: (lon range, lat range)
POSITIONS: tuple[tuple[str, float, float], ...] = (  # plotly textposition, and the box's side (x, y)
    ("middle right", 1, 0), ("middle left", -1, 0), ("top center", 0, 1), ("bottom center", 0, -1),
)


@dataclass(frozen=True)
class View:
    lon: tuple[float, float]
    lat: tuple[float, float]

    @property
    def ratio(self) -> float:
        """Latitude units drawn longer than longitude units: 1 / cos(middle latitude)."""
        return 1.0 / math.cos(math.radians(sum(self.lat) / 2))

    def px_per_degree(self) -> float:
        """Pixels per degree of longitude when the view fills the plot (equal scale on both axes)."""
        width = self.lon[1] - self.lon[0]
        height = (self.lat[1] - self.lat[0]) * self.ratio
        return min(WIDTH_PX / width, HEIGHT_PX / height)


def fit_view(points: pd.DataFrame, selected: Sequence[str] = ()) -> View:
    """The view fitted to the places with incidents (and the selected ones), with a margin."""
    busy = points[(points["events"] > 0) | points["location"].isin(list(selected))]
    if busy.empty:
        return View(*DEFAULT_VIEW)
    lon0, lon1 = float(busy["lon"].min()), float(busy["lon"].max())
    lat0, lat1 = float(busy["lat"].min()), float(busy["lat"].max())
    span_lon = max(lon1 - lon0, MIN_SPAN)
    span_lat = max(lat1 - lat0, MIN_SPAN)
    mid_lon, mid_lat = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    pad = 0.18
    return View((mid_lon - span_lon * (0.5 + pad), mid_lon + span_lon * (0.5 + pad)),
                (mid_lat - span_lat * (0.5 + pad), mid_lat + span_lat * (0.5 + pad)))


def place_labels(xs: np.ndarray, ys: np.ndarray, sizes: np.ndarray, texts: list[str],
                 boxes_out: list | None = None, obstacles: Sequence[tuple[float, float, float, float]] = (),
                 text_scale: float = 1.0, limit: int | None = None,
                 bounds: tuple[float, float] | None = None) -> list[str | None]:
    """A plotly textposition for each label (in pixel coordinates, busiest first in the given order), or None
    when it finds no room. A label never overlaps another label, an obstacle box or the circle of a busier
    place; it avoids every other circle when one of its four sides allows. `boxes_out` receives the placed
    boxes; at most `limit` labels are placed, each inside (0, 0)-`bounds` when given. `text_scale` sizes
    the labels' boxes (1: font size 11)."""
    boxes: list[tuple[float, float, float, float]] = list(obstacles)
    placed = 0
    circles = [(x - r, y - r, x + r, y + r) for x, y, r in zip(xs, ys, sizes / 2, strict=True)]

    def free(box: tuple[float, float, float, float], others: list) -> bool:
        return all(box[2] < o[0] or o[2] < box[0] or box[3] < o[1] or o[3] < box[1] for o in others)

    out: list[str | None] = []
    for i, text in enumerate(texts):
        if limit is not None and placed >= limit:
            out.append(None)
            continue
        width, height, radius = len(text) * CHAR_PX * text_scale + 4, LINE_PX * text_scale, sizes[i] / 2 + 2
        sides = []
        for name, sx, sy in POSITIONS:
            cx = xs[i] + sx * (radius + width / 2)
            cy = ys[i] + sy * (radius + height / 2)
            box = (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)
            if bounds is None or (box[0] >= 0 and box[1] >= 0 and box[2] <= bounds[0] and box[3] <= bounds[1]):
                sides.append((name, box))
        strict = boxes + circles[:i] + circles[i + 1:]
        loose = boxes + circles[:i]
        chosen = (next((side for side in sides if free(side[1], strict)), None)
                  or next((side for side in sides if free(side[1], loose)), None))
        if chosen is not None:
            boxes.append(chosen[1])
            placed += 1
        out.append(chosen[0] if chosen is not None else None)
    if boxes_out is not None:
        boxes_out.extend(boxes[len(obstacles):])
    return out


def spread_markers(xs: np.ndarray, ys: np.ndarray, sizes: np.ndarray, order: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Drawn positions (in pixels) where no circle covers another: the busiest keep their place, a
    place too close to one drawn before it moves around its true point, on rings of growing radius,
    to the first free spot (Tower 22 beside al-Tanf and Rukban). Hover text keeps the true coordinates."""
    xs, ys = xs.astype(float).copy(), ys.astype(float).copy()
    placed: list[int] = []
    for i in order:
        x0, y0 = xs[i], ys[i]

        def clear(x: float, y: float, i: int = i) -> bool:
            return all(np.hypot(x - xs[j], y - ys[j]) >= (sizes[i] + sizes[j]) / 2 + 2 for j in placed)

        if not clear(x0, y0):
            for ring in range(1, 6):
                radius = ring * (sizes[i] / 2 + 6)
                spot = next(((x0 + radius * np.cos(a), y0 + radius * np.sin(a))
                             for a in np.linspace(0, 2 * np.pi, 12, endpoint=False)
                             if clear(x0 + radius * np.cos(a), y0 + radius * np.sin(a))), None)
                if spot is not None:
                    xs[i], ys[i] = spot
                    break
        placed.append(i)
    return xs, ys


def _boundary_lines(boundaries: Mapping) -> tuple[list, list, list[tuple[str, float, float]]]:
    xs: list = []
    ys: list = []
    names: list[tuple[str, float, float]] = []
    for feature in boundaries.get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        biggest: list = []
        for polygon in polygons:
            for ring in polygon:
                xs += [p[0] for p in ring] + [None]
                ys += [p[1] for p in ring] + [None]
                biggest = ring if len(ring) > len(biggest) else biggest
        if biggest:
            name = str((feature.get("properties") or {}).get("name", ""))
            names.append((name, float(np.mean([p[0] for p in biggest])), float(np.mean([p[1] for p in biggest]))))
    return xs, ys, names


def _hover(row) -> str:
    name = bilingual(row.location, row.location_ar)
    where = f", {row.country}" if row.country else ""
    kind = f"<br>most often: {_safe(row.dominant_type)}" if row.dominant_type else ""
    return f"<b>{_safe(name)}</b>{_safe(where)} ({_safe(row.geo_precision)})<br>{row.events:,} incidents in view{kind}"


def offline_map_figure(points: pd.DataFrame, boundaries: Mapping | None = None, selected: Sequence[str] = (),
                       sizes_of=None, base: BaseLayers | None = None) -> go.Figure:
    """Places as labelled circles on the bundled boundaries, fitted to the places with incidents.

    `base` adds province boundaries and rivers under the country borders, and named cities under the places."""
    view = fit_view(points, selected)
    scale = view.px_per_degree()
    base = base or BaseLayers()
    fig = go.Figure()
    provinces = line_trace(base.provinces, "provinces", PROVINCE_LINE)
    if provinces is not None:
        fig.add_trace(provinces)
    if boundaries:
        bx, by, names = _boundary_lines(boundaries)
        fig.add_trace(go.Scatter(x=bx, y=by, mode="lines", line={"color": "#9e9e9e", "width": 1},
                                 hoverinfo="skip", showlegend=False, name="boundaries"))
    rivers = line_trace(base.rivers, "rivers", RIVER_LINE)
    if rivers is not None:
        fig.add_trace(rivers)
    if boundaries:
        inside = [(n, x, y) for n, x, y in names
                  if view.lon[0] < x < view.lon[1] and view.lat[0] < y < view.lat[1]]
        if inside:
            fig.add_trace(go.Scatter(x=[x for _, x, _ in inside], y=[y for _, _, y in inside], mode="text",
                                     text=[_safe(n).upper() for n, _, _ in inside], hoverinfo="skip",
                                     showlegend=False, name="countries",
                                     textfont={"size": 12, "color": "#bdbdbd"}))
    regions = points[(points["geo_precision"].astype(str) == "region") & (points["events"] > 0)]
    shapes = [
        {"type": "circle", "xref": "x", "yref": "y", "x0": r.lon - REGION_RADIUS * view.ratio,
         "x1": r.lon + REGION_RADIUS * view.ratio, "y0": r.lat - REGION_RADIUS, "y1": r.lat + REGION_RADIUS,
         "fillcolor": "rgba(120,120,160,0.12)", "line": {"color": "rgba(90,90,140,0.6)", "width": 1, "dash": "dot"},
         "layer": "below"}
        for r in regions.itertuples()
    ]
    biggest = int(points["events"].max()) if not points.empty else 1
    sizes = (7 + 26 * np.sqrt(points["events"].astype(float) / max(biggest, 1))).round(1).to_numpy()
    sizes = np.where(points["events"].to_numpy() == 0, 6.0, sizes)
    px_x = (points["lon"].to_numpy(dtype=float) - view.lon[0]) * scale
    px_y = (points["lat"].to_numpy(dtype=float) - view.lat[0]) * scale * view.ratio
    visible = ((points["lon"] > view.lon[0]) & (points["lon"] < view.lon[1]) & (points["lat"] > view.lat[0])
               & (points["lat"] < view.lat[1])).to_numpy()
    texts = [str(n) for n in points["location"]]
    order = np.argsort(-points["events"].to_numpy(), kind="stable")
    shown = [i for i in order if visible[i]]
    px_x, px_y = spread_markers(px_x, px_y, sizes, shown)
    draw_lon = view.lon[0] + px_x / scale
    draw_lat = view.lat[0] + px_y / (scale * view.ratio)
    labelled = np.zeros(len(points), dtype=bool)
    positions: list[str | None] = [None] * len(points)
    candidates = [i for i in order if visible[i] and points["events"].iloc[i] > 0]
    label_boxes: list = []
    placed = place_labels(px_x[candidates], px_y[candidates], sizes[candidates], [texts[i] for i in candidates],
                          label_boxes)
    for i, position in zip(candidates, placed, strict=True):
        positions[i] = position
        labelled[i] = position is not None
    circles = [(px_x[i], px_y[i], sizes[i] / 2) for i in shown]
    busy = [circles[k] for k, i in enumerate(shown) if points["events"].iloc[i] > 0]
    cities = cities_in_view(base.cities, view, scale, busy)  # a base without incidents leaves its city named
    plot_w, plot_h = (view.lon[1] - view.lon[0]) * scale, (view.lat[1] - view.lat[0]) * scale * view.ratio
    city_positions = place_labels(
        cities.px_x, cities.px_y, np.full(len(cities.names), CITY_SIZE), cities.names,
        obstacles=[*label_boxes, *((x - r, y - r, x + r, y + r) for x, y, r in circles)],
        text_scale=CITY_FONT / 11 * CITY_ROOM, limit=CITY_LABELS, bounds=(plot_w, plot_h))
    city_layer = city_trace(cities, city_positions)
    if city_layer is not None:
        fig.add_trace(city_layer)
    chosen = points["location"].isin(list(selected)).to_numpy()
    if chosen.any():
        fig.add_trace(go.Scatter(x=draw_lon[chosen], y=draw_lat[chosen], mode="markers",
                                 marker={"size": sizes[chosen] + 12, "color": "#111111", "opacity": 0.35},
                                 hoverinfo="skip", showlegend=False, name="selected"))
    groups = [("no events in view", points["events"].to_numpy() == 0, "#9e9e9e")]
    groups += [(kind, ((points["dominant_type"] == kind) & (points["events"] > 0)).to_numpy(), TYPE_COLOURS[kind])
               for kind in EVENT_TYPES]
    for name, mask, colour in groups:
        if not mask.any():
            continue
        part = points[mask]
        rows = np.flatnonzero(mask)
        fig.add_trace(go.Scatter(
            name=name, x=draw_lon[mask], y=draw_lat[mask], mode="markers+text",
            marker={"size": sizes[mask], "color": colour, "opacity": 0.8 if name != "no events in view" else 0.6,
                    "line": {"width": 0.5, "color": "white"}},
            text=[_safe(texts[i]) if labelled[i] else "" for i in rows],
            textposition=[positions[i] or "middle right" for i in rows],
            textfont={"size": 11, "color": "#222222"},
            customdata=part[["location"]].to_numpy().tolist(),
            hovertext=[_hover(r) for r in part.itertuples()],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    hidden = int((~labelled & visible & (points["events"].to_numpy() > 0)).sum())
    fig.update_layout(
        height=int(HEIGHT_PX) + 20,
        margin={"l": 0, "r": 0, "t": 10, "b": 0},
        xaxis={"range": list(view.lon), "visible": False, "constrain": "domain"},
        yaxis={"range": list(view.lat), "visible": False, "scaleanchor": "x", "scaleratio": view.ratio},
        plot_bgcolor="white",
        shapes=shapes,
        legend={"title": "most frequent event type", "yanchor": "top", "y": 0.98, "x": 0.01,
                "bgcolor": "rgba(255,255,255,0.9)"},
        clickmode="event+select",
        dragmode="pan",
        meta={"unlabelled": hidden, "view": {"lon": list(view.lon), "lat": list(view.lat)}},
    )
    return fig
