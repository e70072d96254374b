"""Actors and places from data/gazetteer/*.csv, and fast alias matching in Arabic and English text.

The CSV files are the data; this module is the small engine that applies them:

- every alias (Arabic or English) is normalized with `conflict_timeline.text.arabic.normalize` and
  put into one trie-shaped regular expression, compiled once per Gazetteer (lazily), so that `find`
  scans a text in a single pass and the longest alias wins at each position;
- Arabic aliases accept glued clitic prefixes (و ف ب ك ل, and ل + ال written لل) and need a word
  boundary on both sides, so `بغداد` never matches inside another word and `العراق` does not match
  `العراقية`;
- English aliases match case-insensitively with word boundaries; short all-capital acronyms (US, IS,
  AP) match only when written in capitals, so that "told us" is not the United States;
- persons resolve to the institution they speak for on a date, and time-bound actors that share an
  alias (Syria's government before and after 8 December 2024) resolve to the one valid on the date.

Run `python -m conflict_timeline.gazetteer "text"` to see the mentions of a text, or
`python -m conflict_timeline.gazetteer --bench` to measure matching speed.
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from conflict_timeline.schema import GEO_PRECISIONS
from conflict_timeline.text.arabic import normalize, normalize_with_map
from conflict_timeline.text.patterns import trie_regex

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

_ID_RE = re.compile(r"^[a-z0-9_]+$")
_ARABIC_CHAR_RE = re.compile("[\u0600-\u06ff]")
_SPACES_RE = re.compile(r"\s+")
_SPACE_RUN_RE = re.compile(r"\s\s|[^\S ]")  # two white-space characters, or one other than a space
_WEAK_PENALTY = 1000


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


@dataclass(frozen=True)
class Mention:
    """An alias found in a text: offsets are in the ORIGINAL text, `text` is the original span."""

    entry: Entry
    start: int
    end: int
    text: str
    alternatives: tuple[Entry, ...] = ()  # other entries sharing the matched alias, best first
    weak: bool = False  # `entry` matched through a low-priority alias (aliases_low)
    weak_ids: frozenset[str] = frozenset()  # ids of `entry` and `alternatives` matched through aliases_low

    def is_weak(self, entry: Entry) -> bool:
        """True when `entry` (the mention's entry or one of its alternatives) came from a weak alias."""
        return entry.id in self.weak_ids


@dataclass(frozen=True)
class _Candidate:
    entry: Entry
    weak: bool
    rank: tuple[int, int, int]  # sort key: lower is preferred


@dataclass
class _Matcher:
    regex: re.Pattern[str]
    # normalized alias -> candidates, best first
    table: dict[str, tuple[_Candidate, ...]]
    # normalized alias -> the alias as written, for aliases that must match in capitals
    case_sensitive: dict[str, str] = field(default_factory=dict)


class Gazetteer:
    """Actors and places with their aliases; see the module docstring."""

    def __init__(self, actors: Iterable[Entry], places: Iterable[Entry]) -> None:
        self._entries: dict[str, Entry] = {}
        self._order: dict[str, int] = {}
        for entry in [*actors, *places]:
            if entry.id in self._entries:
                raise GazetteerError(f"gazetteer: duplicate id {entry.id!r}")
            self._order[entry.id] = len(self._entries)
            self._entries[entry.id] = entry
        self._matcher: _Matcher | None = None
        self._lock = threading.Lock()
        self._by_key: dict[str, list[Entry]] = {}
        for entry in self._entries.values():
            for key in (
                entry.id,
                entry.name,
                entry.name_ar,
                *entry.aliases_ar,
                *entry.aliases_en,
                *entry.aliases_low,
            ):
                norm = _norm_alias(key)
                if norm and entry not in self._by_key.setdefault(norm, []):
                    self._by_key[norm].append(entry)
        self._alternates = self._time_bound_alternates()

    # --- loading ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path | None = None) -> Gazetteer:
        """Load actors.csv and places.csv from `folder` (default: data/gazetteer next to the package)."""
        folder = Path(folder) if folder is not None else DEFAULT_FOLDER
        actors_path, places_path = folder / "actors.csv", folder / "places.csv"
        actors, actor_lines = _read_entries(actors_path, "actor")
        places, place_lines = _read_entries(places_path, "place")
        _check_references(actors_path, actors, actor_lines, places, place_lines, places_path)
        return cls(actors, places)

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the bundled data, loaded once per process."""
        with cls._default_lock:
            if Gazetteer._default is None:
                Gazetteer._default = cls.load()
            return Gazetteer._default

    # --- lookup ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def entries(self, kind: str | None = None) -> list[Entry]:
        return [e for e in self._entries.values() if kind is None or e.kind == kind]

    def get(self, id_or_name: str, kind: str | None = None) -> Entry | None:
        """An entry by id, canonical name (English or Arabic) or alias; actors first on a tie."""
        if id_or_name in self._entries and (kind is None or self._entries[id_or_name].kind == kind):
            return self._entries[id_or_name]
        key = _norm_alias(id_or_name)
        found = [e for e in self._by_key.get(key, []) if kind is None or e.kind == kind]
        if not found:
            return None
        return min(
            found,
            key=lambda e: (
                key not in (_norm_alias(e.name), _norm_alias(e.name_ar)),
                e.kind != "actor",
                -e.priority,
                self._order[e.id],
            ),
        )

    def __getitem__(self, entry_id: str) -> Entry:
        try:
            return self._entries[entry_id]
        except KeyError:
            raise KeyError(f"gazetteer: no entry with id {entry_id!r}") from None

    def ancestors(self, entry_id: str) -> list[Entry]:
        """The parent chain of an entry, nearest first (the entry itself not included)."""
        out: list[Entry] = []
        entry = self[entry_id]
        while entry.parent:
            entry = self[entry.parent]
            out.append(entry)
        return out

    def root(self, entry_id: str) -> Entry:
        """The top of the parent chain (the entry itself when it has no parent)."""
        chain = self.ancestors(entry_id)
        return chain[-1] if chain else self[entry_id]

    def resolve_actor(self, entry: Entry, on: date | None = None) -> Entry:
        """The actor that `entry` stands for on date `on`.

        A person resolves to the institution they represent on that date (without a date: the last
        one listed; outside every listed period: the person). A time-bound actor not valid on the
        date resolves to the actor sharing an alias with it that is (Syria's government before and
        after 8 December 2024).
        """
        seen: set[str] = set()
        while entry.id not in seen:
            seen.add(entry.id)
            if entry.type == "person" and entry.represents_periods:
                target = _represented(entry, on)
                if target is None:
                    return entry
                entry = self[target]
                continue
            if entry.is_time_bound and on is not None and not entry.valid_on(on):
                for alt in self._alternates.get(entry.id, ()):
                    if alt.valid_on(on):
                        return alt
            return entry
        return entry

    # --- matching --------------------------------------------------------------------------------

    def find(self, text: str) -> list[Mention]:
        """All mentions in `text`, longest match first at each position, non-overlapping, sorted."""
        return [m for m in (self._mention(c, s, e, t, None) for c, s, e, t in self._scan(text)) if m]

    def actors(self, text: str) -> list[Mention]:
        """Mentions of actors (an alias shared with a place yields its actor)."""
        return [m for m in (self._mention(c, s, e, t, "actor") for c, s, e, t in self._scan(text)) if m]

    def places(self, text: str) -> list[Mention]:
        """Mentions of places (an alias shared with an actor yields its place)."""
        return [m for m in (self._mention(c, s, e, t, "place") for c, s, e, t in self._scan(text)) if m]

    def _mention(
        self, cands: tuple[_Candidate, ...], start: int, end: int, text: str, kind: str | None
    ) -> Mention | None:
        chosen = [c for c in cands if kind is None or c.entry.kind == kind]
        if not chosen:
            return None
        best = chosen[0]
        alternatives = tuple(c.entry for c in cands if c.entry is not best.entry)
        weak_ids = frozenset(c.entry.id for c in cands if c.weak)
        return Mention(best.entry, start, end, text, alternatives, best.weak, weak_ids)

    def _scan(self, text: str) -> Iterator[tuple[tuple[_Candidate, ...], int, int, str]]:
        if not text:
            return
        matcher = self._get_matcher()
        norm, offsets = _prepare(text)
        for m in matcher.regex.finditer(norm):
            if m.group("a") is not None:
                key, a, b = m.group("a"), m.start("a"), m.end("a")
            elif m.group("l") is not None:
                key, a, b = "ا" + m.group("l"), m.start("l"), m.end("l")
            else:
                key, a, b = m.group("e"), m.start("e"), m.end("e")
            cands = matcher.table.get(key)
            if not cands:
                continue
            start, end = offsets[a], offsets[b - 1] + 1
            original = text[start:end]
            written = matcher.case_sensitive.get(key)
            if written is not None and original != written:
                continue
            yield cands, start, end, original

    def _get_matcher(self) -> _Matcher:
        if self._matcher is None:
            with self._lock:
                if self._matcher is None:
                    self._matcher = self._build_matcher()
        return self._matcher

    def _build_matcher(self) -> _Matcher:
        table: dict[str, list[_Candidate]] = {}
        case_sensitive: dict[str, str] = {}
        for entry in self._entries.values():
            kind_rank = 0 if entry.kind == "actor" else 1
            for alias, weak in _aliases_of(entry):
                key = _norm_alias(alias)
                if not key:
                    continue
                rank = ((_WEAK_PENALTY if weak else 0) - entry.priority, kind_rank, self._order[entry.id])
                bucket = table.setdefault(key, [])
                if all(c.entry is not entry for c in bucket):
                    bucket.append(_Candidate(entry, weak, rank))
                elif not weak:  # the same alias listed strong and weak: keep the strong one
                    bucket[:] = [_Candidate(entry, False, rank) if c.entry is entry else c for c in bucket]
                if alias.startswith("=") or _is_acronym(alias):
                    case_sensitive[key] = alias.removeprefix("=")
        arabic = [k for k in table if _ARABIC_CHAR_RE.search(k)]
        latin = [k for k in table if not _ARABIC_CHAR_RE.search(k)]
        with_article = [k[1:] for k in arabic if k.startswith("ال") and len(k) > 3]
        parts = []
        if arabic:
            parts.append(rf"(?<!\w)[وف]??[بكل]??(?P<a>{trie_regex(arabic)})(?!\w)")
        if with_article:
            parts.append(rf"(?<!\w)[وف]?ل(?P<l>{trie_regex(with_article)})(?!\w)")
        if latin:
            parts.append(rf"(?<![a-z0-9])(?P<e>{trie_regex(latin)})(?![a-z0-9])")
        regex = re.compile("|".join(parts) if parts else r"(?!x)x")
        sorted_table = {k: tuple(sorted(v, key=lambda c: c.rank)) for k, v in table.items()}
        return _Matcher(regex, sorted_table, case_sensitive)

    def _time_bound_alternates(self) -> dict[str, tuple[Entry, ...]]:
        """For each time-bound actor, the other time-bound actors that share one of its aliases."""
        out: dict[str, list[Entry]] = {}
        for entries in self._by_key.values():
            bound = [e for e in entries if e.kind == "actor" and e.is_time_bound]
            for e in bound:
                for other in bound:
                    if other is not e and other not in out.setdefault(e.id, []):
                        out[e.id].append(other)
        return {k: tuple(v) for k, v in out.items()}


# --- matching helpers ------------------------------------------------------------------------------


def _aliases_of(entry: Entry) -> Iterator[tuple[str, bool]]:
    """(alias, weak) pairs. A canonical name listed in `aliases_low` is weak (`القائم`, `عمان`,
    `الطبقة`: also common words); an alias listed both in aliases_ar/en and aliases_low stays strong."""
    low = {_norm_alias(a) for a in entry.aliases_low}
    for alias in (entry.name, entry.name_ar):
        yield alias, _norm_alias(alias) in low
    for alias in (*entry.aliases_ar, *entry.aliases_en):
        yield alias, False
    for alias in entry.aliases_low:
        yield alias, True


def _norm_alias(alias: str) -> str:
    return _SPACES_RE.sub(" ", normalize(alias.removeprefix("="))).strip()


def _is_acronym(alias: str) -> bool:
    """Short all-capital Latin aliases (US, IS, AP, SDF) must be written in capitals to match."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and alias.isascii() and alias.isupper()


def _prepare(text: str) -> tuple[str, list[int]]:
    """Normalized text with runs of white space folded to one space, and the offset map."""
    norm, offsets = normalize_with_map(text)
    if _SPACE_RUN_RE.search(norm) is None:
        return norm, offsets
    out: list[str] = []
    new_offsets: list[int] = []
    prev_space = False
    for i, ch in enumerate(norm):
        is_space = ch.isspace()
        if is_space and prev_space:
            continue
        out.append(" " if is_space else ch)
        new_offsets.append(offsets[i])
        prev_space = is_space
    new_offsets.append(offsets[-1])
    return "".join(out), new_offsets


def _represented(person: Entry, on: date | None) -> str | None:
    if on is None:
        return person.represents_periods[-1][0]
    for target, start, end in reversed(person.represents_periods):
        if (start is None or on >= start) and (end is None or on <= end):
            return target
    return None


# --- CSV reading -----------------------------------------------------------------------------------


def _read_entries(path: Path, kind: str) -> tuple[list[Entry], dict[str, int]]:
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


def _check_references(
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


# --- command line ----------------------------------------------------------------------------------


def _bench(gazetteer: Gazetteer, sentences: list[str], rounds: int) -> str:
    import time

    gazetteer.find("warm up: بغداد")
    count = 0
    chars = sum(len(s) for s in sentences) * rounds
    t0 = time.perf_counter()
    for _ in range(rounds):
        for s in sentences:
            count += len(gazetteer.find(s))
    elapsed = time.perf_counter() - t0
    n = len(sentences) * rounds
    return (
        f"{n} sentences, {chars} characters, {count} mentions in {elapsed:.3f} s: "
        f"{n / elapsed:,.0f} sentences/s, {count / elapsed:,.0f} mentions/s, {chars / elapsed / 1e6:.2f} M chars/s"
    )


def _bench_sentences() -> list[str]:
    """Sentences built from the gazetteer's own names set in ordinary news frames (no corpus needed)."""
    gz = Gazetteer.default()
    actors = [e.name_ar for e in gz.entries("actor") if e.name_ar]
    places = [e.name_ar for e in gz.entries("place") if e.name_ar]
    frames = (
        "وأعلن {a} تنفيذ هجوم على {p} صباح اليوم، فيما قالت مصادر محلية إن الأضرار كانت محدودة.",
        "نقلت وكالة الأنباء عن {a} قوله إن الوجود العسكري في {p} سيستمر حتى نهاية العام الجاري.",
        "وذكر بيان صادر عن {a} أن قوة إضافية وصلت إلى {p} لتعزيز الحماية وتأمين الطرق المحيطة.",
        "The statement from {e} said two rockets landed near {q} overnight, causing no casualties.",
    )
    actors_en = [e.name for e in gz.entries("actor")]
    places_en = [e.name for e in gz.entries("place")]
    out = []
    for i in range(3000):
        frame = frames[i % len(frames)]
        out.append(
            frame.format(
                a=actors[i % len(actors)],
                p=places[(i * 7) % len(places)],
                e=actors_en[(i * 3) % len(actors_en)],
                q=places_en[(i * 5) % len(places_en)],
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python -m conflict_timeline.gazetteer", description=__doc__.split("\n")[0]
    )
    parser.add_argument("text", nargs="*", help="text to match (default: standard input)")
    parser.add_argument("--bench", action="store_true", help="measure matching speed on 3000 sentences")
    parser.add_argument("--file", type=Path, help="with --bench: one sentence per line from this file")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    gz = Gazetteer.default()
    if args.bench:
        if args.file:
            try:
                sentences = [s for s in args.file.read_text(encoding="utf-8").splitlines() if s.strip()]
            except (OSError, UnicodeDecodeError) as exc:
                parser.error(f"{args.file}: {getattr(exc, 'strerror', None) or exc}")
            if not sentences:
                parser.error(f"{args.file}: no sentences")
        else:
            sentences = _bench_sentences()
        print(_bench(gz, sentences, args.rounds))
        return 0
    text = " ".join(args.text) if args.text else sys.stdin.read()
    for m in gz.find(text):
        flag = " (weak)" if m.weak else ""
        alts = f"  also: {', '.join(a.name for a in m.alternatives)}" if m.alternatives else ""
        print(f"{m.start}:{m.end}\t{m.text}\t{m.entry.kind}\t{m.entry.name}{flag}{alts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
