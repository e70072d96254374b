"""Timeline: events on a time axis, lanes by actor or type; select an event to read its evidence."""

from __future__ import annotations

import streamlit as st

from conflict_timeline.charts import is_aggregated
from conflict_timeline.filters import DATE_MAX, DATE_MIN, DATES, family_members
from conflict_timeline.ui import data, state
from conflict_timeline.ui.common import (
    arabic_names,
    chart_picks,
    current_filter,
    filter_caption,
    new_selection,
    selected_event,
)
from conflict_timeline.ui.entry import require_entry
from conflict_timeline.ui.state import escape_markdown

LANES = ("actor", "type")

require_entry()
st.title("Timeline")
flt = current_filter()
frame = data.load_events()
view = data.filtered(flt)
incidents = data.incident_view(flt)
names = arabic_names(data.revision())

state.sanitize_option("lane", LANES, empty="actor")
state.sanitize_option("event", data.event_ids(), empty="")

top = st.columns([2, 3])
with top[0]:
    # No format_func: a bound widget writes its option labels into the URL, and the link carries actor/type.
    lane = st.segmented_control("Lanes by", LANES, default="actor", key="lane", bind="query-params",
                                required=True) or "actor"
with top[1]:
    filter_caption(flt, len(incidents), len(view), len(frame))

members = family_members(view, flt.actors)
if members:
    st.info(escape_markdown("; ".join(f"{family} is a family: its members {', '.join(names_)} are shown too"
                                      for family, names_ in members.items()) + "."), icon=":material/groups:")

dated = frame["date_start"].dropna()
if not dated.empty:
    first, last = dated.min().date(), max(frame["date_end"].max(), dated.max()).date()
    first, last = max(first, DATE_MIN), min(last, DATE_MAX)
    low, high = flt.dates or (first, last)
    low, high = min(max(low, first), last), max(min(high, last), first)
    zoom_key = f"zoom_{low}_{high}"  # a new control when the filter changes elsewhere: it shows the filter

    def _zoom(key: str) -> None:
        # a callback runs before the sidebar exists in the next run: the date filter (and the link) follows
        chosen = st.session_state.get(key)
        if chosen and len(chosen) == 2:
            st.session_state[DATES] = (chosen[0], chosen[1])

    if first < last:
        st.slider("Zoom to dates (sets the date filter and the link)", min_value=first, max_value=last,
                  value=(low, high), format="YYYY-MM-DD", key=zoom_key, on_change=_zoom, args=(zoom_key,))

fig = data.timeline_figure(flt, lane)
aggregated = is_aggregated(fig)
if aggregated:
    st.info("Too many events to draw one by one: the chart shows counts per lane and period. "
            "Narrow the filters (dates, actors, places) to see single events and select them.")
selection = st.plotly_chart(fig, key="timeline_chart", on_select="rerun", selection_mode=("points", "box"),
                            width="stretch")

# A selected point becomes the bound `event` option, so the selection is part of the link.
picked = chart_picks(selection) if not aggregated else []
if new_selection("_timeline_selection", picked):
    st.session_state["event"] = picked[0]
if len(picked) > 1:
    st.caption(f"{len(picked)} events selected; showing the first. Click a single event to read another.")

if not selected_event(view, names, key="timeline_evidence", help="Click an event in the chart, or paste an event id."):
    st.caption("Click an event (a point or a bar) to read the sentence it comes from.")
