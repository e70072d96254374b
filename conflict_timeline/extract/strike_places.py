"""Where a strike fell: the places of a strike word's group (a town that only locates a base, countries
named as one theatre, villages of one raid), the toll each place takes, and a toll of zero."""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..gazetteer_io import km_between
from ..text.patterns import prefiltered
from .hits import _Mention
from .mentions import _unique_places
from .no_toll import no_toll_at
from .place_words import _BASE_AFTER
from .rules import _BASE_WORD, _DESTINATION, _LOCATOR, CAPITAL_BEFORE_NAME

# a compass word right before a city ("west of", غربي العاصمة)
_COMPASS_END = re.compile(r"(?:^|\s)(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|north of|south of|east of|west of)\s+"
                          rf"{CAPITAL_BEFORE_NAME}?$")
# where a convoy or column was heading when it was struck, or where the flights it diverted went: not the
# place struck
_HEADING_TO = prefiltered(re.compile(r"(?:^|\s)(?:(?:كان|كانت)\s+)?(?:(?:ال)?(?:متوجه|متوجهه|متوجها|متجه|متجهه|متجها)|في طريقه|في طريقها"
                         r"|heading|headed|en route|on its way|on their way|bound)\s+(?:الي|نحو|to|for|towards?)\s+(?:[^\s.,،;:]+\s+){0,5}$"
                         # (or where the flights a strike diverted went: تحويل مسار الطائرات ... باتجاه مطاري حلب)
                         r"|(?:تحويل|حولت|تحول|diverted|rerouted|diverting|rerouting)\s+(?:[^.,،;:]+\s+)?(?:الي|باتجاه|نحو|to|towards?)\s+(?:[^\s.,،;:]+\s+){0,3}(?:و|and\s+)?$"))
# the area forces sealed off after a strike, searching for those who fired: never the place struck,
# even when the sentence names no other
_SEALED_OFF = prefiltered(re.compile(r"(?:^|\s)(?:اغلقت|اغلق|طوقت|طوق|cordoned off|sealed off|closed off|closed)\s+(?:the\s+)?"
                         r"(?:منطقه\s+|area\s+of\s+)?$"))
_JOINED = re.compile(r"\s*(?:,|،|و|and|or|او|-|/)?\s*(?:في|in|و)?\s*")  # (or a hyphen: "the Iraq-Syria border")

# a town joined to the one before it by بـ (مدينة الشدادي بالحسكة), a district or province word
_JOINED_BY_BI = re.compile(r"\sب(?:ال)?(?:(?:قضاء|محافظه|ناحيه|منطقه|ريف|مدينه)\s+(?:ال)?)?$")

_DISTRICT_END = re.compile(r"(?:قضاء|محافظه|district|province|governorate)(?: of)?\s+(?:ال)?$")

# the base word of the site just named ("the Green Village base in Deir ez-Zor"): not another base
_OWN_BASE_WORD = re.compile(r"^\s*(?:air\s+|military\s+)?(?:base|garrison|airbase)\b")

# a toll that names where it fell: "killing two in X", ما أدى إلى مقتل ثلاثة في القرية الثانية
_TOLL_IN = prefiltered(re.compile(r"(?:قتل|مقتل|اصابه|جرح|اصيب|سقط|killing|killed|wounding|wounded|injured|dead)\S*\s+"
                                  r"(?:\S+\s+){0,5}?(?:في|ب|in|at)\s+(?:(?:مدينه|بلده|قريه|منطقه|ريف|the|town of|village of)\s+)?$"))

# a town this close to an area's point lies in the area (the towns of the Eastern Ghouta)
_AREA_KM = 15


def _close(a: Entry, b: Entry, km: float) -> bool:
    return None not in (a.lat, a.lon, b.lat, b.lon) and km_between(a.lat, a.lon, b.lat, b.lon) <= km  # type: ignore[arg-type]


def _one_raid(chosen: list[_Mention | None], landmarks: set[int]) -> list[_Mention | None]:
    """Villages a strike hit with a town named before them ("the outskirts of Tal Rifaat and the
    villages of X, Y and Z near it") are the town's raid: villages the gazetteer lacks (localities),
    which lie where their holder is, go with a known town named before them in the list. Towns and
    bases stay one strike each, and a town named only to locate the villages ("villages south of
    Kobani": `landmarks`, by id) takes none."""
    kept: list[_Mention | None] = []
    for p in chosen:
        if p is not None and p.place.type == "locality" and any(
                q is not None and id(q) not in landmarks and q.place.geo_precision == "city" and q.place.type != "locality"
                for q in kept):
            continue
        kept.append(p)
    return kept


