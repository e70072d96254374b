"""Rules for real news pages, each on sentences written for its test: places and their heads,
actors and roles, status, and what one page tells twice (dates and numbers:
`test_extract_real_dates.py`)."""

from datetime import date

from tests.extract_helpers import events, violent


def test_a_region_far_back_in_the_sentence_is_not_located_by_the_city():
    # the speaker's council carries the region's name; the city after "in" is where it happened
    body = ("وقال مجلس أمن إقليم كردستان في بيان صدر صباح الثلاثاء إن صواريخ بالستية سقطت ليل الاثنين 5 شباط 2024 "
            "على أحياء سكنية في أربيل.")
    (ev,) = violent(events(body))
    assert ev.location == "Erbil"
    assert ev.date_start == date(2024, 2, 5)


def test_a_later_report_naming_a_branch_of_the_actor_refines_it():
    body = ("Iranian missiles hit Erbil overnight on Monday, local officials said.\n"
            "The Revolutionary Guards fired ballistic missiles at Erbil on Monday night, Kurdish officials said.")
    (ev,) = violent(events(body))
    assert ev.actor == "IRGC"


def test_wealth_and_revenue_are_not_funding():
    assert not [e for e in events("ويملك رجل الأعمال شركة نفطية تقدر ثروته بـ 3 مليارات دولار.")
                if e.event_type == "funding"]
    assert not [e for e in events("The contractor's revenue reached $40 million last year, a budget filing showed.")
                if e.event_type == "funding"]
    (ev,) = [e for e in events("The Pentagon allocated $40 million to the Iraqi army this year.")
             if e.event_type == "funding"]
    assert ev.amount_usd == 40_000_000


def test_an_outlet_accusing_someone_is_no_statement_of_a_party():
    assert not [e for e in events("واتهمت وسائل إعلام تركية رجل الأعمال بالتعامل مع الاستخبارات الإسرائيلية.")
                if e.event_type == "statement"]
    (ev,) = [e for e in events("واتهمت وزارة الخارجية التركية الاستخبارات الإسرائيلية بالتدخل في شمال العراق.")
             if e.event_type == "statement"]
    assert ev.actor_group == "Turkey"


def test_an_outlet_named_in_quotes_before_its_verb_speaks_for_no_party():
    # the newspaper's name in quotes between the outlet noun and the verb: still the paper's report
    body = ('وكانت صحيفة "الغد الدولية" قالت إنه مساء يوم 3 آذار بدأ مسلحون موالون للحكومة بالزحف نحو قاعدة '
            'تديرها قوات حليفة للولايات المتحدة بالقرب من حقل غاز وأشارت إلى أن العشرات منهم قتلوا.')
    assert not [e for e in events(body) if e.event_type == "statement"]
    (ev,) = [e for e in events('وكانت وزارة الخارجية التركية قالت إنها ترفض وجود قوات أجنبية في العراق.')
             if e.event_type == "statement"]
    assert ev.actor_group == "Turkey"


def test_an_adjective_on_the_object_of_a_targeting_noun_names_the_target_not_the_striker():
    # "targeting the American interests": whose interests, not who fires
    body = ("وتركز القصف على مطار أربيل ما أدى إلى إصابة عدد من الحراس، وسط تهديدات باستهداف المصالح الأمريكية "
            "في المنطقة.")
    (ev,) = violent(events(body))
    assert ev.actor_group != "United States"
    assert ev.event_type == "attack"


def test_a_word_ending_in_the_letters_of_a_planning_word_does_not_make_a_plan():
    # أمنية and لبنانية end in the letters of نية (intention): the sources are security sources, the
    # channel Lebanese, and the strikes they tell happened
    (ev,) = violent(events("وقالت مصادر أمنية إن صاروخين سقطا على قاعدة حرير."))
    assert ev.location == "Harir Air Base"
    (ev,) = violent(events("وأفادت قناة لبنانية بأن غارة استهدفت موقعا قرب القصير."))
    assert ev.event_type == "airstrike"
    # the word itself still makes one: "announced its intention to strike"
    assert not violent(events("وأعلنت الفصائل نيتها استهداف قاعدة حرير."))


