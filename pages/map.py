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
# the caption names the whole active filter, places included; the map itself shows the places around them
filter_caption(flt, len(data.incident_view(flt)), len(data.filtered(flt)), len(frame))
if flt.places:
    st.caption(escape_markdown("The map shows every place that passes the other filters, so that the choice can "
                               "be changed here; the chosen places (" + ", ".join(flt.places)
                               + ") are ringed."))

state.sanitize_option("tiles", TILES_VALUES, empty=False)
online = st.toggle("Online map tiles (OpenStreetMap)", value=False, key="tiles", bind="query-params",
                   help="Off: drawn offline from the bundled boundaries, rivers and cities (Natural Earth). On: "
                        "loads map tiles from the internet.")
boundaries = data.boundaries()
if boundaries is None and not online:
    st.caption("Country boundaries are not available; places are drawn on a blank background.")
fig = map_figure(points.points, boundaries=boundaries, online_tiles=online, selected=flt.places,
                 base=data.base_layers())
map_col, side = st.columns([3, 1])
with map_col:
    selection = st.plotly_chart(fig, key="map_chart", on_select="rerun",
                                selection_mode=("points", "box", "lasso"), width="stretch",
                                config={"scrollZoom": True})
with side:
    st.markdown("**Not on the map**")
    if points.left_out and points.by_country is not None:
        st.caption(f"{points.left_out:,} incidents are known only by their country (or have no place); "
                   "they count in every other view:")
        st.dataframe(points.by_country, hide_index=True, width="stretch", key="map_by_country",
                     column_config={"events": st.column_config.NumberColumn("incidents")})
    else:
        st.caption("Every incident in view has a place on the map.")
    unlabelled = (fig.layout.meta or {}).get("unlabelled", 0) if not online else 0
    if unlabelled:
        st.caption(f"{unlabelled} place{'s' if unlabelled > 1 else ''} too close to others to be labelled: "
                   "hover or zoom (scroll) to read the name.")

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
