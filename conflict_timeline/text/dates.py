"""Temporal expressions in Arabic and English news text, resolved against a publication date.

The finder runs compiled regular expressions over the normalized text (`normalize_with_map`) and
maps every match back to the original text. The word lists (month names of the Egyptian/Gulf,
Levantine, Maghrebi and Hijri calendars, weekdays, ordinals, season bounds, cue words) are data in
`data/text/dates_*.csv`; the number words (منذ ثلاثة أيام) and the nouns that make a number an amount
rather than a year (1500 جندي) are those of `numbers.py` (`data/text/numbers.csv`, `quantities.csv`),
with the year units of `dates_units.csv` (منذ 1900 عام). This module holds the grammar and the rules.

Rules (news usage, reference = the publication date):

- a bare weekday (الإثنين، يوم الأحد، Monday) is the most recent such day on or before the reference;
  with الماضي/last it is strictly before, with المقبل/القادم/next strictly after;
- a month without a year is the most recent such month (or day) on or before the reference;
  الجاري = the reference's year; الماضي = the most recent such month strictly before the reference
  month; المقبل/next = the first such month strictly after it;
- weeks are ISO weeks, Monday to Sunday: الأسبوع الماضي / last week is the Monday..Sunday week before
  the reference's week;
- early/mid/late (مطلع/منتصف/أواخر...) take days 1-10 / 11-20 / 21-end of a month, or months
  Jan-Apr / May-Aug / Sep-Dec of a year, with the precision of the container;
- a bare 4-digit number is a year only with a year cue (عام، في، منذ، in, since, a month name, a
  range) and never when a quantity noun follows it; years outside 1900..2100 are never dates;
- without a reference every relative expression has no dates and precision `unknown`;
- an expression's span leaves out the preposition that introduces it (في عام 2015 -> عام 2015,
  منذ 7 أكتوبر -> 7 أكتوبر, in 2018 -> 2018, on Monday -> Monday), so that callers can read the
  words before it (بحلول، منذ، by) as context.

dateparser is used only as the last resort of `parse_publication_date`, on one short value.
"""

from __future__ import annotations

import calendar
import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from conflict_timeline.schema import PRECISIONS
from conflict_timeline.text.arabic import map_span, normalize, normalize_with_map
from conflict_timeline.text.numbers import counted_nouns, integer_words
from conflict_timeline.text.patterns import trie_regex

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "text"
YEAR_MIN, YEAR_MAX = 1900, 2100
DIGIT, YEAR = "<digit>", "<year>"  # classes of tokens beginning with a digit

__all__ = ["TemporalExpression", "cli_main", "find_dates", "parse_publication_date"]


@dataclass(frozen=True)
class TemporalExpression:
    text: str  # as written in the input
    span: tuple[int, int]  # character offsets in the input text
    start: date | None
    end: date | None  # inclusive
    precision: str  # one of schema.PRECISIONS
    relative: bool  # resolved against the reference date

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "relative": self.relative,
        }


# --- word lists ---------------------------------------------------------------------------------


def _read(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))
    except OSError as exc:
        raise RuntimeError(f"{path}: cannot read the date word list ({exc.strerror})") from exc


def _key(text: str) -> str:
    """Normalized lookup key: folded letters, single spaces, no trailing dot."""
    return re.sub(r"\s+", " ", normalize(text)).strip(" .")


# Clitics written before a word: the conjunctions و ف, then the prepositions ب ل ك (ل + ال is لل).
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


def _forms(words: Iterable[str], clitics: bool = False) -> set[str]:
    """Normalized words; with `clitics`, also the Arabic ones with clitic prefixes (وفي، بالأمس، للعام)."""
    forms = {_key(w) for w in words if w.strip()}
    forms |= {"لل" + f[2:] for f in forms if f.startswith("ال")}  # ل + ال is written لل
    if clitics:
        arabic = [f for f in forms if not f.isascii()]
        forms |= {p + f for p in _CLITICS for f in arabic}
        forms |= {q + "لل" + f[2:] for q in ("", "و", "ف") for f in arabic if f.startswith("ال")}
    return forms


def _alt(words: Iterable[str], clitics: bool = False) -> str:
    """A regex alternation of the words as one trie; spaces match any whitespace."""
    return "(?:" + trie_regex(_forms(words, clitics), space=r"\s+") + ")"


def _firsts(words: Iterable[str], clitics: bool = False) -> set[str]:
    """The first token of each form of the words."""
    return {f.split(" ")[0] for f in _forms(words, clitics)}


def _lookup(table: dict[str, object], text: str) -> object:
    """The entry of a matched word, with any clitic prefix removed (والاثنين -> الاثنين)."""
    k = re.sub(r"\s+", " ", text).strip(" .")
    if k in table:
        return table[k]
    for p in _CLITICS:
        if k.startswith(p):
            rest = k[len(p) :]
            if rest in table:
                return table[rest]
            if rest.startswith("ل") and "ا" + rest in table:
                return table["ا" + rest]
    return None


@dataclass(frozen=True)
class _Month:
    month: int
    hijri: bool
    ambiguous: bool
    latin: bool


