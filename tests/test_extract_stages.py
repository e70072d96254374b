"""The extractor's stages one by one, on sentences written for these tests: the page (headlines,
datelines), frames (tallies, exposure, weapon words), arguments (adjective actors, generic actors,
theatres, casualties) and the merge within a page."""

from datetime import date

from conflict_timeline.extract import extract_events
from conflict_timeline.extract.page import is_headline, page_sentences
from conflict_timeline.schema import Event
from tests.extract_helpers import UNNAMED_IQ, art, events, violent

# -- page ---------------------------------------------------------------------------------------


def test_headline_lines_are_marked():
    body = "Drones hit a base in the east\nThree drones hit the base at dawn on Monday, the army said."
    marks = [(ps.text[:6], ps.headline) for ps in page_sentences(art(body))]
    assert marks == [("Drones", True), ("Three ", False)]
    assert is_headline("- هجوم صاروخي على قاعدة عسكرية")
    assert not is_headline("Three drones hit the base at dawn on Monday.")


def test_dateline_is_not_read_as_the_place():
    body = "ERBIL, Kurdistan Region - Two rockets hit the Ain al-Asad base in western Iraq on Monday, officials said."
    (ps,) = list(page_sentences(art(body)))
    assert ps.text.startswith("Two rockets")
    assert body[ps.start : ps.end] == ps.text
    assert {e.location for e in violent(events(body))} == {"Ain al-Asad Air Base"}
    # a dash or bar glued to the place or outlet: still a dateline, and no side of the strike
    body = "دمشق- قصفت طائرات إسرائيلية مطار التيفور في ريف حمص الشرقي فجر اليوم الأحد."
    (ps,) = list(page_sentences(art(body)))
    assert ps.text.startswith("قصفت")
    (ev,) = violent(events(body))
    assert ev.actor_group == "Israel"


def test_headline_event_folds_into_the_lead():
    body = ("هجوم بطائرة مسيرة على قاعدة حرير\n"
            "تعرضت قاعدة حرير في أربيل لهجوم بطائرة مسيرة فجر الإثنين دون وقوع إصابات، بحسب مسؤول محلي.")
    evs = violent(events(body))
    assert len(evs) == 1
    assert evs[0].location == "Harir Air Base"
    assert evs[0].date_start == date(2024, 2, 5)


# -- frames -------------------------------------------------------------------------------------


def test_a_tally_is_not_an_attack():
    assert not violent(events("US forces have been attacked more than 60 times in Iraq and Syria since mid-October, "
                              "the Pentagon said."))
    assert not violent(events("وتعرضت القوات الأمريكية لنحو 70 هجوما منذ منتصف أكتوبر في العراق وسوريا."))
    # a count of rockets in one attack is not a tally
    assert violent(events("Militants fired 12 rockets at the Ain al-Asad base on Monday."))


def test_came_under_attack_makes_the_subject_the_target():
    for body in ("The US embassy in Baghdad came under rocket attack on Monday.",
                 "تعرضت السفارة الأمريكية في بغداد لهجوم صاروخي يوم الإثنين."):
        (ev,) = violent(events(body))
        assert ev.event_type == "attack"
        assert ev.actor == UNNAMED_IQ  # the embassy is struck: no attacker named
        assert ev.location in ("US Embassy in Baghdad", "Baghdad")


def test_weapon_words_need_a_use():
    assert not violent(events("The plant is used to manufacture precision missiles, Israeli officials said."))
    assert violent(events("Two missiles landed near the Harir base on Monday."))


# -- arguments ----------------------------------------------------------------------------------


def test_nationality_adjective_on_the_attack_names_the_attacker():
    (ev,) = violent(events("لقي خمسة أشخاص حتفهم بهجوم صاروخي تركي طال قرية قرب دهوك يوم الإثنين."))
    assert ev.actor == "Turkey"
    assert ev.fatalities == 5
    (ev,) = violent(events("Turkish airstrikes hit a village near Duhok on Monday."))
    assert (ev.actor, ev.event_type) == ("Turkey", "airstrike")
    # across a preposition the adjective is the target's, not the attacker's
    (ev,) = violent(events("أطلق مسلحون مجهولون صواريخ على قاعدة أمريكية في محافظة دهوك يوم الإثنين."))
    assert ev.actor != "United States"


