"""Who did what in a sentence of a real page: the agent after "by", the speaker and what was said,
tellers and sources, each on sentences written for its test."""

from datetime import date

from tests.extract_helpers import UNNAMED_IQ, events, violent


def test_the_nationality_of_the_guns_after_by_names_the_agent():
    (ev,) = violent(events("وقُصفت بلدة البوكمال أمس الثلاثاء من قبل المدفعية التركية المتمركزة قرب الحدود."))
    assert ev.actor_group == "Turkey"
    (ev,) = violent(events("The Tanf garrison was hit on Monday by Iranian drones launched from the east."))
    assert ev.actor_group == "Iran"
    # the nationality of the target, after a preposition, is no agent
    (ev,) = violent(events("قصفت مدفعية مجهولة أمس الثلاثاء موقعا للقوات التركية قرب مدينة الباب."))
    assert ev.actor_group != "Turkey"


def test_a_name_inside_what_was_said_is_not_the_speaker():
    # the reports speak, not the coalition they speak of
    assert not [e for e in events("وذكرت التقارير أن التحالف الدولي قد يراجع وجوده في قاعدة عين الأسد.")
                if e.event_type == "statement"]
    # the named speaker before "that" speaks
    (ev,) = [e for e in events("وذكرت الخارجية الأمريكية أن التحالف الدولي سيواصل عمله في العراق.")
             if e.event_type == "statement"]
    assert ev.actor_group == "United States"


def test_after_that_is_a_time_not_what_was_said():
    # "after Turkey pulled out" is no content clause: the prime minister's office still speaks
    body = "قال مكتب رئيس الوزراء العراقي، مساء الأحد، بعد أن أعادت تركيا بعض جنودها إلى أراضيها، إن بغداد تنتظر خروج البقية."
    speakers = {e.actor_group for e in events(body) if e.event_type == "statement"}
    assert "Turkey" not in speakers


def test_the_subject_of_a_verb_followed_by_what_was_said_stands_before_it():
    body = ("وكان الرئيس الأمريكي، جو بايدن، قد صرح، في آذار الماضي، أن الولايات المتحدة ستبقي قواتها في "
            "سوريا لفترة غير محددة.")
    (ev,) = [e for e in events(body, published=date(2023, 6, 10)) if e.event_type == "statement"]
    assert ev.actor == "White House"


def test_a_name_inside_a_quotation_is_not_the_speaker():
    body = 'قال المتحدث للصحفيين: "رئيس الوزراء العراقي يرفض أي وجود أجنبي دائم على أرض البلاد".'
    assert not [e for e in events(body) if e.event_type == "statement" and e.actor_group == "Iraq"]
    # a speaker named at the verb keeps the statement
    body = 'أكدت الخارجية الأمريكية: "الحكومة العراقية شريك أساسي في مكافحة الإرهاب".'
    (ev,) = [e for e in events(body) if e.event_type == "statement"]
    assert ev.actor == "US State Department"


def test_forces_after_the_next_event_word_belong_to_that_event():
    # the militants pulled out; the coalition only struck
    body = ("شن مسلحو داعش أمس هجوما على البلدة لاستعادة أحياء خرجوا منها، بحسب المرصد الذي ربط بين انسحاب "
            "التنظيم وغارات نفذها التحالف الدولي.")
    assert not [e for e in events(body) if e.event_type == "withdrawal"]
    (ev,) = [e for e in events("وأعلن البنتاغون انسحاب القوات الأمريكية من قاعدة التنف أمس.")
             if e.event_type == "withdrawal"]
    assert ev.actor_group == "United States"


def test_a_name_right_before_an_attack_verb_struck():
    # a headline's present tense, subject first
    (ev,) = violent(events("تركيا تستهدف مصيفا في قضاء العمادية شمال العراق"))
    assert ev.actor_group == "Turkey"
    (ev,) = violent(events("إسرائيل تقصف مستودعات قرب مطار دمشق الدولي."))
    assert ev.actor_group == "Israel"
    # a name across a comma is no subject
    (ev,) = violent(events("في سوريا، هاجمت طائرتان مسيرتان القوات الأمريكية في قاعدة التنف يوم الاثنين."))
    assert ev.actor_group != "Syria"


def test_the_name_after_a_verb_across_the_end_of_a_headline_is_no_subject():
    (ev,) = violent(events("مسيرات تستهدف قاعدة حرير.. والبنتاغون يقلل من الأضرار"))
    assert ev.actor_group != "United States"


def test_an_air_force_named_as_the_striker_makes_an_airstrike():
    body = "وقال مصدر محلي إن سلاح الجو التركي استهدف تلالا في محيط قضاء العمادية بينما ردت المدفعية بقذائف أخرى."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group) == ("airstrike", "Turkey")


def test_an_air_force_without_a_nationality_is_the_one_of_the_country_that_tells():
    body = 'وقالت خلية الإعلام الأمني في بيان: "نفذت القوة الجوية ضربة ناجحة على مخبأ للإرهابيين في قضاء الحويجة".'
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor) == ("airstrike", "Iraqi Security Forces")
    # the teller of the strike is never its striker
    assert ev.actor != "Iraqi Security Media Cell"


