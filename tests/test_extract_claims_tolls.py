"""A strike told to have hurt no one has a toll of zero, which goes to the strike told just before it;
an armed group named by a common noun that speaks ("the group said") is the one named just before,
and its word on its own attack is a claim."""

from tests.extract_helpers import events, violent


def test_a_strike_that_hurt_no_one_has_a_toll_of_zero():
    (ev,) = violent(events("سقطت ثلاثة صواريخ مساء أمس على قاعدة عين الأسد دون أن يسفر القصف عن إصابات."))
    assert (ev.fatalities, ev.injured) == (0, 0)
    # told in the next sentence, in English
    (ev,) = violent(events("Two rockets landed near the Baghdad airport late on Monday. No one was hurt."))
    assert (ev.fatalities, ev.injured) == (0, 0)
    # no deaths says nothing of the hurt
    (ev,) = violent(events("A drone hit a base near Erbil on Sunday, causing no deaths, officials said."))
    assert (ev.fatalities, ev.injured) == (0, None)


def test_no_reports_of_casualties_and_unharmed_bystanders_are_no_toll():
    (ev,) = violent(events("استهدفت طائرة مسيرة مطار أربيل فجر اليوم، ولم ترد تقارير فورية عن وقوع إصابات."))
    assert (ev.fatalities, ev.injured) == (None, None)
    (ev,) = violent(events("Rockets struck a base near Erbil on Sunday. No immediate reports of casualties came in."))
    assert (ev.fatalities, ev.injured) == (None, None)
    # the bystanders spared by a strike that killed two fighters
    (ev,) = violent(events("A US drone strike killed two militia fighters near al-Qaim on Monday; no civilians were harmed."))
    assert (ev.fatalities, ev.injured) == (2, None)


def test_a_zero_toll_told_later_in_the_sentence_goes_to_the_strike_told_just_before_it():
    # in a later clause, the attack referred back to
    (ev,) = violent(events("استهدفت خمسة صواريخ قاعدة عين الأسد مساء أمس، وقال مسؤول أمني إن الهجوم لم يسفر عن وقوع إصابات."))
    assert (ev.fatalities, ev.injured) == (0, 0)
    # after a second strike: the second one's
    first, second = violent(events("Rockets struck Ain al-Asad air base on Monday, and a drone hit Erbil airport on Tuesday, "
                                   "causing no injuries."))
    assert (first.location, first.fatalities) == ("Ain al-Asad Air Base", None)
    assert (second.location, second.fatalities, second.injured) == ("Erbil Air Base", 0, 0)


def test_a_group_named_by_a_common_noun_that_tells_its_attack_is_the_group_named_before_and_claims_it():
    (ev,) = violent(events("تبنت كتائب حزب الله هجمات على القوات الأمريكية الأسبوع الماضي. "
                           "وقالت الجماعة في بيان إنها استهدفت قاعدة حرير في أربيل بطائرة مسيرة أمس."))
    assert (ev.actor, ev.location, ev.status) == ("Kataib Hezbollah", "Harir Air Base", "claimed")
    (ev,) = violent(events("Kataib Hezbollah has stepped up its campaign against US forces. "
                           "The group said it launched a drone at the Harir base near Erbil on Sunday."))
    assert (ev.actor, ev.location, ev.status) == ("Kataib Hezbollah", "Harir Air Base", "claimed")


def test_a_group_named_long_before_or_a_group_another_side_speaks_of_is_no_claim():
    # named four sentences before: too far to be the group that speaks
    (ev,) = violent(events("Kataib Hezbollah was founded in 2007. It is part of a larger alliance. Its leaders live in "
                           "Baghdad. Many analysts follow it. The group said it launched a drone at the Harir base near "
                           "Erbil on Sunday."))
    assert ev.actor != "Kataib Hezbollah" and ev.status == "claimed"
    # an official speaking of the militia: no claim
    (ev,) = violent(events("A US official said the militia fired rockets at Ain al-Asad air base on Monday."))
    assert ev.status != "claimed"


