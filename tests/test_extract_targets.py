"""What was struck and who was hit in a sentence of a real page: targets, victims, owners and
patrons, the downed and the dead, each on sentences written for its test."""

from tests.extract_helpers import events, violent


def test_a_count_between_against_and_the_target_keeps_it_the_target():
    body = "Three rounds of strikes were carried out on Sunday against five Iranian militia sites around Deir ez-Zor."
    (ev,) = violent(events(body))
    assert ev.actor_group != "Iran"


def test_those_a_struck_site_houses_and_a_leader_of_the_killed_are_victims():
    body = "قصفت مسيرة مجهولة مساء الأحد مقرا للحشد الشعبي شرقي بغداد، ما أدى إلى مقتل اثنين أحدهما قيادي في حركة النجباء."
    (ev,) = violent(events(body))
    assert ev.actor_group not in ("Harakat al-Nujaba", "Popular Mobilization Forces", "Islamic Resistance in Iraq")
    body = 'أسفر "قصف" ليل السبت عن سقوط قتلى في معسكر بالعراق يضم مقاتلين من الحشد الشعبي.'
    (ev,) = violent(events(body))
    assert ev.actor_group != "Popular Mobilization Forces"
    assert not [e for e in events(body) if e.event_type == "other"]


def test_a_patron_of_the_forces_struck_is_not_the_striker():
    body = "Russian jets on Thursday bombed U.S.-backed rebels close to the al-Tanf garrison."
    (ev,) = violent(events(body))
    assert ev.actor_group == "Russia"


def test_delegations_and_a_struck_convoy_are_no_troops():
    body = "وجاء في بيان للسفارة الأمريكية أن وفدين عسكريين أمريكي وتركي عقدا اجتماعات في أنقرة."
    assert not [e for e in events(body) if e.troops]
    body = "An attacker struck a convoy of US and Syrian troops near Palmyra on Sunday, killing two soldiers."
    assert not [e for e in events(body) if e.event_type == "deployment"]


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


def test_a_convoy_struck_by_an_air_force_named_before_it_does_not_move():
    body = "قصفت طائرات التحالف الدولي صباح أمس رتلا عسكريا قرب التنف."
    assert [e.event_type for e in events(body)] == ["airstrike"]


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


def test_an_aircraft_shot_down_in_the_passive_is_struck_and_its_side_never_fires():
    (ev,) = violent(events("A Russian Su-25 was shot down by a shoulder-fired missile over Idlib on Saturday."))
    assert ev.target == "Russia" and ev.actor_group != "Russia"
    (ev,) = violent(events("وأفادت وزارة الدفاع الروسية مساء السبت بأنه تم إسقاط مقاتلة روسية بصاروخ أطلق من الكتف فوق ريف إدلب."))
    assert ev.target in ("Russia", "Russian military") and ev.actor_group != "Russia"
    # the active verb with the shooter's aircraft named before it
    (ev,) = violent(events("وقال مسؤول عسكري أمس إن طائرات تركية أسقطت مقاتلة روسية قرب يايلاداغ."))
    assert (ev.actor_group, ev.target, ev.location) == ("Turkey", "Russia", "Yayladagi")


def test_soldiers_killed_in_the_passive_are_never_the_ones_who_fired():
    body = ("A Canadian commando soldier was killed and three others were wounded in northern Iraq on Friday "
            "after allied fighters fired on them by mistake.")
    (ev,) = violent(events(body))
    assert ev.target == "Canada" and ev.actor_group != "Canada" and (ev.fatalities, ev.injured) == (1, 3)


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


def test_the_side_whose_dead_are_counted_was_struck():
    for text in ("أسفرت غارة أمريكية قرب دير الزور عن مقتل 62 من قوات النظام.",
                 "قتل 62 من قوات النظام وجرح العشرات بعد استهدافهم من قبل طائرات أمريكية قرب دير الزور.",
                 "A US strike near Deir ez-Zor on Saturday killed 62 of the Syrian army troops."):
        evs = violent(events(text))
        assert [(e.actor, e.target) for e in evs] == [("United States", "Syria (Assad government)")], text