def test_the_area_of_a_reporting_command_is_no_second_place():
    body = "وقصفت طائرات مجهولة أمس مخابئ في قضاء الحويجة ضمن قاطع عمليات كركوك."
    assert [e.location for e in violent(events(body))] == ["Hawija"]


def test_the_other_party_of_an_agreement_is_of_another_side_than_its_speaker():
    body = "توصل الرئيس الروسي، فلاديمير بوتين، وضيفه التركي، رجب طيب أردوغان، مساء الثلاثاء لاتفاق بشأن المنطقة الحدودية."
    (ev,) = [e for e in events(body, date(2019, 10, 23)) if e.event_type == "agreement"]
    assert (ev.actor_group, ev.target) == ("Russia", "Turkey")


def test_officials_speak_for_their_institution_in_their_term():
    (ev,) = [e for e in events("وقال شويغو أمس إن العملية في سوريا حققت أهدافها.",
                               published=date(2019, 3, 5)) if e.event_type == "statement"]
    assert ev.actor_group == "Russia"
    (ev,) = [e for e in events("وقال آكار أمس إن العملية ستستمر حتى تحقيق أهدافها.",
                               published=date(2021, 6, 2)) if e.event_type == "statement"]
    assert ev.actor_group == "Turkey"


def test_a_correspondent_telling_is_no_statement_of_the_last_speaker():
    body = ("وقال الرئيس التركي أمس إن العملية ستستمر حتى تحقيق أهدافها.\n"
            "وأشار مراسل الأناضول إلى تصاعد الدخان من بعض المناطق في رأس العين.")
    assert len([e for e in events(body) if e.event_type == "statement"]) == 1


def test_a_country_that_insists_states_a_position():
    body = "وتؤكد إيران أن خبراءها في سوريا لا يتجاوز عملهم تقديم النصح، غير أن كثيرين منهم سقطوا منذ عام 2014."
    (ev,) = [e for e in events(body) if e.event_type == "statement"]
    assert ev.actor_group == "Iran"
    assert ev.date_start is None or ev.date_start.year != 2014  # "since 2014" starts what the other clause tells


def test_a_count_between_against_and_the_target_keeps_it_the_target():
    body = "Three rounds of strikes were carried out on Sunday against five Iranian militia sites around Deir ez-Zor."
    (ev,) = violent(events(body))
    assert ev.actor_group != "Iran"


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


def test_a_statement_it_published_deploys_no_one():
    body = "وأوردت الفصائل في بيان نشرته عصر الأحد أن مقاتليها هاجموا قاعدة رميلان بثلاث مسيرات."
    assert not [e for e in events(body) if e.event_type == "deployment"]


def test_a_party_leader_speaks_for_the_coalition_of_parties():
    body = "وأكد القيادي في تحالف الإطار التنسيقي، مساء الاثنين، رفض الكتلة لبقاء القوات الأجنبية على الأراضي العراقية."
    (ev,) = [e for e in events(body) if e.event_type == "statement"]
    assert ev.actor == "Coordination Framework"


def test_what_a_government_rarely_does_is_no_statement():
    assert not [e for e in events("وقلما تعلق أنقرة علنا على غارات من هذا النوع.") if e.event_type == "statement"]
    (ev,) = [e for e in events("وعلقت أنقرة أمس على الضربات قائلة إنها ستواصل عملياتها.") if e.event_type == "statement"]
    assert ev.actor_group == "Turkey"


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


def test_a_monitor_telling_is_no_statement_of_the_last_speaker():
    body = ("وقال الجيش الإسرائيلي أمس إنه سيواصل عملياته في سوريا.\n"
            "وأفاد المرصد بوقوع خمسة قتلى في صفوف المسلحين.")
    assert len([e for e in events(body) if e.event_type == "statement"]) == 1


def test_a_strike_the_accused_carried_out_on_a_day_is_an_attack():
    body = ("Washington accused the militia of a strike on Tuesday with 15 rockets that killed an "
            "American contractor and wounded three soldiers near Kirkuk.")
    (ev,) = violent(events(body))
    assert (ev.location, ev.fatalities, ev.injured) == ("Kirkuk", 1, 3)
    # an accusation with neither day nor toll only accuses
    assert not violent(events("Washington accused the group of carrying out attacks near Kirkuk."))


def test_an_attack_the_attackers_tell_is_claimed():
    (ev,) = violent(events("أعلنت فصائل المقاومة في العراق مساء الأحد ضرب قاعدة عين الأسد بمسيرتين مفخختين."))
    assert (ev.actor, ev.status) == ("Islamic Resistance in Iraq", "claimed")
    # a security cell telling of the strike does not claim it
    (ev,) = violent(events("أعلنت خلية الإعلام الأمني استهداف قاعدة عين الأسد بصاروخين."))
    assert ev.status != "claimed"


def test_in_english_a_name_well_after_the_speech_word_is_its_object():
    assert not [e for e in events("The stated goal is to crush the IS and to assist Iraqi troops.")
                if e.event_type == "statement" and e.actor == "Islamic State"]
    (ev,) = [e for e in events("US troops will stay in Syria, said the Pentagon on Monday.") if e.event_type == "statement"]
    assert ev.actor_group == "United States"