def test_unnamed_attackers_are_generic_by_country():
    (ev,) = violent(events("Unidentified gunmen fired rockets at the Ain al-Asad base on Monday."))
    assert (ev.actor, ev.actor_group) == ("Unidentified Armed Group (Iraq)", "Unidentified Armed Group")
    (ev,) = violent(events("Iran-backed militias attacked the Conoco base in Syria with drones on Monday."))
    assert ev.actor == "Iran-backed militias"


def test_a_witness_is_not_the_striker():
    (ev,) = violent(events("أعلنت خلية الإعلام الأمني قصف قرية في قضاء زاخو يوم الإثنين."))
    assert ev.actor != "Iraqi Security Media Cell"


def test_countries_named_together_are_one_theatre():
    evs = violent(events("US aircraft struck targets in Iraq and Syria on Monday."))
    assert len(evs) == 1


def test_killed_and_wounded_together_is_no_death_count():
    (ev,) = violent(events("أسفر هجوم بطائرة مسيرة على قاعدة حرير يوم الإثنين عن مقتل وإصابة 12 شخصا."))
    assert ev.fatalities is None
    (ev,) = violent(events("أسفر هجوم صاروخي على قاعدة حرير يوم الإثنين عن مقتل 8 أشخاص وإصابة 23 آخرين."))
    assert (ev.fatalities, ev.injured) == (8, 23)


# -- merge --------------------------------------------------------------------------------------


def test_merge_comparisons_grow_linearly(monkeypatch):
    """Each event is compared with at most `_MERGE_WINDOW` kept events of its kind, so the number
    of comparisons grows with the number of events, not its square (a bound, not a timing)."""
    from conflict_timeline.extract import merge
    from conflict_timeline.gazetteer import Gazetteer

    calls = {"n": 0}
    real = merge._same_event

    def counting(a, b, gaz, loose=False, retell=True):
        calls["n"] += 1
        return real(a, b, gaz, loose, retell)

    monkeypatch.setattr(merge, "_same_event", counting)
    gaz = Gazetteer.default()
    # distinct events (each its own number of troops) that never merge: the worst case
    evs = [Event(event_type="deployment", article_id="a", sentence="s", span_start=i, span_end=i + 1,
                 location="Erbil", troops=i + 1) for i in range(3000)]
    kept = merge._merge_within(evs, gaz)
    assert len(kept) == 3000
    assert calls["n"] <= 3000 * merge._MERGE_WINDOW
    assert calls["n"] < 3000 * 3000 // 8  # far below the all-pairs count


def test_merge_keeps_one_event_of_a_long_repetition():
    line = "Drones struck the Harir base on Monday, officials said.\n"
    assert len(violent(events(line * 400))) == 1


def test_dollar_amounts_with_a_scale_letter():
    from conflict_timeline.text.arabic import normalize
    from conflict_timeline.text.numbers import find_quantities

    assert [q.value for q in find_quantities(normalize("The Pentagon seeks $262M more"))] == [262_000_000]
    assert [q.value for q in find_quantities(normalize("a $1.5bn request"))] == [1_500_000_000]


def test_a_comparison_is_not_a_second_allocation():
    evs = [e for e in events("The department asked for $900 million for the program in 2019, $150 million more than "
                             "the previous year's request.") if e.event_type == "funding"]
    assert [e.amount_usd for e in evs] == [900_000_000]


def test_one_death_told_without_a_number():
    (ev,) = violent(events("قال الحرس الثوري إنه نفذ ضربة على مواقع قرب كويسنجق يوم الإثنين أسفرت عن مقتل شخص "
                           "وجرح آخرين."))
    assert ev.fatalities == 1
    assert ev.actor == "IRGC"  # the speaker struck: its pronoun is the verb's subject
    assert ev.status == "claimed"


