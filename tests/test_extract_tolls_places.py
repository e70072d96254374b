"""Rules read from fresh pages, each on sentences written for its test: capitals and landmarks,
tolls and deaths told alone, campaigns that stop, agreements and mandates, weapons sent, counts in
brackets, a coalition member's own troops, roads and captions."""

from datetime import date

from tests.extract_helpers import events, violent


def test_a_capital_named_as_the_other_party_is_a_government_not_a_place():
    (ev,) = [e for e in events("وقعت تركيا أمس مذكرة تفاهم عسكرية مع بغداد لتنظيم وجود قواتها.")
             if e.event_type == "agreement"]
    assert ev.location != "Baghdad" and ev.target == "Government of Iraq"
    # a town between two cities is placed by its own name, not by the landmarks
    (ev,) = violent(events("سقطت أمس صواريخ على مقر حزب معارض في كويسنجق بين أربيل والسليمانية."))
    assert ev.location == "Koya"


def test_tolls_in_dual_nouns_and_one_more_hurt_are_counted():
    # two officers (a dual) and one more member: three dead
    (ev,) = violent(events("أعلنت قيادة العمليات أمس مقتل ضابطين ومنتسب بقصف بطائرة مسيرة تركية في قضاء زاخو."))
    assert ev.fatalities == 3
    # one killed and another hurt, in Arabic and in English
    (ev,) = violent(events("قتل جندي تركي وإصابة آخر أمس بهجوم صاروخي على معسكر بعشيقة."))
    assert (ev.fatalities, ev.injured) == (1, 1)
    (ev,) = violent(events("Rescuers said one man was killed and another wounded in a drone strike near Idlib on Monday."))
    assert (ev.fatalities, ev.injured) == (1, 1)


def test_a_campaign_that_stops_and_any_attack_at_all_are_no_strikes():
    assert not violent(events("Canada said on Monday it will cease its air strikes in Iraq and Syria by the end of the month."))
    assert not violent(events("أعلنت كندا أمس أنها ستوقف غاراتها الجوية في العراق وسوريا نهاية الشهر."))
    assert not violent(events("وقال البنتاغون أمس إنه سيرد بقوة في حال وقوع أي هجوم على قاعدة عين الأسد."))
    # two members killed is a toll, not a count of troops where they serve
    found = events("أعلنت القيادة المركزية أمس مقتل عنصرين من القوات الأمريكية بهجوم في منبج.")
    assert not [e for e in found if e.event_type == "troop_level"]
    assert violent(found)[0].fatalities == 2


def test_an_agreement_to_end_a_mission_in_a_country_is_the_agreement_alone():
    body = "اتفقت بغداد وواشنطن أمس على إنهاء مهمة التحالف الدولي في العراق بحلول نهاية العام المقبل."
    assert [e.event_type for e in events(body)] == ["agreement"]
    # a move it provides for at a named base is a planned move of its own
    body = "ويقضي الاتفاق الموقع مساء الأحد بانسحاب قوات التحالف من قاعدة عين الأسد في غضون عام."
    assert "withdrawal" in [e.event_type for e in events(body)]


def test_troops_counted_in_brackets_and_weapons_sent_are_moves_and_levels():
    # a number in brackets, and a nationality in the accusative after the troop noun
    (ev,) = events("وتضم القاعدة الواقعة في ناحية كاني ماسي نحو (300) جنديا تركيا، بحسب مصدر أمني.")
    assert (ev.event_type, ev.troops, ev.actor_group) == ("troop_level", 300, "Turkey")
    # tanks or an air defence system sent are a deployment
    (ev,) = events("أرسلت تركيا أمس ثماني دبابات إضافية إلى الأراضي السورية.")
    assert (ev.event_type, ev.actor_group) == ("deployment", "Turkey")
    (ev,) = events("The Pentagon sent a Patriot air defense system to Ain al-Asad on Monday.")
    assert (ev.event_type, ev.location) == ("deployment", "Ain al-Asad Air Base")
    # talks to deploy one are no deployment
    assert not events("وكانت بغداد وواشنطن تتفاوضان لنشر بطاريات دفاع جوي أمريكية في العراق.")