def test_a_move_one_side_means_to_force_on_another_is_no_move():
    found = events("The militia claimed the attack and said it will force US troops to leave Iraq defeated.")
    assert not [e for e in found if e.event_type == "withdrawal"]
    found = events("وقالت الجماعة إنها ستواصل عملياتها لإجبار القوات الأمريكية على الانسحاب من سوريا.")
    assert not [e for e in found if e.event_type == "withdrawal"]
    # a move forced on a side and made is a move
    found = events("The Turkish offensive forced US troops to withdraw from the border area in October 2019.")
    assert [e.event_type for e in found] == ["withdrawal"]


def test_strikes_on_a_border_between_two_countries_are_one_strike():
    found = violent(events("US jets hit militia depots along the Iraq-Syria border late on 3 May, killing four fighters."))
    assert len(found) == 1 and found[0].fatalities == 4


def test_a_lead_that_places_an_unclaimed_attack_in_a_country_is_the_attack_the_body_places_on_a_base():
    found = violent(events("A base hosting US troops in Iraq was struck by rockets on Monday. Rockets hit Ain al-Asad "
                           "air base in western Iraq on Monday afternoon, a coalition spokesman said."))
    assert [e.location for e in found] == ["Ain al-Asad Air Base"]
    # the base's name as English pages often spell it
    (ev,) = violent(events("Nine rockets landed inside al-Assad Air Base on Monday night."))
    assert ev.location == "Ain al-Asad Air Base" and ev.target != "Syria (Assad government)"


def test_front_groups_of_the_iraqi_factions_are_named_armed_groups():
    (ev,) = violent(events("تبنى فصيل أصحاب الكهف استهداف رتل للتحالف الدولي في محافظة الديوانية أمس."))
    assert (ev.actor, ev.status) == ("Ashab al-Kahf", "claimed")
    (ev,) = violent(events("Saraya Thar al-Muhandis said they fired the rockets that hit "
                           "Ain al-Asad on Wednesday."))
    assert (ev.actor, ev.location) == ("Saraya Thar al-Muhandis", "Ain al-Asad Air Base")


def test_a_nationality_after_the_kind_of_a_strike_names_who_struck_and_an_envoys_post_is_no_place():
    (ev,) = violent(events("تعرض مصيف في محافظة دهوك يوم الأربعاء لقصف مدفعي تركي، ليقدم العراق شكوى ضد تركيا "
                           "ويستدعي سفيرها في بغداد."))
    assert (ev.actor, ev.location) == ("Turkey", "Duhok Governorate")
    # an embassy struck is a place struck
    (ev,) = violent(events("Rockets struck the US embassy in Baghdad on Sunday."))
    assert ev.location == "US Embassy in Baghdad"


def test_the_nationality_of_other_strikes_told_beside_is_not_the_side_struck():
    found = violent(events("تعرضت قرى قرب أربيل لقصف صاروخي إيراني فجر اليوم، في وقت تواصلت فيه الضربات التركية في شمال سوريا."))
    assert found and all(e.actor == "Iran" and e.target != "Turkey" for e in found if e.location == "Erbil")


def test_a_name_that_holds_the_strike_word_is_who_struck():
    # the side that tells of its own dead was struck, by the strikes' nationality
    (ev,) = violent(events("أعلنت كتائب حزب الله أمس مقتل خمسة من مقاتليها جراء ضربات أمريكية استهدفت مواقعها في جرف الصخر."))
    assert (ev.event_type, ev.actor, ev.target, ev.fatalities) == ("airstrike", "United States", "Kataib Hezbollah", 5)
    (ev,) = violent(events("Five Kataib Hezbollah fighters were killed in US airstrikes on Jurf al-Sakhar on Tuesday."))
    assert (ev.actor, ev.target) == ("United States", "Kataib Hezbollah")


def test_the_parts_of_a_toll_are_no_troops():
    found = events("أغارت طائرات أمريكية أمس على مخازن لكتائب حزب الله غرب العراق، فقتل 60 مقاتلا على الأقل "
                   "بينهم 30 إيرانيا و20 من قوات الحشد الشعبي.")
    assert not [e for e in found if e.event_type == "troop_level"]
    assert [e.fatalities for e in violent(found)] == [60]
    # the part of a count of troops is a count of troops
    found = events("Some 2,500 US troops, including 900 soldiers in Syria, remain in the region.")
    assert sorted(e.troops for e in found if e.event_type == "troop_level") == [900, 2500]


