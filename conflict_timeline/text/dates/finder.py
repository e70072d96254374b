"""The finder: candidates from the grammar, the longest that do not overlap, mapped back to the
original text; the publication-date reader and the `dates` command built on it."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from conflict_timeline.schema import PRECISIONS
from conflict_timeline.text.arabic import map_span, normalize, normalize_with_map

from .grammar import DIGIT, YEAR, build_grammar
from .lexicon import lexicon
from .model import NUMERIC_PAIR, Cand, Ctx, TemporalExpression
from .ranges import valid_year
from .relative import h_weekday

_TRAILING_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]*")
_DIGIT = re.compile(r"\d")


def _to_original(ctx: Ctx, a: int, b: int) -> tuple[int, int]:
    start, end = map_span(ctx.offsets, a, b)
    # keep diacritics and tatweel written on the last letter inside the span
    mark = _TRAILING_MARKS.match(ctx.orig, end)
    if mark:
        end = mark.end()
    return start, end


def _candidates(ctx: Ctx) -> list[Cand]:
    """Try, at each token some pattern can begin with, only the patterns that can begin with it."""
    grammar = ctx.grammar
    patterns, by_token = grammar.patterns, grammar.by_token
    digit_patterns, year_patterns = by_token[DIGIT], by_token[YEAR]
    cue_before = grammar.cue_before
    cands: list[Cand] = []
    norm = ctx.norm
    anchors = grammar.anchor.finditer(norm)
    if _DIGIT.search(norm) is not None:  # (a digit after و ف ب ل: a text with no digit has none)
        anchors = itertools.chain(anchors, grammar.clitic_digit.finditer(norm))
    for am in anchors:
        kind = am.lastgroup
        todo = by_token.get(am.group(), ()) if kind == "word" else year_patterns if kind == "year" else digit_patterns
        pos = am.start(kind)
        for rank in todo:
            pattern, handler = patterns[rank]
            m = pattern.match(norm, pos)
            if m is None:
                continue
            try:
                found = handler(m, ctx)
            except (OverflowError, ValueError):  # a reference near date.min/max
                continue
            for a, b, value, relative, *flag in found:
                if value is not None and not (valid_year(value[0].year) and valid_year(value[1].year)):
                    continue  # 1900..2100 only, also after arithmetic on the reference
                cue = cue_before.match(norm, a, b)
                if cue:
                    a = cue.end()  # في عام 2015 -> عام 2015, in 2018 -> 2018: the preposition is context
                if norm[b - 1] == ".":
                    b -= 1  # a full stop after a month name ends the sentence: "in August."
                if b > a:
                    cands.append(Cand(a, b, value, relative, rank, handler is h_weekday, bool(flag and flag[0])))
    return cands


def _select(cands: list[Cand], ctx: Ctx) -> list[Cand]:
    """The longest candidates that do not overlap, in text order; a weekday just before an explicit
    day (الإثنين 15 كانون الثاني 2024, Monday, January 15) becomes part of it."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken: list[Cand] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    grammar = ctx.grammar
    gap, patterns, day_handlers = grammar.weekday_gap, grammar.patterns, grammar.day_handlers
    out: list[Cand] = []
    for c in taken:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.weekday
            and patterns[c.rank][1] in day_handlers
            and (c.value is None or c.value[2] == "day")
            and gap.fullmatch(ctx.norm, prev.end, c.start)
        ):
            out[-1] = Cand(prev.start, c.end, c.value, c.relative, c.rank, ambiguous=c.ambiguous)
        else:
            out.append(c)
    return out


def find_dates(
    text: str, reference: date | None = None, *, day_first: bool | None = None
) -> list[TemporalExpression]:
    """Temporal expressions in `text`, sorted by span and non-overlapping, resolved against
    `reference` (the publication date); without one, relative expressions stay undated.

    `day_first` says how to read a numeric date whose day and month could be swapped (4/5/2024),
    for instance from the page's other dates (`numeric_day_first`); by default the text decides:
    its unambiguous numeric dates, else day first unless it is English without Arabic."""
    if not text:
        return []
    if isinstance(reference, datetime):
        reference = reference.date()
    norm, offsets = normalize_with_map(text)
    ctx = Ctx(norm=norm, orig=text, offsets=offsets, ref=reference, lex=lexicon(), grammar=build_grammar(),
              day_first=day_first)
    taken = _select(_candidates(ctx), ctx)
    out = []
    for c in taken:
        a, b = _to_original(ctx, c.start, c.end)
        if c.value is None:
            out.append(TemporalExpression(text[a:b], (a, b), None, None, "unknown", c.relative, c.ambiguous))
        else:
            start, end, precision = c.value
            assert precision in PRECISIONS
            out.append(TemporalExpression(text[a:b], (a, b), start, end, precision, c.relative, c.ambiguous))
    return out


_MAX_FALLBACK_CHARS = 120


def parse_publication_date(text: str) -> date | None:
    """The date of a page's publication line or value; None when it is not a date.

    Numeric dates are read day first (15/01/2024), as Arab sites write them.
    """
    if not text or not text.strip():
        return None
    for expr in find_dates(text, day_first=True):
        if expr.precision == "day" and expr.start is not None and not expr.relative:
            return expr.start
    return _dateparser_fallback(text.strip())


def _dateparser_fallback(text: str) -> date | None:
    if (
        len(text) > _MAX_FALLBACK_CHARS
        or not re.search(r"\d", text)
        or not re.search(r"\d{4}", normalize(text))
    ):
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            languages=["ar", "en"],
            settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
        )
    except Exception:  # dateparser raises assorted errors on odd input; a non-date is simply None
        return None
    if parsed is None or not valid_year(parsed.year):
        return None
    return parsed.date()


def cli_main(lines: Iterable[str], reference: date | None) -> Iterator[str]:
    """One JSON array of expressions per input line."""
    for line in lines:
        text = line.rstrip("\r\n")
        yield json.dumps([e.to_json() for e in find_dates(text, reference)], ensure_ascii=False)


_NUMERIC_HINT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]\s*[/.\-]\s*[0-9\u0660-\u0669\u06f0-\u06f9]")


def numeric_day_first(text: str) -> bool | None:
    """How a page writes numeric dates: True when its unambiguous ones are day first (25/12/2023),
    False when month first (12/25/2023), None when they do not say."""
    if not _NUMERIC_HINT.search(text):
        return None  # no numeric date at all: nothing to tell
    norm = normalize(text)
    votes = 0
    for m in NUMERIC_PAIR.finditer(norm):
        a, b = int(m.group(1)), int(m.group(3))
        votes += (a > 12 >= b) - (b > 12 >= a)
    return None if votes == 0 else votes > 0
