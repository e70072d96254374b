"""Records to articles: JSON (an object or a list), JSON Lines and CSV files of articles."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from conflict_timeline.errors import InputError
from conflict_timeline.page_markers import (
    _SOURCE_RE,
    _after_label,
    _clean_line,
    _source_value,
    _split_tags,
    is_furniture,
    parse_date,
)
from conflict_timeline.schema import LANGUAGES, Article
from conflict_timeline.text.arabic import is_arabic, normalize


def _language(text: str) -> str:
    return "ar" if is_arabic(text) else "en"


def _record_source(value: str) -> str:
    value = value.strip()
    if _SOURCE_RE.match(normalize(value)):
        return _source_value(_after_label(value))
    return value


def _record_list(value: object, split) -> tuple[str, ...]:
    """Tags or related headlines of a record: a list, or one string cut by `split` (anything else is one item)."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        items: list = split(value)
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        items = [value]
    return tuple(text for text in (_clean_line(str(item)) for item in items if item is not None) if text)


def _record_language(value: object, text: str) -> str:
    """The record's language when it is one of ours (`ar`, `en`), else the one its text is written in."""
    code = str(value or "").strip().lower()
    return code if code in LANGUAGES else _language(text)


def _json_value(text: str, path: Path, line: int | None = None) -> object:
    """One parsed JSON document; every way it can fail is an InputError naming the line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = line if line is not None else exc.lineno
        raise InputError(path, f"invalid JSON at line {where} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(path, f"invalid JSON{'' if line is None else f' at line {line}'}: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer longer than Python converts
        raise InputError(path, f"invalid JSON{'' if line is None else f' at line {line}'}: {exc}") from None


def _record_article(record: object, path: Path, where: str, index: int, published: date | None) -> Article:
    if not isinstance(record, dict):
        raise InputError(path, f"{where}: expected a JSON object, got {type(record).__name__}")
    text = record.get("text") or record.get("body") or ""
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, f"{where}: record has no text")
    title = str(record.get("title") or "").strip()
    body = "\n".join(c for c in (_clean_line(line) for line in text.splitlines()) if c and not is_furniture(c))
    if not body:
        raise InputError(path, f"{where}: record has no text")
    if not title:
        first, _, rest = body.partition("\n")
        if rest:
            title, body = first, rest
    raw_date = record.get("published") or record.get("date") or ""
    when = parse_date(str(raw_date)) if raw_date else None
    if raw_date and when is None:
        raise InputError(path, f"{where}: published {raw_date!r} is not a date")
    tags = _record_list(record.get("tags"), _split_tags)
    related = _record_list(record.get("related"), str.splitlines)
    return Article(
        article_id=Article.make_id(title, body),
        title=title,
        body=body,
        published=when or published,
        source=_record_source(str(record.get("source") or "")),
        url=str(record.get("url") or "").strip(),
        tags=tags,
        related=related,
        language=_record_language(record.get("language"), f"{title}\n{body}"),
        path=str(path),
        index=index,
    )


def _read_json(text: str, path: Path, published: date | None) -> list[Article]:
    data = _json_value(text, path)
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputError(path, "JSON list holds no articles")
    where = "record {}" if isinstance(data, list) else "object"
    return [
        _record_article(rec, path, where.format(n + 1), n, published) for n, rec in enumerate(records)
    ]


def _read_jsonl(text: str, path: Path, published: date | None) -> list[Article]:
    out: list[Article] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        record = _json_value(line, path, lineno)
        out.append(_record_article(record, path, f"line {lineno}", len(out), published))
    if not out:
        raise InputError(path, "no records")
    return out


def _csv_delimiter(text: str) -> str:
    """`,`, or the `;` or tab of a spreadsheet export when only that one names a text column."""
    header = text.split("\n", 1)[0].lower()
    for delimiter in (",", ";", "\t"):
        if {"text", "body"} & {name.strip().strip('"') for name in header.split(delimiter)}:
            return delimiter
    return ","


def _read_csv(text: str, path: Path, published: date | None) -> list[Article]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_csv_delimiter(text), strict=True)
    out: list[Article] = []
    try:
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
        if "text" not in fields and "body" not in fields:
            raise InputError(path, "invalid CSV at line 1: no 'text' column")
        reader.fieldnames = fields
        for row in reader:
            if None in row:
                raise InputError(path, f"invalid CSV at line {reader.line_num}: more fields than columns")
            out.append(_record_article(row, path, f"line {reader.line_num}", len(out), published))
    except csv.Error as exc:
        raise InputError(path, f"invalid CSV at line {reader.line_num}: {exc}") from None
    if not out:
        raise InputError(path, "no records")
    return out
