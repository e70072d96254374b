"""Stage: event candidates. A trigger with its arguments (actor, target, place, date, numbers,
status) attached by clause and preposition, one sentence at a time."""

from __future__ import annotations

from ..gazetteer import Entry
from ..schema import Event
from ..text.arabic import normalize
from ..text.numbers import Quantity
from .actors import ActorsMixin
from .candidate_words import (
    _ABSTRACT_AFTER,
    _ANNOUNCE,
    _CREW_OR_LOSSES,
    _DELIVERY_WORD,
    _DESCRIBED_BY,
    _DESTINATION_TO,
    _EACH_UNIT,
    _FALL_WORD,
    _FELL_TO,
    _FOR_PREFIX,
    _GROUP_SUBJECT_AFTER,
    _HERE,
    _LANDED_CRAFT,
    _LEFT_DEAD,
    _LIST_GOES_ON,
    _ORDER,
    _OWN_FORCES,
    _PLAIN_MOVE,
    _PLANS,
    _PRESSURE,
    _SAYING,
    _SINCE_CLAUSE,
    _SUPERVISED,
    _TALK_ABOUT,
    _TELLER_BEFORE,
    _TO_DO,
    _TO_THE_SCENE,
    _VICTIMS_FELL,
    _VISITED_TROOPS,
    _WEAPON_SYSTEMS_AFTER,
)
from .context import _Context
from .deaths import DeathsMixin
from .downing import DowningMixin
from .funding import FundingMixin
from .hits import _Mention, _TriggerHit
from .memory import MemoryMixin
from .mentions import _Analyzer, _Sentence, _unique_places
from .nationality import NationalityMixin
from .persons import remember_speakers
from .place_words import _SPOKE_AT
from .political import PoliticalMixin
from .rules import (
    _ADDITIONAL,
    _AFTER,
    _ANAPHORIC_BASE,
    _BASES_COUNT,
    _COERCED,
    _COMMAND_AFTER,
    _CONDEMN,
    _CONDITION,
    _EVACUATE_WORD,
    _EVACUEE,
    _FROM_END,
    _HANDOVER_WORD,
    _HYPOTHETICAL,
    _LEVEL_VERB,
    _OBLIGATION,
    _OTHER_SITES,
    _OUT_OF,
    _PRIOR_LEVEL,
    _PURPOSE,
    _REACH,
    _RETURN_WORD,
    _ROUTINE_AFTER,
    _ROUTINE_BEFORE,
    _STAYS,
    _TALLY_SPAN,
    _TO_LEVEL,
    _TRAINEES,
    _UNRELATED,
    _VALUE_OF,
    MEDIA_TYPES,
    Trigger,
)
from .status import StatusMixin
from .strike_kind import StrikeKindMixin
from .strike_places import StrikePlacesMixin
from .strikers import StrikerMixin
from .targets import TargetsMixin
from .troop_changes import add_change, describes_level
from .violence import ViolenceMixin
from .where_when import WhereWhenMixin


