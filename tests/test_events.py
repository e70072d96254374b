"""Each extraction rule on sentences written for these tests (see docs/CODEBOOK.md)."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_timeline.events import extract_events
from conflict_timeline.schema import Article, Event

PUB = date(2024, 2, 6)  # a Tuesday


def art(body: str, published: date | None = PUB, title: str = "t") -> Article:
    return Article(article_id=Article.make_id(title, body), title=title, body=body, published=published,
                   language="en" if body.isascii() else "ar")


def events(body: str, published: date | None = PUB, **kw) -> list[Event]:
    return extract_events(art(body, published), **kw)


def of_type(evs: list[Event], etype: str) -> list[Event]:
    return [e for e in evs if e.event_type == etype]


def test_one_attack_event_per_base():
    evs = events("وتبنت المقاومة الإسلامية في العراق، في بيان، هجمات بطائرات مسيرة على قاعدة حرير "
                 "وقاعدة الشدادي وحقل كونيكو، أمس الإثنين.")
    attacks = of_type(evs, "attack")
    assert {e.location for e in attacks} == {"Harir Air Base", "Shaddadi", "Conoco"}
    for e in attacks:
        assert e.actor == "Islamic Resistance in Iraq"
        assert e.status == "claimed"
        assert e.date_start == e.date_end == date(2024, 2, 5)
        assert e.date_precision == "day"
        assert e.geo_precision == "site"


def test_deployment_is_a_change_with_its_number():
    evs = events("وقالت وسائل إعلام أمريكية إن واشنطن تعتزم إرسال ألفي جندي إضافي إلى الأردن.")
    dep = of_type(evs, "deployment")
    assert len(dep) == 1
    assert dep[0].troops == 2000
    assert dep[0].actor == "United States"
    assert dep[0].location == "Jordan"
    assert dep[0].status == "reported"  # a reported plan is reported
    assert not of_type(evs, "troop_level")


def test_troop_level_is_a_level_and_numbers_are_not_dates():
    evs = events("ويبلغ عدد القوات الأمريكية في سوريا نحو ٩٠٠ جندي، بحسب البنتاغون.")
    lvl = of_type(evs, "troop_level")
    assert [e.troops for e in lvl] == [900]
    assert lvl[0].actor.startswith("US") or lvl[0].actor == "United States"
    assert lvl[0].country == "Syria"
    for e in evs:
        assert e.date_start is None or e.date_start.year > 1990


def test_withdrawal_keeping_a_force_gives_withdrawal_and_level():
    evs = events("In 2019, the United States withdrew most of its troops from Syria, but kept about 600 soldiers "
                 "near the oil fields.")
    wd = of_type(evs, "withdrawal")
    lvl = of_type(evs, "troop_level")
    assert len(wd) == 1 and wd[0].troops is None
    assert [e.troops for e in lvl] == [600]
    for e in wd + lvl:
        assert (e.date_start, e.date_end, e.date_precision) == (date(2019, 1, 1), date(2019, 12, 31), "year")


def test_money_is_funding_not_a_year():
    evs = events("وخصص الكونغرس 2000 مليون دولار لبرنامج تدريب القوات العراقية في عام 2016.")
    fund = of_type(evs, "funding")
    assert len(fund) == 1
    assert fund[0].amount_usd == 2_000_000_000
    assert fund[0].date_precision == "year" and fund[0].date_start == date(2016, 1, 1)


def test_third_party_denial_marks_the_report():
    body = ("ونقلت شبكة أمريكية عن مسؤولين أن البنتاغون سيرسل 1500 جندي إلى العراق. "
            "ونفت الحكومة العراقية، الإثنين، وصول أي قوات إضافية، مؤكدة أن هذه الأنباء غير صحيحة.")
    evs = events(body)
    denial = of_type(evs, "denial")
    dep = of_type(evs, "deployment")
    assert len(denial) == 1 and len(dep) == 1
    assert denial[0].actor == "Government of Iraq"
    assert denial[0].date_start == date(2024, 2, 5)
    assert denial[0].denies == dep[0].event_id
    assert dep[0].denied_by == denial[0].event_id
    assert dep[0].status == "reported"


def test_own_denial_makes_the_report_denied():
    body = ("Media reports said Iran had ordered the drone attack on Tower 22. "
            "Iran denied any role in the attack on Tower 22 on Monday.")
    evs = events(body)
    attack = [e for e in of_type(evs, "attack") if e.actor == "Iran"]
    assert attack and attack[0].status == "denied"


def test_confirmed_by_the_actor_itself():
    evs = events("Kataib Hezbollah said it was behind the strike. CENTCOM announced on Wednesday that US forces "
                 "conducted an airstrike in Baghdad that killed a Kataib Hezbollah commander.", published=date(2024, 2, 8))
    strike = of_type(evs, "airstrike")
    assert len(strike) == 1
    assert strike[0].status == "confirmed"
    assert strike[0].location == "Baghdad"
    assert strike[0].target == "Kataib Hezbollah"
    assert strike[0].date_start == date(2024, 2, 7)


def test_anaphora_takes_the_date_of_the_event_before():
    body = ("وفي 3 كانون الثاني 2020، قتلت غارة أمريكية قرب مطار بغداد قائد فيلق القدس. "
            "وصوت البرلمان العراقي آنذاك على قرار يطالب بإخراج القوات الأجنبية.")
    evs = events(body, published=date(2020, 1, 20))
    agreement = of_type(evs, "agreement")
    assert agreement and agreement[0].date_start == date(2020, 1, 3)
    assert agreement[0].actor == "Iraqi Parliament"


def test_undated_article_keeps_relative_dates_unknown():
    evs = events("وأعلنت وزارة الدفاع الأمريكية أمس نشر 500 جندي إضافي في سوريا.", published=None)
    dep = of_type(evs, "deployment")
    assert dep and dep[0].date_start is None and dep[0].date_precision == "unknown"
    assert dep[0].troops == 500


def test_sentence_without_date_takes_the_publication_week():
    evs = events("وأعلنت المقاومة الإسلامية في العراق تنفيذها هجوما على قاعدة عين الأسد.")
    a = of_type(evs, "attack")[0]
    assert (a.date_start, a.date_end, a.date_precision) == (date(2024, 1, 31), PUB, "week")


def test_call_for_withdrawal_is_a_statement_not_a_withdrawal():
    evs = events("ودعا رئيس الوزراء العراقي إلى انسحاب قوات التحالف الدولي من البلاد.")
    assert not of_type(evs, "withdrawal")
    st = of_type(evs, "statement")
    assert st and st[0].actor == "Government of Iraq"


def test_evidence_span_points_to_the_sentence():
    body = "Title line\nThe Pentagon said on Monday that about 2,000 US troops were in Syria. Nothing else here."
    article = art(body)
    evs = extract_events(article)
    assert evs
    for e in evs:
        assert body[e.span_start : e.span_end] == e.sentence
        assert "2,000" in e.sentence


def test_killed_count_is_fatalities_not_troops():
    evs = events("Three US soldiers were killed and dozens wounded in a drone attack on Tower 22 in Jordan on Sunday.",
                 published=date(2024, 1, 29))
    a = of_type(evs, "attack")
    assert a and a[0].fatalities == 3 and a[0].troops is None
    assert a[0].location == "Tower 22"
    assert not of_type(evs, "troop_level")


@pytest.mark.parametrize("body", ["", "   ", "\n\n", "اقرأ أيضاً", "12345 67890"])
def test_no_events_from_empty_or_trivial_text(body):
    assert events(body) == []

_WORDS = st.sampled_from([
    "نفى", "العراق", "الإثنين", "1500", "جندي", "هجوم", "قاعدة عين الأسد", "البنتاغون", "غارة", "في", "عام 2015",
    "أمس", "، ", ". ", "\n", "Pentagon", "said", "troops", "attack", "on", "Monday", "٥", "يناير", "حينها",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=40), st.one_of(st.none(), st.dates()))
def test_extraction_never_raises_and_keeps_its_evidence(pieces, published):
    body = " ".join(pieces)
    for e in extract_events(art(body, published)):
        assert body[e.span_start : e.span_end] == e.sentence
        assert e.date_start is None or (e.date_end is not None and e.date_start <= e.date_end)
        assert 0.0 <= e.confidence <= 1.0
