"""Raw files to Article records: decoding, page furniture, aggregator pages split into articles.

Supported inputs: `.txt`, `.md`, `.html`/`.htm` (each `<article>` element an article), `.json` (an
object or a list of objects), `.jsonl` and `.csv` (columns title, text, published, source, url, tags;
`,`, `;` or tab separated), in UTF-8, UTF-16 or Windows-1256, at most 5 MB. A plain page may hold
several articles (an aggregator page): each starts with a title line, then an optional publication
line, the body, "read also" headlines (one, or a list of short lines that do not end as sentences
do), a source line and a tags line; the labels are data (data/text/page_markers.csv).
`Article.body` is exactly the text the extractor sees: the body paragraphs joined by "\\n"; event
offsets point into it. Anything that cannot be read raises InputError: one line, path and reason.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from conflict_timeline.decoding import decode
from conflict_timeline.errors import InputError
from conflict_timeline.html_pages import _html_page
from conflict_timeline.page_lines import _is_byline, _is_headline, _is_title, _unwrap
from conflict_timeline.page_markers import (
    _FURNITURE_PREFIX_RE,
    _PUBLISHED_RE,
    _READ_ALSO_RE,
    _SOURCE_RE,
    _TAGS_RE,
    _TIME_RE,
    MARKERS_CSV,
    _after_label,
    _clean_line,
    _source_value,
    _split_tags,
    is_clock,
    is_furniture,
    parse_date,
)
from conflict_timeline.records import _read_csv, _read_json, _read_jsonl, _record_source
from conflict_timeline.schema import Article
from conflict_timeline.text.arabic import is_arabic, normalize

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".csv"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

# ---------------------------------------------------------------------------------------------
# Bytes to text


def _check_file(path: Path) -> int:
    """The size of a regular file, or an InputError saying why it is not one."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory")
    return info.st_size


def read_bytes(path: Path) -> bytes:
    """The bytes of a file of at most MAX_BYTES."""
    size = _check_file(path)
    if size > MAX_BYTES:
        raise InputError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB ({size} bytes)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


# ---------------------------------------------------------------------------------------------
# Lines to articles


@dataclass
class _Draft:
    title: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""
    tags: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    after_read_also: bool = False  # opened by a "read also" label after the footer of the one before


@lru_cache(maxsize=4096)
def _publication(line: str) -> tuple[bool, date | None]:
    """(is a publication line, its date); cached, as split_lines asks it again of the lines ahead."""
    norm = normalize(line)
    m = _PUBLISHED_RE.match(norm)
    if not m:
        return False, None
    labelled = bool(re.search(r"[:|：]", m.group("sep")))
    if labelled:
        value = _after_label(line)
    else:
        label_words = len(norm[: m.start("sep")].split())
        value = " ".join(line.split()[label_words:])
    if not labelled and not is_clock(value):
        return False, None  # "Posted on 5 January 2024, the troops ..." is a sentence, not a label
    parsed = parse_date(value)
    if parsed is not None:
        return True, parsed
    return labelled, None


def _is_footer(line: str) -> bool:
    norm = normalize(line)
    return bool(_SOURCE_RE.match(norm) or _TAGS_RE.match(norm) or _READ_ALSO_RE.match(norm))


_MENU_RUN = 4  # this many lines in a row of one or two words each: a site's menu
_MENU_WORDS = 2


def _drop_menus(lines: list[str]) -> list[str]:
    """A run of one- and two-word lines with no digit and no sentence mark (أخبار / رياضة / فن /
    سياسة, Home / World / Sport) is the site's navigation, not a headline to join to the text."""

    def menu_like(line: str) -> bool:
        return (len(line.split()) <= _MENU_WORDS and not any(ch.isdigit() for ch in line)
                and not line.rstrip().endswith((".", "؟", "?", "!", ":")))

    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and menu_like(lines[j]):
            j += 1
        if j - i >= _MENU_RUN:
            i = j  # the whole run is navigation
            continue
        out.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return out


