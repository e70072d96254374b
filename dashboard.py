"""Conflict timeline dashboard: `streamlit run dashboard.py`.

The entry script loads the events once, builds the shared sidebar filters (bound to the URL) and
runs the selected page. Pages read the current filter from `st.session_state["filter"]`.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from conflict_timeline.filters import PLACE
from conflict_timeline.ui import data, entry, state
from conflict_timeline.ui.common import PENDING_PLACE, arabic_names

# the page icon is a bundled image served by this server (a `:material/...:` icon is fetched from Google)
ICON = Path(__file__).resolve().parent / "data" / "ui" / "icon.png"
st.set_page_config(layout="wide", page_title="Conflict timeline", page_icon=str(ICON))

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/map.py", title="Bases map", icon=":material/map:"),
    st.Page("pages/troops.py", title="Troop levels", icon=":material/groups:"),
    st.Page("pages/events.py", title="Events", icon=":material/table:"),
    st.Page("pages/articles.py", title="Articles", icon=":material/article:"),
]
# Page options that belong in a shared link, per page (their widgets are bound on those pages).
PAGE_OPTIONS = {"timeline": ("lane", "event"), "map": ("tiles",), "troops": ("event",), "events": ("event",),
                "articles": ("article",)}

page = st.navigation(PAGES)

frame = data.load_events()
choices = data.choices()

# A selection made on another page (the map) changes a sidebar filter: apply it before the widget exists.
pending = st.session_state.pop(PENDING_PLACE, None)
if pending is not None:
    state.set_filter_value(PLACE, [p for p in pending if p in choices.places])

flt = state.filter_sidebar(choices, arabic_names(data.revision()))
st.session_state["filter"] = flt
share_slot = st.sidebar.container()

# What a link carried that did not fit, shown above the page once the page has checked its own options
# too: a page that corrects its link reruns, and a notice shown before that rerun would be lost.
notice_slot = st.container()
entry.mark_entry()
page.run()

with notice_slot:
    state.show_notices()
with share_slot:
    state.share_box(flt, page.url_path, PAGE_OPTIONS.get(page.url_path, ()))
