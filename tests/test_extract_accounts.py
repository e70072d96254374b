"""Accounts of an incident told after it: a side's word on its dead and hurt is the incident's toll,
not a statement of its own; the side that struck speaks for its deed; a judgement stays a position."""

from datetime import date

from tests.extract_helpers import events, violent


def _statements(evs):
    return [e for e in evs if e.event_type == "statement"]


def test_an_account_of_the_dead_after_the_strike_is_no_statement():
    evs = events("Two Italian soldiers were wounded on Sunday when a roadside bomb hit their patrol near Kirkuk. "
                 "An Iraqi police officer said the charge went off beside the second vehicle, wounding both men. "
                 "He added that the road had been reopened.")
    assert len(violent(evs)) == 1 and not _statements(evs)
    evs = events("قتل ضابط روسي بانفجار عبوة ناسفة قرب دير الزور أمس. "
                 "وأكدت وزارة الدفاع الروسية أن الضابط نقل إلى المستشفى لكنه فارق الحياة متأثرا بجروحه.")
    assert len(violent(evs)) == 1 and not _statements(evs)


def test_the_side_that_struck_speaking_of_its_deed_keeps_its_statement():
    evs = events("A US raid killed the group's commander in northern Syria on Saturday. "
                 "\"He was a cruel man and now he is gone,\" the US president said at the White House, "
                 "adding that no American was hurt in the operation.")
    assert [e.actor for e in _statements(evs)] == ["White House"]


def test_a_speech_with_no_strike_before_it_or_with_a_judgement_stays_a_statement():
    # no strike told before: the account is the only telling and keeps its speaker
    evs = events("The Pentagon said on Monday that the number of troops hurt had risen to 50.")
    assert [e.actor for e in _statements(evs)] == ["US Department of Defense"]
    # a judgement of the toll is a position of its own
    evs = events("A rocket attack wounded three US soldiers at a base near Erbil on Sunday. "
                 "The White House said it did not consider the injuries serious.")
    assert [e.actor for e in _statements(evs)] == ["White House"]


def test_a_campaigns_strikes_told_without_a_target_are_on_its_one_enemy():
    evs = violent(events("Turkey began an air campaign against PKK hideouts in northern Iraq on Monday. "
                         "Its jets later bombed villages near Zakho and Amadiya."))
    assert evs and {e.target for e in evs} == {"PKK"}
    # whose dead are civilians was struck by no side's enemy
    evs = violent(events("Turkey began an air campaign against PKK hideouts in northern Iraq on Monday. "
                         "On Saturday a Turkish drone killed four civilians at a picnic spot near Zakho."))
    assert {e.target for e in evs if "civilians" in e.sentence} == {""}
    # "its aircraft" in Arabic are the striker's told before
    evs = violent(events("بدأت تركيا الاثنين حملة جوية ضد مخابئ حزب العمال الكردستاني في شمال العراق. "
                         "وقصفت طائراتها بعد ذلك قرى قرب زاخو."))
    assert {(e.actor, e.target) for e in evs} == {("Turkey", "PKK")}


def test_the_hurt_are_no_troops_and_one_leader_killed_is_one_death():
    evs = events("Rockets hit a base near Erbil on Tuesday, and two soldiers suffered minor injuries.")
    assert not [e for e in evs if e.event_type == "troop_level"]
    (ev,) = violent(events("Two Turkish soldiers were concussed when their post was shelled near Duhok on Monday."))
    assert ev.injured == 2
    (ev,) = violent(events("An Israeli drone killed a senior Hezbollah commander near Quneitra on Friday."))
    assert ev.fatalities == 1
    (ev,) = violent(events("قتلت غارة تركية القيادي في حزب العمال الكردستاني قرب سنجار أمس."))
    assert ev.fatalities == 1


def test_an_unnamed_speaker_makes_no_party_speak():
    # a party named only inside what an unnamed speaker claimed does not speak
    assert not _statements(events("Later, a tribal elder at the meeting claimed that Erdogan had promised "
                                  "to pull his troops out of Idlib."))
    assert not _statements(events("Some analysts have said that beating the Islamic State in Deir ez-Zor "
                                  "will need far more ground troops."))
    # a party named in the speaker's own words speaks
    assert [e.actor for e in _statements(events("A senior Turkish official said its troops would stay in Iraq."))] == [
        "Turkey"]


