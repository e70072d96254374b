"""Memory of a million-event dashboard after many distinct filter links.

    python benchmarks/links_bench.py                          # 1,000,000 events, 50 links
    python benchmarks/links_bench.py --events 200000 --links 20

Runs the dashboard itself (`dashboard.py`, through Streamlit's AppTest, in this process: the caches
are the server's caches) on `CONFLICT_TIMELINE_SYNTHETIC` events, opens the Overview, Timeline and
Events pages for each of N links with a different date range (each one year long, shifted by about
two months), and reports the resident memory of the process after the first link and after each
tenth, and the peak (ru_maxrss). Target: under 2 GiB after 50 links. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

TARGET_MIB = 2048.0
PAGES = ("pages/overview.py", "pages/timeline.py", "pages/events.py")


def rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def link_dates(n: int) -> list[tuple[str, str]]:
    """N distinct one-year ranges between 2014 and 2025."""
    first = date(2014, 1, 1)
    out = []
    for i in range(n):
        start = first + timedelta(days=(i * 61) % (365 * 10))
        out.append((start.isoformat(), (start + timedelta(days=365 + i)).isoformat()))
    return out


def open_link(dates: tuple[str, str], page: str) -> float:
    from streamlit.testing.v1 import AppTest

    start = time.perf_counter()
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=600)
    at.query_params["dates"] = list(dates)
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    if at.exception:
        raise RuntimeError(f"{page} {dates}: {at.exception[0].value}")
    del at
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events (default 1,000,000)")
    parser.add_argument("--links", type=int, default=50, help="distinct links (default 50)")
    args = parser.parse_args(argv)
    if args.events <= 0 or args.links <= 0:
        parser.error("--events and --links must be positive")
    os.environ["CONFLICT_TIMELINE_SYNTHETIC"] = str(args.events)
    rows = [("start (imports only)", 0, rss_mib(), 0.0)]
    elapsed = 0.0
    for n, dates in enumerate(link_dates(args.links), start=1):
        for page in PAGES:
            elapsed += open_link(dates, page)
        gc.collect()
        if n == 1 or n % 10 == 0 or n == args.links:
            rows.append((f"after {n} link{'s' if n > 1 else ''}", n, rss_mib(), elapsed))
    print(f"Dashboard memory: {args.events:,} synthetic events, {args.links} distinct date-range links, "
          f"pages {', '.join(Path(p).stem for p in PAGES)}; Python {sys.version.split()[0]}")
    print("| step | links | resident memory | seconds (all runs so far) |")
    print("|---|---:|---:|---:|")
    for step, n, mib, seconds in rows:
        print(f"| {step} | {n} | {mib:,.0f} MiB | {seconds:.0f} |")
    final = rows[-1][2]
    verdict = "ok" if max(final, peak_mib()) < TARGET_MIB else "**over**"
    print(f"| peak (ru_maxrss) | {args.links} | {peak_mib():,.0f} MiB | target < 2 GiB: {verdict} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
