"""Dates and numbers of real news pages, each on sentences written for its test: the day of the
telling and of the news day, counts and levels, tolls and sums."""

from datetime import date

from conflict_timeline.articles import parse_text
from conflict_timeline.extract import extract_events
from tests.extract_helpers import PUB, UNNAMED_IQ, events, violent


def test_a_site_clock_with_its_time_zone_is_no_title():
    from conflict_timeline.page_markers import is_clock

    assert is_clock("التوقيت 10:15 م , بتوقيت مكة")
    assert is_clock("Updated 08:40 am, Baghdad time")
    assert not is_clock("الساعة 10:15 قصفت طائرات مسيرة مواقع قرب أربيل")


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


def test_the_operation_told_before_gives_its_side_and_day_to_the_strikes_it_included():
    body = ("بدأت القوات التركية صباح السبت 3 شباط 2024 حملة جوية على مواقع مسلحين في محيط منبج.\n"
            "وشملت العملية ضربات للطائرات على قرى قرب تل رفعت.")
    evs = violent(events(body))
    (later,) = [e for e in evs if e.location == "Tal Rifaat"]
    assert later.actor_group == "Turkey"
    assert later.date_start == date(2024, 2, 3)


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


def test_a_retelling_that_gives_the_whole_toll_adds_it_to_the_strike():
    body = ("ذكرت وسيلة إعلام إيرانية يوم الثلاثاء أن حصيلة مستشاريها القتلى بلغت 5 في الغارات الإسرائيلية على مطار الشعيرات.\n"
            "وقالت وزارة الدفاع السورية إن إسرائيل نفذت الضربة التي قتلت 11 شخصا.")
    (ev,) = violent(events(body, None))
    assert (ev.location, ev.fatalities) == ("Shayrat Air Base", 11)


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


def test_a_count_of_bases_vacated_over_a_span_is_no_move():
    assert not events("وقد أخلت القوات الأجنبية منذ مطلع العام سبع قواعد في العراق.")
    assert [e.event_type for e in events("سلم التحالف الدولي قاعدة التاجي إلى القوات العراقية يوم الأحد.")] == [
        "withdrawal"]


def test_most_of_these_attacks_is_no_attack_and_the_town_after_an_attack_noun_keeps_the_toll():
    assert not violent(events("وبقيت غالبية تلك الهجمات بلا إصابات، غير أنها تزيد التوتر حول القواعد الأمريكية."))
    body = "وقال التحالف يوم الاثنين إن هجوم أربيل شمل 11 صاروخا وأدى إلى مقتل متعاقد وإصابة 6 آخرين."
    (ev,) = violent(events(body))
    assert (ev.location, ev.fatalities, ev.injured) == ("Erbil", 1, 6)


def test_the_nationality_of_the_fund_a_sum_goes_to_is_not_its_payer():
    body = ("On Monday the Defense Department sent lawmakers a request for $4 billion.\n"
            "Of that sum, $1.2 billion would go to an Iraqi security assistance fund, a spokesman said.")
    sums = {e.amount_usd: e.actor_group for e in events(body) if e.event_type == "funding"}
    assert sums[1_200_000_000] == "United States"


def test_numerous_raids_over_the_years_and_raids_counted_over_a_span_are_no_strikes():
    assert not violent(events("Israel has carried out numerous airstrikes in Syria over the years, officials said."))
    assert not violent(events("Between 2015 and 2018 Dutch F-16s carried out 2,100 raids in Iraq and Syria."))
    # several strikes told on a day are one
    assert violent(events("Israeli jets carried out several strikes near Damascus on Monday."))


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


def test_a_request_to_allocate_a_sum_is_planned():
    (ev,) = [e for e in events("طلب الرئيس الأمريكي يوم الإثنين من الكونغرس تخصيص 400 مليون دولار لتدريب القوات الحليفة في سوريا.")
             if e.event_type == "funding"]
    assert ev.status == "planned"


