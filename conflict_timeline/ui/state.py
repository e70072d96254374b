"""URL-bound state: sanitize the link before the widgets exist, the shared sidebar filters, the share link.

Every filter widget is bound to the URL (`bind="query-params"`, key = parameter name). A link is
untrusted input: its values are validated on the server (`Filter.from_query`) before any widget is
created, and the parts that do not fit are removed from the URL (or from `st.session_state` once the
widget exists) with a notice, so a widget never sees a value outside its options.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from urllib.parse import urlencode, urlsplit

import streamlit as st
from streamlit.errors import StreamlitAPIException

from conflict_timeline.filters import (
    ACTOR,
    COUNTRY,
    DATE_MAX,
    DATE_MIN,
    DATES,
    FILTER_KEYS,
    MAX_TEXT_CHARS,
    PLACE,
    STATUS,
    TEXT,
    TYPE,
    Choices,
    Filter,
    pick_one,
)

NOTICES = "_ignored_in_link"
_RERUNS = "_link_fix_reruns"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_markdown(text: str) -> str:
    """Text that st.markdown shows as written (no emphasis, links, directives, HTML or LaTeX)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _raw_params(keys: Sequence[str]) -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in keys if key in st.query_params}


def _notice_keys(notices: Sequence[str]) -> set[str]:
    return {notice.split(":", 1)[0] for notice in notices}


def _fix(key: str, url_values: list[str], widget_value: object) -> bool:
    """Replace a parameter's value; True when the URL changed and the run must start again.

    Before the widget is bound (its first run) the URL itself is corrected, so the widget is seeded
    from the corrected link; once bound, the URL can only change through the widget's session state.
    """
    try:
        if url_values:
            st.query_params[key] = url_values
        elif key in st.query_params:
            del st.query_params[key]
        return True
    except StreamlitAPIException:
        st.session_state[key] = widget_value
        return False


def _report(notices: list[str], fixes: dict[str, tuple[list[str], object]]) -> None:
    """Remember the notices, correct the URL, and rerun when the link had to change."""
    if not notices:
        return
    st.session_state.setdefault(NOTICES, [])
    st.session_state[NOTICES] = [*st.session_state[NOTICES], *notices]
    rerun = False
    for key, (url_values, widget_value) in fixes.items():
        rerun |= _fix(key, url_values, widget_value)
    if rerun:
        count = st.session_state.get(_RERUNS, 0)
        if count < 3:  # a guard: a link that cannot be corrected must not loop
            st.session_state[_RERUNS] = count + 1
            st.rerun()
    st.session_state[_RERUNS] = 0


def show_notices() -> None:
    """Show (once) what was ignored in the link, as one short warning."""
    notices = st.session_state.pop(NOTICES, None)
    if notices:
        unique = list(dict.fromkeys(notices))
        st.warning("Ignored in the link: " + "; ".join(escape_markdown(n) for n in unique), icon="⚠️")


def _widget_value(key: str, flt: Filter) -> object:
    if key == DATES:
        return flt.dates or ()
    if key == TEXT:
        return flt.text
    return list(flt.to_params().get(key, []))


def sanitize_filter_params(choices: Choices) -> None:
    """Validate the filter parameters of the URL before the sidebar widgets are created."""
    raw = _raw_params(FILTER_KEYS)
    if not raw:
        st.session_state[_RERUNS] = 0
        return
    flt, notices = Filter.from_query(raw, choices)
    params = flt.to_params()
    fixes = {key: (params.get(key, []), _widget_value(key, flt)) for key in _notice_keys(notices)}
    _report(notices, fixes)


def sanitize_option(key: str, allowed: Collection[str], empty: object = None) -> None:
    """Validate a single-valued page option (`lane`, `event`, `article`) before its widget is created."""
    raw = _raw_params([key])
    if not raw:
        return
    value, notices = pick_one(raw, key, allowed)
    _report(notices, {key: ([value] if value else [], value if value is not None else empty)})


# -------------------------------------------------------------------------------------------- sidebar