@dataclass
class _Lexicon:
    months: dict[str, _Month]
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

    def words(self, *roles: str) -> list[str]:
        return [w for r in roles for w in self.roles.get(r, [])]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    months: dict[str, _Month] = {}
    for r in _read("dates_months.csv"):
        name = _key(r["name"])
        months[name] = _Month(
            int(r["month"]), r["calendar"] == "hijri", r["ambiguous"] == "1", name.isascii()
        )
    roles: dict[str, list[str]] = {}
    for r in _read("dates_words.csv"):
        roles.setdefault(r["role"], []).append(_key(r["word"]))
    rel_roles = ("past", "next", "current")
    role_of = {"rel": {w: role for role in rel_roles for w in roles.get(role, [])}}
    role_of["period"] = {
        w: role for role in ("period_week", "period_month", "period_year") for w in roles[role]
    }
    units: dict[str, tuple[str, int | None]] = {}
    for r in _read("dates_units.csv"):
        units[_key(r["name"])] = (r["unit"], int(r["count"]) if r["count"] else None)
    # "a week ago": the indefinite article counts one before a unit, and only there
    numbers = {**integer_words(), **{w: 1 for w in roles.get("indefinite", [])}}
    bounds = {
        r["season"]: (int(r["start_month"]), int(r["end_month"]), int(r["start_year_offset"]))
        for r in _read("dates_season_bounds.csv")
    }
    parts = {(r["part"], r["container"]): (int(r["first"]), int(r["last"])) for r in _read("dates_parts.csv")}
    return _Lexicon(
        months=months,
        weekdays={_key(r["name"]): int(r["weekday"]) for r in _read("dates_weekdays.csv")},
        ordinals={_key(r["name"]): int(r["day"]) for r in _read("dates_ordinals.csv")},
        numbers=numbers,
        units=units,
        seasons={_key(r["name"]): r["season"] for r in _read("dates_seasons.csv")},
        season_bounds=bounds,
        parts=parts,
        modifiers={_key(r["name"]): r["part"] for r in _read("dates_modifiers.csv")},
        reldays={_key(r["name"]): int(r["offset"]) for r in _read("dates_relative_days.csv")},
        roles=roles,
        role_of=role_of,
        quantity=[*counted_nouns(), *(w for w, (unit, _) in units.items() if unit == "year")],
    )


# --- date arithmetic ----------------------------------------------------------------------------


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, _last_day(y, m))


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _valid_year(y: int) -> bool:
    return YEAR_MIN <= y <= YEAR_MAX


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not _valid_year(y) or not 1 <= m <= 12 or not 1 <= d <= _last_day(y, m):
        return None
    return date(y, m, d)


def _iso_week(day: date, weeks: int = 0) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


# --- candidates ---------------------------------------------------------------------------------

Resolved = tuple[date, date, str]


@dataclass
class _Cand:
    start: int  # normalized offsets
    end: int
    value: Resolved | None
    relative: bool
    rank: int  # pattern order, lower wins among equal lengths
    weekday: bool = False


@dataclass
class _Ctx:
    norm: str
    orig: str
    offsets: list[int]
    ref: date | None
    lex: _Lexicon

    def capitalized(self, pos: int) -> bool:
        """The original character at normalized offset `pos` is not a lower-case Latin letter."""
        ch = self.orig[self.offsets[pos]]
        return not ("a" <= ch <= "z")


Handler = Callable[[re.Match[str], _Ctx], list[tuple[int, int, Resolved | None, bool]]]


def _one(m: re.Match[str], value: Resolved | None, relative: bool, start: int | None = None):
    return [(m.start() if start is None else start, m.end(), value, relative)]


def _relative(m: re.Match[str], ctx: _Ctx, fn: Callable[[date], Resolved | None], start: int | None = None):
    """A relative expression: resolved against the reference, or kept undated without one."""
    if ctx.ref is None:
        return _one(m, None, True, start)
    value = fn(ctx.ref)
    return _one(m, value, True, start) if value else []


# --- the grammar ----------------------------------------------------------------------------------


@dataclass
class _Grammar:
    patterns: list[tuple[re.Pattern[str], Handler]]
    weekday_gap: re.Pattern[str]  # between a weekday and the date it names: "الإثنين، الموافق 15 ..."
    by_token: dict[str, tuple[int, ...]]  # first token -> the patterns that can begin with it
    anchor: re.Pattern[str]  # the tokens some pattern can begin with
    cue_before: re.Pattern[str]  # a preposition that licenses an expression but is not part of it
    quantity_after: re.Pattern[str]
    year_in: re.Pattern[str]