def test_a_country_before_the_forces_that_raided_struck_on_the_ground():
    body = "The group's commander was killed in an American special operations forces raid in eastern Syria on Thursday."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group) == ("attack", "United States")


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


def test_who_condemns_a_strike_did_not_strike_and_states_a_position():
    body = "أدانت رئاسة الجمهورية العراقية هجوما بصواريخ كاتيوشا طال معسكر التاجي مساء الأحد وأوقع قتيلين من الجنود."
    evs = events(body)
    (strike,) = violent(evs)
    assert strike.actor_group != "Iraq" and strike.location == "Camp Taji"
    (said,) = [e for e in evs if e.event_type == "statement"]
    assert said.actor_group == "Iraq"


def test_those_a_struck_site_houses_and_a_leader_of_the_killed_are_victims():
    body = "قصفت مسيرة مجهولة مساء الأحد مقرا للحشد الشعبي شرقي بغداد، ما أدى إلى مقتل اثنين أحدهما قيادي في حركة النجباء."
    (ev,) = violent(events(body))
    assert ev.actor_group not in ("Harakat al-Nujaba", "Popular Mobilization Forces", "Islamic Resistance in Iraq")
    body = 'أسفر "قصف" ليل السبت عن سقوط قتلى في معسكر بالعراق يضم مقاتلين من الحشد الشعبي.'
    (ev,) = violent(events(body))
    assert ev.actor_group != "Popular Mobilization Forces"
    assert not [e for e in events(body) if e.event_type == "other"]


def test_a_statement_from_an_institution_is_its_statement():
    (ev,) = [e for e in events("A Sunday statement from the Iraqi Presidency blamed Ankara for the deadly drone attack.")
             if e.event_type == "statement"]
    assert ev.actor == "Government of Iraq"


def test_forces_a_sum_goes_towards_do_not_pay_it():
    body = "Under the memorandum the US will pay $415 million towards Peshmerga salaries this year."
    (ev,) = [e for e in events(body) if e.event_type == "funding"]
    assert ev.actor_group == "United States"


def test_a_patron_of_the_forces_struck_is_not_the_striker():
    body = "Russian jets on Thursday bombed U.S.-backed rebels close to the al-Tanf garrison."
    (ev,) = violent(events(body))
    assert ev.actor_group == "Russia"


def test_who_lists_a_group_as_terrorist_is_no_party_to_the_strike():
    for body in ("The strike hit fighters of the PKK, which is classified by the United States as a terrorist group, "
                 "near Sinjar on Monday.",
                 "ضربت طائرة مسيرة مواقع لحزب العمال الكردستاني المصنف من قبل الولايات المتحدة منظمة إرهابية قرب سنجار أمس."):
        (ev,) = violent(events(body))
        assert ev.actor_group != "United States"


def test_no_comment_given_is_no_statement():
    assert not [e for e in events("ولم يصدر أي تعليق رسمي من موسكو على هذه التطورات حتى ساعة إعداد الخبر.")
                if e.event_type == "statement"]
    assert not [e for e in events("وامتنعت إسرائيل عن التعليق على ما نسب إليها، بينما رجحت صحف محلية أن تكون طائراتها وراء الضربة.")
                if e.event_type == "statement"]


def test_the_one_who_published_a_statement_asking_someone_is_its_author():
    body = "ونشر مقتدى الصدر بيانا طالب فيه حكومة بغداد بعقد معاهدات عدم اعتداء مع جيرانها."
    assert [(e.event_type, e.actor) for e in events(body)] == [("statement", "Sadrist Movement")]


def test_delegations_and_a_struck_convoy_are_no_troops():
    body = "وجاء في بيان للسفارة الأمريكية أن وفدين عسكريين أمريكي وتركي عقدا اجتماعات في أنقرة."
    assert not [e for e in events(body) if e.troops]
    body = "An attacker struck a convoy of US and Syrian troops near Palmyra on Sunday, killing two soldiers."
    assert not [e for e in events(body) if e.event_type == "deployment"]


def test_forces_that_returned_fire_struck():
    body = "وذكرت وزارة الدفاع التركية مساء الأحد أن القوات التركية ردت بقوة على مصادر النيران في محيط منبج."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group, ev.location) == ("attack", "Turkey", "Manbij")
    # a reply in words stays a statement
    assert [e.event_type for e in events("وردت الخارجية العراقية على البيان التركي بالتأكيد على رفض أي وجود أجنبي.")] == [
        "statement"]


def test_the_owner_of_what_a_strike_hit_is_its_target():
    # a convoy joined to its owner by a preposition, with an adjective and a force word between
    (ev,) = violent(events("استهدفت مقاتلات التحالف الدولي مساء الأحد رتلا مدرعا تابعا للقوات الحكومية السورية قرب التنف."))
    assert ev.actor == "International Coalition" and ev.target == "Syria (Assad government)"
    # headquarters in construct with the group, in Arabic and in English
    (ev,) = violent(events("شنت طائرات روسية أمس غارات على مقرات لجيش الإسلام في دوما."))
    assert ev.target == "Jaish al-Islam"
    (ev,) = violent(events("Turkish jets struck PKK hideouts in the Qandil mountains on Monday."))
    assert (ev.actor_group, ev.target) == ("Turkey", "PKK")
    # a thing named far from the strike, not what it hit, gives no target
    body = ("استهدفت طائرة روسية أمس شاحنة صغيرة كانت تتقدم ببطء على الطريق الدولي أمام الرتل التركي "
            "قرب معرة النعمان.")
    (ev,) = violent(events(body))
    assert ev.target != "Turkey"


