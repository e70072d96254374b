"""Pure functions from events frames to plotly figures: the timeline, the bases map, troop levels.

No Streamlit here. Every figure puts the event id (or the place name on the map) in `customdata`
so a selection in the dashboard can be traced back to the events.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from conflict_timeline.schema import EVENT_TYPES

# One fixed colour per event type, so colours mean the same on every page (colour-blind safe palette).
TYPE_COLOURS: dict[str, str] = dict(
    zip(
        EVENT_TYPES,
        (
            "#d62728",  # attack
            "#ff7f0e",  # airstrike
            "#1f77b4",  # deployment
            "#17becf",  # withdrawal
            "#2ca02c",  # troop_level
            "#9467bd",  # denial
            "#8c564b",  # statement
            "#e377c2",  # agreement
            "#bcbd22",  # funding
            "#7f7f7f",  # other
        ),
        strict=True,
    )
)
STATUS_SYMBOLS: dict[str, str] = {
    "confirmed": "circle",
    "reported": "diamond-open",
    "claimed": "square",
    "denied": "x",
    "planned": "triangle-up-open",
}
AGGREGATE_THRESHOLD = 5000  # above this many events the timeline shows counts instead of events
MAX_LANES = 30
SENTENCE_CHARS = 160
MAPPABLE_PRECISIONS: tuple[str, ...] = ("site", "city", "region")
REGION_CENTER = {"lat": 34.5, "lon": 41.5}  # Iraq and Syria
REGION_ZOOM = 4.4
UNKNOWN = "(unknown)"


def _safe(text: object, limit: int | None = None) -> str:
    """Text for plotly hover labels: one line, shortened, with markup characters escaped."""
    value = "" if text is None or (isinstance(text, float) and np.isnan(text)) else str(text)
    value = " ".join(value.split())
    if limit is not None and len(value) > limit:
        value = value[: limit - 1] + "…"
    return html.escape(value, quote=False)


def bilingual(name: str, name_ar: str) -> str:
    """An English name with its Arabic name beside it, when there is one."""
    name, name_ar = (name or "").strip(), (name_ar or "").strip()
    if name and name_ar and name_ar != name:
        return f"{name} ({name_ar})"
    return name or name_ar or UNKNOWN


def _lane_labels(frame: pd.DataFrame, lane: str) -> pd.Series:
    """The lane label of each event: actor (with its Arabic name) or event type."""
    if lane == "type":
        return frame["event_type"].astype(str)
    names = frame["actor"].astype(str).replace("", UNKNOWN)
    arabic = frame["actor_ar"].fillna("").astype(str) if "actor_ar" in frame else pd.Series("", index=frame.index)
    first_ar = pd.DataFrame({"n": names, "a": arabic}).groupby("n", sort=False, observed=True)["a"].first()
    labels = {n: bilingual(n if n != UNKNOWN else "", a) for n, a in first_ar.items()}
    return names.map(labels)


def _top_lanes(labels: pd.Series, limit: int = MAX_LANES) -> pd.Series:
    """Keep the busiest lanes; the rest go into one 'other' lane."""
    counts = labels.value_counts()
    if len(counts) <= limit:
        return labels
    keep = set(counts.index[: limit - 1])
    return labels.where(labels.isin(keep), f"(other: {len(counts) - limit + 1} lanes)")


def _empty_figure(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=300, margin={"l": 10, "r": 10, "t": 30, "b": 10})
    return fig


def _texts(column: pd.Series) -> np.ndarray:
    """A text column as a numpy object array (iterating Arrow-backed strings one by one is slow)."""
    return column.astype(object).where(column.notna(), "").astype(str).to_numpy(dtype=object)


def _hover_text(frame: pd.DataFrame) -> list[str]:
    rows = zip(
        _texts(frame["date_text"]),
        frame["date_start"],
        frame["date_end"],
        _texts(frame["actor"]),
        _texts(frame["location"]),
        _texts(frame["event_type"]),
        _texts(frame["status"]),
        _texts(frame["sentence"]),
        strict=True,
    )
    out = []
    for date_text, start, end, actor, place, kind, status, sentence in rows:
        if pd.isna(start):
            when = "date unknown"
        elif pd.isna(end) or start == end:
            when = start.strftime("%Y-%m-%d")
        else:
            when = f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
        out.append(
            f"<b>{_safe(kind)}</b> ({_safe(status)}), {_safe(when)}<br>"
            f"as written: {_safe(date_text, 60)}<br>"
            f"actor: {_safe(actor or UNKNOWN)}<br>place: {_safe(place or UNKNOWN)}<br>"
            f"{_safe(sentence, SENTENCE_CHARS)}"
        )
    return out


def timeline_figure(
    frame: pd.DataFrame, lane: str = "actor", threshold: int = AGGREGATE_THRESHOLD
) -> go.Figure:
    """Events on a time axis, one lane per actor (or per type), coloured by event type.

    Day-precision events are points; coarser ones are horizontal spans from date_start to date_end.
    Above `threshold` dated events the figure shows counts per lane per week or month instead.
    Events without a date cannot be placed and are counted in the title.
    """
    if lane not in ("actor", "type"):
        raise ValueError(f"lane: {lane!r} is not 'actor' or 'type'")
    dated = frame[frame["date_start"].notna()]
    undated = len(frame) - len(dated)
    if dated.empty:
        return _empty_figure("No dated events in this view")
    if len(dated) > threshold:
        fig = _aggregate_figure(dated, lane)
    else:
        fig = _event_figure(dated, lane)
    note = f"; {undated:,} without a date are not drawn" if undated else ""
    title = fig.layout.title.text or f"{len(dated):,} events"
    fig.update_layout(title={"text": title + note, "font": {"size": 14}})
    return fig


def _event_figure(dated: pd.DataFrame, lane: str) -> go.Figure:
    dated = dated.assign(_lane=_top_lanes(_lane_labels(dated, lane)).to_numpy())
    end = dated["date_end"].fillna(dated["date_start"])
    is_point = (dated["date_precision"].astype(str) == "day").to_numpy() | (end == dated["date_start"]).to_numpy()
    hover = np.array(_hover_text(dated), dtype=object)
    ids = dated["event_id"].to_numpy()
    lanes = dated["_lane"].to_numpy()
    kinds = dated["event_type"].astype(str).to_numpy()
    use_gl = len(dated) > 1000
    fig = go.Figure()
    for kind in EVENT_TYPES:
        of_kind = kinds == kind
        spans = of_kind & ~is_point
        if spans.any():
            start = dated["date_start"].to_numpy()[spans]
            stop = end.to_numpy()[spans] + np.timedelta64(1, "D")  # the last day is included
            fig.add_trace(
                go.Bar(
                    name=kind,
                    legendgroup=kind,
                    orientation="h",
                    base=pd.DatetimeIndex(start).strftime("%Y-%m-%d").tolist(),
                    x=((stop - start) / np.timedelta64(1, "ms")).astype(float).tolist(),
                    y=lanes[spans].tolist(),
                    customdata=ids[spans].reshape(-1, 1).tolist(),
                    hovertext=hover[spans].tolist(),
                    hovertemplate="%{hovertext}<extra></extra>",
                    marker={"color": TYPE_COLOURS[kind], "opacity": 0.35, "line": {"width": 0}},
                    showlegend=not (of_kind & is_point).any(),
                )
            )
        points = of_kind & is_point
        if points.any():
            scatter = go.Scattergl if use_gl else go.Scatter
            fig.add_trace(
                scatter(
                    name=kind,
                    legendgroup=kind,
                    mode="markers",
                    x=dated["date_start"].to_numpy()[points],
                    y=lanes[points].tolist(),
                    customdata=ids[points].reshape(-1, 1).tolist(),
                    hovertext=hover[points].tolist(),
                    hovertemplate="%{hovertext}<extra></extra>",
                    marker={"color": TYPE_COLOURS[kind], "size": 9, "line": {"width": 0.5, "color": "white"}},
                )
            )
    n_lanes = dated["_lane"].nunique()
    fig.update_layout(
        barmode="overlay",
        height=max(320, 60 + 28 * n_lanes),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"title": "event type"},
        xaxis={"type": "date", "title": None},
        yaxis={"title": None, "categoryorder": "category descending"},
        hovermode="closest",
        title={"text": f"{len(dated):,} events (points: exact day; bars: the range of a coarser date)"},
    )
    return fig


def period_for(frame: pd.DataFrame) -> str:
    """Week bins for views up to two years long, month bins beyond."""
    span = frame["date_start"].max() - frame["date_start"].min()
    return "W" if span <= pd.Timedelta(days=731) else "M"


def aggregate_timeline(frame: pd.DataFrame, lane: str = "actor", period: str | None = None) -> pd.DataFrame:
    """Counts of dated events per lane, period and event type (columns lane, period, event_type, count)."""
    dated = frame[frame["date_start"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=["lane", "period", "event_type", "count"])
    period = period or period_for(dated)
    periods = dated["date_start"].dt.to_period(period).dt.start_time
    grouped = (
        pd.DataFrame(
            {
                "lane": _top_lanes(_lane_labels(dated, lane)).to_numpy(),
                "period": periods.to_numpy(),
                "event_type": dated["event_type"].astype(str).to_numpy(),
            }
        )
        .groupby(["lane", "period", "event_type"], sort=True)
        .size()
        .rename("count")
        .reset_index()
    )
    return grouped


def _aggregate_figure(dated: pd.DataFrame, lane: str) -> go.Figure:
    """One square per lane and period: stronger for more events, coloured by the most frequent type."""
    period = period_for(dated)
    counts = aggregate_timeline(dated, lane, period)
    unit = "week" if period == "W" else "month"
    cells = counts.sort_values("count", ascending=False, kind="stable")
    totals = counts.groupby(["lane", "period"], sort=False)["count"].sum().rename("total")
    breakdown = (
        cells.assign(part=cells["event_type"] + " " + cells["count"].astype(str))
        .groupby(["lane", "period"], sort=False)["part"]
        .agg(lambda parts: ", ".join(list(parts)[:4]))
        .rename("breakdown")
    )
    top = cells.drop_duplicates(["lane", "period"]).set_index(["lane", "period"])["event_type"].rename("dominant")
    grid = pd.concat([totals, top, breakdown], axis=1).reset_index()
    biggest = max(int(grid["total"].max()), 1)
    fig = go.Figure()
    for kind in EVENT_TYPES:
        part = grid[grid["dominant"] == kind]
        if part.empty:
            continue
        fig.add_trace(
            go.Scattergl(
                name=kind,
                mode="markers",
                x=part["period"],
                y=part["lane"],
                customdata=np.column_stack(
                    [part["lane"], part["period"].dt.strftime("%Y-%m-%d"), part["total"], part["breakdown"]]
                ),
                hovertemplate=f"%{{customdata[2]}} events in the {unit} of %{{customdata[1]}}<br>"
                "%{customdata[0]}<br>%{customdata[3]}<extra></extra>",
                marker={
                    "symbol": "square",
                    "size": 9 if period == "M" else 6,
                    "color": TYPE_COLOURS[kind],
                    "opacity": (0.2 + 0.8 * np.sqrt(part["total"] / biggest)).round(3).tolist(),
                    "line": {"width": 0},
                },
            )
        )
    fig.update_layout(
        height=max(320, 60 + 28 * grid["lane"].nunique()),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"title": "most frequent type"},
        xaxis={"type": "date", "title": None},
        yaxis={"title": None, "categoryorder": "category descending"},
        title={"text": f"{len(dated):,} events: too many to draw one by one, shown as counts per {unit} "
                       "(darker: more events)"},
        meta={"aggregated": True, "period": unit},
    )
    return fig


def is_aggregated(fig: go.Figure) -> bool:
    meta = fig.layout.meta
    return isinstance(meta, Mapping) and bool(meta.get("aggregated"))


# ---------------------------------------------------------------- map


@dataclass(frozen=True)
class MapPoints:
    """Places to draw with their event counts, and how many events could not be drawn as pins."""

    points: pd.DataFrame  # location, location_ar, country, lat, lon, geo_precision, events, dominant_type
    left_out: int  # country-level events and events without coordinates


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
                     left_out=left_out)


def _marker_sizes(counts: pd.Series, biggest: int) -> list[float]:
    return (7 + 28 * np.sqrt(counts.astype(float) / max(biggest, 1))).round(1).tolist()


def map_figure(
    points: pd.DataFrame,
    boundaries: Mapping | None = None,
    online_tiles: bool = False,
    center: Mapping[str, float] | None = None,
    zoom: float = REGION_ZOOM,
    selected: Sequence[str] = (),
) -> go.Figure:
    """Places as circles sized by their number of events and coloured by the dominant event type there.

    Offline by default: a white background with the country boundaries drawn as a line layer
    (no tiles, no text labels, circles only). `online_tiles` switches to OpenStreetMap tiles.
    """
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


# ---------------------------------------------------------------- troop levels

TROOP_COLUMNS: tuple[str, ...] = (
    "date as written",
    "from",
    "to",
    "troops",
    "actor",
    "country",
    "place",
    "status",
    "source",
    "sentence",
    "event_id",
)


def _series_names(frame: pd.DataFrame) -> np.ndarray:
    """The troop series of each row: '<actor> in <base>' for site-level rows, else '<actor> in <country>'.

    The actor is its family (`actor_group`: the Pentagon, CENTCOM and the US military are all the
    United States), so that one country's forces make one line whoever states the number."""
    names = frame["actor"].astype(object).fillna("").astype(str)
    if "actor_group" in frame:
        group = frame["actor_group"].astype(object).fillna("").astype(str)
        names = group.where(group != "", names)
    actor = names.replace("", UNKNOWN).to_numpy(dtype=object)
    location = frame["location"].astype(str).to_numpy(dtype=object)
    country = frame["country"].astype(str).to_numpy(dtype=object)
    at_site = (frame["geo_precision"].astype(str).to_numpy() == "site") & (location != "")
    where = np.where(at_site, location, country)
    return np.where(where != "", actor + " in " + where, actor)


