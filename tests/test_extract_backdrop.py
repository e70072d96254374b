"""What a sentence tells only as the backdrop of its event (a patrol on its way back, a crew home
from a sortie) or only as a detail of it is no event of its own."""

from tests.extract_helpers import events, violent


def _moves(evs):
    return [e for e in evs if e.event_type in ("deployment", "withdrawal")]


def test_a_patrol_on_its_way_back_is_no_troop_move():
    evs = events("A roadside bomb wounded three Dutch soldiers in Anbar on Monday as they returned from a patrol.")
    assert len(violent(evs)) == 1 and not _moves(evs)
    evs = events("أصيب جنديان فرنسيان بانفجار عبوة ناسفة قرب كركوك أثناء عودتهما من مهمة تدريب.")
    assert len(violent(evs)) == 1 and not _moves(evs)


def test_a_crew_back_at_base_or_a_return_to_nowhere_named_is_no_move():
    assert not _moves(events("The four jets and their crews returned safely to base, the Danish ministry said."))
    assert not _moves(events("وحلقت طائرات التحالف فوق الحاجز لساعة، ثم قامت القوات الأمريكية بالعودة."))


def test_a_return_to_a_named_base_stays_a_deployment():
    for text in ("عادت القوات الأمريكية إلى قاعدة القيارة الجوية أمس بعد غياب دام عامين.",
                 "US troops returned to the Qayyarah air base on Monday."):
        assert [(e.event_type, e.location) for e in _moves(events(text))] == [
            ("deployment", "Qayyarah West Air Base")], text