def test_the_nationality_of_strikes_that_backed_a_force_struck():
    (ev,) = violent(events("Backed by U.S. airstrikes, Syrian Kurdish forces began to push into areas around Raqqa on Monday."))
    assert ev.actor == "United States"


def test_neutralised_fighters_are_dead_of_the_side_named_with_them():
    (ev,) = violent(events("Turkey's defence ministry said its jets neutralised 12 PKK militants in northern Iraq's Metina region on Saturday."))
    assert (ev.actor_group, ev.target, ev.fatalities) == ("Turkey", "PKK", 12)
    (ev,) = violent(events("أعلنت وزارة الدفاع التركية تحييد 12 إرهابيا من العمال الكردستاني بمنطقة متينا في شمال العراق."))
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


def test_the_side_of_one_who_tells_of_its_own_dead_was_struck():
    # a leader of the group tells that the shelling killed its own fighters: no claim of its own
    body = "وقال قيادي في وحدات مقاومة سنجار إن القصف على قضاء سنجار أدى إلى مقتل خمسة مقاتلين من وحدات مقاومة سنجار."
    (ev,) = violent(events(body))
    assert ev.actor != "Sinjar Resistance Units" and ev.target == "Sinjar Resistance Units"
    assert ev.status != "claimed" and ev.fatalities == 5
    # the same side telling of an attack that killed the other side's members is its claim
    (ev,) = violent(events("وقال قيادي في وحدات مقاومة سنجار إن الهجوم على موقع لتنظيم داعش في سنجار أسفر عن "
                           "مقتل خمسة عناصر من التنظيم."))
    assert (ev.actor, ev.target, ev.status) == ("Sinjar Resistance Units", "Islamic State", "claimed")


def test_a_name_repeated_in_brackets_is_read_where_the_name_stands():
    # the acronym in brackets after "against the ..." is still the side attacked, not the attacker
    (ev,) = violent(events("Officials said the raid was made against a Kurdistan Workers' Party (PKK) cell "
                           "near Sinjar on Monday."))
    assert ev.actor != "PKK"
    (ev,) = violent(events("A spokesman said the attack targeted a depot of Syrian Democratic Forces (SDF) fighters "
                           "near Raqqa on Monday."))
    assert ev.actor != "SDF" and ev.target == "SDF"
    evs = events("The offensive was begun against the PKK (Kurdistan Workers Party) in the north of Iraq, "
                 "a ministry said on Monday.")
    assert not [e for e in evs if e.event_type == "statement" and e.actor == "PKK"]


def test_members_of_a_group_a_strike_targeted_are_of_the_side_struck():
    (ev,) = violent(events("The strikes targeted members of Hurras al-Din in Idlib province on Sunday, killing "
                           "several leaders."))
    assert ev.actor != "Hurras al-Din" and ev.target == "Hurras al-Din"


def test_each_place_of_a_sentence_takes_the_target_of_its_own_strike_word():
    evs = violent(events("Turkish jets struck PKK camps in northern Iraq on Saturday and again bombed Islamic State "
                         "positions in Syria."))
    assert [(e.location, e.target) for e in evs] == [("Iraq", "PKK"), ("Syria", "Islamic State")]


def test_the_nationality_of_a_convoy_a_strike_hit_is_the_side_struck_even_told_by_its_ministry():
    for body in ("وقالت وزارة الدفاع التركية إن غارة جوية استهدفت الرتل التركي قرب معرة النعمان ما أسفر عن "
                 "مقتل ثلاثة جنود.",
                 "The Turkish defence ministry said an air strike hit a Turkish convoy near Maarat al-Numan, "
                 "killing three soldiers."):
        (ev,) = violent(events(body))
        assert ev.actor_group != "Turkey" and ev.target == "Turkey" and ev.fatalities == 3


def test_losses_in_the_ranks_of_a_side_make_it_the_side_struck():
    (ev,) = violent(events("استهدفت طائرات الأباتشي يوم الأحد ثلاثة مواقع داخل سنجار، مرجحا وقوع خسائر بشرية ومادية "
                           "بصفوف التنظيم."))
    assert ev.actor_group != "Islamic State" and ev.location == "Sinjar"


