"""Areas, roads and campaigns of real pages, each on sentences written for its test: targets
destroyed in a list of areas, highways named by their towns, where a struck convoy was heading, and
campaigns summed up by their dead."""

from tests.extract_helpers import events, violent


def test_targets_destroyed_in_a_list_of_areas_are_strikes_of_the_campaign_told_before():
    body = ("Turkish jets carried out airstrikes on PKK hideouts near Sinjar on Monday. The ministry said that 40 PKK "
            "targets were destroyed in Qandil, Zap and Hakurk.")
    evs = violent(events(body))
    assert [(e.location, e.actor_group, e.target, e.event_type) for e in evs[1:]] == [
        ("Qandil Mountains", "Turkey", "PKK", "airstrike"), ("Zap", "Turkey", "PKK", "airstrike"),
        ("Hakurk", "Turkey", "PKK", "airstrike")]
    evs = violent(events("وأعلنت وزارة الدفاع التركية تدمير أهداف لحزب العمال الكردستاني في قنديل والزاب يوم الاثنين."))
    assert [(e.location, e.target) for e in evs] == [("Qandil Mountains", "PKK"), ("Zap", "PKK")]


def test_a_highway_named_by_its_towns_in_quotes_and_a_convoys_destination_are_no_place_struck():
    # the strike fell near the town named after "near"; the towns of the highway's name and the
    # post the column was heading to are not where it fell
    body = ("استهدفت طائرات حربية المنطقة المحيطة برتل عسكري تركي خلال عبوره على أوتستراد “حماة – حلب” بالقرب "
            "من مدينة معرة النعمان، وكان الرتل متوجها إلى نقطة المراقبة في مورك.")
    (ev,) = violent(events(body))
    assert ev.location == "Maarrat an Numan" and ev.target == "Turkey"
    (ev,) = violent(events("An air strike hit a Turkish convoy heading to the observation post at Morek on Monday."))
    assert ev.location != "Morek observation post"


def test_a_campaign_summed_up_by_its_dead_is_a_tally_and_the_silk_base_is_harir():
    assert not violent(events("وكانت الحملة الجوية التي شنتها القوات وروسيا قبل التهدئة قد أسفرت عن مقتل ما يزيد عن 900 "
                              "مدني في حماة وإدلب."))
    assert not violent(events("The Russian air campaign has killed more than 3,000 civilians in Idlib since 2015."))
    (ev,) = violent(events("ذكرت مصادر أن صاروخين استهدفا ليلا قاعدة الحرير قرب أربيل."))
    assert ev.location == "Harir Air Base"


def test_a_lead_summing_strikes_the_body_tells_one_by_one_gives_its_toll_to_none_of_them():
    body = ("Syrian government jets struck a truce zone in Idlib province on Saturday, leaving 12 civilians dead, "
            "monitors said. Regime airstrikes also killed one civilian in the village of Qarqur, five others "
            "in the village of Haqul and one dead in the village of Bsames.")
    evs = violent(events(body))
    assert all(e.fatalities != 12 for e in evs if "(" in e.location)
    assert not [e for e in events(body) if e.event_type == "withdrawal"]  # ("leaving 12 dead": no move)


def test_leaving_a_country_places_the_withdrawal_there():
    (ev,) = events("US forces began leaving Syria on Monday.")
    assert (ev.event_type, ev.actor_group, ev.location) == ("withdrawal", "United States", "Syria")


def test_the_airports_flights_were_diverted_to_are_no_places_struck():
    (ev,) = violent(events("وذكرت وسائل إعلام أن غارة إسرائيلية أصابت مدرج مطار دمشق الدولي يوم الأحد، ما تسبب في "
                           "تحويل مسار رحلات متجهة إلى العاصمة باتجاه مطاري حلب واللاذقية."))
    assert ev.location == "Damascus International Airport"


def test_a_capital_that_judges_or_the_country_across_a_border_area_is_no_place():
    found = events("Erdogan said on Monday that Turkish troops would be sent to fight Kurdish forces whom Ankara "
                   "considers terrorists.")
    assert all(e.location != "Ankara" for e in found)
    (ev,) = events("The SDF said American troops pulled back on Monday from the frontier area with Turkey.")
    assert ev.event_type == "withdrawal" and ev.location != "Turkey"
