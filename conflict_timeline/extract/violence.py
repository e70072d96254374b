"""Candidates: attacks and strikes. Which words tell a strike, where it fell (one event per place,
one theatre for countries named together) and what a sentence only repeats; who struck is
`strikers.py`'s."""

from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import Entry
from ..schema import Event
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .candidate_words import _CAUSE_BEFORE
from .frames import is_tally, is_weapon_only, used_weapons
from .hits import _Mention, _TriggerHit
from .mentions import _Sentence
from .place_words import _ENVOY_POST
from .rules import (
    _AIRCRAFT,
    _ANAPHORIC_BASE,
    _BASE_LOCATED_IN,
    _CEASED_OR_ANY,
    _HABITUAL_ADVERB,
    _MUST_STOP,
    _OPERATION_REF,
    _PLANNED_ATTACK,
    _RESPONSE,
)
from .strike_places import _AREA_KM, _COMPASS_END, _close, _one_raid
from .strikers import _EXPLOSION

# a strike feared or in prospect (fearing a Turkish assault, خشية هجوم تركي)
_FEARED = prefiltered(re.compile(r"(?:^|\s)[وف]?(?:fearing|fear of|fears of|feared|the prospect of|threat of|خشيه|خوفا من|تخوفا من|مخاوف من)"
                                 r"\s+(?:\S+\s+){0,3}$"))
# explosions heard (سمعت, سمع دوي, "were heard"): what people heard of strikes
_HEARD = prefiltered(re.compile(r"(?:^|\s)[وف]?(?:سمع|سمعت|يسمع|تسمع|سماع)(?=\s|$)|\bheard\b"))
# a record a person is blamed for: "responsible for (planning) attacks", المسؤول عن هجمات
_RECORD_OF = prefiltered(re.compile(r"(?:responsible for|behind|blamed for|involved in|مسوول عن|المسوول عن|مسوولا عن|المتورط في|متورط في)"
                                    r"\s+(?:\S+\s+){0,6}$"))
# verbs of accusing (the strike they name is told as the accused's)
_ACCUSED_WORD = re.compile(r"[وف]?(?:اتهم|اتهمت|يتهم|تتهم|accused|accuses|blamed|blames)")


# attacks named as a whole (الهجمات, the attacks)
_PLURAL_ATTACKS = re.compile(r"[وفبل]?(?:ال|لل)?(?:هجمات|ضربات|اعتداءات|غارات)|(?:the )?attacks|(?:the )?strikes")
# a sentence that goes on with the striker of the one before (كما قصفت, ثم استهدفت)
# "also" (أيضا، كذلك) beside a strike word: one more strike of the ones told
_ALSO_NEAR = re.compile(r"(?:^|\s)(?:ايضا|كذلك|also)(?=\s|$|[.,،])")
_GOING_ON = re.compile(r"\s*(?:كما|ثم)\s")
# a subject that denies the deed to everyone it names
_NONE_OF = re.compile(r"(?:\S+\s+)?(?:none of|neither|not one of|no other)\s")
# "the base" alone (al-Qaeda the gazetteer names with تنظيم)
_BARE_BASE = re.compile(r"(?:^|\s)[وف]?(?:ل|لل)?القاعده(?=\s|$|[.,،])")
# a present-tense attack verb in a relative clause is a habit (الطائرات التي تستهدف ..., planes that strike)
_HABITUAL = re.compile(r"(?:^|\s)(?:التي|الذي|الذين|اللواتي|which|that|who)\s+(?:\S+\s+)?$")
_IMPERFECT = re.compile(r"^(?:ي|ت)\S+$|^(?:strikes|targets|attacks|bombs|hits)$")

# a past verb of striking (استهدفت, قصفت, "struck")
_PAST_VERB_FIRST = re.compile(r"(?:استهدفت|استهدف|قصفت|قصف|هاجمت|هاجم|ضربت|struck|hit|attacked|targeted|shelled)")
# an English sentence opened by one weapon or attack that struck: one event, wherever it is placed
_EN_ONE_STRUCK = re.compile(r"\s*(?:a|an|one|two|three|four|\d+)\s+(?:[a-z-]+\s+){0,2}?(?:struck|hit|targeted|attacked|exploded"
                            r"|slammed|crashed|landed|fell)\b")