def test_the_side_whose_areas_are_shelled_is_struck_and_bases_that_fire_name_who_struck():
    (ev,) = violent(events("تعرضت مناطق سيطرة قسد قرب منبج أمس لقصف مدفعي عنيف نفذ من قبل القواعد العسكرية التركية "
                           "المنتشرة في ريف جرابلس."))
    assert ev.actor == "Turkey" and ev.target != "Turkey"
    (ev,) = violent(events("Artillery shelled areas controlled by the SDF near Manbij on Monday."))
    assert ev.actor != "SDF"


def test_a_strike_answering_repeated_attacks_is_a_strike_and_a_count_of_strikes_stays_none():
    (ev,) = violent(events("وقال المسؤول إن الولايات المتحدة ضربت في العراق ثلاثة مخازن سلاح تابعة لكتائب حزب الله ردا على "
                           "الهجمات المتكررة على قواعد تستضيف قوات التحالف."))
    assert (ev.actor, ev.target, ev.location) == ("United States", "Kataib Hezbollah", "Iraq")
    assert not violent(events("The US has carried out more than 150 strikes since October in response to attacks on its forces."))


def test_killed_and_wounded_as_two_verbs_before_one_count_count_neither():
    (ev,) = violent(events("قتل وجرح 19 مسلحا من الميليشيات فجر السبت بغارات أمريكية طالت مواقعهم في البوكمال."))
    assert (ev.fatalities, ev.injured) == (None, None)
    (ev,) = violent(events("قتل 5 وأصيب 7 في الغارة على البوكمال أمس."))
    assert (ev.fatalities, ev.injured) == (5, 7)


def test_a_country_that_only_says_where_or_a_headlines_topic_is_no_attacker():
    (ev,) = violent(events("Syria rocket attack hits the Conoco base on Friday"))
    assert ev.actor != "Iraq"
    (ev,) = violent(events("Iran missile attack hits Erbil on Monday, killing four"))
    assert ev.actor == "Iran"
    (ev,) = violent(events("العراق.. صواريخ تسقط قرب قاعدة “عين الأسد” الجوية"))
    assert ev.actor != "Iraq" and ev.location == "Ain al-Asad Air Base"


def test_a_deed_is_confirmed_only_by_its_own_side():
    # a lawmaker of another side telling a number of US troops only reports it
    found = events("أكد نائب في البرلمان العراقي أمس أن عدد الجنود الأمريكيين في العراق يبلغ نحو 6 آلاف جندي.")
    assert [e.status for e in found if e.event_type == "troop_level"] == ["reported"]
    # the alliance a side leads tells for it
    found = events("أعلن التحالف الدولي أمس وصول 300 جندي أمريكي إضافي إلى سوريا.")
    assert [e.status for e in found if e.event_type == "deployment"] == ["confirmed"]
    found = events("The Pentagon said on Monday it had sent 300 more troops to Syria.")
    assert [e.status for e in found if e.event_type == "deployment"] == ["confirmed"]


def test_helicopters_withdrawn_are_a_withdrawal():
    (ev,) = events("Russia withdrew four attack helicopters from Hmeimim air base on Monday.")
    assert (ev.event_type, ev.location) == ("withdrawal", "Hmeimim Air Base")


def test_the_nth_attack_of_its_kind_is_a_count_unless_the_sentence_tells_the_attack():
    assert not violent(events("ويعد هذا القصف الرابع من نوعه على قاعدة عين الأسد منذ مطلع الأسبوع."))
    assert not violent(events("وهذا الهجوم هو الرابع من نوعه في محافظة الأنبار منذ السبت."))
    (ev,) = violent(events("سقطت ثلاثة صواريخ على مطار أربيل ليل الجمعة، في اعتداء هو الثالث من نوعه خلال أسبوعين."))
    assert ev.location == "Erbil Air Base"


