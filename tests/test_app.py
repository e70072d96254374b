"""The dashboard run headless with Streamlit's AppTest: every page, seeded links, bad links, selections."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO_ROOT

PAGES = ["pages/overview.py", "pages/timeline.py", "pages/map.py", "pages/troops.py", "pages/events.py",
         "pages/articles.py"]
CHART_KEYS = {"pages/timeline.py": "timeline_chart", "pages/map.py": "map_chart", "pages/troops.py": "troops_chart"}


_ORIGINAL_INIT = PagesManager.__init__


def _init_after_navigation(self, *args, **kwargs) -> None:
    _ORIGINAL_INIT(self, *args, **kwargs)
    PagesManager.uses_pages_directory = False


@pytest.fixture(autouse=True)
def _as_after_the_first_request() -> Iterator[None]:
    """Run the app as a server does once any session has called `st.navigation`.

    AppTest resets `PagesManager.uses_pages_directory` before every run; with a `pages/` folder beside the
    entry script every run would then start as a server's very first request (the page file alone, then
    the hand-over to dashboard.py, which swallows one-shot values such as button clicks).
    `test_a_deep_link_opened_first_still_has_the_filters` checks that first request itself.
    """
    PagesManager.__init__ = _init_after_navigation
    yield
    PagesManager.__init__ = _ORIGINAL_INIT


@pytest.fixture(scope="module")
def data_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Point the dashboard at a temporary store built from the bundled articles (once per module)."""
    saved = {k: os.environ.get(k) for k in ("CONFLICT_TIMELINE_DB", "CONFLICT_TIMELINE_SYNTHETIC")}
    db = tmp_path_factory.mktemp("store") / "events.sqlite"
    os.environ["CONFLICT_TIMELINE_DB"] = str(db)
    os.environ.pop("CONFLICT_TIMELINE_SYNTHETIC", None)
    from conflict_timeline.pipeline import ensure_default_store

    store = ensure_default_store()
    assert store.counts()["events"] > 0, "the bundled corpus gave no events"
    mode = "store"
    yield mode
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def _app(**params: list[str] | str) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at


def _events_metric(at: AppTest) -> int:
    metric = next(m for m in at.metric if m.label == "Incidents")
    return int(metric.value.replace(",", ""))


def _warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


def _widget(at: AppTest, key: str):
    return next(w for w in (*at.multiselect, *at.date_input, *at.text_input, *at.selectbox) if w.key == key)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(data_env: str, page: str) -> None:
    at = _app().run()
    assert not at.exception
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, page
    if page in CHART_KEYS:
        charts = at.get("plotly_chart")
        assert charts, page
        assert any(c.proto.id and CHART_KEYS[page] in c.proto.id for c in charts), page


def test_overview_counts_follow_a_seeded_actor(data_env: str) -> None:
    everything = _app().run()
    total = _events_metric(everything)
    actors = _widget(everything, "actor").options
    assert total > 0 and actors
    actor = actors[0]
    seeded = _app(actor=[actor]).run()
    assert not seeded.exception
    assert _widget(seeded, "actor").value == [actor]
    assert 0 < _events_metric(seeded) < total
    assert not _warnings(seeded)
    share = [c.value for c in seeded.code]
    assert any("actor=" in s for s in share)


def test_seeded_dates_and_text(data_env: str) -> None:
    total = _events_metric(_app().run())
    at = _app(dates=["2023-10-01", "2024-02-29"]).run()
    assert not at.exception
    assert [d.isoformat() for d in _widget(at, "dates").value] == ["2023-10-01", "2024-02-29"]
    assert _events_metric(at) < total
    assert _events_metric(_app(q="zzzz-not-in-any-sentence").run()) == 0


