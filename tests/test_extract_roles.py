"""Who did what in a sentence of a real page: the agent after "by", the subject of a verb or a
strike noun, nationalities, unnamed groups, each on sentences written for its test."""

from tests.extract_helpers import UNNAMED_IQ, events, violent


def test_the_nationality_of_the_guns_after_by_names_the_agent():
    (ev,) = violent(events("وقُصفت بلدة البوكمال أمس الثلاثاء من قبل المدفعية التركية المتمركزة قرب الحدود."))
    assert ev.actor_group == "Turkey"
    (ev,) = violent(events("The Tanf garrison was hit on Monday by Iranian drones launched from the east."))
    assert ev.actor_group == "Iran"
    # the nationality of the target, after a preposition, is no agent
    (ev,) = violent(events("قصفت مدفعية مجهولة أمس الثلاثاء موقعا للقوات التركية قرب مدينة الباب."))
    assert ev.actor_group != "Turkey"


def test_forces_after_the_next_event_word_belong_to_that_event():
    # the militants pulled out; the coalition only struck
    body = ("شن مسلحو داعش أمس هجوما على البلدة لاستعادة أحياء خرجوا منها، بحسب المرصد الذي ربط بين انسحاب "
            "التنظيم وغارات نفذها التحالف الدولي.")
    assert not [e for e in events(body) if e.event_type == "withdrawal"]
    (ev,) = [e for e in events("وأعلن البنتاغون انسحاب القوات الأمريكية من قاعدة التنف أمس.")
             if e.event_type == "withdrawal"]
    assert ev.actor_group == "United States"


def test_the_name_after_a_verb_across_the_end_of_a_headline_is_no_subject():
    (ev,) = violent(events("مسيرات تستهدف قاعدة حرير.. والبنتاغون يقلل من الأضرار"))
    assert ev.actor_group != "United States"


def test_an_air_force_named_as_the_striker_makes_an_airstrike():
    body = "وقال مصدر محلي إن سلاح الجو التركي استهدف تلالا في محيط قضاء العمادية بينما ردت المدفعية بقذائف أخرى."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group) == ("airstrike", "Turkey")


def test_the_area_of_a_reporting_command_is_no_second_place():
    body = "وقصفت طائرات مجهولة أمس مخابئ في قضاء الحويجة ضمن قاطع عمليات كركوك."
    assert [e.location for e in violent(events(body))] == ["Hawija"]


def test_a_place_visited_is_neither_where_a_strike_fell_nor_a_party():
    body = ("وأفادت مصادر أمنية أمس بتعرض قاعدة حرير لهجوم بطائرة مسيرة.\n"
            "ويأتي هذا الهجوم رغم تحذيرات الوزير الذي زار بغداد الأسبوع الماضي.")
    (ev,) = violent(events(body))
    assert ev.location == "Harir Air Base"
    assert ev.actor_group != "Iraq"


def test_a_civil_government_is_no_attacker():
    body = "وقصفت صواريخ قاعدة عين الأسد أمس، فيما تحاول حكومة السوداني ضبط الفصائل المسلحة."
    (ev,) = violent(events(body))
    assert ev.actor_group != "Iraq"
    # and what it tries to do is no event
    assert not [e for e in events(body) if e.event_type == "other"]


def test_a_strike_the_accused_carried_out_on_a_day_is_an_attack():
    body = ("Washington accused the militia of a strike on Tuesday with 15 rockets that killed an "
            "American contractor and wounded three soldiers near Kirkuk.")
    (ev,) = violent(events(body))
    assert (ev.location, ev.fatalities, ev.injured) == ("Kirkuk", 1, 3)
    # an accusation with neither day nor toll only accuses
    assert not violent(events("Washington accused the group of carrying out attacks near Kirkuk."))


def test_in_english_a_name_well_after_the_speech_word_is_its_object():
    assert not [e for e in events("The stated goal is to crush the IS and to assist Iraqi troops.")
                if e.event_type == "statement" and e.actor == "Islamic State"]
    (ev,) = [e for e in events("US troops will stay in Syria, said the Pentagon on Monday.") if e.event_type == "statement"]
    assert ev.actor_group == "United States"


