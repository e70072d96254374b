"""The dashboard in a real browser: shared links restore the view, filters change the link, pages render.

Runs `streamlit run dashboard.py` against a temporary store of synthetic events and drives Debian's
Chromium with Playwright. Skipped when Playwright or Chromium is missing, except under CI=true,
where that is a failure. Screenshots of every page go to test-artifacts/.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from conflict_timeline.filters import FILTER_KEYS
from tests import browser_harness as h

pytestmark = pytest.mark.browser

ARTIFACTS = h.REPO_ROOT / "test-artifacts"
ACTOR = "Islamic Resistance in Iraq"
START, END = "2023-10-01", "2024-02-29"
ADDED_TYPE = "attack"
SHARED = f"/timeline?actor={ACTOR.replace(' ', '+')}&dates={START}&dates={END}"
CHART_KEYS = {"Timeline": "timeline_chart", "Bases map": "map_chart", "Troop levels": "troops_chart"}


try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
except ImportError:  # _require_browser skips (or fails under CI) before any test uses it
    PlaywrightTimeout = TimeoutError


def _require_browser() -> None:
    reason = h.missing_requirements()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test required under CI=true: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_browser()
    return h.make_store(tmp_path_factory.mktemp("browser") / "events.sqlite", events=3000, seed=0)


@pytest.fixture(scope="module")
def browser(store_path: Path) -> Iterator[Any]:
    with h.chromium() as b:
        yield b


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[h.StreamlitServer]:
    with h.StreamlitServer(store_path, ARTIFACTS / "streamlit-server.log") as srv:
        yield srv


# ----------------------------------------------------------------------------- reading the page


def selected(page: Any, key: str) -> list[str]:
    """The values shown as tags in the multiselect `key`."""
    tags = page.locator(f".st-key-{key} .react-aria-ComboBox [data-tag] [title]")
    return [tags.nth(i).get_attribute("title") or "" for i in range(tags.count())]


def date_range(page: Any, key: str = "dates") -> tuple[str, str]:
    """The start and end shown by the date range input `key`, as YYYY-MM-DD."""
    out = []
    for side in ("start", "end"):
        field = page.locator(f".st-key-{key} [data-range-field={side}]")
        parts = {
            kind: int(
                field.locator(f"[role=spinbutton][data-type={kind}]").get_attribute("aria-valuenow") or 0
            )
            for kind in ("year", "month", "day")
        }
        out.append(date(parts["year"], parts["month"], parts["day"]).isoformat())
    return out[0], out[1]


def params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def metric(page: Any, label: str) -> str:
    box = page.locator("[data-testid=stMetric]").filter(
        has=page.locator("[data-testid=stMetricLabel]", has_text=re.compile(rf"^\s*{label}\s*$"))
    )
    return box.locator("[data-testid=stMetricValue]").first.inner_text().strip()


def share_link(page: Any) -> str:
    """The link shown by the sidebar's "Share this view" popover."""
    page.locator("[data-testid=stPopover] button").filter(has_text="Share this view").first.click()
    code = page.locator("[data-testid=stPopoverBody] [data-testid=stCode] code").first
    code.wait_for()
    link = code.inner_text().strip()
    page.keyboard.press("Escape")
    return link


def go_to(page: Any, title: str) -> None:
    """Click the sidebar navigation link whose label ends with `title`, and wait for the run."""
    link = page.locator("[data-testid=stSidebarNavLink]").filter(
        has_text=re.compile(rf"{re.escape(title)}\s*$")
    )
    link.first.click()
    page.wait_for_function("t => document.title !== '' ", arg=title)
    h.wait_idle(page)


def assert_no_exception(page: Any, where: str, server: h.StreamlitServer) -> None:
    errors = page.locator("[data-testid=stException]")
    assert errors.count() == 0, f"{where}: {errors.first.inner_text()[:300]}\n{server.log_tail()}"


def assert_view(page: Any, types: list[str], timeout: float = 20.0) -> None:
    """The widgets show the view; on a busy machine they may fill a moment after the run ends."""
    deadline = time.monotonic() + timeout
    while True:
        seen = (selected(page, "actor"), date_range(page), selected(page, "type"))
        if seen == ([ACTOR], (START, END), types) or time.monotonic() > deadline:
            break
        page.wait_for_timeout(250)
    assert seen == ([ACTOR], (START, END), types)


# ----------------------------------------------------------------------------- tests