def test_the_subject_after_an_attack_verb_struck_and_the_object_after_a_weapon_did_not():
    (ev,) = violent(events("استهدف سلاح الجو الإسرائيلي مساء الإثنين موقعا قرب دمشق."))
    assert ev.actor in ("Israel", "Israeli military")
    (ev,) = violent(events("استهدفت طائرتان مسيرتان القوات الأمريكية في قاعدة عين الأسد يوم الإثنين."))
    assert ev.actor == UNNAMED_IQ


def test_a_city_locating_a_base_is_not_a_second_place():
    evs = events("US forces left the Qayyarah West air base south of Mosul on Monday, officials said.")
    assert {e.location for e in evs if e.event_type == "withdrawal"} == {"Qayyarah West Air Base"}


def test_a_habit_in_a_relative_clause_is_not_an_attack():
    assert not violent(events("ويعد المطار من أهم القواعد، إذ تنطلق منه الطائرات التي تستهدف ريف حماة."))


def test_the_users_of_what_was_struck_are_not_its_strikers():
    evs = violent(events("قالت القيادة المركزية إن القوات الأمريكية استهدفت يوم الإثنين مخابئ في دير الزور "
                         "تستخدمها مجموعات مدعومة من إيران."))
    assert evs and all(e.actor != "Iran-backed militias" for e in evs)


def test_a_country_in_banned_in_boilerplate_is_no_party():
    for body in ("The fund to fight Daesh (banned in Russia) will receive $400 million for Syria next year.",
                 "وسيحصل صندوق محاربة تنظيم داعش (المحظور في روسيا) على 400 مليون دولار لسوريا العام المقبل."):
        (ev,) = [e for e in events(body) if e.event_type == "funding"]
        assert ev.actor != "Russia" and ev.amount_usd == 400_000_000
    named = "Russia will give $400 million to the Syrian army next year, the ministry said."
    assert [e.actor for e in events(named) if e.event_type == "funding"] == ["Russia"]


def test_one_sum_told_twice_is_one_allocation_with_the_finer_figure():
    body = ("The budget request sets aside nearly $1.27 billion for training Iraqi forces, the Pentagon said on Monday. "
            "The document lists $1.269 billion for the Iraq train and equip fund.")
    sums = sorted(e.amount_usd for e in events(body) if e.event_type == "funding")
    assert sums == [1_269_000_000]
    apart = ("The budget request sets aside $1.2 billion for training Iraqi forces, the Pentagon said on Monday. "
             "The document lists $500 million for Syria.")
    assert len([e for e in events(apart) if e.event_type == "funding"]) == 2


def test_a_page_without_a_publication_date_is_dated_by_its_furniture():
    from conflict_timeline.extract.page import page_reference_date

    body = ("Rockets hit near the US embassy in Baghdad early on Friday, security sources said.\n"
            "— Some Reporter (@reporter) March 8, 2024\n"
            "The embassy was last targeted on 1 January 2024, and talks are planned for 30 June 2024 "
            "under the agreement the two governments signed.")
    page = art(body, published=None)
    assert page_reference_date(page) == date(2024, 3, 8)  # the signature, not the day to come in the text
    (ev,) = [e for e in violent(extract_events(page)) if "Friday" in e.sentence]
    assert (ev.date_start, ev.date_precision, ev.published) == (date(2024, 3, 8), "day", None)
    only_text = art("Rockets hit the base on Friday. The talks of 4 March 2024 went on for two days "
                    "without any agreement between the delegations of both sides.", published=None)
    assert page_reference_date(only_text) == date(2024, 3, 4)
    assert page_reference_date(art("Rockets hit the base on Friday.", published=None)) is None
    (undated,) = violent(extract_events(art("Two rockets hit the Ain al-Asad base, officials said.", published=None)))
    assert undated.date_start is None  # no day to count back from, no week guessed


def test_arrival_verbs_move_troops_but_a_reached_number_is_a_level():
    def coded(body):
        return [(e.event_type, e.troops) for e in events(body)]

    assert coded("وقال مسؤول عسكري إن 200 جندي أمريكي وصلوا إلى قاعدة عين الأسد يوم الاثنين.") == [("deployment", 200)]
    assert coded("وصلت تعزيزات عسكرية أمريكية إلى قاعدة حرير يوم الاثنين.") == [("deployment", None)]
    assert coded("وقال المسؤول إن عدد الجنود الأمريكيين في العراق وصل إلى 2500 جندي.") == [("troop_level", 2500)]
    assert coded("وصل وزير الدفاع الأمريكي إلى بغداد يوم الاثنين في زيارة غير معلنة.") == []


