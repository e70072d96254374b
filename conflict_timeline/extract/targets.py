"""Arguments of a strike: who was struck. The victims of a casualty word or of an exposure ("came
under attack", تعرضت القاعدة لهجوم), the owner of what a strike hit (a convoy of regime forces, مقرات
لجيش الإسلام), the side of an aircraft shot down or of a soldier killed; never the striker's own side."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..gazetteer_io import generic_actors
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .candidate_words import _SVO_GAP
from .hits import _Mention, _TriggerHit
from .rules import (
    _ATTRIBUTED,
    _ATTRIBUTION,
    _BASE_WORD,
    _CAUSE,
    _CLAUSE_BREAK,
    _COMPLEMENTIZER,
    _DOWNED_OWNED_AFTER,
    _DOWNED_OWNER,
    _EN_PASSIVE_HIT,
    _EXPOSED,
    _OWNED_STRUCK_AFTER,
    _OWNER_OF_STRUCK,
    _PASSIVE_CASUALTY,
    _SAID_SOURCE,
    _STATIONED_AFTER,
    _STRIKE_NOUN,
    _STRIKER_BEFORE,
    _STRUCK_LEAD,
    _VICTIM,
    _VIOLENCE_VERB,
    _WHERE_LEAD,
    MEDIA_TYPES,
)
from .trigger_words import _DOWN_WORDS, INCURSION_AR, INCURSION_EN, STRIKE_KIND_AR

# those a struck site houses (تضم عناصر من, تستضيف, housing, hosting)
_HOUSED_BEFORE = prefiltered(re.compile(r"(?:^|\s)(?:تضم|يضم|تستضيف|يستضيف|التي تضم|الذي يضم|التي تستضيف|houses|housing|hosts|hosting|which houses"
                                        r"|which hosts)\s+(?:\S+\s+){0,2}$"))
# the users of a struck site (أبنية تنشئها الميليشيات, مقرات تستخدمها, "depots used by")
_USERS_BEFORE = re.compile(r"(?:^|\s)(?:تنشيها|ينشيها|تديرها|يديرها|تديره|يديره|تستخدمها|يستخدمها|تستخدمه|يستخدمه|تشغلها|يشغلها|تتخذها|يتخذها|تتخذه|يتخذه"
                           r"|used by|run by|built by|operated by)\s+(?:the\s+)?[\x22«“]?$")
# how far after the event word the struck thing may be named (a short noun phrase away)
_STRUCK_REACH = 40
# a relative clause in the passive of striking after a name: the one struck
_TARGETED_AFTER = re.compile(r"\s*[,،]?\s*(?:التي|الذي|الذين|اللذين|اللتين|which|that|who)\s+(?:(?:تم|جري|was|were|had been|has been|have been)\s+)"
                             r"(?:استهداف|قصف|ضرب|targeted|hit|struck|attacked|shelled|bombed)")
# a noun of an incursion or an assault: the nationality after it names who made it
# (or of an operation, an attack or a raid: هجوم تركي, "a Turkish offensive")
_AGGRESSION_NOUN = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:" + INCURSION_AR + r"|اعتداءات|عمليه|عمليات|هجوم|هجمات|قصف|غاره|غارات|ضربه|ضربات)"
                             r"(?:\s+(?:ال)?(?:" + STRIKE_KIND_AR + r")){0,2}\s+$"
                             r"|\b(?:" + INCURSION_EN + r"|offensive|operation)\s+$")
# an adjective of nearness after a place struck: what follows locates it (القرى القريبة من القاعدة)
# (or lying near it: القرى الواقعة قرب القاعدة)
_NEAR_ADJECTIVE = re.compile(r"(?:^|\s)(?:(?:ال)?(?:قريبه|قريب|مجاوره|مجاور|محاذيه|محاذي|متاخمه|متاخم)\s+(?:من|ل)"
                             r"|(?:ال)?(?:واقعه|واقع)\s+(?:قرب|بالقرب من|بجوار))\s*(?:ال)?\S*\s*$")
# a trigger opened by what was struck ("targets were destroyed", "positions destroyed")
_OBJECT_FIRST = re.compile(r"(?:targets|positions|hideouts|shelters|caves)\b", re.IGNORECASE)
# nothing but an article between a verb of striking and a name (English: the name is of its object)
_EN_ARTICLE_ONLY = re.compile(r"\s+(?:(?:a|an|the|two|three|several)\s+)?")


# Arabic VSO: a killing verb right before the name, and an object in the accusative or a number after it
_AR_ACTIVE_KILL_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:قتلت|قتل)\s+$")
_AR_KILL_VERB = re.compile(r"[وف]?(?:قتلت|قتل|اصابت|جرحت)")
_AR_OBJECT_AFTER = re.compile(r"\s+(?:\d[\d,]*|[^\s\d.،,]+ا)(?=\s|$|[.،,])")
# an object right after a bare "killed": the verb is active, its subject killed
_KILLED_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|at least|some|about|more than|\d[\d,]*|one|two|three|four|five|six|seven"
                            r"|eight|nine|ten|dozens|scores|hundreds)\b")
# a weapon of no known side named as a generic attacker
_UNKNOWN_WEAPON = re.compile(r"مجهول|unidentified|unknown", re.IGNORECASE)
# a plural verb of dying or being hurt right after a name: those it names were its dead or hurt
_AR_KILLED_AFTER = re.compile(r"[\s\"”»،,]*(?:[^\s.،,]+\s+){0,2}?(?:قتلوا|اصيبوا|جرحوا|لقوا)(?!\S)")

# a count of dead or hurt "of" a side, right before its name: مقتل 62 من, إصابة عشرة من عناصر, "killed 15
# of the", "wounding three members of"
_DEAD_OF_LEAD = prefiltered(re.compile(r"(?:مقتل|قتل|اصابه|جرح|killing|killed|wounding|wounded|injuring|injured)\s+(?:\S+\s+){0,2}?"
                                       r"(?:من|of)\s+(?:\S+\s+)?(?:عناصر|مقاتلي|افراد|جنود|members of|fighters of|soldiers of|troops of)?\s*"
                                       r"(?:the\s+)?$"
                                       # (or one of its commanders, officers, advisers: مقتل رضي موسوي أحد كبار
                                       # قادة الحرس الثوري, "the killing of a senior commander of the IRGC")
                                       r"|(?:مقتل|قتل|اغتيال|killing|killed|death of)\s+(?:\S+\s+){0,4}?(?:احد\s+|one of\s+)?(?:كبار\s+|(?:the\s+)?senior\s+)?"
                                       r"(?:قاده|قايد|قيادي|قياديي|مستشاري|مسوولي|ضباط|ضابط|commanders?|officers?|leaders?|advisers?)"
                                       r"\s+(?:في\s+|of\s+|in\s+)?(?:the\s+)?$"))


# "killed 12 PKK militants", "neutralised five IS fighters": a count of dead right before the side's
# name and its members after it
_DEAD_COUNT_BEFORE = re.compile(r"(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|wounded|wounding|injured|injuring)\s+"
                                r"(?:at least\s+|about\s+|some\s+|more than\s+)?\S+\s+$")
_MEMBERS_AFTER = re.compile(r"\s+(?:militants|fighters|members|soldiers|troops|terrorists|operatives|insurgents|gunmen)\b")


# a side named as the striker's partner: "its Syrian proxies", "allied Syrian rebels", الفصائل السورية
# الموالية لها
# (or its patron: "rebels backed by Ankara", الفصائل المدعومة من أنقرة, بدعم من الطيران التركي, "Turkish-backed")
_PARTNER_BEFORE = prefiltered(re.compile(r"(?:^|\s)(?:its|their|allied|الفصايل|فصايل|backed by|supported by|(?:ال)?مدعوم(?:ه|ين|ون)?\s+من|بدعم\s+من|بدعم"
                                         r"|بمسانده|بمساندة\s+من|بغطاء)\s+(?:(?:ال)?(?:طيران|قوات|جيش|مدفعيه)\s+)?$"))
_PARTNER_AFTER = re.compile(r"(?:\s+(?:proxies|allies|partners|المواليه\s+(?:لها|له|لهم|لانقره)|الحليفه\s+(?:لها|له|لهم))|-backed)(?!\S)")


# what attacks were aimed at, a description between ("directed at the jihadist alliance HTS")
_AIMED_AT = re.compile(r"\b(?:aimed|directed)\s+at\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")
# a contrast opening another clause (في حين, بينما, "while")
_CONTRAST_BETWEEN = re.compile(r"[,،]\s*(?:و)?(?:في حين|بينما|فيما|while|whereas)\s")


# a weapon or an attack as the subject of an Arabic verb of striking: right after the verb (استهدف قصف
# بطائرة مسيرة, استهدفت طائرة مسيرة, or its instrument when the subject is unsaid: استهدفت بقصف مدفعي) or
# right before it (القصف استهدف, الهجوم الذي استهدف, صواريخ كاتيوشا استهدفت)
# (after the verb a noun; before it its adjective may end the subject: هجوم صاروخي استهدف)
_AR_WEAPON_NOUN = r"قصف|هجوم|هجمات|غاره|غارات|ضربه|ضربات|عمليه|طايره|طايرات|مسيره|مسيرات|صاروخ|صواريخ|قذيفه|قذايف|عبوه"
_AR_WEAPON_WORD = _AR_WEAPON_NOUN + r"|صاروخي|صاروخيه|كاتيوشا|هاون|غراد|مدفعي|مدفعيه|جوي|جويه|انتحاريه|مفخخه|ناسفه"
_AR_SUBJECT_AFTER_VERB = re.compile(r"\s+[وب]?(?:ال)?(?:" + _AR_WEAPON_NOUN + r")(?!\S)")
_AR_SUBJECT_BEFORE_VERB = re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:" + _AR_WEAPON_WORD + r")ا?\s*[،,]?\s+(?:(?:الذي|التي|قد|كان|كانت)\s+)?$")
_AR_SUBJECT_PLACES_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:" + _AR_WEAPON_NOUN + r")(?:\s+\S+)?\s+(?:في|علي|على|قرب|شمال|جنوب|شرق|غرب)"
                                       r"(?:\s+\S+){1,4}\s+$")
# the striker named after the verb's subject: by an agent (من قبل, بواسطة), in a relative clause (نفذها
# التحالف)
_AR_CARRIED_OUT = r"نفذها|نفذته|نفذتها|شنها|شنته|شنتها|اطلقها|اطلقته|اطلقتها"
_AR_STRIKER_LINK = re.compile(r"(?:^|\s)(?:من قبل|بواسطه|" + _AR_CARRIED_OUT + r"|يعتقد|يرجح|يشتبه)(?:\s|$)")
_AR_LANDMARK_BETWEEN = re.compile(r"(?:^|\s)(?:في|على|علي|قرب|امام|خلف|بالقرب|داخل|عند|نحو|الي|كانت|كان)(?:\s|$)")
# the one who carried out a strike, named after its verb with the strike as a pronoun (القصف الذي نفذته قوات النظام)
_AR_CARRIED_OUT_BY = re.compile(r"(?:^|\s)(?:" + _AR_CARRIED_OUT + r")\s+(?:\S+\s+)?$")
# the weapon's owner or nationality right before a name (طائرة مسيرة تابعة للجيش, طائرة مسيرة تركية, غارة للتحالف)
_AR_WEAPON_RIGHT_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:" + _AR_WEAPON_WORD + r")(?:\s+\S+)?"
                                     r"(?:\s+(?:التابعه|التابع|تابعه|تابع|تعود|يعود))?\s*(?:ل|لل)?$")


# a thing struck and its owner right before an Arabic verb of striking: the verb is passive (مركبة للحشد
# استُهدفت, مقر الفصيل استهدف), the owner was struck
_AR_THING_OWNED = re.compile(r"(?:^|[\s\x22«“])[وف]?(?:ال)?(?:رتل|قافله|موقع|مقر|نقطه|مخزن|مستودع|اليه|عربه|سياره|مركبه|شاحنه|قاعده|معسكر"
                             r"|منزل|مبني|مقرات|مواقع|مخازن|مستودعات|اليات|سيارات)\s+(?:\S+\s+)?(?:ل|لل)?$")


# where a strike came from, right after its noun and kind: قصف مدفعي من الجانب التركي, قصف صاروخي مصدره
# مواقع قوات النظام (the side it came from struck)
_FIRED_FROM_SIDE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:قصف|هجوم|غاره|غارات|ضربه|ضربات|قذايف|صواريخ)(?:\s+(?:ال)?(?:" + STRIKE_KIND_AR + r")){0,2}"
                              r"\s+(?:من|مصدره|مصدرها)\s+(?:(?:ال)?(?:جانب|مواقع|مناطق|نقاط|اراضي|قواعد)\s+)?(?:ل|لل)?"
                              r"(?:(?:ال)?(?:قوات|جيش|فصايل)\s+)?$")


# the parties of a war told as the setting ("amid the war between Israel and Hamas", مع استمرار الحرب بين
# إسرائيل وحماس): neither struck nor was struck in the event the sentence tells
_WAR_BETWEEN = prefiltered(re.compile(r"(?:^|\s)(?:ال)?(?:حرب|نزاع|صراع|مواجهات|war|conflict|fighting|hostilities)\s+"
                                      r"(?:(?:الداير|الدايره|الجاري|الجاريه|المستمر|المستمره|ongoing|continuing)\s+)?"
                                      r"(?:بين|between)\s+(?:\S+\s+){0,4}?(?:و|and\s+)?$"))


# a place noun before a nationality (العاصمة العراقية, الأراضي السورية, الحدود التركية): a place of that country
# (not the guards of a border: حرس الحدود العراقي)
_PLACE_NOUN_BEFORE = re.compile(r"(?:^|(?<!حرس)\s)[وبل]?(?:ال)?(?:عاصمه|مدينه|حدود|اراضي|اجواء|محافظه|ساحه|مياه|مناطق|منطقه|بلدات|قري|ريف)\s+$")
# a side's own people or forces, told by a pronoun (عناصرها, قواته, "its troops")
_OWN_MEMBERS = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:عناصر|مقاتلي|جنود|افراد|منتسبي|قوات|قاعده|مقر|مقرات|مواقع)(?:ها|ه|نا)(?=\s|$|[.,،])"
                          r"|\b(?:its|their|our)\s+(?:[a-z-]+\s+)?(?:fighters|members|soldiers|troops|forces|personnel|base|bases|positions)\b")
# people of a nationality who are no party (الأكراد الأتراك, المدنيين السوريين, "Syrian civilians")
_CIVILIANS_OF = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:اكراد|لاجيين|مدنيين|مواطنين|سياح|عمال|طلاب|زوار|نازحين|عوايل|اطفال|نساء|رعايا"
                           r"|civilians|refugees|tourists|workers|students|nationals|citizens|kurds)\s+(?:(?:ال)?\S+\s+)?$")


class TargetsMixin:
    def _is_victim(self, m: _Mention) -> bool:
        s = self.s
        if self.ctx.article.language != "en" and _FIRED_FROM_SIDE.search(s.norm_before(m.start, 50)):
            return False  # أصيب مدنيان بقصف مدفعي من قوات النظام: where the fire came from, whoever was hurt
        before = s.norm_before(m.start, 24)
        if _VICTIM.search(before) or self._exposed(m) or _AIMED_AT.search(s.norm_before(m.start, 60)):
            return True
        if _WHERE_LEAD.search(before) and _STATIONED_AFTER.match(s.norm, s.norm_pos(m.end)):
            return True  # "sites where Iranian militias are stationed": at the target
        if _USERS_BEFORE.search(before):
            return True  # أبنية تنشئها الميليشيات, "depots used by the militias": those who use what was struck
        if _HOUSED_BEFORE.search(before):
            return True  # قاعدة تضم عناصر من الحشد, "a base housing US troops": at the target
        if self._object_of_strike_verb(m):
            return True  # استهدف قصف بطائرة مسيرة مقرا للفصيل: the object of the verb
        n0, n1 = s.norm_pos(m.start), s.norm_pos(m.end)
        if self.ctx.article.language != "en" and any(
                _STRIKE_NOUN.fullmatch(normalize(t.text)) and 0 <= m.start - t.end <= 2 for t in s.triggers):
            return False  # لقي حتفه بغارة للتحالف: the one the strike noun belongs to struck, whoever died
        if self._owns_object_trigger(m):
            return True  # "81 PKK targets were destroyed": the name before what was destroyed owns it
        if self.ctx.article.language == "en" and any(
                t.trigger.family == "violence" and not self._is_death(t) and 0 <= t.start - m.end <= 1 for t in s.triggers):
            return False  # "two soldiers killed in a PKK attack": the name before the attack noun struck
        if self.ctx.article.language != "en" and _AR_ACTIVE_KILL_BEFORE.search(s.norm, max(0, n0 - 8), n0) and (
                _AR_OBJECT_AFTER.match(s.norm, n1)):
            return False  # قتلت القوات الأمريكية قياديا: the subject of an active verb with its object killed
        killed, wounded = self.rules.cues.get("killed"), self.rules.cues.get("wounded")
        for pattern in (killed, wounded):
            if pattern is None:
                continue
            for c in pattern.finditer(s.norm, max(0, n0 - 90), n0):
                # مقتل ثلاثة جنود أمريكيين; مقتل X وقائد فيلق القدس: no event word between cue and name
                gap = s.norm[c.end() : n0]
                if _CAUSE.search(gap) and any(c.end() <= t.norm_start < n0 for t in s.triggers):
                    continue  # injuries after Iran's attack: the cause, not the victim ("a leader in
                    # the movement" is of the victims)
                if self.ctx.article.language != "en" and _AR_KILL_VERB.fullmatch(c.group().strip()) and _STRIKER_BEFORE.search(
                        " " + gap):
                    continue  # قتلت طائرات حربية روسية ثلاثة مدنيين: the nationality of the verb's subject, who killed
                if n0 - c.end() <= 30 or not any(c.end() <= t.norm_start < n0 for t in s.triggers):
                    return True
        if self.ctx.article.language != "en" and _AR_KILLED_AFTER.match(s.norm, n1):
            return True  # ستة من قوات الحشد، قتلوا: those killed
        if _TARGETED_AFTER.match(s.norm, n1):
            return True  # المجموعة التي تم استهدافها, "the convoy that was hit": those struck
        dead = _PASSIVE_CASUALTY.match(s.norm, n1)  # US soldiers were killed
        # (not the nationality of the strike that killed: "Israeli strikes killed 57 fighters"; not
        # the subject of an active "killed" with its object after it: "US forces killed an IS leader")
        return dead is not None and not any(
            t.trigger.family == "violence" and n0 <= t.norm_start < dead.end() and not self._is_death(t)
            for t in s.triggers) and not (self.ctx.article.language == "en" and _KILLED_OBJECT.match(s.norm, dead.end())) and not (
                self.ctx.article.language != "en" and _AR_OBJECT_AFTER.match(s.norm, dead.end()))  # (قتلت خمسة مدنيين: active)

    def _object_of_strike_verb(self, m: _Mention) -> bool:
        """A side named after an Arabic verb of striking whose subject is a weapon or an attack,
        told right after the verb or right before it (استهدف قصف بطائرة مسيرة مركبة تابعة لفصيل, الهجوم الذي
        استهدف فصيلا تابعا للحشد): the verb's object, or the owner of its object, was struck. The
        subject of the verb is given, so no name after it is the striker, except one the weapon
        belongs to or one named as the agent."""
        s = self.s
        if self.ctx.article.language == "en" or m.actor is None:
            return False
        n0 = s.norm_pos(m.start)
        if _AR_THING_OWNED.search(s.norm_before(m.start, 30)) and any(
                v.trigger.family == "violence" and 0 <= v.start - m.end <= 14 and _VIOLENCE_VERB.fullmatch(normalize(v.text))
                and _SVO_GAP.fullmatch(s.norm[s.norm_pos(m.end) : v.norm_start]) for v in s.triggers):
            return True
        for v in s.triggers:
            if v.trigger.family != "violence" or not 0 < m.start - v.end <= 90 or s.clause_of(v.start) != s.clause_of(m.start):
                continue
            if not _VIOLENCE_VERB.fullmatch(normalize(v.text)):
                continue
            v0, v1 = v.norm_start, s.norm_pos(v.end)
            between = s.norm[v1:n0]
            if any(c in between for c in ".;:!?") or _AR_STRIKER_LINK.search(between) or _AR_LANDMARK_BETWEEN.search(between):
                continue  # (a name after في, أمام, كانت ...: a landmark or another clause's)
            subject_after = _AR_SUBJECT_AFTER_VERB.match(s.norm, v1)
            subject_before = _AR_SUBJECT_BEFORE_VERB.search(s.norm, max(0, v0 - 40), v0)
            if subject_before is None and subject_after is None:
                # (or with only the places it fell on between: غارات في سوريا والعراق استهدفت فصيلا ...)
                lead = _AR_SUBJECT_PLACES_BEFORE.search(s.norm, max(0, v0 - 60), v0)
                if lead is not None and not any(q.actor is not None and q.place is None
                                                 and s.norm_pos(q.start) >= lead.start() and q.end <= v.start for q in s.mentions):
                    subject_before = lead
            if subject_after is None and subject_before is None:
                continue
            if subject_after is not None and subject_after.end() > n0:
                continue
            if _AR_WEAPON_RIGHT_BEFORE.search(s.norm_before(m.start, 30)):
                continue  # طائرة مسيرة تركية, غارة للتحالف: whose the weapon is
            return True
        return False

    def _speaker_mention(self, m: _Mention) -> bool:
        """The name of the one who speaks: right after an Arabic verb of telling (with its official
        before it: أكد مسؤول في وزارة الدفاع), right before an English one, never past "that"."""
        s = self.s
        for t in s.triggers:
            if t.trigger.hint != "speech":
                continue
            if self.ctx.article.language != "en":
                if 0 <= m.start - t.end <= 30 and not _COMPLEMENTIZER.search(s.norm, s.norm_pos(t.end), s.norm_pos(m.start)):
                    return True
            elif 0 <= t.start - m.end <= 30 and not any(c in s.text[m.end : t.start] for c in ",;:") and not any(
                    q.actor is not None and m.end <= q.start < t.start for q in s.mentions):
                return True  # (the name nearest before the verb: "members of KH who US officials said")
        return False

    def _in_setting(self, m: _Mention) -> bool:
        """A party of a war told as the setting of the event ("amid the war between Israel and Hamas")."""
        return _WAR_BETWEEN.search(self.s.norm_before(m.start, 60)) is not None

    def _owns_object_trigger(self, m: _Mention) -> bool:
        """In English, the name right before a strike word opened by what was struck ("81 PKK targets
        were destroyed"): the owner of what was struck."""
        return self.ctx.article.language == "en" and any(
            t.trigger.family == "violence" and 0 <= t.start - m.end <= 1 and _OBJECT_FIRST.match(t.text)
            for t in self.s.triggers)

    def _dead_of(self, m: _Mention) -> bool:
        """The side the dead or hurt are counted of: مقتل 62 من قوات النظام, "killed 15 of the group's
        members" (a killing word shortly before, with no word of striking between; not a nationality
        adjective, which may be the striker's: غارة أمريكية أسفرت عن مقتل)."""
        if m.adjective:
            return False
        s = self.s
        n0 = s.norm_pos(m.start)
        lead = _DEAD_OF_LEAD.search(s.norm, max(0, n0 - 40), n0) or (
            _DEAD_COUNT_BEFORE.search(s.norm, max(0, n0 - 40), n0) if _MEMBERS_AFTER.match(s.norm, s.norm_pos(m.end))
            or _MEMBERS_AFTER.search(" " + normalize(m.text)) else None)
        return lead is not None and not any(
            lead.end() <= t.norm_start < n0 for t in s.triggers if t.trigger.family == "violence" and not self._is_death(t))

    def _exposed(self, m: _Mention) -> bool:
        """"The base came under attack", تعرضت السفارة لقصف, "the convoy was struck": the one
        exposed to the attack is its target (before the exposure word, or between it and the attack
        word), never its actor."""
        s = self.s
        n0, n1 = s.norm_pos(m.start), s.norm_pos(m.end)
        if _EN_PASSIVE_HIT.match(s.norm, n1):
            return True
        for e in s.find_all(_EXPOSED):
            if 0 <= e.start() - n1 <= 70 and not _CLAUSE_BREAK.search(s.norm, n1, e.start()) and not any(
                    n1 <= t.norm_start < e.start() for t in s.triggers if t.trigger.family == "violence"):
                return True  # القاعدة تعرضت لهجوم (not one who struck before the exposure is told)
            if 0 <= e.start() - n1 <= 160 and _OWNER_OF_STRUCK.search(s.norm, max(0, n0 - 50), n0) and not any(
                    n1 <= t.norm_start < e.start() for t in s.triggers if t.trigger.family in ("violence", "political")):
                return True  # مقرات أحزاب "كومله" و"الديمقراطي" تعرضت للقصف: the owner of what was exposed
            if n0 >= e.end():
                nxt = next((t.norm_start for t in s.triggers if t.trigger.family == "violence"
                            and t.norm_start >= e.end()), None)
                if nxt is not None and n0 < nxt:
                    return True  # تعرضت السفارة الأمريكية لقصف
        return False

    def _casualty_near(self, n0: int, n1: int) -> bool:
        """A killed/wounded cue just before a span or right after it (passive: soldiers were killed)."""
        s = self.s
        for cue in ("killed", "wounded"):
            pattern = self.rules.cues.get(cue)
            if pattern is None:
                continue
            if pattern.search(s.norm, max(0, n0 - 30), n0) or pattern.search(s.norm, n1, min(len(s.norm), n1 + 32)):
                return True
        return False

    def _target(self, hit: _TriggerHit, actor: Entry | None, etype: str, lo: int = 0, hi: int | None = None) -> Entry | None:
        """Who was struck: for an airstrike the group (or another state's force) hit, for an attack
        the forces attacked; never the perpetrator's own side."""
        on = self.ctx.reference
        own = self.gaz.root(self.gaz.resolve_actor(actor, on).id) if actor is not None else None
        if self._is_down(hit):
            downed = self._downed_side(hit)
            return downed.actor if downed is not None else None  # the side of the aircraft shot down
        if self._is_death(hit):
            return self._dead_side(hit)  # the side of the soldier killed
        stopped = self._interceptor([hit])
        if stopped is not False:
            return stopped.actor if isinstance(stopped, _Mention) else None  # the side that shot them down
        cands = []
        struck = []  # the side named as what was struck: a convoy, positions or soldiers of X
        housed: list[_Mention] = []  # the foreign forces a struck base hosts: the side struck
        for m in self._actors():
            if m.actor.type in MEDIA_TYPES or m.start < lo or (hi is not None and m.start >= hi) or self._outlet_nationality(m):
                continue  # (a sentence split at "in response to": each part names its own target)
            resolved = self.gaz.resolve_actor(m.actor, on)
            if own is not None and self.gaz.root(resolved.id) is own:
                continue
            if _ATTRIBUTION.search(self.s.norm_before(m.start, 12)) or _ATTRIBUTED.search(self.s.norm_before(m.start, 24)) or _SAID_SOURCE.search(self.s.norm_before(m.start, 24)):
                continue  # "according to the Iraqi army": the source, not the side attacked
            if m.start > hit.end and _CONTRAST_BETWEEN.search(self.s.norm, self.s.norm_pos(hit.end), self.s.norm_pos(m.start)):
                continue  # "..., while Hezbollah said it downed a drone": another clause's side
            if _PARTNER_BEFORE.search(self.s.norm_before(m.start, 24)) or _PARTNER_AFTER.match(self.s.norm, self.s.norm_pos(m.end)):
                continue  # "Turkey and its Syrian proxies", "backed by Ankara": its partners or patron, not whom it struck
            if self._in_setting(m) or (self.ctx.article.language != "en" and _AR_CARRIED_OUT_BY.search(self.s.norm_before(m.start, 16))):
                continue  # (the parties of a war told as the setting; the side that carried out a strike: الذي نفذته قوات النظام)
            if (m.adjective or self._is_nisba(m)) and (_CIVILIANS_OF.search(self.s.norm_before(m.start, 20))
                                                       or _PLACE_NOUN_BEFORE.search(self.s.norm_before(m.start, 16))):
                continue  # اللاجئين الأكراد الأتراك, "Syrian civilians": people of a nationality, not its state;
                # بالعاصمة العراقية, الأراضي السورية: a place of that country
            if _UNKNOWN_WEAPON.search(m.text):
                continue  # طائرة مسيرة مجهولة, "an unidentified drone": the weapon, never what it struck
            if _NEAR_ADJECTIVE.search(self.s.norm_before(m.start, 24)):
                continue  # قرى ... القريبة من القاعدة الروسية: the base locates the villages struck
            if m.start > hit.start and _HOUSED_BEFORE.search(self.s.norm_before(m.start, 30)) and (
                    _BASE_WORD.search(self.s.norm_before(m.start, 60))
                    or any(p.place is not None and p.end <= m.start <= p.end + 50 for p in self.s.mentions)) and not any(
                    q.actor is not None and q.actor.type == "armed_group" and q.end <= m.start <= q.end + 40
                    for q in self.s.mentions):  # (وهي تسمية تضم فصائل: the factions a group's name covers)
                housed.append(m)  # "an Iraqi base hosting US troops", قاعدة عراقية تستضيف قوات أمريكية: the guests
                continue
            if (m.adjective or self._is_nisba(m)) and _AGGRESSION_NOUN.search(self.s.norm_before(m.start, 20)):
                continue  # (توغل إسرائيلي, العدوان التركي, الضربات التركية, "a Turkish incursion": the side that struck)
            if (m.start > hit.start and self._owns_struck(hit, m)) or self._owns_object_trigger(m) or (
                    self._exposed(m) and not self._is_place_use(m)) or self._dead_of(m) or self._object_of_strike_verb(m):
                # ("the garrison in Syria was attacked": the country is where, not who was struck)
                struck.append((m, resolved))  # (تعرض رتل عسكري تركي لغارة: the one exposed was struck)
                continue
            if m.adjective and etype == "airstrike":
                continue  # ("Israeli jets struck": the side that struck)
            if self._is_place_use(m) and m.actor.type not in ("armed_group", "person"):
                continue
            if self._speaker_mention(m) and not _OWN_MEMBERS.search(self.s.norm) and not any(
                    q is not m and self._side(q.actor) is self._side(m.actor) and (self._dead_of(q) or self._is_victim(q))
                    for q in self._actors()):
                continue  # أكد مسؤول بالبنتاغون مقتل ...: the one who tells, not the one struck
                # (unless it tells of its own: خمسة من عناصرها, "its forces")
            cands.append((m, resolved))
        if housed:
            return housed[0].actor
        if struck:
            first = struck[0][0]
            # فصيل ضمن الحشد الشعبي, "a faction of the PMF": the side a generic name is part of
            named = next((m for m, _ in struck[1:] if 0 <= m.start - first.end <= 30 and first.actor.name in generic_actors()
                          and m.actor.name not in generic_actors()), None)
            return (named or first).actor
        if etype == "airstrike":
            order = {"armed_group": 0, "person": 1, "military": 2}
        else:
            order = {"coalition": 0, "military": 1, "state": 2, "government": 3}
        ranked = [c for c in cands if c[1].type in order or c[0].actor.type in order]
        if not ranked:
            return None
        return min(ranked, key=lambda c: (order.get(c[0].actor.type, order.get(c[1].type, 9)), c[0].start))[0].actor

    def _owns_struck(self, hit: _TriggerHit, m: _Mention) -> bool:
        """A side named as the owner of what was struck, right after the event word: "a convoy of
        regime forces", رتل لقوات النظام, مواقع لتنظيم, "positions of the PKK", "Syrian army
        positions", "three Iraqi border guards were killed" (not a thing named further on, "the
        truck that scouted ahead of the Turkish convoy")."""
        s = self.s
        if m.place is not None and m.actor.type not in ("armed_group", "person") and self._is_place_use(m):
            return False  # "40 sites inside Syria and Iraq": where the targets are, not whose
        if self.ctx.article.language != "en" and _FIRED_FROM_SIDE.search(s.norm_before(m.start, 50)):
            return False  # قصف مصدره مواقع قوات النظام: the positions fired, they were not struck
        # (from the last word of striking before it: الهجوم الذي استهدف مقرات حزب)
        before = [t for t in s.triggers if t.trigger.family == "violence" and hit.start <= t.start and t.end <= m.start]
        last = max(before, key=lambda t: t.end, default=hit)
        n0, end = s.norm_pos(m.start), s.norm_pos(last.end)
        start = max(end, n0 - 50)
        window = s.norm[start:n0]
        owner = _OWNER_OF_STRUCK.search(window)
        if owner is not None:
            return start + owner.start() - end <= _STRUCK_REACH
        joined = next((q for q in s.mentions if q.actor is not None and q.end <= m.start
                       and s.text[q.end : m.start].strip(" ,،") in ("و", "and", "", "or", "أو", "او")), None)
        if joined is not None and joined.start > hit.end:
            return self._owns_struck(hit, joined)  # مقرات حزب كذا وجمعية كذا, "... Units, or YBS": both struck
        down = normalize(last.text) in _DOWN_WORDS and n0 - end <= _STRUCK_REACH  # an aircraft shot down
        if self.ctx.article.language != "en":
            # (an Arabic nationality follows its noun: أسقطت الدفاعات طائرة حربية سورية)
            return down and _DOWNED_OWNER.search(window) is not None
        if down and _DOWNED_OWNED_AFTER.match(s.norm, s.norm_pos(m.end)):
            return True  # "downed a Syrian government jet"
        after = _OWNED_STRUCK_AFTER.match(s.norm, s.norm_pos(m.end))
        if after is not None and _EN_ARTICLE_ONLY.fullmatch(s.norm, end, n0):
            return True  # "a drone struck a Coalition base", "hit US positions": the object's owner
        return after is not None and n0 - end <= _STRUCK_REACH and _STRUCK_LEAD.search(s.norm_before(m.start, 50)) is not None

