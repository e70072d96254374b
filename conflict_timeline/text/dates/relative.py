"""Resolution of the expressions that count from the reference: today, yesterday and tomorrow,
weekdays (with a day number: الأربعاء 27), this/last/next week, month and year, durations back and
forward (منذ شهر و21 يوما، بعد يومين), the 5th of this month, يوم 27."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .absolute import day_of, period_kind
from .lexicon import lookup
from .model import Ctx, group, is_quantity, rel_role, resolve_relative
from .ranges import (
    SHIFT,
    Resolved,
    add_months,
    period_value,
    recent_day,
    safe_date,
    shifted,
    weekday_with_day,
)


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
    """Durations back and forward: منذ ثلاثة أيام، قبل عامين، منذ شهر و21 يوما، two years ago; بعد يومين،
    in two days, a week from now. The precision is that of the finest unit."""
    forward = bool(group(m, "fwd") or group(m, "fnow2"))
    amounts = amounts_of(group(m, "amts") or group(m, "amts2") or "", ctx)
    if not amounts:
        return []
    cue = group(m, "fwd")
    rest = ctx.norm[m.end() : m.end() + 12].split()
    if cue and rest and rest[0] in ctx.lex.words("event_after"):
        return []  # بعد أسبوع على الهجوم: a week after the attack, not after the report
    if cue and cue.isascii() and any(unit in ("month", "year") for _, unit in amounts):
        return []  # "in two years" is as often a duration (the first time in two years) as a date
    return resolve_relative(m, ctx, lambda ref: shifted(ref, amounts, 1 if forward else -1))


def amounts_of(text: str, ctx: Ctx) -> list[tuple[int, str]] | None:
    """(count, unit) of each part of a duration (شهر و21 يوما: (1, month), (21, day)); None when a
    part has no count (أيام، days) or a dual unit has another number (3 يومين)."""
    out = []
    for part in ctx.grammar.amount_sep.split(text.strip()):
        am = ctx.grammar.amount.fullmatch(part)
        unit = lookup(ctx.lex.units, am.group("u")) if am else None
        if am is None or not isinstance(unit, tuple):
            return None
        kind, count = unit
        num = am.group("n")
        if num:
            n = int(num) if num.isdigit() else lookup(ctx.lex.numbers, num)
            if not isinstance(n, int) or (count == 2 and n != 2):
                return None
            count = n
        if not count or count <= 0:
            return None
        out.append((count, kind))
    return out


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
    role = "current" if group(m, "dpfx") else rel_role(group(m, "drel") or group(m, "dpre"), ctx)
    if day is None or role is None:
        return []

    def resolve(ref: date) -> Resolved | None:
        y, mo = add_months(ref.year, ref.month, SHIFT[role])
        d = safe_date(y, mo, day)
        return (d, d, "day") if d else None

    return resolve_relative(m, ctx, resolve)


def h_the_nth(m: re.Match[str], ctx: Ctx):
    day = int(m.group("day"))
    return resolve_relative(m, ctx, lambda ref: recent_day(day, ref))


def h_weekday_day(m: re.Match[str], ctx: Ctx):
    """الأربعاء 27، يوم الخميس في 21، Thursday the 21st: the date nearest the reference whose weekday
    and day of the month are these."""
    wd = lookup(ctx.lex.weekdays, m.group("wd"))
    if not isinstance(wd, int) or is_quantity(m.end(), ctx):
        return []
    if m.group("wd").isascii() and not ctx.capitalized(m.start("wd")):
        return []
    day = int(m.group("day"))
    return resolve_relative(m, ctx, lambda ref: weekday_with_day(wd, day, ref))


def h_day_cue(m: re.Match[str], ctx: Ctx):
    """يوم 27: a day number after the word for day is the most recent such day of a month."""
    if is_quantity(m.end(), ctx):
        return []
    day = int(m.group("day"))
    return resolve_relative(m, ctx, lambda ref: recent_day(day, ref))