def test_to_deal_blows_is_no_deal():
    body = 'He warned that "should the militants attack once more, we will deal them blows they will not forget".'
    assert not [e for e in events(body) if e.event_type == "agreement"]
    (ev,) = [e for e in events("Baghdad and Washington signed a deal on the withdrawal of US forces on Monday.")
             if e.event_type == "agreement"]
    assert ev.actor_group in ("Iraq", "United States")


def test_a_feared_assault_is_no_strike():
    assert not violent(events("Kurdish commanders, fearing a Turkish assault, asked Syrian army units to enter Manbij."))
    assert not [e for e in events("وخشية انسحاب القوات الأمريكية من قاعدة التنف، عززت الفصائل مواقعها.")
                if e.event_type == "withdrawal"]


def test_forces_a_sum_goes_towards_do_not_pay_it():
    body = "Under the memorandum the US will pay $415 million towards Peshmerga salaries this year."
    (ev,) = [e for e in events(body) if e.event_type == "funding"]
    assert ev.actor_group == "United States"


def test_who_lists_a_group_as_terrorist_is_no_party_to_the_strike():
    for body in ("The strike hit fighters of the PKK, which is classified by the United States as a terrorist group, "
                 "near Sinjar on Monday.",
                 "ضربت طائرة مسيرة مواقع لحزب العمال الكردستاني المصنف من قبل الولايات المتحدة منظمة إرهابية قرب سنجار أمس."):
        (ev,) = violent(events(body))
        assert ev.actor_group != "United States"


def test_a_strike_told_as_what_happens_again_and_again_is_no_event():
    assert not violent(events("استهدفت المسيرات التركية مرارا مواقع حزب العمال الكردستاني في سنجار."))
    assert not violent(events("The Yazidi militia in Sinjar is a frequent target for Turkish drone strikes."))
    # the same strike told once is an event
    assert violent(events("استهدفت مسيرة تركية أمس موقعا لحزب العمال الكردستاني في سنجار."))


def test_the_parties_named_after_a_verb_of_agreeing_are_the_actor_and_the_other_party():
    (ev,) = [e for e in events("توصل العراق وإيران أمس إلى اتفاق أمني لحماية الحدود المشتركة.")
             if e.event_type == "agreement"]
    assert (ev.actor, ev.target) == ("Iraq", "Iran")


def test_the_name_right_after_a_verb_of_launching_is_the_one_who_acts():
    found = events("باشرت تركيا فجر الأحد عملية عسكرية جديدة بإنزال قوات خاصة في منطقة حفتانين شمالي العراق.")
    assert {e.actor_group for e in found} == {"Turkey"}
    assert "airstrike" not in {e.event_type for e in found}  # special forces on the ground


def test_a_name_after_anti_is_the_side_opposed():
    evs = events("He added that former anti-Assad rebels stand ready and called for emergency summits.")
    assert not {"Bashar al-Assad", "Syria (Assad government)"} & {e.actor for e in evs}


def test_the_nationality_of_the_rockets_an_attack_was_made_with_is_no_party():
    (ev,) = violent(events("سقطت صواريخ على قاعدة عين الأسد أمس، والهجوم نفذ بصواريخ إيرانية."))
    assert "Iran" not in (ev.actor, ev.target)
    # the nationality of the attack itself is its attacker
    (ev,) = violent(events("هجوم صاروخي إيراني على أربيل."))
    assert ev.actor == "Iran"


def test_assassinations_ambushes_are_attacks_with_their_side():
    (ev,) = violent(events("اغتالت طائرة مسيرة أمريكية قياديا في حركة النجباء وسط بغداد."))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("United States", "Harakat al-Nujaba", 1)
    (ev,) = violent(events("A US drone assassinated a senior Nujaba commander in central Baghdad on Thursday."))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("United States", "Harakat al-Nujaba", 1)
    (ev,) = violent(events("نصب مسلحون كمينا لدورية تركية في ريف إدلب ما أدى إلى إصابة جنديين."))
    assert (ev.target, ev.injured) == ("Turkey", 2) and ev.actor_group != "Turkey"


