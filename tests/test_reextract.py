"""Nothing lost on upgrade: the dashboard never rewrites a user's store, and re-extraction is an explicit
command with a dry run and a backup of the events it replaces."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from conflict_timeline import cli, pipeline
from conflict_timeline.pipeline import ensure_default_store, open_dashboard_store
from conflict_timeline.reextract import reextract, restore_backup
from conflict_timeline.schema import Article, Event
from conflict_timeline.store import EventStore
from conflict_timeline.synth import synthetic_events, write_to_store
from tests.test_pipeline import FIXTURES, fake_extractor


def _synthetic_store(path: Path, n: int = 1000) -> EventStore:
    store = EventStore(path)
    write_to_store(store, synthetic_events(n, seed=1))
    return store


def test_opening_a_synthetic_store_keeps_every_event(tmp_path: Path) -> None:
    """The reproduction of the issue: a store written by synth.write_to_store (empty bodies)."""
    db = tmp_path / "s.sqlite"
    store = _synthetic_store(db)
    before, revision = store.counts(), store.revision()
    store.close()
    for opened in (ensure_default_store(db), open_dashboard_store(db)):
        assert opened.counts() == before and opened.revision() == revision
        opened.close()


def test_dashboard_rebuilds_only_the_bundled_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_en.txt", corpus / "one.txt")
    db = tmp_path / "events.sqlite"
    ensure_default_store(db, corpus=corpus, extractor=fake_extractor).close()
    shutil.copy(FIXTURES / "aggregator_ar.txt", corpus / "two.txt")  # the corpus changed since
    calls: list[Path] = []
    monkeypatch.setattr(pipeline, "ensure_default_store", lambda path, progress=None: calls.append(path))
    store = open_dashboard_store(db)
    assert calls == [] and store.counts()["articles"] == 2  # a store elsewhere is shown as it is
    store.close()
    monkeypatch.setattr(pipeline, "DEFAULT_DB", db)
    open_dashboard_store(db)
    assert calls == [db]


def _own_store(tmp_path: Path) -> tuple[EventStore, list[Article]]:
    store = EventStore(tmp_path / "own.sqlite")
    own = [Article(article_id="a1", title="One", body="First line.\nSecond line."),
           Article(article_id="a2", title="Two", body="Only line."),
           Article(article_id="bare", title="Imported", body="")]
    for article in own[:2]:
        store.ingest([article], fake_extractor(article))
    imported = Event(event_type="attack", article_id="bare", sentence="A sentence kept elsewhere.",
                     span_start=0, span_end=26)
    store.ingest([own[2]], [imported])
    return store, own


def _denials(article: Article) -> list[Event]:
    return [Event(event_type="denial", article_id=article.article_id, sentence=article.body[:5], span_start=0,
                  span_end=5)]


def test_dry_run_says_what_would_change_and_writes_nothing(tmp_path: Path) -> None:
    store, _ = _own_store(tmp_path)
    revision, before = store.revision(), store.counts()
    report = reextract(store, _denials, dry_run=True)
    assert store.revision() == revision and store.counts() == before
    assert report.backup is None and not list(tmp_path.glob("*.jsonl"))
    by_id = {c.article_id: c for c in report.changes}
    assert (by_id["a1"].before, by_id["a1"].after, by_id["a1"].added, by_id["a1"].removed) == (2, 1, 1, 2)
    assert by_id["bare"].kept and "no body" in by_id["bare"].kept
    assert "would change" in report.summary() and "1 kept as stored" in report.summary()
    store.close()


def test_reextract_backs_up_replaced_events_and_keeps_what_it_cannot_redo(tmp_path: Path) -> None:
    store, _ = _own_store(tmp_path)
    original = {a: store.article_event_rows(a) for a in ("a1", "a2", "bare")}
    report = reextract(store, _denials, version="v2")
    assert report.backup is not None and report.backup.is_file()
    saved = [json.loads(line) for line in report.backup.read_text(encoding="utf-8").splitlines()]
    assert {s["article"]["article_id"] for s in saved} == {"a1", "a2"}
    assert {e["event_id"] for s in saved for e in s["events"]} == {
        r["event_id"] for a in ("a1", "a2") for r in original[a]}
    frame = store.events_frame(merged=False)
    assert set(frame.loc[frame["article_id"] != "bare", "event_type"]) == {"denial"}
    assert store.article_event_rows("bare") == original["bare"]  # cannot be extracted again: kept
    assert store.get_meta("extractor_version") == "v2"

    assert restore_backup(store, report.backup) == 2
    assert {a: store.article_event_rows(a) for a in original} == original
    store.close()


def test_an_extraction_that_fails_keeps_the_stored_events(tmp_path: Path) -> None:
    store, _ = _own_store(tmp_path)
    before = store.article_event_rows("a1")

    def broken(article: Article) -> list[Event]:
        raise RuntimeError("bad rule")

    report = reextract(store, broken)
    assert store.article_event_rows("a1") == before
    assert all(c.kept for c in report.changes) and report.backup is None
    store.close()


def test_reextract_command(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    EventStore(db).close()
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["ingest", str(FIXTURES / "aggregator_en.txt"), "--db", str(db)], out=out, err=err) == 0
    with EventStore(db) as store:  # as an older extractor left them: one extra event
        article = store.article(store.article_ids()[0][0])
        store.ingest([], [Event(event_type="other", article_id=article.article_id, sentence=article.body[:9],
                                span_start=0, span_end=9)])
        before = store.counts()["events"]
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["reextract", "--dry-run", "--db", str(db)], out=out, err=err) == 0, err.getvalue()
    assert "would change" in out.getvalue() and "-1 gone" in out.getvalue()
    with EventStore(db) as store:
        assert store.counts()["events"] == before
    backup = tmp_path / "backup.jsonl"
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["reextract", "--db", str(db), "--backup", str(backup)], out=out, err=err) == 0, err.getvalue()
    assert backup.is_file() and f"saved in {backup}" in out.getvalue()
    with EventStore(db) as store:
        assert store.counts()["events"] == before - 1
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["reextract", "--db", str(db), "--backup", str(backup)], out=out, err=err) == 2
    assert "--backup" in err.getvalue() and "exists" in err.getvalue()
    assert cli.main(["reextract", "--db", str(db), "--restore", str(backup)], out=io.StringIO(), err=err) == 0
    with EventStore(db) as store:
        assert store.counts()["events"] == before


@pytest.mark.parametrize("value", ["0001-01-02", "1899-12-31", "2101-01-01"])
def test_published_outside_1900_2100_is_a_usage_error(value: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["extract", str(FIXTURES / "aggregator_en.txt"), "--published", value], out=out, err=err) == 2
    assert err.getvalue().strip() == f"error: --published: {value!r} is outside the years 1900-2100"


@pytest.mark.parametrize("option,value", [("--time-limit", "-1"), ("--size-limit", "-5")])
def test_negative_budget_is_a_usage_error(option: str, value: str) -> None:
    err = io.StringIO()
    assert cli.main(["extract", str(FIXTURES / "aggregator_en.txt"), option, value], out=io.StringIO(), err=err) == 2
    assert option in err.getvalue()


def test_a_file_dated_outside_1900_2100_fails_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"title": "Old", "body": "Troops arrived yesterday at Ain al-Asad.",
                                "published": "0001-01-02"}), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["extract", str(path)], out=out, err=err) == 1
    assert err.getvalue() == f"{path}: article 1: publication date 0001-01-02 is outside the years 1900-2100\n"
