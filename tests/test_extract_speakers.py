"""Who speaks in a sentence of a real page: the speaker and what was said, tellers, sources and
outlets, statements and positions, each on sentences written for its test."""

from datetime import date

from tests.extract_helpers import events, violent


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


def test_an_air_force_without_a_nationality_is_the_one_of_the_country_that_tells():
    body = 'وقالت خلية الإعلام الأمني في بيان: "نفذت القوة الجوية ضربة ناجحة على مخبأ للإرهابيين في قضاء الحويجة".'
    (ev,) = violent(events(body))
    assert (ev.event_type, ev.actor) == ("airstrike", "Iraqi Security Forces")
    # the teller of the strike is never its striker
    assert ev.actor != "Iraqi Security Media Cell"


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


def test_a_monitor_telling_is_no_statement_of_the_last_speaker():
    body = ("وقال الجيش الإسرائيلي أمس إنه سيواصل عملياته في سوريا.\n"
            "وأفاد المرصد بوقوع خمسة قتلى في صفوف المسلحين.")
    assert len([e for e in events(body) if e.event_type == "statement"]) == 1


def test_an_attack_the_attackers_tell_is_claimed():
    (ev,) = violent(events("أعلنت فصائل المقاومة في العراق مساء الأحد ضرب قاعدة عين الأسد بمسيرتين مفخختين."))
    assert (ev.actor, ev.status) == ("Islamic Resistance in Iraq", "claimed")
    # a security cell telling of the strike does not claim it
    (ev,) = violent(events("أعلنت خلية الإعلام الأمني استهداف قاعدة عين الأسد بصاروخين."))
    assert ev.status != "claimed"


def test_who_condemns_a_strike_did_not_strike_and_states_a_position():
    body = "أدانت رئاسة الجمهورية العراقية هجوما بصواريخ كاتيوشا طال معسكر التاجي مساء الأحد وأوقع قتيلين من الجنود."
    evs = events(body)
    (strike,) = violent(evs)
    assert strike.actor_group != "Iraq" and strike.location == "Camp Taji"
    (said,) = [e for e in evs if e.event_type == "statement"]
    assert said.actor_group == "Iraq"


def test_a_statement_from_an_institution_is_its_statement():
    (ev,) = [e for e in events("A Sunday statement from the Iraqi Presidency blamed Ankara for the deadly drone attack.")
             if e.event_type == "statement"]
    assert ev.actor == "Government of Iraq"


def test_no_comment_given_is_no_statement():
    assert not [e for e in events("ولم يصدر أي تعليق رسمي من موسكو على هذه التطورات حتى ساعة إعداد الخبر.")
                if e.event_type == "statement"]
    assert not [e for e in events("وامتنعت إسرائيل عن التعليق على ما نسب إليها، بينما رجحت صحف محلية أن تكون طائراتها وراء الضربة.")
                if e.event_type == "statement"]


def test_the_one_who_published_a_statement_asking_someone_is_its_author():
    body = "ونشر مقتدى الصدر بيانا طالب فيه حكومة بغداد بعقد معاهدات عدم اعتداء مع جيرانها."
    assert [(e.event_type, e.actor) for e in events(body)] == [("statement", "Sadrist Movement")]


def test_the_second_owner_of_what_was_struck_is_no_attacker():
    # "the headquarters of one party and another": both parties were struck, neither struck
    body = ("أعلن الحرس الثوري الإيراني أمس أنه قصف مقرات حزب كومله والحزب الديمقراطي الكردستاني الإيراني "
            "قرب كويسنجق.")
    (ev,) = violent(events(body))
    assert ev.actor_group == "Iran"
    assert ev.target in ("Komala", "KDPI")


def test_a_refusal_to_comment_and_the_press_of_a_country_are_no_statements():
    body = "ورفض الجيش الإسرائيلي التعليق رسميا أمس على الغارة التي استهدفت موقعا في القنيطرة."
    assert not [e for e in events(body) if e.event_type == "statement"]
    assert not events("وأشادت الصحافة التركية صباح أمس بالعملية العسكرية قرب مدينة جرابلس.")


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


