"""Candidate finding: the patterns of the date grammar, built from the vocabulary, and the tokens
each can begin with, so that a pattern is tried only where the text has such a token."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from conflict_timeline.text.patterns import trie_regex

from .absolute import (
    h_date,
    h_decade,
    h_hijri,
    h_modified_period,
    h_month,
    h_numeric,
    h_season,
    h_year_range,
    h_years,
)
from .lexicon import alt, first_tokens, lexicon
from .model import Handler
from .relative import h_ago, h_day_of_month, h_period, h_relday, h_the_nth, h_weekday

DIGIT, YEAR = "<digit>", "<year>"  # classes of tokens beginning with a digit
B = r"(?<![\w])"
E = r"(?!\w)"


@dataclass
class Grammar:
    patterns: list[tuple[re.Pattern[str], Handler]]
    weekday_gap: re.Pattern[str]  # between a weekday and the date it names: "الإثنين، الموافق 15 ..."
    by_token: dict[str, tuple[int, ...]]  # first token -> the patterns that can begin with it
    anchor: re.Pattern[str]  # the tokens some pattern can begin with
    cue_before: re.Pattern[str]  # a preposition that licenses an expression but is not part of it
    quantity_after: re.Pattern[str]
    year_in: re.Pattern[str]
    day_handlers: frozenset[Handler]  # the patterns that give explicit days


def year_re(name: str) -> str:
    # a Gregorian year, optionally marked م / ميلادي
    return rf"(?P<{name}>\d{{4}})(?!\d)(?:\s*(?:م|ميلادي|ميلاديه)(?!\w))?"


@lru_cache(maxsize=1)
def build_grammar() -> Grammar:
    lx = lexicon()

    def firsts(*lists: Iterable[str], clitics: bool = False) -> set[str]:
        return first_tokens([w for words in lists for w in words], clitics)

    greg = [n for n, v in lx.months.items() if not v.hijri]
    mon = alt(greg)
    mon_en = alt([n for n in greg if lx.months[n].latin])
    hmon = alt([n for n, v in lx.months.items() if v.hijri])
    wd = alt(lx.weekdays, clitics=True)
    ordw = alt(lx.ordinals)
    rel = alt(lx.words("past", "next", "current"))
    yn = alt(lx.words("year_noun"), clitics=True)
    ydual = alt(lx.words("year_dual", "year_plural"), clitics=True)
    cue = alt(lx.words("year_cue"), clitics=True)
    month_noun = alt(lx.words("month_noun"))
    day_noun = alt(lx.words("day_noun"), clitics=True)
    this = alt(lx.words("this"))
    period = alt(lx.words("period_week", "period_month", "period_year"), clitics=True)
    period_month = alt(lx.words("period_month"), clitics=True)
    between = alt(lx.words("between"), clitics=True)
    frm = alt(lx.words("from"), clitics=True)
    to = alt(lx.words("to"))
    and_ = alt(lx.words("and"))
    of = alt(lx.words("of", "from"))
    tod = alt(lx.words("time_of_day"), clitics=True)
    tod_after = alt(lx.words("time_of_day_after"))
    same_as = alt(lx.words("same_as"))
    not_today = alt(lx.words("not_today"))
    mods = alt(lx.modifiers, clitics=True)
    seasons = alt(lx.seasons, clitics=True)
    reldays = alt(lx.reldays, clitics=True)
    nums = alt(lx.numbers)
    units = alt(lx.units)
    ago_before = alt(lx.words("ago_before"), clitics=True)
    ago_after = alt(lx.words("ago_after"))
    past_w = alt(lx.words("past"))
    next_w = alt(lx.words("next"))
    day_num = r"(?:ال)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    day = rf"(?:{day_num}|(?P<dayw>{ordw}))"
    day2 = r"(?:ال)?(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    pair = rf"(?:\s*[/(\-]\s*(?P<mon2>{mon})\.?\s*\)?)?"
    # what may follow a month name: a year, الماضي/الجاري/المقبل, or "of last year"
    tail = (
        rf"(?:\s*,?\s*(?:{of}\s+)?(?:{yn}\s+)?{year_re('year')}"
        rf"|\s+(?:{of}\s+)?(?:{yn})\s+(?P<yrel>{rel})"
        rf"|\s+(?:{of}\s+)?(?P<yrel2>{past_w}|{next_w}|{this})\s+(?:{yn})"
        rf"|\s+(?P<mrel>{rel}))?"
    )
    mod = rf"(?:(?:the\s+)?(?P<mod>{mods})(?:\s*-\s*|\s+)(?:the\s+)?)"
    rel_pre = firsts(lx.words("past", "next", "this"))
    ordinals = firsts(lx.ordinals)

    # (the tokens a match can begin with, the pattern, its handler), in order of preference among
    # matches of equal length; DIGIT stands for any token beginning with a digit
    entries: list[tuple[set[str], str, Handler]] = [
        (  # 2024-01-15
            {DIGIT},
            r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
            r"(?:t\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?(?![\d]|[/.\-]\d)",
            h_numeric,
        ),
        (  # 15/01/2024
            {DIGIT},
            r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d]|[/.\-]\d)",
            h_numeric,
        ),
        (  # 5 يناير، الخامس من يناير، 5-7 January
            {DIGIT} | ordinals,
            rf"{B}(?<![\-/]){day}(?:\s*-\s*{day2})?\s*,?\s*(?:{of}\s+)?(?:{month_noun}\s+)?(?P<mon>{mon})\.?"
            rf"{pair}{tail}{E}",
            h_date,
        ),
        (  # بين 5 و7 يناير
            firsts(lx.words("between", "from"), clitics=True),
            rf"{B}(?:{between}|{frm})\s+(?:{day_noun}\s+)?{day_num}\s*(?:{and_}|{to}|-)\s*{day2}"
            rf"\s+(?:{of}\s+)?(?:{month_noun}\s+)?(?P<mon>{mon})\.?{pair}{tail}{E}",
            h_date,
        ),
        (  # January 5, 2024
            firsts(n for n in greg if lx.months[n].latin),
            rf"{B}(?P<mon>{mon_en})\.?\s+(?:the\s+)?{day_num}(?:\s*(?:-|{to}|{and_})\s*{day2})?"
            rf"(?:\s*,?\s*{year_re('year')}|\s+(?:{of}\s+)?(?P<yrel2>{past_w}|{next_w}|{this})\s+(?:{yn}))?{E}",
            h_date,
        ),
        (  # في أكتوبر، نهاية شهر سبتمبر 2025
            firsts(lx.words("year_cue"), lx.modifiers, clitics=True)
            | firsts(lx.words("month_noun"), greg)
            | rel_pre
            | {"the"},
            rf"{B}(?:(?P<cue>{cue})\s+)?{mod}?(?:{month_noun}\s+(?:{of}\s+)?)?"
            rf"(?:(?P<mrelpre>{past_w}|{next_w}|{this})\s+)?(?P<mon>{mon})\.?{pair}{tail}{E}",
            h_month,
        ),
        (  # أواخر 2019، مطلع العام الجاري
            firsts(lx.modifiers, clitics=True) | {"the"},
            rf"{B}{mod}(?:(?:{yn}\s+)?{year_re('year')}|(?P<yrelpre>{past_w}|{next_w}|{this})\s+(?P<per>{period})"
            rf"|(?P<per2>{period})(?:\s+(?P<prel>{rel}))?){E}",
            h_modified_period,
        ),
        (  # صيف عام 2024
            firsts(lx.words("year_cue"), lx.seasons, clitics=True) | rel_pre | {"the"},
            rf"{B}(?:(?P<cue>{cue})\s+)?(?:the\s+)?(?:(?P<srelpre>{past_w}|{next_w}|{this})\s+)?"
            rf"(?P<season>{seasons})"
            rf"(?:\s+(?:{of}\s+)?(?:{yn}\s+)?{year_re('year')}"
            rf"|\s+(?:{of}\s+)?(?:{yn})\s+(?P<yrel>{rel})"
            rf"|\s+(?:{of}\s+)?(?P<yrel2>{past_w}|{next_w}|{this})\s+(?:{yn})"
            rf"|\s+(?P<srel>{rel}))?{E}",
            h_season,
        ),
        (  # بين 2014 و2018
            firsts(lx.words("between", "from", "year_dual", "year_plural", "year_noun"), clitics=True) | {DIGIT},
            rf"{B}(?:{between})\s+(?:(?:the\s+years|{ydual}|{yn})\s+)?{year_re('y1')}\s*{and_}\s*"
            rf"(?:{yn}\s+)?{year_re('y2')}{E}"
            rf"|{B}(?:{frm})\s+(?:{yn}\s+)?{year_re('y3')}\s*(?:{to}|-)\s*(?:{yn}\s+)?{year_re('y4')}{E}"
            rf"|(?<![\w.,/\-$])(?:(?:{ydual}|{yn})\s+)?{year_re('y5')}\s*-\s*{year_re('y6')}(?![\d\-])",
            h_year_range,
        ),
        (  # في عام 2015
            firsts(lx.words("year_cue", "year_noun", "year_dual", "year_plural"), clitics=True),
            rf"{B}(?:(?:{cue})\s+(?P<yn1>the\s+year\s+|(?:{yn})\s+)?|(?P<yn2>(?:{yn}|{ydual}))\s+)"
            rf"(?<![\d.,$])\d{{4}}(?!\d)(?:\s*(?:,|{and_}|&)\s*(?:{yn}\s+)?\d{{4}}(?!\d))*"
            rf"(?:\s*(?:م|ميلادي|ميلاديه)(?!\w))?{E}",
            h_years,
        ),
        ({DIGIT, "the"}, rf"{B}(?:the\s+)?(?P<dec>1[9]\d0|20\d0)'?s{E}", h_decade),  # the 1990s
        (  # 3 رجب 1445 هـ
            {DIGIT} | firsts(n for n, v in lx.months.items() if v.hijri),
            rf"{B}(?:{day_num}\s+)?(?P<hmon>{hmon})\s+(?P<hy>1[34]\d\d)(?!\d)(?:\s*ه(?:جري|جريه)?(?!\w))?",
            h_hijri,
        ),
        (  # مساء أمس
            firsts(lx.words("time_of_day", "day_noun"), lx.reldays, clitics=True),
            rf"{B}(?:(?:{tod})\s+)?(?:{day_noun}\s+)?(?P<rd>{reldays})"
            rf"(?:\s+(?:{tod_after}))?(?:\s*,?\s*(?:{wd}))?{E}(?!\s+(?:{not_today}){E})",
            h_relday,
        ),
        (  # الشهر الماضي
            rel_pre | firsts(lx.words("period_week", "period_month", "period_year"), clitics=True),
            rf"{B}(?:(?P<pfx>{past_w}|{next_w}|{this})\s+(?P<per>{period})"
            rf"|(?P<per2>{period})\s+(?P<prel>{rel})){E}",
            h_period,
        ),
        (  # منذ ثلاثة أيام
            firsts(lx.words("ago_before"), clitics=True) | firsts(lx.numbers) | {DIGIT},
            rf"{B}(?:{ago_before})\s+(?:(?P<num>\d{{1,3}}|{nums})\s+)?(?P<unit>{units}){E}(?!\s+(?:{of}){E})"
            rf"|{B}(?P<num2>\d{{1,3}}|{nums})\s+(?P<unit2>{units})\s+(?:{ago_after}){E}",
            h_ago,
        ),
        (  # يوم الأحد
            firsts(lx.words("time_of_day", "day_noun"), lx.weekdays, clitics=True) | rel_pre,
            rf"{B}(?:(?:{tod})\s+)?(?:{day_noun}\s+)?(?:(?P<wpre>{past_w}|{next_w}|{this})\s+)?"
            rf"(?P<wd>{wd})(?:\s+(?:{tod_after}))?(?:\s+(?P<wrel>{rel}))?{E}",
            h_weekday,
        ),
        (  # الخامس من الشهر الجاري
            {DIGIT} | ordinals,
            rf"{B}{day}\s+(?:{of}\s+)?(?:(?P<dpfx>{this})\s+(?:{period_month})|(?:{period_month})\s+(?P<drel>{rel}))"
            rf"{E}",
            h_day_of_month,
        ),
        (  # on the 5th
            firsts(lx.words("day_noun"), clitics=True) | {"the"},
            rf"{B}(?:{day_noun}\s+)?the\s+{day_num}"
            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|when|at|in|after|before|as|while)\b)",
            h_the_nth,
        ),
    ]

    patterns = [(re.compile(p), h) for _, p, h in entries]
    by_token: dict[str, list[int]] = {}
    for i, (tokens, _, _) in enumerate(entries):
        for t in tokens:
            by_token.setdefault(t, []).append(i)
    # a token of four digits can begin a numeric date, a year range or a decade, never a day
    by_token[YEAR] = [i for i in by_token[DIGIT] if patterns[i][1] in (h_numeric, h_year_range, h_decade)]
    quantity = alt(lx.quantity)
    words = trie_regex((t for t in by_token if t not in (DIGIT, YEAR)), space=r"\s+")
    return Grammar(
        patterns=patterns,
        by_token={t: tuple(v) for t, v in by_token.items()},
        anchor=re.compile(
            rf"(?<!\w)(?:(?P<year>\d{{4}}(?!\d))|(?P<digit>(?:ال)?\d)"
            rf"|(?P<word>{words})(?!\w))"
        ),
        weekday_gap=re.compile(rf"\s*,?\s*(?:{same_as}\s+)?"),
        cue_before=re.compile(rf"(?:{cue}|on)\s+(?=\S)"),
        quantity_after=re.compile(rf"\s*(?:ال)?(?:{quantity}){E}"),
        year_in=re.compile(r"\d{4}"),
        day_handlers=frozenset({h_numeric, h_date}),
    )
