"""Funding: each sum of money a sentence allocates is one event, with its payer (never whom it goes
to) and its country; values of things handed over and differences between sums are none."""

from __future__ import annotations

import re

from ..schema import Event
from .hits import _TriggerHit
from .rules import _MONEY_COMPARE, _VALUE_OF, Trigger

# "$262 million higher than the 2017 request", أعلى من: a difference, told beside the amount itself
# a sum told as the change of an allocation (ارتفع بمقدار, "rose by", "was cut by")
_SUM_CHANGED = re.compile(r"(?:ارتفع|ارتفعت|زاد|زادت|انخفض|انخفضت|تراجع|تراجعت|تقلص|تقلصت|rose|increased|grew|fell|"
                          r"decreased|dropped|was cut|were cut)\s+(?:\S+\s+)?(?:بمقدار|by)\s*"
                          # "an increase of $4.7 million", بزيادة قدرها, أقل بمقدار: the change, not a sum allocated
                          r"|(?:^|\s)(?:ب|ل)?(?:زياده|انخفاض|نقص|تراجع|تخفيض)\s+(?:قدرها|قدره|بلغت|بلغ)?\s*$"
                          r"|(?:اقل|اكثر|اعلي|ادني)\s+بمقدار\s*$|\b(?:an? )?(?:increase|decrease|cut|rise|drop) of\s*$")
# a sum told before, divided into its parts: ويتوزع هذا المبلغ على, "the amount is broken down into"
_SHARES_OF_SUM = re.compile(r"(?:يتوزع|تتوزع|توزع|موزعه|موزعا|ينقسم|تنقسم|مقسمه|يشمل|تشمل)\s+(?:هذا\s+|هذه\s+)?(?:المبلغ|المبالغ|الميزانيه|الموازنه|المخصصات)"
                            r"|(?:this|the)\s+(?:sum|amount|total|allocation|budget)\s+(?:is|was|will be)\s+"
                            r"(?:divided|broken down|split|distributed)")
_MONEY_AFTER = re.compile(r"\s*(?:(?:higher|lower|more|less|up|down)\s+(?:than|from)|above|below|over\s+\d{4}|"
                          r"(?:اعلي|اكثر|اقل)\s+من|زياده\s+عن)")


class FundingMixin:
    def _funding(self, hits: list[_TriggerHit]) -> list[Event]:
        s = self.s
        out = []
        if _SHARES_OF_SUM.search(s.norm) and any(e.event_type == "funding" for _, found in self.ctx.told for e in found):
            return out  # "this sum is divided into $11.8 million for arms, ...": shares of a sum told before
        for q, a, b in s.quantities:
            if q.kind != "money" or q.value is None:
                continue
            if _VALUE_OF.search(s.norm_before(a, 30)):
                continue  # "equipment worth 347 million dollars": a value, told with the handover
            changed = _SUM_CHANGED.search(s.norm_before(a, 30))
            compared = _MONEY_COMPARE.search(s.norm_before(a, 20)) or _MONEY_AFTER.match(s.norm, s.norm_pos(b))
            if changed or (compared and (out or any(x.kind == "money" and xa != a for x, xa, _ in s.quantities))):
                # "$262 million higher than the 2017 request", "up from $x", ارتفع بمقدار 19 مليون
                # دولار: a comparison or a change, not an allocation
                continue
            hit = next((h for h in hits if abs(h.start - a) < 60), None)
            anchor = hit or _TriggerHit(a, b, s.text[a:b], Trigger("funding", "funding", "", 0.6), 0)
            # a budget told line by line ("the salaries line took $71.8 million in 2024"): the payer
            # and the country of the lines before, when the line names neither
            actor = self._payer(a) or self._owner(a, exclude=self._beneficiaries(a)) or self.ctx.last_funder
            place = self._place_near(a) or self.ctx.last_funding_place
            if actor is not None:
                self.ctx.last_funder = actor
            if place is not None:
                self.ctx.last_funding_place = place
            status = self._status("funding", actor, anchor)
            ev = self._event("funding", anchor, a, actor, None, place, status, anchor.trigger.weight)
            ev.amount_usd = float(q.value)
            ev.event_id = ev.make_id()
            out.append(ev)
        return out

    def _beneficiaries(self, a: int) -> set[str]:
        """Who a sum goes to: a nationality after it ("$2 billion for an Iraqi security fund"),
        never the one who pays."""
        s = self.s
        out = set()
        for m in s.mentions:
            if m.actor is None or m.start < a or m.start - a > 60:
                continue
            if m.adjective or self._is_nisba(m):
                out.add(m.actor.id)
        return out
