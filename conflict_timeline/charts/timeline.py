"""The timeline: incidents on a time axis, one lane per actor (or type), counts above a threshold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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


LANE_PX = 26  # vertical room per lane
SPREAD = 0.34  # same-day events of one lane are spread over this much of the lane, up and down
MIN_SPAN = pd.Timedelta(days=30)  # the narrowest date axis (one event must not read 23:59:59.999)


@dataclass(frozen=True)
class Lanes:
    """The lanes of the timeline, top to bottom: their tick labels and each row's lane position."""

    ticks: list[str]  # top to bottom; a family heads the lanes of its members
    position: np.ndarray  # per row: the index in `ticks`


def lane_layout(frame: pd.DataFrame, lane: str, limit: int = MAX_LANES) -> Lanes:
    """Lanes by event type, or by actor grouped by family: a family's own lane (or a heading when it has no
    events of its own) with its members' lanes under it, marked ↳. The busiest lanes are kept (`limit`),
    the rest share one 'other' lane at the bottom."""
    labels = _top_lanes(_lane_labels(frame, lane), limit)
    if lane == "type":
        order = [k for k in EVENT_TYPES if k in set(labels)] + sorted(set(labels) - set(EVENT_TYPES))
        index = {name: i for i, name in enumerate(order)}
        return Lanes(ticks=order, position=labels.map(index).to_numpy(dtype=int))
    actor = frame["actor"].astype(str).to_numpy(dtype=object)
    group = (frame["actor_group"].astype(object).fillna("").astype(str).to_numpy(dtype=object)
             if "actor_group" in frame else np.full(len(frame), "", dtype=object))
    family = np.where((group != "") & (group != actor), group, "")
    table = pd.DataFrame({"label": labels.to_numpy(), "actor": actor, "family": family})
    table = table.drop_duplicates("label")
    own = {a: lab for a, lab in zip(table["actor"], table["label"], strict=True)}
    member_of = {lab: fam for lab, fam in zip(table["label"], table["family"], strict=True)
                 if fam and not lab.startswith("(other")}
    heads = sorted({fam for fam in member_of.values()})
    ticks: list[str] = []
    where: dict[str, int] = {}
    others = sorted(lab for lab in table["label"] if lab not in member_of and lab.startswith("(other"))
    singles = sorted(lab for lab in table["label"] if lab not in member_of and not lab.startswith("(other")
                     and lab not in {own.get(h) for h in heads})
    for name in sorted([("f", h) for h in heads] + [("s", lab) for lab in singles], key=lambda x: x[1].casefold()):
        if name[0] == "s":
            where[name[1]] = len(ticks)
            ticks.append(name[1])
            continue
        head = own.get(name[1], name[1])  # the family's own lane, or a heading
        where[head] = len(ticks)
        ticks.append(head)
        for member in sorted(lab for lab, fam in member_of.items() if fam == name[1]):
            where[member] = len(ticks)
            ticks.append(f"   ↳ {member}")
    for lab in others:
        where[lab] = len(ticks)
        ticks.append(lab)
    return Lanes(ticks=ticks, position=labels.map(where).to_numpy(dtype=int))


def spread_offsets(position: np.ndarray, day: np.ndarray) -> np.ndarray:
    """An offset per point so that points of one lane on one day do not cover each other (0 when alone)."""
    keys = pd.DataFrame({"p": position, "d": day})
    rank = keys.groupby(["p", "d"], sort=False).cumcount().to_numpy()
    size = keys.groupby(["p", "d"], sort=False)["p"].transform("size").to_numpy()
    step = np.where(size > 1, 2 * SPREAD / np.maximum(size - 1, 1), 0.0)
    return np.where(size > 1, -SPREAD + rank * step, 0.0)


def date_range(start: pd.Series, end: pd.Series) -> list[pd.Timestamp]:
    """The date axis range: the data's span with a margin, at least MIN_SPAN wide."""
    low, high = start.min(), max(end.max(), start.max()) + pd.Timedelta(days=1)
    if high - low < MIN_SPAN:
        middle = low + (high - low) / 2
        return [middle - MIN_SPAN / 2, middle + MIN_SPAN / 2]
    pad = (high - low) * 0.04
    return [low - pad, high + pad]


def _event_figure(dated: pd.DataFrame, lane: str) -> go.Figure:
    lanes = lane_layout(dated, lane)
    end = dated["date_end"].fillna(dated["date_start"])
    is_point = (dated["date_precision"].astype(str) == "day").to_numpy() | (end == dated["date_start"]).to_numpy()
    hover = np.array(_hover_text(dated), dtype=object)
    ids = dated["event_id"].to_numpy()
    y = lanes.position.astype(float)
    day = dated["date_start"].to_numpy().astype("datetime64[D]").astype(np.int64)
    y = y + np.where(is_point, spread_offsets(np.where(is_point, lanes.position, -1), day), 0.0)
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
                    y=y[spans].tolist(),
                    width=0.6,
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
                    y=y[points].tolist(),
                    customdata=ids[points].reshape(-1, 1).tolist(),
                    hovertext=hover[points].tolist(),
                    hovertemplate="%{hovertext}<extra></extra>",
                    marker={"color": TYPE_COLOURS[kind], "size": 9, "line": {"width": 0.5, "color": "white"}},
                )
            )
    n = len(lanes.ticks)
    fig.update_layout(
        barmode="overlay",
        height=max(320, 110 + LANE_PX * n),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"title": "event type"},
        xaxis={"type": "date", "title": None, "range": date_range(dated["date_start"], end),
               "hoverformat": "%Y-%m-%d"},
        yaxis={"title": None, "tickmode": "array", "tickvals": list(range(n)), "ticktext": lanes.ticks,
               "range": [n - 0.5, -0.5], "showgrid": True, "gridcolor": "#eeeeee", "zeroline": False},
        hovermode="closest",
        meta={"lanes": lanes.ticks},
        title={"text": f"{len(dated):,} {_unit(dated)} (points: exact day, spread when on the same day; "
                       "bars: the range of a coarser date)"},
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

