"""More rules for real news pages, each on sentences written for its test: strikes placed nowhere
and the country named by its land, publishing and receiving, demands, pressure and fears, moves of
other posts and of armed groups, tolls in words, places by province and compass, tellings counted
from another event, coalition members and their bases."""

from datetime import date

from tests.extract_helpers import events, violent


def test_a_strike_the_page_places_nowhere_is_no_event_unless_it_has_a_toll():
    assert not violent(events("Russian air strikes helped turn the war in the government's favour, with both sides claiming gains."))
    (ev,) = violent(events("A drone strike killed three fighters on Monday, a security source said."))
    assert ev.fatalities == 3


def test_a_nationality_before_land_or_territory_is_the_country():
    body = "Turkish forces on Monday launched an attack on Kurdish fighters, seizing a strip of Syrian land along the border."
    (ev,) = violent(events(body))
    assert ev.location == "Syria"


def test_to_publish_is_not_to_deploy():
    body = "ووفق المذكرة التي نشرتها الخارجية الأمريكية، ستتلقى الشرطة العراقية 150 مليون دولار."
    assert not [e for e in events(body) if e.event_type == "deployment"]
    assert not [e for e in events("نشرت صحيفة بريطانية أمس صورا للقاعدة بعد القصف.") if e.event_type == "deployment"]
    (ev,) = [e for e in events("نشرت الولايات المتحدة 300 جندي إضافي في قاعدة التنف أمس.") if e.event_type == "deployment"]
    assert ev.troops == 300


def test_who_receives_a_sum_does_not_pay_it():
    body = "ووفق المذكرة التي أصدرها البنتاغون، ستتلقى الشرطة العراقية 150 مليون دولار."
    (ev,) = [e for e in events(body) if e.event_type == "funding"]
    assert ev.actor_group == "United States"


def test_a_change_of_a_sum_is_no_allocation():
    body = "وبذلك يكون المبلغ المخصص لقوات الأمن العراقية قد ارتفع بمقدار 12 مليون دولار مقارنة بالعام الماضي."
    assert not [e for e in events(body) if e.event_type == "funding"]


def test_a_move_that_must_happen_is_a_demand():
    body = "وقال المتحدث إن على تركيا أن تسحب قواتها من معسكر بعشيقة، وإنه يجب على أنقرة أن تنسحب من كل الأراضي العراقية."
    assert not [e for e in events(body) if e.event_type == "withdrawal"]


def test_a_capital_named_as_the_government_is_no_second_place_of_a_move():
    body = "سحبت تركيا أمس بعض قواتها من معسكر بعشيقة، وقالت بغداد إن على أنقرة إكمال الانسحاب."
    assert [e.location for e in events(body) if e.event_type == "withdrawal"] == ["Bashiqa camp"]
    # a city after "from" is a place of the move
    body = "بدأ انسحاب القوات الأمريكية أمس من قاعدة عين الأسد ومن بغداد."
    places = sorted(e.location for e in events(body) if e.event_type == "withdrawal")
    assert places[0] == "Ain al-Asad Air Base" and places[1].startswith("Baghdad")


def test_the_country_that_sends_its_forces_is_not_where_they_go():
    body = ("أرسلت تركيا 150 جنديا إلى معسكر بعشيقة قرب الموصل الأسبوع الماضي.\n"
            "وتؤكد تركيا أن الجنود الذين أرسلتهم يشاركون في برنامج تدريب.")
    assert "Turkey" not in {e.location for e in events(body) if e.event_type == "deployment"}


def test_a_denied_plan_to_move_troops_leaves_their_level_standing():
    body = "نفى البنتاغون أمس أي خطط حاليا لسحب قواته البالغ عددها نحو 900 جندي من سوريا."
    evs = events(body)
    assert not [e for e in evs if e.event_type == "withdrawal"]
    (level,) = [e for e in evs if e.event_type == "troop_level"]
    assert (level.troops, level.status, level.actor_group) == (900, "reported", "United States")


def test_a_compass_word_before_a_town_places_the_event_in_its_governorate():
    (ev,) = violent(events("قذائف صاروخية تسقط على القاعدة الأميركية جنوب الحسكة مساء الأحد."))
    assert ev.location == "Hasakah Governorate"
    (ev,) = violent(events("قذائف صاروخية تسقط على القاعدة الأميركية في الحسكة مساء الأحد."))
    assert ev.location != "Hasakah Governorate"


def test_the_base_located_in_a_region_is_the_base_named_before_there():
    body = ("ذكر مصدر أمني مساء الأحد أن مسيرة ضربت قاعدة حرير الجوية.\n"
            "وقال شهود إن هذه القاعدة الواقعة في إقليم أربيل ضربت مجددا بمسيرة ثانية.")
    assert [e.location for e in violent(events(body))] == ["Harir Air Base"]


def test_earlier_attacks_as_a_whole_are_no_event():
    body = "وشنت جماعات مسلحة هجمات سابقة على قواعد أميركية عدة في العراق بينها عين الأسد."
    assert not violent(events(body))
    assert not violent(events("The previous attacks on the Ain al-Asad base caused no casualties, officials said."))


