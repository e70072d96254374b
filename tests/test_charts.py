"""Figures from events frames: trace types, what is drawn and what is left out, aggregation."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from conflict_timeline import charts
from tests.test_filters import make_frame


@pytest.fixture
def frame() -> pd.DataFrame:
    return make_frame([
        dict(actor="Islamic Resistance in Iraq", actor_ar="المقاومة الإسلامية في العراق", event_type="attack",
             location="Ain al-Asad Air Base", location_ar="قاعدة عين الأسد", country="Iraq", lat=33.79, lon=42.44,
             geo_precision="site", date_start="2024-01-20", date_end="2024-01-20", date_text="السبت",
             sentence="<b>Drones</b> struck the base"),
        dict(actor="Islamic Resistance in Iraq", event_type="attack", location="Ain al-Asad Air Base",
             country="Iraq", lat=33.79, lon=42.44, geo_precision="site", date_start="2024-02-01",
             date_end="2024-02-01"),
        dict(actor="United States", event_type="airstrike", location="Ain al-Asad Air Base", country="Iraq",
             lat=33.79, lon=42.44, geo_precision="site", date_start="2024-02-03", date_end="2024-02-03"),
        dict(actor="United States", event_type="troop_level", location="Syria", country="Syria", lat=35.0,
             lon=38.5, geo_precision="country", date_start="2023-01-01", date_end="2023-12-31",
             date_precision="year", troops=900, status="confirmed", source="Pentagon"),
        dict(actor="United States", event_type="troop_level", location="Syria", country="Syria", lat=35.0,
             lon=38.5, geo_precision="country", date_start="2024-01-15", date_end="2024-01-15",
             troops=2000, status="reported", source="Washington Post"),
        dict(actor="United States", event_type="troop_level", location="Syria", country="Syria",
             geo_precision="country", date_start="2024-01-20", date_end="2024-01-20", troops=800,
             status="denied", source="Al Jazeera"),
        dict(actor="United States", event_type="deployment", location="Syria", country="Syria",
             geo_precision="country", date_start="2024-01-25", date_end="2024-01-25", troops=1500),
        dict(actor="Government of Iraq", event_type="denial", country="Iraq", date_start=None, date_end=None,
             date_precision="unknown", geo_precision="unknown"),
        dict(actor="United States", event_type="withdrawal", location="Al-Tanf Garrison", country="Syria",
             lat=33.5, lon=38.6, geo_precision="site", date_start="2024-06-01", date_end="2024-06-30",
             date_precision="month"),
    ])


def _traces(fig: go.Figure, kind: str) -> list:
    return [t for t in fig.data if t.type == kind]


def test_timeline_points_spans_and_unknown_dates(frame: pd.DataFrame) -> None:
    fig = charts.timeline_figure(frame)
    scatter = _traces(fig, "scatter")
    bars = _traces(fig, "bar")
    point_ids = {row[0] for t in scatter for row in t.customdata}
    span_ids = {row[0] for t in bars for row in t.customdata}
    # day-precision events are points, coarser dates are horizontal spans
    assert point_ids == {"e000", "e001", "e002", "e004", "e005", "e006"}
    assert span_ids == {"e003", "e008"}
    assert all(t.orientation == "h" for t in bars)
    year = next(t for t in bars if "e003" in {r[0] for r in t.customdata})
    assert year.base[0] == "2023-01-01" and year.x[0] == pytest.approx(365 * 86_400_000)
    # the undated event is not drawn and is counted
    assert "1 without a date" in fig.layout.title.text
    assert not charts.is_aggregated(fig)
    # lanes carry the Arabic name beside the English one; colours follow the event type
    assert any("المقاومة الإسلامية في العراق" in y for y in fig.layout.yaxis.ticktext)
    attack = next(t for t in scatter if t.name == "attack")
    assert attack.marker.color == charts.TYPE_COLOURS["attack"]


def test_timeline_hover_escapes_markup(frame: pd.DataFrame) -> None:
    fig = charts.timeline_figure(frame)
    hover = " ".join(h for t in fig.data for h in t.hovertext)
    assert "&lt;b&gt;Drones&lt;/b&gt;" in hover and "<b>Drones" not in hover
    assert "as written: السبت" in hover


def test_timeline_lanes_by_type(frame: pd.DataFrame) -> None:
    fig = charts.timeline_figure(frame, lane="type")
    ticks = list(fig.layout.yaxis.ticktext)
    assert ticks == ["attack", "airstrike", "deployment", "withdrawal", "troop_level"]
    drawn = {ticks[round(y)] for t in fig.data for y in t.y}
    assert drawn == set(ticks)
    with pytest.raises(ValueError, match="lane"):
        charts.timeline_figure(frame, lane="colour")


def _lanes_frame(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return make_frame([dict(actor=a, actor_group=g, date_start=d, date_end=d) for a, g, d in rows])


def test_timeline_lanes_are_grouped_by_actor_family_and_height_grows_with_them() -> None:
    frame = _lanes_frame([
        ("Kataib Hezbollah", "Islamic Resistance in Iraq", "2024-01-02"),
        ("Harakat al-Nujaba", "Islamic Resistance in Iraq", "2024-01-03"),
        ("Islamic Resistance in Iraq", "Islamic Resistance in Iraq", "2024-01-04"),
        ("Pentagon", "United States", "2024-01-05"),  # the family has no lane of its own: a heading
        ("Israel", "Israel", "2024-01-06"),
    ])
    fig = charts.timeline_figure(frame)
    assert list(fig.layout.yaxis.ticktext) == [
        "Islamic Resistance in Iraq", "   ↳ Harakat al-Nujaba", "   ↳ Kataib Hezbollah", "Israel",
        "United States", "   ↳ Pentagon"]
    ids = {row[0]: y for t in fig.data for row, y in zip(t.customdata, t.y, strict=True)}
    assert ids["e000"] == 2 and ids["e003"] == 5 and 4 not in ids.values()  # nothing on a heading
    small = charts.timeline_figure(frame.head(1))
    many = charts.timeline_figure(_lanes_frame([(f"Actor {i}", "", "2024-01-01") for i in range(30)]))
    assert many.layout.height >= 30 * charts.timeline.LANE_PX > small.layout.height


def test_same_day_events_of_one_lane_are_spread_so_each_can_be_chosen() -> None:
    frame = _lanes_frame([("Islamic State", "", "2024-01-02")] * 3 + [("Islamic State", "", "2024-01-09")])
    fig = charts.timeline_figure(frame)
    ys = {row[0]: y for t in fig.data for row, y in zip(t.customdata, t.y, strict=True)}
    same_day = sorted(ys[e] for e in ("e000", "e001", "e002"))
    assert len(set(same_day)) == 3 and same_day[0] >= -0.5 and same_day[-1] <= 0.5  # apart, in their lane
    assert ys["e003"] == 0.0


def test_one_event_gets_a_readable_date_axis() -> None:
    fig = charts.timeline_figure(_lanes_frame([("Islamic State", "", "2024-01-28")]))
    low, high = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert high - low >= pd.Timedelta(days=30)
    assert low < pd.Timestamp("2024-01-28") < high


def test_timeline_uses_webgl_when_many_points(synthetic_frame: pd.DataFrame) -> None:
    fig = charts.timeline_figure(synthetic_frame.head(3000), threshold=5000)
    assert _traces(fig, "scattergl") and not _traces(fig, "scatter")


def test_timeline_aggregates_above_the_threshold(synthetic_frame: pd.DataFrame) -> None:
    fig = charts.timeline_figure(synthetic_frame, threshold=1000)
    assert charts.is_aggregated(fig)
    assert "counts per month" in fig.layout.title.text
    counts = charts.aggregate_timeline(synthetic_frame, "actor", "M")
    dated = int(synthetic_frame["date_start"].notna().sum())
    assert int(counts["count"].sum()) == dated
    drawn = sum(int(row[2]) for t in fig.data for row in t.customdata)
    assert drawn == dated
    # under the threshold the same frame is drawn event by event
    assert not charts.is_aggregated(charts.timeline_figure(synthetic_frame.head(500), threshold=1000))


def test_timeline_week_bins_for_short_views(frame: pd.DataFrame) -> None:
    recent = frame[frame["date_start"] >= "2024-01-01"]
    assert charts.period_for(recent) == "W"
    assert charts.period_for(frame) == "W"  # 2023-01-01 .. 2024-06-01 is under two years
    assert charts.period_for(pd.DataFrame({"date_start": pd.to_datetime(["2014-01-01", "2020-01-01"])})) == "M"


def test_empty_view_gives_a_message() -> None:
    fig = charts.timeline_figure(make_frame([]))
    assert fig.layout.annotations[0].text == "No dated events in this view"


def test_map_points_leave_out_country_level_events(frame: pd.DataFrame) -> None:
    points = charts.map_points(frame)
    table = points.points.set_index("location")
    assert set(table.index) == {"Ain al-Asad Air Base", "Al-Tanf Garrison"}
    assert "Syria" not in table.index  # country-level events are never pins, even with coordinates
    assert table.loc["Ain al-Asad Air Base", "events"] == 3
    assert table.loc["Ain al-Asad Air Base", "dominant_type"] == "attack"
    assert points.left_out == 5


def test_map_points_add_known_bases_without_events(frame: pd.DataFrame) -> None:
    places = pd.DataFrame({"name": ["Harir Air Base", "Baghdad", "Ain al-Asad Air Base"], "lat": [36.5, 33.3, 33.79],
                           "lon": [44.3, 44.4, 42.44], "geo_precision": ["site", "city", "site"]})
    table = charts.map_points(frame, places).points.set_index("location")
    assert table.loc["Harir Air Base", "events"] == 0
    assert "Baghdad" not in table.index  # only bases are added
    assert table.loc["Ain al-Asad Air Base", "events"] == 3


def test_map_figure_is_offline_by_default(frame: pd.DataFrame) -> None:
    boundaries = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Iraq"},
         "geometry": {"type": "Polygon", "coordinates": [[[39, 29], [48, 29], [48, 37], [39, 37], [39, 29]]]}}]}
    fig = charts.map_figure(charts.map_points(frame).points, boundaries=boundaries)
    # no MapLibre map (its text needs glyph files from the internet): plain SVG traces, nothing to fetch
    assert {t.type for t in fig.data} == {"scatter"}
    assert fig.layout.map.style is None
    spec = json.loads(fig.to_json())
    assert "http" not in json.dumps(spec)
    places = [t for t in fig.data if t.customdata is not None]
    labels = {x for t in places for x in t.text if x}
    assert {"Ain al-Asad Air Base", "Al-Tanf Garrison"} <= labels  # English names drawn beside the circles
    hover = " ".join(h for t in places for h in t.hovertext)
    assert "قاعدة عين الأسد" in hover  # the Arabic name in the hover
    sizes = {t.name: t.marker.size for t in places}
    assert max(sizes["attack"]) > max(sizes["withdrawal"])  # 3 events outweigh 1
    online = charts.map_figure(charts.map_points(frame).points, online_tiles=True)
    assert online.layout.map.style == "open-street-map"


def test_close_sites_keep_their_labels_apart() -> None:
    from conflict_timeline.charts.offline_map import place_labels

    xs, ys = np.array([500.0, 503.0, 506.0, 800.0]), np.array([300.0, 304.0, 300.0, 300.0])
    sizes = np.array([20.0, 14.0, 10.0, 10.0])
    boxes: list = []
    positions = place_labels(xs, ys, sizes, ["al-Tanf Garrison", "Tower 22", "Rukban", "Erbil"], boxes)
    assert positions[0] is not None and positions[3] == "middle right"
    assert len(boxes) == sum(p is not None for p in positions) >= 3  # close sites still get labels
    circles = [(x - r, y - r, x + r, y + r) for x, y, r in zip(xs, ys, sizes / 2, strict=True)]
    def apart(a, b) -> bool:
        return a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    placed = [i for i, p in enumerate(positions) if p]
    for k, (i, box) in enumerate(zip(placed, boxes, strict=True)):
        assert all(apart(box, other) for other in boxes[k + 1:])  # labels never overlap each other
        assert all(apart(box, circle) for circle in circles[:i])  # nor the circle of a busier place
    # the busiest place keeps its label even when smaller circles crowd every side of it
    crowded = place_labels(np.array([500.0, 520.0, 480.0, 500.0, 500.0]), np.array([300.0, 300.0, 300.0, 316.0, 284.0]),
                           np.array([20.0, 12.0, 12.0, 12.0, 12.0]), ["Ain al-Asad Air Base", "a", "b", "c", "d"])
    assert crowded[0] is not None


def test_map_view_fits_the_data_and_regions_are_areas(frame: pd.DataFrame) -> None:
    region = make_frame([dict(event_type="attack", location="Anbar", country="Iraq", lat=33.0, lon=42.0,
                              geo_precision="region", date_start="2024-01-01", date_end="2024-01-01")])
    points = charts.map_points(pd.concat([frame, region], ignore_index=True)).points
    fig = charts.map_figure(points)
    lon, lat = fig.layout.xaxis.range, fig.layout.yaxis.range
    assert lon[0] < 38.6 and lon[1] > 42.44 and lat[0] < 33.0 and lat[1] > 33.79
    assert lon[1] - lon[0] < 15  # fitted, not the whole Middle East
    assert [s.type for s in fig.layout.shapes] == ["circle"]  # Anbar: a shaded area, not a base-like dot
    left = charts.map_points(frame).by_country.set_index("country")["events"].to_dict()
    assert left == {"Syria": 4, "Iraq": 1}  # country-level or unplaced events, counted by country


def test_troop_levels_status_ranges_and_sources(frame: pd.DataFrame) -> None:
    fig = charts.troop_levels_figure(frame)
    lines = [t for t in fig.data if t.mode == "lines" and t.name == "United States in Syria"]
    assert len(lines) == 1
    # three sources: their figures are never joined into one line (None breaks between sources)
    assert _gaps(lines[0].y) == [900.0, None, 2000.0]
    markers = {t.name: t for t in fig.data if t.mode == "markers" and t.name.startswith("United States in Syria")}
    assert markers["United States in Syria: denied"].marker.symbol == charts.STATUS_SYMBOLS["denied"]
    assert list(markers["United States in Syria: reported"].y) == [2000.0]
    ranges = [t for t in fig.data if t.name.endswith("date range")]
    assert len(ranges) == 1 and list(ranges[0].y[:2]) == [900.0, 900.0]
    labels = [a.text for a in fig.layout.annotations]
    assert "▲ +1,500" in labels
    deployments = next(t for t in fig.data if t.name == "deployments")
    assert list(deployments.y) == [2000.0]  # drawn at the level stated nearest to it


def _gaps(values) -> list:
    """Values with NaN (a gap in a line) as None."""
    return [None if v is None or (isinstance(v, float) and np.isnan(v)) else float(v) for v in values]


def _level(day: str, troops: int, source: str, status: str = "confirmed", **extra) -> dict:
    return dict(dict(actor="US military", actor_group="United States", event_type="troop_level", country="Syria",
                     location="Syria", geo_precision="country", date_start=day, date_end=day, troops=troops,
                     status=status, source=source), **extra)


def test_one_source_is_joined_across_adjacent_claims_and_gaps_stay_gaps() -> None:
    frame = make_frame([_level("2014-11-07", 1500, "AP"), _level("2015-01-10", 1600, "AP"),
                        _level("2017-07-04", 5200, "AP"), _level("2015-02-01", 3000, "Reuters")])
    line = next(t for t in charts.troop_levels_figure(frame).data if t.name == "United States in Syria")
    ys = _gaps(line.y)
    # AP 1,500 -> 1,600 joined (two months apart); the 2017 figure after a two-year gap is not; Reuters alone
    assert ys == [1500.0, 1600.0, None, 5200.0, None, 3000.0]


def test_conflicting_figures_within_weeks_are_marked_with_both_sources() -> None:
    frame = make_frame([
        _level("2024-12-05", 900, "Pentagon briefing"),
        _level("2024-12-19", 2000, "AP and CNN"),
        _level("2024-12-20", 2000, "Reuters", status="planned"),  # a plan is not a stated level
        _level("2025-06-01", 1000, "AP and CNN"),  # months later: a change, not a conflict
    ])
    claims = charts.troop_claims(frame)
    conflicts = charts.troop_conflicts(claims)
    assert len(conflicts) == 1
    row = conflicts.iloc[0]
    assert (row["first figure"], row["first source"]) == (900, "Pentagon briefing")
    assert (row["second figure"], row["second source"]) == (2000, "AP and CNN")
    assert row["days apart"] == 14
    fig = charts.troop_levels_figure(frame)
    ring = next(t for t in fig.data if t.name == "conflicting figures")
    assert _gaps(ring.y) == [900.0, 2000.0, None]
    assert "Pentagon briefing" in ring.hovertext[0] and "AP and CNN" in ring.hovertext[0]


def test_movement_labels_never_overlap_each_other_or_the_axes() -> None:
    rows = [_level("2019-01-01", 2000, "AP")]
    for day, kind, troops in (("2019-10-07", "withdrawal", 50), ("2019-10-09", "withdrawal", 1000),
                              ("2019-10-13", "withdrawal", 1000), ("2019-10-20", "deployment", 500),
                              ("2019-11-01", "deployment", 600)):
        rows.append(dict(actor="US military", actor_group="United States", event_type=kind, country="Syria",
                         location="Syria", geo_precision="country", date_start=day, date_end=day, troops=troops))
    fig = charts.troop_levels_figure(make_frame(rows))
    notes = list(fig.layout.annotations)
    assert len(notes) == 5
    assert all(n.yref == "paper" and n.y == 1 and n.yanchor == "bottom" and n.yshift > 0 for n in notes)
    xs = [pd.Timestamp(n.x) for n in notes]
    span = max([*xs, pd.Timestamp("2019-01-01")]) - pd.Timestamp("2019-01-01")
    per_px = span / charts.troops.PLOT_PX
    boxes = [(n.yshift, x - per_px * len(n.text) * 3.5, x + per_px * len(n.text) * 3.5) for n, x in zip(notes, xs, strict=True)]
    for i, (row_a, left_a, right_a) in enumerate(boxes):
        for row_b, left_b, right_b in boxes[i + 1:]:
            assert row_a != row_b or right_a < left_b or right_b < left_a
    assert fig.layout.margin.t >= 60 + 18 * len({b[0] for b in boxes})  # room above the plot for every row


def test_troop_claims_table_lists_each_source(frame: pd.DataFrame) -> None:
    claims = charts.troop_claims(frame)
    assert list(claims["troops"]) == [900, 2000, 800]
    assert list(claims["source"]) == ["Pentagon", "Washington Post", "Al Jazeera"]
    assert list(claims["status"]) == ["confirmed", "reported", "denied"]
    assert {"date as written", "sentence", "actor"} <= set(claims.columns)


def test_troop_levels_without_claims() -> None:
    fig = charts.troop_levels_figure(make_frame([dict(event_type="attack", date_start="2024-01-01")]))
    assert "No stated troop numbers" in fig.layout.annotations[0].text


def test_figures_on_synthetic_events(synthetic_frame: pd.DataFrame) -> None:
    troops = charts.troop_levels_figure(synthetic_frame)
    assert any(len(t.x) > 1 for t in troops.data if t.mode == "lines")
    points = charts.map_points(synthetic_frame)
    country_level = int((synthetic_frame["geo_precision"].astype(str) == "country").sum())
    assert points.left_out >= country_level
    assert int(points.points["events"].sum()) + points.left_out == len(synthetic_frame)


def test_troop_levels_thin_many_claims(synthetic_frame: pd.DataFrame) -> None:
    full = charts.troop_levels_figure(synthetic_frame)
    thin = charts.troop_levels_figure(synthetic_frame, max_claims=50)
    def marked(fig: go.Figure) -> int:
        return sum(len(t.x) for t in fig.data if t.mode == "markers" and ": " in (t.name or ""))
    assert "drawn" not in full.layout.title.text
    assert "one per series, source, month and status drawn" in thin.layout.title.text
    assert 0 < marked(thin) < marked(full)


def test_map_figure_marks_the_selected_place(frame: pd.DataFrame) -> None:
    points = charts.map_points(frame).points
    fig = charts.map_figure(points, selected=["Al-Tanf Garrison"])
    halo = next(t for t in fig.data if t.name == "selected")
    assert list(halo.y) == [33.5]
    assert "selected" not in {t.name for t in charts.map_figure(points).data}


def test_troop_series_follow_the_actor_group() -> None:
    """Claims by the Pentagon and by the US military are one line (their actor_group), not two."""
    frame = make_frame([
        dict(actor="Pentagon", actor_group="United States", event_type="troop_level", country="Iraq",
             geo_precision="country", date_start="2024-01-01", date_end="2024-01-01", troops=2500),
        dict(actor="US military", actor_group="United States", event_type="troop_level", country="Iraq",
             geo_precision="country", date_start="2024-03-01", date_end="2024-03-01", troops=2000),
        dict(actor="Russia", actor_group="", event_type="troop_level", country="Syria",
             geo_precision="country", date_start="2024-02-01", date_end="2024-02-01", troops=4000),
    ])
    claims = charts.troop_claims(frame)
    assert list(claims["_series"]) == ["United States in Iraq", "Russia in Syria", "United States in Iraq"]
    assert list(claims["actor"]) == ["Pentagon", "Russia", "US military"]  # the table keeps who said it
    lines = {t.name: _gaps(t.y) for t in charts.troop_levels_figure(frame).data if t.mode == "lines"}
    assert lines == {"United States in Iraq": [2500.0, 2000.0], "Russia in Syria": [4000.0]}


def test_close_sites_are_drawn_apart_and_keep_their_true_place_in_the_hover():
    import numpy as np

    from conflict_timeline.charts.offline_map import spread_markers

    xs, ys = np.array([100.0, 101.0, 300.0]), np.array([100.0, 100.0, 300.0])
    sizes = np.array([20.0, 12.0, 12.0])
    nx, ny = spread_markers(xs, ys, sizes, [0, 1, 2])
    assert (nx[0], ny[0]) == (100.0, 100.0)  # the busiest keeps its place
    assert np.hypot(nx[1] - nx[0], ny[1] - ny[0]) >= (20 + 12) / 2  # the other no longer covered
    assert (nx[2], ny[2]) == (300.0, 300.0)  # a place alone is not moved