class _SentenceExtractor(MemoryMixin, FundingMixin, ViolenceMixin, StrikePlacesMixin, StrikerMixin, NationalityMixin, StrikeKindMixin, DowningMixin, DeathsMixin, PoliticalMixin, TargetsMixin,
                         ActorsMixin, WhereWhenMixin, StatusMixin):
    def __init__(self, analyzer: _Analyzer, ctx: _Context, sent: _Sentence) -> None:
        self.a = analyzer
        self.gaz = analyzer.gaz
        self.rules = analyzer.rules
        self.ctx = ctx
        self.s = sent
        self.back_reference = False
        self._actor_cache: list[_Mention] | None = None
        self._speaker_cache: list[_Mention] | None = None

    # -- driver
    def run(self) -> list[Event]:
        s = self.s
        by_family: dict[str, list[_TriggerHit]] = {}
        for t in s.triggers:
            if not self._since_clause(t):
                by_family.setdefault(t.trigger.family, []).append(t)
        political = by_family.get("political", [])
        out: list[Event] = []
        if s.no_comment:
            # "Damascus did not comment on the strikes": neither a statement nor a new strike
            return []
        out += self._violence(by_family.get("violence", []), political)
        troops = self._troops(by_family.get("troops", []), political)
        value = next((q.value for q, a, _ in s.quantities if q.kind == "money" and q.value is not None
                      and _VALUE_OF.search(s.norm_before(a, 30))), None)
        for ev in troops:
            if value is not None and ev.event_type == "withdrawal" and ev.amount_usd is None:
                ev.amount_usd = float(value)  # "handed over equipment worth 347 million dollars"
        out += troops
        out += self._funding(by_family.get("funding", []))
        if not out:
            out += self._other(by_family.get("other", []))  # the fall of a city, announced: the fall
        if any(m.actor is not None for m in s.mentions):
            remember_speakers(s.text, s.norm, s.norm_pos, s.mentions, self.ctx.people)
        out += self._political(political, any(id(e) not in self.ctx.backrefs for e in out))
        self._remember(out)
        return out

    def _since_clause(self, hit: _TriggerHit) -> bool:
        """An event told as the start of a span with no date of its own ("since the deal was
        reached", منذ سقوط النظام): a time the sentence counts from, not an event. One dated after its
        word ("since Washington began strikes in Iraq in August") is a past event the page recalls."""
        if not ("since" in self.s.norm or "منذ" in self.s.norm) or _SINCE_CLAUSE.search(
                self.s.norm_before(hit.start, 60)) is None:
            return False
        clause = self.s.clause_of(hit.start)
        return not any(d.span[0] >= hit.end and self.s.clause_of(d.span[0]) == clause for d in self.s.dates)

    def spoken_by(self) -> Entry | None:
        """The speaker of this sentence when it yields no statement (for a later "he added")."""
        speech = [h for h in self.s.triggers if h.trigger.hint == "speech"]
        return self._speaker(speech[0]) if speech else self._subject_after_speech_verb(len(self.s.text))

    def _embedded(self, hit: _TriggerHit, political: list[_TriggerHit]) -> bool:
        """A movement or strike that is only the object of a statement, call, committee or denial:
        a political trigger shortly before it, or a denial anywhere in the sentence."""
        before = self.s.norm_before(hit.start, 12)
        if _UNRELATED.search(self.s.norm_before(hit.start, 40)):
            return True  # "unrelated to the recent attacks": named only to be set apart
        maybe = _HYPOTHETICAL.search(self.s.norm_before(hit.start, 40))
        if maybe and maybe.group().split()[0] == "would" and any(
                t.trigger.hint == "speech" and t.end <= hit.start for t in self.s.triggers):
            maybe = None  # "officials said jets would be sent": the future of what was said, a plan
        if maybe and not any(self.s.clause_of(d.span[0]) == self.s.clause_of(hit.start) for d in self.s.dates):
            return True  # "a victory would accelerate an expected withdrawal": a possibility
        if _OBLIGATION.search(self.s.norm_before(hit.start, 40)):
            return True  # "Ankara must withdraw all its forces": a demand, not a move
        if hit.trigger.family == "troops" and _COERCED.search(self.s.norm_before(hit.start, 50)):
            return True  # "vowed to force US troops to leave": an aim, not a move
        if _CONDITION.search(before):
            return True  # "until it withdraws", "to prevent the return of ...": a condition, not an event
        if _PURPOSE.search(self.s.norm_before(hit.start, 60)):
            return True  # "the operation aims to withdraw the weapons": what it is for, not an event
        if hit.trigger.family == "troops" and _RETURN_WORD.search(normalize(hit.text).lower()) and (
                _ROUTINE_BEFORE.search(self.s.norm_before(hit.start, 30))
                or _ROUTINE_AFTER.match(self.s.norm, self.s.norm_pos(hit.end))):
            return True  # "on its way back to base", "as they returned from a mission": no move
        if hit.trigger.family == "troops" and _LEFT_DEAD.match(self.s.norm, self.s.norm_pos(hit.end)):
            return True  # "leaving 12 civilians dead", خلفت قتلى: what a strike left behind, no move
        if hit.trigger.family == "troops" and _AFTER.search(before) and not any(
                d.span[0] > hit.start and self.s.clause_of(d.span[0]) == self.s.clause_of(hit.start) for d in self.s.dates):
            return True  # "after the mission ends": a time, not an event (unless it has a date of its own)
        for p in political:
            if p.trigger.event_type == "denial":
                if hit.trigger.family != "troops" and p.start > hit.end and self.s.clause_of(p.start) != self.s.clause_of(hit.start):
                    continue  # "the IRGC fired missiles at Erbil, ... while the region denied any Israeli presence"
                if hit.trigger.family != "troops":
                    return True  # "Iran denied it was behind the attacks": the attacks are told elsewhere
                if self._plan_denied(hit, [p]):
                    return True  # "the Pentagon denied any plans to withdraw": no move, only the denial
                if p.start < hit.start and self._speaker(p) is None:
                    return True  # نفت مصادر محلية دخول قوات: no party denies, and nothing is told as fact
                continue  # the denied move is a report of its own, marked by the denial
            if hit.trigger.family == "violence" and _CONDEMN.fullmatch(normalize(p.text)) and (
                    self.s.cue(self.rules, "killed", hit.end) or self.s.cue(self.rules, "wounded", hit.end)
                    or self.s.dates):
                continue  # "condemned the Turkish shelling of a resort that killed nine": the strike happened
            if p.trigger.hint != "speech" and 0 <= hit.start - p.end <= 120 and not (
                    hit.trigger.family == "troops" and _ORDER.fullmatch(normalize(p.text))):
                return True  # (an order to move is the move, planned: أمر بوتين ببدء سحب القوات)
        return False

    # -- event families
    def _troops(self, hits: list[_TriggerHit], political: list[_TriggerHit]) -> list[Event]:
        s = self.s
        if not hits and not any(q.kind == "troops" for q, _, _ in s.quantities):
            return []  # no movement word and no number of troops
        if s.search(_BASES_COUNT) and s.search(_TALLY_SPAN):
            return []  # "the coalition has vacated 6 bases in recent months": a count of handovers told before
        out: list[Event] = []
        used: set[int] = set()
        anchors: list[int] = []
        troop_qs = [(q, a, b) for q, a, b in s.quantities if q.kind == "troops" and not self._casualty_quantity(a, b)]
        # "مسؤولان عسكريان" (two military officials): the tellers, no troops; the crew aboard an
        # aircraft and the losses of a campaign (ترتفع خسائر روسيا إلى 19 جنديا) are no force either
        troop_qs = [(q, a, b) for q, a, b in troop_qs if not _TELLER_BEFORE.search(s.norm_before(a, 12))
                    and not _CREW_OR_LOSSES.search(s.norm_before(a, 50))
                    and not _EACH_UNIT.search(s.norm_before(a, 30))]  # (3 companies of 100 each: a unit's size)
        # "graduated 47,000 personnel the coalition trained": trainees, not a force
        troop_qs = [(q, a, b) for q, a, b in troop_qs if not any(
            s.clause_of(s.offsets[min(m.start(), len(s.offsets) - 1)]) == s.clause_of(a)
            for m in _TRAINEES.finditer(s.norm, max(0, s.norm_pos(a) - 60), min(len(s.norm), s.norm_pos(b) + 60)))]
        if len(troop_qs) > 1:
            # "150 advisers arrived, out of 450 to be sent": the whole is told with its part; "600, down
            # from about 1,000": the level before the change
            troop_qs = [(q, a, b) for q, a, b in troop_qs if not _OUT_OF.search(s.norm_before(a, 16))
                        and not _PRIOR_LEVEL.search(s.norm_before(a, 24))] or troop_qs
        for q, a, b in troop_qs:
            clause = s.clause_of(a)
            movers = [h for h in hits if s.clause_of(h.start) == clause and h.start < a and a - h.end < 80
                      and self._forces_near(h)]
            if not movers and s.norm_pos(b) < len(s.norm) and not _LEVEL_VERB.search(s.norm_before(a, 45)):
                # "150 مستشارا أميركيا وصلوا إلى القاعدة", "500 troops arrived": the verb after its subject
                movers = [h for h in hits if s.clause_of(h.start) == clause and 0 <= h.start - b <= 25
                          and not any(t.start < h.start and t.start >= b for t in hits if t is not h)
                          and not _LEVEL_VERB.search(s.norm[s.norm_pos(b) : s.norm_pos(h.end)]) and not describes_level(s, h, b)]
            if not movers and clause > 0 and _LIST_GOES_ON.fullmatch(
                    s.norm, s.norm_pos(s.clauses[clause - 1]), s.norm_pos(a)) and not any(
                    s.clause_of(h.start) == clause for h in hits) and not _STAYS.match(s.norm, s.norm_pos(b)):
                # "sent four armoured carriers, some 60 soldiers to ...": the count goes on with the
                # list of what the verb before the comma moved
                movers = [h for h in hits if s.clause_of(h.start) == clause - 1 and a - h.end < 80 and self._forces_near(h)]
            mover = movers[-1] if movers else None
            if mover is not None and _OBLIGATION.search(s.norm_before(mover.start, 40)):
                # "stressed the need for parliament to act to cut the force to 3,000": no move, the
                # speaker's demand, with the figure it asks for
                out += self._demand(mover, q)
                continue
            plan_denied = mover is not None and self._plan_denied(mover, political)
            span_from = mover.start if mover is not None else max(0, a - 40)
            between = s.norm[s.norm_pos(span_from) : s.norm_pos(a)]
            strong_level = bool(_LEVEL_VERB.search(between))
            to_level = bool(_TO_LEVEL.search(s.norm_before(a, 25)))
            anchors.append(a)
            if mover is not None and not strong_level and not to_level and not plan_denied:
                used.add(id(mover))
                out.append(self._troop_event(mover.trigger.event_type, mover, a, q, mover.trigger.weight))
                continue
            stays = bool(_STAYS.match(s.norm, s.norm_pos(b)))
            additional = _ADDITIONAL.search(q.text) or _ADDITIONAL.search(s.norm_before(a, 16))
            if mover is None and additional and not strong_level and not stays:
                # "the additional 1,100 troops were sent": a change, whichever side the verb stands
                later = [h for h in hits if h.start > a and h.trigger.event_type == "deployment"]
                for h in later[:1]:
                    used.add(id(h))
                hit = later[0] if later else _TriggerHit(a, b, s.text[a:b], Trigger("deployment", "troops", "", 0.7), 0)
                out.append(self._troop_event("deployment", hit, a, q, 0.75))
                continue
            if mover is not None:
                used.add(id(mover))
            if mover is not None and not plan_denied:
                if strong_level and mover.start < a and not _REACH.search(mover.text) and not _LEVEL_VERB.fullmatch(
                        normalize(mover.text)):
                    # "will begin withdrawing its forces, numbering about 2,000": the move, and the level
                    out.append(self._troop_event(mover.trigger.event_type, mover, mover.start, None,
                                                 mover.trigger.weight))
                elif to_level and not strong_level:
                    # "reduce the force to 2,500": a withdrawal, and the level it leaves
                    out.append(self._troop_event(mover.trigger.event_type, mover, mover.start, None,
                                                 mover.trigger.weight))
            if q.value is None:
                continue  # "dozens of soldiers": no level to chart
            hit = _TriggerHit(a, b, s.text[a:b], Trigger("troop_level", "troops", "", 0.75), 0)
            level_cue = s.cue(self.rules, "level_cue", max(0, a - 30), a)
            weight = 0.8 if (level_cue or strong_level) else 0.65
            out.append(self._troop_event("troop_level", hit, a, q, weight))
        # movements without a number of troops: one per type and clause
        for h in hits:
            retyped = self._retype(h)
            if h.trigger.hint == "landing" and not _LANDED_CRAFT.search(s.norm, max(0, h.norm_start - 40), h.norm_start + len(h.text) + 30):
                continue  # (what landed is an aircraft: "the second missile landed in an empty area" moved nothing)
            if id(h) in used or (retyped is None and (h.trigger.hint == "delivery" or not self._forces_near(h))):
                continue  # (a word of delivering moves only weapon systems)
            clause = s.clause_of(h.start)
            if any(s.clause_of(x) == clause and not h.start - x > 25 for x in anchors) or any(describes_level(s, h, b) for *_, b in troop_qs):
                continue  # the move already counted with its number, the verb of a level, or how its troops came
            if self._comes_ref(h) or _TO_THE_SCENE.search(s.norm, h.norm_start, h.norm_start + 60):
                continue  # "the withdrawal comes after consultations": the move told before; وصلت قوة إلى
                # المكان, "troops arrived at the scene": responders to what happened, no move
            if self._definite(h) and not self._own_place(h) and (any(
                    t.trigger.hint == "speech" and t.end <= h.start for t in s.triggers)
                    or _SAYING.search(s.norm_before(h.start, 40))):
                continue  # "saying the intervention achieved its goals": the presence spoken of, no move
            if any(m.actor is not None and m.actor.type == "armed_group" and 0 <= m.start - h.end <= 3
                   for m in s.mentions) or _GROUP_SUBJECT_AFTER.match(s.norm, s.norm_pos(h.end)):
                continue  # عززت الفصائل مواقعها: a group's own positions, no foreign force moving
            if _ABSTRACT_AFTER.match(s.norm, s.norm_pos(h.end)):
                continue  # تعزيز التنسيق بين الجانبين, "reinforce cooperation": ties strengthened, no force
            mover = None
            if _SUPERVISED.search(s.norm_before(h.start, 24)):
                # والإشراف على انسحاب الأكراد: the overseer does not move; the side named after the
                # move does (none known: no event)
                mover = next((m.actor for m in self._actors() if 0 <= m.start - h.end <= 25
                              and not self._is_place_use(m)), None)
                if mover is None:
                    continue
            if s.norm_before(h.start, 2).endswith("ل") and _PRESSURE.search(s.norm_before(h.start, 90)):
                continue  # الضغط لإخراج القوات, "the push to expel the forces": a goal, not a move
            if _TALK_ABOUT.search(s.norm_before(h.start, 50)):
                continue  # الرسالة المتداولة بشأن سحب القوات, "rumours of a pullout": what is said, not a move
            if retyped is not None:
                # "handed over command of the mission to Italy", the wounded evacuated to hospital: an
                # event of its own, no force moves; "completed the delivery of the S-300 to Syria": the
                # weapons deployed
                out.append(self._troop_event(retyped, h, h.start, None, h.trigger.weight * 0.8))
                anchors.append(h.start)
                continue
            if self._embedded(h, political) and not (
                    any(p.trigger.event_type == "agreement" for p in political) and self._own_place(h, finer=True)):
                continue  # (a move an agreement provides for, with a place of its own finer than the
                # country, is a planned move: "to end the mission in Iraq" is the agreement itself)
            if any(e.event_type == h.trigger.event_type for e in out):
                continue
            # a move from (or to) several bases or cities is one event per place, as for attacks
            # (a city counts only when named as a place: يجب على أنقرة أن تسحب names the government)
            sites = [p for p in self._places() if p.start > h.start and (p.place.geo_precision == "site" or (
                p.place.geo_precision == "city" and (p.actor is None or self._is_place_use(p)
                                                     or _FROM_END.search(s.norm_before(p.start, 8)))))]
            sites = self._move_end(sites, h.trigger.event_type)
            # (قاعدة خراب الجير بريف الرميلان: one base, unless another move word stands between them)
            sites = [p for p in sites if not (self._locator(p, sites) and not any(
                t.trigger.family == "troops" and q.end <= t.start < p.start for t in s.triggers
                for q in sites if q.end <= p.start))]
            if len(_unique_places(sites)) > 1:
                for p in _unique_places(sites):
                    out.append(self._troop_event(h.trigger.event_type, h, p.start, None, h.trigger.weight * 0.9))
            else:
                out.append(self._troop_event(h.trigger.event_type, h, h.start, None, h.trigger.weight * 0.9, mover))
            anchors.append(h.start)
        add_change(out, s)  # "cut its troops from 5,200 to 3,000": the level and a change of 2,200
        return out

    def _demand(self, hit: _TriggerHit, q: Quantity) -> list[Event]:
        """The statement of a speaker who demands a move with its figure (at most one a sentence)."""
        speech = [t for t in self.s.triggers if t.trigger.hint == "speech" and t.start < hit.start]
        actor = self._speaker(speech[0]) if speech else None
        if actor is None or self.gaz.resolve_actor(actor, self.ctx.reference).type in MEDIA_TYPES:
            return []
        ev = self._event("statement", hit, hit.start, actor, None, self._seat(actor), "confirmed", hit.trigger.weight * 0.8)
        if q.value is not None:
            ev.troops = int(q.value)
            ev.event_id = ev.make_id()
        return [ev]

    def _retype(self, hit: _TriggerHit) -> str | None:
        """A word of moving that tells another event: a command handed over or the wounded evacuated
        ("other": no force moves), weapon systems handed over or delivered (a deployment of them)."""
        word = normalize(hit.text).lower()
        after = self.s.norm_pos(hit.end)
        if _HANDOVER_WORD.search(word) and _COMMAND_AFTER.match(self.s.norm, after):
            return "other"
        if _EVACUATE_WORD.search(word) and self.s.search(_EVACUEE):
            return "other"
        if (_HANDOVER_WORD.search(word) or _DELIVERY_WORD.search(word)) and _WEAPON_SYSTEMS_AFTER.match(self.s.norm, after):
            return "deployment"
        return None

    def _own_place(self, hit: _TriggerHit, finer: bool = False) -> bool:
        """A place of its own right after a movement word (نشر وحدات ... شمال شرق سوريا), before any
        other trigger (with `finer`, not a whole country)."""
        nxt = min((t.start for t in self.s.triggers if t.start > hit.end), default=len(self.s.text))
        return any(hit.end <= p.start < min(nxt, hit.end + 70) and not (finer and p.place.geo_precision == "country")
                   for p in self._places())

    def _plan_denied(self, hit: _TriggerHit, political: list[_TriggerHit]) -> bool:
        """"Denied any plans to withdraw its 2,500 troops": the move is only what is denied."""
        return any(p.trigger.event_type == "denial" and p.end <= hit.start
                   and _PLANS.search(self.s.norm, self.s.norm_pos(p.end), self.s.norm_pos(hit.start)) for p in political)

    def _troop_event(self, etype: str, hit: _TriggerHit, pos: int, q: Quantity | None, weight: float,
                     mover: Entry | None = None) -> Event:
        actor = mover or (self._verb_subject(hit) if hit.trigger.family == "troops" else None) or self._owner(
            pos, exclude=self._deniers())
        if actor is None and self._deniers() and _OWN_FORCES.search(
                self.s.norm, max(0, self.s.norm_pos(hit.start) - 30), self.s.norm_pos(pos) + 30):
            # "the Pentagon denied any plans to withdraw its forces": whose forces the denier says
            actor = self._owner(pos)
        if actor is not None:
            self.ctx.last_owner = actor
        place = self._place_near(pos, etype)
        if place is None and not _OTHER_SITES.search(self.s.norm):
            place = self.ctx.last_troop_place  # "roughly 900 troops": where the article is (not "other posts")
        if place is not None and actor is not None and place.place.geo_precision == "country" and (
                place.actor is not None and self._side(place.actor) is self._side(actor)
                and not self._is_place_use(place)):
            # وتؤكد أنقرة أن الجنود الذين بعثت بهم: the country that moves its forces, named as the
            # one who speaks or acts, is not where they go; the place the page speaks of stands
            last = self.ctx.last_troop_place
            place = last if last is not None and last.place.country != place.place.country else None
        site = self.ctx.last_site
        if site is not None and _HERE.match(self.s.norm, self.s.norm_pos(hit.end)):
            place = site  # "soldiers were deployed here in October": at the base the article is about
        elif site is not None and self._base_named_again() and (
                place is None or (place.place.geo_precision != "site" and place.place.country == site.place.country)):
            place = site  # "sent to the camp near Mosul": the camp the article named before
        if etype == "deployment":
            left = self._moved_out(hit, place)
            if left is not None:
                etype, place = "withdrawal", left  # "Moscow moved troops from Syria": a move out of it
        if etype in ("deployment", "withdrawal"):
            self.ctx.last_move_out = etype == "withdrawal" and _PLAIN_MOVE.fullmatch(normalize(hit.text).lower()) is not None
        if place is not None:
            self.ctx.last_troop_place = place
        status = self._status(etype, actor, hit)
        if status == "planned" and etype == "troop_level" and self._plan_denied(hit, self.s.triggers):
            status = "reported"  # "denied any plans to withdraw its 2,500 troops": the 2,500 are there now
        troops = int(q.value) if q is not None and q.value is not None else None
        return self._event(etype, hit, pos, actor, None, place, status, weight, troops=troops)

    def _moved_out(self, hit: _TriggerHit, place: _Mention | None) -> _Mention | None:
        """A word of moving alone ("moved", "relocated", نقلت) with a place the forces left from and
        none they went to: a withdrawal from that place (its mention); told again with no place of its
        own, the move out told before."""
        s = self.s
        if not _PLAIN_MOVE.fullmatch(normalize(hit.text).lower()):
            return None
        here = self._places()
        if not any(p.start > hit.start for p in here):
            return place if place is not None and self.ctx.last_move_out else None  # "how many were moved"
        if any(p.start > hit.end and _DESTINATION_TO.search(s.norm_before(p.start, 10)) for p in here):
            return None
        return next((p for p in here if p.start > hit.end and _FROM_END.search(s.norm_before(p.start, 8))), None)

    def _base_named_again(self) -> bool:
        """"The base" named again (the camp, القاعدة), not as where a speaker spoke ("Speaking to the
        soldiers at the airfield, the president said part of them would leave")."""
        found = self.s.search(_ANAPHORIC_BASE)
        return found is not None and not _SPOKE_AT.search(self.s.norm, max(0, found.start() - 60), found.start())

    def _other(self, hits: list[_TriggerHit]) -> list[Event]:
        if not hits:
            return []
        h = hits[0]
        place = self._place_near(h.start)
        if place is None:
            return []
        if h.trigger.hint == "visit" and not _VISITED_TROOPS.match(self.s.norm, self.s.norm_pos(h.end)):
            return []  # a visit counts only to troops or a base ("visited US troops in Syria")
        if _HYPOTHETICAL.search(self.s.norm_before(h.start, 40)) or _OBLIGATION.search(self.s.norm_before(h.start, 40)):
            return []  # "the government tries to rein in the factions": an attempt, no capture
        if _VICTIMS_FELL.match(self.s.norm, self.s.norm_pos(h.end)):
            return []  # سقوط عدد من الضحايا: casualties fell, no town
        if _DESCRIBED_BY.search(self.s.norm_before(h.start, 16)):
            return []  # "fighters who have taken large parts of the east": a description, no capture told
        if _TO_DO.search(self.s.norm_before(h.start, 16)) or _FOR_PREFIX.search(self.s.norm_before(h.start, 4)):
            return []  # "the campaign to defeat ISIS", لتحرير المدينة: what is fought for, not yet done
        said = [t for t in self.s.triggers if t.trigger.family == "political" and t.end <= h.start
                and not _ANNOUNCE.fullmatch(normalize(t.text))]
        if said:
            return []  # "said the defeat in Mosul is not the end of the war": a comment, not the fall
        if _FALL_WORD.fullmatch(normalize(h.text).lower()):
            # "Ramadi fell to the militants", سقوط المدينة بيد التنظيم: the one it fell to, if named
            actor = next((m.actor for m in self._actors() if 0 <= m.start - h.end <= 40
                          and _FELL_TO.search(self.s.norm_before(m.start, 12))), None)
        else:
            actor, _ = self._perpetrator(h, set())
        return [self._event("other", h, h.start, actor, None, place, self._status("other", actor, h),
                            h.trigger.weight * 0.8)]
