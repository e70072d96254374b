"""The hand-coded expectation files: they parse, use the schema's vocabularies, and (for the real-news
set) name excerpts that exist. The extractor's scores on the real-news set are not asserted here."""

import csv
from datetime import date

import pytest

from conflict_timeline.evaluate import EXPECTATIONS, Score, read_expectations
from conflict_timeline.realnews import (
    REALNEWS,
    REALNEWS_EXPECTATIONS,
    RealPage,
    evaluate_realnews,
    gold_recall,
    page_files,
    realnews_pages,
    split_page,
)
from conflict_timeline.schema import EVENT_TYPES, PRECISIONS, STATUSES, Event

COLUMNS = ["article", "event_type", "date_start", "date_end", "date_precision", "actor", "target", "location",
           "country", "troops", "fatalities", "amount_usd", "status", "note"]
BUNDLED = sorted(EXPECTATIONS.glob("*.csv"))
REAL = sorted(REALNEWS_EXPECTATIONS.glob("*.csv"))


def test_there_are_expectation_files():
    assert BUNDLED
    assert len(REAL) >= 60


@pytest.mark.parametrize("path", BUNDLED + REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_expectation_file_parses_with_known_vocabularies(path):
    with path.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    rows = read_expectations(path)
    for row in rows:
        where = f"{path.name}: {row.note[:60]}"
        assert row.event_type in EVENT_TYPES, where
        assert row.status in STATUSES, where
        assert row.date_precision in PRECISIONS, where
        assert row.article >= 0, where
        if row.date_start is None:
            assert row.date_precision == "unknown", where
        else:
            assert row.date_end is not None and row.date_start <= row.date_end, where
            assert row.date_precision != "unknown", where
            assert 1990 <= row.date_start.year <= 2030, where
        for number in (row.troops, row.fatalities, row.amount_usd):
            assert number is None or number >= 0, where
        assert row.note, where


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_news_expectations_are_coded(path):
    assert path.stem[0] == "r" and path.stem[1:].isdigit(), path.name
    assert read_expectations(path), f"{path.name} lists no event"


def test_every_real_news_expectation_file_has_an_excerpt():
    texts = page_files(REALNEWS)
    if not texts:
        pytest.skip(f"{REALNEWS} is not available")
    coded = {p.stem for p in REAL}
    assert coded - set(texts) == set(), "expectations without an excerpt"
    assert set(texts) - coded == set(), "excerpts without expectations"


def test_split_page_reads_the_date_header_and_keeps_only_the_text():
    raw = "SOURCE: https://example.org/x\nDATE: 2021-03-04\n---\nHeadline\nBody line --- with dashes\n---\nmore\n"
    text, published = split_page(raw)
    assert published == date(2021, 3, 4)
    assert text == "Headline\nBody line --- with dashes\n---\nmore\n"
    assert split_page("SOURCE: x\n---\nonly text\n") == ("only text\n", None)
    assert split_page("no header at all\n") == ("no header at all\n", None)


def test_real_news_listing_tolerates_a_missing_folder(tmp_path):
    assert realnews_pages(tmp_path / "absent") == []
    assert page_files(tmp_path / "absent") == {}


def _event(**kw) -> Event:
    base = dict(event_type="withdrawal", article_id="a", sentence="s", span_start=0, span_end=1,
                actor="United States", location="Iraq", country="Iraq")
    return Event(**{**base, **kw})


def test_crashes_are_counted_and_duplicates_reported(tmp_path):
    (tmp_path / "articles").mkdir()
    for name in ("r01_one.txt", "r02_two.txt"):
        (tmp_path / "articles" / name).write_text(
            "SOURCE: x\n---\nA headline here\n\nThe first sentence of the story says something. "
            "The second sentence says more about it.\n", encoding="utf-8")
    exp = tmp_path / "exp"
    exp.mkdir()
    row = "0,withdrawal,,,unknown,United States,,Iraq,Iraq,,,,reported,a pull-out\n"
    for page_id in ("r01", "r02"):
        (exp / f"{page_id}.csv").write_text(",".join(COLUMNS) + "\n" + row, encoding="utf-8")
    pages = realnews_pages(tmp_path, exp)
    assert [p.page_id for p in pages] == ["r01", "r02"] and isinstance(pages[0], RealPage)

    def extractor(article):
        if "r02" in article.path:
            raise RuntimeError("boom")
        return [_event(), _event(sentence="again")]

    run = evaluate_realnews(pages, extractor=extractor)
    score: Score = run.score
    assert (score.expected, score.extracted, score.matched) == (2, 2, 1)
    assert score.crashes == 1 and run.crashed == ["r02"]
    assert score.duplicates == 1 and len(score.spurious) == 1

    gold = {"files": {"r01": [{"id": "r01a", "types": ["withdrawal"]}], "r02": [{"id": "r02a", "types": ["x"]}]}}
    result = gold_recall(run, gold, lambda g, ev, aliases: ev["event_type"] in g["types"])
    assert (result.found, result.total) == (1, 2)
