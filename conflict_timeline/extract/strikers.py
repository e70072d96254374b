"""Who struck and how: the striker of an attack or a strike by voice, adjective, subject, agent
and witness rules, and whether it is an attack or an airstrike."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .candidate_words import _SVO_GAP
from .context import _per_sentence
from .hits import _Mention, _TriggerHit
from .nationality import _EN_JOINED_AFTER
from .rules import (
    _AGENT_BY,
    _AGENT_BY_FORCE,
    _AIRCRAFT,
    _ANNOUNCER_BEFORE,
    _ATTRIBUTION,
    _CONDEMN,
    _EXECUTE_AFTER,
    _EXECUTE_BEFORE,
    _PREPOSITION,
    _SAID_SOURCE,
    _STRIKE_NOUN,
    _STRIKER_AFTER,
    _VIOLENCE_VERB,
    MEDIA_TYPES,
)
from .status import _ANSWER_TO
from .targets import _FIRED_FROM_SIDE

# targets, depots or sites told struck in the passive, up to the verb ("weapons depots had been")
_EN_TARGETS_STRUCK = re.compile(r"\b(?:targets|sites|depots|positions|facilities|infrastructure|warehouses|installations|hideouts"
                                r"|headquarters|command centers|command centres|airfields|launchers|storage sites)\b(?:\s+[a-z-]+){0,6}?"
                                r"\s+(?:had been|have been|were|was|has been)\s+(?:\w+\s+)?$")
_EN_OWN_BEFORE = re.compile(r"\b(?:its|their|our|his)\s+(?:[a-z-]+\s+){0,2}$")
# words of an explosion, with no striker of their own
_EXPLOSION = re.compile(r"(?:دوي )?انفجار(?:ات|ين)?|explosions?|blasts?")
# a weapon or aircraft, then belonging: the name after is its owner (الطائرة المسيرة التابعة للجيش التركي,
# عملية للجيش الأمريكي)
_BELONGING = prefiltered(re.compile(r"(?:طايره|طايرات|مسيره|مسيرات|المسيره|الطايره|الطايرات|drone|drones|aircraft|jet|jets)"
                                    r"\s+(?:\S+\s+)?[\"“”«»']?(?:التابعه|التابع|التابعين|تابعه|تابع|تابعين|belonging to|operated by|flown by)\s*(?:ل|لل|ال)?$"
                                    r"|(?:^|\s)[وب]?(?:عمليه|غاره|ضربه)\s+(?:ل|لل)?$"))
# a weapon between the verb and a name is the subject (استهدفت طائرتان مسيرتان القوات): the name is the object
_WEAPON_SUBJECT = re.compile(r"طاير|طايرات|مسير|صاروخ|صواريخ|قذيف|قذا[ئي]ف|مدفع|drone|missile|rocket|aircraft|jet")
# the subject already given before the verb: أنه استهدف, "it struck"
_PRONOUN_SUBJECT = re.compile(r"(?:^|\s)[وف]?(?:انه|انها|انهم|انهما|انها|إنه|it|they|he|she)\s+[\x22«“]?\s*(?:قد\s+)?$")
# the weapon of a clause's verb: "... with 10 strikes", "with drone strikes", "with a barrage of rockets"
_EN_WITH_WEAPON = re.compile(r"\bwith\s+(?:\S+\s+){0,3}$")
_AFTER_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:بعد|عقب|اثر|after|following)\s+(?:\S+\s+)?$")
# a speaker's affiliation: مسؤول في الحزب, "an official of the party"
_AFFILIATION = re.compile(r"(?:مسوول|مسوولون|مسوولين|قيادي|عضو|متحدث باسم|المتحدث باسم|ناطق باسم|official|officials|spokesman|spokeswoman|spokesperson|member)"
                          r"\s+(?:(?:رفيع|كبير|بارز|senior)\s+)?(?:في|من|of|in|for|from)\s+(?:the\s+)?$")
# the side some of whose members a count names (أربعة مقاتلين من الوحدات, "three fighters of the group")
_MEMBERS_OF = re.compile(r"(?:^|\s)(?:من|of)\s+(?:the\s+)?$")
# the one an attack is blamed on ("blamed it on militias", "blamed the attack on Iran")
_BLAMED_ON_WORD = re.compile(r"\bblam(?:ed|es|ing)\s+(?:it|them|the\s+(?:attack|attacks|strike|strikes|bombing))?\s*on\b")
_BLAMED_ON = re.compile(r"\bblam(?:ed|es|ing)\s+(?:it|them|the\s+(?:attack|attacks|strike|strikes|bombing))?\s*on\s+(?:the\s+)?(?:\S+\s+)?$")
# a verb of things that fell or landed, told without whoever fired them
_FELL = prefiltered(re.compile(r"(?:^|\s)(?:سقطت|سقط|تساقطت|سقوط|fell|landed|impacted|hit near)(?=\s)"))
_EN_PASSIVE_VERB = re.compile(r"\b(?:was|were|been|being|is|are|came|come|comes|under)\s+(?:\w+\s+){0,2}?\w*(?:ed|hit|struck|shot)\s")
_EN_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$")
_UNKNOWN_CRAFT = prefiltered(re.compile(r"(?:طايرات|طايره|طيران|warplanes|aircraft|jets|planes)\s+(?:\S+\s+)?(?:مجهول|مجهوله)"
                                        r"|(?:unidentified|unknown)\s+(?:\S+\s+)?(?:warplanes|aircraft|jets|planes)"
                                        r"|(?:warplanes|aircraft|jets|planes)\s+of\s+(?:an\s+)?(?:unknown|unidentified)"))
# "it" or "they" as the subject of the strike verb: the side that struck in the sentence before
# "its aircraft", "its guns" as a strike's subject (وقصفت طائراتها, مدفعيته استهدفت): the striker told before
_AR_ITS_WEAPONS = re.compile(r"(?:^|\s)[وف]?(?:طايرات|مقاتلات|مسيرات|مدفعي|راجمات|صواريخ|مروحيات)\S{0,2}(?:ها|ه|هم)(?:\s|$)")
_EN_IT_BEFORE = re.compile(r"(?:^|[\s,])(?:it|they)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:(?:conducted|carried out|"
                           r"launched|mounted|struck|hit|bombed|targeted|fired|shelled)\s+(?:\S+\s+){0,3}?)?$")
# a sentence opened by the strikes told before: "The strikes had targeted ...", وطالت الغارات
_STRIKES_TOLD_BEFORE = re.compile(r"\s*(?:(?:the|these|those)\s+(?:air\s*strikes|air-strikes|strikes|raids|air raids|bombardments?"
                                  r"|shelling)|[وف]?(?:الغارات|الضربات))\s")
_EN_SAID_IT = re.compile(r"\b(?:said|says|say|announced|stated|claimed|added|told \w+)\s+(?:\S+\s+){0,6}?(?:that\s+)?(?:it|they)\s")
# strike nouns in construct whose following name is the one who struck (قصف الجيش، غارات التحالف);
# with the article the noun is no construct (طال القصف مجموعات: what it reached)
# a firing verb and up to two words before a weapon ("fired a salvo of", أطلقت رشقة)
_FIRED_BY = re.compile(r"\s*[وف]?(?:اطلق|اطلقت|اطلقوا|يطلق|تطلق|fired|launched|shot)\s+(?:\S+\s+){0,2}$")
# "bunkers used by groups linked to the Guard": the users of what was struck, not its strikers
_USED_BY = re.compile(r"مستخدم|تستخدم|يستخدم|تشغل|يشغل|used|operated|run|belonging|owned")
_BY_END = re.compile(r"\bby\s+(?:the\s+)?$")






# the setting of an event (في ظل, وسط, "amid"): the strikes told after it are no part of it
_SETTING = re.compile(r"(?:^|\s)[وف]?(?:في ظل|وسط|امام|amid|against the backdrop of|in the context of)\s")




class StrikerMixin:
    def _belonging_striker(self, hit: _TriggerHit, lo: int, hi: int) -> Entry | None:
        """The owner named after a weapon or aircraft and a word of belonging, close to the strike
        word (aircraft of a side flying nearby struck nothing)."""
        for m in self.s.mentions:
            near = 0 <= hit.start - m.end <= 40 or 0 <= m.start - hit.end <= 30
            if m.actor is not None and lo <= m.start < hi and near and _BELONGING.search(self.s.norm_before(m.start, 40)):
                return m.actor
        return None

    @_per_sentence
    def _speech_subjects(self) -> list[Entry]:
        """Who speaks in this sentence: the subject of its said/قال/أعلن, or of a verb taking a
        position on what happened (أدانت, condemned)."""
        out = []
        for h in self.s.triggers:
            if h.trigger.hint == "speech" or (h.trigger.hint == "position" and _CONDEMN.fullmatch(normalize(h.text))):
                who = self._speaker(h)
                if who is not None:
                    out.append(who)
                if self.ctx.article.language == "en":
                    out += [m.actor for m in self._speakers() if m.end <= h.start]
        sub = self._subject_after_speech_verb(len(self.s.text))
        return [*out, sub] if sub is not None else out

    def _perpetrator(self, hit: _TriggerHit, hints: set[str], lo: int = 0, hi: int | None = None,
                     hits: list[_TriggerHit] | None = None) -> tuple[Entry | None, str]:
        """Who struck, and so whether it is an attack or an airstrike.

        The nearest actor before the trigger, else right after it (VSO order); never one that is
        attacked (after على/against/on), one whose people were killed or hurt, or a country named
        as the place. An air or drone strike is done by an air power; an attack by a group (or by
        Iran's missiles): the trigger's hint says which actors to look for first.
        """
        hi = len(self.s.text) if hi is None else hi
        if all(_EXPLOSION.fullmatch(normalize(h.text)) for h in [hit, *(hits or [])]):
            # "explosions were heard near the base": who caused them is told elsewhere, if at all
            agent = [m for m in self._actors() if m.start > hit.end and _AGENT_BY.search(self.s.norm_before(m.start, 12))]
            return (agent[0].actor if agent else None), "attack"
        if self._is_down(hit):
            return self._downer(hit)  # a shoot-down: the aircraft's side was struck
        if self._interceptor([hit, *(hits or [])]) is not False:
            return self._launcher([hit, *(hits or [])]), "attack"  # drones shot down: their launcher attacked
        if self._is_death(hit) and all(self._is_death(h) for h in hits or ()):
            return self._killer(hit), "attack"  # a soldier's death told alone: an attack on his side
        if _UNKNOWN_CRAFT.search(self.s.norm, 0, self.s.norm_pos(hit.end) + 40):
            return None, "airstrike"  # طائرات مجهولة, unidentified aircraft: no striker named here
        if (self.ctx.article.language == "en" and self.ctx.last_violence is not None and self.ctx.last_violence[0] is not None
                and _EN_IT_BEFORE.search(self.s.norm_before(hit.start, 50))
                and not _EN_SAID_IT.search(self.s.norm_before(hit.start, 70))):  # ("X said it launched": X)
            # "On Wednesday, it hit a training camp", "It has also conducted strikes": the striker told before
            side = self.ctx.last_violence[0]
            return side, self._strike_kind(side, hints)
        if (self.ctx.last_violence is not None and self.ctx.last_violence[0] is not None and lo == 0
                and _STRIKES_TOLD_BEFORE.match(self.s.norm) is not None
                and not any(m.start < hit.start for m in self._actors())):
            # "The strikes had hit Hakurk and Kobani": the strikes of the striker told before
            side = self.ctx.last_violence[0]
            return side, self.ctx.last_violence[1]
        owned = self._belonging_striker(hit, lo, hi)
        if owned is not None:
            # الطائرة المسيرة التابعة للجيش التركي, "a drone operated by the IRGC": the weapon's owner struck
            return owned, self._strike_kind(owned, hints)
        # (the strike words of the trigger's clause: "..., amid the rising pace of Iranian attacks on US
        # interests" is the setting, not who struck)
        named = next((a for h in [hit, *(hits or [])] if h is hit or not _SETTING.search(self.s.norm_before(h.start, 60))
                      for a in [self._adjective_actor(h)] if a is not None), None) or self._suspected_nationality()
        if named is not None:
            # غارة أمريكية, هجوم صاروخي تركي, Russian airstrikes: the adjective says who struck
            return named, self._strike_kind(named, hints)
        own = self._speakers_aircraft(hit)
        if own is not None:
            # قالت باريس إن مقاتلاتها من طراز رافال نفذت الغارة: its own aircraft
            return own, "airstrike"
        if self.ctx.article.language != "en" and (
                _AR_ITS_WEAPONS.match(self.s.norm, self.s.norm_pos(hit.end), self.s.norm_pos(hit.end) + 16)
                or _AR_ITS_WEAPONS.search(self.s.norm_before(hit.start, 16))):
            # أعلنت الحكومة أن طائراتها استهدفت: the speaker's aircraft; وقصفت طائراتها قرى: those of
            # the striker told before
            speakers = [e for e in self._speech_subjects() if self.gaz.resolve_actor(e, self.ctx.reference).type
                        in ("military", "government", "state")]
            side = speakers[0] if speakers else self.ctx.last_violence[0] if self.ctx.last_violence else None
            if side is not None:
                return side, self._strike_kind(side, hints)
        # (the cheaper tests first)
        fell = _FELL.search(self.s.norm) is not None
        cands = [m for m in self._actors() if lo <= m.start < hi and m.actor.type not in MEDIA_TYPES
                 # a bare nationality names the striker only on the attack or its weapons (above):
                 # الحدود العراقية, السياح العراقيين are no attackers
                 and not (m.adjective or self._is_nisba(m))
                 and not self._is_victim(m) and not self._is_place_use(m)
                 and not _ATTRIBUTION.search(self.s.norm_before(m.start, 12))
                 and not _SAID_SOURCE.search(self.s.norm_before(m.start, 24))  # وفق ما أعلنت أنقرة
                 and not _ANNOUNCER_BEFORE.search(self.s.norm_before(m.start, 24))  # إعلان سلطات الإقليم
                 and not (m.start > hit.end and self._owns_struck(hit, m))  # استهداف لمقرات حزب: struck
                 # أعلن مسؤول في الحزب أن صواريخ سقطت على مقره: rockets that fell name no one who fired
                 # them, and the speaker's own side is not it
                 and not (fell and m.end <= hit.start and _AFFILIATION.search(self.s.norm_before(m.start, 20))
                          and _FELL.search(self.s.norm, self.s.norm_pos(m.end), hit.norm_start + len(hit.text) + 20))
                 and not self._tells_own_losses(m, hit) and not self._host_country(m) and not self._in_setting(m)]
        # (nor a side whose dead the sentence counts, named again: "... one of the oldest advisers of the IRGC")
        dead = {id(self._side(q.actor)) for q in self._actors() if lo <= q.start < hi
                and self.s.clause_of(q.start) == self.s.clause_of(hit.start) and self._dead_of(q)} if self.s.cue(self.rules, "killed") else set()
        cands = [m for m in cands if id(self._side(m.actor)) not in dead] if dead else cands
        agent = [m for m in cands if m.start > hit.end and (_AGENT_BY.search(self.s.norm_before(m.start, 12))
                                                            or _FIRED_FROM_SIDE.search(self.s.norm_before(m.start, 50)))
                 and m.start - hit.end <= 80 and not _USED_BY.search(
                     self.s.norm[self.s.norm_pos(hit.end) : self.s.norm_pos(m.start)])]
        if not agent:
            # قصف الباغوز من قبل المدفعية الفرنسية, "struck by Turkish drones": the nationality of the
            # guns or aircraft after "by" names the agent
            agent = [m for m in self._actors() if any(h.end < m.start <= h.end + 80 for h in [hit, *(hits or [])])
                     and (m.adjective or self._is_nisba(m))
                     and (_AGENT_BY_FORCE.search(self.s.norm_before(m.start, 40))
                          or _FIRED_FROM_SIDE.search(self.s.norm_before(m.start, 50)) or (
                         _AGENT_BY.search(self.s.norm_before(m.start, 12))
                         and _STRIKER_AFTER.match(self.s.norm, self.s.norm_pos(m.end))))]
        if agent:
            # استهدفت القاعدة من قبل فصائل, "was struck by Turkish drones": the agent struck
            return agent[0].actor, self._strike_kind(agent[0].actor, hints)
        if self.ctx.article.language == "en" and "blam" in self.s.norm and _BLAMED_ON_WORD.search(self.s.norm):
            # "the SDF said the attack hit its base and blamed it on regime-backed mercenaries": the
            # one blamed struck, the one who blames did not
            blamed = [m for m in self._actors() if _BLAMED_ON.search(self.s.norm_before(m.start, 30))]
            if blamed:
                return blamed[0].actor, self._strike_kind(blamed[0].actor, hints)
            cands = [m for m in cands if not self._is_speaker(m.actor)]
        if self.ctx.article.language == "en" and _EN_PASSIVE_BEFORE.search(self.s.norm_before(hit.start, 14)):
            # "the embassy was targeted with rockets": only "by X" names who struck
            agent = [m for m in cands if m.start > hit.end and _BY_END.search(self.s.norm_before(m.start, 8))]
            if not agent:
                own = self._passive_speaker(hit)
                if own is not None:
                    return own, "airstrike"
                return None, "attack" if "airstrike" not in hints else "airstrike"
            cands = agent
        weapon = next((h for h in [hit, *(hits or [])] if self.ctx.article.language == "en"
                       and _EN_WITH_WEAPON.search(self.s.norm_before(h.start, 30))
                       # ("sites were hit with rocket fire": the subject of a passive was struck)
                       and not _EN_PASSIVE_VERB.search(self.s.norm_before(h.start, 60))), None)
        if weapon is not None:
            # "France and its partners hit the militants near Raqqa with eight strikes": the strikes are the
            # instrument of the clause's verb, and its subject, named first, struck
            clause = self.s.clause_of(weapon.start)
            first = [m for m in cands if m.start < weapon.start and self.s.clause_of(m.start) == clause
                     and not _PREPOSITION.search(self.s.norm_before(m.start, 6))]
            # ("U.S., allies target IS with 10 strikes": the comma of the names is no clause of its own)
            first = [m for m in cands if self.s.clause_of(m.start) == clause - 1 and m.start < weapon.start
                     and _EN_JOINED_AFTER.match(self.s.norm, self.s.norm_pos(m.end))] + first
            if first:
                return first[0].actor, self._strike_kind(first[0].actor, hints)
        if _PRONOUN_SUBJECT.search(self.s.norm_before(hit.start, 10)):
            # أعلن الحرس الثوري أنه استهدف, "Iran's Guard said it struck": the speaker struck
            speaker = self._subject_after_speech_verb(hit.start)
            if speaker is None and self.ctx.article.language == "en":
                # "The Israeli army said it struck ...": the subject before the speech verb
                said = [t for t in self.s.triggers if t.trigger.hint == "speech" and t.end <= hit.start]
                speaker = self._speaker(said[-1]) if said else None
            if speaker is not None and (self._attacker_side(speaker) or (
                    speaker.type != "armed_group" and self._side(speaker).name in self.rules.air_powers)):
                return speaker, self._strike_kind(speaker, hints)
        # (the verb of the strike, when the event word is the weapon after it: قصفت القوات الروسية بالصواريخ)
        verb = hit if _VIOLENCE_VERB.fullmatch(normalize(hit.text)) else next(
            (h for h in hits or () if h.start < hit.start and _VIOLENCE_VERB.fullmatch(normalize(h.text))), None)
        if verb is not None and any(
                t is not verb and t.trigger.family == "violence" and 0 <= verb.start - t.end <= 16
                and len(self.s.text[t.end : verb.start].split()) <= 1 and not any(c in self.s.text[t.end : verb.start] for c in ".,،;:")
                # (بعد ذلك الهجوم استهدفت القوات: the attack after which they struck is no subject)
                and not _AFTER_BEFORE.search(self.s.norm_before(t.start, 14))
                for t in self.s.triggers):
            # القصف استهدف قوات أمريكية, "the attack targeted US forces": the event word is the
            # subject, and the side named right after the verb is its object, never the striker
            cands = [m for m in cands if not 0 <= m.start - verb.end <= 30]
        elif verb is not None and self.ctx.article.language != "en" and (svo := [
                m for m in cands if 0 <= verb.start - m.end <= 14 and _SVO_GAP.fullmatch(
                    self.s.norm[self.s.norm_pos(m.end) : self.s.norm_pos(verb.start)])
                # (not the subject of a verb before it: أعلنت خلية الإعلام قصف قرية, the cell announced)
                and not any(0 <= m.start - t.end <= 2 for t in self.s.triggers)]):
            # SVO: إن الولايات المتحدة استهدفت مجموعة مسلحة: the name right before the verb struck, not
            # the one after it
            subject = svo[-1]  # (an air force or aircraft as the subject: an airstrike)
            return subject.actor, "airstrike" if _AIRCRAFT.search(normalize(subject.text)) else self._strike_kind(subject.actor, hints)
        elif verb is not None and not _PRONOUN_SUBJECT.search(self.s.norm_before(verb.start, 8)):
            # VSO: استهدف سلاح الجو الإسرائيلي ...: the subject right after the verb struck (in English
            # the name after the verb is its object: "a drone struck a Coalition base")
            subject = [m for m in cands if 0 <= m.start - verb.end <= 30 and self.ctx.article.language != "en"
                       and not _PREPOSITION.search(self.s.norm_before(m.start, 6))
                       and not any(verb.end <= t.start < m.start for t in self.s.triggers)
                       and not any(c in self.s.text[verb.end : m.start] for c in ".;:!?")
                       and not _WEAPON_SUBJECT.search(self.s.norm[self.s.norm_pos(verb.end) : self.s.norm_pos(m.start)])]
            if subject:
                actor = subject[0].actor
                return actor, self._strike_kind(actor, hints | self._air_named(subject[0]))
            # SVO: تركيا تستهدف منتجعا, إسرائيل قصفت: the name right before the verb struck
            subject = [m for m in cands if 0 <= verb.start - m.end <= 2 and not self.s.text[m.end : verb.start].strip()
                       and not m.weak and not _PREPOSITION.search(self.s.norm_before(m.start, 6))
                       # (أعلنت خلية الإعلام قصف ...: the subject of a speech verb only tells)
                       and not any(t.trigger.family == "political" and 0 <= m.start - t.end <= 3 for t in self.s.triggers)]
            if subject:
                actor = subject[-1].actor
                return actor, self._strike_kind(actor, hints | self._air_named(subject[-1]))

        # قصف الجيش الأمريكي, غارات التحالف: the one named right after a strike noun struck
        owner = [m for h in [hit, *(hits or [])] if _STRIKE_NOUN.fullmatch(normalize(h.text))
                 for m in cands if 0 <= m.start - h.end <= 2 and not m.weak and not self.s.text[h.end : m.start].strip()]
        if owner and self.ctx.article.language != "en":
            actor = owner[0].actor
            return actor, self._strike_kind(actor, hints | self._air_named(owner[0]))
        # "إسرائيل أطلقت رشقة صواريخ", "Israel fired a salvo of missiles": the subject of the firing
        # verb before the weapon struck
        fired = [m for m in cands if 0 < hit.start - m.end <= 30 and not m.weak and _FIRED_BY.match(
            self.s.norm[self.s.norm_pos(m.end) : self.s.norm_pos(hit.start)])]
        if fired:
            actor = fired[-1].actor
            return actor, self._strike_kind(actor, hints)

        def distance(m: _Mention) -> int:
            return hit.start - m.end if m.end <= hit.start else (m.start - hit.end) * 2

        def is_air_power(m: _Mention) -> bool:
            return m.actor.type != "armed_group" and self._side(m.actor).name in self.rules.air_powers

        if "airstrike" in hints:
            # (an armed group flies no warplanes: named near an airstrike, it is what was struck; the
            # one who tells of the strike did not fly it)
            tellers = {id(e) for e in self._speech_subjects()}
            # (nor did the side whose convoy came under it: "a Turkish convoy came under an air
            # strike, the Turkish defence ministry said")
            # (nor the side whose convoy, post or soldiers it hit: "an air strike targeted the Turkish
            # convoy, the Turkish defence ministry said")
            struck = {id(self._side(m.actor)) for m in self._actors() if self._exposed(m) or (
                m.start > hit.end and self._owns_struck(hit, m))}
            cands = [m for m in cands if id(self._side(m.actor)) not in struck]
            pool = [m for m in cands if is_air_power(m)] or [m for m in cands if m.actor.type != "armed_group"
                                                             and id(m.actor) not in tellers]
            if not pool:
                return self._own_air_force(), "airstrike"
            return min(pool, key=distance).actor, "airstrike"
        if "attack" in hints:
            # rockets and drones on a base: an air power named here is the one attacked, and the one
            # who only says so ("the JOC said 22 missiles fell") is a witness, not the attacker
            # (nor a civil government: "the government tries to rein in the factions" names no attacker)
            # an air power as the subject of a verb of carrying out the attack, before or after it
            # (شن الجيش الإسرائيلي هجوما, الجيش الإسرائيلي شن هجوما, "the PKK said Turkey resumed
            # shelling"): it attacked, whoever else the sentence names
            launched = [m for m in cands if is_air_power(m) and 0 <= hit.start - m.end and (
                _EXECUTE_BEFORE.search(self.s.norm_before(m.start, 12)) or self._verb_subject_nationality(m)
                or (hit.start - m.end <= 40 and _EXECUTE_AFTER.match(self.s.norm, self.s.norm_pos(m.end))))]
            # (وكانت الطائرات الروسية، قتلت خمسة مدنيين إثر استهداف; شن العدو الإسرائيلي عدوانا ... لصواريخ العدوان)
            if launched:  # (aircraft as the subject: an airstrike)
                return launched[-1].actor, "airstrike" if _AIRCRAFT.search(normalize(launched[-1].text)) else "attack"
            pool = [m for m in cands if not is_air_power(m) and not (
                self._is_speaker(m.actor) and not self._attacker_side(m.actor))
                and not (self.gaz.resolve_actor(m.actor, self.ctx.reference).type in ("government", "legislature")
                         and not self._attacker_side(m.actor))]
            if not pool:
                # no group named: an air power that is the subject right before the verb struck
                # ("Israel had targeted several sites"), never one only named elsewhere
                pool = [m for m in cands if is_air_power(m) and not self._is_speaker(m.actor)
                        and 0 <= hit.start - m.end <= 12 and self.ctx.article.language == "en"
                        and not any(c in self.s.text[m.end : hit.start] for c in ",;:")]  # ("According to CENTCOM, the rockets")
                if pool:
                    best = min(pool, key=distance).actor
                    return best, self._strike_kind(best, hints - {"attack"})
            return (min(pool, key=distance).actor if pool else None), "attack"
        # a neutral strike word: whoever only reports it (a ministry, a security cell) is a witness,
        # unless it is of a side that strikes (an air power's own announcement, a group's claim)
        if hints:  # (a capture announced by the side that took the city is its own: no witness rule)
            cands = [m for m in cands if not self._is_speaker(m.actor) or is_air_power(m) or self._attacker_side(m.actor)]
        best = min(cands, key=distance) if cands else None
        if best is None:
            return None, "attack"
        return best.actor, self._strike_kind(best.actor, hints) if is_air_power(best) else "attack"

    def _passive_speaker(self, hit: _TriggerHit) -> Entry | None:
        """An air power's military or government telling, in the passive and with no agent, of targets
        that had been struck ("the Israeli army said weapons depots had been struck in Homs"): its own
        strikes. Never what was struck of its own ("its base was hit")."""
        s = self.s
        before = s.norm_before(hit.start, 90)
        subject = _EN_TARGETS_STRUCK.search(before)
        if subject is None or _EN_OWN_BEFORE.search(before, 0, subject.start()):
            return None
        said = [t for t in s.triggers if t.trigger.hint == "speech" and t.end <= hit.start]
        speaker = self._speaker(said[-1]) if said else None
        if speaker is None or speaker.type == "armed_group" or self._side(speaker).name not in self.rules.air_powers:
            return None
        return speaker

    def _tells_own_losses(self, m: _Mention, hit: _TriggerHit) -> bool:
        """A side named before the strike word as the one who tells of it (its official, its
        spokesman, itself speaking) whose own members the strike killed or hurt, as told after the
        strike word: it was struck ("an official of the party said the shelling killed three of the
        party's fighters")."""
        if m.end > hit.start or not (_AFFILIATION.search(self.s.norm_before(m.start, 20)) or self._is_speaker(m.actor)):
            return False
        side = self._side(m.actor)
        return any(o.start > hit.end and self._side(o.actor) is side and _MEMBERS_OF.search(self.s.norm_before(o.start, 10))
                   and (self._is_victim(o) or self._dead_of(o)) and not _ANSWER_TO.search(self.s.norm_before(o.start, 80))
                   for o in self._actors())

    def _is_speaker(self, actor: Entry) -> bool:
        """Whether `actor` is (of the side of) one who speaks in this sentence."""
        on = self.ctx.reference
        root = self.gaz.root(self.gaz.resolve_actor(actor, on).id)
        return any(self.gaz.root(self.gaz.resolve_actor(e, on).id) is root for e in self._speech_subjects())
