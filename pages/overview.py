"""Overview: how many events the view holds, the latest ones, what the data covers, where to go next."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from conflict_timeline.ui import data
from conflict_timeline.ui.common import arabic_names, current_filter, filter_caption, with_arabic
from conflict_timeline.ui.entry import require_entry
from conflict_timeline.ui.state import escape_markdown

require_entry()
st.title("Foreign military presence in Iraq and Syria")
st.caption("Events extracted from news articles (mostly Arabic): deployments, withdrawals, troop levels, "
           "attacks on bases, airstrikes, statements and denials, each with the sentence that says so.")

flt = current_filter()
frame = data.load_events()
view = data.filtered(flt)
incidents = data.incident_view(flt)
names = arabic_names(data.revision())
filter_caption(flt, len(incidents), len(view), len(frame))

cols = st.columns(5)
cols[0].metric("Incidents", f"{len(incidents):,}", help="Reports of one incident in several articles count once.")
cols[1].metric("Reports", f"{len(view):,}", help="Events as extracted, one per report.")
cols[2].metric("Articles", f"{view['article_id'].nunique():,}")
cols[3].metric("Sources", f"{view['source'].replace('', pd.NA).dropna().nunique():,}")
places = view.loc[view["location"].astype(str) != "", "location"].astype(str)
cols[4].metric("Places", f"{places.nunique():,}")

left, right = st.columns([3, 2])
with left:
    st.subheader("Latest incidents")
    latest = data.latest_incidents(flt, 10)
    latest = latest[latest["date_start"].notna()]
    if latest.empty:
        st.info("No dated incidents in this view.")
    else:
        table = pd.DataFrame(
            {
                "date": latest["date_start"].dt.date,
                "as written": latest["date_text"],
                "type": latest["event_type"].astype(str),
                "actor": [with_arabic(str(a), names) for a in latest["actor"]],
                "place": [with_arabic(str(p), names) for p in latest["location"]],
                "status": latest["status"].astype(str),
                "reports": latest["reports"],
                "sentence": latest["sentence"],
            }
        )
        st.dataframe(table, hide_index=True, width="stretch",
                     column_config={"sentence": st.column_config.TextColumn("sentence", width="large")})

with right:
    st.subheader("What the data covers")
    articles = data.articles()
    dated = frame["date_start"].dropna()
    span = f"{dated.min():%Y-%m-%d} to {frame['date_end'].max():%Y-%m-%d}" if not dated.empty else "no dates"
    # languages of the stored articles (not of their events: an article yields several events)
    by_language = (articles["language"] if "language" in articles and len(articles)
                   else frame.drop_duplicates("article_id")["language"]).astype(str).value_counts()
    languages = escape_markdown(", ".join(f"{lang}: {count:,}" for lang, count in by_language.items() if count))
    st.markdown(
        f"- **{len(frame):,}** events from **{frame['article_id'].nunique():,}** articles "
        f"({len(articles):,} stored)\n"
        f"- **{frame['source'].replace('', pd.NA).dropna().nunique():,}** sources\n"
        f"- events dated **{span}**; {int(frame['date_start'].isna().sum()):,} without a date\n"
        f"- languages of the articles: {languages or '—'}"
    )
    by_type = incidents["event_type"].astype(str).value_counts()
    if not by_type.empty:
        st.bar_chart(by_type.rename("incidents"), horizontal=True, height=260)

st.subheader("Explore")
links = st.columns(5)
links[0].page_link("pages/timeline.py", label="Timeline", icon=":material/timeline:")
links[1].page_link("pages/map.py", label="Bases map", icon=":material/map:")
links[2].page_link("pages/troops.py", label="Troop levels", icon=":material/groups:")
links[3].page_link("pages/events.py", label="Events table", icon=":material/table:")
links[4].page_link("pages/articles.py", label="Articles", icon=":material/article:")
