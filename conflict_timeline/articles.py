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

import csv
import io
import json
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from conflict_timeline.errors import InputError
from conflict_timeline.schema import LANGUAGES, Article
from conflict_timeline.text.arabic import is_arabic, normalize
from conflict_timeline.text.dates import DATA_DIR, find_dates, parse_publication_date
from conflict_timeline.text.patterns import trie_regex

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".csv"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

# ---------------------------------------------------------------------------------------------
# Page structure markers: the labels and words are data (data/text/page_markers.csv); this module
# holds the grammar that places them. They are matched on normalized text (see text.arabic.normalize),
# so the spelling variants اقرأ/إقرأ/اقرا, أيضا/أيضاً and upper/lower case English are all one marker.

MARKERS_CSV = DATA_DIR / "page_markers.csv"


def _load_markers(path: Path = MARKERS_CSV) -> dict[str, tuple[str, ...]]:
    """kind -> its markers as written (page_markers.csv: kind, markers separated by `|`, note)."""
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            markers = tuple(m.strip() for m in row["markers"].split("|") if m.strip())
            out[row["kind"]] = out.get(row["kind"], ()) + markers
    return out


_MARKERS = _load_markers()


def page_markers(kind: str) -> tuple[str, ...]:
    """The markers of one kind as written in page_markers.csv (empty when the kind is absent)."""
    return _MARKERS.get(kind, ())


def _marker_re(kind: str) -> str:
    """A regex matching any marker of `kind` in normalized text."""
    return trie_regex(sorted({normalize(m) for m in _MARKERS[kind]}))


_PUBLISHED_RE = re.compile(rf"^(?:{_marker_re('published')})(?P<sep>\s*[:|：]\s*|\s+)(?P<value>.+)$")
_READ_ALSO_RE = re.compile(rf"^(?:{_marker_re('read_also')})\s*[:：]?\s*(?P<rest>.*)$")
_SOURCE_RE = re.compile(rf"^(?:{_marker_re('source')})\s*[:|：]\s*(?P<value>.+)$")
# a source label repeated inside the value, in the original text (`... + واعالمصدر: الخليج الجديد`)
_SOURCE_LABEL_RE = re.compile(rf"(?:{trie_regex(sorted(set(_MARKERS['source'])))})\s*[:|：]", re.IGNORECASE)
_TAGS_RE = re.compile(rf"^(?:{_marker_re('tags')})\s*[:：]\s*(?P<value>.+)$")
_TAG_SPLIT_RE = re.compile(r"\s*[,;|#]\s*")

# Words that make up share bars, follow buttons and similar furniture (normalized forms).
_OPEN_END = frozenset(normalize(w) for w in _MARKERS["open_end"])
_FURNITURE_WORDS = frozenset(normalize(w) for w in _MARKERS["share_word"])
_FURNITURE_TRIGGERS = frozenset(normalize(w) for w in _MARKERS["share_trigger"])
_FURNITURE_PREFIX_RE = re.compile(rf"^(?:{_marker_re('ticker')})\s*(?:[:|\-–—]|$)")
_COPYRIGHT_RE = re.compile(rf"{_marker_re('copyright')}|\(c\)\s*\d{{4}}|^copyright\b")
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b")
_WORD_RE = re.compile(r"\S+")
_PUNCT_STRIP = " \t|•·-–—/:،,.!؟?()[]{}\"'«»"


# ---------------------------------------------------------------------------------------------
# Publication dates


def parse_date(text: str) -> date | None:
    """A publication date from a label value, ISO first, then `text.dates.parse_publication_date`."""
    text = text.strip()
    if not text:
        return None
    iso = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])", text)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    try:
        return parse_publication_date(text)
    except (ValueError, TypeError, OverflowError):
        return None


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


def _arabic_ratio(text: str) -> float:
    """Share of Arabic-block characters among the non-ASCII ones (ASCII decodes the same anyway)."""
    high = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not high:
        return 0.0
    return sum(1 for c in high if "\u0600" <= c <= "\u06ff") / len(high)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte order mark: every NUL byte on the same side of its pair (the
    high byte of ASCII characters), and printable text once decoded. None for anything else."""
    if len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    if odd and even:
        return None
    try:
        text = data.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None
    if any(not c.isprintable() and not c.isspace() for c in text):
        return None
    return text


def decode(data: bytes, path: str | Path = "<input>") -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 (with or without BOM), or Windows-1256 Arabic."""
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"undecodable UTF-16 text at byte {exc.start}") from None
    elif b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(path, "binary file (NUL bytes)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1256")
            except UnicodeDecodeError:
                text = ""
            if not text or _arabic_ratio(text) < 0.8:
                raise InputError(
                    path, f"undecodable text (not UTF-8 at byte {exc.start}, not Windows-1256 Arabic)"
                ) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(path, "empty file")
    return text


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


