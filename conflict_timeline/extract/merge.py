"""Stage: one incident, one event. Reports of the same event within one page are merged; a
denial is linked to the report it rejects."""

from __future__ import annotations

from datetime import timedelta

from ..gazetteer import Gazetteer
from ..schema import Event, precision_rank
from .context import root_name


def _same_event(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """Same type, same place (or one names none), actors of one side (or one names none),
    equal numbers where both give them, dates within a day."""
    if a.event_type != b.event_type:
        return False
    if a.location != b.location and a.location and b.location:
        return False
    if a.actor and b.actor and root_name(gaz, a.actor) != root_name(gaz, b.actor):
        return False
    if a.troops is not None and b.troops is not None and a.troops != b.troops:
        return False
    if a.amount_usd is not None and b.amount_usd is not None and a.amount_usd != b.amount_usd:
        return False
    if a.date_start is None or b.date_start is None:
        return a.date_start is None and b.date_start is None and a.troops is not None and a.troops == b.troops
    return a.date_start <= b.date_end + timedelta(days=1) and b.date_start <= a.date_end + timedelta(days=1)


# When one article says the same thing twice, the surer word stands: a claim or an official
# statement outweighs a report of it.
_STATUS_RANK = {"denied": 0, "claimed": 1, "confirmed": 2, "planned": 3, "reported": 4}


# An event is compared with at most this many earlier events of its type and place (or of its
# type without a place): a page is short, and a huge file costs time in proportion to its length.
_MERGE_WINDOW = 256


def _merge_within(events: list[Event], gaz: Gazetteer, backrefs: set[int] | None = None) -> list[Event]:
    """One article saying the same thing twice gives one event: the finer date, the surer status.
    A sentence that only refers back to an event ("the group claimed the attack") adds what it
    knows to that event and is not an event of its own.

    Candidates are blocked by type and place: an event is compared with the kept events of its
    type at its place and with those that name no place (or, when it names none, with all of its
    type), the most recent first, so the cost grows with the number of events, not its square."""
    kept: list[Event] = []
    backrefs = backrefs or set()
    by_place: dict[tuple[str, str], list[Event]] = {}
    by_type: dict[str, list[Event]] = {}
    for ev in events:
        if ev.location:
            pools = (by_place.get((ev.event_type, ev.location), []), by_place.get((ev.event_type, ""), []))
        else:
            pools = (by_type.get(ev.event_type, []),)
        twin = next((k for pool in pools for k in reversed(pool[-_MERGE_WINDOW:]) if _same_event(k, ev, gaz)), None)
        if twin is None:
            if id(ev) not in backrefs:
                kept.append(ev)
                by_place.setdefault((ev.event_type, ev.location), []).append(ev)
                by_type.setdefault(ev.event_type, []).append(ev)
            continue
        _fold(twin, ev)
    return kept


def _fold(twin: Event, ev: Event) -> None:
    """What a second report of the event adds to the first: a finer date, a place, missing
    arguments and numbers, a surer status."""
    if precision_rank(ev.date_precision) < precision_rank(twin.date_precision):
        twin.date_start, twin.date_end = ev.date_start, ev.date_end
        twin.date_precision, twin.date_text = ev.date_precision, ev.date_text
    if not twin.location and ev.location:
        for name in ("location", "location_ar", "country", "lat", "lon", "geo_precision"):
            setattr(twin, name, getattr(ev, name))
    for name in ("actor", "target", "troops", "fatalities", "injured", "amount_usd"):
        if getattr(twin, name) in ("", None) and getattr(ev, name) not in ("", None):
            setattr(twin, name, getattr(ev, name))
            if name in ("actor", "target"):
                setattr(twin, f"{name}_ar", getattr(ev, f"{name}_ar"))
            if name == "actor":
                twin.actor_group = ev.actor_group
    if _STATUS_RANK[ev.status] < _STATUS_RANK[twin.status]:
        twin.status = ev.status
    twin.confidence = max(twin.confidence, ev.confidence)


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
        if best is None:
            continue
        d.denies = best.event_id
        best.denied_by = d.event_id
        if d.actor and best.actor and root_name(gaz, d.actor) == root_name(gaz, best.actor):
            best.status = "denied"
