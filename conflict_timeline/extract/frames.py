"""Stage: frames around trigger words, the things that make a trigger something other than an event
told as fact. Each is a pure question about one sentence, read from context words
(`data/gazetteer/context.csv`) through the templates of `rules.py`:

- a tally: a count of attacks over a span ("more than 150 attacks since October") is context, not
  one attack;
- a weapon word alone: missiles made or stored, drones flying over, are not attacks; a weapon word
  is an attack only with a word of firing, landing or harm, or beside another attack word;
- exposure: "came under attack", تعرضت القاعدة لهجوم (see `actors.ActorsMixin._exposed`), whose
  subject is the target.
"""

from __future__ import annotations

import itertools
import re

from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .hits import _TriggerHit
from .mentions import _Sentence
from .rules import _SINCE, _TALLY_COUNT, _TALLY_SPAN, _TALLY_VAGUE, _TREND, _WEAPON_NOUN, _WEAPON_USE

# what joins the two ends of a span of months: "from March 2015 to June 2016", من ... حتى
_SPAN_FROM = re.compile(r"(?:^|\s)(?:from|between|من|بين|منذ)\s*$")
# strikes told over years: a habit, no strike ("has struck hundreds of targets in recent years")
_YEARS_SPAN = prefiltered(re.compile(r"\b(?:in recent years|over the (?:past|last) (?:few |several )?years|for years)\b"
                         r"|(?:في|خلال) السنوات (?:الاخيره|الماضيه|القليله الماضيه)|منذ سنوات"
                         # "continue to carry out bombings", لا يزال التنظيم يشن هجمات: what a side keeps doing
                         r"|\bcontinu(?:e|es|ed|ing) to (?:carry out|stage|launch|conduct|mount)\b"
                         r"|(?:^|\s)(?:لا يزال|لا تزال|ما زال|ما زالت|يواصل|تواصل)\s+(?:\S+\s+)?(?:يشن|تشن|شن|تنفيذ|ينفذ|تنفذ)(?=\s)"))
# strikes told over the past weeks or months, in a sentence that names no day of its own
_WEEKS_SPAN = prefiltered(re.compile(r"\b(?:in recent (?:months|weeks)|over the (?:past|last) (?:few |several )?(?:months|weeks)"
                                     r"|the (?:past|last) (?:few |several )?(?:months|weeks) (?:have )?(?:saw|seen))\b"
                                     r"|(?:في|خلال) (?:ال)?(?:اشهر|شهور|اسابيع) (?:ال)?(?:اخيره|ماضيه|قليله الماضيه)"
                                     r"|(?:^|\s)[وف]?(?:شهدت|شهد)\s+(?:ال)?(?:اسابيع|اشهر|شهور)\s+(?:ال)?(?:ماضيه|اخيره)"
                                     # الفترة الأخيرة شهدت تزايدا في الهجمات: the recent period, as a whole
                                     r"|(?:^|\s)(?:في|خلال)?\s*(?:ال)?فتره\s+(?:ال)?(?:اخيره|ماضيه)(?=\s|$|[.,،])"))
_SPAN_WORD = prefiltered(re.compile(r"\b(?:from|between)\b|(?:^|\s)(?:من|بين|منذ)\s"))
_MONTH_OR_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين|يناير|فبراير"
                            r"|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|january|february|march|april"
                            r"|june|july|august|september|october|november|december")
_SPAN_TO = re.compile(r"\s*(?:to|until|through|and|حتي|الي|و)\s*")


# "the third time (that)", للمرة الثالثة التي: an ordinal count of strikes
# a campaign summed up by its dead: "the campaign ... killed more than 1,200 civilians", الحملة العسكرية
# ... خلفت أكثر من ألف قتيل
_CAMPAIGN_TOLL = prefiltered(re.compile(
    r"(?:^|\s)(?:ال)?(?:حمله|حملات)\s+(?:\S+\s+){0,12}?(?:اسفرت|ادت|خلفت|حصدت)\s+(?:عن\s+|الي\s+)?(?:مقتل|سقوط|ارواح)"
    r"|\b(?:campaign|offensive)\s+(?:\S+\s+){0,10}?(?:has\s+|have\s+|had\s+)?(?:killed|left)\s+(?:more than|over|at least|some|about|nearly|thousands|hundreds)"))
