"""Stage helpers for numbers of troops: a troop level told with the level it came from ("from 500 to
4,000", من 5200 إلى 3000) is the level and a change of the difference: the move's number of troops;
a verb that only describes the troops of a level (نشرتهم لقتال التنظيم, "deployed to fight IS") is
no move."""

from __future__ import annotations

import re
from dataclasses import replace

from ..schema import Event
from ..text.arabic import normalize
from ..text.numbers import parse_number
from ..text.patterns import prefiltered
from .hits import _TriggerHit
from .mentions import _Sentence

# "from 500 to 4,000", من 5200 إلى 3000
_FROM_TO = prefiltered(re.compile(r"(?:^|\s)(?:from|من)\s+(?:about\s+|some\s+|نحو\s+|حوالي\s+)?(?P<a>\d[\d,]*)\s+(?:\S+\s+){0,2}?"
                                  r"(?:to|الي)\s+(?:about\s+|some\s+|نحو\s+|حوالي\s+)?(?P<b>\d[\d,]*)(?!\d)"))
# a verb of changing a number (not "from Iraq to Syria")
_CHANGE = re.compile(r"\b(?:increase[sd]?|increasing|raise[sd]?|raising|boost(?:ed|s)?|rose|risen|cut|cuts|cutting|reduce[sd]?"
                     r"|reducing|lower(?:ed|s)?|drawdown|fall|falls|fell|fallen|drop|drops|dropped|decline[sd]?|grow|grows|grew|grown)"
                     # (Arabic verbs with their prefixes: سيخفض, ستقلص, يزيد)
                     r"|(?:^|\s)[وف]?(?:س?[يت])?(?:زياده|زيد|زاد|زادت|رفع|رفعت|ارتفع|خفض|خفضت|تخفيض|تقليص|قلص|قلصت|تقلص)")


def add_change(out: list[Event], s: _Sentence) -> None:
    """The change a "from A to B" level says: the move already told gets |B - A| troops; with none
    told, a verb of changing makes one (a deployment up, a withdrawal down) in the level's place."""
    if not out or not any(e.event_type == "troop_level" for e in out):
        return
    for m in _FROM_TO.finditer(s.norm):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b is None or a == b or not _CHANGE.search(s.norm):
            continue
        level = next((e for e in out if e.event_type == "troop_level" and e.troops == int(b)), None)
        if level is None:
            continue
        kind = "deployment" if b > a else "withdrawal"
        move = next((e for e in out if e.event_type == kind and e.troops is None), None)
        if move is not None:
            move.troops = int(abs(b - a))
        elif not any(e.event_type in ("deployment", "withdrawal") for e in out):
            new = replace(level, event_type=kind, troops=int(abs(b - a)))
            new.event_id = new.make_id()
            out.append(new)


# a verb describing the troops just counted: a relative or participle clause ("2,500 troops in Iraq,
# deployed to fight IS", "who were sent to", "that it deployed") or an Arabic verb whose object
# pronoun stands for them (قرابة 4000 جندي في سوريا أرسلتهم)
_DESCRIBING_BEFORE = re.compile(r"(?:,\s*|\b(?:who|which|that)\s+(?:(?:were|was|are|is|have|has|had)\s+)?(?:been\s+)?"
                                r"(?:\S+\s+)?)$")
_OBJECT_PRONOUN = re.compile(r"\w+(?:هم|هما)$")


def describes_level(s: _Sentence, hit: _TriggerHit, count_end: int) -> bool:
    """A move word after a count of troops (ending at `count_end`) that only says how they came
    there, no move of its own."""
    if not 0 <= hit.start - count_end <= 40 or any(c in s.text[count_end : hit.start] for c in ".;:"):
        return False
    word = re.match(r"\w*", s.text[hit.start :]).group()  # (the whole word: the trigger may end before its pronoun)
    if _OBJECT_PRONOUN.fullmatch(normalize(word)):
        return True
    return hit.text.isascii() and hit.text.endswith(("ed", "sent")) and bool(_DESCRIBING_BEFORE.search(s.norm_before(hit.start, 30)))
