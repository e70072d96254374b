"""Timeline: events on a time axis, lanes by actor or type; select an event to read its evidence."""

from __future__ import annotations

import streamlit as st

from conflict_timeline.charts import is_aggregated
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
