"""The command line of the gazetteer: `python -m conflict_timeline.gazetteer "text"` prints the
mentions of a text, `--bench` measures matching speed."""

from __future__ import annotations

from pathlib import Path

from conflict_timeline.gazetteer import Gazetteer


def _bench(gazetteer: Gazetteer, sentences: list[str], rounds: int) -> str:
    import time

    gazetteer.find("warm up: بغداد")
    count = 0
    chars = sum(len(s) for s in sentences) * rounds
    t0 = time.perf_counter()
    for _ in range(rounds):
        for s in sentences:
            count += len(gazetteer.find(s))
    elapsed = time.perf_counter() - t0
    n = len(sentences) * rounds
    return (
        f"{n} sentences, {chars} characters, {count} mentions in {elapsed:.3f} s: "
        f"{n / elapsed:,.0f} sentences/s, {count / elapsed:,.0f} mentions/s, {chars / elapsed / 1e6:.2f} M chars/s"
    )


def _bench_sentences() -> list[str]:
    """Sentences built from the gazetteer's own names set in ordinary news frames (no corpus needed)."""
    gz = Gazetteer.default()
    actors = [e.name_ar for e in gz.entries("actor") if e.name_ar]
    places = [e.name_ar for e in gz.entries("place") if e.name_ar]
    frames = (
        "وأعلن {a} تنفيذ هجوم على {p} صباح اليوم، فيما قالت مصادر محلية إن الأضرار كانت محدودة.",
        "نقلت وكالة الأنباء عن {a} قوله إن الوجود العسكري في {p} سيستمر حتى نهاية العام الجاري.",
        "وذكر بيان صادر عن {a} أن قوة إضافية وصلت إلى {p} لتعزيز الحماية وتأمين الطرق المحيطة.",
        "The statement from {e} said two rockets landed near {q} overnight, causing no casualties.",
    )
    actors_en = [e.name for e in gz.entries("actor")]
    places_en = [e.name for e in gz.entries("place")]
    out = []
    for i in range(3000):
        frame = frames[i % len(frames)]
        out.append(
            frame.format(
                a=actors[i % len(actors)],
                p=places[(i * 7) % len(places)],
                e=actors_en[(i * 3) % len(actors_en)],
                q=places_en[(i * 5) % len(places_en)],
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python -m conflict_timeline.gazetteer", description="Actors and places in Arabic and English text."
    )
    parser.add_argument("text", nargs="*", help="text to match (default: standard input)")
    parser.add_argument("--bench", action="store_true", help="measure matching speed on 3000 sentences")
    parser.add_argument("--file", type=Path, help="with --bench: one sentence per line from this file")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    gz = Gazetteer.default()
    if args.bench:
        if args.file:
            try:
                sentences = [s for s in args.file.read_text(encoding="utf-8").splitlines() if s.strip()]
            except (OSError, UnicodeDecodeError) as exc:
                parser.error(f"{args.file}: {getattr(exc, 'strerror', None) or exc}")
            if not sentences:
                parser.error(f"{args.file}: no sentences")
        else:
            sentences = _bench_sentences()
        print(_bench(gz, sentences, args.rounds))
        return 0
    text = " ".join(args.text) if args.text else sys.stdin.read()
    for m in gz.find(text):
        flag = " (weak)" if m.weak else ""
        alts = f"  also: {', '.join(a.name for a in m.alternatives)}" if m.alternatives else ""
        print(f"{m.start}:{m.end}\t{m.text}\t{m.entry.kind}\t{m.entry.name}{flag}{alts}")
    return 0