def test_the_nationality_of_the_reporting_agency_is_not_the_side_struck():
    (ev,) = violent(events("وذكرت وكالة فارس الإيرانية أن 4 صواريخ أطلقت على موقع في حقل العمر."))
    assert ev.target == ""
    (ev,) = violent(events("وذكرت وكالة فارس الإيرانية أن 4 صواريخ أطلقت على القاعدة الأمريكية في حقل العمر."))
    assert ev.target == "United States"


def test_the_side_right_after_a_verb_whose_subject_is_the_attack_is_its_object():
    # "the shelling targeted American forces": the event word is the subject, the forces its object
    body = ("قال مصدر أمني إن مطار حرير العسكري تعرض ظهر اليوم لقصف بطائرة مسيرة.\n"
            "وأشار المصدر إلى أن القصف استهدف قوات أمريكية موجودة داخل المطار.")
    (ev,) = violent(events(body))
    assert ev.actor_group != "United States"
    body = "وأوضح المصدر أن الهجوم استهدف قوات تركية في قاعدة زليكان شمال الموصل."
    (ev,) = violent(events(body))
    assert ev.actor_group != "Turkey"


def test_the_weapons_of_a_foiled_attack_make_no_attack_of_their_own():
    body = "أفادت مصادر بأن الجيش الأمريكي أحبط هجوما استهدف قاعدة عين الأسد في الأنبار، باستخدام طائرات مسيرة."
    assert not violent(events(body))
    # a drone that did strike stays an attack
    (ev,) = violent(events("وأفادت مصادر بأن هجوما باستخدام طائرات مسيرة استهدف قاعدة عين الأسد في الأنبار."))
    assert ev.location == "Ain al-Asad Air Base"


def test_a_sentence_opened_by_the_strikes_goes_on_with_the_striker_told_before():
    body = ("Turkish warplanes launched air raids against Kurdish militants in northern Iraq on Sunday.\n"
            "The strikes had targeted Hakurk and Qandil in Iraq, and Kobani in Syria, the ministry said.")
    evs = violent(events(body))
    assert {e.location for e in evs} >= {"Qandil Mountains", "Hakurk", "Kobani"}
    assert all(e.actor_group == "Turkey" and e.event_type == "airstrike" for e in evs)


def test_the_nationalities_that_name_a_border_are_no_party_but_its_guards_are():
    (ev,) = violent(events("وجرت الغارات في محيط بلدة عين العرب قرب الحدود السورية التركية، وهي بلدة يحاصرها مسلحو تنظيم الدولة."))
    assert ev.target != "Turkey"
    (ev,) = violent(events("Four strikes hit areas near Kobani on the Syrian-Turkish border."))
    assert ev.target != "Turkey"
    (ev,) = violent(events("A Turkish drone killed two Iraqi border guards near Sidakan."))
    assert ev.target == "Iraq"
    (ev,) = violent(events("استهدفت طائرة تركية مسيرة عربة تعود لحرس الحدود العراقي قرب سيدكان."))
    assert ev.target == "Iraq"


def test_a_nationality_after_a_place_word_and_an_unknown_name_is_the_place_country():
    body = ("وأضافت المصادر أن القوات المؤلفة من عشرات الآليات دخلت من معبر بلدة كفرلوسين السورية، "
            "باتجاه الريف الشمالي.")
    evs = events(body)
    assert [e.event_type for e in evs] == ["deployment"]
    assert evs[0].actor_group != "Syria (Assad government)"


def test_aircraft_believed_to_be_of_a_nationality_name_the_striker():
    (ev,) = violent(events("قصفت طائرات حربية يعتقد أنها إسرائيلية فجر اليوم مواقع عسكرية قرب مدينة البوكمال."))
    assert ev.actor_group == "Israel"
    assert ev.status != "confirmed"