def test_a_page_of_guns_makes_a_strike_without_weapon_an_attack_and_a_namesake_city_folds_in():
    # the page says the shelling was artillery and names no aircraft: the lead's strike is an attack
    body = ("قتل ستة مدنيين مساء الأحد في قصف تركي أصاب مصيفا في دهوك.\n"
            "وقال مسؤول محلي إن القصف المدفعي التركي أصاب قرية برخ في قضاء زاخو.")
    found = violent(events(body))
    assert {e.event_type for e in found} == {"attack"}
    # "in Duhok" may be the governorate: the village in it is the same incident, placed finer
    assert [e.location for e in found] == ["Barakh"]
    # with aircraft on the page the same lead stays an airstrike
    body = ("قتل ستة مدنيين مساء الأحد في قصف تركي أصاب مصيفا في دهوك.\n"
            "وقال مسؤول محلي إن طائرات حربية تركية شاركت في القصف.")
    assert {e.event_type for e in violent(events(body))} == {"airstrike"}


def test_a_members_troops_and_money_are_its_own_and_other_dollars_are_no_us_dollars():
    body = "Canadian troops in the coalition mission will rise from 600 to about 830, the minister said on Monday."
    (ev,) = [e for e in events(body) if e.event_type == "troop_level"]
    assert ev.actor_group == "Canada" and ev.troops == 830
    (ev,) = [e for e in events("French soldiers serving with the international coalition in Iraq number about 600.")]
    assert ev.actor_group == "France"
    # Canadian dollars are not a sum in US dollars
    found = events("Canada will spend C$190 million on its forces in Iraq and Syria next year.")
    assert all(e.amount_usd is None for e in found)
    found = events("وستنفق كندا 264 مليون دولار كندي على مهمتها العسكرية في العراق.")
    assert all(e.amount_usd is None for e in found)


def test_bodies_counted_and_soldiers_eliminated_are_no_troop_levels():
    body = ("وقالت وكالة أنباء مقربة من الحزب إن مقاتليه قضوا على القوة التركية على التلة، والبالغ عددها "
            "30 جنديا، وإنها عدت جثث 12 جنديا.")
    assert not [e for e in events(body) if e.event_type == "troop_level"]
    assert not [e for e in events("The ministry said it had neutralized 14 soldiers of the group near the border.")
                if e.event_type == "troop_level"]


def test_fighters_a_state_arms_are_no_troops_of_that_state():
    body = ("وقالت برلين أمس إنها سترسل دفعة أخرى من الأسلحة، وسيتم تسليح المقاتلين الكرد الذين يصل "
            "عددهم نحو ثمانية آلاف.")
    assert not [e for e in events(body) if e.event_type == "troop_level"]


def test_a_soldiers_death_told_alone_is_an_attack_on_his_side():
    (ev,) = violent(events("Islamic State fighters killed a US Navy SEAL near Mosul on Tuesday, officials said."))
    assert (ev.event_type, ev.actor, ev.target, ev.fatalities) == ("attack", "Islamic State", "US military", 1)
    # a side telling of its own general's death does not claim it
    (ev,) = violent(events("وقال الحرس الثوري الإيراني في بيان أمس إن الجنرال حسين مرادي قتل قرب حلب."))
    assert ev.target == "IRGC" and ev.actor_group != "Iran" and ev.status != "claimed"
    # civilians killed in a war told in general are no attack
    assert not violent(events("About 2,000 civilians were killed in the war, the report said on Monday."))


def test_a_part_of_a_toll_and_a_toll_told_as_more_are_not_added_or_merged():
    (ev,) = violent(events("أدى التفجير في مدينة منبج أمس إلى مقتل 12 شخصا بينهم 3 جنود أمريكيين."))
    assert ev.fatalities == 12
    body = ("قتل ثلاثة جنود أتراك أمس بغارة جوية روسية قرب مدينة الباب. "
            "وقتل خمسة جنود أتراك أمس أيضا في اشتباكات داخل مدينة الباب.")
    assert sorted(e.fatalities for e in violent(events(body))) == [3, 5]


