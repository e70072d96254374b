"""What the page remembers of a sentence for the sentences after it: the forces, armed group and base
it named last, the strike it told last and its day, whether an agreement was told, who spoke."""

from __future__ import annotations

from ..gazetteer_io import generic_actors
from ..schema import Event
from .hits import _Mention


class MemoryMixin:
    def _remember(self, out: list[Event]) -> None:
        """Note in the page's context what this sentence, with its events `out`, tells later ones."""
        s = self.s
        forces = [m.actor for m in s.mentions if m.actor is not None and m.actor.type in ("military", "coalition")
                  and self._side(m.actor).name in self.rules.air_powers]
        if forces:
            self.ctx.last_forces = forces[-1]
        groups = [m.actor for m in s.mentions if m.actor is not None and m.actor.type == "armed_group" and not m.weak_actor
                  and self._side(m.actor).name not in generic_actors() and not self._in_setting(m)]
        if groups:
            self.ctx.last_group = (groups[-1], len(self.ctx.told))
        # (the places as read: قاعدة «بلد» is the Balad air base, not the town)
        sites = []
        if any(m.place is not None and (m.place.geo_precision == "site" or m.place.base) for m in s.mentions):
            sites = [m for m in self._places() if m.place.geo_precision == "site"] or [
                m for m in s.mentions if m.place is not None and m.place.geo_precision == "site"]
        if sites:
            self.ctx.last_site = _Mention(0, 0, "", None, sites[-1].place)
        violent = [e for e in out if e.event_type in ("attack", "airstrike")]
        struck = [e for e in violent if e.geo_precision == "site"]
        if struck:
            entry = self.gaz.get(struck[0].location, kind="place")
            if entry is not None:
                self.ctx.last_struck_site = _Mention(0, 0, "", None, entry)
        if violent:
            self.ctx.violence_seen = True
            self.ctx.violence_places.update(e.location for e in violent if e.location)
            self.ctx.last_violence = (self.gaz.get(violent[0].actor, kind="actor") if violent[0].actor else None,
                                      violent[0].event_type)
            first = violent[0]
            self.ctx.last_violence_at = len(self.ctx.told)
            if first.date_text and first.date_start is not None:
                self.ctx.last_violence_date = (first.date_start, first.date_end, first.date_precision, first.date_text)
        if any(e.event_type == "agreement" for e in out):
            self.ctx.agreement_seen = True
        speaker = next((e for e in out if e.event_type in ("denial", "statement", "agreement")), None)
        if speaker is not None:
            ent = self.gaz.get(speaker.actor, kind="actor")
            if ent is not None:
                self.ctx.last_speaker = ent
        else:
            self.ctx.defer_speaker(self)  # who spoke here is worked out only if a later sentence asks
