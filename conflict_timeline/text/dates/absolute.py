"""Resolution of the expressions that name their calendar: numeric dates, days and months with
their year, years, ranges of years, seasons, decades and Hijri dates. A month or a day written
without a year takes its year from the reference (`year_for_month`)."""

from __future__ import annotations

import re
from datetime import date

from conflict_timeline.text.numbers import parse_number

from .lexicon import Month, lookup
from .model import Ctx, group, is_quantity, one, rel_role, resolve_relative
from .ranges import (
    SHIFT,
    YEAR_MAX,
    Resolved,
    day_value,
    hijri_day,
    hijri_month,
    hijri_year,
    hijri_year_for_month,
    month_value,
    period_value,
    safe_date,
    season_relative,
    season_span,
    two_digit_year,
    valid_year,
    year_for_month,
    year_value,
)


def h_numeric(m: re.Match[str], ctx: Ctx):
    """15/01/2024, 2024-01-15, 16.11.2016, 15/1/24. Year first is always year-month-day; otherwise a
    day over 12 settles the order, else the text's other numeric dates or its language do, and the
    expression is flagged as ambiguous."""
    ys, first, second = m.group("y"), int(m.group("d")), int(m.group("m"))
    y = int(ys) if len(ys) == 4 else two_digit_year(int(ys), ctx.ref)
    if y is None:
        return []
    if m.start("d") > m.start("y"):
        value = safe_date(y, second, first)
        return one(m, (value, value, "day"), False) if value else []
    day_first, month_first = safe_date(y, second, first), safe_date(y, first, second)
    if day_first and month_first and first != second:
        value = day_first if ctx.reads_day_first() else month_first
        return [(m.start(), m.end(), (value, value, "day"), False, True)]
    value = day_first or month_first
    return one(m, (value, value, "day"), False) if value else []


def month_of(m: re.Match[str], ctx: Ctx) -> Month | None:
    info = lookup(ctx.lex.months, m.group("mon"))
    if not isinstance(info, Month):
        return None
    if info.latin and not ctx.capitalized(m.start("mon")):
        return None
    return info


def day_of(m: re.Match[str], ctx: Ctx) -> int | None:
    if group(m, "day"):
        return int(m.group("day"))
    if group(m, "dayw"):
        v = lookup(ctx.lex.ordinals, m.group("dayw"))
        return v if isinstance(v, int) else None
    return None


def tail_year(m: re.Match[str], ctx: Ctx) -> tuple[int | None, str | None, bool]:
    """(explicit year, year-relative role, whether a year was written) from a month's tail."""
    if group(m, "year"):
        return int(m.group("year")), None, True
    yrel = rel_role(group(m, "yrel") or group(m, "yrel2"), ctx)
    return None, yrel, False


def h_date(m: re.Match[str], ctx: Ctx):
    """A day of a month (or a range of days of one month: بين 5 و7 يناير, January 5-7)."""
    info = month_of(m, ctx)
    first = day_of(m, ctx)
    last = int(m.group("day2")) if group(m, "day2") else first
    if info is None or first is None or last is None or last < first:
        return []
    if group(m, "dsep") == "/" and last != first + 1:
        return []  # 15/16 كانون الثاني: a night across two days, never another range
    year, yrel, written = tail_year(m, ctx)
    if written:
        if year is None or is_quantity(m.end(), ctx):
            return []
        value = day_value(year, info.month, first, last)
        return one(m, value, False) if value else []
    mrel = rel_role(group(m, "mrel"), ctx)

    def resolve(ref: date) -> Resolved | None:
        for y in year_for_month(info.month, first, ref, mrel, yrel):
            value = day_value(y, info.month, first, last)
            if value:
                return value
        return None

    return resolve_relative(m, ctx, resolve)


def mod_part(m: re.Match[str], ctx: Ctx) -> str | None:
    word = group(m, "mod")
    if not word:
        return None
    v = lookup(ctx.lex.modifiers, word)
    return v if isinstance(v, str) else None


DAY_AFTER = re.compile(r"\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?!\d)")


def h_month(m: re.Match[str], ctx: Ctx):
    info = month_of(m, ctx)
    if info is None:
        return []
    part = mod_part(m, ctx)
    year, yrel, written = tail_year(m, ctx)
    mrel = rel_role(group(m, "mrel") or group(m, "mrelpre"), ctx)
    # an ambiguous name (مارس, May) is a month only with a cue, a year, a pair or a word before it
    has_context = bool(written or yrel or mrel or group(m, "mon2") or m.start("mon") > m.start())
    if info.ambiguous and not has_context:
        return []
    if info.latin and DAY_AFTER.match(ctx.norm, m.end()):
        return []  # "since October 17": the month is part of a date
    if written:
        if year is None or is_quantity(m.end(), ctx):
            return []
        value = month_value(year, info.month, part, ctx.lex)
        return one(m, value, False) if value else []

    def resolve(ref: date) -> Resolved | None:
        return month_value(year_for_month(info.month, None, ref, mrel, yrel)[0], info.month, part, ctx.lex)

    return resolve_relative(m, ctx, resolve)


def period_kind(word: str, ctx: Ctx) -> str | None:
    role = lookup(ctx.lex.role_of["period"], word)  # type: ignore[arg-type]
    return role.removeprefix("period_") if isinstance(role, str) else None


