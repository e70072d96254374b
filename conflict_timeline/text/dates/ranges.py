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
