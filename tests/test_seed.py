"""The article that started the project must yield what a careful coder reads in it.

The seed stays outside the repository; these tests read it from ../shared when it is there.
"""

from datetime import date
from pathlib import Path

import pytest

from conflict_timeline.articles import read_file
from conflict_timeline.events import extract_events

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SEED = SEEDS / "000_e92e837d997e7bb8.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared, absent here")


@pytest.fixture(scope="module")
def seed():
    articles = read_file(SEED)
    return articles, [extract_events(a) for a in articles]


def find(events, etype, **fields):
    return [e for e in events if e.event_type == etype and all(getattr(e, k) == v for k, v in fields.items())]


def test_two_articles_second_undated(seed):
    articles, _ = seed
    assert len(articles) == 2
    assert articles[0].published == date(2024, 1, 15)
    assert articles[1].published is None


def test_iraq_denies_additional_forces_on_publication_day(seed):
    first = seed[1][0]
    denials = find(first, "denial")
    assert denials
    d = denials[0]
    assert d.date_start == d.date_end == date(2024, 1, 15) and d.date_precision == "day"
    assert d.actor in {"Iraq", "Government of Iraq", "Iraqi Security Media Cell"}
    assert d.denies, "the denial marks the report it rejects"


def test_reported_plan_of_1500_us_troops(seed):
    first = seed[1][0]
    dep = [e for e in find(first, "deployment") if e.troops == 1500]
    assert dep
    assert all(e.status == "reported" for e in dep)
    assert all(e.actor in {"United States", "US military", "US Department of Defense"} for e in dep)
    assert {e.country for e in dep} <= {"Iraq", "Syria"}
    assert any(e.denied_by for e in dep)


def test_airstrike_in_baghdad_announced_on_january_5(seed):
    first = seed[1][0]
    strikes = find(first, "airstrike", location="Baghdad")
    assert len(strikes) == 1
    s = strikes[0]
    assert s.date_start == date(2024, 1, 5) and s.date_precision == "day"
    assert s.actor in {"United States", "US military", "US Department of Defense"}
    assert s.status == "confirmed"
    assert s.target == "Harakat al-Nujaba"
    assert s.fatalities == 1


def test_sudani_committee_takes_the_date_of_the_strike(seed):
    first = seed[1][0]
    agreements = [e for e in find(first, "agreement") if e.date_start == date(2024, 1, 5)]
    assert agreements
    assert agreements[0].actor == "Government of Iraq"


def test_four_claimed_attacks_one_per_base(seed):
    first = seed[1][0]
    attacks = find(first, "attack", actor="Islamic Resistance in Iraq")
    places = {e.location for e in attacks}
    assert {"Ain al-Asad Air Base", "Erbil Air Base", "Tal Baydar", "al-Tanf Garrison"} <= places
    assert all(e.status == "claimed" for e in attacks)
    assert all(e.geo_precision == "site" for e in attacks)


def test_second_article_never_takes_the_first_articles_date(seed):
    second = seed[1][1]
    lvl = [e for e in find(second, "troop_level") if e.troops == 2000]
    assert lvl and all(e.date_start is None and e.date_precision == "unknown" for e in lvl)
    assert all(e.date_start != date(2024, 1, 15) for e in second)


def test_second_article_history(seed):
    second = seed[1][1]
    entered = [e for e in find(second, "deployment") if e.date_start == date(2015, 1, 1)]
    assert entered and entered[0].date_end == date(2015, 12, 31) and entered[0].date_precision == "year"
    assert entered[0].country == "Syria"
    wd = [e for e in find(second, "withdrawal") if e.date_precision == "year" and e.date_start == date(2018, 1, 1)]
    assert wd
    kept = [e for e in find(second, "troop_level") if e.troops == 400]
    assert kept and kept[0].date_start == date(2018, 1, 1) and kept[0].date_precision == "year"
    summer = [e for e in find(second, "troop_level") if e.troops == 800]
    assert summer and summer[0].date_precision == "season"
    assert (summer[0].date_start, summer[0].date_end) == (date(2024, 6, 1), date(2024, 8, 31))
    funding = find(second, "funding")
    assert [e.amount_usd for e in funding] == [156_000_000]


def test_no_date_before_1990(seed):
    for evs in seed[1]:
        for e in evs:
            assert e.date_start is None or e.date_start.year >= 1990, e


def test_every_event_points_to_its_sentence(seed):
    articles, evs = seed
    for article, events in zip(articles, evs, strict=True):
        for e in events:
            assert article.body[e.span_start : e.span_end] == e.sentence
