"""Regular expressions built from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
