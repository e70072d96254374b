"""Temporal expressions in Arabic and English news text, resolved against a publication date.

The finder runs compiled regular expressions over the normalized text (`normalize_with_map`) and
maps every match back to the original text. The word lists (month names of the Egyptian/Gulf,
Levantine, Maghrebi and Hijri calendars, weekdays, ordinals, season bounds, cue words) are data in
`data/text/dates_*.csv`; the number words (منذ ثلاثة أيام) and the nouns that make a number an amount
rather than a year (1500 جندي) are those of `numbers.py` (`data/text/numbers.csv`, `quantities.csv`),
with the year units of `dates_units.csv` (منذ 1900 عام). The package holds the grammar and the
rules, one job per module:

- `lexicon.py`: the word lists, normalized, as regex alternations;
- `grammar.py`: the patterns (candidate finding) and the tokens each can begin with;
- `absolute.py`, `relative.py`, `spans.py`: the handlers that resolve a match to (start, end,
  precision): named calendars; counts from the reference; nights, weeks and recent days;
- `ranges.py`: calendar arithmetic, the spans of months, weeks, seasons, years and Hijri months;
- `model.py`: `TemporalExpression` and the state the handlers share;
- `finder.py`: candidates, selection, mapping back to the original text; `parse_publication_date`.

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
- a numeric date is a day: year first is year-month-day; otherwise a day over 12 settles the order,
  else the order of the text's unambiguous numeric dates (or `find_dates(day_first=...)`), else day
  first unless the text is English without Arabic (4/5/2024 is 4 May in Arabic, April 5 in
  English), and the expression is flagged `ambiguous`; a two-digit year is 20xx and at most a year after
  the reference;
- a bare day number is a date only beside a weekday (الأربعاء 27: the nearest date with that weekday
  and day), after يوم (the most recent such day), with من الشهر الجاري/this month or a month, and
  never before a counted noun (27 جنديا); a night (ليل الأربعاء - الخميس، ليل 15/16 كانون الثاني) is
  its two days; "overnight" alone is the night before the reference;
- durations count back (منذ، قبل، ago) or forward (بعد، in, from now) with the precision of their
  finest unit (منذ شهر و21 يوما is a day); not from an event (بعد يومين من اعتقاله، بعد أسبوع على
  الهجوم), and "in" only with days and weeks (the first attack in two years is not a date);
- recent / coming days (في الأيام الأخيرة، خلال الأيام المقبلة) are the seven days up to the reference
  or after it (precision week), weeks four weeks (precision month); earlier / later this month are
  the part of the month before / after the reference; the first..fourth / last week of a month is
  days 1-7 .. 22-28 / its last seven days (precision week); early/mid/late week is Monday-Wednesday /
  Wednesday-Friday / Friday-Sunday;
- a Hijri month without a year needs a cue (شهر، a day, الماضي/الجاري/المقبل; صفر only with شهر or
  such a word) and is placed like a Gregorian one in the Hijri calendar (Umm al-Qura, `hijridate`);
- a year in words (عام ألفين، ألفين وأربعة عشر) needs a year noun or more than its thousands;
- without a reference every relative expression has no dates and precision `unknown`;
- an expression's span leaves out the preposition that introduces it (في عام 2015 -> عام 2015,
  منذ 7 أكتوبر -> 7 أكتوبر, in 2018 -> 2018, on Monday -> Monday), so that callers can read the
  words before it (بحلول، منذ، by) as context.

dateparser is used only as the last resort of `parse_publication_date`, on one short value.
"""

from .finder import cli_main, find_dates, numeric_day_first, parse_publication_date
from .lexicon import DATA_DIR
from .model import TemporalExpression
from .ranges import YEAR_MAX, YEAR_MIN

__all__ = [
    "DATA_DIR",
    "YEAR_MAX",
    "YEAR_MIN",
    "TemporalExpression",
    "cli_main",
    "find_dates",
    "numeric_day_first",
    "parse_publication_date",
]