def _clean_line(line: str) -> str:
    return " ".join(line.replace("\u200b", "").replace("\ufeff", "").split())


def is_furniture(line: str) -> bool:
    """Share bars, follow buttons, hashtag lines, tickers, copyright lines, clocks: never body text."""
    norm = normalize(line)
    if _COPYRIGHT_RE.search(norm) or _FURNITURE_PREFIX_RE.match(norm):
        return True
    if all(w.startswith("#") for w in norm.split()):
        return True  # a line of hashtags
    words = [w.strip(_PUNCT_STRIP) for w in norm.split()]
    words = [w for w in words if w]
    if not words:
        return True  # only punctuation or separators
    if len(words) <= 8 and all(w in _FURNITURE_WORDS for w in words) and _FURNITURE_TRIGGERS & set(words):
        return True
    return is_clock(line)


def _date_spans(line: str) -> list[tuple[int, int]]:
    try:
        return [tuple(d.span) for d in find_dates(line, None)]
    except Exception:  # a clock check must never fail the file
        return []


def is_clock(line: str) -> bool:
    """A short line that is only a date and/or a time (a site clock or dateline, not a sentence):
    at most one word (a label such as GMT or الساعة) is left once dates and times are taken out."""
    words = _WORD_RE.findall(line)
    if not words or len(words) > 10 or not re.search(r"\d|[\u0660-\u0669]", line):
        return False
    spans = [m.span() for m in _TIME_RE.finditer(line)] + _date_spans(line)
    if not spans:
        return False
    rest = list(line)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    leftover = [w for w in "".join(rest).split() if any(c.isalpha() for c in w)]
    return len(leftover) <= 1


def _split_tags(value: str) -> list[str]:
    parts = [p.strip() for p in _TAG_SPLIT_RE.split(value.replace("،", ","))]
    return [p for p in parts if p]


def _source_value(value: str) -> str:
    """`الخليج الجديد + واعالمصدر: الخليج الجديد` -> `الخليج الجديد + واع` (a repeated label is cut)."""
    parts = [p.strip(" |:") for p in _SOURCE_LABEL_RE.split(value)]
    parts = [p for p in parts if p]
    return parts[0] if parts else value.strip()


def _after_label(line: str) -> str:
    """The text after the first `:` or `|` of a labelled line."""
    cut = [i for i in (line.find(":"), line.find("|"), line.find("：")) if i >= 0]
    return line[min(cut) + 1 :].strip() if cut else line


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


def split_lines(lines: Iterable[str]) -> list[_Draft]:
    """Split the lines of a page into article drafts (see the module docstring for the layout)."""
    cleaned = [c for c in (_clean_line(line) for line in lines) if c]
    kept = []
    for n, line in enumerate(cleaned):
        if _publication(line)[0]:
            kept.append(line)
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
    return _fold_headline_lists(drafts)


_SENTENCE_END = tuple('.!?؟…:;"»”\'')


def _is_headline(line: str) -> bool:
    """A short line that does not end as a sentence does: a headline or a subheading, not body text."""
    return len(line.split()) <= 16 and not line.rstrip().endswith(_SENTENCE_END)


def _unwrap(lines: list[str]) -> list[str]:
    """Text wrapped at a fixed width (short lines that stop mid-sentence) back to its paragraphs:
    lines are joined until one ends as a sentence does. Only when most lines stop mid-sentence and
    lines are short; a page of one paragraph per line is left as it is."""
    if len(lines) < 4:
        return lines
    open_ = sum(1 for line in lines[:-1] if not line.rstrip().endswith(_SENTENCE_END))
    words = sum(len(line.split()) for line in lines) / len(lines)
    if open_ < 0.6 * (len(lines) - 1) or words > 12:
        return lines
    out: list[str] = []
    cur: list[str] = []
    for line in lines:
        cur.append(line.strip())
        if line.rstrip().endswith(_SENTENCE_END):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def _is_byline(line: str) -> bool:
    """A line of one to four words without a full stop: a byline, an agency or a city."""
    return len(line.split()) <= 4 and not line.rstrip().endswith(('.', ':', ';'))


def _is_title(line: str) -> bool:
    """A page's first line is its title when it reads as one: short, and not closed by a full stop
    (a question or an exclamation may close a headline)."""
    words = line.split()
    return (len(words) <= 20 and not line.rstrip().endswith(('.', ':', ';', '؛'))
            and normalize(words[-1]) not in _OPEN_END)


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
# HTML

_SKIP_TAGS = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
                        "svg", "iframe", "template", "select", "menu"})