def test_the_second_owner_of_what_was_struck_is_no_attacker():
    # "the headquarters of one party and another": both parties were struck, neither struck
    body = ("أعلن الحرس الثوري الإيراني أمس أنه قصف مقرات حزب كومله والحزب الديمقراطي الكردستاني الإيراني "
            "قرب كويسنجق.")
    (ev,) = violent(events(body))
    assert ev.actor_group == "Iran"
    assert ev.target in ("Komala", "KDPI")


def test_a_convoy_struck_by_an_air_force_named_before_it_does_not_move():
    body = "قصفت طائرات التحالف الدولي صباح أمس رتلا عسكريا قرب التنف."
    assert [e.event_type for e in events(body)] == ["airstrike"]


def test_a_strike_told_as_what_happens_again_and_again_is_no_event():
    assert not violent(events("استهدفت المسيرات التركية مرارا مواقع حزب العمال الكردستاني في سنجار."))
    assert not violent(events("The Yazidi militia in Sinjar is a frequent target for Turkish drone strikes."))
    # the same strike told once is an event
    assert violent(events("استهدفت مسيرة تركية أمس موقعا لحزب العمال الكردستاني في سنجار."))


def test_a_refusal_to_comment_and_the_press_of_a_country_are_no_statements():
    body = "ورفض الجيش الإسرائيلي التعليق رسميا أمس على الغارة التي استهدفت موقعا في القنيطرة."
    assert not [e for e in events(body) if e.event_type == "statement"]
    assert not events("وأشادت الصحافة التركية صباح أمس بالعملية العسكرية قرب مدينة جرابلس.")


def test_the_convoy_a_strike_hit_told_again_further_on_does_not_move():
    body = ("استهدفت طائرات التحالف الدولي أمس رتلا عسكريا قرب التنف، ما أسفر عن سقوط قتلى وجرحى بين "
            "عناصر الرتل المستهدف.")
    found = events(body)
    assert violent(found) and not [e for e in found if e.event_type == "deployment"]


def test_an_aircraft_shot_down_is_struck_and_an_intercepted_drone_is_no_strike():
    body = "On Sunday a U.S. Navy fighter launched from a carrier downed a Syrian government Su-22 jet close to Raqqa."
    (ev,) = violent(events(body))
    assert (ev.actor_group, ev.target) == ("United States", "Syria (Assad government)")
    (ev,) = violent(events("أسقطت الدفاعات الجوية التركية أمس طائرة حربية سورية قرب الحدود."))
    assert ev.actor_group == "Turkey"
    # a drone shot down in an attack is intercepted: the attack is the event
    (ev,) = violent(events("Two drones attacked the Tanf garrison on Monday and one drone was shot down."))
    assert ev.event_type == "attack" and ev.actor_group != "United States"
    # initials in a ship's name do not end the sentence
    (ev,) = violent(events("On Sunday a fighter from the USS George H.W. Bush downed a Syrian Su-22 close to Raqqa."))
    assert ev.location == "Raqqa"


def test_a_defence_ministry_telling_of_aircraft_without_nationality_tells_of_its_own():
    body = ("وأعلنت وزارة الدفاع البريطانية أمس أن أربع طائرات من طراز تورنادو نفذت الهجوم على منشأة "
            "عسكرية غربي حمص.")
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group) == ("airstrike", "United Kingdom") and ev.target != "United Kingdom"
    # unknown aircraft stay unknown
    body = "وقالت وزارة الدفاع البريطانية أمس إن طائرات مجهولة قصفت مواقع قرب حمص."
    assert all(e.actor_group != "United Kingdom" for e in violent(events(body)))


def test_the_items_after_including_are_addressees_neither_speaker_nor_place():
    body = "وطالب الرئيس التركي مساء الأحد القوى الكبرى، بما في ذلك روسيا وإيران، بالعمل على وقف التصعيد."
    for ev in [e for e in events(body) if e.event_type == "statement"]:
        assert ev.actor_group == "Turkey" and ev.location not in ("Russia", "Iran")
    assert [e for e in events(body) if e.event_type == "statement"]


def test_another_sides_position_after_a_contrast_is_a_statement_of_its_own():
    body = ("لقي أربعة جنود أتراك حتفهم أمس في قصف لقوات النظام السوري قرب سراقب، غير أن وزارة الدفاع الروسية ذكرت "
            "أن الجنود كانوا يتحركون مع فصائل مسلحة دون إخطار مسبق من أنقرة.")
    found = events(body)
    assert violent(found)
    assert [e.actor for e in found if e.event_type == "statement"] == ["Russian military"]
    # a side's own count of the hurt, after a contrast, adds to the attack and takes no position
    body = ("واستهدفت صواريخ أمس قاعدة عين الأسد، فيما قالت القيادة المركزية الأمريكية إن عددا من العسكريين "
            "أصيبوا بجروح طفيفة.")
    assert not [e for e in events(body) if e.event_type == "statement"]


