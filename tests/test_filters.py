"""Filter parsing from URL parameters, round trips and application to events frames."""

from __future__ import annotations

import time
from datetime import date
from urllib.parse import parse_qs, urlencode

import numpy as np
import pandas as pd
import pytest

from conflict_timeline import filters
from conflict_timeline.filters import Choices, Filter, apply, pick_one
from conflict_timeline.schema import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    LANGUAGES,
    PRECISIONS,
    STATUSES,
)

_CATEGORIES = {
    "event_type": EVENT_TYPES,
    "date_precision": PRECISIONS,
    "status": STATUSES,
    "geo_precision": GEO_PRECISIONS,
    "language": LANGUAGES,
}


def make_frame(rows: list[dict]) -> pd.DataFrame:
    """A small events frame with the dtypes of the store's frame (defaults fill missing fields)."""
    defaults = {
        "event_type": "attack", "date_precision": "day", "status": "reported", "geo_precision": "site",
        "language": "ar", "sentence": "", "date_text": "", "actor": "", "actor_ar": "", "target": "",
        "target_ar": "", "location": "", "location_ar": "", "country": "", "article_title": "", "source": "",
        "denies": "", "denied_by": "", "confidence": 0.5, "sources": 1, "span_start": 0, "span_end": 1,
    }
    records = []
    for i, row in enumerate(rows):
        record = {col: None for col in EVENT_COLUMNS}
        record.update(defaults)
        record.update(event_id=f"e{i:03d}", article_id=f"a{i // 2}")
        record.update(row)
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=list(EVENT_COLUMNS))
    for col in ("date_start", "date_end", "published"):
        frame[col] = pd.to_datetime(frame[col])
    for col, vocab in _CATEGORIES.items():
        frame[col] = pd.Categorical(frame[col], categories=vocab)
    for col in ("country", "actor", "location"):
        frame[col] = frame[col].astype("category")
    for col in ("troops", "fatalities", "injured", "span_start", "span_end", "sources"):
        frame[col] = frame[col].astype("Int64")
    for col in ("lat", "lon", "amount_usd", "confidence"):
        frame[col] = frame[col].astype("float64")
    return frame


@pytest.fixture
def frame() -> pd.DataFrame:
    return make_frame([
        dict(actor="Islamic Resistance in Iraq", event_type="attack", location="Ain al-Asad", country="Iraq",
             date_start="2024-01-20", date_end="2024-01-20", sentence="Drones struck Ain al-Asad"),
        dict(actor="United States", event_type="troop_level", location="", country="Syria",
             date_start="2023-01-01", date_end="2023-12-31", date_precision="year", status="confirmed",
             troops=900, geo_precision="country", sentence="About 900 troops remain in Syria"),
        dict(actor="United States", event_type="airstrike", location="Al-Qaim", country="Iraq",
             date_start="2024-02-02", date_end="2024-02-02", status="confirmed", sentence="غارات على القائم"),
        dict(actor="Government of Iraq", event_type="denial", location="", country="Iraq",
             date_start=None, date_end=None, date_precision="unknown", status="confirmed",
             sentence="Baghdad denied the arrival of more troops"),
        dict(actor="Islamic Resistance in Iraq", event_type="attack", location="Tower 22", country="Jordan",
             date_start="2024-01-28", date_end="2024-01-28", status="claimed", actor_ar="المقاومة الإسلامية في العراق",
             sentence="Attack on Tower 22"),
    ])


@pytest.fixture
def choices(frame: pd.DataFrame) -> Choices:
    return Choices.from_frame(frame)


def test_choices_come_from_present_values(choices: Choices) -> None:
    assert choices.actors == {"Islamic Resistance in Iraq", "United States", "Government of Iraq"}
    assert choices.places == {"Ain al-Asad", "Al-Qaim", "Tower 22"}
    assert choices.types == set(EVENT_TYPES)


def test_valid_query_parses_without_notices(choices: Choices) -> None:
    params = {"actor": ["United States"], "dates": ["2024-01-01", "2024-02-29"], "type": ["attack", "airstrike"],
              "q": ["  drones  struck "]}
    flt, notices = Filter.from_query(params, choices)
    assert notices == []
    assert flt.actors == ("United States",)
    assert flt.dates == (date(2024, 1, 1), date(2024, 2, 29))
    assert flt.types == ("attack", "airstrike")
    assert flt.text == "drones struck"


