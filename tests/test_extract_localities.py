"""Towns and villages the gazetteer lacks, told with a place that holds them: one event each, at the
holder's coordinates, named in Latin letters with the holder."""

from conflict_timeline.gazetteer import Gazetteer
from conflict_timeline.text.romanize import romanize
from tests.extract_helpers import events, violent


def test_each_unknown_village_of_a_list_is_a_place_of_its_own_at_its_governorate():
    evs = violent(events("قصفت طائرات حربية روسية أمس قرى كفرعويد وديرسنبل وسفوهن في ريف إدلب الجنوبي."))
    assert [e.location for e in evs] == ["Kafra'wid (Idlib Governorate)", "Dirsanbal (Idlib Governorate)",
                                         "Safuhn (Idlib Governorate)"]
    assert [e.location_ar for e in evs] == ["كفرعويد", "ديرسنبل", "سفوهن"]
    gaz = Gazetteer.default()
    idlib = gaz.get("Idlib Governorate", kind="place")
    assert all((e.lat, e.lon, e.geo_precision, e.country) == (idlib.lat, idlib.lon, "region", "Syria") for e in evs)
    assert {e.actor for e in evs} == {"Russia"} and {e.date_start.isoformat() for e in evs} == {"2024-02-05"}


def test_a_village_of_a_district_and_an_english_list_near_a_town():
    (ev,) = violent(events("قصفت المدفعية التركية يوم الاثنين قرية سرسنك التابعة لقضاء العمادية."))
    assert ev.location.startswith("Sarsank (") and ev.location_ar == "سرسنك"
    evs = violent(events("Turkish howitzers shelled the villages of Marayan, Bzabour and Sheikh Mustafa near Kobani on Monday."))
    assert [e.location for e in evs] == ["Marayan (Kobani)", "Bzabour (Kobani)", "Sheikh Mustafa (Kobani)"]


def test_a_list_with_no_holder_named_or_followed_by_a_verb_adds_no_place():
    # nothing says where the village lies: no place is made up for it
    (ev,) = violent(events("قصفت طائرات روسية أمس بلدة كفرعويد وقتلت خمسة مدنيين."))
    assert "(" not in ev.location and ev.fatalities == 5
    # "and destroyed" after the town is a verb, not a second town; an adjective after the word is no name
    # (the village is not placed either: a verb stands between it and the governorate)
    assert [e.location for e in violent(events("قصفت طائرات روسية أمس قرية سفوهن ودمرت منازل في ريف إدلب."))] == [
        "Idlib Governorate"]
    (ev,) = violent(events("قصفت المدفعية التركية أمس قرية صغيرة في ريف الحسكة."))
    assert ev.location == "Hasakah Governorate"
    # what a town is ("it is a town the group besieges") names no town
    (ev,) = violent(events("قصفت الطائرات أمس محيط بلدة منبج، وهي بلدة يسيطر عليها التنظيم منذ عام."))
    assert ev.location == "Manbij"
    (ev,) = violent(events("قصفت الطائرات أمس محيط منبج، وهي بلدة يحاصرها التنظيم في ريف حلب."))
    assert ev.location == "Manbij"


def test_a_known_name_of_a_list_in_another_governorate_is_a_namesake():
    # Hawija is a town of Kirkuk; in a list of villages of rural Deir ez-Zor it is another village
    evs = violent(events("قصفت القوات الأمريكية أمس بالمدفعية قرى مرعيان والحويجة بريف دير الزور الشرقي."))
    assert [e.location for e in evs] == ["Mar'ayan (Deir ez-Zor Governorate)", "al-Hawija (Deir ez-Zor Governorate)"]


def test_a_toll_told_once_for_several_places_is_counted_once():
    evs = violent(events("Russian jets struck the villages of Marayan and Bzabour in rural Aleppo on Monday, killing seven civilians."))
    assert [e.fatalities for e in evs] == [7, None]
    # a toll that names where it fell goes with that place
    evs = violent(events("قصفت طائرات روسية أمس قريتي كفرعويد وسفوهن بريف إدلب ما أدى إلى مقتل مدنيين اثنين في سفوهن."))
    assert [(e.location_ar, e.fatalities) for e in evs] == [("كفرعويد", None), ("سفوهن", 2)]