def troop_claims(frame: pd.DataFrame) -> pd.DataFrame:
    """The stated troop levels (`troop_level` events with a number), oldest first, as a table of claims."""
    levels = frame[(frame["event_type"].astype(str) == "troop_level") & frame["troops"].notna()]
    table = pd.DataFrame(
        {
            "date as written": levels["date_text"].fillna("").to_numpy(),
            "from": levels["date_start"].to_numpy(),
            "to": levels["date_end"].fillna(levels["date_start"]).to_numpy(),
            "troops": levels["troops"].astype("Int64").to_numpy(),
            "actor": levels["actor"].astype(str).to_numpy(),
            "country": levels["country"].astype(str).to_numpy(),
            "place": levels["location"].astype(str).to_numpy(),
            "status": levels["status"].astype(str).to_numpy(),
            "source": levels["source"].fillna("").to_numpy(),
            "sentence": levels["sentence"].fillna("").to_numpy(),
            "event_id": levels["event_id"].to_numpy(),
        },
        columns=list(TROOP_COLUMNS),
    )
    table["_series"] = _series_names(levels)
    return table.sort_values(["from", "troops"], kind="stable", na_position="last").reset_index(drop=True)


def _midpoints(start: pd.Series, end: pd.Series) -> pd.Series:
    return start + (end - start) / 2