def test_a_side_named_after_a_contrast_is_not_what_was_struck():
    body = ("قصفت طائرات حربية مجهولة فجر اليوم مواقع قرب مدينة الميادين، في حين قالت جماعة حزب الله "
            "إنها أسقطت طائرة استطلاع جنوب لبنان.")
    (ev,) = [e for e in violent(events(body)) if e.location != "Lebanon"]
    assert ev.target != "Hezbollah"


def test_in_a_handover_the_host_receives():
    body = ("سلّم التحالف الدولي يوم الأحد 9 آب 2020 قاعدة التقدم إلى الجيش العراقي.\n"
            "وقال البيان إنه تم تسليم الموقع إلى الجانب العراقي بعد نجاحات حققتها القوات الأمنية العراقية.")
    (ev,) = [e for e in events(body) if e.event_type == "withdrawal"]
    assert ev.actor == "International Coalition"
    assert ev.location == "al-Taqaddum Air Base"


def test_a_threat_or_a_purpose_is_no_event():
    body = "وصعّدت أنقرة خلال الأيام الماضية تهديداتها بشن عملية عسكرية في منبج."
    assert not violent(events(body))
    body = "Turkey threatened to launch a ground operation in Manbij within days."
    assert not violent(events(body))
    body = "وتهدف العملية العسكرية إلى سحب القوات الكردية من الشريط الحدودي."
    assert not [e for e in events(body) if e.event_type == "withdrawal"]


def test_an_attack_no_telling_attributes_is_the_unidentified_group_of_its_country():
    body = ("Two rockets struck near the Green Village base in Deir ez-Zor on Sunday, causing no damage.\n"
            "Unidentified aircraft struck a convoy near Abu Kamal on Sunday.")
    evs = violent(events(body))
    assert [(e.event_type, e.actor) for e in evs if e.location == "Green Village"] == [
        ("attack", "Unidentified Armed Group (Syria)")]
    assert all(e.actor == "" for e in evs if e.event_type == "airstrike")
    named = violent(events("Rockets struck the Harir base on Sunday.\nKataib Hezbollah claimed the rocket attack on Harir."))
    assert [e.actor for e in named] == ["Kataib Hezbollah"]
    # a page that names who struck may retell its strikes unnamed: those stay without an attacker
    evs = violent(events("Israeli jets struck sites near Masyaf on Sunday.\nRockets also hit a depot in Baniyas on Sunday."))
    assert [e.actor for e in evs if e.location == "Baniyas"] == [""]


def test_the_operation_as_the_subject_of_a_strike_verb_strikes_each_area_named():
    body = ("Turkey launched an air and ground operation against PKK positions in northern Iraq on Monday.\n"
            "Defence minister Akar said the operation has hit positions in the Metina, Zap and Avashin-Basyan areas.")
    evs = [e for e in violent(events(body)) if e.geo_precision != "country"]
    assert sorted(e.location for e in evs) == ["Avashin-Basyan", "Metina", "Zap"]
    assert {e.actor_group for e in evs} == {"Turkey"}


def test_forces_stationed_where_the_strike_fell_are_not_its_attacker():
    body = ("A war monitor reported on Sunday that rockets landed on depots outside Mayadin where Iranian "
            "militias are stationed.")
    assert all(e.actor != "Iran-backed militias" for e in violent(events(body)))


def test_a_headline_strike_gives_its_side_to_the_body_attack_on_a_place_inside_its_area():
    body = ("غارة تركية على إقليم كردستان\n"
            "وقصفت طائرة مسيرة أمس الإثنين موقعا قرب قرية في أربيل، ما أسفر عن مقتل ثلاثة أشخاص.")
    (ev,) = violent(events(body))
    assert ev.actor_group == "Turkey"
    assert ev.location == "Erbil"


def test_a_unit_deployed_here_or_taking_over_at_a_base_moves_there():
    body = ("Iraqi troops retook the Qayyarah air base in the summer.\n"
            "A US airborne brigade was deployed here in October 2016.\n"
            "In December 2016 a second airborne brigade took over at Qayyarah air base.")
    moves = [(e.location, e.date_start.month) for e in events(body) if e.event_type == "deployment"]
    assert moves == [("Qayyarah West Air Base", 10), ("Qayyarah West Air Base", 12)]