def test_an_aircraft_shot_down_in_the_passive_is_struck_and_its_side_never_fires():
    (ev,) = violent(events("A Russian Su-25 was shot down by a shoulder-fired missile over Idlib on Saturday."))
    assert ev.target == "Russia" and ev.actor_group != "Russia"
    (ev,) = violent(events("وأفادت وزارة الدفاع الروسية مساء السبت بأنه تم إسقاط مقاتلة روسية بصاروخ أطلق من الكتف فوق ريف إدلب."))
    assert ev.target in ("Russia", "Russian military") and ev.actor_group != "Russia"
    # the active verb with the shooter's aircraft named before it
    (ev,) = violent(events("وقال مسؤول عسكري أمس إن طائرات تركية أسقطت مقاتلة روسية قرب يايلاداغ."))
    assert (ev.actor_group, ev.target, ev.location) == ("Turkey", "Russia", "Yayladagi")


def test_the_parties_named_after_a_verb_of_agreeing_are_the_actor_and_the_other_party():
    (ev,) = [e for e in events("توصل العراق وإيران أمس إلى اتفاق أمني لحماية الحدود المشتركة.")
             if e.event_type == "agreement"]
    assert (ev.actor, ev.target) == ("Iraq", "Iran")


def test_soldiers_killed_in_the_passive_are_never_the_ones_who_fired():
    body = ("A Canadian commando soldier was killed and three others were wounded in northern Iraq on Friday "
            "after allied fighters fired on them by mistake.")
    (ev,) = violent(events(body))
    assert ev.target == "Canada" and ev.actor_group != "Canada" and (ev.fatalities, ev.injured) == (1, 3)


def test_the_country_of_a_summoned_ambassador_is_not_the_one_who_summoned():
    body = "واستدعت بغداد أمس السفير التركي للاحتجاج على الغارات التي استهدفت قضاء زاخو."
    assert all(e.actor_group != "Turkey" for e in events(body) if e.event_type == "statement")
    (ev,) = [e for e in events("Iraq summoned the Turkish ambassador on Tuesday to protest the strikes.")
             if e.event_type == "statement"]
    assert ev.actor_group == "Iraq"
    # an ambassador who speaks speaks for his country
    (ev,) = [e for e in events("وحذر السفير الإيراني في دمشق أمس من أن بلاده سترد بحزم.")
             if e.event_type == "statement"]
    assert ev.actor_group == "Iran"


def test_notables_and_residents_who_speak_are_no_party_and_a_picture_shows_is_a_caption():
    body = ("أعلن الجيش الإسرائيلي أمس أن طائراته قصفت موقعا قرب دمشق.\n"
            "من جهتهم، أعلن وجهاء المنطقة رفضهم لأي تدخل أجنبي.")
    assert [e.event_type for e in events(body)] == ["airstrike"]
    body = ("صورة تظهر الطيار الأسير وسط عناصر من التنظيم بعد سقوط طائرته قرب الرقة\n"
            "وقصفت طائرات أردنية أمس مواقع للتنظيم قرب الرقة.")
    assert len(events(body)) == 1


def test_it_as_the_subject_of_a_strike_is_the_side_that_struck_before_but_not_after_said():
    body = ("Britain carried out its first air strike in Iraq on Friday, hitting an armed pick-up truck.\n"
            "On Saturday, it hit a militant position near Haditha.")
    assert {e.actor_group for e in violent(events(body))} == {"United Kingdom"}
    body = ("Britain carried out its first air strike in Iraq on Friday, hitting an armed pick-up truck.\n"
            "Iran's Revolutionary Guard said on Saturday that it launched missiles at militant positions near Idlib.")
    assert "Iran" in {e.actor_group for e in violent(events(body))}


def test_the_name_right_after_a_verb_of_launching_is_the_one_who_acts():
    found = events("باشرت تركيا فجر الأحد عملية عسكرية جديدة بإنزال قوات خاصة في منطقة حفتانين شمالي العراق.")
    assert {e.actor_group for e in found} == {"Turkey"}
    assert "airstrike" not in {e.event_type for e in found}  # special forces on the ground


def test_a_side_is_never_the_target_of_its_own_strike():
    from conflict_timeline.extract import _no_own_target
    from conflict_timeline.gazetteer import Gazetteer
    from conflict_timeline.schema import Event

    merged = Event(event_type="attack", article_id="x", sentence="s", span_start=0, span_end=1,
                   actor="Turkish military", target="Turkey")
    other = Event(event_type="attack", article_id="x", sentence="s", span_start=0, span_end=1,
                  actor="Syria (Assad government)", target="Turkey")
    _no_own_target([merged, other], Gazetteer.default())
    assert (merged.target, other.target) == ("", "Turkey")


def test_local_sources_who_deny_are_no_party_and_inherit_no_speaker():
    body = ("وقال الجيش الأمريكي أمس إن دورية تعرضت لإطلاق نار قرب القامشلي.\n"
            "ونفت مصادر محلية رواية الجيش الأمريكي.")
    assert not [e for e in events(body) if e.event_type == "denial"]
    assert [e.actor for e in events("ونفت وزارة الدفاع الروسية أمس التقارير عن قصف قرب إدلب.")
            if e.event_type == "denial"] == ["Russian military"]