def test_bad_link_parts_are_ignored_with_a_notice(data_env: str) -> None:
    good = _widget(_app().run(), "actor").options[0]
    at = _app(actor=[good, "No such actor"], dates=["2024-03-01", "2024-01-01"], type=["picnic"],
              q="x" * 5000).run()
    assert not at.exception
    notices = _warnings(at)
    assert len(notices) == 1 and notices[0].startswith("Ignored in the link:")
    for part in ("actor", "dates", "type", "q"):
        assert part in notices[0]
    assert _widget(at, "actor").value == [good]
    assert _widget(at, "type").value == []
    assert _widget(at, "dates").value == ()
    assert _widget(at, "q").value == ""
    # the notice is shown once; the corrected view stays
    at.run()
    assert not _warnings(at) and _widget(at, "actor").value == [good]


def test_malformed_dates_alone(data_env: str) -> None:
    at = _app(dates=["yesterday", "2024-01-01"]).run()
    assert not at.exception
    assert any("dates" in w for w in _warnings(at))
    assert _widget(at, "dates").value == ()


def _open(page: str, **params: list[str] | str) -> AppTest:
    """The app opened on `page` with a link carrying `params` (as a shared link to that page would)."""
    at = _app().run()
    for key, value in params.items():
        at.query_params[key] = value
    return at.switch_page(page).run()


def test_lane_option_from_the_link(data_env: str) -> None:
    from conflict_timeline.schema import EVENT_TYPES

    by_type = _open("pages/timeline.py", lane="type")
    assert not by_type.exception
    lanes = set(_figure(by_type)["layout"]["yaxis"]["ticktext"])
    assert lanes and lanes <= set(EVENT_TYPES)
    by_actor = _open("pages/timeline.py")
    assert set(_figure(by_actor)["layout"]["yaxis"]["ticktext"]) - set(EVENT_TYPES)
    bad = _open("pages/timeline.py", lane="colour")
    assert not bad.exception
    assert any(w.startswith("Ignored in the link:") and "lane" in w for w in _warnings(bad))


def test_bad_filters_and_a_bad_page_option_are_all_noticed(data_env: str) -> None:
    """The page's own correction (a rerun) must not swallow what the entry script already noticed."""
    at = _open("pages/timeline.py", actor=["No such actor"], dates=["2024-03-01", "2024-01-01"], lane="colour")
    assert not at.exception
    notices = [w for w in _warnings(at) if w.startswith("Ignored in the link:")]
    assert len(notices) == 1
    for part in ("actor", "dates", "lane"):
        assert part in notices[0], notices[0]
    assert _widget(at, "actor").value == []


def test_map_tiles_option_from_the_link(data_env: str) -> None:
    on = _open("pages/map.py", tiles="true")
    assert not on.exception and not _warnings(on)
    assert _figure(on)["layout"]["map"]["style"] == "open-street-map"
    bad = _open("pages/map.py", tiles="maybe")
    assert not bad.exception
    assert any(w.startswith("Ignored in the link:") and "tiles" in w for w in _warnings(bad))
    assert "map" not in _figure(bad)["layout"]  # offline: no MapLibre map, labelled SVG instead




def _figure(at: AppTest) -> dict:

    return json.loads(at.get("plotly_chart")[0].proto.spec)


def _select_first_event(at, chart_key: str) -> str:
    """Simulate a click on the chart's first event; check that its evidence shows and return its id."""
    fig = _figure(at)
    trace = next(t for t in fig["data"] if t.get("customdata"))
    event_id = trace["customdata"][0][0]
    at.session_state[chart_key] = {
        "selection": {"points": [{"customdata": [event_id], "curve_number": 0, "point_index": 0}],
                      "point_indices": [0], "box": [], "lasso": []}
    }
    at.run()
    assert not at.exception
    assert _widget(at, "event").value == event_id
    assert any(s.value == "Evidence" for s in at.subheader)
    return event_id


def test_timeline_selection_shows_the_evidence(data_env: str) -> None:
    at = _app().run()
    at.switch_page("pages/timeline.py").run()
    _select_first_event(at, "timeline_chart")


