"""Precision and recall of the extractor against the corpus expectations (data/expectations/).

    python benchmarks/corpus_eval.py [--details]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conflict_timeline.evaluate import corpus_files, evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every missed and every extra event")
    args = parser.parse_args()
    pairs = corpus_files()
    score = evaluate(pairs)
    print(f"{len(pairs)} files")
    print(score.summary())
    if args.details:
        print("\n".join(["", "missed:", *score.misses, "", "extra:", *score.spurious, "",
                         "matched, with differences:", *score.mismatches]))


if __name__ == "__main__":
    main()
