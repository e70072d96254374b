"""Rules for real news pages, each on sentences written for its test: places and their heads,
actors and roles, dates of the telling and of the news day, numbers and their wholes, status, and
what one page tells twice."""

from datetime import date

from conflict_timeline.articles import parse_text
from conflict_timeline.extract import extract_events
from tests.extract_helpers import PUB, UNNAMED_IQ, events, violent


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


def test_a_site_clock_with_its_time_zone_is_no_title():
    from conflict_timeline.page_markers import is_clock

    assert is_clock("التوقيت 10:15 م , بتوقيت مكة")
    assert is_clock("Updated 08:40 am, Baghdad time")
    assert not is_clock("الساعة 10:15 قصفت طائرات مسيرة مواقع قرب أربيل")


def test_in_a_handover_the_host_receives():
    body = ("سلّم التحالف الدولي يوم الأحد 9 آب 2020 قاعدة التقدم إلى الجيش العراقي.\n"
            "وقال البيان إنه تم تسليم الموقع إلى الجانب العراقي بعد نجاحات حققتها القوات الأمنية العراقية.")
    (ev,) = [e for e in events(body) if e.event_type == "withdrawal"]
    assert ev.actor == "International Coalition"
    assert ev.location == "al-Taqaddum Air Base"


def test_a_move_at_a_base_told_again_without_a_date_is_the_dated_move():
    body = ("The coalition handed over the Qayyarah air base to Iraqi forces on 26 March 2020, a spokesman said.\n"
            "US troops stationed at the Qayyarah air base have fully withdrawn from it.")
    (ev,) = [e for e in events(body) if e.event_type == "withdrawal"]
    assert ev.actor == "International Coalition"
    assert ev.date_start == date(2020, 3, 26)


def test_the_whole_a_moved_count_belongs_to_is_no_count_of_its_own():
    body = "وقال مسؤول محلي إن 200 مستشار أمريكي وصلوا إلى قاعدة عين الأسد من أصل 600 مستشار تقرر إرسالهم."
    moves = [e for e in events(body) if e.event_type == "deployment"]
    assert [e.troops for e in moves] == [200]


def test_explosions_near_a_base_date_the_attack_on_it():
    body = ("Rockets struck the Ain al-Asad air base, security sources said.\n"
            "Explosions were heard near Ain al-Asad early on Monday 5 February 2024, residents said.")
    (ev,) = violent(events(body))
    assert ev.location == "Ain al-Asad Air Base"
    assert ev.date_start == date(2024, 2, 5)
    assert ev.actor == UNNAMED_IQ


def test_a_threat_or_a_purpose_is_no_event():
    body = "وصعّدت أنقرة خلال الأيام الماضية تهديداتها بشن عملية عسكرية في منبج."
    assert not violent(events(body))
    body = "Turkey threatened to launch a ground operation in Manbij within days."
    assert not violent(events(body))
    body = "وتهدف العملية العسكرية إلى سحب القوات الكردية من الشريط الحدودي."
    assert not [e for e in events(body) if e.event_type == "withdrawal"]


def test_the_operation_told_before_gives_its_side_and_day_to_the_strikes_it_included():
    body = ("بدأت القوات التركية صباح السبت 3 شباط 2024 حملة جوية على مواقع مسلحين في محيط منبج.\n"
            "وشملت العملية ضربات للطائرات على قرى قرب تل رفعت.")
    evs = violent(events(body))
    (later,) = [e for e in evs if e.location == "Tal Rifaat"]
    assert later.actor_group == "Turkey"
    assert later.date_start == date(2024, 2, 3)


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


def test_others_after_a_troop_count_are_troops_and_trainees_are_no_force():
    body = "وتنشر بريطانيا نحو 400 جندي في العراق، فيما تنشر فرنسا 200 آخرين."
    levels = sorted((e.actor_group, e.troops) for e in events(body) if e.event_type == "troop_level")
    assert levels == [("France", 200), ("United Kingdom", 400)]
    (ev,) = [e for e in events("وأعلن التحالف أنه سيغادر 300 منتسب من أفراده قاعدة عين الأسد.") if e.troops]
    assert (ev.event_type, ev.troops) == ("withdrawal", 300)
    body = "وخرّجت القاعدة 9 آلاف منتسب عراقي أشرف التحالف على تدريبهم خلال خمس سنوات."
    assert not [e for e in events(body) if e.troops]


