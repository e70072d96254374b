"""Bounded cost: the size and time budget of one article's extraction, and two ingests sharing the work."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from pathlib import Path

import pytest

from conflict_timeline.budget import Budget, BudgetExceeded, extract_within, run_within
from conflict_timeline.pipeline import extract_paths, ingest_paths
from conflict_timeline.schema import Article, Event
from conflict_timeline.store import EventStore
from tests.test_pipeline import FIXTURES, fake_extractor


def _spin(article: Article) -> list[Event]:
    """An extractor that never ends and swallows ordinary exceptions on the way."""
    while True:
        try:
            sum(range(1000))
        except Exception:
            pass


def test_time_limit_stops_an_extractor_that_never_ends() -> None:
    article = Article(article_id="a", title="T", body="text")
    start = time.monotonic()
    with pytest.raises(BudgetExceeded, match=r"stopped after 0\.3 s"):
        extract_within(_spin, article, Budget(seconds=0.3))
    assert time.monotonic() - start < 5


def test_a_quick_extraction_is_never_interrupted_afterwards() -> None:
    for _ in range(300):
        try:
            run_within(0.001, lambda: sum(range(3000)))
        except BudgetExceeded:
            pass
    time.sleep(0.05)  # a stop requested at the last moment must not surface here
    assert run_within(5, lambda: 42) == 42


def test_size_limit_refuses_before_extracting() -> None:
    calls: list[str] = []

    def counting(article: Article) -> list[Event]:
        calls.append(article.article_id)
        return []

    article = Article(article_id="a", title="T", body="x" * 1000)
    with pytest.raises(BudgetExceeded, match=r"1,001 characters .*limit .* 500"):
        extract_within(counting, article, Budget(chars=500))
    assert calls == []


def test_ingest_over_budget_fails_the_file_in_one_line_and_stores_nothing_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "aggregator_en.txt", folder / "a.txt")
    (folder / "b.txt").write_text("A long page\n\n" + "Troops arrived at the base. " * 400, encoding="utf-8")
    store = EventStore(tmp_path / "db.sqlite")
    report = ingest_paths([folder], store, extractor=fake_extractor, budget=Budget(chars=5000))
    assert len(report.failures) == 1
    path, reason = report.failures[0]
    assert path.endswith("b.txt") and "article 1: too long to extract" in reason and "\n" not in reason
    assert store.counts()["articles"] == 2 and all(not p.endswith("b.txt") for _, p in store.article_ids())
    store.close()

    def slow(article: Article) -> list[Event]:
        return _spin(article) if "long page" in article.title.lower() else fake_extractor(article)

    store = EventStore(tmp_path / "db2.sqlite")
    report = ingest_paths([folder], store, extractor=slow, budget=Budget(seconds=0.3))
    assert [(Path(p).name, "stopped after 0.3 s" in r) for p, r in report.failures] == [("b.txt", True)]
    assert store.counts()["articles"] == 2 and all(not p.endswith("b.txt") for _, p in store.article_ids())
    store.close()

    failures: list[tuple[str, str]] = []
    events = list(extract_paths([folder], extractor=fake_extractor, failures=failures, budget=Budget(chars=5000)))
    assert events and [Path(p).name for p, _ in failures] == ["b.txt"]


# ----------------------------------------------------------------------------- two ingests at once


def _slow_counting(article: Article) -> list[Event]:
    with open(os.environ["EXTRACT_LOG"], "a", encoding="utf-8") as log:
        log.write(article.article_id + "\n")
    time.sleep(0.15)
    return fake_extractor(article)


def _ingest(folder: str, db: str) -> None:
    store = EventStore(db)
    ingest_paths([folder], store, extractor=_slow_counting)
    store.close()


def test_two_concurrent_ingests_extract_each_article_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(8):
        (folder / f"{n}.txt").write_text(f"Title {n}\n\nTroops number {n} arrived.\nA second line {n}.\n",
                                         encoding="utf-8")
    db = tmp_path / "db.sqlite"
    EventStore(db).close()
    log = tmp_path / "extracted.log"
    monkeypatch.setenv("EXTRACT_LOG", str(log))
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_ingest, args=(str(folder), str(db))) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    extracted = log.read_text(encoding="utf-8").split()
    assert len(extracted) == len(set(extracted)) == 8  # each article extracted by one of the two
    store = EventStore(db)
    assert store.counts()["articles"] == 8 and store.counts()["events"] == 16
    store.close()


# ----------------------------------------------------------------------------- folders that cannot be read


def test_a_folder_that_cannot_be_read_is_a_failure_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from conflict_timeline import cli

    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(FIXTURES / "aggregator_en.txt", folder / "a.txt")
    shutil.copy(FIXTURES / "aggregator_en.txt", folder / "locked" / "b.txt")
    locked = folder / "locked"
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads any folder: refuse the listing as the system would
        real = os.scandir

        def scandir(path=".", *args):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["ingest", str(folder), "--db", str(tmp_path / "db.sqlite")], out=out, err=err)
    finally:
        locked.chmod(0o755)
    assert code == 1
    assert err.getvalue().splitlines() == [f"{locked}: cannot read the folder (Permission denied)"]
    assert "1 files failed" in out.getvalue()