def test_an_attack_with_its_dead_stays_though_the_sentence_names_no_attacker_or_town():
    body = ("أعلنت وزارة الدفاع التركية مساء الأحد مقتل أربعة جنود أتراك وإصابة آخر بهجوم على قاعدة عسكرية "
            "تركية في شمال العراق.")
    (ev,) = violent(events(body))
    assert (ev.fatalities, ev.injured, ev.target) == (4, 1, "Turkish military")


def test_a_reply_to_an_attack_never_folds_into_the_attack_it_answers():
    body = ("وتحدث الموقع عن هجوم آخر في الوقت نفسه على القوات التركية في منطقة متينا أمس قتل فيه سبعة جنود. "
            "وردا على الهجوم، شنت المقاتلات التركية أمس غارات أدت إلى مقتل 15 مسلحا.")
    found = violent(events(body))
    metina = [e for e in found if e.location == "Metina"]
    assert metina and metina[0].fatalities == 7 and metina[0].actor_group != "Turkey"


def test_the_cities_a_road_is_named_after_are_no_place_when_a_town_is_named():
    body = "استهدف هجوم بقذيفة صاروخية دورية مشتركة على طريق حلب - اللاذقية الدولي قرب بلدة أريحا أمس."
    assert [e.location for e in violent(events(body))] == ["Ariha"]
    body = "A roadside bomb hit a joint patrol on the Aleppo-Latakia highway near Ariha on Monday."
    assert [e.location for e in violent(events(body))] == ["Ariha"]


def test_a_portrait_caption_dates_no_undated_page():
    body = ("Islamic State fighters killed a US Navy SEAL near Mosul on Tuesday, officials said.\n"
            "The sailor as a teenager at home in Arizona, on 3 March 2003. Photograph: J. Doe/AP")
    (ev,) = violent(events(body, published=None))
    assert ev.date_start is None or ev.date_start.year != 2002


def test_a_parliament_extending_the_mandate_to_use_forces_is_an_agreement():
    (ev,) = events("مدد البرلمان التركي أمس لمدة عام تفويضا باستخدام القوات المسلحة في العراق وسوريا.")
    assert (ev.event_type, ev.actor) == ("agreement", "Turkish Parliament")
    (ev,) = events("Turkey's parliament on Tuesday extended the mandate for military operations in Iraq and Syria.")
    assert (ev.event_type, ev.actor) == ("agreement", "Turkish Parliament")


def test_the_campaign_a_first_is_counted_from_is_no_strike():
    assert not violent(events("وهذه أول طائرة يخسرها التحالف منذ بدء ضرباته الجوية في سوريا."))
    assert not violent(events("It is the first jet the coalition has lost since the start of its air strikes in Syria."))


def test_two_shells_in_the_dual_are_an_attack():
    body = "وذكرت وكالة الأنباء أن قذيفتي هاون أطلقتا من الطرف السوري سقطتا أمس على مركز قضاء جيلان بينار."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.location) == ("attack", "Ceylanpinar")


def test_a_death_in_an_accident_or_an_exercise_is_no_attack():
    assert not violent(events("Two Italian troops died in Iraq in May, one in a road accident and one during a training exercise."))
    assert not violent(events("وقتل جندي إيطالي أمس في حادث سير قرب أربيل."))


def test_a_crew_aboard_and_a_campaigns_losses_are_no_troops_and_their_helicopter_is_downed():
    body = ("قتل أربعة جنود روس أمس إثر إسقاط مروحيتهم بنيران المسلحين في محافظة إدلب، وبذلك ترتفع خسائر روسيا "
            "منذ بدء حملتها إلى 21 جنديا.")
    found = events(body)
    assert not [e for e in found if e.event_type == "troop_level"]
    (ev,) = violent(found)
    assert (ev.target, ev.fatalities) == ("Russia", 4) and ev.actor_group != "Russia"
    body = "وكانت المروحية تقل على متنها ضابطين وثلاثة جنود سوريين حين سقطت قرب حلب أمس."
    assert not [e for e in events(body) if e.event_type == "troop_level"]