def test_a_level_in_words_after_a_ceiling_and_the_level_before_a_change():
    body = "وطالب النائب بخفض عدد القوات الأمريكية في العراق إلى رقم لا يتجاوز الألفين وخمسمائة."
    assert 2500 in [e.troops for e in events(body)]
    assert all(e.actor_group != "Iraqi Parliament" for e in events("ودعا البرلمان العراقي إلى خفض القوات الأمريكية إلى 2000 جندي."))
    body = "وقال الوزير إنه بعد اكتمال الانسحاب سيظل للجيش الأمريكي نحو 400 جندي في سوريا انخفاضا من نحو ألفين."
    assert [(e.event_type, e.troops) for e in events(body) if e.troops] == [("troop_level", 400)]


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


def test_a_retelling_that_gives_the_whole_toll_adds_it_to_the_strike():
    body = ("ذكرت وسيلة إعلام إيرانية يوم الثلاثاء أن حصيلة مستشاريها القتلى بلغت 5 في الغارات الإسرائيلية على مطار الشعيرات.\n"
            "وقالت وزارة الدفاع السورية إن إسرائيل نفذت الضربة التي قتلت 11 شخصا.")
    (ev,) = violent(events(body, None))
    assert (ev.location, ev.fatalities) == ("Shayrat Air Base", 11)


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


def test_sentences_without_a_date_take_the_news_day_of_the_page():
    body = ("NATO plans to expand its advisory mission in Iraq to 3,000 personnel, the alliance says.\n"
            "NATO's secretary-general told reporters on Monday that trainers would also work outside Baghdad.")
    levels = [e for e in events(body) if e.event_type == "troop_level"]
    assert [(e.date_start, e.date_precision) for e in levels] == [(date(2024, 2, 5), "day")]
    # two days told in the week: no single news day, the week stays
    body = ("US forces left the Ain al-Asad base, officials said.\n"
            "Rockets hit the Harir base on Monday.\nDrones struck the Erbil air base on Saturday.")
    (move,) = [e for e in events(body) if e.event_type == "withdrawal"]
    assert move.date_precision == "week"


def test_an_approximate_duration_back_is_a_date():
    from conflict_timeline.text.dates import find_dates

    (d,) = find_dates("وصل رتل أمريكي إلى تل أبيض قبل نحو أسبوع", date(2017, 3, 9))
    assert (d.start, d.end, d.precision) == (date(2017, 2, 27), date(2017, 3, 5), "week")


def test_a_move_at_a_base_told_twice_on_an_undated_page_is_one_move():
    body = ("انسحبت وحدات تركية أمس من قاعدة بامرني في دهوك.\n"
            "وأكدت وزارة الدفاع التركية يوم الإثنين أن جنودها غادروا قاعدة بامرني.")
    assert len([e for e in events(body, None) if e.event_type == "withdrawal"]) == 1


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


def test_a_site_menu_is_no_text_and_a_deadline_is_not_the_day_of_an_agreement():
    body = ("أخبار\nرياضة\nفن\nسياسة\nاقتصاد\n"
            "تجري اليوم الثلاثاء مراسم توقيع اتفاقية بين بغداد وواشنطن لإنهاء مهمة التحالف بنهاية العام الجاري.")
    arts = parse_text(body, "page.txt", PUB)
    assert len(arts) == 1 and "رياضة" not in arts[0].body + arts[0].title
    (ev,) = [e for e in extract_events(arts[0]) if e.event_type == "agreement"]
    assert ev.date_start == date(2024, 2, 6)


def test_a_budget_told_line_by_line_keeps_its_payer_country_and_currency():
    body = ("وطلب البنتاغون 120 مليون دولار في مشروع موازنة 2026 لتسليح قوات محلية حليفة في سوريا.\n"
            "وتراجعت مخصصات الرواتب من 60 مليون دولار في 2024 إلى 48.5 مليون في 2025.")
    sums = sorted((e.amount_usd, e.actor_group, e.location) for e in events(body) if e.event_type == "funding")
    assert sums == [(48_500_000, "United States", "Syria"), (60_000_000, "United States", "Syria"),
                    (120_000_000, "United States", "Syria")]


def test_a_fiscal_or_budget_year_dates_the_sums_it_holds():
    from conflict_timeline.text.dates import find_dates

    for text, year in (("The FY 2019 request totals $1.2 billion", 2019), ("للسنة المالية 2026", 2026),
                       ("in fiscal 2020", 2020)):
        (d,) = find_dates(text, PUB)
        assert (d.start, d.precision) == (date(year, 1, 1), "year"), text
    body = "وخصصت وزارة الدفاع الأمريكية 70 مليون دولار في موازنة 2025 لدعم القوات الشريكة في سوريا."
    (ev,) = [e for e in events(body) if e.event_type == "funding"]
    assert (ev.date_start, ev.date_precision) == (date(2025, 1, 1), "year")
    # a year naming an agreement is no date of the move told with it
    (move,) = [e for e in events("Turkish troops entered Syria on Monday under the 1998 agreement.")
               if e.event_type == "deployment"]
    assert move.date_start == date(2024, 2, 5)