def test_a_zero_toll_in_quoted_words():
    (ev,) = violent(events("وقال مصدر أمني إن صاروخين سقطا على قاعدة حرير أمس، مضيفا أن “الهجوم لم يخلف أي إصابات”."))
    assert (ev.fatalities, ev.injured) == (0, 0)


def test_a_series_of_strikes_on_a_named_day_is_one_wave_on_a_page_with_no_date():
    body = "شنت طائرات أمريكية سلسلة غارات أمس (السبت) على مخازن لكتائب حزب الله في العراق، وقتل فيها 12 مقاتلا."
    (ev,) = violent(events(body, published=None))
    assert (ev.actor, ev.fatalities) == ("United States", 12)
    # with no day, a series of strikes is a count
    assert not violent(events("شنت طائرات أمريكية سلسلة غارات على مخازن لكتائب حزب الله في العراق خلال الأشهر الماضية.",
                              published=None))


def test_the_second_of_two_sources_is_no_side_struck():
    (ev,) = violent(events("Rockets hit Ain al-Asad air base on Monday, according to US and Iraqi officials."))
    assert ev.target not in ("Government of Iraq", "Iraq")
    (ev,) = violent(events("According to the Pentagon, Turkish jets struck PKK targets near Sinjar on Monday."))
    assert (ev.actor, ev.target) == ("Turkish military", "PKK")


def test_where_the_troops_just_sent_will_be_places_their_deployment():
    found = events("The White House said on Wednesday it would send 450 more US troops to Iraq to train Iraqi forces. "
                   "The new troops will work mainly at Taqaddum base in Anbar province, a spokesman said.")
    assert [(e.event_type, e.location, e.troops) for e in found] == [("deployment", "al-Taqaddum Air Base", 450)]
    # a level the sentence gives stays
    found = events("The White House said on Wednesday it would send 450 more US troops to Iraq. The new troops will "
                   "work mainly at Taqaddum base, which brings the US force there to roughly 3,550.")
    assert sorted((e.event_type, e.troops) for e in found) == [("deployment", 450), ("troop_level", 3550)]


def test_a_dateline_before_a_colon_is_neither_party_nor_place():
    (ev,) = violent(events("Tehran: The Revolutionary Guards of Iran announced on Friday they had fired missiles at militant "
                           "camps in Iraqi Kurdistan."))
    assert (ev.actor_group, ev.location, ev.status) == ("Iran", "Kurdistan Region", "claimed")


def test_strikes_told_with_others_made_at_the_same_time_keep_their_own_weapons():
    found = violent(events("شنت مقاتلات تركية صباح اليوم غارات جوية على محيط تل رفعت، تزامنا مع قصف مدفعي تركي "
                           "عنيف طال مدينة منبج."))
    assert [(e.event_type, e.location) for e in found] == [("airstrike", "Tal Rifaat"), ("attack", "Manbij")]
    found = violent(events("Turkish jets struck Tal Rifaat on Monday, while Turkish artillery pounded positions in Manbij."))
    assert [(e.event_type, e.location) for e in found] == [("airstrike", "Tal Rifaat"), ("attack", "Manbij")]


def test_the_name_right_before_an_arabic_verb_of_striking_struck():
    (ev,) = violent(events("وقال المتحدث إن الولايات المتحدة كانت قد استهدفت مجموعة مسلحة في ريف دير الزور أمس."))
    assert (ev.event_type, ev.actor) == ("airstrike", "United States")
    # the event word as the subject: the side after the verb was struck
    (ev,) = violent(events("القصف استهدف قوات أمريكية في ريف دير الزور أمس."))
    assert ev.target == "US military"


def test_a_convoy_struck_in_english_is_no_move():
    found = events("A convoy of the Syrian army was targeted by a Russian airstrike by mistake near Palmyra on Monday.")
    assert [e.event_type for e in found] == ["airstrike"]
    assert [e.event_type for e in events("A US convoy arrived at the Kharab al-Jir base on Monday.")] == ["deployment"]