def test_an_area_inside_a_governorate_struck_after_a_town_is_a_place_of_its_own():
    body = ("أعلن الحرس الثوري الإيراني يوم الاثنين أنه قصف مقرات لأحزاب كردية معارضة في كويسنجق.\n"
            "وأعقب الهجوم على المقرات في كويسنجق قصف لمقرات حزب آخر في منطقة زركويز بمحافظة السليمانية.")
    assert sorted(e.location for e in violent(events(body))) == ["Koya", "Zirgwez"]


def test_a_decision_or_order_to_move_is_planned_and_a_statement_is_never_planned():
    for body in ("قررت تركيا سحب قواتها من نقطة مورك يوم الثلاثاء.",
                 "Turkey decided to withdraw its forces from the Morek post on Tuesday."):
        (ev,) = [e for e in events(body) if e.event_type == "withdrawal"]
        assert ev.status == "planned", body
    assert all(e.status != "planned" for e in events("أمر الرئيس الأمريكي بسحب القوات من سوريا.")
               if e.event_type == "statement")
    # readiness to send is an intention, not a move made
    for body in ("أبدت ألمانيا استعدادها لإرسال 150 جنديا إضافيا إلى العراق.",
                 "قال وزير الدفاع الإيطالي إن بلاده مستعدة لإرسال 200 جندي إلى سوريا.",
                 "Germany said it was ready to send 150 more soldiers to Iraq."):
        (ev,) = [e for e in events(body) if e.event_type == "deployment"]
        assert ev.status == "planned", body


def test_an_announced_sending_is_planned_and_a_quoted_negation_is_no_move():
    body = ("كشف البيت الأبيض، اليوم الخميس، عن إرسال 250 خبيرا عسكريا إلى سوريا.\n"
            'وقال المتحدث "لن يتم نشر أي وحدات مقاتلة في سوريا، فهناك استراتيجية تقوم على ضربات جوية".')
    evs = events(body)
    assert [(e.event_type, e.troops, e.status) for e in evs if e.event_type != "statement"] == [
        ("deployment", 250, "planned")]


def test_a_nationality_after_a_town_is_the_towns_country_not_an_actor():
    body = "وقصفت طائرات مجهولة مواقع في مدينة البوكمال السورية يوم الأحد."
    (ev,) = violent(events(body))
    assert ev.actor_group != "Syria (Assad government)"
    assert (ev.event_type, ev.location) == ("airstrike", "Abu Kamal")  # unknown aircraft struck


def test_two_military_officials_are_tellers_and_a_base_inside_an_airport_is_one_place():
    body = ('وأكد مسؤولان عسكريان أن ثلاثة صواريخ سقطت مساء الاثنين داخل قاعدة فكتوريا في مطار بغداد الدولي.')
    evs = events(body)
    assert not [e for e in evs if e.troops]
    assert [e.location for e in violent(evs)] == ["Victory Base"]
    body = "قالت فصائل مسلحة إنها قصفت مساء الاثنين قاعدة التنف في سوريا وقاعدة أخرى في أربيل."
    assert sorted(e.location for e in violent(events(body))) == ["Erbil Air Base", "al-Tanf Garrison"]


def test_a_town_after_an_attack_noun_or_a_capital_word_is_the_place_not_the_attacker():
    body = "وأوضح بيان للتحالف أن هجوم أربيل يوم الاثنين استخدمت فيه عشرة صواريخ."
    assert all(e.actor_group != "Kurdistan Region" for e in violent(events(body)))
    body = ("وضربت طائرة مسيرة يوم الاثنين قاعدة حرير الواقعة على بعد 60 كيلومترا من أربيل عاصمة "
            "إقليم كردستان.")
    (ev,) = violent(events(body))
    assert ev.actor_group != "Kurdistan Region" and ev.location == "Harir Air Base"