def test_strikes_and_troops_of_other_theatres_are_out_of_scope():
    assert not events("A US drone strike killed two militants in Somalia on Monday.")
    assert not [e for e in events("Dutch F-16s were deployed to Afghanistan in 2010 and to Libya in 2011.")
                if e.event_type == "deployment"]
    assert not events("نشرت ألمانيا 300 جندي في أفغانستان العام الماضي.")
    # the Gulf hosts this theatre's forces
    assert [e.location for e in events("The Pentagon sent 3,000 more troops to Kuwait on Monday.")
            if e.event_type == "deployment"] == ["Kuwait"]


def test_a_statement_cut_off_with_the_page_before_it_says_anything_is_none():
    body = ("قصفت طائرات تركية مواقع لحزب العمال الكردستاني قرب زاخو أمس.\n"
            "وقالت وزارة الخارجية العراقية في بيان إنها ستتخذ")
    assert not _statements(events(body))
    # the same words closed by a full stop are the page's own
    whole = body + " كل الإجراءات اللازمة لحماية سيادة العراق."
    assert [e.actor for e in _statements(events(whole))] == ["Iraqi Ministry of Foreign Affairs"]


def test_a_leader_killed_in_a_sides_operation_is_that_sides_attack():
    (ev,) = violent(events("أعلنت أنقرة مقتل قيادي في حزب العمال الكردستاني بعملية للاستخبارات التركية قرب سنجار."))
    assert (ev.actor, ev.target, ev.fatalities) == ("Turkey", "PKK", 1)
    (ev,) = violent(events("Ankara said a PKK leader was killed near Sinjar in an operation by Turkish intelligence."))
    assert (ev.actor, ev.target, ev.fatalities) == ("Turkey", "PKK", 1)


def test_the_same_dead_told_again_by_an_agency_are_one_incident_with_its_wounded():
    evs = violent(events("أعلن الحرس الثوري الإيراني، الأحد، مقتل 9 مستشارين إيرانيين قرب مدينة حمص في معارك مع المعارضة.\n"
                         "ونقلت وكالة تسنيم اليوم عن مسؤول في الحرس قوله إن 9 مستشارين عسكريين إيرانيين قتلوا وأصيب 14 في القتال."))
    assert [(e.target, e.fatalities, e.injured) for e in evs] == [("Iran", 9, 14)]
    # those a plural verb of dying follows are the dead, never the attackers
    evs = violent(events("وقالت قناة تلفزيونية إن خمسة من عناصر الحشد الشعبي، قتلوا بهجوم طائرة مسيرة على الحدود."))
    assert evs and all(e.actor != "Popular Mobilization Forces" for e in evs)


def test_strikes_over_a_span_of_months_are_a_tally_and_a_place_denied_is_none():
    assert not violent(events("Norway flew coalition raids over Iraq from March 2015 to June 2016."))
    assert not violent(events("شاركت طائرات هولندية في غارات التحالف على العراق من تشرين الأول 2014 حتى حزيران 2016."))
    evs = violent(events("Turkish jets struck PKK camps in Iraq on Monday, but not in Syria."))
    assert [e.location for e in evs] == ["Iraq"]
    evs = violent(events("قصفت طائرات تركية مواقع للحزب في العراق الاثنين وليس في سوريا."))
    assert [e.location for e in evs] == ["Iraq"]


def test_where_a_weapon_was_made_names_no_party_and_troops_that_move_are_a_move():
    for body in ("وكان الهجوم قد نفذ بصواريخ إيرانية الصنع أطلقت على قاعدة عين الأسد.",
                 "Militants fired Iranian-made rockets at the Ain al-Asad base on Monday."):
        (ev,) = violent(events(body))
        assert "Iran" not in (ev.actor, ev.target)
    evs = events("وأشار التقرير إلى أن نحو 800 جندي تركي تنقلوا بين قاعدة بامرني وجبل متين خلال يومين.")
    assert [(e.event_type, e.troops) for e in evs] == [("deployment", 800)]


