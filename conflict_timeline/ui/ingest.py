"""Adding articles from the dashboard: upload or paste, preview the extracted events, then save."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from conflict_timeline.errors import InputError
from conflict_timeline.filters import DATE_MIN
from conflict_timeline.schema import Article, Event
from conflict_timeline.ui import data
from conflict_timeline.ui.state import escape_markdown

UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl", "csv"]
MAX_PASTE_CHARS = 200_000
PREVIEW_COLUMNS = ["event_type", "date_start", "date_end", "date_precision", "date_text", "actor", "location",
                   "country", "troops", "fatalities", "status", "confidence", "sentence"]


def _read(text: str, name: str, published: date | None) -> list[Article]:
    from conflict_timeline import articles

    suffix = Path(name).suffix.lower() or ".txt"
    return articles.parse_text(text, name, published, suffix)


def _extract(article: Article) -> list[Event]:
    from conflict_timeline.events import extract_events

    return extract_events(article)


@st.cache_data(show_spinner="Extracting events…", max_entries=8)
def _parse(digest: str, text: str, name: str, published: date | None) -> tuple[list[Article], list[list[Event]]]:
    found = _read(text, name, published)
    return found, [_extract(a) for a in found]


def _decode(raw: bytes, name: str) -> str:
    from conflict_timeline import articles

    return articles.decode(raw, name)


def _preview(events: list[Event]) -> pd.DataFrame:
    rows = [e.to_dict() for e in events]
    frame = pd.DataFrame(rows, columns=[*PREVIEW_COLUMNS, "event_id"]) if rows else pd.DataFrame(columns=PREVIEW_COLUMNS)
    return frame[PREVIEW_COLUMNS]


def _input() -> tuple[str, str] | None:
    """The text to read and a file name telling its kind, or None when nothing was given yet."""
    mode = st.radio("Add by", ["Upload a file", "Paste text"], horizontal=True, key="add_mode")
    if mode == "Upload a file":
        limit = st.get_option("server.maxUploadSize")
        upload = st.file_uploader(
            f"Article file ({', '.join(UPLOAD_TYPES)}; up to {limit} MB)", type=UPLOAD_TYPES, key="add_upload"
        )
        if upload is None:
            return None
        try:
            return _decode(upload.getvalue(), upload.name), upload.name
        except InputError as exc:
            st.error(escape_markdown(str(exc)))
            return None
    text = st.text_area("Article text (title on the first line)", height=260, key="add_paste",
                        max_chars=MAX_PASTE_CHARS)
    if not text.strip():
        return None
    return text, "pasted.txt"


def add_articles() -> None:
    """The 'Add articles' tab."""
    given = _input()
    published = st.date_input("Publication date, for articles that do not state one", value=None,
                              key="add_published", format="YYYY-MM-DD", min_value=DATE_MIN, max_value=date.today(),
                              help="Relative dates ('yesterday', 'last week') are resolved against it; "
                                   "change it to extract again.")
    if given is None:
        st.caption("The extracted events are shown here before anything is saved.")
        return
    text, name = given
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    try:
        found, extracted = _parse(digest, text, name, published)
    except InputError as exc:
        st.error(escape_markdown(str(exc)))
        return
    if not found:
        st.error(escape_markdown(f"{name}: no article found in the text"))
        return
    total = sum(len(e) for e in extracted)
    st.markdown(f"**{len(found)}** article(s), **{total}** event(s) extracted. Check them before saving.")
    for article, events in zip(found, extracted, strict=True):
        when = article.published.isoformat() if article.published else "no publication date"
        label = escape_markdown(f"{article.title or '(untitled)'} · {when} · {len(events)} events")
        with st.expander(label, expanded=True):
            if article.published is None:
                st.warning("This article has no publication date: relative dates stay unknown. "
                           "Set the date above to extract again.")
            st.dataframe(_preview(events), hide_index=True, width="stretch",
                         column_config={"sentence": st.column_config.TextColumn("sentence", width="large")})
    if st.button("Save to the store", type="primary", key="add_save"):
        _save(found, extracted)


def _save(found: list[Article], extracted: list[list[Event]]) -> None:
    store = data.get_store()
    existing = {a for a, _ in store.article_ids()}
    added = replaced = 0
    for article, events in zip(found, extracted, strict=True):
        article = replace(article, path=article.path or "dashboard")
        if article.article_id in existing:
            store.replace_article(article, events)
            replaced += 1
        else:
            store.ingest([article], events)
            added += 1
    data.clear_after_write()
    st.success(f"Saved: {added} new article(s), {replaced} replaced. The other pages now include them.")
