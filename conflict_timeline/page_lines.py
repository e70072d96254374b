"""How the lines of a page read: a headline, a title, a byline, or text wrapped at a fixed width
(joined back into its sentences)."""

from __future__ import annotations

import re

from conflict_timeline.page_markers import _OPEN_END
from conflict_timeline.text.arabic import normalize

_SENTENCE_END = tuple('.!?؟…:;"»”\'')
# a wire dateline opening the text: a city in capitals, then a date or the agency ("WASHINGTON Aug 17",
# "BAGHDAD, March 3 (Reuters) -"): the first words of the body, never a title
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*,?\s+(?:(?:[A-Z][a-z]+,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
                            r"|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\((?:Reuters|AP|AFP|Xinhua|dpa|UPI)\))")


def _is_headline(line: str) -> bool:
    """A short line that does not end as a sentence does: a headline or a subheading, not body text."""
    return len(line.split()) <= 16 and not line.rstrip().endswith(_SENTENCE_END)


def _unwrap(lines: list[str]) -> list[str]:
    """Text wrapped at a fixed width (short lines that stop mid-sentence) back to its paragraphs:
    lines are joined until one ends as a sentence does. Only when most lines stop mid-sentence and
    lines are short; a page of one paragraph per line is left as it is."""
    if len(lines) < 4:
        return lines
    open_ = sum(1 for line in lines[:-1] if not line.rstrip().endswith(_SENTENCE_END))
    words = sum(len(line.split()) for line in lines) / len(lines)
    if open_ < 0.6 * (len(lines) - 1) or words > 12:
        return lines
    out: list[str] = []
    cur: list[str] = []
    for line in lines:
        cur.append(line.strip())
        if line.rstrip().endswith(_SENTENCE_END):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def _is_byline(line: str) -> bool:
    """A line of one to four words without a full stop: a byline, an agency or a city."""
    return len(line.split()) <= 4 and not line.rstrip().endswith(('.', ':', ';'))


def _is_title(line: str) -> bool:
    """A page's first line is its title when it reads as one: short, and not closed by a full stop
    (a question or an exclamation may close a headline), and not opened by a wire dateline."""
    words = line.split()
    return (len(words) <= 20 and not line.rstrip().endswith(('.', ':', ';', '؛'))
            and normalize(words[-1]) not in _OPEN_END and not _WIRE_DATELINE.match(line))
