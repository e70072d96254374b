"""First chart of a shared link, timed in a real browser (headless Chromium through Playwright).

    python benchmarks/browser_bench.py                    # the bundled articles
    python benchmarks/browser_bench.py --events 100000    # 100,000 synthetic events
    python benchmarks/browser_bench.py --floor            # a one-line page: Streamlit and Plotly alone

A fresh `streamlit run dashboard.py` serves the store; each link is first opened once to warm the
server (the events are loaded once per store, as on a running dashboard), then each link is opened
in a fresh browser context and timed from navigation until its chart has drawn (an svg or canvas
inside the page's chart). Prints a Markdown table of the median of `--runs` openings.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests import browser_harness as h  # noqa: E402

LINKS: tuple[tuple[str, str, str], ...] = (
    ("timeline, Gaza war attacks", "/timeline?dates=2023-10-01&dates=2024-02-29&type=attack", "timeline_chart"),
    ("map, one base chosen", "/map?place=Ain+al-Asad+Air+Base", "map_chart"),
    ("troop levels, Syria", "/troops?country=Syria", "troops_chart"),
    ("timeline, no filter", "/timeline", "timeline_chart"),
)


def first_chart_seconds(browser, url: str, key: str) -> float:
    page = h.new_page(browser)
    try:
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        h.wait_for_chart(page, key, timeout=60_000)
        return time.perf_counter() - start
    finally:
        page.context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=0, help="synthetic events instead of the bundled articles")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--floor", action="store_true",
                        help="time a one-line page (one small Plotly chart), what any Streamlit page costs here")
    args = parser.parse_args(argv)
    missing = h.missing_requirements()
    if missing:
        print(missing, file=sys.stderr)
        return 1
    if args.floor:
        return _floor(args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.sqlite"
        if args.events:
            h.make_store(db, events=args.events)
        else:
            from conflict_timeline.pipeline import ensure_default_store

            ensure_default_store(db).close()
        with h.StreamlitServer(db, Path(tmp) / "streamlit.log") as server, h.chromium() as browser:
            rows = []
            for label, path, key in LINKS:
                first_chart_seconds(browser, server.url + path, key)  # warm: the server loads the store once
                times = [first_chart_seconds(browser, server.url + path, key) for _ in range(args.runs)]
                rows.append((label, path, statistics.median(times), max(times)))
    source = f"{args.events:,} synthetic events" if args.events else "the bundled articles"
    print(f"First chart of a shared link, {source}, median of {args.runs} (fresh browser context each):\n")
    print("| link | address | median s | slowest s |\n|---|---|---|---|")
    for label, path, median, slowest in rows:
        print(f"| {label} | `{path}` | {median:.2f} | {slowest:.2f} |")
    return 0


FLOOR_APP = """import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])), key="floor_chart")
"""


def _floor(runs: int) -> int:
    """The same timing on a page of one line: the cost of Streamlit's frontend and Plotly themselves."""
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "floor_app.py"
        app.write_text(FLOOR_APP, encoding="utf-8")
        with h.StreamlitServer(Path(tmp) / "unused.sqlite", Path(tmp) / "streamlit.log", entry=app) as server, \
                h.chromium() as browser:
            first_chart_seconds(browser, server.url, "floor_chart")  # warm
            times = [first_chart_seconds(browser, server.url, "floor_chart") for _ in range(runs)]
    print(f"First chart of a one-line Streamlit page, median of {runs}: {statistics.median(times):.2f} s "
          f"(fastest {min(times):.2f}, slowest {max(times):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
