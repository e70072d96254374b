"""Reading the gazetteer's CSV files: the curated actors.csv and places.csv, and the generated
places_geonames.csv, merged so that curated entries win.

`conflict_timeline.gazetteer` is the engine that matches the entries; this module only reads and
checks them. Errors are one line naming the file, the line and the reason (`GazetteerError`).
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from conflict_timeline.schema import GEO_PRECISIONS
from conflict_timeline.text.arabic import normalize

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

ACTOR_TYPES: tuple[str, ...] = (
    "state",
    "government",
    "military",
    "agency",
    "legislature",
    "armed_group",
    "coalition",
    "media",
    "research",
    "person",
)
PLACE_TYPES: tuple[str, ...] = ("base", "city", "region", "country", "territory")

# The precision a place of each type must carry (a territory may be a region or a whole country).
_PRECISION_OF_TYPE: dict[str, tuple[str, ...]] = {
    "base": ("site",),
    "city": ("city",),
    "region": ("region",),
    "country": ("country",),
    "territory": ("region", "country"),
}

ACTOR_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "name_ar",
    "type",
    "country",
    "parent",
    "aliases_ar",
    "aliases_en",
    "represents",
    "valid_from",
    "valid_to",
)
PLACE_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "name_ar",
    "type",
    "country",
    "parent",
    "lat",
    "lon",
    "geo_precision",
    "aliases_ar",
    "aliases_en",
    "coord_source",
)
# Optional in both files: `aliases_low` (weak aliases: bare adjectives, metonyms such as بغداد for
# the government, words that are also common nouns) and `priority` (an integer, higher wins ties);
# optional in places.csv: `base` (the id of the base a city hosts). An alias written `=Hit` matches
# only as written (capitals included); the canonical name with the same spelling follows it.

GENERATED_FILE = "places_geonames.csv"  # towns and villages from GeoNames (scripts/make_geonames_places.py)

_ID_RE = re.compile(r"^[a-z0-9_]+$")
_SPACES_RE = re.compile(r"\s+")
_GEONAMES_ID_RE = re.compile(r"\bGeoNames (\d+)")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")


class GazetteerError(ValueError):
    """A gazetteer CSV file is malformed; the message names the file, the line and the reason."""


@dataclass(frozen=True)
class Entry:
    """One actor or place."""

    id: str
    name: str
    name_ar: str
    kind: str  # "actor" | "place"
    type: str
    country: str = ""
    parent: str = ""
    lat: float | None = None
    lon: float | None = None
    geo_precision: str = ""
    represents: str = ""  # for a person: the actor id they speak for (the latest one listed)
    valid_from: date | None = None
    valid_to: date | None = None
    base: str = ""  # for a city: the id of the base it hosts
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    aliases_low: tuple[str, ...] = ()
    priority: int = 0
    coord_source: str = ""
    # for a person: (actor id, from, to) in the order listed; open ends are None
    represents_periods: tuple[tuple[str, date | None, date | None], ...] = ()

    def valid_on(self, on: date | None) -> bool:
        """True when the entry exists on `on` (always true without a date or without bounds)."""
        if on is None:
            return True
        if self.valid_from is not None and on < self.valid_from:
            return False
        return not (self.valid_to is not None and on > self.valid_to)

    @property
    def is_time_bound(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None




def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def norm_alias(alias: str) -> str:
    return _SPACES_RE.sub(" ", normalize(alias.removeprefix("="))).strip()


# --- CSV reading -----------------------------------------------------------------------------------


def read_entries(path: Path, kind: str) -> tuple[list[Entry], dict[str, int]]:
    required = ACTOR_COLUMNS if kind == "actor" else PLACE_COLUMNS
    if not path.is_file():
        raise GazetteerError(f"{path}: file not found")
    try:
        return _read_rows(path, kind, required)
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except csv.Error as exc:
        raise GazetteerError(f"{path}: {exc}") from None


def _read_rows(path: Path, kind: str, required: tuple[str, ...]) -> tuple[list[Entry], dict[str, int]]:
    entries: list[Entry] = []
    lines: dict[str, int] = {}
    names: dict[str, int] = {}
    # utf-8-sig: a file saved by a spreadsheet starts with a byte-order mark
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(f"{path}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if None in row:
                raise GazetteerError(f"{path}:{line}: more fields than columns")
            if not any((v or "").strip() for v in row.values()):
                continue
            try:
                entry = _entry_from_row(row, kind)
            except ValueError as exc:
                raise GazetteerError(f"{path}:{line}: {exc}") from None
            if entry.id in lines:
                raise GazetteerError(
                    f"{path}:{line}: duplicate id {entry.id!r} (first on line {lines[entry.id]})"
                )
            if entry.name in names:
                raise GazetteerError(
                    f"{path}:{line}: duplicate name {entry.name!r} (first on line {names[entry.name]})"
                )
            lines[entry.id] = line
            names[entry.name] = line
            entries.append(entry)
    return entries, lines


def _entry_from_row(row: dict[str, str | None], kind: str) -> Entry:
    def col(name: str) -> str:
        return (row.get(name) or "").strip()

    entry_id = col("id")
    if not _ID_RE.match(entry_id):
        raise ValueError(f"id {entry_id!r} must be lower-case letters, digits and underscores")
    if not col("name"):
        raise ValueError(f"{entry_id}: empty name")
    types = ACTOR_TYPES if kind == "actor" else PLACE_TYPES
    entry_type = col("type")
    if entry_type not in types:
        raise ValueError(f"{entry_id}: type {entry_type!r} is not one of {', '.join(types)}")
    priority_text = col("priority")
    try:
        priority = int(priority_text) if priority_text else 0
    except ValueError:
        raise ValueError(f"{entry_id}: priority {priority_text!r} is not an integer") from None
    fields: dict = {
        "id": entry_id,
        "name": col("name"),
        "name_ar": col("name_ar"),
        "kind": kind,
        "type": entry_type,
        "country": col("country"),
        "parent": col("parent"),
        "aliases_ar": _split(col("aliases_ar")),
        "aliases_en": _split(col("aliases_en")),
        "aliases_low": _split(col("aliases_low")),
        "priority": priority,
    }
    if kind == "actor":
        fields["valid_from"] = _date(col("valid_from"), entry_id, "valid_from")
        fields["valid_to"] = _date(col("valid_to"), entry_id, "valid_to")
        if fields["valid_from"] and fields["valid_to"] and fields["valid_from"] > fields["valid_to"]:
            raise ValueError(f"{entry_id}: valid_from is after valid_to")
        periods = _periods(col("represents"), entry_id)
        fields["represents_periods"] = periods
        fields["represents"] = periods[-1][0] if periods else ""
    else:
        fields["lat"] = _coordinate(col("lat"), entry_id, "lat", 90.0)
        fields["lon"] = _coordinate(col("lon"), entry_id, "lon", 180.0)
        precision = col("geo_precision")
        if precision not in GEO_PRECISIONS or precision == "unknown":
            raise ValueError(
                f"{entry_id}: geo_precision {precision!r} is not one of site, city, region, country"
            )
        if precision not in _PRECISION_OF_TYPE[entry_type]:
            raise ValueError(f"{entry_id}: a {entry_type} cannot have geo_precision {precision!r}")
        fields["geo_precision"] = precision
        if not col("coord_source"):
            raise ValueError(f"{entry_id}: empty coord_source (name the public source of the coordinates)")
        fields["coord_source"] = col("coord_source")
        fields["base"] = col("base")
    return Entry(**fields)


def _split(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip())


def _date(value: str, entry_id: str, column: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{entry_id}: {column} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _coordinate(value: str, entry_id: str, column: str, limit: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{entry_id}: {column} {value!r} is not a number") from None
    if not -limit <= number <= limit:
        raise ValueError(f"{entry_id}: {column} {number} is out of range")
    return number


def _periods(value: str, entry_id: str) -> tuple[tuple[str, date | None, date | None], ...]:
    """`id` or `id@FROM..TO` items separated by `|`; either date may be left open."""
    out: list[tuple[str, date | None, date | None]] = []
    for item in _split(value):
        target, _, window = item.partition("@")
        start = end = None
        if window:
            if ".." not in window:
                raise ValueError(f"{entry_id}: represents item {item!r} needs FROM..TO after @")
            a, b = window.split("..", 1)
            start = _date(a.strip(), entry_id, "represents")
            end = _date(b.strip(), entry_id, "represents")
            if start and end and start > end:
                raise ValueError(f"{entry_id}: represents item {item!r} ends before it starts")
        out.append((target.strip(), start, end))
    return tuple(out)


def check_references(
    actors_path: Path,
    actors: list[Entry],
    actor_lines: dict[str, int],
    places: list[Entry],
    place_lines: dict[str, int],
    places_path: Path,
) -> None:
    actor_ids = {e.id for e in actors}
    place_by_id = {e.id: e for e in places}
    for e in places:
        if e.id in actor_ids:
            raise GazetteerError(f"{places_path}:{place_lines[e.id]}: id {e.id!r} is also an actor id")
    for e in actors:
        where = f"{actors_path}:{actor_lines[e.id]}"
        if e.parent and e.parent not in actor_ids:
            raise GazetteerError(f"{where}: parent {e.parent!r} is not an actor id")
        for target, _, _ in e.represents_periods:
            if target not in actor_ids:
                raise GazetteerError(f"{where}: represents {target!r} is not an actor id")
            if target == e.id:
                raise GazetteerError(f"{where}: an actor cannot represent itself")
    for e in places:
        where = f"{places_path}:{place_lines[e.id]}"
        if e.parent and e.parent not in place_by_id:
            raise GazetteerError(f"{where}: parent {e.parent!r} is not a place id")
        if e.base and (e.base not in place_by_id or place_by_id[e.base].type != "base"):
            raise GazetteerError(f"{where}: base {e.base!r} is not the id of a base")
    for entries, lines, path in ((actors, actor_lines, actors_path), (places, place_lines, places_path)):
        by_id = {e.id: e for e in entries}
        for e in entries:
            seen = {e.id}
            node = e
            while node.parent:
                if node.parent in seen:
                    raise GazetteerError(f"{path}:{lines[e.id]}: parent chain of {e.id!r} loops")
                seen.add(node.parent)
                node = by_id[node.parent]



# --- generated places ------------------------------------------------------------------------------


def _keys(entry: Entry) -> set[str]:
    names = (entry.name, entry.name_ar, *entry.aliases_ar, *entry.aliases_en, *entry.aliases_low)
    return {k for k in map(norm_alias, names) if k}


def _contains(key: str, keys: set[str]) -> bool:
    """True when a run of whole words of `key` (shorter than `key`) is in `keys`."""
    words = key.split()
    return any(
        " ".join(words[i:j]) in keys
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
        if j - i < len(words)
    )


def merge_generated(path: Path, actors: list[Entry], places: list[Entry]) -> list[Entry]:
    """The generated places of `path` that the curated entries leave: a place whose GeoNames id a
    curated city row names is dropped (the curated row is that place), and so are generated names equal
    to a curated alias (actor or place) or containing a strong actor alias; a place left without a
    name to match is dropped. The parent must be a curated place."""
    generated, lines = read_entries(path, "place")
    # a base or a camp placed at the point of its town names the town's GeoNames id: the town stays
    curated_geonames = {
        m.group(1) for e in places if e.type == "city" for m in _GEONAMES_ID_RE.finditer(e.coord_source)
    }
    place_ids = {e.id for e in places}
    taken: set[str] = set()
    for e in (*actors, *places):
        taken |= _keys(e)
    actor_keys = {
        k for e in actors for k in map(norm_alias, (e.name, e.name_ar, *e.aliases_ar, *e.aliases_en)) if k
    }
    known_ids = place_ids | {e.id for e in actors}
    out: list[Entry] = []
    for e in generated:
        where = f"{path}:{lines[e.id]}"
        if e.id in known_ids:
            raise GazetteerError(f"{where}: id {e.id!r} is also a curated id")
        if e.parent not in place_ids:
            raise GazetteerError(f"{where}: parent {e.parent!r} is not a place id of places.csv")
        source = _GEONAMES_ID_RE.search(e.coord_source)
        if source is not None and source.group(1) in curated_geonames:
            continue

        def free(alias: str) -> bool:
            key = norm_alias(alias)
            return bool(key) and key not in taken and not _contains(key, actor_keys)

        aliases_ar = tuple(filter(free, e.aliases_ar))
        aliases_en = tuple(filter(free, e.aliases_en))
        aliases_low = tuple(filter(free, e.aliases_low))
        name_ar = e.name_ar if e.name_ar and free(e.name_ar) else ""
        if not name_ar:
            name_ar = next((a for a in (*aliases_ar, *aliases_low) if _ARABIC_RE.search(a)), "")
        name = e.name if free(e.name) else f"{e.name} (GeoNames {source.group(1) if source else e.id})"
        if not (name_ar or aliases_en or any(not _ARABIC_RE.search(a) for a in aliases_low) or free(e.name)):
            continue
        out.append(
            replace(e, name=name, name_ar=name_ar, aliases_ar=aliases_ar, aliases_en=aliases_en, aliases_low=aliases_low)
        )
    return out


@lru_cache(maxsize=8)
def role_actors(role: str, folder: Path = DEFAULT_FOLDER) -> frozenset[str]:
    """The actors roles.csv lists with `role`."""
    with open(folder / "roles.csv", encoding="utf-8", newline="") as fh:
        return frozenset(row["actor"].strip() for row in csv.DictReader(fh) if row["role"].strip() == role)


def generic_actors(folder: Path = DEFAULT_FOLDER) -> frozenset[str]:
    """The actors roles.csv lists as `generic` (Unidentified Armed Group): names for "no one named",
    with their national variants."""
    return role_actors("generic", folder)
