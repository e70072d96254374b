"""Numbers as written in news text (digits, Arabic and English words) and what they count.

A quantity is a number followed by what it counts: troops, dollars, attacks, people killed or
wounded, or other things (kilometres, vehicles); `$` before a number counts dollars. Finding
quantities first is what keeps `1500 جندي` and `2000 soldiers` from being read as years. Word lists
are data: `data/text/numbers.csv` and `data/text/quantities.csv`; the date finder reads the same
lists (`integer_words`, `counted_nouns`) so that a number word or a counted noun is known once.
English verbs and singular event nouns (killed, wounded, attack) are not counted nouns: in "the
January 8 attack" and "an attack on January 8 killed three" the number is a day.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .arabic import ARABIC_LETTER, normalize
from .patterns import Prefiltered, prefiltered, trie_regex

DATA = Path(__file__).resolve().parents[2] / "data" / "text"

# digits in normalized text (the Arabic separators ٬ ٫ and the comma ، are folded to , . ,): 1,500;
# 2.5; a decimal comma, 2,5 (one or two digits after it, so never a thousands separator)
_NUM_RE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
_NUM_FULL = re.compile(_NUM_RE)
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_TOKEN_BREAK = re.compile(r"[\s\-]+")


def _digits_value(token: str) -> float:
    if _DECIMAL_COMMA.fullmatch(token):
        return float(token.replace(",", "."))
    return float(token.replace(",", ""))


@dataclass(frozen=True)
class Quantity:
    value: float | None  # None for vague amounts (عشرات، hundreds)
    kind: str  # troops, fatalities, injured, money, attacks, people, other
    start: int  # offsets in the text that was searched
    end: int
    text: str


@dataclass(frozen=True)
class _Words:
    values: dict[str, tuple[float | None, str]]  # word -> (value, kind)
    quantity_re: re.Pattern[str]
    number_re: re.Pattern[str]  # a number alone, in digits or words
    noun_kind: dict[str, str]
    integers: dict[str, int]  # number words of one integer value (ثلاثة, عشرين, ten)
    counted: tuple[str, ...]  # nouns a number can count, and the scale words (مليون, thousand)
    dual_re: re.Pattern[str] | Prefiltered | None = None  # (rare: searched only in texts holding a dual)
    dual_kind: dict[str, str] = field(default_factory=dict)
    year_cue_re: re.Pattern[str] | None = None  # a preposition before a year: "in ", "منذ "
    year_noun_re: re.Pattern[str] | None = None  # a year noun before a year: "عام ", "year "
    month_re: re.Pattern[str] | None = None  # a month name before a year: "تشرين الأول 2023"


def _read_csv(name: str) -> list[dict[str, str]]:
    path = DATA / name
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise RuntimeError(f"{path}: cannot read the number word list ({exc.strerror})") from exc
    if not rows:
        raise ValueError(f"{path}: no rows")
    return rows


@lru_cache(maxsize=1)
def _words() -> _Words:
    values: dict[str, tuple[float | None, str]] = {}
    integers: dict[str, int] = {}
    scales: list[str] = []
    for row in _read_csv("numbers.csv"):
        word = normalize(row["word"])
        value = float(row["value"]) if row["value"] else None
        values[word] = (value, row["kind"])
        if row["kind"] == "unit" and value is not None and value.is_integer():
            integers[word] = int(value)
        elif row["kind"] in ("scale", "hundred"):
            scales.append(word)
    noun_kind: dict[str, str] = {}
    nouns: list[str] = []
    modifiers: list[str] = []
    duals: list[tuple[str, str]] = []  # a noun in the dual form counts two by itself: جنديان
    for row in _read_csv("quantities.csv"):
        if row["kind"].startswith("dual_"):
            duals.extend((normalize(m.strip()), row["kind"][5:]) for m in row["pattern"].split("|") if m.strip())
            continue
        if row["kind"] == "modifier":
            modifiers.extend(normalize(m.strip()) for m in row["pattern"].split("|") if m.strip())
            continue
        for noun in row["pattern"].split("|"):
            n = normalize(noun.strip())
            if n:
                noun_kind.setdefault(n, row["kind"])
                nouns.append(n)
    word_alt = trie_regex(values)
    # a number: digits, or one to four number words joined by و / and / spaces
    one = rf"(?:{_NUM_RE}|(?:ال)?(?:{word_alt}))"  # (الثلاثة آلاف: a number word may take the article)
    # (digits join the words after them by a space only, 2 مليون, "1.5 billion": "اللواء 45 وخمسة جرحى" is
    # a brigade's number, then a count)
    word = rf"(?:ال)?(?:{word_alt})"
    number = (rf"(?:(?:{_NUM_RE})(?:(?:\s+|-){one}){{0,3}}"
              rf"|{word}(?:(?:\s+و|\s+and\s+|\s+|-){one}){{0,3}})")
    noun_alt, mod_alt = trie_regex(nouns), trie_regex(modifiers)
    letter = f"[{ARABIC_LETTER}a-z]"
    # the words that introduce a year (in, since, في، منذ، عام), from the date finder's word list
    cues: dict[str, list[str]] = {"year_cue": [], "year_noun": []}
    for r in _read_csv("dates_words.csv"):
        if r["role"] in cues:
            cues[r["role"]].append(normalize(r["word"]))
    months = [normalize(r["name"]).lower() for r in _read_csv("dates_months.csv")]
    return _Words(
        values=values,
        quantity_re=re.compile(
            # (a number in brackets, نحو (450) جنديا, as Arabic pages often write it)
            # (digits glued to the Arabic word before them, الكونغرس177 مليون, are a number all the same)
            rf"(?:(?<!{letter})(?:[وفبل])?|(?<=[{ARABIC_LETTER}])(?=\d))(?<!\d)(?<!\d[.,])\(?(?P<num>{number})\)?\s*(?:(?:من|of)\s+)?[\"'\s]*"
            rf"(?P<mods>(?:(?:{mod_alt})\s+){{0,2}})"
            rf"(?P<noun>{noun_alt})(?!{letter})"
            # (the dollar sign before what stands before it, so that the scan passes other characters at once;
            # C$, A$, HK$ are other dollars)
            rf"|\$(?<![\d$]\$)(?:(?<=us\$)|(?<=US\$)|(?<![A-Za-z]\$))\s?(?P<usd>{number})(?P<usd_scale>bn|mn|[mbk])?(?!{letter})"
        ),
        number_re=re.compile(rf"(?<!{letter})(?P<num>{number})(?!{letter})"),
        noun_kind=noun_kind,
        integers=integers,
        counted=tuple(dict.fromkeys([*nouns, *scales])),
        dual_re=prefiltered(re.compile(rf"(?<!{letter})(?:[وفبل])?(?P<noun>{trie_regex(d for d, _ in duals)})(?!{letter})"))
        if duals else None,
        dual_kind=dict(duals),
        year_cue_re=re.compile(rf"(?<!{letter})[وفبل]?(?:{trie_regex(cues['year_cue'])})\s+$"),
        year_noun_re=re.compile(rf"(?<!{letter})[وفبل]?(?:{trie_regex(cues['year_noun'])})\s+$"),
        # (a month name right before a number: the number is the date's year)
        month_re=re.compile(rf"(?<!{letter})[وفبل]?(?:{trie_regex(months)})[\s,/]*$"),
    )


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words (`1,500`, `2.5 مليون`, `ألفي`, `ثلاثة آلاف`,
    `two thousand`); None when it is vague (`عشرات`) or not a number."""
    words = _words()
    norm = normalize(text).strip()
    if not norm:
        return None
    total = 0.0
    current: float | None = None
    vague = False
    for tok in _TOKEN_BREAK.split(norm):
        if tok in {"and", "و", ""}:
            continue
        if tok.startswith("و") and (tok[1:] in words.values or _NUM_FULL.fullmatch(tok[1:])):
            tok = tok[1:]  # وعشرين, و500
        if _NUM_FULL.fullmatch(tok):
            current = (current or 0) + _digits_value(tok)
            continue
        if tok not in words.values and tok.startswith("ال") and tok[2:] in words.values:
            tok = tok[2:]  # الثلاثه
        if tok not in words.values:
            return None
        value, kind = words.values[tok]
        if value is None:
            if kind == "vague_alone" and current is not None:
                value, kind = 1000.0, "scale"
            else:
                vague = True
                continue
        if kind == "scale":
            if value >= 1000:
                total += (current if current is not None else 1) * value
                current = None
            else:
                current = (current if current is not None else 1) * value
        elif kind == "hundred":
            current = (current if current is not None else 1) * value
        else:
            current = (current or 0) + value
    if vague and total == 0 and current is None:
        return None
    result = total + (current or 0)
    return result if result or current == 0 else None