def test_casualty_counts_joined_by_and_share_their_verb_unless_each_has_its_own():
    def counts(body):
        return [(e.fatalities, e.injured, e.troops) for e in violent(events(body))]

    assert counts("A rocket attack on Ain al-Asad air base on Monday wounded five US service members "
                  "and two contractors, officials said.") == [(None, 7, None)]
    assert counts("Five soldiers were killed and two contractors were wounded in the attack on Tower 22 on Monday.") \
        == [(5, 2, None)]
    assert counts("The strike in Babil on Monday killed five members of Kataib Hezbollah.") == [(5, None, None)]


def test_warplanes_named_as_the_striker_make_an_airstrike_drones_do_not():
    def coded(body):
        return [(e.event_type, e.actor) for e in violent(events(body))]

    assert coded("وذكر مصدر ميداني أن الطيران التركي ضرب مواقع قرب تل رفعت يوم الأحد.") == [
        ("airstrike", "Turkish military")]
    assert coded("وقصفت طائرات حربية مواقع لتنظيم داعش قرب كركوك يوم الثلاثاء.") == [("airstrike", "")]
    assert coded("Iraqi F-16s struck Islamic State hideouts near Kirkuk on Tuesday.") == [("airstrike", "Iraq")]
    assert [t for t, _ in coded("استهدفت الطائرات المسيرة قاعدة عين الأسد يوم الاثنين.")] == ["attack"]
    assert [t for t, _ in coded("Militias fired rockets at Ain al-Asad on Tuesday as jets flew over the base.")] == [
        "attack"]


def test_a_wire_caption_without_its_credit_is_no_text():
    from conflict_timeline.extract.page import is_caption

    assert is_caption("Smoke rises over a village after shelling near Afrin, Syria, on January 22, 2018.")
    assert is_caption("A soldier watches the smoke of an air strike in western Mosul, Iraq, Monday, March 6, 2017")
    assert not is_caption("Rockets struck the base near Baghdad on January 22, 2018.")
    assert not is_caption("Soldiers stand guard at the gate of the base near Erbil.")
    # a credit in brackets that names the photographer ("U.S. Army photo by ...")
    assert is_caption("Marines on a patrol near the Conoco base, Syria, in May 2021. "
                      "(Air Force photo by Senior Airman Jane Roe)")
    assert not is_caption("The troops left the base on Monday, the army said (in a statement).")
    body = ("Smoke rises over a village after an air strike near Afrin, Syria, on January 22, 2018.\n"
            "Turkish warplanes struck Kurdish positions near Afrin on Monday, the army said.")
    assert [e.sentence[:7] for e in violent(events(body))] == ["Turkish"]


def test_a_site_named_by_its_kind_and_its_city_apart_is_the_site():
    def places(body):
        return [e.location for e in violent(events(body))]

    assert places("سقطت صواريخ على السفارة الأمريكية الواقعة في العاصمة بغداد ليل الأحد.") == ["US Embassy in Baghdad"]
    assert places("Rockets landed near the US embassy in the Iraqi capital Baghdad on Monday.") == ["US Embassy in Baghdad"]
    # a head with a city the gazetteer pairs it with nowhere stays apart
    assert places("Rockets landed near a US embassy office in Kirkuk on Monday.") == ["Kirkuk"]
    # another place between the head and the city: the head does not swallow it
    assert "Ain al-Asad Air Base" in places("سقطت صواريخ على قاعدة للتحالف في مطاري أربيل وعين الأسد مساء الثلاثاء.")