def test_words_of_ground_fire_are_whole_words_and_april_or_britain_hold_none():
    # بري (by land) is inside أبريل (April) and بريطانيا: aircraft that struck in April struck from the air
    (ev,) = violent(events("وقالت مصادر إن الطائرات التي قصفت في العاشر من أبريل بلدة كفرنبل بريف إدلب أقلعت من مطار حماة."))
    assert ev.event_type == "airstrike"
    (ev,) = violent(events("شنت القوات التركية يوم الاثنين هجوما بريا على بلدة تل أبيض."))
    assert ev.event_type == "attack"
    (ev,) = violent(events("قصفت القوات التركية بالمدفعية قرى في ريف عفرين يوم الاثنين."))
    assert ev.event_type == "attack"


def test_shells_fired_from_one_side_of_a_border_are_that_sides_unnamed_armed_group():
    body = ("Turkish jets struck Kurdish positions in Syria on Monday.\n"
            "Two mortar rounds fired from the Syrian side of the border landed in the Turkish town of Kilis.")
    (ev,) = [e for e in events(body) if e.location == "Kilis"]
    assert (ev.event_type, ev.actor, ev.target) == ("attack", "Unidentified Armed Group (Syria)", "")
    # (the nationality of the town it fell on is the town's country, no side struck)
    (ev,) = violent(events("Turkish troops shelled the Syrian town of Tal Rifaat on Monday."))
    assert (ev.actor_group, ev.target) == ("Turkey", "")
    (ev,) = violent(events("سقطت قذيفة أطلقت من الأراضي العراقية على مخفر حدودي أردني قرب الرويشد."))
    assert ev.actor == "Unidentified Armed Group (Iraq)"
    # a state that fires from its own land is named: it attacked
    (ev,) = violent(events("Iran fired missiles from its territory at Erbil on Tuesday."))
    assert ev.actor_group == "Iran"


def test_an_aircraft_named_by_its_model_is_its_sides_and_the_pyd_is_the_ypg():
    body = "A US F-15 shot down a Syrian Su-24 over Raqqa province on Sunday, officials said."
    (ev,) = violent(events(body))
    assert (ev.actor_group, ev.target) == ("United States", "Syria (Assad government)")
    (ev,) = violent(events("وقصفت طائرات تركية مواقع لحزب الاتحاد الديمقراطي قرب منبج مساء الأحد."))
    assert (ev.actor_group, ev.target) == ("Turkey", "YPG")


def test_english_strikes_told_by_planes_a_led_alliance_buildings_occupied_and_bare_strikes_after():
    body = ("US warplanes struck Islamic State fighters near Kobani on Wednesday, Central Command said.\n"
            "The jets hit nine houses occupied by Islamic State gunmen close to Kobani, a town on Syria's border with Turkey.\n"
            "It said three strikes near Haditha destroyed two trucks and a depot run by the group.")
    found = violent(events(body))
    assert {(e.event_type, e.actor_group, e.target) for e in found if e.location == "Kobani"} == {
        ("airstrike", "United States", "Islamic State")}
    (baiji,) = [e for e in found if e.location == "Haditha"]
    assert (baiji.event_type, baiji.actor_group) == ("airstrike", "United States")
    # a campaign under way since a month is no strike of its own; the alliance the US leads is the coalition
    assert not violent(events("Since September, jets of the U.S.-led alliance have been striking jihadist positions in Syria."))
    (ev,) = violent(events("A U.S.-led alliance struck Islamic State targets near Mosul on Monday."))
    assert ev.actor == "International Coalition"
    # the militants "who have seized" territory are described, and a town named Hit is no strike
    assert not events("Officials hope to stop the fighters who have captured large areas of northern Iraq.")
    assert [e.event_type for e in events("Islamic State militants seized the town of Hit in Anbar on Monday.")] == ["other"]


def test_each_attack_is_no_attack():
    for text in ("“Every attack on coalition troops puts our Iraqi partners at risk,” the colonel said.",
                 "وقال المتحدث إن كل هجوم على قوات التحالف يعرض حياة القوات العراقية للخطر."):
        assert not violent(events(text)), text


def test_stating_and_saying_are_speech():
    evs = events("Biden spoke in South Carolina on Sunday, stating that the United States shall respond to the attack.")
    assert [(e.event_type, e.actor) for e in evs] == [("statement", "White House")]


def test_the_weapons_of_one_side_of_a_retaliation_do_not_type_the_other_sides_strike():
    found = violent(events("Iran fired missiles at US bases in Iraq in retaliation for the US strike that killed Soleimani."))
    assert sorted((e.event_type, e.actor_group) for e in found) == [("airstrike", "United States"), ("attack", "Iran")]