def test_the_owner_of_a_struck_headquarters_named_in_quotes_after_a_militia_word_was_struck():
    (ev,) = violent(events('وذكرت المصادر أن غارات جوية ضربت مقراً لميليشيا "الحرس الثوري" الإيراني داخل قرية '
                           'الهري بريف البوكمال.'))
    assert ev.actor_group != "Iran" and ev.target == "IRGC"


def test_a_page_that_calls_the_aircraft_unknown_gives_its_strikes_no_striker():
    body = ("تعرضت مواقع للميليشيات في شرق سوريا صباح اليوم لقصف من طيران مجهول المصدر. "
            "وقتل تسعة عناصر في غارات على مواقع للميليشيات في البوكمال. "
            "وتتعرض الميليشيات في المنطقة لضربات من طيران إسرائيلي، وكانت إسرائيل قد قصفت الأسبوع الماضي مواقع في الميادين.")
    evs = violent(events(body))
    assert [e.actor_group for e in evs if e.location == "Abu Kamal"] == [""]


def test_drones_no_one_is_named_to_have_flown_on_an_air_powers_base_are_an_attack():
    (ev,) = violent(events("تعرضت قاعدة حميميم الجوية الروسية مساء أمس لقصف جوي بواسطة طائرات مسيرة في ريف اللاذقية."))
    assert (ev.event_type, ev.target) == ("attack", "Russia") and ev.actor.startswith("Unidentified Armed Group")
    # warplanes of no named side stay an air strike without a striker
    (ev,) = violent(events("تعرضت مواقع للميليشيات قرب البوكمال لقصف جوي من طائرات حربية مجهولة مساء أمس."))
    assert ev.event_type == "airstrike" and not ev.actor


def test_a_side_named_before_a_relative_clause_in_the_passive_of_striking_was_struck():
    body = ("قصفت مقاتلات تركية رتلا قرب سنجار يوم الأربعاء. وبحسب المصدر فإن عناصر وحدات مقاومة سنجار الذين تم استهدافهم "
            "كانوا عائدين إلى مواقعهم.")
    assert [e.actor_group for e in violent(events(body))] == ["Turkey"]
    (ev,) = violent(events("The convoy of the SDF that was hit near Raqqa on Monday was carrying fuel."))
    assert ev.actor != "SDF"


def test_the_owner_of_headquarters_exposed_to_shelling_was_struck_and_last_weeks_attack_is_another():
    body = ('وذكرت قناة إيرانية أن مقرات لأحزاب "كومله الكردستاني" و"الحرية الكردستاني" في بلدة كويسنجق تعرضت للقصف '
            'بالصواريخ. وأعلن الحرس الثوري أنه قصف الأسبوع الماضي بالمدفعية مقرات جماعة في إقليم كردستان.')
    evs = violent(events(body, None))
    assert all(e.actor != "Komala" for e in evs) and len(evs) == 2


def test_a_convoy_a_cell_says_was_exposed_to_a_bomb_was_attacked_and_did_not_move():
    evs = events("ذكرت خلية الإعلام الأمني اليوم الإثنين، أن رتلاً تابعا لقوات التحالف الدولي تعرض لانفجار عبوة ناسفة في "
                 "محافظة بابل جنوبي بغداد.")
    assert [(e.event_type, e.target) for e in evs] == [("attack", "International Coalition")]
    # a convoy that entered, then came under attack, moved and was attacked
    evs = events("دخل رتل للقوات الأمريكية إلى الحسكة اليوم وتعرض لاحقا لهجوم.")
    assert {e.event_type for e in evs} == {"attack", "deployment"}


def test_the_foreign_troops_a_struck_base_hosts_were_struck_and_the_setting_names_no_striker():
    (ev,) = violent(events("A rocket attack hit an Iraqi base hosting US troops near Kirkuk on Monday."))
    assert ev.target in ("US military", "United States")
    (ev,) = violent(events("استهدف صاروخ قاعدة عراقية تستضيف قوات أمريكية قرب كركوك، وسط تصاعد الهجمات الإيرانية على المصالح الأمريكية."))
    assert ev.target in ("US military", "United States") and ev.actor_group != "Iran"
    # the factions an umbrella name covers are not hosted by the base
    (ev,) = violent(events("هاجمت طائرة مسيرة الجنود الأمريكيين بقاعدة حرير، في عملية تبنتها «المقاومة الإسلامية في العراق»، "
                           "وهي تسمية تضم فصائل موالية لطهران."))
    assert ev.target in ("US military", "United States")


