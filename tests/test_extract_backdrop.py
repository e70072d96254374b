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


def test_a_lead_told_yesterday_is_the_body_strike_told_on_a_weekday_night():
    text = ("Israeli strikes on weapons depots in eastern Syria killed 30 fighters yesterday, a war monitor said. "
            "The monitor said Israeli jets struck after midnight on Tuesday night the outskirts of Mayadin.")
    evs = violent(events(text, published=None))
    assert [(e.actor_group, e.fatalities) for e in evs] == [("Israel", 30)] and evs[0].geo_precision != "country"
    # two weekdays named are two days: the lead and the body stay apart
    text = ("Turkey launched a ground operation in northern Iraq on Wednesday, its defence ministry said. "
            "Turkish jets had struck PKK hideouts near Sinjar on Sunday night.")
    assert len(violent(events(text, published=None))) == 2