def test_an_unnamed_attack_on_the_one_side_a_page_names_as_striking_is_an_unnamed_armed_group():
    body = ("Rockets struck the Ain al-Asad base on Monday, wounding five US service members.\n"
            "US warplanes later struck militia weapons depots near al-Qaim in reply.")
    found = {e.event_type: e for e in violent(events(body))}
    assert found["attack"].actor == UNNAMED_IQ
    assert found["airstrike"].actor_group == "United States"


def test_forces_hurt_in_an_attack_are_not_the_force_that_raided():
    # "an American commando raid": the forces named before the raid carried it out ...
    (ev,) = violent(events("An American commando raid killed an IS leader in Syria on Monday."))
    assert ev.actor_group == "United States"
    # ... unless they are the ones hurt in it
    assert not [e for e in violent(events("Three US soldiers wounded as drones attacked an outpost near Hasakah"))
                if e.actor_group == "United States"]


def test_an_unnamed_attack_on_the_coalition_led_by_the_one_striker_is_an_unnamed_armed_group():
    body = ("Two drones attacked the Ain al-Asad base, which hosts coalition troops, on Monday.\n"
            "US jets struck weapons depots near al-Qaim on Tuesday in response.")
    found = {e.event_type: e for e in violent(events(body))}
    assert found["attack"].actor == UNNAMED_IQ and found["attack"].target == "International Coalition"


def test_a_suicide_drone_is_the_weapon_of_an_attack():
    (ev,) = violent(events("A suicide drone hit the Harir base north of Erbil on Monday, the Pentagon said."))
    assert ev.event_type == "attack" and ev.actor_group != "United States"
    (ev,) = violent(events("هاجمت طائرة مسيرة انتحارية قاعدة حرير شمال أربيل يوم الاثنين."))
    assert ev.event_type == "attack"


def test_a_nationality_word_before_its_verb_is_the_subject():
    (ev,) = violent(events("The US carried out fresh raids on militia depots near al-Qaim on Friday."))
    assert (ev.actor_group, ev.event_type) == ("United States", "airstrike")


def test_retaliation_over_an_attack_names_two_events():
    found = violent(events("Washington struck Iranian-backed militias in Syria on Sunday in retaliation over a rocket attack "
                           "that wounded four American troops in Jordan."))
    assert sorted((e.event_type, e.actor_group) for e in found) == [
        ("airstrike", "United States"), ("attack", "Unidentified Armed Group")]


def test_an_attack_that_opens_the_sentence_after_after_only_sets_it_in_time():
    (ev,) = violent(events("وبعد الهجوم نشر الجيش الإسرائيلي بيانا ورد فيه: \"الجيش الإسرائيلي هاجم ليلة الأحد "
                           "مخازن أسلحة في قاعدة حماة\"."))
    assert ev.actor_group == "Israel" and ev.target != "Israeli military"
    (ev,) = violent(events("The US also carried out a fresh round of raids on militia depots in Syria on Monday."))
    assert ev.actor_group == "United States"


def test_the_nationality_of_a_newspaper_named_in_quotes_is_no_party():
    (ev,) = violent(events("عرضت صحيفة \"ذا صن\" البريطانية صورا بعد القصف الأمريكي الذي طال مطار الشعيرات "
                           "بعشرات الصواريخ فجر الجمعة."))
    assert ev.actor_group == "United States" and ev.target != "United Kingdom"


def test_english_strikes_as_the_instrument_of_a_verb_are_its_subjects():
    # "X hit Y ... with strikes": the subject named first struck, the object was struck
    (ev,) = violent(events("US and allies pound Islamic State positions near Raqqa with eight strikes"))
    assert (ev.event_type, ev.actor, ev.target) == ("airstrike", "United States", "Islamic State")
    (ev,) = violent(events("Turkey targets PKK in Sinjar with drone strikes"))
    assert (ev.actor, ev.target) == ("Turkey", "PKK")
    # a passive clause: its subject was struck
    evs = violent(events("Two US outposts in the east were struck with rockets on Monday."))
    assert all(e.actor != "US military" and e.actor != "United States" for e in evs)