def test_a_diplomatic_protest_is_a_statement_of_the_protester_not_of_its_object():
    def coded(body):
        return [(e.event_type, e.actor) for e in events(body)]

    assert coded("قدمت وزارة الخارجية العراقية احتجاجا رسميا لمجلس الأمن على توغل قوات تركية في أراضي العراق.") == [
        ("statement", "Iraqi Ministry of Foreign Affairs")]
    assert coded("Iraq recalled its ambassador from Tehran on Tuesday and summoned Iran's envoy in Baghdad.") == [
        ("statement", "Iraq")]
    assert coded("Iraq filed a complaint on Tuesday at the Security Council about Turkish soldiers at Bashiqa.")[0] == (
        "statement", "Iraq")
    assert coded("Baghdad lodged a protest with Ankara over the shelling of Sinjar.")[0] == ("statement", "Government of Iraq")


def test_the_nationality_of_a_struck_base_names_its_owner_not_the_attacker():
    def coded(body):
        return [(e.actor, e.target) for e in violent(events(body))]

    assert coded("ذكر مصدر أمني أن ستة صواريخ استهدفت قاعدة زليكان التركية شمال الموصل يوم الأربعاء.") == [
        (UNNAMED_IQ, "Turkey")]
    assert coded("Rockets targeted the Turkish base at Zilkan in Nineveh on Wednesday.") == [(UNNAMED_IQ, "Turkey")]
    assert coded("هجوم صاروخي تركي على منتجع في زاخو يوم الأربعاء.") == [("Turkey", "")]
    assert coded("Turkish warplanes struck villages near Duhok on Wednesday.")[0][0] in ("Turkey", "Turkish military")


def test_troops_sent_to_the_camp_named_before_are_placed_at_that_camp():
    body = ("Officials said on Monday that a Turkish unit has been based at the Bashiqa camp in Nineveh since 2015.\n"
            "وقد تسبب إرسال قرابة 150 عسكريا تركيا إلى المعسكر القريب من مدينة الموصل في أزمة دبلوماسية.")
    moves = [e for e in events(body) if e.troops == 150]
    assert [(e.event_type, e.location) for e in moves] == [("deployment", "Bashiqa camp")]
    alone = "وقد تسبب إرسال قرابة 150 عسكريا تركيا إلى المعسكر القريب من مدينة الموصل في أزمة دبلوماسية."
    assert [e.location for e in events(alone) if e.troops == 150] == ["Mosul"]


def test_a_ministry_telling_of_an_attack_on_its_own_base_or_unnamed_sources_only_report_it():
    def status(body):
        return [e.status for e in violent(events(body))]

    # (the side attacked tells of another's deed: its account, not the striker's word)
    assert status("ذكرت وزارة الدفاع الروسية يوم الثلاثاء أن مسيرات هاجمت قاعدة حميميم ليلا.") == ["reported"]
    assert status("The US embassy in Baghdad said on Friday it had been hit by two rockets.") == ["reported"]
    assert status("Drones struck the al-Tanf garrison on Monday, according to the coalition command.") == ["reported"]
    assert status("قالت مصادر محلية إن مسيرات هاجمت قاعدة حميميم يوم الثلاثاء.") == ["reported"]
    assert status("نقلت صحيفة محلية أن مسيرات هاجمت قاعدة حميميم يوم الثلاثاء.") == ["reported"]


def test_a_dual_countryside_names_two_governorates_not_two_cities():
    def places(body):
        return [e.location for e in violent(events(body))]

    assert places("قصفت مقاتلات روسية مواقع لفصائل معارضة في ريفي حماة وحمص يوم الخميس.") == [
        "Hama Governorate", "Homs Governorate"]
    assert places("قصفت مقاتلات روسية مواقع لفصائل معارضة في حماة وحمص يوم الخميس.") == ["Hama", "Homs"]
    assert places("استهدفت مسيرات قاعدتي عين الأسد وحرير يوم الأربعاء.") == ["Ain al-Asad Air Base", "Harir Air Base"]


def test_where_the_teller_is_is_not_where_it_happened():
    def places(body):
        return [e.location for e in events(body) if e.event_type == "deployment"]

    assert places("وقال ناشطون في مدينة كوباني إن قوات روسية دخلت قاعدة صرين يوم الخميس.") == ["Sarrin"]
    assert places("Activists in Kobani said Russian troops entered the Sarrin base on Thursday.") == ["Sarrin"]
    # the teller's town stays the place when the sentence names no other
    assert places("Activists in Kobani said Russian troops entered the town on Thursday.") == ["Kobani"]


