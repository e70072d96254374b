"""Articles per second for the whole extraction (reading excluded) on the bundled corpus,
replicated to at least 1,000 articles, on one core.

    python benchmarks/extract_bench.py [--articles 1000] [--curated-only]

--curated-only leaves out the generated places (data/gazetteer/places_geonames.csv), to see what
they cost.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conflict_timeline.articles import read_paths
from conflict_timeline.events import extract_events
from conflict_timeline.gazetteer import Gazetteer
from conflict_timeline.text import arabic

CORPUS = Path(__file__).resolve().parents[1] / "data" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="at least this many articles (default 1000)")
    parser.add_argument("--curated-only", action="store_true",
                        help="the gazetteer without the generated places of places_geonames.csv")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    base = [a for _, arts in read_paths([CORPUS]) if isinstance(arts, list) for a in arts]
    if not base:
        sys.exit(f"{CORPUS}: no articles to measure")
    articles = []
    while len(articles) < args.articles:
        # distinct ids so nothing is cached by article
        articles.extend(replace(a, article_id=f"{a.article_id}-{len(articles) + i}") for i, a in enumerate(base))
    gaz = Gazetteer.load(generated=False) if args.curated_only else Gazetteer.default()
    extract_events(base[0], gaz)  # warm up: compile patterns once, as a long-running process does
    chars = sum(len(a.body) for a in articles)
    t0, c0 = time.perf_counter(), time.process_time()
    n_events = 0
    for a in articles:
        # the copies repeat the same sentences: empty the text caches so each copy costs what a
        # new article costs (sharing within one article stays, as in a real ingest)
        arabic.normalize_with_map.cache_clear()
        arabic.normalize.cache_clear()
        n_events += len(extract_events(a, gaz))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"corpus: {len(base)} articles, replicated to {len(articles)} ({chars / len(articles):.0f} chars each)")
    print(f"extraction: {len(articles) / dt:,.0f} articles/s, {n_events / dt:,.0f} events/s, "
          f"{chars / dt / 1e6:.2f} M chars/s on one core ({dt:.2f} s wall, {n_events} events)")
    # CPU time: what the extraction itself costs, without the time a busy or shared machine takes away
    print(f"extraction (CPU time): {len(articles) / cpu:,.0f} articles/s ({cpu:.2f} s CPU)")


if __name__ == "__main__":
    main()