def test_the_name_of_a_locality_gives_it_back_with_its_holder():
    gaz = Gazetteer.default()
    holder = gaz.get("Idlib Governorate", kind="place")
    made = gaz.locality("Safuhun", "سفوهن", holder)
    found = gaz.get("Safuhun (Idlib Governorate)", kind="place")
    assert found is not None and found.id == made.id and found.type == "locality"
    assert [e.name for e in gaz.ancestors(found.id)] == ["Idlib Governorate", "Syria"]
    assert gaz.get("Safuhun (Nowhere Known)", kind="place") is None


def test_romanized_labels_put_the_vowels_arabic_must_have():
    assert romanize("البارة") == "al-Bara"
    assert romanize("تل خنزير") == "Tal Khanzir"
    assert romanize("بليون") == "Balyun"
    assert romanize("زاخو") == "Zakhu"
    assert romanize("Tal Abyad") == "Tal Abyad"


def test_names_in_quotation_marks_a_second_settlement_word_and_a_holder_named_first():
    evs = violent(events("قصفت مدفعية التحالف أمس مواقع على أطراف قرى “مرعيان” و”سفوهن” وبلدة “بزابور” بريف دير الزور."))
    assert [e.location_ar for e in evs] == ["مرعيان", "سفوهن", "بزابور"]
    assert {e.location.rsplit(" (", 1)[1] for e in evs} == {"Deir ez-Zor Governorate)"}
    evs = violent(events("Turkish warplanes also struck villages south of Kobani, including Marayan and Bzabour, on Monday."))
    assert [e.location for e in evs] == ["Marayan (Kobani)", "Bzabour (Kobani)"]


def test_a_strike_told_with_also_at_another_place_is_another_strike():
    # Idlib (a city whose governorate shares its name) and a town of that governorate: the town
    # struck "also" is no finer telling of the strike on the city
    evs = violent(events("Russian jets struck Idlib city on Monday, killing 17 civilians. "
                         "Russian warplanes also struck the town of Saraqib on Monday."))
    assert [(e.location, e.fatalities) for e in evs] == [("Idlib", 17), ("Saraqib", None)]


def test_a_list_the_sentence_leaves_unplaced_lies_where_the_page_is():
    evs = violent(events("Russian jets struck Idlib city on Monday, killing 17 civilians. "
                         "Russian warplanes also struck the town of Marayan and the village of Bzabour on Monday."))
    assert [e.location for e in evs] == ["Idlib", "Marayan (Idlib Governorate)", "Bzabour (Idlib Governorate)"]
    # a place named after the list, but not as its holder, leaves it unplaced
    evs = violent(events("Turkish drones struck the village of Marayan and a car in Qamishli on Monday."))
    assert "Marayan" not in " ".join(e.location for e in evs)


def test_unnamed_strikes_on_a_list_of_towns_are_no_retelling_of_a_named_strike_nearby():
    evs = violent(events("Coalition jets struck Islamic State fighters near Falluja on Tuesday. "
                         "Other strikes on Tuesday were conducted near Bayji, Hit and Sinjar."))
    assert [e.location for e in evs] == ["Fallujah", "Bayji", "Hit", "Sinjar"]


def test_a_two_word_name_in_quotation_marks_and_a_known_word_that_begins_a_longer_name():
    evs = violent(events("قصفت مدفعية التحالف أمس أطراف قرى “سفوهن” و”تل بزابور” بريف دير الزور."))
    assert [e.location_ar for e in evs] == ["سفوهن", "تل بزابور"]
    # the gazetteer knows Khusham; "Khusham Safuhn" is another village of the list
    evs = violent(events("قصفت مدفعية التحالف أمس قرى مرعيان وخشام سفوهن بريف دير الزور."))
    assert [e.location_ar for e in evs] == ["مرعيان", "خشام سفوهن"]
    # a word with the article after a known town describes it
    (ev,) = violent(events("قصفت الطائرات أمس أحياء في مدينة الموصل القديمة."))
    assert ev.location == "Mosul"