# the subject of "followed" / "came after" is the event told before
_COMES_AFTER_EN = re.compile(r"s?\s+(?:followed|follows|came\s+(?:\S+\s+){0,3}?after|comes\s+(?:\S+\s+){0,3}?after)\b")
# an operation a side is preparing or planning, told after the word (عملية عسكرية يجهز لها النظام, "an
# offensive being prepared by")
_PLANNED_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:يجهز|تجهز|يعد|تعد|يحضر|تحضر|يستعد|تستعد|يخطط|تخطط|يعتزم|تعتزم)(?:\s+(?:لها|له))?(?=\s|$|[.,،])"
                            r"|\s+(?:\S+\s+){0,2}?(?:being (?:prepared|planned)|(?:is|are) (?:preparing|planning)|planned by)\b")
# a sentence opened by "after" and a strike noun (وبعد الهجوم, "Following the strikes,")
_AFTER_OPENING = re.compile(r"^\s*[وف]?(?:بعد|عقب|اثر|في اعقاب|following|after)\s+(?:the\s+|these\s+|those\s+)?$")
# the same, at the start of what a speaker said: أضافت أنه بعد ذلك الهجوم, "said that after that attack"
_AFTER_OPENING_SAID = re.compile(r'\s*(?:\S+\s+){1,3}?["«]?(?:انه|ان|that)\s+(?:بعد|عقب|اثر|following|after)\s+'
                                 r"(?:the\s+|this\s+|that\s+|ذلك\s+|هذا\s+|تلك\s+|هذه\s+)?$")
_DETERMINER_END = re.compile(r"(?:the|that|this|these|those|'s)\s+(?:(?:new|latest|recent|last|same|deadly|fresh)\s+)?$")


def _head(s: _Sentence, cut: int) -> _Sentence:
    """The sentence up to normalized position `cut`, as a sentence of its own."""
    at = s.offsets[cut] if cut < len(s.offsets) else len(s.text)
    return replace(s, text=s.text[:at], norm=s.norm[:cut], offsets=s.offsets[: cut + 1],
                   clauses=[c for c in s.clauses if c < at], mentions=[m for m in s.mentions if m.end <= at],
                   date_source=lambda: [d for d in s.dates if d.span[0] < at],
                   triggers=[t for t in s.triggers if t.end <= at], quantities=[q for q in s.quantities if q[2] <= at],
                   _cues={}, _first={}, _all={}, _dates=None)


# strikes told at the same time as others, in a part of their own (تزامنا مع, "while")
_CONCURRENT = re.compile(r"[,،]?\s+(?:(?:و|في\s+)?(?:تزامنا|تزامن ذلك|بالتزامن|متزامنا)\s+مع|while|as well as|and at the same time)\s"
                         # (a contrast, when each part names its own side and place: "..., while Russian jets hit Y")
                         r"|[,،]\s*(?P<contrast>في حين|بينما)\s"
                         # (or one after the other: "..., followed by", تبع ذلك شن الطيران غارة)
                         r"|[,،]\s*[وف]?(?:تبع ذلك|تلا ذلك|اعقب ذلك|تبعه|تلاه|اعقبه)\s|,\s+followed by\s")
_LAUNCH_SITE = re.compile(r"(?:موقع|مواقع|منصه|منصات|مكان|نقطه)\s+(?:اطلاق|انطلاق)\s+(?:ال)?$|\blaunch(?:ing)?\s+(?:sites?|points?|pads?)\s+(?:of|for)\s+(?:the\s+)?$")
# the town named before, named again by its common noun (شمالي المدينة, "near the town")
_THE_TOWN = re.compile(r"(?:^|\s)[وفبل]?(?:المدينه|البلده|القريه|البلدة)(?=\s|$|[.,،])|\bthe (?:city|town|village)\b")
# the words of an answer that may open a sentence (not "after", which only sets it in time)
_ANSWER_OPENING = re.compile(r"(?:ردا|رد|جاءت ردا|انتقاما|ثارا|in response|response|in retaliation|retaliation|in revenge)", re.IGNORECASE)