def test_a_city_named_to_locate_a_town_is_a_landmark_in_english_too():
    evs = violent(events("A Belgian jet bombed a depot in Tikrit, near the city of Samarra, on Sunday."))
    assert [e.location for e in evs] == ["Tikrit"]


def test_the_side_that_launched_the_attack_struck_and_the_side_exposed_did_not():
    for body in ("شن الجيش الإسرائيلي هجوما على موقع لحزب الله في القنيطرة.",
                 "وأكد مصدر أمني أن الجيش الإسرائيلي شن هجوما على موقع لحزب الله في القنيطرة."):
        (ev,) = violent(events(body))
        assert (ev.actor, ev.target) == ("Israeli military", "Hezbollah")
    (ev,) = violent(events("A Turkish military convoy came under an air strike near Idlib, the Turkish defence "
                           "ministry said."))
    assert ev.actor == "" and ev.target == "Turkish military"


def test_any_attack_denied_unknown_drones_and_neutralised_counts():
    evs = events("نفت وزارة الدفاع الأمريكية تعرض قاعدة عين الأسد لأي هجوم خلال الساعات الماضية.")
    assert [e.event_type for e in evs] == ["denial"]
    (ev,) = violent(events("استهدفت طائرة مسيرة مجهولة سيارة تقل قياديين في كتائب حزب الله قرب مطار بغداد."))
    assert ev.target == "Kataib Hezbollah"
    # (two areas named after the dual: a strike on each, the toll counted once, with the first)
    first, second = violent(events("قالت وزارة الدفاع التركية إن مقاتلاتها حيدت 12 إرهابيا في غارات على منطقتي قنديل "
                                   "وأسوس شمالي العراق."))
    assert (first.fatalities, first.location) == (12, "Qandil Mountains")
    assert (second.fatalities, second.location_ar) == (None, "أسوس")


def test_a_speakers_own_move_and_a_convoy_that_pulls_out():
    for body in ("The coalition said it had completed its withdrawal from the K1 base.",
                 "أعلن التحالف الدولي إكمال انسحابه من قاعدة كي وان في كركوك."):
        assert [(e.event_type, e.actor) for e in events(body)] == [("withdrawal", "International Coalition")]
    assert not events("Iraq said it had completed its withdrawal of the budget request.")
    for body in ("قالت مصادر محلية إن رتلا للقوات الأمريكية انسحب من قاعدة خراب الجير.",
                 "A US convoy pulled out of the Kharab al-Jir base on Monday."):
        assert [e.event_type for e in events(body)] == ["withdrawal"]


def test_clashes_name_the_other_side_and_a_deadline_without_a_year_is_the_coming_one():
    for body in ("Two Turkish soldiers were killed and three wounded in clashes with PKK militants in northern Iraq.",
                 "قتل جنديان تركيان في اشتباكات مع عناصر حزب العمال الكردستاني شمالي العراق."):
        (ev,) = violent(events(body))
        assert (ev.actor, ev.target, ev.fatalities) == ("PKK", "Turkey", 2)
    # published in February 2024: "by the end of September" is September 2024
    evs = events("The United States will reduce its troop presence in Iraq to 3,000 by the end of September.")
    (ev,) = [e for e in evs if e.event_type == "withdrawal"]
    assert ev.status == "planned" and ev.date_start.year == 2024 and ev.date_start.month == 9


def test_strikes_told_over_years_are_a_habit():
    assert not violent(events("Israel has struck hundreds of targets in Syria in recent years."))
    assert not violent(events("شنت إسرائيل خلال السنوات الماضية مئات الغارات على أهداف في سوريا."))
    assert violent(events("Israel struck targets near Damascus on Sunday, the Syrian army said."))


def test_a_word_inside_a_groups_name_is_no_event():
    # "liberation" in Hayat Tahrir al-Sham tells no capture
    assert not [e for e in events("وأعلنت وزارة الدفاع الروسية أن طائراتها دمرت مخزنا للسلاح تابعا لهيئة تحرير "
                                  "الشام جنوب إدلب.") if e.event_type == "other"]