def h_modified_period(m: re.Match[str], ctx: Ctx):
    part = mod_part(m, ctx)
    if part is None:
        return []
    if group(m, "year"):
        if is_quantity(m.end(), ctx):
            return []
        value = year_value(int(m.group("year")), part, ctx.lex)
        return one(m, value, False) if value else []
    if group(m, "per"):
        kind, role = period_kind(m.group("per"), ctx), rel_role(m.group("yrelpre"), ctx)
    else:
        kind, role = period_kind(m.group("per2"), ctx), rel_role(group(m, "prel"), ctx) or "current"
    if kind is None or role is None:
        return []
    return resolve_relative(m, ctx, lambda ref: period_value(kind, SHIFT[role], ref, part, ctx.lex))


def h_season(m: re.Match[str], ctx: Ctx):
    v = lookup(ctx.lex.seasons, m.group("season"))
    if not isinstance(v, str):
        return []
    season = v
    if (
        m.group("season").isascii()
        and not ctx.capitalized(m.start("season"))
        and not (group(m, "year") or group(m, "srelpre") or group(m, "yrel2"))
    ):
        return []
    if group(m, "year"):
        if is_quantity(m.end(), ctx):
            return []
        span = season_span(season, int(m.group("year")), ctx.lex)
        return one(m, (span[0], span[1], "season"), False) if span else []
    yrel = rel_role(group(m, "yrel") or group(m, "yrel2"), ctx)
    srel = rel_role(group(m, "srel") or group(m, "srelpre"), ctx)
    if yrel is None and srel is None:
        return []

    def resolve(ref: date) -> Resolved | None:
        if yrel:
            span = season_span(season, ref.year + SHIFT[yrel], ctx.lex)
        else:
            span = season_relative(season, srel or "current", ref, ctx.lex)
        return (span[0], span[1], "season") if span else None

    return resolve_relative(m, ctx, resolve)


def h_year_range(m: re.Match[str], ctx: Ctx):
    for a, b in (("y1", "y2"), ("y3", "y4"), ("y5", "y6")):
        if group(m, a):
            y1, y2 = int(m.group(a)), int(m.group(b))
            break
    else:
        return []
    if not (valid_year(y1) and valid_year(y2)) or y2 < y1 or is_quantity(m.end(), ctx):
        return []
    return one(m, (date(y1, 1, 1), date(y2, 12, 31), "year"), False)


def h_years(m: re.Match[str], ctx: Ctx):
    # after عام/سنة the number is a year whatever follows; after a preposition alone (في، منذ، in)
    # it is not when a quantity noun follows: في 2000 غارة، منذ 1900 عام
    if not (m.group("yn1") or m.group("yn2")) and is_quantity(m.end(), ctx):
        return []
    out = []
    first = True
    for ym in ctx.grammar.year_in.finditer(m.group(0)):
        y = int(ym.group())
        a, b = m.start() + ym.start(), m.start() + ym.end()
        if valid_year(y):
            out.append((m.start() if first else a, b, (date(y, 1, 1), date(y, 12, 31), "year"), False))
        first = False
    if out and out[-1][1] < m.end():
        last = out[-1]
        out[-1] = (last[0], m.end(), last[2], last[3])  # keep a trailing م with the last year
    return out


def h_decade(m: re.Match[str], ctx: Ctx):
    y = int(m.group("dec"))
    if not valid_year(y):
        return []
    return one(m, (date(y, 1, 1), date(min(y + 9, YEAR_MAX), 12, 31), "year"), False)


def h_hijri(m: re.Match[str], ctx: Ctx):
    """3 رجب 1445 هـ, رجب 1445: a Hijri day or month with its year."""
    info = lookup(ctx.lex.months, m.group("hmon"))
    if not isinstance(info, Month):
        return []
    hy, day = int(m.group("hy")), day_of(m, ctx)
    value = hijri_day(hy, info.month, day) if day else hijri_month(hy, info.month)
    return one(m, value, False)


def h_hijri_year(m: re.Match[str], ctx: Ctx):
    """1445 هـ, عام 1445 للهجرة: the Hijri year as its Gregorian days."""
    return one(m, hijri_year(int(m.group("hy"))), False)


def h_hijri_month(m: re.Match[str], ctx: Ctx):
    """A Hijri month or day without its year (في رمضان الماضي، شهر رمضان، 27 رمضان): it needs a cue,
    since the names are also names of people and words (صفر is zero), and takes the Hijri year
    of the reference like a Gregorian month."""
    name = m.group("hmon")
    info = lookup(ctx.lex.months, name)
    if not isinstance(info, Month) or not info.hijri:
        return []
    day, noun, role = day_of(m, ctx), group(m, "hnoun"), rel_role(group(m, "hrel"), ctx)
    if not (day or noun or role):
        return []
    if not (noun or role) and ctx.lex.has("needs_month_noun", name):
        return []

    def resolve(ref: date) -> Resolved | None:
        hy = hijri_year_for_month(info.month, day, ref, role)
        return hijri_day(hy, info.month, day) if day else hijri_month(hy, info.month)

    return resolve_relative(m, ctx, resolve)


def h_year_words(m: re.Match[str], ctx: Ctx):
    """عام ألفين، ألفين وأربعة عشر: a year in words, with a year noun or with more than its thousands
    (a bare ألفين is a number), and never before a counted noun (ألفين وخمسة آلاف)."""
    words = m.group("yw")
    if not (group(m, "ywn") or re.search(r"\sو", words)) or is_quantity(m.end(), ctx):
        return []
    value = parse_number(words)
    if value is None or not value.is_integer() or not valid_year(int(value)):
        return []
    y = int(value)
    return one(m, (date(y, 1, 1), date(y, 12, 31), "year"), False)