def test_strikes_told_with_also_right_after_a_dated_strike_are_of_its_day():
    # an undated page: the day the text gives the first strike is the day of the strikes told
    # "also" just after it
    evs = violent(events("A Russian air raid on a market in Idlib left seventeen civilians dead on Monday 22 July "
                         "2019. Russian jets struck the crowded market in the city. According to local sources, "
                         "regime warplanes also struck the town of Marayan and the village of Bzabour.", None))
    assert [(e.location, str(e.date_start)) for e in evs] == [
        ("Idlib", "2019-07-22"), ("Marayan (Idlib Governorate)", "2019-07-22"), ("Bzabour (Idlib Governorate)", "2019-07-22")]


def test_a_village_named_alone_before_a_town_of_the_same_governorate_lies_there():
    evs = violent(events("Unidentified jets struck militia depots in Deir ez-Zor on Sunday.\n"
                         "The raids hit a depot in the village of Marayan and two headquarters in the city of Deir ez-Zor."))
    assert "Marayan (Deir ez-Zor Governorate)" in [e.location for e in evs]
    # a town of another governorate named after it leaves the village unplaced
    evs = violent(events("Unidentified jets struck militia depots in Deir ez-Zor on Sunday.\n"
                         "The raids hit a depot in the village of Marayan and two headquarters in Qamishli."))
    assert not any("Marayan" in e.location for e in evs)


def test_a_list_closed_by_a_relative_clause_and_the_side_that_struck_after_an_attack():
    # "after that attack the US forces shelled the villages X and Y, which ...": the US forces struck
    evs = violent(events("وقصفت القوات التركية أمس مواقع في ريف الحسكة. وقال المصدر إنه بعد ذلك الهجوم قصفت "
                         "القوات الأمريكية بالمدافع قرى مرعيان وسفوهن التي ينتشر فيها مسلحون."))
    listed = [e for e in evs if "(" in e.location]
    assert [e.location_ar for e in listed] == ["مرعيان", "سفوهن"]
    assert {e.actor for e in listed} == {"US military"}
    # "a number of" after a town is no second town
    evs = violent(events("قصفت الطائرات أمس وسط مدينة إدلب وعددا من المباني الحكومية."))
    assert [e.location for e in evs] == ["Idlib"]


def test_a_name_of_another_kind_with_brackets_is_no_locality():
    gaz = Gazetteer.default()
    assert gaz.get("Unidentified Armed Group (Iraq)", kind="place") is None
    assert gaz.get("Unidentified Armed Group (Iraq)", kind="actor") is not None


def test_the_seat_of_an_official_who_speaks_is_no_place_of_the_strike():
    # the head of a sub-district (or a town's mayor) names his seat: the strike told before keeps its
    # town, and his words about it are the same strike, not a second one at his seat
    body = ("قصفت طائرات تركية سيارة قرب سنجار يوم الأحد. "
            "وقال مدير ناحية كرزرك إن القصف استهدف مقاتلين من وحدات مقاومة سنجار.")
    (ev,) = violent(events(body))
    assert ev.location == "Sinjar" and ev.actor_group == "Turkey"
    (ev,) = violent(events("Turkish drones struck a car near Qamishli on Sunday. "
                           "The mayor of the town of Hilwa said the strike hit a checkpoint."))
    assert ev.location == "Qamishli"


