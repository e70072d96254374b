"""What the finder returns, and the state its pattern handlers share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from conflict_timeline.text.arabic import ARABIC_LETTER

from .lexicon import Lexicon
from .ranges import Resolved

if TYPE_CHECKING:
    from .grammar import Grammar


@dataclass(frozen=True)
class TemporalExpression:
    text: str  # as written in the input
    span: tuple[int, int]  # character offsets in the input text
    start: date | None
    end: date | None  # inclusive
    precision: str  # one of schema.PRECISIONS
    relative: bool  # resolved against the reference date
    # a numeric date whose day and month could be swapped (4/5/2024), settled by the page's
    # other numeric dates or by its language; not part of `to_json`, whose fields are a contract
    ambiguous: bool = False

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "relative": self.relative,
        }


@dataclass
class Cand:
    start: int  # normalized offsets
    end: int
    value: Resolved | None
    relative: bool
    rank: int  # pattern order, lower wins among equal lengths
    weekday: bool = False
    ambiguous: bool = False


@dataclass
class Ctx:
    norm: str
    orig: str
    offsets: list[int]
    ref: date | None
    lex: Lexicon
    grammar: Grammar
    day_first: bool | None = None  # how to read 4/5/2024; None: from the text itself

    def capitalized(self, pos: int) -> bool:
        """The original character at normalized offset `pos` is not a lower-case Latin letter."""
        ch = self.orig[self.offsets[pos]]
        return not ("a" <= ch <= "z")

    def reads_day_first(self) -> bool:
        """How the text writes numeric dates: as its unambiguous ones do (25/12/2023 is day first,
        12/25/2023 month first), else day first unless the text is English without Arabic."""
        if self.day_first is None:
            votes = 0
            for m in NUMERIC_PAIR.finditer(self.norm):
                a, b = int(m.group(1)), int(m.group(3))
                votes += (a > 12 >= b) - (b > 12 >= a)
            if votes:
                self.day_first = votes > 0
            else:
                self.day_first = ARABIC.search(self.norm) is not None or LATIN.search(self.norm) is None
        return self.day_first


NUMERIC_PAIR = re.compile(r"(?<![\d/.\-])(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d\d)(?![\d]|[/.\-]\d)")
ARABIC = re.compile(f"[{ARABIC_LETTER}]")
LATIN = re.compile("[a-z]")

# a handler returns (start, end, value, relative) or (start, end, value, relative, ambiguous)
Handler = Callable[[re.Match[str], Ctx], list[tuple]]


def one(m: re.Match[str], value: Resolved | None, relative: bool, start: int | None = None):
    return [(m.start() if start is None else start, m.end(), value, relative)]


def resolve_relative(m: re.Match[str], ctx: Ctx, fn: Callable[[date], Resolved | None], start: int | None = None):
    """A relative expression: resolved against the reference, or kept undated without one."""
    if ctx.ref is None:
        return one(m, None, True, start)
    value = fn(ctx.ref)
    return one(m, value, True, start) if value else []



def group(m: re.Match[str], name: str) -> str | None:
    """A named group of the match, None when the pattern has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


def is_quantity(m_end: int, ctx: Ctx) -> bool:
    """A quantity noun follows (1500 جندي, 2000 troops): the number before it is a count."""
    return ctx.grammar.quantity_after.match(ctx.norm, m_end) is not None


def rel_role(word: str | None, ctx: Ctx) -> str | None:
    """past / next / current for الماضي، المقبل، الجاري، this ..."""
    if not word:
        return None
    k = re.sub(r"\s+", " ", word).strip()
    role = ctx.lex.role_of["rel"].get(k)
    if role is None and k in ctx.lex.roles.get("this", []):
        return "current"
    return role
