"""Dashboard benchmark: a million synthetic events through the store, the filter and the figures.

    python benchmarks/dashboard_bench.py                    # 1,000,000 events, seed 0
    python benchmarks/dashboard_bench.py --events 200000    # smaller run
    python benchmarks/dashboard_bench.py --db /tmp/b.sqlite --keep   # keep the store, reuse it next time

Steps: synthetic events are written into a temporary `EventStore` by a child process (so the cost of
building records does not count in the dashboard's memory); then this process times what the
dashboard does: load `events_frame()` (target < 5 s), apply typical filters and build each figure
on the filtered frame (target filter + figure < 1 s), the full timeline with 100,000 events in
view, and reports its peak memory (ru_maxrss, target < 2 GiB). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import pandas as pd  # noqa: E402
import plotly.io as pio  # noqa: E402

from conflict_timeline import charts, filters, incidents  # noqa: E402
from conflict_timeline.filters import Filter, prepare_search  # noqa: E402
from conflict_timeline.store import EventStore, merge_events  # noqa: E402

BOUNDARIES = REPO_ROOT / "data" / "boundaries" / "countries.geojson"
LOAD_TARGET_S = 5.0
VIEW_TARGET_S = 1.0
MEMORY_TARGET_MIB = 2048.0
TIMELINE_EVENTS = 100_000

TYPICAL_FILTERS: dict[str, Filter] = {
    "attacks Oct 2023-Feb 2024": Filter(dates=(date(2023, 10, 1), date(2024, 2, 29)), types=("attack",)),
    "one actor, all dates": Filter(actors=("Islamic Resistance in Iraq",)),
    "troops in Iraq 2014-2025": Filter(
        dates=(date(2014, 1, 1), date(2025, 12, 31)),
        countries=("Iraq",),
        types=("deployment", "withdrawal", "troop_level"),
    ),
    "text search 'Ain al-Asad'": Filter(text="Ain al-Asad"),
}


@dataclass
class Row:
    step: str
    rows: int | None
    seconds: float
    target: float | None = None
    note: str = ""

    def cells(self) -> list[str]:
        rows = "" if self.rows is None else f"{self.rows:,}"
        target = "" if self.target is None else f"< {self.target:g} s"
        verdict = "" if self.target is None else ("ok" if self.seconds < self.target else "**over**")
        return [self.step, rows, f"{self.seconds:.2f}", target, verdict, self.note]


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def size(payload: str) -> str:
    n = len(payload.encode("utf-8"))
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


# ----------------------------------------------------------------------------- building the store


def build_store(db: Path, n: int, seed: int) -> dict[str, float]:
    """Write n synthetic events into a new store at db (runs in a child process)."""
    from conflict_timeline.synth import synthetic_events, write_to_store

    frame, synth_s = timed(lambda: synthetic_events(n, seed=seed))
    store = EventStore(db)
    writer = getattr(store, "ingest_frame", None)  # a bulk path, when the store offers one
    if callable(writer):
        added, write_s = timed(lambda: writer(frame))
        path = "ingest_frame"
    else:
        added, write_s = timed(lambda: write_to_store(store, frame))
        path = "ingest (50,000 events per transaction)"
    store.close()
    return {"synth_s": synth_s, "write_s": write_s, "added": added, "path": path, "peak_mib": peak_mib()}


def cold_load(db: Path) -> dict[str, float]:
    """The first events_frame() after a write: every row through SQLite (runs in a child process)."""
    store = EventStore(db)
    frame, load_s = timed(store.events_frame)
    peak = peak_mib()
    del frame
    raw = store.events_frame(merged=False)
    _, merge_s = timed(lambda: merge_events(raw))
    store.close()
    return {"load_s": load_s, "rows": len(raw), "peak_mib": peak, "merge_s": merge_s}


def in_child(step: str, db: Path, n: int, seed: int) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        step,
        "--db",
        str(db),
        "--events",
        str(n),
        "--seed",
        str(seed),
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- the dashboard path


def figure_steps(boundaries: dict) -> dict[str, Callable[[pd.DataFrame], object]]:
    return {
        "timeline": lambda f: charts.timeline_figure(f),
        "map": lambda f: charts.map_figure(charts.map_points(f).points, boundaries=boundaries),
        "troops": lambda f: charts.troop_levels_figure(f),
    }


def bench_views(frame: pd.DataFrame, boundaries: dict) -> list[Row]:
    rows: list[Row] = []
    steps = figure_steps(boundaries)
    for name, flt in TYPICAL_FILTERS.items():
        filtered, filter_s = timed(lambda flt=flt: filters.apply(frame, flt))
        rows.append(Row(f"filter: {name}", len(filtered), filter_s, VIEW_TARGET_S))
        for fig_name, build in steps.items():
            fig, fig_s = timed(lambda build=build, filtered=filtered: build(filtered))
            payload, json_s = timed(lambda fig=fig: pio.to_json(fig, validate=False))
            rows.append(
                Row(
                    f"  + {fig_name} figure",
                    len(filtered),
                    filter_s + fig_s,
                    VIEW_TARGET_S,
                    f"figure {fig_s:.2f} s; JSON {size(payload)} in {json_s:.2f} s",
                )
            )
    return rows


def bench_full_timeline(frame: pd.DataFrame) -> list[Row]:
    view = frame.sample(n=min(TIMELINE_EVENTS, len(frame)), random_state=0)
    rows = []
    fig, seconds = timed(lambda: charts.timeline_figure(view))
    payload = pio.to_json(fig, validate=False)
    mode = "counts" if charts.is_aggregated(fig) else "events"
    rows.append(
        Row(
            "timeline, no filter",
            len(view),
            seconds,
            VIEW_TARGET_S,
            f"{mode}; JSON {size(payload)}",
        )
    )
    fig, seconds = timed(lambda: charts.timeline_figure(view, threshold=len(view) + 1))
    payload = pio.to_json(fig, validate=False)
    rows.append(Row("timeline, every event drawn", len(view), seconds, None, f"JSON {size(payload)}"))
    return rows


def run(db: Path, n: int, seed: int, rebuild: bool) -> list[Row]:
    rows: list[Row] = []
    if rebuild:
        built = in_child("build", db, n, seed)
        rows.append(Row("synthetic_events", n, built["synth_s"], None, f"seed {seed}"))
        rows.append(
            Row("write into the store", built["added"], built["write_s"], None,
                f"{built['path']}; child peak {built['peak_mib']:.0f} MiB")
        )  # fmt: skip
        cold = in_child("cold", db, n, seed)
        rows.append(
            Row("events_frame(), first load after a write", None, cold["load_s"], LOAD_TARGET_S,
                f"SQLite rows, snapshot written, merge; new process, peak {cold['peak_mib']:.0f} MiB")
        )  # fmt: skip
        rows.append(
            Row("  of which merge_events", cold["rows"], cold["merge_s"], None, "reports of one event folded")
        )
    store = EventStore(db)
    frame, load_s = timed(store.events_frame)
    size_mib = db.stat().st_size / 2**20
    frame_mib = frame.memory_usage(deep=True).sum() / 2**20
    rows.append(
        Row("events_frame(), restart", len(frame), load_s, LOAD_TARGET_S,
            f"new process, columnar snapshot + merge; {size_mib:.0f} MiB database; frame {frame_mib:.0f} MiB (deep)")
    )  # fmt: skip
    # the dashboard builds the text-search index when it loads the events (ui/data.py): part of loading
    _, index_s = timed(lambda: prepare_search(frame))
    rows.append(Row("  + text-search index (prepare_search)", len(frame), index_s, None,
                    f"load and index together {load_s + index_s:.2f} s (< 5 s)"))
    rows[-1].note += f"; peak after loading {peak_mib():.0f} MiB"
    # incidents are grouped once per store revision and cached (ui/data.py): part of loading too
    numbers, numbers_s = timed(lambda: incidents.incident_numbers(frame))
    table, table_s = timed(lambda: incidents.incidents(frame, numbers))
    rows.append(Row("  + incidents (incident_numbers, incidents)", len(frame), numbers_s + table_s, None,
                    f"{len(table):,} incidents; grouping {numbers_s:.2f} s, table {table_s:.2f} s"))
    store.close()
    boundaries = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    rows.extend(bench_views(frame, boundaries))
    rows.extend(bench_full_timeline(frame))
    return rows


def remove_store(db: Path) -> None:
    """The database file and what SQLite and the store keep beside it (WAL, columnar snapshots)."""
    for suffix in ("", "-wal", "-shm", ".frame.parquet", ".frames"):
        path = Path(f"{db}{suffix}")
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def render(rows: list[Row], memory_mib: float) -> str:
    head = ["step", "rows", "seconds", "target", "", "note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    verdict = "ok" if memory_mib < MEMORY_TARGET_MIB else "**over**"
    lines.append(
        f"| peak memory (ru_maxrss) | | {memory_mib:,.0f} MiB | < 2 GiB | {verdict} | this process |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", type=Path, help="store file; reused if it exists (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the store file after the run")
    parser.add_argument("--child", choices=("build", "cold"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.events <= 0:
        parser.error(f"--events: must be positive, got {args.events}")
    if args.child == "build":
        print(json.dumps(build_store(args.db, args.events, args.seed)))
        return 0
    if args.child == "cold":
        print(json.dumps(cold_load(args.db)))
        return 0
    with tempfile.TemporaryDirectory(prefix="dashboard-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.sqlite"
        rebuild = not db.exists()
        if not rebuild:
            print(f"{db}: reusing the existing store (delete it to rebuild)", file=sys.stderr)
        rows = run(db, args.events, args.seed, rebuild)
        print(
            f"Dashboard benchmark: {args.events:,} synthetic events (seed {args.seed}), Python {sys.version.split()[0]}"
        )
        print(render(rows, peak_mib()))
        if args.db and not args.keep and rebuild:
            remove_store(db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