class StrikePlacesMixin:
    def _no_toll(self, lo: int) -> tuple[int | None, int | None, int]:
        """A toll of zero told after `lo` in the sentence (in the strike's clause, or after it: "rockets
        hit the base, and an official said the attack caused no injuries"), with where it is told."""
        found = no_toll_at(self.s.norm, self.s.norm_pos(lo))
        return found if found is not None else (None, None, -1)

    def _struck_before(self, pos: int, at: int, places: list[_Mention | None]) -> bool:
        """Whether a strike on another of the `places` is told between `pos` and normalized position
        `at`: a toll told after it is that strike's ("rockets hit X, and a drone hit Y, causing no
        injuries": Y's). A strike word that refers back (القصف, "the attack") tells no other strike."""
        s = self.s
        return any(t.trigger.family == "violence" and pos < t.start and t.norm_start < at and not self._definite(t)
                   and any(p is not None and p.start > t.start and s.norm_pos(p.start) < at for p in places)
                   for t in s.triggers)

    def _struck_places(self) -> list[_Mention]:
        """The places of the sentence where a strike can fall: not where a convoy or column struck on
        its way was heading (قافلة ... متوجهة إلى نقطة المراقبة التاسعة, "a convoy en route to the
        base"), unless the sentence names no other place; never an area forces sealed off."""
        places = [p for p in self._places() if not _SEALED_OFF.search(self.s.norm_before(p.start, 40))]
        kept = [p for p in places if not _HEADING_TO.search(self.s.norm_before(p.start, 80))]
        return kept if kept else places

    def _toll_names(self, m: _Mention) -> bool:
        """The sentence's toll says it fell at this place, here or where its name comes again."""
        at = m.start
        while at >= 0:
            if _TOLL_IN.search(self.s.norm_before(at, 50)):
                return True
            at = self.s.text.find(m.text, at + len(m.text))
        return False

    def _local_area(self, m: _Mention) -> bool:
        """A region inside a governorate (its parent is itself a region), not a governorate or a
        country's part."""
        parent = self.gaz.get(m.place.parent, kind="place") if m.place.parent else None
        return parent is not None and parent.geo_precision == "region" and parent.country == m.place.country

    def _locator(self, p: _Mention, fine: list[_Mention], places: list[_Mention] | None = None) -> bool:
        """A city named to locate a base (معسكر التاجي شمال بغداد, K-1 near Kirkuk), or a site that holds
        the base named just before it (قاعدة فكتوريا في مطار بغداد), is not a second place attacked."""
        if p.place.geo_precision not in ("city", "site"):
            return False
        before = self.s.norm_before(p.start, 22)
        if p.place.geo_precision == "city" and _JOINED_BY_BI.search(" " + self.s.norm_before(p.start, 12)):
            # مدينة الشدادي بالحسكة: a town right after another, joined by بـ, says where that one is
            town = [q for q in self.s.mentions if q.place is not None and q.place.geo_precision in ("city", "site")
                    and q.place is not p.place and 0 <= p.start - q.end <= 12]
            if town:
                return True
        compass = p.place.geo_precision == "city" and _COMPASS_END.search(before) is not None
        if not _LOCATOR.search(before) and not compass:
            return False
        # the place it locates is named just before it, not anywhere earlier in the sentence
        kinds = ("site",) if p.place.geo_precision == "site" else ("site", "region")
        reach = 40
        if _DISTRICT_END.search(before):
            kinds = ("site", "region", "city")  # كاني ماسي في قضاء العمادية: the district holds the town
        elif compass:
            # الديماس ... غربي العاصمة دمشق: a town told west of the capital is located by it
            kinds, reach = ("site", "region", "city"), 70
        kept = None if places is None else {x.place.id for x in places}  # (not a place the sentence set aside)
        earlier = [q for q in self.s.mentions if q.place is not None and q.start < p.start and q.place is not p.place
                   and (kept is None or q.place.id in kept or q.place.base in kept)
                   and (q.place.geo_precision in kinds or (q.place.base and _BASE_AFTER.match(self.s.text, q.end)))
                   and q is not p and p.start - q.end <= reach  # (a town named as its base: "the Harir base in Erbil")
                   # (a governorate that holds the town names no place the town locates: عامودا بريف
                   # الحسكة، ومواقع في مدينة ديرك)
                   and not any(a.id == q.place.id for a in self.gaz.ancestors(p.place.id))
                   # (قاعدة عين الأسد ... وقاعدة أخرى في أربيل: another base word, a second base)
                   and not _BASE_WORD.search(_OWN_BASE_WORD.sub("", self.s.norm[self.s.norm_pos(q.end) : self.s.norm_pos(p.start)], 1))]
        return bool(earlier)

    def _theatre(self, countries: list[_Mention], actor: Entry | None) -> list[_Mention]:
        """Countries named together ("in Iraq and Syria", في العراق وسوريا) are the theatre of one
        strike, not two: of such a list one country stands, the one named after a place preposition,
        else the first that is not the striker's own. Countries named apart (a strike in Syria now,
        one in Iraq in August) stay one event each."""
        own = self._side(actor).country if actor is not None else ""
        groups: list[list[_Mention]] = []
        for c in _unique_places(sorted(countries, key=lambda m: m.start)):
            gap = self.s.norm[self.s.norm_pos(groups[-1][-1].end) : self.s.norm_pos(c.start)] if groups else ""
            if groups and _JOINED.fullmatch(gap):
                groups[-1].append(c)
            else:
                groups.append([c])
        out = []
        for group in groups:
            located = [c for c in group if _DESTINATION.search(self.s.norm_before(c.start, 12))]
            foreign = [c for c in group if c.place.country != own]
            out.append((located or foreign or group)[0])
        return out
