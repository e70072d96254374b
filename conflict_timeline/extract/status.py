"""Arguments: casualties and how sure a report is (reported, claimed, confirmed, planned)."""

from __future__ import annotations

from ..gazetteer import Entry
from .context import _per_sentence
from .mentions import _TriggerHit
from .rules import _ATTRIBUTION, _FORCES_RE, _LIST_PASSIVE, MEDIA_TYPES


class StatusMixin:
    def _casualty_quantity(self, a: int, b: int | None = None) -> bool:
        s = self.s
        n1 = s.norm_pos(b if b is not None else a)
        if _LIST_PASSIVE.match(s.norm, n1):
            return True  # three soldiers, two police officers and a worker had been killed
        return self._casualty_near(s.norm_pos(a), n1)

    def _casualties(self, lo: int = 0, hi: int | None = None) -> tuple[int | None, int | None]:
        s = self.s
        hi = len(s.text) if hi is None else hi
        killed = wounded = None
        killed_re, wounded_re = self.rules.cues.get("killed"), self.rules.cues.get("wounded")
        for q, a, b in s.quantities:
            if not lo <= a < hi:
                continue
            if q.value is None or q.kind not in ("troops", "people", "fatalities", "injured"):
                continue
            n0, n1 = s.norm_pos(a), s.norm_pos(b)
            near = s.norm[max(0, n0 - 30) : n0], s.norm[n1 : n1 + 22]
            if q.kind == "fatalities" or (killed_re and any(killed_re.search(w) for w in near)):
                killed = (killed or 0) + int(q.value)
            elif q.kind == "injured" or (wounded_re and any(wounded_re.search(w) for w in near)):
                wounded = (wounded or 0) + int(q.value)
        if killed is None and s.cue(self.rules, "killed"):
            # "the killing of <a named person>": one death
            persons = [m for m in s.mentions if m.actor is not None and m.actor.type == "person"]
            for m in persons:
                if lo <= m.start < hi and s.cue(self.rules, "killed", max(0, m.start - 20), m.start):
                    killed = (killed or 0) + 1
        return killed, wounded

    def _attacker_side(self, actor: Entry) -> bool:
        """Armed groups, and states listed as attackers in roles.csv (Iran): the side that fires rockets
        and drones at the bases."""
        return actor.type == "armed_group" or self.gaz.root(actor.id).name in self.rules.attackers

    def _status(self, etype: str, actor: Entry | None, hit: _TriggerHit) -> str:
        s, rules = self.s, self.rules
        if etype == "denial":
            return "confirmed"
        if self._reported():
            return "reported"
        if etype == "attack" and actor is not None and self._attacker_side(actor) and s.cue(rules, "claimed"):
            return "claimed"
        if s.cue(rules, "planned") or s.cue(rules, "planned_verb"):
            return "planned"
        if actor is not None and actor.type not in MEDIA_TYPES and s.cue(rules, "confirmed"):
            return "confirmed"
        return "reported"

    @_per_sentence
    def _reported(self) -> bool:
        """Attributed to media, unnamed officials or reports. "According to the Pentagon" / بحسب
        وزارة الدفاع names an official source: that is not a mere report."""
        s, pattern = self.s, self.rules.cues.get("reported")
        if pattern is None:
            return False
        for m in pattern.finditer(s.norm):
            start = s.offsets[m.end()] if m.end() < len(s.offsets) else len(s.text)
            named = [a for a in self._actors() if 0 <= a.start - start <= 25]
            if named and named[0].actor.type not in MEDIA_TYPES and _ATTRIBUTION.search(m.group()):
                continue
            return True
        return False

    def _forces_near(self, hit: _TriggerHit) -> bool:
        """A movement word needs forces: named right after it (سحب قواتها, عودة القوات) or just
        before it (القوات الأمريكية دخلت), or a number of troops nearby."""
        n = self.s.norm_pos(hit.start)
        window = self.s.norm[max(0, n - 25) : n + len(hit.text) + 40]
        return bool(_FORCES_RE.search(window)) or any(
            q.kind == "troops" and abs(a - hit.start) < 80 for q, a, _ in self.s.quantities)
