"""Extract the bundled corpus a given number of times, for counting instructions per article.

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no <python binary> benchmarks/extract_passes.py 1
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no <python binary> benchmarks/extract_passes.py 3

The difference of the two "I refs" counts, divided by two passes of the corpus's articles, is the
cost of extracting one article with the rules, the gazetteer and the patterns already loaded and
compiled (the first pass). Run the interpreter binary itself: a shell shim in front of it is counted
too. The text caches are emptied before each article, so that a copy costs what a new article costs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conflict_timeline.articles import read_paths
from conflict_timeline.events import extract_events
from conflict_timeline.gazetteer import Gazetteer
from conflict_timeline.text import arabic

CORPUS = Path(__file__).resolve().parents[1] / "data" / "articles"


def main() -> None:
    try:
        passes = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    except ValueError:
        sys.exit(f"passes: {sys.argv[1]!r} is not a whole number")
    if passes < 1:
        sys.exit(f"passes: {passes} is not at least 1")
    gaz = Gazetteer.default()
    articles = [a for _, arts in read_paths([CORPUS]) if isinstance(arts, list) for a in arts]
    for _ in range(passes):
        for article in articles:
            arabic.normalize_with_map.cache_clear()
            arabic.normalize.cache_clear()
            extract_events(article, gaz)
    print(f"{passes} passes over {len(articles)} articles")


if __name__ == "__main__":
    main()
