"""The words around a date that say whose date it is: a deadline, a count of days from another
event, the day a statement was issued, a record year, a relative clause; and the year a planned move
falls in."""

from __future__ import annotations

import re
from datetime import date

from ..text.patterns import prefiltered

# a year written out (a deadline without one is the next such day or month)
_YEAR_WRITTEN = re.compile(r"\d{4}|[٠-٩]{4}")
# a month told as past (أيلول الماضي, "last September")
_PAST_MONTH = re.compile(r"الماضي|الفايت|المنصرم|السابق|\b(?:last|previous|past)\b")


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)  # 29 February


# an expression that is itself a deadline: بنهاية العام، by the end of the year
_DEADLINE_START = re.compile(r"(?:بنهايه|بحلول|حتي نهايه|by the end|by end|before the end)")

# an event counted from another ("a day after", بعد يوم من، قبل أيام من): its words, right before it
_ANCHORED_BEFORE = prefiltered(re.compile(r"(?:بعد|قبل)\s+(?:\S+\s+)?(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|ساعات|ساعه|ساعتين)\S*\s+من"
                                          r"(?:\s+\S+){0,3}\s*$|\b(?:a|one|two|three|four|five|several|few|\d+)?\s*(?:day|days|hours|week|weeks)"
                                          r"\s+(?:after|before|earlier)(?:\s+\S+){0,4}\s*$"))

# a sentence that opens counted from another event ("Two weeks before the visit, ...", وقبل يومين من)
_ANCHORED_OPENING = re.compile(r"\s*(?:just\s+)?(?:a|one|two|three|four|five|several|few|\d+)\s+(?:days?|weeks?|hours?)"
                               r"\s+(?:before|after|earlier|later)\b|\s*[وف]?(?:قبل|بعد)\s+(?:\S+\s+)?(?:يوم|يومين|ايام|اسبوع"
                               r"|اسبوعين|اسابيع|ساعات|ساعتين)\S*\s+من\b")

# the count of a sentence opened from another event: its number, unit and direction
_COUNT_WORDS = re.compile(r"(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>days?|weeks?|hours?)\s+(?P<dir>before|after|earlier|later)"
                          r"|(?P<dir_ar>قبل|بعد)\s+(?:(?P<n_ar>\S+)\s+)?(?P<unit_ar>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|ساعات|ساعه|ساعتين)(?!\S)")

_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثلاث": 3, "اربع": 4, "خمس": 5}

# a statement's own issuing, right before its date (البيان الذي صدر اليوم, "a statement released on")
_ISSUED_BEFORE = re.compile(r"(?:(?:الذي|التي)\s+(?:صدر|صدرت|نشر|نشرت|اصدره|اصدرها|اصدرته|اصدرتها)|(?:ال)?صادر(?:ه)?"
                            r"|\b(?:issued|released|published))\s+(?:(?:يوم|on|late|early)\s+)?$")

# what may stand between a relative day and the calendar date set beside it (with other day words:
# ليلة أمس الجمعة/السبت (3/4 آذار 2022))
_APPOSED = re.compile(r"[\s(\[،,\-–/]*")


def _without_dates(s, a: int, b: int) -> str:
    """The text between two offsets of a sentence, less the dates found in it."""
    text = s.text[a:b]
    for d in s.dates:
        if a <= d.span[0] and d.span[1] <= b:
            text = text.replace(s.text[d.span[0] : d.span[1]], "", 1)
    return text


# a date after these starts a span (منذ بداية النزاع عام 2014, since 2011)
_SINCE = re.compile(r"(?:^|\s)(?:منذ|since)(?:\s+\S+){0,3}\s*$")
# a date closing a span's start: "since" and up to seven words with no punctuation between
_SINCE_SPAN = re.compile(r"(?:^|\s)(?:ever\s+)?(?:since|[وف]?منذ)\s+(?:[^\s,،;:.]+\s+){0,7}$")

_RECORD_BEFORE = re.compile(r"(?:deadliest|largest|biggest|worst|heaviest|most|first|الاكثر|الاعنف|الاكبر|الاشد|الاسوا|الاول|الاولي)"
                            r"\s+(?:\S+\s+){0,5}?(?:since|in|منذ|في|خلال)\s+(?:the\s+)?(?:year\s+|العام\s+|عام\s+)?$")

_COMPARED_WITH = re.compile(r"(?:مقارنه|قياسا)\s*(?:ب|مع)?\s*(?:ال)?(?:عام|العام|سنه|موازنه|ميزانيه)?\s*$|\bcompared (?:with|to)\s+(?:the\s+)?(?:\S+\s+)?$")

# (or a participle that describes a noun: "an alliance founded in 2014")
_RELATIVE_BETWEEN = re.compile(r"(?:^|\s)(?:الذي|التي|الذين|which|who|formed|founded|established|created|set up|built)\s")