def test_a_strike_a_side_condemns_happened_and_a_groups_habit_is_none():
    for body in ("أدانت الحكومة العراقية القصف التركي الذي استهدف منتجعا سياحيا في زاخو وأسفر عن مقتل تسعة سياح.",
                 "The Iraqi government condemned the Turkish bombardment of a resort in Zakho that killed nine tourists."):
        evs = events(body)
        assert sorted(e.event_type for e in evs) == ["airstrike", "statement"]
        assert [(e.actor, e.fatalities) for e in violent(evs)] == [("Turkey", 9)]
    assert not violent(events("The Iraqi government condemned any attack on diplomatic missions."))
    assert not violent(events("The group's cells continue to carry out ambushes in the Syrian desert."))
    assert not violent(events("لا يزال التنظيم يشن هجمات متفرقة في البادية السورية."))


def test_another_states_parliament_is_that_state():
    for body in ("Germany's parliament voted on Thursday to extend the mission in Iraq.",
                 "صوت البرلمان الألماني على تمديد مهمة الجيش في العراق لعام."):
        (ev,) = [e for e in events(body) if e.event_type == "agreement"]
        assert ev.actor == "Germany" and ev.target != "Iraqi Parliament"
    (ev,) = [e for e in events("صوت البرلمان على إنهاء وجود القوات الأجنبية في العراق.") if e.event_type == "agreement"]
    assert ev.actor == "Iraqi Parliament"


def test_a_second_count_in_another_place_is_its_own_troop_level():
    for body in ("The US has about 900 troops in Syria and 2,500 in Iraq.",
                 "About 900 US troops remain in Syria and 2,500 in Iraq, the Pentagon said.",
                 "للولايات المتحدة نحو 900 جندي في سوريا و2500 في العراق."):
        levels = [(e.location, e.troops) for e in events(body) if e.event_type == "troop_level"]
        assert levels == [("Syria", 900), ("Iraq", 2500)]


def test_a_news_sentence_closed_by_a_march_date_is_no_photo_caption():
    (ev,) = violent(events("Three rockets hit the Ain al-Asad base at dawn on Thursday, 12 March 2020."))
    assert str(ev.date_start) == "2020-03-12"


def test_what_unnamed_sources_deny_is_neither_a_denial_nor_a_move():
    for body in ("ونفت مصادر محلية دخول قوات تركية إلى البلدة حتى اللحظة.",
                 "Local sources denied that Turkish troops had entered the town."):
        assert not events(body)
    # a party's denial stands beside the move it denies
    evs = events("Iraqi security sources denied that Turkish troops had entered the town.")
    assert [e.actor for e in evs if e.event_type == "denial"] == ["Iraq"]


def test_an_event_named_as_the_start_of_a_span_and_a_day_after_a_resolution():
    assert not [e for e in events("Since the fall of the old government, towns near Manbij have seen clashes.")
                if e.event_type == "other"]
    (ev,) = events("The Iraqi parliament passed a resolution on January 5 calling for the exit of foreign troops.")
    assert str(ev.date_start) == "2024-01-05"


def test_forces_told_exposed_to_an_attack_in_a_country_are_its_target():
    for body in ("تعرضت القوات الأمريكية في سوريا لهجوم بطائرة مسيرة.",
                 "US forces in Syria came under two drone attacks in 24 hours, a US official said."):
        (ev,) = violent(events(body))
        assert (ev.target, ev.location) == ("US military", "Syria")
    assert not violent(events("Bases housing US troops in Iraq have come under attack repeatedly since October."))


def test_dual_rockets_the_striker_after_the_strike_noun_one_death_and_none_of():
    (ev,) = violent(events("سقط صاروخا كاتيوشا على مزرعة قرب قاعدة بلد ما أدى إلى مقتل رجلين وثلاثة أطفال."))
    assert (ev.event_type, ev.fatalities) == ("attack", 5)
    (ev,) = violent(events("لقي القيادي في تنظيم حراس الدين حتفه بغارة للتحالف على إدلب."))
    assert (ev.actor, ev.target, ev.fatalities) == ("International Coalition", "Hurras al-Din", 1)
    assert not violent(events("None of Canada's allies, including Britain, are carrying out airstrikes in Syria."))


