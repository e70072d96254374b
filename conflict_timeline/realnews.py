"""The real-news development set: third-party news excerpts kept outside the repository and the
hand-coded expectations for them (`data/expectations/realnews/rNN.csv`).

The excerpts live in `../shared/realnews/articles/rNN_<slug>.txt` (the folder may be absent): header
lines (`SOURCE:`, optionally `DATE:` = the publication date), a `---` line, then the page text. Only
the text after the first `---` line is read, as a `.txt` file, with `DATE` as the publication date,
the way `python -m conflict_timeline extract FILE --published DATE` reads it.

A page is scored as a whole: the expected events of all its stories against the events of every
article the reader finds in it (how the reader splits a messy page is not what is measured here).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from .articles import parse_text
from .evaluate import (
    EXPECTATIONS,
    ROOT,
    Expected,
    Matcher,
    Score,
    count_duplicates,
    read_expectations,
    score_article,
)
from .gazetteer import Gazetteer
from .schema import Article, Event

REALNEWS = ROOT.parent / "shared" / "realnews"
REALNEWS_EXPECTATIONS = EXPECTATIONS / "realnews"

_PAGE_ID = re.compile(r"^(r\d+)_")
_DATE_LINE = re.compile(r"^DATE:\s*(\d{4}-\d{2}-\d{2})\s*$", re.M)

Extractor = Callable[[Article], list[Event]]


class RealPage(NamedTuple):
    """One excerpt: its id (`r07`), the text after `---`, the `DATE:` header and its expectations."""

    page_id: str
    text: str
    published: date | None
    expected: list[Expected]
    path: Path


def split_page(raw: str) -> tuple[str, date | None]:
    """The text after the first `---` line and the `DATE:` of the header above it (None if absent).
    A file without a `---` line is all text."""
    lines = raw.splitlines(keepends=True)
    cut = next((i for i, line in enumerate(lines) if line.strip() == "---"), None)
    if cut is None:
        return raw, None
    head, body = "".join(lines[:cut]), "".join(lines[cut + 1:])
    found = _DATE_LINE.search(head)
    try:
        published = date.fromisoformat(found.group(1)) if found else None
    except ValueError:
        published = None
    return body, published


def articles_folder(folder: Path | str | None = None) -> Path:
    """`<folder>/articles` when it exists, else the folder itself (default `../shared/realnews`)."""
    folder = REALNEWS if folder is None else Path(folder)
    return folder / "articles" if (folder / "articles").is_dir() else folder


def page_files(folder: Path | str | None = None) -> dict[str, Path]:
    """Page id -> excerpt file; empty when the folder is absent."""
    articles = articles_folder(folder)
    if not articles.is_dir():
        return {}
    out = {}
    for path in sorted(articles.glob("r*.txt")):
        found = _PAGE_ID.match(path.name)
        if found and path.is_file():
            out.setdefault(found.group(1), path)
    return out


def realnews_pages(folder: Path | str | None = None,
                   expectations: Path = REALNEWS_EXPECTATIONS) -> list[RealPage]:
    """Every excerpt of the folder with its text, publication date and expected events (an excerpt
    without an expectations file has none). Empty when the folder is absent."""
    pages = []
    for page_id, path in page_files(folder).items():
        text, published = split_page(path.read_text(encoding="utf-8", errors="replace"))
        exp_path = expectations / f"{page_id}.csv"
        expected = read_expectations(exp_path) if exp_path.exists() else []
        pages.append(RealPage(page_id, text, published, expected, path))
    return pages


def page_events(page: RealPage, extractor: Extractor | None = None) -> list[Event]:
    """The events of every article the project's reader finds in the page text."""
    if extractor is None:
        from .events import extract_events as extractor
    events: list[Event] = []
    for article in parse_text(page.text, page.path, page.published, ".txt"):
        events.extend(extractor(article))
    return events


class RealnewsRun(NamedTuple):
    """A scored run: the figures, the events of each page that did not crash, the pages that did."""

    score: Score
    events: dict[str, list[Event]]
    crashed: list[str]


def evaluate_realnews(pages: Iterable[RealPage] | None = None, extractor: Extractor | None = None,
                      gazetteer: Gazetteer | None = None) -> RealnewsRun:
    """Score the extractor on the pages (default: the whole set). A page the reader or the extractor
    fails on is a crash: counted, its expected events missed, and the run goes on."""
    matcher = Matcher(gazetteer or Gazetteer.default())
    score = Score()
    events_by_page: dict[str, list[Event]] = {}
    crashed: list[str] = []
    for page in realnews_pages() if pages is None else pages:
        try:
            events = page_events(page, extractor)
        except Exception as exc:  # one bad page never stops the run
            score.crashes += 1
            score.crash_notes.append(f"{page.page_id}: {type(exc).__name__}: {exc}")
            crashed.append(page.page_id)
            events = []
        else:
            events_by_page[page.page_id] = events
        matched, free = score_article(page.expected, events, matcher, score, page.page_id)
        count_duplicates(matched, free, matcher, score, page.page_id)
    return RealnewsRun(score, events_by_page, crashed)


def load_gold_scorer(folder: Path | str | None = None):
    """The shared scorer module (`score.py` of the realnews folder), or None when it is absent."""
    folder = REALNEWS if folder is None else Path(folder)
    path = folder / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("realnews_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class GoldRecall(NamedTuple):
    found: int
    total: int
    misses: list[str]

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 1.0


def gold_recall(run: RealnewsRun, gold: dict, matches: Callable[[dict, dict, dict], bool]) -> GoldRecall:
    """The shared scorer's recall on a run, in-process: each gold fact is found when one event of its
    page, as `extract` prints it (cli.event_record), satisfies `matches`. Only required facts count;
    a crashed or missing page misses all its facts."""
    from .cli import event_record

    aliases = {k: gold[k] for k in ("us", "iri") if k in gold}
    found = total = 0
    misses = []
    for page_id, facts in sorted(gold.get("files", {}).items()):
        records = [event_record(ev) for ev in run.events.get(page_id, [])]
        for fact in facts:
            if not fact.get("required", True):
                continue
            total += 1
            if any(matches(fact, rec, aliases) for rec in records):
                found += 1
            else:
                misses.append(f"{fact.get('id', page_id)}: {fact.get('what', '')}")
    return GoldRecall(found, total, misses)
