"""Events: the incidents of the filtered view (reports of one incident in one row, expandable into its
reports), and downloads of the reports as CSV (ACLED-style columns) and JSON Lines."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from conflict_timeline import export
from conflict_timeline.filters import file_stem
from conflict_timeline.incidents import label_reports
from conflict_timeline.ui import data, state
from conflict_timeline.ui.common import (
    arabic_names,
    current_filter,
    filter_caption,
    new_selection,
    selected_event,
)
from conflict_timeline.ui.entry import require_entry

MAX_ROWS = 50_000  # rows sent to the browser; downloads always hold the whole view

require_entry()
st.title("Events")
flt = current_filter()
frame = data.load_events()
view = data.filtered(flt)
incidents = data.incident_view(flt)
names = arabic_names(data.revision())
filter_caption(flt, len(incidents), len(view), len(frame))

state.sanitize_option("event", data.event_ids(), empty="")

COLUMNS = ["date_start", "date_end", "event_type", "actor", "location", "reports", "sources", "status",
           "fatalities", "troops", "injured", "source_status", "figures_note", "date_text", "country", "sentence",
           "actor_ar", "location_ar", "target", "confidence", "event_id"]
st.caption("One row per incident: the reports of one incident in several articles are one row, with the "
           "best-supported actor, date and figures (never added up) and what each source says. Select a row "
           "to see its reports.")
shown = data.latest_incidents(flt, MAX_ROWS)
if len(incidents) > MAX_ROWS:
    st.caption(f"Showing the latest {MAX_ROWS:,} of {len(incidents):,} incidents; the downloads hold all "
               "the reports.")
selection = st.dataframe(
    shown[[c for c in COLUMNS if c in shown.columns]],
    key="events_table",
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    column_config={
        "date_start": st.column_config.DateColumn("from", format="YYYY-MM-DD"),
        "date_end": st.column_config.DateColumn("to", format="YYYY-MM-DD"),
        "date_text": st.column_config.TextColumn("date as written"),
        "troops": st.column_config.NumberColumn("troops", format="%d"),
        "fatalities": st.column_config.NumberColumn("killed", format="%d"),
        "injured": st.column_config.NumberColumn("injured", format="%d"),
        "reports": st.column_config.NumberColumn("reports", help="Stored reports of this incident"),
        "sources": st.column_config.NumberColumn("articles", help="Articles that report it"),
        "source_status": st.column_config.TextColumn("what each source says", width="medium"),
        "figures_note": st.column_config.TextColumn("figures differ", help="Figures stated by the reports "
                                                    "(number of articles in brackets)"),
        "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="%.2f"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
        "event_id": st.column_config.TextColumn("id", width="small"),
    },
)
rows = selection.get("selection", {}).get("rows", []) if selection else []
rows = [r for r in rows if 0 <= r < len(shown)]  # a selection from before the filter changed
if new_selection("_events_selection", rows):
    st.session_state["event"] = str(shown.iloc[rows[0]]["event_id"])

selected_event(view, names, key="events_evidence", help="Select a row, or paste an event id.")

st.subheader("Download this view")
st.caption("Every report in the filter, one row each, with the id of its incident and its number of reports "
           "(figures of one incident must not be added up).")
stem = file_stem(flt)


def _reports() -> object:
    articles = data.articles()
    urls = dict(zip(articles["article_id"], articles.get("url", pd.Series("", index=articles.index)).fillna(""),
                    strict=True))
    titles = dict(zip(articles["article_id"], articles["title"].fillna(""), strict=True))
    labelled = label_reports(view, data.incident_numbers()[data.positions(view)])
    return export.with_articles(labelled, urls, titles)


def _csv() -> bytes:
    return (export.to_acled_csv(_reports()) or "").encode("utf-8")  # starts with a byte-order mark


def _jsonl() -> bytes:
    return (export.to_jsonl(_reports()) or "").encode("utf-8")


def _geojson() -> bytes:
    return export.to_geojson_text(_reports()).encode("utf-8")


# The files are made only when a button is clicked (deferred), so large views cost nothing until then.
cols = st.columns(3)
cols[0].download_button("CSV (ACLED-style columns)", _csv, file_name=f"{stem}.csv", mime="text/csv",
                        key="download_csv", on_click="ignore")
cols[1].download_button("JSON Lines", _jsonl, file_name=f"{stem}.jsonl", mime="application/x-ndjson",
                        key="download_jsonl", on_click="ignore")
cols[2].download_button("GeoJSON (events with coordinates)", _geojson, file_name=f"{stem}.geojson",
                        mime="application/geo+json", key="download_geojson", on_click="ignore")
