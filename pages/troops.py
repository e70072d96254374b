"""Troop levels: the stated numbers over time per side and country (or base), with their status and source."""

from __future__ import annotations

import streamlit as st

from conflict_timeline.charts import troops as charts
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
st.caption("Each marker is one claim: a number of troops stated by one source at one time. One colour per side "
           "(the Pentagon, CENTCOM and the US military are all the United States) and country or base; a line "
           "joins only one source's claims that follow each other, so a gap in the data stays a gap and two "
           "sources' figures never read as a change. Different figures for the same forces within "
           f"{charts.CONFLICT_DAYS} days are ringed in red and listed below.")

selection = st.plotly_chart(data.troop_levels_figure(flt), key="troops_chart", on_select="rerun",
                            selection_mode=("points",), width="stretch")
# A clicked claim (or movement) becomes the bound `event` option, as on the timeline.
picked = chart_picks(selection)
if new_selection("_troops_selection", picked):
    st.session_state["event"] = picked[0]
selected_event(view, names, key="troops_evidence", help="Click a marker in the chart, or paste an event id.")

conflicts = data.troop_conflicts(flt)
if not conflicts.empty:
    st.subheader(f"Conflicting figures ({len(conflicts):,})")
    st.caption("Two figures for the same forces stated within a few weeks of each other: neither is "
               "confirmed by the other. Both values and their sources, side by side.")
    st.dataframe(conflicts.drop(columns=["first id", "second id"]), hide_index=True, width="stretch",
                 key="troop_conflicts",
                 column_config={"first figure": st.column_config.NumberColumn("first figure", format="%d"),
                                "second figure": st.column_config.NumberColumn("second figure", format="%d"),
                                "first source": st.column_config.TextColumn("first source", width="medium"),
                                "second source": st.column_config.TextColumn("second source", width="medium")})

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