def test_one_doctor_or_nurse_killed_is_one_death():
    (ev,) = violent(events("A Russian military doctor was killed when rebels shelled a field hospital in Aleppo."))
    assert ev.fatalities == 1
    (ev,) = violent(events("قتلت طبيبة عسكرية روسية بقصف لفصائل المعارضة على مستشفى ميداني في حلب."))
    assert ev.fatalities == 1


def test_a_death_word_before_people_no_rank_names_counts_no_one():
    # "killed" and an article before people named by no rank or role word gives no count of one
    (ev,) = violent(events("A US drone strike killed the crew of a truck near al-Qaim on Monday."))
    assert ev.fatalities is None


def test_the_side_of_the_strikes_that_killed_is_the_striker_not_the_dead():
    (ev,) = violent(events("Israeli strikes killed 57 fighters in eastern Syria."))
    assert (ev.actor, ev.fatalities) == ("Israel", 57) and ev.target != "Israel"
    (ev,) = violent(events("Two Turkish soldiers killed in PKK attack in northern Iraq."))
    assert (ev.actor, ev.target) == ("PKK", "Turkey")
    # the subject of an active "killed", with its object after it, killed
    (ev,) = violent(events("US forces killed an ISIS leader in a raid in northern Syria."))
    assert (ev.actor, ev.target) == ("US military", "Islamic State")
    (ev,) = violent(events("Three US soldiers killed in a drone attack in Jordan."))
    assert ev.target == "US military" and ev.actor != "US military"
    # Arabic: the subject of an active killing verb, its object after it, killed
    (ev,) = violent(events("قتلت القوات الأمريكية قياديا في تنظيم داعش خلال إنزال جوي شمال سوريا."))
    assert (ev.actor, ev.target, ev.fatalities) == ("US military", "Islamic State", 1)
    (ev,) = violent(events("قتل جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة في الأردن."))
    assert ev.target == "United States" and ev.actor != "US military"


def test_the_country_left_is_not_who_left_and_chechen_units_are_russian():
    for body in ("أنهت كتيبة الشرطة العسكرية الشيشانية مهمتها في حلب وغادرت سوريا عائدة إلى روسيا.",
                 "The Chechen military police battalion finished its mission in Aleppo and left Syria."):
        (ev,) = events(body)
        assert (ev.event_type, ev.actor) == ("withdrawal", "Russia")


def test_an_agreement_is_dated_by_its_signing_and_made_by_the_two_parties_named():
    (ev,) = events("وقّع العراق والولايات المتحدة اتفاقاً لإنهاء مهمة التحالف الدولي بحلول أيلول 2025.")
    assert (ev.event_type, ev.status, ev.date_precision) == ("agreement", "reported", "week")
    (ev,) = events("سيوقع العراق والولايات المتحدة اتفاقا أمنيا الشهر المقبل.")
    assert ev.status == "planned"
    (ev,) = events("Iraq and the US signed a deal on Friday to end the coalition mission by September 2025.")
    assert (ev.actor, ev.target, str(ev.date_start)) == ("Iraq", "United States", "2024-02-02")


def test_a_base_received_by_the_host_is_a_withdrawal_of_the_side_it_came_from():
    (ev,) = events("وتسلمت القوات العراقية قاعدة عين الأسد من التحالف الدولي.")
    assert (ev.event_type, ev.actor, ev.location) == ("withdrawal", "International Coalition", "Ain al-Asad Air Base")
    assert not events("تسلم رئيس الوزراء رسالة من الرئيس الأمريكي.")
    (ev,) = events("واستلم الجيش العراقي أمس موقعا قرب الموصل كانت تشغله قوات التحالف.")
    assert (ev.event_type, ev.actor) == ("withdrawal", "International Coalition")


def test_opposition_gunmen_are_the_opposition_and_two_male_nurses_are_two():
    (ev,) = violent(events("قتل طبيب روسي وأصيب ممرضان في قصف نفذه مسلحو المعارضة على عيادة في حلب أمس."))
    assert (ev.actor, ev.target, ev.fatalities, ev.injured) == ("Syrian opposition", "Russia", 1, 2)


