"""HTML pages to lines of text: each `<article>` element a group, navigation, share bars and scripts
left out, with the dates of `<time>` elements and of the page's metadata."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

from conflict_timeline.page_markers import parse_date

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
