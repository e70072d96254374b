"""Extraction quality on the bundled corpus and on the real-news development set.

    python benchmarks/realnews_eval.py [-v] [--realnews FOLDER]

For each set: expected / extracted / matched events, precision, recall, the share of extracted events
that repeat an already matched event (duplicates, counted as spurious in the precision) and the files
the extractor crashed on. For the real excerpts (`../shared/realnews` by default, skipped when absent)
also the shared scorer's recall on its gold facts, computed in-process with its `matches` function.
With -v: the missed, spurious and duplicate events, and the gold facts missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conflict_timeline.evaluate import Score, corpus_files, evaluate
from conflict_timeline.realnews import (
    REALNEWS,
    articles_folder,
    evaluate_realnews,
    gold_recall,
    load_gold_scorer,
    realnews_pages,
)


def figures(name: str, files: int, score: Score, seconds: float) -> None:
    print(f"{name}: {files} files, {seconds:.1f} s")
    print(f"  expected {score.expected}, extracted {score.extracted}, matched {score.matched}")
    print(f"  precision {score.precision:.1%}  recall {score.recall:.1%}")
    print(f"  on matched events: numbers {score.numbers_ok}/{score.numbers_total}, "
          f"targets {score.targets_ok}/{score.targets_total}")
    print(f"  duplicates {score.duplicates}/{score.extracted} ({score.duplicate_share:.1%} of extracted, "
          f"counted as spurious)  crashes {score.crashes}")


def details(score: Score) -> None:
    for title, lines in (("crashes", score.crash_notes), ("missed", score.misses),
                         ("spurious", score.spurious), ("duplicates", score.duplicate_notes)):
        print(f"  {title} ({len(lines)}):")
        for line in lines:
            print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, spurious and duplicate events")
    parser.add_argument("--realnews", metavar="FOLDER", default=str(REALNEWS),
                        help="the real-news folder (default ../shared/realnews)")
    args = parser.parse_args()

    start = time.perf_counter()
    pairs = corpus_files()
    corpus = evaluate(pairs, catch=True)
    figures("bundled corpus", len(pairs), corpus, time.perf_counter() - start)
    if args.verbose:
        details(corpus)

    folder = Path(args.realnews)
    pages = realnews_pages(folder)
    if not pages:
        print(f"real news: no excerpts in {articles_folder(folder)}, skipped")
        return
    start = time.perf_counter()
    run = evaluate_realnews(pages)
    figures("real news", len(pages), run.score, time.perf_counter() - start)
    if args.verbose:
        details(run.score)
    scorer = load_gold_scorer(folder)
    gold_path = folder / "gold.json"
    if scorer is None or not gold_path.is_file():
        print("  shared scorer: score.py or gold.json missing, skipped")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = gold_recall(run, gold, scorer.matches)
    print(f"  shared scorer (gold facts): recall {result.found}/{result.total} = {result.recall:.0%}")
    if args.verbose:
        print(f"  gold facts missed ({len(result.misses)}):")
        for line in result.misses:
            print(f"    {line}")


if __name__ == "__main__":
    main()
