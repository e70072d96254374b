"""Records and vocabularies shared by every layer: articles, temporal values, events.

Vocabularies live here once; every other module imports them from here.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

EVENT_TYPES: tuple[str, ...] = (
    "attack",
    "airstrike",
    "deployment",
    "withdrawal",
    "troop_level",
    "denial",
    "statement",
    "agreement",
    "funding",
    "other",
)

# Finest first: the order is used to compare precisions.
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "year", "unknown")

STATUSES: tuple[str, ...] = ("reported", "claimed", "confirmed", "denied", "planned")

GEO_PRECISIONS: tuple[str, ...] = ("site", "city", "region", "country", "unknown")

LANGUAGES: tuple[str, ...] = ("ar", "en")


@dataclass(frozen=True)
class Article:
    """One news article, as read from a file (an aggregator page may hold several)."""

    article_id: str
    title: str
    body: str
    published: date | None = None
    source: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    language: str = "ar"
    path: str = ""
    index: int = 0  # position of the article inside its file

    @staticmethod
    def make_id(title: str, body: str) -> str:
        """A stable id from the content, so the same text always gets the same id."""
        digest = hashlib.sha1(f"{title}\n{body}".encode()).hexdigest()
        return digest[:16]


@dataclass
class Event:
    """One structured event and the evidence that says it (field names are a public contract)."""

    event_type: str
    article_id: str
    sentence: str
    span_start: int  # character offsets of the evidence sentence in Article.body
    span_end: int
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    date_text: str = ""
    actor: str = ""
    actor_ar: str = ""
    actor_group: str = ""  # the top of the actor's parent chain (US military -> United States)
    target: str = ""
    target_ar: str = ""
    location: str = ""
    location_ar: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    geo_precision: str = "unknown"
    troops: int | None = None
    fatalities: int | None = None
    injured: int | None = None
    amount_usd: float | None = None
    status: str = "reported"
    confidence: float = 0.5
    article_title: str = ""
    published: date | None = None
    source: str = ""
    language: str = "ar"
    denies: str = ""  # for a denial: the event_id of the report it denies, when found
    denied_by: str = ""  # for a report: the event_id of the denial that rejects it
    sources: int = 1  # how many articles report this event (after merging)
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if self.event_type not in EVENT_TYPES:
            raise ValueError(f"event_type {self.event_type!r} is not one of {EVENT_TYPES}")
        if self.date_precision not in PRECISIONS:
            raise ValueError(f"date_precision {self.date_precision!r} is not one of {PRECISIONS}")
        if self.status not in STATUSES:
            raise ValueError(f"status {self.status!r} is not one of {STATUSES}")
        if self.geo_precision not in GEO_PRECISIONS:
            raise ValueError(f"geo_precision {self.geo_precision!r} is not one of {GEO_PRECISIONS}")
        if not self.event_id:
            self.event_id = self.make_id()

    def make_id(self) -> str:
        key = (f"{self.article_id}|{self.span_start}|{self.span_end}|{self.event_type}|{self.location}|{self.actor}"
               f"|{self.troops}|{self.amount_usd}|{self.date_start}")
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict:
        out = asdict(self)
        for k, v in out.items():
            if isinstance(v, date):
                out[k] = v.isoformat()
        return out


# Columns of the events DataFrame the store gives and the dashboard reads, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_type",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "actor",
    "actor_ar",
    "actor_group",
    "target",
    "target_ar",
    "location",
    "location_ar",
    "country",
    "lat",
    "lon",
    "geo_precision",
    "troops",
    "fatalities",
    "injured",
    "amount_usd",
    "status",
    "confidence",
    "sentence",
    "span_start",
    "span_end",
    "article_id",
    "article_title",
    "published",
    "source",
    "language",
    "denies",
    "denied_by",
    "sources",
)

# Fields every `extract` JSON line carries (other tooling reads these names).
EXTRACT_FIELDS: tuple[str, ...] = (
    "event_type",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "actor",
    "target",
    "location",
    "country",
    "lat",
    "lon",
    "geo_precision",
    "troops",
    "fatalities",
    "amount_usd",
    "status",
    "sentence",
    "article_id",
    "article_title",
    "published",
    "source",
    "confidence",
)


def precision_rank(precision: str) -> int:
    """0 for `day` up to 5 for `unknown`."""
    return PRECISIONS.index(precision)
