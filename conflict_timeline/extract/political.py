"""Candidates: statements, denials and agreements (who speaks, for whom, and when a speech only
retells an event)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Entry
from ..schema import Event
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .candidate_words import _CAUSE_BEFORE, _UNNAMED_AFTER, _UNNAMED_BEFORE
from .hits import _TriggerHit
from .persons import named_speaker
from .rules import (
    _AGREE_VERB_BEFORE,
    _CONDEMN,
    _HABITUAL_ADVERB,
    _OUTLET_BEFORE,
    _OUTLET_SUBJECT,
    _PREPOSITION,
    _QUOTED,
    MEDIA_TYPES,
    SPEAKER_TYPES,
)

# أن, إن, بأن right before a name: what follows is what was said
_THAT_END = re.compile(r"(?:^|\s)[وف]?(?:ان|بان|انه)\s+[\x22]?$")
# a pronoun or name-less subject right before an English speech verb ("it said", "he says")
_EN_SUBJECT_BEFORE = re.compile(r"\b(?:it|he|she|they|we|i|which|who)\s+$")
# a time or an adverb between an English subject and its verb ("on Tuesday", "also", "later")
_EN_TIME_BETWEEN = re.compile(r"\s+(?:(?:on|late on|early on|earlier on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                              r"(?:\s+(?:night|morning|evening))?|yesterday|today|also|later|earlier|again|swiftly|quickly)\s+", re.I)
# English: a verb of agreeing right after the second of two parties
_EN_AGREE_AFTER = re.compile(r"\s+(?:\S+\s+)?(?:signed|agreed|reached|concluded|struck)\b")
# English: the unnamed who deny ("local sources denied", "residents denied")
_EN_UNNAMED_DENIER = re.compile(r"\b(?:local sources|sources|residents|locals|villagers|witnesses|activists)\s+(?:\S+\s+){0,2}$")
# a stance in a said-sentence: a call, a demand, a warning, a threat, a rejection, a condemnation
_STANCE = re.compile(r"(?:^|\s)[وف]?(?:ب|ل|س)?(?:يجب|ضروره|نرفض|يرفض|ترفض|رفض|لن|نطالب|يطالب|تطالب|طالب|دعا|دعت|يدعو|"
                     r"تدعو|حذر|يحذر|تحذر|يدين|تدين|ادان|انتهاك|سياده|السياده|احتلال|الاحتلال|عدوان|العدوان|"
                     r"قانوني|القانوني|اللاقانوني|شرعي|الشرعي|رد|الرد|ردا|نرد|ترد|يرد|بقاء|يبقي|تبقي|نبقي|يظل|تظل|"
                     r"نواصل|يواصل|تواصل|توعد|وعد|تعهد|الخيارات|خيارات|تغيير|تتغير|يتغير|must|should|reject|warn|demand|"
                     r"call(?:s|ed)? (?:on|for)|urg|condemn|sovereign|violat|illegal|occupation|aggression|"
                     r"retaliat|respon|self-defen|no plans|not planning|will not|won't|pledg|vow|remain|stay|"
                     r"continue|options|no change|change|not a real|not a withdrawal|"
                     # judging attacks: "unacceptable", "put the troops at risk", "does not seek escalation"
                     r"unacceptable|tolerat|at risk|endanger|escalat|does not seek|do not seek|not seeking|"
                     r"مقبول|مقبوله|مرفوض|مرفوضه|نتسامح|يتسامح|تتسامح|تصعيد|التصعيد|يهدد|تهدد|نسعي|يسعي|تسعي|"
                     # judging what happened: "did not consider the injuries serious", واصفا الهجوم بـ
                     r"consider|regard|describ|اعتبر|يعتبر|تعتبر|معتبرا|معتبره|(?:وصف|يصف|تصف)(?:ت|ه|ها|هم|وا)?(?!\S)|واصف|"
                     # what the attacks mean for a truce or a process: "means the truce is over"
                     r"end of the (?:peace|cease|truce)|ended the (?:cease|truce|peace)|peace process|cease-?fire|truce|"
                     r"عمليه السلام|الهدنه|وقف اطلاق النار)")


# a contrast right before a speaker or a speech verb: إلا أن الخارجية التركية قالت, "but Moscow said"
_CONTRAST_BEFORE = re.compile(r"(?:^|\s)(?:الا ان|غير ان|لكن|ولكن|بينما|فيما|في حين|however|but|while|whereas)\s*,?\s*$")


_OFFICIAL_BEFORE = re.compile(r"(?:^|\s)(?:مسوول|مسوولون|مسوولين|المسوول|officials?)\s+(?:\S+\s+)?$")
# words of condolence, tribute and the families of the dead
_CONDOLENCE = prefiltered(re.compile(r"(?:^|\s)(?:(?:his|her|their|the soldier's|the soldier’s)\s+family|families\s+(?:had|have|were|was)\s+(?:been\s+)?"
                                     r"(?:informed|notified)|next of kin|condolences?|mourns?|mourned|tributes?|eulogy|gifted"
                                     r"|[وفل]?عايل(?:ه|ات)\s+(?:القتيل|الجندي|الضحيه|الضحايا|الشهيد|القتلي)|عايلته|عايلتها|ذويه|ذويهم"
                                     r"|تعازي|التعازي|تعازيها|تعازيه|العزاء|نعت|نعي)(?=\s|$|[.,،])"))


# what an account of a strike tells: the air defences that met it, its wreckage, where it came from
# (not its damage: "all is well, the damage is being assessed" judges it)
_INCIDENT_DETAIL = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:دفاعات|الدفاع الجوي|تتصدي|تصدت|تصدي|التصدي|اعترضت|اعتراض"
                              r"|حطام|شظايا|انفجار|انفجارات|دوي|اطلقت من|انطلقت من|منصه|منصات|التي اطلقت|الذي اطلق)(?=\s|$|[.,،])"
                              r"|\b(?:air defen[cs]es?|intercept\w*|debris|wreckage|shrapnel|explosions?"
                              r"|launched from|fired from|launchers?|launch(?:ing)? (?:site|pad|point)s?|(?:that|which) fired)\b")


# what a speaker said to: لوكالة, "to Reuters"
_TO_BEFORE_NAME = re.compile(r"(?:^|\s)to\s+$|(?:^|\s)[وف]?(?:ل|لل)$|(?:^|\s)[وف]?(?:ل|لل)\S+\s+$")


@dataclass(frozen=True)
class _Account:
    """A speech that is an account of a strike's dead and hurt, and the side that gives it."""

    side: Entry | None


