"""Temporal expressions against numbers, the seed article, and random text: counted nouns keep a
number from being a year, and the finder never raises on any input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_timeline.schema import PRECISIONS
from conflict_timeline.text.arabic import normalize
from conflict_timeline.text.dates import find_dates, parse_publication_date
from conflict_timeline.text.numbers import counted_nouns, find_quantities, integer_words

from .test_dates import MON, _values, day

# --- the number words and counted nouns of numbers.py -------------------------------------------


def test_every_counted_noun_after_a_number_keeps_it_from_being_a_year() -> None:
    nouns = counted_nouns()
    assert {"جندي", "troops", "غارات", "كيلومترا", "مليون", "عام"} - set(nouns) == {"عام"}  # عام: dates_units
    for noun in nouns:
        assert find_dates(f"في 2020 {noun} ", MON) == [], noun
    assert find_dates("منذ 1900 عام", MON) == []
    assert _values(find_dates("في 2020 وصلت القوات", MON)) == [("2020-01-01", "2020-12-31", "year")]


def test_number_words_of_numbers_csv_count_units_of_time() -> None:
    words = integer_words()
    assert words[normalize("ثلاثة")] == 3 and words["ten"] == 10 and words[normalize("عشرين")] == 20
    for word, value in (("ثلاثة", 3), ("عشر", 10), ("five", 5)):
        unit = "أيام" if not word.isascii() else "days"
        text = f"منذ {word} {unit}" if unit == "أيام" else f"{word} {unit} ago"
        want = date.fromordinal(MON.toordinal() - value).isoformat()
        assert _values(find_dates(text, MON)) == [day(want)], text


def test_digits_with_separators() -> None:
    def values(text: str) -> list[tuple[str, float | None]]:
        return [(q.kind, q.value) for q in find_quantities(normalize(text))]

    assert values("١٬٥٠٠ جندي") == [("troops", 1500.0)]
    assert values("2٫5 مليار دولار") == values("2,5 مليار دولار") == [("money", 2.5e9)]
    assert values("1,500 troops") == [("troops", 1500.0)]
    assert values("1,5000 troops") == []  # no number starts inside another
    assert values("القوات،2000 جندي") == [("troops", 2000.0)]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2003 US forces invaded Iraq.", "2003"),
        ("Since 2014 coalition forces have trained the army.", "2014"),
        ("وفي عام 2014 جنود أمريكيين وصلوا إلى الأنبار.", "2014"),
        ("ومنذ 2015 قوات أمريكية تنتشر في سوريا.", "2015"),
        ("وشارك التحالف في 2000 غارة جوية.", None),
        ("The US sent 2000 additional troops.", None),
    ],
)
def test_a_year_is_a_date_or_a_count_for_both_finders(sentence: str, year: str | None) -> None:
    # the extractor drops a date inside a quantity: the two finders must agree on every number
    norm = normalize(sentence)
    quantities = [q for q in find_quantities(norm) if norm[q.start : q.start + 4].isdigit()]
    dates = [e.text for e in find_dates(sentence, MON)]
    if year is None:
        assert quantities and dates == []
    else:
        assert quantities == [] and dates and dates[0].endswith(year)


def test_dollar_sign_before_a_number_is_money() -> None:
    qs = find_quantities(normalize("Washington pledged $1.5 billion and US$ 20 million more"))
    assert [(q.kind, q.value) for q in qs] == [("money", 1.5e9), ("money", 2e7)]
    assert find_dates("pledged $2020 million", MON) == []


def test_seed_article_dates() -> None:
    seeds = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
    path = seeds / "000_e92e837d997e7bb8.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    text = path.read_text(encoding="utf-8")
    found = find_dates(text, MON)
    for e in found:
        assert text[e.span[0] : e.span[1]] == e.text
    values = set(_values(found))
    assert day("2024-01-05") in values
    assert day("2023-10-07") in values
    assert ("2024-06-01", "2024-08-31", "season") in values
    assert not any(v[0] and v[0].startswith(("1500", "2000", "0900", "0800")) for v in values)
    lines = text.splitlines()
    assert parse_publication_date(lines[1]) == MON


_PIECES = [
    "يناير",
    "كانون الثاني",
    "عام",
    "الإثنين",
    "أمس",
    "January",
    "May",
    "في ",
    "منذ",
    "مطلع",
    "صيف",
    "the 5th",
    # the forms of the real-text table
    "بعد",
    "يومين",
    "و21 يوما",
    "ليل",
    "الأربعاء - الخميس",
    "رمضان",
    "الماضي",
    "ألفين",
    " وأربعة عشر",
    "1445 هـ",
    "يوم ",
    "الأسبوع الأول من",
    "الشهر الجاري",
    "الأيام الأخيرة",
    "earlier this month",
    "Thursday the 21st",
    "a week from now",
    "two years ago",
    "4/5/24",
]
_TEXT = st.lists(
    st.one_of(st.text(max_size=6), st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩/-.,: ") + _PIECES)),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, reference=st.one_of(st.none(), st.just(MON), st.dates()))
def test_find_dates_never_raises_and_spans_hold(text: str, reference: date | None) -> None:
    found = find_dates(text, reference)
    last_end = -1
    for e in found:
        assert text[e.span[0] : e.span[1]] == e.text
        assert e.span[0] >= last_end
        last_end = e.span[1]
        assert e.precision in PRECISIONS
        assert (e.start is None) == (e.end is None)
        if e.start is not None and e.end is not None:
            assert e.start <= e.end
            assert 1900 <= e.start.year and e.end.year <= 2100
        else:
            assert e.precision == "unknown"


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_parse_publication_date_never_raises(text: str) -> None:
    value = parse_publication_date(text)
    assert value is None or (isinstance(value, date) and 1900 <= value.year <= 2100)


def test_digits_glued_to_the_arabic_word_before_them_are_read():
    from conflict_timeline.text.arabic import normalize
    from conflict_timeline.text.numbers import find_quantities

    (q,) = find_quantities(normalize("خصصت الميزانية التي مررها الكونغرس177 مليون دولار لسوريا"))
    assert (q.kind, q.value) == ("money", 177_000_000)
    # a model name keeps its digits (F16, S300): no count of anything
    assert not [q for q in find_quantities(normalize("طائرات F16 وصواريخ S300")) if q.kind == "troops"]


def test_last_night_this_morning_and_the_day_before_are_days():
    ref = date(2024, 2, 6)
    for text, expected in (("The rockets landed late last night.", date(2024, 2, 5)),
                      ("The base was hit this morning.", date(2024, 2, 6)),
                      ("قصفت الطائرات البارحة مواقع في المنطقة.", date(2024, 2, 5)),
                      ("قصفت الطائرات الليلة الماضية مواقع في المنطقة.", date(2024, 2, 5)),
                      ("سقطت القذائف فجر اليوم قرب القاعدة.", date(2024, 2, 6)),
                      ("The convoy left this afternoon.", date(2024, 2, 6))):
        (found,) = find_dates(text, ref)
        assert (found.start, found.precision) == (expected, "day")


def test_a_nationality_between_a_count_and_its_troops_keeps_the_count():
    for text, n in (("About 100 Turkish soldiers entered the province.", 100),
                    ("Some 300 Russian military police arrived in the town.", 300)):
        (q,) = [q for q in find_quantities(normalize(text)) if q.kind == "troops"]
        assert q.value == n


def test_digits_do_not_join_the_number_word_after_and() -> None:
    # a unit's number, then a count joined by و: two numbers, not forty-five and five
    found = [(q.kind, q.value) for q in find_quantities(normalize("3 قتلى بينهم قائد اللواء 45 وخمسة جرحى"))]
    assert found == [("fatalities", 3.0), ("injured", 5.0)]
    # number words still join, and digits still take their scale word
    assert [q.value for q in find_quantities(normalize("خمسة وأربعين جنديا"))] == [45.0]
    assert [q.value for q in find_quantities(normalize("2 مليون دولار"))] == [2e6]
