"""Small pieces shared by the pages: the current filter, names with Arabic (`with_arabic`), safe highlighted
text."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from conflict_timeline.filters import Filter, FilterSummary
from conflict_timeline.text.arabic import is_arabic
from conflict_timeline.ui import data
from conflict_timeline.ui.state import escape_markdown, with_arabic

PENDING_PLACE = "_pending_place"
ARTICLES_PAGE = "pages/articles.py"


def current_filter() -> Filter:
    """The filter built by the sidebar in this run (the entry script stores it)."""
    flt = st.session_state.get("filter")
    return flt if isinstance(flt, Filter) else Filter()


def chart_picks(selection: object) -> list[str]:
    """The first `customdata` value (event id, or place on the map) of each selected point, in order, once."""
    points = (selection or {}).get("selection", {}).get("points", []) if isinstance(selection, dict) else []
    picked = [p["customdata"][0] for p in points if isinstance(p.get("customdata"), list) and p["customdata"]]
    return list(dict.fromkeys(str(p) for p in picked))


def new_selection(mirror: str, picked: Sequence[object]) -> bool:
    """Whether a chart or table selection is new since the last run (remembered under `mirror`).

    Selections persist across reruns, so only a change counts; a cleared selection is forgotten, so
    picking the same point again (after the filter or the link changed) counts too."""
    current = tuple(picked)
    if not current:
        st.session_state.pop(mirror, None)
        return False
    if st.session_state.get(mirror) == current:
        return False
    st.session_state[mirror] = current
    return True


ISOLATE, POP = "\u2068", "\u2069"  # first-strong isolate and its end (Unicode bidi)


def byline(parts: Sequence[str]) -> str:
    """Date, source and language on one line, each part isolated so that an Arabic source between Latin
    parts (or the reverse) keeps its own direction and is not reordered with its neighbours."""
    return " · ".join(f"{ISOLATE}{part}{POP}" for part in parts if part)


def filter_caption(flt: Filter, incidents: int, reports: int, total: int) -> None:
    """What the page counts: incidents (reports of one incident across articles count once) and reports."""
    st.caption(escape_markdown(f"{incidents:,} incidents ({reports:,} of {total:,} reports) · "
                               f"{FilterSummary.of(flt)}"))


@st.cache_data(show_spinner=False, max_entries=4)
def arabic_names(key: tuple[str, int]) -> dict[str, str]:
    """English name -> Arabic name, for actors, targets and places (first Arabic spelling seen)."""
    frame = data.load_events()
    pairs: dict[str, str] = {}
    for name_col, ar_col in (("actor", "actor_ar"), ("target", "target_ar"), ("location", "location_ar")):
        if name_col not in frame or ar_col not in frame:
            continue
        both = pd.DataFrame({"n": frame[name_col].astype(str), "a": frame[ar_col].fillna("").astype(str)})
        both = both[(both["n"] != "") & (both["a"] != "")].drop_duplicates("n")
        for name, arabic in zip(both["n"], both["a"], strict=True):
            pairs.setdefault(name, arabic)
    return pairs


def highlighted_markdown(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Markdown showing `text` as written, with the character ranges `spans` highlighted.

    Built from escaped pieces only (never HTML): each piece is escaped, highlights use Streamlit's
    `:orange-background[...]` directive. Line breaks are kept as paragraphs.
    """
    cuts: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        start, end = max(0, int(start)), min(len(text), int(end))
        if end <= start:
            continue
        if cuts and start < cuts[-1][1]:  # overlapping evidence: merge
            cuts[-1] = (cuts[-1][0], max(cuts[-1][1], end))
        else:
            cuts.append((start, end))
    pieces: list[str] = []
    position = 0
    for start, end in cuts:
        pieces.append(_escape_block(text[position:start]))
        marked = _escape_block(text[start:end])
        # a directive cannot span paragraphs: highlight each paragraph of the evidence separately
        pieces.append("\n\n".join(f":orange-background[{part}]" if part.strip() else part
                                  for part in marked.split("\n\n")))
        position = end
    pieces.append(_escape_block(text[position:]))
    return "".join(pieces)


