"""Arguments: who acted, who was hit, who speaks, whose troops."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .candidate_words import (
    _GROUP_SPEAKS_AFTER,
    _UNNAMED_AFTER,
    _UNNAMED_ANY,
    _UNNAMED_GROUP_AFTER,
    _UNNAMED_SPEAKER,
)
from .context import _per_sentence, country_name
from .hits import _Mention, _TriggerHit
from .rules import (
    _ACCUSED,
    _AGREE_VERB_BEFORE,
    _BACKED,
    _BENEFICIARY,
    _COMPLEMENTIZER,
    _COUNTERPART,
    _DESTINATION,
    _EN_PRONOUN,
    _EN_VERB_AFTER,
    _EXECUTE_AFTER,
    _EXECUTE_BEFORE,
    _FROM_BEFORE,
    _FROM_END,
    _INCLUDING,
    _LED_BY,
    _MADE_IN,
    _MEDIA_WORD,
    _PARTNER,
    _PLACE_CUE,
    _PREPOSITION,
    _ROCKETS_BEFORE,
    _SPEECH_END,
    _SPEECH_VERB,
    _TITLE,
    _TROOP_NOUN_BEFORE,
    _VISITED_BEFORE,
    MEDIA_TYPES,
)

# serving within a coalition: "in the coalition mission", "with the international coalition", ضمن التحالف
_WITHIN = re.compile(r"(?:^|\s)(?:in|with|within|into|ضمن|في اطار|في صفوف|في|مع)\s+(?:the\s+)?(?:(?:international|us-led|global)\s+)?$")
# an ambassador or envoy named with his country (السفير التركي, the Turkish ambassador)
_ENVOY_BEFORE = re.compile(r"(?:^|\s)(?:السفير|سفير|سفيره|القايم بالاعمال|القايم باعمال|المبعوث)\s+$")
_SUMMONED = prefiltered(re.compile(r"استدع|summon|called in"))
_ENVOY_AFTER = re.compile(r"(?:'s)?\s+(?:ambassador|envoy|charg[eé] d'affaires)\b")
# the side that held a site: "a site held by coalition forces", موقعا كانت تشغله قوات التحالف
_HELD_BY_BEFORE = re.compile(r"(?:تشغله|تشغلها|يشغله|يشغلها|held by|occupied by|used by)\s+(?:\S+\s+)?$")
# a verb of receiving a base: the host receives it from the side that leaves
_RECEIVE_VERB = re.compile(r"[وف]?(?:تسلمت|تسلم|استلمت|استلم|استلام)")
# a verb of leaving: the name right after it is the place left (غادرت سوريا)
_LEAVE_VERB = re.compile(r"[وف]?(?:غادر|غادرت|غادروا|يغادر|تغادر|ستغادر|سيغادر)")
# English: a speech verb whose subject the page leaves unnamed ("a Kurdish official at the talks
# claimed", "military analysts have said")
# a participle of saying or denying that goes on with the sentence's subject (نافية, مؤكدا, مشيرا)
_SPEECH_PARTICIPLE = re.compile(r"[وف]?(?:نافي|نافيه|نافيا|نافين|مؤكدا|موكدا|موكده|مشيرا|مشيره|موضحا|موضحه|مضيفا|مضيفه|معتبرا|معتبره|محذرا|محذره)")
# a pronoun between quoted words and their verb ('"...," he added')
_PRONOUN_TELLER = re.compile(r"[\s,]*(?:he|she|it|they)\s+(?:also\s+)?", re.IGNORECASE)
# words quoted at the start of a sentence, up to the closing mark ("...," he said)
_QUOTED_BEFORE = re.compile(r'\s*["“][^"”]{3,}["”]')
# the one a charge, a campaign or a call is against (ضد الحشد, بحق): its object, never the speaker
_AGAINST_BEFORE = re.compile(r"(?:^|\s)(?:ضد|بحق)\s+$")
_EN_UNNAMED_SAID = re.compile(r"(?:^|\s)(?:(?:an?|one|some|several|many)(?:\s+[^\s\"“”,]+){1,3}|(?:the\s+)?(?:[a-z]+\s+)?sources?|analysts|experts|police"
                              r"|observers|residents|witnesses|activists)(?:\s+[^\s\"“”,]+){0,4}?\s+(?:said|says|claimed|claims"
                              r"|told|added)\b")
# English: a name after a preposition is not the subject of a speech verb ("training for the Iraqi
# forces, the chief said"); a nationality before a media word is the outlet's ("Saudi news channel")
_EN_OBJECT = re.compile(r"(?:^|\s)(?:for|to|of|with|against|on|by|from|at|in|into|toward|towards|facing|fighting|battling"
                        r"|combating|combatting)\s+(?:the\s+)?$")
# "a statement from the presidency", "a spokesman for the ministry": the one after the preposition speaks
_EN_SPEAKER_OF = re.compile(r"\b(?:statement|statements|spokesman|spokeswoman|spokesperson|announcement|officials?)\s+"
                            r"(?:from|for|of|by)\s+(?:the\s+)?$")
_EN_MEDIA_AFTER = re.compile(r"\s*(?:state\s+|state-run\s+|official\s+)?(?:news|media|television|tv|channel|"
                             r"agency|newspaper|outlet|broadcaster|daily|press|website)\b")



# a verb in a clause about a statement or letter named before it (بيانا طالب فيه الحكومة, "in which he
# asked"): the name after is the one addressed, the author stands before
_IN_WHICH = re.compile(r"\s+(?:فيه|فيها|خلاله|خلالها|به|بها)(?=\s)")

# handed "to" someone: the recipient (تسليمها للقوات العراقية, handed over to Iraqi forces), not the owner
_RECIPIENT = re.compile(r"(?:(?:^|\s)(?:الي|to|for)\s*|(?:^|\s)[وف]?(?:ل|لل))$")


_PATRON_AFTER = re.compile(r"-(?:based|backed|aligned|funded|sponsored|linked|allied)\b", re.I)


# a handover: the one it goes to (ل, إلى, to) is the recipient, not the one withdrawing
_HANDOVER = prefiltered(re.compile(r"سلم|تسليم|تسلم|handed|handing|handover|hand over|transferr?ed|transfer"))


# a clitic preposition glued before a name (بالعراق, لبغداد), or a conjunction or comma joining it
# to a name before it
_PREPOSITION_CLITIC = re.compile(r"(?:^|\s)[وف]?[بل]$")
_JOINED_END = re.compile(r"(?:\s[وف]|,\s*|\sand\s|\sor\s)$")
_AND_END = re.compile(r"(?:^|\s)(?:و|and|,)\s*$")
_BETWEEN = prefiltered(re.compile(r"(?:^|\s)(?:بين|between)\s"))
_POSSESSIVE = re.compile(r"'s\b")
# a side that only saw what happened (observed, رصدت)
_WITNESS_AFTER = re.compile(r"\s+(?:\S+\s+)?(?:observed|spotted|saw|monitored|witnessed)\s")
# a side investigating what happened (تقود التحقيق, "is leading the investigation") or searching for
# those who did it
_INVESTIGATING_AFTER = re.compile(r"\s+(?:(?:تقود|تجري|يجري|يقود|فتحت|فتح|باشرت)\s+(?:ال)?تحقيق|(?:تحقق|يحقق)\s+في"
                                  r"|(?:is|are|was|were)\s+(?:leading|conducting)\s+(?:the|an)\s+investigation"
                                  r"|(?:is|are|was|were)\s+investigating|opened\s+an\s+investigation"
                                  # (or searching for those who fired: اغلقت المنطقة بحثا عن مطلقي الصواريخ)
                                  r"|(?:\S+\s+){0,9}?(?:بحثا عن|تبحث عن|يبحث عن|searching for|hunting for|in search of)\s+"
                                  r"(?:ال)?(?:مطلقي|منفذي|المهاجمين|مهاجمين|المنفذين|the attackers|the perpetrators|those who))(?!\w)")
_AGAINST_PREFIX = re.compile(r"(?:^|[\s(])(?:anti|counter)-$", re.IGNORECASE)
_THE_ONLY = re.compile(r"(?:the\s+)?$")

# the countries that host the foreign forces: where a statement on them is placed when nothing else says
_HOSTS = frozenset({"IQ", "SY", "JO"})


# the one whose approval a move waits for
_APPROVER_AFTER = re.compile(r"(?:'s|’s)?\s+(?:approval|permission|consent|green light|go-ahead)\b")
_APPROVER_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:موافقه|اذن|اذنا|approval of|permission from|consent of)\s+(?:ال)?$")


class ActorsMixin:
    # -- actors
    def _actors(self) -> list[_Mention]:
        """Mentions that can be actors. A name that is also a country or city (سوريا, بغداد) acts
        only as the subject of a verb or at the head of the sentence; elsewhere it is a place."""
        if self._actor_cache is not None:
            return self._actor_cache
        out = self._actor_cache = []
        for m in self.s.mentions:
            if m.actor is None:
                continue
            if m.place is not None and _VISITED_BEFORE.search(self.s.norm_before(m.start, 16)):
                continue  # "the minister who visited Baghdad": the place visited, not a party
            if (m.adjective or m.actor.type == "state") and _MADE_IN.match(self.s.norm, self.s.norm_pos(m.end)):
                continue  # صواريخ إيرانية الصنع, "Iranian-made rockets": where they were made, no party
            if _AGAINST_PREFIX.search(self.s.text, max(0, m.start - 6), m.start):
                continue  # "anti-Assad fighters", "counter-ISIS forces": the side they oppose, no party
            if (m.adjective or m.actor.type == "state") and _ROCKETS_BEFORE.search(self.s.norm_before(m.start, 16)):
                continue  # نفذ الهجوم بصواريخ إيرانية: where the rockets came from, neither who fired nor who was hit
            if _WITNESS_AFTER.match(self.s.norm, self.s.norm_pos(m.end)):
                continue  # "US forces observed several drones conducting airstrikes": a witness, no party to it
            if _INVESTIGATING_AFTER.match(self.s.norm, self.s.norm_pos(m.end)):
                continue  # قوات الأمن العراقية تقود التحقيق في الهجوم: the side that investigates, not a party to it
            if (self.s.text.startswith("-", m.end) and _PATRON_AFTER.match(self.s.text, m.end)) or (
                    _BACKED.search(self.s.norm_before(m.start, 22)) and not any(  # (a strike word right after)
                        m.start <= t.start and t.start - m.end <= 1 and t.trigger.family == "violence" for t in self.s.triggers)) or (
                    _LED_BY.search(self.s.norm_before(m.start, 16)) and any(
                        q.actor is not None and 0 <= m.start - q.end <= 22 for q in self.s.mentions if q is not m)):
                # ("backed by US airstrikes": the nationality of the strikes struck)
                # (the leader of a named actor, التحالف بقيادة الولايات المتحدة, is not the actor)
                continue  # "a U.K.-based monitor", "Iran-backed groups", المدعومة من إيران: not a party
            if m.place is not None and m.place.geo_precision in ("country", "city") and not (
                    self._is_subject(m) or m.start <= 3 or _ACCUSED.search(self.s.norm_before(m.start, 30))
                    or (m.place.geo_precision == "city" and _COUNTERPART.search(self.s.norm_before(m.start, 12)))
                    or (m.place.geo_precision == "country" and _TROOP_NOUN_BEFORE.search(self.s.norm_before(m.start, 14)))):
                continue
            out.append(m)
        return out

    def _is_place_use(self, m: _Mention) -> bool:
        """A country or city named after في/إلى/in/to (or joined by و/and to one that is) is a place,
        not an actor."""
        if m.place is None:
            return False
        before = self.s.norm_before(m.start, 12)
        if m.place.geo_precision in ("city", "site", "region") and any(
                t.trigger.family == "violence" and 0 <= m.start - t.end <= 2 for t in self.s.triggers):
            return True  # هجوم أربيل, "the Erbil attack": the place struck (a town attacks no one)
        if _DESTINATION.search(self.s.norm_before(m.start, 24)) or _PLACE_CUE.search(before) or _PREPOSITION_CLITIC.search(
                self.s.norm_before(m.start, 3)):  # (عاصمة إقليم كوردستان: a place)
            return True
        if _JOINED_END.search(" " + self.s.norm_before(m.start, 6)):
            prev = [p for p in self.s.mentions if p.end <= m.start and m.start - p.end <= 6 and p.place is not None]
            return bool(prev) and self._is_place_use(prev[-1])
        return False

    def _is_subject(self, m: _Mention) -> bool:
        """A mention right after a verb trigger or a speech verb is the subject (VSO order), and one
        right before a verb of carrying out (إسرائيل نفذت هجوما, Israel carried out strikes)."""
        if _EXECUTE_AFTER.match(self.s.norm, self.s.norm_pos(m.end)) or _EXECUTE_BEFORE.search(
                self.s.norm_before(m.start, 12)):
            return True
        for t in self.s.triggers:
            if 0 <= m.start - t.end <= 3 and t.trigger.family in ("political", "violence", "troops") and not (
                    self.ctx.article.language == "en" and t.trigger.event_type == "withdrawal"):
                return True  # (in English the name after a verb of leaving is the place left: "leaving Syria")
        if self.ctx.article.language == "en":
            n1 = self.s.norm_pos(m.end)
            # (not across a comma: "troops from Syria, officials said" names no speaker)
            return bool(_EN_VERB_AFTER.match(self.s.norm, n1) or _POSSESSIVE.match(self.s.norm[n1 : n1 + 3])) or any(
                0 <= t.start - m.end <= 12 and not any(c in self.s.text[m.end : t.start] for c in ",;:")
                for t in self.s.triggers)
        if any(0 <= t.start - m.end <= 3 and t.trigger.family in ("political", "violence", "troops")
               and t.trigger.hint != "speech" and not self.s.text[m.end : t.start].strip() for t in self.s.triggers):
            return True  # SVO: بغداد تنفي, العراق يدين, تركيا قصفت
        if _AGREE_VERB_BEFORE.search(self.s.norm_before(m.start, 14)):
            return True  # توصل العراق وإيران إلى اتفاق: who agreed
        first = next((q for q in self.s.mentions if q.actor is not None and q.place is not None and 0 < m.start - q.end <= 3
                      and self.s.text[q.end : m.start].strip() == "و"), None)
        if first is not None and _AGREE_VERB_BEFORE.search(self.s.norm_before(first.start, 14)):
            return True  # (and the one joined to it: وإيران)
        return bool(_SPEECH_END.search(self.s.norm_before(m.start, 14)))

    def _partner(self, m: _Mention) -> bool:
        """The other side of مع/with, or either side of بين ... و / between ... and."""
        if _PARTNER.search(self.s.norm_before(m.start, 8)):
            return True
        window = self.s.norm_before(m.start, 40)
        between = list(_BETWEEN.finditer(window))
        if not between:
            return False
        n_from = self.s.norm_pos(m.start) - len(window) + between[-1].end()
        return not any(n_from <= t.norm_start < self.s.norm_pos(m.start) for t in self.s.triggers)

    def _speakers(self) -> list[_Mention]:
        if self._speaker_cache is None:
            self._speaker_cache = self._find_speakers()
        return self._speaker_cache

    def _find_speakers(self) -> list[_Mention]:
        return [m for m in self._actors() if m.actor.type not in MEDIA_TYPES and not self._is_place_use(m)
                and not _INCLUDING.search(self.s.norm_before(m.start, 20))  # بما في ذلك روسيا: an addressee
                and not _AGAINST_BEFORE.search(self.s.norm_before(m.start, 8))  # وجهت الاتهام ضد الحشد: the accused
                # (استدعت السفير التركي, "summoned the Turkish ambassador": the envoy's country is the object)
                and not (_SUMMONED.search(self.s.norm_before(m.start, 40)) and (
                    _ENVOY_BEFORE.search(self.s.norm_before(m.start, 20)) or _ENVOY_AFTER.match(self.s.norm, self.s.norm_pos(m.end))))
                and not (m.adjective and any(0 <= m.start - t.end <= 2 for t in self.s.triggers))
                and not self._outlet_nationality(m)
                and not (self.ctx.article.language == "en" and _EN_OBJECT.search(self.s.norm_before(m.start, 14))
                         and not _EN_SPEAKER_OF.search(self.s.norm_before(m.start, 30)))
                and not self._partner(m)]

    def _outlet_nationality(self, m: _Mention) -> bool:
        """The nationality of an outlet (وكالة مهر الإيرانية, "Iranian state media"): no party."""
        return (m.adjective or self._is_nisba(m)) and bool(_MEDIA_WORD.search(self.s.norm_before(m.start, 40))
                                    or _EN_MEDIA_AFTER.match(self.s.norm, self.s.norm_pos(m.end)))

    def _subject_after_speech_verb(self, pos: int, same_clause: bool = False) -> Entry | None:
        """The actor named right after the last speech verb before `pos` (أعلن البنتاغون، قال ...)."""
        s = self.s
        verbs = [m for m in _SPEECH_VERB.finditer(s.norm, 0, s.norm_pos(pos))]
        for v in reversed(verbs):
            start = s.offsets[v.end()] if v.end() < len(s.offsets) else len(s.text)
            if same_clause and s.clause_of(s.offsets[v.start()]) != s.clause_of(pos):
                continue
            after = [m for m in self._speakers() if 0 <= m.start - start <= 45 and m.start < pos
                     and not self._said_between(start, m.start)]
            if after:
                return after[0].actor
        return None

    def _side(self, actor: Entry) -> Entry:
        """The top of the actor's chain; a person stands for the institution they speak for."""
        return self.gaz.root(self.gaz.resolve_actor(actor, self.ctx.reference).id)

    def _said_at(self, pos: int) -> int | None:
        """Where what was said begins after `pos`: a word opening it (أن, that) or a quotation."""
        s = self.s
        found = _COMPLEMENTIZER.search(s.norm, s.norm_pos(pos))
        return s.offsets[min(found.start(), len(s.offsets) - 1)] if found is not None else None

    def _said_between(self, a: int, b: int) -> bool:
        """"ذكرت المعلومات أن التحالف ...", «قال لصحافيين: "سأبحث مع رئيس الوزراء"»: what was said begins
        between two offsets, so a name after it is in the report, not its speaker."""
        said = self._said_at(a)
        return said is not None and said < b

    def _first_conjunct(self, m: _Mention) -> _Mention:
        """"Iraq and the coalition agreed": the first of two actors joined by و/and."""
        before = [p for p in self._speakers() if p.end <= m.start and m.start - p.end <= 8]
        if before and _AND_END.search(" " + self.s.norm_before(m.start, 6)):
            return self._first_conjunct(before[-1])
        return m

    def _speaker(self, hit: _TriggerHit) -> Entry | None:
        """Who denies, states or agrees: the subject right after the trigger verb (نفى العراق), else
        the subject of the speech verb before it (أعلن السوداني ... تشكيل لجنة), else the speaker of
        the sentence before when this one names nobody (وأشار إلى ...)."""
        speakers = self._speakers()
        if _UNNAMED_AFTER.match(self.s.norm, self.s.norm_pos(hit.end)) or (
                self.ctx.article.language != "en" and _UNNAMED_GROUP_AFTER.match(self.s.norm, self.s.norm_pos(hit.end))):
            # قال أحد سكان القرية لوكالة ..., "a resident told AFP", هددت فصائل عراقية: no party named speaks
            return None
        if self.ctx.article.language != "en" and _GROUP_SPEAKS_AFTER.match(self.s.norm, self.s.norm_pos(hit.end)):
            # وأوضحت الفصائل أن ...: the armed group named just before, or none named
            group = self.ctx.last_group
            return group[0] if group is not None and len(self.ctx.told) - group[1] <= 2 else None
        if self.ctx.article.language != "en" and _SPEECH_PARTICIPLE.fullmatch(normalize(hit.text)):
            # أكدت الوزارة أن ...، نافية: a participle goes on with the subject of the verb before it
            before = [t for t in self.s.triggers if t.trigger.family == "political" and t.end <= hit.start
                      and not _SPEECH_PARTICIPLE.fullmatch(normalize(t.text))]
            who = self._speaker(before[-1]) if before else None
            if who is not None:
                return who
        if self.ctx.article.language == "en":
            # (not a name inside the words quoted before the verb: '"... Iraqi security forces' gains,"
            # he added': the one who adds is "he")
            quoted = _QUOTED_BEFORE.match(self.s.text)
            before = [m for m in speakers if m.end <= hit.start and not (quoted and m.end <= quoted.end() <= hit.start)]
            if quoted and not before and quoted.end() <= hit.start and _PRONOUN_TELLER.fullmatch(
                    self.s.text[quoted.end() : hit.start]):
                return self.ctx.last_speaker  # '"...," it said': the speaker of the sentence before
            if before:
                head = before[0] if _THE_ONLY.match(self.s.norm[: self.s.norm_pos(before[0].start)]) else None
                return (head or self._first_conjunct(before[-1])).actor
            if _EN_PRONOUN.match(self.s.norm):
                return self.ctx.last_speaker  # "It said ...", "He added ..."
            if self._unnamed_speech(hit):
                return None  # "analysts said", "a Kurdish official claimed that X ...": X only is spoken of
        # the subject of a speech verb earlier in the clause speaks for the whole clause
        # (أعلنت الكتائب ... تعليق عملياتها ضد القوات الأمريكية)
        verb_subject = self._subject_after_speech_verb(hit.start, same_clause=True)
        if verb_subject is not None:
            return verb_subject
        # else the subject right after the trigger verb (نفى العراق), never a prepositional object;
        # in English only right after it ("said the Pentagon"): further on it is the object
        reach = 12 if self.ctx.article.language == "en" else 45
        after = [m for m in speakers if 0 <= m.start - hit.end <= reach
                 and not any(hit.end <= t.start < m.start for t in self.s.triggers)
                 and not _PREPOSITION.search(self.s.norm_before(m.start, 8))
                 and not self._said_between(hit.end, m.start)
                 and not _IN_WHICH.match(self.s.norm, self.s.norm_pos(hit.end))
                 and not (m.adjective and not _TITLE.search(self.s.norm_before(m.start, 24)))]
        if after:
            return after[0].actor
        found = self._subject_after_speech_verb(hit.start)
        if found is not None:
            return found
        subject = [m for m in speakers if 0 <= hit.start - m.end <= 3 and not m.adjective]
        if subject and self.ctx.article.language != "en" and self.s.norm_before(hit.start, 1) not in ("ل", "ب"):
            # (not before a noun joined to a preposition: توصل بوتين ونظيره أردوغان لمذكرة تفاهم)
            return subject[-1].actor  # العراق يدين, السلطات العراقية تنفي: the subject before its verb
        if _UNNAMED_SPEAKER.search(self.s.norm_before(hit.start, 60)) or _UNNAMED_SPEAKER.match(
                self.s.norm, self.s.norm_pos(hit.end)):
            return None  # عبر وجهاء الطائفة, قال سكان, "residents said": a speaker the page names, no party
        if not speakers or (self.ctx.article.language != "en" and hit.start <= 12):
            return self.ctx.last_speaker  # وأشار إلى ..., وأضاف ...: the speaker of the sentence before
        clause = self.s.clause_of(hit.start)
        before = [m for m in speakers if m.end <= hit.start and self.s.clause_of(m.start) == clause]
        said = self._said_at(hit.end)
        if not before and said is not None and not any(
                m.actor is not None and hit.end <= m.start < said for m in self.s.mentions):
            # وكان الوزير، فلان، قد قال، أمس، إن ...: what follows the verb is what was
            # said, so its subject stands before it, across the commas of an apposition
            before = [m for m in speakers if m.end <= hit.start and not m.adjective
                      and not _PREPOSITION.search(self.s.norm_before(m.start, 8))]
        return before[-1].actor if before else None  # وكان رئيس الوزراء ... قد دعا: subject first

    def _unnamed_speech(self, hit: _TriggerHit) -> bool:
        """A speech verb whose subject the page leaves unnamed and no party ("analysts said", "a
        Kurdish official claimed", مصادر أهلية أكدت)."""
        if self.ctx.article.language != "en":
            # مصادر أهلية كذبت الرواية وأكدت ..., نقلت عن سكان: the unnamed subject before the verb
            # (with no party named between) or right after it
            n0 = self.s.norm_pos(hit.start)
            who = _UNNAMED_ANY.search(self.s.norm, max(0, n0 - 60), n0)
            return _UNNAMED_AFTER.match(self.s.norm, self.s.norm_pos(hit.end)) is not None or (
                who is not None and self._adjacent_speaker(hit) is None and not any(who.end() <= self.s.norm_pos(m.start) < n0 and not (m.adjective or m.weak_actor)
                                            for m in self._speakers()))  # (كذبت الرواية الأمريكية: its object)
        end = self.s.norm_pos(hit.end)
        said = _EN_UNNAMED_SAID.search(self.s.norm, max(0, end - 90), end)
        # (unless a party is named in the subject: "a senior US official said")
        return said is not None and not any(said.start() <= self.s.norm_pos(m.start) < said.end()
                                            for m in self._speakers())

    def _first_actor(self) -> Entry | None:
        speakers = self._speakers()
        return speakers[0].actor if speakers else self.ctx.last_speaker

    def _seat(self, actor: Entry | None, own_first: bool = False) -> _Mention | None:
        """Where a statement or agreement is placed: the first place the sentence names, else the
        speaker's country when the gazetteer has it, else (a coalition, an organisation, a state of
        another region) the country of the page's news told before it."""
        named = self._places_country_ok()
        if named is not None and not own_first:
            return named
        if actor is not None:
            on = self.ctx.reference
            root = self.gaz.root(self.gaz.resolve_actor(actor, on).id)
            name = country_name(self.gaz, root.country or actor.country)
            place = self.gaz.get(name, kind="place") if name else None
            if place is not None:
                return _Mention(0, 0, "", None, place)
        return named or self._news_country()

    def _news_country(self) -> _Mention | None:
        """The host country (Iraq, Syria, Jordan) of the last strike or move the page placed before
        this sentence."""
        for _, found in reversed(self.ctx.told):
            for ev in reversed(found):
                if ev.event_type in ("statement", "denial", "agreement") or not ev.location:
                    continue
                place = self.gaz.get(ev.country, kind="place") if ev.country else None
                if place is not None and place.country in _HOSTS:
                    return _Mention(0, 0, "", None, place)
        return None

    def _other_party(self, actor: Entry | None, pos: int) -> Entry | None:
        others = [m for m in self._actors() if m.actor.type not in MEDIA_TYPES
                  and (actor is None or self._side(m.actor) is not self._side(actor))]
        after = [m for m in others if m.start >= pos]
        pool = after or others
        return pool[0].actor if pool else None

    def _payer(self, pos: int) -> Entry | None:
        """Money "from" someone (من الصندوق الأمريكي, from Washington): the one who pays."""
        for m in self._actors():
            if m.start > pos and m.start - pos <= 60 and _FROM_BEFORE.search(self.s.norm_before(m.start, 20)):
                return m.actor
        return None

    @_per_sentence
    def _deniers(self) -> set[str]:
        """Who denies in this sentence: never the one whose troops move ("Iraq denied the arrival
        of any additional forces")."""
        out = set()
        for h in self.s.triggers:
            if h.trigger.event_type == "denial":
                who = self._speaker(h)
                if who is not None:
                    out.add(who.id)
        return out

    def _verb_subject(self, hit: _TriggerHit) -> Entry | None:
        """VSO: the state or force named right after a movement verb moves its own troops (سحبت
        تركيا بعض قواتها, أرسلت واشنطن)."""
        verb = normalize(hit.text)
        leave = _LEAVE_VERB.fullmatch(verb) is not None
        if _RECEIVE_VERB.fullmatch(verb):
            # تسلمت القوات العراقية القاعدة من التحالف: the host receives, the one it is taken "from" left
            return next((m.actor for m in self._actors() if m.start > hit.end and (
                _FROM_BEFORE.search(self.s.norm_before(m.start, 20)) or _HELD_BY_BEFORE.search(self.s.norm_before(m.start, 20)))),
                None)  # (or the side that held it: موقعا كانت تشغله قوات التحالف)
        for m in self._actors():
            if 0 <= m.start - hit.end <= 3 and m.actor.type in ("state", "government", "military", "coalition") and (
                    not m.adjective) and self.ctx.article.language != "en" and not (leave and m.place is not None):
                return m.actor  # (غادرت سوريا: the country left, not who left)
        return None

    def _host(self, actor: Entry) -> bool:
        """An actor of the country where the sentence's places lie: in a handover (تسليم الموقع إلى
        الجانب العراقي, handed the base to Iraqi forces) the host receives, whatever the grammar."""
        if not actor.country:
            return False
        last = self.ctx.last_troop_place
        return any(m.place is not None and m.place.country == actor.country and m.place.geo_precision != "country"
                   for m in self.s.mentions) or (last is not None and last.place.country == actor.country)

    def _owner(self, pos: int, exclude: set[str] | None = None) -> Entry | None:
        """Whose troops or money: an adjective or forces named right at the number or trigger
        (1500 جندي أمريكي, القوات الأمريكية), else the actor named before it (the subject), else
        after it; never the destination (إلى العراق, in Syria), a partner (مع), or a beneficiary
        (لتدريب القوات العراقية, to train Iraqi forces)."""
        s = self.s
        handover = bool(s.search(_HANDOVER))
        cands = [m for m in self._actors() if m.actor.type not in MEDIA_TYPES and m.actor.type not in ("armed_group", "legislature")
                 and not self._is_place_use(m) and not _PARTNER.search(s.norm_before(m.start, 8))
                 and not (handover and (_RECIPIENT.search(s.norm_before(m.start, 6)) or self._host(m.actor)))
                 and self.gaz.resolve_actor(m.actor, self.ctx.reference).type not in MEDIA_TYPES
                 and not _BENEFICIARY.search(s.norm_before(m.start, 30))
                 and not (m.place is not None and _FROM_END.search(s.norm_before(m.start, 8)))
                 # ("waiting for Baghdad's approval to deploy", بانتظار موافقة بغداد: who approves, not who moves)
                 and not _APPROVER_AFTER.match(s.norm, s.norm_pos(m.end)) and not _APPROVER_BEFORE.search(s.norm_before(m.start, 16))]
        if not cands:
            return self.ctx.last_owner or self.ctx.last_forces
        cands = [m for m in cands if not (m.adjective and _MEDIA_WORD.search(s.norm_before(m.start, 40)))
                 and not (exclude and m.actor.id in exclude)]
        # "Canadian forces in the coalition mission", الجنود الفرنسيون ضمن التحالف: the coalition they
        # serve in frames a member's own troops or money, it does not own them
        members = [m for m in cands if m.actor.type != "coalition"
                   and self.gaz.resolve_actor(m.actor, self.ctx.reference).type in ("state", "military")]
        if members:
            cands = [m for m in cands if not (m.actor.type == "coalition" and _WITHIN.search(s.norm_before(m.start, 24)))]
        if not cands:
            return self.ctx.last_owner or self.ctx.last_forces
        close = [m for m in cands if (-30 <= m.start - pos <= 0 or (0 <= m.start - pos <= 25 and (
                     m.adjective or m.actor.type in ("military", "coalition"))))
                 and m.actor.type in ("military", "coalition", "state") and (m.adjective or m.actor.type != "state")]
        if close:
            return min(close, key=lambda m: abs(m.start - pos)).actor
        before = [m for m in cands if m.end <= pos]
        if before:
            return before[-1].actor
        same = [m for m in cands if s.clause_of(m.start) == s.clause_of(pos)]
        return same[0].actor if same else (self.ctx.last_owner or self.ctx.last_forces or cands[0].actor)

    # -- numbers and status