def test_an_outlet_or_its_sources_deny_for_no_party():
    body = "ونفت مصادر عنب بلدي مساء الأحد وصول مقاتلي الجيش الحر إلى عفرين."
    assert not [e for e in events(body) if e.event_type == "denial"]


def test_counts_of_dead_and_wounded_in_words_or_before_their_verb():
    body = "Local officials said at least 12 fighters were killed and 30 wounded following two US airstrikes near al-Qaim on Sunday."
    (ev,) = violent(events(body))
    assert (ev.fatalities, ev.injured) == (12, 30)
    (ev,) = violent(events("On Friday a Turkish drone killed three alleged militants and injured two near Sinjar."))
    assert (ev.fatalities, ev.injured) == (3, 2)
    (ev,) = violent(events("قتلت غارة إسرائيلية أمس خمسة عناصر من الميليشيات قرب البوكمال."))
    assert ev.fatalities == 5


def test_the_province_or_countryside_of_a_town_is_its_governorate():
    body = "Officials said a Turkish drone killed three fighters on Thursday in the northern province of Sulaimaniya."
    assert [e.location for e in violent(events(body))] == ["Sulaymaniyah Governorate"]
    body = "Israeli strikes on a radar post in rural Sweida killed two soldiers on Tuesday."
    assert [e.location for e in violent(events(body))] == ["As-Suwayda Governorate"]


def test_an_event_that_comes_after_something_is_the_one_told_before():
    body = ("أعلن التحالف الدولي أمس انسحاب قواته من قاعدة عين الأسد.\n"
            "ويأتي انسحاب القوات بعد مشاورات بين بغداد وواشنطن.")
    assert len([e for e in events(body) if e.event_type == "withdrawal"]) == 1
    body = ("Rockets hit the Ain al-Asad base on Tuesday, officials said.\n"
            "The attack comes days after a drone struck the Harir base.")
    assert sorted(e.location for e in violent(events(body))) == ["Ain al-Asad Air Base", "Harir Air Base"]


def test_a_move_pressure_is_for_is_no_move():
    body = "وتتصاعد الضغوط التي تمارسها الأحزاب السياسية على الحكومة لإخراج القوات الأجنبية من البلاد."
    assert not [e for e in events(body) if e.event_type == "withdrawal"]
    body = "وأعلنت الحكومة خطة لسحب القوات الأجنبية من البلاد بحلول نهاية العام."
    assert [e.status for e in events(body) if e.event_type == "withdrawal"] == ["planned"]


def test_a_sentence_opening_counted_from_another_event_is_not_dated_by_the_page():
    body = "Two weeks before the general's visit, coalition forces at Green Village were attacked with rockets."
    (ev,) = violent(events(body, date(2023, 3, 5)))
    assert ev.date_start is None and ev.date_text.startswith("two weeks")
    (ev,) = violent(events("Rockets hit the Green Village base on Friday, two weeks before the visit.", date(2023, 3, 5)))
    assert ev.date_start == date(2023, 3, 3)


def test_aircraft_sent_are_a_deployment_and_attack_jets_no_attack():
    body = "US officials also said A-10 attack jets and F-15 fighters would be sent to Incirlik air base in Turkey."
    assert [(e.event_type, e.status) for e in events(body)] == [("deployment", "planned")]
    body = "وأضاف مسؤول أن واشنطن ستنشر طائرات هجومية إضافية في قاعدة إنجرليك التركية."
    assert [e.event_type for e in events(body)] == ["deployment"]
    # (with a modifier between the aircraft and the word: مروحيات عسكرية هجومية)
    assert not violent(events("ونقلت طائرة شحن أربع مروحيات عسكرية هجومية من قاعدة حميميم إلى روسيا."))
    # a conditional "would" is still no move
    assert not events("A victory in Mosul would accelerate the withdrawal of US troops from Iraq.")


def test_forces_should_complete_their_withdrawal_is_expected_not_demanded():
    body = "American troops began leaving a large base in northeastern Syria on Feb. 20 and should complete their withdrawal in four weeks."
    assert [e.event_type for e in events(body, date(2026, 2, 24))] == ["withdrawal"]


def test_a_group_moving_its_own_positions_moves_no_foreign_force():
    body = "وبعد انسحاب القوات الأمريكية من قاعدة التنف، عززت الفصائل مواقعها في المنطقة."
    assert [e.event_type for e in events(body) if e.event_type in ("deployment", "withdrawal")] == ["withdrawal"]


def test_coalition_members_move_their_own_troops():
    body = "Spain pulled 200 soldiers out of the Besmaya base for a while in mid-April because of the epidemic."
    (ev,) = [e for e in events(body, date(2020, 6, 1)) if e.event_type == "withdrawal"]
    assert (ev.actor, ev.location, ev.troops, ev.date_start) == ("Spain", "Besmaya base", 200, date(2020, 4, 11))
    (ev,) = [e for e in events("وأعلنت وزارة الدفاع الإيطالية سحب 100 جندي من أربيل أمس.") if e.event_type == "withdrawal"]
    assert ev.actor == "Italy"