def test_a_roadside_bomb_is_an_attack():
    for body in ("A roadside bomb went off beside a US convoy near the Tanf garrison on Monday, officials said.",
                 "وانفجرت عبوة ناسفة بدورية أمريكية قرب قاعدة التنف يوم الاثنين."):
        (ev,) = violent(events(body))
        assert ev.event_type == "attack", body


def test_neither_confirmed_nor_denied_is_no_denial():
    for body in ("Turkish officials neither confirmed nor denied the strike on Kobani on Monday.",
                 "ولم تؤكد تركيا ولم تنف القصف على كوباني يوم الاثنين."):
        assert not [e for e in events(body) if e.event_type == "denial"], body


def test_in_addition_to_is_no_speech():
    body = "- تستضيف القاعدة جنودا أمريكيين إضافة إلى وحدات عراقية."
    assert not [e for e in events(body) if e.event_type == "statement"]
    assert [e.event_type for e in events("وأضاف المتحدث باسم البنتاغون أن الوزارة ترفض الانسحاب.")] == ["statement"]


def test_a_town_joined_by_bi_to_the_town_before_it_locates_it():
    body = "وسقطت قذائف صاروخية يوم الخميس على موقع أمريكي في بلدة الشدادي بالحسكة."
    assert [e.location for e in violent(events(body))] == ["Shaddadi"]
    body = "وقصفت طائرات تركية مواقع في القامشلي وفي الحسكة يوم الخميس."
    assert sorted(e.location for e in violent(events(body))) == ["Hasakah", "Qamishli"]


def test_a_series_of_attacks_or_attacks_that_must_stop_are_no_attack():
    assert not violent(events("The raid answered a series of rocket attacks on the Conoco base, officials said."))
    assert not violent(events('Austin said on Monday that "these attacks must stop".'))


def test_this_base_is_the_base_named_before():
    body = ("On Sunday a one-way drone hit Tower 22, a small logistics post.\n"
            "Roughly 300 American military personnel serve at this base, officials said.")
    (level,) = [e for e in events(body) if e.event_type == "troop_level"]
    assert (level.location, level.troops) == ("Tower 22", 300)


def test_patients_are_no_troops_and_an_outlet_named_after_a_town_is_no_place():
    body = "Seven American service members were evaluated for concussions after the rocket attack on Harir on Friday."
    assert not [e for e in events(body) if e.troops]
    assert not [e for e in events("Six US soldiers monitored for concussion after rocket strike on Harir") if e.troops]
    body = "وقالت مصادر الميادين إن صواريخ سقطت على قاعدة حقل العمر يوم الاثنين."
    assert [e.location for e in violent(events(body))] == ["al-Omar"]
    body = "واستهدفت ضربات جوية يوم الاثنين مستودعات داخل مدينة الميادين شرقي سوريا."
    assert [e.location for e in violent(events(body))] == ["Mayadin"]


def test_the_owner_of_the_drone_strikes_and_the_district_locates_the_town():
    body = ('وبحسب البيان، فإن المسيرة "التابعة للجيش التركي" ضربت عربة قرب بلدة كاني ماسي '
            "في قضاء العمادية يوم الاثنين.")
    (ev,) = violent(events(body))
    assert (ev.actor_group, ev.location) == ("Turkey", "Kani Masi")


def test_explosions_heard_name_no_striker_and_a_reporter_is_where_he_reports_from():
    body = ('وأفاد مراسل "الموقع" في القامشلي بأن صواريخ سقطت داخل قاعدة خراب الجير مساء الاثنين.')
    assert [e.location for e in violent(events(body))] == ["Kharab al-Jir"]
    body = "ودوت انفجارات قرب حقل العمر النفطي الذي يضم قوات للتحالف الدولي مساء الاثنين."
    (ev,) = violent(events(body))
    assert ev.actor_group != "International Coalition" and ev.event_type == "attack"


def test_the_country_that_carried_out_an_air_attack_struck_and_those_it_reached_are_targets():
    body = ("ويرجح أن إسرائيل نفذت هجوما جويا ليل الاثنين على مخازن قرب مدينة الميادين، كما طال القصف "
            "مجموعات مسلحة في منطقة البوكمال.")
    evs = violent(events(body))
    assert {(e.event_type, e.actor_group) for e in evs} == {("airstrike", "Israel")}
    assert sorted(e.location for e in evs) == ["Abu Kamal", "Mayadin"]


