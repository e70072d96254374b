"""Resolution of spans a few days or weeks long: nights across two days (ليل الأربعاء - الخميس),
a weekday of a named week (الأسبوع المقبل يوم الجمعة), recent and coming days (في الأيام الأخيرة,
in the coming days), the part of a period before or after the reference (earlier this month) and
the weeks of a month (الأسبوع الأول من فبراير, the second week of March)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .absolute import month_of, period_kind, tail_year
from .lexicon import lookup
from .model import Ctx, group, is_quantity, rel_role, resolve_relative
from .ranges import SHIFT, Resolved, add_months, iso_week, period_value, week_of_month, year_for_month


def _weekday_on_or_before(wd: int, role: str | None, ref: date) -> date:
    back = (ref.weekday() - wd) % 7
    if role == "next":
        return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    if role == "past":
        return ref - timedelta(days=back or 7)
    return ref - timedelta(days=back)


def h_night(m: re.Match[str], ctx: Ctx):
    """ليل الأربعاء - الخميس, ليلة السبت على الأحد: the two days of the night, the first of them the
    most recent such weekday on or before the reference (or the last/next one with الماضي/المقبل)."""
    wd, wd2 = lookup(ctx.lex.weekdays, m.group("wd")), lookup(ctx.lex.weekdays, m.group("wd2"))
    if not (isinstance(wd, int) and isinstance(wd2, int)) or wd2 != (wd + 1) % 7:
        return []
    role = rel_role(group(m, "wrel"), ctx)

    def resolve(ref: date) -> Resolved:
        first = _weekday_on_or_before(wd, role, ref)
        return first, first + timedelta(days=1), "day"

    return resolve_relative(m, ctx, resolve)


def h_overnight(m: re.Match[str], ctx: Ctx):
    """"overnight": the night before the reference, the day before it and the reference day."""

    def resolve(ref: date) -> Resolved:
        return ref - timedelta(days=1), ref, "day"

    return resolve_relative(m, ctx, resolve)


def h_week_weekday(m: re.Match[str], ctx: Ctx):
    """الأسبوع المقبل يوم الجمعة, الجمعة من الأسبوع الماضي, Friday next week: a day of a named week."""
    wd = lookup(ctx.lex.weekdays, group(m, "wd") or group(m, "wd2") or "")
    role = rel_role(group(m, "pfx") or group(m, "prel") or group(m, "pfx2") or group(m, "prel2"), ctx)
    if not isinstance(wd, int) or role is None:
        return []

    def resolve(ref: date) -> Resolved:
        d = iso_week(ref, SHIFT[role])[0] + timedelta(days=wd)
        return d, d, "day"

    return resolve_relative(m, ctx, resolve)


def h_recent(m: re.Match[str], ctx: Ctx):
    """في الأيام الأخيرة، خلال الأيام المقبلة، in recent days, in the coming weeks: the last or the
    next seven days (precision week), or four weeks (precision month)."""
    word = group(m, "r1") or group(m, "r2") or ""
    role = rel_role(word, ctx)
    if role is None and ctx.lex.has("recent", word):
        role = "past"
    unit = lookup(ctx.lex.units, m.group("u").removeprefix("ال"))
    if role not in ("past", "next") or not isinstance(unit, tuple) or unit[0] not in ("day", "week"):
        return []
    days, precision = (7, "week") if unit[0] == "day" else (28, "month")

    def resolve(ref: date) -> Resolved:
        if role == "past":
            return ref - timedelta(days=days - 1), ref, precision
        return ref + timedelta(days=1), ref + timedelta(days=days), precision

    return resolve_relative(m, ctx, resolve)


def h_earlier_later(m: re.Match[str], ctx: Ctx):
    """earlier this month, في وقت سابق من العام الجاري, later this week: the part of the period before
    (after) the reference, with the precision of the period."""
    kind = period_kind(group(m, "per") or group(m, "per2") or "", ctx)
    role = rel_role(group(m, "pfx") or group(m, "prel"), ctx) or "current"
    later = ctx.lex.has("later", m.group("el"))
    if kind is None:
        return []

    def resolve(ref: date) -> Resolved | None:
        value = period_value(kind, SHIFT[role], ref, None, ctx.lex)
        if value is None or role != "current":
            return value
        start, end, precision = value
        if later:
            return min(ref + timedelta(days=1), end), end, precision
        return start, max(ref - timedelta(days=1), start), precision

    return resolve_relative(m, ctx, resolve)


def h_week_of_month(m: re.Match[str], ctx: Ctx):
    """الأسبوع الأول من فبراير الماضي، the second week of March، الأسبوع الأخير من الشهر الجاري: the
    days 1-7, 8-14, ... of the month (the last seven for الأخير/last), precision week."""
    week = lookup(ctx.lex.week_ordinals, group(m, "wo") or group(m, "wo2") or "")
    if not isinstance(week, int):
        return []
    if group(m, "mon"):
        info = month_of(m, ctx)
        if info is None:
            return []
        year, yrel, written = tail_year(m, ctx)
        if written:
            if year is None or is_quantity(m.end(), ctx):
                return []
            value = week_of_month(year, info.month, week)
            return [(m.start(), m.end(), value, False)] if value else []
        mrel = rel_role(group(m, "mrel") or group(m, "mrelpre"), ctx)

        def resolve(ref: date) -> Resolved | None:
            return week_of_month(year_for_month(info.month, None, ref, mrel, yrel)[0], info.month, week)

        return resolve_relative(m, ctx, resolve)
    role = rel_role(group(m, "ppre") or group(m, "prel"), ctx) or "current"

    def resolve_period(ref: date) -> Resolved | None:
        y, mo = add_months(ref.year, ref.month, SHIFT[role])
        return week_of_month(y, mo, week)

    return resolve_relative(m, ctx, resolve_period)