def test_a_nationality_joined_to_another_side_and_to_what_came_under_fire():
    # "US and Iraqi forces came under fire": both were struck, neither struck
    (ev,) = violent(events("US and Iraqi forces came under rocket fire at Ain al-Asad on Monday."))
    assert ev.actor not in ("United States", "US military") and ev.target == "United States"
    # a record of strikes is no strike
    assert violent(events("Washington and Israel have a long history of bombing militia depots across the region.")) == []


def test_a_name_right_before_an_attack_verb_struck():
    # a headline's present tense, subject first
    (ev,) = violent(events("تركيا تستهدف مصيفا في قضاء العمادية شمال العراق"))
    assert ev.actor_group == "Turkey"
    (ev,) = violent(events("إسرائيل تقصف مستودعات قرب مطار دمشق الدولي."))
    assert ev.actor_group == "Israel"
    # a name across a comma is no subject
    (ev,) = violent(events("في سوريا، هاجمت طائرتان مسيرتان القوات الأمريكية في قاعدة التنف يوم الاثنين."))
    assert ev.actor_group != "Syria"


def test_the_subject_of_a_firing_verb_before_the_weapon_struck():
    body = "وقال مصدر عسكري إن إسرائيل أطلقت رشقة صواريخ على نقاط في ريف دمشق السبت الماضي."
    (ev,) = violent(events(body))
    assert ev.actor_group == "Israel"


def test_the_one_named_right_after_a_strike_noun_struck():
    body = "وطال قصف الجيش الأمريكي أمس مخازن لفصائل موالية لإيران في ريف دير الزور."
    (ev,) = violent(events(body))
    assert ev.actor_group == "United States"
    # after a targeting noun the name is the target
    body = "وأدان البيان استهداف القوات الأمريكية في قاعدة التنف أمس بطائرة مسيرة."
    assert all(e.actor_group != "United States" for e in violent(events(body)))


def test_a_country_before_the_forces_that_raided_struck_on_the_ground():
    body = "The group's commander was killed in an American special operations forces raid in eastern Syria on Thursday."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group) == ("attack", "United States")


def test_forces_that_returned_fire_struck():
    body = "وذكرت وزارة الدفاع التركية مساء الأحد أن القوات التركية ردت بقوة على مصادر النيران في محيط منبج."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group, ev.location) == ("attack", "Turkey", "Manbij")
    # a reply in words stays a statement
    assert [e.event_type for e in events("وردت الخارجية العراقية على البيان التركي بالتأكيد على رفض أي وجود أجنبي.")] == [
        "statement"]


def test_the_subject_after_the_verb_struck_when_the_event_word_is_the_weapon():
    (ev,) = violent(events("قصفت القوات الروسية بالصواريخ مواقع للفصائل في ريف إدلب أمس."))
    assert (ev.actor_group, ev.target) == ("Russia", "")


def test_rockets_on_a_base_no_named_side_struck_are_an_unnamed_group_s():
    body = ("Israeli jets struck weapons depots near Damascus on Monday.\n"
            "Separately, a pair of rockets landed inside Ain al-Asad in western Iraq on Monday night.")
    found = {e.location: e for e in violent(events(body))}
    assert found["Ain al-Asad Air Base"].actor == UNNAMED_IQ


def test_a_nationality_on_the_state_or_occupation_after_by_names_the_striker():
    (ev,) = violent(events("A spokesman said two fighters were killed in a drone strike on a car in Qamishli by the "
                           "Turkish occupying state on Monday."))
    assert ev.actor_group == "Turkey" and ev.fatalities == 2
    # دولة الاحتلال alone is Israel; with the Turkish nationality it is Turkey
    (ev,) = violent(events("وقال المتحدث إن مقاتلين اثنين قتلا بقصف مسيرة على سيارة في القامشلي من قبل دولة "
                           "الاحتلال التركي يوم الاثنين."))
    assert ev.actor_group == "Turkey"
    (ev,) = violent(events("قصفت طائرات دولة الاحتلال مواقع قرب دمشق يوم الاثنين."))
    assert ev.actor_group == "Israel"


def test_regime_aircraft_are_the_assad_governments_and_two_nationalities_of_one_noun_name_the_first():
    (ev,) = violent(events("Regime airstrikes killed a civilian in the village of Bicgas in Idlib on Saturday."))
    assert ev.actor_group == "Syria (Assad government)"
    (ev,) = violent(events("قصف طيران النظام قرية كفرنبل بريف إدلب يوم السبت."))
    assert ev.actor_group == "Syria (Assad government)"
    (ev,) = violent(events("Russian and regime warplanes also pounded the town of Bidama on Monday."))
    assert ev.actor_group == "Russia"