def test_local_sources_who_deny_are_no_party_and_inherit_no_speaker():
    body = ("وقال الجيش الأمريكي أمس إن دورية تعرضت لإطلاق نار قرب القامشلي.\n"
            "ونفت مصادر محلية رواية الجيش الأمريكي.")
    assert not [e for e in events(body) if e.event_type == "denial"]
    assert [e.actor for e in events("ونفت وزارة الدفاع الروسية أمس التقارير عن قصف قرب إدلب.")
            if e.event_type == "denial"] == ["Russian military"]


def test_unnamed_sources_before_or_after_an_arabic_verb_are_no_party():
    for text in ("لكن مصادر أهلية كذبت الرواية الأمريكية وأكدت أن الرجل الذي قتل كان راعيا قرب قرية في ريف إدلب.",
                 "وزعمت وكالة سانا أن القوات الأمريكية قتلت مدنيا قرب القامشلي، وهو ما نفته مصادر محلية."):
        assert not [e for e in events(text) if e.event_type in ("statement", "denial")], text
    # a party named at the verb speaks, even after unnamed sources
    evs = events("لكن مصادر أهلية كذبت الرواية وأكدت وزارة الدفاع الأمريكية أن الرجل كان قياديا.")
    assert [(e.event_type, e.actor) for e in evs] == [("statement", "US Department of Defense")]


def test_the_side_investigating_an_attack_did_not_make_it():
    evs = violent(events("سقطت ثلاثة صواريخ على قاعدة عين الأسد أمس. "
                         "وقال المتحدث باسم التحالف الدولي إن قوات الأمن العراقية تقود التحقيق في الهجوم."))
    assert evs and all(e.actor != "Iraqi Security Forces" for e in evs)


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


def test_an_official_denies_for_his_nationality_and_a_request_to_leave_is_a_statement():
    evs = events("تبنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة. ونفى مسؤول أمريكي تعرض القاعدة لأي هجوم.")
    assert [e.actor for e in evs if e.event_type == "denial"] == ["United States"]
    evs = events("قالت الحكومة العراقية إنها ستطلب من التحالف الدولي مغادرة البلاد.")
    assert [(e.event_type, e.actor) for e in evs] == [("statement", "Government of Iraq")]


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


def test_shajaba_condemns_like_adana_and_the_move_condemned_is_no_new_move():
    (ev,) = events("وشجب علي السيستاني في بيان دخول قوات تركية إلى شمال العراق.")
    assert (ev.event_type, ev.actor) == ("statement", "Ali al-Sistani")


def test_the_name_after_an_english_strike_verb_owns_what_was_struck():
    (ev,) = violent(events("An American soldier was wounded on Monday when a drone struck a Coalition base near Hasakah."))
    assert ev.actor != "International Coalition" and ev.event_type == "attack"
    (ev,) = violent(events("Israeli jets hit Syrian army positions near Quneitra on Monday."))
    assert (ev.actor_group, ev.target) == ("Israel", "Syria (Assad government)")


def test_the_israeli_enemy_of_a_syrian_statement_is_israel():
    (ev,) = violent(events("وقال مصدر عسكري إن العدو الإسرائيلي استهدف مساء الاثنين مطار حلب الدولي بعدة صواريخ."))
    assert ev.actor_group == "Israel"


def test_the_side_of_one_who_tells_that_rockets_fell_on_it_fired_none():
    (ev,) = violent(events("صرح عضو في حزب كوملة أن قذائف صاروخية سقطت أمس على مقر الحزب قرب كويسنجق."))
    assert ev.actor != "Komala" and ev.location == "Koya"
    # the side of one who tells that its own forces struck is the striker
    (ev,) = violent(events("قال مسؤول في الحرس الثوري إن قواته قصفت أمس مقرات في كويسنجق."))
    assert ev.actor == "IRGC"


