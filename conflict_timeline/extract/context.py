"""What one article's reading remembers from sentence to sentence, and small shared helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..gazetteer import Entry, Gazetteer
from ..schema import Article
from .hits import _Mention


@dataclass
class _Context:
    article: Article
    # the day the page speaks from: its publication date, else the date its furniture gives it
    reference: date | None = None
    last_date: tuple[date | None, date | None, str, str] | None = None  # start, end, precision, text
    _last_speaker: Entry | None = None
    _pending: list = field(default_factory=list)  # sentences whose speaker is not worked out yet
    _resolving: bool = False
    violence_seen: bool = False
    last_violence: tuple[Entry | None, str] | None = None
    cut: bool = False  # the sentence read is the page's last, cut off before its end
    account_of: Entry | None = None  # the side whose account of a strike's dead was read last
    last_violence_date: tuple[date | None, date | None, str, str] | None = None  # of the first strike told
    last_violence_at: int = -1  # the index (in `told`) of the last sentence that told a strike
    violence_places: set[str] = field(default_factory=set)
    backrefs: set[int] = field(default_factory=set)  # events that only repeat one told before
    headlines: set[int] = field(default_factory=set)  # events read in a headline line
    last_troop_place: _Mention | None = None
    last_move_out: bool = False  # the last move the page told was forces moved out of a place ("moved from Syria")
    agreement_seen: bool = False
    last_owner: Entry | None = None  # whose troops the article spoke of last
    last_funder: Entry | None = None  # who paid the last sum the article told
    last_funding_place: _Mention | None = None  # where that sum went
    last_site: _Mention | None = None  # the last base the article named
    last_struck_site: _Mention | None = None  # the last base the article told struck
    last_forces: Entry | None = None  # the last foreign forces the article named (القوات الأمريكية)
    last_group: tuple[Entry, int] | None = None  # the last armed group named, with the index in `told` of its sentence
    ground_only: bool | None = None  # the page tells of guns and of no aircraft (worked out when asked)
    told: list = field(default_factory=list)  # (sentence, its events) read so far, for the last day named
    people: dict[str, Entry] = field(default_factory=dict)  # speakers named once with their side (persons.py)

    @property
    def last_day(self) -> date | None:
        """The last single day the page's text named, or an event counted from one was dated (for
        "two days earlier"); a sentence's dates are worked out only when this walks back to it."""
        for sent, found in reversed(self.told):
            days = [d.start for d in sent.dates if d.precision == "day" and d.start is not None and d.start == d.end]
            counted = [e.date_start for e in found if e.date_precision == "day" and e.date_text and e.date_start == e.date_end]
            if days or counted:
                return (days or counted)[-1]
        return None

    @property
    def last_speaker(self) -> Entry | None:
        """Who spoke last in the article. The speakers of sentences that yield no statement are
        worked out only when asked, oldest first, each against the speaker before it."""
        if self._pending and not self._resolving:
            self._resolving = True
            try:
                while self._pending:
                    found = self._pending.pop(0).spoken_by()
                    if found is not None:
                        self._last_speaker = found
            finally:
                self._resolving = False
        return self._last_speaker

    @last_speaker.setter
    def last_speaker(self, value: Entry | None) -> None:
        self._pending.clear()
        self._last_speaker = value

    def defer_speaker(self, sentence) -> None:
        self._pending.append(sentence)


def _per_sentence(method):
    """Remember a method's answer for the sentence being read (it depends on nothing else)."""
    name = f"_memo_{method.__name__}"

    def wrapper(self):
        if name not in self.__dict__:
            self.__dict__[name] = method(self)
        value = self.__dict__[name]
        return list(value) if isinstance(value, list) else value

    wrapper.__doc__ = method.__doc__
    wrapper.__name__ = method.__name__
    return wrapper


@lru_cache(maxsize=8)
def _countries(gaz: Gazetteer) -> dict[str, str]:
    return {e.country: e.name for e in gaz.entries("place") if e.type == "country" and e.country}


def country_name(gaz: Gazetteer, code: str) -> str:
    """The country place's name for an ISO code of the gazetteer (IQ -> Iraq)."""
    return _countries(gaz).get(code, "")


@lru_cache(maxsize=4096)
def root_name(gaz: Gazetteer, actor_name: str) -> str:
    """The top of an actor's parent chain, by name (US military -> United States)."""
    entry = gaz.get(actor_name, kind="actor")
    return gaz.root(entry.id).name if entry is not None else actor_name


# the alliances a power leads: a strike on them is not that power's
_LED_BY = {"United States": ("International Coalition",)}


def camp(side: str) -> set[str]:
    """A side (a root name) and the alliances it leads (the coalition the United States leads is of
    its camp)."""
    return {side, *_LED_BY.get(side, ())}


@lru_cache(maxsize=8)
def _variants(gaz: Gazetteer) -> dict[tuple[str, str], Entry]:
    return {(e.parent, e.country): e for e in gaz.entries("actor") if e.parent and e.country}


def national_variant(gaz: Gazetteer, actor: Entry, country: str) -> Entry:
    """A generic actor (Unidentified Armed Group, listed `generic` in roles.csv) acting in a country
    that has its own variant is that variant (Unidentified Armed Group (Iraq)), as ACLED codes them."""
    if actor.country or not country:
        return actor
    return _variants(gaz).get((actor.id, country), actor)