# a dollar of another country after the noun (264 مليون دولار كندي)
_OTHER_DOLLAR = re.compile(r"\s*(?:كندي|الكندي|استرالي|الاسترالي|نيوزيلندي|سنغافوري|هونغ ?كونغي|تايواني)(?!\w)")
_USD_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}


def find_quantities(norm_text: str) -> list[Quantity]:
    """Quantities in already-normalized text (see `arabic.normalize`)."""
    words = _words()
    out: list[Quantity] = []
    for m in words.quantity_re.finditer(norm_text):
        if m.group("usd") is not None:  # $500 million, $262M, $1.5bn
            value = parse_number(m.group("usd"))
            scale = _USD_SCALES.get(m.group("usd_scale") or "", 1)
            out.append(Quantity(value * scale if value is not None else None, "money", m.start(), m.end(), m.group()))
            continue
        if _is_year(m.group("num"), norm_text, m.start("num"), bool(m.group("mods")), words):
            continue  # "In 2003 US forces invaded", "عام 2014 جنود": a year, then what happened in it
        noun = m.group("noun")
        kind = words.noun_kind.get(noun, "people")
        if kind == "troops" and "strong" not in noun and _UNITS_AFTER.match(norm_text, m.end()):
            continue  # "three military police battalions", ثلاث كتائب: a count of units, not of troops ("a 400-strong
            # battalion" counts its troops)
        if kind == "money" and _OTHER_DOLLAR.match(norm_text, m.end()):
            continue  # دولار كندي, Australian dollars: not US dollars, no sum in USD
        out.append(
            Quantity(parse_number(m.group("num")), kind, m.start("num"), m.end(), norm_text[m.start("num") : m.end()])
        )
    if words.dual_re is not None:
        for m in words.dual_re.finditer(norm_text):
            if not any(q.start <= m.start("noun") < q.end for q in out):
                kind = words.dual_kind[m.group("noun")]
                out.append(Quantity(2.0, kind, m.start("noun"), m.end(), m.group("noun")))
        out.sort(key=lambda q: q.start)
    if "اثن" in norm_text:
        # a counted noun with "two" after it (عسكريين اثنين, جنديين اثنين): two
        for m in _NOUN_THEN_TWO.finditer(norm_text):
            noun = m.group("noun")
            kind = words.noun_kind.get(noun) or words.dual_kind.get(noun)
            if kind is not None and not any(q.start <= m.start("noun") < q.end for q in out):
                out.append(Quantity(2.0, kind, m.start("noun"), m.end(), m.group()))
        out.sort(key=lambda q: q.start)
    return out


