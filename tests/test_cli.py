"""The command line, run as a user runs it: `python -m conflict_timeline ...` in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conflict_timeline.schema import EXTRACT_FIELDS

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run(*args: str, db: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if db is not None:
        env["CONFLICT_TIMELINE_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "conflict_timeline", *args], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_help_lists_subcommands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("extract", "dates", "ingest", "export", "stats"):
        assert command in result.stdout


def test_extract_prints_json_lines() -> None:
    result = run("extract", str(FIXTURES / "aggregator_ar.txt"), "--published", "2024-03-05")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "the fixture reports a convoy arriving at a base and a drone attack"
    for record in records:
        assert set(EXTRACT_FIELDS) <= set(record)
        for name in ("date_start", "date_end", "published"):
            value = record[name]
            assert value is None or (len(value) == 10 and value[4] == "-"), (name, value)
    titles = {r["article_title"] for r in records}
    assert titles <= {"وزارة الدفاع تعلن وصول تعزيزات إلى قاعدة حرير", "طائرة مسيرة تستهدف موقعا قرب مطار أربيل"}


def test_extract_csv_and_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = run("extract", str(FIXTURES / "aggregator_en.txt"), str(bad), "--format", "csv")
    assert result.returncode == 1
    assert result.stderr.strip() == f"{bad}: binary file (NUL bytes)"
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert tuple(header) == EXTRACT_FIELDS


def test_bad_dates_are_usage_errors() -> None:
    result = run("extract", str(FIXTURES / "aggregator_en.txt"), "--published", "yesterday")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: --published: 'yesterday' is not a date (YYYY-MM-DD)"
    result = run("dates", "--reference", "2024-13-01", stdin="x\n")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: --reference: '2024-13-01' is not a date (YYYY-MM-DD)"
    assert run("ingest").returncode == 2  # argparse: a PATH is required


def test_dates_prints_one_array_per_line() -> None:
    result = run("dates", "--reference", "2024-01-15", stdin="وصلت القوات أمس\nno date here\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert isinstance(first, list) and isinstance(second, list)
    assert first and first[0]["start"] == "2024-01-14"


def test_ingest_export_and_stats(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_ar.txt", corpus / "a.txt")
    shutil.copy(FIXTURES / "page.html", corpus / "b.html")
    db = tmp_path / "events.sqlite"

    result = run("ingest", str(corpus), db=db)
    assert result.returncode == 0, result.stderr
    assert "2 files read, 3 articles (3 new)" in result.stdout

    (corpus / "c.json").write_text('{"title": "no text"}', encoding="utf-8")
    result = run("ingest", str(corpus), "--db", str(db))
    assert result.returncode == 1
    assert f"{corpus / 'c.json'}: object: record has no text" in result.stderr.splitlines()
    assert "3 articles (0 new)" in result.stdout and "1 files failed" in result.stdout

    out = tmp_path / "events.csv"
    result = run("export", "--format", "acled-csv", "--out", str(out), db=db)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows and rows[0].keys() >= {"event_id_cnty", "event_date", "sub_event_type", "fatalities", "incident_id",
                                       "article_url"}

    result = run("export", "--format", "jsonl", "--db", str(db))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(rows)
    assert all("plover" in r and "sources" in r for r in records)

    result = run("stats", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "articles: 3" in result.stdout and "by type:" in result.stdout


def test_ingest_a_batch_with_every_kind_of_bad_file(tmp_path: Path) -> None:
    from tests.test_pipeline import BAD_INPUTS

    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(FIXTURES / "aggregator_ar.txt", corpus / "a_good.txt")
    shutil.copy(FIXTURES / "page.html", corpus / "z_good.html")
    bad = {name: reason for name, (_, reason) in BAD_INPUTS.items() if name != "locked.txt"}  # root reads all
    for name in bad:
        (corpus / name).write_bytes(BAD_INPUTS[name][0])
    (corpus / "folder.txt").mkdir()  # walked as a folder: holds nothing
    missing = tmp_path / "missing.txt"
    db = tmp_path / "events.sqlite"
    result = run("ingest", str(corpus), str(missing), "--db", str(db))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad) + 1, result.stderr
    for name, reason in bad.items():
        (line,) = [x for x in lines if x.startswith(f"{corpus / name}: ")]
        assert reason in line, line
    assert f"{missing}: no such file" in lines
    assert "2 files read, 3 articles (3 new)" in result.stdout
    assert f"{len(bad) + 1} files failed" in result.stdout


def test_extract_csv_rows_are_the_json_records(tmp_path: Path) -> None:
    path = str(FIXTURES / "aggregator_ar.txt")
    records = [json.loads(line) for line in run("extract", path, "--published", "2024-03-05").stdout.splitlines()]
    result = run("extract", path, "--published", "2024-03-05", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(records) > 0
    for row, record in zip(rows, records, strict=True):
        assert row == {k: "" if record[k] is None else str(record[k]) for k in EXTRACT_FIELDS}


def test_store_that_is_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("not a database\n", encoding="utf-8")
    for args in (("export", "--format", "jsonl", "--db", str(db)), ("ingest", str(FIXTURES / "page.html"),
                                                                    "--db", str(db))):
        result = run(*args)
        assert result.returncode == 1, result.stderr
        assert len(result.stderr.splitlines()) == 1 and str(db) in result.stderr, result.stderr


def test_export_from_a_missing_store(tmp_path: Path) -> None:
    result = run("export", "--format", "jsonl", "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: --db:") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("fmt", ["xml"])
def test_unknown_format_is_a_usage_error(fmt: str, tmp_path: Path) -> None:
    result = run("export", "--format", fmt, "--db", str(tmp_path / "x.sqlite"))
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_progress_lines_when_stderr_is_not_a_terminal() -> None:
    from conflict_timeline import cli

    err = io.StringIO()
    report = cli._progress(err)
    for done in range(1, 121):
        report(done, 120, Path(f"f{done}.txt"))
    assert err.getvalue().splitlines() == ["50/120 files", "100/120 files", "120/120 files"]


def test_interrupt_is_one_line_and_exit_code_130(monkeypatch: pytest.MonkeyPatch) -> None:
    from conflict_timeline import cli

    def interrupted(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_extract", interrupted)
    err = io.StringIO()
    assert cli.main(["extract", "x.txt"], out=io.StringIO(), err=err) == 130
    assert err.getvalue() == "interrupted\n"
