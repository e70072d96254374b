"""Gazetteer: the CSV data, alias matching (clitics, variants, boundaries, longest match) and resolution."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_timeline.extract import REGION
from conflict_timeline.gazetteer import Gazetteer, _latin_variants

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"

# Canonical names shared with the corpus writers: each must be an entry's exact `name`.
CANONICAL_ACTORS = (
    "Iraq", "Government of Iraq", "Iraqi Security Media Cell", "Iraqi Joint Operations Command",
    "Iraqi Ministry of Defence", "Iraqi Ministry of Foreign Affairs", "Iraqi Parliament",
    "Iraqi Security Forces", "Kurdistan Region", "Peshmerga", "United States", "US Department of Defense",
    "US military", "CENTCOM", "White House", "US State Department", "International Coalition", "NATO",
    "United Kingdom", "France", "Syria (Assad government)", "Syria (transitional government)", "Jordan",
    "Iran", "IRGC", "Israel", "Turkey", "Russia", "SDF", "Islamic Resistance in Iraq", "Kataib Hezbollah",
    "Harakat al-Nujaba", "Kataib Sayyid al-Shuhada", "Asaib Ahl al-Haq", "Popular Mobilization Forces",
    "Islamic State", "al-Qaeda", "Hayat Tahrir al-Sham", "Hamas", "CBS News", "CNN", "Reuters", "AFP",
    "Associated Press", "Iraqi News Agency", "Congressional Research Service", "Al Jazeera",
)  # fmt: skip
CANONICAL_PLACES = (
    "Ain al-Asad Air Base", "Erbil Air Base", "Harir Air Base", "Victory Base", "Union III",
    "al-Tanf Garrison", "Tal Baydar", "Rmelan", "Kharab al-Jir", "Conoco", "al-Omar", "Shaddadi", "Qasrak",
    "Tower 22", "Baghdad International Airport", "Balad Air Base", "K-1 Air Base", "Green Village",
    "Baghdad", "Erbil", "Mosul", "Kirkuk", "Fallujah", "Ramadi", "Tikrit", "al-Qaim", "Jurf al-Sakhar",
    "Sulaymaniyah", "Duhok", "Raqqa", "Deir ez-Zor", "Hasakah", "Qamishli", "Damascus", "Abu Kamal",
    "Mayadin", "Baghuz", "Manbij", "Kobani", "Anbar", "Nineveh", "Kurdistan Region",
    "Deir ez-Zor Governorate", "Hasakah Governorate", "Babil", "Iraq", "Syria", "Jordan", "Iran", "Israel",
    "Turkey", "Gaza",
)  # fmt: skip

# Iraq, Syria, Jordan, Iran, Israel, Turkey (and Lebanon and Gaza between them), and the Gulf states and
# Cyprus where the theatre's forces are based or sent.
BBOX = {"lat": (22.0, 42.2), "lon": (25.6, 63.4)}


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def names(mentions) -> list[str]:
    return [m.entry.name for m in mentions]


# --- data -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CANONICAL_ACTORS)
def test_canonical_actor_names_exist(gz: Gazetteer, name: str) -> None:
    entry = gz.get(name, kind="actor")
    assert entry is not None and entry.name == name


@pytest.mark.parametrize("name", CANONICAL_PLACES)
def test_canonical_place_names_exist(gz: Gazetteer, name: str) -> None:
    entry = gz.get(name, kind="place")
    assert entry is not None and entry.name == name


def test_every_place_has_coordinates_in_the_region_and_a_source(gz: Gazetteer) -> None:
    places = gz.entries("place")
    assert len(places) >= 60
    for p in places:
        assert p.lat is not None and p.lon is not None, p.id
        if p.type == "country" and p.country not in REGION:
            continue  # a country of another theatre, named only to set its events aside (never a pin)
        assert BBOX["lat"][0] <= p.lat <= BBOX["lat"][1], (p.id, p.lat)
        assert BBOX["lon"][0] <= p.lon <= BBOX["lon"][1], (p.id, p.lon)
        assert p.coord_source.strip(), p.id
        expected = {"base": "site", "city": "city", "region": "region", "country": "country"}.get(p.type)
        if expected:
            assert p.geo_precision == expected, p.id


def test_every_parent_represents_and_base_id_exists(gz: Gazetteer) -> None:
    ids = {e.id for e in gz}
    for e in gz:
        assert not e.parent or e.parent in ids, e.id
        for target, _, _ in e.represents_periods:
            assert target in ids, e.id
        if e.base:
            assert gz[e.base].type == "base", e.id
        if e.parent:
            assert gz[e.parent].kind == e.kind, e.id


def test_a_city_and_a_region_never_share_an_alias() -> None:
    # "محافظة دهوك" is the governorate, not the city: a shared alias would hand it to one of them
    import csv

    rows = list(csv.DictReader((ROOT / "data" / "gazetteer" / "places.csv").open(encoding="utf-8")))
    owners: dict[str, set[str]] = {}
    for row in rows:
        for alias in [row["name_ar"], *row["aliases_ar"].split("|"), *row["aliases_en"].split("|")]:
            if alias:
                owners.setdefault(alias.lstrip("="), set()).add(row["type"])
    assert not [alias for alias, types in owners.items() if {"city", "region"} <= types]


# a religious authority speaks for no institution of the gazetteer: he stays a person
SELF_STANDING = {"ali_al_sistani"}


def test_persons_all_represent_someone(gz: Gazetteer) -> None:
    persons = [e for e in gz.entries("actor") if e.type == "person"]
    assert len(persons) >= 15
    assert [p.id for p in persons if not p.represents] == sorted(SELF_STANDING)


def test_parent_chains(gz: Gazetteer) -> None:
    assert [e.name for e in gz.ancestors("centcom")] == [
        "US military",
        "US Department of Defense",
        "United States",
    ]
    assert gz.root("centcom").name == "United States"
    assert [e.name for e in gz.ancestors("iraqi_security_media_cell")] == ["Government of Iraq", "Iraq"]
    assert gz.root("iraq").id == "iraq"
    assert [e.name for e in gz.ancestors("ain_al_asad")] == ["Anbar", "Iraq"]
    assert [e.name for e in gz.ancestors("erbil_air_base")][:2] == ["Erbil", "Erbil Governorate"]
    with pytest.raises(KeyError):
        gz.ancestors("no_such_id")


def test_a_longer_name_wins_over_the_name_it_starts_with(gz: Gazetteer) -> None:
    # the Free Syrian Army is not the Syrian army of the government
    (m,) = gz.find("وبدأ الجيش السوري الحر دخول المدينة")
    assert m.entry.name == "Syrian National Army"
    (m,) = gz.find("وانسحب الجيش السوري من المدينة")
    assert m.entry.name == "Syria (Assad government)"


def test_cities_name_the_base_they_host(gz: Gazetteer) -> None:
    assert gz.get("Erbil", kind="place").base == "erbil_air_base"
    assert gz.get("Harir", kind="place").base == "harir_air_base"
    assert gz.get("al-Qaim", kind="place").base == "al_qaim_base"
    assert gz.get("Qamishli", kind="place").base == "qamishli_airport"
    assert gz.get("Latakia", kind="place").base == "hmeimim"
    assert gz.get("Mosul", kind="place").base == ""


def test_get_by_id_name_and_alias(gz: Gazetteer) -> None:
    assert gz.get("us_department_of_defense").name == "US Department of Defense"
    assert gz.get("Pentagon").id == "us_department_of_defense"
    assert gz.get("البنتاجون").id == "us_department_of_defense"
    assert gz.get("Iraq").kind == "actor"
    assert gz.get("Iraq", kind="place").id == "country_iraq"
    assert gz.get("no such thing") is None


def test_default_is_cached() -> None:
    assert Gazetteer.default() is Gazetteer.default()


# --- matching: clitics, variants, boundaries --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("غارة جوية بالعاصمة العراقية بغداد", "Baghdad", "العاصمة العراقية"),
        ("هجمات على مطاري عين الأسد وأربيل", "Erbil", "أربيل"),
        ("وصل وفد لقاعدة عين الأسد أمس", "Ain al-Asad Air Base", "قاعدة عين الأسد"),
        ("قال مسؤول وبغداد ترفض", "Baghdad", "بغداد"),
        ("سافر الوزير فبغداد", "Baghdad", "بغداد"),
        ("جدولة الانسحاب للتحالف الدولي من العراق", "International Coalition", "لتحالف الدولي"),
        ("وأعلنت المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق"),
        ("وكذلك على تل البيدر شمال سوريا", "Tal Baydar", "تل البيدر"),
    ],
)
def test_aliases_with_clitic_prefixes(gz: Gazetteer, text: str, expected: str, span: str) -> None:
    found = [m for m in gz.find(text) if m.entry.name == expected]
    assert found, gz.find(text)
    assert found[0].text == span
    assert text[found[0].start : found[0].end] == span


def test_glued_conjunction_before_a_name_with_the_article(gz: Gazetteer) -> None:
    ms = gz.actors("أعلن البيت الأبيض والبنتاغون")
    assert names(ms) == ["White House", "US Department of Defense"]
    assert ms[1].text == "البنتاغون"


@pytest.mark.parametrize("spelling", ["البنتاجون", "البنتاغون", "البَنْتاغُون", "البنتـاغون"])
def test_spelling_variants_diacritics_and_tatweel(gz: Gazetteer, spelling: str) -> None:
    text = f"وقال {spelling} في بيان"
    ms = gz.actors(text)
    assert names(ms) == ["US Department of Defense"]
    assert ms[0].text == spelling


@pytest.mark.parametrize("adjective", ["الأمريكية", "الأميركية", "الامريكية"])
def test_adjective_phrases_name_the_actor(gz: Gazetteer, adjective: str) -> None:
    assert names(gz.actors(f"انتشار القوات {adjective} في المنطقة")) == ["US military"]
    assert names(gz.actors(f"بعد إدانته للضربات {adjective}")) == ["United States"]


def test_bare_adjective_is_a_weak_alias_of_the_state(gz: Gazetteer) -> None:
    ms = gz.actors("الإدارة الجديدة والأجهزة الأمريكية")
    assert names(ms) == ["United States"]
    assert ms[0].weak
    assert not gz.actors("انتشار القوات الأمريكية")[0].weak


def test_adjectives_for_iraq_and_iran(gz: Gazetteer) -> None:
    assert names(gz.actors("وقالت الحكومة العراقية")) == ["Government of Iraq"]
    assert names(gz.actors("انتشار القوات العراقية")) == ["Iraqi Security Forces"]
    assert names(gz.actors("قال المسؤول الإيراني")) == ["Iran"]


@pytest.mark.parametrize("text", ["قال البغداديون", "زار بغدادي المدينة", "وصل العراقيات", "في العراقيين"])
def test_word_boundaries(gz: Gazetteer, text: str) -> None:
    strong = [m for m in gz.find(text) if not m.weak]
    assert all(m.entry.name not in ("Baghdad", "Iraq") for m in strong), strong


def test_country_does_not_match_inside_its_adjective(gz: Gazetteer) -> None:
    ms = gz.find("الحكومة العراقية")
    assert names(ms) == ["Government of Iraq"]
    ms = gz.find("العراقية")
    assert len(ms) == 1 and ms[0].weak and ms[0].text == "العراقية"


def test_longest_match_wins_for_assad(gz: Gazetteer) -> None:
    assert names(gz.find("استهدف هجوم قاعدة عين الأسد")) == ["Ain al-Asad Air Base"]
    assert names(gz.find("هجوم على عين الأسد")) == ["Ain al-Asad Air Base"]
    person = gz.find("وقال بشار الأسد")
    assert names(person) == ["Bashar al-Assad"] and not person[0].weak
    bare = gz.find("بعد سقوط الأسد")
    assert gz.places("بعد سقوط الأسد") == []
    assert [m.weak for m in bare] == [True]


def test_mentions_are_sorted_and_do_not_overlap(gz: Gazetteer) -> None:
    text = "أعلن البنتاغون أن القوات الأمريكية في قاعدة التنف وقاعدة حرير تعرضت لهجوم من كتائب حزب الله"
    ms = gz.find(text)
    assert names(ms) == ["US Department of Defense", "US military", "al-Tanf Garrison", "Harir Air Base",
                         "Kataib Hezbollah"]  # fmt: skip
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))


def test_shared_alias_gives_actor_or_place_by_call(gz: Gazetteer) -> None:
    assert [m.entry.id for m in gz.actors("نفى العراق")] == ["iraq"]
    assert [m.entry.id for m in gz.places("نفى العراق")] == ["country_iraq"]
    mention = gz.find("نفى العراق")[0]
    assert {mention.entry.id, *[a.id for a in mention.alternatives]} == {"iraq", "country_iraq"}


def test_metonym_baghdad_is_a_place_first_and_a_weak_actor(gz: Gazetteer) -> None:
    assert names(gz.find("موقف بغداد الثابت")) == ["Baghdad"]
    actor = gz.actors("موقف بغداد الثابت")
    assert names(actor) == ["Government of Iraq"] and actor[0].weak


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مطار أربيل", "Erbil Air Base"),
        ("قاعدة أربيل الجوية", "Erbil Air Base"),
        ("قاعدة حرير", "Harir Air Base"),
        ("حقل العمر", "al-Omar"),
        ("حقل كونيكو", "Conoco"),
        ("التنف", "al-Tanf Garrison"),
        ("البرج 22", "Tower 22"),
        ("البرج ٢٢", "Tower 22"),
        ("قاعدة الشدادي", "Shaddadi"),
        ("مطار بغداد الدولي", "Baghdad International Airport"),
    ],
)
def test_base_aliases(gz: Gazetteer, text: str, expected: str) -> None:
    ms = gz.places(f"هجوم على {text} مساء")
    assert names(ms) == [expected]
    assert ms[0].entry.geo_precision == "site"


def test_white_space_inside_a_name(gz: Gazetteer) -> None:
    text = "قالت الولايات  المتحدة"
    ms = gz.actors(text)
    assert names(ms) == ["United States"]
    assert ms[0].text == "الولايات  المتحدة"
    for sep in ("\u2028", "\x0b", "\u00a0", "\u2009", "\t"):  # one white-space character other than a space
        ms = gz.find(f"قاعدة عين{sep}الأسد")
        assert names(ms) == ["Ain al-Asad Air Base"], repr(sep)
        assert ms[0].text == f"قاعدة عين{sep}الأسد"


# --- English ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.-led coalition said", ["International Coalition"]),
        ("the US-led coalition said", ["International Coalition"]),
        ("US forces at Ain al-Asad", ["US military", "Ain al-Asad Air Base"]),
        ("THE PENTAGON said", ["US Department of Defense"]),
        ("the Pentagon's spokesman", ["US Department of Defense"]),
        ("the Iraqi government denied", ["Government of Iraq"]),
        ("American forces and coalition forces", ["US military", "International Coalition"]),
        ("Kataib Hezbollah claimed the attack on Tower 22", ["Kataib Hezbollah", "Tower 22"]),
        ("according to Reuters and AFP", ["Reuters", "AFP"]),
        ("Washington said", ["United States"]),
    ],
)
def test_english_aliases(gz: Gazetteer, text: str, expected: list[str]) -> None:
    assert names(gz.find(text)) == expected


def test_english_acronyms_match_only_in_capitals(gz: Gazetteer) -> None:
    assert names(gz.find("officials told us that it is over")) == []
    assert names(gz.find("the US and IS")) == ["United States", "Islamic State"]


def test_alias_marked_exact_matches_only_as_written(gz: Gazetteer) -> None:
    assert names(gz.find("the rockets hit the base")) == []
    assert names(gz.find("clashes near Hit and Haditha")) == ["Hit", "Haditha"]
    # surnames that are also English words
    assert names(gz.find("talks began in earnest; a trump card")) == []
    assert names(gz.find("Earnest said Trump would decide")) == ["Josh Earnest", "Donald Trump"]


def test_english_word_boundaries(gz: Gazetteer) -> None:
    assert names(gz.find("Iraqiyya list")) == []
    assert names(gz.find("Iraq's parliament voted")) == ["Iraqi Parliament"]
    assert names(gz.find("Iraq's")) == ["Iraq"]


def test_arabic_text_with_a_latin_acronym(gz: Gazetteer) -> None:
    assert names(gz.actors("بينها شبكة CBS، قد نقلت")) == ["CBS News"]


# --- properties and speed ---------------------------------------------------------------------------

_WORDS = ["بغداد", "وأربيل", "للتحالف", "البنتاجون", "قاعدة", "عين", "الأسد", "التنف", "U.S.", "forces", "said",
          "القوات", "الأمريكية", "في", "و", "العراقية", "Pentagon", "بشار", "2024", "،", ".", "\n", "  "]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([" ", "", " - "]))
def test_mentions_point_into_the_original_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    gz = Gazetteer.default()
    ms = gz.find(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text and m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))
    assert [m.start for m in ms] == sorted(m.start for m in ms)


def test_find_is_fast(gz: Gazetteer) -> None:
    sentence = (
        "وقالت فصائل مسلحة إنها ضربت مواقع للتحالف في قاعدتي عين الأسد وحرير داخل العراق، ثم قاعدة "
        "التنف في سوريا، بينما أكدت وزارة الدفاع الأمريكية أن جنودها في أربيل لم يصابوا بأذى."
    )
    gz.find(sentence)
    t0 = time.perf_counter()
    total = sum(len(gz.find(sentence)) for _ in range(3000))
    elapsed = time.perf_counter() - t0
    assert total == 3000 * len(gz.find(sentence)) and total >= 3000 * 7
    assert elapsed < 3.0, f"3000 sentences took {elapsed:.2f} s"


# --- the seed article (read from ../shared when present) --------------------------------------------


@pytest.mark.skipif(not (SEEDS / "000_e92e837d997e7bb8.txt").exists(), reason="seed article not available")
def test_seed_article_mentions(gz: Gazetteer) -> None:
    text = (SEEDS / "000_e92e837d997e7bb8.txt").read_text(encoding="utf-8")
    ms = gz.find(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
    found = {m.entry.name for m in ms}
    for expected in ("Ain al-Asad Air Base", "Erbil", "Tal Baydar", "al-Tanf Garrison", "Harakat al-Nujaba",
                     "US Department of Defense", "Iraqi Security Media Cell", "Tahseen al-Khafaji",
                     "Mohammed Shia al-Sudani", "Abu Taqwa al-Saidi", "International Coalition", "CBS News",
                     "CNN", "Iraqi News Agency", "Popular Mobilization Forces", "Islamic State",
                     "Islamic Resistance in Iraq"):  # fmt: skip
        assert expected in found, expected
    places = {m.entry.name for m in gz.places(text)}
    assert "Bashar al-Assad" not in places and "Ain al-Asad Air Base" in places


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("أعلن القائم بأعمال السفارة الأمريكية", "القائم", "al-Qaim"),
        ("انتقدت الطبقة السياسية الحكومة", "الطبقة", "Tabqa"),
        ("تستخدم الفصائل أسلحة حديثة", "حديثة", "Haditha"),
        ("وصلت قوات من بلد مجاور", "بلد", "Balad"),
        ("قال مسؤول في عمان", "عمان", "Amman"),
    ],
)
def test_place_names_that_are_common_words_are_weak(gz: Gazetteer, text: str, word: str, place: str) -> None:
    # the canonical Arabic name listed in aliases_low is weak: the extractor needs a place word before it
    mentions = [m for m in gz.places(text) if m.text == word]
    assert mentions and mentions[0].entry.name == place
    assert mentions[0].weak and mentions[0].is_weak(mentions[0].entry)


def test_place_names_with_their_place_word_stay_strong(gz: Gazetteer) -> None:
    for text, place in (("قضاء القائم", "al-Qaim"), ("مدينة الطبقة", "Tabqa"), ("قضاء حديثة", "Haditha"),
                        ("قضاء بلد", "Balad"), ("العاصمة الأردنية عمان", "Amman")):  # fmt: skip
        found = gz.places(text)
        assert names(found) == [place] and not found[0].weak, text
    assert [(m.entry.name, m.weak) for m in gz.find("في سلطنة عمان")] == [("Oman", False)]


def test_weak_readings_of_alternatives_are_marked(gz: Gazetteer) -> None:
    mention = gz.find("موقف بغداد الثابت")[0]
    government = gz.get("government_of_iraq")
    assert government in mention.alternatives
    assert mention.is_weak(government) and not mention.is_weak(mention.entry)
    iraq = gz.find("نفى العراق")[0]
    assert not any(iraq.is_weak(e) for e in (iraq.entry, *iraq.alternatives))


def test_a_name_in_quotation_marks_inside_a_longer_name(gz: Gazetteer) -> None:
    # the Iraqi brigades, not the Lebanese party their name quotes
    assert [m.entry.name for m in gz.find("أعلنت كتائب «حزب الله» استهداف القاعدة")] == ["Kataib Hezbollah"]
    assert [m.entry.name for m in gz.find("وقالت حركة «النجباء» إنها سترد")] == ["Harakat al-Nujaba"]
    # "Hezbollah in Iraq" is the Iraqi brigades
    assert [m.entry.name for m in gz.find('ضربات ضد ميليشيا "حزب الله" في العراق')] == ["Kataib Hezbollah"]


def test_latin_spellings_of_a_place_name_its_list_lacks():
    gaz = Gazetteer.default()
    for written, name in (("Jisr al-Shughur", "Jisr ash Shughur"), ("Maarat al-Numan", "Maarrat an Numan"),
                          ("Tal Tamr", "Tall Tamr"), ("Tal Rifat", "Tal Rifaat")):
        assert [m.entry.name for m in gaz.places(f"Jets struck {written} on Monday.")] == [name]
    # a name of one word gets no other spelling (short words are too often ordinary words)
    assert _latin_variants("kobani") == set() and "tal tamr" in _latin_variants("tall tamr")
