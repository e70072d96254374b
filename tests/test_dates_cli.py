"""The `dates` command: one JSON array per input line, dates resolved against --reference."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflict_timeline", "dates", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )


def test_dates_cli_one_array_per_line() -> None:
    lines = [
        "رفضت بغداد، الإثنين، أي وجود عسكري أجنبي جديد.",
        "ففي 5 يناير/كانون ثاني الجاري، نعى الجيش المسؤول الذي لقي حتفه.",
        "وتعتزم الإدارة نشر 1500 عسكري آخر في المنطقة.",
        "The drawdown began in 2018 and troops were targeted last week.",
        "",
    ]
    proc = _run("\n".join(lines) + "\n", "--reference", "2024-01-15")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert len(out) == len(lines)
    arrays = [json.loads(line) for line in out]
    assert all(isinstance(a, list) for a in arrays)
    assert [(e["text"], e["start"], e["end"], e["precision"]) for e in arrays[0]] == [
        ("الإثنين", "2024-01-15", "2024-01-15", "day")
    ]
    assert [(e["start"], e["end"], e["precision"]) for e in arrays[1]] == [
        ("2024-01-05", "2024-01-05", "day")
    ]
    assert arrays[2] == []
    assert [(e["start"], e["end"], e["precision"]) for e in arrays[3]] == [
        ("2018-01-01", "2018-12-31", "year"),
        ("2024-01-08", "2024-01-14", "week"),
    ]
    assert arrays[4] == []
    assert "يناير" in out[1]  # ensure_ascii=False: Arabic is written as is


def test_dates_cli_bad_reference_is_one_line_error() -> None:
    proc = _run("أمس\n", "--reference", "15/01/2024x")
    assert proc.returncode != 0
    message = proc.stderr.strip().splitlines()
    assert message and "reference" in message[-1]