def test_the_side_whose_dead_are_counted_was_struck():
    for text in ("أسفرت غارة أمريكية قرب دير الزور عن مقتل 62 من قوات النظام.",
                 "قتل 62 من قوات النظام وجرح العشرات بعد استهدافهم من قبل طائرات أمريكية قرب دير الزور.",
                 "A US strike near Deir ez-Zor on Saturday killed 62 of the Syrian army troops."):
        evs = violent(events(text))
        assert [(e.actor, e.target) for e in evs] == [("United States", "Syria (Assad government)")], text


def test_unnamed_sources_before_or_after_an_arabic_verb_are_no_party():
    for text in ("لكن مصادر أهلية كذبت الرواية الأمريكية وأكدت أن الرجل الذي قتل كان راعيا قرب قرية في ريف إدلب.",
                 "وزعمت وكالة سانا أن القوات الأمريكية قتلت مدنيا قرب القامشلي، وهو ما نفته مصادر محلية."):
        assert not [e for e in events(text) if e.event_type in ("statement", "denial")], text
    # a party named at the verb speaks, even after unnamed sources
    evs = events("لكن مصادر أهلية كذبت الرواية وأكدت وزارة الدفاع الأمريكية أن الرجل كان قياديا.")
    assert [(e.event_type, e.actor) for e in evs] == [("statement", "US Department of Defense")]


def test_a_name_after_anti_is_the_side_opposed():
    evs = events("He added that former anti-Assad rebels stand ready and called for emergency summits.")
    assert not {"Bashar al-Assad", "Syria (Assad government)"} & {e.actor for e in evs}


def test_the_subject_after_the_verb_struck_when_the_event_word_is_the_weapon():
    (ev,) = violent(events("قصفت القوات الروسية بالصواريخ مواقع للفصائل في ريف إدلب أمس."))
    assert (ev.actor_group, ev.target) == ("Russia", "")


def test_the_nationality_of_strikes_that_backed_a_force_struck():
    (ev,) = violent(events("Backed by U.S. airstrikes, Syrian Kurdish forces began to push into areas around Raqqa on Monday."))
    assert ev.actor == "United States"


def test_the_nationality_of_the_rockets_an_attack_was_made_with_is_no_party():
    (ev,) = violent(events("سقطت صواريخ على قاعدة عين الأسد أمس، والهجوم نفذ بصواريخ إيرانية."))
    assert "Iran" not in (ev.actor, ev.target)
    # the nationality of the attack itself is its attacker
    (ev,) = violent(events("هجوم صاروخي إيراني على أربيل."))
    assert ev.actor == "Iran"


def test_the_side_investigating_an_attack_did_not_make_it():
    evs = violent(events("سقطت ثلاثة صواريخ على قاعدة عين الأسد أمس. "
                         "وقال المتحدث باسم التحالف الدولي إن قوات الأمن العراقية تقود التحقيق في الهجوم."))
    assert evs and all(e.actor != "Iraqi Security Forces" for e in evs)


def test_neutralised_fighters_are_dead_of_the_side_named_with_them():
    (ev,) = violent(events("Turkey's defence ministry said its jets neutralised 12 PKK militants in northern Iraq's Metina region on Saturday."))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("Turkey", "PKK", 12)
    (ev,) = violent(events("أعلنت وزارة الدفاع التركية تحييد 12 إرهابيا من حزب العمال الكردستاني في منطقة متينا شمالي العراق."))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("Turkey", "PKK", 12)
    (ev,) = violent(events("A roadside blast wounded five Italian military members on Sunday in northern Iraq."))
    assert ev.target == "Italy"


def test_drones_shot_down_by_a_base_are_an_attack_on_its_side():
    (ev,) = violent(events("أسقطت الدفاعات الجوية الروسية في قاعدة حميميم طائرتين مسيرتين أطلقتهما فصائل مسلحة من ريف إدلب."))
    assert (ev.event_type, ev.target, ev.location) == ("attack", "Russia", "Hmeimim Air Base")
    assert ev.actor_group != "Russia"
    (ev,) = violent(events("US forces at al-Tanf shot down a drone that was approaching the base on Monday."))
    assert (ev.event_type, ev.actor_group != "United States", ev.location) == ("attack", True, "al-Tanf Garrison")
    # a jet that shoots a drone down strikes it, and so does a side that downs a drone not told aimed at it
    (ev,) = violent(events("An RAF Typhoon shot down a small drone near al-Tanf on Tuesday."))
    assert ev.actor == "United Kingdom"
    (ev,) = violent(events("The US-led coalition shot down an Iran-made drone operated by pro-regime forces in southern Syria."))
    assert ev.actor == "International Coalition"


def test_the_english_speaker_before_said_it_struck_is_the_striker():
    (ev,) = violent(events("The Israeli army said it struck Quds Force targets near Damascus overnight."))
    assert (ev.actor_group, ev.target) == ("Israel", "IRGC")
    (ev,) = violent(events("Iran on Sunday said it fired missiles at Islamic State militants in Syria's Deir ez-Zor province."))
    assert (ev.actor_group, ev.target) == ("Iran", "Islamic State")