def _year(name: str) -> str:
    # a Gregorian year, optionally marked م / ميلادي
    return rf"(?P<{name}>\d{{4}})(?!\d)(?:\s*(?:م|ميلادي|ميلاديه)(?!\w))?"


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    lx = _lexicon()
    pre = ""  # clitic prefixes are in the word tries (clitics=True)
    greg = [n for n, v in lx.months.items() if not v.hijri]
    mon = _alt(greg)
    mon_en = _alt([n for n in greg if lx.months[n].latin])
    hmon = _alt([n for n, v in lx.months.items() if v.hijri])
    wd = _alt(lx.weekdays, clitics=True)
    ordw = _alt(lx.ordinals)
    rel = _alt(lx.words("past", "next", "current"))
    yn = _alt(lx.words("year_noun"), clitics=True)
    ydual = _alt(lx.words("year_dual", "year_plural"), clitics=True)
    cue = _alt(lx.words("year_cue"), clitics=True)
    month_noun = _alt(lx.words("month_noun"))
    day_noun = _alt(lx.words("day_noun"), clitics=True)
    this = _alt(lx.words("this"))
    period = _alt(lx.words("period_week", "period_month", "period_year"), clitics=True)
    period_month = _alt(lx.words("period_month"), clitics=True)
    between = _alt(lx.words("between"), clitics=True)
    frm = _alt(lx.words("from"), clitics=True)
    to = _alt(lx.words("to"))
    and_ = _alt(lx.words("and"))
    of = _alt(lx.words("of", "from"))
    tod = _alt(lx.words("time_of_day"), clitics=True)
    tod_after = _alt(lx.words("time_of_day_after"))
    same_as = _alt(lx.words("same_as"))
    not_today = _alt(lx.words("not_today"))
    mods = _alt(lx.modifiers, clitics=True)
    seasons = _alt(lx.seasons, clitics=True)
    reldays = _alt(lx.reldays, clitics=True)
    nums = _alt(lx.numbers)
    units = _alt(lx.units)
    ago_before = _alt(lx.words("ago_before"), clitics=True)
    ago_after = _alt(lx.words("ago_after"))
    past_w = _alt(lx.words("past"))
    next_w = _alt(lx.words("next"))
    B = r"(?<![\w])"
    E = r"(?!\w)"
    day_num = r"(?:ال)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    day = rf"(?:{day_num}|(?P<dayw>{ordw}))"
    day2 = r"(?:ال)?(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    pair = rf"(?:\s*[/(\-]\s*(?P<mon2>{mon})\.?\s*\)?)?"
    # what may follow a month name: a year, الماضي/الجاري/المقبل, or "of last year"
    tail = (
        rf"(?:\s*,?\s*(?:{of}\s+)?(?:{yn}\s+)?{_year('year')}"
        rf"|\s+(?:{of}\s+)?{pre}(?:{yn})\s+(?P<yrel>{rel})"
        rf"|\s+(?:{of}\s+)?(?P<yrel2>{past_w}|{next_w}|{this})\s+(?:{yn})"
        rf"|\s+(?P<mrel>{rel}))?"
    )
    mod = rf"(?:(?:the\s+)?{pre}(?P<mod>{mods})(?:\s*-\s*|\s+)(?:the\s+)?)"
    patterns: list[tuple[str, Handler]] = [
        (
            r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
            r"(?:t\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?(?![\d]|[/.\-]\d)",
            _h_numeric,
        ),
        (
            r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d]|[/.\-]\d)",
            _h_numeric,
        ),
        (
            rf"{B}(?<![\-/]){day}(?:\s*-\s*{day2})?\s*,?\s*(?:{of}\s+)?(?:{month_noun}\s+)?(?P<mon>{mon})\.?"
            rf"{pair}{tail}{E}",
            _h_date,
        ),
        (
            rf"{B}{pre}(?:{between}|{frm})\s+(?:{day_noun}\s+)?{day_num}\s*(?:{and_}|{to}|-)\s*{day2}"
            rf"\s+(?:{of}\s+)?(?:{month_noun}\s+)?(?P<mon>{mon})\.?{pair}{tail}{E}",
            _h_date,
        ),
        (
            rf"{B}(?P<mon>{mon_en})\.?\s+(?:the\s+)?{day_num}(?:\s*(?:-|{to}|{and_})\s*{day2})?"
            rf"(?:\s*,?\s*{_year('year')}|\s+(?:{of}\s+)?(?P<yrel2>{past_w}|{next_w}|{this})\s+(?:{yn}))?{E}",
            _h_date,
        ),
        (
            rf"{B}(?:{pre}(?P<cue>{cue})\s+)?{mod}?(?:{month_noun}\s+(?:{of}\s+)?)?"
            rf"(?:(?P<mrelpre>{past_w}|{next_w}|{this})\s+)?(?P<mon>{mon})\.?{pair}{tail}{E}",
            _h_month,
        ),
        (
            rf"{B}{mod}(?:(?:{yn}\s+)?{_year('year')}|(?P<yrelpre>{past_w}|{next_w}|{this})\s+(?P<per>{period})"
            rf"|{pre}(?P<per2>{period})(?:\s+(?P<prel>{rel}))?){E}",
            _h_modified_period,
        ),
        (
            rf"{B}(?:(?P<cue>{cue})\s+)?(?:the\s+)?(?:(?P<srelpre>{past_w}|{next_w}|{this})\s+)?"
            rf"{pre}(?P<season>{seasons})"
            rf"(?:\s+(?:{of}\s+)?(?:{pre}{yn}\s+)?{_year('year')}"
            rf"|\s+(?:{of}\s+)?{pre}(?:{yn})\s+(?P<yrel>{rel})"
            rf"|\s+(?:{of}\s+)?(?P<yrel2>{past_w}|{next_w}|{this})\s+(?:{yn})"
            rf"|\s+(?P<srel>{rel}))?{E}",
            _h_season,
        ),
        (
            rf"{B}{pre}(?:{between})\s+(?:(?:the\s+years|{ydual}|{yn})\s+)?{_year('y1')}\s*{and_}\s*"
            rf"(?:{yn}\s+)?{_year('y2')}{E}"
            rf"|{B}{pre}(?:{frm})\s+(?:{yn}\s+)?{_year('y3')}\s*(?:{to}|-)\s*(?:{yn}\s+)?{_year('y4')}{E}"
            rf"|(?<![\w.,/\-$])(?:(?:{ydual}|{yn})\s+)?{_year('y5')}\s*-\s*{_year('y6')}(?![\d\-])",
            _h_year_range,
        ),
        (
            rf"{B}(?:{pre}(?:{cue})\s+(?P<yn1>the\s+year\s+|{pre}(?:{yn})\s+)?|(?P<yn2>{pre}(?:{yn}|{ydual}))\s+)"
            rf"(?<![\d.,$])\d{{4}}(?!\d)(?:\s*(?:,|{and_}|&)\s*(?:{yn}\s+)?\d{{4}}(?!\d))*"
            rf"(?:\s*(?:م|ميلادي|ميلاديه)(?!\w))?{E}",
            _h_years,
        ),
        (rf"{B}(?:the\s+)?(?P<dec>1[9]\d0|20\d0)'?s{E}", _h_decade),
        (
            rf"{B}(?:{day_num}\s+)?(?P<hmon>{hmon})\s+(?P<hy>1[34]\d\d)(?!\d)(?:\s*ه(?:جري|جريه)?(?!\w))?",
            _h_hijri,
        ),
        (
            rf"{B}(?:{pre}(?:{tod})\s+)?(?:{pre}{day_noun}\s+)?{pre}(?P<rd>{reldays})"
            rf"(?:\s+(?:{tod_after}))?(?:\s*,?\s*{pre}(?:{wd}))?{E}(?!\s+(?:{not_today}){E})",
            _h_relday,
        ),
        (
            rf"{B}(?:(?P<pfx>{past_w}|{next_w}|{this})\s+(?P<per>{period})"
            rf"|{pre}(?P<per2>{period})\s+(?P<prel>{rel})){E}",
            _h_period,
        ),
        (
            rf"{B}{pre}(?:{ago_before})\s+(?:(?P<num>\d{{1,3}}|{nums})\s+)?(?P<unit>{units}){E}(?!\s+(?:{of}){E})"
            rf"|{B}(?P<num2>\d{{1,3}}|{nums})\s+(?P<unit2>{units})\s+(?:{ago_after}){E}",
            _h_ago,
        ),
        (
            rf"{B}(?:{pre}(?:{tod})\s+)?(?:{pre}{day_noun}\s+)?(?:(?P<wpre>{past_w}|{next_w}|{this})\s+)?"
            rf"{pre}(?P<wd>{wd})(?:\s+(?:{tod_after}))?(?:\s+(?P<wrel>{rel}))?{E}",
            _h_weekday,
        ),
        (
            rf"{B}{day}\s+(?:{of}\s+)?(?:(?P<dpfx>{this})\s+(?:{period_month})|(?:{period_month})\s+(?P<drel>{rel}))"
            rf"{E}",
            _h_day_of_month,
        ),
        (
            rf"{B}(?:{day_noun}\s+)?the\s+{day_num}"
            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|when|at|in|after|before|as|while)\b)",
            _h_the_nth,
        ),
    ]

    # The tokens a match of each pattern can begin with (DIGIT: a token beginning with a digit), so
    # that a pattern is tried only where the text has such a token.
    def firsts(*lists: Iterable[str], clitics: bool = False) -> set[str]:
        return _firsts([w for words in lists for w in words], clitics)

    rel_pre = firsts(lx.words("past", "next", "this"))
    ordinals = firsts(lx.ordinals)
    starts: list[set[str]] = [  # in the order of `patterns`
        {DIGIT},  # 2024-01-15
        {DIGIT},  # 15/01/2024
        {DIGIT} | ordinals,  # 5 يناير، الخامس من يناير، 5-7 January
        firsts(lx.words("between", "from"), clitics=True),  # بين 5 و7 يناير
        firsts(n for n in greg if lx.months[n].latin),  # January 5, 2024
        firsts(lx.words("year_cue"), lx.modifiers, clitics=True)  # في أكتوبر، نهاية شهر سبتمبر 2025
        | firsts(lx.words("month_noun"), greg)
        | rel_pre
        | {"the"},
        firsts(lx.modifiers, clitics=True) | {"the"},  # أواخر 2019، مطلع العام الجاري
        firsts(lx.words("year_cue"), lx.seasons, clitics=True) | rel_pre | {"the"},  # صيف عام 2024
        firsts(
            lx.words("between", "from", "year_dual", "year_plural", "year_noun"), clitics=True
        )  # بين 2014 و2018
        | {DIGIT},
        firsts(lx.words("year_cue", "year_noun", "year_dual", "year_plural"), clitics=True),  # في عام 2015
        {DIGIT, "the"},  # the 1990s
        {DIGIT} | firsts(n for n, v in lx.months.items() if v.hijri),  # 3 رجب 1445 هـ
        firsts(lx.words("time_of_day", "day_noun"), lx.reldays, clitics=True),  # مساء أمس
        rel_pre
        | firsts(lx.words("period_week", "period_month", "period_year"), clitics=True),  # الشهر الماضي
        firsts(lx.words("ago_before"), clitics=True) | firsts(lx.numbers) | {DIGIT},  # منذ ثلاثة أيام
        firsts(lx.words("time_of_day", "day_noun"), lx.weekdays, clitics=True) | rel_pre,  # يوم الأحد
        {DIGIT} | ordinals,  # الخامس من الشهر الجاري
        firsts(lx.words("day_noun"), clitics=True) | {"the"},  # on the 5th
    ]
    assert len(starts) == len(patterns)
    by_token: dict[str, list[int]] = {}
    for i, tokens in enumerate(starts):
        for t in tokens:
            by_token.setdefault(t, []).append(i)
    # a token of four digits can begin a numeric date, a year range or a decade, never a day
    by_token[YEAR] = [i for i in by_token[DIGIT] if patterns[i][1] in (_h_numeric, _h_year_range, _h_decade)]
    quantity = _alt(lx.quantity)
    first_tokens = trie_regex((t for t in by_token if t not in (DIGIT, YEAR)), space=r"\s+")
    return _Grammar(
        patterns=[(re.compile(p), h) for p, h in patterns],
        by_token={t: tuple(v) for t, v in by_token.items()},
        anchor=re.compile(
            rf"(?<!\w)(?:(?P<year>\d{{4}}(?!\d))|(?P<digit>(?:ال)?\d)"
            rf"|(?P<word>{first_tokens})(?!\w))"
        ),
        weekday_gap=re.compile(rf"\s*,?\s*(?:{same_as}\s+)?"),
        cue_before=re.compile(rf"(?:{cue}|on)\s+(?=\S)"),
        quantity_after=re.compile(rf"\s*(?:ال)?(?:{quantity}){E}"),
        year_in=re.compile(r"\d{4}"),
    )


