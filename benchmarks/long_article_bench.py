"""Extraction time of one long article, and what the per-article budget does with it.

    python benchmarks/long_article_bench.py                    # 4,000, 8,000 and 16,000 lines
    python benchmarks/long_article_bench.py --lines 1000 2000

Each article is one file of N body lines: the body lines of the bundled corpus (data/articles/),
repeated in order until there are N. For each size the script reads the file with the pipeline's
reader and times `events.extract_events` on it three ways: with no limit but a cap (`--cap`, 120 s:
the extractor's own cost, or "more than" the cap), and through `pipeline.ingest_paths` with the default budget (`budget.Budget()`: the size limit
refuses it before extracting) and with only the time limit (the extraction is stopped when it runs
out). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from conflict_timeline.articles import read_file  # noqa: E402
from conflict_timeline.budget import MAX_ARTICLE_CHARS, Budget, BudgetExceeded, run_within  # noqa: E402
from conflict_timeline.events import extract_events  # noqa: E402
from conflict_timeline.pipeline import CORPUS_DIR, ingest_paths  # noqa: E402
from conflict_timeline.store import EventStore  # noqa: E402


def corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        for article in read_file(path):
            lines.extend(line for line in article.body.splitlines() if line.strip())
    return lines


def write_article(folder: Path, n: int, lines: list[str]) -> Path:
    body = [lines[i % len(lines)] for i in range(n)]
    path = folder / f"long_{n}.txt"
    path.write_text("A long page\n" + "\n".join(body) + "\n", encoding="utf-8")
    return path


def ingest_seconds(path: Path, db: Path, budget: Budget) -> tuple[float, str]:
    store = EventStore(db)
    start = time.perf_counter()
    report = ingest_paths([path], store, budget=budget)
    seconds = time.perf_counter() - start
    stored = store.counts()["events"]
    store.close()
    reason = report.failures[0][1] if report.failures else "stored"
    return seconds, f"{reason}; {stored} events stored"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[4000, 8000, 16000])
    parser.add_argument("--time-limit", type=float, default=Budget().seconds, help="seconds (default the budget's)")
    parser.add_argument("--cap", type=float, default=120.0, help="stop the unlimited extraction after this long")
    args = parser.parse_args(argv)
    lines = corpus_lines()
    print(f"Long articles from {len(lines)} distinct corpus lines; Python {sys.version.split()[0]}")
    print("| lines | characters | extract_events, no limit | events | ingest, default budget | "
          "ingest, time limit only |")
    print("|---:|---:|---:|---:|---|---|")
    with tempfile.TemporaryDirectory(prefix="long-article-") as tmp:
        folder = Path(tmp)
        for n in args.lines:
            path = write_article(folder, n, lines)
            (article,) = read_file(path)
            start = time.perf_counter()
            try:
                events = run_within(args.cap, lambda article=article: extract_events(article))
                free = f"{time.perf_counter() - start:.1f} s"
                found = f"{len(events):,}"
            except BudgetExceeded:
                free, found = f"more than {args.cap:g} s (stopped)", "?"
            default_s, default_note = ingest_seconds(path, folder / f"a{n}.sqlite", Budget())
            timed_s, timed_note = ingest_seconds(path, folder / f"b{n}.sqlite",
                                                 Budget(chars=0, seconds=args.time_limit))
            print(f"| {n:,} | {len(article.title) + len(article.body):,} | {free} | {found} | "
                  f"{default_s:.2f} s: {default_note} | {timed_s:.1f} s: {timed_note} |")
    print(f"\nDefault budget: {MAX_ARTICLE_CHARS:,} characters and {Budget().seconds:g} s per article.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
