"""Stage: frames around trigger words, the things that make a trigger something other than an event
told as fact. Each is a pure question about one sentence, read from context words
(`data/gazetteer/context.csv`) through the templates of `rules.py`:

- a tally: a count of attacks over a span ("more than 150 attacks since October") is context, not
  one attack;
- exposure: "came under attack", تعرضت القاعدة لهجوم (see `actors.ActorsMixin._exposed`), whose
  subject is the target.
"""

from __future__ import annotations

from .mentions import _Sentence
from .rules import _TALLY_COUNT, _TALLY_SPAN


def is_tally(s: _Sentence) -> bool:
    """A count of attacks (or "N times") together with a span or a total: the sentence counts
    attacks, it does not tell one."""
    if not _TALLY_SPAN.search(s.norm):
        return False
    if any(q.kind == "attacks" and (q.value is None or q.value >= 2) for q, _, _ in s.quantities):
        return True
    return bool(_TALLY_COUNT.search(s.norm))
