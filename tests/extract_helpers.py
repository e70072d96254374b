"""Sentences written for the extractor's tests: an article around a body, its events, its strikes."""

from datetime import date

from conflict_timeline.extract import extract_events
from conflict_timeline.schema import Article, Event

PUB = date(2024, 2, 6)  # a Tuesday
UNNAMED_IQ = "Unidentified Armed Group (Iraq)"  # an attacker no telling names, in Iraq


def art(body: str, published: date | None = PUB, title: str = "") -> Article:
    return Article(article_id=Article.make_id(title, body), title=title, body=body, published=published,
                   language="en" if body.isascii() else "ar")


def events(body: str, published: date | None = PUB) -> list[Event]:
    return extract_events(art(body, published))


def violent(evs: list[Event]) -> list[Event]:
    return [e for e in evs if e.event_type in ("attack", "airstrike")]
