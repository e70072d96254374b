"""A real-browser harness for the dashboard: a temporary store, a Streamlit server, headless Chromium.

Used by the browser tests (tests/test_browser*.py) and scripts/screenshots.py. Nothing here downloads anything: the
browser is Debian's Chromium (`/usr/bin/chromium`, or `$CHROMIUM`), driven by Playwright's Python
package; the server is `streamlit run dashboard.py` on a free local port.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
ENTRY = REPO_ROOT / "dashboard.py"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
]
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
VIEWPORT = {"width": 1400, "height": 900}


def chromium_path() -> str | None:
    """The Chromium executable: `$CHROMIUM`, /usr/bin/chromium, or one on PATH."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def missing_requirements() -> str | None:
    """Why a browser run cannot happen here (None when Playwright and Chromium are both present)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright: the Python package is not installed (pip install playwright)"
    if chromium_path() is None:
        return "chromium: not found at /usr/bin/chromium, on PATH or in $CHROMIUM"
    if not ENTRY.is_file():
        return f"{ENTRY}: the dashboard entry script is missing"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_store(path: Path, events: int = 3000, seed: int = 0) -> Path:
    """A store file with `events` synthetic events (the dashboard reads it via CONFLICT_TIMELINE_DB, and
    shows a store other than the bundled default as it is: see `pipeline.open_dashboard_store`)."""
    from conflict_timeline.store import EventStore
    from conflict_timeline.synth import synthetic_events, write_to_store

    store = EventStore(path)
    try:
        write_to_store(store, synthetic_events(events, seed=seed))
    finally:
        store.close()
    return path


def corpus_store(path: Path) -> Path:
    """A store built from the bundled articles (`data/articles/`) by the pipeline, as the dashboard does
    on its first run."""
    from conflict_timeline.pipeline import ensure_default_store

    ensure_default_store(path).close()
    return path


@dataclass
class StreamlitServer:
    """`streamlit run dashboard.py` on a free port, reading the store at `db`; a context manager."""

    db: Path
    log_path: Path
    port: int = field(default_factory=free_port)
    timeout: float = 45.0
    process: subprocess.Popen | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    entry: Path = ENTRY  # the app script (another one for measurements that compare with the dashboard)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> StreamlitServer:
        env = {**os.environ, "CONFLICT_TIMELINE_DB": str(self.db), "PYTHONUNBUFFERED": "1", **self.extra_env}
        env.pop("CONFLICT_TIMELINE_SYNTHETIC", None)
        cmd = [
            sys.executable, "-m", "streamlit", "run", str(self.entry),
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(self.port),
            "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ]  # fmt: skip
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("w", encoding="utf-8")
        self.process = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as resp:
                    if resp.read().decode().strip() == "ok":
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"streamlit: no healthy answer on {self.url} within {self.timeout:.0f} s")

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def __enter__(self) -> StreamlitServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (Playwright Browser) with the flags that work in containers and offline."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser: Any) -> Any:
    """A page in a fresh browser context (no shared cookies or storage)."""
    context = browser.new_context(viewport=VIEWPORT, locale="en-US", timezone_id="UTC")
    context.set_default_timeout(20_000)
    return context.new_page()


def wait_idle(page: Any, settle: float = 0.4, timeout: float = 30_000) -> None:
    """Wait until the script run has finished (twice, with a short pause, to let reruns start)."""
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_timeout(settle * 1000)
    page.wait_for_selector(IDLE, timeout=timeout)


def open_app(page: Any, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector("[data-testid=stSidebarNavLink]", timeout=30_000)
    wait_idle(page)


def wait_for_chart(page: Any, key: str | None = None, timeout: float = 20_000) -> Any:
    """The first Plotly chart (inside `.st-key-<key>` when given) once it has drawn an svg or canvas."""
    scope = f".st-key-{key} " if key else ""
    selector = f"{scope}[data-testid=stPlotlyChart] :is(svg.main-svg, canvas)"
    page.wait_for_selector(selector, state="attached", timeout=timeout)
    return page.locator(f"{scope}[data-testid=stPlotlyChart]").first


_RENDERED = """() => [...document.querySelectorAll(
    '[data-testid=stDataFrame], [data-testid=stVegaLiteChart], [data-testid=stPlotlyChart]'
)].every(e => e.querySelector('canvas, svg'))"""


def wait_for_rendered(page: Any, timeout: float = 20_000) -> None:
    """Wait until every table and chart on the page has drawn (they render after the script run)."""
    page.wait_for_function(_RENDERED, timeout=timeout)
    page.wait_for_timeout(500)


def nav_links(page: Any) -> list[tuple[str, str]]:
    """(label, href) of each sidebar navigation link."""
    links = page.locator("[data-testid=stSidebarNavLink]")
    return [
        (links.nth(i).inner_text().strip(), links.nth(i).get_attribute("href") or "")
        for i in range(links.count())
    ]


def screenshot(page: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=False)
    return path
