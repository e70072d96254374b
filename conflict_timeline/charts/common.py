"""Shared pieces of the figures: colours, symbols, safe hover text, names with their Arabic beside them."""

from __future__ import annotations

import html

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

