"""Calendar arithmetic and the values (start, end, precision) of months, years, weeks and seasons."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .lexicon import Lexicon

YEAR_MIN, YEAR_MAX = 1900, 2100
Resolved = tuple[date, date, str]  # first day, last day (inclusive), precision
SHIFT = {"past": -1, "current": 0, "next": 1}


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, last_day(y, m))


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def valid_year(y: int) -> bool:
    return YEAR_MIN <= y <= YEAR_MAX


def safe_date(y: int, m: int, d: int) -> date | None:
    if not valid_year(y) or not 1 <= m <= 12 or not 1 <= d <= last_day(y, m):
        return None
    return date(y, m, d)


def iso_week(day: date, weeks: int = 0) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)



def year_for_month(month: int, day: int | None, ref: date, mrel: str | None, yrel: str | None) -> list[int]:
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


def day_value(y: int, month: int, first: int, last: int) -> Resolved | None:
    start, end = safe_date(y, month, first), safe_date(y, month, last)
    return (start, end, "day") if start and end else None


def part_range(part: str, container: str, lex: Lexicon) -> tuple[int, int]:
    return lex.parts[(part, container)]


def month_value(y: int, month: int, part: str | None, lex: Lexicon) -> Resolved | None:
    if not valid_year(y):
        return None
    start, end = month_span(y, month)
    if part:
        first, last = part_range(part, "month", lex)
        start, end = date(y, month, first), date(y, month, min(last, end.day))
    return start, end, "month"


def year_value(y: int, part: str | None, lex: Lexicon) -> Resolved | None:
    if not valid_year(y):
        return None
    first, last = part_range(part, "year", lex) if part else (1, 12)
    return date(y, first, 1), date(y, last, last_day(y, last)), "year"


def period_value(kind: str, shift: int, ref: date, part: str | None, lex: Lexicon) -> Resolved | None:
    if kind == "week":
        start, end = iso_week(ref, shift)
        if part:  # early / mid / late week: Monday-Wednesday, Wednesday-Friday, Friday-Sunday
            first, last = part_range(part, "week", lex)
            start, end = start + timedelta(days=first - 1), start + timedelta(days=last - 1)
        return start, end, "week"
    if kind == "month":
        y, mo = add_months(ref.year, ref.month, shift)
        return month_value(y, mo, part, lex)
    return year_value(ref.year + shift, part, lex)


def season_span(season: str, y: int, lex: Lexicon) -> tuple[date, date] | None:
    sm, em, off = lex.season_bounds[season]
    if not (valid_year(y + off) and valid_year(y)):
        return None
    return date(y + off, sm, 1), date(y, em, last_day(y, em))


def season_relative(season: str, role: str, ref: date, lex: Lexicon) -> tuple[date, date] | None:
    spans = [s for y in range(ref.year - 2, ref.year + 3) if (s := season_span(season, y, lex))]
    if role == "past":
        past = [s for s in spans if s[1] < ref]
        return past[-1] if past else None
    if role == "next":
        future = [s for s in spans if s[0] > ref]
        return future[0] if future else None
    for s in spans:
        if s[0] <= ref <= s[1]:
            return s
    return season_span(season, ref.year, lex)


def shifted(ref: date, amounts: list[tuple[int, str]], sign: int) -> Resolved | None:
    """The day, week, month or year `amounts` (count, unit) before (sign -1) or after (+1) the
    reference, with the precision of the finest unit: منذ شهر و21 يوما is a day, قبل عامين a year."""
    y, m, extra_days = ref.year, ref.month, 0
    for n, unit in amounts:
        if unit == "year":
            y += sign * n
        elif unit == "month":
            y, m = add_months(y, m, sign * n)
        else:
            extra_days += sign * n * (7 if unit == "week" else 1)
    if not valid_year(y):
        return None
    target = date(y, m, min(ref.day, last_day(y, m))) + timedelta(days=extra_days)
    finest = min((unit for _, unit in amounts), key=("day", "week", "month", "year").index)
    if finest == "day":
        return target, target, "day"
    if finest == "week":
        start, end = iso_week(target)
        return start, end, "week"
    if finest == "month":
        start, end = month_span(target.year, target.month)
        return start, end, "month"
    return date(target.year, 1, 1), date(target.year, 12, 31), "year"


def week_of_month(y: int, month: int, week: int) -> Resolved | None:
    """The first (1) to fifth week of a month as days 1-7, 8-14, ...; -1 is its last seven days."""
    if not valid_year(y):
        return None
    end = last_day(y, month)
    if week == -1:
        return date(y, month, end - 6), date(y, month, end), "week"
    first = 7 * (week - 1) + 1
    if not 1 <= week <= 5 or first > end:
        return None
    return date(y, month, first), date(y, month, min(first + 6, end)), "week"


def weekday_with_day(weekday: int, day: int, ref: date) -> Resolved | None:
    """The date nearest the reference whose weekday and day of the month are the given ones
    (الأربعاء 27, Thursday the 21st); the earlier one when two are as near."""
    best: date | None = None
    for k in range(-14, 15):
        y, m = add_months(ref.year, ref.month, k)
        d = safe_date(y, m, day)
        if d is None or d.weekday() != weekday:
            continue
        if best is None or (abs((d - ref).days), d) < (abs((best - ref).days), best):
            best = d
    return (best, best, "day") if best else None


def recent_day(day: int, ref: date) -> Resolved | None:
    """The most recent day with this day of the month on or before the reference."""
    for k in range(0, 3):
        y, mo = add_months(ref.year, ref.month, -k)
        d = safe_date(y, mo, day)
        if d and d <= ref:
            return d, d, "day"
    return None


def two_digit_year(yy: int, ref: date | None) -> int | None:
    """15/1/24 is 2024: a two-digit year is of this century and at most a year after the reference
    (2035 without one); anything else (10.30.45) is not a date."""
    limit = ref.year + 1 if ref else 2035
    return 2000 + yy if 2000 + yy <= limit else None


# --- the Hijri calendar (hijridate, Umm al-Qura) ----------------------------------------------


def hijri_of(day: date) -> tuple[int, int, int]:
    from hijridate import Gregorian

    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return h.year, h.month, h.day


def hijri_day(hy: int, hm: int, hd: int) -> Resolved:
    from hijridate import Hijri

    g = Hijri(hy, hm, hd).to_gregorian()
    d = date(g.year, g.month, g.day)
    return d, d, "day"


def hijri_month(hy: int, hm: int) -> Resolved:
    from hijridate import Hijri

    first = Hijri(hy, hm, 1)
    g, last = first.to_gregorian(), Hijri(hy, hm, first.month_length()).to_gregorian()
    return date(g.year, g.month, g.day), date(last.year, last.month, last.day), "month"


def hijri_year(hy: int) -> Resolved:
    start, end = hijri_month(hy, 1)[0], hijri_month(hy, 12)[1]
    return start, end, "year"


def hijri_year_for_month(month: int, day: int | None, ref: date, role: str | None) -> int:
    """The Hijri year of a Hijri month (and day) written without one: like a Gregorian month, the
    most recent on or before the reference; الماضي strictly before it, المقبل strictly after."""
    hy, hm, hd = hijri_of(ref)
    if role == "past":
        return hy if month < hm else hy - 1
    if role == "next":
        return hy if month > hm else hy + 1
    if role == "current":
        return hy
    after = month > hm if day is None else (month, day) > (hm, hd)
    return hy - 1 if after else hy
