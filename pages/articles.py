"""Articles: read the stored articles with their events highlighted; add new ones by upload or paste."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from conflict_timeline.ui import data, state
from conflict_timeline.ui.common import directed, show_text
from conflict_timeline.ui.entry import require_entry
from conflict_timeline.ui.ingest import add_articles, set_missing_date

require_entry()
st.title("Articles")
articles = data.articles()
ids = articles["article_id"].astype(str).tolist() if not articles.empty else []
titles = dict(zip(ids, articles["title"].astype(str), strict=True)) if ids else {}

state.sanitize_option("article", set(ids), empty="")


def _pick_changed() -> None:
    st.session_state["article"] = st.session_state.get("article_pick") or ""


read, add = st.tabs(["Read", "Add articles"])
with read:
    if data.outdated_extraction():
        st.info("These events come from an older version of the extractor. The dashboard never extracts "
                "this store again by itself: run `python -m conflict_timeline reextract --dry-run --db "
                f"{state.escape_markdown(data.get_store().path.as_posix())}` to see what would change, then "
                "without `--dry-run` (the replaced events are saved in a backup file).")
    if not ids:
        st.info("No articles are stored yet. Add some in the next tab.")
    else:
        # before the bound widget exists on a first visit, the link's value is only in the URL
        current = (st.session_state["article"] if "article" in st.session_state
                   else st.query_params.get("article", ""))
        current = current if current in titles else ""  # a cleared or unknown id clears the title too
        if st.session_state.get("article_pick") != current:
            st.session_state["article_pick"] = current
        st.selectbox("Article", ["", *ids], key="article_pick", on_change=_pick_changed,
                     format_func=lambda a: titles.get(a, "—") if a else "Choose an article by its title")
        article_id = st.text_input("Article id", key="article", bind="query-params",
                                   help="The id in the link; choosing a title above sets it.")
        article = data.article(article_id) if article_id else None
        if article_id and article is None:
            st.warning("No stored article has that id.")
        if article is not None:
            own = data.article_events(article.article_id)
            meta = [article.published.isoformat() if article.published else "date unknown", article.source,
                    article.language]
            with directed(article.title, key="article_title"):
                st.subheader(state.escape_markdown(article.title or "(untitled)"), anchor=False)
            st.caption(state.escape_markdown(" · ".join(m for m in meta if m)))
            if article.url:
                st.caption(state.escape_markdown(article.url))
            set_missing_date(article)
            spans = [(int(a), int(b)) for a, b in zip(own["span_start"], own["span_end"], strict=True)
                     if pd.notna(a) and pd.notna(b)]
            elsewhere = int((own["incident"] != own["event_id"]).sum())
            st.caption(f"{len(own):,} events from this article; their sentences are highlighted. "
                       + (f"{elsewhere:,} of them went into an incident kept under another report "
                          "(column `incident`: the event id of the incident each went into)."
                          if elsewhere else "Each is the report kept for its incident."))
            show_text(article.body, spans, key="article_body")
            if not own.empty:
                st.dataframe(
                    own[["event_type", "date_text", "actor", "location", "troops", "status", "sentence",
                         "incident", "incident_sources"]],
                    hide_index=True, width="stretch",
                    column_config={"sentence": st.column_config.TextColumn("sentence", width="large"),
                                   "incident": st.column_config.TextColumn(
                                       "incident", help="The event id of the merged event this report went into"),
                                   "incident_sources": st.column_config.NumberColumn(
                                       "articles", help="How many articles report that incident")},
                )

with add:
    add_articles()