def split_lines(lines: Iterable[str]) -> list[_Draft]:
    """Split the lines of a page into article drafts (see the module docstring for the layout)."""
    cleaned = _drop_menus([c for c in (_clean_line(line) for line in lines) if c])
    kept = []
    stamp = None  # a date and time right under the page's title: when it was published
    for n, line in enumerate(cleaned):
        if _publication(line)[0]:
            kept.append(line)
        elif (n == 1 and is_clock(line) and _TIME_RE.search(line) and not is_clock(cleaned[0]) and _is_title(cleaned[0])
              and len(cleaned[0].split()) >= 4):
            stamp = parse_date(line)  # ("30.05.2022 | 22:22" under the headline; a clock above it is the site's)
        elif is_furniture(line):
            # a "breaking:" headline followed by its publication line is a title, not a ticker
            if _FURNITURE_PREFIX_RE.match(normalize(line)) and n + 1 < len(cleaned) and _publication(cleaned[n + 1])[0]:
                kept.append(line)
        else:
            kept.append(line)
    cleaned = kept
    drafts: list[_Draft] = []
    cur = _Draft()
    state = "title"  # title -> body -> footer (source and tags lines)

    def finish() -> None:
        nonlocal cur
        if cur.title or cur.body:
            drafts.append(cur)
        cur = _Draft()

    i = 0
    while i < len(cleaned):
        line = cleaned[i]
        norm = normalize(line)
        nxt = cleaned[i + 1] if i + 1 < len(cleaned) else None
        after = cleaned[i + 2] if i + 2 < len(cleaned) else None
        i += 1
        read_also = _READ_ALSO_RE.match(norm)
        if read_also and (not read_also.group("rest") or re.search(r"[:：]", line)):
            rest = _after_label(line) if read_also.group("rest") else ""
            if state == "footer":
                # after the source and tags lines, "read also" introduces the next article
                finish()
                state = "title"
                cur.after_read_also = True
                if rest:
                    cur.title, state = rest, "body"
            elif rest:
                cur.related.append(rest)
            elif nxt is not None:
                if after is not None and _publication(after)[0]:
                    finish()  # the headline is the title of a new, dated article
                    state = "title"
                else:
                    cur.related.append(nxt)
                    i += 1
                    # a list of headlines: more headline-like lines, up to the body text (or a title)
                    while (i < len(cleaned) and _is_headline(cleaned[i]) and not _is_marker(cleaned[i])
                           and not (i + 1 < len(cleaned) and _publication(cleaned[i + 1])[0])):
                        cur.related.append(cleaned[i])
                        i += 1
            continue
        is_pub, published = _publication(line)
        if is_pub:
            if cur.body and not cur.published and cur.title and all(_is_byline(b) for b in cur.body):
                # "Agency and wires / City" under a title, then the date: bylines, not a new article
                cur.body.clear()
            if cur.body and (cur.published is not None or (nxt is not None and not _is_footer(nxt))):
                # a new article without a marker: the previous line was its title
                title = cur.body.pop()
                finish()
                cur.title = title
                state = "body"
            if cur.published is None:
                cur.published = published
            continue
        if state != "title" and _SOURCE_RE.match(norm):
            cur.source = cur.source or _source_value(_after_label(line))
            state = "footer" if cur.body else state  # a source line under the title is not a footer
            continue
        if state != "title" and _TAGS_RE.match(norm):
            cur.tags.extend(_split_tags(_after_label(line)))
            state = "footer" if cur.body else state
            continue
        if state == "title":
            if is_clock(line):
                continue  # a header clock before the title is not a publication date
            state = "body"
            if _is_title(line):
                cur.title = line
                continue
            # a paragraph is not a headline: the page starts with its body
        if state == "footer":
            finish()  # text after the footer: a new article, this line its title
            cur.title = line
            state = "body"
            continue
        cur.body.append(line)
    finish()
    if stamp is not None and drafts and drafts[0].published is None and drafts[0].title == cleaned[0]:
        drafts[0].published = stamp
    return _fold_headline_lists(drafts)


def _is_marker(line: str) -> bool:
    return _publication(line)[0] or _is_footer(line)


def _fold_headline_lists(drafts: list[_Draft]) -> list[_Draft]:
    """An "article" opened by a "read also" label after a footer and made only of headlines (no date,
    no source, no sentence) is the list of related headlines that ends the article before it: it goes
    to that article's `related`."""
    out: list[_Draft] = []
    for draft in drafts:
        headlines = [draft.title, *draft.body] if draft.title else draft.body
        if (out and draft.after_read_also and draft.published is None and not draft.source and not draft.tags
                and all(_is_headline(h) for h in headlines)):
            out[-1].related.extend([*draft.related, *headlines])
            continue
        out.append(draft)
    return out


def _language(text: str) -> str:
    return "ar" if is_arabic(text) else "en"


