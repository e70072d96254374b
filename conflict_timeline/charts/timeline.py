"""The timeline: incidents on a time axis, one lane per actor (or type), counts above a threshold."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from conflict_timeline.charts.common import (
    AGGREGATE_THRESHOLD,
    MAX_LANES,
    SENTENCE_CHARS,
    TYPE_COLOURS,
    UNKNOWN,
    _empty_figure,
    _safe,
    _texts,
    bilingual,
)
from conflict_timeline.schema import EVENT_TYPES


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



def _unit(frame: pd.DataFrame) -> str:
    """What a row is: an incident (a frame of `incidents.incidents`, with its `reports`) or an event."""
    return "incidents" if "reports" in frame.columns else "events"


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
    reports = (frame["reports"].to_numpy() if "reports" in frame.columns else np.ones(len(frame), dtype=int))
    out = []
    for (date_text, start, end, actor, place, kind, status, sentence), count in zip(rows, reports, strict=True):
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
            + (f"<br><i>{int(count)} reports of this incident</i>" if count > 1 else "")
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
    title = fig.layout.title.text or f"{len(dated):,} {_unit(dated)}"
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
        title={"text": f"{len(dated):,} {_unit(dated)} (points: exact day; bars: the range of a coarser date)"},
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
                hovertemplate=f"%{{customdata[2]}} {_unit(dated)} in the {unit} of %{{customdata[1]}}<br>"
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
        title={"text": f"{len(dated):,} {_unit(dated)}: too many to draw one by one, shown as counts per "
                       f"{unit} (darker: more)"},
        meta={"aggregated": True, "period": unit},
    )
    return fig


def is_aggregated(fig: go.Figure) -> bool:
    meta = fig.layout.meta
    return isinstance(meta, Mapping) and bool(meta.get("aggregated"))

