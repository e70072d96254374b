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

Reading and checking the CSV files is `conflict_timeline.gazetteer_io`; the command line is
`conflict_timeline.gazetteer_cli`. Run `python -m conflict_timeline.gazetteer "text"` to see the mentions of a text, or
`python -m conflict_timeline.gazetteer --bench` to measure matching speed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from conflict_timeline.gazetteer_io import (  # noqa: F401  (re-exported: the public names of the gazetteer)
    ACTOR_COLUMNS,
    ACTOR_TYPES,
    DEFAULT_FOLDER,
    GENERATED_FILE,
    PLACE_COLUMNS,
    PLACE_TYPES,
    Entry,
    GazetteerError,
    check_references,
    merge_generated,
    norm_alias,
    read_entries,
)
from conflict_timeline.text.arabic import normalize_with_map
from conflict_timeline.text.patterns import trie_regex

_ARABIC_CHAR_RE = re.compile("[\u0600-\u06ff]")
_OTHER_SPACE_RE = re.compile(r"[^\S ]")  # a white-space character other than a space
_QUOTE_CHARS = "\x22«»“”„"
_SPACE_RUN_RE = re.compile(r"\s{2,}|[^\S ]")
_WEAK_PENALTY = 1000
_LOCALITY_NAME = re.compile(r"(.+) \(([^()]+)\)")  # the name `Gazetteer.locality` gives
_norm_alias = norm_alias


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


class Reading(NamedTuple):
    """A matched alias read both ways (العراق is a state and a country): the best actor and the best
    place it names, either None, and whether each came from a low-priority alias (aliases_low)."""

    actor: Entry | None
    place: Entry | None
    weak_actor: bool
    weak_place: bool


@dataclass(frozen=True)
class _Candidate:
    entry: Entry
    weak: bool
    rank: tuple[int, int, int]  # sort key: lower is preferred