def test_the_side_of_a_commander_killed_did_not_strike_even_when_named_again():
    (ev,) = violent(events("نقلت الوكالة مقتل أحمد سالم أحد كبار قادة الحرس الثوري اليوم إثر العدوان الذي استهدف منطقة "
                           "السيدة زينب، مشيرة إلى أنه كان من قدامى مستشاري الحرس الثوري هناك."))
    assert ev.actor_group != "Iran" and ev.target == "IRGC"
    # the dead of the attack answered are not the answer's side
    evs = violent(events("On Friday US bombers hit Iranian-backed groups across Iraq in retaliation over a drone strike on "
                         "a Jordan outpost that killed three American troops."))
    assert evs[0].actor_group == "United States" and evs[0].location == "Iraq"


def test_the_owner_of_what_was_struck_may_carry_its_patron_before_its_name():
    (ev,) = violent(events("The raids on Sunday hit four fighters of the Iran-backed Harakat al-Nujaba near al-Qaim, "
                           "sources said."))
    assert ev.actor_group != "Harakat al-Nujaba" and ev.target == "Harakat al-Nujaba"


def test_what_attacks_were_aimed_at_was_struck_and_an_nth_attack_since_a_day_is_a_count():
    evs = violent(events("Sunday's shelling of Salqin was directed at the jihadist alliance Hayat Tahrir al-Sham, "
                         "officials said."))
    assert evs and all(e.actor_group != "Hayat Tahrir al-Sham" for e in evs)
    assert not violent(events("This attack is the 31st against US bases in Iraq since October 17."))
    # the country between a base and its province: the province only locates the base
    (ev,) = violent(events("On Friday drones struck the Ain al-Asad base in Iraq's Anbar."))
    assert ev.location == "Ain al-Asad Air Base"


def test_a_convoy_of_pro_regime_forces_was_struck_and_appearing_to_be_is_no_plan():
    (ev,) = violent(events("On Thursday US aircraft hit a convoy of pro-Assad gunmen that appeared to be approaching "
                           "the al-Tanf garrison."))
    assert (ev.actor_group, ev.target, ev.status) == ("United States", "Syria (Assad government)", "reported")
    (ev,) = events("More US troops are to be deployed to Erbil next month.")
    assert ev.status == "planned"


def test_a_strike_told_by_the_targets_it_destroyed_and_destruction_with_no_target_is_none():
    (ev,) = violent(events("The Turkish Defence Ministry said its jets destroyed 14 PKK targets in northern Iraq on Friday."))
    assert (ev.event_type, ev.actor_group, ev.target) == ("airstrike", "Turkey", "PKK")
    (ev,) = violent(events("أعلنت وزارة الدفاع التركية تدمير 14 هدفا لحزب العمال في شمال العراق."))
    assert (ev.actor_group, ev.target) == ("Turkey", "PKK")
    assert not violent(events("Years of war destroyed much of the old city of Mosul."))


def test_a_side_after_a_verb_whose_subject_is_a_weapon_was_struck():
    # the weapon right after the verb is its subject: the faction owning the vehicle was struck
    (ev,) = violent(events("استهدف قصف بطائرة مسيرة ليل الأحد سيارة تابعة لفصيل مسلح ضمن الحشد الشعبي قرب الفلوجة."))
    assert ev.actor_group != "Popular Mobilization Forces" and ev.target == "Popular Mobilization Forces"
    # the attack before the verb, joined by a relative pronoun, is its subject
    (ev,) = violent(events("أفاد مسؤول محلي بأن الهجوم الذي استهدف فصيلا تابعا للحشد الشعبي قرب القائم أوقع ثلاثة قتلى."))
    assert ev.actor_group != "Popular Mobilization Forces"
    # the owner of the weapon or of the operation struck, wherever it stands
    (ev,) = violent(events("استهدفت طائرة مسيرة تابعة للجيش التركي سيارة لقوات سوريا الديمقراطية قرب القامشلي."))
    assert (ev.actor_group, ev.target) == ("Turkey", "SDF")
    (ev,) = violent(events("استهدفت عملية للجيش الأمريكي فجر اليوم مقرا للحشد الشعبي في بغداد."))
    assert (ev.actor_group, ev.target) == ("United States", "Popular Mobilization Forces")
    # (a passive verb after the thing struck and its owner: the owner was struck)
    (ev,) = violent(events("وقال مسؤول محلي إن مركبة للحشد الشعبي استهدفت بطائرة مسيرة قرب القائم."))
    assert ev.actor_group != "Popular Mobilization Forces" and ev.target == "Popular Mobilization Forces"