# an agreement told as the time after which something happened (عقب فرض اتفاقية, إثر اتفاق, "following the deal")
_AFTER_IMPOSED = re.compile(r"(?:^|\s)(?:بعد|عقب|اثر|في اعقاب|following|after)\s+(?:(?:فرض|توقيع|ابرام|التوصل الي|the|a)\s+)?$")


class PoliticalMixin:
    def _political(self, hits: list[_TriggerHit], has_other_events: bool) -> list[Event]:
        s = self.s
        out = []
        by_type: dict[str, _TriggerHit] = {}
        for h in sorted(hits, key=lambda h: h.trigger.hint == "speech"):
            by_type.setdefault(h.trigger.event_type, h)
        if "denial" in by_type and (self._outlet_speaks(by_type["denial"]) or _UNNAMED_AFTER.match(
                s.norm, s.norm_pos(by_type["denial"].end)) or _UNNAMED_BEFORE.search(s.norm_before(by_type["denial"].start, 30)) or (  # (نفت مصادر محلية: no party denies)
                    self.ctx.article.language == "en" and _EN_UNNAMED_DENIER.search(s.norm_before(by_type["denial"].start, 40))
                    and not any(m.end <= by_type["denial"].start for m in self._speakers()))):
            del by_type["denial"]  # نفت مصادر عنب بلدي, "the channel denied": an outlet's report, no party's denial
        if "denial" in by_type:
            h = by_type["denial"]
            # (نفى مسؤول أمريكي: an official denies for the side his nationality names)
            actor = self._said_subject(h) or self._speaker(h) or next((m.actor for m in s.mentions if m.adjective and 0 <= m.start - h.end <= 25
                                              and _OFFICIAL_BEFORE.search(s.norm_before(m.start, 14))), None)
            if actor is None and not _CONTRAST_BEFORE.search(s.norm_before(h.start, 16)):
                actor = self._first_actor()  # (not after "while": "..., while the region denied" is another side's)
            out.append(self._event("denial", h, h.start, actor, None, self._seat(actor, own_first=True), "confirmed",
                                   h.trigger.weight))
        agreement_date = "agreement" in by_type and any(
            s.clause_of(d.span[0]) == s.clause_of(by_type["agreement"].start) for d in s.dates)
        if "agreement" in by_type and not agreement_date and _AFTER_IMPOSED.search(s.norm_before(by_type["agreement"].start, 24)):
            del by_type["agreement"]  # عقب فرض اتفاقية تهجير, "after the deal was reached": a time, no new deal
        if "agreement" in by_type and not (self._definite(by_type["agreement"]) and not agreement_date):
            h = by_type["agreement"]
            actor = self._speaker(h) or self._first_actor()
            target = self._other_party(actor, h.start)
            signers = [m for m in self._actors() if m.start < h.start and self._is_subject(m) and (
                _AGREE_VERB_BEFORE.search(s.norm_before(m.start, 14)) or any(
                    q.end < m.start and s.text[q.end : m.start].strip() == "و" and _AGREE_VERB_BEFORE.search(
                        s.norm_before(q.start, 14)) for q in s.mentions))]
            if len(signers) < 2 and self.ctx.article.language == "en":
                # "Iraq and the US signed a deal": the two joined before the verb of agreeing
                pair = [(a, b) for a in self._actors() for b in self._actors() if a.end < b.start < h.start
                        and s.text[a.end : b.start].strip() in ("and", "and the")
                        and _EN_AGREE_AFTER.match(s.norm, s.norm_pos(b.end))]
                if pair:
                    signers = list(pair[0])
            if len(signers) >= 2:
                actor, target = signers[0].actor, signers[1].actor  # توصل العراق وإيران إلى اتفاق
            status = self._status("agreement", actor, h)
            out.append(self._event("agreement", h, h.start, actor, target, self._seat(actor), status,
                                   h.trigger.weight))
        habit = "statement" in by_type and any(
            s.clause_of(s.offsets[min(m.start(), len(s.offsets) - 1)]) == s.clause_of(by_type["statement"].start)
            for m in _HABITUAL_ADVERB.finditer(s.norm, 0, s.norm_pos(by_type["statement"].start)))
        condemned = "statement" in by_type and by_type["statement"].trigger.hint == "position" and (_CONDEMN.fullmatch(
            normalize(by_type["statement"].text)) is not None or any(  # (or a call the strikes after it caused:
                t.trigger.family == "violence" and t.start > by_type["statement"].end  # "called on Ankara to withdraw
                and _CAUSE_BEFORE.search(s.norm_before(t.start, 40)) for t in s.triggers)  # following strikes")
        ) and self._adjacent_speaker(by_type["statement"]) is not None
        # "..., however the Russian defence ministry said that ...": another side's position, after a
        # contrast, in a sentence that tells an attack
        contrasted = next(((x, who) for x in sorted(hits, key=lambda x: x.start) if x.trigger.event_type == "statement"
                           for who in [self._adjacent_speaker(x)] if who is not None
                           # (a side's own count of the dead or hurt adds to the attack, it takes no position)
                           and not s.cue(self.rules, "killed", x.end) and not s.cue(self.rules, "wounded", x.end)
                           and _CONTRAST_BEFORE.search(s.norm_before(min([x.start] + [
                               m.start for m in self._speakers() if m.actor is who
                               and (0 <= m.start - x.end <= 3 or 0 <= x.start - m.end <= 3)]), 16))),
                          None) if has_other_events and "statement" in by_type else None
        if contrasted is not None and not out and not habit:
            h, actor = contrasted
            out.append(self._event("statement", h, h.start, actor, None, self._seat(actor), self._status("statement", actor, h),
                                   h.trigger.weight))
            return out
        if "statement" in by_type and _CONDOLENCE.search(s.norm):
            return out  # "the family had been informed", تعهدت الوزارة بمساعدة عائلة القتيل, a tribute: no position
        about = (not out and (not has_other_events or condemned) and "statement" in by_type and not habit
                 and by_type["statement"].trigger.hint == "speech" and self._about_events(hits))
        if about and about is not True:
            self.ctx.account_of = about.side  # (for a "he added" that goes on with that account)
        if not out and (not has_other_events or condemned) and "statement" in by_type and not habit and not about:
            # (a named side condemning a strike takes a position of its own beside the strike it names)
            # ("Ankara rarely comments on such strikes": a habit, no statement)
            h = by_type["statement"]
            if any(self._unnamed_speech(x) for x in hits if x.trigger.event_type == "statement" and x.start <= h.start):
                return out  # "a Kurdish official claimed that Macron had pledged ...": no party spoke
            actor = self._speaker(h)
            adjacent = next(((x, who) for x in sorted(hits, key=lambda x: x.start)
                             if x.trigger.event_type == "statement"
                             for who in [self._adjacent_speaker(x)] if who is not None), None)
            if adjacent is not None:
                h, actor = adjacent  # أكد أوباما ... ودعا إلى: the one named at its verb speaks
            else:
                # "Conricus said", وقال أدرعي: a speaker the page named before with his side
                known = named_speaker(s.text, s.norm, h.start, h.end, h.norm_start, s.norm_pos(h.end), self.ctx.people)
                actor = known or actor
            named_here = {id(m.actor) for m in s.mentions if m.actor is not None}
            if actor is None or id(actor) not in named_here:
                # of several statement words (أمر ... وأدانت السلطات العراقية), the one whose speaker
                # this sentence names speaks for it
                for other in sorted((x for x in hits if x.trigger.event_type == "statement" and x is not h),
                                    key=lambda x: (x.trigger.hint == "speech", x.start)):
                    who = self._speaker(other)
                    if who is not None and id(who) in named_here:
                        h, actor = other, who
                        break
            if actor is not None and self.gaz.resolve_actor(actor, self.ctx.reference).type in MEDIA_TYPES:
                actor = None  # a correspondent's account is the outlet's report, no position of a party
            if any(self._outlet_speaks(x) or _OUTLET_BEFORE.search(s.norm_before(x.start, 60))
                   for x in hits if x.trigger.event_type == "statement"):
                actor = None  # اتهمت وسائل إعلام إيرانية, "state media said": an outlet's report
            if actor is not None and id(actor) not in named_here and self.ctx.account_of is not None and (
                    self._side(actor) is self.ctx.account_of and not _STANCE.search(s.norm)):
                actor = None  # "he added" after an account of the dead: more of that account
            if actor is not None and self.ctx.cut and all(
                    self._said_too_little(x) for x in hits if x.trigger.event_type == "statement"):
                actor = None  # "the council said in a statement that at an hour ...": cut before it said anything
            if actor is not None and actor.type not in MEDIA_TYPES and (
                    actor.type in SPEAKER_TYPES or s.cue(self.rules, "topic")):
                status = self._status("statement", actor, h)
                out.append(self._event("statement", h, h.start, actor, None, self._seat(actor), status,
                                       h.trigger.weight))
        return out

    def _said_too_little(self, hit: _TriggerHit) -> bool:
        """Fewer than five words after the statement word, its speaker and the word opening what
        was said (أن, that): too little to code, in a sentence the page cuts off."""
        s = self.s
        pos = max([hit.end] + [m.end for m in self._speakers() if m.start >= hit.end and m.start - hit.end <= 40])
        said = self._said_at(pos)
        if said is not None and said - pos <= 40:
            pos = said
        return len(s.text[pos:].split()) < 5

    def _outlet_speaks(self, hit: _TriggerHit) -> bool:
        """An outlet, its correspondent or its sources right after the verb speak (نفت مصادر عنب بلدي)."""
        s = self.s
        if _OUTLET_SUBJECT.match(s.norm, s.norm_pos(hit.end)):
            return True
        first = next((m for m in s.mentions if m.actor is not None and 0 <= m.start - hit.end <= 20), None)
        if first is not None and (normalize(hit.text) == "told" or _TO_BEFORE_NAME.search(s.norm_before(first.start, 6))):
            return False  # "the spokesman told AP", قال لوكالة: the outlet was told, the speaker speaks
        return first is not None and self.gaz.resolve_actor(first.actor, self.ctx.reference).type in MEDIA_TYPES

    def _about_events(self, hits: list[_TriggerHit]) -> bool | _Account:
        """Whether the sentence's speech only retells events rather than taking a position: True, or
        the account of a strike's dead and hurt by a side (its side, for the sentences after it)."""
        s = self.s
        # "the spokesman said the rockets fell on the base" only retells an event; words quoted as
        # said ("all options are on the table") are a statement of their own
        if self.back_reference and not _QUOTED.search(s.text):
            return True
        # "the official said Washington began reinforcing its positions": the speech tells an
        # event (coded as that event, or merged into it), it is not a position of its own
        speech = [h for h in hits if h.trigger.event_type == "statement"]
        if not all(h.trigger.hint == "speech" for h in speech) or _STANCE.search(s.norm):
            return False
        if any(t.trigger.family in ("violence", "troops") for t in s.triggers):
            return True
        # after a strike the page told, "the ministry said the wounded officer died of his wounds"
        # is an account of its dead and hurt, which the strike's toll carries; the side that struck
        # confirming whom it killed speaks for its deed
        if not self.ctx.violence_seen or not (s.cue(self.rules, "killed") or s.cue(self.rules, "wounded")
                                              or _INCIDENT_DETAIL.search(s.norm)):
            return False
        striker = self.ctx.last_violence[0] if self.ctx.last_violence else None
        speaker = self._speaker(speech[0]) if speech else None
        if striker is not None and speaker is not None and self._side(speaker) is self._side(striker):
            return False
        return _Account(self._side(speaker) if speaker is not None else None)

    def _said_subject(self, hit: _TriggerHit) -> Entry | None:
        """In what a speaker said, the name right before the verb after أن/إن (قال المصدر إن سوريا تنفي
        ادعاءات تركيا): the subject of that verb, before any name after it."""
        if self.ctx.article.language == "en":
            return None
        return next((m.actor for m in self._speakers() if 0 <= hit.start - m.end <= 2 and not self.s.text[m.end : hit.start].strip()
                     and _THAT_END.search(self.s.norm_before(m.start, 8))), None)

    def _adjacent_speaker(self, hit: _TriggerHit) -> Entry | None:
        """The speaker named at a statement verb: right after it (VSO, أكد أوباما) or right before
        it (SVO, Obama said)."""
        for m in self._speakers():
            if 0 <= hit.start - m.end <= 3 and not self.s.text[m.end : hit.start].strip(" "):
                return m.actor
            if self.ctx.article.language == "en" and 0 <= hit.start - m.end <= 24 and _EN_TIME_BETWEEN.fullmatch(
                    self.s.text[m.end : hit.start]):
                return m.actor  # "Jordan's foreign ministry on Tuesday denounced": a time between
            if 0 <= m.start - hit.end <= 3 and not _PREPOSITION.search(self.s.norm_before(m.start, 6)) and not (
                    self.ctx.article.language == "en" and (hit.trigger.hint != "speech" or _EN_SUBJECT_BEFORE.search(
                        self.s.norm_before(hit.start, 12)))):
                # (English puts the object there: "summoned Iran's envoy", "condemned Turkey"; after a
                # subject of its own, the one after the verb says: "forces it said Turkey sent")
                return m.actor
        return None
