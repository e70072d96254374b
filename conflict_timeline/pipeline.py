"""Files to articles to events to the store: one transaction per file, a bad file never stops a batch."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from conflict_timeline.articles import SUPPORTED_SUFFIXES, list_files, read_file
from conflict_timeline.budget import Budget, BudgetExceeded, extract_within
from conflict_timeline.claims import Claims
from conflict_timeline.errors import InputError, StoreError
from conflict_timeline.schema import Article, Event
from conflict_timeline.store import DEFAULT_DB, REPO_ROOT, SCHEMA_VERSION, EventStore

CORPUS_DIR = REPO_ROOT / "data" / "articles"
RULE_DIRS = (REPO_ROOT / "data" / "gazetteer", REPO_ROOT / "data" / "text")
Extractor = Callable[[Article], list[Event]]
Progress = Callable[[int, int, Path], None]


@dataclass
class IngestReport:
    """What one batch did: files read, articles and events added, and the files that failed."""

    files: int = 0
    articles_read: int = 0
    articles: int = 0  # added to the store
    events_extracted: int = 0
    events: int = 0  # added to the store
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (
            f"{self.files} files read, {self.articles_read} articles ({self.articles} new), "
            f"{self.events_extracted} events ({self.events} new), {len(self.failures)} files failed"
        )


def default_extractor() -> Extractor:
    """`conflict_timeline.events.extract_events` (imported when first needed)."""
    from conflict_timeline.events import extract_events

    return extract_events


def extractor_version() -> str:
    """`events.EXTRACTOR_VERSION` and a digest of the rule data the extraction reads (the CSV files of
    data/gazetteer/ and data/text/): editing an alias or a pattern changes the events as much as the code."""
    from conflict_timeline.events import EXTRACTOR_VERSION

    digest = hashlib.sha1()
    for folder in RULE_DIRS:
        for path in sorted(folder.glob("*.csv")):
            digest.update(f"{folder.name}/{path.name}\0".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                continue
            digest.update(b"\0")
    return f"{EXTRACTOR_VERSION}:{digest.hexdigest()[:12]}"


PUBLISHED_YEARS = (1900, 2100)  # publication dates outside these years cannot be resolved against


def check_published(articles: list[Article], name: str | Path) -> list[Article]:
    """The articles, or an InputError naming the first whose publication date is out of range."""
    for article in articles:
        day = article.published
        if day is not None and not PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1]:
            raise InputError(name, f"article {article.index + 1}: publication date {day.isoformat()} is outside "
                                   f"the years {PUBLISHED_YEARS[0]}-{PUBLISHED_YEARS[1]}")
    return articles


def _read(path: Path, published: date | None) -> list[Article]:
    """The articles of one file; a reader bug on odd input fails that file only, in one line."""
    try:
        return check_published(read_file(path, published), path)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(path, f"cannot read as articles: {type(exc).__name__}: {exc}") from exc


def extract_article(article: Article, extractor: Extractor, name: str | Path,
                    budget: Budget | None = None) -> list[Event]:
    """The events of one article within the size and time budget; any failure is an InputError naming
    the file (`name`), the article and the reason, on one line."""
    try:
        return extract_within(extractor, article, budget)
    except BudgetExceeded as exc:
        raise InputError(name, f"article {article.index + 1}: {exc}") from None
    except Exception as exc:  # one line per file, the batch goes on
        raise InputError(name, f"extraction failed in article {article.index + 1}: "
                               f"{type(exc).__name__}: {exc}") from exc


def _extract_all(articles: list[Article], extractor: Extractor, path: Path,
                 budget: Budget | None = None) -> list[Event]:
    events: list[Event] = []
    for article in articles:
        events.extend(extract_article(article, extractor, path, budget))
    return events


def ingest_paths(
    paths: Iterable[str | Path],
    store: EventStore,
    published: date | None = None,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    budget: Budget | None = None,
) -> IngestReport:
    """Read, extract and store every file (folders walked); each file is one transaction.

    An article already in the store (the same title and body) stays as stored, with its events: it
    is not extracted again, so a publication date set by hand, or the events of an earlier extractor,
    never get a second, different copy of the same events beside them. An article over the size or
    time `budget` fails its file (nothing of that file is stored). Two ingests into one store share the
    work: a file whose articles another ingest is extracting is left for the end, when they are stored
    and skipped (`claims.Claims`).
    """
    extract = extractor or default_extractor()
    report = IngestReport()
    files = list_files(paths, report.failures)
    try:
        known = {article_id for article_id, _ in store.article_ids()}
    except sqlite3.Error as exc:
        raise StoreError(f"{store.path}: cannot read the stored articles ({exc})") from None
    finished = 0

    def finish(path: Path) -> None:
        nonlocal finished
        finished += 1
        if progress is not None:
            progress(finished, len(files), path)

    def store_file(path: Path, articles: list[Article], wait: bool) -> bool:
        """Extract and store the new articles of one file; False (nothing done) when another ingest is
        extracting one of them and `wait` is false."""
        new = [a for a in articles if a.article_id not in known]
        ids = [a.article_id for a in new]
        if ids and not wait and not claims.try_claim(ids):
            return False
        if ids and wait:
            claims.claim(ids)
        try:
            if ids:  # stored by another ingest since this one started: skip them
                stored = store.stored_article_ids(ids)
                known.update(stored)
                new = [a for a in new if a.article_id not in stored]
            events = _extract_all(new, extract, path, budget)
            added_articles, added_events = store.ingest(new, events)
            known.update(a.article_id for a in new)
        except InputError as exc:
            report.failures.append((exc.path, exc.reason))
        except (StoreError, sqlite3.Error) as exc:
            report.failures.append((str(path), f"cannot store: {exc}"))
        else:
            report.files += 1
            report.articles_read += len(articles)
            report.events_extracted += len(events)
            report.articles += added_articles
            report.events += added_events
        finally:
            claims.release(ids)
        return True

    deferred: list[tuple[Path, list[Article]]] = []
    with Claims(store.path) as claims:
        for path in files:
            try:
                articles = _read(path, published)
            except InputError as exc:
                report.failures.append((exc.path, exc.reason))
                finish(path)
                continue
            if store_file(path, articles, wait=False):
                finish(path)
            else:  # another ingest is on it: come back once it is done
                deferred.append((path, articles))
        for path, articles in deferred:
            store_file(path, articles, wait=True)
            finish(path)
    return report


def extract_paths(
    paths: Iterable[str | Path],
    published: date | None = None,
    extractor: Extractor | None = None,
    failures: list[tuple[str, str]] | None = None,
    budget: Budget | None = None,
) -> Iterator[Event]:
    """Events of every file without storing them; unreadable files go to `failures` (if given)."""
    extract = extractor or default_extractor()
    for path in list_files(paths, failures):
        try:
            articles = _read(path, published)
            events = _extract_all(articles, extract, path, budget)
        except InputError as exc:
            if failures is None:
                raise
            failures.append((exc.path, exc.reason))
            continue
        yield from events


def corpus_fingerprint(folder: Path = CORPUS_DIR) -> str:
    """Names, sizes and modification times of the corpus files, the extractor version (with its rule
    data) and the schema version."""
    entries = []
    if folder.is_dir():
        for path in list_files([folder], []):  # an unreadable subfolder: its files are not counted
            try:
                stat = path.stat()
            except OSError:  # removed while listing: the next call sees the new state
                continue
            entries.append([path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns])
    payload = json.dumps([entries, extractor_version(), SCHEMA_VERSION])
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def _is_corpus_path(stored: str, folder: Path) -> bool:
    """Whether a stored article came from the corpus folder (`folder` absolute). Corpus articles are
    stored with absolute paths; a relative path (an upload's file name, "dashboard") never is one."""
    stored_path = Path(stored)
    if not stored or not stored_path.is_absolute():
        return False
    try:
        return stored_path.resolve().is_relative_to(folder)
    except (OSError, ValueError):
        return False


def is_bundled_default(path: str | Path | None) -> bool:
    """Whether `path` is the bundled default store (data/events.sqlite), the only store the dashboard
    builds and rebuilds by itself."""
    if path is None:
        return False
    try:
        return Path(path).resolve() == DEFAULT_DB.resolve()
    except (OSError, ValueError):
        return False


def ensure_default_store(
    path: str | Path | None = None,
    progress: Progress | None = None,
    corpus: Path = CORPUS_DIR,
    extractor: Extractor | None = None,
) -> EventStore:
    """The store, (re)built from the bundled corpus when it is missing or older than the corpus.

    Older means: the corpus fingerprint (file names, sizes, mtimes, extractor version and rule data)
    differs from the one recorded in the store. The rebuild is one transaction, so readers see the old
    data until it is complete. Articles added by hand are kept; when the extractor changed they are
    extracted again (`reextract`: their replaced events saved in a backup file beside the store, and an
    article whose stored body cannot give its events again keeps them).

    A store that holds articles but was never built from the corpus (no recorded fingerprint) is a
    user's store: it is returned as it is, never rewritten (`reextract` is the explicit way).
    """
    corpus = Path(corpus).resolve()
    store = EventStore(path)
    fingerprint = corpus_fingerprint(corpus)
    recorded = store.get_meta("corpus_fingerprint")
    if recorded == fingerprint or (recorded is None and store.counts()["articles"]):
        return store
    extract = extractor or default_extractor()
    version = extractor_version()
    with store.transaction():
        recorded = store.get_meta("corpus_fingerprint")
        if recorded == fingerprint or (recorded is None and store.counts()["articles"]):
            return store  # another process rebuilt (or filled) it while this one waited for the write lock
        stored = store.article_ids()
        store.delete_articles(a for a, p in stored if _is_corpus_path(p, corpus))
        if corpus.is_dir():
            ingest_paths([corpus], store, extractor=extract, progress=progress)
        own = [a for a, p in stored if not _is_corpus_path(p, corpus)]
        if own and store.get_meta("extractor_version") != version:
            from conflict_timeline.reextract import reextract

            reextract(store, extract, article_ids=own)
        store.set_meta("corpus_fingerprint", fingerprint)
        store.set_meta("extractor_version", version)
    return store


def open_dashboard_store(path: str | Path, progress: Progress | None = None) -> EventStore:
    """The store the dashboard shows: the bundled default is built from the corpus (and kept up to date
    with it); any other store is opened as it is, never rewritten."""
    if is_bundled_default(path):
        return ensure_default_store(path, progress=progress)
    return EventStore(path)


__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestReport",
    "corpus_fingerprint",
    "ensure_default_store",
    "extract_paths",
    "ingest_paths",
    "is_bundled_default",
    "open_dashboard_store",
]