def test_a_partner_alongside_a_mover_does_not_move_and_residents_and_no_details_make_no_statement():
    body = "وقال رئيس الوزراء الإيطالي أمس إن روما سترسل إلى جانب الولايات المتحدة 300 جندي لحراسة السد."
    assert {e.actor_group for e in events(body) if e.event_type in ("troop_level", "deployment")} == {"Italy"}
    assert not events("وروى أحد سكان البلدة لوكالة الأنباء الفرنسية أن مروحيتين حلقتا فوق المنطقة.")
    assert not [e for e in events("On Monday the ministry said no further details on the operation could be given.")
                if e.event_type == "statement"]


def test_where_the_struck_troops_live_and_where_an_aircraft_came_from_are_not_where_it_happened():
    body = "On Monday gunmen ambushed French troops stationed at the K1 air base near Kirkuk close to Hawija."
    assert [e.location for e in violent(events(body))] == ["Hawija"]
    body = ("A Russian Mi-8 helicopter was shot down over Idlib province on Monday on its way back to Hmeimim "
            "after delivering aid to Aleppo.")
    assert [e.location for e in violent(events(body))] == ["Idlib Governorate"]
    # a move from where troops are based is there
    body = "قرر الجيش الألماني أمس سحب بعض جنوده المنتشرين في العراق ونقلهم مؤقتا إلى الكويت."
    assert "Iraq" in [e.location for e in events(body) if e.event_type == "withdrawal"]


def test_one_american_or_one_official_or_a_leader_told_before_his_verb_is_one_death():
    for text in ("أسفر هجوم بطائرة مسيرة على قاعدة قرب الحسكة عن مقتل أميركي وإصابة ستة آخرين.",
                 "استهدفت ضربة أمريكية قرية في شمال شرق سوريا وأسفرت عن مقتل مسؤول آخر في التنظيم.",
                 'وقالت وزارة الدفاع الأمريكية إن القيادي "قتل بغارات أمريكية على محافظة حلب".'):
        (ev,) = violent(events(text))
        assert ev.fatalities == 1, text
    # a plural of the nationality is no single death
    (ev,) = violent(events("أسفر هجوم صاروخي على قاعدة قرب الحسكة عن مقتل أميركيين."))
    assert ev.fatalities != 1


def test_the_soldiers_a_toll_is_broken_into_are_dead_not_troops():
    for text in ("ارتفعت حصيلة الخسائر البشرية جراء الغارات الروسية على ريف إدلب إلى 8، هم (5 مدنيين و3 عسكريين).",
                 "The toll of the Russian raids near Idlib rose to eight, among them three soldiers."):
        evs = events(text)
        assert not [e for e in evs if e.event_type == "troop_level"], text


def test_one_who_met_his_death_with_the_subject_between_is_a_death():
    (ev,) = violent(events("لقي ضابط روسي مصرعه في معارك قرب تدمر."))
    assert (ev.target, ev.fatalities, ev.location) == ("Russia", 1, "Palmyra")
    (ev,) = violent(events("لقي جنديان تركيان حتفهما في اشتباكات مع مسلحي حزب العمال الكردستاني شمالي العراق."))
    assert (ev.fatalities, ev.target) == (2, "Turkey")


def test_a_year_in_a_relative_clause_after_the_event_is_not_its_date():
    (ev,) = [e for e in events("ويوجد حاليا نحو 900 جندي أمريكي في سوريا يحاولون منع عودة التنظيم الذي اجتاح العراق وسوريا في عام 2014.",
                               published=date(2023, 4, 3)) if e.event_type == "troop_level"]
    assert ev.troops == 900 and ev.date_start != date(2014, 1, 1)
    (ev,) = [e for e in events("About 600 French soldiers are deployed in the region, within the coalition which was formed in 2014.",
                               published=date(2023, 8, 30)) if e.event_type == "troop_level"]
    assert ev.date_start != date(2014, 1, 1)
    # a month, too ("the channel, which was opened in March 2016")
    (ev,) = events("Moscow has suspended the air safety channel with the coalition, which was opened in March 2016.",
                   published=date(2017, 6, 20))
    assert ev.date_start != date(2016, 3, 1)


