"""What a sentence tells only as the backdrop of its event (a patrol on its way back, a crew home
from a sortie) or only as a detail of it is no event of its own."""

from datetime import date

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


def test_convoys_listed_among_what_keeps_coming_under_attack_are_no_move():
    evs = events("ومنذ أسابيع تتعرض مطارات العراق والأرتال التي تنقل إمدادات التحالف الدولي لهجمات صاروخية متكررة.")
    assert not _moves(evs)
    # a convoy told moving stays a move
    evs = events("دخل رتل عسكري تركي جديد إلى محافظة إدلب أمس قادما من معبر كفرلوسين.")
    assert [e.event_type for e in _moves(evs)] == ["deployment"]


def test_strike_naming_a_kind_of_unit_is_no_strike():
    assert not violent(events("The four jets are a small but welcome addition to the coalition strike force in Syria."))
    assert len(violent(events("A US strike killed two militants near Raqqa on Monday."))) == 1


def test_strikes_stepped_up_since_a_time_are_a_trend_not_a_strike():
    assert not violent(events("منذ بداية الحرب في تشرين الأول، كثفت إسرائيل غاراتها على مواقع الفصائل الموالية لإيران في سوريا."))
    assert not violent(events("Since the fighting flared on 5 May, Turkey has stepped up its drone strikes in northern Iraq."))
    assert not violent(events("The militias ramped up attacks on American bases after the war began in October."))
    # stepped up on a day it is told with is a strike
    assert len(violent(events("كثفت إسرائيل غاراتها على دمشق أمس الثلاثاء."))) == 1


def test_a_move_governed_by_a_negated_verb_is_no_move():
    evs = events("قالت تركيا أمس إنها لم تتفق مع العراق على إنهاء وجودها العسكري في بعشيقة.")
    assert not _moves(evs) and [e.event_type for e in evs] == ["statement"]
    evs = events("وقالت أنقرة إنها لن توافق على سحب قواتها من معسكر زليكان.")
    assert not _moves(evs)


def test_a_command_handed_over_or_the_wounded_evacuated_move_no_force():
    for text in ("Today, Denmark handed over command of NATO Mission Iraq to Italy.",
                 "Italy's wounded were evacuated by US military helicopters to a hospital in Baghdad."):
        evs = events(text)
        assert not _moves(evs) and [e.event_type for e in evs] == ["other"], text
    # a base handed over or evacuated is a withdrawal
    for text in ("The coalition handed over the K-1 base to Iraqi forces on Sunday.",
                 "US forces evacuated the al-Qaim base on Monday."):
        assert [e.event_type for e in _moves(events(text))] == ["withdrawal"], text


def test_a_joint_patrol_begun_is_a_deployment_and_a_patrol_struck_or_described_is_not():
    (ev,) = events("سيرت القوات الروسية والتركية دورية مشتركة في ريف كوباني الغربي أمس.")
    assert (ev.event_type, ev.actor_group, ev.location) == ("deployment", "Russia", "Kobani")  # not Siirt
    (ev,) = events("Russian military police began patrolling the border near Kobani on Wednesday.")
    assert (ev.event_type, ev.actor_group) == ("deployment", "Russia")
    evs = events("A roadside bomb hit a joint Russian-Turkish patrol near Kobani on Wednesday.")
    assert not _moves(evs) and len(violent(evs)) == 1
    assert not _moves(events("Moscow wants more say near the border, where Russian and Turkish forces carry out joint patrols."))
    assert not _moves(events("وقالت وزارة الدفاع البريطانية إن طائراتها تواصل تسيير دوريات مسلحة ضد عناصر داعش في سوريا."))


def test_a_move_from_one_place_to_another_is_placed_at_its_own_end():
    (ev,) = _moves(events("A US convoy moved from Erbil to Mosul on Monday."))
    assert (ev.event_type, ev.location) == ("deployment", "Mosul")
    (ev,) = _moves(events("انسحبت القوات الأمريكية من قاعدة القيارة إلى أربيل."))
    assert (ev.event_type, ev.location) == ("withdrawal", "Qayyarah West Air Base")
    (ev,) = _moves(events("أرسلت تركيا تعزيزات من ولاية هاتاي إلى إدلب."))
    assert (ev.event_type, ev.actor, ev.location) == ("deployment", "Turkey", "Idlib")


def test_weapon_systems_delivered_are_a_deployment_and_a_visit_to_troops_an_event():
    for text in ("أعلن وزير الدفاع الروسي استكمال تسليم منظومات إس-300 إلى سوريا.",
                 "Russia has completed the delivery of 49 units of S-300 air defence systems to Syria, its minister said."):
        assert [(e.event_type, e.actor_group, e.location) for e in _moves(events(text))] == [
            ("deployment", "Russia", "Syria")], text
    # delivering anything else moves no force
    assert not _moves(events("When delivered, the letter was to tell Iraqi officials that US forces would reposition."))
    assert not _moves(events("The agency delivered its load of flour to the besieged town on Monday."))
    (ev,) = events("The top US general visited American troops in northeast Syria on Saturday.")
    assert (ev.event_type, ev.actor_group, ev.location) == ("other", "United States", "Northeast Syria")
    assert not events("The Iraqi prime minister visited Tehran on Monday.")


