"""Extracting stored articles again, after the extractor or its rule data changed: an explicit command.

`reextract(store, dry_run=True)` says what would change, article by article, without writing. Without
dry run, the events about to be replaced are first appended to a backup file (JSON Lines, one line per
article: the article and its stored event rows; `restore_backup` puts them back), then each batch of
articles is replaced in one transaction: an interruption leaves every article either as it was or
re-extracted, never half of one.

An article whose stored body cannot yield its events again keeps them: no body at all, or a body
that does not hold the evidence sentences of its events (events imported without their text), or an
extraction that fails or exceeds its budget.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from pathlib import Path

from conflict_timeline.budget import Budget, BudgetExceeded, extract_within
from conflict_timeline.frames import _DATE_FIELDS, EVENT_FIELDS
from conflict_timeline.schema import Article, Event
from conflict_timeline.store import EventStore, _event_row

Extractor = Callable[[Article], list[Event]]
BATCH = 200  # articles per transaction


@dataclass
class Change:
    """What re-extraction does (or would do) to one article."""

    article_id: str
    title: str
    before: int
    after: int = 0
    added: int = 0  # event ids new in the extraction
    removed: int = 0  # stored event ids the extraction no longer gives
    modified: int = 0  # the same event id with other values
    kept: str = ""  # why the stored events stay as they are (the article is not re-extracted)

    @property
    def changed(self) -> bool:
        return not self.kept and bool(self.added or self.removed or self.modified)

    def line(self) -> str:
        title = " ".join((self.title or "(untitled)").split())[:60]
        if self.kept:
            return f"{self.article_id} {title}: kept ({self.before} events): {self.kept}"
        return (f"{self.article_id} {title}: {self.before} -> {self.after} events "
                f"(+{self.added} new, -{self.removed} gone, {self.modified} modified)")


@dataclass
class ReextractReport:
    dry_run: bool
    changes: list[Change] = field(default_factory=list)
    backup: Path | None = None

    @property
    def changed(self) -> list[Change]:
        return [c for c in self.changes if c.changed]

    @property
    def kept(self) -> list[Change]:
        return [c for c in self.changes if c.kept]

    def summary(self) -> str:
        changed = self.changed
        verb = "would change" if self.dry_run else "changed"
        before = sum(c.before for c in changed)
        after = sum(c.after for c in changed)
        text = (f"{len(self.changes)} articles: {len(changed)} {verb} ({before} -> {after} events), "
                f"{len(self.kept)} kept as stored, "
                f"{len(self.changes) - len(changed) - len(self.kept)} unchanged")
        if self.backup is not None:
            text += f"; replaced events saved in {self.backup}"
        return text


def _unyieldable(article: Article, rows: list[dict]) -> str:
    """Why the article's stored body cannot give its stored events again ('' when it can)."""
    if not article.body.strip():
        return "the stored article has no body to extract from"
    missing = sum(1 for r in rows if (r.get("sentence") or "") and r["sentence"] not in article.body
                  and r["sentence"] not in article.title)
    if missing:
        return f"the stored body does not hold the sentences of {missing} of its {len(rows)} events"
    return ""


def _compare(old_rows: list[dict], new_events: list[Event], change: Change) -> None:
    old = {r["event_id"]: tuple(r.get(name) for name in EVENT_FIELDS) for r in old_rows}
    new = {e.event_id: _event_row(e) for e in new_events}
    change.after = len(new)
    change.added = len(new.keys() - old.keys())
    change.removed = len(old.keys() - new.keys())
    change.modified = sum(1 for k in new.keys() & old.keys() if new[k] != old[k])


def default_backup_path(db: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return db.with_name(f"{db.name}.reextract-{stamp}.jsonl")


def _article_record(article: Article) -> dict:
    record = {f.name: getattr(article, f.name) for f in fields(Article)}
    record["published"] = article.published.isoformat() if article.published else None
    record["tags"], record["related"] = list(article.tags), list(article.related)
    return record


def _append_backup(path: Path, items: list[tuple[Article, list[dict]]]) -> None:
    """Append and flush to disk before anything is replaced (a crash then leaves the backup complete)."""
    with path.open("a", encoding="utf-8") as handle:
        for article, rows in items:
            handle.write(json.dumps({"article": _article_record(article), "events": rows}, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def reextract(
    store: EventStore,
    extractor: Extractor | None = None,
    dry_run: bool = False,
    backup: Path | None = None,
    article_ids: list[str] | None = None,
    budget: Budget | None = None,
    version: str | None = None,
) -> ReextractReport:
    """Extract the stored articles (all, or `article_ids`) again and replace the events that changed.

    `backup`: the file the replaced events are appended to (default `<db>.reextract-<time>.jsonl`,
    created only when something is replaced). `version`: recorded as the store's `extractor_version`
    once every article was handled (not in a dry run).
    """
    if extractor is None:
        from conflict_timeline.events import extract_events as extractor
    ids = [a for a, _ in store.article_ids()] if article_ids is None else list(article_ids)
    report = ReextractReport(dry_run=dry_run)
    for start in range(0, len(ids), BATCH):
        replacements: list[tuple[Article, list[dict], list[Event]]] = []
        for article_id in ids[start : start + BATCH]:
            article = store.article(article_id)
            if article is None:
                continue
            rows = store.article_event_rows(article_id)
            change = Change(article_id, article.title, before=len(rows))
            report.changes.append(change)
            change.kept = _unyieldable(article, rows)
            if change.kept:
                continue
            try:
                events = extract_within(extractor, article, budget)
            except BudgetExceeded as exc:
                change.kept = str(exc)
                continue
            except Exception as exc:
                change.kept = f"extraction failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
                continue
            _compare(rows, events, change)
            if change.changed:
                replacements.append((article, rows, events))
        if dry_run or not replacements:
            continue
        if report.backup is None:
            report.backup = backup or default_backup_path(store.path)
        _append_backup(report.backup, [(a, rows) for a, rows, _ in replacements])
        with store.transaction():
            for article, _, events in replacements:
                store.replace_article(article, events)
    if not dry_run and version is not None:
        store.set_meta("extractor_version", version)
    return report


def _event_from_row(row: dict) -> Event:
    """An Event from a stored row (the fields left NULL take their defaults, which are None)."""
    values = {name: row.get(name) for name in EVENT_FIELDS if row.get(name) is not None}
    for name in _DATE_FIELDS:
        if values.get(name):
            values[name] = date.fromisoformat(values[name])
    for name in ("span_start", "span_end"):
        values.setdefault(name, 0)
    for name in ("event_type", "article_id", "sentence"):
        values.setdefault(name, "")
    return Event(**values)


def restore_backup(store: EventStore, path: Path) -> int:
    """Put back the articles and events saved by `reextract` (for an article saved more than once, the
    first save: the events before any re-extraction), in one transaction; returns the articles restored."""
    original: dict[str, dict] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                original.setdefault(record["article"]["article_id"], record)  # the first save of each
    with store.transaction():
        for record in original.values():
            a = dict(record["article"])
            a["published"] = date.fromisoformat(a["published"]) if a.get("published") else None
            a["tags"], a["related"] = tuple(a.get("tags") or ()), tuple(a.get("related") or ())
            store.replace_article(Article(**a), [_event_from_row(r) for r in record["events"]])
    return len(original)
