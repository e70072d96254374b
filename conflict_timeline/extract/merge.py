"""Stage: one incident, one event. Reports of the same event within one page are merged; a
denial is linked to the report it rejects."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..schema import Event, precision_rank
from ..text.arabic import normalize
from .context import root_name
from .sameness import (
    _ALSO,
    _CALENDAR,
    _VIOLENT,
    _actor_finer,
    _day_key,
    _days_apart,
    _digits,
    _finer,
    _kind,
    _place_chain,
    _reversed,
    _same_day_told,
    _same_event,
    _to_coalition,
    _to_member,
    _told_earlier,
    _town,
)

# When one article says the same thing twice, the surer word stands: a claim or an official
# statement outweighs a report of it.
_STATUS_RANK = {"denied": 0, "claimed": 1, "confirmed": 2, "planned": 3, "reported": 4}


# An event is compared with at most this many earlier events of its kind and place (or of its
# kind without a place): a page is short, and a huge file costs time in proportion to its length.
_MERGE_WINDOW = 256


def _merge_within(events: list[Event], gaz: Gazetteer, backrefs: set[int] | None = None,
                  headlines: set[int] | None = None, titles: set[int] | None = None) -> list[Event]:
    """One article saying the same thing twice gives one event: the finer date and place, the surer
    status. A sentence that only refers back to an event ("the group claimed the attack") adds what
    it knows to that event and is not an event of its own. A headline's event is the event its text
    tells: it only fills what the body leaves empty, and stands alone only when the body has no
    such event. The title's events stand alone only when the body yields none at all (the title
    announces what the body tells; what it alone says is too thin to code).

    Candidates are blocked by kind: an event is compared with the most recent kept events of its
    kind (at most `_MERGE_WINDOW`), so the cost grows with the number of events, not its square."""
    backrefs = backrefs or set()
    headlines = headlines or set()
    body = [ev for ev in events if id(ev) not in headlines]
    kept = _merge_list(body, gaz, backrefs, loose=False, listed=_listed(body, gaz))
    pool: dict[str, list[Event]] = {}
    for ev in kept:
        pool.setdefault(_kind(ev.event_type), []).append(ev)
    alone: list[Event] = []
    for ev in (ev for ev in events if id(ev) in headlines):
        twin = next((k for k in pool.get(_kind(ev.event_type), [])[:_MERGE_WINDOW]
                     if _same_event(k, ev, gaz, loose=True)), None)
        if twin is not None:
            _fold(twin, ev, gaz, fill_only=True)
        elif id(ev) not in (titles or ()) or not kept:
            alone.append(ev)
    merged = _merge_list(alone, gaz, set(), loose=True) + kept if alone else kept
    return _fold_lead(merged, gaz)


def _fold_lead(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """The lead that sums up a page's strikes in a country or region ("Israeli strikes in Syria
    killed 14") is the strikes the body places more finely, by the same side on the same day: it
    adds what it knows to the first of them and is not a strike of its own."""
    violent = [e for e in events if e.event_type in _VIOLENT]
    if len(violent) < 2:
        return events
    lead = min(violent, key=lambda e: e.span_start)
    if lead.geo_precision not in ("country", "region") or not lead.location:
        return events
    # (by one side, or an attack by no one named: "a base in Iraq was hit", then "rockets hit Ain al-Asad")
    finer = [e for e in violent if e is not lead and e.location and e.location != lead.location
             and lead.location in _place_chain(gaz, e.location)
             and ((e.actor and lead.actor and root_name(gaz, e.actor) == root_name(gaz, lead.actor))
                  or (not lead.actor and e.event_type == lead.event_type == "attack"))
             and _lead_day_fits(lead, e)
             and not _days_apart(lead, e)
             # (strikes on Iran's targets are not the strike "also" told on Hezbollah's positions)
             and not (lead.target and e.target and root_name(gaz, lead.target) != root_name(gaz, e.target)
                      and _ALSO.search(normalize(e.sentence)))]
    if not finer:
        return events
    if len(finer) > 1:
        # (its toll sums the strikes the body tells one by one: it is no toll of the first of them)
        lead.fatalities = lead.injured = None
    _fold(finer[0], lead, gaz, fill_only=True)
    return [e for e in events if e is not lead]


def _lead_day_fits(lead: Event, e: Event) -> bool:
    """The lead's day fits a strike told after it: of the same day, or either of them told on an
    undated page with words that name no calendar date ("yesterday", "on the night of Tuesday"), unless
    both name a weekday and not the same."""
    if _told_earlier(e):
        return False  # a sentence opened by "days before" tells an earlier strike, not the lead's
    if _same_day_told(lead, e):
        return True
    keys = [_day_key(x) for x in (lead, e)]
    if all(isinstance(k, str) for k in keys) and keys[0] != keys[1]:
        return False  # two weekdays named: two days
    return (lead.date_start is None or e.date_start is None) and not any(
        _CALENDAR.search(normalize(x.date_text)) for x in (lead, e))


def _listed(events: list[Event], gaz: Gazetteer) -> set[int]:
    """The strikes of a sentence that names several towns struck ("other strikes near Hit, Sinjar
    and Bayji"): each is a strike on its town, never an unnamed retelling of one told elsewhere."""
    towns: dict[tuple[int, int], set[str]] = {}
    for ev in events:
        if ev.event_type in _VIOLENT and ev.location and _town(ev, gaz):
            towns.setdefault((ev.span_start, ev.span_end), set()).add(ev.location)
    return {id(ev) for ev in events if len(towns.get((ev.span_start, ev.span_end), ())) > 1}


def _merge_list(events: list[Event], gaz: Gazetteer, backrefs: set[int], loose: bool,
                listed: set[int] | None = None) -> list[Event]:
    kept: list[Event] = []
    by_kind: dict[str, list[Event]] = {}
    listed = listed or set()
    for ev in events:
        pool = by_kind.setdefault(_kind(ev.event_type), [])
        twins = [k for k in reversed(pool[-_MERGE_WINDOW:])
                 if _same_event(k, ev, gaz, loose, retell=id(ev) not in listed and id(k) not in listed)]
        twin = twins[0] if twins else None
        if twin is not None and ev.event_type in _VIOLENT and not ev.date_text and len(
                {key for k in twins for key in [_day_key(k)] if key is not None}) > 1:
            twin = None  # it could retell either of two strikes told on different days: it stays apart
        if twin is None and id(ev) in backrefs and not ev.location:
            # "Damascus said Israel carried out the attack, which killed 14": no place of its own, it
            # adds to the last such event told, when its actor does not say otherwise
            twin = next((k for k in reversed(pool[-_MERGE_WINDOW:]) if (not ev.actor or not k.actor
                         or root_name(gaz, k.actor) == root_name(gaz, ev.actor)) and not _reversed(k, ev, gaz)), None)
        if twin is None:
            if id(ev) not in backrefs or (ev.actor and ev.fatalities is not None and ev.location and pool):
                # (a reply told with its side and its dead, "Turkey's operation in reply killed 12",
                # that fits no strike told before is a strike of its own)
                kept.append(ev)
                pool.append(ev)
            continue
        _fold(twin, ev, gaz)
    return kept


def _fold(twin: Event, ev: Event, gaz: Gazetteer, fill_only: bool = False) -> None:
    """What a second report of the event adds to the first: a finer date and place, missing
    arguments and numbers, a surer status. With `fill_only` (a headline), only what is missing."""
    member = _to_member(twin, ev, gaz)  # (read before the finer place is taken)
    if (not twin.date_text and ev.date_text) or (
            not fill_only and (ev.date_text or not twin.date_text)
            and precision_rank(ev.date_precision) < precision_rank(twin.date_precision)):
        # (a day the page only implies never replaces one the text states: "in mid-April" stands)
        twin.date_start, twin.date_end = ev.date_start, ev.date_end
        twin.date_precision, twin.date_text = ev.date_precision, ev.date_text
    if (not twin.location and ev.location) or _finer(twin, ev, gaz):
        for name in ("location", "location_ar", "country", "lat", "lon", "geo_precision"):
            setattr(twin, name, getattr(ev, name))
    if twin.event_type != ev.event_type and ev.actor and not twin.actor:
        twin.event_type = ev.event_type  # the report that names who struck says how
    for name in ("actor", "target", "troops", "fatalities", "injured", "amount_usd"):
        if (getattr(twin, name) in ("", None) and getattr(ev, name) not in ("", None)) or (
                name == "actor" and (_actor_finer(twin, ev, gaz) or _to_coalition(twin, ev, gaz) or member)):
            setattr(twin, name, getattr(ev, name))
            if name in ("actor", "target"):
                setattr(twin, f"{name}_ar", getattr(ev, f"{name}_ar"))
            if name == "actor":
                twin.actor_group = ev.actor_group
    for name in ("fatalities", "injured"):
        if getattr(twin, name) is not None and getattr(ev, name) is not None and (
                getattr(ev, name) > getattr(twin, name)):
            # "the Iranian dead rose to 7", then "the strike killed 14": the whole toll is the larger
            # (a headline's too: "strike kills 5" over the body's one commander named)
            setattr(twin, name, getattr(ev, name))
    if twin.amount_usd is not None and ev.amount_usd is not None and _digits(ev.amount_usd) > _digits(twin.amount_usd):
        twin.amount_usd = ev.amount_usd  # "$1.269 billion" is the figure "nearly $1.27 billion" rounds
    if not fill_only and _STATUS_RANK[ev.status] < _STATUS_RANK[twin.status]:
        twin.status = ev.status
    twin.confidence = max(twin.confidence, ev.confidence)


# a denial of plans ("denied any plans to withdraw", نفت أي خطط لسحب)
_DENIED_PLANS = re.compile(r"(?:خطط|خطة|خطه|ني[ةه]|نوايا|plans?|intentions?)\b")


def _link_denials(events: list[Event], gaz: Gazetteer) -> None:
    """A denial marks the report it rejects: the nearest troop or violence report of another actor;
    when the denier is the report's own actor, the report is `denied`."""
    troop_family = ("deployment", "withdrawal", "troop_level")
    for d in (e for e in events if e.event_type == "denial"):
        cands = [e for e in events if e is not d and e.event_type not in ("denial", "statement", "agreement")]
        if not cands:
            continue
        best = min(cands, key=lambda e: (e.span_start != d.span_start, e.event_type not in troop_family,
                                         abs(e.span_start - d.span_start)))
        if best.event_type == "troop_level" and _DENIED_PLANS.search(d.sentence):
            continue  # "denied any plans to withdraw its 2,500 troops": the plan is denied, not the 2,500
        d.denies = best.event_id
        best.denied_by = d.event_id
        if d.actor and best.actor and root_name(gaz, d.actor) == root_name(gaz, best.actor):
            best.status = "denied"
