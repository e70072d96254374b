"""Bases map (offline): places sized by their events in view, coloured by the dominant event type."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from conflict_timeline.charts import map_figure
from conflict_timeline.ui import data, state
from conflict_timeline.ui.common import (
    PENDING_PLACE,
    arabic_names,
    chart_picks,
    current_filter,
    filter_caption,
    new_selection,
    with_arabic,
)
from conflict_timeline.ui.entry import require_entry
from conflict_timeline.ui.state import escape_markdown

# How a link may spell the bound `tiles` toggle (Streamlit reads true/false in any case).
TILES_VALUES = frozenset({"true", "false", "True", "False", "TRUE", "FALSE"})

require_entry()
st.title("Bases map")
flt = current_filter()
frame = data.load_events()
names = arabic_names(data.revision())
# The map shows every place that passes the other filters, so a selected base can be changed here.
around = replace(flt, places=())
points = data.map_points(around)
filter_caption(around, int(points.points["events"].sum()) + points.left_out, len(data.filtered(around)),
               len(frame))
if flt.places:
    st.caption("The map shows every place that passes the other filters; the selected places are ringed.")

state.sanitize_option("tiles", TILES_VALUES, empty=False)
online = st.toggle("Online map tiles (OpenStreetMap)", value=False, key="tiles", bind="query-params",
                   help="Off: drawn offline from the bundled country boundaries. On: loads map tiles from "
                        "the internet.")
boundaries = data.boundaries()
if boundaries is None and not online:
    st.caption("Country boundaries are not available; places are drawn on a blank background.")
fig = map_figure(points.points, boundaries=boundaries, online_tiles=online, selected=flt.places)
selection = st.plotly_chart(fig, key="map_chart", on_select="rerun", selection_mode=("points", "box", "lasso"),
                            width="stretch", config={"scrollZoom": True})
if points.left_out:
    st.caption(f"{points.left_out:,} events are not drawn: they are placed only at country level or have no "
               "coordinates (they still count in the other views).")

picked = chart_picks(selection)
if new_selection("_map_selection", picked):
    with_events = [p for p in picked if p in data.choices().places]
    if not with_events:
        st.info(escape_markdown("No events at " + ", ".join(with_arabic(p, names) for p in picked)
                                + " in the stored data."))
    elif list(flt.places) != with_events:
        st.session_state[PENDING_PLACE] = with_events
        st.rerun()



def _place_picked() -> None:
    # a callback runs before the widgets of the next run exist, so the picker can be reset here
    chosen = st.session_state.get("map_place_pick")
    if chosen:
        st.session_state[PENDING_PLACE] = [chosen]
        st.session_state["map_place_pick"] = ""


options = points.points.loc[points.points["events"] > 0, "location"].tolist()
st.selectbox("Or choose a place", ["", *options], index=0, key="map_place_pick", on_change=_place_picked,
             format_func=lambda p: with_arabic(p, names) if p else "—")

if flt.places:
    st.success(escape_markdown("Filtered to: " + ", ".join(with_arabic(p, names) for p in flt.places)
                               + ". The other pages show these places only (clear them in the sidebar)."))
    if st.button("Clear the place filter", key="map_clear"):
        st.session_state[PENDING_PLACE] = []
        st.rerun()

table = points.points[points.points["events"] > 0].head(30)
if not table.empty:
    st.dataframe(table[["location", "location_ar", "country", "geo_precision", "events", "dominant_type"]],
                 hide_index=True, width="stretch")