def test_those_trained_or_assisted_own_no_troops():
    body = "Spanish special operatives are assisting the Iraqi security forces at Al Taqaddum, with 70 troops there."
    assert {e.actor_group for e in events(body) if e.troops} == {"Spain"}


def test_a_day_the_page_only_implies_never_replaces_one_the_text_states():
    body = ("In mid-April, Spain withdrew 200 soldiers from the Besmaya base.\n"
            "Once its troops had left the Besmaya base, Spain kept its helicopters at Taji.")
    (ev,) = [e for e in events(body, date(2020, 6, 1)) if e.event_type == "withdrawal" and e.location == "Besmaya base"]
    assert ev.date_start == date(2020, 4, 11) and ev.date_precision == "month"


def test_an_order_to_move_is_the_move_planned():
    body = "أمر الرئيس الروسي قواته مساء الثلاثاء ببدء سحب معظم الوحدات الروسية من سوريا معتبرا أن المهمة أنجزت."
    evs = events(body)
    assert [(e.event_type, e.actor_group, e.status) for e in evs] == [("withdrawal", "Russia", "planned")]
    (ev,) = events("President Trump ordered the withdrawal of US troops from northern Syria on Sunday.")
    assert (ev.event_type, ev.status) == ("withdrawal", "planned")


def test_in_the_east_of_a_town_is_in_the_town():
    (ev,) = violent(events("نفذ تنظيم داعش مساء الأحد هجوما على أحياء في شرق مدينة عين العرب."))
    assert ev.location == "Kobani"


def test_a_move_that_goes_on_from_the_sentence_before_is_of_the_same_forces():
    body = ("وأشار المراسل إلى أن انتشار القوات الروسية بدأ في ريف درعا الشمالي.\n"
            "كما انتشرت في محافظة السويداء وأقامت نقطة في إحدى القرى.")
    assert [(e.actor_group, e.location) for e in events(body, None) if e.event_type == "deployment"][-1] == (
        "Russia", "As-Suwayda Governorate")


def test_the_base_alone_is_the_base_told_struck():
    body = ("تعرضت قاعدة بلد الجوية اليوم لقصف بصواريخ كاتيوشا.\n"
            "ويذكر أن القوات الأمريكية عززت وجودها في قاعدة عين الأسد خلال الأشهر الأخيرة.\n"
            "ويعد هذا ثاني قصف تتعرض له القاعدة بعد صاروخ سقط قربها الأسبوع الماضي.")
    assert {e.location for e in violent(events(body, None))} == {"Balad Air Base"}


def test_one_more_person_joined_to_a_count_is_counted():
    (ev,) = violent(events("The rocket attack on Camp Taji killed two American soldiers and a British medic on Wednesday."))
    assert ev.fatalities == 3
    (ev,) = violent(events("أسفر الهجوم الصاروخي على معسكر التاجي أمس عن مقتل جنديين أمريكيين ومجندة بريطانية."))
    assert ev.fatalities == 3
    (ev,) = violent(events("The attack on Camp Taji killed two soldiers and wounded a dozen others."))
    assert ev.fatalities == 2


def test_a_move_negated_two_words_back_did_not_happen():
    body = "وبين المصدر أنه لم تصل أي تعزيزات منذ أسابيع وأن ما يجري تبديل دوري للجنود الأمريكيين."
    assert not [e for e in events(body) if e.event_type == "deployment"]
    body = "وقال مسؤولون عراقيون إنه لا توجد نية لإرسال المزيد من القوات الأمريكية إلى العراق."
    assert not [e for e in events(body) if e.event_type == "deployment"]


def test_strikes_not_conducted_are_none_but_a_move_not_planned_is_a_denied_plan():
    body = "The spokesman said Russian and Syrian jets did not conduct any strikes on the relief convoy west of Aleppo."
    assert not violent(events(body))
    body = "The Pentagon said on Monday it was not planning to withdraw US troops from Iraq."
    assert [e.status for e in events(body) if e.event_type == "withdrawal"] == ["denied"]


def test_a_strike_that_goes_on_from_the_sentence_before_is_of_the_same_striker():
    body = ("وقصفت المدفعية التركية أمس قرية في ريف المالكية.\n"
            "كما قصفت محطة مياه في مدينة عين العرب.")
    assert {(e.actor_group, e.location) for e in violent(events(body))} == {("Turkey", "al-Malikiyah"), ("Turkey", "Kobani")}


def test_the_parts_a_sum_told_before_is_divided_into_are_no_new_sums():
    body = ("خصصت وزارة الدفاع الأمريكية 40 مليون دولار لدعم قوات البيشمركة في موازنة العام المقبل. "
            "ويتوزع هذا المبلغ على 25 مليون دولار للرواتب و15 مليون دولار للتدريب.")
    assert [e.amount_usd for e in events(body) if e.event_type == "funding"] == [40_000_000]
    body = ("The Pentagon set aside $40 million for the Peshmerga in next year's budget. "
            "The amount is broken down into $25 million for salaries and $15 million for training.")
    assert [e.amount_usd for e in events(body) if e.event_type == "funding"] == [40_000_000]
