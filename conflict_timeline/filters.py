"""The dashboard's filter as a value object: parsed and validated from URL parameters, applied to frames.

Pure code (no Streamlit): the URL is untrusted input, so every value is checked here against the
choices the data offers, and whatever does not fit is dropped with a one-line notice.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from conflict_timeline.schema import EVENT_TYPES, STATUSES
from conflict_timeline.text.arabic import normalize

# URL parameter names of the filter dimensions (they are also the sidebar widget keys).
DATES, ACTOR, TYPE, PLACE, COUNTRY, STATUS, TEXT = "dates", "actor", "type", "place", "country", "status", "q"
FILTER_KEYS: tuple[str, ...] = (DATES, ACTOR, TYPE, PLACE, COUNTRY, STATUS, TEXT)

# Bounds on what a link may carry; anything larger is ignored rather than processed.
MAX_VALUES = 100  # values of one list parameter
MAX_VALUE_CHARS = 200  # characters of one value
MAX_TEXT_CHARS = 200  # characters of the text search
DATE_MIN = date(1990, 1, 1)
DATE_MAX = date(2040, 12, 31)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LATIN_ONLY = re.compile(r"^[a-z '\-]+$")
_TEXT_COLUMNS: tuple[str, ...] = ("sentence", "article_title", "actor", "actor_ar", "location", "location_ar")


def _shorten(value: str, limit: int = 40) -> str:
    """A value as it may be quoted in a notice: one line, at most `limit` characters."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def present_values(column: pd.Series) -> list[str]:
    """Non-empty values that occur in a column, sorted (categories with no rows are left out)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        used = np.unique(codes[codes >= 0])
        values = [str(v) for v in column.cat.categories[used]]
    else:
        values = [str(v) for v in pd.unique(column.dropna())]
    return sorted(v for v in values if v)


@dataclass(frozen=True)
class Choices:
    """The values a link may select: what the data offers for each dimension."""

    actors: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset(EVENT_TYPES)
    places: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset(STATUSES)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> Choices:
        groups = present_values(frame["actor_group"]) if "actor_group" in frame.columns else []
        return cls(
            actors=frozenset(present_values(frame["actor"])) | frozenset(groups),  # a family can be chosen
            places=frozenset(present_values(frame["location"])),
            countries=frozenset(present_values(frame["country"])),
        )


@dataclass(frozen=True)
class Filter:
    """What the reader asked to see. Empty dimensions do not filter."""

    dates: tuple[date, date] | None = None
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == Filter()

    def to_params(self) -> dict[str, list[str]]:
        """URL parameters of the non-empty dimensions, in the fixed order of FILTER_KEYS."""
        out: dict[str, list[str]] = {}
        if self.dates is not None:
            out[DATES] = [self.dates[0].isoformat(), self.dates[1].isoformat()]
        for key, values in (
            (ACTOR, self.actors),
            (TYPE, self.types),
            (PLACE, self.places),
            (COUNTRY, self.countries),
            (STATUS, self.statuses),
        ):
            if values:
                out[key] = list(values)
        if self.text:
            out[TEXT] = [self.text]
        return out

    def to_query(self) -> list[tuple[str, str]]:
        """The filter as (name, value) pairs for urllib.parse.urlencode."""
        return [(key, value) for key, values in self.to_params().items() for value in values]

    @classmethod
    def from_query(
        cls, params: Mapping[str, Sequence[str]], choices: Choices | None = None
    ) -> tuple[Filter, list[str]]:
        """Parse URL parameters (name -> all its values); return the filter and notices for what was ignored.

        Parameters that are not filter dimensions are left alone (they belong to pages).
        """
        choices = choices or Choices()
        notices: list[str] = []
        dates = _parse_dates(list(params.get(DATES, ())), notices)
        lists: dict[str, tuple[str, ...]] = {}
        for key, allowed in (
            (ACTOR, choices.actors),
            (TYPE, choices.types),
            (PLACE, choices.places),
            (COUNTRY, choices.countries),
            (STATUS, choices.statuses),
        ):
            lists[key] = _parse_list(key, list(params.get(key, ())), allowed, notices)
        text = _parse_text(list(params.get(TEXT, ())), notices)
        flt = cls(
            dates=dates,
            actors=lists[ACTOR],
            types=lists[TYPE],
            places=lists[PLACE],
            countries=lists[COUNTRY],
            statuses=lists[STATUS],
            text=text,
        )
        return flt, notices

    def cache_key(self) -> tuple:
        """A small hashable key for caches (sorted lists: selection order does not change the result)."""
        return (
            self.dates,
            tuple(sorted(self.actors)),
            tuple(sorted(self.types)),
            tuple(sorted(self.places)),
            tuple(sorted(self.countries)),
            tuple(sorted(self.statuses)),
            self.text.casefold(),
        )


def _parse_dates(values: list[str], notices: list[str]) -> tuple[date, date] | None:
    values = [v for v in values if v != ""]
    if not values:
        return None
    if len(values) > 2:
        notices.append(f"dates: expected a start and an end date, got {len(values)} values")
        return None
    parsed: list[date] = []
    for value in values:
        try:
            if not _ISO_DATE.match(value):
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            notices.append(f"dates: '{_shorten(value)}' is not a date (YYYY-MM-DD)")
            return None
        if not DATE_MIN <= day <= DATE_MAX:
            notices.append(f"dates: {value} is outside {DATE_MIN.year}-{DATE_MAX.year}")
            return None
        parsed.append(day)
    start, end = parsed[0], parsed[-1]
    if start > end:
        notices.append(f"dates: the start {start.isoformat()} is after the end {end.isoformat()}")
        return None
    return start, end


def _parse_list(key: str, values: list[str], allowed: Collection[str], notices: list[str]) -> tuple[str, ...]:
    values = [v for v in values if v != ""]
    if len(values) > MAX_VALUES:
        notices.append(f"{key}: {len(values)} values, more than {MAX_VALUES}")
        return ()
    kept: list[str] = []
    unknown: list[str] = []
    for value in values:
        if len(value) > MAX_VALUE_CHARS:
            notices.append(f"{key}: a value of {len(value)} characters, more than {MAX_VALUE_CHARS}")
        elif value not in allowed:
            unknown.append(value)
        elif value not in kept:
            kept.append(value)
    if unknown:
        quoted = ", ".join(f"'{_shorten(v)}'" for v in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        notices.append(f"{key}: unknown {quoted}{more}")
    return tuple(kept)


def _parse_text(values: list[str], notices: list[str]) -> str:
    values = [v for v in values if v != ""]
    if not values:
        return ""
    if len(values) > 1:
        notices.append(f"q: {len(values)} searches, kept the first")
    text = values[0].strip()
    if len(text) > MAX_TEXT_CHARS:
        notices.append(f"q: a search of {len(text)} characters, more than {MAX_TEXT_CHARS}")
        return ""
    if "\x00" in text:
        notices.append("q: the search holds a control character")
        return ""
    return " ".join(text.split())


def pick_one(
    params: Mapping[str, Sequence[str]], key: str, allowed: Collection[str]
) -> tuple[str | None, list[str]]:
    """Validate a single-valued page option (e.g. `lane`, `event`, `article`) against its allowed values."""
    values = [v for v in params.get(key, ()) if v != ""]
    if not values:
        return None, []
    value = values[0]  # as the bound widget reads a repeated parameter
    if len(value) > MAX_VALUE_CHARS:
        return None, [f"{key}: a value of {len(value)} characters, more than {MAX_VALUE_CHARS}"]
    if value not in allowed:
        return None, [f"{key}: unknown '{_shorten(value)}'"]
    if len(values) > 1:
        return value, [f"{key}: {len(values)} values, kept the first"]
    return value, []


def _isin(column: pd.Series, values: Iterable[str]) -> np.ndarray:
    """Boolean mask of rows whose value is in `values`, through the category codes when categorical."""
    values = list(values)
    if isinstance(column.dtype, pd.CategoricalDtype):
        wanted = column.cat.categories.get_indexer(values)
        wanted = wanted[wanted >= 0]
        return np.isin(column.cat.codes.to_numpy(), wanted)
    return column.isin(values).to_numpy()


@lru_cache(maxsize=262_144)
def _normalized(value: str) -> str:
    return normalize(value)


def _matches(values: Sequence[object], needle: str, folded: pd.Series | None = None) -> np.ndarray:
    """Which values contain the needle (already normalized), after Arabic normalization and case folding.

    A needle of ASCII letters and spaces only needs case folding (Arabic folding cannot create Latin
    letters), done vectorised (on `folded`, the values already case-folded, when given); any other
    needle is compared with each value normalized (memoized).
    """
    if _LATIN_ONLY.match(needle):
        if folded is None:
            folded = _casefold(values)
        return folded.str.contains(needle, regex=False).fillna(False).to_numpy(dtype=bool)
    return np.fromiter((needle in _normalized(str(v)) for v in values), dtype=bool, count=len(values))


def _casefold(values: Sequence[object]) -> pd.Series:
    return pd.Series(values, dtype="string").str.casefold()


# Distinct values of the text columns of large frames, memoized per frame (frames are read-only: the
# dashboard loads one per store revision and shares it), so only the first search of a frame pays for
# factorizing its strings. Entries die with their frame.
_MEMO_MIN_ROWS = 50_000
_MEMO_FRAMES = 4
_memo: dict[int, tuple[weakref.ref, dict[str, tuple[np.ndarray, np.ndarray, pd.Series]]]] = {}


def prepare_search(frame: pd.DataFrame) -> None:
    """Build the text-search index of a large, read-only frame now (the dashboard does it when it
    loads the events), so that the first search does not pay for it."""
    for name in _TEXT_COLUMNS:
        if name in frame.columns and not isinstance(frame[name].dtype, pd.CategoricalDtype):
            _distinct(frame, name)


def _distinct(frame: pd.DataFrame, name: str) -> tuple[np.ndarray, np.ndarray, pd.Series] | None:
    """(codes, distinct values, distinct values case-folded) of a text column of a large frame,
    built once per frame."""
    if len(frame) < _MEMO_MIN_ROWS:
        return None
    key = id(frame)
    entry = _memo.get(key)
    if entry is None or entry[0]() is not frame:
        for dead in [k for k, (ref, _) in _memo.items() if ref() is None]:
            del _memo[dead]
        while len(_memo) >= _MEMO_FRAMES:
            del _memo[next(iter(_memo))]
        entry = (weakref.ref(frame), {})
        _memo[key] = entry
    columns = entry[1]
    if name not in columns:
        codes, uniques = pd.factorize(frame[name], use_na_sentinel=True)
        uniques = np.asarray(uniques, dtype=object)
        columns[name] = (codes, uniques, _casefold(uniques))
    return columns[name]


def _contains(frame: pd.DataFrame, name: str, needle: str, rows: np.ndarray) -> np.ndarray:
    """Substring match in one text column on the rows where `rows` is True (other rows come back False).

    Both sides are normalized (`text.arabic.normalize`: case, diacritics, hamza and spelling variants
    folded), so البنتاجون finds البنتاغون. Each distinct value is normalized once (categories, or the
    distinct values of the column), not each row.
    """
    column = frame[name]
    out = np.zeros(len(column), dtype=bool)
    if isinstance(column.dtype, pd.CategoricalDtype):
        hits = np.flatnonzero(_matches(column.cat.categories, needle))
        return np.isin(column.cat.codes.to_numpy(), hits) & rows
    index = np.flatnonzero(rows)
    if len(index) == 0:
        return out
    distinct = _distinct(frame, name) if len(index) * 5 > len(frame) else None
    folded = None
    if distinct is not None:
        codes, uniques, folded = distinct[0][index], distinct[1], distinct[2]
    else:  # few candidate rows: factorize just those
        codes, uniques = pd.factorize(column.iloc[index], use_na_sentinel=True)
    hit = _matches(uniques, needle, folded)
    found = codes >= 0
    found[found] = hit[codes[found]]
    out[index] = found
    return out


def mask(frame: pd.DataFrame, flt: Filter) -> np.ndarray:
    """Boolean mask of the rows of an events frame that pass the filter."""
    keep = np.ones(len(frame), dtype=bool)
    if flt.dates is not None:
        start = pd.Timestamp(flt.dates[0])
        end = pd.Timestamp(flt.dates[1])
        ev_start = frame["date_start"]
        ev_end = frame["date_end"].fillna(ev_start)
        known = ev_start.notna().to_numpy()
        keep &= known & (ev_start <= end).to_numpy() & (ev_end >= start).to_numpy()
    if flt.actors:
        # an actor stands for itself and, when it heads a family, for its members too: "United
        # States" finds what the Pentagon, CENTCOM or the US military did
        chosen = _isin(frame["actor"], flt.actors)
        if "actor_group" in frame.columns:
            chosen |= _isin(frame["actor_group"], flt.actors)
        keep &= chosen
    for column, values in (
        ("event_type", flt.types),
        ("location", flt.places),
        ("country", flt.countries),
        ("status", flt.statuses),
    ):
        if values:
            keep &= _isin(frame[column], values)
    needle = normalize(flt.text).strip() if flt.text else ""
    if needle:  # a search that normalizes to nothing (diacritics only) does not filter
        hit = np.zeros(len(frame), dtype=bool)
        for column in _TEXT_COLUMNS:
            if column in frame.columns:
                hit |= _contains(frame, column, needle, keep & ~hit)
        keep &= hit
    return keep


def apply(frame: pd.DataFrame, flt: Filter) -> pd.DataFrame:
    """The rows of an events frame that pass the filter (vectorised; the input is not modified)."""
    if flt.is_empty:
        return frame
    return frame[mask(frame, flt)]


@dataclass(frozen=True)
class FilterSummary:
    """A one-line description of a filter for captions."""

    parts: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, flt: Filter) -> FilterSummary:
        parts: list[str] = []
        if flt.dates:
            parts.append(f"{flt.dates[0].isoformat()} to {flt.dates[1].isoformat()}")
        for label, values in (
            ("actor", flt.actors),
            ("type", flt.types),
            ("place", flt.places),
            ("country", flt.countries),
            ("status", flt.statuses),
        ):
            if values:
                parts.append(f"{label}: {', '.join(values)}")
        if flt.text:
            parts.append(f"text: {flt.text}")
        return cls(parts)

    def __str__(self) -> str:
        return "; ".join(self.parts) if self.parts else "no filter"


def file_stem(flt: Filter, prefix: str = "events", limit: int = 120) -> str:
    """A file name (without extension) that names the filter: events_2024-01-01_2024-12-31_actor-United-States.

    Only letters (any script), digits and hyphens; long names are cut and end with the number of
    further filter values left out."""
    parts = [prefix]
    if flt.dates:
        parts.append(f"{flt.dates[0].isoformat()}_{flt.dates[1].isoformat()}")
    for label, values in (("actor", flt.actors), ("type", flt.types), ("place", flt.places),
                          ("country", flt.countries), ("status", flt.statuses)):
        if values:
            parts.append(label + "-" + "+".join(values))
    if flt.text:
        parts.append("text-" + flt.text)
    stem = "_".join(re.sub(r"[^\w+\-]+", "-", part, flags=re.UNICODE).strip("-") for part in parts)
    return stem if len(stem) <= limit else stem[:limit].rstrip("-_+") + "_etc"


def family_members(view: pd.DataFrame, actors: Sequence[str]) -> dict[str, list[str]]:
    """For each chosen actor that is a family: its members (other actors of that `actor_group`) in the view,
    which the filter brings in with it."""
    if not actors or "actor_group" not in view.columns or view.empty:
        return {}
    pairs = pd.DataFrame({"a": view["actor"].astype(str).to_numpy(),
                          "g": view["actor_group"].astype(object).fillna("").astype(str).to_numpy()})
    pairs = pairs.drop_duplicates()
    chosen = set(actors)
    out: dict[str, list[str]] = {}
    for family in actors:
        members = sorted(a for a in pairs.loc[pairs["g"] == family, "a"] if a and a != family and a not in chosen)
        if members:
            out[family] = members
    return out
