"""Stage: the page as sentences to read, each marked when it is a headline.

A headline (the title repeated in the body, a subheading, a summary bullet) is a whole line that
is short and not closed by a full stop. Its event is the event its paragraph tells: the merge stage
folds it into that event, and keeps it alone only when the body tells it nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..page_markers import page_markers
from ..schema import Article
from ..text.arabic import normalize, sentences
from ..text.dates import find_dates
from ..text.patterns import prefiltered, trie_regex
from .rules import load_rules

# a headline has at most this many words
HEADLINE_WORDS = 18
# A dateline opens a paragraph: a place (and its region) and a dash, or an agency in brackets,
# before the text ("ERBIL, Kurdistan Region - ", "بغداد - ", "دمشق (رويترز) -"). It says where
# the report was filed, not where anything happened.
# (the dash or bar may stand glued to the place: "دمشق- ", "الأمة| ")
_DATELINE = re.compile(r"^(?:(?:[^\s\-–—_/|:.،,()]+(?:[ ,،]+|$|(?=[-–—_/|]))){1,4}(?:\([^)]{2,30}\)\s*)?[-–—_/|]|\([^)]{2,30}\)\s*[:\-–—])\s+(?=\S)")
_DATELINE_MARK = re.compile(r"[-–—_/|:]")  # (a dateline holds one of these)
_DIGITS = re.compile(r"\d")
_FULL_STOPS = (".", "\u06d4", ":", ";", "\u061b")


# An embedded tweet: its text ends with its picture link, and its byline (— Name (@handle) date)
# follows it. The byline is not text; the tweet repeats what the page reports (a headline's weight).
_TWEET_BYLINE = re.compile(r"^[—–-]\s[^\n]{0,80}?\(@\w+\)\s*(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4})?\s*")
_TWEET_TEXT = re.compile(r"pic\.twitter\.com/\S*\s*$|\bpic\.\s*$|https?://t\.co/\S*\s*$")


def _caption_markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(normalize(m) for m in page_markers("caption_start")),
            tuple(normalize(m) for m in page_markers("caption_end")))


_CAPTION_START, _CAPTION_END = _caption_markers()


# every caption marker holds one of these (a cheap test before normalizing the line)
_CAPTION_HINTS = ("pic", "photo", "file", "afp", "reuters", "getty", "epa", "(ap", "صور", "رشيف", "رويترز", "فرانس",
                  "أ ف ب")


# A wire photo caption, its credit cut off: the picture told in the present tense ("Smoke billows
# ...", "A soldier watches ...") and closed by the day it was taken ("in Mosul, Iraq, Wednesday,
# April 12, 2017"). A news sentence tells in the past and seldom ends on a full date.
_ENDS_ON_YEAR = re.compile(r"\d{4}\.?\s*$")
_PRESENT_SCENE = re.compile(rf"\b(?:{trie_regex(page_markers('caption_scene'))})\b")


def _ends_on_a_day(line: str) -> bool:
    """The line closes on a full date (day, month and year)."""
    tail = line.rstrip(" .")[-40:]
    return any(d.precision == "day" and d.start is not None and d.span[1] >= len(tail) - 1
               for d in find_dates(tail, None))


# a photographer's credit closing a line: "(Name/Agency)" or "/ Name/Agency"
_NAME = r"[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+)+"
_PHOTO_CREDIT = re.compile(rf"(?:\(\s*{_NAME}\s*/\s*[\w.'’\- ]{{2,40}}\)|\s/\s*{_NAME}\s*/[\w.'’\- ]{{2,40}}"
                           rf"|\b(?:Photograph|Photo|Picture|Image)s?:\s*{_NAME}(?:\s*/\s*[\w.'’\- ]{{2,40}})?"
                           # "(Air Force photo by Senior Airman Jane Roe)", "(Photo by John Doe)"
                           rf"|\((?i:[\w.' ]{{0,40}}\s)?(?i:photo|picture|image)\s+(?i:by|courtesy of)\s[^()]{{2,60}}\))\s*$")


# a wire credit closing a line with no full stop ("... near the border post AFP"), not the source of
# a sentence ("according to Reuters")
_BARE_CREDIT = prefiltered(re.compile(r"(?<!according to)(?<!told)(?<!said)(?<!citing)(?<!by)(?<!to)(?<!via)(?<!from)(?<!and)"
                                      r"(?<![.!?:,;\-–—|])\s(?:AFP|Reuters|EPA|AP|Getty Images|AFP via Getty Images|Anadolu Agency)\s*$"))


def is_caption(line: str) -> bool:
    """A photo caption: opened by "A picture shows", "صورة أرشيفية", or closed by a photo credit,
    or a wire caption (a scene in the present tense closed by the day of the picture)."""
    low = line.lower()
    if line.isascii() and _ENDS_ON_YEAR.search(line) and _PRESENT_SCENE.search(low) and _ends_on_a_day(line):
        return True
    if ("/" in line or ":" in line or "(" in line) and _PHOTO_CREDIT.search(line):
        return True  # "... on March 3, 2024. (Jane Roe/U.S. Air Force)", "... 2023. / Miriam Alster/Flash90"
    if not any(h in low for h in _CAPTION_HINTS):
        return False
    if _BARE_CREDIT.search(line.rstrip()):
        return True
    norm = normalize(line.strip())
    return norm.startswith(_CAPTION_START) or norm.rstrip(" .").endswith(_CAPTION_END)


@dataclass(frozen=True)
class PageSentence:
    text: str
    start: int  # offsets in the article body
    end: int
    headline: bool = False
    title: bool = False  # the article's title: read as a headline, its events point to no body span


def is_headline(line: str) -> bool:
    """A short line not closed by a full stop (a question or an exclamation may close it)."""
    line = line.strip().lstrip("-–—•*· ").strip()
    return bool(line) and not line.endswith(_FULL_STOPS) and len(line.split()) <= HEADLINE_WORDS


def page_sentences(article: Article) -> Iterator[PageSentence]:
    """The title, then the body's sentences with their offsets in the body; the title and a
    sentence that is a whole headline line are marked as headlines."""
    body = article.body
    if article.title.strip():
        yield PageSentence(article.title.strip(), 0, 0, headline=True, title=True)
    caption_line = (-1, False)
    lead: int | None = None  # where a speech verb and a colon alone begin ("وأضافت:"): what follows is its word
    for text, start, end in sentences(body):
        if lead is not None:
            # (joined to the words it opens, newlines kept as spaces so that offsets stay the body's)
            text, start, lead = body[lead:end].replace("\n", " "), lead, None
        elif text.rstrip().endswith(":") and len(text.split()) <= _LEAD_WORDS:
            lead = start
            continue
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", end)
        line_end = len(body) if line_end < 0 else line_end
        if line_start != caption_line[0]:
            caption_line = (line_start, is_caption(body[line_start:line_end]))
        if caption_line[1]:
            continue  # a photo caption tells the picture, not the events
        whole_line = not body[line_start:start].strip() and not body[end:line_end].strip()
        byline = _TWEET_BYLINE.match(text)
        if byline is not None:
            text, start = text[byline.end():], start + byline.end()
            if not text.strip():
                continue
        tweet = ("pic." in text or "t.co/" in text) and _TWEET_TEXT.search(text) is not None
        if (start == line_start or not body[line_start:start].strip()) and _DATELINE_MARK.search(text):
            for _ in range(2):  # "موسكو - (أ ف ب): ...": a place, then an agency
                m = _DATELINE.match(text)
                if m is None or len(m.group()) > 45 or len(text) - m.end() <= 40:
                    break
                text, start = text[m.end():], start + m.end()
        yield PageSentence(text, start, end, tweet or (whole_line and is_headline(text)))


# a sentence this short that ends with a colon opens the words on the next line
_LEAD_WORDS = 4


# a line this short that holds a full date is page furniture: a date line, a byline, a tweet's
# signature ("Monday 26 July 2021 - 01:57 PM", "— Name (@handle) December 8, 2023")
_FURNITURE_WORDS = 12


# a photo credited to an army, a file or an archive: an old picture, whatever it shows
_ARCHIVE_PHOTO = re.compile(r"\b(?:army|navy|air force|marine corps|defen[cs]e department|DoD|military|file|archive)\s+(?:photo|image|picture)"
                            r"|\b(?:file|archive) (?:photo|picture)|صوره? ارشيفيه|صورة أرشيفية|أرشيفية|ارشيفيه|\(أرشيف\)", re.IGNORECASE)


def page_reference_date(article: Article, day_first: bool | None = None) -> date | None:
    """The day a page without a publication date speaks from: the latest full date (day, month
    and year written out) on its furniture lines (date lines, bylines, tweet signatures), else the
    latest full date in its text, else in its photo captions (a caption dates its photo, often an
    archive one). None when the page writes no full date.

    A report is written on or after every day it dates in full; its furniture dates it, while the
    text may name a day to come ("by 31 December") only when no furniture does."""
    furniture: list[date] = []
    anywhere: list[date] = []
    photos: list[date] = []  # a caption dates its photo, often an archive one: the last resort
    periods: list[date] = []  # the ends of the months and years the text names outright
    for line in article.body.splitlines():
        if not _DIGITS.search(line):
            continue
        found_here = find_dates(line, None, day_first=day_first)
        periods.extend(d.end for d in found_here if d.precision in ("month", "season") and d.end is not None
                       and not d.relative)
        days = [d.start for d in found_here if d.precision == "day" and d.start is not None and d.start == d.end]
        if not days:
            continue
        if is_caption(line):
            if load_rules().trigger_re.search(normalize(line)) and not _ARCHIVE_PHOTO.search(line):
                photos.extend(days)  # (a portrait or an archive picture that tells no news dates nothing)
            continue
        anywhere.extend(days)
        if len(line.split()) <= _FURNITURE_WORDS or _TWEET_BYLINE.match(line.strip()):
            furniture.extend(days)
    found = furniture or anywhere or photos
    if not found:
        return None
    day = max(found)
    if not furniture and periods and max(periods) > day:
        return None  # "the 7 October 2023 attacks ... in December 2024": the text is later than its last full date
    return day