def test_a_strike_and_the_attack_it_answers_stay_two_incidents_with_their_own_days():
    text = ("The United States carried out airstrikes on Thursday against two sites in eastern Syria used by "
            "Iran's Revolutionary Guard Corps, the Pentagon said. The strikes, near Albu Kamal, came in response "
            "to a drone attack on Wednesday on the Conoco base that wounded four US service members.")
    evs = sorted(violent(events(text, published=date(2023, 11, 10))), key=lambda e: e.date_start)
    assert [(e.location, str(e.date_start), e.injured) for e in evs] == [
        ("Conoco", "2023-11-08", 4), ("Abu Kamal", "2023-11-09", None)]
    assert (evs[1].actor, evs[1].target) == ("United States", "IRGC") and evs[0].actor_group != "United States"


def test_a_sentence_opened_by_days_before_tells_another_strike():
    text = ("استهدف قصف تركي مواقع لحزب العمال الكردستاني في محافظة دهوك، وفق مصادر محلية. "
            "وقبل أيام تعرضت عجلة تابعة لحزب العمال الكردستاني لقصف جوي تركي في قرية قرب زاخو.")
    evs = violent(events(text, published=None))
    assert len(evs) == 2 and sorted(e.date_text for e in evs) == ["", "قبل ايام"]
    text = "Turkish drones struck PKK positions near Zakho, officials said. Days earlier, Turkish jets struck a PKK vehicle near Zakho."
    assert len(violent(events(text, published=None))) == 2


def test_what_an_attack_followed_is_another_event_and_clock_times_are_no_troops():
    text = ("A military base in Syria belonging to the US-led coalition came under rocket fire late on Sunday, officials said. "
            "The attack followed an explosion on a base in Iraq this weekend that killed one person and injured eight.")
    evs = violent(events(text, published=None))
    assert len(evs) == 2
    main = next(e for e in evs if e.date_text)
    assert (main.fatalities, main.injured) == (None, None)
    evs = events("Two rockets targeted coalition forces at the US patrol base in al-Shaddadi, Syria, today at approximately 10:31 p.m. local time.")
    assert not [e for e in evs if e.event_type == "troop_level"]


def test_statements_and_other_events_of_years_gone_by_are_history():
    for text in ("IS militants proclaimed their so-called caliphate across Iraq and Syria in 2014, with Raqqa as their capital.",
                 "In late 2017, IS was declared defeated in Syria and Iraq."):
        assert not events(text, published=date(2023, 8, 30)), text
    # a strike of a past year stays: a page may report it
    assert [e.event_type for e in events("US jets struck IS positions near Raqqa in 2017.", published=date(2023, 8, 30))] == ["airstrike"]


def test_an_undated_event_in_a_since_clause_is_the_start_of_a_span():
    # the withdrawal is what the sentence counts from; only the tension is told
    assert not _moves(events("منذ أن أعلنت واشنطن سحب قواتها من سوريا، تصاعد التوتر على طول الحدود."))
    assert not _moves(events("Ever since Washington pulled its troops out of the northeast, the Kurdish-led "
                             "forces have leaned on Moscow."))
    # dated after its word, it is a past event the page recalls
    (ev,) = _moves(events("Since Washington withdrew its troops from Iraq in December 2011, the country has "
                          "faced one crisis after another."))
    assert ev.date_start == date(2011, 12, 1)
    # "since" before a span of time says when: two days ago
    (ev,) = violent(events("منذ يومين قصفت طائرات تركية قرية في دهوك."))
    assert ev.actor == "Turkey"


def test_an_operation_launched_weeks_ago_is_not_the_strike_of_the_day():
    body = ("أفادت وكالة الأناضول يوم الأربعاء أن الطيران التركي قصف مواقع لحزب العمال في شمالي العراق.\n"
            "وكانت أنقرة بدأت قبل أسابيع عملية جوية ضد مواقع الحزب في إقليم كردستان العراق.")
    assert len(violent(events(body, published=None))) == 2


def test_strikes_told_over_the_past_weeks_are_a_habit_unless_a_day_is_named():
    assert not violent(events("وقد شهدت الأشهر الأخيرة قصفا متبادلا بين القوات الأمريكية والفصائل قرب البوكمال."))
    assert not violent(events("US forces have struck militia sites near Albu Kamal over the past few weeks."))
    assert not violent(events("وتكررت خلال الفترة الأخيرة الهجمات الصاروخية على قاعدة الشدادي."))
    (ev,) = violent(events("Israeli jets struck Damascus airport on Monday, the third such strike in recent weeks."))
    assert ev.date_start == date(2024, 2, 5)


