"""Page structure markers and page furniture: the labels of publication, source, tags and "read also"
lines, share bars, tickers, copyright notices and clocks. The labels and words are data
(data/text/page_markers.csv); this module holds the grammar that places them.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from conflict_timeline.text.arabic import normalize
from conflict_timeline.text.dates import DATA_DIR, find_dates, parse_publication_date
from conflict_timeline.text.patterns import trie_regex

# Markers: the labels and words are data (data/text/page_markers.csv); this module
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
_OPEN_END = frozenset(normalize(w) for w in _MARKERS["open_end"])  # words a sentence cannot end on
_FURNITURE_WORDS = frozenset(normalize(w) for w in _MARKERS["share_word"])
_FURNITURE_TRIGGERS = frozenset(normalize(w) for w in _MARKERS["share_trigger"])
_FURNITURE_PREFIX_RE = re.compile(rf"^(?:{_marker_re('ticker')})\s*(?:[:|\-–—]|$)")
_COPYRIGHT_RE = re.compile(rf"{_marker_re('copyright')}|\(c\)\s*\d{{4}}|^copyright\b(?=\s*(?:©|\(c\)|\d{{4}}))")
COPYRIGHT_MAX_WORDS = 16  # a copyright notice is a short line; a longer one mentioning it is text
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b(?:\s*(?:ص|م|am|pm|a\.m\.|p\.m\.)(?!\w))?", re.IGNORECASE)
# clock labels: التوقيت, بتوقيت القاهرة (a time zone named by its city), GMT, local time
_CLOCK_LABEL_RE = re.compile(r"(?:ب?توقيت|بتوقيت)\s+\S+|(?:^|\s)(?:ال)?توقيت(?=\s|$)|\b(?:GMT|UTC|(?:[A-Z]\w+\s+|local\s+)?time)\b",
                             re.IGNORECASE)
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


_OBFUSCATION_RE = re.compile(r"\u0640+[.\u00b7\u2022]\u0640*|\u0640*[.\u00b7\u2022]\u0640+(?=[\u0600-\u06ff])")


# a breadcrumb trail before a title: short steps joined by », ›, > or / (two steps at least)
_BREADCRUMB_RE = re.compile(r"^\s*(?:[^»›>\n]{1,30}\s[»›>]\s){2,}")


def _clean_line(line: str) -> str:
    """Spaces tidied; zero-width characters and the dots some sites put inside Arabic words to foil
    filters (إطـ.ـلاق) removed, so that the word and the sentence stay whole."""
    line = _OBFUSCATION_RE.sub("", line.replace("\u200b", "").replace("\ufeff", ""))
    line = _BREADCRUMB_RE.sub("", line)  # الرئيسية » أخبار » title: the site's path, then the title
    return " ".join(line.split())


def is_copyright_notice(norm: str) -> bool:
    """A whole short line that is a copyright notice (normalized text): it holds a notice mark (©, "(c)
    2024", "all rights reserved" ...) and opens or closes with it, around at most a year and a name
    (`© 2024 Al Jazeera. All rights reserved.`, `جميع الحقوق محفوظة لموقع ...`, `Reuters © 2024`). A
    sentence that mentions one in its middle, or a long line, is text."""
    marks = list(_COPYRIGHT_RE.finditer(norm))
    if not marks or len(norm.split()) > COPYRIGHT_MAX_WORDS:
        return False
    before = norm[: marks[0].start()].strip(_PUNCT_STRIP + "0123456789")
    after = norm[marks[-1].end() :].strip(_PUNCT_STRIP + "0123456789")
    return not before or not after


def is_furniture(line: str) -> bool:
    """Share bars, follow buttons, hashtag lines, tickers, copyright lines, clocks: never body text."""
    norm = normalize(line)
    if is_copyright_notice(norm) or _FURNITURE_PREFIX_RE.match(norm):
        return True
    if all(w.startswith("#") for w in norm.split()):
        return True  # a line of hashtags
    words = [w.strip(_PUNCT_STRIP) for w in norm.split()]
    words = [w for w in words if w]
    if not words:
        return True  # only punctuation or separators
    if len(words) <= 8 and all(w in _FURNITURE_WORDS for w in words) and _FURNITURE_TRIGGERS & set(words):
        return True
    return is_clock(line) or is_stamped_headline(line)


# a time stamp a site prints after each headline of a story list ("... in SomaliaGMT 18:56 2018
# Wednesday ,03 January"), even glued to the headline's last word
_STAMP_RE = re.compile(r"(?:GMT|UTC)\s*\d{1,2}:\d{2}\b")


def is_stamped_headline(line: str) -> bool:
    """A headline of another story with the time stamp of a story list after it: a short line with
    no full stop before a stamp that ends it."""
    stamp = _STAMP_RE.search(line)
    if stamp is None or not is_clock(line[stamp.start():]):
        return False
    head = line[: stamp.start()].strip()
    return bool(head) and len(head.split()) <= 20 and not head.endswith((".", "!", "?", "؟"))


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
    spans += [m.span() for m in _CLOCK_LABEL_RE.finditer(line)]
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