def test_a_base_named_in_quotation_marks_after_its_base_word():
    (ev,) = violent(events("قال الجيش العراقي إن صواريخ أصابت أمس قاعدة \"كي وان\" قرب كركوك."))
    assert ev.location == "K-1 Air Base"


def test_the_sources_who_say_are_no_party_and_a_country_before_a_comma_is_not_the_one_who_says():
    assert not [e for e in events("US troops struck a depot near Qaim on Monday. The sources said the announcement "
                                  "was postponed.") if e.event_type == "statement"]
    assert not [e for e in events("The base, which lies northwest of Kirkuk, houses US forces alongside Iraqi police, "
                                  "security sources said.") if e.event_type == "statement"]
    # "from Syria, officials said": Syria is where the troops left from, not a state speaking
    (ev,) = events("Moscow moved part of its troops and weapons from Syria, officials said on Monday.")
    assert (ev.event_type, ev.location) == ("withdrawal", "Syria")


def test_the_side_a_charge_is_made_against_is_not_its_speaker():
    evs = events("وجهت داخلية الإقليم الاتهام ضد الحشد الشعبي وقالت إن الصواريخ انطلقت من منطقة قريبة.")
    assert not [e for e in evs if e.event_type == "statement" and e.actor == "Popular Mobilization Forces"]


def test_a_parliament_that_voted_in_a_relative_clause_made_an_agreement_and_a_sound_is_no_vote():
    (ev,) = events("ونشرت وكالات رسالة استجابة لطلب البرلمان العراقي الذي صوت الأحد على إخراج القوات الأجنبية من العراق.")
    assert (ev.event_type, ev.actor) == ("agreement", "Iraqi Parliament")
    assert not [e for e in events("سمع صوت انفجار قرب مطار أربيل مساء أمس.") if e.event_type == "agreement"]


def test_a_participle_of_denying_goes_on_with_the_subject_of_the_verb_before_it():
    (ev,) = [e for e in events("وذكرت وزارة الدفاع الروسية أن مقاتلة روسية سقطت في سوريا، نافية بشكل قاطع "
                               "اختراق الطائرة للأجواء التركية.") if e.event_type == "denial"]
    assert ev.actor_group == "Russia"


def test_its_downing_of_an_aircraft_told_by_a_side_is_that_sides_shoot_down():
    (ev,) = violent(events('وأعلنت تركيا اليوم إسقاطها مقاتلة روسية قرب بلدة "يايلي داغ" '
                           'التابعة لمدينة "هاتاي" على الحدود السورية.'))
    assert (ev.actor_group, ev.target) == ("Turkey", "Russia")


def test_a_group_called_by_its_name_makes_no_call_and_the_one_an_attack_is_blamed_on_struck():
    body = ("A drone attack on Sunday night on a base hosting US troops in eastern Syria left six Kurdish fighters dead. "
            "An alliance of militias called Islamic Resistance in Iraq posted a video "
            "claiming responsibility for the attack.")
    evs = events(body)
    assert [(e.event_type, e.actor, e.status) for e in evs] == [("attack", "Islamic Resistance in Iraq", "claimed")]
    (ev,) = violent(events("The SDF said on Monday the drone struck a training area at Al Omar base in Deir Ezzor and "
                           "blamed it on Iran-backed militias."))
    assert (ev.actor, ev.location) == ("Iran-backed militias", "al-Omar")


def test_a_side_named_inside_the_words_quoted_before_he_said_is_not_the_speaker():
    body = ('The Pentagon said 600 more troops will go to Iraq. "Also to protect the gains of Iraqi security forces '
            'elsewhere in Iraq," he added.')
    assert not [e for e in events(body) if e.event_type == "statement" and e.actor == "Iraqi Security Forces"]
    (ev,) = [e for e in events("The office of Prime Minister Haider al-Abadi indicated it had asked for one last increase "
                               "in the count of US trainers.", date(2016, 9, 28)) if e.event_type == "statement"]
    assert ev.actor == "Government of Iraq"
    (ev,) = [e for e in events("A PKK spokesman said the raids probably meant the collapse of the peace process.")
             if e.event_type == "statement"]
    assert ev.actor == "PKK"


