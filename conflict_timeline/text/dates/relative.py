"""Resolution of the expressions that count from the reference: today and yesterday, weekdays,
this/last/next week, month and year, N days ago, the 5th of this month."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .absolute import day_of, period_kind
from .lexicon import lookup
from .model import Ctx, group, rel_role, resolve_relative
from .ranges import SHIFT, Resolved, add_months, iso_week, period_value, safe_date


def h_relday(m: re.Match[str], ctx: Ctx):
    offset = lookup(ctx.lex.reldays, m.group("rd"))
    if not isinstance(offset, int):
        return []

    def resolve(ref: date) -> Resolved:
        d = ref + timedelta(days=offset)
        return d, d, "day"

    return resolve_relative(m, ctx, resolve)


def h_period(m: re.Match[str], ctx: Ctx):
    if group(m, "per"):
        kind, role = period_kind(m.group("per"), ctx), rel_role(m.group("pfx"), ctx)
    else:
        kind, role = period_kind(m.group("per2"), ctx), rel_role(m.group("prel"), ctx)
    if kind is None or role is None:
        return []
    return resolve_relative(m, ctx, lambda ref: period_value(kind, SHIFT[role], ref, None, ctx.lex))


def h_ago(m: re.Match[str], ctx: Ctx):
    num, unit_word = (group(m, "num"), group(m, "unit")) if group(m, "unit") else (group(m, "num2"), group(m, "unit2"))
    unit = lookup(ctx.lex.units, unit_word or "")
    if not isinstance(unit, tuple):
        return []
    kind, count = unit
    if num:
        n = int(num) if num.isdigit() else lookup(ctx.lex.numbers, num)
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
            start, end = iso_week(ref - timedelta(weeks=count))
            return start, end, "week"
        return period_value(kind, -count, ref, None, ctx.lex)

    return resolve_relative(m, ctx, resolve)


def h_weekday(m: re.Match[str], ctx: Ctx):
    wd = lookup(ctx.lex.weekdays, m.group("wd"))
    if not isinstance(wd, int):
        return []
    if m.group("wd").isascii() and not ctx.capitalized(m.start("wd")):
        return []
    role = rel_role(group(m, "wrel") or group(m, "wpre"), ctx)

    def resolve(ref: date) -> Resolved:
        back = (ref.weekday() - wd) % 7
        if role == "next":
            d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
        elif role == "past":
            d = ref - timedelta(days=back or 7)
        else:
            d = ref - timedelta(days=back)
        return d, d, "day"

    return resolve_relative(m, ctx, resolve)


def h_day_of_month(m: re.Match[str], ctx: Ctx):
    day = day_of(m, ctx)
    role = "current" if group(m, "dpfx") else rel_role(group(m, "drel"), ctx)
    if day is None or role is None:
        return []

    def resolve(ref: date) -> Resolved | None:
        y, mo = add_months(ref.year, ref.month, SHIFT[role])
        d = safe_date(y, mo, day)
        return (d, d, "day") if d else None

    return resolve_relative(m, ctx, resolve)


def h_the_nth(m: re.Match[str], ctx: Ctx):
    day = int(m.group("day"))

    def resolve(ref: date) -> Resolved | None:
        for k in range(0, 3):
            y, mo = add_months(ref.year, ref.month, -k)
            d = safe_date(y, mo, day)
            if d and d <= ref:
                return d, d, "day"
        return None

    return resolve_relative(m, ctx, resolve)
