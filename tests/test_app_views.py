"""The dashboard's views of incidents, troop claims, the map, the timeline and the articles, run headless
with Streamlit's AppTest (helpers and the store fixture are shared with test_app.py)."""

from __future__ import annotations

import json

import pytest

from tests.test_app import (  # noqa: F401 (fixtures used by name)
    _app,
    _articles_page,
    _as_after_the_first_request,
    _events_metric,
    _open,
    _widget,
    data_env,
)


@pytest.mark.usefixtures("data_env")
def test_the_tower_22_incident_is_one_row_with_its_reports() -> None:
    at = _app(place="Tower 22").run().switch_page("pages/events.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    attacks = table[table["event_type"] == "attack"]
    assert len(attacks) == 1  # four articles report it: one incident
    row = attacks.iloc[0]
    # (two of the articles read alike: one stored report with two sources)
    assert row["reports"] == 3 and row["sources"] == 4 and row["fatalities"] == 3  # 3 killed, not 12
    assert row["source_status"].count(": reported") >= 1
    at.session_state["events_table"] = {"selection": {"rows": [table.index.get_loc(attacks.index[0])],
                                                       "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    reports = next(d.value for d in at.dataframe if "published" in d.value.columns)
    assert len(reports) == 3 and reports["fatalities"].tolist() == [3, 3, 3]
    assert any("3 reports" in m.value for m in at.markdown)
    overview = _app(place="Tower 22").run()
    assert _events_metric(overview) == len(table)


@pytest.mark.usefixtures("data_env")
def test_timeline_zoom_sets_the_date_filter() -> None:
    from datetime import date

    at = _open("pages/timeline.py")
    zoom = next(s for s in at.slider if s.key.startswith("zoom_"))
    zoom.set_value((date(2024, 1, 1), date(2024, 3, 31))).run()
    assert not at.exception
    assert tuple(_widget(at, "dates").value) == (date(2024, 1, 1), date(2024, 3, 31))
    assert any("2024\\-01\\-01 to 2024\\-03\\-31" in c.value for c in at.caption)
    spec = json.loads(next(c for c in at.get("plotly_chart") if "timeline_chart" in c.proto.id).proto.spec)
    drawn = [x for t in spec["data"] for x in (t.get("x") or []) if t.get("type") != "bar"]
    assert drawn and all("2024-01-01" <= str(x)[:10] <= "2024-03-31" for x in drawn)
    assert next(s for s in at.slider if s.key.startswith("zoom_")).value == (date(2024, 1, 1), date(2024, 3, 31))


@pytest.mark.usefixtures("data_env")
def test_a_family_filter_says_it_brings_in_its_members() -> None:
    at = _app(actor="Islamic Resistance in Iraq").run().switch_page("pages/timeline.py").run()
    assert not at.exception
    notes = [i.value for i in at.info]
    assert any("Islamic Resistance in Iraq is a family" in n and "Kataib Hezbollah" in n for n in notes), notes


def _decoded(values: object) -> list:
    """A figure's array as a list (plotly sends numpy arrays base64-encoded), NaN as None."""
    import base64

    import numpy as np

    if isinstance(values, dict) and "bdata" in values:
        values = np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return [None if v is None or v != v else v for v in values]


@pytest.mark.usefixtures("data_env")
def test_syria_2024_troop_figures_are_a_conflict_of_two_sources() -> None:
    at = _app(dates=["2024-11-01", "2024-12-31"], country="Syria").run().switch_page("pages/troops.py").run()
    assert not at.exception
    conflicts = next(d.value for d in at.dataframe if "first figure" in d.value.columns)
    row = conflicts[(conflicts["first figure"] == 900) & (conflicts["second figure"] == 2000)]
    assert len(row) == 1 and row.iloc[0]["forces"] == "United States in Syria"
    assert row.iloc[0]["first source"] != row.iloc[0]["second source"]
    spec = json.loads(next(c for c in at.get("plotly_chart") if "troops_chart" in c.proto.id).proto.spec)
    ring = next(t for t in spec["data"] if t.get("name") == "conflicting figures")
    assert _decoded(ring["y"]) == [900.0, 2000.0, None]  # the only conflict in the view


@pytest.mark.usefixtures("data_env")
def test_a_base_chosen_on_the_map_is_named_in_the_caption() -> None:
    at = _open("pages/map.py")
    at.session_state["map_chart"] = {
        "selection": {"points": [{"customdata": ["Tower 22"], "curve_number": 0, "point_index": 0}],
                      "point_indices": [0], "box": [], "lasso": []}}
    at.run()
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "place\\: Tower 22" in captions and "no filter" not in captions
    side = next(d.value for d in at.dataframe if "country" in d.value.columns and "events" in d.value.columns
                and len(d.value.columns) == 2)
    assert side["events"].sum() > 0


@pytest.mark.usefixtures("data_env")
def test_articles_list_follows_the_filters_and_opens_a_row() -> None:
    at = _app(place="Tower 22").run().switch_page("pages/articles.py").run()
    assert not at.exception
    listed = next(d.value for d in at.dataframe if "events in view" in d.value.columns)
    everything = next(d.value for d in _articles_page().dataframe if "events in view" in d.value.columns)
    assert 0 < len(listed) < len(everything) and (listed["events in view"] > 0).all()
    at.session_state["articles_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert _widget(at, "article").value == listed.iloc[0]["article_id"]
    assert any("events from this article" in c.value for c in at.caption)


@pytest.mark.usefixtures("data_env")
def test_byline_parts_are_isolated() -> None:
    from conflict_timeline.ui.common import byline

    assert byline(["2024-01-29", "رويترز", "", "ar"]) == "\u20682024-01-29\u2069 · \u2068رويترز\u2069 · \u2068ar\u2069"
    at = _articles_page()
    at.session_state["articles_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert any(c.value.startswith("\u2068") and c.value.count("\u2068") >= 2 for c in at.caption)


@pytest.mark.usefixtures("data_env")
@pytest.mark.parametrize(("page", "key"), [("pages/timeline.py", "timeline_chart"), ("pages/troops.py", "troops_chart")])
def test_a_chart_keeps_its_id_from_the_run_that_drew_it(page: str, key: str) -> None:
    """The id of a chart depends on its figure: if the next run's figure differed (a cache hit unpickles
    a copy), the browser's first click on the chart would be discarded."""
    import streamlit as st

    st.cache_data.clear()  # the first run draws a figure just made, the next ones a cached copy
    at = _open(page, dates=["2024-01-01", "2024-02-29"])
    first = next(c.proto.id for c in at.get("plotly_chart") if key in c.proto.id)
    at.run()
    assert not at.exception
    assert next(c.proto.id for c in at.get("plotly_chart") if key in c.proto.id) == first