def test_the_outlet_a_spokesman_told_does_not_speak_for_him():
    (ev,) = events("A PKK spokesman, Zagros Hiwa, told AP that Turkey had in effect ended the truce.")
    assert (ev.event_type, ev.actor) == ("statement", "PKK")
    (ev,) = events("قال المتحدث باسم حزب العمال الكردستاني لوكالة رويترز إن تركيا أنهت الهدنة.")
    assert (ev.event_type, ev.actor) == ("statement", "PKK")


def test_the_side_whose_approval_a_move_waits_for_does_not_move():
    (ev,) = [e for e in events("The defence secretary said Washington was waiting for Baghdad's approval to send "
                               "500 more troops to Iraq.") if e.event_type == "deployment"]
    assert ev.actor_group == "United States"
    (ev,) = [e for e in events("قال المسؤول إن واشنطن بانتظار موافقة بغداد على نشر بطاريات دفاع جوي إضافية في العراق.")
             if e.event_type == "deployment"]
    assert ev.actor_group == "United States"


def test_a_country_with_its_institution_after_a_possessive_is_the_speaker():
    found = events("Jordan’s Ministry of Foreign Affairs denounced the attack.")
    assert [(e.event_type, e.actor) for e in found if e.event_type == "statement"] == [("statement", "Jordan")]
    # a day between the subject and its verb
    found = events("Jordan's Ministry of Foreign Affairs on Tuesday denounced the attack.")
    assert [(e.event_type, e.actor) for e in found if e.event_type == "statement"] == [("statement", "Jordan")]
    found = events("Iraq's defence ministry denounced the strikes on Monday.")
    assert [e.actor for e in found if e.event_type == "statement"] == ["Iraq"]
    # a province a country owns is a place, not an institution
    (ev,) = events("US forces withdrew from Iraq's Anbar province last week.")
    assert (ev.event_type, ev.location) == ("withdrawal", "Anbar")


def test_a_regional_government_speaks_for_itself_apart_from_its_state():
    found = events("Condemning the missile strike on Koya, the Kurdistan Regional Government called for calm. "
                   "Iraq's foreign ministry denounced the attack on Sunday.")
    assert sorted(e.actor for e in found if e.event_type == "statement") == ["Iraqi Ministry of Foreign Affairs",
                                                                             "Kurdistan Region"]
    # two offices of one state, one after the other, stay one position of that state
    found = events("Iraq's foreign ministry condemned the strike on Sunday. The Iraqi government denounced it as a "
                   "violation of sovereignty.")
    assert len([e for e in found if e.event_type == "statement"]) == 1


def test_a_name_after_said_with_a_subject_of_its_own_is_what_was_said():
    found = events("Baghdad on Saturday called for the exit of troops it said Turkey had moved into Iraq without consent.")
    assert [e.actor for e in found if e.event_type == "statement"] == ["Government of Iraq"]


def test_a_group_named_by_a_common_noun_speaks_for_the_group_named_before_and_a_reply_as_a_predicate_is_no_speech():
    found = events("تبنت المقاومة الإسلامية في العراق هجمات على قواعد أمريكية أمس. "
                   "وذكرت الفصائل في بيانها أن تلك العمليات هي رد على العدوان الإسرائيلي في غزة.")
    assert [e.actor for e in found if e.event_type == "statement"] == ["Islamic Resistance in Iraq"]
    # with no group named, the group that speaks is no one, and never the side it speaks of
    found = events("وذكرت الفصائل في بيانها أن تلك العمليات هي رد على العدوان الإسرائيلي في غزة.")
    assert "Israel" not in [e.actor for e in found if e.event_type == "statement"]