def test_shared_link_as_first_request_runs_the_entry_script(store_path: Path, browser: Any) -> None:
    """A link opened before anyone visited the start page still gets the sidebar filters.

    With a `pages/` folder, Streamlit runs the page file alone (no dashboard.py, no sidebar) when a
    deep link is the first request of a fresh server; the pages must hand over to the entry script.
    """
    with h.StreamlitServer(store_path, ARTIFACTS / "streamlit-server-first.log") as fresh:
        page = h.new_page(browser)
        h.open_app(page, fresh.url + SHARED)
        with contextlib.suppress(PlaywrightTimeout):  # the hand-over is one more run: give it time
            page.wait_for_selector(".st-key-actor", timeout=15_000)
            h.wait_idle(page)
        labels = [label for label, _ in h.nav_links(page)]
        assert page.locator(".st-key-actor").count() == 1, (
            f"the shared link ran a page without dashboard.py (navigation shows {labels}): "
            "Streamlit auto-discovers a `pages/` folder until st.navigation has run once"
        )
        assert_view(page, [])
        page.context.close()


def test_shared_link_round_trip(server: h.StreamlitServer, browser: Any, store_path: Path) -> None:
    from conflict_timeline import filters
    from conflict_timeline.store import EventStore

    warm = h.new_page(browser)
    h.open_app(warm, server.url + "/")
    warm.context.close()

    # 1. The shared link fills the widgets and the timeline draws.
    page = h.new_page(browser)
    h.open_app(page, server.url + SHARED)
    assert_no_exception(page, "timeline from the shared link", server)
    assert_view(page, [])
    h.wait_for_chart(page, "timeline_chart")

    # 2. Adding a type in the sidebar changes the address bar.
    page.locator(".st-key-type [role=combobox]").click()
    page.locator("[role=option]").filter(has_text=re.compile(rf"^\s*{ADDED_TYPE}\s*$")).first.click()
    page.keyboard.press("Escape")
    page.wait_for_function(
        "t => new URL(location.href).searchParams.getAll('type').includes(t)", arg=ADDED_TYPE
    )
    h.wait_idle(page)
    changed = page.url
    assert params(changed)["type"] == [ADDED_TYPE]
    assert params(changed)["actor"] == [ACTOR] and params(changed)["dates"] == [START, END]
    assert_view(page, [ADDED_TYPE])

    # The "share this view" control offers the same link.
    shared = share_link(page)
    assert urlsplit(shared).path.rstrip("/").endswith("/timeline")
    assert {k: v for k, v in params(shared).items() if k in FILTER_KEYS} == params(changed)

    # The Overview counts what the filter selects in the store.
    flt = filters.Filter(dates=(date.fromisoformat(START), date.fromisoformat(END)), actors=(ACTOR,),
                         types=(ADDED_TYPE,))  # fmt: skip
    with EventStore(store_path) as store:
        expected = len(filters.apply(store.events_frame(), flt))
    assert expected > 0, "the synthetic store should hold events for this view"
    go_to(page, "Overview")
    assert_no_exception(page, "overview", server)
    first_count = metric(page, "Reports")
    assert first_count == f"{expected:,}"
    assert 0 < int(metric(page, "Incidents").replace(",", "")) <= expected
    page.context.close()

    # 3. The changed address in a fresh context gives the same view and the same count.
    page = h.new_page(browser)
    h.open_app(page, changed)
    assert_view(page, [ADDED_TYPE])
    h.wait_for_chart(page, "timeline_chart")
    go_to(page, "Overview")
    assert metric(page, "Reports") == first_count
    assert params(page.url)["type"] == [ADDED_TYPE], "bound filters survive sidebar navigation"

    # 4. Every page renders without an exception; charts draw; screenshots for the record.
    titles = [label.split("\n")[-1].strip() for label, _ in h.nav_links(page)]
    assert {"Overview", "Timeline", "Bases map", "Troop levels", "Events", "Articles"} <= set(titles)
    for title in titles:
        go_to(page, title)
        assert_no_exception(page, title, server)
        if title in CHART_KEYS:
            h.wait_for_chart(page, CHART_KEYS[title])
        assert_view(page, [ADDED_TYPE])
        h.wait_for_rendered(page)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        h.screenshot(page, ARTIFACTS / f"{slug}.png")
    page.context.close()


def lane(page: Any) -> str:
    """The pressed option of the timeline's "Lanes by" control."""
    return page.locator(".st-key-lane [role=radio][aria-checked=true]").first.inner_text().strip()


