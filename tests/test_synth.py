"""The synthetic events frame has the store's columns and dtypes, is reproducible and coherent."""

from __future__ import annotations

import pandas as pd
import pytest

from conflict_timeline import synth, synth_data
from conflict_timeline.schema import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    LANGUAGES,
    PRECISIONS,
    STATUSES,
)
from conflict_timeline.synth import synthetic_events

VOCABULARIES = {
    "event_type": EVENT_TYPES,
    "date_precision": PRECISIONS,
    "status": STATUSES,
    "geo_precision": GEO_PRECISIONS,
    "language": LANGUAGES,
}
INT_COLUMNS = ("troops", "fatalities", "injured", "span_start", "span_end", "sources")
FLOAT_COLUMNS = ("lat", "lon", "amount_usd", "confidence")
DATE_COLUMNS = ("date_start", "date_end", "published")
STRING_COLUMNS = tuple(
    c
    for c in EVENT_COLUMNS
    if c not in (*VOCABULARIES, *INT_COLUMNS, *FLOAT_COLUMNS, *DATE_COLUMNS, "country", "actor", "actor_group",
                 "location")
)


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return synthetic_events(20_000, seed=7)


def test_columns_in_contract_order(frame: pd.DataFrame) -> None:
    assert tuple(frame.columns) == EVENT_COLUMNS
    assert len(frame) == 20_000


def test_dtypes_follow_the_contract(frame: pd.DataFrame) -> None:
    for column, vocabulary in VOCABULARIES.items():
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
        assert tuple(frame[column].cat.categories) == vocabulary, column
    for column in ("country", "actor", "actor_group", "location"):
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
    for column in INT_COLUMNS:
        assert frame[column].dtype == pd.Int64Dtype(), column
    for column in FLOAT_COLUMNS:
        assert frame[column].dtype == "float64", column
    for column in DATE_COLUMNS:
        assert pd.api.types.is_datetime64_dtype(frame[column]), column
    for column in STRING_COLUMNS:
        assert frame[column].dtype == object, column
        assert frame[column].map(type).eq(str).all(), column


def test_same_seed_same_frame_other_seed_other_frame() -> None:
    a, b, c = (
        synthetic_events(3_000, seed=1),
        synthetic_events(3_000, seed=1),
        synthetic_events(3_000, seed=2),
    )
    pd.testing.assert_frame_equal(a, b)
    assert not a["event_id"].isin(c["event_id"]).any()
    assert not a["event_type"].equals(c["event_type"])


def test_ids_unique_and_hex(frame: pd.DataFrame) -> None:
    assert frame["event_id"].is_unique
    assert frame["event_id"].str.fullmatch(r"[0-9a-f]{16}").all()
    assert frame["article_id"].str.fullmatch(r"[0-9a-f]{16}").all()
    # Several events per article, and each article has one title and one publication date.
    per_article = frame.groupby("article_id")
    assert per_article.size().max() > 1
    assert (per_article["article_title"].nunique() == 1).all()
    assert (per_article["published"].nunique(dropna=False) == 1).all()


def test_dates_ordered_and_within_the_period(frame: pd.DataFrame) -> None:
    dated = frame.dropna(subset=["date_start"])
    assert dated["date_end"].notna().all()
    assert (dated["date_start"] <= dated["date_end"]).all()
    assert dated["date_start"].min() >= pd.Timestamp("2014-01-01")
    assert dated["date_end"].max() <= pd.Timestamp("2025-12-31")
    assert dated["date_start"].dt.year.nunique() == 12


def test_precision_agrees_with_the_range(frame: pd.DataFrame) -> None:
    start, end, precision = frame["date_start"], frame["date_end"], frame["date_precision"]
    length = (end - start).dt.days
    day = precision == "day"
    assert (length[day] == 0).all()
    assert (length[precision == "week"] == 6).all()
    month = precision == "month"
    assert (start[month].dt.day == 1).all()
    assert (start[month].dt.to_period("M") == end[month].dt.to_period("M")).all()
    season = precision == "season"
    assert length[season].between(88, 91).all()
    assert start[season].dt.month.isin([12, 3, 6, 9]).all()
    year = precision == "year"
    assert ((start[year].dt.day_of_year == 1) & (end[year].dt.month == 12) & (end[year].dt.day == 31)).all()
    assert (start[year].dt.year == end[year].dt.year).all()
    unknown = precision == "unknown"
    assert start[unknown].isna().all() and end[unknown].isna().all()
    assert set(precision.unique()) == set(PRECISIONS)


def test_events_are_not_later_than_publication_when_exact(frame: pd.DataFrame) -> None:
    exact = frame[frame["date_precision"].isin(["day", "week"]) & frame["published"].notna()]
    assert (exact["date_end"] <= exact["published"]).all()


