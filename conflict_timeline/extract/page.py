"""Stage: the page as sentences to read."""

from __future__ import annotations

from collections.abc import Iterator

from ..schema import Article
from ..text.arabic import sentences


def page_sentences(article: Article) -> Iterator[tuple[str, int, int]]:
    """The body's sentences with their offsets in the body."""
    yield from sentences(article.body)