def test_a_level_from_a_to_b_gives_the_level_and_a_change_of_the_difference():
    evs = events("The US cut its troops in Iraq from 5,200 to 3,000 in September.")
    assert sorted((e.event_type, e.troops) for e in evs) == [("troop_level", 3000), ("withdrawal", 2200)]
    evs = events("The Pentagon will increase the number of US troops in Syria from 500 to 4,000.")
    assert sorted((e.event_type, e.troops) for e in evs) == [("deployment", 3500), ("troop_level", 4000)]
    # places from one to another are no numbers
    evs = events("A convoy of 300 soldiers moved from Erbil to Mosul on Monday.")
    assert [e.troops for e in evs if e.event_type == "deployment"] == [300]


def test_a_groups_own_quoted_words_of_its_attack_are_its_claim():
    body = ("هاجمت طائرة مسيرة قاعدة حرير قرب أربيل عصر اليوم الاثنين.\n"
            'وقال الفصيل في بيان على تلغرام "نفذ رجال المقاومة الإسلامية في العراق ضربة بطائرتين مسيرتين على قاعدة حرير".')
    (ev,) = violent(events(body))
    assert (ev.actor, ev.status) == ("Islamic Resistance in Iraq", "claimed")


def test_an_analysts_account_is_reported_and_military_experts_sent_are_troops():
    (ev,) = events("قال الخبير الأمني فلان الفلاني إن القوات الأمريكية تواصل الانسحاب من قاعدة فيكتوريا في بغداد.")
    assert (ev.event_type, ev.status) == ("withdrawal", "reported")
    (ev,) = events("A security analyst said US troops were leaving the Ain al-Asad base this week.")
    assert ev.status == "reported"
    # experts sent by a government are its advisers: a move it announces, not a report
    (ev,) = [e for e in events("أعلنت واشنطن أنها سترسل 120 من الخبراء العسكريين إلى سوريا.") if e.event_type == "deployment"]
    assert (ev.troops, ev.status) != (120, "reported")


def test_a_sides_dead_and_that_sides_own_strikes_stay_two_incidents():
    body = ("قالت أنقرة يوم الاثنين إن ثلاثة جنود أتراك قتلوا في مواجهات مع مسلحين بشمال العراق.\n"
            "وأضافت الوزارة أن طائرات مسيرة تركية حيدت 11 عنصرا من حزب العمال الكردستاني قرب متينا.")
    found = sorted((e.event_type, e.target, e.fatalities) for e in violent(events(body)))
    assert found == [("airstrike", "PKK", 11), ("attack", "Turkey", 3)]


def test_the_attacks_a_person_is_blamed_for_and_an_nth_time_are_no_strike_of_their_own():
    body = ("US Central Command said its forces killed a senior militia commander in a drone strike in Baghdad on Wednesday, "
            "describing him as responsible for directly planning and taking part in attacks on American troops.")
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group, ev.fatalities) == ("airstrike", "United States", 1)
    for body in ("وهذه المرة الرابعة التي يقصف فيها الجيش التركي ناحية سيدكان.",
                 "This is the third time the Harir base has been attacked by drones."):
        assert not violent(events(body)), body
    # one told with its day stays
    assert violent(events("For the third time in a week, rockets hit the Harir base on Monday."))


def test_state_tv_reports_ongoing_shelling_is_no_strike_and_an_individual_or_news_that_came_is_no_reply():
    (ev,) = violent(events("ذكر التلفزيون الحكومي أن قذائف صاروخية أطلقها مسلحون سقطت قرب مطار حميميم."))
    assert ev.status == "reported"
    (ev,) = violent(events("Syrian state TV said rockets hit the Hmeimim base on Monday."))
    assert ev.status == "reported"
    assert not violent(events("وأكد مسؤول روسي أن الهجمات المتواصلة على قاعدة طرطوس تثير القلق."))
    # the size of each unit is no troop level, and فرد (an individual) is no reply
    assert not events("ويضم الفوج التركي أربع سرايا تضم الواحدة منها 80 فردا.")
    assert not events("The Russian battalion has three companies, each with 100 soldiers.")
    (ev,) = events("وردت أنباء عن انسحاب جنود فرنسيين من قاعدة القيارة.")
    assert ev.event_type == "withdrawal"
    # ورد with على after it is a reply
    assert [e.event_type for e in events("وردّ المتحدث باسم البنتاغون الجنرال بات رايدر على الإعلان بالقول إن الأفعال أبلغ من الأقوال.")] == ["statement"]


