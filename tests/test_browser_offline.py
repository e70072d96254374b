"""Offline means offline: every page of the dashboard, in a real browser, with the online map tiles off,
requests nothing from anywhere but the local server (127.0.0.1).

Every request the page makes goes through Playwright's request routing: those to another host are
recorded and refused. The icon links of the page are checked too (a favicon is not always fetched
through the routed network stack).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests import browser_harness as h
from tests.test_browser import ARTIFACTS, _require_browser

pytestmark = pytest.mark.browser

LOCAL_HOSTS = {"127.0.0.1"}
LOCAL_SCHEMES = {"data", "blob", "about"}


def _outside(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return False
    return parts.hostname not in LOCAL_HOSTS


@pytest.fixture(scope="module")
def offline_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_browser()
    return h.make_store(tmp_path_factory.mktemp("offline") / "events.sqlite", events=2000, seed=3)


@pytest.fixture(scope="module")
def offline_server(offline_store: Path) -> Iterator[h.StreamlitServer]:
    with h.StreamlitServer(offline_store, ARTIFACTS / "streamlit-server-offline.log") as srv:
        yield srv


def test_no_request_leaves_the_machine(offline_server: h.StreamlitServer) -> None:
    outside: list[str] = []

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if _outside(url):
            outside.append(url)
            request_route.abort()
        else:
            request_route.continue_()

    with h.chromium() as browser:
        page = h.new_page(browser)
        page.context.route("**/*", route)
        page.on("request", lambda request: outside.append(request.url) if _outside(request.url) else None)
        h.open_app(page, offline_server.url + "/")
        labels = [label for label, _ in h.nav_links(page)]
        assert len(labels) == 6, labels
        icons: list[str] = []
        for index in range(len(labels)):
            page.locator("[data-testid=stSidebarNavLink]").nth(index).click()
            h.wait_idle(page)
            h.wait_for_rendered(page)
            assert page.locator("[data-testid=stException]").count() == 0, labels[index]
            assert "tiles=" not in page.url  # the online tiles stay off
            icons += page.eval_on_selector_all("link[rel~='icon'], img[src], script[src], link[href]",
                                               "els => els.map(e => e.href || e.src || '')")
        page.context.close()
    assert not sorted(set(outside)), f"requests to other hosts: {sorted(set(outside))}"
    remote = sorted({u for u in icons if u and _outside(u)})
    assert not remote, f"icons, scripts or styles from other hosts: {remote}"