def test_a_toll_that_rose_to_a_count_of_soldiers_gives_the_dead_not_troops():
    evs = events("ارتفع عدد القتلى في صفوف القوات الأمريكية جراء الهجوم على البرج 22 إلى ثلاثة جنود وإصابة أكثر من 40 آخرين.")
    assert [(e.fatalities, e.injured) for e in violent(evs)] == [(3, 40)]
    assert not [e for e in evs if e.event_type == "troop_level"]
    (ev,) = violent(events("The death toll from the attack on Tower 22 rose to three soldiers, with more than 40 wounded."))
    assert (ev.fatalities, ev.injured) == (3, 40)


def test_a_sentence_opened_by_a_verb_of_striking_with_the_side_struck_and_a_governorate_is_an_attack():
    (ev,) = violent(events("استهدفت عبوة ناسفة رتلا للدعم اللوجستي تابعا للتحالف الدولي على الطريق الدولي في محافظة الديوانية."))
    assert (ev.target, ev.location) == ("International Coalition", "Qadisiyyah Governorate")
    # attacks on bases in a governorate, told with no verb of their own, stay no event
    assert not violent(events("وتتعرض القواعد في محافظة الأنبار لهجمات متكررة."))


def test_the_year_a_record_is_counted_in_is_not_the_strikes_date():
    (ev,) = violent(events("استهدفت غارة جوية روسية سوقا للخضراوات في جسر الشغور صباح الأحد، في الهجوم الأكثر دموية خلال العام 2023.",
                           published=None))
    assert ev.date_precision != "year"
    (ev,) = violent(events("Israeli strikes on Palmyra were the deadliest on pro-Iranian groups in Syria since 2011.", published=None))
    assert ev.date_start is None or ev.date_start.year != 2011


def test_a_count_of_days_is_no_toll_and_a_hedge_may_stand_before_the_wounded():
    body = ("The strikes answered a rocket attack three days before, which killed a civilian contractor and "
            "wounded three soldiers near the K-1 base in Kirkuk.")
    (ev,) = violent(events(body))
    assert (ev.fatalities, ev.injured) == (1, 3)
    body = "A drone struck the barracks at al-Tanf on Friday, killing two soldiers and injuring at least 17 others."
    (ev,) = violent(events(body))
    assert (ev.fatalities, ev.injured) == (2, 17)


def test_a_count_listed_after_a_comma_goes_to_the_move_before_it():
    body = "The Army sent six armoured vehicles, around 100 soldiers to north-east Syria to protect the coalition."
    assert [(e.event_type, e.troops) for e in events(body)] == [("deployment", 100)]
    # a level told in a clause of its own stays a level
    body = "The Pentagon sent more jets to the region, and 2,500 troops remain in Iraq."
    assert ("troop_level", 2500) in [(e.event_type, e.troops) for e in events(body)]


def test_a_year_after_a_participle_dates_the_noun_it_describes_not_the_level():
    body = "Washington keeps about 2,500 soldiers in Iraq within an alliance founded in 2014 to defeat the jihadists."
    (ev,) = [e for e in events(body, date(2024, 9, 6)) if e.event_type == "troop_level"]
    assert ev.troops == 2500
    assert ev.date_start is None or ev.date_start.year == 2024


def test_the_killing_an_attack_answers_is_no_death_of_the_attack():
    body = ("وقال التلفزيون الإيراني إن القصف على قاعدة عين الأسد هو أول رد صاروخي من قوات الحرس الثوري الإيراني "
            "على مقتل سليماني.")
    (ev,) = violent(events(body))
    assert ev.fatalities is None


def test_a_sentence_that_only_counts_more_hurt_adds_them_and_a_named_or_single_death_is_one():
    for body in ("Turkish drones struck a clinic in Sinjar on Tuesday, killing eight people.\nFour others were also wounded.",
                 "قصفت طائرة مسيرة تركية عيادة في سنجار يوم الثلاثاء ما أدى إلى مقتل ثمانية أشخاص.\nوأصيب أربعة آخرون."):
        (ev,) = violent(events(body))
        assert (ev.fatalities, ev.injured) == (8, 4), body
    # a count told after a page's strikes never replaces the one a strike has
    (ev,) = violent(events("Rockets hit the Harir base on Monday, wounding two soldiers.\nThree others were also wounded."))
    assert ev.injured == 2
    (ev,) = violent(events("The raid in northwest Syria ended after Abu Bakr al-Baghdadi had been killed by US commandos."))
    assert ev.fatalities == 1
    (ev,) = violent(events("A militant was killed during a US special forces raid in northwestern Syria."))
    assert ev.fatalities == 1


