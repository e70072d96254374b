"""Command line: `python -m conflict_timeline {extract,dates,ingest,export,stats,reextract,editor-password} ...`.

Exit codes: 0 all went well, 1 some files failed (one `path: reason` line each on stderr) or the
store cannot be used, 2 usage errors (bad options or values), 130 interrupted (Ctrl-C; a file being
ingested is rolled back, the files before it stay stored).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from conflict_timeline.schema import EXTRACT_FIELDS

PROGRESS_EVERY = 50  # files, when stderr is not a terminal


class UsageError(Exception):
    """A bad option value: reported as `error: --option: reason` with exit code 2."""


YEARS = (1900, 2100)  # publication and reference dates outside these years are usage errors


def _date_option(name: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise UsageError(f"{name}: {value!r} is outside the years {YEARS[0]}-{YEARS[1]}")
    return day


def _budget(args: argparse.Namespace):
    from conflict_timeline.budget import Budget

    seconds, chars = args.time_limit, args.size_limit
    if seconds is not None and not seconds >= 0:
        raise UsageError(f"--time-limit: {seconds!r} is not a number of seconds (0 or more; 0: no limit)")
    if chars is not None and chars < 0:
        raise UsageError(f"--size-limit: {chars!r} is not a number of characters (0 or more; 0: no limit)")
    default = Budget()
    return Budget(chars=default.chars if chars is None else chars,
                  seconds=default.seconds if seconds is None else seconds)


def _budget_options(p: argparse.ArgumentParser) -> None:
    from conflict_timeline.budget import MAX_ARTICLE_CHARS, MAX_ARTICLE_SECONDS

    p.add_argument("--time-limit", type=float, metavar="SECONDS",
                   help=f"stop the extraction of one article after this long (default {MAX_ARTICLE_SECONDS:g}; 0: none)")
    p.add_argument("--size-limit", type=int, metavar="CHARS",
                   help=f"refuse articles longer than this (default {MAX_ARTICLE_CHARS:,}; 0: none)")


def _db(value: str | None) -> Path:
    from conflict_timeline.store import default_db_path

    return Path(value) if value else default_db_path()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m conflict_timeline",
        description="Structured events on the foreign military presence in Iraq and Syria, from news articles.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("extract", help="print the events of article files without storing them")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files or folders")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for articles without one")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default jsonl)")
    _budget_options(p)

    p = sub.add_parser("dates", help="temporal expressions of each stdin line, one JSON array per line")
    p.add_argument("--reference", metavar="YYYY-MM-DD", required=True, help="date relative expressions resolve to")

    p = sub.add_parser("ingest", help="read, extract and store article files or folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--db", metavar="PATH", help="event store (default $CONFLICT_TIMELINE_DB or data/events.sqlite)")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for articles without one")
    _budget_options(p)

    p = sub.add_parser("export", help="write the stored (merged) events as ACLED-style CSV or JSON Lines")
    p.add_argument("--format", choices=("acled-csv", "jsonl"), required=True, help="output format")
    p.add_argument("--db", metavar="PATH", help="event store (default $CONFLICT_TIMELINE_DB or data/events.sqlite)")
    p.add_argument("--out", metavar="FILE", help="output file (default stdout)")
    p.add_argument("--raw", action="store_true", help="one row per report, without merging")

    p = sub.add_parser("stats", help="counts by event type and actor, and article coverage")
    p.add_argument("--db", metavar="PATH", help="event store (default $CONFLICT_TIMELINE_DB or data/events.sqlite)")

    p = sub.add_parser("reextract", help="extract the stored articles again (after an upgrade), replacing "
                                         "their events; the replaced events are saved in a backup file")
    p.add_argument("--db", metavar="PATH", help="event store (default $CONFLICT_TIMELINE_DB or data/events.sqlite)")
    p.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    p.add_argument("--backup", metavar="FILE", help="where the replaced events go (default <db>.reextract-<time>.jsonl)")
    p.add_argument("--restore", metavar="FILE", help="put back the events saved in a backup file, and do nothing else")
    _budget_options(p)

    p = sub.add_parser("editor-password", help="hash an editor password for the dashboard and print the line "
                                               "to put in .streamlit/secrets.toml")
    p.add_argument("--stdin", action="store_true", help="read the password from the first line of stdin "
                                                        "instead of asking for it twice")
    return parser


def _failure_lines(failures: Sequence[tuple[str, str]], err: TextIO) -> None:
    for path, reason in failures:
        print(f"{path}: {reason}", file=err)


def event_record(event) -> dict[str, object]:
    """One event as `extract` prints it: the EXTRACT_FIELDS first, then every other field."""
    record = event.to_dict()
    return {**{name: record.get(name) for name in EXTRACT_FIELDS}, **record}


def cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from conflict_timeline.pipeline import extract_paths

    published = _date_option("--published", args.published)
    failures: list[tuple[str, str]] = []
    events = extract_paths(args.files, published=published, failures=failures, budget=_budget(args))
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(EXTRACT_FIELDS), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow({k: ("" if v is None else v) for k, v in event_record(event).items()})
    else:
        for event in events:
            out.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
    _failure_lines(failures, err)
    return 1 if failures else 0


def cmd_editor_password(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    from conflict_timeline.editor_password import hash_password, secrets_line

    if args.stdin:
        password = stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass("Editor password: ")
        if getpass.getpass("Again: ") != password:
            raise UsageError("the two passwords differ")
    try:
        stored = hash_password(password)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    out.write(secrets_line(stored) + "\n")
    err.write("Put this line in .streamlit/secrets.toml (beside config.toml), then restart the dashboard.\n")
    return 0


def cmd_dates(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    reference = _date_option("--reference", args.reference)
    from conflict_timeline.text.dates import cli_main

    for line in cli_main((line.rstrip("\n") for line in stdin), reference):
        out.write(line.rstrip("\n") + "\n")
    return 0


def _progress(err: TextIO):
    tty = hasattr(err, "isatty") and err.isatty()

    def report(done: int, total: int, path: Path) -> None:
        if tty:
            width = 30
            filled = int(width * done / total) if total else width
            err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files")
            if done == total:
                err.write("\n")
            err.flush()
        elif done % PROGRESS_EVERY == 0 or (done == total and total >= PROGRESS_EVERY):
            err.write(f"{done}/{total} files\n")
            err.flush()

    return report


def cmd_ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from conflict_timeline.pipeline import ingest_paths
    from conflict_timeline.store import EventStore

    published = _date_option("--published", args.published)
    budget = _budget(args)
    store = EventStore(_db(args.db))
    try:
        report = ingest_paths(args.paths, store, published=published, progress=_progress(err), budget=budget)
    finally:
        store.close()
    _failure_lines(report.failures, err)
    out.write(report.summary() + "\n")
    return 1 if report.failures else 0


def _existing_store(value: str | None, readonly: bool = True):
    """The store named by --db, which must exist; opened read-only unless the command writes."""
    from conflict_timeline.store import EventStore

    path = _db(value)
    if not path.exists():
        raise UsageError(f"--db: {str(path)!r} does not exist (run `ingest` first)")
    return EventStore(path, readonly=readonly)


def cmd_reextract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from conflict_timeline.pipeline import extractor_version
    from conflict_timeline.reextract import reextract, restore_backup

    budget = _budget(args)
    if args.restore:
        backup = Path(args.restore)
        if not backup.is_file():
            raise UsageError(f"--restore: {args.restore!r} is not a file")
        store = _existing_store(args.db, readonly=False)
        try:
            restored = restore_backup(store, backup)
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"--restore: {args.restore!r} is not a backup written by reextract ({exc})") from None
        finally:
            store.close()
        out.write(f"{restored} articles restored from {backup}\n")
        return 0
    if args.backup and Path(args.backup).exists():
        raise UsageError(f"--backup: {args.backup!r} exists already (choose a new file)")
    store = _existing_store(args.db, readonly=args.dry_run)
    try:
        report = reextract(store, dry_run=args.dry_run, backup=Path(args.backup) if args.backup else None,
                           budget=budget, version=extractor_version())
    finally:
        store.close()
    for change in report.changes:
        if change.changed or change.kept:
            out.write(change.line() + "\n")
    out.write(report.summary() + "\n")
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from conflict_timeline import export
    from conflict_timeline.incidents import label_reports

    store = _existing_store(args.db)
    try:
        frame = store.events_frame(merged=not args.raw)
        articles = store.articles_frame()
        urls = dict(zip(articles["article_id"], articles["url"].fillna(""), strict=True))
        titles = dict(zip(articles["article_id"], articles["title"].fillna(""), strict=True))
    finally:
        store.close()
    frame = export.with_articles(label_reports(frame), urls, titles)
    writer = export.to_acled_csv if args.format == "acled-csv" else export.to_jsonl
    if args.out:
        try:
            writer(frame, args.out)
        except OSError as exc:
            raise UsageError(f"--out: cannot write {args.out!r} ({exc.strerror or exc})") from None
        err.write(f"{len(frame)} events written to {args.out}\n")
    elif args.format == "acled-csv":
        export.to_acled_csv(frame, out, bom=False)  # a byte-order mark only at the start of a file
    else:
        writer(frame, out)
    return 0


def cmd_stats(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    store = _existing_store(args.db)
    try:
        counts = store.counts()
        frame = store.events_frame()
    finally:
        store.close()
    covered = counts["articles_with_events"]
    total = counts["articles"]
    share = f"{100 * covered / total:.0f}%" if total else "n/a"
    out.write(f"articles: {total} ({covered} with events, {share})\n")
    out.write(f"events: {counts['events']} reports, {len(frame)} after merging\n")
    out.write("by type:\n")
    for name, n in frame["event_type"].value_counts().items():
        if n:
            out.write(f"  {name}: {n}\n")
    out.write("by actor:\n")
    actors = frame["actor"].astype(object).replace("", "(none)").value_counts()
    for name, n in actors.head(20).items():
        out.write(f"  {name}: {n}\n")
    return 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None,
         stdin: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    stdin = stdin or sys.stdin
    args = _parser().parse_args(argv)
    from conflict_timeline.errors import InputError, StoreError

    try:
        if args.command == "extract":
            return cmd_extract(args, out, err)
        if args.command == "dates":
            return cmd_dates(args, out, err, stdin)
        if args.command == "ingest":
            return cmd_ingest(args, out, err)
        if args.command == "export":
            return cmd_export(args, out, err)
        if args.command == "reextract":
            return cmd_reextract(args, out, err)
        if args.command == "editor-password":
            return cmd_editor_password(args, out, err, stdin)
        return cmd_stats(args, out, err)
    except UsageError as exc:
        err.write(f"error: {exc}\n")
        return 2
    except (StoreError, InputError) as exc:
        err.write(f"error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return 130
    except BrokenPipeError:
        # output piped into `head` and the like: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
