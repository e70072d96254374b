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
    h_hijri_month,
    h_hijri_year,
    h_modified_period,
    h_month,
    h_numeric,
    h_season,
    h_year_range,
    h_year_words,
    h_years,
)
from .lexicon import alt, first_tokens, lexicon
from .model import Handler
from .relative import (
    h_ago,
    h_day_cue,
    h_day_of_month,
    h_period,
    h_relday,
    h_the_nth,
    h_weekday,
    h_weekday_day,
)
from .spans import h_earlier_later, h_night, h_overnight, h_recent, h_week_of_month, h_week_weekday

# classes of tokens beginning with a digit: four digits (a year can begin the match), or other digits
DIGIT, YEAR = "<digit>", "<year>"
B = r"(?<![\w])"
DB = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"  # before a day number: و10 فبراير، بـ15 يناير
E = r"(?!\w)"


@dataclass
class Grammar:
    patterns: list[tuple[re.Pattern[str], Handler]]
    weekday_gap: re.Pattern[str]  # between a weekday and the date it names: "الإثنين، الموافق 15 ..."
    by_token: dict[str, tuple[int, ...]]  # first token -> the patterns that can begin with it
    anchor: re.Pattern[str]  # the tokens some pattern can begin with
    clitic_digit: re.Pattern[str]  # a digit right after و ف ب ل (و10 فبراير): group 1 is the token
    cue_before: re.Pattern[str]  # a preposition that licenses an expression but is not part of it
    quantity_after: re.Pattern[str]
    year_in: re.Pattern[str]
    amount: re.Pattern[str]  # one part of a duration: 21 يوما، شهر، two years
    amount_sep: re.Pattern[str]  # between the parts: شهر و21 يوما، a year and two months
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
    month_noun_c = alt(lx.words("month_noun"), clitics=True)
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
    approx = alt(lx.words("approx"))  # قبل نحو أسبوع: about a week ago
    fiscal = alt(lx.words("fiscal"))  # السنة المالية 2026: a fiscal year is its year
    past_w = alt(lx.words("past"))
    next_w = alt(lx.words("next"))
    after_before = alt(lx.words("after_before"), clitics=True)
    from_now = alt(lx.words("from_now"))
    recent = alt(lx.words("recent"))
    few = alt(lx.words("few"))
    night = alt(lx.words("night"), clitics=True)
    night_to = alt(lx.words("night_to"))
    earlier = alt(lx.words("earlier", "later"), clitics=True)
    hmark = alt(lx.words("hijri_mark"))
    link = alt(lx.words("day_link", "same_as"))
    week = alt(lx.words("period_week"), clitics=True)
    wordinal = alt(lx.week_ordinals)
    thousand = alt(lx.words("year_thousand"), clitics=True)
    below_thousand = alt(w for w, v in lx.numbers.items() if v < 1000 and not w.isascii())
    plural_units = alt(
        [f"ال{w}" for w, (u, n) in lx.units.items() if n is None and u in ("day", "week") and not w.isascii()]
        + [w for w, (u, n) in lx.units.items() if n is None and u in ("day", "week") and w.endswith("s")]
    )
    day_noun_ar = alt((w for w in lx.words("day_noun") if not w.isascii()), clitics=True)
    one_after = alt(lx.words("one_after"))
    amount = rf"(?:(?:\d{{1,3}}|{nums})\s+)?(?:{units})(?:\s+(?:{one_after}))?+"
    amount_num = rf"(?:\d{{1,3}}|{nums})\s+(?:{units})(?:\s+(?:{one_after}))?+"
    amounts = rf"{amount}(?:\s+(?:and\s+|or\s+|او\s+|و\s*){amount}){{0,2}}"
    day_num = r"(?:ال)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    day = rf"(?:{day_num}|(?P<dayw>{ordw}))"
    day2 = r"(?:ال)?(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    # what may not follow a bare day number: a month (then it is a longer date), a numeric date, a time
    no_month = (
        rf"(?!\s*[/\-.:]\s*\d)(?!\s*[,/\-]?\s*(?:{of}\s+)?(?:{month_noun}\s+)?(?:{mon}|{hmon}){E})"
        rf"(?!\s+(?:{of}|على){E})"
    )
    pair = rf"(?:\s*[/(\-]\s*(?P<mon2>{mon})\.?\s*\)?)?"
    # what may follow a month name: a year, الماضي/الجاري/المقبل, or "of last year"
    tail = (
        rf"(?:\s*[,/\-]?\s*(?:{of}\s+)?(?:{yn}\s+)?{year_re('year')}"
        rf"|\s+(?:{of}\s+)?(?:{yn})\s+(?P<yrel>{rel})"
        rf"|\s+(?:{of}\s+)?(?P<yrel2>{past_w}|{next_w}|{this})\s+(?:{yn})"
        rf"|\s+(?P<mrel>{rel}))?"
    )
    mod = rf"(?:(?:the\s+)?(?P<mod>{mods})(?:\s*-\s*|\s+)(?:the\s+)?)"
    rel_pre = firsts(lx.words("past", "next", "this"))
    ordinals = firsts(lx.ordinals)

    # (the tokens a match can begin with, the pattern, its handler), in order of preference among
    # matches of equal length; DIGIT stands for a token of digits, YEAR for one of exactly four
    entries: list[tuple[set[str], str, Handler]] = [
        (  # 2024-01-15
            {YEAR},
            r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
            r"(?:t\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?(?![\d]|[/.\-]\d)",
            h_numeric,
        ),
        (  # 15/01/2024
            {DIGIT},
            r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\d]|[/.\-]\d)",
            h_numeric,
        ),
        (  # 5 يناير، الخامس من يناير، 5-7 January
            {DIGIT} | ordinals,
            rf"{DB}(?<![\-/]){day}(?:(?:\s*(?P<dsep>[-/])\s*|\s+(?:{night_to})\s+){day2})?\s*[,/\-]?\s*(?:{of}\s+)?"
            rf"(?:{month_noun}\s+)?(?P<mon>{mon})\.?"
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
            firsts(lx.words("between", "from", "year_dual", "year_plural", "year_noun"), clitics=True) | {YEAR},
            rf"{B}(?:{between})\s+(?:(?:the\s+years|{ydual}|{yn})\s+)?{year_re('y1')}\s*{and_}\s*"
            rf"(?:{yn}\s+)?{year_re('y2')}{E}"
            rf"|{B}(?:{frm})\s+(?:{yn}\s+)?{year_re('y3')}\s*(?:{to}|-)\s*(?:{yn}\s+)?{year_re('y4')}{E}"
            rf"|(?<![\w.,/\-$])(?:(?:{ydual}|{yn})\s+)?{year_re('y5')}\s*-\s*{year_re('y6')}(?![\d\-])",
            h_year_range,
        ),
        (  # في عام 2015
            firsts(lx.words("year_cue", "year_noun", "year_dual", "year_plural"), clitics=True),
            rf"{B}(?:(?:{cue})\s+(?P<yn1>the\s+year\s+|(?:{yn})(?:\s+(?:{fiscal}))?\s+)?"
            rf"|(?P<yn2>(?:{yn}|{ydual}))(?:\s+(?:{fiscal}))?\s*)"
            rf"(?<![\d.,$])\d{{4}}(?!\d)(?:\s*(?:,|{and_}|&)\s*(?:{yn}\s+)?\d{{4}}(?!\d))*"
            rf"(?:\s*(?:م|ميلادي|ميلاديه)(?!\w))?{E}",
            h_years,
        ),
        ({YEAR, "the"}, rf"{B}(?:the\s+)?(?P<dec>1[9]\d0|20\d0)'?s{E}", h_decade),  # the 1990s
        (  # عام ألفين، ألفين وأربعة عشر
            firsts(lx.words("year_noun", "year_thousand"), clitics=True),
            rf"{B}(?:(?P<ywn>{yn})\s+)?(?P<yw>(?:{thousand})(?:\s+و?\s*(?:{below_thousand})){{0,4}})"
            rf"(?:\s*(?:م|ميلادي|ميلاديه))?{E}",
            h_year_words,
        ),
        (  # 3 رجب 1445 هـ
            {DIGIT} | firsts(n for n, v in lx.months.items() if v.hijri),
            rf"{DB}(?:{day}\s+(?:{of}\s+)?)?(?:{month_noun}\s+)?(?P<hmon>{hmon})\s+(?P<hy>1[34]\d\d)(?!\d)"
            rf"(?:\s*(?:{hmark}){E})?",
            h_hijri,
        ),
        (  # 1445 هـ
            {YEAR} | firsts(lx.words("year_noun"), clitics=True),
            rf"{B}(?:(?:{yn})\s+)?(?P<hy>1[34]\d\d)\s*(?:{hmark}){E}",
            h_hijri_year,
        ),
        (  # في رمضان الماضي، شهر رمضان، 27 رمضان
            {DIGIT} | ordinals | firsts(lx.words("month_noun"), clitics=True)
            | firsts(n for n, v in lx.months.items() if v.hijri),
            rf"{DB}(?:{day}\s+(?:{of}\s+)?)?(?:(?P<hnoun>{month_noun_c})\s+)?(?P<hmon>{hmon})"
            rf"(?:\s+(?P<hrel>{rel}))?{E}",
            h_hijri_month,
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
        (  # منذ ثلاثة أيام، منذ شهر و21 يوما، بعد يومين، two years ago, a week from now
            firsts(lx.words("ago_before", "after_before"), clitics=True) | firsts(lx.numbers) | {DIGIT},
            rf"{B}(?:(?P<back>{ago_before})|(?P<fwd>{after_before}))\s+(?:(?:{approx})\s+)?(?P<amts>{amounts})"
            rf"(?:\s+(?P<fnow>{from_now}))?{E}(?!\s+(?:{of}){E})"
            rf"|{B}(?P<amts2>{amount_num}(?:\s+(?:and\s+|or\s+|او\s+|و\s*){amount}){{0,2}})"
            rf"\s+(?:{ago_after}|(?P<fnow2>{from_now})){E}",
            h_ago,
        ),
        (  # في الأيام الأخيرة، خلال الأيام المقبلة، in recent days, the coming weeks
            firsts(lx.words("recent", "past", "next", "few"), [w for w in lx.units if w.endswith("s")])
            | {"الايام", "الاسابيع"},
            rf"{B}(?:(?P<r1>{recent}|{past_w}|{next_w})\s+)?(?:(?:{few})\s+)?(?P<u>{plural_units})"
            rf"(?:\s+(?:{few}))?(?:\s+(?P<r2>{recent}|{past_w}|{next_w}))?{E}(?!\s+(?:{of}){E})",
            h_recent,
        ),
        (  # earlier this month, في وقت سابق من العام الجاري
            firsts(lx.words("earlier", "later"), clitics=True),
            rf"{B}(?P<el>{earlier})\s+(?:(?:in|of|من)\s+)?(?:(?P<pfx>{this})\s+(?P<per>{period})"
            rf"|(?:the\s+)?(?P<per2>{period})(?:\s+(?P<prel>{rel}|{this}))?){E}",
            h_earlier_later,
        ),
        (  # الأسبوع الأول من فبراير الماضي، the second week of March
            firsts(lx.week_ordinals) | firsts(lx.words("period_week"), clitics=True),
            rf"{B}(?:(?P<wo>{wordinal})\s+{week}|{week}\s+(?P<wo2>{wordinal}))\s+(?:(?:{of}|في)\s+)?"
            rf"(?:(?:{month_noun}\s+)?(?:(?P<mrelpre>{past_w}|{next_w}|{this})\s+)?(?P<mon>{mon})\.?{pair}{tail}"
            rf"|(?:(?P<ppre>{past_w}|{next_w}|{this})\s+)?(?P<per>{period_month})(?:\s+(?P<prel>{rel}))?){E}",
            h_week_of_month,
        ),
        (  # "overnight" (not "overnight on Sunday"): the night before the reference, its two days
            first_tokens(["overnight"], False),
            rf"{B}overnight(?!\s+(?:on\s+|into\s+|from\s+|between\s+)?(?:{wd}|{mon_en}))(?!\s+\d){E}",
            h_overnight,
        ),
        (  # ليل الأربعاء - الخميس
            firsts(lx.words("night"), clitics=True),
            rf"{B}(?:{night})\s+(?P<wd>{wd})\s*(?:[-/]|(?:{night_to})\s)?\s*(?P<wd2>{wd})(?:\s+(?P<wrel>{rel}))?{E}",
            h_night,
        ),
        (  # الأسبوع المقبل يوم الجمعة، الجمعة من الأسبوع الماضي، Friday next week
            rel_pre | firsts(lx.words("period_week", "time_of_day", "day_noun"), lx.weekdays, clitics=True),
            rf"{B}(?:(?P<pfx>{past_w}|{next_w}|{this})\s+{week}|{week}\s+(?P<prel>{rel}))\s*,?\s*"
            rf"(?:{day_noun}\s+)?(?P<wd>{wd}){E}"
            rf"|{B}(?:{day_noun}\s+)?(?P<wd2>{wd})\s*,?\s+(?:{of}\s+)?"
            rf"(?:(?P<pfx2>{past_w}|{next_w}|{this})\s+{week}|(?:the\s+)?{week}\s+(?P<prel2>{rel})){E}",
            h_week_weekday,
        ),
        (  # الأربعاء 27، يوم الخميس في 21، Thursday the 21st
            firsts(lx.words("time_of_day", "day_noun"), lx.weekdays, clitics=True),
            rf"{B}(?:(?:{tod})\s+)?(?:{day_noun}\s+)?(?P<wd>{wd})\s*,?\s*(?:(?:{link})\s+)?{day_num}{no_month}{E}",
            h_weekday_day,
        ),
        (  # يوم 27
            first_tokens((w for w in lx.words("day_noun") if not w.isascii()), clitics=True),
            rf"{B}(?:{day_noun_ar})\s+{day_num}{no_month}{E}",
            h_day_cue,
        ),
        (  # يوم الأحد
            firsts(lx.words("time_of_day", "day_noun"), lx.weekdays, clitics=True) | rel_pre,
            rf"{B}(?:(?:{tod})\s+)?(?:{day_noun}\s+)?(?:(?P<wpre>{past_w}|{next_w}|{this})\s+)?"
            rf"(?P<wd>{wd})(?:\s+(?:{tod_after}))?(?:\s+(?P<wrel>{rel}))?{E}",
            h_weekday,
        ),
        (  # الخامس من الشهر الجاري
            {DIGIT} | ordinals,
            rf"{DB}{day}\s+(?:{of}\s+)?(?:(?P<dpfx>{this})\s+(?:{period_month})|(?:{period_month})\s+(?P<drel>{rel})"
            rf"|(?P<dpre>{past_w}|{next_w})\s+(?:{period_month}))"
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
    quantity = alt(lx.quantity)
    words = trie_regex((t for t in by_token if t not in (DIGIT, YEAR)), space=r"\s+")
    return Grammar(
        patterns=patterns,
        by_token={t: tuple(v) for t, v in by_token.items()},
        anchor=re.compile(
            rf"(?<!\w)(?:(?P<year>\d{{4}}(?!\d))|(?P<digit>(?:ال)?\d)|(?P<word>{words})(?!\w))"
        ),
        # begins with the letter, so that the scan skips to those letters quickly
        clitic_digit=re.compile(r"[وفبل](?<=(?<!\w)[وفبل])(?:(?P<year>\d{4}(?!\d))|(?P<digit>\d))"),
        weekday_gap=re.compile(rf"\s*,?\s*(?:{same_as}\s+)?"),
        cue_before=re.compile(rf"(?:{cue}|on)\s+(?=\S)"),
        quantity_after=re.compile(rf"\s*(?:ال)?(?:{quantity}){E}"),
        year_in=re.compile(r"\d{4}"),
        amount=re.compile(rf"(?:(?P<n>\d{{1,3}}|{nums})\s+)?(?P<u>{units})"),
        amount_sep=re.compile(r"\s+(?:and|or|او)\s+|\s+و\s*"),
        day_handlers=frozenset({h_numeric, h_date, h_day_of_month}),
    )