def _to_articles(drafts: list[_Draft], path: Path, published: date | None, page: _Draft | None = None
                 ) -> list[Article]:
    """Articles of the drafts with a body. `page` holds what the page itself says (an HTML meta date,
    Markdown front matter): it fills what the first article leaves empty, never a later one."""
    out: list[Article] = []
    if drafts and not any(d.body for d in drafts) and drafts[0].title:
        # a page of one line: that line is the text, not only its title
        drafts = [_Draft(title="", published=drafts[0].published, source=drafts[0].source, url=drafts[0].url,
                         tags=drafts[0].tags, related=drafts[0].related, body=[drafts[0].title]), *drafts[1:]]
    for draft in drafts:
        if draft.title:
            # the title repeated at the head of the text is the title, not a sentence of it
            draft.body = [b for b in draft.body if normalize(b) != normalize(draft.title)]
        if not draft.body:
            continue
        body = "\n".join(_unwrap(draft.body))
        if page is not None and not out:
            draft = _Draft(title=draft.title, published=draft.published or page.published,
                           source=draft.source or page.source, url=draft.url or page.url,
                           tags=draft.tags or page.tags, related=draft.related, body=draft.body)
        out.append(
            Article(
                article_id=Article.make_id(draft.title, body),
                title=draft.title,
                body=body,
                published=draft.published or published,
                source=draft.source,
                url=draft.url,
                tags=tuple(draft.tags),
                related=tuple(draft.related),
                language=_language(f"{draft.title}\n{body}"),
                path=str(path),
                index=len(out),
            )
        )
    if not out:
        raise InputError(path, "no article text found")
    return out


# ---------------------------------------------------------------------------------------------
# Markdown


_MD_FRONT_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def _markdown_lines(text: str) -> tuple[list[str], dict[str, str]]:
    meta: dict[str, str] = {}
    m = _MD_FRONT_RE.match(text)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end() :]
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    lines = []
    for line in text.splitlines():
        if re.fullmatch(r"\s*([-*_]\s*){3,}", line):
            continue
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", "", line)
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", line)
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"(\*\*|__|\*|`)", "", line)
        lines.append(line)
    return lines, meta


# ---------------------------------------------------------------------------------------------
# Public API


def parse_text(text: str, path: str | Path = "<text>", published: date | None = None,
               suffix: str = ".txt") -> list[Article]:
    """Articles from already-decoded text of the given kind (suffix)."""
    path = Path(path)
    suffix = suffix.lower()
    if suffix == ".json":
        return _read_json(text, path, published)
    if suffix == ".jsonl":
        return _read_jsonl(text, path, published)
    if suffix == ".csv":
        return _read_csv(text, path, published)
    page = None
    if suffix in HTML_SUFFIXES:
        groups, page_published = _html_page(text)
        drafts: list[_Draft] = []
        for lines, published_at in groups:  # one <article> element is never merged with the next
            found = split_lines(lines)
            if found and found[0].published is None:
                # a publication line in the text, then the page's meta date (first article only), then <time>
                found[0].published = (None if drafts else page_published) or published_at
            drafts.extend(found)
        return _to_articles(drafts, path, published)
    if suffix == ".md":
        lines, meta = _markdown_lines(text)
        page = _Draft(published=parse_date(meta.get("published") or meta.get("date") or ""),
                      source=_record_source(meta.get("source", "")), url=meta.get("url", ""),
                      tags=_split_tags(meta.get("tags", "").strip("[]")))
        if meta.get("title"):
            lines.insert(0, meta["title"])
    else:
        lines = text.splitlines()
    return _to_articles(split_lines(lines), path, published, page)


def read_file(path: Path, published: date | None = None) -> list[Article]:
    """Articles of one file; `published` fills articles that carry no publication date.

    Raises InputError (one line: path and reason) for anything that cannot be read.
    """
    path = Path(path)
    _check_file(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(path, f"unsupported file type {suffix or '(none)'!r}")
    text = decode(read_bytes(path), path)
    return parse_text(text, path, published, suffix)


def list_files(paths: Iterable[str | Path], errors: list[tuple[str, str]] | None = None) -> list[Path]:
    """Files named, and supported files inside named folders (recursively, sorted, hidden skipped).

    A folder that cannot be read (no permission, removed meanwhile) is a failure naming it: appended to
    `errors` as (folder, reason) when given, else raised as InputError. It is never skipped silently.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            out.append(p)
            continue
        problems: list[OSError] = []
        found = []
        for folder, subfolders, names in os.walk(p, onerror=problems.append):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            found.extend(Path(folder) / n for n in names
                         if not n.startswith(".") and Path(n).suffix.lower() in SUPPORTED_SUFFIXES
                         and (Path(folder) / n).is_file())
        out.extend(sorted(found))
        for exc in problems:
            where = exc.filename or p
            failure = InputError(where, f"cannot read the folder ({exc.strerror or exc})")
            if errors is None:
                raise failure
            errors.append((failure.path, failure.reason))
    return out


def read_paths(
    paths: Iterable[str | Path], published: date | None = None
) -> Iterator[tuple[Path, list[Article] | InputError]]:
    """For each file (folders walked), its articles or the InputError that explains why not."""
    for path in list_files(paths):
        try:
            yield path, read_file(path, published)
        except InputError as exc:
            yield path, exc


__all__ = [
    "MARKERS_CSV",
    "SUPPORTED_SUFFIXES",
    "decode",
    "is_clock",
    "is_furniture",
    "list_files",
    "parse_date",
    "parse_text",
    "read_file",
    "read_paths",
]