def _escape_block(text: str) -> str:
    lines = [escape_markdown(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n\n".join(lines)


def _rtl_style() -> None:
    # Static CSS only (no article text): containers keyed rtl-* read right to left.
    st.html(
        "<style>[class*='st-key-rtl'] [data-testid='stMarkdownContainer']"
        "{direction: rtl; text-align: right; unicode-bidi: plaintext;}</style>"
    )


def directed(text: str, key: str, border: bool = False):
    """A container whose markdown reads right to left when `text` is Arabic (left to right otherwise)."""
    rtl = is_arabic(text[:2000])
    if rtl:
        _rtl_style()
    return st.container(key=f"rtl-{key}" if rtl else f"ltr-{key}", border=border)


def show_text(text: str, spans: Sequence[tuple[int, int]] = (), key: str = "text") -> None:
    """Show article text (escaped) with highlights; Arabic text reads right to left."""
    with directed(text, key, border=True):
        st.markdown(highlighted_markdown(text, spans))


def evidence(event: pd.Series, key: str = "evidence") -> None:
    """The evidence of one event: its sentence highlighted in the article, or the sentence alone."""
    article = data.article(str(event.get("article_id", "")))
    sentence = str(event.get("sentence") or "")
    start, end = event.get("span_start"), event.get("span_end")
    if article is not None and pd.notna(start) and pd.notna(end) and 0 <= int(start) < int(end) <= len(article.body):
        body = article.body
        # show the paragraph(s) around the sentence, not the whole article
        before = body.rfind("\n", 0, int(start))
        after = body.find("\n", int(end))
        lo = 0 if before < 0 else before + 1
        hi = len(body) if after < 0 else after
        show_text(body[lo:hi], [(int(start) - lo, int(end) - lo)], key=key)
    else:
        show_text(sentence, [(0, len(sentence))], key=key)


def event_details(event: pd.Series, names: dict[str, str]) -> None:
    """A compact description of one event (all values escaped)."""
    cols = st.columns(4)
    cols[0].markdown(f"**Type** {escape_markdown(str(event['event_type']))}  \n"
                     f"**Status** {escape_markdown(str(event['status']))}")
    when = str(event.get("date_text") or "")
    start, end = event.get("date_start"), event.get("date_end")
    if pd.notna(start):
        span = f"{start:%Y-%m-%d}" if pd.isna(end) or end == start else f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
    else:
        span = "unknown"
    cols[1].markdown(f"**Date** {escape_markdown(span)} ({escape_markdown(str(event['date_precision']))})  \n"
                     f"**As written** {escape_markdown(when or '—')}")
    cols[2].markdown(f"**Actor** {escape_markdown(with_arabic(str(event['actor']), names))}  \n"
                     f"**Place** {escape_markdown(with_arabic(str(event['location']), names))}")
    numbers = [f"{label} {int(event[c]):,}" for c, label in (("troops", "troops"), ("fatalities", "killed"),
                                                             ("injured", "injured")) if pd.notna(event.get(c))]
    source = str(event.get("source") or "—")
    cols[3].markdown(f"**Source** {escape_markdown(source)}  \n"
                     f"**Numbers** {escape_markdown(', '.join(numbers) or '—')}")


REPORT_COLUMNS = ["published", "source", "status", "date_text", "fatalities", "injured", "troops", "actor",
                  "article_title", "sentence", "event_id"]


def incident_reports(event_id: str, key: str) -> None:
    """The stored reports of the incident holding `event_id`, one row each: who says what, and when."""
    reports = data.reports_of(event_id)
    if len(reports) < 2:
        return
    st.markdown(f"**This incident has {len(reports)} reports** (their figures are not added up):")
    st.dataframe(
        reports[[c for c in REPORT_COLUMNS if c in reports.columns]], hide_index=True, width="stretch",
        key=f"{key}_reports",
        column_config={
            "published": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
            "date_text": st.column_config.TextColumn("date as written"),
            "troops": st.column_config.NumberColumn("troops", format="%d"),
            "fatalities": st.column_config.NumberColumn("killed", format="%d"),
            "injured": st.column_config.NumberColumn("injured", format="%d"),
            "article_title": st.column_config.TextColumn("article"),
            "sentence": st.column_config.TextColumn("sentence", width="large"),
            "event_id": st.column_config.TextColumn("id", width="small"),
        },
    )


def selected_event(view: pd.DataFrame, names: dict[str, str], key: str, help: str) -> str:
    """The bound `event` option: the selected event's details and evidence, its incident's other reports,
    and a link to its article.

    Returns the event id (empty when nothing is selected)."""
    event_id = st.text_input("Selected event (id)", key="event", bind="query-params", help=help)
    if not event_id:
        return ""
    rows = view[view["event_id"] == event_id]
    if rows.empty:
        # an incident in the view may be led by a report the filter leaves out: show it all the same
        frame = data.load_events()
        rows = frame[frame["event_id"] == event_id]
        if rows.empty:
            st.warning("That event is not in the current view (check the filters).")
            return event_id
        st.caption("This report is outside the current filter; another report of its incident is inside.")
    event = rows.iloc[0]
    st.subheader("Evidence")
    event_details(event, names)
    evidence(event, key=key)
    article_id = str(event.get("article_id") or "")
    if article_id and data.article(article_id) is not None:
        st.page_link(ARTICLES_PAGE, label="Open the article", icon=":material/article:",
                     query_params={"article": article_id})
    incident_reports(event_id, key)
    return event_id