def test_page_options_survive_page_changes_and_fresh_contexts(
    server: h.StreamlitServer, browser: Any, store_path: Path
) -> None:
    """lane, event, tiles and article are in the link: restored from it, kept across page changes."""
    from conflict_timeline.store import EventStore

    with EventStore(store_path) as store:
        frame = store.events_frame()
        event_id = str(frame["event_id"].iloc[0])
        article_id = str(frame["article_id"].iloc[0])

    page = h.new_page(browser)
    h.open_app(page, f"{server.url}/timeline?actor={ACTOR.replace(' ', '+')}&lane=type&event={event_id}")
    assert_no_exception(page, "timeline with page options", server)
    assert lane(page) == "type"
    assert page.locator(".st-key-event input").input_value() == event_id
    go_to(page, "Bases map")
    assert "lane" not in params(page.url) and params(page.url)["actor"] == [ACTOR]
    page.locator(".st-key-tiles label").first.click()
    page.wait_for_function("() => new URL(location.href).searchParams.get('tiles') === 'true'")
    h.wait_idle(page)
    with_tiles = page.url
    go_to(page, "Timeline")
    assert params(page.url)["lane"] == ["type"], "a page's option comes back with the page"
    assert lane(page) == "type"
    go_to(page, "Articles")
    page.locator(".st-key-article input").fill(article_id)
    page.keyboard.press("Enter")
    page.wait_for_function("a => new URL(location.href).searchParams.get('article') === a", arg=article_id)
    h.wait_idle(page)
    with_article = page.url
    page.context.close()

    page = h.new_page(browser)
    h.open_app(page, with_tiles)
    assert_no_exception(page, "map with tiles from the link", server)
    assert page.locator(".st-key-tiles input[type=checkbox]").is_checked()
    assert selected(page, "actor") == [ACTOR]
    page.context.close()

    page = h.new_page(browser)
    h.open_app(page, with_article)
    assert_no_exception(page, "article from the link", server)
    page.wait_for_function("a => document.querySelector('.st-key-article input')?.value === a", arg=article_id,
                           timeout=10_000)
    assert page.locator("[data-testid=stAlert]").count() == 0
    page.context.close()


def test_a_bad_link_gives_one_notice_and_no_traceback(server: h.StreamlitServer, browser: Any) -> None:
    page = h.new_page(browser)
    h.open_app(page, f"{server.url}/timeline?actor=Nobody&dates=2024-05-01&dates=2024-01-01&type=picnic"
                     f"&q={'x' * 500}&lane=colour&event=zzz")
    assert_no_exception(page, "bad link", server)
    # (the notice is drawn by the script run the link starts: wait for it on a busy machine)
    page.wait_for_selector("[data-testid=stAlert]:has-text('Ignored in the link:')", timeout=20_000)
    alerts = page.locator("[data-testid=stAlert]").all_inner_texts()
    notices = [a for a in alerts if "Ignored in the link:" in a]
    assert len(notices) == 1, alerts
    for part in ("actor", "dates", "type", "q:", "lane", "event"):
        assert part in notices[0], notices[0]
    assert not set(params(page.url)) & {"actor", "dates", "type", "q", "lane", "event"}, page.url
    page.context.close()


def test_offline_map_draws_labels_and_requests_nothing_from_elsewhere(
    server: h.StreamlitServer, browser: Any
) -> None:
    page = h.new_page(browser)
    outside: list[str] = []
    page.on("request", lambda request: None if request.url.startswith(("data:", "blob:", server.url))
            else outside.append(request.url))
    h.open_app(page, f"{server.url}/map")
    chart = h.wait_for_chart(page, "map_chart")
    h.wait_idle(page)
    labels = chart.locator("svg text").evaluate_all("els => els.map(e => e.textContent)")
    assert "Ain al-Asad Air Base" in labels, labels  # place names drawn, no glyph files needed
    assert outside == [], outside  # online tiles off: nothing leaves the machine
    assert_no_exception(page, "map", server)
    page.context.close()


def test_the_csv_download_has_a_byte_order_mark_and_every_column(
    server: h.StreamlitServer, browser: Any, tmp_path: Path
) -> None:
    from conflict_timeline.export import ACLED_COLUMNS

    page = h.new_page(browser)
    h.open_app(page, f"{server.url}/events?type=attack")
    with page.expect_download() as info:
        page.locator(".st-key-download_csv button").click()
    download = info.value
    assert download.suggested_filename == "events_type-attack.csv"
    raw = (tmp_path / "events.csv")
    download.save_as(str(raw))
    data = raw.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == list(ACLED_COLUMNS)
    page.context.close()