def test_habits_tolls_counts_and_strikes_outside_the_theatre_are_no_attacks():
    assert not violent(events("وغالبا ما تقصف المدفعية الإيرانية قرى حدودية في إقليم كردستان."))
    assert not violent(events("Dozens of rocket attacks have hit the Conoco base, officials say."))
    assert not violent(events("The war began with the Hamas attack on Israel on 7 October 2023."))
    evs = events("A one-way drone that hit Tower 22 on Sunday left two US service members dead.")
    assert [e.event_type for e in evs] == ["attack"]


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


def test_a_photo_credit_marks_a_caption_and_a_later_month_voids_an_old_full_date():
    from conflict_timeline.extract.page import is_caption, page_reference_date
    from tests.extract_helpers import art

    assert is_caption("Marines load supplies at a patrol base in Syria on March 3, 2024. (John Doe/U.S. Marine Corps)")
    assert not is_caption("The attack wounded three soldiers (AP/Reuters)")
    # a wire credit closing a line with no full stop; not the source of a sentence, nor a headline's
    assert is_caption("Soldiers patrol near the border post. Officials say drone attacks on the base have risen AFP")
    assert not is_caption("Rockets struck the base overnight, the army told AFP")
    assert not is_caption("US troops leave a base in northern Syria - Reuters")
    page = art("The garrison was reinforced with several hundred soldiers after the fighting of 14 March 2022.\n"
               "In August 2023 a new commander took over the whole mission in the east of the country.\n"
               "Troops will leave on Friday.", published=None)
    assert page_reference_date(page) is None


def test_neither_confirmed_nor_denied_is_no_denial():
    for body in ("Turkish officials neither confirmed nor denied the strike on Kobani on Monday.",
                 "ولم تؤكد تركيا ولم تنف القصف على كوباني يوم الاثنين."):
        assert not [e for e in events(body) if e.event_type == "denial"], body


def test_in_addition_to_is_no_speech():
    body = "- تستضيف القاعدة جنودا أمريكيين إضافة إلى وحدات عراقية."
    assert not [e for e in events(body) if e.event_type == "statement"]
    assert [e.event_type for e in events("وأضاف المتحدث باسم البنتاغون أن الوزارة ترفض الانسحاب.")] == ["statement"]


def test_a_count_of_bases_vacated_over_a_span_is_no_move():
    assert not events("وقد أخلت القوات الأجنبية منذ مطلع العام سبع قواعد في العراق.")
    assert [e.event_type for e in events("سلم التحالف الدولي قاعدة التاجي إلى القوات العراقية يوم الأحد.")] == [
        "withdrawal"]


def test_most_of_these_attacks_is_no_attack_and_the_town_after_an_attack_noun_keeps_the_toll():
    assert not violent(events("وبقيت غالبية تلك الهجمات بلا إصابات، غير أنها تزيد التوتر حول القواعد الأمريكية."))
    body = "وقال التحالف يوم الاثنين إن هجوم أربيل شمل 11 صاروخا وأدى إلى مقتل متعاقد وإصابة 6 آخرين."
    (ev,) = violent(events(body))
    assert (ev.location, ev.fatalities, ev.injured) == ("Erbil", 1, 6)


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


def test_the_nationality_of_the_fund_a_sum_goes_to_is_not_its_payer():
    body = ("On Monday the Defense Department sent lawmakers a request for $4 billion.\n"
            "Of that sum, $1.2 billion would go to an Iraqi security assistance fund, a spokesman said.")
    sums = {e.amount_usd: e.actor_group for e in events(body) if e.event_type == "funding"}
    assert sums[1_200_000_000] == "United States"


def test_names_in_quotation_marks_after_a_base_word_and_an_attack_an_hour_after_another():
    body = ("تعرضت قاعدة «فكتوريا» قرب مطار بغداد لهجوم بثلاثة صواريخ مساء الاثنين.\n"
            "وجاء القصف بعد أقل من ساعة من استهداف قاعدة «بلد» الجوية بصاروخين.")
    assert sorted(e.location for e in violent(events(body))) == ["Balad Air Base", "Victory Base"]


def test_in_turkey_only_strikes_along_the_border_are_of_the_theatre():
    assert not violent(events("وكان مسلحون قد هاجموا مقر شركة صناعات دفاعية في أنقرة يوم الأربعاء."))
    assert [e.location for e in violent(events("Rockets fired from Syria struck Kilis on Monday."))] == ["Kilis"]