def test_an_english_place_name_inside_a_longer_name_the_gazetteer_lacks_is_no_place():
    (ev,) = violent(events("Turkish drones struck Sheikhlar Shuyukh village near Kobani on Friday."))
    assert ev.location != "Suq ash Shuyukh"
    assert not [e for e in events("Turkish artillery shelled the hills of Qara Qozak on Thursday.") if e.location == "Qarah"]
    # a name followed by its place word, or by a day, is the place
    (ev,) = violent(events("Rockets hit Erbil Monday night."))
    assert ev.location == "Erbil"


def test_operations_targeting_bases_that_resulted_in_deaths_are_an_attack_with_its_toll():
    body = ("The SDF announced on Monday that its operations targeting a Turkish post near Manbij resulted in the deaths "
            "of four Turkish soldiers and injuries to three militiamen.")
    (ev,) = violent(events(body))
    assert (ev.actor, ev.target, ev.fatalities, ev.injured, ev.status) == ("SDF", "Turkey", 4, 3, "claimed")


def test_a_dashed_base_name_a_base_north_of_a_city_and_dual_rockets():
    (ev,) = violent(events("أصاب صاروخ قاعدة –بلد- الجوية مساء الخميس."))
    assert ev.location == "Balad Air Base"
    # a base "north of the capital" is not the capital's airport base
    (ev,) = violent(events("أصاب صاروخان قاعدة للجيش تقع شمال بغداد مساء الجمعة."))
    assert ev.location != "Baghdad International Airport"
    for body in ("سقط صاروخان على قاعدة حرير يوم الاثنين.", "سقطت قذيفتان على قاعدة حرير يوم الاثنين."):
        (ev,) = violent(events(body))
        assert (ev.event_type, ev.location) == ("attack", "Harir Air Base"), body


def test_launch_sites_a_groups_country_name_and_a_town_told_west_of_the_capital_are_no_places_struck():
    # the country in a group's name, and the land rockets were launched from, are not where they hit
    (ev,) = violent(events("تبنت كتائب حزب الله العراق هجوما استهدف جنودا أمريكيين في سوريا إثر إطلاق قذائف من شمال العراق."))
    assert ev.location == "Syria"
    (ev,) = violent(events("شنت إسرائيل فجر اليوم قصفا جويا من اتجاه الجولان استهدف نقاطا عسكرية في ريف دمشق."))
    assert ev.location != "Golan Heights"
    # a town told west of the capital: the town, not a second strike on the capital
    found = violent(events("قصفت طائرات إسرائيلية بناء في بلدة الديماس غربي العاصمة دمشق فجر اليوم."))
    assert [e.location for e in found] == ["Ad Dimas"]


def test_a_dotted_abbreviation_is_a_word_of_the_toll():
    (ev,) = violent(events("A U.S. civilian worker was killed and three U.S. soldiers and a second U.S. civilian "
                           "were hurt on Tuesday when a drone hit a camp near Hasakah."))
    assert (ev.fatalities, ev.injured) == (1, 4)


def test_a_capital_after_a_relative_verb_is_its_subject_not_the_place_struck():
    (ev,) = violent(events("شنت مقاتلات تركية يوم الأربعاء غارات على مواقع حزب العمال في شمالي العراق، ضمن العملية "
                           "التي أطلقتها أنقرة في الربيع."))
    assert ev.location == "Iraq"
    (ev,) = violent(events("Turkish jets struck PKK camps in northern Iraq on Wednesday as part of the operation "
                           "that Ankara began in the spring."))
    assert ev.location == "Iraq"


def test_an_air_strike_with_its_striker_and_day_stays_when_no_place_is_known():
    (ev,) = violent(events("نفذت القوات الأمريكية فجر الثلاثاء ضربات جوية على مخازن سلاح قرب الشريط الحدودي."))
    assert ev.actor_group == "United States" and not ev.location
    # a bare mention of strikes, with no day of its own, stays out
    assert not violent(events("The American air strikes changed the course of the war, analysts said."))


