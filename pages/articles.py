"""Articles: the articles of the current filter in a searchable, sortable table; read one with its events
highlighted; add new ones by upload or paste."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from conflict_timeline.ui import data, editor, state
from conflict_timeline.ui.common import byline, current_filter, directed, show_text
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


def _listed() -> pd.DataFrame:
    """The stored articles with events in the current filter (all of them when no filter is set)."""
    flt = current_filter()
    view = data.filtered(flt)
    counts = view["article_id"].astype(str).value_counts()
    table = articles.copy()
    table["events in view"] = table["article_id"].astype(str).map(counts).fillna(0).astype(int)
    if not flt.is_empty:
        table = table[table["events in view"] > 0]
    return table.sort_values("published", ascending=False, na_position="last", kind="stable")


editable = editor.editor_box()
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
        listed = _listed()
        search = st.text_input("Search the titles and sources", key="article_search",
                               placeholder="a word of the title or the source")
        if search.strip():
            needle = search.strip().casefold()
            hay = (listed["title"].fillna("") + " " + listed["source"].fillna("")).str.casefold()
            listed = listed[hay.str.contains(needle, regex=False).to_numpy()]
        st.caption(f"{len(listed):,} of {len(articles):,} stored articles have events in the current filter "
                   "(the sidebar narrows this list). Select a row to read it; click a column to sort.")
        table = st.dataframe(
            listed[["title", "published", "source", "language", "events", "events in view", "article_id"]],
            key="articles_table", hide_index=True, width="stretch", on_select="rerun",
            selection_mode="single-row", height=min(400, 38 + 35 * max(len(listed), 1)),
            column_config={"published": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
                           "title": st.column_config.TextColumn("title", width="large"),
                           "events": st.column_config.NumberColumn("events", help="All events of the article"),
                           "article_id": None},
        )
        rows = [r for r in (table.get("selection", {}).get("rows", []) if table else []) if 0 <= r < len(listed)]
        if rows and st.session_state.get("_article_row") != (current_filter().cache_key(), search, rows[0]):
            st.session_state["_article_row"] = (current_filter().cache_key(), search, rows[0])
            st.session_state["article"] = str(listed.iloc[rows[0]]["article_id"])
        elif not rows:
            st.session_state.pop("_article_row", None)
        # before the bound widget exists on a first visit, the link's value is only in the URL
        current = (st.session_state["article"] if "article" in st.session_state
                   else st.query_params.get("article", ""))
        current = current if current in titles else ""  # a cleared or unknown id clears the title too
        if st.session_state.get("article_pick") != current:
            st.session_state["article_pick"] = current
        st.selectbox("Article", ["", *ids], key="article_pick", on_change=_pick_changed,
                     format_func=lambda a: titles.get(a, "—") if a else "Or choose an article by its title")
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
            st.caption(state.escape_markdown(byline(meta)))
            if article.url:
                st.caption(state.escape_markdown(article.url))
            set_missing_date(article, editable)
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
    add_articles(editable)