def test_troops_only_on_troop_rows(frame: pd.DataFrame) -> None:
    troop_types = frame["event_type"].isin(["troop_level", "deployment", "withdrawal"])
    assert frame.loc[~troop_types, "troops"].isna().all()
    assert frame.loc[frame["event_type"] == "troop_level", "troops"].notna().all()
    assert (frame.loc[troop_types, "troops"].dropna() > 0).all()
    funding = frame["event_type"] == "funding"
    assert frame.loc[funding, "amount_usd"].notna().all() and frame.loc[~funding, "amount_usd"].isna().all()


def test_places_have_coherent_precision_and_coordinates(frame: pd.DataFrame) -> None:
    geo = frame["geo_precision"]
    located = geo != "unknown"
    assert frame.loc[located, ["lat", "lon"]].notna().all().all()
    assert frame.loc[~located, ["lat", "lon"]].isna().all().all()
    assert (frame.loc[~located, "location"] == "").all()
    assert frame.loc[located, "lat"].between(12, 43).all() and frame.loc[located, "lon"].between(25, 63).all()
    country_level = frame[geo == "country"]
    assert len(country_level) > 0
    assert (country_level["location"].astype(str) == country_level["country"].astype(str)).all()
    site_names = {p.name for p in synth_data.load_places() if p.geo_precision == "site"}
    sites = frame.loc[geo == "site", "location"].astype(str)
    assert len(sites) > 0 and sites.isin(site_names).all()
    # One place, one pair of coordinates.
    assert (frame[located].groupby("location", observed=True)[["lat", "lon"]].nunique() == 1).all().all()


def test_denials_are_linked_both_ways(frame: pd.DataFrame) -> None:
    by_id = frame.set_index("event_id")
    denials = frame[frame["denies"] != ""]
    assert len(denials) > 0
    assert (denials["event_type"] == "denial").all()
    assert (by_id.loc[denials["denies"], "denied_by"].to_numpy() == denials["event_id"].to_numpy()).all()
    assert (by_id.loc[denials["denies"], "status"] == "denied").all()


def test_spans_match_sentence_length(frame: pd.DataFrame) -> None:
    lengths = frame["sentence"].str.len()
    assert ((frame["span_end"] - frame["span_start"]).astype(int) == lengths).all()
    arabic = frame["language"] == "ar"
    assert frame.loc[arabic, "sentence"].str.contains("[\u0600-\u06ff]", regex=True).all()
    assert not frame.loc[~arabic, "sentence"].str.contains("[\u0600-\u06ff]", regex=True).any()


def test_mixed_vocabularies(frame: pd.DataFrame) -> None:
    assert set(frame["event_type"].unique()) == set(EVENT_TYPES)
    assert set(frame["status"].unique()) == set(STATUSES)
    assert set(frame["geo_precision"].unique()) == set(GEO_PRECISIONS)
    assert frame.loc[frame["event_type"] == "denial", "status"].eq("confirmed").all()


def test_zero_rows_and_bad_n() -> None:
    empty = synthetic_events(0)
    assert tuple(empty.columns) == EVENT_COLUMNS and len(empty) == 0
    with pytest.raises(ValueError, match="n:"):
        synthetic_events(-1)


def test_places_from_gazetteer_csv(tmp_path) -> None:
    (tmp_path / "places.csv").write_text(
        "name,name_ar,type,country,lat,lon,geo_precision\n"
        "Iraq,العراق,country,IQ,33.0,44.0,country\n"
        "Test Base,قاعدة الاختبار,base,IQ,34.5,43.5,site\n"
        "Bad Row,,base,IQ,not-a-number,43.5,site\n"
        "Nowhere Base,,base,ZZ,30.0,40.0,site\n",
        encoding="utf-8",
    )
    places = {p.name: p for p in synth_data.load_places(tmp_path)}
    assert places["Test Base"].country == "Iraq" and places["Test Base"].lat == 34.5
    assert "Bad Row" not in places and "Nowhere Base" not in places
    assert {p.geo_precision for p in places.values()} >= {"site", "city", "region", "country"}
    assert synth_data.load_places(tmp_path / "missing") == synth_data.BUILTIN_PLACES


def test_actors_take_canonical_names_from_gazetteer_csv(tmp_path) -> None:
    rows = ["name,name_ar,aliases_en"]
    rows += [f"{a.name},{a.name_ar}," for a in synth_data.BUILTIN_ACTORS if a.name != "Kata'ib Hezbollah"]
    rows.append("KH,كتائب حزب الله,Kata'ib Hezbollah|Kataib Hezbollah")
    (tmp_path / "actors.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    actors = {a.key: a for a in synth_data.load_actors(tmp_path)}
    assert actors["Kata'ib Hezbollah"].name == "KH"
    frame = synth.synthetic_events(500, seed=0)
    assert set(frame["actor"].astype(str)) <= {a.name for a in synth_data.load_actors()}
    # A file that lacks a whole role falls back to the built-in set.
    (tmp_path / "actors.csv").write_text("name,name_ar\nUnited States,الولايات المتحدة\n", encoding="utf-8")
    assert synth_data.load_actors(tmp_path) == synth_data.BUILTIN_ACTORS