def test_the_new_attack_named_again_is_the_attack_told():
    body = ("Two soldiers were hurt when drones struck the garrison at al-Tanf on Monday.\n"
            "Militias had also struck al-Tanf with rockets on January 3.\n"
            "Whether the Pentagon will retaliate for the new drone attack at al-Tanf remains unclear.")
    assert len(violent(events(body))) == 2


def test_between_two_sides_is_no_span_of_a_tally():
    (ev,) = violent(events("Three rockets hit Baghdad International Airport on Thursday, amid tensions between "
                           "Tehran and Washington."))
    assert ev.location == "Baghdad International Airport"
    assert not violent(events("Between October and January, militias launched more than 150 attacks on US bases."))


def test_an_ordinal_count_of_attacks_is_a_tally():
    assert not violent(events("The strike was the 14th on American sites in Syria since March."))


def test_news_letters_and_rumours_about_a_move_are_talk_not_a_move():
    assert not _moves(events("ووصف الوزير الرسالة المنشورة حول سحب الجنود الأمريكيين من البلاد بأنها مزورة."))
    assert not _moves(events("وأوضح المتحدث أن وزارته تلقت إخطارا رسميا بشأن قرار بسحب الجنود من القاعدة."))
    assert not _moves(events("Officials dismissed rumours of a pullout of US troops from Syria on Monday."))
    assert not _moves(events("وبعد انتشار معلومات حول نية الانسحاب من سوريا، رفض مسؤول التعليق عليها."))
    # news of a move is its report
    assert _moves(events("وردت أنباء يوم الاثنين عن انسحاب جنود أستراليين من قاعدة التاجي."))


def test_an_operation_a_side_is_preparing_is_no_attack():
    evs = events("وواصل الجيش التركي إرسال تعزيزات إلى سوريا مع تصاعد الحديث عن عملية عسكرية يجهز لها الجيش السوري "
                 "في محافظة إدلب.")
    assert not violent(evs) and _moves(evs)
    assert not violent(events("Residents fled Idlib on Monday ahead of an offensive being prepared by Syrian forces."))


def test_a_drone_slamming_into_a_base_is_an_attack():
    (ev,) = violent(events("On Monday an explosive-laden drone slammed into a hangar at the Harir air base."))
    assert ev.location == "Harir Air Base"
    assert not violent(events("The army showed the drones it builds at a fair in Baghdad on Monday."))


def test_a_cargo_plane_that_landed_at_a_base_brings_reinforcements():
    for body in ("هبطت مساء الأحد طائرة شحن أمريكية تحمل معدات عسكرية في قاعدة خراب الجير.",
                 "A US cargo plane carrying military equipment landed at the Kharab al-Jir base on Sunday."):
        (ev,) = events(body)
        assert (ev.event_type, ev.actor_group, ev.location) == ("deployment", "United States", "Kharab al-Jir")
    # (a helicopter's emergency landing moves no forces)
    assert not events("هبطت مروحية تركية اضطراريا قرب عفرين يوم الأحد.")


def test_trucks_hours_and_vehicles_are_no_troops():
    body = ("وصلت تعزيزات للتحالف الدولي إلى قاعدة خراب الجير يوم الأحد. وقال المرصد إن الرتل يضم 20 شاحنة، ما يرفع "
            "عدد الشاحنات التي دخلت مناطق انتشار قوات التحالف خلال يومين إلى 50 شاحنة.")
    assert not [e for e in events(body) if e.troops]


def test_the_matter_is_no_order_and_a_colon_opens_the_next_line():
    body = ("لم يقتصر الأمر على التعزيزات البرية، إذ هبطت طائرة شحن عسكرية أمريكية في قاعدة الشدادي جنوبي الحسكة "
            "مساء الأحد.")
    assert [(e.event_type, e.location) for e in events(body)] == [("deployment", "Shaddadi")]
    # a speech verb and a colon alone on a line: the words on the next line are what was said
    body = ("أعلنت وزارة الدفاع الروسية أن الشرطة العسكرية انتشرت في مدينة القامشلي يوم الأحد.\nوأضافت:\n"
            "\"ستبقى وحداتنا في المدينة حتى إشعار آخر\".")
    said = [e.sentence for e in events(body) if e.event_type == "statement"]
    assert said and all("وحداتنا" in sentence for sentence in said)


def test_tanks_and_battalions_are_no_troops():
    body = "Ankara says 120 troops and some 20 tanks are based at Bashiqa to guard the trainers."
    assert [e.troops for e in events(body) if e.troops] == [120]
    body = "Russia will also keep three military police battalions at its bases in Syria, the minister said on Tuesday."
    assert not [e for e in events(body) if e.troops == 3]
