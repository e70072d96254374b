"""Gazetteer: persons and time-bound actors resolved to the side they speak for on a given day."""

from __future__ import annotations

from datetime import date

import pytest

from conflict_timeline.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("alias", "on", "expected"),
    [
        ("الخفاجي", date(2024, 1, 15), "Iraqi Security Media Cell"),
        ("محمد شياع السوداني", date(2024, 1, 15), "Government of Iraq"),
        ("السوداني", None, "Government of Iraq"),
        ("Lloyd Austin", date(2023, 6, 1), "US Department of Defense"),
        ("Lloyd Austin", date(2015, 6, 1), "CENTCOM"),
        ("جو بايدن", date(2024, 1, 15), "White House"),
        ("ترامب", date(2019, 12, 29), "White House"),
        ("ترامب", date(2025, 3, 1), "White House"),
        ("باراك أوباما", date(2015, 1, 1), "White House"),
        ("أبو تقوى السعيدي", date(2024, 1, 5), "Harakat al-Nujaba"),
        ("أبو مهدي المهندس", date(2020, 1, 3), "Popular Mobilization Forces"),
        ("قاسم سليماني", date(2020, 1, 3), "IRGC"),
        ("أبو محمد الجولاني", date(2023, 5, 1), "Hayat Tahrir al-Sham"),
        ("أحمد الشرع", date(2025, 5, 1), "Syria (transitional government)"),
        ("Ahmed al-Sharaa", date(2024, 12, 8), "Syria (transitional government)"),
        ("مظلوم عبدي", date(2024, 1, 1), "SDF"),
        ("بشار الأسد", date(2020, 1, 1), "Syria (Assad government)"),
        ("خامنئي", date(2024, 1, 1), "Iran"),
        ("جون كيربي", date(2023, 1, 1), "White House"),
        ("جون كيربي", date(2021, 6, 1), "US Department of Defense"),
    ],
)
def test_persons_resolve_to_what_they_represent(
    gz: Gazetteer, alias: str, on: date | None, expected: str
) -> None:
    person = gz.get(alias)
    assert person is not None and person.type == "person"
    assert gz.resolve_actor(person, on).name == expected


def test_person_outside_every_period_stays_the_person(gz: Gazetteer) -> None:
    trump = gz.get("Donald Trump")
    assert gz.resolve_actor(trump, date(2022, 6, 1)) is trump
    sudani = gz.get("Mohammed Shia al-Sudani")
    assert gz.resolve_actor(sudani, date(2019, 1, 1)) is sudani


@pytest.mark.parametrize(
    ("alias", "on", "expected"),
    [
        ("الحكومة السورية", date(2023, 3, 1), "Syria (Assad government)"),
        ("الحكومة السورية", date(2024, 12, 7), "Syria (Assad government)"),
        ("الحكومة السورية", date(2024, 12, 8), "Syria (transitional government)"),
        ("الحكومة السورية", date(2025, 6, 1), "Syria (transitional government)"),
        ("دمشق", date(2019, 1, 1), "Syria (Assad government)"),
        ("دمشق", date(2025, 1, 1), "Syria (transitional government)"),
        ("النظام السوري", date(2020, 1, 1), "Syria (Assad government)"),
        ("Syrian government", date(2025, 2, 1), "Syria (transitional government)"),
    ],
)
def test_time_bound_actors_resolve_by_date(gz: Gazetteer, alias: str, on: date, expected: str) -> None:
    mentions = gz.actors(f"وقالت {alias} في بيان")
    assert len(mentions) == 1
    assert gz.resolve_actor(mentions[0].entry, on).name == expected


def test_resolution_without_a_date_keeps_the_matched_entry(gz: Gazetteer) -> None:
    entry = gz.actors("الحكومة السورية")[0].entry
    assert gz.resolve_actor(entry, None) is entry
    assert gz.resolve_actor(gz.get("iraq"), date(2024, 1, 1)).id == "iraq"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الغوطة الشرقية", "Eastern Ghouta"),
        ("جبل الأكراد", "Jabal al-Akrad"),
        ("سهل الغاب", "Ghab plain"),
        ("جبل الشيخ", "Mount Hermon"),
        ("بلدة آمرلي", "Amerli"),
        ("منفذ حاج عمران", "Haj Omaran"),
        ("ناحية سنوني", "Sinuni"),
        ("رواندوز", "Rawanduz"),
        ("the town of Qaraqosh", "Qaraqosh"),
    ],
)
def test_areas_and_towns_of_the_theatre_the_generated_list_lacks(gz: Gazetteer, text: str, expected: str) -> None:
    assert [m.entry.name for m in gz.places(text)] == [expected]


def test_a_district_town_lies_in_its_district_town_and_a_surname_is_no_town(gz: Gazetteer) -> None:
    assert "Sinjar" in [e.name for e in gz.ancestors("sinuni")]
    # al-Baghdadi is a town only after a place word: the surname of a leader is no place
    assert not gz.places("قتل زعيم التنظيم أبو بكر البغدادي")


def test_the_gulf_states_where_forces_are_sent_are_places_not_the_movers(gz: Gazetteer) -> None:
    assert [m.entry.name for m in gz.places("إلى الإمارات")] == ["United Arab Emirates"]
    from tests.extract_helpers import events
    evs = [e for e in events("Some 600 troops are to go to the United Arab Emirates next month, the minister said.")
           if e.event_type in ("deployment", "troop_level")]
    assert evs and all(e.location == "United Arab Emirates" and e.actor != "United Arab Emirates" for e in evs)


def test_a_name_without_its_leading_article_is_a_weak_place(gz: Gazetteer) -> None:
    # "Diwaniyah" for the listed "Al Diwaniyah": a place after a place word, nothing alone
    from tests.extract_helpers import events
    (ev,) = [e for e in events("A roadside bomb struck a coalition supply convoy in Diwaniyah on Monday.")
             if e.event_type == "attack"]
    assert ev.location == "Al Diwaniyah"
    (ev,) = [e for e in events("A roadside bomb struck a convoy carrying coalition supplies in Diwaniyah province.")
             if e.event_type == "attack"]
    assert ev.location == "Qadisiyyah Governorate"
