"""Temporal expressions: this project's finder against dateparser's search_dates, in one run.

Both run over the same texts: the sentences of the test table (tests/test_dates.py, with the
real-text forms of tests/fixtures/dates_real_text.tsv), article-length texts (the bundled corpus in
data/articles/ when present, each with its own publication date as the reference, else the table's
Arabic sentences joined into texts of about 200 words) and, when the folder exists, the real news
excerpts of ../shared/realnews/articles (third-party texts, read in place, each with the DATE of its
header as the reference). Prints throughputs (expressions/s and texts/s per CPU second, best of several passes),
whether the finder is at least 20 times as fast as search_dates on Arabic articles, and the
accuracy of both on the table, overall and by class of the real-text forms.

    python benchmarks/dates_bench.py [--articles N] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conflict_timeline.text import arabic  # noqa: E402
from conflict_timeline.text.arabic import is_arabic  # noqa: E402
from conflict_timeline.text.dates import find_dates  # noqa: E402
from tests.test_dates import CASES, REAL_CASES, REAL_CLASSES, Case  # noqa: E402

CORPUS = ROOT / "data" / "articles"
REALNEWS = ROOT.parent / "shared" / "realnews" / "articles"
TARGET_SPEED_UP = 20

warnings.filterwarnings("ignore")  # dateparser's own deprecation warnings


def _search(text: str, reference: date | None) -> list[tuple[str, datetime]]:
    from dateparser.search import search_dates

    settings = (
        {"RELATIVE_BASE": datetime(reference.year, reference.month, reference.day)} if reference else {}
    )
    return search_dates(text, languages=["ar", "en"], settings=settings) or []


def _corpus() -> list[tuple[str, date | None]]:
    """(body, publication date) of the bundled corpus articles."""
    if not CORPUS.is_dir():
        return []
    from conflict_timeline.articles import read_paths

    return [
        (a.body, a.published)
        for _, arts in read_paths([CORPUS])
        if isinstance(arts, list)
        for a in arts
        if a.body
    ]


def _realnews() -> list[tuple[str, date | None]]:
    """(text after the header, DATE of the header or None) of each real news excerpt."""
    if not REALNEWS.is_dir():
        return []
    out = []
    for path in sorted(REALNEWS.glob("*.txt")):
        head, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
        if not sep:
            continue
        published = None
        for line in head.splitlines():
            if line.startswith("DATE:"):
                try:
                    published = date.fromisoformat(line.removeprefix("DATE:").strip())
                except ValueError:
                    published = None
        out.append((body, published))
    return out


def _table_articles(n: int, reference: date, words: int = 200) -> list[tuple[str, date | None]]:
    sentences = [c.sentence for c in CASES if is_arabic(c.sentence)]
    rng = random.Random(7)
    out = []
    for _ in range(n):
        rng.shuffle(sentences)
        text, count = [], 0
        for s in sentences:
            text.append(s)
            count += len(s.split())
            if count >= words:
                break
        out.append((" ".join(text), reference))
    return out


def _ours_values(case: Case) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.start.isoformat() if e.start else None, e.end.isoformat() if e.end else None, e.precision)
        for e in find_dates(case.sentence, case.reference)
    ]


def _scores(case: Case) -> tuple[bool, bool, bool, bool]:
    """(finder strict, finder lenient, dateparser strict, dateparser lenient) on one case: strict is
    start, end and precision of every expression; lenient the set of start dates only (what a
    single-date parser can give)."""
    expected = list(case.expected)
    expected_starts = {e[0] for e in expected if e[0]}
    ours = _ours_values(case)
    dp = [(d.date().isoformat(), d.date().isoformat(), "day") for _, d in _search(case.sentence, case.reference)]
    return (
        ours == expected,
        {v[0] for v in ours if v[0]} == expected_starts,
        dp == expected,
        {v[0] for v in dp} == expected_starts,
    )


def _accuracy() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Cases right (finder strict, finder lenient, dateparser strict, dateparser lenient, cases):
    over the whole table, and by class of the real-text forms."""
    classes = {id(case): cls for case, cls, _ in REAL_CASES}
    total = {"whole table": [0, 0, 0, 0, 0], "real-text forms": [0, 0, 0, 0, 0]}
    by_class = {cls: [0, 0, 0, 0, 0] for cls in REAL_CLASSES}
    for case in CASES:
        row = [*_scores(case), 1]
        rows = [total["whole table"]]
        if id(case) in classes:
            rows += [total["real-text forms"], by_class[classes[id(case)]]]
        for acc in rows:
            for i, v in enumerate(row):
                acc[i] += v
    return total, by_class