# a cause that points back at what the sentence named: بعد تعرضه لغارة, إثر استهدافها, "after it was hit"
_STRUCK_ITSELF = re.compile(r"\s*[وف]?(?:بعد|اثر|عقب|جراء|نتيجه)\s+(?:تعرضه|تعرضها|استهدافه|استهدافها|قصفه|قصفها)(?!\S)"
                            r"|\s*(?:after|when)\s+(?:it|they)\s+(?:was|were|had been)\s+(?:hit|struck|targeted|shelled|bombed)\b")


class ViolenceMixin:
    def _violence(self, hits: list[_TriggerHit], political: list[_TriggerHit]) -> list[Event]:
        """Attacks and strikes. A sentence that gives a strike as the answer to an attack ("the
        strikes were a response to Wednesday's attack on Camp Taji", ردا على هجوم) holds two events:
        each takes the trigger words and places on its side of the response phrase."""
        if not hits:
            return []
        s = self.s
        tally_at = None
        if is_tally(s):
            # "more than 150 attacks since October": a count, not an attack; a strike told as the answer
            # to such attacks ("struck five sites in response to the repeated attacks") is one
            cut = _RESPONSE.search(s.norm)
            hits = [h for h in hits if cut is not None and h.norm_start < cut.start()]
            if not hits or is_tally(_head(s, cut.start())):
                return []
            tally_at = s.offsets[cut.start()]
        if _NONE_OF.match(s.norm):
            return []  # "None of its allies are carrying out air strikes in Syria": no one struck
        hits = used_weapons(s, hits)
        hits = [h for h in hits if not (_IMPERFECT.match(normalize(h.text))
                                        and _HABITUAL.search(s.norm_before(h.start, 24)))
                and not any(s.clause_of(s.offsets[min(m.start(), len(s.offsets) - 1)]) == s.clause_of(h.start)
                            for m in _HABITUAL_ADVERB.finditer(s.norm, 0, s.norm_pos(h.start)))
                # (or right after its verb: استهدفت تركيا مرارا, "attacks often hit the base"; not after
                # another strike word, whose it is: ضربات ... ردا على الهجمات المتكررة)
                and not any(s.clause_of(s.offsets[min(m.start(), len(s.offsets) - 1)]) == s.clause_of(h.start)
                            and not any(h.norm_start < t.norm_start < m.start() and not is_weapon_only(t) for t in hits)
                            for m in _HABITUAL_ADVERB.finditer(s.norm, s.norm_pos(h.end), s.norm_pos(h.end) + 60))
                and not _MUST_STOP.match(s.norm, s.norm_pos(h.end))  # "the attacks must stop": a demand
                # "Canada will cease its air strikes", في حال أي هجوم: no strike of its own
                and not _CEASED_OR_ANY.search(s.norm_before(h.start, 30))]
        if not hits:
            return []  # "missiles made in the plant": weapons, no attack
        if tally_at is not None:
            return self._violence_group(hits, [p for p in self._struck_places() if p.start < tally_at], political, 0, tally_at)
        cut = _RESPONSE.search(s.norm)
        if cut is not None and not any(0 <= t.norm_start - cut.end() <= 50 for t in hits):
            # "retaliation for the killing of ...": not an attack of its own here, but where the killing
            # was is not where the answer struck (انتقاما لمقتل جنديين في قاعدة بلد)
            at = s.offsets[cut.start()] if _ANSWER_OPENING.match(cut.group()) else 0
            k = s.clause_of(at)
            end = s.clauses[k] if k < len(s.clauses) else len(s.text)
            kept = [h for h in hits if not at <= h.start < end]
            if at and kept:
                places = [p for p in self._struck_places() if not at <= p.start < end]
                hi = at if all(x.start < at for x in [*kept, *places]) else len(s.text)
                return self._violence_group(kept, places, political, 0, hi)
            return self._violence_group(hits, self._struck_places(), political, 0, len(s.text))
        if cut is None:
            return self._concurrent(hits, political) or self._violence_group(hits, self._struck_places(), political, 0, len(s.text))
        at = s.offsets[cut.start()]
        places = self._struck_places()
        k = s.clause_of(at)
        if not any(h.start < at for h in hits) and _ANSWER_OPENING.match(cut.group()) and k < len(s.clauses) and any(
                h.start >= s.clauses[k] for h in hits):
            # "ردا على الهجوم على قاعدة بلد، شنت الطائرات ...", "In retaliation for the attack on X, US jets
            # struck Y": the answer opens the sentence; its clause is the cause, the rest the strike
            end = s.clauses[k]
            main, main_span = [h for h in hits if h.start >= end], (end, len(s.text))
            cause, cause_span = [h for h in hits if h.start < end], (0, end)
        else:
            main, main_span = [h for h in hits if h.start < at], (0, at)
            # (with no strike before "after", the toll told before it is the cause's: "25 fighters
            # were killed following three US airstrikes")
            cause, cause_span = [h for h in hits if h.start >= at], ((at if main else 0), len(s.text))
        self.part_span = main_span
        # (a place inside a name is the main part's when it has no other: غارات على قواعد لكتائب حزب الله
        # في العراق، ... بعد هجوم في العراق)
        main_places = [p for p in places if main_span[0] <= p.start < main_span[1]] or [
            m for m in s.mentions if m.inner and m.place is not None and main_span[0] <= m.start < main_span[1]]
        out = self._violence_group(main, main_places, political, *main_span) if main else []
        # (a main part with no strike lends its places to a cause that points back at them: مطار دمشق خرج
        # عن الخدمة بعد تعرضه لغارة, "the airport was shut after it was hit")
        lends = not main and _STRUCK_ITSELF.match(s.norm, cut.start()) is not None
        cause_places = [p for p in places if cause_span[0] <= p.start < cause_span[1] and (
            lends or not main_span[0] <= p.start < main_span[1])]
        if cause and all(_PLURAL_ATTACKS.fullmatch(normalize(h.text)) for h in cause) and not any(
                cause_span[0] <= d.span[0] < cause_span[1] for d in s.dates) and not any(
                p.place.geo_precision != "country" for p in cause_places):
            cause = []  # "in response to the attacks its forces face": the attacks as a whole, no event
            # (unless they have a place of their own: "following Turkish strikes on resorts in Duhok")
        if cause:
            self.part_span = cause_span
            out += self._answered(out, self._violence_group(cause, cause_places, political, *cause_span),
                                  s.norm[s.norm_pos(cause_span[0]) : s.norm_pos(cause_span[1])])
        self.part_span = None
        return out

    def _concurrent(self, hits: list[_TriggerHit], political: list[_TriggerHit]) -> list[Event]:
        """Strikes told together with others made at the same time ("jets struck X, while artillery
        shelled Y", غارات على X تزامنا مع قصف مدفعي على Y): each part is a strike of its own, with its
        own words, weapons and places. Nothing when the sentence has no such parts."""
        s = self.s
        cut = _CONCURRENT.search(s.norm)
        if cut is None:
            return []
        at = s.offsets[min(cut.start(), len(s.offsets) - 1)]
        before = [h for h in hits if h.end <= at and not is_weapon_only(h)]
        after = [h for h in hits if h.start >= at and not is_weapon_only(h)]
        if not before or not after:
            return []
        places = self._struck_places()
        if cut.group("contrast") and not all(
                any(lo <= p.start < hi for p in places) and any(m.actor is not None and lo <= m.start < hi for m in s.mentions)
                for lo, hi in ((0, at), (at, len(s.text)))):
            return []  # ("..., while the ministry said it struck 12 sites": one strike told by two sides)
        self.part_span = (0, at)  # (the guns of one part are not the other's)
        first = self._violence_group([h for h in hits if h.end <= at], [p for p in places if p.start < at], political, 0, at)
        if not first:
            self.part_span = None
            return []  # (the first part tells no strike of its own: the sentence is read whole)
        self.part_span = (at, len(s.text))
        later = [p for p in places if p.start >= at]
        if not later and _THE_TOWN.search(s.norm, cut.end()):
            # "..., followed by a strike on the launch site north of the town": the town named before
            later = [p for p in places if p.start < at and p.place.geo_precision in ("city", "site")][:1]
        second = self._violence_group([h for h in hits if h.start >= at], later, political, at, len(s.text))
        self.part_span = None
        return first + second

    def _answered(self, answer: list[Event], cause: list[Event], told: str) -> list[Event]:
        """The event a strike answers, told with no one who made it, struck the side that answers
        ("in retaliation for the shelling of Balad base, US jets struck ..."): an attack on it, never
        a strike of its own."""
        side = next((self.gaz.get(e.actor, kind="actor") for e in answer if e.actor), None)
        for ev in cause:
            if side is not None and not ev.actor and not ev.target:
                ev.target, ev.target_ar = side.name, side.name_ar
                ev.event_type = "attack" if ev.event_type == "airstrike" and not _AIRCRAFT.search(told) else ev.event_type
                ev.event_id = ev.make_id()
        return cause

    def _violence_group(self, hits: list[_TriggerHit], places: list[_Mention], political: list[_TriggerHit],
                        lo: int, hi: int) -> list[Event]:
        s = self.s
        # (an ambassador's post is where he serves, no place struck: استدعاء سفيرها في بغداد)
        places = [p for p in places if not _ENVOY_POST.search(s.norm_before(p.start, 40))]
        fine = [p for p in places if p.place.geo_precision in ("site", "city")]
        fine = [p for p in fine if not self._locator(p, fine, places)]
        hits = [h for h in hits if not _PLANNED_ATTACK.search(s.norm_before(h.start, 40))
                and not _PLANNED_AFTER.match(s.norm, s.norm_pos(h.end))  # عملية يجهز لها النظام: prepared, not done
                and not _FEARED.search(s.norm_before(h.start, 40))]  # "fearing a Turkish assault"
        if not hits:
            return []  # "the commander was planning attacks": an intention, not an attack
        # "killed a commander ... responsible for attacks on American troops": the attacks he is
        # blamed for are his record, not this strike (kept when nothing else is told)
        if self.ctx.violence_seen and not s.dates and _HEARD.search(s.norm) and all(
                _EXPLOSION.fullmatch(normalize(h.text)) for h in hits) and self._casualties(lo, hi) == (None, None):
            return []  # "huge explosions were heard in Damascus": the strikes the page told, heard
        # "وبعد الهجوم أصدر الجيش بيانا ...", "After the attack, the army said it struck ...": the attack
        # that opens the sentence only sets it in time; the sentence's own strike word tells
        opening = [h for h in hits if _AFTER_OPENING.search(s.norm_before(h.start, 16))
                   or _AFTER_OPENING_SAID.match(s.norm, 0, h.norm_start)]
        if opening and len(opening) < len(hits):
            hits = [h for h in hits if h not in opening]
        # (the weapons of a launch site struck are no strike of their own: موقع إطلاق القذائف)
        hits = [h for h in hits if not _LAUNCH_SITE.search(s.norm_before(h.start, 24))] or hits
        record = [h for h in hits if _RECORD_OF.search(s.norm_before(h.start, 80))]
        if record and len(record) < len(hits):
            hits = [h for h in hits if h not in record]
        rank = {"airstrike": 0, "attack": 1, "neutral": 2}
        anchor = min(hits, key=lambda h: (rank.get(h.trigger.hint, 3), h.start))
        first = min(hits, key=lambda h: h.start)
        if _COMES_AFTER_EN.match(s.norm, s.norm_pos(first.end)):
            # "The attack followed an explosion on a base that killed one": the subject is the attack
            # told before; what it followed is another, earlier event, told with its own words
            hits = [h for h in hits if h.start > first.end]
            if not hits:
                return []
            anchor = min(hits, key=lambda h: (rank.get(h.trigger.hint, 3), h.start))
        own_date = any(s.clause_of(d.span[0]) == s.clause_of(anchor.start) for d in s.dates)
        # a date after the strike is its own ("condemned the strikes of 2 February"); one before it
        # belongs to the statement that embeds it ("described today the strikes as ...")
        date_after = any(s.clause_of(d.span[0]) == s.clause_of(anchor.start) and d.span[0] > anchor.start
                         for d in s.dates)
        # "blamed the militia for a Tuesday rocket attack that killed a worker": a strike
        # with its own day or toll, told as what the accused did
        accused = [p for p in political if p.end <= anchor.start and _ACCUSED_WORD.fullmatch(normalize(p.text))]
        if accused and (any(d.span[0] > accused[0].end for d in s.dates) or self._casualties(lo, hi) != (None, None)):
            date_after = True
        sites = [p for p in fine if p.place.geo_precision == "site"]
        denied = any(p.trigger.event_type == "denial" for p in political)
        if self._embedded(anchor, political) and not date_after and not any(_CAUSE_BEFORE.search(s.norm_before(h.start, 40)) for h in hits) and not (
                (sites if denied else fine) and not any(p.trigger.event_type in ("statement", "agreement")
                                                        and p.trigger.hint != "speech" for p in political)) and not (
                not denied and any(p.trigger.hint == "speech" for p in political) and self._casualties(lo, hi) != (None, None)):
            return []  # (what a side said it did, with its toll, is a strike it tells, placed or not)
        if self._definite(anchor) and not own_date and not fine and any(
                t.trigger.hint == "speech" and 0 <= anchor.start - t.end <= 20 for t in s.triggers) and (
                not self.ctx.violence_seen or self._casualties(lo, hi) == (None, None)):
            # "Baghdad said the attack was a violation": a judgement on an attack, told elsewhere (one
            # that gives its toll, "said Israel carried out the attack, which killed 14", adds it)
            return []
        backref = any(self._refers_back(h, fine, own_date) for h in hits) or self._comes_ref(anchor)
        clause_hints = {h.trigger.hint for h in hits if s.clause_of(h.start) == s.clause_of(anchor.start)}
        if "airstrike" not in clause_hints and self._flown(anchor):
            # سلاح الجو التركي استهدف, "Iraqi F-16s struck", قصف الطائرات لمناطق: aircraft struck
            clause_hints = (clause_hints - {"attack", "neutral"}) | {"airstrike"}
        actor, etype = self._perpetrator(anchor, clause_hints or {anchor.trigger.hint}, lo, hi, hits)
        operation = self.ctx.last_violence is not None and _OPERATION_REF.search(s.norm_before(anchor.start, 40)) is not None
        going_on = self.ctx.last_violence is not None and s.norm_pos(anchor.start) <= 8 and _GOING_ON.match(s.norm)
        also = _ALSO_NEAR.search(s.norm, max(0, anchor.norm_start - 30), anchor.norm_start + len(anchor.text) + 30) is not None
        if actor is None and self.ctx.last_group is not None and len(self.ctx.told) - self.ctx.last_group[1] <= 2 and (
                "airstrike" not in (clause_hints or {anchor.trigger.hint}) and self._group_tells(anchor)):
            # "the group said it fired", قالت الفصائل إنها استهدفت: the armed group named just before
            actor, etype = self.ctx.last_group[0], "attack"
        if (operation or going_on) and actor is None and self.ctx.last_violence[0] is not None:
            # "the operation included air strikes on ...", "the operation targets ...", كما قصفت محطة:
            # the side of the strikes told before
            actor = self.ctx.last_violence[0]
            etype = self._strike_kind(actor, clause_hints or {anchor.trigger.hint})
        if backref:
            self.back_reference = True  # "the spokesman said the strike ...": about an event already told
            if not fine:
                # "indications are the attacks were initiated by militias": what it adds (who, how
                # many) goes to the event told before; alone it is nothing
                killed, wounded = self._casualties(lo, hi)
                if killed is None and wounded is None:
                    killed, wounded, _ = self._no_toll(lo)  # "it hurt no one"
                if actor is None and killed is None and wounded is None:
                    return []
                ev = self._event(etype, anchor, anchor.start, actor, None, None, self._status(etype, actor, anchor),
                                 max(h.trigger.weight for h in hits), fatalities=killed, injured=wounded)
                self.ctx.backrefs.add(id(ev))
                return [ev]
        # (an area inside a governorate, a mountain range or a valley, places a strike as a town does)
        areas = [p for p in places if p.place.geo_precision == "region" and self._local_area(p)]
        if not fine and not areas and not own_date and actor is None and not any(self._definite(h) for h in hits) and (
                self._casualties(lo, hi) == (None, None)) and not (
                    places and not self.ctx.violence_seen and any(self._exposed(m) for m in self._actors())) and not (
                    places and _PAST_VERB_FIRST.match(normalize(anchor.text)) and s.norm_pos(anchor.start) <= 2
                    and self._target(anchor, None, etype) is not None) and not (
                    places and _EN_ONE_STRUCK.match(s.norm)):  # ("A roadside bomb struck a convoy in X province")
            # (a sentence opened by a past verb of striking that names the side struck and a place tells
            # one: استهدفت عبوة ناسفة رتلا تابعا للتحالف في محافظة الديوانية)
            return []  # "bases that have come under attacks since the war began": no event to place (one
            # with its dead or hurt, "6 soldiers killed in an attack on a base in northern Iraq", is one,
            # and so is the first telling of forces exposed to an attack: تعرضت القوات لهجوم)
        if not fine and not areas and not own_date and not backref and any(
                t.trigger.hint == "speech" and t.end <= anchor.start for t in s.triggers) and (
                actor is None or (self._is_speaker(actor) and not self._attacker_side(actor) and self._side(actor).name not in self.rules.air_powers)) and (
                self._casualties(lo, hi) == (None, None)) and not (
                    places and any(self._exposed(m) for m in self._actors())):
            return []  # "the PM stressed that targeting the bases is illegal": a position, not an attack
            # (forces told exposed to an attack at a place are the attack: إن رتلا للتحالف تعرض لتفجير عبوة)
        last = self.ctx.last_violence
        if last is not None and self._definite(anchor) and anchor.trigger.hint in ("neutral", last[1]) and (
                actor is None or (actor in self._speech_subjects() and last[0] is not None)):
            # "the JOC said the strikes hit ...": the strikes already reported (a group claiming the
            # attack told with no attacker names it: تبنت المقاومة الهجوم على القاعدة)
            actor, etype = last
        target = self._target(anchor, actor, etype, lo, hi)
        killed, wounded = self._casualties(lo, hi)
        unhurt_at = -1
        if killed is None and wounded is None:
            killed, wounded, unhurt_at = self._no_toll(lo)  # ("causing no injuries": zero)
        status = self._status(etype, actor, anchor)
        if not fine and self.ctx.last_site is not None and s.search(_ANAPHORIC_BASE):
            fine = [self.ctx.last_site]  # "drones struck the garrison": the base named before
        elif not fine and self.ctx.last_struck_site is not None and _BARE_BASE.search(s.norm) and not any(
                m.actor is not None and m.actor.type == "armed_group" for m in s.mentions):
            fine = [self.ctx.last_struck_site]  # تتعرض له القاعدة: the base told struck (not al-Qaeda)
        last_site = self.ctx.last_site
        if last_site is not None and len(fine) == 1 and fine[0].place.geo_precision != "site" and (
                fine[0].place.id in {e.id for e in self.gaz.ancestors(last_site.place.id)}) and (
                _BASE_LOCATED_IN.search(s.norm_before(fine[0].start, 30))):
            # "the base located in the Erbil region was struck again": the base named before, there
            fine = [last_site]
        regions = [p for p in places if p.place.geo_precision == "region"]
        countries = [p for p in places if p.place.geo_precision == "country"]
        if fine:
            # an area inside a governorate (a village area, a mountain range) that holds none of the
            # towns and bases named is a place struck of its own (Koya, then Zirgwez)
            # (nor one whose towns the sentence names: the Eastern Ghouta struck in Douma and Harasta)
            fine = sorted(fine + [r for r in regions if self._local_area(r) and not any(
                r.place.id in {e.id for e in self.gaz.ancestors(f.place.id)} or _close(r.place, f.place, _AREA_KM)
                for f in fine)], key=lambda m: m.start)
        chosen = fine or regions or self._theatre(countries, actor) or [None]  # one event per place named
        chosen = _one_raid(chosen, {id(p) for p in chosen if p is not None and _COMPASS_END.search(s.norm_before(p.start, 22))})
        weight = max(h.trigger.weight for h in hits)
        out = []
        self.date_span = (lo, hi)  # (a strike told before "in response to" is not dated by what it answers)
        # a toll told once for strikes on several places is counted once: with the place it names
        # ("killing three in the second village"), else with the first
        # (no one hurt is told of them all)
        toll_at = -1 if len(chosen) < 2 or not fine or (killed is None and wounded is None) or unhurt_at >= 0 else next(
            (n for n, p in enumerate(chosen) if p is not None and self._toll_names(p)), 0)
        for n, place in enumerate(chosen):
            pos = place.start if place is not None else anchor.start
            counted = toll_at in (-1, n) and not (unhurt_at >= 0 and self._struck_before(pos, unhurt_at, chosen))
            ev = self._event(etype, anchor, pos, actor, self._target_at(place, hits, anchor, target, actor, etype, lo, hi),
                             place, status, weight,
                             fatalities=killed if counted else None, injured=wounded if counted else None)
            last_date = self.ctx.last_violence_date
            if last_date is not None and not ev.date_text and (operation or (
                    (going_on or also) and last_date[2] == "day" and place is not None
                    and self.ctx.last_violence_at >= len(self.ctx.told) - 2  # (told just before)
                    and place.place.geo_precision != "country")):
                # (كما قصفت الطائرات, "warplanes also struck the town of X": more strikes of the day told)
                ev.date_start, ev.date_end, ev.date_precision, ev.date_text = self.ctx.last_violence_date
                ev.event_id = ev.make_id()
            if backref and (place is None or place.place.name in self.ctx.violence_places
                            or place.place.geo_precision != "region"):
                self.ctx.backrefs.add(id(ev))  # kept only to add to the event it repeats
            out.append(ev)
        self.date_span = None
        return out


    def _target_at(self, place: _Mention | None, hits: list[_TriggerHit], anchor: _TriggerHit, target: Entry | None,
                   actor: Entry | None, etype: str, lo: int, hi: int) -> Entry | None:
        """The target of the strike at one of several places: the one named by the last strike word
        before the place when that word comes after the group's own ("struck PKK camps in Iraq and
        again bombed IS positions in Syria"), else the group's."""
        if place is None:
            return target
        own = [h for h in hits if h.start < place.start]
        if not own or own[-1].start <= anchor.start:
            return target
        return self._target(own[-1], actor, etype, lo, hi) or target


    def _refers_back(self, hit: _TriggerHit, fine: list[_Mention], own_date: bool) -> bool:
        """"The strike also killed ..." (الضربة، the strike) with no place or date of its own is the
        event already reported in this article, not a new one."""
        seen = self.ctx.agreement_seen if hit.trigger.event_type == "agreement" else self.ctx.violence_seen
        if not seen or own_date or not self._definite(hit):
            return False
        # the strikes on a place already reported struck in this article are the same strikes
        return not fine or all(p.place.name in self.ctx.violence_places for p in fine)

    def _definite(self, hit: _TriggerHit) -> bool:
        """الضربة، بالاتفاق، the strikes, that attack: a thing already spoken of."""
        ns = hit.norm_start
        lead = self.s.norm[max(0, ns - 4) : ns]
        return (lead.endswith("ال") or self.s.norm.startswith("ال", ns)
                or bool(_DETERMINER_END.search(self.s.norm_before(hit.start, 8))))