def test_the_side_a_strike_came_from_struck():
    # a strike noun with its kind after it is no verb: the side it came from fired it
    (ev,) = violent(events("أصيب مدنيان بقصف مدفعي من قوات النظام السوري على أطراف بلدة الأتارب."))
    assert ev.actor_group == "Syria (Assad government)"
    (ev,) = violent(events("جرح أربعة مدنيين في ريف حلب الشرقي جراء قصف صاروخي مصدره مواقع قوات النظام السوري."))
    assert ev.actor_group == "Syria (Assad government)"
    (ev,) = violent(events("قتل شخصان بقصف مدفعي من الجانب التركي على قرية قرب تل رفعت."))
    assert ev.actor_group == "Turkey"


def test_the_nationality_of_the_subject_of_an_arabic_verb_of_killing_struck():
    (ev,) = violent(events("قتلت طائرات حربية روسية أربعة مدنيين جراء استهداف بلدة سرمين في ريف إدلب."))
    assert ev.actor_group == "Russia" and ev.event_type == "airstrike"
    # (soldiers killed: the passive, their side was struck)
    (ev,) = violent(events("قتل جنديان تركيان بقصف استهدف قاعدة قرب الباب."))
    assert ev.actor_group != "Turkey"


def test_an_air_power_telling_of_targets_struck_in_the_passive_struck_them():
    evs = violent(events("The Israeli army said several weapons depots had been struck near Homs and Hama overnight."))
    assert evs and all((e.actor_group, e.event_type) == ("Israel", "airstrike") for e in evs)
    # its own positions struck: an attack on it
    (ev,) = violent(events("The US military said two of its forward positions were hit near al-Tanf on Sunday."))
    assert ev.actor_group != "United States" and ev.target == "US military"


def test_a_place_shut_after_it_was_struck_is_where_the_strike_fell():
    for body in ("توقف مطار حلب الدولي فجر الأحد بعد تعرضه لغارة من الطيران الإسرائيلي.",
                 "Aleppo International Airport was put out of service after it was hit by an Israeli strike on Sunday."):
        (ev,) = violent(events(body))
        assert (ev.actor_group, ev.location) == ("Israel", "Aleppo International Airport")
    # (a place that only reacts to the strike was not struck)
    body = "دوت صافرات الإنذار في القنصلية الأمريكية بأربيل بعد القصف الإيراني على السليمانية."
    assert [e.location for e in violent(events(body))] != ["US Consulate in Erbil"]


def test_warships_with_no_nationality_told_by_a_defence_ministry_are_its_own():
    (ev,) = violent(events("Russia's defence ministry said on Tuesday that a frigate and a submarine fired cruise missiles "
                           "at Islamic State targets near Palmyra."))
    assert (ev.actor_group, ev.target) == ("Russia", "Islamic State")


def test_aircraft_that_killed_before_the_strike_word_struck():
    # the aircraft are the subject of the verb of killing, far before the strike word
    body = ("قتلت الطائرات الحربية الروسية، المساندة لقوات النظام، مساء الجمعة، ثلاثة مدنيين وأصابت آخرين، جراء "
            "استهداف بلدة سرمين في ريف إدلب.")
    (ev,) = violent(events(body))
    assert ev.actor_group == "Russia" and ev.target != "Russian military"
    body = "وكانت الطائرات الروسية، قتلت خمسة مدنيين وأصابت آخرين، إثر استهداف سوق في مدينة سرمين بريف إدلب."
    (ev,) = violent(events(body))
    assert (ev.actor_group, ev.event_type, ev.fatalities) == ("Russia", "airstrike", 5)


