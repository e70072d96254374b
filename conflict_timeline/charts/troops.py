"""Troop levels: the stated numbers over time, as claims of their sources.

Each source's figures for one force are a series of their own: points, joined only within that source and
only across adjacent claims less than GAP_DAYS apart, so a gap in the data stays a gap and two sources'
figures are never read as a change. Different figures for the same forces stated within CONFLICT_DAYS
of each other are a conflict: both values and their sources are marked side by side.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from conflict_timeline.charts.common import (
    SENTENCE_CHARS,
    STATUS_SYMBOLS,
    TYPE_COLOURS,
    UNKNOWN,
    _empty_figure,
    _safe,
    _texts,
)

GAP_DAYS = 180  # claims of one source further apart than this are not joined
CONFLICT_DAYS = 28  # different figures for the same forces within this many days conflict
CONFLICTING_STATUSES = ("confirmed", "reported", "claimed")  # a plan or a denial is not a stated level
SOURCE_CHARS = 60
LABEL_PX_PER_CHAR = 7.0  # width of an annotation character at font size 11, for the overlap test
PLOT_PX = 1000.0  # the plot width the labels are laid out for (the page is at least this wide)
LABEL_ROWS = 4
CONFLICT_COLUMNS: tuple[str, ...] = ("forces", "first date", "first figure", "first status", "first source",
                                     "second date", "second figure", "second status", "second source",
                                     "days apart", "first id", "second id")

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


def _source_label(source: str) -> str:
    return (source or UNKNOWN)[:SOURCE_CHARS] + ("…" if len(source or "") > SOURCE_CHARS else "")


def troop_conflicts(claims: pd.DataFrame, days: int = CONFLICT_DAYS) -> pd.DataFrame:
    """Pairs of claims for the same forces, stated within `days` of each other, with different figures.

    Only adjacent claims in time are compared (no pairwise loop): each stated level against the next one
    of the same forces. Plans and denials are not stated levels and do not conflict."""
    stated = claims[claims["from"].notna() & claims["status"].isin(CONFLICTING_STATUSES)]
    if len(stated) < 2:
        return pd.DataFrame(columns=list(CONFLICT_COLUMNS))
    stated = stated.assign(_mid=_midpoints(stated["from"], stated["to"]))
    stated = stated.sort_values(["_series", "_mid"], kind="stable").reset_index(drop=True)
    first, second = stated.iloc[:-1].reset_index(drop=True), stated.iloc[1:].reset_index(drop=True)
    apart = (second["_mid"] - first["_mid"]).dt.days
    hit = ((first["_series"] == second["_series"]) & (apart <= days)
           & (first["troops"].astype(float) != second["troops"].astype(float))).to_numpy()
    first, second, apart = first[hit], second[hit], apart[hit]
    return pd.DataFrame({
        "forces": first["_series"].to_numpy(),
        "first date": first["_mid"].dt.date.to_numpy(),
        "first figure": first["troops"].to_numpy(),
        "first status": first["status"].to_numpy(),
        "first source": first["source"].to_numpy(),
        "second date": second["_mid"].dt.date.to_numpy(),
        "second figure": second["troops"].to_numpy(),
        "second status": second["status"].to_numpy(),
        "second source": second["source"].to_numpy(),
        "days apart": apart.to_numpy(),
        "first id": first["event_id"].to_numpy(),
        "second id": second["event_id"].to_numpy(),
    }, columns=list(CONFLICT_COLUMNS))


def _joined(part: pd.DataFrame, mid: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """x and y of the lines of one force: each source's stated levels in time order, broken (None) where
    the source changes or the next claim is more than GAP_DAYS later."""
    stated = part[(part["status"] != "denied").to_numpy()]
    if stated.empty:
        return np.array([], dtype="datetime64[ns]"), np.array([], dtype=float)
    when = mid[(part["status"] != "denied").to_numpy()]
    table = pd.DataFrame({"source": stated["source"].to_numpy(), "x": when.to_numpy(),
                          "y": stated["troops"].astype(float).to_numpy()}).sort_values(["source", "x"], kind="stable")
    source, x, y = table["source"].to_numpy(), table["x"].to_numpy(), table["y"].to_numpy(dtype=object)
    cut = np.flatnonzero((source[1:] != source[:-1]) | ((x[1:] - x[:-1]) > np.timedelta64(GAP_DAYS, "D"))) + 1
    # arrays with gaps (NaT, NaN) rather than lists with None: plotly validates lists item by item
    xs = np.insert(x.astype("datetime64[ns]"), cut, np.datetime64("NaT"))
    ys = np.insert(y.astype(float), cut, np.nan)
    return xs, ys


def troop_levels_figure(
    frame: pd.DataFrame, max_series: int = 12, max_annotations: int = 30, max_claims: int = 2000
) -> go.Figure:
    """Stated troop numbers over time as claims: points per force (colour) and status (symbol), joined
    only within one source and across adjacent claims; conflicting figures ringed in red and joined by
    a dotted line. A date range is drawn as a bar from date_start to date_end at the stated level.
    Deployments and withdrawals are triangles with their change (+n / −n) labelled above the plot, in
    rows, so that labels never overlap each other or the axes.
    """
    claims = troop_claims(frame)
    claims = claims[claims["from"].notna()]
    if claims.empty:
        return _empty_figure("No stated troop numbers with a date in this view")
    top = claims["_series"].value_counts().index[:max_series]
    claims = claims[claims["_series"].isin(top)]
    stated = len(claims)
    if stated > max_claims:  # keep the figure light: the latest claim per series, source, month and status
        month = claims["from"].dt.to_period("M")
        claims = claims.assign(_month=month).drop_duplicates(["_series", "source", "_month", "status"], keep="last")
    fig = go.Figure()
    palette = list(TYPE_COLOURS.values())
    for i, series in enumerate(top):
        part = claims[claims["_series"] == series]
        colour = palette[i % len(palette)]
        mid = _midpoints(part["from"], part["to"])
        xs, ys = _joined(part, mid)
        fig.add_trace(
            go.Scatter(
                name=series,
                legendgroup=series,
                x=xs,
                y=ys,
                mode="lines",
                line={"color": colour, "width": 1.5},
                connectgaps=False,
                hoverinfo="skip",
            )
        )
        ranged = part[part["to"] > part["from"]]
        if not ranged.empty:
            rx: list = []
            ry: list = []
            for start, stop, troops in zip(ranged["from"], ranged["to"], ranged["troops"], strict=True):
                rx += [start, stop, None]
                ry += [float(troops), float(troops), None]
            fig.add_trace(
                go.Scatter(
                    name=f"{series}: date range",
                    legendgroup=series,
                    showlegend=False,
                    x=rx,
                    y=ry,
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
                        f"source: {_safe(_source_label(src))}<br>as written: {_safe(dt, 60)}<br>"
                        f"{_safe(s, SENTENCE_CHARS)}"
                        for t, st, dt, src, s in zip(
                            sub["troops"].to_numpy(dtype=object), _texts(sub["status"]),
                            _texts(sub["date as written"]), _texts(sub["source"]), _texts(sub["sentence"]),
                            strict=True,
                        )
                    ],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    _add_conflicts(fig, troop_conflicts(claims))
    notes = _add_movements(fig, frame, claims, max_annotations, thin=stated > max_claims)
    rows = 1 + max((n["_row"] for n in notes), default=-1)
    for note in notes:
        note.pop("_row")
    fig.update_layout(annotations=notes)  # at once: adding them one by one is quadratic in plotly
    thinned = f"; {stated:,} claims, one per series, source, month and status drawn" if stated > max_claims else ""
    fig.update_layout(
        height=540,
        margin={"l": 10, "r": 10, "t": 60 + 18 * rows, "b": 10},
        xaxis={"type": "date", "title": None},
        yaxis={"title": "troops stated", "rangemode": "tozero"},
        hovermode="closest",
        legend={"title": "forces (lines join one source's claims)"},
        title={"text": "Stated troop levels, claim by claim (● confirmed, ◇ reported, ■ claimed, ✕ denied, "
               "△ planned; red rings: conflicting figures)" + thinned,
               "font": {"size": 14}, "y": 0.99, "yanchor": "top"},
    )
    return fig


def _add_conflicts(fig: go.Figure, conflicts: pd.DataFrame) -> None:
    """Both figures of each conflict ringed in red and joined by a dotted red line, sources in the hover."""
    if conflicts.empty:
        return
    first_date = pd.to_datetime(conflicts["first date"]).to_numpy()
    second_date = pd.to_datetime(conflicts["second date"]).to_numpy()
    n = len(conflicts)
    xs = np.column_stack([first_date, second_date, np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")])
    ys = np.column_stack([conflicts["first figure"].astype(float), conflicts["second figure"].astype(float),
                          np.full(n, np.nan)])
    texts = [f"<b>conflicting figures</b> for {_safe(forces)}<br>"
             f"{int(a):,} ({_safe(sa)}, {da}) by {_safe(_source_label(src_a))}<br>"
             f"{int(b):,} ({_safe(sb)}, {db}) by {_safe(_source_label(src_b))}"
             for forces, da, a, sa, src_a, db, b, sb, src_b in zip(
                 conflicts["forces"], conflicts["first date"], conflicts["first figure"], conflicts["first status"],
                 conflicts["first source"], conflicts["second date"], conflicts["second figure"],
                 conflicts["second status"], conflicts["second source"], strict=True)]
    hover = np.column_stack([texts, texts, [""] * n]).ravel()
    fig.add_trace(
        go.Scatter(
            name="conflicting figures",
            x=xs.ravel(),
            y=ys.ravel(),
            mode="lines+markers",
            line={"color": "#d62728", "width": 1.5, "dash": "dot"},
            marker={"symbol": "circle-open", "size": 20, "color": "#d62728", "line": {"width": 2}},
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )


def _levels_at(claims: pd.DataFrame, series: pd.Series, when: pd.Series) -> np.ndarray:
    """The stated (not denied) level of each series nearest in time to each moment (NaN without any)."""
    known = claims[claims["status"] != "denied"][["_series", "from", "troops"]].dropna()
    known = known.assign(troops=known["troops"].astype(float)).sort_values("from")
    query = pd.DataFrame({"_series": series.to_numpy(), "from": when.to_numpy(), "_row": np.arange(len(when))})
    merged = pd.merge_asof(query.sort_values("from"), known, on="from", by="_series", direction="nearest")
    return merged.sort_values("_row")["troops"].to_numpy(dtype=float)


def label_rows(xs: list[pd.Timestamp], texts: list[str], span: pd.Timedelta, rows: int = LABEL_ROWS) -> list[int]:
    """A row (0 = nearest the plot) for each label so that labels in one row do not overlap: each label is
    as wide as its text at LABEL_PX_PER_CHAR on a plot PLOT_PX wide showing `span`; -1 when no row has room.
    Greedy in time order."""
    per_px = span / PLOT_PX if span > pd.Timedelta(0) else pd.Timedelta(days=1)
    ends: list[pd.Timestamp | None] = [None] * rows
    out = [-1] * len(xs)
    for i in sorted(range(len(xs)), key=lambda k: xs[k]):
        half = per_px * (len(texts[i]) * LABEL_PX_PER_CHAR / 2 + 4)
        left, right = xs[i] - half, xs[i] + half
        for row in range(rows):
            if ends[row] is None or ends[row] < left:
                ends[row] = right
                out[i] = row
                break
    return out


def _add_movements(
    fig: go.Figure, frame: pd.DataFrame, claims: pd.DataFrame, max_annotations: int, thin: bool = False
) -> list[dict]:
    """Triangles for deployments and withdrawals at the level of their forces; the labels of their numbers
    (returned as annotations with a `_row`) sit in rows above the plot."""
    moves = frame[
        frame["event_type"].astype(str).isin(("deployment", "withdrawal")) & frame["date_start"].notna()
    ]
    if moves.empty:
        return []
    moves = moves.assign(_series=_series_names(moves))
    moves = moves[moves["_series"].isin(set(claims["_series"]))]
    if moves.empty:
        return []
    if thin:
        month = moves["date_start"].dt.to_period("M")
        moves = moves.assign(_month=month).drop_duplicates(["_series", "_month", "event_type"], keep="last")
    when = _midpoints(moves["date_start"], moves["date_end"].fillna(moves["date_start"]))
    levels = _levels_at(claims, moves["_series"], when)
    stated = moves["troops"].astype("Float64").fillna(0.0).to_numpy(dtype=float)
    ys = np.where(np.isnan(levels), stated, levels)
    labelled: list[tuple[pd.Timestamp, str, str]] = []
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
        labelled += [(x, ("▲ " if sign == "+" else "▼ ") + label, kind)
                     for x, label, t in zip(when[chosen], labels, sub["troops"], strict=True) if pd.notna(t)]
    labelled = sorted(labelled, key=lambda note: note[0])[:max_annotations]
    if not labelled:
        return []
    xs = [x for x, _, _ in labelled]
    dates = pd.concat([claims["from"], claims["to"], pd.Series(xs)])
    rows = label_rows(xs, [t for _, t, _ in labelled], dates.max() - dates.min())
    return [
        {"x": x, "y": 1, "xref": "x", "yref": "paper", "yanchor": "bottom", "yshift": 2 + 18 * row,
         "text": _safe(text), "showarrow": False, "font": {"size": 11, "color": TYPE_COLOURS[kind]}, "_row": row}
        for (x, text, kind), row in zip(labelled, rows, strict=True) if row >= 0
    ]