def test_condolences_and_tributes_are_no_statement_and_witnesses_and_the_side_faced_no_party():
    for text in ("ورفض ناطق باسم البنتاغون لدى سؤاله الإدلاء بأي تعليق.",
                 "امتنع المتحدث باسم البنتاغون عن التعليق على الغارة.",
                 "The soldier's family had been informed, the British ministry said.",
                 "وتعهدت وزارة الدفاع الروسية بتقديم كل المساعدة اللازمة لعائلة القتيل.",
                 '"He was a gifted operator and a great leader," said the Canadian commander.'):
        assert not [e for e in events(text) if e.event_type == "statement"], text
    # a position beside words of families stays a statement
    assert [e.event_type for e in events("The UN said families displaced by the fighting in Idlib need urgent aid.")] == ["statement"]
    evs = events("A senior official within the Kurdish peshmerga forces facing Islamic State said the man had been killed near Mosul.")
    assert "Islamic State" not in {e.actor for e in evs if e.event_type == "statement"}
    (ev,) = violent(events("At 7:30 a.m. local time, US forces observed several drones conducting airstrikes near Al Hasakah."))
    assert ev.actor_group != "United States"


def test_assassinations_ambushes_are_attacks_with_their_side():
    (ev,) = violent(events("اغتالت طائرة مسيرة أمريكية قياديا في حركة النجباء وسط بغداد."))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("United States", "Harakat al-Nujaba", 1)
    (ev,) = violent(events("A US drone assassinated a senior Nujaba commander in central Baghdad on Thursday."))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("United States", "Harakat al-Nujaba", 1)
    (ev,) = violent(events("نصب مسلحون كمينا لدورية تركية في ريف إدلب ما أدى إلى إصابة جنديين."))
    assert (ev.target, ev.injured) == ("Turkey", 2) and ev.actor_group != "Turkey"


def test_an_official_denies_for_his_nationality_and_a_request_to_leave_is_a_statement():
    evs = events("تبنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة. ونفى مسؤول أمريكي تعرض القاعدة لأي هجوم.")
    assert [e.actor for e in evs if e.event_type == "denial"] == ["United States"]
    evs = events("قالت الحكومة العراقية إنها ستطلب من التحالف الدولي مغادرة البلاد.")
    assert [(e.event_type, e.actor) for e in evs] == [("statement", "Government of Iraq")]


def test_a_state_fighting_with_its_local_partners_attacks_on_the_ground_and_they_are_not_its_target():
    for text in ("Turkey and its Syrian proxies launched an attack on Kurdish-held towns in northeast Syria on Monday.",
                 "Turkey launched a cross-border attack on Kurdish-held towns in northeast Syria on Monday.",
                 "شنت تركيا والفصائل السورية الموالية لها هجوما على بلدات في شمال شرق سوريا يوم الاثنين."):
        (ev,) = violent(events(text))
        assert (ev.event_type, ev.actor_group, ev.target) == ("attack", "Turkey", ""), text
    # the same state striking alone, or from the air across the border, is an airstrike
    (ev,) = violent(events("Turkey launched an attack on Kurdish-held towns in northeast Syria on Monday."))
    assert ev.event_type == "airstrike"
    (ev,) = violent(events("Turkish jets carried out cross-border air strikes on camps in northern Iraq on Monday."))
    assert ev.event_type == "airstrike"


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


def test_a_patron_is_not_the_side_struck_and_a_sides_own_nationality_is_no_second_side():
    (ev,) = violent(events("وهاجمت فصائل المعارضة السورية المدعومة من تركيا بلدة منبج فجر الخميس."))
    assert (ev.actor, ev.target) == ("Syrian opposition", "")
    (ev,) = violent(events("Turkish-backed rebels attacked the town of Jarablus on Wednesday."))
    assert ev.target == ""
    # (the nationality after the opposition's fighters is theirs: no government took the town)
    (ev,) = events("سيطر مقاتلو المعارضة السورية على جرابلس يوم الأربعاء.")
    assert (ev.event_type, ev.actor) == ("other", "Syrian opposition")


def test_the_command_a_report_is_attributed_to_is_neither_attacker_nor_target():
    body = "According to the US-led coalition, two rockets landed near the Conoco base in Deir ez-Zor."
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor_group, ev.target) == ("attack", "Unidentified Armed Group", "")
    # a ministry that tells of its side's drones: that side struck
    (ev,) = violent(events("According to the Turkish defence ministry, drones struck PKK sites in Duhok."))
    assert (ev.actor_group, ev.target) == ("Turkey", "PKK")


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


def test_a_city_falls_to_the_side_named_after_to_and_never_to_a_speaker():
    (ev,) = events("Before Hit fell to the fighters, the ministry had planned a push toward Tikrit.")
    assert (ev.event_type, ev.actor) == ("other", "")
    (ev,) = [e for e in events("سقطت مدينة الرمادي بيد تنظيم داعش يوم الأحد.") if e.event_type == "other"]
    assert ev.actor == "Islamic State"