def _pass(fn, texts: list[tuple[str, date | None]]) -> tuple[float, int]:
    # CPU time of this process: on a shared machine the wall clock also counts the other jobs
    # every pass starts cold: the normalization cache would otherwise serve the repeated texts
    arabic.normalize_with_map.cache_clear()
    arabic.normalize.cache_clear()
    t0 = time.process_time()
    found = sum(len(fn(t, ref)) for t, ref in texts)
    return time.process_time() - t0, found


def _time_both(texts: list[tuple[str, date | None]], repeat: int) -> tuple[float, int, float, int]:
    """Best pass of each system over the texts, the passes interleaved so that both see the same
    load on a shared machine; with the expressions each found."""
    best_ours = best_dp = float("inf")
    n_ours = n_dp = 0
    for _ in range(repeat):
        for _ in range(4):  # the finder's passes are short: several per dateparser pass
            t, n_ours = _pass(find_dates, texts)
            best_ours = min(best_ours, t)
        t, n_dp = _pass(_search, texts)
        best_dp = min(best_dp, t)
    return best_ours, n_ours, best_dp, n_dp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="at most this many articles (default: all)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="dateparser passes (the finder makes 4 per pass); the best is kept (default 5)",
    )
    args = parser.parse_args()
    ref = date(2024, 1, 15)
    corpus = _corpus()
    arabic_texts = [(t, r) for t, r in corpus if is_arabic(t)] or _table_articles(20, ref)
    if args.articles:
        arabic_texts, corpus = arabic_texts[: args.articles], corpus[: args.articles]
    source = "data/articles" if corpus else "table sentences joined into ~200-word texts"
    reference = "each article's publication date" if corpus else ref.isoformat()
    sets = [("table sentences", [(c.sentence, c.reference) for c in CASES]), ("Arabic articles", arabic_texts)]
    if corpus:
        sets.append(("all articles", corpus))
    real = _realnews()
    if args.articles:
        real = real[: args.articles]
    if real:
        sets.append(("real, Arabic", [(t, r) for t, r in real if is_arabic(t)]))
        sets.append(("real, all", real))

    find_dates("تمهيد: في 5 يناير 2024", ref)  # compile the patterns once, as a long-running process does
    _search("في 5 يناير 2024", ref)  # dateparser loads its language data on first use

    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, dateparser {_dateparser_version()}"
    )
    print(
        f"articles from {source}: {len(arabic_texts)} Arabic of {len(corpus) or len(arabic_texts)}, "
        f"{sum(len(t.split()) for t, _ in arabic_texts) / len(arabic_texts):.0f} words each; "
        f"reference = {reference}"
    )
    if real:
        real_ar = [t for t, _ in real if is_arabic(t)]
        print(
            f"real excerpts from {REALNEWS.relative_to(ROOT.parent)}: {len(real_ar)} Arabic of {len(real)}, "
            f"{sum(len(t.split()) for t in real_ar) / max(1, len(real_ar)):.0f} words each; "
            f"reference = the DATE of the header ({sum(1 for _, r in real if r)} of {len(real)} have one)"
        )
    print(
        f"{'texts':<16} {'n':>4} | {'finder expr/s':>13} {'texts/s':>9} | {'dateparser expr/s':>17} "
        f"{'texts/s':>8} | speed-up"
    )
    speed_ups = {}
    for label, texts in sets:
        t_ours, n_ours, t_dp, n_dp = _time_both(texts, args.repeat)
        n = len(texts)
        speed_ups[label] = t_dp / t_ours
        print(
            f"{label:<16} {n:>4} | {n_ours / t_ours:>13,.0f} {n / t_ours:>9,.1f} | {n_dp / t_dp:>17,.1f} "
            f"{n / t_dp:>8,.2f} | {t_dp / t_ours:,.0f}x"
        )
    arabic_runs = {k: v for k, v in speed_ups.items() if k in ("Arabic articles", "real, Arabic")}
    worst = min(arabic_runs.values())
    print(
        f"target: at least {TARGET_SPEED_UP}x search_dates on Arabic articles: "
        f"{'met' if worst >= TARGET_SPEED_UP else 'NOT MET'} (lowest {worst:,.0f}x)"
    )
    total, by_class = _accuracy()
    print(f"accuracy on the table: {'cases':<16} {'n':>4} | finder strict lenient | dateparser strict lenient")
    for name, row in [*total.items(), *((f"  {k}", v) for k, v in by_class.items())]:
        n = row[4]
        print(
            f"{name:<38} {n:>4} | {row[0] / n:>13.1%} {row[1] / n:>7.1%} | {row[2] / n:>17.1%} {row[3] / n:>7.1%}"
        )


def _dateparser_version() -> str:
    import dateparser

    return getattr(dateparser, "__version__", "?")


if __name__ == "__main__":
    main()
