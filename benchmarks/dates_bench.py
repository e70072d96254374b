"""Temporal expressions: this project's finder against dateparser's search_dates, in one run.

Both run over the same texts: the sentences of the test table (tests/test_dates.py) and
article-length texts (the bundled corpus in data/articles/ when present, each with its own
publication date as the reference, else the table's Arabic sentences joined into texts of about 200
words). Prints throughputs (expressions/s and texts/s, best of several passes) and the accuracy of
both on the table.

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
from tests.test_dates import CASES, Case  # noqa: E402

CORPUS = ROOT / "data" / "articles"

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


def _accuracy() -> dict[str, tuple[int, int]]:
    """Cases right, by two measures: strict (start, end and precision of every expression) and
    lenient (the set of start dates only; what a single-date parser can give)."""
    strict_ours = lenient_ours = lenient_dp = strict_dp = 0
    for case in CASES:
        expected = list(case.expected)
        expected_starts = {e[0] for e in expected if e[0]}
        ours = _ours_values(case)
        strict_ours += ours == expected
        lenient_ours += {v[0] for v in ours if v[0]} == expected_starts
        dp = [
            (d.date().isoformat(), d.date().isoformat(), "day")
            for _, d in _search(case.sentence, case.reference)
        ]
        strict_dp += dp == expected
        lenient_dp += {v[0] for v in dp} == expected_starts
    n = len(CASES)
    return {
        "strict": (strict_ours, strict_dp),
        "lenient": (lenient_ours, lenient_dp),
        "n": (n, n),
    }


def _pass(fn, texts: list[tuple[str, date | None]]) -> tuple[float, int]:
    # every pass starts cold: the normalization cache would otherwise serve the repeated texts
    arabic.normalize_with_map.cache_clear()
    arabic.normalize.cache_clear()
    t0 = time.perf_counter()
    found = sum(len(fn(t, ref)) for t, ref in texts)
    return time.perf_counter() - t0, found


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
    print(
        f"{'texts':<16} {'n':>4} | {'finder expr/s':>13} {'texts/s':>9} | {'dateparser expr/s':>17} "
        f"{'texts/s':>8} | speed-up"
    )
    for label, texts in sets:
        t_ours, n_ours, t_dp, n_dp = _time_both(texts, args.repeat)
        n = len(texts)
        print(
            f"{label:<16} {n:>4} | {n_ours / t_ours:>13,.0f} {n / t_ours:>9,.1f} | {n_dp / t_dp:>17,.1f} "
            f"{n / t_dp:>8,.2f} | {t_dp / t_ours:,.0f}x"
        )
    acc = _accuracy()
    n = acc["n"][0]
    for name in ("strict", "lenient"):
        ours, dp = acc[name]
        print(
            f"accuracy on the table ({name}, {n} cases): finder {ours / n:.1%} ({ours}), "
            f"dateparser {dp / n:.1%} ({dp})"
        )


def _dateparser_version() -> str:
    import dateparser

    return getattr(dateparser, "__version__", "?")


if __name__ == "__main__":
    main()
