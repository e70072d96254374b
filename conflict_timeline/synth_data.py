"""Places and actors for synthetic events: the built-in tables (real bases, cities and actors with
approximate public coordinates) and the readers that take them from `data/gazetteer/*.csv`."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from conflict_timeline.extract import REGION
from conflict_timeline.schema import GEO_PRECISIONS

GAZETTEER_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


@dataclass(frozen=True)
class Place:
    name: str
    name_ar: str
    country: str
    lat: float
    lon: float
    geo_precision: str  # site, city, region or country


@dataclass(frozen=True)
class Actor:
    name: str
    name_ar: str
    role: str  # armed_group, state_force, striker, official
    key: str = ""  # the built-in name this actor stands for (targets are chosen by it)

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.name)


# Approximate public coordinates (decimal degrees, WGS84) of well-known sites.
BUILTIN_PLACES: tuple[Place, ...] = (
    Place("Ain al-Asad Air Base", "قاعدة عين الأسد", "Iraq", 33.786, 42.441, "site"),
    Place("Harir Air Base", "قاعدة حرير", "Iraq", 36.536, 44.349, "site"),
    Place("Erbil Air Base", "قاعدة أربيل الجوية", "Iraq", 36.237, 43.963, "site"),
    Place("Victory Base Complex", "قاعدة فكتوريا", "Iraq", 33.262, 44.234, "site"),
    Place("Union III", "قاعدة يونيون 3", "Iraq", 33.304, 44.394, "site"),
    Place("Balad Air Base", "قاعدة بلد الجوية", "Iraq", 33.940, 44.361, "site"),
    Place("K-1 Air Base", "قاعدة كي وان", "Iraq", 35.510, 44.280, "site"),
    Place("Al-Tanf Garrison", "قاعدة التنف", "Syria", 33.497, 38.618, "site"),
    Place("Conoco Gas Field", "حقل كونيكو", "Syria", 35.380, 40.300, "site"),
    Place("Al-Omar Oil Field", "حقل العمر", "Syria", 35.040, 40.560, "site"),
    Place("Kharab al-Jir", "خراب الجير", "Syria", 36.870, 42.080, "site"),
    Place("Al-Shaddadi Base", "قاعدة الشدادي", "Syria", 36.060, 40.730, "site"),
    Place("Qasrak Base", "قاعدة قسرك", "Syria", 36.720, 41.200, "site"),
    Place("Tower 22", "البرج 22", "Jordan", 33.324, 38.686, "site"),
    Place("Baghdad", "بغداد", "Iraq", 33.315, 44.366, "city"),
    Place("Erbil", "أربيل", "Iraq", 36.191, 44.009, "city"),
    Place("Mosul", "الموصل", "Iraq", 36.340, 43.130, "city"),
    Place("Kirkuk", "كركوك", "Iraq", 35.468, 44.392, "city"),
    Place("Al-Qaim", "القائم", "Iraq", 34.370, 41.100, "city"),
    Place("Jurf al-Nasr", "جرف النصر", "Iraq", 32.860, 44.170, "city"),
    Place("Deir ez-Zor", "دير الزور", "Syria", 35.336, 40.141, "city"),
    Place("Al-Hasakah", "الحسكة", "Syria", 36.500, 40.748, "city"),
    Place("Raqqa", "الرقة", "Syria", 35.952, 39.009, "city"),
    Place("Al-Bukamal", "البوكمال", "Syria", 34.450, 40.920, "city"),
    Place("Damascus", "دمشق", "Syria", 33.513, 36.292, "city"),
    Place("Anbar Governorate", "محافظة الأنبار", "Iraq", 33.400, 42.000, "region"),
    Place("Kurdistan Region", "إقليم كردستان", "Iraq", 36.400, 44.400, "region"),
    Place("Deir ez-Zor Governorate", "محافظة دير الزور", "Syria", 35.000, 40.500, "region"),
    Place("Iraq", "العراق", "Iraq", 33.220, 43.680, "country"),
    Place("Syria", "سوريا", "Syria", 34.800, 38.990, "country"),
    Place("Jordan", "الأردن", "Jordan", 31.240, 36.510, "country"),
)

BUILTIN_ACTORS: tuple[Actor, ...] = (
    Actor("Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق", "armed_group"),
    Actor("Kata'ib Hezbollah", "كتائب حزب الله", "armed_group"),
    Actor("Harakat al-Nujaba", "حركة النجباء", "armed_group"),
    Actor("Kata'ib Sayyid al-Shuhada", "كتائب سيد الشهداء", "armed_group"),
    Actor("Islamic State", "تنظيم الدولة", "armed_group"),
    Actor("Iran", "إيران", "armed_group"),
    Actor("United States", "الولايات المتحدة", "state_force"),
    Actor("International Coalition", "التحالف الدولي", "state_force"),
    Actor("France", "فرنسا", "state_force"),
    Actor("United Kingdom", "بريطانيا", "state_force"),
    Actor("Germany", "ألمانيا", "state_force"),
    Actor("Russia", "روسيا", "state_force"),
    Actor("Turkey", "تركيا", "striker"),
    Actor("Israel", "إسرائيل", "striker"),
    Actor("Government of Iraq", "الحكومة العراقية", "official"),
    Actor("Iraqi Security Media Cell", "خلية الإعلام الأمني", "official"),
    Actor("Iraqi Parliament", "مجلس النواب العراقي", "official"),
    Actor("US Department of Defense", "وزارة الدفاع الأمريكية", "official"),
    Actor("Popular Mobilization Forces", "الحشد الشعبي", "official"),
    Actor("Kurdistan Regional Government", "حكومة إقليم كردستان", "official"),
    Actor("Syrian Democratic Forces", "قوات سوريا الديمقراطية", "official"),
)

SOURCES: dict[str, tuple[str, ...]] = {
    "ar": ("Anadolu Agency", "Shafaq News", "Al Jazeera", "Alsumaria", "Iraqi News Agency", "Arabi21"),
    "en": ("Reuters", "Associated Press", "Rudaw", "Al-Monitor", "The National"),
}

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
SEASONS_EN = ("winter", "spring", "summer", "autumn")
SEASONS_AR = ("شتاء", "ربيع", "صيف", "خريف")

TROOP_LEVELS = np.array([200, 400, 900, 1000, 2000, 2500, 3000, 3500, 5000])
TROOP_CHANGES = np.array([50, 100, 150, 200, 250, 300, 400, 500, 700, 1000, 1500, 2000, 3000])
AMOUNTS_MUSD = np.array([15.0, 50.0, 150.0, 156.0, 250.0, 322.5, 500.0, 1000.0])

# Shares of precisions and, per precision, how far back (days) the event lies before publication.
PRECISION_P = {"day": 0.55, "week": 0.12, "month": 0.15, "season": 0.03, "year": 0.10, "unknown": 0.05}
MAX_LAG_DAYS = {"day": 0, "week": 0, "month": 60, "season": 400, "year": 1500, "unknown": 0}

# Event type shares in three periods: the war on Islamic State, the years after, the Gaza war.
ERA_BOUNDS = (np.datetime64("2018-01-01", "D"), np.datetime64("2023-10-01", "D"))
TYPE_P_BY_ERA = {
    "attack": (0.08, 0.22, 0.40),
    "airstrike": (0.35, 0.12, 0.14),
    "deployment": (0.12, 0.08, 0.06),
    "withdrawal": (0.04, 0.12, 0.06),
    "troop_level": (0.08, 0.08, 0.05),
    "denial": (0.04, 0.06, 0.06),
    "statement": (0.12, 0.18, 0.14),
    "agreement": (0.03, 0.07, 0.04),
    "funding": (0.04, 0.03, 0.02),
    "other": (0.10, 0.04, 0.03),
}

# Actor roles per event type, with weights.
ACTOR_ROLES: dict[str, dict[str, float]] = {
    "attack": {"armed_group": 1.0},
    "airstrike": {"state_force": 0.6, "striker": 0.4},
    "deployment": {"state_force": 1.0},
    "withdrawal": {"state_force": 1.0},
    "troop_level": {"state_force": 1.0},
    "denial": {"official": 1.0},
    "statement": {"official": 0.75, "armed_group": 0.15, "state_force": 0.10},
    "agreement": {"official": 0.6, "state_force": 0.4},
    "funding": {"state_force": 1.0},
    "other": {"armed_group": 0.6, "official": 0.4},
}

# Geographic precision per event type (site, city, region, country, unknown).
GEO_P: dict[str, tuple[float, ...]] = {
    "attack": (0.80, 0.12, 0.03, 0.03, 0.02),
    "airstrike": (0.10, 0.50, 0.25, 0.10, 0.05),
    "deployment": (0.35, 0.05, 0.10, 0.45, 0.05),
    "withdrawal": (0.35, 0.05, 0.10, 0.45, 0.05),
    "troop_level": (0.30, 0.00, 0.10, 0.55, 0.05),
    "denial": (0.05, 0.10, 0.00, 0.70, 0.15),
    "statement": (0.05, 0.10, 0.05, 0.65, 0.15),
    "agreement": (0.05, 0.05, 0.00, 0.80, 0.10),
    "funding": (0.00, 0.00, 0.10, 0.80, 0.10),
    "other": (0.05, 0.60, 0.20, 0.10, 0.05),
}

STATUS_P: dict[str, dict[str, float]] = {
    "attack": {"claimed": 0.5, "reported": 0.35, "confirmed": 0.1, "denied": 0.05},
    "airstrike": {"confirmed": 0.5, "reported": 0.4, "claimed": 0.05, "denied": 0.05},
    "deployment": {"reported": 0.4, "confirmed": 0.3, "planned": 0.2, "denied": 0.1},
    "withdrawal": {"planned": 0.4, "reported": 0.3, "confirmed": 0.25, "denied": 0.05},
    "troop_level": {"reported": 0.5, "confirmed": 0.5},
    "denial": {"confirmed": 1.0},
    "statement": {"confirmed": 0.85, "reported": 0.15},
    "agreement": {"confirmed": 0.5, "planned": 0.3, "reported": 0.2},
    "funding": {"confirmed": 0.6, "planned": 0.3, "reported": 0.1},
    "other": {"reported": 0.7, "confirmed": 0.3},
}

SENTENCES: dict[str, tuple[str, str]] = {
    "attack": (
        "أعلنت {actor_ar} استهداف {loc_ar} بطائرة مسيرة",
        "{actor} claimed a drone attack on {loc}",
    ),
    "airstrike": (
        "شنت {actor_ar} غارة جوية على مواقع {target_ar} في {loc_ar}",
        "{actor} carried out an airstrike on {target} positions in {loc}",
    ),
    "deployment": (
        "أرسلت {actor_ar} {troops} جندي إضافي إلى {loc_ar}",
        "{actor} sent {troops} additional troops to {loc}",
    ),
    "withdrawal": (
        "بدأت {actor_ar} سحب {troops} جندي من {loc_ar}",
        "{actor} began withdrawing {troops} troops from {loc}",
    ),
    "troop_level": (
        "يبلغ عدد قوات {actor_ar} في {loc_ar} نحو {troops} جندي",
        "{actor} keeps about {troops} troops in {loc}",
    ),
    "denial": (
        "نفت {actor_ar} دخول قوات أجنبية إضافية إلى {loc_ar}",
        "{actor} denied reports of additional foreign forces in {loc}",
    ),
    "statement": (
        "دعت {actor_ar} إلى خروج القوات الأجنبية من {loc_ar}",
        "{actor} called for the departure of foreign forces from {loc}",
    ),
    "agreement": (
        "اتفقت {actor_ar} و{target_ar} على جدولة انسحاب القوات من {loc_ar}",
        "{actor} and {target} agreed on a timetable for the withdrawal from {loc}",
    ),
    "funding": (
        "خصصت {actor_ar} {amount} مليون دولار لدعم القوات في {loc_ar}",
        "{actor} allocated {amount} million dollars for forces in {loc}",
    ),
    "other": (
        "سيطرت {actor_ar} على مواقع في {loc_ar}",
        "{actor} took control of positions in {loc}",
    ),
}

TITLES: dict[str, tuple[str, str]] = {
    "attack": ("هجوم بطائرة مسيرة على {loc_ar}", "Drone attack on {loc}"),
    "airstrike": ("غارة جوية في {loc_ar}", "Airstrike in {loc}"),
    "deployment": ("{actor_ar} ترسل قوات إضافية", "{actor} sends more troops"),
    "withdrawal": ("{actor_ar} تبدأ سحب قواتها", "{actor} begins troop withdrawal"),
    "troop_level": ("كم جنديا تبقي {actor_ar}؟", "How many troops {actor} keeps"),
    "denial": ("{actor_ar} تنفي دخول قوات أجنبية", "{actor} denies entry of foreign forces"),
    "statement": ("{actor_ar} تطالب بخروج القوات الأجنبية", "{actor} demands foreign forces leave"),
    "agreement": ("اتفاق على جدولة الانسحاب", "Agreement on a withdrawal timetable"),
    "funding": ("{actor_ar} تخصص أموالا للقوات", "{actor} allocates funds for forces"),
    "other": ("تطورات ميدانية في {loc_ar}", "Fighting in {loc}"),
}

NOWHERE = Place("", "", "", float("nan"), float("nan"), "unknown")
DEFAULT_TARGETS = {
    "attack": ("United States", "International Coalition"),
    "airstrike": ("Islamic State", "Kata'ib Hezbollah", "Harakat al-Nujaba", "Popular Mobilization Forces"),
}


# ----------------------------------------------------------------------------- gazetteer input


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(line for line in fh if not line.lstrip().startswith("#"))]
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in r.items()} for r in rows]


def _first(row: dict[str, str], *names: str) -> str:
    for name in names:
        if row.get(name):
            return row[name]
    return ""


def _fold(name: str) -> str:
    """A name for comparison: lower case letters and digits only (Kata'ib = Kataib)."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def load_places(directory: Path = GAZETTEER_DIR) -> tuple[Place, ...]:
    """Places with coordinates from `places.csv` in the gazetteer folder, else the built-in list.

    The `country` column may hold a code (`IQ`) or a name; codes are named through the file's own
    country rows. Places whose country cannot be named are left out.
    """
    path = directory / "places.csv"
    if not path.is_file():
        return BUILTIN_PLACES
    rows = _read_csv(path)
    country_names = {p.country for p in BUILTIN_PLACES}
    code_to_name: dict[str, str] = {}
    for row in rows:
        if _first(row, "geo_precision", "type").lower() == "country" and row.get("name"):
            country_names.add(row["name"])
            if row.get("country"):
                code_to_name[row["country"]] = row["name"]
    places = []
    for row in rows:
        precision = _first(row, "geo_precision", "precision").lower()
        name = _first(row, "name", "canonical", "name_en")
        try:
            lat, lon = float(_first(row, "lat", "latitude")), float(_first(row, "lon", "lng", "longitude"))
        except ValueError:
            continue
        country = row.get("country", "")
        if len(country) == 2 and country.isupper() and country not in REGION:
            continue  # a country of another theatre, listed only to set its events aside
        country = code_to_name.get(country, country)
        if precision == "country" and country not in country_names:
            country = name
        if not name or precision not in GEO_PRECISIONS[:4] or country not in country_names:
            continue
        places.append(Place(name, _first(row, "name_ar", "arabic", "ar"), country, lat, lon, precision))
    have = {p.geo_precision for p in places}
    # Every precision needs at least one place; fill the gaps from the built-in list.
    for precision in GEO_PRECISIONS[:4]:
        if precision not in have:
            places.extend(p for p in BUILTIN_PLACES if p.geo_precision == precision)
    return tuple(places)


def load_actors(directory: Path = GAZETTEER_DIR) -> tuple[Actor, ...]:
    """The built-in actors under their canonical names and Arabic names from `actors.csv`.

    A built-in actor is matched to a row by its name or one of the row's English aliases; actors the
    file does not know are left out, unless that would leave a role without any actor.
    """
    path = directory / "actors.csv"
    if not path.is_file():
        return BUILTIN_ACTORS
    canonical: dict[str, tuple[str, str]] = {}
    for row in _read_csv(path):
        name = _first(row, "name", "canonical", "name_en")
        if not name:
            continue
        entry = (name, _first(row, "name_ar", "arabic", "ar"))
        for alias in (name, *row.get("aliases_en", "").split("|")):
            if alias.strip():
                canonical.setdefault(_fold(alias), entry)
    known = []
    for actor in BUILTIN_ACTORS:
        match = canonical.get(_fold(actor.name))
        if match:
            known.append(Actor(match[0], match[1] or actor.name_ar, actor.role, actor.name))
    if {a.role for a in known} != {a.role for a in BUILTIN_ACTORS}:
        return BUILTIN_ACTORS  # the file lacks some roles: keep the coherent built-in set
    return tuple(known)
