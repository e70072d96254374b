"""Deaths told with no strike word: "a US Navy SEAL was killed", مقتل الجنرال ... قرب حلب. The
death of a soldier, officer or commander is an attack on his side; who killed him is the subject of
an active verb ("Islamic State militants killed a SEAL") or the agent after "by" (على يد, برصاص),
never the one who tells of the death: a side announcing its own dead does not claim them."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import normalize
from .hits import _Mention, _TriggerHit
from .mentions import _DEATH_WORDS, _SOLDIER_NEAR
from .rules import MEDIA_TYPES

# "was killed", "were killed": the one killed is the subject
_PASSIVE_DEATH = re.compile(r"\b(?:was|were|been|being)\s+$")
_KILLED_BY = re.compile(r"(?:^|\s)(?:by|at the hands of|على يد|علي يد|على ايدي|برصاص|بنيران|من قبل)\s+(?:\S+\s+){0,3}$"
                        # بعملية للاستخبارات التركية, "in an operation by Turkish intelligence"
                        r"|(?:^|\s)(?:في|ب)?(?:عمليه|غاره|ضربه)\s+(?:(?:امنيه|عسكريه|خاصه|نوعيه)\s+)?(?:(?:ل|لل)\S+\s+)?$"
                        r"|(?:^|\s)(?:operation|raid|strike)\s+(?:by|of)\s+(?:the\s+)?$"
                        # "in clashes with PKK militants", في اشتباكات مع عناصر التنظيم: the other side
                        r"|(?:^|\s)(?:clash(?:es)?|fighting|battles?)\s+with\s+(?:the\s+)?$"
                        r"|(?:^|\s)[وب]?(?:اشتباكات|اشتباك|مواجهات|معارك)\s+(?:\S+\s+)?مع\s+(?:\S+\s+)?$")
# "in a Turkish intelligence operation": the nationality of the operation killed
_KILLED_IN_OWN = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:operation|raid|strike)\b")


class DeathsMixin:
    def _is_death(self, hit: _TriggerHit) -> bool:
        return normalize(hit.text) in _DEATH_WORDS

    def _dead_side(self, hit: _TriggerHit) -> Entry | None:
        """The side of the soldier killed: the nationality or force named with the soldier word
        (a Canadian soldier, جندي تركي, a US Navy SEAL), else the one who tells of his death (قال
        الحرس الثوري إن الجنرال ... قتل: its own general)."""
        s = self.s
        h0, h1 = s.norm_pos(hit.start), s.norm_pos(hit.end)
        soldier = min(_SOLDIER_NEAR.finditer(s.norm, max(0, h0 - 50), h1 + 50),
                      key=lambda w: min(abs(w.start() - h1), abs(h0 - w.end())), default=None)
        if soldier is None:
            return None
        def gap(m: _Mention) -> int:
            # (0 when the name runs into the soldier word: "a US Navy SEAL")
            return max(0, s.norm_pos(m.start) - soldier.end(), soldier.start() - s.norm_pos(m.end))

        near = [m for m in self._actors() if m.actor.type not in MEDIA_TYPES and (
            gap(m) <= 12 if s.norm_pos(m.start) >= soldier.start() else gap(m) <= 25)]
        if near:
            return min(near, key=gap).actor
        tellers = self._speech_subjects()
        return tellers[0] if tellers else None

    def _killer(self, hit: _TriggerHit) -> Entry | None:
        """Who killed: the agent after "by", or the subject of an active "killed" in English."""
        s = self.s
        dead = self._dead_side(hit)
        side = self._side(dead) if dead is not None else None
        cands = [m for m in self._actors() if m.actor.type not in MEDIA_TYPES
                 and (side is None or self._side(m.actor) is not side)]
        agent = next((m for m in cands if m.start >= hit.end and m.start - hit.end <= 80
                      and _KILLED_BY.search(s.norm_before(m.start, 30))), None)
        if agent is not None:
            return agent.actor
        own = next((m for m in cands if m.start >= hit.end and m.start - hit.end <= 40 and (m.adjective or self._is_nisba(m))
                    and _KILLED_IN_OWN.match(s.norm, s.norm_pos(m.end))), None)
        if own is not None:
            return own.actor
        if self.ctx.article.language == "en" and not _PASSIVE_DEATH.search(s.norm_before(hit.start, 10)):
            before = [m for m in cands if m.end <= hit.start and hit.start - m.end <= 25]
            if before:
                return before[-1].actor  # "IS fighters killed an American commando"
        return None