def test_names_joined_by_a_comma_before_the_verb_strike_with_the_strikes_and_guns_destroyed_are_no_guns_fired():
    (ev,) = violent(events("U.S., allies target IS fighters near Mosul with 8 strikes: statement"))
    assert (ev.actor_group, ev.target) == ("United States", "Islamic State")
    # the mortars the strikes destroyed do not make the page's strikes ground fire
    body = ("The coalition on Tuesday launched 12 strikes against Islamic State near Mosul, a statement said. "
            "The raids destroyed a weapons cache and three mortar systems. "
            "Other strikes were conducted near Hit and Sinjar, the task force said.")
    evs = violent(events(body))
    assert {(e.event_type, e.actor_group) for e in evs} == {("airstrike", "International Coalition")}
    assert {e.location for e in evs} >= {"Mosul", "Hit", "Sinjar"}


def test_the_side_that_renews_or_resumes_strikes_struck():
    (ev,) = violent(events("ذكر مصدر في الشرطة أن إيران جددت قصف مقار لحزب كردي معارض قرب السليمانية."))
    assert ev.actor_group == "Iran"
    (ev,) = violent(events("The PKK said Turkey resumed shelling of villages near Zakho on Sunday."))
    assert ev.actor_group == "Turkey"


def test_forces_that_seal_off_an_area_searching_for_the_launchers_neither_fired_nor_were_struck_there():
    body = ("تعرضت قاعدة عين الأسد في الأنبار اليوم لهجوم صاروخي. وقالت المصادر إن صاروخين سقطا قرب القاعدة التي تضم "
            "عسكريين أمريكيين، مضيفة أن قوات الأمن طوقت منطقة البغدادي كليا، بحثا عن مطلقي الصواريخ.")
    evs = violent(events(body))
    assert [e.location for e in evs] == ["Ain al-Asad Air Base"]
    assert evs[0].actor != "Iraqi Security Forces"


def test_bombarding_is_striking_and_the_side_right_after_the_verb_was_struck():
    evs = violent(events("On Monday the army's units bombarded the Islamic State around Tikrit and Samarra, a statement said."))
    assert [e.location for e in evs] == ["Tikrit", "Samarra"]
    assert all(e.actor_group != "Islamic State" for e in evs)
    # a page whose strikes are one air power's: its unnamed forces bombarding are its aircraft
    body = ("The coalition carried out nine air strikes against Islamic State in Syria on Saturday, a statement said. "
            "Forces also bombarded the militants near Raqqa and Deir ez-Zor, the statement added.")
    evs = violent(events(body))
    assert {e.location for e in evs} >= {"Raqqa", "Deir ez-Zor"}
    assert {(e.event_type, e.actor_group) for e in evs} == {("airstrike", "International Coalition")}


def test_the_owner_of_what_a_strike_destroyed_or_a_vehicle_carried_was_struck():
    (ev,) = violent(events("The raid destroyed a Hezbollah depot near Qusayr, sources said."))
    assert ev.actor_group != "Hezbollah" and ev.target == "Hezbollah"
    # drones that destroyed something were used: a strike, as when they hit it
    (ev,) = violent(events("Turkish drones destroyed two PKK vehicles near Zakho on Monday."))
    assert (ev.event_type, ev.actor_group, ev.target) == ("airstrike", "Turkey", "PKK")
    (ev,) = violent(events("دمرت مسيرات تركية سيارتين لحزب العمال قرب زاخو يوم الاثنين."))
    assert (ev.actor_group, ev.target) == ("Turkey", "PKK")
    (ev,) = violent(events("قصفت مسيرة تركية سيارة تقل عناصر من حزب العمال قرب سيدكان."))
    assert (ev.actor_group, ev.target) == ("Turkey", "PKK")