def test_the_announcer_of_missiles_that_fell_is_no_attacker_and_one_sentence_tells_one_strike():
    body = ('قال الحرس الثوري الإيراني يوم الأحد إنه ضرب "مقرا سريا" لإسرائيل في شمال العراق، وذلك بعد بيان '
            "لحكومة إقليم كردستان عن صواريخ سقطت قرب أربيل.")
    evs = violent(events(body))
    assert {e.actor for e in evs} == {"IRGC"}
    assert len(evs) == 1


def test_a_weapon_falling_at_the_start_of_a_quotation_is_used():
    for body in ('وقال شاهد عيان: «سقط صاروخ في قاعدة الشدادي مساء الثلاثاء».',
                 'وقال شاهد عيان: "سقط صاروخ في قاعدة الشدادي مساء الثلاثاء".'):
        assert [e.location for e in violent(events(body))] == ["Shaddadi"]


def test_the_nationality_of_a_base_after_its_hangars_names_no_striker():
    body = 'وقال شاهد عيان: «سقط صاروخ بجوار حظيرة للطائرات في القاعدة الأمريكية في الشدادي مساء الثلاثاء».'
    evs = violent(events(body))
    assert evs and all(e.actor_group != "United States" for e in evs)


def test_denied_plans_to_move_are_no_move_but_a_denied_arrival_stays_a_report():
    assert [e.event_type for e in events("The Pentagon denied any plans to withdraw US troops from Iraq on Monday.")] == [
        "denial"]
    body = "ونفت الحكومة العراقية وصول قوات أمريكية إضافية إلى قاعدة عين الأسد يوم الاثنين."
    assert sorted(e.event_type for e in events(body)) == ["denial", "deployment"]


def test_names_in_quotation_marks_after_a_base_word_and_an_attack_an_hour_after_another():
    body = ("تعرضت قاعدة «فكتوريا» قرب مطار بغداد لهجوم بثلاثة صواريخ مساء الاثنين.\n"
            "وجاء القصف بعد أقل من ساعة من استهداف قاعدة «بلد» الجوية بصاروخين.")
    assert sorted(e.location for e in violent(events(body))) == ["Balad Air Base", "Victory Base"]


def test_in_turkey_only_strikes_along_the_border_are_of_the_theatre():
    assert not violent(events("وكان مسلحون قد هاجموا مقر شركة صناعات دفاعية في أنقرة يوم الأربعاء."))
    assert [e.location for e in violent(events("Rockets fired from Syria struck Kilis on Monday."))] == ["Kilis"]


def test_strengthening_ties_or_coordination_moves_no_force():
    for body in ("ومن المتوقع أن يلتقي المبعوث الأمريكي بقائد قوات سوريا الديمقراطية لبحث تعزيز التنسيق بين الجانبين.",
                 "شدد الوزيران على تعزيز التعاون العسكري بين العراق وتركيا.",
                 "Washington will reinforce cooperation with the Kurdish forces in Syria."):
        assert not [e for e in events(body) if e.event_type == "deployment"], body
    # reinforcements, or a presence reinforced, are a deployment
    for body in ("وصلت تعزيزات عسكرية أمريكية إلى قاعدة عين الأسد.", "عززت القوات الأمريكية وجودها في قاعدة عين الأسد."):
        assert [e.event_type for e in events(body)] == ["deployment"], body


def test_the_side_that_oversees_a_withdrawal_does_not_withdraw():
    for body in ("وستتولى وحدات روسية حماية الشريط الحدودي والإشراف على انسحاب المسلحين الأكراد منه.",
                 "Russian military police will monitor the withdrawal of Kurdish fighters from the border strip."):
        assert not [e for e in events(body) if e.event_type == "withdrawal"], body
    # the side named after the move it oversees is the one that moves
    (ev,) = events("Iraqi officials will oversee the withdrawal of US troops from the Ain al-Asad base.")
    assert (ev.event_type, ev.actor_group) == ("withdrawal", "United States")


