"""The dashboard's views of the bundled articles in a real browser (Playwright and Debian's Chromium): one
incident counted once, conflicting troop figures shown as such, a base chosen on the map named in the
caption, each of several same-day events selectable, and downloads that tools can open.

One server per module, on a store built from `data/articles/` as the dashboard builds it on its first run.
Every wait is for a condition on the page (never a fixed sleep followed by a check).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests import browser_harness as h
from tests.test_browser import ARTIFACTS, _require_browser, assert_no_exception

pytestmark = pytest.mark.browser

TALL = {"width": 1400, "height": 1800}  # the whole chart in view, so every point can be clicked


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_browser()
    return h.corpus_store(tmp_path_factory.mktemp("browser-corpus") / "events.sqlite")


@pytest.fixture(scope="module")
def browser(corpus_db: Path) -> Iterator[Any]:
    with h.chromium() as b:
        yield b


@pytest.fixture(scope="module")
def server(corpus_db: Path, browser: Any) -> Iterator[h.StreamlitServer]:
    with h.StreamlitServer(corpus_db, ARTIFACTS / "streamlit-server-corpus.log", timeout=90) as srv:
        warm = h.new_page(browser)  # the first request of a fresh server shows the start page
        h.open_app(warm, srv.url + "/")
        warm.context.close()
        yield srv


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = h.new_page(browser)
    yield tab
    tab.context.close()


# ----------------------------------------------------------------------------- reading the page

# The rows of a data grid: the one inside `.st-key-<key>`, or the first whose headers include `column`.
_GRID = """([key, column]) => {
    const tables = key ? [...document.querySelectorAll(`.st-key-${key} table[role=grid]`)]
                       : [...document.querySelectorAll('table[role=grid]')].filter(
                             t => [...t.querySelectorAll('thead th')].some(th => th.textContent.trim() === column));
    const table = tables[0];
    if (!table) return null;
    const heads = {};
    table.querySelectorAll('thead th').forEach(th => { heads[th.getAttribute('aria-colindex')] = th.textContent.trim(); });
    return [...table.querySelectorAll('tbody tr')].map(tr => Object.fromEntries(
        [...tr.querySelectorAll('td')].map(td => [heads[td.getAttribute('aria-colindex')], td.textContent.trim()])));
}"""


def grid(page: Any, key: str | None = None, rows: int = 1, column: str | None = None) -> list[dict[str, str]]:
    """The rows of a table as the browser exposes them (the grid's accessible table: the cells in view),
    once it has at least `rows` rows: the table of widget `key`, or the first with a `column` header."""
    page.wait_for_function(f"args => ({_GRID})(args)?.length >= {rows}", arg=[key, column])
    return page.evaluate(_GRID, [key, column])


_FIGURE = "key => document.querySelector(`.st-key-${key} .js-plotly-plot`)"

# Client coordinates of the marker whose first customdata value is `id` (the first one found).
_POINT = """([key, id]) => {
    const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
    const box = gd.getBoundingClientRect(), layout = gd._fullLayout;
    for (let t = 0; t < gd._fullData.length; t++) {
        const trace = gd._fullData[t];
        if (trace.type !== 'scatter' || !(trace.mode || '').includes('markers') || !trace.visible) continue;
        const custom = trace.customdata || [];
        for (let i = 0; i < custom.length; i++) {
            if (!custom[i] || String(custom[i][0]) !== id) continue;
            const xa = layout[trace.xaxis.replace('x', 'xaxis')], ya = layout[trace.yaxis.replace('y', 'yaxis')];
            const point = gd.calcdata[t][i];
            return {x: box.left + xa._offset + xa.c2p(point.x), y: box.top + ya._offset + ya.c2p(point.y)};
        }
    }
    return null;
}"""


_HOVERED = """([key, id]) => (document.querySelector(`.st-key-${key} .js-plotly-plot`)._hoverdata || [])
    .some(p => p.customdata && String(p.customdata[0]) === id)"""


def click_point(page: Any, key: str, point_id: str) -> None:
    """Click the marker of `point_id` in the chart `key`, as a reader does."""
    h.wait_for_chart(page, key)
    where = page.evaluate(_POINT, [key, point_id])
    assert where is not None, f"{key}: no marker for {point_id}"
    size = page.viewport_size
    assert 0 <= where["x"] < size["width"] and 0 <= where["y"] < size["height"], (point_id, where, size)
    page.mouse.move(where["x"] - 3, where["y"] - 3)
    page.mouse.move(where["x"], where["y"], steps=3)
    # a click picks the hovered point: wait until the hover is on this one (close points are a few pixels apart)
    page.wait_for_function(_HOVERED, arg=[key, point_id])
    page.mouse.down()
    page.mouse.up()


def captions(page: Any) -> str:
    return " ".join(page.locator("[data-testid=stCaptionContainer]").all_inner_texts())


def params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def download(page: Any, key: str, tmp_path: Path) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.locator(f".st-key-{key} button").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(str(saved))
    return info.value.suggested_filename, saved.read_bytes()


# ----------------------------------------------------------------------------- tests


def test_the_tower_22_incident_is_one_row_with_its_reports(server: h.StreamlitServer, page: Any) -> None:
    h.open_app(page, f"{server.url}/events?place=Tower+22")
    assert_no_exception(page, "events at Tower 22", server)
    rows = grid(page, "events_table")
    attacks = [r for r in rows if r.get("event_type") == "attack"]
    assert len(attacks) == 1, rows  # four articles report it: one row
    attack = attacks[0]
    # (two of the articles read alike: one stored report of two sources)
    assert attack["location"] == "Tower 22" and attack["reports"] == "3" and attack["killed"] == "3", attack
    assert attack["what each source says"].count(": reported") >= 1

    # Select the row (its marker at the left of the grid): its reports are listed, figures not added up.
    index = rows.index(attack)
    canvas = page.locator(".st-key-events_table canvas").first.bounding_box()
    page.mouse.click(canvas["x"] + 12, canvas["y"] + 35 * (index + 1) + 17)
    page.wait_for_function("() => new URL(location.href).searchParams.get('event')")
    h.wait_idle(page)
    reports = grid(page, rows=3, column="published")  # the reports of the selected incident
    assert len(reports) == 3 and [r["killed"] for r in reports] == ["3", "3", "3"], reports
    assert page.get_by_text("This incident has 3 reports").count() == 1
    assert_no_exception(page, "a selected incident", server)


def test_the_syria_2024_troop_figures_show_as_a_conflict_of_two_sources(
        server: h.StreamlitServer, page: Any) -> None:
    h.open_app(page, f"{server.url}/troops?dates=2024-11-01&dates=2024-12-31&country=Syria")
    assert_no_exception(page, "troops in Syria, late 2024", server)
    h.wait_for_chart(page, "troops_chart")
    page.wait_for_function("() => [...document.querySelectorAll('.st-key-troops_chart svg .legendtext')]"
                           ".some(t => t.textContent === 'conflicting figures')")  # the legend names the rings
    ring = page.evaluate(f"key => ({_FIGURE})(key)._fullData.find(t => t.name === 'conflicting figures').y",
                         "troops_chart")
    assert [y for y in ring if y == y and y is not None] == [900, 2000]  # NaN ends the pair
    conflicts = grid(page, column="first figure")
    row = [r for r in conflicts if r.get("first figure") == "900" and r.get("second figure") == "2000"]
    assert len(row) == 1, conflicts
    assert row[0]["forces"] == "United States in Syria"
    assert row[0]["first source"] and row[0]["second source"] and row[0]["first source"] != row[0]["second source"]


def test_a_base_chosen_on_the_map_is_named_in_the_caption(server: h.StreamlitServer, page: Any) -> None:
    base = "Ain al-Asad Air Base"
    h.open_app(page, f"{server.url}/map")
    h.wait_for_chart(page, "map_chart")
    assert "no filter" in captions(page)
    click_point(page, "map_chart", base)
    page.wait_for_function("b => new URL(location.href).searchParams.getAll('place').includes(b)", arg=base)
    h.wait_idle(page)
    page.wait_for_function("b => [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
                           ".some(c => c.innerText.includes(`place: ${b}`))", arg=base)
    text = captions(page)
    assert "no filter" not in text and f"place: {base}" in text, text
    assert params(page.url)["place"] == [base]
    assert_no_exception(page, "map with a chosen base", server)


_SAME_DAY = """key => {
    const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
    const groups = {};
    gd._fullData.forEach((trace, t) => {
        if (trace.type !== 'scatter' || !(trace.mode || '').includes('markers')) return;
        (trace.customdata || []).forEach((custom, i) => {
            const point = gd.calcdata[t][i];
            const at = `${trace.yaxis}:${Math.round(point.y)}:${point.x}`;
            (groups[at] = groups[at] || []).push(String(custom[0]));
        });
    });
    return Object.values(groups).filter(ids => ids.length > 1).sort((a, b) => b.length - a.length)[0] || null;
}"""


def test_each_of_several_same_day_events_can_be_selected(server: h.StreamlitServer, page: Any) -> None:
    page.set_viewport_size(TALL)
    h.open_app(page, f"{server.url}/timeline?lane=type&dates=2024-01-01&dates=2024-02-29")
    h.wait_for_chart(page, "timeline_chart")
    same_day = page.evaluate(_SAME_DAY, "timeline_chart")
    assert same_day and len(same_day) >= 2, "the view should hold events of one lane on one day"
    for event_id in same_day:
        click_point(page, "timeline_chart", event_id)
        page.wait_for_function("id => document.querySelector('.st-key-event input')?.value === id", arg=event_id)
        h.wait_idle(page)
        assert params(page.url)["event"] == [event_id]
        assert_no_exception(page, f"timeline, event {event_id}", server)


def test_the_csv_download_keeps_the_arabic_and_has_every_listed_column(
        server: h.StreamlitServer, page: Any, tmp_path: Path) -> None:
    from conflict_timeline.export import ACLED_COLUMNS

    h.open_app(page, f"{server.url}/events?place=Tower+22")
    name, raw = download(page, "download_csv", tmp_path)
    assert name == "events_place-Tower-22.csv", name
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark: spreadsheets read the file as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    header = list(rows[0])
    assert header == list(ACLED_COLUMNS)
    listed = {"incident_id", "reports", "troops", "status", "event_date_end", "date_as_written", "article_title",
              "article_url"}
    assert listed <= set(header), sorted(listed - set(header))
    assert len(rows) == 3 and len({r["incident_id"] for r in rows}) == 1  # three stored reports of one incident
    arabic = " ".join(v for r in rows for v in r.values())
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic), "the Arabic names and sentences are kept"
    assert "Ø" not in arabic  # no mojibake


def test_the_geojson_download_is_valid(server: h.StreamlitServer, page: Any, tmp_path: Path) -> None:
    h.open_app(page, f"{server.url}/events?type=attack")
    name, raw = download(page, "download_geojson", tmp_path)
    assert name == "events_type-attack.geojson"
    doc = json.loads(raw.decode("utf-8"))
    assert doc["type"] == "FeatureCollection" and doc["features"]
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        geometry = feature["geometry"]
        assert geometry["type"] == "Point" and len(geometry["coordinates"]) == 2
        lon, lat = geometry["coordinates"]
        assert isinstance(lon, float | int) and isinstance(lat, float | int)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert 25 <= lon <= 65 and 10 <= lat <= 45, feature  # the Middle East, not swapped axes
        assert feature["properties"]["event_type"] == "attack" and feature["properties"]["event_id"]
    ids = [f["properties"]["event_id"] for f in doc["features"]]
    assert len(ids) == len(set(ids))


def test_a_viewer_on_this_machine_is_told_that_editing_is_open(server: h.StreamlitServer, page: Any) -> None:
    """The client address is read from the live connection: a browser on 127.0.0.1 may add articles."""
    h.open_app(page, f"{server.url}/articles")
    assert "Editing is open to viewers on this machine" in captions(page)
    page.get_by_role("tab", name="Add articles").click()
    page.locator(".st-key-add_mode").wait_for()
    assert_no_exception(page, "articles", server)
