"""The ingest pipeline with a small fake extractor: batches, failing files, the default store."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conflict_timeline import pipeline
from conflict_timeline.pipeline import ensure_default_store, extract_paths, ingest_paths
from conflict_timeline.schema import Article, Event
from conflict_timeline.store import EventStore

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fake_extractor(article: Article) -> list[Event]:
    """One `statement` event per body line."""
    events = []
    offset = 0
    for line in article.body.split("\n"):
        events.append(Event(event_type="statement", article_id=article.article_id, sentence=line,
                            span_start=offset, span_end=offset + len(line), published=article.published,
                            article_title=article.title))
        offset += len(line) + 1
    return events


def test_fake_extractor_offsets_point_into_the_body() -> None:
    from conflict_timeline.articles import read_file

    for art in read_file(FIXTURES / "aggregator_ar.txt"):
        for ev in fake_extractor(art):
            assert art.body[ev.span_start : ev.span_end] == ev.sentence


def test_batch_with_a_failing_file(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_ar.txt", corpus / "a.txt")
    shutil.copy(FIXTURES / "aggregator_en.txt", corpus / "c.txt")
    (corpus / "b.json").write_text("{broken", encoding="utf-8")
    calls: list[tuple[int, int, str]] = []
    store = EventStore(tmp_path / "db.sqlite")
    report = ingest_paths([corpus], store, extractor=fake_extractor,
                          progress=lambda done, total, path: calls.append((done, total, path.name)))
    assert report.files == 2
    assert report.articles == 4 and report.articles_read == 4
    assert report.events == 3 + 2 + 2 + 1
    assert len(report.failures) == 1
    path, reason = report.failures[0]
    assert path.endswith("b.json") and "invalid JSON" in reason
    assert calls == [(1, 3, "a.txt"), (2, 3, "b.json"), (3, 3, "c.txt")]
    assert store.counts()["events"] == 8
    again = ingest_paths([corpus], store, extractor=fake_extractor)
    assert (again.articles, again.events) == (0, 0)
    store.close()


def test_extractor_crash_fails_only_that_file(tmp_path: Path) -> None:
    def picky(article: Article) -> list[Event]:
        if article.language == "en":
            raise KeyError("no rules")
        return fake_extractor(article)

    store = EventStore(tmp_path / "db.sqlite")
    report = ingest_paths([FIXTURES / "aggregator_ar.txt", FIXTURES / "aggregator_en.txt"], store, extractor=picky)
    assert report.files == 1 and len(report.failures) == 1
    assert "extraction failed" in report.failures[0][1]
    assert store.counts()["articles"] == 2  # the English file left nothing behind
    store.close()


def test_extract_paths_without_a_store(tmp_path: Path) -> None:
    failures: list[tuple[str, str]] = []
    events = list(extract_paths([FIXTURES / "aggregator_en.txt", tmp_path / "missing.txt"],
                                extractor=fake_extractor, failures=failures))
    assert events[0].sentence.startswith("A convoy")
    assert len(events) == 3 and len(failures) == 1


def test_ensure_default_store_builds_and_rebuilds(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_ar.txt", corpus / "one.txt")
    db = tmp_path / "events.sqlite"
    seen: list[int] = []
    store = ensure_default_store(db, progress=lambda done, total, path: seen.append(done), corpus=corpus,
                                 extractor=fake_extractor)
    assert store.counts()["articles"] == 2 and seen == [1]
    # an article added by hand survives a rebuild
    own = Article(article_id="own", title="Own", body="My own text.", path="/elsewhere/own.txt")
    store.ingest([own], fake_extractor(own))
    revision = store.revision()
    store.close()

    store = ensure_default_store(db, corpus=corpus, extractor=fake_extractor)
    assert store.revision() == revision  # unchanged corpus: nothing rebuilt
    store.close()

    shutil.copy(FIXTURES / "aggregator_en.txt", corpus / "two.txt")
    store = ensure_default_store(db, corpus=corpus, extractor=fake_extractor)
    assert store.counts()["articles"] == 5
    assert store.article("own") is not None

    os.remove(corpus / "one.txt")
    store.close()
    store = ensure_default_store(db, corpus=corpus, extractor=fake_extractor)
    assert store.counts()["articles"] == 3
    store.close()


def test_new_extractor_version_reextracts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_en.txt", corpus / "one.txt")
    db = tmp_path / "events.sqlite"
    ensure_default_store(db, corpus=corpus, extractor=fake_extractor).close()
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "next")

    def denials(article: Article) -> list[Event]:
        return [Event(event_type="denial", article_id=article.article_id, sentence=article.body[:5],
                      span_start=0, span_end=5)]

    store = ensure_default_store(db, corpus=corpus, extractor=denials)
    assert set(store.events_frame(merged=False)["event_type"]) == {"denial"}
    store.close()
