"""The bundled base layers of the map (data/boundaries/*.geojson) and how the offline map draws them."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from conflict_timeline import charts
from conflict_timeline.charts.base_layers import BaseLayers, line_coords

BOUNDARIES = Path(__file__).resolve().parents[1] / "data" / "boundaries"
BBOX = (34.0, 28.0, 50.0, 39.5)  # lon0, lat0, lon1, lat1, as in scripts/make_base_layers.py
LAYERS = {"provinces": {"MultiLineString"}, "rivers": {"MultiLineString"}, "cities": {"Point"}}
MAX_BYTES = 150_000  # each file: the page sends them to the browser on every map drawn


def load(name: str) -> dict:
    return json.loads((BOUNDARIES / f"{name}.geojson").read_text(encoding="utf-8"))


def positions(geometry: dict) -> list[list[float]]:
    coords = geometry["coordinates"]
    if geometry["type"] == "Point":
        return [coords]
    return [p for line in coords for p in line]


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_base_layer_is_valid_geojson_inside_the_region(name: str) -> None:
    path = BOUNDARIES / f"{name}.geojson"
    assert path.stat().st_size < MAX_BYTES
    collection = load(name)
    assert collection["type"] == "FeatureCollection"
    assert collection["features"]
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] in LAYERS[name]
        if geometry["type"] == "MultiLineString":
            assert all(len(line) >= 2 for line in geometry["coordinates"])
        for point in positions(geometry):
            assert len(point) == 2
            lon, lat = point
            assert BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3], (name, point)
            assert round(lon, 3) == lon and round(lat, 3) == lat  # 3 decimals keep the files small


def test_base_layers_hold_the_main_rivers_provinces_and_cities() -> None:
    rivers = {f["properties"]["name"] for f in load("rivers")["features"]}
    assert {"Tigris", "Euphrates", "Shatt al Arab", "Jordan"} <= rivers
    provinces = {f["properties"]["adm0_a3"] for f in load("provinces")["features"]}
    assert {"IRQ", "SYR", "JOR", "TUR", "IRN"} <= provinces
    cities = {f["properties"]["name"]: f["properties"] for f in load("cities")["features"]}
    assert {"Baghdad", "Damascus", "Mosul", "Aleppo", "Basra", "Irbil", "Dayr az Zawr"} <= set(cities)
    assert cities["Baghdad"]["name_ar"] == "بغداد"
    assert all(p["scalerank"] <= 8 for p in cities.values())  # towns stay off the map


def test_line_coords_join_lines_and_rings_with_gaps() -> None:
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString",
                                                           "coordinates": [[[5, 6], [7, 8]], [[9, 9], [9, 8]]]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                                                           "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
    ]}  # fmt: skip
    xs, ys = line_coords(collection)
    assert xs == [1, 3, None, 5, 7, None, 9, 9, None, 0, 1, 1, 0, None]
    assert len(ys) == len(xs)
    assert line_coords(None) == ([], [])


def _points() -> pd.DataFrame:
    return pd.DataFrame({
        "location": ["Ain al-Asad Air Base", "Baghdad", "Al-Tanf Garrison"],
        "location_ar": ["قاعدة عين الأسد", "بغداد", "التنف"],
        "country": ["Iraq", "Iraq", "Syria"],
        "lat": [33.80, 33.32, 33.50], "lon": [42.44, 44.40, 38.62],
        "geo_precision": ["site", "city", "site"], "events": [5, 3, 2],
        "dominant_type": ["attack", "attack", "airstrike"],
    })  # fmt: skip


def test_offline_map_draws_the_base_layers_under_the_places() -> None:
    base = BaseLayers(provinces=load("provinces"), rivers=load("rivers"), cities=load("cities"))
    fig = charts.map_figure(_points(), boundaries=load("countries"), base=base)
    names = [t.name for t in fig.data]
    assert {"provinces", "boundaries", "rivers", "cities"} <= set(names)
    # provinces under the country borders, rivers over them, cities under every place with incidents
    assert (
        names.index("provinces") < names.index("boundaries") < names.index("rivers") < names.index("cities")
    )
    places = [i for i, t in enumerate(fig.data) if t.customdata is not None]
    assert places and min(places) > names.index("cities")
    cities = fig.data[names.index("cities")]
    assert cities.customdata is None  # a city is never a pick: the page reads places from customdata
    labels = [t for t in cities.text if t]
    assert labels and len(labels) <= 40
    assert {"Karbala", "Dayr az Zawr", "Tikrit"} <= set(labels)  # cities in view are named
    assert not any("Mosul" in h for h in cities.hovertext)  # out of view
    assert not any("Baghdad" in h for h in cities.hovertext)  # under the Baghdad place's circle: left out
    assert any("كربلاء" in h for h in cities.hovertext)  # the Arabic name in the hover
    for trace in (fig.data[names.index("provinces")], fig.data[names.index("rivers")]):
        assert trace.mode == "lines" and trace.hoverinfo == "skip"
    assert "http" not in fig.to_json()  # nothing to fetch


def test_city_labels_keep_clear_of_place_labels() -> None:
    base = BaseLayers(cities=load("cities"))
    fig = charts.map_figure(_points(), base=base)
    place_labels = {x for t in fig.data if t.customdata is not None for x in t.text if x}
    assert {"Ain al-Asad Air Base", "Baghdad", "Al-Tanf Garrison"} <= place_labels  # places keep their labels
    assert fig.layout.meta["unlabelled"] == 0


def test_map_without_base_layers_is_unchanged() -> None:
    fig = charts.map_figure(_points())
    assert not {"provinces", "rivers", "cities"} & {t.name for t in fig.data}
