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


BAD_INPUTS = {  # file name: (content, the reason its one failure line gives)
    "empty.txt": (b" \n\n", "empty file"),
    "binary.txt": (b"PK\x03\x04\x00\x00binary", "binary file (NUL bytes)"),
    "latin.txt": ("caf\xe9 cr\xe8me".encode("latin-1"), "undecodable text"),
    "big.txt": (b"a" * (5 * 1024 * 1024 + 1), "larger than 5 MB"),
    "locked.txt": (b"Title\nBody.\n", "cannot read file (Permission denied)"),
    "broken.json": (b'{"title": "x", "text": }', "invalid JSON at line 1"),
    "broken.csv": (b'title,text\nA,"fine"\nB,"x",extra\n', "invalid CSV at line 3"),
    "notext.json": (b'{"title": "only a title"}', "object: record has no text"),
}


def test_every_bad_input_fails_alone_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_ar.txt", corpus / "a_good.txt")
    shutil.copy(FIXTURES / "aggregator_en.txt", corpus / "z_good.txt")
    for name, (data, _) in BAD_INPUTS.items():
        (corpus / name).write_bytes(data)
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    store = EventStore(tmp_path / "db.sqlite")
    report = ingest_paths([corpus], store, extractor=fake_extractor)
    assert not report.ok and report.files == 2 and store.counts()["articles"] == 4
    reasons = {Path(path).name: reason for path, reason in report.failures}
    assert set(reasons) == set(BAD_INPUTS)
    for name, (_, reason) in BAD_INPUTS.items():
        assert reason in reasons[name] and "\n" not in reasons[name], (name, reasons[name])
    for path, _ in report.failures:
        assert Path(path).parent == corpus
    store.close()


def test_a_reader_bug_fails_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy(path: Path, published=None):
        if path.name == "aggregator_en.txt":
            raise IndexError("list index out of range")
        return read_file(path, published)

    from conflict_timeline.articles import read_file

    monkeypatch.setattr(pipeline, "read_file", buggy)
    store = EventStore(tmp_path / "db.sqlite")
    report = ingest_paths([FIXTURES / "aggregator_ar.txt", FIXTURES / "aggregator_en.txt"], store,
                          extractor=fake_extractor)
    assert report.files == 1 and store.counts()["articles"] == 2
    assert report.failures == [(str(FIXTURES / "aggregator_en.txt"),
                                "cannot read as articles: IndexError: list index out of range")]
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
    store = ensure_default_store(db, corpus=corpus, extractor=fake_extractor)
    # added by hand: an upload (a bare file name) and a file from elsewhere
    own = [Article(article_id="upload", title="Up", body="Uploaded text.", path="one.txt"),
           Article(article_id="elsewhere", title="Far", body="Other text.", path=str(tmp_path / "far.txt"))]
    for article in own:
        store.ingest([article], fake_extractor(article))
    store.close()
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "next")

    def denials(article: Article) -> list[Event]:
        return [Event(event_type="denial", article_id=article.article_id, sentence=article.body[:5],
                      span_start=0, span_end=5)]

    monkeypatch.chdir(corpus)  # a relative path is never taken for a corpus file, whatever the cwd
    store = ensure_default_store(db, corpus=corpus, extractor=denials)
    frame = store.events_frame(merged=False)
    assert set(frame["event_type"]) == {"denial"}
    assert {"upload", "elsewhere"} <= set(frame["article_id"])
    assert store.counts()["articles"] == 4
    assert store.get_meta("extractor_version") == "next"
    store.close()


def test_default_store_from_a_relative_corpus_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_ar.txt", corpus / "one.txt")
    monkeypatch.chdir(tmp_path)
    store = ensure_default_store(tmp_path / "events.sqlite", corpus=Path("articles"), extractor=fake_extractor)
    assert all(Path(p).is_absolute() for _, p in store.article_ids())
    store.close()
    os.remove(corpus / "one.txt")
    store = ensure_default_store(tmp_path / "events.sqlite", corpus=Path("articles"), extractor=fake_extractor)
    assert store.counts()["articles"] == 0  # the removed file's articles are gone
    store.close()


def test_edited_rule_data_rebuilds_the_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tmp_path / "gazetteer"
    rules.mkdir()
    (rules / "actors.csv").write_text("id,name\nus,United States\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "RULE_DIRS", (rules,))
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_en.txt", corpus / "one.txt")
    db = tmp_path / "events.sqlite"
    version = pipeline.extractor_version()
    ensure_default_store(db, corpus=corpus, extractor=fake_extractor).close()
    assert pipeline.extractor_version() == version  # stable while nothing changes

    (rules / "actors.csv").write_text("id,name\nus,United States\nuk,United Kingdom\n", encoding="utf-8")
    assert pipeline.extractor_version() != version
    calls: list[str] = []

    def counting(article: Article) -> list[Event]:
        calls.append(article.article_id)
        return fake_extractor(article)

    ensure_default_store(db, corpus=corpus, extractor=counting).close()
    assert len(calls) == 2  # both articles of the corpus file extracted again


def test_ingesting_a_stored_article_again_keeps_it_as_stored(tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import date

    def dated_events(article: Article) -> list[Event]:  # event ids depend on the date, as real ones do
        return [replace(e, date_start=article.published, date_end=article.published, event_id="")
                for e in fake_extractor(article)]

    store = EventStore(tmp_path / "db.sqlite")
    ingest_paths([FIXTURES / "aggregator_ar.txt"], store, extractor=dated_events)
    second = next(a for a in (store.article(i) for i, _ in store.article_ids()) if a.published is None)
    dated = replace(second, published=date(2024, 3, 4))  # the date a user set on the dashboard
    store.replace_article(dated, dated_events(dated))
    before = sorted(store.events_frame(merged=False)["event_id"])

    report = ingest_paths([FIXTURES / "aggregator_ar.txt"], store, extractor=dated_events)
    assert (report.articles_read, report.articles, report.events) == (2, 0, 0)
    assert sorted(store.events_frame(merged=False)["event_id"]) == before  # no undated copies beside them
    assert store.article(second.article_id).published == date(2024, 3, 4)
    store.close()
