"""Troop levels: the stated numbers over time per country (and base), with their status and source."""

from __future__ import annotations

import streamlit as st

from conflict_timeline.ui import data
from conflict_timeline.ui.common import current_filter, filter_caption
from conflict_timeline.ui.entry import require_entry

require_entry()
st.title("Troop levels")
flt = current_filter()
frame = data.load_events()
claims = data.troop_claims(flt)
filter_caption(flt, len(data.filtered(flt)), len(frame))
st.caption("Each marker is one claim: a number of troops stated by one source at one time. Different sources "
           "often give different numbers for the same forces; the table below lists them side by side.")

st.plotly_chart(data.troop_levels_figure(flt), key="troops_chart", on_select="rerun",
                selection_mode=("points",), width="stretch")

st.subheader(f"Claims ({len(claims):,})")
if claims.empty:
    st.info("No stated troop numbers in this view.")
else:
    if len(claims) > 50_000:
        st.caption(f"Showing the latest 50,000 of {len(claims):,} claims.")
    st.dataframe(
        claims.drop(columns=["event_id"]).tail(50_000),
        hide_index=True,
        width="stretch",
        column_config={
            "from": st.column_config.DateColumn("from", format="YYYY-MM-DD"),
            "to": st.column_config.DateColumn("to", format="YYYY-MM-DD"),
            "troops": st.column_config.NumberColumn("troops", format="%d"),
            "sentence": st.column_config.TextColumn("sentence", width="large"),
        },
    )
