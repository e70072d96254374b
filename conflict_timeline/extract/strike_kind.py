"""Stage: whether a strike is an airstrike or an attack (aircraft or guns, told or implied), and
aircraft told without a nationality (a ministry's own, an air force of the country that speaks)."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import fold, normalize
from ..text.patterns import prefiltered
from .hits import _Mention, _TriggerHit
from .rules import _AIRCRAFT, _AIRCRAFT_OBJECT

# the striker named as an air force or as its aircraft
_AIR_FORCE = re.compile(r"سلاح الجو|القوه الجويه|القوات الجويه|الطيران|طيران|طايرات|مقاتلات|air force|warplanes|jets|aircraft")

# the air told outright in a sentence
# (and cruise missiles, fired from ships or aircraft: توماهوك, "Tomahawk missiles")
_AIR_TOLD = prefiltered(re.compile(r"(?:^|\s)(?:و?جويه|و?جوي|الجويه|الجوي|بالطيران|الطيران|طايرات|مقاتلات)(?=\s|$|[.,،])"
                                   r"|\bair (?:and ground|strikes?|operation|raids?)\b|توماهوك|كروز|\b(?:tomahawks?|cruise missiles?)\b"))

_AIR_WORD = re.compile(r"غاره|غارات|جوي|جويه|طاير|طيران|مسير|درون|مقاتلات|سلاح الجو|air|jet|drone|warplane|bomber|helicopter|مروحي")

# guns only, and any word of the air, for reading a whole page
_DESTROYED_BEFORE = re.compile(r"destroy|damag|دمر|تدمير|اعطب")
_GUN_ITEM_AFTER = re.compile(r"\w*\s+(?:systems?|pieces?|positions?|launchers?|emplacements?|tubes?)\b")
_ARTILLERY = prefiltered(re.compile(r"مدفعي|مدفعيه|راجمات|هاون|هاوتزر|artillery|mortar|howitzer"))

_DEFENCE_WORD = re.compile(r"وزاره الدفاع|وزير الدفاع|defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e secretary|pentagon|البنتاغون|البنتاجون")

# ground fire: a state's attack with these is an attack; without them its strike is an airstrike
_GROUND_FIRE = prefiltered(re.compile(r"(?:^|(?<=[\s\"«(]))[وفبل]{0,2}(?:ال)?(?:مدفع|مدافع|هاون|نيران|صاروخ|صواريخ|قذا[ئي]ف|قذيفه|راجمات|انزال|قوات خاصه"
                                      r"|القوات الخاصه|توغل|بري(?:ه|ا)?(?!\S))"  # (whole words: بري is in أبريل and بريطانيا)
                                      r"|\b(?:artillery|shell|mortar|rocket|missile|ground\b|tanks?\b|special operations|special forces|commando|incursion"
                                      # a state fighting beside its local partners, or across a border: on the ground
                                      r"|proxies|allied (?:syrian |iraqi )?(?:rebels|fighters|militias|factions)|cross-border (?:attack|assault|offensive))"
                                      r"|الفصايل (?:السوريه )?المواليه|وكلاوها|وكلايها"))

# planes of no kind named (4 طائرات من طراز تورنادو), not drones
# (or warships: a frigate, a submarine that fired cruise missiles)
_PLANES = prefiltered(re.compile(r"(?<!\w)[وب]?(?:طايرات|طايره|jets|planes|aircraft|warships?|frigates?|submarines?|فرقاطه|فرقاطات"
                                 r"|غواصه|غواصات|بارجه|بوارج|سفن حربيه|سفينه حربيه)(?! (?:ال)?مسير| بدون| بلا| دون)(?!\w)"))

# aircraft said to be unknown, and a defence ministry speaking
_UNKNOWN_AFTER = re.compile(r"\s+(?:\S+\s+)?(?:مجهول|مجهوله|unidentified|unknown)")


class StrikeKindMixin:
    def _flown(self, hit: _TriggerHit) -> bool:
        """Warplanes (not drones) named as the striker in the trigger's clause, before it or right
        after it, and no ground fire (rockets, shells, artillery) in the sentence."""
        s = self.s
        n0, n1 = s.norm_pos(hit.start), s.norm_pos(hit.end)
        clause = s.clause_of(hit.start)
        for m in _AIRCRAFT.finditer(s.norm, max(0, n0 - 45), min(len(s.norm), n1 + 30)):
            if s.clause_of(s.offsets[min(m.start(), len(s.offsets) - 1)]) != clause:
                continue
            if _AIRCRAFT_OBJECT.search(s.norm, max(0, m.start() - 8), m.start()):
                continue  # "destroyed aircraft", "against the jets": what was hit
            return not s.search(_GROUND_FIRE)
        return False

    def _speakers_aircraft(self, hit: _TriggerHit) -> Entry | None:
        """Aircraft with no nationality of their own, before the strike word, told by the defence
        ministry or armed forces of an air power: that power's aircraft."""
        s = self.s
        craft = _AIRCRAFT.search(s.norm, 0, s.norm_pos(hit.start)) or _PLANES.search(s.norm, 0, s.norm_pos(hit.start))
        if craft is None or _UNKNOWN_AFTER.match(s.norm, craft.end()):
            return None  # (طائرات مجهولة, unidentified aircraft: no one named)
        for speaker in self._speech_subjects():
            entry = self.gaz.resolve_actor(speaker, self.ctx.reference)
            if entry.type in ("military", "government", "state") and self._side(entry).name in self.rules.air_powers and (
                    entry.type == "military" or _DEFENCE_WORD.search(s.norm)):
                return speaker
        return None

    def _own_air_force(self) -> Entry | None:
        """"حقق صقور القوة الجوية ..." told by an Iraqi speaker: an air force named without a nationality
        is the armed forces of the country that speaks of it."""
        if not _AIR_FORCE.search(self.s.norm):
            return None
        for speaker in self._speech_subjects():
            country = self.gaz.root(speaker.id).country
            forces = [e for name in self.rules.forces for e in [self.gaz.get(name, kind="actor")]
                      if e is not None and e.country == country]
            if country and forces:
                return forces[0]
        return None

    def _air_named(self, m: _Mention) -> set[str]:
        """{"airstrike"} when the striker is named as an air force or its aircraft (سلاح الجو التركي,
        the Israeli air force): its strike is an airstrike whatever else the sentence fires."""
        words = normalize(m.text) + " " + self.s.norm_before(m.start, 12)
        return {"airstrike"} if _AIR_FORCE.search(words) else set()

    def _strike_kind(self, actor: Entry, hints: set[str]) -> str:
        """An air power's strike is an airstrike unless the sentence tells of guns, rockets or
        missiles (Turkish shelling of a village, Iran's missiles: attacks); an armed group attacks."""
        if "airstrike" in hints:
            return "airstrike"
        air = actor.type != "armed_group" and self._side(actor).name in self.rules.air_powers
        part = getattr(self, "part_span", None)
        if part is not None:
            # (a sentence split at "in retaliation for" or "while": the guns and aircraft of one part are
            # not the other's)
            n0, n1 = self.s.norm_pos(part[0]), self.s.norm_pos(part[1])
            air_told, ground = _AIR_TOLD.search(self.s.norm, n0, n1), _GROUND_FIRE.search(self.s.norm, n0, n1)
        else:
            air_told, ground = self.s.search(_AIR_TOLD), self.s.search(_GROUND_FIRE)
        if air and air_told:
            return "airstrike"  # عملية برية وجوية, "an air and ground operation": its strikes from the air
        return "airstrike" if air and not ground and not self._page_ground_only() else "attack"

    def _page_ground_only(self) -> bool:
        """Whether the page tells of artillery and of no aircraft at all: then a strike it tells with
        no weapon of its own (قصف تركي طال منتجعا, when the page says the shelling was artillery) is
        the guns', an attack."""
        ctx = self.ctx
        if ctx.ground_only is None:
            page = fold(ctx.article.title + "\n" + ctx.article.body)
            # (not the guns a strike destroyed: "destroyed ... four mortar systems")
            guns = any(not _DESTROYED_BEFORE.search(page, max(0, m.start() - 80), m.start())
                       and not _GUN_ITEM_AFTER.match(page, m.end()) for m in _ARTILLERY.finditer(page))
            ctx.ground_only = guns and not _AIR_WORD.search(page) and not _AIRCRAFT.search(page)
        return ctx.ground_only