_SKIP_CLASS_WORDS = frozenset({"share", "sharing", "social", "clock", "ticker", "breadcrumb", "breadcrumbs",
                               "menu", "navbar", "nav", "cookie", "cookies", "advert", "ad", "ads", "banner",
                               "newsletter", "comments", "sidebar", "header", "footer", "toolbar", "related",
                               "recommended", "trending", "popular", "promo", "subscribe"})
_BYLINE_CLASS_WORDS = frozenset({"byline", "author", "authors", "dateline"})
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                         "blockquote", "br", "tr", "td", "figcaption", "pre", "dd", "dt", "table", "ul", "ol"})
_VOID_TAGS = frozenset({"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col",
                        "embed", "param", "track"})


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool | str]] = []  # (tag, skipped: True, "byline" or False)
        self.blocks: list[tuple[str, str, int]] = []  # (tag, text, number of its <article> or 0)
        self.buffer: list[tuple[str, bool]] = []  # (text, inside a <time> element)
        self.block_tag = ""
        self.doc_title = ""
        self.in_title = False
        self.h1 = ""
        self.meta_date = ""
        self.article_no = 0  # <article> elements seen (nested ones count with their parent)
        self.time_dates: dict[int, str] = {}  # the first <time datetime> of each <article>

    @property
    def skipping(self) -> bool:
        return any(flag for _, flag in self.stack)

    @property
    def hard_skipping(self) -> bool:
        """Inside an element skipped as a whole (a byline is skipped for its text only)."""
        return any(flag is True for _, flag in self.stack)

    @property
    def in_article(self) -> bool:
        return any(tag == "article" for tag, _ in self.stack)

    @property
    def in_time(self) -> bool:
        return any(tag == "time" for tag, _ in self.stack)

    def _flush(self) -> None:
        text = " ".join("".join(t for t, _ in self.buffer).split())
        only_time = all(is_time or not t.strip() for t, is_time in self.buffer)
        if text and not only_time:  # a block holding only a <time> is a dateline, not body text
            self.blocks.append((self.block_tag or "p", text, self.article_no if self.in_article else 0))
        self.buffer = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in ("article:published_time", "date", "datepublished", "pubdate") and not self.meta_date:
                self.meta_date = a.get("content", "")
            return
        if tag == "title":
            self.in_title = True
            return
        words = set(re.split(r"[\s_\-]+", f"{a.get('class', '')} {a.get('id', '')}".lower()))
        skip: bool | str = tag in _SKIP_TAGS or bool(words & _SKIP_CLASS_WORDS)
        if not skip and words & _BYLINE_CLASS_WORDS:
            skip = "byline"  # its text is not body text, its <time> is the article's date
        if tag == "time" and not self.hard_skipping and skip is not True and self.in_article:
            self.time_dates.setdefault(self.article_no, a.get("datetime", ""))
        if tag in _BLOCK_TAGS:
            self._flush()
            self.block_tag = tag
        if tag == "article" and not self.in_article:
            self.article_no += 1
        if tag not in _VOID_TAGS:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            self.block_tag = ""
        if any(t == tag for t, _ in self.stack):
            while self.stack:
                top, _ = self.stack.pop()
                if top == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.doc_title += data
            return
        if self.skipping:
            return
        self.buffer.append((data, self.in_time))

    def close(self) -> None:
        super().close()
        self._flush()


def _html_page(text: str) -> tuple[list[tuple[list[str], date | None]], date | None]:
    """The lines and `<time>` date of each `<article>` element (or of the whole page when it has none),
    and the page's own publication date (its meta tag). Each group starts with its heading."""
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    if any(no for _, _, no in parser.blocks):
        numbers = sorted({no for _, _, no in parser.blocks if no})
    else:
        numbers = [0]
    groups = []
    for no in numbers:
        blocks = [(tag, t) for tag, t, n in parser.blocks if n == no]
        heading = next((tag for tag in ("h1", "h2", "h3") if any(b[0] == tag for b in blocks)), "")
        title = next((t for tag, t in blocks if tag == heading), "") if heading else ""
        lines = [t for tag, t in blocks if not (tag == heading and t == title)]
        if not title and not groups:
            title = " ".join(parser.doc_title.split()).split(" | ")[0].strip()
        if title:
            lines.insert(0, title)
        groups.append((lines, parse_date(parser.time_dates.get(no, ""))))
    return groups, parse_date(parser.meta_date)


# ---------------------------------------------------------------------------------------------
# Records (JSON, JSON Lines, CSV)


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


def list_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and supported files inside named folders (recursively, sorted, hidden skipped)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = [
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            ]
            out.extend(sorted(found))
        else:
            out.append(p)
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