# --- handlers -----------------------------------------------------------------------------------


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _is_quantity(m_end: int, ctx: _Ctx) -> bool:
    return _grammar().quantity_after.match(ctx.norm, m_end) is not None


def _rel_role(word: str | None, ctx: _Ctx) -> str | None:
    if not word:
        return None
    k = re.sub(r"\s+", " ", word).strip()
    role = ctx.lex.role_of["rel"].get(k)
    if role is None and k in ctx.lex.roles.get("this", []):
        return "current"
    return role


def _h_numeric(m: re.Match[str], ctx: _Ctx):
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    value = _safe_date(y, mo, d)
    if value is None and m.start("d") < m.start("y"):
        value = _safe_date(y, d, mo)  # month first, when day first is impossible (01/15/2024)
    if value is None:
        return []
    return _one(m, (value, value, "day"), False)


def _month_of(m: re.Match[str], ctx: _Ctx) -> _Month | None:
    info = _lookup(ctx.lex.months, m.group("mon"))
    if not isinstance(info, _Month):
        return None
    if info.latin and not ctx.capitalized(m.start("mon")):
        return None
    return info


def _day_of(m: re.Match[str], ctx: _Ctx) -> int | None:
    if _g(m, "day"):
        return int(m.group("day"))
    if _g(m, "dayw"):
        v = _lookup(ctx.lex.ordinals, m.group("dayw"))
        return v if isinstance(v, int) else None
    return None