def test_one_side_that_agreed_to_act_made_a_decision_not_an_agreement():
    body = "The president had first wanted the drawdown done within a month, but later agreed to postpone it."
    assert "agreement" not in {e.event_type for e in events(body)}
    for body in ("Iraq and the United States agreed to end the coalition mission by September 2025.",
                 "Turkey agreed with Russia to remove its posts from Idlib."):
        assert "agreement" in {e.event_type for e in events(body)}, body


def test_where_a_speaker_spoke_is_not_where_the_move_is():
    body = ("On Tuesday the Russian president stopped briefly at Hmeimim, the Russian air base in Syria.\n"
            "Addressing the soldiers at the base, he said he had ordered a large part of the Russian contingent to withdraw from Syria.")
    (ev,) = [e for e in events(body) if e.event_type == "withdrawal"]
    assert ev.location == "Syria"


def test_drones_of_an_attack_shot_down_in_the_passive_are_that_attack():
    body = ("Four explosive drones targeted the Tower 22 outpost before dawn on Sunday.\n"
            "Three of the drones were downed by American forces, while one struck a barracks inside the outpost.")
    found = violent(events(body))
    assert [e.event_type for e in found] == ["attack"]
    assert found[0].actor_group != "International Coalition"


def test_a_country_after_in_and_a_compass_word_is_where_not_who_was_struck():
    (ev,) = violent(events("The Conoco base in eastern Syria was hit by rockets on March 3."))
    assert ev.target != "Syria (Assad government)"
    (ev,) = violent(events("Drones attacked a base in northeastern Syria on Monday."))
    assert ev.target == ""


def test_targets_inside_a_country_are_where_the_targets_are_not_whose():
    body = ("The Pentagon said its jets struck 40 sites inside Syria and Iraq, aimed at the Quds Force of "
            "Iran's Revolutionary Guards.")
    (ev,) = violent(events(body))
    assert ev.target == "IRGC"


def test_a_participle_of_targeting_alone_is_no_attack():
    body = ("The president has not ordered raids on Iranian soil and seems not to be targeting Iranian "
            "commanders, aides said.")
    assert not violent(events(body))


def test_the_weapons_of_one_side_of_a_retaliation_do_not_type_the_other_sides_strike():
    found = violent(events("Iran fired missiles at US bases in Iraq in retaliation for the US strike that killed Soleimani."))
    assert sorted((e.event_type, e.actor_group) for e in found) == [("airstrike", "United States"), ("attack", "Iran")]


def test_shajaba_condemns_like_adana_and_the_move_condemned_is_no_new_move():
    (ev,) = events("وشجب علي السيستاني في بيان دخول قوات تركية إلى شمال العراق.")
    assert (ev.event_type, ev.actor) == ("statement", "Ali al-Sistani")


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


def test_the_name_after_an_english_strike_verb_owns_what_was_struck():
    (ev,) = violent(events("An American soldier was wounded on Monday when a drone struck a Coalition base near Hasakah."))
    assert ev.actor != "International Coalition" and ev.event_type == "attack"
    (ev,) = violent(events("Israeli jets hit Syrian army positions near Quneitra on Monday."))
    assert (ev.actor_group, ev.target) == ("Israel", "Syria (Assad government)")


def test_a_suicide_drone_is_the_weapon_of_an_attack():
    (ev,) = violent(events("A suicide drone hit the Harir base north of Erbil on Monday, the Pentagon said."))
    assert ev.event_type == "attack" and ev.actor_group != "United States"
    (ev,) = violent(events("هاجمت طائرة مسيرة انتحارية قاعدة حرير شمال أربيل يوم الاثنين."))
    assert ev.event_type == "attack"


def test_the_israeli_enemy_of_a_syrian_statement_is_israel():
    (ev,) = violent(events("وقال مصدر عسكري إن العدو الإسرائيلي استهدف مساء الاثنين مطار حلب الدولي بعدة صواريخ."))
    assert ev.actor_group == "Israel"


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


def test_rockets_on_a_base_no_named_side_struck_are_an_unnamed_group_s():
    body = ("Israeli jets struck weapons depots near Damascus on Monday.\n"
            "Separately, a pair of rockets landed inside Ain al-Asad in western Iraq on Monday night.")
    found = {e.location: e for e in violent(events(body))}
    assert found["Ain al-Asad Air Base"].actor == UNNAMED_IQ


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


def test_the_side_of_one_who_tells_that_rockets_fell_on_it_fired_none():
    (ev,) = violent(events("صرح عضو في حزب كوملة أن قذائف صاروخية سقطت أمس على مقر الحزب قرب كويسنجق."))
    assert ev.actor != "Komala" and ev.location == "Koya"
    # the side of one who tells that its own forces struck is the striker
    (ev,) = violent(events("قال مسؤول في الحرس الثوري إن قواته قصفت أمس مقرات في كويسنجق."))
    assert ev.actor == "IRGC"


def test_a_base_named_in_quotation_marks_after_its_base_word():
    (ev,) = violent(events("قال الجيش العراقي إن صواريخ أصابت أمس قاعدة \"كي وان\" قرب كركوك."))
    assert ev.location == "K-1 Air Base"