def test_a_head_word_glued_to_and_goes_on_with_the_list_and_nearness_ends_it():
    # وأم الكيف: a two-word name after "and"; "near the Russian base" closes the list and only locates it
    body = "استهدفت المدفعية التركية يوم الأحد قرى دردارة وأم الكيف وتل شنان القريبة من القاعدة الروسية في ريف الحسكة."
    evs = violent(events(body))
    assert [e.location_ar for e in evs if "(" in e.location] == ["دردارة", "أم الكيف", "تل شنان"]
    assert all(e.target != "Russia" and e.event_type == "attack" for e in evs)
    # (villages lying near the base: the same)
    evs = violent(events(body.replace("القريبة من", "الواقعة قرب")))
    assert len(evs) == 3 and all(e.target != "Russia" for e in evs)
    # shells are guns of the ground, however the text spells them
    (ev, *_) = violent(events("قصفت القوات التركية بعشرات القذائف قرى تل شنان ودردارة في ريف تل تمر."))
    assert ev.event_type == "attack"


def test_the_seat_of_an_official_is_the_place_only_when_the_sentence_names_no_other():
    (ev,) = violent(events("وذكر قائمقام قضاء كويسنجق أن خمسة صواريخ سقطت صباح اليوم على مقر حزب كردي معارض."))
    assert ev.location == "Koya"
    (ev,) = violent(events("وقال قائمقام قضاء سوران إن القوات الإيرانية قصفت منطقة سيدكان الحدودية صباح اليوم."))
    assert ev.location == "Sidakan"


def test_towns_south_of_the_capital_and_sidi_names_are_a_list_of_their_own_places():
    evs = events("دخلت الشرطة العسكرية الروسية أمس بلدات يلدا وبيت سحم وسيدي مقداد جنوب العاصمة دمشق، بعد فرض اتفاقية "
                 "تهجير وخروج الفصائل العسكرية.")
    assert [e.location_ar for e in evs] == ["يلدا", "بيت سحم", "سيدي مقداد"]
    assert {e.event_type for e in evs} == {"deployment"}  # (the deal after which they deployed is no new deal)


def test_an_area_of_the_holders_governorate_after_a_list_keeps_the_list_and_is_no_place_of_its_own():
    body = ("قصف الطيران الروسي يوم الأحد مدن زملكا وسقبا وحمورية بريف دمشق، ترافق ذلك مع قصف استهدف أرجاء الغوطة الشرقية.")
    assert [e.location_ar for e in violent(events(body)) if "(" in e.location] == ["زملكا", "سقبا", "حمورية"]
    # the area whose towns the sentence names is struck in those towns, not once more as a whole
    evs = violent(events("شن الطيران الروسي يوم الأحد غارات على الغوطة الشرقية طالت عربين وحرستا ودوما."))
    assert "Eastern Ghouta" not in [e.location for e in evs] and len(evs) == 3


def test_the_district_that_locates_an_officials_seat_is_no_place_struck_and_double_primes_quote():
    body = ("وأوضحت مديرة ناحية سيدكان، التابعة لقضاء سوران، أن مدافع إيرانية قصفت صباح اليوم قرى بربزين وكاتينا "
            "التابعة لناحية سيدكان.")
    evs = violent(events(body))
    assert [e.location_ar for e in evs] == ["بربزين", "كاتينا"] and {e.status for e in evs} != {"claimed"}
    evs = violent(events("قصفت مقاتلات روسية يوم الاثنين قريتي “عين الحر″، و”عين الجوز” في جبل الأكراد."))
    assert [e.location_ar for e in evs] == ["عين الحر", "عين الجوز"]


def test_a_town_after_the_governorate_that_holds_another_is_a_place_of_its_own():
    # the governorate named after the first town does not make the next town its locator; Derik and
    # Qamishlo are the Kurdish names of al-Malikiyah and Qamishli
    evs = violent(events("استهدفت مسيرات تركية نقاطا داخل عامودا بريف الحسكة، إضافة إلى نقاط في ديرك."))
    assert [e.location for e in evs] == ["Amuda", "al-Malikiyah"]
    evs = violent(events("Turkish drones hit positions in Amuda in Hasakah province and in Qamishlo on Sunday."))
    assert [e.location for e in evs] == ["Amuda", "Qamishli"]