def troop_levels_figure(
    frame: pd.DataFrame, max_series: int = 12, max_annotations: int = 30, max_claims: int = 2000
) -> go.Figure:
    """Stated troop numbers over time as step lines per actor and country (or base), with the claims marked.

    Markers show the status (confirmed, reported, denied, ...) and the source in the hover; a date range
    is drawn as a horizontal bar from date_start to date_end at the stated level. Deployments and
    withdrawals in the same series are marked with their change (+n / −n).
    """
    claims = troop_claims(frame)
    claims = claims[claims["from"].notna()]
    if claims.empty:
        return _empty_figure("No stated troop numbers with a date in this view")
    top = claims["_series"].value_counts().index[:max_series]
    claims = claims[claims["_series"].isin(top)]
    stated = len(claims)
    if stated > max_claims:  # keep the figure light: the latest claim per series, month and status
        month = claims["from"].dt.to_period("M")
        claims = claims.assign(_month=month).drop_duplicates(["_series", "_month", "status"], keep="last")
    fig = go.Figure()
    palette = list(TYPE_COLOURS.values())
    for i, series in enumerate(top):
        part = claims[claims["_series"] == series]
        colour = palette[i % len(palette)]
        mid = _midpoints(part["from"], part["to"])
        order = np.argsort(mid.to_numpy(), kind="stable")
        part, mid = part.iloc[order], mid.iloc[order]
        undenied = (part["status"] != "denied").to_numpy()
        fig.add_trace(
            go.Scatter(
                name=series,
                legendgroup=series,
                x=mid[undenied],
                y=part["troops"][undenied].astype(float),
                mode="lines",
                line={"shape": "hv", "color": colour, "width": 2},
                hoverinfo="skip",
            )
        )
        ranged = part[part["to"] > part["from"]]
        if not ranged.empty:
            xs: list = []
            ys: list = []
            for start, stop, troops in zip(ranged["from"], ranged["to"], ranged["troops"], strict=True):
                xs += [start, stop, None]
                ys += [float(troops), float(troops), None]
            fig.add_trace(
                go.Scatter(
                    name=f"{series}: date range",
                    legendgroup=series,
                    showlegend=False,
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"color": colour, "width": 8},
                    opacity=0.25,
                    hoverinfo="skip",
                )
            )
        for status, symbol in STATUS_SYMBOLS.items():
            sub = part[part["status"] == status]
            if sub.empty:
                continue
            fig.add_trace(
                go.Scatter(
                    name=f"{series}: {status}",
                    legendgroup=series,
                    showlegend=False,
                    x=_midpoints(sub["from"], sub["to"]),
                    y=sub["troops"].astype(float),
                    mode="markers",
                    marker={"symbol": symbol, "size": 11, "color": colour, "line": {"width": 1.5, "color": colour}},
                    customdata=sub[["event_id"]].to_numpy().tolist(),
                    hovertext=[
                        f"<b>{int(t):,} troops</b> ({_safe(st)})<br>{_safe(series)}<br>"
                        f"as written: {_safe(dt, 60)}<br>source: {_safe(src or UNKNOWN)}<br>{_safe(s, SENTENCE_CHARS)}"
                        for t, st, dt, src, s in zip(
                            sub["troops"].to_numpy(dtype=object), _texts(sub["status"]),
                            _texts(sub["date as written"]), _texts(sub["source"]), _texts(sub["sentence"]),
                            strict=True,
                        )
                    ],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    _add_movements(fig, frame, claims, max_annotations, thin=stated > max_claims)
    thinned = f"; {stated:,} claims, one per series, month and status drawn" if stated > max_claims else ""
    fig.update_layout(
        height=520,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        xaxis={"type": "date", "title": None},
        yaxis={"title": "troops stated", "rangemode": "tozero"},
        hovermode="closest",
        title={"text": "Stated troop levels (markers: ● confirmed, ◇ reported, ■ claimed, ✕ denied, △ planned)"
               + thinned,
               "font": {"size": 14}},
    )
    return fig


def _levels_at(claims: pd.DataFrame, series: pd.Series, when: pd.Series) -> np.ndarray:
    """The stated (not denied) level of each series nearest in time to each moment (NaN without any)."""
    known = claims[claims["status"] != "denied"][["_series", "from", "troops"]].dropna()
    known = known.assign(troops=known["troops"].astype(float)).sort_values("from")
    query = pd.DataFrame({"_series": series.to_numpy(), "from": when.to_numpy(), "_row": np.arange(len(when))})
    merged = pd.merge_asof(query.sort_values("from"), known, on="from", by="_series", direction="nearest")
    return merged.sort_values("_row")["troops"].to_numpy(dtype=float)


def _add_movements(
    fig: go.Figure, frame: pd.DataFrame, claims: pd.DataFrame, max_annotations: int, thin: bool = False
) -> None:
    moves = frame[
        frame["event_type"].astype(str).isin(("deployment", "withdrawal")) & frame["date_start"].notna()
    ]
    if moves.empty:
        return
    moves = moves.assign(_series=_series_names(moves))
    moves = moves[moves["_series"].isin(set(claims["_series"]))]
    if moves.empty:
        return
    if thin:
        month = moves["date_start"].dt.to_period("M")
        moves = moves.assign(_month=month).drop_duplicates(["_series", "_month", "event_type"], keep="last")
    when = _midpoints(moves["date_start"], moves["date_end"].fillna(moves["date_start"]))
    levels = _levels_at(claims, moves["_series"], when)
    stated = moves["troops"].astype("Float64").fillna(0.0).to_numpy(dtype=float)
    ys = np.where(np.isnan(levels), stated, levels)
    notes: list[dict] = []
    for kind, symbol, sign in (("deployment", "triangle-up", "+"), ("withdrawal", "triangle-down", "−")):
        chosen = (moves["event_type"].astype(str) == kind).to_numpy()
        if not chosen.any():
            continue
        sub = moves[chosen]
        labels = [f"{sign}{int(t):,}" if pd.notna(t) else kind for t in sub["troops"]]
        fig.add_trace(
            go.Scatter(
                name=f"{kind}s",
                x=when[chosen],
                y=ys[chosen],
                mode="markers",
                marker={"symbol": symbol, "size": 12, "color": TYPE_COLOURS[kind]},
                customdata=sub[["event_id"]].to_numpy().tolist(),
                hovertext=[
                    f"<b>{_safe(lab if lab == kind else f'{lab} {kind}')}</b> ({_safe(st)})<br>{_safe(s)}<br>"
                    f"{_safe(sen, SENTENCE_CHARS)}"
                    for lab, st, s, sen in zip(labels, sub["status"].astype(str), sub["_series"], sub["sentence"],
                                               strict=True)
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
        numbered = [(x, y, label) for x, y, label, t in zip(when[chosen], ys[chosen], labels, sub["troops"],
                                                            strict=True) if pd.notna(t)]
        # in time order, every other label stands further off, so that labels of close moves do not overlap
        numbered = sorted(numbered[:max_annotations], key=lambda note: note[0])
        notes += [
            {"x": x, "y": y, "text": _safe(label), "showarrow": True, "arrowhead": 2, "ax": 0,
             "ay": (-1 if sign == "+" else 1) * (30 if i % 2 == 0 else 55), "arrowcolor": TYPE_COLOURS[kind],
             "font": {"size": 11, "color": TYPE_COLOURS[kind]}}
            for i, (x, y, label) in enumerate(numbered)
        ]
    fig.update_layout(annotations=notes)  # at once: adding them one by one is quadratic in plotly