@pytest.mark.parametrize(
    ("params", "expected_word"),
    [
        ({"actor": ["Nobody", "United States"]}, "unknown 'Nobody'"),
        ({"type": ["picnic"]}, "type: unknown 'picnic'"),
        ({"status": ["rumoured"]}, "status: unknown"),
        ({"place": ["Atlantis"]}, "place: unknown"),
        ({"country": ["Narnia"]}, "country: unknown"),
        ({"dates": ["2024-13-01", "2024-02-01"]}, "not a date"),
        ({"dates": ["yesterday"]}, "not a date"),
        ({"dates": ["2024-03-01", "2024-01-01"]}, "after the end"),
        ({"dates": ["1700-01-01", "2024-01-01"]}, "outside"),
        ({"dates": ["2024-01-01", "2024-01-02", "2024-01-03"]}, "got 3 values"),
        ({"actor": ["United States"] * (filters.MAX_VALUES + 1)}, "more than"),
        ({"actor": ["x" * (filters.MAX_VALUE_CHARS + 1)]}, "characters"),
        ({"q": ["y" * (filters.MAX_TEXT_CHARS + 1)]}, "q: a search"),
    ],
)
def test_bad_values_are_ignored_with_a_notice(choices: Choices, params: dict, expected_word: str) -> None:
    flt, notices = Filter.from_query(params, choices)
    assert len(notices) == 1, notices
    assert expected_word in notices[0]
    assert "\n" not in notices[0] and len(notices[0]) < 200
    # only the good part of a parameter survives
    if params.get("actor") == ["Nobody", "United States"]:
        assert flt.actors == ("United States",)
    else:
        assert flt.actors == () and flt.dates is None and flt.text == ""


def test_duplicates_and_empty_values_are_dropped_silently(choices: Choices) -> None:
    flt, notices = Filter.from_query({"actor": ["United States", "United States", ""], "q": [""]}, choices)
    assert notices == []
    assert flt.actors == ("United States",)
    assert flt.text == ""


def test_single_date_means_that_day(choices: Choices) -> None:
    flt, notices = Filter.from_query({"dates": ["2024-01-20"]}, choices)
    assert notices == [] and flt.dates == (date(2024, 1, 20), date(2024, 1, 20))


def test_round_trip_through_a_url(choices: Choices) -> None:
    flt = Filter(dates=(date(2023, 10, 1), date(2024, 2, 29)), actors=("Islamic Resistance in Iraq", "United States"),
                 types=("attack",), places=("Tower 22",), countries=("Jordan",), statuses=("claimed",),
                 text="Tower & co")
    url = urlencode(flt.to_query())
    assert "actor=Islamic+Resistance+in+Iraq" in url and "dates=2023-10-01&dates=2024-02-29" in url
    back, notices = Filter.from_query(parse_qs(url), choices)
    assert notices == [] and back == flt
    assert Filter().to_query() == []


def test_pick_one_validates_page_options() -> None:
    assert pick_one({"lane": ["type"]}, "lane", ("actor", "type")) == ("type", [])
    value, notices = pick_one({"lane": ["colour"]}, "lane", ("actor", "type"))
    assert value is None and notices == ["lane: unknown 'colour'"]
    assert pick_one({}, "event", {"e1"}) == (None, [])
    # a repeated option keeps its first value (as the bound widget does) and says so
    assert pick_one({"lane": ["type", "actor"]}, "lane", ("actor", "type")) == ("type", ["lane: 2 values, kept the first"])


def test_a_repeated_search_keeps_the_first(choices: Choices) -> None:
    flt, notices = Filter.from_query({"q": ["drones", "tower"]}, choices)
    assert flt.text == "drones" and notices == ["q: 2 searches, kept the first"]


def _ids(frame: pd.DataFrame) -> set[str]:
    return set(frame["event_id"])


def test_apply_each_dimension(frame: pd.DataFrame) -> None:
    assert apply(frame, Filter()) is frame
    assert _ids(apply(frame, Filter(actors=("United States",)))) == {"e001", "e002"}
    assert _ids(apply(frame, Filter(types=("attack",)))) == {"e000", "e004"}
    assert _ids(apply(frame, Filter(places=("Tower 22", "Al-Qaim")))) == {"e002", "e004"}
    assert _ids(apply(frame, Filter(countries=("Syria",)))) == {"e001"}
    assert _ids(apply(frame, Filter(statuses=("claimed",)))) == {"e004"}
    assert _ids(apply(frame, Filter(text="DRONES"))) == {"e000"}
    assert _ids(apply(frame, Filter(text="القائم"))) == {"e002"}
    assert _ids(apply(frame, Filter(text="المقاومة"))) == {"e004"}  # Arabic name of the actor
    assert _ids(apply(frame, Filter(text="qaim"))) == {"e002"}  # the place name
    assert _ids(apply(frame, Filter(text="القائمِ"))) == {"e002"}  # diacritics do not matter
    assert _ids(apply(frame, Filter(text="المقاومه الاسلامية"))) == {"e004"}  # ta marbuta, hamza folded
    assert _ids(apply(frame, Filter(actors=("United States",), types=("airstrike",)))) == {"e002"}
    assert apply(frame, Filter(actors=("Nobody",))).empty


def test_apply_dates_overlap_and_unknown_dates(frame: pd.DataFrame) -> None:
    # the year-long troop level overlaps a January range; the unknown-date denial is excluded
    january = apply(frame, Filter(dates=(date(2023, 6, 1), date(2024, 1, 25))))
    assert _ids(january) == {"e000", "e001"}
    assert _ids(apply(frame, Filter(dates=(date(2024, 1, 28), date(2024, 1, 28))))) == {"e004"}
    # without a date range the unknown-date event is included
    assert "e003" in _ids(apply(frame, Filter(actors=("Government of Iraq",))))


