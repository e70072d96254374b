"""Troop levels: the stated numbers over time, as claims of their sources."""

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

