"""Who may write to the store from the dashboard (add articles, date an article and extract it again).

With `editor_password_hash` in `.streamlit/secrets.toml` (see `conflict_timeline.editor_password`), a
write needs that password, typed on the page. With none set, only a viewer connected directly from
this machine (a loopback address, no proxy headers) may write; when the client's address cannot be
known, nobody may. The check is made by `writable_store()`, the only way the pages get the store to
write to, at the moment of the write: hiding the forms is a convenience, not the protection.
"""

from __future__ import annotations

import ipaddress
import logging

import streamlit as st

from conflict_timeline.editor_password import SECRET_KEY, BadHash, check_password
from conflict_timeline.store import EventStore
from conflict_timeline.ui import data

PASSWORD_KEY = "editor_password"  # the password field's widget key
# Headers a reverse proxy adds: behind one, the TCP peer is the proxy, not the viewer.
PROXY_HEADERS = frozenset({"forwarded", "x-forwarded-for", "x-real-ip", "x-forwarded-host"})
HOW_TO = ("To edit from another machine, set an editor password: run `python -m conflict_timeline "
          "editor-password` and put the line it prints in `.streamlit/secrets.toml`, then restart the dashboard.")

_log = logging.getLogger(__name__)


class WriteRefused(Exception):
    """This viewer may not write to the store; the message says why and what to do."""


def stored_hash() -> str | None:
    """The editor password hash of `.streamlit/secrets.toml`, None when there is none."""
    try:
        value = st.secrets.get(SECRET_KEY)
    except Exception:  # no secrets file (StreamlitSecretNotFoundError) or one that cannot be parsed
        return None
    if value is None:
        return None
    return str(value).strip() or None


def peer_address() -> str | None:
    """The TCP peer of this session's connection, None when it cannot be known (no session, no client).

    `st.context.ip_address` cannot be used: it returns None both for a local viewer and when unknown."""
    try:
        from streamlit.runtime import exists, get_instance
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        if ctx is None or not exists():
            return None
        client = get_instance().get_client(ctx.session_id)
        context = getattr(client, "client_context", None)
        return getattr(context, "remote_ip", None) or None
    except Exception:  # an internal API that moved: unknown, so no write without a password
        _log.warning("the client address of this session cannot be read", exc_info=True)
        return None


def _proxied() -> bool:
    try:
        names = {name.lower() for name in st.context.headers.keys()}
    except Exception:
        return True  # unknown: treat as proxied
    return bool(names & PROXY_HEADERS)


def is_loopback(address: str | None) -> bool:
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_loopback


def local_viewer() -> bool:
    """A viewer on this machine, connected directly (not through a proxy)."""
    return is_loopback(peer_address()) and not _proxied()


def may_write(password: str | None) -> tuple[bool, str]:
    """Whether a write by this viewer, with the typed `password`, is allowed, and why not."""
    stored = stored_hash()
    if stored is None:
        if local_viewer():
            return True, ""
        return False, "Only a viewer on this machine (127.0.0.1) may save when no editor password is set. " + HOW_TO
    try:
        if check_password(password, stored):
            return True, ""
    except BadHash as exc:
        return False, f"The editor password in .streamlit/secrets.toml is not usable ({exc}). " + HOW_TO
    if not password:
        return False, "Type the editor password above to save."
    return False, "Wrong editor password: nothing was saved."


def writable_store() -> EventStore:
    """The store to write to, after checking that this viewer may write (WriteRefused otherwise)."""
    allowed, reason = may_write(st.session_state.get(PASSWORD_KEY))
    if not allowed:
        raise WriteRefused(reason)
    return data.get_store()


def offers_editing() -> bool:
    """Whether the page shows the forms that write (a password is set, or the viewer is local)."""
    return stored_hash() is not None or local_viewer()


def editor_box() -> bool:
    """The password field (when a password is set) or a note on who may edit; whether to show the forms
    that write. Shown once per page (the field has a fixed key)."""
    if stored_hash() is not None:
        st.columns([1, 2])[0].text_input(
            "Editor password", type="password", key=PASSWORD_KEY,
            help="Saving to the store (adding articles, dating one) needs the editor password.")
        return True
    if local_viewer():
        st.caption("Editing is open to viewers on this machine because no editor password is set. " + HOW_TO)
        return True
    st.caption("Editing is off: no editor password is set and you are not on the machine that runs the "
               "dashboard. " + HOW_TO)
    return False
