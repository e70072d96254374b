"""The code base stays ruff-clean (configuration in pyproject.toml) and made of modules of one job
(none past the line limit)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_clean():
    if shutil.which("ruff") is None and subprocess.run([sys.executable, "-m", "ruff", "--version"],
                                                        capture_output=True).returncode != 0:
        pytest.skip("ruff is not installed (pip install -r requirements-dev.txt)")
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# A module past this many lines is split by job.
MAX_LINES = 500


def test_no_module_is_longer_than_the_limit():
    sources = [p for p in ROOT.rglob("*.py") if not ({".git", ".venv", "node_modules"} & set(p.parts))]
    assert len(sources) > 50  # (the walk found the code base)
    long = {str(p.relative_to(ROOT)): n for p in sources
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines, to split by job: {long}"