def test_apply_does_not_modify_the_input(frame: pd.DataFrame) -> None:
    before = frame.copy()
    apply(frame, Filter(text="x", actors=("United States",)))
    pd.testing.assert_frame_equal(frame, before)


def test_apply_is_vectorised_on_a_large_frame(frame: pd.DataFrame) -> None:
    big = frame.take(np.tile(np.arange(len(frame)), 40_000)).reset_index(drop=True)  # 200,000 rows
    flt = Filter(dates=(date(2024, 1, 1), date(2024, 1, 31)), actors=("Islamic Resistance in Iraq",), text="tower")
    started = time.perf_counter()
    out = apply(big, flt)
    elapsed = time.perf_counter() - started
    assert len(out) == 40_000
    assert elapsed < 1.0, elapsed
    # later searches of the same frame reuse its distinct values, and still find the right rows
    assert len(apply(big, Filter(text="drones"))) == 40_000
    assert len(apply(big, Filter(text="القائم"))) == 40_000
    other = big.copy()
    other["sentence"] = "nothing here"
    assert apply(other, Filter(text="drones")).empty


def test_on_synthetic_events() -> None:
    from conflict_timeline.synth import synthetic_events

    events = synthetic_events(5000, seed=1)
    choices = Choices.from_frame(events)
    actor = sorted(choices.actors)[0]
    flt, notices = Filter.from_query({"actor": [actor, "Not an actor"], "dates": ["2020-01-01", "2021-12-31"]},
                                     choices)
    assert len(notices) == 1 and flt.actors == (actor,)
    out = apply(events, flt)
    assert 0 < len(out) < len(events)
    assert set(out["actor"].astype(str)) == {actor}
    starts = out["date_start"]
    ends = out["date_end"].fillna(starts)
    assert bool((starts <= pd.Timestamp("2021-12-31")).all()) and bool((ends >= pd.Timestamp("2020-01-01")).all())
    assert np.array_equal(filters.mask(events, Filter()), np.ones(len(events), dtype=bool))


def test_a_search_of_diacritics_only_does_not_filter(frame: pd.DataFrame) -> None:
    assert len(apply(frame, Filter(text="\u064b\u064c"))) == len(frame)


def test_an_actor_family_finds_its_members() -> None:
    fam = make_frame([
        dict(actor="US Department of Defense", actor_group="United States", event_type="airstrike",
             location="Baghdad", country="Iraq", date_start="2024-02-07", date_end="2024-02-07"),
        dict(actor="CENTCOM", actor_group="United States", event_type="airstrike", location="Baghdad",
             country="Iraq", date_start="2024-02-08", date_end="2024-02-08"),
        dict(actor="Kataib Hezbollah", actor_group="Islamic Resistance in Iraq", event_type="attack",
             location="Tower 22", country="Jordan", date_start="2024-01-28", date_end="2024-01-28"),
    ])
    assert "United States" in Choices.from_frame(fam).actors  # chosen although no row names it as actor
    assert list(apply(fam, Filter(actors=("United States",)))["actor"]) == ["US Department of Defense", "CENTCOM"]
    assert list(apply(fam, Filter(actors=("CENTCOM",)))["actor"]) == ["CENTCOM"]


def test_file_stem_names_the_filter() -> None:
    assert filters.file_stem(Filter()) == "events"
    flt = Filter(dates=(date(2024, 1, 1), date(2024, 12, 31)), actors=("United States", "Islamic State"),
                 places=("Tower 22",), text="قاعدة / base")
    assert filters.file_stem(flt) == ("events_2024-01-01_2024-12-31_actor-United-States+Islamic-State"
                                      "_place-Tower-22_text-قاعدة-base")
    long = filters.file_stem(Filter(places=tuple(f"Place number {i}" for i in range(40))))
    assert len(long) <= 124 and long.endswith("_etc") and "/" not in long


def test_family_members_brought_in_by_a_family_filter() -> None:
    frame = make_frame([
        dict(actor="Kataib Hezbollah", actor_group="Islamic Resistance in Iraq"),
        dict(actor="Harakat al-Nujaba", actor_group="Islamic Resistance in Iraq"),
        dict(actor="Islamic Resistance in Iraq", actor_group="Islamic Resistance in Iraq"),
        dict(actor="Pentagon", actor_group="United States"),
    ])
    assert filters.family_members(frame, ["Islamic Resistance in Iraq"]) == {
        "Islamic Resistance in Iraq": ["Harakat al-Nujaba", "Kataib Hezbollah"]}
    assert filters.family_members(frame, ["Islamic Resistance in Iraq", "Kataib Hezbollah"]) == {
        "Islamic Resistance in Iraq": ["Harakat al-Nujaba"]}
    assert filters.family_members(frame, ["Pentagon"]) == {}
