"""Score the extractor against hand-coded expectations (`data/expectations/<file>.csv`).

An extracted event matches an expected one when the type is the same, the place is the same (or
one contains the other: a base and its city or country), the actor is of the same family (same top of the
gazetteer's parent chain), and the date ranges overlap within a day (both unknown also matches).
Each expected event matches at most one extracted event. Status, date precision and numbers are
scored on the matched pairs.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .articles import read_file
from .events import extract_events
from .gazetteer import Gazetteer
from .schema import Article, Event

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
EXPECTATIONS = ROOT / "data" / "expectations"


@dataclass(frozen=True)
class Expected:
    file: str
    article: int
    event_type: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    actor: str
    target: str
    location: str
    country: str
    troops: int | None
    fatalities: int | None
    amount_usd: float | None
    status: str
    note: str


def _num(value: str) -> float | None:
    value = (value or "").strip().replace(",", "")
    return float(value) if value else None


def _day(value: str) -> date | None:
    value = (value or "").strip()
    return date.fromisoformat(value) if value else None


def read_expectations(path: Path) -> list[Expected]:
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            try:
                troops, fat, amount = _num(row.get("troops", "")), _num(row.get("fatalities", "")), _num(
                    row.get("amount_usd", ""))
                out.append(Expected(
                    file=path.name[: -len(".csv")], article=int(row.get("article") or 0),
                    event_type=row["event_type"].strip(), date_start=_day(row.get("date_start", "")),
                    date_end=_day(row.get("date_end", "")) or _day(row.get("date_start", "")),
                    date_precision=(row.get("date_precision") or "unknown").strip(),
                    actor=(row.get("actor") or "").strip(), target=(row.get("target") or "").strip(),
                    location=(row.get("location") or "").strip(), country=(row.get("country") or "").strip(),
                    troops=int(troops) if troops is not None else None,
                    fatalities=int(fat) if fat is not None else None, amount_usd=amount,
                    status=(row.get("status") or "").strip(), note=(row.get("note") or "").strip(),
                ))
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path}: line {n}: {exc}") from exc
    return out


@dataclass
class Score:
    expected: int = 0
    extracted: int = 0
    matched: int = 0
    status_ok: int = 0
    precision_ok: int = 0
    numbers_ok: int = 0
    numbers_total: int = 0
    # matched strikes and attacks whose expectation names the side struck, and how many name it too
    targets_ok: int = 0
    targets_total: int = 0
    by_type: Counter = field(default_factory=Counter)  # (type, "tp"/"fp"/"fn") -> n
    misses: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)  # matched, but status, precision or numbers differ
    spurious: list[str] = field(default_factory=list)
    # extracted events that match an expected event another event of the same page already matched:
    # counted among the spurious ones above, and reported on their own
    duplicates: int = 0
    duplicate_notes: list[str] = field(default_factory=list)
    crashes: int = 0  # files the reader or extractor failed on (their expected events count as missed)
    crash_notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def duplicate_share(self) -> float:
        return self.duplicates / self.extracted if self.extracted else 0.0

    def summary(self) -> str:
        lines = [
            f"expected events {self.expected}, extracted {self.extracted}, matched {self.matched}",
            f"precision {self.precision:.1%}  recall {self.recall:.1%}",
            f"on matched events: status {self._rate(self.status_ok, self.matched)}, "
            f"date precision {self._rate(self.precision_ok, self.matched)}, "
            f"numbers {self._rate(self.numbers_ok, self.numbers_total)}, "
            f"targets {self._rate(self.targets_ok, self.targets_total)}",
            "by type (matched / expected / extracted):",
        ]
        types = sorted({t for t, _ in self.by_type})
        for t in types:
            tp, fn, fp = self.by_type[(t, "tp")], self.by_type[(t, "fn")], self.by_type[(t, "fp")]
            lines.append(f"  {t:<12} {tp:>4} / {tp + fn:>4} / {tp + fp:>4}")
        return "\n".join(lines)

    @staticmethod
    def _rate(ok: int, total: int) -> str:
        return f"{ok}/{total} ({ok / total:.0%})" if total else "n/a"


class Matcher:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def _family(self, name: str) -> str:
        entry = self.gaz.get(name, kind="actor")
        if entry is None:
            return name
        return self.gaz.root(self.gaz.resolve_actor(entry, None).id).name

    def _chain(self, name: str) -> list[str]:
        entry = self.gaz.get(name, kind="place")
        if entry is None:
            return [name]
        return [name, *(e.name for e in self.gaz.ancestors(entry.id))]

    def places_match(self, expected: str, got: str) -> bool:
        """Same place, or one contains the other (a base and its city, a city and its country):
        the finer reading is consistent with the coarser one."""
        if not expected or expected == got:
            return True
        if not got:
            return False
        return expected in self._chain(got) or got in self._chain(expected)

    def actors_match(self, expected: str, got: str) -> bool:
        if not expected:
            return True
        if not got:
            return False
        return expected == got or self._family(expected) == self._family(got)

    @staticmethod
    def dates_match(exp: Expected, ev: Event) -> bool:
        if exp.date_start is None:
            return ev.date_start is None
        if ev.date_start is None or ev.date_end is None:
            return False
        one = timedelta(days=1)
        end = exp.date_end or exp.date_start
        return ev.date_start <= end + one and exp.date_start <= ev.date_end + one

    def matches(self, exp: Expected, ev: Event) -> bool:
        return (
            exp.event_type == ev.event_type
            and self.places_match(exp.location, ev.location)
            and self.actors_match(exp.actor, ev.actor)
            and self.dates_match(exp, ev)
        )


def _describe(ev: Event | Expected) -> str:
    return f"{ev.event_type} {ev.date_start} {ev.date_precision} actor={ev.actor!r} place={ev.location!r}"


def score_article(expected: list[Expected], events: list[Event], matcher: Matcher, score: Score,
                  where: str) -> tuple[list[tuple[Expected, Event]], list[Event]]:
    """Add one article's figures to `score`; returns the matched (expected, extracted) pairs and the
    extracted events left unmatched (the spurious ones)."""
    free = list(events)
    pairs: list[tuple[Expected, Event]] = []
    score.expected += len(expected)
    score.extracted += len(events)
    # exact places first, so that a coarser expectation does not take the event a finer one needs
    exact = {}
    for exp in expected:
        hit = next((ev for ev in free if ev.location == exp.location and matcher.matches(exp, ev)
                    and ev not in exact.values()), None)
        if hit is not None:
            exact[id(exp)] = hit
    for exp in expected:
        hit = exact.get(id(exp)) or next((ev for ev in free if matcher.matches(exp, ev)
                                          and ev not in exact.values()), None)
        if hit is None:
            score.by_type[(exp.event_type, "fn")] += 1
            near = next((ev for ev in free if ev.event_type == exp.event_type), None)
            why = ""
            if near is not None:
                failed = [name for name, ok in (
                    ("place", matcher.places_match(exp.location, near.location)),
                    ("actor", matcher.actors_match(exp.actor, near.actor)),
                    ("date", matcher.dates_match(exp, near))) if not ok]
                why = f"  (nearest {'/'.join(failed)}: {_describe(near)})"
            score.misses.append(f"{where}: missed {_describe(exp)}  [{exp.note}]{why}")
            continue
        free.remove(hit)
        pairs.append((exp, hit))
        score.matched += 1
        score.by_type[(exp.event_type, "tp")] += 1
        score.status_ok += exp.status == hit.status
        score.precision_ok += exp.date_precision == hit.date_precision
        diffs = [f"{name} {want!r}->{got!r}" for name, want, got in (
            ("status", exp.status, hit.status), ("precision", exp.date_precision, hit.date_precision),
            ("troops", exp.troops, hit.troops), ("fatalities", exp.fatalities, hit.fatalities),
            ("amount", exp.amount_usd, hit.amount_usd)) if want not in (None, "") and want != got]
        if exp.target and exp.event_type in ("airstrike", "attack") and not matcher.actors_match(exp.target, hit.target):
            diffs.append(f"target {exp.target!r}->{hit.target!r}")
        if diffs:
            score.mismatches.append(f"{where}: {exp.event_type} {', '.join(diffs)}  [{hit.sentence[:90]}]")
        if exp.target and exp.event_type in ("airstrike", "attack"):
            score.targets_total += 1
            score.targets_ok += matcher.actors_match(exp.target, hit.target)
        for want, got in ((exp.troops, hit.troops), (exp.fatalities, hit.fatalities), (exp.amount_usd, hit.amount_usd)):
            if want is not None:
                score.numbers_total += 1
                score.numbers_ok += got is not None and float(got) == float(want)
    for ev in free:
        score.by_type[(ev.event_type, "fp")] += 1
        score.spurious.append(f"{where}: extra {_describe(ev)}  [{ev.sentence[:80]}]")
    return pairs, free


def corpus_files(articles: Path = ARTICLES, expectations: Path = EXPECTATIONS) -> list[tuple[Path, Path]]:
    pairs = []
    for exp in sorted(expectations.glob("*.csv")):
        art = articles / exp.name[: -len(".csv")]
        if art.exists():
            pairs.append((art, exp))
    return pairs


def count_duplicates(pairs: list[tuple[Expected, Event]], free: list[Event], matcher: Matcher, score: Score,
                     where: str) -> int:
    """Unmatched events of one page that match an expected event already matched by another event:
    the same event extracted twice. Adds them to `score.duplicates` and returns how many."""
    taken = [exp for exp, _ in pairs]
    found = 0
    for ev in free:
        exp = next((e for e in taken if matcher.matches(e, ev)), None)
        if exp is not None:
            found += 1
            score.duplicate_notes.append(f"{where}: duplicate {_describe(ev)}  [{ev.sentence[:80]}]")
    score.duplicates += found
    return found


def evaluate(pairs: Iterable[tuple[Path, Path]] | None = None,
             extractor: Callable[[Article], list[Event]] = extract_events,
             gazetteer: Gazetteer | None = None, catch: bool = False) -> Score:
    """Score the corpus files; with `catch`, a file the reader or the extractor fails on is counted in
    `Score.crashes` (its expected events as missed) instead of stopping the run."""
    gaz = gazetteer or Gazetteer.default()
    matcher = Matcher(gaz)
    score = Score()
    for art_path, exp_path in pairs if pairs is not None else corpus_files():
        expected = read_expectations(exp_path)
        try:
            found = [extractor(article) for article in read_file(art_path)]
        except Exception as exc:
            if not catch:
                raise
            score.crashes += 1
            score.crash_notes.append(f"{art_path.name}: {type(exc).__name__}: {exc}")
            found = []
        for i in sorted({e.article for e in expected} | set(range(len(found)))):
            rows = [e for e in expected if e.article == i]
            events = found[i] if i < len(found) else []
            where = f"{art_path.name}#{i}"
            matched, free = score_article(rows, events, matcher, score, where)
            count_duplicates(matched, free, matcher, score, where)
    return score