_UNITS_AFTER = re.compile(r"\s+(?:battalions?|brigades?|companies|company|units?|regiments?|divisions?|squadrons?|كتايب|كتيبه|الويه|لواء"
                          r"|سرايا|سريه|وحدات|افواج|فوج|فرق)(?!\w)")
_NOUN_THEN_TWO = re.compile(r"(?<!\S)[وفبل]?(?P<noun>\S+)\s+(?:اثنين|اثنان)(?=\s|$|[.,،؛])")


def _is_year(num: str, text: str, start: int, modified: bool, words: _Words) -> bool:
    """A four-digit number in 1900..2100 after a year noun (عام 2014), or after a preposition when an
    adjective stands between it and the noun (in 2003 US forces); `في 2000 غارة` stays a count, as in
    the date finder (`dates/`)."""
    if len(num) != 4 or not num.isdigit() or not 1900 <= int(num) <= 2100:
        return False
    lo = max(0, start - 16)
    if words.year_noun_re is not None and words.year_noun_re.search(text, lo, start):
        return True
    if words.month_re is not None and words.month_re.search(text, max(0, start - 24), start):
        return True  # "(3/4 آذار 2022) مواقع", "October 2023 attacks": the year of a date
    return modified and words.year_cue_re is not None and words.year_cue_re.search(text, lo, start) is not None


def integer_words() -> dict[str, int]:
    """Normalized number words that stand for one integer (`ثلاثه` 3, `عشرين` 20, `ten` 10)."""
    return _words().integers


def counted_nouns() -> tuple[str, ...]:
    """Normalized nouns a number can count (`جندي`, `troops`, `غارات`, `كيلومترا`) and the scale words
    (`مليون`, `thousand`): after one of them a number is an amount, never a year."""
    return _words().counted


def number_at(norm_text: str, pos: int) -> tuple[float, int] | None:
    """The number written at `pos` of normalized text (digits or words, `ثلاثه الاف`), as (value,
    end offset); None when no number starts there or it is vague."""
    m = _words().number_re.match(norm_text, pos)
    if m is None:
        return None
    value = parse_number(m.group("num"))
    return (value, m.end()) if value is not None else None