def test_the_name_before_a_denial_in_what_was_said_denies():
    found = events("وقال مصدر رسمي إن سوريا تنفي جملة وتفصيلا مزاعم الحكومة التركية عن تنسيق مسبق للعملية.")
    assert [e.actor for e in found if e.event_type == "denial"] == ["Syria (Assad government)"]


def test_the_syrian_arab_republic_and_its_foreign_ministry_are_syria():
    found = events("أدانت الجمهورية العربية السورية التوغل التركي في ريف حلب.")
    assert [e.actor_group for e in found if e.event_type == "statement"] == ["Syria (Assad government)"]


def test_the_kurdistan_region_security_council_speaks_for_the_region():
    found = events("وعد مجلس أمن إقليم كوردستان في بيانه القصف الإيراني “خرقا لسيادة إقليم كوردستان والعراق” "
                   "ودعا بغداد إلى التحرك.")
    assert [e.actor for e in found if e.event_type == "statement"] == ["Kurdistan Region"]


def test_factions_without_their_article_are_not_the_group_named_before():
    body = ("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير أمس. "
            "وهددت فصائل عراقية موالية لإيران بمواصلة الهجمات على القوات الأمريكية.")
    assert not [e for e in events(body) if e.event_type == "statement" and e.actor_group == "Islamic Resistance in Iraq"]
    # (with the article: the group just named speaks)
    body = ("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير أمس. "
            "وقالت الفصائل إنها ستواصل الهجمات على القوات الأمريكية.")
    assert [e.actor_group for e in events(body) if e.event_type == "statement"] == ["Islamic Resistance in Iraq"]


def test_the_parties_of_a_war_told_as_the_setting_are_no_side_of_the_attack():
    for body in ("وتعرضت قاعدة تضم قوات أمريكية غربي العراق لهجوم بطائرة مسيرة يوم الخميس، وذلك مع استمرار "
                 "الحرب بين إسرائيل وحماس.",
                 "A drone attacked a base hosting US troops in western Iraq on Thursday amid the war between Israel and Hamas."):
        (ev,) = [e for e in events(body) if e.event_type in ("attack", "airstrike")]
        assert "Hamas" not in (ev.actor_group, ev.target) and ev.target == "US military"


def test_the_one_who_tells_is_not_the_side_struck_unless_it_tells_of_its_own():
    (ev,) = [e for e in events("أكد مسؤول بوزارة الدفاع الأمريكية الخميس مقتل قيادي في حركة النجباء بضربة في "
                               "شرق بغداد.") if e.event_type in ("attack", "airstrike")]
    assert ev.target != "US Department of Defense"
    (ev,) = [e for e in events("Iraq's Joint Operations Command said the strikes hit army and police sites near Karbala "
                               "on Friday.") if e.event_type in ("attack", "airstrike")]
    assert ev.target != "Iraqi Joint Operations Command"
    # (a side telling of its own dead or forces was struck)
    (ev,) = [e for e in events("أعلنت كتائب حزب الله مساء الأربعاء مقتل خمسة من عناصرها بغارات أمريكية على جرف الصخر.")
             if e.event_type in ("attack", "airstrike")]
    assert ev.target == "Kataib Hezbollah"


def test_a_name_split_by_quotes_is_read_across_them():
    body = ("أعلنت ما يسمى بـ\"المقاومة الإسلامية\" في العراق ليل الأحد استهداف قاعدة حرير في أربيل "
            "بطائرتين مسيرتين.")
    (ev,) = [e for e in events(body) if e.event_type == "attack"]
    assert (ev.actor_group, ev.status) == ("Islamic Resistance in Iraq", "claimed")
    # (a list of lands in a group's name places nothing: the town named is where)
    body = 'سيطر مسلحو "الدولة الإسلامية في العراق والشام"، يوم الثلاثاء، على مدينة الموصل.'
    (ev,) = events(body)
    assert ev.location == "Mosul"
