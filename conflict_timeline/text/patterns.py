"""Regular expressions built from word lists."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator


def trie_regex(words: Iterable[str], space: str | None = None) -> str:
    """A regex alternation shaped as a trie: one branch per first character, longest match first.

    Python's `re` tries the branches of a flat alternation one by one; a trie tests each character
    once, which keeps lists of hundreds of phrases fast. Backtracking still finds a shorter phrase
    when a longer one fails what follows it. With `space` (e.g. `\\s+`), a space inside a phrase
    matches that pattern instead of one space.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_node(trie, space)


def _trie_node(node: dict, space: str | None) -> str:
    terminal = "" in node
    branches = [
        (space if ch == " " and space is not None else re.escape(ch)) + _trie_node(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return "(?:" + body + ")?"  # greedy: the longer phrase is tried first
    return body


# --- literal prefilters ------------------------------------------------------------------------------

def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, read from the parsed pattern; None
    when none are found (a part that can match anything, a case-insensitive pattern, a construct
    not read here). Lookarounds are skipped: they consume nothing, so they add no text to a match.

    A text holding none of the strings holds no match, which tests of the strings with `in` tell
    at a fraction of the cost of the pattern.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        import re._parser as sre_parse  # (the parser of `re`, public in all but name)

        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (ImportError, AttributeError, re.error):  # pragma: no cover - another Python's parser
        return None
    return _seq_factors(list(parsed), sre_parse)


def _seq_factors(items: list, parser) -> frozenset[str] | None:
    """The best factor set of a sequence: every item must match, so any item's set will do."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def offer(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in items:
        if op is parser.LITERAL:
            run.append(chr(av))
            continue
        if run:
            offer(frozenset({"".join(run)}))
            run = []
        offer(_item_factors(op, av, parser))
    if run:
        offer(frozenset({"".join(run)}))
    return best


def _item_factors(op, av, parser) -> frozenset[str] | None:
    if op is parser.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _seq_factors(list(sub), parser)
    if op is parser.ATOMIC_GROUP:
        return _seq_factors(list(av), parser)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _seq_factors(list(sub), parser) if low >= 1 else None
    if op is parser.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            found = _seq_factors(list(alternative), parser)
            if not found:
                return None  # an alternative that needs nothing: the whole needs nothing
            out |= found
        return frozenset(out)
    if op is parser.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is parser.LITERAL:
                chars.add(chr(value))
            elif kind is parser.RANGE and value[1] - value[0] < 16:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None  # a negated set, a category, a wide range
        return frozenset(chars)
    return None  # lookarounds, anchors, any character, categories, group references


def _score(found: frozenset[str]) -> tuple[int, int]:
    """Longer strings, then fewer of them: the rarer in text."""
    return min(len(s) for s in found), -len(found)


class Prefiltered:
    """A compiled pattern searched only in texts that hold one of its required literals.

    Has the methods of `re.Pattern` the extractor uses; `search` and `finditer` test the literals
    first (over the same span), `match` and `fullmatch` go straight to the pattern (they try one
    position). The results are those of the pattern itself, literal for literal.

    The literals are tested with `in`, which costs less than a search of them as one pattern: only
    those that hold no other literal (a text holding "بحسب" holds "حسب"), and in a text of ASCII
    characters only the ASCII ones.
    """

    __slots__ = ("_ascii", "_needed", "fullmatch", "literals", "match", "regex")

    def __init__(self, regex: re.Pattern[str], literals: frozenset[str]) -> None:
        self.regex = regex
        self.literals = literals
        # (the pattern's own methods: called with no step in between)
        self.match: Callable[..., re.Match[str] | None] = regex.match
        self.fullmatch: Callable[..., re.Match[str] | None] = regex.fullmatch
        self._needed = tuple(sorted((s for s in literals if not any(o != s and o in s for o in literals)),
                                    key=lambda s: (len(s), s)))
        self._ascii = tuple(s for s in self._needed if s.isascii())

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def holds_literal(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether `string[pos:endpos]` holds one of the literals (positions clipped as `re` does)."""
        if pos > 0 or endpos < len(string):
            string = string[pos if pos > 0 else 0 : endpos if endpos > 0 else 0]
        for literal in self._ascii if string.isascii() else self._needed:
            if literal in string:
                return True
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos > 0 or endpos < len(string):
            part = string[pos if pos > 0 else 0 : endpos if endpos > 0 else 0]
        else:
            part = string
        for literal in self._ascii if part.isascii() else self._needed:
            if literal in part:
                return self.regex.search(string, pos, endpos)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos > 0 or endpos < len(string):
            part = string[pos if pos > 0 else 0 : endpos if endpos > 0 else 0]
        else:
            part = string
        for literal in self._ascii if part.isascii() else self._needed:
            if literal in part:
                return self.regex.finditer(string, pos, endpos)
        return iter(())

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"


def prefiltered(regex: re.Pattern[str]) -> re.Pattern[str] | Prefiltered:
    """`regex` behind a literal prefilter when it has required literals of two characters or more
    (a single character is in most texts: its test would only add work), else `regex` itself."""
    literals = required_literals(regex)
    return Prefiltered(regex, literals) if literals and min(map(len, literals)) > 1 else regex
