"""Arguments: casualties and how sure a report is (reported, claimed, confirmed, planned)."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import normalize
from ..text.numbers import parse_number
from ..text.patterns import prefiltered
from .candidate_words import _GROUP_SPEAKS_AFTER, _GROUP_SPEAKS_BEFORE, AMONG_WORDS
from .context import _per_sentence, camp
from .hits import _TriggerHit
from .rules import (
    _ATTRIBUTION,
    _BASE_WORD,
    _CASUALTY_WORDS,
    _COMPLEMENTIZER,
    _DEATH_TOLL,
    _DEATH_TOLL_VERB_FIRST,
    _FORCES_RE,
    _FOUNDING,
    _LIST_PASSIVE,
    MEDIA_TYPES,
)

# "killed and wounded" as one phrase before a number: مقتل وإصابة 20، قتلى وجرحى
_TOGETHER = re.compile(r"(?:مقتل|قتل[ىي]|قتيل|قتل)\s+و(?:اصابه|جرح|جرح[ىي]|اصابات|اصيب)\s*(?:\S+\s*)?$|killed\s+(?:and|or)\s+(?:wounded|injured)\s*$|(?:dead|deaths)\s+and\s+(?:wounded|injured)\s*$")
# ... or after the count: "بين قتيل وجريح", "dead and wounded", "killed or wounded"
_TOGETHER_AFTER = re.compile(r"\s*(?:\S+\s+)?(?:ما\s+)?بين\s+(?:قتيل|قتلي|شهيد|شهداء)\s+و(?:جريح|جرحي|مصاب|مصابين)"
                             r"|\s*(?:\S+\s+)?,?\s*(?:both\s+)?(?:dead|killed)\s+(?:and|or)\s+(?:wounded|injured)")


# what joins two counts of one kind: "five soldiers and two contractors", "3 جنود و2 مدنيين"
_AND_NEXT = re.compile(r"\s*(?:,|،)?\s*(?:and\s+|و\s*)(?:at least\s+|another\s+|ما لا يقل عن\s+)?")
# a count's own passive verb right after it ("two contractors were wounded")
_OWN_PASSIVE = re.compile(r"\s*(?:(?:were|was|are|is|have been|had been|has been)\s+)")
# verbs of telling that name their source right after them (أفادت الوزارة, ذكرت القيادة)
_TELLING = re.compile(r"[وف]?(?:افادت|افاد|ذكرت|ذكر)")
# a count in digits or words (25, four, ثلاثة)
_BARE_COUNT = re.compile(r"(?<![\d.,/])\d{1,3}(?:,\d{3})*(?![\d.,/%])|\b(?:one|two|three|four|five|six|seven|eight|nine"
                         r"|ten|eleven|twelve|fifteen|twenty)\b|(?<!\S)(?:اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه"
                         r"|تسعه|عشره)(?!\S)")
# (the word may stand in quotation marks: "neutralizing" two fighters)
_KILLED_BEFORE = prefiltered(re.compile(r"(?:^|\s)[\"“']?(?:killed|killing|kills|neutrali[sz]ed|neutrali[sz]ing|(?:the\s+)?deaths?\s+of|[وب]?(?:مقتل|قتل|قتلت|استشهاد|مصرع|تحييد|حيدت|حيد))"
                                        r"[\"”']?\s+(?:at least\s+|ما لا يقل عن\s+)?$"))
_KILLED_AFTER = re.compile(r"\s*(?:[^\s.,;]+\s+){0,3}?(?:قتلوا|قتلا|لقوا|قتلي|قتيلا|were killed|had been killed|have been killed"
                           r"|died|dead|killed)(?!\w)")
# the killing an attack answers: ردا على مقتل, "in retaliation for the killing of"
_ANSWER_TO = re.compile(r"(?:^|\s)(?:رد|ردا|الرد|ثارا|انتقاما|retaliation|response|revenge|avenge)\S*\s+(?:\S+\s+){0,6}?"
                        r"(?:علي|على|ل|for|to)\s+(?:the\s+)?(?:\S+\s+){0,2}$")
# a number that counts days, weeks or hours (a time, not the dead)
_TIME_UNIT_AFTER = re.compile(r"\s*(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|ايام|يوما|اسابيع|اسبوعا|ساعات|ساعه"
                              r"|اشهر|شهرا|شهور|سنوات|سنه|عاما|اعوام|دقايق|دقيقه|ليال)(?!\w)")
_WOUNDED_BEFORE = re.compile(r"(?:^|\s)(?:wounded|wounding|injured|injuring|injuries\s+to|[وب]?(?:اصابه|جرح|اصيب))\s+(?:at least\s+|ما لا يقل عن\s+)?$")
_WOUNDED_AFTER = re.compile(r"\s*(?:[^\s.,;]+\s+){0,3}?(?:جرحي|جريحا|مصابين|مصابا|اصيبوا|جرحوا|بجروح|were wounded|were injured"
                            r"|wounded|injured|hurt|concussed|suffered (?:\S+ ){0,2}?(?:injuries|wounds|concussions))(?!\w)")


# an event noun as the subject of "comes" (ويأتي هذا الهجوم بعد، The attack comes days after)
_COMES_BEFORE = prefiltered(re.compile(r"(?:^|\s)[وف]?(?:ياتي|تاتي|جاء|جاءت)\s+(?:هذا\s+|هذه\s+)?(?:ال)?$"))
_COMES_AFTER = re.compile(r"(?:s)?\s+(?:comes?|came)\b")
# a sentence that goes on with the subject of the one before (كما انتشرت, وانسحبت)
_CONTINUING = re.compile(r"\s*(?:كما\s|ثم\s|و(?=[^ال]))")
# a part of the count told before: بينهم, منهم, "among them", "including"
_AMONG_THEM = re.compile(r"(?:^|\s)(?:" + AMONG_WORDS + r")\s+$")
# one more person joined to a count (two soldiers and a medic, جنديين ومتعاقد)
_AND_ONE_MORE = re.compile(r"(?:\s+\S+){0,2}?\s+(?:and\s+(?:a|an|one)\s+(?:[\w.]+\s+){0,2}?"
                           r"(?:contractor|civilian|soldier|officer|medic|interpreter|member|sailor|airman|marine)"
                           r"|و(?:مجنده|متعاقد|مدني|جندي|ضابط|عنصر|مترجم|طبيب|مسعف|منتسب|شرطي|حارس)(?:\s+\S+)?)(?=\s|$|[.,،])")
# a count joined by "and" to the last of those a killing or wounding word named before it, with no
# punctuation between (مقتل قائد الفصيل في البلدة وأربعة مقاتلين, "killed the group's commander and
# four fighters"); its first named person is one more when named by a singular noun
_JOINED_COUNT = re.compile(r"(?:\s+و|\s+and\s+)$")
_SINGLE_PERSON = re.compile(r"\s*(?:ال)?(?:قايد|قيادي|مسوول|امر|ضابط|عنصر|جندي|مقاتل|مدني|طفل|رجل|امراه|مختار)\s"
                            r"|\s*(?:an?|the|one)\s+(?:\w+\s+){0,2}?(?:commander|leader|officer|soldier|fighter|civilian|child|man|woman)\b")
# one death told without a number: a killing word and one person (مقتل شخص، مقتل متعاقد مدني)
# an attribution right before the institution it names (بحسب وزارة الدفاع, "according to US Central Command")
_NAMED_SOURCE = prefiltered(re.compile(r"(?:^|\s)[و]?(?:بحسب|حسب|وفقا ل|وفق|according to|citing)\s*(?:the\s+)?(?:ال)?$"))
_QUOTE_OPEN = re.compile(r"[\"“«]")
# "the group's leader, Abu Ibrahim, was killed", "the commander has been killed": the one named right before died
_PERSON_KILLED_AFTER = re.compile(r"[\s,،]*(?:was|has been|had been)\s+killed\b")
_ONE_KILLED = prefiltered(re.compile(r"(?:^|\s)[وب]?(?:مقتل|قتل|قتلت|استشهاد|مصرع)\s+(?:شخص|مدني|جندي|عنصر|متعاقد|طفل|طفله|امراه|سيده|رجل|فتاه|ضابط|مقاتل|"
                         r"مواطن|عسكري|جنرال|الجنرال|قا[ئي]د|طبيب|طبيبه|ممرض|ممرضه|صحفي|صحفيه|مسوول|امريكي|اميركي|روسي|تركي|ايراني|فرنسي"
                         r"|بريطاني)(?:\s+واحد)?(?=\s|$|[.,،؛])"
                         # a leader told before his passive verb (إن القيادي "قتل بغارات أمريكية")
                         r"|(?:^|\s)(?:ال)?(?:قيادي|زعيم|امير|قا[ئي]د)\s+(?:(?!\d)\S+\s+){0,1}?\"?قتل(?!\S)"
                         # one who "met his death" (لقي القيادي في التنظيم حتفه): a singular verb and pronoun
                         r"|(?:^|\s)[و]?لقي\s+(?:(?!\d)\S+\s+){0,6}?(?:حتفه|مصرعه)(?!\S)"
                         # a leader or commander killed, named by rank (قتلت غارة القيادي في التنظيم)
                         r"|(?:^|\s)[وب]?(?:مقتل|قتلت|قتل|اغتالت|اغتال|اغتيال)\s+(?:(?!\d)\S+\s+){0,4}?(?:ال)?(?:قيادي|زعيم|امير|مستشار|طيار|"
                         r"قا[ئي]د|جنرال|عميد|عقيد|ضابط)ا?(?!\S)"
                         r"|\b(?:kill(?:ed|ing)|assassinat(?:ed|ing|ion of))\s+(?:one|a|an|the|its|their)\s+(?:\S+\s+){0,3}"
                         r"(?:person|civilian|soldier|contractor|man|woman|child|member|fighter|seal|marine|officer|commander"
                         r"|leader|chief|deputy|emir"
                         r"|general|pilot|adviser|advisor|sailor|airman|servicemember|service member)\b"
                         r"|\b(?:a|an|one|the|its|his|their)\s+(?:\S+\s+){0,4}?(?:soldier|seal|marine|officer|commander|general"
                         r"|pilot|adviser|leader|chief|doctor|nurse|medic|journalist|"
                         r"advisor|sailor|airman|contractor|service member|servicemember|militant|fighter|member|civilian"
                         r"|person|guard|worker)\s+(?:was|has been)\s+killed\b"))

# more people joined to the one killed: مقتل سيدة وطفل (two), مقتل رجل وطفلين (three)
_MORE_PERSONS = re.compile(r"\s+و(?:(?P<one>شخص|مدني|جندي|عنصر|طفل|طفله|امراه|سيده|رجل|فتاه|مواطن|عسكري|مقاتل|ضابط)"
                           r"|(?P<two>شخصين|مدنيين|جنديين|عنصرين|طفلين|طفلتين|امراتين|سيدتين|رجلين|مقاتلين|ضابطين)(?:\s+اثنين)?)(?=\s|$|[.,،؛])")

# one person hurt told without a number: وإصابة آخر, إصابة جندي, "and another (was) injured", "wounding a soldier"
_ONE_INJURED = prefiltered(re.compile(r"(?:^|\s)[وب]?(?:اصابه|جرح)\s+(?:اخر|شخص|مدني|جندي|عنصر|متعاقد|طفل|امراه|ضابط|مقاتل|"
                                      r"مواطن|عسكري)(?:\s+واحد|\s+اخر)?(?=\s|$|[.,،؛])|\band\s+(?:another|one\s+other)\s+(?:\w+\s+){0,2}?"
                                      r"(?:was\s+)?(?:injured|wounded|hurt)\b|\b(?:injur|wound)(?:ed|ing)\s+(?:another|one|a|an)\s+"
                                      r"(?:\w+\s+){0,2}?(?:person|civilian|soldier|contractor|man|woman|child|member|fighter|other)?\b"))


# what happens to people after a strike: treated, examined, diagnosed (يخضعون لفحوص، نقلوا إلى المستشفى)
# a time to come ("next month", الشهر المقبل): the agreement itself is still to be made
_NEXT_TIME = prefiltered(re.compile(r"\bnext (?:week|month|year)\b|(?:^|\s)(?:الاسبوع|الشهر|العام)\s+(?:المقبل|القادم)"))
# a move told as the speaker's own: "its withdrawal", "they had finished withdrawing", انسحابه
_OWN_MOVE_BEFORE = re.compile(r"(?:^|\s)(?:its|their|it|they)\s+(?:\S+\s+){0,2}$")
_OWN_SUFFIX = re.compile(r"\S(?:ه|ها|هم)$")
_MEDICAL_AFTER = re.compile(r"\s*(?:\S+\s+){0,4}?(?:(?:were|was|are|is|have been|had been)\s+(?:being\s+)?"
                            r"(?:treated|evaluated|examined|diagnosed|hospitali[sz]ed|assessed|monitored)"
                            r"|(?:under|being)\s+(?:medical\s+)?(?:observation|monitoring|evaluation)|monitored|يخضعون|خضعوا|تلقوا العلاج"
                            r"|يتلقون العلاج|نقلوا الي المستشفي|نقلوا للمستشفي"
                            # "two soldiers suffered minor injuries", "were concussed": the hurt, no force
                            r"|(?:suffered|sustained)\s+(?:\S+\s+){0,2}?(?:injur|wound|concussion|burn)|concuss|ارتجاج|بارتجاج)")


# the parts a toll is broken into: inside an open bracket, or after بينهم / among them
_TOLL_WORD = re.compile(r"حصيله|الخساير البشريه|\btoll\b|\bdead\b|\bdeaths\b")
_BREAKDOWN_BEFORE = re.compile(r"\([^)]*$|(?:^|\s)(?:بينهم|منهم|من بينهم|among them|including|of them|of whom)\s+(?:\S+\s+)?$")


_FIRE_SOURCE = re.compile(r"\s+(?:النيران|القصف|النار|الاطلاق|اطلاق)(?!\S)")
# verbs of confirming or admitting a deed
_ACKNOWLEDGE = re.compile(r"(?:^|\s)[وف]?(?:اكد|اكدت|اكدوا|اقر|اقرت|اعترف|اعترفت)(?=\s)|\b(?:confirmed|acknowledged|admitted)\b")
# a reply made with fire after its verb: رد بغارة جوية, ردت القوات بقصف, "responded with strikes"
_REPLIED_WITH_FIRE = re.compile(r"\s+(?:\S+\s+){0,3}?(?:ب(?:غاره|غارات|قصف|القصف|ضربه|ضربات|صواريخ|نيران|المثل|المدفعيه)|with\s+(?:\S+\s+)?(?:strikes?|fire|artillery|rockets))(?!\S)")


class StatusMixin:
    def _casualty_quantity(self, a: int, b: int | None = None) -> bool:
        s = self.s
        n1 = s.norm_pos(b if b is not None else a)
        if _LIST_PASSIVE.match(s.norm, n1):
            return True  # three soldiers, two police officers and a worker had been killed
        if _MEDICAL_AFTER.match(s.norm, n1):
            return True  # "four service members were being evaluated for brain injuries": patients, no troops
        n0 = s.norm_pos(a)
        if n0 in self._toll_counts():
            return True  # ارتفع عدد القتلى ... إلى ثلاثة جنود: the dead the toll rose to
        if _BREAKDOWN_BEFORE.search(s.norm, max(0, n0 - 40), n0) and (
                _CASUALTY_WORDS.search(s.norm, 0, n0) or _TOLL_WORD.search(s.norm, 0, n0)):
            return True  # "11 killed, 9 of them near the town (6 civilians and 3 soldiers)", بينهم 14 عنصرا: the dead
        if self._death_list(n0)[0]:
            return True  # مقتل قائد الفصيل وأربعة مقاتلين: the dead
        before = [(qa, qb) for _, qa, qb in s.quantities if qb <= a]
        if before and _AND_NEXT.fullmatch(s.norm, s.norm_pos(before[-1][1]), n0) and self._casualty_quantity(*before[-1]):
            return True  # "hurting four guards and three civilian workers": hurt too
        return self._casualty_near(n0, n1)

    def _death_list(self, n0: int) -> tuple[str, int]:
        """Whether the count at normalized `n0` ends a list of the dead or hurt: joined by "and" to
        what a killing or wounding word named before it in its clause, with no punctuation, number
        or word of striking between (the kind, "fatalities" or "injured", or ""), and how many more
        the list names before the count (one person named by a singular noun, else none)."""
        s = self.s
        if not _JOINED_COUNT.search(s.norm, max(0, n0 - 6), n0):
            return "", 0
        lo = max(0, n0 - 90)
        found: tuple[int, str, int] | None = None
        for kind, cue in (("fatalities", self.rules.cues.get("killed")), ("injured", self.rules.cues.get("wounded"))):
            for m in cue.finditer(s.norm, lo, n0) if cue is not None else ():
                if found is None or m.end() > found[0]:
                    found = (m.end(), kind, m.end())
        if found is None:
            return "", 0
        gap = s.norm[found[0] : n0]
        if any(c in gap for c in ".,،;:؛\"") or any(ch.isdigit() for ch in gap) or any(
                found[0] <= t.norm_start < n0 for t in s.triggers if t.trigger.family == "violence" and not self._is_death(t)):
            return "", 0
        return found[1], 1 if _SINGLE_PERSON.match(gap) else 0

    @_per_sentence
    def _toll_counts(self) -> frozenset[int]:
        """Where the counts a death toll rose to start (normalized positions)."""
        return frozenset(m.start("num") if m.group("num") else m.start("num2")
                         for pattern in (_DEATH_TOLL, _DEATH_TOLL_VERB_FIRST) for m in pattern.finditer(self.s.norm))

    def _comes_ref(self, hit: _TriggerHit) -> bool:
        """"ويأتي الانسحاب بعد", "The strike came a week after": the event as the subject of "comes" is
        the one told before, the sentence only sets it in time."""
        s = self.s
        if _COMES_BEFORE.search(s.norm_before(hit.start, 20)):
            return True
        return s.norm_pos(hit.start) <= 12 and _COMES_AFTER.match(s.norm, s.norm_pos(hit.end)) is not None

    def _casualties(self, lo: int = 0, hi: int | None = None) -> tuple[int | None, int | None]:
        s = self.s
        hi = len(s.text) if hi is None else hi
        killed = wounded = None
        killed_re, wounded_re = self.rules.cues.get("killed"), self.rules.cues.get("wounded")
        last: tuple[str, int] = ("", -1)  # the kind of the count before, and where it ended
        tolls = self._toll_counts()
        for q, a, b in s.quantities:
            if not lo <= a < hi:
                continue
            if q.value is None or q.kind not in ("troops", "people", "fatalities", "injured"):
                continue
            n0, n1 = s.norm_pos(a), s.norm_pos(b)
            kind = q.kind if q.kind in ("fatalities", "injured") else "fatalities" if n0 in tolls else (
                self._nearest_casualty_cue(n0, n1, killed_re, wounded_re))
            if not kind and last[0] in ("fatalities", "injured") and _AND_NEXT.fullmatch(s.norm, last[1], n0):
                kind = last[0]  # "wounded five soldiers and two contractors": the second count is wounded too
            listed, more = self._death_list(n0) if kind in ("", "fatalities", "injured") else ("", 0)
            if not kind:
                kind = listed  # مقتل قائد الفصيل في البلدة وأربعة مقاتلين: five dead
            elif kind != listed:
                more = 0
            if kind in ("fatalities", "injured") and _TOGETHER_AFTER.match(s.norm, n1):
                kind = "together"  # 23 اصابه بين قتيل وجريح: the dead and the hurt together
            last = (kind, n1)
            if kind == "together":
                continue  # مقتل وإصابة 20, 20 killed and wounded: not a count of the dead
            if kind in ("fatalities", "injured") and _AMONG_THEM.search(s.norm_before(a, 14)) and (
                    killed if kind == "fatalities" else wounded) is not None:
                continue  # مقتل 12 مدنيا بينهم 3 عسكريين, "including four soldiers": part of the count before
            if kind in ("fatalities", "injured") and _AND_ONE_MORE.match(s.norm, n1):
                q_value = int(q.value) + 1  # "two soldiers and a British medic", جنديين ومجندة: one more
            else:
                q_value = int(q.value) + more
            if kind == "fatalities":
                killed = (killed or 0) + q_value
            elif kind == "injured":
                wounded = (wounded or 0) + q_value
        if killed is None:
            # "the death toll rose to eight", ارتفعت حصيلة القتلى إلى 14, ارتفع عدد القتلى ... إلى ثلاثة
            for m in [*_DEATH_TOLL.finditer(s.norm, s.norm_pos(lo), s.norm_pos(hi)),
                      *_DEATH_TOLL_VERB_FIRST.finditer(s.norm, s.norm_pos(lo), s.norm_pos(hi))]:
                value = parse_number((m.group("num") or m.groupdict().get("num2") or "").strip(".,،"))
                if value is not None and value >= 1:
                    killed = int(value)
                    break
        if killed is None or wounded is None:
            # a bare count next to a word of killing or wounding: قتلت 200 من المرتزقة, "25 fighters
            # were killed and 55 wounded", "killed four militants and injured one"
            bare = self._bare_casualties(lo, hi)
            killed = bare[0] if killed is None else killed
            wounded = bare[1] if wounded is None else wounded
        if killed is None:
            one = _ONE_KILLED.search(s.norm, s.norm_pos(lo), s.norm_pos(hi))
            if one is not None and not _ANSWER_TO.search(s.norm, max(0, one.start() - 80), one.start() + 1):
                # (not the killing the attack answers: ردا على مقتل قائد فيلق القدس)
                killed = 1  # مقتل شخص, مقتل متعاقد, "killing one person", "a contractor was killed"
                at = one.end()
                while (more := _MORE_PERSONS.match(s.norm, at)) is not None:
                    killed, at = killed + (1 if more.group("one") else 2), more.end()
        if wounded is None:
            one = _ONE_INJURED.search(s.norm, s.norm_pos(lo), s.norm_pos(hi))
            if one is not None and (killed is not None or not one.group().strip().startswith(("and", "و"))):
                wounded = 1  # "one killed and another injured", مقتل جندي وإصابة آخر, إصابة جندي أمريكي
        if killed is None and s.cue(self.rules, "killed"):
            # "the killing of <a named person>": one death
            persons = [m for m in s.mentions if m.actor is not None and m.actor.type == "person"]
            for m in persons:
                if lo <= m.start < hi and (s.cue(self.rules, "killed", max(0, m.start - 20), m.start)
                                           or _PERSON_KILLED_AFTER.match(s.norm, s.norm_pos(m.end))) and not (
                        _ANSWER_TO.search(s.norm_before(m.start, 80))):
                    killed = (killed or 0) + 1  # (not the killing an attack answers: رد على مقتل سليماني)
        return killed, wounded

    def _bare_casualties(self, lo: int, hi: int) -> tuple[int | None, int | None]:
        """Counts no quantity took, read from the killing or wounding word right before them or the
        verb right after them (up to three words)."""
        s = self.s
        killed = wounded = None
        for m in _BARE_COUNT.finditer(s.norm, s.norm_pos(lo), s.norm_pos(hi)):
            if any(a <= s.offsets[min(m.start(), len(s.offsets) - 1)] < b for _, a, b in s.quantities):
                continue
            value = parse_number(m.group().replace(",", ""))
            if value is None or value < 1:
                continue
            before, after = s.norm[max(0, m.start() - 26) : m.start()], s.norm[m.end() : m.end() + 44]
            if _TIME_UNIT_AFTER.match(after):
                continue  # "a raid three days before that killed a guard": a time, no count
            if killed is None and (_KILLED_BEFORE.search(before) or _KILLED_AFTER.match(after)):
                killed = int(value)
            elif wounded is None and (_WOUNDED_BEFORE.search(before) or _WOUNDED_AFTER.match(after)):
                wounded = int(value)
            else:
                kind, more = self._death_list(m.start() - (s.norm[m.start()] == "و"))
                if kind == "fatalities" and killed is None:
                    killed = int(value) + more  # مقتل قائد الفصيل وأربعة مقاتلين: five dead
                elif kind == "injured" and wounded is None:
                    wounded = int(value) + more
        return killed, wounded

    def _nearest_casualty_cue(self, n0: int, n1: int, killed_re, wounded_re) -> str:
        """Whether a number counts the dead or the wounded: the cue nearest to it (مقتل 8 وإصابة
        23: 8 dead, 23 wounded), before it within 30 characters or after it within 22. A number
        right after "killed and wounded" together counts both: "together"."""
        s = self.s
        joined = _AND_ONE_MORE.match(s.norm, n1)  # "two soldiers and an interpreter were killed"
        end = joined.end() if joined is not None else n1
        before, after = s.norm[max(0, n0 - 30) : n0], s.norm[end : end + 32]
        found: list[tuple[int, str]] = []
        for kind, pattern in (("fatalities", killed_re), ("injured", wounded_re)):
            if pattern is None:
                continue
            for m in pattern.finditer(before):
                found.append((len(before) - m.end(), kind))
            m = pattern.search(after)
            if m is not None:
                if _OWN_PASSIVE.fullmatch(after, 0, m.start()):
                    return kind  # "... and two contractors were wounded": the verb of this count
                found.append((m.start() + 1, kind))
        if not found:
            return ""
        found.sort()
        near = [k for d, k in found if d <= found[0][0] + 12]
        if {"fatalities", "injured"} <= set(near) and _TOGETHER.search(before):
            return "together"
        if _TOGETHER_AFTER.match(after):
            return "together"  # 23 اصابه بين قتيل وجريح, "41 people, dead and wounded": no count of either
        return found[0][1]

    def _attacker_side(self, actor: Entry) -> bool:
        """Armed groups, and states listed as attackers in roles.csv (Iran): the side that fires rockets
        and drones at the bases."""
        return actor.type == "armed_group" or self._side(actor).name in self.rules.attackers

    def _clause_span(self, pos: int) -> tuple[int, int]:
        """The clause around `pos`, with the clause before it (where its verb may stand: أعلن أنه
        سيرسل, said it will send)."""
        s = self.s
        i = s.clause_of(pos)
        bounds = [0, *s.clauses, len(s.text)]
        return bounds[max(0, i - 2)], bounds[min(len(bounds) - 1, i + 1)]

    def _status(self, etype: str, actor: Entry | None, hit: _TriggerHit) -> str:
        s, rules = self.s, self.rules
        if etype == "denial":
            return "confirmed"
        if actor is not None and etype in ("attack", "airstrike") and not self._attacker_side(actor) and (
                self._acknowledged_by_own_side(actor)):
            return "confirmed"  # أكد مسؤول بالبنتاغون مقتل ... بضربة أمريكية: its own side owns it
        if self._reported():
            return "reported"
        if etype == "attack" and actor is not None and self._attacker_side(actor) and (
                s.cue(rules, "claimed") or self._is_speaker(actor) or self._in_own_words(actor)):
            return "claimed"  # (أعلنت فصائل المقاومة استهداف قاعدة حرير: the attackers tell it)
        if etype == "attack" and (actor is None or actor.type == "armed_group") and self._group_tells(hit):
            return "claimed"  # (قالت الفصائل إنها استهدفت قاعدة حرير: the unnamed attackers tell it)
        lo, hi = self._clause_span(hit.start)
        if etype == "agreement" and not _NEXT_TIME.search(s.norm, s.norm_pos(lo), s.norm_pos(hi)):
            hi = hit.start  # "signed an agreement to end the mission by September": the deal is made; "will sign": planned
        if etype != "statement" and (s.cue(rules, "planned", lo, hi) or s.cue(rules, "planned_verb", lo, hi)):
            return "planned"  # the future in the event's own clause, not in a side remark (a statement is made)
        if actor is not None and actor.type not in MEDIA_TYPES and self._cue_teller_is(actor):
            return "confirmed"  # أعلن التحالف انسحابه, "the coalition announced": the side's own word
        if actor is not None and actor.type not in MEDIA_TYPES and etype != "statement" and (
                self._side_tells(actor)):
            return "confirmed"  # the side's own account: "the Russian reconciliation centre said its police patrolled"
        if etype == "statement" and actor is not None and actor.type not in MEDIA_TYPES:
            return "confirmed"  # a party's own position (طالبت تركيا, condemned), not attributed to media
        # (an attack told by the side attacked, a government or a command, with no striker of its own
        # word: that side's account of another's deed, reported)
        return "reported"

    def _acknowledged_by_own_side(self, actor: Entry) -> bool:
        """A verb of confirming or admitting (أكد, أقر, اعترف, "confirmed", "acknowledged") whose
        subject, even an official left unnamed, is of the side that struck."""
        return self._told_by_side(_ACKNOWLEDGE, actor)

    def _cue_teller_is(self, actor: Entry) -> bool:
        """A word of telling (أعلن, أكد, "announced", "said") whose subject, the name right after it
        (Arabic) or right before it (English), is of the actor's side: the side tells its own deed. A
        victim, a monitor or a third state telling it only reports it."""
        pattern = self.rules.cues.get("confirmed")
        return pattern is not None and self._told_by_side(pattern, actor)

    def _told_by_side(self, pattern: re.Pattern[str], actor: Entry) -> bool:
        """Whether a verb of `pattern` has for its subject a name of the actor's side, or of the
        alliance that side leads (the US-led coalition on US troops)."""
        s = self.s
        side = self._side(actor).name
        english = self.ctx.article.language == "en"
        for c in pattern.finditer(s.norm):
            a, b = s.offsets[min(c.start(), len(s.offsets) - 1)], s.offsets[min(c.end(), len(s.offsets) - 1)]
            for m in self._actors():
                # (an English subject may be long: "the head of the Russian centre, General X, announced";
                # an Arabic name after "that" is what was told, not who tells: ذكرت شبكات أن الميليشيات)
                near = (0 <= a - m.end <= 60 and not any(ch in s.text[m.end : a] for ch in ".;")) if english else (
                    0 <= m.start - b <= 30 and not _COMPLEMENTIZER.search(s.norm, c.end(), s.norm_pos(m.start)))
                if near and (side in camp(self._side(m.actor).name) or self._side(m.actor).name in camp(side)):
                    return True
        return False

    def _group_tells(self, hit: _TriggerHit) -> bool:
        """An armed group named by a common noun speaks before the attack word: "the group said it
        fired", قالت الفصائل إنها استهدفت."""
        s = self.s
        return any(t.trigger.hint == "speech" and t.end <= hit.start and (
            _GROUP_SPEAKS_AFTER.match(s.norm, s.norm_pos(t.end)) or _GROUP_SPEAKS_BEFORE.search(s.norm_before(t.start, 30)))
            for t in s.triggers)

    def _side_tells(self, actor: Entry) -> bool:
        """The side of the actor tells the event: it speaks in the sentence, or the event is told
        "according to" it (بحسب مركز المصالحة الروسي)."""
        side = self._side(actor)
        # (a reply made with fire is no telling: رد طيران التحالف بغارة جوية)
        speakers = [self._speaker(h) for h in self.s.triggers if h.trigger.hint == "speech"
                    and not _REPLIED_WITH_FIRE.match(self.s.norm, self.s.norm_pos(h.end))]
        if any(e is not None and self._side(e) is side for e in speakers):
            return True
        return any(m.actor is not None and self._side(m.actor) is side and m.actor.type not in MEDIA_TYPES
                   and _NAMED_SOURCE.search(self.s.norm_before(m.start, 16)) for m in self.s.mentions)

    def _in_own_words(self, actor: Entry) -> bool:
        """The attackers named inside the words quoted after a speech verb ("the group said on
        Telegram: 'the fighters of the Islamic Resistance targeted Harir base'"): their own telling."""
        s = self.s
        subjects = self._speech_subjects()
        if not subjects and not any(_GROUP_SPEAKS_AFTER.match(s.norm, s.norm_pos(t.end)) for t in s.triggers
                                    if t.trigger.hint == "speech"):
            return False  # (one the page does not tie to a side, مدير ناحية سيدكان, only reports; "the
            # group said" is the attackers' own telling)
        if any(self._side(e) is not self._side(actor) for e in subjects):
            return False  # (an official of another side quoting them only reports)
        speech = [t.end for t in s.triggers if t.trigger.hint == "speech"]
        return any(m.actor is actor and any(e <= m.start and _QUOTE_OPEN.search(s.text, e, m.start) for e in speech)
                   for m in s.mentions)

    @_per_sentence
    def _reported(self) -> bool:
        """Attributed to media, unnamed officials or reports. "According to the Pentagon" / بحسب
        وزارة الدفاع names an official source: that is not a mere report."""
        s, pattern = self.s, self.rules.cues.get("reported")
        if pattern is None:
            return False
        for m in pattern.finditer(s.norm):
            if _FIRE_SOURCE.match(s.norm, m.end()):
                continue  # مصادر النيران: where the fire came from, no source of news
            start = s.offsets[m.end()] if m.end() < len(s.offsets) else len(s.text)
            named = [a for a in self._actors() if 0 <= a.start - start <= 25]
            if named and named[0].actor.type not in MEDIA_TYPES and (
                    _ATTRIBUTION.search(m.group()) or _TELLING.fullmatch(m.group().strip())):
                continue  # بحسب وزارة الدفاع, أفادت وزارة الدفاع الروسية: a named official source
            return True
        return False

    def _forces_near(self, hit: _TriggerHit) -> bool:
        """A movement word needs forces: named right after it (سحب قواتها, عودة القوات) or just
        before it (القوات الأمريكية دخلت), or a number of troops nearby."""
        n = self.s.norm_pos(hit.start)
        if _FOUNDING.fullmatch(normalize(hit.text)):
            # "set up the al-Tanf garrison": a base founded; "a committee set up": nothing moved
            return bool(_BASE_WORD.search(self.s.norm, n, n + len(hit.text) + 40)) or any(
                p.place.geo_precision == "site" and 0 <= p.start - hit.end <= 30 for p in self._places())
        # forces after the next event word are that event's (انسحاب التنظيم وضربات نفذها التحالف)
        end = min((t.norm_start for t in self.s.triggers if t.norm_start > n), default=len(self.s.norm))
        window = self.s.norm[max(0, n - 25) : min(end, n + len(hit.text) + 40)]
        if _FORCES_RE.search(window) or any(
                q.kind == "troops" and abs(a - hit.start) < 80 for q, a, _ in self.s.quantities):
            return True
        # the forces as the subject earlier in the clause, described before their verb ("US troops
        # stationed at the base have withdrawn", القوات المتمركزة في القاعدة تنسحب): no other
        # event or speech word between them
        clause = self.s.clause_of(hit.start)
        start = self.s.clauses[clause - 1] if clause > 0 else 0
        lead = self.s.norm[self.s.norm_pos(start) : n]
        found = _FORCES_RE.search(lead)
        if found is None and n <= 8 and self.ctx.last_owner is not None and _CONTINUING.match(self.s.norm):
            return True  # كما انتشرت في السويداء: the forces of the move told before, moving on
        prev = max((t.start for t in self.s.triggers if t.end <= hit.start),
                   default=0)
        if any(m.actor is not None and m.actor.type in ("military", "coalition") and prev <= m.start < hit.start
               for m in self.s.mentions):
            return True  # بدأ فريق من الشرطة الروسية ... بالانتشار: the force named since the last event word
        if (_OWN_MOVE_BEFORE.search(self.s.norm_before(hit.start, 30)) or _OWN_SUFFIX.search(normalize(hit.text))) and any(
                self.gaz.resolve_actor(e, self.ctx.reference).type in ("military", "coalition") or (
                    self.gaz.resolve_actor(e, self.ctx.reference).type == "state"
                    and any(p.start >= hit.end and p.start - hit.end <= 40 for p in self._places()))
                for e in self._speech_subjects()):
            return True  # "the coalition said it had completed its withdrawal", أعلن التحالف إكمال انسحابه
        return found is not None and not any(
            self.s.norm_pos(start) + found.end() <= t.norm_start < n for t in self.s.triggers if t is not hit)
