"""Troop levels: the stated numbers over time per side and country (or base), with their status and source."""

from __future__ import annotations

import streamlit as st

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

MAX_ROWS = 50_000  # claims sent to the browser

require_entry()
st.title("Troop levels")
flt = current_filter()
frame = data.load_events()
view = data.filtered(flt)
incidents = data.incident_view(flt)
names = arabic_names(data.revision())
claims = data.troop_claims(flt)
filter_caption(flt, len(incidents), len(view), len(frame))
state.sanitize_option("event", data.event_ids(), empty="")
st.caption("Each marker is one claim: a number of troops stated by one source at one time. One line per side "
           "(the Pentagon, CENTCOM and the US military are all the United States) and country or base. "
           "Different sources often give different numbers for the same forces; the table below lists them "
           "side by side.")

selection = st.plotly_chart(data.troop_levels_figure(flt), key="troops_chart", on_select="rerun",
                            selection_mode=("points",), width="stretch")
# A clicked claim (or movement) becomes the bound `event` option, as on the timeline.
picked = chart_picks(selection)
if new_selection("_troops_selection", picked):
    st.session_state["event"] = picked[0]
selected_event(view, names, key="troops_evidence", help="Click a marker in the chart, or paste an event id.")

st.subheader(f"Claims ({len(claims):,})")
if claims.empty:
    st.info("No stated troop numbers in this view.")
else:
    if len(claims) > MAX_ROWS:
        st.caption(f"Showing the latest {MAX_ROWS:,} of {len(claims):,} claims.")
    st.dataframe(
        claims.drop(columns=["event_id"]).tail(MAX_ROWS),
        hide_index=True,
        width="stretch",
        column_config={
            "from": st.column_config.DateColumn("from", format="YYYY-MM-DD"),
            "to": st.column_config.DateColumn("to", format="YYYY-MM-DD"),
            "troops": st.column_config.NumberColumn("troops", format="%d"),
            "series": st.column_config.TextColumn("line", help="The chart line of the claim: side and place"),
            "sentence": st.column_config.TextColumn("sentence", width="large"),
        },
    )