def test_a_count_joined_to_the_dead_named_before_it_is_dead_and_counts_them():
    # a commander and four fighters: five dead, and the four are no force deployed
    evs = events("قال مسؤول محلي إن الغارة على سنجار أسفرت عن مقتل قائد قوات الفصيل في المدينة وأربعة مقاتلين من عناصره.")
    assert [(e.event_type, e.fatalities) for e in evs] == [("airstrike", 5)]
    (ev,) = violent(events("The strike near Raqqa killed a local commander and three fighters, officials said."))
    assert ev.fatalities == 4
    (ev,) = violent(events("The strike near Raqqa killed 3 civilians and four fighters, officials said."))
    assert ev.fatalities == 7
    (ev,) = violent(events("وأدت الغارة على الرقة إلى إصابة مدني في المدينة وثلاثة عناصر من الفصيل."))
    assert ev.injured == 4 and ev.fatalities is None


def test_a_year_inside_a_since_is_no_day_of_what_follows_and_old_news_is_history():
    # the year closes "since a truce was agreed": it dates neither the strikes after it nor a truce
    # event of its own two or more years before the page
    evs = events("Turkish jets struck PKK camps in northern Iraq, officials said Saturday, the first strikes "
                 "since a truce was agreed in 2013, and once more hit Islamic State positions in Syria.",
                 date(2015, 7, 27))
    assert [(e.event_type, e.location, e.date_start) for e in evs] == [
        ("airstrike", "Iraq", date(2015, 7, 25)), ("airstrike", "Syria", date(2015, 7, 25))]
    # a capture told by its month two years before the page is history; one of last month is news
    assert not events("IS seized Mosul in June 2014, but Iraqi forces have since regained much ground.",
                      date(2016, 9, 28))
    (ev,) = events("IS seized Mosul in June 2016, but Iraqi forces have since regained much ground.",
                   date(2016, 9, 28))
    assert ev.event_type == "other"


def test_at_the_request_of_is_no_plan_and_a_request_for_money_is():
    (ev,) = events("At the request of Baghdad, US aircraft on Saturday conducted airstrikes "
                   "against IS fighters near Haditha, the Pentagon said.")
    assert ev.status == "confirmed"
    (ev,) = events("The Pentagon sent a request to Congress for $500 million to train Syrian rebels.")
    assert ev.event_type == "funding" and ev.status == "planned"


def test_martyrs_are_dead_and_dozens_of_wounded_make_no_tally_of_strikes():
    (ev,) = violent(events("قصف الطيران الروسي قرية مرعند بريف جسر الشغور، ما أدى إلى ارتقاء عشرة شهداء."))
    assert ev.fatalities == 10
    (ev,) = violent(events("أسفرت الغارة على مدينة إدلب عن سقوط شهيدين وخمسة جرحى."))
    assert (ev.fatalities, ev.injured) == (2, 5)
    # the dozens are of the wounded, not of the strikes: one strike told with its dead
    (ev,) = violent(events("استشهد مدنيان وسقط عشرات الجرحى جراء الغارات الروسية على قرية كنسبا في ريف اللاذقية."))
    assert ev.fatalities == 2 and ev.location == "Kinnsibba"
    assert not violent(events("شنت الطائرات الروسية عشرات الغارات على ريف إدلب منذ بداية الشهر."))


def test_an_army_photo_dates_no_page_and_two_days_an_undated_page_names_are_two_attacks():
    body = ("Soldiers on patrol near the garrison, Syria, April 29, 2020. (Army photo by a sergeant)\n\n"
            "The command confirmed that drones struck the al-Tanf garrison on January 20.\n\n"
            "Last year, two attacks blamed on Iranian-backed forces hit the garrison on October 20 "
            "and August 15.")
    evs = violent(events(body, None))
    assert [e.date_start for e in evs] == [None, None] and len(evs) == 2
    assert evs[1].actor == "Iran-backed militias"


