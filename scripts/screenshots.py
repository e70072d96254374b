"""Screenshots of the dashboard's main pages for the README: docs/screenshots/*.png.

    python scripts/screenshots.py                       # the bundled articles in data/articles/
    python scripts/screenshots.py --source synthetic    # 20,000 synthetic events (seed 0)
    python scripts/screenshots.py --out /tmp/shots --events 5000

Uses the same harness as tests/test_browser.py: a temporary store, `streamlit run dashboard.py` on a
free port, headless Chromium (Debian's /usr/bin/chromium through Playwright). Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests import browser_harness as h  # noqa: E402

DEFAULT_OUT = REPO_ROOT / "docs" / "screenshots"
GAZA_WAR = "dates=2023-10-01&dates=2024-02-29"
MAX_BYTES = 300_000


@dataclass(frozen=True)
class Shot:
    name: str
    path: str  # page path and query: a shared link
    chart: str | None = None  # key of the chart to wait for


SHOTS: tuple[Shot, ...] = (
    Shot("overview", "/"),
    Shot("timeline", f"/timeline?{GAZA_WAR}&type=attack&type=airstrike&lane=type", "timeline_chart"),
    Shot("map", f"/map?{GAZA_WAR}", "map_chart"),
    Shot("troops", "/troops", "troops_chart"),
    Shot("events", f"/events?{GAZA_WAR}&actor=Islamic+Resistance+in+Iraq"),
    Shot("articles", "/articles?place=Tower+22&article=bf9d75e71d4ce505"),
)


def take(server: h.StreamlitServer, out: Path, shots: tuple[Shot, ...] = SHOTS) -> list[Path]:
    saved = []
    with h.chromium() as browser:
        warm = h.new_page(browser)  # the first request of a fresh server shows the start page
        h.open_app(warm, server.url + "/")
        warm.context.close()
        for shot in shots:
            page = h.new_page(browser)
            h.open_app(page, server.url + shot.path)
            if shot.chart:
                h.wait_for_chart(page, shot.chart)
            h.wait_for_rendered(page)
            if page.locator("[data-testid=stException]").count():
                raise SystemExit(f"{shot.path}: the page shows an exception; see {server.log_path}")
            saved.append(h.screenshot(page, out / f"{shot.name}.png"))
            page.context.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"folder for the PNGs (default {DEFAULT_OUT})"
    )
    parser.add_argument(
        "--source", choices=("corpus", "synthetic"), default="corpus",
        help="the bundled articles, extracted as on the dashboard's first run (default), or synthetic events",
    )  # fmt: skip
    parser.add_argument("--events", type=int, default=20_000, help="synthetic events (default 20,000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    reason = h.missing_requirements()
    if reason:
        raise SystemExit(reason)
    if args.events <= 0:
        parser.error(f"--events: must be positive, got {args.events}")
    with tempfile.TemporaryDirectory(prefix="screenshots-") as tmp:
        db = Path(tmp) / "events.sqlite"
        if args.source == "corpus":
            h.corpus_store(db)
        else:
            h.make_store(db, events=args.events, seed=args.seed)
        with h.StreamlitServer(db, Path(tmp) / "streamlit.log", timeout=90) as server:
            saved = take(server, args.out)
    for path in saved:
        size = path.stat().st_size
        warning = f"  (over {MAX_BYTES // 1000} kB)" if size > MAX_BYTES else ""
        print(f"{path}: {size / 1000:.0f} kB{warning}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