def test_strikes_told_in_contrast_each_with_its_side_and_place_are_two():
    body = ("قتل طفل بقصف مدفعي من قوات النظام طال منازل في قرية معرزاف بريف إدلب، في حين أصيب مزارع في بلدة "
            "سرمين بغارة جوية روسية.")
    found = {(e.actor_group, e.location) for e in violent(events(body))}
    assert found == {("Syria (Assad government)", "Ma'razaf (Idlib Governorate)"), ("Russia", "Sarmin")}
    # (the side that carried out another strike is not the one struck)
    body = ("قصفت طائرات روسية بلدة أريحا مساء الأحد، تزامنا مع قصف بالمدفعية الذي نفذته قوات النظام على محيط "
            "البلدة.")
    assert all(e.target != "Syria (Assad government)" for e in violent(events(body)))


def test_a_camp_for_refugees_is_no_village_and_people_of_a_nationality_are_no_side():
    (ev,) = violent(events("تعرض مخيم للاجئين الأكراد الأتراك قرب مخمور لقصف بطائرة مسيرة مساء الأحد."))
    assert (ev.location, ev.target) == ("Makhmur", "")
    # forces arriving at the scene are no move
    body = ("سقطت قذيفتان قرب قاعدة بعشيقة يوم الأحد، فيما وصلت قوة من الجيش التركي إلى مكان الحادث لمعرفة "
            "التفاصيل.")
    assert not [e for e in events(body) if e.event_type == "deployment"]


def test_the_users_of_a_site_struck_were_struck():
    body = "وذكرت مصادر محلية أن قصفا صاروخيا طال أطراف البوكمال، وتركز القصف على مبان تستخدمها الميليشيات الإيرانية."
    (ev,) = violent(events(body))
    assert ev.actor_group != "Iran-backed militias"
    body = "Rockets struck depots used by Iran-backed militias near Abu Kamal on Sunday."
    (ev,) = violent(events(body))
    assert ev.actor_group != "Iran-backed militias"


def test_a_base_run_by_the_host_army_and_a_capital_of_a_nationality_name_no_side():
    body = ("وقال مسؤول في التحالف إن خمسة صواريخ سقطت على قاعدة عين الأسد، التي تديرها القوات المسلحة العراقية، "
            "مساء الاثنين.")
    (ev,) = violent(events(body))
    assert ev.actor_group != "Iraq"
    body = "قتل قيادي في حركة النجباء بضربة أمريكية استهدفته بالعاصمة العراقية بغداد يوم الخميس."
    (ev,) = violent(events(body))
    assert (ev.actor_group, ev.target) == ("United States", "Harakat al-Nujaba")


def test_what_landed_is_an_aircraft_and_a_single_soldier_hurt_counts_one():
    body = ("The first rocket hit the parking lot of a police regiment near Baghdad airport on Tuesday, while the "
            "second landed in an empty field.")
    assert not [e for e in events(body) if e.event_type == "deployment"]
    body = ("وشنت الولايات المتحدة الشهر الماضي غارات في العراق، جاءت ردا على هجوم بمسيرة نفذه عناصر من "
            "المليشيات الإيرانية وأدى إلى إصابة جندي أمريكي.")
    attack = [e for e in violent(events(body)) if e.event_type == "attack"]
    assert [(e.actor_group, e.injured) for e in attack] == [("Iran-backed militias", 1)]


def test_the_side_that_carried_out_an_attack_whose_missiles_were_downed_struck():
    body = ("وقال مصدر عسكري إن العدو الإسرائيلي شن عدوانا جويا على ريف دمشق فجر الأحد، وتصدت الدفاعات الجوية "
            "لصواريخ العدوان وأسقطت بعضها، وأسفر العدوان عن إصابة عسكري.")
    (ev,) = violent(events(body))
    assert ev.actor_group == "Israel" and ev.target != "Israel"


def test_strikes_with_the_places_they_fell_on_before_their_verb_are_its_subject():
    body = ("قال متحدث باسم البنتاغون الأحد إن واشنطن نفذت ضربات عسكرية في سوريا والعراق استهدفت جماعة "
            "كتائب حزب الله.")
    (ev,) = violent(events(body))
    assert (ev.actor_group, ev.target) == ("United States", "Kataib Hezbollah")