def _tail_year(m: re.Match[str], ctx: _Ctx) -> tuple[int | None, str | None, bool]:
    """(explicit year, year-relative role, whether a year was written) from a month's tail."""
    if _g(m, "year"):
        return int(m.group("year")), None, True
    yrel = _rel_role(_g(m, "yrel") or _g(m, "yrel2"), ctx)
    return None, yrel, False


def _year_for_month(month: int, day: int | None, ref: date, mrel: str | None, yrel: str | None) -> list[int]:
    """Candidate years for a month (and day) written without a year, most likely first."""
    if yrel:
        return [ref.year + {"past": -1, "current": 0, "next": 1}[yrel]]
    if mrel == "current":
        return [ref.year]
    if mrel == "next":
        y = ref.year if month > ref.month else ref.year + 1
        return [y + k for k in range(0, 8)]
    if mrel == "past":
        y = ref.year if month < ref.month else ref.year - 1
        return [y - k for k in range(0, 8)]
    after = month > ref.month if day is None else (month, day) > (ref.month, ref.day)
    y = ref.year - 1 if after else ref.year
    return [y - k for k in range(0, 8)]


def _h_date(m: re.Match[str], ctx: _Ctx):
    """A day of a month (or a range of days of one month: بين 5 و7 يناير, January 5-7)."""
    info = _month_of(m, ctx)
    first = _day_of(m, ctx)
    last = int(m.group("day2")) if _g(m, "day2") else first
    if info is None or first is None or last is None or last < first:
        return []
    year, yrel, written = _tail_year(m, ctx)
    if written:
        if year is None or _is_quantity(m.end(), ctx):
            return []
        value = _day_value(year, info.month, first, last)
        return _one(m, value, False) if value else []
    mrel = _rel_role(_g(m, "mrel"), ctx)

    def resolve(ref: date) -> Resolved | None:
        for y in _year_for_month(info.month, first, ref, mrel, yrel):
            value = _day_value(y, info.month, first, last)
            if value:
                return value
        return None

    return _relative(m, ctx, resolve)


def _day_value(y: int, month: int, first: int, last: int) -> Resolved | None:
    start, end = _safe_date(y, month, first), _safe_date(y, month, last)
    return (start, end, "day") if start and end else None


def _part_range(part: str, container: str, lex: _Lexicon) -> tuple[int, int]:
    return lex.parts[(part, container)]