def test_tolls_told_by_claimed_lives_by_two_after_the_noun_and_by_people_joined():
    def toll(body):
        (ev,) = violent(events(body))
        return ev.fatalities, ev.injured

    assert toll("أفاد مصدر عسكري بأن غارة إسرائيلية أصابت مطار حلب الدولي وأودت بحياة عسكريين اثنين.")[0] == 2
    assert toll("قصفت مدفعية تركية قرية قرب تل تمر وأودت بحياة ثلاثة مدنيين.")[0] == 3
    assert toll("قصفت طائرات روسية بلدة أريحا مساء الخميس، وأسفر القصف عن مقتل امرأة وطفل.")[0] == 2
    assert toll("قصفت طائرات روسية بلدة أريحا مساء الخميس ما أدى إلى مقتل رجل وطفلين.")[0] == 3
    assert toll("قصفت طائرات روسية بلدة أريحا مساء الخميس ما أدى إلى مقتل مدني.")[0] == 1


def test_tolls_told_by_martyrs_and_victims_and_a_toll_that_rose_with_its_number_first():
    def dead(body):
        (ev,) = violent(events(body))
        return ev.fatalities

    assert dead("تعرض مخيم للاجئين قرب مخمور لقصف بطائرة مسيرة تركية مساء الأحد، راح ضحيته ثلاثة مدنيين.") == 3
    assert dead("سقط أربعة شهداء بقصف تركي على قرية قرب كوباني يوم الاثنين.") == 4
    assert dead("قصفت طائرة مسيرة تركية سيارة قرب كوباني يوم الأحد، وارتفع إلى 6 عدد الشهداء جراء القصف.") == 6


def test_a_group_claiming_the_attack_told_before_names_its_attacker():
    body = ("استهدف هجوم بالصواريخ والمسيرات قاعدة خراب الجير الأمريكية في ريف الحسكة فجر الجمعة. "
            "وتبنت المقاومة الإسلامية في العراق الهجوم على قاعدة خراب الجير في بيان، مؤكدة أنه رد على "
            "\"الجرائم المتواصلة\" في غزة.")
    found = events(body)
    assert [(e.event_type, e.actor_group, e.status) for e in found] == [
        ("attack", "Islamic Resistance in Iraq", "claimed")]


def test_an_attack_followed_by_the_strike_that_answered_it_are_two():
    body = ("تعرضت القاعدة الأمريكية في مدينة الشدادي، مساء الأربعاء، لهجوم صاروخي من قبل فصائل موالية لإيران، "
            "تبع ذلك غارة لطيران التحالف على موقع إطلاق الصواريخ جنوبي المدينة.")
    found = sorted((e.event_type, e.actor_group, e.location) for e in violent(events(body)))
    assert found == [("airstrike", "International Coalition", "Shaddadi"), ("attack", "Iran-backed militias", "Shaddadi")]


def test_who_tells_a_report_and_a_reply_with_fire():
    # local networks report; the militias named after "that" are what was told, not who tells
    (ev,) = violent(events("وذكرت شبكات محلية أن فصائل موالية لإيران استهدفت قاعدة التحالف في الشدادي بقذائف هاون."))
    assert ev.status == "reported"
    # a reply made with fire tells nothing; the sources of fire are no sources of news
    (ev,) = violent(events("رد طيران التحالف الدولي بغارة جوية على موقع قرب مدينة الشدادي مساء الأحد."))
    assert ev.status == "reported"
    (ev,) = violent(events("وقالت وزارة الدفاع التركية إنها ردت بالمثل على مصادر النيران قرب منبج يوم الأحد."))
    assert ev.status == "confirmed"


def test_a_country_name_after_an_accusative_strike_noun_is_its_nationality_and_kill_counts():
    (ev,) = violent(events("وكان قصفا تركيا، قد طال يوم الأربعاء مصيفا قرب زاخو، ما أسفر عن مقتل 9 سياح."))
    assert ev.actor_group == "Turkey" and ev.target != "Turkey"
    (ev,) = violent(events("Israeli Strikes on Syria Kill Three Soldiers: State Media"))
    assert (ev.fatalities, ev.troops) == (3, None)
