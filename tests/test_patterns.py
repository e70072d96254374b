"""Literal prefilters: a pattern behind one finds what the pattern finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_timeline.text.patterns import Prefiltered, prefiltered, required_literals


def test_required_literals_read_from_the_pattern():
    assert required_literals(re.compile(r"(?:^|\s)[وف]?(?:قال|قالت)\s+")) == {"قال"}
    assert required_literals(re.compile(r"(?<!\w)(?:xy|yz)+b?c")) == {"xy", "yz"}
    # the rarer of a sequence's parts: "comment" rather than "no "
    assert required_literals(re.compile(r"no (?:further )?comment|declined")) == {"comment", "declined"}


def test_no_literals_when_a_match_needs_none():
    assert required_literals(re.compile(r"a|\d")) is None  # a digit is no literal
    assert required_literals(re.compile(r"(?:word)?\s+")) is None  # an optional word
    assert required_literals(re.compile(r"(?=word)\w+")) is None  # a lookahead consumes nothing
    assert required_literals(re.compile(r"word", re.IGNORECASE)) is None
    assert isinstance(prefiltered(re.compile(r"\w+")), re.Pattern)
    assert isinstance(prefiltered(re.compile(r"[,;]\s")), re.Pattern)  # one character: in most texts


_PATTERN = re.compile(r"(?:^|\s)[وب]?(?:مقتل|قتل)\s+(?:شخص|جندي)(?!\S)|\bkill(?:ed|ing)\s+(?:one|a)\s+(?:\S+\s+){0,2}soldier\b")
_WORDS = ["مقتل", "وقتل", "بمقتل", "قتل", "شخص", "جندي", "killed", "killing", "one", "a", "soldier", "Killed", "the", "و",
          "ـ", ",", ".", "\u064e"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.sampled_from([" ", "", "  "]), st.integers(0, 40),
       st.integers(0, 60))
def test_same_matches_as_the_bare_pattern(words, sep, pos, endpos):
    text = sep.join(words)
    guarded = prefiltered(_PATTERN)
    assert isinstance(guarded, Prefiltered)
    for a, b in ((0, len(text)), (pos, endpos)):
        assert _span(guarded.search(text, a, b)) == _span(_PATTERN.search(text, a, b))
        assert [m.span() for m in guarded.finditer(text, a, b)] == [m.span() for m in _PATTERN.finditer(text, a, b)]
    assert _span(guarded.match(text, pos)) == _span(_PATTERN.match(text, pos))


def test_literals_tested_in_the_span():
    guarded = prefiltered(re.compile(r"(?:بحسب|حسب|according to)\s+\S+"))
    assert isinstance(guarded, Prefiltered)
    text = "قال بحسب مصادر according to sources"
    assert guarded.holds_literal(text) and guarded.holds_literal(text, 4, 9)
    assert not guarded.holds_literal(text, 0, 5) and not guarded.holds_literal(text, 9, 21)
    assert guarded.holds_literal(text, 15) and not guarded.holds_literal(text, 16)
    assert not guarded.holds_literal(text, -5, -1) and not guarded.holds_literal(text, 40, 50)
    assert guarded.holds_literal("according to him") and not guarded.holds_literal("accordingly")


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None