def test_a_capture_or_defeat_fought_for_is_not_yet_an_event():
    for body in ("The advisers serve in eastern Syria in a mission to defeat ISIS remnants, an official said.",
                 "أطلقت القوات العراقية معركة لتحرير مدينة الموصل من تنظيم داعش."):
        assert not [e for e in events(body) if e.event_type == "other"], body
    # the capture announced is one
    for body in ("Iraqi forces recaptured the town of Qayyarah on Thursday.", "أعلنت القوات العراقية تحرير مدينة الموصل من تنظيم داعش."):
        assert [e.event_type for e in events(body)] == ["other"], body


def test_de_escalation_zones_observation_points_and_the_end_a_move_goes_to():
    # منطقة خفض التوتر (a de-escalation zone) cuts no troops; setting up observation points deploys them
    (ev,) = events("قالت وزارة الدفاع التركية إن قواتها شرعت أمس في إنشاء نقاط مراقبة داخل منطقة خفض التصعيد بإدلب.")
    assert (ev.event_type, ev.actor_group, ev.location) == ("deployment", "Turkey", "Idlib")
    (ev,) = events("قررت واشنطن خفض عدد قواتها في العراق.")
    assert (ev.event_type, ev.status) == ("withdrawal", "planned")
    # a convoy that entered through the crossing with Iraq into Hasakah is placed where it went
    (ev,) = events("وأدخلت القوات الأمريكية رتلا من 25 شاحنة عبر معبر الوليد مع العراق إلى محافظة الحسكة.")
    assert (ev.event_type, ev.location) == ("deployment", "Hasakah Governorate")
    # a withdrawal from a base and from a city: both places it left
    moves = events("قال مسؤول إن انسحاب القوات الأمريكية بدأ قبل أسابيع من قاعدة عين الأسد ومن بغداد.")
    places = {e.location for e in moves if e.event_type == "withdrawal"}
    assert "Ain al-Asad Air Base" in places and places & {"Baghdad", "Baghdad International Airport"}


def test_a_capture_joined_to_an_infinitive_of_purpose_is_not_done():
    assert not [e for e in events("US advisers will help Iraqi troops in their push to isolate and collapse the "
                                  "rule of IS over Mosul, the secretary said.") if e.event_type == "other"]
    (ev,) = events("Iraqi forces surrounded and retook Mosul on Sunday.")
    assert ev.event_type == "other" and ev.location == "Mosul"


def test_forces_moved_from_a_place_with_no_destination_withdrew_and_a_retelling_stays_one():
    evs = events("Moscow moved some of its troops from Syria, officials said on Monday. Estimates of how many "
                 "troops were moved vary.")
    assert [(e.event_type, e.actor_group, e.location) for e in evs] == [("withdrawal", "Russia", "Syria")]
    (ev,) = events("The US moved 300 troops from Kuwait to Syria on Monday.")
    assert (ev.event_type, ev.location, ev.troops) == ("deployment", "Syria", 300)


def test_a_members_move_at_a_town_and_the_coalitions_in_its_governorate_are_one_move_of_the_member():
    body = ("ذكرت قيادة العمليات أمس أن القوات الأميركية انسحبت من جميع مواقعها في مدينة الموصل. "
            "وكانت قناة رسمية قد ذكرت أن قوات التحالف الدولي بقيادة واشنطن سلمت مقرها في "
            "محافظة نينوى إلى القوات العراقية.")
    (ev,) = events(body)
    assert (ev.event_type, ev.actor_group, ev.location) == ("withdrawal", "United States", "Mosul")


def test_what_is_left_standing_is_no_one_leaving():
    for body in ("Not a single hangar was left at the airfield, an Israeli military officer said.",
                 "There is nothing left of the depot, an Israeli military officer said."):
        assert not [e for e in events(body) if e.event_type == "withdrawal"]
    assert [e.event_type for e in events("The last US troops left the base on Monday.")] == ["withdrawal"]