def test_a_city_after_countryside_of_locates_the_base_named_before_it():
    evs = [e for e in events("دخلت قافلة عسكرية أمريكية يوم الاثنين إلى قاعدة تل بيدر بريف مدينة الحسكة.")
           if e.event_type == "deployment"]
    assert [e.location for e in evs] == ["Tal Baydar"]
    assert [e.location for e in violent(events("ضربت مسيرة مجهولة فجر الثلاثاء قاعدة حرير بريف مدينة أربيل."))] == [
        "Harir Air Base"]
    # two moves, two places: "leave Ain al-Asad and reduce its presence in Baghdad"
    evs = [e for e in events("تقضي الخطة بمغادرة قوات التحالف قاعدة عين الأسد وتقليص وجودها في بغداد بحلول أيلول 2025.")
           if e.event_type == "withdrawal"]
    assert {e.location for e in evs} == {"Ain al-Asad Air Base", "Baghdad"}


def test_a_nationality_after_a_noun_of_land_or_sites_is_its_country():
    (ev,) = [e for e in events("وأكد وزير الدفاع الأمريكي الخميس أن وحدة صغيرة ستبقى لحماية الحقول النفطية السورية.")
             if e.event_type == "statement"]
    assert ev.location == "Syria"
    (ev,) = violent(events("قصفت المدفعية التركية القرى السورية الحدودية يوم الاثنين."))
    assert ev.location == "Syria" and ev.actor_group == "Turkey"
    (ev,) = [e for e in events("The Pentagon said on Thursday that a small unit would stay to guard Syrian oil fields.")
             if e.event_type == "statement"]
    assert ev.location == "Syria"


def test_the_capital_north_of_which_a_province_lies_is_a_landmark():
    (ev,) = violent(events("Israeli jets bombed an airfield in Homs province, well north of the capital Damascus, on Monday."))
    assert ev.location == "Homs Governorate"


def test_a_count_joined_to_the_hurt_is_hurt_too_not_a_troop_level():
    evs = events("On Sunday four rockets landed on the Balad air base, injuring two Iraqi soldiers and three foreign contractors.")
    assert [e.injured for e in violent(evs)] == [5]
    assert not [e for e in evs if e.event_type == "troop_level"]


def test_next_to_a_place_is_no_future():
    (ev,) = violent(events("A rocket salvo on Monday struck barracks next to Baghdad International Airport, hurting "
                           "six Iraqi soldiers."))
    assert ev.status == "reported"


def test_guns_fired_from_a_side_s_own_base_strike_elsewhere_on_the_ground():
    found = violent(events("قصفت القوات الأمريكية يوم الاثنين قرية خشام بالمدافع انطلاقا من قاعدتها في حقل العمر."))
    assert [(e.event_type, e.actor_group, e.location) for e in found] == [("attack", "United States", "Khusham")]


def test_military_infrastructure_is_no_intention():
    (ev,) = violent(events("وقال الجيش الإسرائيلي إنه هاجم يوم الاثنين قدرات عسكرية وبنية عسكرية في قاعدة حماة."))
    assert ev.status != "planned"


def test_the_calendar_day_beside_yesterday_and_not_the_day_of_the_statement():
    body = ("قال التحالف في بيان إن طائراته نفذت 20 غارة على مواقع داعش في سوريا أمس الخميس (16 تموز 2015).\n"
            "وذكر البيان الصادر يوم الجمعة أن خمسا من الغارات طالت مواقع قرب الحسكة.\n"
            "وفي العراق أصابت الغارات أهدافا قرب الموصل.")
    found = violent(events(body, published=None))
    assert found[0].date_start == date(2015, 7, 16)
    assert all(e.date_start != date(2015, 7, 17) for e in found)
    assert {e.actor_group for e in found} == {"International Coalition"}


def test_the_calendar_night_beside_last_night_and_the_base_s_own_country():
    (ev,) = violent(events("قصفت طائرة أمريكية ليلة أمس السبت/الأحد (14/15 تشرين الأول 2023) مواقع قرب البوكمال.",
                           published=None))
    assert ev.date_start == date(2023, 10, 14)
    (ev,) = [e for e in events("وأفاد مصدر بأن الجنود الأمريكيين المتمركزين بقاعدة التنف السورية نقلوا يوم الثلاثاء "
                               "تعزيزات إلى قاعدة عين الأسد.") if e.event_type == "deployment"]
    assert ev.actor_group == "United States"