def test_explosions_heard_after_the_strikes_were_told_are_those_strikes():
    body = ("قصفت طائرات إسرائيلية مخازن أسلحة قرب مطار المزة مساء الأحد.\n"
            "وتحدث سكان عن دوي انفجارات سمعت في أحياء العاصمة.")
    assert [(e.event_type, e.actor_group) for e in violent(events(body))] == [("airstrike", "Israel")]
    # explosions heard as the page's first news are the event
    (ev,) = violent(events("سمع دوي انفجارات قرب السفارة الأمريكية في بغداد فجر الجمعة."))
    assert ev.location == "US Embassy in Baghdad"


def test_a_strike_told_as_also_on_another_side_is_another_incident_and_the_golan_heights_a_place():
    body = ("Israel's military said its jets hit scores of Iranian sites across Syria.\n"
            "Syrian television said Israeli aircraft had also hit Hezbollah posts near Quneitra.")
    found = violent(events(body))
    assert sorted(e.target for e in found) == ["Hezbollah", "Iran"]
    (ev,) = violent(events("Israel said a rocket launched by Iranian units in Syria landed in the Golan Heights on Tuesday."))
    assert ev.location == "Golan Heights"


def test_an_attack_told_according_to_a_named_command_is_confirmed_and_an_unnamed_official_reports():
    (ev,) = violent(events("American troops at the Conoco base came under drone attack on Monday, according to US Central Command."))
    assert ev.status == "confirmed"
    (ev,) = violent(events("وبحسب مسؤول عسكري أمريكي، استهدفت صواريخ قاعدة الشدادي يوم الاثنين."))
    assert ev.status == "reported"


def test_a_source_telling_how_the_air_defences_met_a_strike_is_its_account():
    body = ("استهدفت طائرات مسيرة قاعدة حميميم الجوية ليل الاثنين.\n"
            "وقالت وزارة الدفاع السورية في بيان إن الدفاعات الجوية تصدت للطائرات القادمة من ريف إدلب.")
    assert not [e for e in events(body) if e.event_type == "statement"]
    # a leader's word on the strike stays his statement
    body = ("Iranian missiles struck the Ain al-Asad base on Tuesday night.\n"
            "President Trump wrote that all is well and that the damage was being assessed.")
    assert [e for e in events(body) if e.event_type == "statement"]


def test_the_nationality_of_the_slain_and_the_launcher_found_are_the_strikes_account():
    body = ("A rocket attack killed a contractor at an airfield near Erbil on Monday, the coalition said.\n"
            "The slain contractor was a Filipino national, a coalition spokesman said.\n"
            "The pickup truck that fired the rockets was found near Makhmour, the regional interior ministry said.")
    assert not [e for e in events(body) if e.event_type == "statement"]


def test_a_denial_in_a_contrast_clause_after_a_strike_does_not_erase_it():
    evs = events("وفي 9 آذار أطلق الحرس الثوري صواريخ بعيدة المدى على أهداف قرب أربيل وصفها بأنها مقار استخبارية، "
                 "في حين نفى الإقليم وجود مقار كهذه على أرضه.")
    (strike,) = violent(evs)
    assert strike.actor == "IRGC" and strike.status != "denied"
    (denial,) = [e for e in evs if e.event_type == "denial"]
    assert denial.actor != "IRGC"


def test_one_agreement_told_with_its_parties_in_either_order_is_one():
    body = ("اتفاق بين بايدن والكاظمي على إنهاء مهام القتال الأمريكية في العراق\n"
            "يعتزم رئيس الوزراء العراقي، مصطفى الكاظمي، والرئيس الأمريكي، جو بايدن، يوم الاثنين، توقيع اتفاق رسمي "
            "ينهي مهام القتال للقوات الأمريكية في العراق، بحسب رويترز.")
    assert len([e for e in events(body, date(2021, 7, 26)) if e.event_type == "agreement"]) == 1