def _month_value(y: int, month: int, part: str | None, lex: _Lexicon) -> Resolved | None:
    if not _valid_year(y):
        return None
    start, end = _month_span(y, month)
    if part:
        first, last = _part_range(part, "month", lex)
        start, end = date(y, month, first), date(y, month, min(last, end.day))
    return start, end, "month"


def _year_value(y: int, part: str | None, lex: _Lexicon) -> Resolved | None:
    if not _valid_year(y):
        return None
    first, last = _part_range(part, "year", lex) if part else (1, 12)
    return date(y, first, 1), date(y, last, _last_day(y, last)), "year"


def _mod_part(m: re.Match[str], ctx: _Ctx) -> str | None:
    word = _g(m, "mod")
    if not word:
        return None
    v = _lookup(ctx.lex.modifiers, word)
    return v if isinstance(v, str) else None


_DAY_AFTER = re.compile(r"\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?!\d)")


def _h_month(m: re.Match[str], ctx: _Ctx):
    info = _month_of(m, ctx)
    if info is None:
        return []
    part = _mod_part(m, ctx)
    year, yrel, written = _tail_year(m, ctx)
    mrel = _rel_role(_g(m, "mrel") or _g(m, "mrelpre"), ctx)
    # an ambiguous name (مارس, May) is a month only with a cue, a year, a pair or a word before it
    has_context = bool(written or yrel or mrel or _g(m, "mon2") or m.start("mon") > m.start())
    if info.ambiguous and not has_context:
        return []
    if info.latin and _DAY_AFTER.match(ctx.norm, m.end()):
        return []  # "since October 17": the month is part of a date
    if written:
        if year is None or _is_quantity(m.end(), ctx):
            return []
        value = _month_value(year, info.month, part, ctx.lex)
        return _one(m, value, False) if value else []

    def resolve(ref: date) -> Resolved | None:
        return _month_value(_year_for_month(info.month, None, ref, mrel, yrel)[0], info.month, part, ctx.lex)

    return _relative(m, ctx, resolve)


def _period_kind(word: str, ctx: _Ctx) -> str | None:
    role = _lookup(ctx.lex.role_of["period"], word)  # type: ignore[arg-type]
    return role.removeprefix("period_") if isinstance(role, str) else None


def _period_value(kind: str, shift: int, ref: date, part: str | None, lex: _Lexicon) -> Resolved | None:
    if kind == "week":
        start, end = _iso_week(ref, shift)
        return start, end, "week"
    if kind == "month":
        y, mo = _add_months(ref.year, ref.month, shift)
        return _month_value(y, mo, part, lex)
    return _year_value(ref.year + shift, part, lex)


_SHIFT = {"past": -1, "current": 0, "next": 1}


def _h_modified_period(m: re.Match[str], ctx: _Ctx):
    part = _mod_part(m, ctx)
    if part is None:
        return []
    if _g(m, "year"):
        if _is_quantity(m.end(), ctx):
            return []
        value = _year_value(int(m.group("year")), part, ctx.lex)
        return _one(m, value, False) if value else []
    if _g(m, "per"):
        kind, role = _period_kind(m.group("per"), ctx), _rel_role(m.group("yrelpre"), ctx)
    else:
        kind, role = _period_kind(m.group("per2"), ctx), _rel_role(_g(m, "prel"), ctx) or "current"
    if kind is None or role is None or kind == "week":
        return []
    return _relative(m, ctx, lambda ref: _period_value(kind, _SHIFT[role], ref, part, ctx.lex))


def _season_span(season: str, y: int, lex: _Lexicon) -> tuple[date, date] | None:
    sm, em, off = lex.season_bounds[season]
    if not (_valid_year(y + off) and _valid_year(y)):
        return None
    return date(y + off, sm, 1), date(y, em, _last_day(y, em))


def _season_relative(season: str, role: str, ref: date, lex: _Lexicon) -> tuple[date, date] | None:
    spans = [s for y in range(ref.year - 2, ref.year + 3) if (s := _season_span(season, y, lex))]
    if role == "past":
        past = [s for s in spans if s[1] < ref]
        return past[-1] if past else None
    if role == "next":
        future = [s for s in spans if s[0] > ref]
        return future[0] if future else None
    for s in spans:
        if s[0] <= ref <= s[1]:
            return s
    return _season_span(season, ref.year, lex)


def _h_season(m: re.Match[str], ctx: _Ctx):
    v = _lookup(ctx.lex.seasons, m.group("season"))
    if not isinstance(v, str):
        return []
    season = v
    if (
        m.group("season").isascii()
        and not ctx.capitalized(m.start("season"))
        and not (_g(m, "year") or _g(m, "srelpre") or _g(m, "yrel2"))
    ):
        return []
    if _g(m, "year"):
        if _is_quantity(m.end(), ctx):
            return []
        span = _season_span(season, int(m.group("year")), ctx.lex)
        return _one(m, (span[0], span[1], "season"), False) if span else []
    yrel = _rel_role(_g(m, "yrel") or _g(m, "yrel2"), ctx)
    srel = _rel_role(_g(m, "srel") or _g(m, "srelpre"), ctx)
    if yrel is None and srel is None:
        return []

    def resolve(ref: date) -> Resolved | None:
        if yrel:
            span = _season_span(season, ref.year + _SHIFT[yrel], ctx.lex)
        else:
            span = _season_relative(season, srel or "current", ref, ctx.lex)
        return (span[0], span[1], "season") if span else None

    return _relative(m, ctx, resolve)