def test_the_same_direction_word_before_two_places_lists_them():
    evs = violent(events("US jets struck targets near Raqqa and near Palmyra."))
    assert [e.location for e in evs] == ["Raqqa", "Palmyra"]
    evs = violent(events("قصفت الطائرات الأمريكية مواقع قرب الرقة وقرب تدمر."))
    assert [e.location for e in evs] == ["Raqqa", "Palmyra"]
    evs = violent(events("The jets struck on January 24 near Raqqa, and on January 16 near Palmyra."))
    assert [(e.location, e.date_start.day) for e in evs] == [("Raqqa", 24), ("Palmyra", 16)]
    # a town after a base is still its locator
    (ev,) = violent(events("Rockets hit K-1 base near Kirkuk on Monday."))
    assert ev.location == "K-1 Air Base"


def test_an_incursion_is_a_move_into_the_villages_it_reaches_and_passing_by_names_no_village():
    evs = [e for e in events("أفادت الوكالة بأن قوة إسرائيلية مكونة من 6 آليات توغلت وسط قرية رويحينة بريف القنيطرة، "
                             "مرورا بأطراف قرية الحميدية، وغادرت بعد ساعة.") if e.event_type == "deployment"]
    assert evs and evs[0].location_ar == "رويحينة"
    assert all(e.actor_group == "Israel" and "مرور" not in e.location_ar for e in evs)
    (ev, *_) = [e for e in events("Israeli troops pushed into the village of Beit Jinn on Friday.") if e.event_type == "deployment"]
    assert ev.actor_group == "Israel"


def test_english_areas_such_as_a_list_and_one_village_named_with_its_town_and_its_governorate():
    evs = violent(events("Turkish artillery shelled areas such as Jadda and Bir Hesso near Kobani on Monday."))
    assert [e.location for e in evs] == ["Jadda (Kobani)", "Bir Hesso (Kobani)"]
    body = ("Turkish jets struck villages west of Kobani, including Kor Ali and Qaramogh on Monday. "
            "The strikes were followed by artillery fire on areas such as Kor Ali, Jadda and Qaramogh.")
    evs = violent(events(body))
    names = [e.location.split(" (")[0] for e in evs]
    assert sorted(names) == ["Jadda", "Kor Ali", "Qaramogh"]  # (each village once)


def test_a_latin_word_ends_an_arabic_list_and_the_apostrophe_spelling_of_al_qaim():
    (ev,) = violent(events("قصفت مسيرة تركية نقطة للفصائل داخل بلدة تل رفعت pic.twitter.com/AbCd12"))
    assert ev.location == "Tal Rifaat"
    (ev,) = violent(events("US jets struck militia depots in the border town of Al-Qa'im, Iraq, on Sunday."))
    assert ev.location == "al-Qaim"


def test_a_city_that_locates_a_town_named_as_its_base_is_no_second_base():
    (ev,) = violent(events("Kataib Hezbollah claimed a drone strike on the Harir base in Erbil on Sunday."))
    assert ev.location == "Harir Air Base"
    # another base word before the city: the city's own base
    found = violent(events("Drones struck the Harir base and another base in Erbil on Sunday."))
    assert [e.location for e in found] == ["Harir Air Base", "Erbil Air Base"]


def test_villages_one_raid_hit_near_a_town_are_one_strike_at_the_town():
    found = violent(events("قصفت طائرات حربية تركية فجر اليوم أطراف مدينة تل رفعت وقرى مرعناز وشوارغة المجاورة لها."))
    assert [e.location for e in found] == ["Tal Rifaat"]
    # towns far apart stay one strike each
    found = violent(events("Turkish jets struck Ras al-Ain and Tal Abyad on Wednesday afternoon."))
    assert sorted(e.location for e in found) == ["Ras al-Ain", "Tal Abyad"]
    # a town that only locates the villages takes none of them
    found = violent(events("Turkish warplanes struck villages south of Kobani on Monday, including Al-Taynah and Ghassak."))
    assert found and "Kobani" not in [e.location for e in found]