def test_a_speaker_with_no_country_place_speaks_where_the_page_s_news_is():
    body = ("Around 400 more American troops arrived in Syria on Monday to back the offensive on Raqqa.\n"
            "A coalition spokesman said the new troops will not fight on the front lines.")
    (ev,) = [e for e in events(body) if e.event_type == "statement"]
    assert ev.location == "Syria"


def test_a_demand_to_cut_the_force_to_a_figure_is_the_speaker_s_statement():
    body = ("وقال النائب عن ائتلاف الفتح يوم الاثنين إن عدد الجنود الأمريكيين في العراق هو ستة آلاف جندي، مطالبا "
            "بضرورة أن يتحرك البرلمان لخفض أعداد تلك القوات إلى ما لا يتجاوز ألفي جندي.")
    evs = events(body)
    assert not [e for e in evs if e.event_type == "withdrawal"]
    assert sorted(e.troops for e in evs if e.event_type == "troop_level") == [6000]
    (st,) = [e for e in evs if e.event_type == "statement"]
    assert (st.actor, st.troops) == ("Iraqi Parliament", 2000)


def test_a_committee_of_inquiry_is_no_agreement():
    body = "وقال المحافظ إن السلطات قررت تشكيل لجنة للتحقيق في القصف الذي طال القرية يوم الاثنين."
    assert not [e for e in events(body) if e.event_type == "agreement"]
    body = "أعلن رئيس الوزراء يوم الجمعة تشكيل لجنة ثنائية مع واشنطن لبحث مستقبل التحالف في العراق."
    assert [e for e in events(body) if e.event_type == "agreement"]


def test_a_side_judging_attacks_unacceptable_or_a_risk_takes_a_position():
    for body in ("CENTCOM said such attacks on coalition forces are unacceptable.",
                 "قال المتحدث باسم البنتاغون إن الهجمات على القوات الأمريكية غير مقبولة.",
                 "A CENTCOM spokesman said attacks of this kind put the lives of coalition troops at risk."):
        assert [e.event_type for e in events(body)] == ["statement"]
    # the same speaker only telling the attack: no position
    assert [e.event_type for e in events("CENTCOM said two drones attacked the base on Monday.")] != ["statement"]


def test_a_spokesman_named_once_with_his_side_speaks_for_it_when_named_alone():
    body = ("Israeli army spokesman Dan Avner said jets struck weapons depots in Syria overnight. "
            "\"The Quds Force stands behind the attack,\" Avner said, adding that Israel does not seek escalation.")
    assert [e.actor for e in events(body, None) if e.event_type == "statement"] == ["Israeli military"]
    body = ("قال المتحدث باسم الجيش الإسرائيلي داني أفنير إن المقاتلات قصفت مستودعات أسلحة في سوريا. "
            "وقال أفنير إن إيران تتحمل المسؤولية وإن إسرائيل لا تسعى إلى التصعيد.")
    assert [e.actor for e in events(body, None) if e.event_type == "statement"] == ["Israeli military"]


def test_an_official_of_the_side_that_struck_confirming_it_confirms_it_even_unnamed():
    def status(body):
        (ev,) = [e for e in events(body) if e.event_type in ("attack", "airstrike")]
        return ev.status

    assert status("وأكد مسؤولون أمريكيون، طلبوا عدم نشر أسمائهم، أن الضربة على مطار بغداد نفذت بطائرة مسيرة من طراز "
                  "ريبر يوم الجمعة.") == "confirmed"
    # (an official of another side only reports it)
    assert status("أكد مسؤول أمني عراقي يوم الخميس أن طائرة مسيرة أمريكية قصفت مقرا للحشد الشعبي في بغداد.") == "reported"


def test_a_side_that_says_in_quotes_it_struck_confirms_its_strike():
    body = "وأكد الجيش الإسرائيلي مساء الاثنين أنه “هاجم مقرات عسكرية” في ريف درعا."
    (ev,) = [e for e in events(body) if e.event_type in ("attack", "airstrike")]
    assert (ev.actor_group, ev.status) == ("Israel", "confirmed")