def _h_year_range(m: re.Match[str], ctx: _Ctx):
    for a, b in (("y1", "y2"), ("y3", "y4"), ("y5", "y6")):
        if _g(m, a):
            y1, y2 = int(m.group(a)), int(m.group(b))
            break
    else:
        return []
    if not (_valid_year(y1) and _valid_year(y2)) or y2 < y1 or _is_quantity(m.end(), ctx):
        return []
    return _one(m, (date(y1, 1, 1), date(y2, 12, 31), "year"), False)


def _h_years(m: re.Match[str], ctx: _Ctx):
    # after عام/سنة the number is a year whatever follows; after a preposition alone (في، منذ، in)
    # it is not when a quantity noun follows: في 2000 غارة، منذ 1900 عام
    if not (m.group("yn1") or m.group("yn2")) and _is_quantity(m.end(), ctx):
        return []
    out = []
    first = True
    for ym in _grammar().year_in.finditer(m.group(0)):
        y = int(ym.group())
        a, b = m.start() + ym.start(), m.start() + ym.end()
        if _valid_year(y):
            out.append((m.start() if first else a, b, (date(y, 1, 1), date(y, 12, 31), "year"), False))
        first = False
    if out and out[-1][1] < m.end():
        last = out[-1]
        out[-1] = (last[0], m.end(), last[2], last[3])  # keep a trailing م with the last year
    return out


def _h_decade(m: re.Match[str], ctx: _Ctx):
    y = int(m.group("dec"))
    if not _valid_year(y):
        return []
    return _one(m, (date(y, 1, 1), date(min(y + 9, YEAR_MAX), 12, 31), "year"), False)


def _h_hijri(m: re.Match[str], ctx: _Ctx):
    from hijridate import Hijri

    info = _lookup(ctx.lex.months, m.group("hmon"))
    if not isinstance(info, _Month):
        return []
    hy = int(m.group("hy"))
    try:
        if _g(m, "day"):
            g = Hijri(hy, info.month, int(m.group("day"))).to_gregorian()
            value: Resolved = (date(g.year, g.month, g.day), date(g.year, g.month, g.day), "day")
        else:
            first = Hijri(hy, info.month, 1)
            last = Hijri(hy, info.month, first.month_length()).to_gregorian()
            g = first.to_gregorian()
            value = (date(g.year, g.month, g.day), date(last.year, last.month, last.day), "month")
    except (ValueError, OverflowError):
        return []
    return _one(m, value, False)


def _h_relday(m: re.Match[str], ctx: _Ctx):
    offset = _lookup(ctx.lex.reldays, m.group("rd"))
    if not isinstance(offset, int):
        return []

    def resolve(ref: date) -> Resolved:
        d = ref + timedelta(days=offset)
        return d, d, "day"

    return _relative(m, ctx, resolve)


def _h_period(m: re.Match[str], ctx: _Ctx):
    if _g(m, "per"):
        kind, role = _period_kind(m.group("per"), ctx), _rel_role(m.group("pfx"), ctx)
    else:
        kind, role = _period_kind(m.group("per2"), ctx), _rel_role(m.group("prel"), ctx)
    if kind is None or role is None:
        return []
    return _relative(m, ctx, lambda ref: _period_value(kind, _SHIFT[role], ref, None, ctx.lex))


def _h_ago(m: re.Match[str], ctx: _Ctx):
    num, unit_word = (_g(m, "num"), _g(m, "unit")) if _g(m, "unit") else (_g(m, "num2"), _g(m, "unit2"))
    unit = _lookup(ctx.lex.units, unit_word or "")
    if not isinstance(unit, tuple):
        return []
    kind, count = unit
    if num:
        n = int(num) if num.isdigit() else _lookup(ctx.lex.numbers, num)
        if not isinstance(n, int):
            return []
        if count == 2 and n != 2:
            return []
        count = n
    if not count or count <= 0:
        return []

    def resolve(ref: date) -> Resolved | None:
        if kind == "day":
            d = ref - timedelta(days=count)
            return d, d, "day"
        if kind == "week":
            start, end = _iso_week(ref - timedelta(weeks=count))
            return start, end, "week"
        return _period_value(kind, -count, ref, None, ctx.lex)

    return _relative(m, ctx, resolve)


def _h_weekday(m: re.Match[str], ctx: _Ctx):
    wd = _lookup(ctx.lex.weekdays, m.group("wd"))
    if not isinstance(wd, int):
        return []
    if m.group("wd").isascii() and not ctx.capitalized(m.start("wd")):
        return []
    role = _rel_role(_g(m, "wrel") or _g(m, "wpre"), ctx)

    def resolve(ref: date) -> Resolved:
        back = (ref.weekday() - wd) % 7
        if role == "next":
            d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
        elif role == "past":
            d = ref - timedelta(days=back or 7)
        else:
            d = ref - timedelta(days=back)
        return d, d, "day"

    return _relative(m, ctx, resolve)


def _h_day_of_month(m: re.Match[str], ctx: _Ctx):
    day = _day_of(m, ctx)
    role = "current" if _g(m, "dpfx") else _rel_role(_g(m, "drel"), ctx)
    if day is None or role is None:
        return []

    def resolve(ref: date) -> Resolved | None:
        y, mo = _add_months(ref.year, ref.month, _SHIFT[role])
        d = _safe_date(y, mo, day)
        return (d, d, "day") if d else None

    return _relative(m, ctx, resolve)


