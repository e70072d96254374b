"""Shoot-downs. An aircraft shot down is what was struck: its side is the target. Who fired is the
subject of an active verb ("Turkish F-16s shot down", أسقطت الدفاعات التركية) or the agent after
"by" (بصاروخ, by Syrian air defences), never the aircraft's own side and never the one who only
tells of it ("Russia said its jet was downed")."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .hits import _Mention, _TriggerHit
from .rules import _EXECUTE_AFTER, _EXECUTE_BEFORE, MEDIA_TYPES
from .trigger_words import _DOWN_WORDS

# "was shot down", تم إسقاط: the aircraft is the subject, the shooter is told only after "by"
_PASSIVE_DOWN = re.compile(r"(?:\b(?:was|were|been|being)\s+(?:\w+\s+)?|(?:^|\s)تم\s+)$")
_DOWN_BY = re.compile(r"(?:^|\s)(?:by|بنيران|بصاروخ|بصواريخ|من قبل|عل[ىي] يد|بواسطه)\s+(?:\S+\s+){0,3}$")
# the shooter named with aircraft (jets, مقاتلات): an airstrike; with guns or missiles: an attack
_SHOOTER_CRAFT = re.compile(r"طايرات|طايره|مقاتلات|مقاتله|jets?\b|fighters?\b|f-?16|f-?15|f/a-?18|hornet|tornado|rafale"
                            r"|typhoon|warplanes?|اف ?16|اف-16|سوخوي|ميغ|تورنادو|رافال")


class DowningMixin:
    def _is_down(self, hit: _TriggerHit) -> bool:
        return normalize(hit.text) in _DOWN_WORDS

    def _down_passive(self, hit: _TriggerHit) -> bool:
        return normalize(hit.text) == "اسقاط" or bool(_PASSIVE_DOWN.search(self.s.norm_before(hit.start, 20)))

    def _downed_side(self, hit: _TriggerHit) -> _Mention | None:
        """The side of the aircraft shot down: named with the aircraft after the verb (أسقطت ... طائرة
        حربية سورية, "shot down a Syrian Su-22"), else, in the passive, named before it ("a Russian
        Su-25 was shot down", موسكو تعلن سقوط مقاتلة لها)."""
        after = [m for m in self._actors() if m.start >= hit.end and self._owns_struck(hit, m)]
        if after:
            return after[0]
        if self._down_passive(hit):
            before = [m for m in self._actors() if m.end <= hit.start and hit.start - m.end <= 40
                      and m.actor.type not in MEDIA_TYPES]
            return before[-1] if before else None
        return None

    def _downer(self, hit: _TriggerHit) -> tuple[Entry | None, str]:
        """Who shot the aircraft down, and whether from the air (an airstrike) or the ground."""
        s = self.s
        downed = self._downed_side(hit)
        side = self._side(downed.actor) if downed is not None else None
        cands = [m for m in self._actors() if m is not downed and m.actor.type not in MEDIA_TYPES
                 and (side is None or self._side(m.actor) is not side)]
        shooter = next((m for m in cands if m.start >= hit.end and m.start - hit.end <= 60
                        and _DOWN_BY.search(s.norm_before(m.start, 30))), None)
        if shooter is None and not self._down_passive(hit):
            before = [m for m in cands if m.end <= hit.start and hit.start - m.end <= 60]  # SVO
            after = [m for m in cands if 0 <= m.start - hit.end <= 30
                     and (downed is None or m.start < downed.start)]  # VSO
            shooter = before[-1] if before else (after[0] if after else None)
        if shooter is None:
            return None, "attack"
        around = s.norm[max(0, s.norm_pos(shooter.start) - 20) : s.norm_pos(shooter.end) + 20]
        return shooter.actor, "airstrike" if _SHOOTER_CRAFT.search(around) else "attack"

    def _interceptor(self, hits: list[_TriggerHit]) -> _Mention | bool | None:
        """A drone, missile or rocket intercepted or shot down ("air defences at Hmeimim shot down
        two drones", أسقطت الدفاعات الروسية طائرتين مسيرتين, "forces at al-Tanf shot down a drone"): an
        attack on the side that intercepted it. Its mention (before the verb, or right after it in
        Arabic), True when the sentence names no side, False when nothing was intercepted."""
        s = self.s
        weapons = [h for h in hits if _INTERCEPTED_WEAPON.fullmatch(normalize(h.text))]
        if not weapons:
            return False
        w0 = s.norm_pos(weapons[0].start)
        verb = None
        for m in _INTERCEPT.finditer(s.norm, max(0, w0 - 70), w0):
            verb = m
        passive = _PASSIVE_INTERCEPT.match(s.norm, s.norm_pos(weapons[0].end)) if verb is None else None
        if passive is not None and (self.ctx.violence_seen or _AIMED.search(s.norm, w0)):
            # "three of the drones were downed by the base's defences": the drones of the attack told, the
            # side after "by" intercepted them
            by = [m for m in s.mentions if m.actor is not None and m.actor.type not in MEDIA_TYPES
                  and 0 <= s.norm_pos(m.start) - passive.end() <= 40]
            return by[0] if by else True
        if verb is None or _SHOOTER_CRAFT.search(s.norm, max(0, verb.start() - 60), verb.start()):
            return False  # (a jet that shoots a drone down strikes it: "an RAF Typhoon shot down a drone")
        if not _AIMED.search(s.norm, w0):
            return False  # "shot down a drone operated by pro-regime forces": the shooter's deed, told as such
        who = [m for m in s.mentions if m.actor is not None and m.actor.type not in MEDIA_TYPES and (
            0 <= verb.start() - s.norm_pos(m.end) <= 60 or 0 <= s.norm_pos(m.start) - verb.end() <= 30)]
        return who[0] if who else True

    def _launcher(self, hits: list[_TriggerHit]) -> Entry | None:
        """Who launched what was intercepted: the agent after "launched by", أطلقتها."""
        s = self.s
        end = s.norm_pos(max(h.end for h in hits))
        for m in self._actors():
            n0 = s.norm_pos(m.start)
            if n0 >= end and _LAUNCHED_BY.search(s.norm, max(0, n0 - 30), n0):
                return m.actor
        # the side that carried out the attack whose weapons were downed, named before it (شن العدو
        # الإسرائيلي عدوانا جويا ... وتصدت الدفاعات لصواريخ العدوان)
        start = s.norm_pos(min(h.start for h in hits))
        return next((m.actor for m in self._actors() if s.norm_pos(m.end) <= start and m.actor.type not in MEDIA_TYPES
                     and (_EXECUTE_BEFORE.search(s.norm_before(m.start, 12)) or _EXECUTE_AFTER.match(s.norm, s.norm_pos(m.end)))), None)


# intercepting or shooting down a weapon in flight
_INTERCEPT = prefiltered(re.compile(r"(?:^|\s)[وف]?(?:shot down|shoots down|shooting down|intercepted|intercepting|downed|اسقطت|اسقط"
                                    r"|اعترضت|اعترض|تصدت|تصدي|تم اسقاط|تم اعتراض)(?=\s)"))
_INTERCEPTED_WEAPON = re.compile(r"(?:ال)?(?:طايرتين مسيرتين|طايره مسيره|طايرات مسيره|مسيرات|مسيرتين|مسيره|drones?"
                                 r"|one-way attack drones?|unmanned aerial vehicles?|uavs?|صواريخ|صاروخين|صاروخا"
                                 r"|rockets?|missiles?)")
# a weapon intercepted, told in the passive right after it ("drones were shot down by", تم إسقاطها)
_PASSIVE_INTERCEPT = re.compile(r"\s+(?:\S+\s+)?(?:were|was|had been|have been)\s+(?:\S+\s+)?(?:shot down|intercepted|downed|destroyed)(?:\s+by)?"
                                r"|\s+(?:تم|جر[ىي])\s+(?:اسقاطها|اسقاطهما|اعتراضها|اعتراضهما)")
# drones aimed at the side that downed them: launched at it, approaching or heading for it
_AIMED = re.compile(r"launched by|fired by|sent by|approaching|toward|towards|targeting|aimed at|heading (?:to|for)|اطلقتها|اطلقتهما"
                    r"|اطلقها|اطلقهما|اطلقوها|باتجاه|كانت تستهدف|حاولت استهداف|تستهدف|استهدفت")
_LAUNCHED_BY = re.compile(r"(?:launched|fired|sent)\s+by\s+(?:the\s+)?$|(?:^|\s)(?:اطلقتها|اطلقتهما|اطلقها|اطلقهما|اطلقوها)\s+$")