def test_the_dots_of_an_abbreviation_do_not_end_the_words_before_a_troop_number():
    (ev,) = [e for e in events("The new troops take the total of the U.S. deployment in Iraq to roughly 2,900.")
             if e.event_type == "troop_level"]
    assert (ev.troops, ev.location) == (2900, "Iraq")


def test_a_sides_own_account_of_its_move_or_strike_is_confirmed():
    (ev,) = [e for e in events("The Pentagon said about 2,500 US troops are in Iraq.") if e.event_type == "troop_level"]
    assert ev.status == "confirmed"
    (ev,) = [e for e in events("ويقدر عدد العسكريين الأمريكيين في سوريا بنحو 900، بحسب وزارة الدفاع الأمريكية.")
             if e.event_type == "troop_level"]
    assert ev.status == "confirmed"
    (ev,) = violent(events("Turkey's defence ministry said its jets struck PKK targets near Zakho on Monday."))
    assert ev.status == "confirmed"
    # a report of the same by an outlet stays reported
    (ev,) = [e for e in events("About 2,500 US troops are in Iraq, Reuters reported.") if e.event_type == "troop_level"]
    assert ev.status == "reported"


def test_a_planned_change_of_troops_from_one_level_to_another_in_a_month_to_come():
    # (the page is of early February: September is the one to come, and the cut is the difference)
    evs = {e.event_type: e for e in events("وذكر المسؤول أن عديد الجنود الأمريكيين سيتقلص من 4800 إلى 2600 جندي خلال شهر أيلول.")}
    assert (evs["withdrawal"].troops, evs["troop_level"].troops) == (2200, 2600)
    assert evs["withdrawal"].status == "planned" and evs["withdrawal"].date_start == date(PUB.year, 9, 1)
    evs = {e.event_type: e for e in events("The number of US troops in Iraq will fall from 5,200 to 3,000 in September.")}
    assert evs["withdrawal"].troops == 2200 and evs["troop_level"].date_start == date(PUB.year, 9, 1)
    (ev,) = [e for e in events("قال البنتاغون إنه سيخفض قواته في سوريا من 3100 إلى 900.") if e.event_type == "withdrawal"]
    assert ev.troops == 2200
    # a month told as past, or a future told at an earlier time, stays where it was
    (ev,) = [e for e in events("US troops will leave under the deal signed last September.") if e.event_type == "withdrawal"]
    assert ev.date_start == date(PUB.year - 1, 9, 1)
    (ev,) = events("وقال مصدر حينها إن آخر جندي أمريكي سيغادر القاعدة في أيلول.")
    assert ev.date_start == date(PUB.year - 1, 9, 1)


def test_a_verb_that_says_how_the_counted_troops_came_is_no_move():
    (ev,) = events("ولدى الولايات المتحدة حاليا قرابة 4000 جندي في العراق أرسلتهم لمحاربة التنظيم.")
    assert (ev.event_type, ev.troops) == ("troop_level", 4000)
    (ev,) = events("Washington keeps about 2,000 troops in Syria, deployed to fight Islamic State.")
    assert (ev.event_type, ev.troops) == ("troop_level", 2000)
    (ev,) = events("Washington keeps about 2,000 troops in Syria who were sent to fight Islamic State.")
    assert ev.event_type == "troop_level"
    # a count moved by its own verb stays a move
    (ev,) = events("150 مستشارا أميركيا وصلوا إلى القاعدة أمس.")
    assert (ev.event_type, ev.troops) == ("deployment", 150)


def test_an_offer_to_send_troops_is_a_plan():
    (ev,) = events("The president offered to send up to 250 US military advisers to Iraq.")
    assert (ev.event_type, ev.troops, ev.status) == ("deployment", 250, "planned")
    (ev,) = events("عرض الرئيس إرسال ما يصل إلى 250 مستشارا عسكريا أمريكيا إلى العراق.")
    assert (ev.troops, ev.status) == (250, "planned")
