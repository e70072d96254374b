"""Stage: a sentence's mentions. Actors and places (gazetteer), event trigger words, dates,
quantities and clause breaks, each with its offsets in the original sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from ..gazetteer import Entry, Gazetteer
from ..text.arabic import map_span, normalize, normalize_with_map
from ..text.dates import TemporalExpression, find_dates
from ..text.numbers import Quantity, find_quantities, number_at, parse_number
from ..text.patterns import prefiltered
from .candidate_words import AMONG_WORDS
from .context import country_name
from .hits import _Mention, _TriggerHit
from .localities import area_of, localities
from .name_shapes import _TOPIC_LABEL, _owned_institutions
from .rules import (
    _BANNED_IN,
    _BARE_NUMBER,
    _BUDGET_YEAR,
    _CASUALTY_WORDS,
    _CLAUSE_MARK,
    _DIGIT,
    _DUAL_HEADS,
    _DUAL_RE,
    _NAMED_YEAR,
    _TROOP_CONTEXT,
    _WORD_NUMBER_CUE,
    NEEDED_WORDS,
    Rules,
    row_words,
)
from .sites import site_index
from .trigger_words import find_triggers

_IN = prefiltered(re.compile(r"\s(?:في|in)\s"))  # a place inside a name: كتائب حزب الله في العراق
# (not the dots of an abbreviation: "the total U.S. force")
_SENTENCE_STOP = re.compile(r"(?<!\.[a-z])(?<!\b[a-z])\.(?![a-z]\.)|;")


# no comment given (لم يصدر أي تعليق, رفضت التعليق, declined to comment): no statement
# (the one who refused may stand between: رفضت متحدثة باسم الجيش الإدلاء بأي تعليق)
_NO_COMMENT = prefiltered(re.compile(r"(?:لم\s+(?:\S+\s+){0,3}?(?:اي\s+)?|(?:رفض|امتنع)\S*\s+(?:\S+\s+){0,6}?(?:عن\s+)?(?:الادلاء\s+)?(?:ب?اي\s+)?"
                                     r"|دون\s+)(?:ال)?تعليق"
                                     r"|لم\s+[يت]علق"
                                     r"|\b(?:declined|refused|did not respond|could not be reached)\s+(?:\S+\s+)?(?:to\s+)?comment"
                                     r"|\bno (?:further |other )?details\b|لم (?:ترد|تتوفر|يقدم|تقدم|يكشف|تكشف) (?:\S+\s+)?(?:اي\s+)?تفاصيل"))
# a second count of troops in another place: "... in Syria and 2,500 in Iraq", "remain in Iraq and 900 in Syria"
_AND_MORE_IN = re.compile(r"(?:\s+(?:remain|remained|are|were|stationed|deployed|based|موجودون|يتمركزون))?"
                          r"\s+(?:in|at|في)\s+(?:[^\s,،.]+\s+){0,2}?(?:and\s+|و\s*)(?P<num>\d[\d,]*\d|\d)\s+(?:in|at|في)\s")
# a death, an attack only when a soldier, officer or commander died (and nothing else struck)
_DEATH_WORDS = frozenset({"مقتل", "قتل", "قتلوا", "لقي حتفه", "لقي مصرعه", "لقوا حتفهم", "لقوا مصرعهم", "مصرع", "حتف", "استشهاد",
                          "استشهد", "killed", "was killed", "were killed"})
_SOLDIER_NEAR = re.compile(r"جندي|جنود|عسكري|ضابط|ضباط|قا[ئي]د|قاده|زعيم|قيادي|جنرال|الجنرال|مستشار|طيار|الطيار|مشا[ةه] البحريه|soldier|"
                           r"service ?member|marine|navy seal|seal|troops|officer|commander|leader|general|pilot|adviser|advisor"
                           r"|contractor|متعاقد|sergeant|colonel|عقيد|عميد|لواء")
_NOT_HOSTILE = re.compile(r"حادث|حادثه|حوادث|تدريب|مناوره|مرض|وفاه طبيعيه|غرق|accident|exercise|training|illness|"
                          r"non-combat|noncombat|natural causes|drown")


@dataclass
class _Sentence:
    text: str
    offset: int  # in the article body
    norm: str
    offsets: list[int]
    clauses: list[int]  # clause break positions (original offsets), sorted
    mentions: list[_Mention]
    date_source: Callable[[], list[TemporalExpression]]  # the dates are found when first asked for
    triggers: list[_TriggerHit]
    quantities: list[tuple[Quantity, int, int]]  # with original offsets
    no_comment: bool = False  # a negated statement: "did not comment on the strikes"
    _cues: dict = field(default_factory=dict)  # answers of `cue`, asked again by several stages
    _first: dict = field(default_factory=dict)  # answers of `search`
    _all: dict = field(default_factory=dict)  # answers of `find_all`
    _dates: list[TemporalExpression] | None = None
    # each original character is one normalized character (no mark deleted, no letter split):
    # an offset is the same in both, with no search in `offsets`
    _plain: bool = field(init=False)

    def __post_init__(self) -> None:
        self._plain = self.offsets == list(range(len(self.offsets)))

    @property
    def dates(self) -> list[TemporalExpression]:
        """The sentence's dates (most sentences with an event word yield no event and never ask)."""
        if self._dates is None:
            self._dates = self.date_source()
        return self._dates

    def clause_of(self, pos: int) -> int:
        """The number of clause breaks at or before `pos`."""
        return bisect_right(self.clauses, pos)

    def cue(self, rules: Rules, name: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a cue of `cues.csv` occurs between two offsets (the whole sentence by default)."""
        key = (name, start, end)
        found = self._cues.get(key)
        if found is None:
            pattern = rules.cues.get(name)
            if pattern is None:
                found = False
            else:
                n0, n1 = self.norm_pos(start), self.norm_pos(end if end is not None else len(self.text))
                found = pattern.search(self.norm, n0, n1) is not None
            self._cues[key] = found
        return found

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The first match of a pattern in the whole normalized sentence (several stages ask)."""
        if pattern not in self._first:
            found = None
            needed = NEEDED_WORDS.get(pattern, ("",))  # (a word one of which the pattern needs)
            for word in needed:
                if word in self.norm:
                    found = pattern.search(self.norm)
                    break
            self._first[pattern] = found
        return self._first[pattern]

    def find_all(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Every match of a pattern in the whole normalized sentence, found once."""
        found = self._all.get(pattern)
        if found is None:
            found = self._all[pattern] = list(pattern.finditer(self.norm))
        return found

    def norm_pos(self, pos: int) -> int:
        """First normalized index whose original offset is >= pos (the offsets are sorted)."""
        last = len(self.offsets) - 1
        if self._plain:
            return pos if 0 <= pos <= last else (0 if pos < 0 else last)
        return bisect_left(self.offsets, pos, 0, last) if pos <= len(self.text) else last

    def norm_before(self, pos: int, width: int = 40) -> str:
        n = pos if self._plain and 0 <= pos < len(self.offsets) else self.norm_pos(pos)
        return self.norm[n - width if n > width else 0 : n]


# what a number counts when it is not troops: trucks, vehicles, aircraft, hours, days, distances, weapons
_OTHER_COUNTED = re.compile(r"\s*(?:دبابه|دبابات|tanks?|armou?red vehicles|شاحنه|شاحنات|اليه|اليات|مدرعه|مدرعات|عربه|عربات|طايره|طايرات|مروحيه|مروحيات|ساعه|ساعات|يوما|ايام"
                            r"|كيلومتر|كيلومترا|كم|صاروخا|صواريخ|طنا|trucks?|vehicles?|aircraft|helicopters?|hours?|days?|km"
                            r"|kilometers?|kilometres?|miles?|rockets?|missiles?|tons?|tonnes?)(?!\w)")


class _Analyzer:
    def __init__(self, gazetteer: Gazetteer, rules: Rules, day_first: bool | None = None) -> None:
        self.gaz = gazetteer
        self.rules = rules
        self.day_first = day_first  # how the page writes numeric dates (4/5/2024), when it says
        self.area: Entry | None = None  # the governorate of the last place the page named

    def sentence(self, text: str, offset: int, reference: date | None) -> _Sentence:
        norm, offs = normalize_with_map(text)
        # (a conjunction is found with the space before it: its break is where the word starts)
        clauses = sorted({offs[max(m.start(), m.start("word"))] for m in _CLAUSE_MARK.finditer(norm)}
                         - _scare_quotes(norm, offs))
        mentions = [_Mention(start, end, written, r.actor, r.place, weak=r.weak_place, weak_actor=r.weak_actor)
                    for r, start, end, written in self.gaz.readings(text)]
        mentions += self._inner_places(text, mentions)
        if "'s " in text or "’s " in text:
            mentions = _owned_institutions(text, mentions)
        if mentions and _TOPIC_LABEL.match(text, mentions[0].end) and not text[: mentions[0].start].strip():
            # العراق.. قصف صاروخي على قاعدة, "Tehran: ...": a headline's topic or a dateline, no party and
            # no place of what is told
            mentions = mentions[1:]
        found, replaced = localities(self.gaz, text, norm, offs, mentions, self.area)
        if found:  # (towns and villages the gazetteer lacks, told with a place that holds them)
            mentions = [m for m in mentions if id(m) not in replaced] + found
        mentions = self._dual_heads(text, norm, offs, mentions)
        mentions += self._adjectives(text, norm, offs, mentions)
        mentions = self._sites_apart(text, norm, offs, mentions)
        if _LAND_NOUN_HINT.search(norm):
            mentions = [self._land_of(norm, offs, m) for m in mentions]
        mentions = [m for m in mentions if not (m.place is None and (m.weak or m.weak_actor or m.adjective) and _after_place(
            m.start, mentions, norm[max(0, _norm_index(offs, m.start) - 30) : _norm_index(offs, m.start)],
            m.actor.country if m.actor is not None else ""))]
        # مقاتلو المعارضة السورية: a nationality right after a side of that country describes it
        mentions = [m for m in mentions if not (m.place is None and m.actor is not None and (m.weak or m.weak_actor or m.adjective)
                                                and any(q is not m and q.actor is not None and q.place is None and 0 <= m.start - q.end <= 3
                                                        and not text[q.end : m.start].strip(" \"'”»“«")
                                                        and q.actor.country and q.actor.country == m.actor.country
                                                        and q.actor.id != m.actor.id for q in mentions))]
        # "the Turkish town of Kilis", "Syrian territory": a nationality before a place word is the
        # place's country, no party
        mentions = [m for m in mentions if not (m.place is None and (m.weak or m.weak_actor or m.adjective)
                                                and _EN_PLACE_WORD_AFTER.match(norm, _norm_index(offs, m.end)))]
        if "حدود" in norm or "border" in norm or "frontier" in norm:
            mentions = [m for m in mentions if not (m.place is None and _border_side(norm, offs, m))]
            # "a village on Iraq's border with Iran", الحدود مع تركيا: the country across is a landmark
            mentions = [m for m in mentions if not (m.place is not None and m.place.geo_precision == "country" and _BORDER_WITH.search(
                norm, max(0, _norm_index(offs, m.start) - 24), _norm_index(offs, m.start)))]
        # "Germany's parliament", البرلمان الألماني: a weak name (parliament, البرلمان) owned by another
        # state is that state's, not the one the word stands for alone
        mentions = [m for m in mentions if not (m.weak_actor and m.place is None and any(
            q is not m and q.actor is not None and q.actor is not m.actor and q.actor.type == "state" and (
                (0 <= m.start - q.end <= 3 and text[q.end : m.start].strip() in ("'s", "’s", ""))
                or (q.place is None and 0 <= q.start - m.end <= 1)) for q in mentions))]
        if "(" in text:
            # "the Kurdistan Workers' Party (PKK)", قوات سوريا الديمقراطية (قسد): the name again in
            # brackets is the same mention, read where the name stands
            mentions = [m for m in mentions if not (text[m.end : m.end + 1] == ")" and any(
                q is not m and ((q.actor is not None and q.actor is m.actor) or (q.place is not None and q.place is m.place))
                and text[q.end : m.start].strip() == "(" for q in mentions))]
        banned = row_words("banned_in").search(norm) is not None  # (else no window before a name is tried)
        mentions = sorted((m for m in mentions if not (banned and _BANNED_IN.search(
            norm, max(0, _norm_index(offs, m.start) - 40), _norm_index(offs, m.start)))), key=lambda m: m.start)
        self.area = area_of(self.gaz, mentions) or self.area
        triggers, negated = find_triggers(self.rules, text, norm, offs, mentions)
        if any(normalize(t.text) in _DEATH_WORDS for t in triggers):
            # a death told with no strike word ("a US Navy SEAL was killed", مقتل الجنرال) is an attack
            # on the one killed, when a soldier or commander was: never beside a strike word of its own
            struck = any(t.trigger.family == "violence" and normalize(t.text) not in _DEATH_WORDS for t in triggers)
            triggers = [t for t in triggers if normalize(t.text) not in _DEATH_WORDS or (
                not struck and _SOLDIER_NEAR.search(norm, max(0, t.norm_start - 50), t.norm_start + len(t.text) + 50)
                and not _NOT_HOSTILE.search(norm))]  # (a death in an accident, an exercise or of illness: no attack)
        quantities = []
        for q in find_quantities(norm):
            a, b = map_span(offs, q.start, q.end)
            quantities.append((q, a, b))
        if any(q.kind == "money" for q, _, _ in quantities):
            quantities = _continued_money(norm, offs, quantities)
        may_hold_event = bool(triggers) or any(q.kind in ("troops", "money") for q, _, _ in quantities) or (
            bool(_DIGIT.search(norm)) and bool(_TROOP_CONTEXT.search(norm)))
        if not may_hold_event:
            # no trigger, no number: no event can come from this sentence, so its dates are not needed
            return _Sentence(text, offset, norm, offs, clauses, mentions, list, triggers, quantities,
                             "political" in negated or _NO_COMMENT.search(norm) is not None)
        found_quantities = list(quantities)
        found: list[list[TemporalExpression]] = []

        def dates() -> list[TemporalExpression]:
            if not found:
                money = any(q.kind == "money" for q, _, _ in found_quantities)
                # (a year alone may name a thing, اتفاق 1974; a day never does: "a resolution on January 5")
                found.append([d for d in find_dates(text, reference, day_first=self.day_first)
                              if not _inside_quantity(d, found_quantities) and not (d.precision == "year" and _named_year(
                                  norm[max(0, _norm_index(offs, d.span[0]) - 40) : _norm_index(offs, d.span[0])],
                                  money))])
            return found[0]

        quantities = [self._as_troops(q, norm) for q in quantities]
        quantities += self._bare_troop_numbers(text, norm, offs, quantities, dates)
        return _Sentence(text, offset, norm, offs, clauses, mentions, dates, triggers, quantities,
                         "political" in negated or _NO_COMMENT.search(norm) is not None)

    def _dual_heads(self, text: str, norm: str, offs: list[int], mentions: list[_Mention]) -> list[_Mention]:
        """A dual head noun names two places: "حقلي كونيكو والعمر" is حقل كونيكو and حقل العمر, "ريفي حمص
        وحماة" the countryside (governorate) of each, not the two cities."""
        for m in _DUAL_RE.finditer(norm):
            head = _DUAL_HEADS[m.group("head")]
            for group in ("first", "second"):
                a, b = map_span(offs, m.start(group), m.end(group))
                found = self.gaz.places(f"{head} {text[a:b]}")
                if not found or found[0].start != 0 or found[0].end < len(found[0].text):
                    continue
                entry = found[0].entry
                overlapping = [t for t in mentions if t.start < b and a < t.end]
                if any(t.actor is not None or t.place is None or t.place.id == entry.id for t in overlapping):
                    continue  # a name of its own there (an actor, or this very place)
                mentions = [t for t in mentions if t not in overlapping]
                mentions.append(_Mention(a, b, text[a:b], None, entry))
        return mentions

    def _sites_apart(self, text: str, norm: str, offs: list[int], mentions: list[_Mention]) -> list[_Mention]:
        """"السفارة الأمريكية في العاصمة بغداد": the head and its city name the site; the
        city stops being a place of its own."""
        places = [(_norm_index(offs, m.start), _norm_index(offs, m.end), m.place.id, m.place.geo_precision)
                  for m in mentions if m.place is not None]
        if not any(p[3] == "city" for p in places):
            return mentions
        for a, b, site in site_index(self.gaz).sites(norm, places):
            start, end = map_span(offs, a, b)
            mentions = [m for m in mentions if not (m.place is not None and m.actor is None
                                                    and m.place.geo_precision == "city" and start <= m.start < end)]
            mentions.append(_Mention(start, end, text[start:end], None, site))
        return mentions

    def _inner_places(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """A name that holds a place ("كتائب حزب الله في العراق", "Islamic Resistance in Iraq") still
        says where: the place after its في/in is a mention of its own."""
        out = []
        for m in mentions:
            if m.place is not None:
                continue
            cut = _IN.search(m.text)
            if cut is None:
                continue
            tail_start = m.start + cut.end()
            inner_places = self.gaz.places(text[tail_start : m.end])
            if len(inner_places) != 1 or text[tail_start + inner_places[0].end : m.end].strip():
                continue  # ("الدولة الإسلامية في العراق والشام": a list of lands in a name says nowhere)
            inner = inner_places[0]
            out.append(_Mention(tail_start + inner.start, tail_start + inner.end, inner.text, None, inner.entry, inner=True))
        return out

    @staticmethod
    def _as_troops(q: tuple[Quantity, int, int], norm: str) -> tuple[Quantity, int, int]:
        """A count of people (عنصر, personnel) told as the number of troops ("the number of US
        soldiers in Iraq will rise to 4,600 members") is a number of troops."""
        quantity, a, b = q
        if quantity.kind == "troops" and _AMONG_THE_DEAD.search(norm, max(0, quantity.start - 50), quantity.start) and (
                _TOLL_WORD_BEFORE.search(norm, max(0, quantity.start - 90), quantity.start)):
            # "killing 66 fighters, among them 41 Iranians and 25 of the PMF forces": part of a toll
            return replace(quantity, kind="people"), a, b
        if quantity.kind != "people" or quantity.value is None:
            return q
        context = _SENTENCE_STOP.split(norm[max(0, quantity.start - 80) : quantity.start])[-1]
        after = norm[quantity.end : quantity.end + 20]
        if _TROOP_CONTEXT.search(context) and not _CASUALTY_WORDS.search(context[-60:] + after):
            return replace(quantity, kind="troops"), a, b
        return q

    @staticmethod
    def _bare_troop_numbers(text: str, norm: str, offs: list[int], quantities: list,
                            dates: Callable[[], list[TemporalExpression]]) -> list:
        """A number of troops whose noun comes before it: "عدد الجنود الأمريكيين في العراق نحو 5200",
        "bringing the total in Syria to about 400"."""
        if not _TROOP_CONTEXT.search(norm):
            return []  # (each needs a troop word before it)
        out = []
        for q, _, _ in quantities:
            # "900 troops in Syria and 2,500 in Iraq", 900 جندي في سوريا و2500 في العراق: the second
            # number counts troops too, in the place after it
            more = _AND_MORE_IN.match(norm, q.end) if q.kind == "troops" else None
            if more is not None and not _OTHER_COUNTED.match(norm, more.end("num")):
                a, b = map_span(offs, more.start("num"), more.end("num"))
                out.append((Quantity(float(more.group("num").replace(",", "")), "troops", more.start("num"),
                                     more.end("num"), more.group("num")), a, b))
        written = _BARE_NUMBER.finditer(norm) if _DIGIT.search(norm) else ()  # (a number in digits)
        for m in written:
            a, b = map_span(offs, m.start("num"), m.end("num"))
            if any(qa <= a < qb for _, qa, qb in quantities):
                continue
            value = float(m.group("num").replace(",", ""))
            if value < 10 or (1900 <= value <= 2100 and "," not in m.group("num") and m.group("cue") in ("to", "الي")):
                continue
            if _OTHER_COUNTED.match(norm, m.end("num")):
                continue  # 50 شاحنة, "24 hours", "30 vehicles": a count of something else
            context = norm[max(0, m.start() - 80) : m.start()]
            context = _SENTENCE_STOP.split(context)[-1]
            if not _TROOP_CONTEXT.search(context) or _CASUALTY_WORDS.search(context + norm[m.end() : m.end() + 20]):
                continue
            if any(d.span[0] <= a < d.span[1] for d in dates()):
                continue  # (the dates last: they are found only if asked for)
            out.append((Quantity(value, "troops", m.start("num"), m.end("num"), m.group("num")), a, b))
        # in words, with a hundred or a thousand in it: "لا يتجاوز الثلاثة آلاف", "to about two thousand"
        for m in _WORD_NUMBER_CUE.finditer(norm):
            found = number_at(norm, m.end())
            if found is None or found[0] < 100 or norm[m.end()].isdigit():
                continue
            n0, n1 = m.end(), found[1]
            a, b = map_span(offs, n0, n1)
            if any(qa <= a < qb for _, qa, qb in quantities + out):
                continue
            context = _SENTENCE_STOP.split(norm[max(0, m.start() - 80) : m.start()])[-1]
            if not _TROOP_CONTEXT.search(context) or _CASUALTY_WORDS.search(context + norm[n1 : n1 + 20]):
                continue
            if any(d.span[0] <= a < d.span[1] for d in dates()):
                continue
            out.append((Quantity(found[0], "troops", n0, n1, norm[n0:n1]), a, b))
        return out

    def _land_of(self, norm: str, offs: list[int], m: _Mention) -> _Mention:
        """A nationality after a noun of land or sites (المواقع النفطية السورية, المناطق العراقية), or
        before one in English ("Syrian oil fields", "Iraqi towns"), is where: its country, no party."""
        if m.place is not None or m.actor is None or not (m.weak_actor or m.adjective) or not m.actor.country:
            return m
        n0, n1 = _norm_index(offs, m.start), _norm_index(offs, m.end)
        if not (_LAND_NOUN_BEFORE.search(norm, max(0, n0 - 30), n0) or _LAND_NOUN_AFTER.match(norm, n1)):
            return m
        place = self.gaz.get(country_name(self.gaz, m.actor.country), kind="place")
        return m if place is None else replace(m, actor=None, place=place, weak=False, weak_actor=False, adjective=False)

    def _adjectives(self, text: str, norm: str, offs: list[int], taken: list[_Mention]) -> list[_Mention]:
        """Nisba adjectives after an event noun name its actor: غارة أمريكية, هجوم إيراني."""
        out = []
        for m in self.rules.nisba_re.finditer(norm):
            w0, w1 = m.span("w")
            a, b = map_span(offs, w0, w1)
            if any(t.start < b and a < t.end for t in taken):
                continue
            if _after_place(a, taken, norm[max(0, w0 - 30) : w0]):
                continue  # مدينة عين العرب السورية, بلدة أطمة السورية: the place's country, no actor
            word = m.group("w")
            if word in ("us",) and text[a:b] != "US":
                continue  # the English pronoun "us"
            actor = self.gaz.get(self.rules.nisba[word], kind="actor")
            if actor is not None:
                out.append(_Mention(a, b, text[a:b], actor, None, adjective=True))
        return out


# a border and the nationalities that name its sides (الحدود السورية التركية, "the Turkish-Syrian border"),
# not its guards (حرس الحدود العراقي, "Iraqi border guards": a side)
_BORDER_BEFORE = prefiltered(re.compile(r"(?<!حرس)(?<!قوات)(?<!شرطه)(?<!مخافر)(?:^|\s)[وبلف]?(?:ال)?(?:حدود|شريط الحدودي)"
                                        r"(?:\s+(?:ال)?\S+(?:يه|ي))?\s+$"))
_BORDER_WITH = re.compile(r"(?:\b(?:border|borders|frontier)(?: area| region| strip| zone)? with|(?:^|\s)(?:ال)?(?:حدود|حدوديه|الحدوديه)\s+مع)\s+(?:the\s+)?$")
_BORDER_AFTER = re.compile(r"(?:-\w+)?\s+(?:border|frontier)\b(?!\s+(?:guards?|police|forces|troops|units?|posts?|patrols?))",
                           re.IGNORECASE)


def _border_side(norm: str, offs: list[int], m: _Mention) -> bool:
    """A nationality that names a side of a border, no party."""
    n0, n1 = _norm_index(offs, m.start), _norm_index(offs, m.end)
    return bool(_BORDER_BEFORE.search(norm, max(0, n0 - 40), n0) or _BORDER_AFTER.match(norm, n1))


def _scare_quotes(norm: str, offs: list[int]) -> set[int]:
    """The quotation marks around one or two words (أسفر "قصف" عن, the "operation"): no clause breaks."""
    if '"' not in norm:
        return set()
    return {offs[i] for m in _SCARE_QUOTED.finditer(norm) for i in (m.start(), m.end() - 1)}


_SCARE_QUOTED = re.compile(r'"[^"\s,.;:]+(?: [^"\s,.;:]+)?"')


def _unique_places(mentions: list[_Mention]) -> list[_Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.place is not None and m.place.name not in seen:
            seen.add(m.place.name)
            out.append(m)
    return out


def _norm_index(offsets: list[int], pos: int) -> int:
    """First normalized index whose original offset is >= pos."""
    return bisect_left(offsets, pos, 0, len(offsets) - 1)


# a sum in millions or billions with no currency of its own
_SCALED_SUM = re.compile(r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?\s+(?:مليون|مليار|million|billion))(?![\w])"
                         r"(?!\s*(?:دولار|dollar|usd|يورو|euro|دينار|dinar|ليره|lira|ريال|جنيه|pound))")


def _continued_money(norm: str, offs: list[int], quantities: list) -> list:
    """"from $156 million in 2024 to 147.9 million in 2025": a sentence that names its currency once
    gives it to the other sums in millions or billions it tells."""
    out = list(quantities)
    for m in _SCALED_SUM.finditer(norm):
        if any(q.start <= m.start() < q.end for q, _, _ in quantities):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        a, b = map_span(offs, m.start(), m.end())
        out.append((Quantity(value, "money", m.start(), m.end(), m.group("num")), a, b))
    return sorted(out, key=lambda x: x[1])


def _named_year(before: str, money: bool) -> bool:
    """A year that names a thing (اتفاق 1974), or a budget (موازنة 2024) in a sentence without a sum:
    in a sentence of sums, the budget's year is their date."""
    return bool(_NAMED_YEAR.search(before)) or (not money and bool(_BUDGET_YEAR.search(before)))


def _after_place(start: int, mentions: list[_Mention], norm_before: str = "", country: str = "") -> bool:
    """A word right after the name of a town, region or country (عين العرب السورية), or of a base when
    it names the base's own country (قاعدة التنف السورية; قاعدة حميميم الروسية names its user), or
    after a place word and a name the gazetteer does not know (بلدة أطمة السورية)."""
    return any(t.place is not None and (t.place.geo_precision in ("city", "region", "country") or (
        t.place.geo_precision == "site" and bool(country) and t.place.country == country))
               and 0 <= start - t.end <= 2 for t in mentions) or bool(norm_before and _PLACE_WORD_NAME.search(norm_before))


# nouns of land and sites a nationality locates (Arabic: the noun and at most one adjective before it;
# English: the noun after it)
_LAND_NOUNS_AR = r"(?:ال)?(?:مواقع|مناطق|اراضي|حقول|مدن|قري|بلدات|محافظات|مياه|اجواء|مطارات|موان[ئي])"
_LAND_NOUN_HINT = prefiltered(re.compile(rf"(?:^|\s)[وفبل]?{_LAND_NOUNS_AR}(?=\s)|\b(?:oil ?fields|fields|towns|villages|cities"
                                         r"|provinces|territories|lands|waters|airspace|ports)\b"))
_LAND_NOUN_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?{_LAND_NOUNS_AR}\s+(?:(?:ال)?\S+يه\s+)?$")
_LAND_NOUN_AFTER = re.compile(r"\s+(?:oil\s+|gas\s+|border\s+)?(?:oil ?fields|fields|towns|villages|cities|provinces|territories"
                              r"|lands|waters|airspace|ports)\b")
# the words that open the parts of a toll (من بينهم, "including"), with no break up to the count
_AMONG_THE_DEAD = re.compile(r"(?:^|\s)(?:" + AMONG_WORDS + r")\s[^.,،;:]*$")
_TOLL_WORD_BEFORE = re.compile(r"(?:^|\s)[وبف]?(?:قتل|مقتل|قتلي|قتيلا|مصرع|اصابه|جرح|killed|killing|dead|deaths|wounded|injured|casualties)(?=\s)")


_EN_PLACE_WORD_AFTER = re.compile(r"\s+(?:border\s+)?(?:town|city|village|province|territory|soil|side of the border)\b")
# a place word and one name right before a nationality: the place's country (بلدة أطمة السورية)
_PLACE_WORD_NAME = prefiltered(re.compile(r"(?:^|\s)[وبلف]?(?:ال)?(?:بلده|مدينه|قريه|بلدات|قري|معبر|ناحيه|مخيم|town of|village of)\s+\S+\s+(?:ال)?$"))


def _inside_quantity(d: TemporalExpression, quantities: list[tuple[Quantity, int, int]]) -> bool:
    return any(a <= d.span[0] < b or a < d.span[1] <= b for _, a, b in quantities)
