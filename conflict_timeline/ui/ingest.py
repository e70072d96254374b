"""Adding articles from the dashboard (upload or paste, preview the extracted events, then save), and dating
a stored article that has no publication date."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from conflict_timeline import articles
from conflict_timeline.budget import DEFAULT_BUDGET
from conflict_timeline.errors import InputError, StoreError
from conflict_timeline.events import extract_events
from conflict_timeline.filters import DATE_MIN
from conflict_timeline.pipeline import check_published, extract_article
from conflict_timeline.schema import Article, Event
from conflict_timeline.ui import data, editor
from conflict_timeline.ui.state import escape_markdown

UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl", "csv"]
MAX_PASTE_CHARS = 200_000
UPLOAD_SECONDS = 60.0  # extraction of all the articles of one upload
_REDATED = "_redated_message"
PREVIEW_COLUMNS = ["event_type", "date_start", "date_end", "date_precision", "date_text", "actor", "location",
                   "country", "troops", "fatalities", "status", "confidence", "sentence"]


def _extract_guarded(article: Article, name: str, seconds: float | None = None) -> list[Event]:
    """The events of one article within the size and time budget of one article (`budget.Budget`): a
    long or slow upload fails with its reason instead of holding the server."""
    budget = DEFAULT_BUDGET if seconds is None else replace(DEFAULT_BUDGET, seconds=seconds)
    return extract_article(article, extract_events, name, budget)


def _extract_upload(found: list[Article], name: str) -> list[list[Event]]:
    """The events of every article of one upload, within the budget of one article each and
    UPLOAD_SECONDS for them all."""
    deadline = time.monotonic() + UPLOAD_SECONDS
    out = []
    for article in found:
        left = deadline - time.monotonic()
        if left <= 0:
            raise InputError(name, f"extraction stopped at article {article.index + 1} of {len(found)}: "
                                   f"the upload took more than {UPLOAD_SECONDS:g} s (the time limit for one upload)")
        out.append(_extract_guarded(article, name, min(DEFAULT_BUDGET.seconds, left)))
    return out


@st.cache_data(show_spinner="Extracting events…", max_entries=8)
def _parse(text: str, name: str, published: date | None) -> tuple[list[Article], list[list[Event]], str]:
    """The articles of the text, the events of each, and the one-line reason ('' when none) when the
    text cannot be read or extracted. A failure is returned, not raised, so that it is cached too: a
    rerun of the page never extracts a failing upload again.

    A reader or extractor bug on odd input must not crash the page (the CLI's pipeline does the same)."""
    suffix = Path(name).suffix.lower() or ".txt"
    try:
        try:
            found = check_published(articles.parse_text(text, name, published, suffix), name)
        except InputError:
            raise
        except Exception as exc:
            raise InputError(name, f"cannot read as articles: {type(exc).__name__}: {exc}") from exc
        return found, _extract_upload(found, name), ""
    except InputError as exc:
        return [], [], str(exc)


def _preview(events: list[Event]) -> pd.DataFrame:
    return pd.DataFrame([e.to_dict() for e in events], columns=PREVIEW_COLUMNS)


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
            return articles.decode(upload.getvalue(), upload.name), upload.name
        except InputError as exc:
            st.error(escape_markdown(str(exc)))
            return None
    # static CSS (no article text): each pasted paragraph reads in its own direction (Arabic right to left)
    st.html("<style>.st-key-add_paste textarea{unicode-bidi: plaintext; text-align: start;}</style>")
    text = st.text_area("Article text (title on the first line)", height=260, key="add_paste",
                        max_chars=MAX_PASTE_CHARS)
    if not text.strip():
        return None
    return text, "pasted.txt"


def add_articles(editable: bool = True) -> None:
    """The 'Add articles' tab; without `editable` (see `editor.editor_box`) only a note."""
    if not editable:
        st.info("Adding articles is off for this viewer. " + editor.HOW_TO)
        return
    given = _input()
    published = st.date_input("Publication date, for articles that do not state one", value=None,
                              key="add_published", format="YYYY-MM-DD", min_value=DATE_MIN, max_value=date.today(),
                              help="Relative dates ('yesterday', 'last week') are resolved against it; "
                                   "change it to extract again.")
    if given is None:
        st.caption("The extracted events are shown here before anything is saved.")
        return
    text, name = given
    found, extracted, problem = _parse(text, name, published)
    if problem:
        st.error(escape_markdown(problem))
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
    """Store the previewed articles: new ones in one transaction, known ones replaced (each in one).
    Nothing is written unless this viewer may write (`editor.writable_store`)."""
    try:
        store = editor.writable_store()
    except editor.WriteRefused as exc:
        st.error(str(exc))
        return
    try:
        existing = {a for a, _ in store.article_ids()}
        new: list[tuple[Article, list[Event]]] = []
        replaced = 0
        for article, events in zip(found, extracted, strict=True):
            article = replace(article, path=article.path or "dashboard")
            if article.article_id in existing:
                store.replace_article(article, events)
                replaced += 1
            else:
                new.append((article, events))
        if new:
            store.ingest([a for a, _ in new], [e for _, events in new for e in events])
    except (StoreError, sqlite3.Error) as exc:
        st.error(escape_markdown(f"{store.path}: cannot save ({' '.join(str(exc).split())})"))
        return
    finally:
        data.clear_after_write()
    st.success(f"Saved: {len(new)} new article(s), {replaced} replaced. The other pages now include them. "
               + escape_markdown(what_was_added([a.article_id for a in found],
                                                sum(len(e) for e in extracted))))


def what_was_added(article_ids: list[str], extracted: int) -> str:
    """What the saved articles' events became: new incidents, reports merged into known incidents (named),
    or nothing new (every event was already known from the same article)."""
    frame = data.load_events()
    numbers = data.incident_numbers()
    mine = np.isin(frame["article_id"].astype(str).to_numpy(), article_ids)
    folded = max(extracted - int(mine.sum()), 0)  # reports the store folded into an identical stored one
    same = f" {folded} event(s) repeat reports already stored and were counted as further sources." if folded else ""
    if not mine.any():
        return ("No events were found in them." if not extracted else "") + same
    own = set(np.unique(numbers[mine]).tolist())
    others = ~mine
    shared = set(np.unique(numbers[others & np.isin(numbers, list(own))]).tolist())
    added = len(own - shared)
    merged = sorted(shared)
    text = f"{int(mine.sum())} event(s): {added} new incident(s)"
    if merged:
        names = []
        for number in merged[:5]:
            rows = frame[numbers == number]
            first = rows.iloc[0]
            when = f"{first['date_start']:%Y-%m-%d}" if pd.notna(first["date_start"]) else "date unknown"
            names.append(f"{first['event_type']} at {first['location'] or 'an unknown place'}, {when} "
                         f"(now {len(rows)} reports)")
        more = f" and {len(merged) - 5} more" if len(merged) > 5 else ""
        text += f"; merged into {len(merged)} known incident(s): " + "; ".join(names) + more
    return text + "." + same


def set_missing_date(article: Article, editable: bool = True) -> None:
    """For a stored article without a publication date: set one, extract its events again, replace it
    (only when this viewer may write: checked again at the write)."""
    done = st.session_state.pop(_REDATED, None)
    if done:
        st.success(done)
    if article.published is not None:
        return
    if not editable:
        st.warning("This article has no publication date: its relative dates ('yesterday', 'on Monday') stay "
                   "unknown. An editor can set the date and extract its events again.")
        return
    st.warning("This article has no publication date: its relative dates ('yesterday', 'on Monday') stay "
               "unknown. Set the date to extract its events again.")
    key = f"redate_{article.article_id}"
    day = st.date_input("Publication date", value=None, key=key, format="YYYY-MM-DD", min_value=DATE_MIN,
                        max_value=date.today())
    if not st.button("Extract again and save", key=f"{key}_save", disabled=day is None):
        return
    dated = replace(article, published=day)
    try:
        store = editor.writable_store()
    except editor.WriteRefused as exc:
        st.error(str(exc))
        return
    try:
        events = _extract_guarded(dated, article.path or article.article_id)
        store.replace_article(dated, events)
    except InputError as exc:
        st.error(escape_markdown(str(exc)))
        return
    except (StoreError, sqlite3.Error) as exc:
        st.error(escape_markdown(f"{store.path}: cannot save ({' '.join(str(exc).split())})"))
        return
    finally:
        data.clear_after_write()
    st.session_state[_REDATED] = f"Saved with the date {day.isoformat()}: {len(events)} event(s) extracted again."
    st.rerun()  # show the article as stored now