def test_the_officials_who_tell_are_not_a_number_of_troops():
    for body in ("US forces will stay at the Ain al-Asad base, two officials said on Monday.",
                 "وقال ثلاثة مسؤولين إن القوات الأمريكية ستبقى في قاعدة عين الأسد."):
        assert all(e.troops is None for e in events(body))


def test_a_village_shelled_and_its_town_attacked_on_one_page_are_one_incident():
    body = ("أعلن مصدر أمني يوم الأربعاء مقتل 5 أشخاص في هجوم صاروخي تركي على قضاء زاخو.\n"
            "وقال مسؤول محلي إن تركيا قصفت قرية برخ مرتين.")
    assert len(violent(events(body, None))) == 1
    # two towns of one governorate stay two strikes
    body = ("قصفت المدفعية التركية يوم الأربعاء قضاء زاخو.\n"
            "وقصفت تركيا أيضا ناحية العمادية يوم الأربعاء.")
    assert len(violent(events(body, None))) == 2


def test_a_strike_without_a_striker_on_the_day_and_in_the_governorate_of_a_named_one_tells_it_again():
    body = ("Israeli strikes hit military sites near Masyaf late on Sunday, state media said.\n"
            "A monitoring group counted four attacks on Sunday against army positions west of Hama.")
    assert len(violent(events(body, date(2024, 9, 9)))) == 1
    # in another governorate it is a strike of its own
    body = ("Israeli strikes hit military sites near Masyaf late on Sunday, state media said.\n"
            "A war monitor said unidentified drones struck a depot near Deir ez-Zor on Sunday.")
    assert len(violent(events(body, date(2024, 9, 9)))) == 2


def test_a_strike_by_unidentified_men_on_the_day_and_in_the_governorate_of_a_named_one_tells_it_again():
    body = ("قصفت طائرات إسرائيلية مواقع عسكرية قرب مصياف مساء الأحد.\n"
            "وقال المرصد إن مسلحين مجهولين استهدفوا مواقع عسكرية غرب حماة مساء الأحد.")
    assert [e.actor for e in violent(events(body, date(2024, 9, 9)))] == ["Israel"]


def test_an_undated_strike_and_one_told_later_on_another_day_are_two():
    body = ("قتل مدني وأصيب آخرون في قصف طائرات حربية روسية على منطقة في ريف إدلب الغربي.\n"
            "وفي 31 آب الفائت استهدفت الطائرات الروسية أطراف مدينة إدلب بغارتين جويتين.")
    assert len(violent(events(body, None))) == 2


def test_strikes_told_on_weekdays_days_apart_are_two_on_an_undated_page():
    body = ("أفادت وسائل إعلام رسمية بوقوع هجوم صاروخي إسرائيلي على ريف دمشق فجر الأربعاء.\n"
            "وقال مصدر عسكري إن إسرائيل أطلقت رشقة صواريخ على نقاط في ريف دمشق السبت الماضي.")
    evs = violent(events(body, None))
    assert len(evs) == 2 and all(e.actor == "Israel" for e in evs)
    # a strike on Monday told by an agency on Tuesday is one
    body = ("قالت الوكالة، الثلاثاء، إن عدد القتلى ارتفع إلى سبعة جراء الغارات الإسرائيلية على مطار التيفور.\n"
            "وكانت الغارات الإسرائيلية قد استهدفت مطار التيفور فجر الاثنين.")
    assert len(violent(events(body, None))) == 1


def test_a_strike_counted_from_another_is_another_strike():
    body = ("وأفاد مسؤول محلي بأن طائرة تركية قصفت مساء الأحد منازل في ناحية زاويتة.\n"
            "ويأتي الهجوم بعد يوم من غارتين لطائرات تركية على قرية في قضاء العمادية قتل فيهما مدني.")
    evs = violent(events(body, None))
    assert len(evs) == 2
    (earlier,) = [e for e in evs if e.location == "Al Amadiyah"]
    assert earlier.date_start is None and earlier.date_text.startswith("بعد يوم")


