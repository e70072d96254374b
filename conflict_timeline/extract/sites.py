"""A site named by its kind and its city apart: "the US embassy in the Iraqi capital Baghdad",
"القنصلية الأمريكية في مدينة أربيل". The gazetteer names such a site "<head> in <city>"; when a
sentence gives the head and, a few words on, that city, the two together name the site."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from ..gazetteer import Entry, Gazetteer
from ..text.arabic import normalize
from ..text.patterns import prefiltered, trie_regex

# how far after the head the city may stand ("في العاصمة العراقية بغداد، الواقعة في ...")
_REACH = 60
_SPLIT = re.compile(r"^(?P<head>\S+(?:\s+\S+)+?)\s+(?:في|in)\s+(?P<city>\S.*)$")
_LOCK = threading.Lock()


class SiteIndex:
    def __init__(self, gaz: Gazetteer) -> None:
        self.by_head: dict[str, list[tuple[str, Entry]]] = {}
        for entry in gaz.entries("place"):
            if entry.geo_precision != "site":
                continue
            for alias in (entry.name, entry.name_ar, *entry.aliases_ar, *entry.aliases_en):
                m = _SPLIT.match(normalize(alias).lower().strip())
                if m is None:
                    continue
                cities = [c for c in gaz.places(m.group("city")) if c.entry.geo_precision == "city"]
                if len(cities) != 1:
                    continue
                pairs = self.by_head.setdefault(m.group("head"), [])
                if (cities[0].entry.id, entry) not in pairs:
                    pairs.append((cities[0].entry.id, entry))
        self.head_re = prefiltered(re.compile(rf"(?<!\w)(?:{trie_regex(self.by_head)})(?!\w)")) if self.by_head else None

    def sites(self, norm: str, places: list[tuple[int, int, str, str]]) -> list[tuple[int, int, Entry]]:
        """(start, end, site) in normalized offsets: a head, then within reach one of its cities
        as the first place named after it (a country may come between: "the Iraqi capital").
        `places` holds (start, end, place id, precision) of the sentence's place mentions."""
        if self.head_re is None:
            return []
        out = []
        for m in self.head_re.finditer(norm.lower()):
            after = sorted(p for p in places if 0 <= p[0] - m.end() <= _REACH and p[3] != "country")
            if not after or after[0][3] != "city":
                continue
            _, end, city_id, _ = after[0]
            site = next((e for cid, e in self.by_head[m.group()] if cid == city_id), None)
            if site is not None:
                out.append((m.start(), end, site))
        return out


@lru_cache(maxsize=4)
def _index(gaz: Gazetteer) -> SiteIndex:
    return SiteIndex(gaz)


def site_index(gaz: Gazetteer) -> SiteIndex:
    with _LOCK:
        return _index(gaz)
