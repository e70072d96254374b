"""The extractor against the hand-coded expectations of the bundled corpus."""

import pytest

from conflict_timeline.evaluate import corpus_files, evaluate

PAIRS = corpus_files()


@pytest.fixture(scope="module")
def score():
    if not PAIRS:
        pytest.fail("the bundled corpus has no expectations files")
    return evaluate(PAIRS)


def test_every_article_file_has_expectations():
    from conflict_timeline.evaluate import ARTICLES, EXPECTATIONS

    articles = {p.name for p in ARTICLES.iterdir() if p.is_file() and not p.name.startswith(".")}
    coded = {p.name[: -len(".csv")] for p in EXPECTATIONS.glob("*.csv")}
    assert articles and articles == coded


def test_recall_at_least_90_percent(score):
    assert score.recall >= 0.90, score.summary() + "\n" + "\n".join(score.misses[:40])


def test_precision_at_least_85_percent(score):
    assert score.precision >= 0.85, score.summary() + "\n" + "\n".join(score.spurious[:40])


def test_status_and_precision_of_matched_events(score):
    # secondary figures: how often the matched event also has the coder's status and date precision
    assert score.status_ok / max(1, score.matched) >= 0.7, score.summary()
    assert score.precision_ok / max(1, score.matched) >= 0.8, score.summary()
