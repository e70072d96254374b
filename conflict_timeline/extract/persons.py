"""Spokesmen and officials the gazetteer does not know, named once with the side they speak for.

A page introduces a speaker once ("Israeli army spokesman Jonathan Conricus", المتحدث باسم الجيش
الإسرائيلي أفيخاي أدرعي) and then names him alone ("Conricus said", وقال أدرعي). The side named with
him the first time is the side he speaks for on the rest of the page; his bare name is never read as
the nearest side named in the sentence.
"""

from __future__ import annotations

import re

from ..gazetteer import Entry
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .hits import _Mention

# "<side> spokesman Jonathan Conricus", "<side>'s spokesman, John Kirby", "a <side> official, Jane Doe"
_EN_ROLE_NAME = re.compile(r"^(?:'s)?\s*(?:military\s+|army\s+|defence\s+|defense\s+|chief\s+|senior\s+|top\s+|press\s+)?"
                           r"(?:spokesman|spokeswoman|spokesperson|official|commander|minister|secretary)\s*,?\s+"
                           r"(?P<name>(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]{2,})")
# "a spokesman for <side>, Jonathan Conricus"
_EN_NAME_AFTER_SIDE = re.compile(r"^\s*,\s*(?P<name>(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]{2,})")
_EN_ROLE_FOR = re.compile(r"(?:spokesman|spokeswoman|spokesperson|official)\s+(?:for|of)\s+(?:the\s+)?$")
# المتحدث باسم <side> <name>
_AR_ROLE_BEFORE = re.compile(r"(?:المتحدث|الناطق|متحدث|ناطق)\s+(?:الرسمي\s+)?(?:باسم|عن)\s+$")
_AR_NAME = re.compile(r"^\s+(?P<name>[\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]{3,})?)(?=\s*(?:[،,:]|\s+(?:ان|انه|قال|اكد|اعلن|في)\s))")
_ARABIC = re.compile("[\u0600-\u06ff]")
_ROLE_WORD = prefiltered(re.compile(r"spokes|official|commander|minister|secretary|المتحدث|الناطق|متحدث|ناطق"))
_NOT_NAMES = frozenset(("The", "He", "She", "It", "They", "On", "In", "At", "Said", "Told", "Added"))


def remember_speakers(text: str, norm: str, norm_pos, mentions: list[_Mention], people: dict[str, Entry]) -> None:
    """Record in `people` (bare name, normalized -> side) the speakers a sentence names with their side."""
    if _ROLE_WORD.search(norm) is None:
        return  # (no spokesman, official or minister named: nothing to remember)
    latin = _ARABIC.search(text) is None
    for m in mentions:
        if m.actor is None:
            continue
        if latin:
            found = _EN_ROLE_NAME.match(text[m.end :])
            if found is None and _EN_ROLE_FOR.search(text[max(0, m.start - 40) : m.start]):
                found = _EN_NAME_AFTER_SIDE.match(text[m.end :])
            if found is not None:
                words = [w for w in found.group("name").split() if w not in _NOT_NAMES]
                if words:
                    people[normalize(words[-1])] = m.actor
        elif _AR_ROLE_BEFORE.search(norm[max(0, norm_pos(m.start) - 30) : norm_pos(m.start)]):
            found = _AR_NAME.match(norm, norm_pos(m.end))
            if found is not None:
                people[found.group("name").split()[-1]] = m.actor


def named_speaker(text: str, norm: str, start: int, end: int, norm_start: int, norm_end: int,
                  people: dict[str, Entry]) -> Entry | None:
    """The side of a remembered speaker named right at a speech word ("Conricus said", "said
    Conricus", وقال أدرعي)."""
    if not people:
        return None
    if _ARABIC.search(text) is None:
        around = text[max(0, start - 30) : start].split()[-2:] + text[end : end + 30].split()[:2]
        words = [normalize(w.strip(",.;:\"'’")) for w in around]
    else:
        words = norm[max(0, norm_start - 30) : norm_start].split()[-2:] + norm[norm_end : norm_end + 30].split()[:2]
    return next((people[w] for w in words if w in people), None)
