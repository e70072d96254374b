"""The armed groups strikes hit, each with its own name and family."""

from __future__ import annotations

import pytest

from conflict_timeline.gazetteer import Gazetteer
from tests.extract_helpers import events


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def names(mentions) -> list[str]:
    return [m.entry.name for m in mentions]


def test_the_groups_that_strikes_hit_are_known_by_their_own_names(gz: Gazetteer) -> None:
    # the Kurdish groups Turkey and Iran strike, each with its family
    assert names(gz.actors("قصفت المسيرات مواقع وحدات حماية الشعب ومقرات حزب العمال الكردستاني")) == ["YPG", "PKK"]
    assert gz.root(gz.get("YPG", kind="actor").id).name == "SDF"
    assert gz.root(gz.get("Sinjar Resistance Units", kind="actor").id).name == "PKK"
    assert names(gz.actors("Missiles hit KDPI and Komala offices near Koya")) == ["KDPI", "Komala"]
    # the Iraqi Kurdistan Democratic Party is not the Iranian one
    assert "KDPI" not in names(gz.actors("اجتمع وفد من الحزب الديمقراطي الكردستاني في أربيل"))
    assert names(gz.actors("استهدفت الغارات مقرات الفصائل المعارضة وجيش الإسلام")) == ["Syrian opposition", "Jaish al-Islam"]


def test_the_syrian_factions_foreign_strikes_hit_are_known_with_their_families(gz: Gazetteer) -> None:
    assert names(gz.actors("قصفت طائرات روسية مقرات فيلق الشام وجيش العزة قرب إدلب")) == ["Faylaq al-Sham", "Jaish al-Izza"]
    assert names(gz.actors("A drone hit a car carrying Hurras al-Din leaders")) == ["Hurras al-Din"]
    assert gz.root(gz.get("Hurras al-Din", kind="actor").id).name == "al-Qaeda"
    assert gz.root(gz.get("Hamza Division", kind="actor").id).name == gz.root(
        gz.get("Syrian National Army", kind="actor").id).name
    assert names(gz.actors("استهدفت المدفعية مواقع الحزب الإسلامي التركستاني")) == ["Turkistan Islamic Party"]


def test_the_kdpi_is_read_with_kurdish_for_kurdistani():
    from tests.extract_helpers import events, violent

    (ev,) = violent(events("قصفت مسيرات إيرانية مقرا للحزب الديمقراطي الكردي الإيراني قرب كويسنجق فجر الأحد."))
    assert ev.target == "KDPI"


def test_the_iranian_kurdish_opposition_named_as_a_whole_is_a_side():
    (ev,) = [e for e in events("قصف الحرس الثوري الإيراني يوم الخميس بطائرات مسيرة مقرات الأحزاب الكردية الإيرانية المعارضة "
                               "قرب سيدكان.") if e.event_type in ("attack", "airstrike")]
    assert (ev.actor, ev.target) == ("IRGC", "Iranian Kurdish opposition")


def test_an_outlet_named_after_a_city_is_no_place():
    body = "وقال مدير الناحية في تصريح لـ (كركوك ناو) إن طائرات تركية قصفت مقرا لوحدات حماية سنجار ظهر الأربعاء."
    (ev,) = [e for e in events(body) if e.event_type in ("attack", "airstrike")]
    assert ev.location != "Kirkuk" and ev.actor_group == "Turkey"