def with_arabic(name: str, names: dict[str, str]) -> str:
    """A name with its Arabic spelling beside it (from `names`), or a dash for no name."""
    arabic = names.get(name, "")
    return f"{name} · {arabic}" if name and arabic and arabic != name else (name or "—")


def _labels_with_arabic(values: Sequence[str], arabic: dict[str, str]) -> str:
    return escape_markdown(", ".join(with_arabic(v, arabic) for v in values))


def filter_sidebar(choices: Choices, arabic: dict[str, str] | None = None) -> Filter:
    """The shared sidebar filters (all bound to the URL); returns the current Filter."""
    arabic = arabic or {}
    sanitize_filter_params(choices)
    with st.sidebar:
        st.subheader("Filters")
        dates = st.date_input(
            "Date range",
            value=(),
            min_value=DATE_MIN,
            max_value=DATE_MAX,
            format="YYYY-MM-DD",
            key=DATES,
            bind="query-params",
            help="Events whose date range overlaps this range. Events with an unknown date are left out "
            "while a range is set.",
        )
        actors = st.multiselect("Actors", sorted(choices.actors), key=ACTOR, bind="query-params",
                                placeholder="All actors")
        if actors:
            st.caption(_labels_with_arabic(actors, arabic))
        types = st.multiselect("Event types", sorted(choices.types), key=TYPE, bind="query-params",
                               placeholder="All types")
        places = st.multiselect("Places", sorted(choices.places), key=PLACE, bind="query-params",
                                placeholder="All places")
        if places:
            st.caption(_labels_with_arabic(places, arabic))
        countries = st.multiselect("Countries", sorted(choices.countries), key=COUNTRY, bind="query-params",
                                   placeholder="All countries")
        statuses = st.multiselect("Status", sorted(choices.statuses), key=STATUS, bind="query-params",
                                  placeholder="Any status")
        text = st.text_input("Search the text", key=TEXT, bind="query-params", max_chars=MAX_TEXT_CHARS,
                             placeholder="a word in the sentence, title, actor or place")
    return Filter(
        dates=_date_range(dates),
        actors=tuple(actors),
        types=tuple(types),
        places=tuple(places),
        countries=tuple(countries),
        statuses=tuple(statuses),
        text=" ".join((text or "").split()),
    )


def _date_range(value: object) -> tuple[date, date] | None:
    if isinstance(value, date):
        return (value, value)
    if isinstance(value, Sequence) and len(value) >= 1 and all(isinstance(v, date) for v in value):
        start, end = value[0], value[-1]
        return (start, end) if start <= end else (end, start)
    return None


# -------------------------------------------------------------------------------------------- share


def share_url(flt: Filter, page_path: str = "", options: dict[str, str] | None = None) -> str:
    """The address of the current view: the page and its filter and options as URL parameters."""
    query = flt.to_query() + [(k, v) for k, v in (options or {}).items() if v]
    try:
        parts = urlsplit(st.context.url or "")
        base = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    except Exception:  # no browser context (tests, bare mode)
        base = ""
    # the app may be served under a prefix (server.baseUrlPath): keep it in the link
    prefix = str(st.get_option("server.baseUrlPath") or "").strip("/")
    path = "/" + "/".join(part for part in (prefix, page_path.strip("/")) if part)
    return f"{base}{path}" + (f"?{urlencode(query)}" if query else "")


def share_box(flt: Filter, page_path: str, option_keys: Sequence[str] = ()) -> None:
    """The 'share this view' control: the current link, ready to copy."""
    options = {}
    for key in option_keys:
        value = st.session_state.get(key)
        if isinstance(value, bool):
            if value:
                options[key] = "true"
        elif isinstance(value, str) and value:
            options[key] = value
    with st.popover("Share this view", icon=":material/link:", width="stretch"):
        st.caption("This link opens the same page with the same filters and options:")
        st.code(share_url(flt, page_path, options), language=None, wrap_lines=True)


def set_filter_value(key: str, value: object) -> None:
    """Change a sidebar filter from code (e.g. a map selection): call before the sidebar exists, then rerun."""
    st.session_state[key] = value

