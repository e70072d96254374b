"""Pages run only through the entry script (dashboard.py), which builds the sidebar filters.

With a `pages/` folder beside the entry script, Streamlit's legacy multipage discovery is active until
the first `st.navigation` call in the process. A fresh server whose first request is a page's address
(a shared link such as `/timeline?actor=...`) then runs that page file alone: no sidebar, no filters.
`require_entry()` at the top of each page detects that and hands the run over to the entry script,
which keeps the page and the link's parameters.
"""

from __future__ import annotations

import streamlit as st

_FLAG = "_entry_ran"
_TRIES = "_entry_handover"


def mark_entry() -> None:
    """Called by dashboard.py in every run, just before the page runs."""
    st.session_state[_FLAG] = True
    st.session_state[_TRIES] = 0


def require_entry() -> None:
    """Called first by every page: rerun through the entry script when it did not run."""
    if st.session_state.pop(_FLAG, False):
        return
    tries = st.session_state.get(_TRIES, 0)
    if tries >= 2:
        st.error("This page must be opened through the dashboard: start it with `streamlit run dashboard.py`.")
        st.stop()
    st.session_state[_TRIES] = tries + 1
    from streamlit.runtime.pages_manager import PagesManager

    # What the first st.navigation call does; the rerun then executes dashboard.py on the same page.
    PagesManager.uses_pages_directory = False
    st.rerun()