def test_map_selection_sets_the_place_filter(data_env: str) -> None:
    at = _app().run()
    at.switch_page("pages/map.py").run()
    fig = _figure(at)
    trace = next(t for t in fig["data"] if t.get("customdata") and t["name"] != "no events in view")
    place = trace["customdata"][0][0]
    total = _events_metric(_app().run())
    at.session_state["map_chart"] = {
        "selection": {"points": [{"customdata": [place], "curve_number": 0, "point_index": 0}],
                      "point_indices": [0], "box": [], "lasso": []}
    }
    at.run()
    assert not at.exception
    assert _widget(at, "place").value == [place]
    at.switch_page("pages/overview.py").run()
    assert _widget(at, "place").value == [place]
    assert 0 < _events_metric(at) < total


def test_the_same_base_can_be_picked_again_after_clearing(data_env: str) -> None:
    at = _open("pages/map.py")
    trace = next(t for t in _figure(at)["data"] if t.get("customdata") and t["name"] != "no events in view")
    place = trace["customdata"][0][0]
    click = {"selection": {"points": [{"customdata": [place], "curve_number": 0, "point_index": 0}],
                           "point_indices": [0], "box": [], "lasso": []}}
    at.session_state["map_chart"] = click
    at.run()
    assert _widget(at, "place").value == [place]
    at.button(key="map_clear").click().run()
    assert _widget(at, "place").value == []
    at.session_state["map_chart"] = {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    at.run()  # the figure changed: the browser clears the selection
    at.session_state["map_chart"] = click
    at.run()
    assert not at.exception
    assert _widget(at, "place").value == [place]


def test_map_place_picker_sets_the_place_filter(data_env: str) -> None:
    at = _open("pages/map.py")
    picker = at.selectbox(key="map_place_pick")
    place = picker.options[1].split(" · ")[0]  # the options show names with their Arabic
    picker.set_value(place).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _widget(at, "place").value == [place]
    assert at.selectbox(key="map_place_pick").value == ""
    at.button(key="map_clear").click().run()
    assert not at.exception
    assert _widget(at, "place").value == []


def test_unknown_event_and_article_ids(data_env: str) -> None:
    at = _open("pages/events.py", event="0123456789abcdef")
    assert not at.exception
    assert any("event" in w for w in _warnings(at) if w.startswith("Ignored in the link:"))
    assert _widget(at, "event").value == ""
    at = _open("pages/articles.py", article="not-an-article")
    assert not at.exception
    assert any("article" in w for w in _warnings(at) if w.startswith("Ignored in the link:"))


def test_article_title_and_id_stay_in_step(data_env: str) -> None:
    from conflict_timeline.store import EventStore

    article_id = EventStore(os.environ["CONFLICT_TIMELINE_DB"]).article_ids()[0][0]
    at = _articles_page()
    listed = next(d.value for d in at.dataframe if "events in view" in d.value.columns)
    assert len(listed) == len(EventStore(os.environ["CONFLICT_TIMELINE_DB"]).article_ids())  # not blank
    at.selectbox(key="article_pick").set_value(article_id).run()
    assert not at.exception
    assert _widget(at, "article").value == article_id
    at.text_input(key="article").input("").run()
    assert not at.exception
    assert at.selectbox(key="article_pick").value == ""  # a cleared id clears the title






def test_a_deep_link_opened_first_still_has_the_filters(data_env: str) -> None:
    """A page's address opened first (legacy `pages/` discovery runs the page file alone) hands over to
    dashboard.py, so the sidebar filters exist and the link's filter applies."""
    actor = _widget(_app().run(), "actor").options[0]
    PagesManager.__init__ = _ORIGINAL_INIT  # as on a fresh server
    at = _app(actor=[actor])
    at.switch_page("pages/troops.py").run()
    assert not at.exception
    assert at.title[0].value == "Troop levels"
    assert _widget(at, "actor").value == [actor]
    assert actor in at.caption[0].value


ARTICLE = (
    "القوات الأمريكية تصل إلى قاعدة حرير\n"
    "وصلت قوة أمريكية قوامها 300 جندي إلى قاعدة حرير الجوية في أربيل أمس الأحد، وفق ما نقلته وسائل إعلام محلية.\n"
    "وقال مسؤول إن القوة ستبقى في القاعدة عدة أشهر.\n"
)


EDITOR_PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def editor_hash() -> str:
    from conflict_timeline.editor_password import hash_password

    return hash_password(EDITOR_PASSWORD, iterations=1_000)  # few iterations: tests only


@pytest.fixture
def local_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The viewer is on this machine (AppTest has no client connection, so no address)."""
    from conflict_timeline.ui import editor

    monkeypatch.setattr(editor, "peer_address", lambda: "127.0.0.1")


def _articles_page(secrets: dict[str, str] | None = None, password: str | None = None) -> AppTest:
    at = _app()
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    at.run()
    at.switch_page("pages/articles.py").run()
    if password is not None:
        at.text_input(key="editor_password").input(password).run()
    return at


@pytest.mark.usefixtures("local_viewer")
def test_a_bad_upload_gives_a_one_line_error(data_env: str) -> None:
    at = _articles_page()
    at.get("file_uploader")[0].upload("broken.json", b"{not json", "application/json")
    at.run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and "broken" in errors[0] and "\n" not in errors[0]


def test_paste_preview_date_and_save(data_env: str, editor_hash: str) -> None:
    from conflict_timeline.editor_password import SECRET_KEY
    from conflict_timeline.store import EventStore

    at = _articles_page({SECRET_KEY: editor_hash}, EDITOR_PASSWORD)
    at.radio(key="add_mode").set_value("Paste text").run()
    at.text_area(key="add_paste").input(ARTICLE).run()
    assert not at.exception
    assert any("no publication date" in w for w in _warnings(at))
    at.date_input(key="add_published").set_value(__import__("datetime").date(2024, 3, 4)).run()
    assert not at.exception
    assert not any("no publication date" in w for w in _warnings(at))
    preview = at.dataframe[-1].value
    assert len(preview) >= 1 and "troops" in preview.columns
    store = EventStore(os.environ["CONFLICT_TIMELINE_DB"])
    before = store.counts()["articles"]
    at.button(key="add_save").click().run()
    assert not at.exception
    assert at.success and at.success[0].value.startswith("Saved: 1 new article")
    assert "new incident" in at.success[0].value  # says what the events became
    assert store.counts()["articles"] == before + 1
    # saving the same text again replaces it instead of adding a copy
    at.button(key="add_save").click().run()
    assert store.counts()["articles"] == before + 1


@pytest.mark.usefixtures("local_viewer")
def test_a_stored_article_without_a_date_can_be_dated_and_extracted_again(data_env: str) -> None:
    import datetime

    from conflict_timeline.store import EventStore

    store = EventStore(os.environ["CONFLICT_TIMELINE_DB"])
    undated = store.articles_frame()
    article_id = str(undated.loc[undated["published"].isna(), "article_id"].iloc[0])
    at = _open("pages/articles.py", article=article_id)
    assert any("no publication date" in w for w in _warnings(at))
    at.date_input(key=f"redate_{article_id}").set_value(datetime.date(2024, 3, 4)).run()
    at.button(key=f"redate_{article_id}_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success and at.success[0].value.startswith("Saved with the date 2024-03-04")
    assert not any("no publication date" in w for w in _warnings(at))
    assert store.article(article_id).published == datetime.date(2024, 3, 4)


def test_events_row_selection_shows_the_evidence(data_env: str) -> None:
    at = _open("pages/events.py")
    at.session_state["events_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    event_id = _widget(at, "event").value
    assert len(event_id) == 16
    assert any(b.proto.label == "Open the article" for b in at.get("page_link"))
    assert [b.proto.label for b in at.get("download_button")] == ["CSV (ACLED-style columns)", "JSON Lines",
                                                                  "GeoJSON (events with coordinates)"]








def test_troop_claims_table(data_env: str) -> None:
    at = _open("pages/troops.py")
    assert not at.exception
    claims = next(d.value for d in at.dataframe if "series" in d.value.columns)
    assert {"date as written", "troops", "series", "status", "source", "sentence"} <= set(claims.columns)
    assert claims["troops"].notna().all() and len(claims) > 0
    # lines are per side (actor_group): the US military's and the White House's claims share a line
    us = claims[claims["actor"].isin(["US military", "White House", "United States"])]
    assert len(us) > 0 and us["series"].str.startswith("United States").all()
    assert us["actor"].nunique() > 1 and us["series"].nunique() < len(us)






def test_troop_claim_selection_shows_the_evidence(data_env: str) -> None:
    at = _open("pages/troops.py")
    event_id = _select_first_event(at, "troops_chart")
    assert any("event=" + event_id in c.value for c in at.code)  # part of the shared link


def test_highlighted_text_is_built_from_escaped_pieces() -> None:
    import re

    from conflict_timeline.ui.common import highlighted_markdown

    text = "قال **مسؤول** <script>x</script> [رابط](http://example.com) $x$ :red[y]\nسطر ثان: ٣٠٠ جندي."
    start = text.index("سطر")
    out = highlighted_markdown(text, [(start, len(text))])
    # the only markup left is the highlight directive; every special character of the text is escaped
    body = out.replace(":orange-background[", "", 1)
    body = body[: body.rindex("]")] + body[body.rindex("]") + 1 :]
    assert not re.search(r"(?<!\\)[*_\[\]()<>$:`#|~]", body), body
    assert out.count(":orange-background[") == 1 and "سطر ثان" in out
    assert highlighted_markdown("abc", [(5, 9), (2, 1)]) == "abc"  # out-of-range and empty spans ignored


def test_share_url_keeps_the_served_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    from conflict_timeline.filters import Filter
    from conflict_timeline.ui import state

    flt = Filter(actors=("Islamic Resistance in Iraq",))
    assert state.share_url(flt, "timeline", {"lane": "type"}) == "/timeline?actor=Islamic+Resistance+in+Iraq&lane=type"
    assert state.share_url(Filter(), "") == "/"
    monkeypatch.setattr(state.st, "get_option", lambda key: "/ct/" if key == "server.baseUrlPath" else None)
    assert state.share_url(Filter(), "map") == "/ct/map"
    assert state.share_url(Filter(), "") == "/ct"


def test_html_is_only_ever_static() -> None:
    """No text from the data can reach st.html or unsafe_allow_html: their markup is a literal in the code."""
    import ast

    files = [REPO_ROOT / "dashboard.py", *sorted((REPO_ROOT / "pages").glob("*.py")),
             *sorted((REPO_ROOT / "conflict_timeline" / "ui").glob("*.py"))]
    html_calls = 0
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            unsafe = any(k.arg == "unsafe_allow_html" and not (isinstance(k.value, ast.Constant) and
                                                                k.value.value is False) for k in node.keywords)
            assert not unsafe, f"{path.name}:{node.lineno}: unsafe_allow_html"
            if isinstance(node.func, ast.Attribute) and node.func.attr == "html":
                html_calls += 1
                literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
                assert node.args and literal, f"{path.name}:{node.lineno}: st.html with a computed argument"
    assert html_calls >= 1  # the right-to-left style sheet


def test_an_unreadable_store_is_a_one_line_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "events.sqlite"
    broken.write_bytes(b"this is not an SQLite file" * 100)
    monkeypatch.setenv("CONFLICT_TIMELINE_DB", str(broken))
    monkeypatch.delenv("CONFLICT_TIMELINE_SYNTHETIC", raising=False)
    at = _app().run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and "not an event store" in errors[0] and "\n" not in errors[0]