def test_bombs_on_a_page_of_one_air_powers_strikes_are_its_own_and_habits_are_no_event():
    body = ("Turkish jets struck PKK hideouts in the Qandil Mountains on Thursday night. "
            "People in Sidakan said one of the bombs hit a pick-up truck carrying PKK fighters. "
            "Clashes between Turkish troops and the PKK now and then often burn the fields of farmers near the border.")
    evs = violent(events(body))
    assert {(e.location, e.actor_group) for e in evs} == {("Qandil Mountains", "Turkey"), ("Sidakan", "Turkey")}


def test_the_nationality_of_an_incursion_made_the_strike_and_neutralizing_counts_the_dead():
    (ev,) = violent(events("قال المجلس إن ثلاثة مدنيين قتلوا بعد قصف القرية خلال توغل إسرائيلي في المنطقة."))
    assert (ev.event_type, ev.actor_group, ev.target, ev.fatalities) == ("attack", "Israel", "", 3)
    (ev,) = violent(events("Three civilians were killed when the village was shelled during an Israeli incursion on Monday."))
    assert (ev.actor_group, ev.target) == ("Israel", "")
    # the side whose soldiers died in it did not strike them
    (ev,) = violent(events("قتل جنديان تركيان في هجوم خلال التوغل التركي في عفرين."))
    assert ev.actor_group != "Turkey"
    (ev,) = violent(events('The Turkish Defense Ministry said one of its jets struck the Qandil Mountains, '
                           '"neutralizing" three PKK fighters.'))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("Turkey", "PKK", 3)


def test_a_toll_told_again_without_a_place_is_the_strike_told_before():
    body = ("لقي أربعة أشخاص حتفهم اليوم بقصف إسرائيلي على بلدة كويا في ريف درعا. وقال المجلس المحلي إن "
            "العدوان الإسرائيلي أدى إلى مقتل أربعة مدنيين بعد قصف البلدة خلال توغل إسرائيلي.")
    (ev,) = violent(events(body))
    assert ev.fatalities == 4 and "Daraa" in ev.location


def test_an_answer_that_opens_the_sentence_and_the_place_of_the_killing_it_answers():
    # the answer first: its clause is the attack answered, the rest the strike
    evs = violent(events("ردا على قصف قاعدة بلد، شنت الطائرات الأمريكية غارات على مواقع للفصائل في القائم."))
    assert [(e.event_type, e.location) for e in evs] == [("airstrike", "al-Qaim"), ("attack", "Balad Air Base")]
    assert evs[0].actor_group == "United States" and evs[1].actor_group != "United States"
    assert evs[1].target in ("US military", "United States")  # (the side that answers was struck)
    evs = violent(events("In retaliation for the rocket attack on the Balad base, US jets struck militia sites in al-Qaim."))
    assert evs[0].actor_group == "United States" and evs[0].location.startswith("al-Qaim")
    # a killing answered is no strike of its own, and neither its place nor its toll is the answer's
    (ev,) = violent(events("نفذت الطائرات الأمريكية ضربات في العراق انتقاما لمقتل جنديين من التحالف في التاجي."))
    assert (ev.location, ev.fatalities, ev.target) == ("Iraq", None, "")


def test_strikes_that_a_call_follows_are_told_with_the_call_and_a_series_with_its_time_and_place_is_a_wave():
    body = ("The central government in Baghdad urged Ankara to pull all its troops out of the country last June "
            "following a series of strikes by Turkish jets on a holiday resort in Zakho.")
    evs = events(body)
    assert {(e.event_type, e.actor_group if e.event_type == "airstrike" else e.actor) for e in evs} == {
        ("airstrike", "Turkey"), ("statement", "Government of Iraq")}
    # a series told with no time nor place is a count of attacks
    assert not violent(events("Iraq has condemned a series of attacks on US bases."))
    # "Turkish strikes" is no subject and its verb: the adjective names the striker
    (ev,) = violent(events("Erbil protested after Turkish strikes that targeted a village near Amedi."))
    assert ev.actor_group == "Turkey"


def test_two_of_its_soldiers_count_the_dead():
    (ev,) = violent(events("Ankara said two of its service members had been killed in a PKK ambush in northern Iraq."))
    assert (ev.fatalities, ev.target) == (2, "Turkey")


def test_a_coalition_members_air_task_group_struck():
    (ev,) = violent(events("The Australian air task group based in the Gulf bombed an Islamic State position near Mosul "
                           "on Monday."))
    assert (ev.event_type, ev.actor_group, ev.target) == ("airstrike", "Australia", "Islamic State")
