"""How a name stands in its sentence: a country with its institution after a possessive ("Iraq's
Ministry of Defence") is one name of the country; a name before a colon or two dots at a sentence's
start is a headline's topic or a dateline."""

from __future__ import annotations

import re

from .hits import _Mention

# a headline's topic label after its first name: "..", "…", ":" or "|"
_TOPIC_LABEL = re.compile(r"\s*(?:\.\.+|…|:|\|)")


# an institution a country owns, after its name: "Iraq's Ministry of Defence", "Turkey's foreign minister"
_OWNED_INSTITUTION = re.compile(
    r"['’]s\s+(?:(?:foreign|defen[cs]e|interior|prime|deputy|top|chief|military|national|security|state|war)\s+){0,3}"
    r"(?:ministry(?:\s+of\s+(?:the\s+)?(?:foreign affairs|national defen[cs]e|defen[cs]e|interior|foreign))?|minister|president"
    r"|presidency|government|cabinet|parliament|security council|council|spokes(?:man|woman|person)|embassy|authorities"
    r"|foreign office|general staff|army|armed forces|military)\b", re.I)


def _owned_institutions(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A country's name with its institution after it ("Iraq's Ministry of Defence condemned",
    "Germany's parliament") reads as one mention of the country: the institution speaks or acts for
    it, as its subject, and no name inside it (parliament) is read apart."""
    spans = []
    for m in mentions:
        if m.actor is not None and m.actor.type == "state" and (found := _OWNED_INSTITUTION.match(text, m.end)):
            spans.append((m.end, found.end()))
            m.end = found.end()
            m.text = text[m.start : m.end]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