@dataclass
class _Matcher:
    # the alias pattern in two parts: Arabic aliases (with their clitics) and Latin ones, with the
    # characters a Latin alias can begin with. A text of ASCII characters holds no Arabic alias, a text
    # without one of those characters no Latin alias; a text with both is searched with each part, and
    # the matches are those of the whole pattern when no match of one part overlaps one of the other
    arabic_regex: re.Pattern[str]
    latin_regex: re.Pattern[str]
    latin_first: re.Pattern[str]
    pattern: str  # the whole pattern, Arabic part first: compiled only for overlapping matches
    # normalized alias -> candidates, best first
    table: dict[str, tuple[_Candidate, ...]]
    # normalized alias -> the alias as written, for aliases that must match in capitals
    case_sensitive: dict[str, str] = field(default_factory=dict)
    # normalized alias -> its reading, worked out when the alias is first found
    readings: dict[str, Reading] = field(default_factory=dict)
    regex: re.Pattern[str] | None = None

    def finditer(self, norm: str) -> Iterable[re.Match[str]]:
        """The matches of the whole pattern in `norm`, in order (see above)."""
        if norm.isascii():
            return self.latin_regex.finditer(norm)
        if self.latin_first.search(norm) is None:
            return self.arabic_regex.finditer(norm)
        arabic, latin = list(self.arabic_regex.finditer(norm)), list(self.latin_regex.finditer(norm))
        if not arabic or not latin:
            return arabic or latin
        both = sorted(arabic + latin, key=lambda m: m.start())
        if all(a.end() <= b.start() for a, b in pairwise(both)):
            return both
        if self.regex is None:  # (one scan of the whole pattern: at a start both parts match, the Arabic wins)
            self.regex = re.compile(self.pattern)
        return self.regex.finditer(norm)


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
        # the entries never change once loaded: lookups by name and parent chains are remembered
        self._found: dict[tuple[str, str | None], Entry | None] = {}
        self._roots: dict[str, Entry] = {}
        self._localities: dict[str, Entry] = {}  # see `locality`

    # --- loading ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path | None = None, generated: bool = True) -> Gazetteer:
        """Load actors.csv and places.csv from `folder` (default: data/gazetteer next to the package),
        and the generated places_geonames.csv when it is there and `generated` is true (curated
        entries win over it: see `conflict_timeline.gazetteer_io.merge_generated`)."""
        folder = Path(folder) if folder is not None else DEFAULT_FOLDER
        actors_path, places_path = folder / "actors.csv", folder / "places.csv"
        actors, actor_lines = read_entries(actors_path, "actor")
        places, place_lines = read_entries(places_path, "place")
        check_references(actors_path, actors, actor_lines, places, place_lines, places_path)
        generated_path = folder / GENERATED_FILE
        if generated and generated_path.is_file():
            places = [*places, *merge_generated(generated_path, actors, places)]
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
        key = (id_or_name, kind)
        if key in self._found:
            return self._found[key]
        found = self._found[key] = self._lookup(id_or_name, kind)
        return found

    def locality(self, name: str, name_ar: str, container: Entry) -> Entry:
        """A town or village the gazetteer lacks, named on a page with a place that holds it ("the
        village of X in rural Idlib", قرية X التابعة لقضاء زاخو): a place of type "locality" named
        "X (Container)", at the container's coordinates, whose parent is the container. The name is
        enough to get it back (`get("X (Idlib Governorate)")`), so events keep their place chain."""
        entry_id = f"{container.id}/{_norm_alias(name)}"
        found = self._localities.get(entry_id)
        if found is None or (name_ar and not found.name_ar):
            found = self._localities[entry_id] = Entry(
                entry_id, f"{name} ({container.name})", name_ar, "place", "locality", container.country,
                container.id, container.lat, container.lon, "city", coord_source=f"the coordinates of {container.name}")
        return found

    def _lookup(self, id_or_name: str, kind: str | None) -> Entry | None:
        if id_or_name in self._entries and (kind is None or self._entries[id_or_name].kind == kind):
            return self._entries[id_or_name]
        key = _norm_alias(id_or_name)
        found = [e for e in self._by_key.get(key, []) if kind is None or e.kind == kind]
        if not found:
            # (a name of another kind, "Unidentified Armed Group (Iraq)", is no locality)
            named = _LOCALITY_NAME.fullmatch(id_or_name) if kind in (None, "place") and key not in self._by_key else None
            container = self._lookup(named.group(2), "place") if named else None
            return self.locality(named.group(1), "", container) if named and container else self._localities.get(id_or_name)
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
            return self._entries.get(entry_id) or self._localities[entry_id]
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
        found = self._roots.get(entry_id)
        if found is None:
            chain = self.ancestors(entry_id)
            found = self._roots[entry_id] = chain[-1] if chain else self[entry_id]
        return found

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
        return [m for m in (self._mention(c, s, e, t, None) for _, c, s, e, t in self._scan(text)) if m]

    def readings(self, text: str) -> list[tuple[Reading, int, int, str]]:
        """The mentions `find` gives, each as its reading, start, end and original text."""
        known = self._get_matcher().readings
        out = []
        for key, cands, start, end, original in self._scan(text):
            reading = known.get(key)
            if reading is None:
                reading = known[key] = _reading(cands)
            out.append((reading, start, end, original))
        return out

    def actors(self, text: str) -> list[Mention]:
        """Mentions of actors (an alias shared with a place yields its actor)."""
        return [m for m in (self._mention(c, s, e, t, "actor") for _, c, s, e, t in self._scan(text)) if m]

    def places(self, text: str) -> list[Mention]:
        """Mentions of places (an alias shared with an actor yields its place)."""
        return [m for m in (self._mention(c, s, e, t, "place") for _, c, s, e, t in self._scan(text)) if m]

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

    def _scan(self, text: str) -> Iterator[tuple[str, tuple[_Candidate, ...], int, int, str]]:
        """(normalized alias, its candidates, start, end, original text) of each alias found."""
        if not text:
            return
        matcher = self._get_matcher()
        norm, offsets = _prepare(text)
        for m in matcher.finditer(norm):
            group = m.lastgroup  # a (Arabic), l (with the article after ل) or e (Latin)
            a, b = m.span(group)
            key = "ا" + norm[a:b] if group == "l" else norm[a:b]
            cands = matcher.table.get(key)
            if not cands:
                continue
            start, end = offsets[a], offsets[b - 1] + 1
            original = text[start:end]
            written = matcher.case_sensitive.get(key)
            if written is not None and original != written:
                continue
            yield key, cands, start, end, original

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
        # Latin spellings of a place's name the list lacks ("Jisr al-Shughur" for Jisr ash Shughur,
        # "Maarat al-Numan" for Maarrat an Numan): the same candidates, never over a listed alias
        for key, cands in list(table.items()):
            if _ARABIC_CHAR_RE.search(key) or not any(c.entry.kind == "place" and not c.weak for c in cands):
                continue
            for variant in _latin_variants(key):
                table.setdefault(variant, [c for c in cands if c.entry.kind == "place" and not c.weak])
            # (the name without its leading article, "Diwaniyah" for Al Diwaniyah: a weak alias, read as
            # a place only after a place word, and never over another entry's name)
            bare = _LEADING_ARTICLE.sub("", key)
            if bare != key and " " not in bare and "-" not in bare and len(bare) >= 7:
                table.setdefault(bare, [_Candidate(c.entry, True, (c.rank[0] + _WEAK_PENALTY, *c.rank[1:]))
                                        for c in cands if c.entry.kind == "place" and not c.weak])
        arabic = [k for k in table if _ARABIC_CHAR_RE.search(k)]
        latin = [k for k in table if not _ARABIC_CHAR_RE.search(k)]
        with_article = [k[1:] for k in arabic if k.startswith("ال") and len(k) > 3]
        # one look behind for both Arabic forms; a Latin alias is looked for only at a character one
        # can start with (cheap tests, as the scan tries every position of the text)
        arabic_parts = []
        if arabic:
            arabic_parts.append(rf"[وف]??[بكل]??(?P<a>{trie_regex(arabic)})(?!\w)")
        if with_article:
            arabic_parts.append(rf"[وف]?ل(?P<l>{trie_regex(with_article)})(?!\w)")
        never = r"(?!x)x"
        arabic_part = rf"(?<!\w)(?:{'|'.join(arabic_parts)})" if arabic_parts else never
        latin_part, firsts = never, ""
        if latin:
            firsts = "".join(sorted({re.escape(k[0]) for k in latin}))
            latin_part = rf"(?=[{firsts}])(?<![a-z0-9])(?P<e>{trie_regex(latin)})(?![a-z0-9])"
        parts = [p for p in (arabic_part, latin_part) if p != never]
        sorted_table = {k: tuple(sorted(v, key=lambda c: c.rank)) for k, v in table.items()}
        return _Matcher(re.compile(arabic_part), re.compile(latin_part), re.compile(f"[{firsts}]" if firsts else never),
                        "|".join(parts) if parts else never, sorted_table, case_sensitive)

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