def test_a_move_from_other_posts_is_not_the_move_told_before():
    body = ("بدأت القوات التركية الانسحاب من نقطة مورك أمس.\n"
            "وأشار المرصد إلى أن الجيش التركي سيخلي مواقع أخرى في المنطقة.")
    assert len([e for e in events(body, None) if e.event_type == "withdrawal"]) == 2


def test_an_unnamed_strike_on_the_news_day_of_a_dated_page_in_the_governorate_of_a_named_one_tells_it_again():
    body = ("Israeli strikes hit military sites near Masyaf, state media said.\n"
            "A Saudi channel reported that several rounds of strikes were carried out on sites around Hama.")
    assert len(violent(events(body, date(2024, 9, 9)))) == 1


def test_a_governorate_and_the_region_that_holds_it_are_one_place_struck():
    body = "قتل 20 مقاتلا بغارات تركية أمس على مواقع في محافظة الحسكة في شمال شرق سوريا."
    assert [e.location for e in violent(events(body))] == ["Hasakah Governorate"]


def test_a_lead_summing_up_the_strikes_of_a_country_is_the_strikes_placed_in_it():
    body = ("US aircraft struck five weapons sites in Iraq on Thursday night, the Pentagon said.\n"
            "Iraqi officials said the strikes hit sites at Jurf al-Sakhar and an airport in Karbala on Thursday.")
    assert sorted(e.location for e in violent(events(body, date(2020, 3, 13)))) == ["Jurf al-Sakhar", "Karbala"]
    # a lead that names another side keeps its own strike
    body = ("Iranian missiles struck Erbil on Monday, officials said.\n"
            "US aircraft struck sites at Jurf al-Sakhar on Monday.")
    assert len(violent(events(body, date(2024, 1, 16)))) == 2


def test_the_attacks_a_strike_answers_as_a_whole_are_no_event():
    body = ("شنت الولايات المتحدة الليلة الماضية غارات على مواقع في القائم ردا على هجمات تتعرض لها "
            "قوات التحالف في سوريا والعراق.")
    # (the striker, named before the strike word, is not the one the attacks are told against)
    assert [(e.actor_group, e.location) for e in violent(events(body))] == [("United States", "al-Qaim")]
    # (also when the strike has a day of its own and the attacks are told without the article)
    body = "شنت الولايات المتحدة أمس غارات على مواقع في القائم ردا على هجمات تتعرض لها قوات التحالف في سوريا."
    assert [e.location for e in violent(events(body))] == ["al-Qaim"]
    # one answered attack with its own day is an event of its own
    body = "نفذت الولايات المتحدة أمس ضربات جوية ضد مواقع في القائم ردا على هجوم استهدف قاعدة التنف يوم الأحد."
    assert len(violent(events(body))) == 2


def test_an_unnamed_airstrike_on_a_page_of_one_air_power_is_its():
    body = ("Israeli warplanes struck military sites near Masyaf late on Sunday, state media said.\n"
            "Air strikes also hit a depot near Baniyas on the coast on Sunday.")
    assert {e.actor_group for e in violent(events(body, date(2024, 9, 9)))} == {"Israel"}
    # not when the page's air power is what the unnamed strike hit
    body = ("US aircraft struck militia sites near al-Qaim on Sunday.\n"
            "Later, air strikes hit US forces near the Tanf garrison on Sunday.")
    evs = [e for e in violent(events(body, date(2024, 9, 9))) if e.location == "al-Tanf Garrison"]
    assert all(e.actor_group != "United States" for e in evs)


def test_an_unnamed_telling_of_a_strike_a_group_claims_is_that_strike():
    body = ("أعلنت كتائب حزب الله أنها هاجمت القوات الأمريكية في سوريا.\n"
            "وقصفت مجموعات مسلحة بالصواريخ قاعدة خراب الجير حيث تنتشر القوات الأمريكية.")
    (ev,) = violent(events(body, None))
    assert (ev.actor, ev.location) == ("Kataib Hezbollah", "Kharab al-Jir")
