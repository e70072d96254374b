"""When two tellings of one page are one event: kinds, places, actors, days and sums compared
(the tests `merge` applies)."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from ..gazetteer import Gazetteer
from ..gazetteer_io import generic_actors, role_actors
from ..schema import Event
from ..text.arabic import normalize
from ..text.patterns import prefiltered
from .context import camp, root_name
from .rules import _OTHER_SITES

_VIOLENT = frozenset({"attack", "airstrike"})
_SPEECH = frozenset({"statement", "denial"})
_TROOP_MOVES = ("deployment", "withdrawal")


def _speaker_side(gaz: Gazetteer, actor_name: str) -> str:
    """Whom a speaker speaks for: a region's own government (the Kurdistan Region) or one of its
    offices speaks for the region, any other for the top of its chain (the ministry for Iraq)."""
    entry = gaz.get(actor_name, kind="actor")
    if entry is None:
        return actor_name
    regional = role_actors("regional_government")
    return next((e.name for e in (entry, *gaz.ancestors(entry.id)) if e.name in regional), gaz.root(entry.id).name)


def _kind(event_type: str) -> str:
    """Attacks and strikes are one kind for merging: the same incident is often told with a neutral
    strike word in one sentence and an attack or a raid in the next."""
    return "violence" if event_type in _VIOLENT else event_type


@lru_cache(maxsize=4096)
def _place_chain(gaz: Gazetteer, name: str) -> tuple[str, ...]:
    """A place and the places that contain it (a base, its city, its governorate, its country)."""
    entry = gaz.get(name, kind="place")
    if entry is None:
        return (name,)
    return (name, *(e.name for e in gaz.ancestors(entry.id)))


def _namesake_region(gaz: Gazetteer, name: str) -> str:
    """The governorate a city shares its name with (Duhok and Duhok Governorate): a page that says
    "in Duhok" may mean either."""
    entry = gaz.get(name, kind="place")
    if entry is None or entry.geo_precision != "city":
        return ""
    parent = next(iter(gaz.ancestors(entry.id)), None)
    if parent is not None and parent.geo_precision == "region" and parent.name.startswith(name + " "):
        return parent.name
    return ""


def _same_locality(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """One village the gazetteer lacks, named once with its town and once with the governorate around
    it ("Jadda (Kobani)", "Jadda (Aleppo Governorate)"): the holders nest."""
    if not (a.location.endswith(")") and b.location.endswith(")")):
        return False
    (na, _, ha), (nb, _, hb) = a.location[:-1].partition(" ("), b.location[:-1].partition(" (")
    return na == nb and (ha in _place_chain(gaz, hb) or hb in _place_chain(gaz, ha))


def _places_agree(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """Same place, one names none, or one lies in the other below country level (a base and its
    city, a city and its governorate: one incident). A country and a place in it stay apart: a
    sentence naming both says where in the country, and the strikes elsewhere in it are others."""
    if not a.location or not b.location or a.location == b.location:
        return True
    inside = a.location in _place_chain(gaz, b.location) or b.location in _place_chain(gaz, a.location) or _same_locality(a, b, gaz) or (
        a.span_start != b.span_start and any(  # (one sentence listing both names two places)
            region and region in _place_chain(gaz, other.location)
            for one, other in ((a, b), (b, a)) for region in [_namesake_region(gaz, one.location)]))
    if inside and a.span_start == b.span_start and a.span_end == b.span_end:
        return True  # one sentence naming the country and the town in it tells one strike
    if "country" in (a.geo_precision, b.geo_precision):
        # a retelling "in Iraq" with no date of its own is the event told at a base in Iraq; a
        # dated country-level strike and the strikes named elsewhere in the country stay apart
        vague = a if a.geo_precision == "country" else b
        return inside and not vague.date_text and a.geo_precision != b.geo_precision
    return inside


def _nested_below_country(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """One place lies in the other, and neither is a country (a village and its town, a town and
    its governorate)."""
    return "country" not in (a.geo_precision, b.geo_precision) and (
        a.location in _place_chain(gaz, b.location) or b.location in _place_chain(gaz, a.location))


def _region(gaz: Gazetteer, name: str) -> str:
    """The governorate or province a place lies in (itself when it is one), or ""."""
    entry = gaz.get(name, kind="place")
    if entry is None:
        return ""
    for e in (entry, *gaz.ancestors(entry.id)):
        if e.geo_precision == "region" and e.country:
            return e.name
    return ""


def _named(ev: Event, gaz: Gazetteer) -> bool:
    """Whether the event names who acted (an Unidentified Armed Group names no one)."""
    return bool(ev.actor) and root_name(gaz, ev.actor) not in generic_actors()


def _unnamed_retelling(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """"Four attacks struck military sites west of Hama" on the day the page's Israeli strikes hit
    Masyaf: a strike without a striker, on the same day and in the same governorate as one with a
    striker, tells that strike again (the page would name a second striker)."""
    if a.event_type not in _VIOLENT or b.event_type not in _VIOLENT or _named(a, gaz) == _named(b, gaz):
        return False
    if _reversed(a, b, gaz):
        return False  # the attack on a side and that side's strike in answer are two incidents
    if None in (a.date_start, b.date_start):
        return False
    if "day" not in (a.date_precision, b.date_precision) and not (
            not a.date_text and not b.date_text and (a.date_start, a.date_end) == (b.date_start, b.date_end)):
        return False  # (two strikes of the page's week told without a day are the page's news)
    if not (a.date_start <= b.date_end + timedelta(days=1) and b.date_start <= a.date_end + timedelta(days=1)):
        return False
    region = _region(gaz, a.location) if a.location else ""
    return bool(region) and region == (_region(gaz, b.location) if b.location else "")


def _unnamed_and_group(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """One telling names an armed group, the other only "armed groups" (the Unidentified Armed
    Group): the unnamed telling does not say it was another side."""
    generic = generic_actors()
    for one, other in ((a, b), (b, a)):
        if one.actor_group in generic and other.actor_group not in generic:
            entry = gaz.get(other.actor, kind="actor")
            return entry is not None and entry.type == "armed_group"
    return False


def _town(ev: Event, gaz: Gazetteer) -> bool:
    """The event is placed at a base or a town (one the gazetteer lacks included), not an area."""
    if ev.geo_precision in ("site", "city"):
        return True
    entry = gaz.get(ev.location, kind="place") if ev.location else None
    return entry is not None and entry.type == "locality"


def _finer(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """True when b's place lies inside a's (so b says more precisely where)."""
    if not a.location or not b.location or a.location == b.location:
        return False
    chain = _place_chain(gaz, b.location)
    region = _namesake_region(gaz, a.location)  # "Duhok" read as its governorate: a town in it is finer
    return a.location in chain or (bool(region) and region in chain)


def _actor_finer(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """True when b's actor belongs to a's (the IRGC where the first report said Iran)."""
    if not a.actor or not b.actor or a.actor == b.actor:
        return False
    entry = gaz.get(b.actor, kind="actor")
    return entry is not None and a.actor in (e.name for e in gaz.ancestors(entry.id))


def _coalition_move(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """A move at one base (or at one town and the governorate that holds it: the palaces of Mosul
    handed over, the coalition's headquarters in Nineveh handed over) told once as the coalition's and
    once as a foreign member's (the US, or France): one move, when one of the tellings has no date
    of its own."""
    if a.event_type != b.event_type or a.event_type not in ("deployment", "withdrawal"):
        return False
    if not a.location or not b.location:
        return False
    if not (a.location == b.location and a.geo_precision == "site") and not (
            _nested_below_country(a, b, gaz) and "site" not in (a.geo_precision, b.geo_precision)):
        return False
    if (a.date_text and a.date_start is not None) and (b.date_text and b.date_start is not None):
        return False
    ea, eb = gaz.get(a.actor, kind="actor"), gaz.get(b.actor, kind="actor")
    if ea is None or eb is None or (ea.type == "coalition") == (eb.type == "coalition"):
        return False
    member = eb if ea.type == "coalition" else ea
    return member.type in ("state", "military", "government") and bool(member.country) and member.country != _country_code(
        gaz, a.location)


def _to_coalition(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """True when b gives to a member's move at a base the coalition it was made for (told at a town
    and its governorate, the member named at the town keeps it)."""
    entry = gaz.get(b.actor, kind="actor") if b.actor else None
    return entry is not None and entry.type == "coalition" and a.location == b.location and _coalition_move(a, b, gaz)


def _to_member(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """True when b names the member whose move a tells as the coalition's, at a town inside a's
    governorate (the palaces of Mosul, then the coalition's headquarters in Nineveh): the member."""
    entry = gaz.get(a.actor, kind="actor") if a.actor else None
    return (entry is not None and entry.type == "coalition" and a.location != b.location
            and a.location in _place_chain(gaz, b.location) and _coalition_move(a, b, gaz))


def _country_code(gaz: Gazetteer, place: str) -> str:
    entry = gaz.get(place, kind="place")
    return entry.country if entry is not None else ""


def _dates_close(a: Event, b: Event) -> bool:
    """Both dated within a day of each other, or one of them without a date of its own."""
    if not a.date_text or not b.date_text or a.date_start is None or b.date_start is None:
        return True
    return a.date_start <= b.date_end + timedelta(days=1) and b.date_start <= a.date_end + timedelta(days=1)


def _same_day_told(a: Event, b: Event) -> bool:
    """`b`, told after `a`, is of `a`'s day: both dated within a day of each other, told with the
    same words for the day, or `b` without a day of its own (a retelling). A strike told later "on
    31 August" after an undated one is another, earlier strike."""
    if a.date_start is not None and b.date_start is not None and a.date_text and b.date_text:
        return a.date_start <= b.date_end + timedelta(days=1) and b.date_start <= a.date_end + timedelta(days=1)
    return a.date_text == b.date_text or not b.date_text


_WEEKDAY = re.compile(r"(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|monday|tuesday|wednesday|thursday|friday"
                      r"|saturday|sunday)")


# a date that names a month or a number (31 آب, 5/2, March 4): a calendar date, not a relative one
_CALENDAR = re.compile(r"\d|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب\b|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو"
                       r"|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|january|february|march|april|may|june|july|august"
                       r"|september|october|november|december", re.IGNORECASE)
_LAST_YEAR = re.compile(r"last (?:year|week|month)|previous (?:year|week|month)|the (?:year|week|month) before|(?:العام|الاسبوع|الشهر) (?:الماضي|المنصرم|الفايت)"
                        r"|السنه الماضيه")
_WEEK = ("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد")
_WEEK_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _days_apart(a: Event, b: Event) -> bool:
    """Two events an undated page tells on weekdays more than a day apart (the telling of a strike
    is often the day after it: Monday's strike, Tuesday's report)."""
    ka, kb = _day_key(a), _day_key(b)
    if not isinstance(ka, str) or not isinstance(kb, str):
        return False
    ia = _WEEK.index(ka) if ka in _WEEK else _WEEK_EN.index(ka)
    ib = _WEEK.index(kb) if kb in _WEEK else _WEEK_EN.index(kb)
    return min((ia - ib) % 7, (ib - ia) % 7) > 1


def _day_key(ev: Event) -> object:
    """The day an event is told on, as far as the page says: its date, else the weekday named, else
    None (today, yesterday, nothing)."""
    if ev.date_start is not None and ev.date_text:
        return ev.date_start
    found = _WEEKDAY.search(normalize(ev.date_text).lower())
    return found.group() if found else None


def _same_sum(a: float | None, b: float | None) -> bool:
    """Two sums one page gives for one thing: equal once rounded ($262M and $262.6 million)."""
    return a is not None and b is not None and abs(a - b) <= 0.01 * max(a, b)


def _digits(amount: float) -> int:
    """Significant digits of a sum as written: 1,269,000,000 has four, 1,270,000,000 three."""
    return len(f"{round(amount):d}".rstrip("0"))


# a sentence opened by a time before the news day, with no calendar date: وقبل أيام, "days earlier"
_EARLIER = re.compile(r"\s*(?:[وف]?(?:قبل|منذ)\s+(?:بضعه\s+)?(?:ايام|اسبوع|اسابيع)|(?:a few\s+|several\s+)?(?:days|weeks) (?:ago|earlier|before)"
                      r"|(?:a\s+)?week (?:ago|earlier|before))(?=[\s,،])", re.IGNORECASE)


def _told_earlier(ev: Event) -> bool:
    """Told as days or weeks before the news day: by a sentence opened so (وقبل أيام, "days
    earlier"), or by the event's own date words (أطلقت قبل أسابيع عملية, "launched weeks ago")."""
    return _EARLIER.match(normalize(ev.sentence)) is not None or (
        bool(ev.date_text) and _EARLIER.match(normalize(ev.date_text).strip() + " ") is not None)


# "also", أيضا: a toll told as one more, not the same one again
_ALSO = prefiltered(re.compile(r"(?:^|\s)(?:ايضا|كذلك|also|too)(?=\s|$|[.,،])"))


def _same_event(a: Event, b: Event, gaz: Gazetteer, loose: bool = False, retell: bool = True) -> bool:
    """Same type, same place (or one names none, or one contains the other), actors of one side
    (or one names none), equal numbers where both give them, dates within a day. `loose` (for a
    headline and its lead): a sentence without a date of its own agrees with any date."""
    if a.event_type != b.event_type and not (
            a.event_type in _VIOLENT and b.event_type in _VIOLENT and (
                not a.actor or not b.actor or root_name(gaz, a.actor) == root_name(gaz, b.actor))
            and ((a.location == b.location and a.location) or (loose and _places_agree(a, b, gaz))
                 or (a.location and b.location and _nested_below_country(a, b, gaz) and _same_day_told(a, b))
                 or (retell and _unnamed_retelling(a, b, gaz))
                 or (bool(a.fatalities) and a.fatalities == b.fatalities and not (a.location and b.location)))):
        # (a headline's "Turkish strike on Kurdistan" is the body's drone attack on a town there;
        # shelling of a village told again as an attack on its town, on one day, is one incident;
        # so is its toll told again with no place: "the aggression killed five")
        return False
    if a.event_type in _VIOLENT and b.event_type in _VIOLENT and _reversed(a, b, gaz):
        return False  # soldiers of a side killed, and that side's own strikes: two incidents
    if (a.event_type in _VIOLENT and b.event_type in _VIOLENT and a.target and b.target
            and root_name(gaz, a.target) != root_name(gaz, b.target)
            and any(_ALSO.search(normalize(e.sentence)) for e in (a, b))):
        return False  # "Israel had also struck Hezbollah positions in the Golan": not the strikes on Iran's
    if (a.event_type in _VIOLENT and b.event_type in _VIOLENT and a.location and b.location
            and a.location != b.location and a.span_start != b.span_start and "country" not in (a.geo_precision, b.geo_precision)
            and any(_ALSO.search(normalize(e.sentence)) for e in (a, b))):
        return False  # "warplanes also struck the town of X": another place, another strike
    if a.event_type == b.event_type == "funding" and _same_sum(a.amount_usd, b.amount_usd):
        return True  # one page giving one allocation twice ("$262M", "$262.6 million"), whoever it credits
    if a.event_type in _SPEECH and a.event_type == b.event_type and a.actor and b.actor:
        # one speaker's statement told over several sentences ("X said ...", "he added ...") is one
        # statement of the page, wherever each sentence places it
        return _speaker_side(gaz, a.actor) == _speaker_side(gaz, b.actor) and (
            not a.date_text or not b.date_text or a.date_start is None or b.date_start is None
            or (a.date_start <= b.date_end + timedelta(days=1) and b.date_start <= a.date_end + timedelta(days=1)))
    if (a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities
            and any(_ALSO.search(normalize(e.sentence)) for e in (a, b))):
        return False  # "five more soldiers were also killed today in the fighting": another incident
    if (a.event_type in _VIOLENT and b.event_type in _VIOLENT and a.fatalities and a.fatalities == b.fatalities
            and a.target and b.target and root_name(gaz, a.target) == root_name(gaz, b.target)
            and (not a.actor or not b.actor or root_name(gaz, a.actor) == root_name(gaz, b.actor))
            and _places_agree(a, b, gaz)):
        return True  # the same dead of the same side, told on the day and again by an agency "today"
    if not loose and _days_apart(a, b):
        return False  # "at dawn on Wednesday" and "last Saturday": two days, two events
    if _told_earlier(a) != _told_earlier(b) and not (a.date_start is not None and a.date_start == b.date_start):
        return False  # the news of the day and a sentence opened by "days before" (وقبل أيام): two events
    if retell and _unnamed_retelling(a, b, gaz):
        return True
    if not _places_agree(a, b, gaz):
        return False
    if a.event_type in _TROOP_MOVES and (not a.location or not b.location) and a.location != b.location and any(
            _OTHER_SITES.search(normalize(e.sentence)) for e in (a, b)):
        return False  # "Turkish forces will evacuate other posts": not the post told before
    if not loose and (a.status == "planned") != (b.status == "planned") and a.event_type not in _VIOLENT:
        return False  # a move announced for later and a move made are two events
    if a.actor and b.actor and root_name(gaz, a.actor) != root_name(gaz, b.actor) and not (
            a.event_type in _VIOLENT and b.event_type in _VIOLENT and a.location and a.location == b.location
            and a.geo_precision in ("site", "city") and _dates_close(a, b)) and not _same_parties(a, b, gaz) and not (
            a.event_type in _VIOLENT and b.event_type in _VIOLENT and _unnamed_and_group(a, b, gaz)):
        # two tellings of the strike on one base or town on one day with different attackers named
        # are one incident (one sentence names the group, another its patron or a witness)
        if not _coalition_move(a, b, gaz):
            return False
    if a.troops is not None and b.troops is not None and a.troops != b.troops:
        return False
    if a.amount_usd is not None and b.amount_usd is not None and not _same_sum(a.amount_usd, b.amount_usd):
        return False
    if loose and (not a.date_text or not b.date_text):
        return True
    if a.location and a.location == b.location and a.geo_precision == "site" and (not a.date_text or not b.date_text):
        return True  # what happened at one base told again without a date of its own: the dated telling
    if a.date_start is None or b.date_start is None:
        if a.event_type in _VIOLENT and not a.date_text and b.date_text and _CALENDAR.search(normalize(b.date_text)):
            return False  # an undated strike, then one "on 31 August": a page tells its news undated
        if a.event_type in _VIOLENT and any(not x.date_text and y.date_text and _LAST_YEAR.search(normalize(y.date_text))
                                            for x, y in ((a, b), (b, a))):
            return False  # the page's news, told undated, and a strike "last week": an earlier one
        if a.date_text and b.date_text and normalize(a.date_text) != normalize(b.date_text) and (
                all(_CALENDAR.search(normalize(x.date_text)) for x in (a, b))
                or any(_LAST_YEAR.search(normalize(x.date_text)) for x in (a, b))):
            return False  # "on January 20", then "last year, on October 20": two days an undated page names
        if a.event_type in _VIOLENT and a.location and a.location == b.location:
            return True  # an attack on one place told twice on one page, neither dated
        if a.date_start is None and b.date_start is None and a.location and a.location == b.location and (
                a.geo_precision == "site"):
            return True  # a move at one base told twice on an undated page ("yesterday", "on Monday")
        if a.date_start is None and b.date_start is None and (
                not a.date_text or not b.date_text or a.date_text == b.date_text) and (a.location or b.location):
            return True  # an undated page telling one move at one place twice
        return a.date_start is None and b.date_start is None and a.troops is not None and a.troops == b.troops
    return a.date_start <= b.date_end + timedelta(days=1) and b.date_start <= a.date_end + timedelta(days=1)


def _same_parties(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """Two agreements between the same two sides, named in either order ("a deal between Biden and
    Kadhimi", then Kadhimi and Biden to sign it)."""
    if a.event_type != "agreement" or b.event_type != "agreement" or not (a.target and b.target):
        return False
    return ({root_name(gaz, a.actor), root_name(gaz, a.target)} == {root_name(gaz, b.actor), root_name(gaz, b.target)})


def _reversed(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """One side's strike and a strike on that side or the alliance it leads ("the attack on Turkish
    forces" and Turkey's reply to it): never one incident."""
    return any(x.actor and y.target and root_name(gaz, y.target) in camp(root_name(gaz, x.actor)) for x, y in ((a, b), (b, a)))