def test_a_base_west_of_the_capital_is_not_the_capital_s_airport():
    (ev,) = [e for e in events("The coalition handed back another military base, which lies west of the capital "
                               "Baghdad, to Iraqi troops on Tuesday.") if e.event_type == "withdrawal"]
    assert ev.location != "Baghdad International Airport"


def test_a_road_told_by_the_towns_it_links_places_a_strike_in_its_country_only():
    body = "قصفت طائرات روسية أمس رتلا تركيا على الطريق الدولي الواصل بين دمشق وحلب."
    (ev,) = violent(events(body))
    assert (ev.actor, ev.target, ev.location) == ("Russia", "Turkey", "Syria")
    body = "Russian jets struck a Turkish convoy on the highway linking Damascus and Aleppo on Monday."
    assert [e.location for e in violent(events(body))] == ["Syria"]


def test_a_weak_place_name_a_strike_fell_on_and_a_capital_that_acts_in_a_relative_clause():
    # قنديل is also a lamp: after a strike "on" it, it is the mountains struck
    evs = violent(events("نفذت المقاتلات التركية غارات جوية أمس على قنديل وسنجار."))
    assert sorted(e.location for e in evs) == ["Qandil Mountains", "Sinjar"]
    # "the anger of Baghdad, which summoned the envoy over the strikes on Iraqi soil": the
    # government, not the place struck
    (ev,) = violent(events("أثارت الغارات التي شنتها المقاتلات التركية أمس على الأراضي العراقية غضب بغداد التي "
                           "استدعت السفير التركي."))
    assert ev.location == "Iraq"


def test_two_areas_after_a_dual_area_word_are_two_places():
    evs = violent(events("شنت مقاتلات إسرائيلية أمس غارات على منطقتي سفوهن ومشروع مرعيان غربي دمشق."))
    assert [e.location_ar for e in evs] == ["سفوهن", "مشروع مرعيان"]


def test_aircraft_of_unknown_origin_are_not_the_pages_air_power():
    evs = violent(events("Israeli jets struck Damascus on Monday. Aircraft of unknown origin also struck militia "
                         "positions near Albukamal on Monday."))
    assert [(e.actor, e.location) for e in evs] == [("Israeli military", "Damascus"), ("", "Abu Kamal")]


def test_a_toll_a_source_gives_for_the_strike_told_before_is_its_toll():
    body = ("وقالت وكالة إن طائرات مسيرة أمريكية شنت ضربات على مقر اللواء 46 في قضاء القائم. وأوضح مصدر أن القصف "
            "على المقر في القائم خلف 4 قتلى بينهم آمر اللواء 46 وستة جرحى.")
    (ev,) = violent(events(body))
    assert (ev.location, ev.fatalities, ev.injured) == ("al-Qaim", 4, 6)


def test_a_sentence_that_only_counts_the_dead_gives_them_to_the_strike_just_told():
    body = "A drone hit a pick-up truck near Sinjar on Monday. Three men inside the truck were killed, residents said."
    (ev,) = violent(events(body))
    assert (ev.location, ev.fatalities) == ("Sinjar", 3)


def test_a_count_of_dead_and_wounded_together_counts_neither():
    (ev,) = violent(events("أسفر الهجوم على القاعدة قرب كركوك عن 17 إصابة بين قتيل وجريح."))
    assert (ev.fatalities, ev.injured) == (None, None)
    (ev,) = violent(events("The shelling near Kirkuk left 17 soldiers dead or wounded on Monday."))
    assert (ev.fatalities, ev.injured) == (None, None)




def test_a_place_a_base_is_told_a_distance_from_is_a_landmark():
    body = "وأعلنت فصائل المقاومة أنها قصفت قاعدة حرير التي تبعد نحو 60 كيلومترا إلى الشمال الشرقي من مدينة أربيل يوم الأحد."
    assert [e.location for e in violent(events(body))] == ["Harir Air Base"]
