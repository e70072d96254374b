"""The date vocabulary: the word lists of `data/text/dates_*.csv`, normalized, and the helpers that
turn them into regular-expression alternations and look matched words up again."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflict_timeline.text.arabic import normalize
from conflict_timeline.text.numbers import counted_nouns, integer_words
from conflict_timeline.text.patterns import trie_regex

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "text"


def read_table(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))
    except OSError as exc:
        raise RuntimeError(f"{path}: cannot read the date word list ({exc.strerror})") from exc


def norm_key(text: str) -> str:
    """Normalized lookup key: folded letters, single spaces, no trailing dot."""
    return re.sub(r"\s+", " ", normalize(text)).strip(" .")


# Clitics written before a word: the conjunctions و ف, then the prepositions ب ل ك (ل + ال is لل).
CLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


def word_forms(words: Iterable[str], clitics: bool = False) -> set[str]:
    """Normalized words; with `clitics`, also the Arabic ones with clitic prefixes (وفي، بالأمس، للعام)."""
    forms = {norm_key(w) for w in words if w.strip()}
    forms |= {"لل" + f[2:] for f in forms if f.startswith("ال")}  # ل + ال is written لل
    if clitics:
        arabic = [f for f in forms if not f.isascii()]
        forms |= {p + f for p in CLITICS for f in arabic}
        forms |= {q + "لل" + f[2:] for q in ("", "و", "ف") for f in arabic if f.startswith("ال")}
    return forms


def alt(words: Iterable[str], clitics: bool = False) -> str:
    """A regex alternation of the words as one trie; spaces match any whitespace."""
    return "(?:" + trie_regex(word_forms(words, clitics), space=r"\s+") + ")"


def first_tokens(words: Iterable[str], clitics: bool = False) -> set[str]:
    """The first token of each form of the words."""
    return {f.split(" ")[0] for f in word_forms(words, clitics)}
_SPACES = re.compile(r"\s+")


def lookup(table: dict[str, object], text: str) -> object:
    """The entry of a matched word, with any clitic prefix removed (والاثنين -> الاثنين)."""
    k = _SPACES.sub(" ", text).strip(" .")
    if k in table:
        return table[k]
    for p in CLITICS:
        if k.startswith(p):
            rest = k[len(p) :]
            if rest in table:
                return table[rest]
            if rest.startswith("ل") and "ا" + rest in table:
                return table["ا" + rest]
    return None


@dataclass(frozen=True)
class Month:
    month: int
    hijri: bool
    ambiguous: bool
    latin: bool


@dataclass
class Lexicon:
    months: dict[str, Month]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, tuple[str, int | None]]
    seasons: dict[str, str]
    season_bounds: dict[str, tuple[int, int, int]]
    parts: dict[tuple[str, str], tuple[int, int]]
    modifiers: dict[str, str]
    reldays: dict[str, int]
    roles: dict[str, list[str]]
    role_of: dict[str, dict[str, str]]  # role group -> normalized word -> role
    quantity: list[str]
    week_ordinals: dict[str, int]  # الأسبوع الأول، the last week: 1..5, -1 for the last

    def words(self, *roles: str) -> list[str]:
        return [w for r in roles for w in self.roles.get(r, [])]

    def has(self, role: str, word: str) -> bool:
        """The matched word (with any clitic) is one of the role's words."""
        return lookup(dict.fromkeys(self.roles.get(role, []), True), word) is not None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    months: dict[str, Month] = {}
    for r in read_table("dates_months.csv"):
        name = norm_key(r["name"])
        months[name] = Month(
            int(r["month"]), r["calendar"] == "hijri", r["ambiguous"] == "1", name.isascii()
        )
    roles: dict[str, list[str]] = {}
    for r in read_table("dates_words.csv"):
        roles.setdefault(r["role"], []).append(norm_key(r["word"]))
    rel_roles = ("past", "next", "current")
    role_of = {"rel": {w: role for role in rel_roles for w in roles.get(role, [])}}
    role_of["period"] = {
        w: role for role in ("period_week", "period_month", "period_year") for w in roles[role]
    }
    units: dict[str, tuple[str, int | None]] = {}
    for r in read_table("dates_units.csv"):
        units[norm_key(r["name"])] = (r["unit"], int(r["count"]) if r["count"] else None)
    # "a week ago": the indefinite article counts one before a unit, and only there
    numbers = {**integer_words(), **{w: 1 for w in roles.get("indefinite", [])}}
    bounds = {
        r["season"]: (int(r["start_month"]), int(r["end_month"]), int(r["start_year_offset"]))
        for r in read_table("dates_season_bounds.csv")
    }
    parts = {(r["part"], r["container"]): (int(r["first"]), int(r["last"])) for r in read_table("dates_parts.csv")}
    return Lexicon(
        months=months,
        weekdays={norm_key(r["name"]): int(r["weekday"]) for r in read_table("dates_weekdays.csv")},
        ordinals={norm_key(r["name"]): int(r["day"]) for r in read_table("dates_ordinals.csv")},
        numbers=numbers,
        units=units,
        seasons={norm_key(r["name"]): r["season"] for r in read_table("dates_seasons.csv")},
        season_bounds=bounds,
        parts=parts,
        modifiers={norm_key(r["name"]): r["part"] for r in read_table("dates_modifiers.csv")},
        reldays={norm_key(r["name"]): int(r["offset"]) for r in read_table("dates_relative_days.csv")},
        roles=roles,
        role_of=role_of,
        quantity=[*counted_nouns(), *(w for w, (unit, _) in units.items() if unit == "year")],
        week_ordinals={norm_key(r["name"]): int(r["week"]) for r in read_table("dates_week_ordinals.csv")},
    )