_LEADING_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar|an|at|az|ash)[- ]")
_ARTICLE = re.compile(r"(?<=\s)(?:al|el|ash|as|ad|adh|an|ar|at|ath|az|ed|es|esh|er|et|ez|en)[- ](?=\w)")
_FIRST_ARTICLE = re.compile(r"^(al|el)([- ])(?=\w)")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


def _latin_variants(key: str) -> set[str]:
    """Other Latin spellings of a name of two words or more: its inner article written al-, al or
    not at all, apostrophes left out, doubled consonants single."""
    if " " not in key and "-" not in key:
        return set()
    forms = {key, key.replace("'", "")}
    forms |= {_ARTICLE.sub(article, f) for f in list(forms) for article in ("al-", "al ", "")}
    forms |= {_FIRST_ARTICLE.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), f) for f in list(forms)}
    forms |= {_DOUBLED.sub(r"\1", f) for f in list(forms)}
    return {f for f in forms if f != key and (" " in f or "-" in f) and len(f.replace(" ", "")) >= 7}


def _reading(cands: tuple[_Candidate, ...]) -> Reading:
    actor = next((c for c in cands if c.entry.kind == "actor"), None)
    place = next((c for c in cands if c.entry.kind == "place"), None)
    return Reading(actor.entry if actor else None, place.entry if place else None,
                   actor is not None and actor.weak, place is not None and place.weak)


def _is_acronym(alias: str) -> bool:
    """Short all-capital Latin aliases (US, IS, AP, SDF) must be written in capitals to match."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and alias.isascii() and alias.isupper()


def _prepare(text: str) -> tuple[str, list[int]]:
    """Normalized text with runs of white space folded to one space, and the offset map."""
    norm, offsets = normalize_with_map(text)
    if any(q in norm for q in _QUOTE_CHARS):
        # a name split by quotes (لـ"المقاومة الإسلامية" في العراق) is read across them, as spaces
        norm = norm.translate(str.maketrans(_QUOTE_CHARS, " " * len(_QUOTE_CHARS)))
    # no run of white space to fold (a text of printable characters holds no white space but the space)
    if "  " not in norm and (norm.isprintable() or _OTHER_SPACE_RE.search(norm) is None):
        return norm, offsets
    out: list[str] = []
    new_offsets: list[int] = []
    at = 0
    for run in _SPACE_RUN_RE.finditer(norm):  # (each run of white space, other than one space, as one space)
        a, b = run.span()
        out += (norm[at:a], " ")
        new_offsets += offsets[at : a + 1]
        at = b
    out.append(norm[at:])
    new_offsets += offsets[at:]
    return "".join(out), new_offsets


def _represented(person: Entry, on: date | None) -> str | None:
    if on is None:
        return person.represents_periods[-1][0]
    for target, start, end in reversed(person.represents_periods):
        if (start is None or on >= start) and (end is None or on <= end):
            return target
    return None


# --- command line ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """`python -m conflict_timeline.gazetteer`: see `conflict_timeline.gazetteer_cli`."""
    from conflict_timeline.gazetteer_cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
