"""Nationality words and who struck: a nationality on the strike noun or on the aircraft, guns or
forces that struck names the striker (غارة أمريكية, قصف مدفعي تركي, "Turkish warplanes"); one on
what was struck, on a base or on where a weapon was made does not."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import normalize
from .hits import _Mention, _TriggerHit
from .rules import (
    _BASE_WORD,
    _MADE_IN,
    _NOT_MODIFIER,
    _PASSIVE_CASUALTY,
    _ROCKETS_BEFORE,
    _STRIKER_AFTER,
    _STRIKER_BEFORE,
    _VIOLENCE_VERB,
    MEDIA_TYPES,
)
from .trigger_words import INCURSION_AR, INCURSION_EN, STRIKE_KIND_AR

# "US and allies", "U.S., its allies": another name joined after a name
_EN_JOINED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:its\s+|their\s+)?([a-z][\w.-]*)")
_ADJECTIVE_FORM = re.compile(r"(?:ي|يه|يين|يون|يا|يتين|يان)$|(?:i|ian|ians|ish|ese)$")

# an English verb or auxiliary right after a nationality word: the word is the subject's name
_EN_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|reportedly|again|first|itself)\s+)?(?:has|have|had|is|was|are|were|will|would|did|does|carried|carries|launched|launches"
                            r"|conducted|conducts|struck|strikes|hit|hits|fired|fires|said|says|announced|announces"
                            r"|began|begins|bombed|targeted|attacked|shot|ordered|sent|deployed)\b")

# aircraft believed to be of a nationality (مقاتلات يعتقد أنها روسية)
_SUSPECTED_AIRCRAFT = re.compile(r"(?:طايرات|طايره|مقاتلات|مقاتله|مسيرات|مسيره|مروحيات)\s+(?:\S+\s+)?(?:يرجح|يعتقد|يشتبه|يحتمل)"
                                 r"\s+(?:ان\s+)?(?:انها|انه|بانها|بانه)\s+$")

# the kind of a strike, after its noun (قصف مدفعي, قصف صاروخي مكثف): the word is a noun, and a nationality
# after its kind names who struck (لقصف مدفعي تركي)
_NOUN_MODIFIERS = re.compile(r"(?:(?:ال)?(?:" + STRIKE_KIND_AR + r")\s*){1,2}")

# an incursion or an aggression, with its nationality after it (Arabic) or before it (English)
_INCURSION_BEFORE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:" + INCURSION_AR + r")\s+$")
_INCURSION_AFTER = re.compile(r"\s+(?:" + INCURSION_EN + r")\b")

# an English nationality adjective (Turkish, Russian, American, Iraqi, French): never the subject of a verb
_EN_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ish|ian|can|ese|ean|ch|i)$")


# an Arabic verb of striking or killing, then the aircraft or forces (قتلت الطائرات الحربية, شنت مقاتلات)
_AR_STRIKE_OR_KILL_VERB = r"قتلت|قتل|اصابت|قصفت|قصف|شنت|شن|استهدفت|استهدف|دمرت|اغارت|نفذت|نفذ"
_AR_FORCES_WORD = r"طايرات|طايره|مقاتلات|مقاتله|مروحيات|مروحيه|مسيرات|مسيره|مدفعيه|قوات|طيران|سلاح الجو"
_AR_VERB_THEN_FORCES = re.compile(r"(?:^|\s)[وف]?(?:" + _AR_STRIKE_OR_KILL_VERB + r")\s+(?:ال)?(?:" + _AR_FORCES_WORD
                                  + r")(?:\s+(?:ال)?(?:حربيه|الحربيه|مسيره|المسيره))?\s*$")
_AR_FORCES_END = re.compile(r"(?:^|\s)[وف]?(?:(?:كانت|كان)\s+)?(?:ال)?(?:" + _AR_FORCES_WORD + r")(?:\s+(?:ال)?(?:حربيه|مسيره))?\s*$")
_AR_FORCES_START = re.compile(r"(?:ال)?(?:" + _AR_FORCES_WORD + r")\s")
_AR_VERB_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:" + _AR_STRIKE_OR_KILL_VERB + r")\s+$")
# ... or the verb after them, past a comma or a relative phrase (الطائرات الروسية، المساندة للنظام، قتلت)
_AR_VERB_AFTER_SUBJECT = re.compile(r"\s*[،,]?\s*(?:(?:قد|كانت)\s+)?[وف]?(?:" + _AR_STRIKE_OR_KILL_VERB + r")(?!\S)")


# an accusative strike noun, its kind after it: a country's name right after it is the nationality in the
# accusative (قصفا تركيا, قصفا مدفعيا تركيا: Turkish shelling)
_ACCUSATIVE_STRIKE_BEFORE = re.compile(r"(?:^|\s)(?:قصفا|هجوما|عدوانا|اعتداء|توغلا|غزوا|ضربه|غاره)(?:\s+\S+ا)?\s*$")


class NationalityMixin:
    def _is_nisba(self, m: _Mention) -> bool:
        """A nationality word (التركي, الإسرائيلية, Turkish), with or without its article; a name
        that is also a place (تركيا the country) is a name."""
        if m.place is not None and not _ACCUSATIVE_STRIKE_BEFORE.search(self.s.norm_before(m.start, 24)):
            return False  # (تركيا after an accusative strike noun is "Turkish": قصفا تركيا استهدف)
        if self.ctx.article.language == "en" and _EN_VERB_AFTER.match(self.s.norm, self.s.norm_pos(m.end)) and not (
                _EN_ADJECTIVE.search(m.text)):
            return False  # "The US carried out strikes": a name, the subject of its verb ("Turkish strikes" is no verb)
        if self.ctx.article.language == "en":
            joined = _EN_JOINED_AFTER.match(self.s.norm, self.s.norm_pos(m.end))
            if joined is not None and joined.group(1) not in self.rules.nisba and not any(
                    q.actor is not None and self.s.norm_pos(q.start) == joined.start(1)
                    and _STRIKER_AFTER.fullmatch(" " + normalize(q.text).split(" ", 1)[-1]) for q in self.s.mentions):
                return False  # "US and allies pound ...", "U.S., allies hit ...": a name among names
                # ("US and Iraqi forces", "Russian and regime warplanes": two nationalities of one noun)
        key = normalize(m.text)
        if m.weak_actor and _ADJECTIVE_FORM.search(key):
            return True  # العراقية, العراقيين, Iraqi: a weak alias in adjective form
        return key in self.rules.nisba or (key.startswith("ال") and key[2:] in self.rules.nisba)

    def _suspected_nationality(self) -> Entry | None:
        """The nationality the aircraft are believed to have: مقاتلات يعتقد أنها روسية."""
        s = self.s
        if "انها" not in s.norm and "انه " not in s.norm:
            return None
        return next((m.actor for m in s.mentions if m.actor is not None and (m.adjective or self._is_nisba(m))
                     and _SUSPECTED_AIRCRAFT.search(s.norm_before(m.start, 50))), None)

    def _adjective_actor(self, hit: _TriggerHit) -> Entry | None:
        """A nationality adjective on the attack noun names the attacker: after it in Arabic (a
        modifier or two may stand between: هجوم صاروخي تركي, غارة بطائرة مسيرة أمريكية), before it in
        English (Turkish airstrikes). Never across a preposition (هجوم على قاعدة أمريكية: the target)."""
        s = self.s
        for m in s.mentions:
            if m.actor is None or not (m.adjective or self._is_nisba(m)):
                continue
            if _MADE_IN.match(s.norm, s.norm_pos(m.end)) or _ROCKETS_BEFORE.search(s.norm_before(m.start, 16)):
                continue  # بصواريخ إيرانية (الصنع), "Iranian-made rockets": where they were made, not who fired
            if m.start >= hit.end and self.ctx.article.language != "en":
                gap = s.norm[s.norm_pos(hit.end) : s.norm_pos(m.start)]
                verb = _VIOLENCE_VERB.fullmatch(normalize(hit.text)) is not None
                if _BASE_WORD.search(gap) or any(p.place is not None and hit.end <= p.start < m.start for p in s.mentions):
                    continue  # استهداف قاعدة زليكان التركية: the adjective says whose base was struck
                if any(hit.end <= t.start < m.start and t.trigger.family == "violence" for t in s.triggers):
                    continue  # غارة جوية استهدفت الرتل التركي: the object of the verb between, struck
                if len(gap.split()) <= 2 and not _NOT_MODIFIER.search(" " + gap + " ") and not any(
                        c in gap for c in ",.;:\"«»“”") and (not verb or not gap.strip() or _STRIKER_BEFORE.search(gap + " ")
                                                        or _NOUN_MODIFIERS.fullmatch(gap.strip())):
                    # (after a verb the words are its subject or object: استهدف سلاح الجو الإسرائيلي is
                    # the striker, استهدف مركزا إسرائيليا the target)
                    return m.actor
            elif m.end <= hit.start and self.ctx.article.language == "en":
                gap = s.norm[s.norm_pos(m.end) : s.norm_pos(hit.start)]
                if self._host_country(m):
                    continue  # "Syria rocket attack hits the Conoco base": where, not who
                if len(gap.split()) <= 1 and not any(c in gap for c in ",.;:"):
                    return m.actor
        if self.ctx.article.language == "en":
            # "an American commando raid": a name before the forces that raided
            for m in s.mentions:
                if m.actor is None or m.end > hit.start or m.actor.type not in ("state", "military", "coalition") or (
                        _PASSIVE_CASUALTY.match(s.norm, s.norm_pos(m.end))) or self._exposed(m) or self._host_country(m):
                    continue  # ("US troops injured in a drone attack", "US and Iraqi forces came under
                    # fire": the forces hurt or struck)
                gap = s.norm[s.norm_pos(m.end) : s.norm_pos(hit.start)]
                if 0 < len(gap.split()) <= 3 and not any(c in gap for c in ",;:") and _STRIKER_AFTER.fullmatch(
                        gap.rstrip()) and not s.text.startswith("-", m.end):
                    return m.actor
        # the nationality of the aircraft, guns or forces that struck, earlier in the clause:
        # شنت طائرات حربية تركية غارات, Turkish warplanes struck, the Russian air force bombed
        for m in reversed(s.mentions):
            if m.actor is None or m.end > hit.start or (hit.start - m.end > 60 and not self._verb_subject_nationality(m)) or not (
                    m.adjective or self._is_nisba(m)) or self._is_victim(m) or s.text.startswith("-", m.end):
                continue  # ("U.S.-backed forces": the patron of the forces, not their nationality)
            arabic = self.ctx.article.language != "en"
            if arabic and _BASE_WORD.search(" ".join(s.norm_before(m.start, 30).split()[-2:])):
                continue  # مدرج الطائرات داخل القاعدة الأميركية: the base's nationality, not the aircraft's
            if (arabic and _STRIKER_BEFORE.search(s.norm_before(m.start, 30))) or (
                    not arabic and _STRIKER_AFTER.match(s.norm, s.norm_pos(m.end))):
                return m.actor
        # the nationality of an incursion or an aggression in the strike's clause made it (قصف القرية خلال
        # توغل إسرائيلي, "shelled during a Turkish incursion")
        # (not the side whose dead the sentence counts: "two Turkish soldiers killed during the Turkish incursion")
        incursion = next((m.actor for m in s.mentions if m.actor is not None and (m.adjective or self._is_nisba(m))
                          and s.clause_of(m.start) == s.clause_of(hit.start)
                          and (_INCURSION_BEFORE.search(s.norm_before(m.start, 14)) or _INCURSION_AFTER.match(s.norm, s.norm_pos(m.end)))
                          and not any(q.actor is not None and self._side(q.actor) is self._side(m.actor)
                                      and (self._dead_of(q) or self._is_victim(q)) for q in s.mentions)), None)
        # ضربات أميركية, "US airstrikes": a side's name that holds the strike word names who struck
        return incursion or next((m.actor for m in s.mentions if m.actor is not None and m.start <= hit.start
                                  and hit.end <= m.end and m.actor.type not in MEDIA_TYPES), None)

    def _host_country(self, m: _Mention) -> bool:
        """A country's own name (not its adjective) right before a strike word, in a sentence that names
        a town or base of that country ("Syria rocket attack hits the Conoco base"): the country
        where it happened, not who struck ("Iran missile attack on Erbil" names the striker)."""
        s = self.s
        if m.place is None or m.place.geo_precision != "country" or m.adjective or self.ctx.article.language != "en":
            return False
        if not any(t.trigger.family == "violence" and 0 <= t.start - m.end and len(s.text[m.end : t.start].split()) <= 1
                   for t in s.triggers):
            return False
        return any(p.place is not None and p.place.geo_precision != "country" and p.place.country == m.place.country
                   for p in s.mentions)

    def _verb_subject_nationality(self, m: _Mention) -> bool:
        """A nationality on the aircraft or forces that are the subject of an Arabic verb of striking or
        killing, before them (قتلت مقاتلات روسية ليل الجمعة ...) or after them (وكانت الطائرات
        الروسية، قتلت أربعة مدنيين): they struck whatever else the clause tells before its strike word."""
        s = self.s
        if self.ctx.article.language == "en":
            return False
        before = s.norm_before(m.start, 40)
        own = _AR_FORCES_START.match(normalize(m.text)) is not None  # (a name that holds them: الطائرات الروسية)
        if _AR_VERB_THEN_FORCES.search(before) or (own and _AR_VERB_BEFORE.search(before)):
            return True
        return (own or _AR_FORCES_END.search(before) is not None) and _AR_VERB_AFTER_SUBJECT.match(
            s.norm, s.norm_pos(m.end)) is not None