def _h_the_nth(m: re.Match[str], ctx: _Ctx):
    day = int(m.group("day"))

    def resolve(ref: date) -> Resolved | None:
        for k in range(0, 3):
            y, mo = _add_months(ref.year, ref.month, -k)
            d = _safe_date(y, mo, day)
            if d and d <= ref:
                return d, d, "day"
        return None

    return _relative(m, ctx, resolve)


_DAY_RANK = 4  # patterns 0..4 give explicit days (numeric dates, day + month)

# --- the finder ---------------------------------------------------------------------------------

_TRAILING_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]*")


def _to_original(ctx: _Ctx, a: int, b: int) -> tuple[int, int]:
    start, end = map_span(ctx.offsets, a, b)
    # keep diacritics and tatweel written on the last letter inside the span
    mark = _TRAILING_MARKS.match(ctx.orig, end)
    if mark:
        end = mark.end()
    return start, end


def _candidates(ctx: _Ctx) -> list[_Cand]:
    """Try, at each token some pattern can begin with, only the patterns that can begin with it."""
    grammar = _grammar()
    patterns, by_token = grammar.patterns, grammar.by_token
    digit_patterns, year_patterns = by_token[DIGIT], by_token[YEAR]
    cue_before = grammar.cue_before
    cands: list[_Cand] = []
    norm = ctx.norm
    for am in grammar.anchor.finditer(norm):
        kind = am.lastgroup
        todo = (
            by_token.get(am.group(), ())
            if kind == "word"
            else year_patterns
            if kind == "year"
            else digit_patterns
        )
        pos = am.start()
        for rank in todo:
            pattern, handler = patterns[rank]
            m = pattern.match(norm, pos)
            if m is None:
                continue
            try:
                found = handler(m, ctx)
            except (OverflowError, ValueError):  # a reference near date.min/max
                continue
            for a, b, value, relative in found:
                if value is not None and not (_valid_year(value[0].year) and _valid_year(value[1].year)):
                    continue  # 1900..2100 only, also after arithmetic on the reference
                cue = cue_before.match(norm, a, b)
                if cue:
                    a = cue.end()  # في عام 2015 -> عام 2015, in 2018 -> 2018: the preposition is context
                if norm[b - 1] == ".":
                    b -= 1  # a full stop after a month name ends the sentence: "in August."
                if b > a:
                    cands.append(_Cand(a, b, value, relative, rank, handler is _h_weekday))
    return cands


def _select(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """The longest candidates that do not overlap, in text order; a weekday just before an explicit
    day (الإثنين 15 كانون الثاني 2024, Monday, January 15) becomes part of it."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken: list[_Cand] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    gap = _grammar().weekday_gap
    out: list[_Cand] = []
    for c in taken:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.weekday
            and c.rank <= _DAY_RANK
            and (c.value is None or c.value[2] == "day")
            and gap.fullmatch(ctx.norm, prev.end, c.start)
        ):
            out[-1] = _Cand(prev.start, c.end, c.value, c.relative, c.rank)
        else:
            out.append(c)
    return out


def find_dates(text: str, reference: date | None = None) -> list[TemporalExpression]:
    """Temporal expressions in `text`, sorted by span and non-overlapping, resolved against
    `reference` (the publication date); without one, relative expressions stay undated."""
    if not text:
        return []
    if isinstance(reference, datetime):
        reference = reference.date()
    norm, offsets = normalize_with_map(text)
    ctx = _Ctx(norm=norm, orig=text, offsets=offsets, ref=reference, lex=_lexicon())
    taken = _select(_candidates(ctx), ctx)
    out = []
    for c in taken:
        a, b = _to_original(ctx, c.start, c.end)
        if c.value is None:
            out.append(TemporalExpression(text[a:b], (a, b), None, None, "unknown", c.relative))
        else:
            start, end, precision = c.value
            assert precision in PRECISIONS
            out.append(TemporalExpression(text[a:b], (a, b), start, end, precision, c.relative))
    return out


_MAX_FALLBACK_CHARS = 120


def parse_publication_date(text: str) -> date | None:
    """The date of a page's publication line or value; None when it is not a date.

    Numeric dates are read day first (15/01/2024), as Arab sites write them.
    """
    if not text or not text.strip():
        return None
    for expr in find_dates(text):
        if expr.precision == "day" and expr.start is not None and not expr.relative:
            return expr.start
    return _dateparser_fallback(text.strip())


def _dateparser_fallback(text: str) -> date | None:
    if (
        len(text) > _MAX_FALLBACK_CHARS
        or not re.search(r"\d", text)
        or not re.search(r"\d{4}", normalize(text))
    ):
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            languages=["ar", "en"],
            settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
        )
    except Exception:  # dateparser raises assorted errors on odd input; a non-date is simply None
        return None
    if parsed is None or not _valid_year(parsed.year):
        return None
    return parsed.date()


def cli_main(lines: Iterable[str], reference: date | None) -> Iterator[str]:
    """One JSON array of expressions per input line."""
    for line in lines:
        text = line.rstrip("\r\n")
        yield json.dumps([e.to_json() for e in find_dates(text, reference)], ensure_ascii=False)