_NTH_TIME = prefiltered(re.compile(r"(?:^|\s)(?:ال|لل)مره\s+(?:الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره|ال\S+ عشره)\s+(?:التي|الذي)"
                                   r"|\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) time (?:that|the|a|an|in)\b"
                                   # "the strike was the 14th on American sites", الهجوم الخامس من نوعه: a count of attacks
                                   r"|\b(?:was|is|marks|marked|became|constitutes|constituted|represents|represented)\s+the\s+"
                                   r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth"
                                   r"|ninth|tenth)\b(?!\s+(?:day|week|month|year|of\s+(?:january|february|march|april|may|june|july|august"
                                   r"|september|october|november|december)))"
                                   # الثالث من نوعه, الخامسة من نوعها: the nth of its kind
                                   r"|(?:^|\s)ال(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)ه?\s+من\s+نوع(?:ه|ها)(?=\s|$|[.,،])"))


_SERIES = re.compile(r"\bseries of\b|(?:^|\s)سلسله(?=\s)")

def is_tally(s: _Sentence) -> bool:
    """A count of attacks (or "N times") together with a span or a total, strikes over a span of
    months, or strikes stepped up since a time: the sentence sums up attacks, it does not tell one."""
    if s.search(_TALLY_VAGUE) and not _has_day(s) and not (
            _SERIES.search(s.norm) and any(d.precision in ("week", "month", "unknown") for d in s.dates)
            and any(m.place is not None and m.place.geo_precision != "country" for m in s.mentions)):
        # "after some twenty rocket attacks on American bases": a count, no day ("a series of strikes on
        # resorts in Duhok last July" is one wave of strikes, with its time and place)
        return True
    if _CAMPAIGN_TOLL.search(s.norm) and not _has_day(s):
        return True  # "the campaign before the truce killed more than 1,200 civilians": a campaign's sum
    if _NTH_TIME.search(s.norm) and not any(d.precision == "day" and not _SINCE.search(s.norm_before(d.span[0], 14))
                                            for d in s.dates):
        return True  # "this is the third time the village has been shelled": a count of strikes
    if _months_span(s) or _YEARS_SPAN.search(s.norm):
        return True  # "flew the raids from May 2016 until June 2017", "in recent years"
    if _WEEKS_SPAN.search(s.norm) and not _has_day(s):
        return True  # "the past weeks saw an exchange of shelling" (not "Monday's strike, the third in recent weeks")
    if s.search(_TREND) and s.search(_SINCE):
        return True  # "since the war began Israel has intensified its strikes": a trend, no strike
    if not s.search(_TALLY_SPAN):
        return False
    if any(q.kind == "attacks" and (q.value is None or q.value >= 2) for q, _, _ in s.quantities):
        return True
    return bool(_TALLY_COUNT.search(s.norm))


# a day named by a word, found even on a page with no date to count it from (أمس, الأحد, "yesterday")
_DAY_WORD = re.compile(r"(?:^|\s)[وب]?(?:امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?=\s|$|[.,،)])"
                       r"|\b(?:yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")


def _has_day(s: _Sentence) -> bool:
    """Whether the sentence names a single day: a dated day, or a day word with no date to count from."""
    return any(d.precision == "day" for d in s.dates) or bool(_DAY_WORD.search(s.norm))


def is_weapon_only(hit: _TriggerHit) -> bool:
    return _WEAPON_NOUN.fullmatch(normalize(hit.text)) is not None


def used_weapons(s: _Sentence, hits: list[_TriggerHit]) -> list[_TriggerHit]:
    """The violence triggers of a sentence without its weapon words when nothing in the sentence
    says they were used."""
    weapons = [h for h in hits if is_weapon_only(h)]
    if not weapons or len(weapons) < len(hits) or _WEAPON_USE.search(s.norm):
        return hits
    return []


def _months_span(s: _Sentence) -> bool:
    """Two dates of a month or a year, months apart, joined as the two ends of a span."""
    if not _SPAN_WORD.search(s.norm) or len(_MONTH_OR_YEAR.findall(s.norm)) < 2:
        return False  # (the sentence's dates are worked out only when they may make a span)
    dates = [d for d in s.dates if d.precision in ("month", "year") and d.start is not None]
    for a, b in itertools.pairwise(dates):
        if (b.start - a.start).days >= 28 and _SPAN_TO.fullmatch(normalize(s.text[a.span[1] : b.span[0]])) and (
                _SPAN_FROM.search(normalize(s.text[max(0, a.span[0] - 12) : a.span[0]]))):
            return True
    return False
