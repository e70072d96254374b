"""Article to events, as a pipeline of small stages over data (see docs/CODEBOOK.md).

Stages, in order (each module has one job):

1. `page`: the article's body as sentences, the headline kept apart (its event is the lead's);
2. `mentions`: per sentence, actors, places, trigger words (`trigger_words`), dates and numbers
   with offsets, as the spans of `hits`;
3. `frames`: what embeds a trigger: reporting and condemning, negation, conditions, questions,
   threats, passive and "came under" constructions, cumulative tallies;
4. `candidates` (with `actors`, `strikers`, `strike_kind`, `targets`, `where_when` and its `place_words`,
   `status`, `troop_changes`, `funding`): a trigger with its arguments;
5. `merge` (with `sameness`, when two tellings are one event): one incident, one event per page;
   denials linked to what they deny.

`extract_events(article)` is a pure function: an article in, its events out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..gazetteer import Entry, Gazetteer
from ..gazetteer_io import generic_actors
from ..page_lines import _SENTENCE_END
from ..schema import Article, Event
from ..text.arabic import normalize
from ..text.dates import numeric_day_first
from ..text.numbers import parse_number
from ..text.patterns import prefiltered
from .candidates import _SentenceExtractor
from .context import _Context, camp, country_name, national_variant, root_name
from .mentions import _Analyzer, _Sentence
from .merge import _link_denials, _merge_within
from .no_toll import no_toll
from .page import page_reference_date, page_sentences
from .rules import _AIRCRAFT, Rules, load_rules
from .strikers import _UNKNOWN_CRAFT

# Bump when the rules or their data change in a way that changes output: stores rebuilt from the
# bundled corpus compare it.
EXTRACTOR_VERSION = "12"

__all__ = ["EXTRACTOR_VERSION", "REGION", "country_name", "extract_events", "load_rules", "root_name"]


def extract_events(article: Article, gazetteer: Gazetteer | None = None, rules: Rules | None = None) -> list[Event]:
    """The events an article reports, each with its evidence sentence (see docs/CODEBOOK.md)."""
    gaz = gazetteer or Gazetteer.default()
    day_first = numeric_day_first(article.body)
    analyzer = _Analyzer(gaz, rules or load_rules(), day_first)
    reference = article.published or page_reference_date(article, day_first)
    ctx = _Context(article, reference)
    titles: set[int] = set()
    events: list[Event] = []
    body = article.body.rstrip()
    cut_at = len(body) if body and not body.endswith(_SENTENCE_END) else -1  # an excerpt cut mid-sentence
    for ps in page_sentences(article):
        sent = analyzer.sentence(ps.text, ps.start, reference)
        ctx.cut = cut_at >= 0 and ps.end >= cut_at and ps.start > 0  # (not a one-line page)
        if ps.title:
            # the title is read on its own (it sets nothing the body's sentences rely on), and is
            # not in the body: its events point to no span of it
            found = _SentenceExtractor(analyzer, _Context(article, reference), sent).run()
            for ev in found:
                ev.span_start = ev.span_end = 0
                ev.event_id = ev.make_id()
            titles.update(id(ev) for ev in found)
        else:
            found = _SentenceExtractor(analyzer, ctx, sent).run()
            if events and _sent_troops_place(events, sent, gaz):
                # "the new troops will work mainly at Taqaddum": where the troops just sent will be,
                # no statement or second move of its own (a level it gives stays)
                found = [ev for ev in found if ev.event_type != "statement"
                         and not (ev.event_type == "deployment" and ev.troops is None)]
            if found:
                last = found[-1]
                ctx.last_date = (last.date_start, last.date_end, last.date_precision, last.date_text)
            elif events:
                _more_toll(events, ps.text)
            ctx.told.append((sent, found))  # (the day named last is worked out only if a sentence asks)
        if ps.headline:
            ctx.headlines.update(id(ev) for ev in found)
        events.extend(found)
    _news_day(events, article)
    _budget_year(events)
    events = _merge_within(events, gaz, ctx.backrefs, ctx.headlines, titles)
    events = [ev for ev in events if _in_theatre(ev, gaz) and not _history(ev, reference)]
    _no_own_target(events, gaz)
    _fired_from(events, gaz)
    _unnamed_attackers(events, gaz, (rules or load_rules()).air_powers)
    _page_air_power(events, gaz, rules or load_rules(), article.body)
    _campaign_target(events, gaz)
    _link_denials(events, gaz)
    return events


# a sentence that only counts more dead or hurt: "Four others were also wounded.", وأصيب ثلاثة آخرون
_MORE_TOLL = re.compile(r"^\s*(?:and\s+)?(?P<n>\S+)\s+(?:other|others|more)(?:\s+\S+)?\s+(?:were|was)\s+(?:also\s+)?(?P<k>wounded|injured|hurt|killed)\W*$"
                        r"|^\s*[وف]?(?:(?P<ka>اصيب|جرح|قتل)\s+(?:ايضا\s+)?(?P<na>\S+)\s+(?:اخرون|اخرين|اشخاص اخرين|اشخاص اخرون))\W*$")


# a sentence that only counts the dead or hurt of the strike just told ("Two people inside the vehicle
# were killed, officials said.")
_TOLL_ALONE = re.compile(r"^\s*(?P<n>\S+)\s+(?:[a-z]+\s+){1,4}?(?:were|have been|had been)\s+(?:also\s+)?"
                         r"(?P<k>wounded|injured|hurt|killed)\b[^.;:]*[.!]?\s*$")


def _more_toll(events: list[Event], text: str) -> None:
    """A sentence that only counts more dead or hurt ("Four others were also wounded.") adds them to
    the strike told last, when it has no such count yet; one that only counts the dead or hurt ("Two
    people inside the car were killed") adds them to the strike told just before it; one that tells
    that no one was hurt gives that strike, if it has no count, a toll of zero."""
    found = _MORE_TOLL.match(normalize(text))
    if found is None and events and events[-1].event_type in ("attack", "airstrike"):
        found = _TOLL_ALONE.match(normalize(text))
        killed, wounded = no_toll(normalize(text)) if found is None else (None, None)
        strike = events[-1]
        if killed == 0 and strike.fatalities is None and strike.injured is None:
            # "No one was hurt.", ولم تسفر عن إصابات: the strike just told, with no toll yet, hurt no one
            strike.fatalities, strike.injured = killed, wounded
            return
    if found is None:
        return
    value = parse_number(found.groupdict().get("n") or found.groupdict().get("na") or "")
    strike = next((ev for ev in reversed(events) if ev.event_type in ("attack", "airstrike")), None)
    if value is None or value < 1 or strike is None:
        return
    kind = found.groupdict().get("k") or found.groupdict().get("ka")
    if kind in ("killed", "قتل"):
        if strike.fatalities is None:
            strike.fatalities = int(value)
    elif strike.injured is None:
        strike.injured = int(value)


# "the new troops will work primarily at X", سيتمركز الجنود الجدد في: where the troops just sent will be
_SENT_TROOPS_AT = re.compile(r"\bthe\s+(?:new|additional|extra|added|latest)\s+(?:\S+\s+){0,2}?(?:troops|soldiers|forces|advisers"
                            r"|advisors|trainers|personnel|marines)\s+(?:will|would|are to|are expected to)\s+(?:\S+\s+){0,2}?"
                            r"(?:work|be based|be stationed|be deployed|operate|serve|be positioned|train)\b"
                            r"|(?:^|\s)[وف]?(?:سيتمركز|ستتمركز|سينتشر|ستنتشر|سيعمل|ستعمل)\s+(?:ال)?(?:جنود|قوات|مستشارون|عسكريون)\s+"
                            r"(?:ال)?(?:جدد|اضافيون|الجديده|الاضافيه)")


def _sent_troops_place(events: list[Event], sent: _Sentence, gaz: Gazetteer) -> bool:
    """A sentence that tells where the troops just sent will be ("the new troops will work mainly at
    Taqaddum base") places the deployment told before in a country at that base or town."""
    if not _SENT_TROOPS_AT.search(sent.norm):
        return False
    move = next((ev for ev in reversed(events) if ev.event_type == "deployment"), None)
    if move is None or move.geo_precision not in ("country", "region", "unknown"):
        return False
    place = next((m.place for m in sent.mentions if m.place is not None and m.place.geo_precision in ("site", "city")
                  and (not move.country or country_name(gaz, m.place.country) == move.country)), None)
    if place is None:
        return False
    move.location, move.location_ar, move.lat, move.lon = place.name, place.name_ar, place.lat, place.lon
    move.geo_precision = place.geo_precision
    move.event_id = move.make_id()
    return True


def _no_own_target(events: list[Event], gaz: Gazetteer) -> None:
    """A side is never the target of its own strike: tellings merged from several sentences may
    pair an actor and a target of one side (Turkish military and Turkey); the target goes."""
    for ev in events:
        if ev.target and ev.actor and root_name(gaz, ev.target) == root_name(gaz, ev.actor):
            ev.target = ev.target_ar = ""
            ev.event_id = ev.make_id()


def _page_air_power(events: list[Event], gaz: Gazetteer, rules: Rules, body: str = "") -> None:
    """On a page whose airstrikes are all by one air power (or by it and the coalition it leads), an
    airstrike it tells without a striker (on another town, the same night) is that power's, unless
    that power is what it struck; so is a strike told by its bare noun without a weapon of the ground
    ("four strikes near Baiji"). A page that calls the aircraft of its strikes of unknown origin
    (طيران مجهول المصدر) gives them no striker of its own."""
    if _UNKNOWN_CRAFT.search(normalize(body)):
        return
    named = [ev for ev in events if ev.event_type == "airstrike" and ev.actor and ev.actor_group not in generic_actors()]
    sides = {ev.actor_group for ev in events if ev.event_type in ("attack", "airstrike") and ev.actor
             and ev.actor_group not in generic_actors()}
    # (the United States and the coalition it leads are one side here)
    lead = next((x for x in sorted(sides) if sides <= camp(x)), None)
    if lead is None or not named or named[0].actor_group not in rules.air_powers:
        return
    own = camp(lead)
    for ev in events:
        if ev.actor or (ev.target and root_name(gaz, ev.target) in own):
            continue
        if _UNKNOWN_CRAFT.search(normalize(ev.sentence)):
            continue  # "aircraft of unknown origin", طائرات مجهولة: the page says it does not know whose
        if ev.event_type == "attack" and _STRIKE_WORD.search(normalize(ev.sentence)) and not _GROUND_WEAPON.search(
                normalize(ev.sentence)):
            ev.event_type = "airstrike"  # ("the command said three raids near Tikrit hit a depot": more of its strikes)
        if ev.event_type == "airstrike":
            ev.actor, ev.actor_ar, ev.actor_group = named[0].actor, named[0].actor_ar, named[0].actor_group
            ev.event_id = ev.make_id()


# a strike told by its bare noun (or by the targets it destroyed, or the bombs: not a roadside or car bomb),
# and the weapons of a ground attack
_STRIKE_WORD = re.compile(r"\b(?:strike|strikes|raid|raids|destroyed|destroying|bombard|bombarded|bombarding|bombardment)\b"
                          r"|(?<!roadside )(?<!car )(?<!truck )(?<!suicide )\bbombs?\b|(?:^|\s)[وفب]?(?:ال)?(?:غاره|غارات|ضربه|ضربات|تدمير|دمرت)(?=\s|$|[.,،])")
_GROUND_WEAPON = re.compile(r"rocket|mortar|shell|drone|missile|صاروخ|صواريخ|قذيف|قذا[ئي]ف|هاون|مسير|مدفع")


# the dead or hurt of a strike are civilians: whom it struck is no armed side
_CIVILIANS = re.compile(r"مدني|سياح|civilian|tourist")


def _campaign_target(events: list[Event], gaz: Gazetteer) -> None:
    """A page's strikes by one side on one enemy ("the operation against the PKK", then the towns
    and camps it bombed): a strike of that side the page tells without a target is on that enemy,
    unless civilians are its dead."""
    enemies: dict[str, set[str]] = {}
    for ev in events:
        if ev.event_type in ("attack", "airstrike") and ev.actor and ev.target:
            enemies.setdefault(root_name(gaz, ev.actor), set()).add(ev.target)
    for ev in events:
        if ev.event_type not in ("attack", "airstrike") or not ev.actor or ev.target:
            continue
        found = enemies.get(root_name(gaz, ev.actor), set())
        if len({root_name(gaz, t) for t in found}) != 1 or _CIVILIANS.search(normalize(ev.sentence)):
            continue
        target = min(found)
        entry = gaz.get(target, kind="actor")
        ev.target, ev.target_ar = target, entry.name_ar if entry is not None else ""
        ev.event_id = ev.make_id()


def _give_actor(ev: Event, gaz: Gazetteer, actor: Entry) -> None:
    """Name an actor of the gazetteer as the one who acted, and renumber the event."""
    ev.actor, ev.actor_ar, ev.actor_group = actor.name, actor.name_ar, gaz.root(actor.id).name
    ev.event_id = ev.make_id()


def _unnamed_attackers(events: list[Event], gaz: Gazetteer, air_powers: frozenset[str] = frozenset()) -> None:
    """On a page that names no attacker at all, an attack is the Unidentified Armed Group of the
    country where it happened (as ACLED codes it), and so is an attack on the one side a page names
    as striking (it did not attack itself), and an attack on a base no named side is told to have
    struck; a strike from the air stays without actor."""
    generic = gaz.get("unidentified_armed_group", kind="actor")
    if generic is None:
        return
    named = {root_name(gaz, ev.actor) for ev in events if ev.event_type in ("attack", "airstrike")
             and ev.actor and ev.actor_group not in generic_actors()}
    # (the bases a named side is told to have struck: an unnamed attack there may be theirs)
    struck_by_named = {ev.location for ev in events if ev.event_type in ("attack", "airstrike") and ev.actor
                       and ev.actor_group not in generic_actors() and ev.location}
    for ev in events:
        if (ev.event_type == "airstrike" and not ev.actor and ev.target and root_name(gaz, ev.target) in air_powers
                and _DRONE.search(normalize(ev.sentence)) and not _AIRCRAFT.search(normalize(ev.sentence))):
            # drones no one is named to have flown, on an air power's base or forces (تعرضت قاعدة حميميم
            # الروسية لقصف جوي بواسطة طائرات مسيرة): an attack, as groups make on the bases
            ev.event_type = "attack"
            ev.event_id = ev.make_id()
        if ev.event_type != "attack" or ev.actor or not ev.location or _AIRCRAFT.search(normalize(ev.sentence)):
            continue  # (warplanes or an air force named: an air power struck, no armed group)
        # a page that names who struck may tell the same strikes again without naming them, unless
        # this attack hit a base no named side is told to have struck, or hit the one side the page
        # names, or the alliance it leads (rockets on a US or coalition base on a page of US strikes
        # in reply)
        base_unclaimed = ev.geo_precision == "site" and ev.location not in struck_by_named
        on_the_striker = bool(ev.target) and len(named) == 1 and root_name(gaz, ev.target) in camp(*named)
        if named and not base_unclaimed and not on_the_striker:
            continue
        place = gaz.get(ev.location, kind="place")
        if place is None or not place.country:
            continue
        actor = national_variant(gaz, generic, place.country)
        _give_actor(ev, gaz, actor)


_DRONE = re.compile(r"مسير|درون|\bdrones?\b|\bUAVs?\b", re.IGNORECASE)


# shells or rockets fired from a side of a border (من الطرف السوري, "from Iraqi territory")
_FIRED_FROM = re.compile(r"(?:اطلقت|اطلق|اطلقتا|اطلقا|سقطت|fired|launched)\s+(?:\S+\s+){0,2}?(?:من|from)\s")


_SIDE_WORD = re.compile(r"(?<!\S)(?:ال)?(سوري|عراقي|syria|iraq)")
_SIDE_COUNTRY = {"سوري": "SY", "syria": "SY", "عراقي": "IQ", "iraq": "IQ"}


def _fired_from(events: list[Event], gaz: Gazetteer) -> None:
    """An attack that no one is named for, fired from the Syrian or Iraqi side of a border ("two mortar
    shells fired from the Syrian side fell on Ceylanpinar"), is the Unidentified Armed Group of that
    country, wherever it fell."""
    generic = gaz.get("unidentified_armed_group", kind="actor")
    if generic is None:
        return
    for ev in events:
        if ev.event_type != "attack" or ev.actor:
            continue
        text = normalize(ev.sentence)
        found = _FIRED_FROM.search(text)
        if found is None:
            continue
        after = text[found.end() : found.end() + 80]
        # the first side named: a place of a country, or its adjective (من الطرف السوري, Iraqi territory)
        side = _SIDE_WORD.search(after)
        places = [m for m in gaz.find(after) if m.entry.country and (side is None or m.start < side.start())]
        origin = places[0].entry.country if places else _SIDE_COUNTRY[side.group(1)] if side else ""
        actor = national_variant(gaz, generic, origin)
        if actor is generic:
            continue  # (a country with no armed group of its own in the theatre: no one named)
        _give_actor(ev, gaz, actor)


# "two days after the attack", بعد يومين من مقتل: a day counted from another event, not the news day
_ANCHORED = prefiltered(re.compile(r"(?:بعد|قبل)\s+(?:\S+\s+)?(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|ساعات|ساعه|ساعتين)\S*\s+من"
                                   r"|\b(?:days?|weeks?|hours?)\s+(?:after|before|earlier|later)\b"))


# Where strikes and attacks are in scope: Iraq, Syria, and the neighbours where the forces of the
# theatre are struck or strike across a border (Tower 22 in Jordan, Turkish border towns; an attack in
# Ankara is not of this theatre).
THEATRE = frozenset({"IQ", "SY", "JO", "TR"})
# Where this theatre's forces are based or sent: the theatre, its neighbours, the Gulf and Cyprus
REGION = THEATRE | {"IR", "IL", "LB", "KW", "SA", "QA", "AE", "BH", "CY", "EG"}
# in Turkey, only the provinces along the Syrian and Iraqi borders (south of latitude 38, east of 35)
_BORDER_BELT = (38.0, 35.0)


def _in_theatre(ev: Event, gaz: Gazetteer) -> bool:
    """A strike placed outside the theatre (the 7 October attack on Israel told as background, a
    strike in Gaza or Lebanon) is out of scope, and so is one the page places nowhere ("air strikes
    turned the war", "the recent attacks") unless it has a toll, or is an air strike with its striker
    and a day; so are troops placed outside the region; every other kind of event stays."""
    if ev.event_type in ("deployment", "withdrawal", "troop_level"):
        # troops in Afghanistan, Mali or Ukraine are of another theatre; the Gulf, Cyprus and the
        # neighbours host this one's
        place = gaz.get(ev.location, kind="place") if ev.location else None
        return place is None or not place.country or place.country in REGION
    if ev.event_type not in ("attack", "airstrike"):
        return True
    if not ev.location:
        # (an air strike told with its striker and its own day is an incident the page could not
        # place: "US jets struck three facilities near the border on Monday morning")
        return ev.fatalities is not None or ev.injured is not None or (
            ev.event_type == "airstrike" and bool(ev.date_text) and bool(ev.actor) and ev.actor_group not in generic_actors())
    place = gaz.get(ev.location, kind="place")
    if place is None or not place.country:
        return True
    if place.country == "TR" and place.lat is not None and place.lon is not None:
        return place.lat <= _BORDER_BELT[0] and place.lon >= _BORDER_BELT[1]  # Kilis, Ceylanpinar; not Ankara
    return place.country in THEATRE


def _history(ev: Event, reference: date | None) -> bool:
    """A statement, agreement or other event told only by a year (or a month) two or more years
    before the page ("IS proclaimed its caliphate in 2014", "in late 2017 IS was declared defeated",
    "IS took Mosul in June 2014" on a page of 2016, "the first strikes since a truce agreed in 2013"):
    history the page recalls, not its news. (Strikes and moves of past years stay: a page may report
    them.)"""
    if ev.event_type not in ("statement", "agreement", "other") or reference is None or ev.date_end is None:
        return False
    if ev.date_precision in ("year", "season"):
        return reference.year - ev.date_end.year >= 2
    return ev.date_precision == "month" and (reference - ev.date_end).days >= 730


# a budget year named as such: "the 2023 budget", FY2018, "fiscal year 2019", ميزانية 2023, موازنة عام 2024
_BUDGET_YEAR = re.compile(r"(?:ميزانيه|موازنه|السنه الماليه|العام المالي|budget|fiscal year|fiscal|\bfy)\s*(?:\S+\s+)?(?:عام\s+)?((?:19|20)\d\d)\b"
                          r"|\b((?:19|20)\d\d)\s+(?:\S+\s+)?budget")
_COMPARED = re.compile(r"(?:مقارنه|قياسا)\s*(?:ب|مع)?\s*$|\b(?:compared (?:with|to)|than|from)\s+(?:the\s+)?$")
# a year told relative to another ("last year's amount", مبلغ العام الفائت): not the page's budget year
_OTHER_YEAR = re.compile(r"(?:العام|السنه|عام|الميزانيه|الموازنه)\s+(?:المالي\s+|الماليه\s+)?(?:الماضي|الماضيه|الفايت|الفايته|المنصرم|السابق|السابقه|المقبل|المقبله|القادم|القادمه)"
                         r"|\b(?:last|previous|prior|next|coming)\s+(?:fiscal\s+)?year")


def _budget_year(events: list[Event]) -> None:
    """An amount of a budget year is of that year, not of the day it was asked for ("asked on Tuesday
    for $1.2 billion in its 2019 budget"); on a page about one budget year, the amounts it lists
    without a date of their own are of that year too, not of the week the page was published; on a
    page with one payer, the amounts that name none are that payer's."""
    funding = [ev for ev in events if ev.event_type == "funding"]
    payers = {ev.actor_group for ev in funding if ev.actor}
    if len(payers) == 1:
        # a budget told line by line, its payer named once: the lines that name none are its own
        payer = next(ev for ev in funding if ev.actor)
        for ev in funding:
            if not ev.actor:
                ev.actor, ev.actor_ar, ev.actor_group = payer.actor, payer.actor_ar, payer.actor_group
                ev.event_id = ev.make_id()
    years = set()
    for ev in funding:
        text = normalize(ev.sentence)
        named = {int(m.group(1) or m.group(2)): m.group() for m in _BUDGET_YEAR.finditer(text)
                 if not _COMPARED.search(text, max(0, m.start() - 16), m.start())}  # (not "compared with the 2025 budget")
        years.update(named)
        if len(named) == 1:
            ((year, text),) = named.items()
            _set_year(ev, year, text)
    if len(years) != 1:
        return
    (year,) = years
    for ev in funding:
        if not ev.date_text and not _OTHER_YEAR.search(normalize(ev.sentence)):
            _set_year(ev, year, ev.date_text)


def _set_year(ev: Event, year: int, text: str) -> None:
    ev.date_start, ev.date_end, ev.date_precision, ev.date_text = date(year, 1, 1), date(year, 12, 31), "year", text
    ev.event_id = ev.make_id()


def _news_day(events: list[Event], article: Article) -> None:
    """The day the news broke: when the page dates everything it tells in its week of publication to
    one day ("the alliance's chief said on Thursday"), its sentences without a date of their own
    ("NATO will boost its mission, Stoltenberg says") are of that day, not of the whole week."""
    pub = article.published
    if pub is None:
        return
    days = {ev.date_start for ev in events if ev.date_text and ev.date_precision == "day"
            and ev.date_start is not None and ev.date_start == ev.date_end
            and pub - timedelta(days=6) <= ev.date_start <= pub}
    if len(days) != 1:
        return
    (day,) = days
    for ev in events:
        if not ev.date_text and ev.date_precision == "week" and ev.date_end == pub and not _ANCHORED.search(
                normalize(ev.sentence)):
            ev.date_start = ev.date_end = day
            ev.date_precision = "day"
            ev.event_id = ev.make_id()