def test_numerous_raids_over_the_years_and_raids_counted_over_a_span_are_no_strikes():
    assert not violent(events("Israel has carried out numerous airstrikes in Syria over the years, officials said."))
    assert not violent(events("Between 2015 and 2018 Dutch F-16s carried out 2,100 raids in Iraq and Syria."))
    # several strikes told on a day are one
    assert violent(events("Israeli jets carried out several strikes near Damascus on Monday."))


def test_strengthening_ties_or_coordination_moves_no_force():
    for body in ("ومن المتوقع أن يلتقي المبعوث الأمريكي بقائد قوات سوريا الديمقراطية لبحث تعزيز التنسيق بين الجانبين.",
                 "شدد الوزيران على تعزيز التعاون العسكري بين العراق وتركيا.",
                 "Washington will reinforce cooperation with the Kurdish forces in Syria."):
        assert not [e for e in events(body) if e.event_type == "deployment"], body
    # reinforcements, or a presence reinforced, are a deployment
    for body in ("وصلت تعزيزات عسكرية أمريكية إلى قاعدة عين الأسد.", "عززت القوات الأمريكية وجودها في قاعدة عين الأسد."):
        assert [e.event_type for e in events(body)] == ["deployment"], body


def test_amounts_of_a_page_about_one_budget_year_are_of_that_year():
    body = ("The Pentagon asked Congress on Tuesday for 1.2 billion dollars in its 2019 budget to train and equip partner forces.\n"
            "Of that, 800 million dollars would go to Iraqi security forces.\n"
            "A further 300 million dollars is meant for partner forces in Syria.\n"
            "Last year's request set aside 250 million dollars for the same programme in Syria.")
    funding = [e for e in events(body) if e.event_type == "funding"]
    # (the request was made on Tuesday, for the 2019 budget: its year; last year's sum is not of 2019)
    assert [(e.amount_usd, e.date_start.year, e.date_precision) for e in funding] == [
        (1.2e9, 2019, "year"), (8e8, 2019, "year"), (3e8, 2019, "year"), (2.5e8, 2023, "year")]
    # the sum goes to Iraqi forces: they are not its payer
    assert {e.actor for e in funding} == {"US Department of Defense"}
    # two budget years on the page: the amounts without a year keep their own dating
    body = ("The 2019 budget asks 800 million dollars for Iraqi forces, and the 2020 budget 700 million dollars.\n"
            "Another 300 million dollars is meant for partner forces in Syria.")
    funding = [e for e in events(body) if e.event_type == "funding"]
    assert funding[-1].date_precision != "year"


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


def test_a_sentence_opened_by_a_count_from_another_event_is_dated_from_the_last_day_named():
    body = ("The US general visited American troops in northeast Syria on Saturday.\n"
            "Two weeks before the visit, rockets landed near the Green Village base, the command said.\n"
            "Just two days earlier, a drone struck the Conoco base.")
    found = {e.location: e for e in violent(events(body))}
    assert (found["Green Village"].date_start, found["Green Village"].date_precision) == (date(2024, 1, 20), "day")
    assert found["Conoco"].date_start == date(2024, 1, 18)
    # "several days earlier" counts no exact day
    (ev,) = violent(events("The general visited troops in Syria on Saturday.\nSeveral days earlier, a drone struck the Conoco base."))
    assert ev.date_precision == "unknown"


def test_a_budget_told_line_by_line_keeps_its_payer_year_and_leaves_out_changes_and_comparisons():
    body = ("رصدت وزارة الدفاع الأمريكية 52 مليون دولار لدعم الجيش العراقي في موازنة 2027.\n"
            "وخصصت 70 مليون دولار لتسليح قوات البيشمركة، أي بزيادة قدرها 9 ملايين دولار مقارنة بموازنة عام 2026.\n"
            "وتشمل المساعدات لقوات البيشمركة 14 مليون دولار للذخيرة.")
    funding = [e for e in events(body) if e.event_type == "funding"]
    assert sorted(e.amount_usd for e in funding) == [14e6, 52e6, 70e6]
    assert {e.actor for e in funding} == {"US Department of Defense"}
    assert {e.date_start.year for e in funding if e.date_precision == "year"} == {2027}


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


def test_a_request_to_allocate_a_sum_is_planned():
    (ev,) = [e for e in events("طلب الرئيس الأمريكي يوم الإثنين من الكونغرس تخصيص 400 مليون دولار لتدريب القوات الحليفة في سوريا.")
             if e.event_type == "funding"]
    assert ev.status == "planned"
