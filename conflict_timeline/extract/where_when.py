"""Arguments: where and when an event took place, and the event record built from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..gazetteer import Entry
from ..schema import Event
from ..text.arabic import normalize
from ..text.dates import TemporalExpression
from .context import _per_sentence, country_name, national_variant
from .date_words import (
    _ANCHORED_BEFORE,
    _ANCHORED_OPENING,
    _APPOSED,
    _COMPARED_WITH,
    _COUNT_WORDS,
    _COUNTS,
    _DEADLINE_START,
    _ISSUED_BEFORE,
    _PAST_MONTH,
    _RECORD_BEFORE,
    _RELATIVE_BETWEEN,
    _SINCE,
    _SINCE_SPAN,
    _YEAR_WRITTEN,
    _next_year,
    _without_dates,
)
from .hits import _Mention, _TriggerHit
from .localities import glue_only, office_seat
from .place_words import (
    _BASE_AFTER,
    _COMMAND_AFTER,
    _COMMAND_BEFORE,
    _COMPASS_BEFORE,
    _DAY_AFTER,
    _DIRECTION,
    _DISTANCE_FROM,
    _FROM_BEFORE,
    _INCLUDING_WORDS,
    _JUDGING_AFTER,
    _LAUNCHED_FROM,
    _LONGER_NAME_AFTER,
    _LONGER_NAME_BEFORE,
    _NAME_GOES_ON,
    _NOT_A_PLACE_BEFORE,
    _NOT_THERE,
    _ON_END,
    _PARALLEL_DIRECTION,
    _QUOTES,
    _RELATIVE_AFTER,
    _RELATIVE_VERB,
    _ROAD_AFTER,
    _ROAD_BEFORE,
    _ROAD_LINKING,
    _ROAD_WORDS,
    _SOURCE_NOUN_BEFORE,
    _SPOKE_AT,
    _STATIONED_AT,
    _TO_BEFORE,
    _UNIT_AFTER,
)
from .rules import (
    _ACCUSED,
    _BACKED,
    _BACKED_AFTER,
    _BASE_LOCATED_IN,
    _BASE_WORD,
    _BETWEEN,
    _COUNTERPART,
    _DEADLINE,
    _DESTINATION,
    _INCLUDING_NAME,
    _LOCATOR,
    _ORIGIN,
    _PLACE_CUE,
    _SOURCE_IN,
    _TROOP_NOUN_BEFORE,
    _VAGUE_TIME,
    _VISITED_BEFORE,
)


class WhereWhenMixin:
    # -- building an event
    def _event(self, etype: str, hit: _TriggerHit, pos: int, actor: Entry | None, target: Entry | None,
               place: _Mention | None, status: str, weight: float, fatalities: int | None = None,
               injured: int | None = None, troops: int | None = None) -> Event:
        s = self.s
        art = self.ctx.article
        d0, d1, prec, dtext = self._date_for(pos, deadline=etype in ("deployment", "withdrawal", "troop_level"))
        anchored = (_ANCHORED_BEFORE.search(s.norm_before(hit.start, 40)) or _ANCHORED_OPENING.match(s.norm)
                    ) if hit.norm_start else None
        if anchored and not (dtext and s.clause_of(s.offsets[min(anchored.start(), len(s.offsets) - 1)]) == s.clause_of(hit.start)
                             and any(d.span[0] > hit.start for d in s.dates)):
            # "the attack comes a day after Turkish jets struck Shkaftki": an earlier event, dated only
            # from the one it is counted from
            d0, d1, prec, dtext = None, None, "unknown", anchored.group().strip()
            counted = self._counted_day(anchored.group()) if _ANCHORED_OPENING.match(s.norm) and not s.dates else None
            if counted is not None:
                # "Ten days before the minister's trip (on Sunday), ...", "Three days earlier, ...":
                # counted from the last day the page named
                d0 = d1 = counted
                prec = "day"
        on = d0 or self.ctx.reference
        if actor is not None:
            actor = self.gaz.resolve_actor(actor, on)
        if target is not None:
            target = self.gaz.resolve_actor(target, on)
        pl = place.place if place is not None else None
        if pl is not None and pl.geo_precision == "city" and _COMPASS_BEFORE.search(s.norm_before(place.start, 26)):
            # "القاعدة الأميركية جنوب الحسكة", "40 km east of Deir ez-Zor": not in the town, in its governorate
            pl = next((e for e in self.gaz.ancestors(pl.id) if e.geo_precision == "region"), pl)
        if actor is not None and pl is not None and actor.name in self.rules.generic:
            actor = national_variant(self.gaz, actor, pl.country)  # Unidentified Armed Group (Iraq)
        confidence = weight * (0.55 + 0.15 * (actor is not None) + 0.15 * (pl is not None)
                               + 0.15 * (prec not in ("unknown",) and bool(dtext)))
        if status == "reported":
            confidence *= 0.9
        country = ""
        if pl is not None:
            country = pl.name if pl.type == "country" else country_name(self.gaz, pl.country)
        return Event(
            event_type=etype,
            article_id=art.article_id,
            sentence=s.text,
            span_start=s.offset,
            span_end=s.offset + len(s.text),
            date_start=d0,
            date_end=d1,
            date_precision=prec,
            date_text=dtext,
            actor=actor.name if actor else "",
            actor_ar=actor.name_ar if actor else "",
            actor_group=self.gaz.root(actor.id).name if actor else "",
            target=target.name if target else "",
            target_ar=target.name_ar if target else "",
            location=pl.name if pl else "",
            location_ar=pl.name_ar if pl else "",
            country=country,
            lat=pl.lat if pl else None,
            lon=pl.lon if pl else None,
            geo_precision=self._precision(pl),
            troops=troops,  # (the number is part of what the event is: its id counts it)
            fatalities=fatalities,
            injured=injured,
            status=status,
            confidence=round(min(1.0, confidence), 3),
            article_title=art.title,
            published=art.published,
            source=art.source,
            language=art.language,
        )

    def _precision(self, pl: Entry | None) -> str:
        """How precise the event's coordinates are: a town the gazetteer lacks has its holder's."""
        if pl is None:
            return "unknown"
        if pl.type == "locality":
            holder = self.gaz.get(pl.parent, kind="place")
            return holder.geo_precision if holder is not None else "region"
        return pl.geo_precision

    # -- dates
    def _counted_day(self, words: str) -> date | None:
        """The day a sentence opened by a count from another event names ("two weeks before", "a day
        later", قبل يومين من): counted from the last single day the page named, if the count is exact."""
        last = self.ctx.last_day
        found = _COUNT_WORDS.search(normalize(words).lower())
        if last is None or found is None:
            return None
        unit = found.group("unit") or found.group("unit_ar")
        word = found.group("n") or found.group("n_ar")
        if word is None:
            n = 2 if unit in ("يومين", "اسبوعين", "ساعتين") else 1 if unit in ("يوم", "اسبوع", "ساعه") else None
        else:
            n = int(word) if word.isdigit() else _COUNTS.get(word)
        if n is None:
            return None  # (several days, a few weeks: no exact day)
        days = n * 7 if unit.startswith(("week", "اسبوع", "اسابيع")) else 0 if unit.startswith(("hour", "ساع")) else n
        back = (found.group("dir") or found.group("dir_ar")) in ("before", "earlier", "قبل")
        return last - timedelta(days=days) if back else last + timedelta(days=days)

    def _date_for(self, pos: int, deadline: bool = False) -> tuple[date | None, date | None, str, str]:
        """The date of the event at `pos`: a date in its clause, else the last one before it in
        the sentence, else the first after (not a "since"); حينها/at the time: the event before;
        none: the week of publication. For a planned movement, a deadline (بحلول, by, حتى) is the event's date."""
        s = self.s
        dates = s.dates
        if deadline:
            due = [d for d in dates if _DEADLINE.search(s.norm_before(d.span[0], 14))]
            if due:
                d = due[0]
                if d.start is None:
                    return None, None, "unknown", d.text
                return self._coming(d)
        span = getattr(self, "date_span", None)
        if span is not None:
            dates = [d for d in dates if span[0] <= d.span[0] < span[1]]
        if not deadline and dates:
            # "to sign today an agreement ending the mission by the end of the year": the deadline is
            # what is agreed, the other day is when
            own = [d for d in dates if not (_DEADLINE.search(s.norm_before(d.span[0], 14))
                                            or _DEADLINE_START.match(normalize(d.text)))]
            dates = own  # (a deadline alone dates what is agreed, not the agreement: its week)
        # (a year told in a relative clause after the event is of the noun it describes: "900 troops
        # against IS, which swept Iraq in 2014", قوات التحالف الذي تأسس عام 2014)
        dates = [d for d in dates if not (d.precision in ("year", "month") and d.span[0] > pos and _RELATIVE_BETWEEN.search(
            s.norm, s.norm_pos(pos), s.norm_pos(d.span[0])))]
        # (nor is the year a record is counted in: "the deadliest since 2011", الأكثر دموية خلال العام 2023,
        # nor one compared with: مقارنة بعام 2025, "compared with 2025")
        dates = [d for d in dates if not (d.precision == "year" and (_RECORD_BEFORE.search(s.norm_before(d.span[0], 50))
                                                                  or _COMPARED_WITH.search(s.norm_before(d.span[0], 24))))]
        # (nor is the day of the statement that tells it: "the statement issued today, Friday, said the
        # strikes hit ...", البيان الذي صدر اليوم الجمعة)
        dates = [d for d in dates if not (d.span[1] <= pos and _ISSUED_BEFORE.search(s.norm_before(d.span[0], 30)))]
        clause = s.clause_of(pos)
        same = [d for d in dates if s.clause_of(d.span[0]) == clause]
        pick: TemporalExpression | None = None
        if same:
            pick = min(same, key=lambda d: abs(d.span[0] - pos))
        else:
            # (nor a date inside a "since" of another clause: "the first strikes since a truce was
            # agreed in 2013, and bombed ...": the start of a span, not the day of what follows)
            before = [d for d in dates if d.span[1] <= pos and not _SINCE_SPAN.search(s.norm_before(d.span[0], 60))]
            # (a "since" told in another clause starts what that clause tells: "Iran insists its
            # officers only advise, but hundreds have died there since 2011")
            after = [d for d in dates if d.span[0] >= pos and not _SINCE.search(s.norm_before(d.span[0], 24))]
            pick = before[-1] if before else (after[0] if after else None)
        if pick is not None and not any(c.isdigit() for c in pick.text):
            # أمس الخميس (23 تموز 2015), "on Thursday, July 23": the calendar date set beside the
            # relative one names the same day, and needs no reference to resolve
            beside = next((d for d in s.dates if d is not pick and d.start is not None and d.precision == "day"
                           and 0 <= d.span[0] - pick.span[1] <= 16 and any(c.isdigit() for c in d.text)
                           and _APPOSED.fullmatch(_without_dates(s, pick.span[1], d.span[0]))), None)
            pick = beside or pick
        if pick is None and s.cue(self.rules, "anaphora") and self.ctx.last_date is not None:
            return self.ctx.last_date
        vague = s.search(_VAGUE_TIME) if pick is None else None
        if vague is not None:
            return None, None, "unknown", vague.group()  # منذ أسابيع, in the coming months
        if pick is not None:
            if pick.start is None:
                return None, None, "unknown", pick.text
            return self._coming(pick) if pick.precision == "month" else (pick.start, pick.end, pick.precision, pick.text)
        pub = self.ctx.article.published
        if pub is None:
            # a page dated only by its furniture resolves "on Tuesday" from that day, but an
            # undated sentence of it is not put in the week before a day it was not published on
            return None, None, "unknown", ""
        return pub - timedelta(days=6), pub, "week", ""

    def _coming(self, d: TemporalExpression) -> tuple[date | None, date | None, str, str]:
        """A month with no year the sentence's future falls in is the coming one, not the last ("will
        cut its troops by the end of September", سيتقلص العدد خلال شهر سبتمبر, written in February),
        unless the words say it is past (أيلول الماضي, "last September") or the future was told at an
        earlier time (حينها)."""
        s, ref = self.s, self.ctx.article.published
        if (ref is not None and d.start is not None and d.end is not None and d.end < ref and not _YEAR_WRITTEN.search(d.text)
                and not _PAST_MONTH.search(normalize(d.text)) and (s.cue(self.rules, "planned") or s.cue(self.rules, "planned_verb"))
                and not s.cue(self.rules, "anaphora")):  # ("a source said at the time the last troops would leave in September")
            return _next_year(d.start), _next_year(d.end), d.precision, d.text
        return d.start, d.end, d.precision, d.text

    # -- places
    @_per_sentence
    def _places(self) -> list[_Mention]:
        s = self.s
        out = []
        roads: list[_Mention] = []  # (a road's cities place an event only when nothing else does)
        norm = s.norm  # (the rules below are tried only on sentences holding their words)
        road = any(w in norm for w in _ROAD_WORDS)
        listed = any(w in norm for w in _INCLUDING_WORDS)
        between = "بين" in norm or "between" in norm
        for m in s.mentions:
            if m.place is None:
                continue
            if m.weak and not _PLACE_CUE.search(s.norm_before(m.start, 12).rstrip(_QUOTES) + " ") and not (
                    _ON_END.search(s.norm_before(m.start, 8)) and any(
                        t.trigger.family == "violence" and 0 <= m.start - t.end <= 24 for t in s.triggers)):
                continue  # a weak alias needs a place word before it, or to be what a strike fell on
                # (غارات جوية على قنديل)
            if m.weak and _NAME_GOES_ON.match(s.text, m.end):
                continue  # "Tal Al-Sahen", "Tell Abyad": the first word of a longer name
            if m.place.geo_precision != "country" and m.text.isascii() and (
                    _LONGER_NAME_AFTER.match(s.text, m.end) or _LONGER_NAME_BEFORE.search(s.text, max(0, m.start - 20), m.start)):
                continue  # "Qara Qozak", "Sheikhlar Shuyukh": part of a longer name the gazetteer lacks
            if self.rules.cues.get("not_place") is not None and self.rules.cues["not_place"].match(
                    s.norm, s.norm_pos(m.start)):
                continue  # "القائم بأعمال السفارة": the chargé d'affaires, not the town of al-Qaim
            if m.place.geo_precision == "country" and _TROOP_NOUN_BEFORE.search(s.norm_before(m.start, 14)):
                continue  # جندياً تركياً, جنود أمريكيين: a nationality, not a place
            if self.ctx.article.language != "en" and any(t.start == m.start and t.end == m.end for t in s.triggers):
                continue  # سيرت القوات دورية: the verb, not the Turkish town Siirt of the same letters
            if _ORIGIN.search(s.norm_before(m.start, 30)) or _LAUNCHED_FROM.search(s.norm_before(m.start, 50)):
                continue  # "bombers took off from bases in Jordan", "drones launched by militants from
                # Idlib": where from, not where
            if m.place.geo_precision == "country" and any(
                    q.actor is not None and q.actor.type == "armed_group" and 0 <= m.start - q.end <= 1 for q in s.mentions):
                continue  # كتائب حزب الله العراق, "Hezbollah Iraq": the country is part of the group's name
            if _NOT_THERE.search(s.norm_before(m.start, 14)):
                continue  # "over Syria, though not in Iraq", لكن ليس في سوريا: where it did not happen
            if s.text[max(0, m.start - 2) : m.start].strip() == "(" and any(
                    q.place is not None and q is not m and 0 <= m.start - q.end <= 3 for q in s.mentions):
                continue  # مطار خراب الجير (رميلان باشا): another name of the place just named
            if _SOURCE_NOUN_BEFORE.search(s.norm_before(m.start, 12)):
                continue  # مصادر الميادين, مراسل الجزيرة: an outlet named after a town or region
            if _VISITED_BEFORE.search(s.norm_before(m.start, 16)) and any(t.trigger.family == "violence" for t in s.triggers):
                continue  # "despite the warnings of the minister who visited Baghdad": not where it struck
            if _SPOKE_AT.search(s.norm_before(m.start, 60)) and any(t.trigger.family == "troops" for t in s.triggers):
                continue  # "addressing the soldiers at the airfield, the president said some would leave": where he spoke
            if _DISTANCE_FROM.search(s.norm_before(m.start, 50)):
                continue  # "70 kilometres from Erbil", تبعد 70 كيلومترا عن أربيل: a landmark, not the place
            if _BACKED.search(s.norm_before(m.start, 22)) or _BACKED_AFTER.match(s.norm, s.norm_pos(m.end)):
                continue  # "Iran-backed groups", المدعومة من إيران: a patron, not a place
            if m.actor is not None and m.place.geo_precision in ("country", "city") and not _DESTINATION.search(
                    s.norm_before(m.start, 12)) and (self._is_subject(m) or (m.start <= 3 and not m.weak)) and not (
                    m.place.geo_precision == "city" and self._is_place_use(m)):
                continue  # "نفى العراق": the state speaking, not a place (هجوم أربيل: the town struck)
            if road and m.place.geo_precision == "city" and (_ROAD_BEFORE.search(s.norm_before(m.start, 40))
                                                    or _ROAD_LINKING.search(s.norm_before(m.start, 60))
                                                    or _ROAD_AFTER.match(s.norm, s.norm_pos(m.end)) or any(
                    q.place is not None and 0 < m.start - q.end <= 4 and _ROAD_BEFORE.search(s.norm_before(q.start, 40))
                    and s.text[q.end : m.start].strip(" -–—\"“”«»") == "" for q in s.mentions)):
                roads.append(m)
                continue  # طريق حلب - اللاذقية الدولي, the Aleppo-Latakia highway: a road's name, no place
            if listed and m.actor is not None and m.place.geo_precision in ("city", "country") and (
                    _INCLUDING_NAME.search(s.norm_before(m.start, 20)) or any(
                        q.actor is not None and 0 < m.start - q.end <= 3 and _INCLUDING_NAME.search(s.norm_before(q.start, 20))
                        for q in s.mentions)):
                continue  # "the international community, including Russia and Iran": addressees, no place
            if m.actor is not None and m.place.geo_precision == "city" and (
                    _COUNTERPART.search(s.norm_before(m.start, 12)) or _ACCUSED.search(s.norm_before(m.start, 30))
                    or _RELATIVE_VERB.search(s.norm_before(m.start, 24)) or _JUDGING_AFTER.match(s.norm, s.norm_pos(m.end))
                    or (_RELATIVE_AFTER.match(s.norm, s.norm_pos(m.end)) and not _DESTINATION.search(s.norm_before(m.start, 12)))):
                continue  # مذكرة تفاهم مع بغداد, "Ankara blamed Damascus", العملية التي أطلقتها أنقرة, "the
                # operation that Ankara launched", غضب بغداد التي استدعت السفير: a government, not a place
            if between and m.place.geo_precision == "city" and _BETWEEN.search(s.norm_before(m.start, 40)) and any(
                    q.place is not None and q.end <= m.start and not _BETWEEN.search(s.norm_before(q.start, 40))
                    for q in s.mentions):
                continue  # في كويسنجق بين أربيل والسليمانية: landmarks of the place named before them
            if _NOT_A_PLACE_BEFORE.search(s.norm_before(m.start, 12)) or _UNIT_AFTER.match(s.norm, s.norm_pos(m.end)):
                continue  # بتوقيت دمشق (Damascus time), a brigade or an outlet named after a town
            out.append(self._as_base(m))
        # "... the day after Syrian forces entered Khan Sheikhoun" (غداة دخولها مدينة خان شيخون): the
        # place of the earlier event the strike is dated from, once the sentence placed the strike
        mark = _DAY_AFTER.search(s.norm)
        if mark is not None and any(s.norm_pos(m.start) < mark.start() for m in out):
            out = [m for m in out if s.norm_pos(m.start) < mark.start()]
        if not out and roads:
            # a strike on a road told only by the towns it joins: somewhere on the road, in its country
            country = self.gaz.get(country_name(self.gaz, roads[0].place.country), kind="place")
            out = [replace(roads[0], place=country)] if country is not None else roads[:1]
        # the base of the troops struck elsewhere ("troops based at Camp X ... hit by a roadside
        # bomb on a desert road", القوات المتمركزة في قاعدة): where they live, not where it happened
        struck = any(t.trigger.family == "violence" for t in s.triggers) and not any(
            t.trigger.family == "troops" for t in s.triggers)  # (a move from where troops are based is there)
        based = [m for m in out if struck and _STATIONED_AT.search(s.norm_before(m.start, 30))]
        if based and len(based) < len(out):
            out = [m for m in out if m not in based and not any(
                b.place.id in {e.id for e in self.gaz.ancestors(m.place.id)} or m.place.id in {
                    e.id for e in self.gaz.ancestors(b.place.id)} for b in based)] or out
        named = [m for m in out if not m.inner]
        out = named or out
        # where the teller is ("ناشطون في مدينة كوباني", "sources in Baghdad") is not where it
        # happened, when the sentence names another place
        away = [m for m in out if not _SOURCE_IN.search(s.norm_before(m.start, 40))]
        out = away or out
        # (nor is the seat of an official who speaks, when the sentence names another place: مدير ناحية
        # سنوني, قائمقام قضاء سوران; alone, it is where he says it happened)
        seats = [m for m in out if office_seat(s.norm_before(m.start, 30))]
        # (and the places that only locate the seat: ناحية سيدكان، التابعة لقضاء سوران)
        seats += [m for m in out if any(q.end <= m.start and glue_only(s.text[q.end : m.start]) for q in seats)]
        away = [m for m in out if m not in seats]
        out = away or out
        # a city or region named to locate a base or town named before it (قاعدة القيارة جنوب الموصل,
        # K-1 near Kirkuk, a village north of Aleppo) is not a second place
        kept = [m for i, m in enumerate(out) if not (
            m.place.geo_precision in ("city", "region") and _DIRECTION.search(s.norm_before(m.start, 30))
            and any(q.start < m.start and q.place.geo_precision in ("site", "city") and q.place is not m.place
                    # ("near Raqqa and near Palmyra": the same word before each, a list of places)
                    and not (_DIRECTION.search(s.norm_before(q.start, 30))
                             and _PARALLEL_DIRECTION.fullmatch(s.norm, s.norm_pos(q.end), s.norm_pos(m.start)))
                    for q in out[:i]))]
        # the area of the command that reports (قاطع عمليات كركوك) is no second place
        kept = [m for m in kept if not (
            (_COMMAND_BEFORE.search(s.norm_before(m.start, 20)) or _COMMAND_AFTER.match(s.norm, s.norm_pos(m.end)))
            and any(q.place is not m.place for q in kept))] or kept
        return kept or out

    def _as_base(self, m: _Mention) -> _Mention:
        """A city named after a base word (مطاري عين الأسد وأربيل, قاعدة حرير) is its base."""
        place = m.place
        if place is None or not place.base:
            return m
        if _BASE_AFTER.match(self.s.text, m.end):
            # "the Harir base", "Erbil air base": the base word after the name
            base = self.gaz.get(place.base, kind="place")
            if base is not None:
                return replace(m, place=base)
        window = self.s.norm_before(m.start, 60)
        # (a base named before it, by its own name or as a town's base: "the Harir base in Erbil")
        located = _LOCATOR.search(self.s.norm_before(m.start, 22)) and any(
            q.place is not None and 0 <= m.start - q.end <= 30 and (
                (q.place.geo_precision == "site" and not _BASE_WORD.search(self.s.norm[self.s.norm_pos(q.end) : self.s.norm_pos(m.start)]))
                or (q.place.base and (after := _BASE_AFTER.match(self.s.text, q.end)) is not None
                    and not _BASE_WORD.search(self.s.norm[self.s.norm_pos(after.end()) : self.s.norm_pos(m.start)])))
            for q in self.s.mentions if q is not m)
        words = list(_BASE_WORD.finditer(window))
        # a place named between the last base word and the city: the base is at that place
        word_at = self.s.norm_pos(m.start) - len(window) + words[-1].end() if words else 0
        between = any(q.place is not None and q.place.geo_precision != "site" and q.end <= m.start
                      and self.s.norm_pos(q.start) >= word_at for q in self.s.mentions if q is not m)
        if words and not located and not between and not _BASE_LOCATED_IN.search(self.s.norm_before(m.start, 30)) and not (
                _DIRECTION.search(self.s.norm_before(m.start, 30))):
            # (قاعدة جوية تقع جنوب مدينة الموصل: a base south of the city is not in it)
            # (القاعدة الواقعة في إقليم أربيل: the base lies in the region named, it is not the city's)
            # (قاعدة في منطقة أبو غريب، غرب بغداد: the base is at the place named first, not Baghdad's)
            # (قاعدة حرير في أربيل: a city that locates a base named before it is not a second base;
            # قاعدة أخرى في أربيل is the city's base)
            base = self.gaz.get(place.base, kind="place")
            if base is not None:
                return replace(m, place=base)
        return m

    def _places_country_ok(self) -> _Mention | None:
        places = self._places()
        fine = [p for p in places if p.place.geo_precision != "country"]
        return (fine or places or [None])[0]

    def _place_near(self, pos: int, etype: str = "") -> _Mention | None:
        places = self._move_end(self._places(), etype)
        if not places:
            return None
        sites = [p for p in places if p.place.geo_precision == "site" and 0 <= p.start - pos <= 200]
        if sites:
            return sites[0]  # a base named after the move is where it happened (وهي قاعدة القيارة)
        clause = self.s.clause_of(pos)
        same = [p for p in places if self.s.clause_of(p.start) == clause]
        pool = same or places
        after = [p for p in pool if p.start >= pos]
        return (after or pool)[0] if same else min(pool, key=lambda p: abs(p.start - pos))

    def _move_end(self, places: list[_Mention], etype: str) -> list[_Mention]:
        """Of a move "from X to Y" (من X إلى Y), the end that is its place: where a deployment goes,
        where a withdrawal leaves (the other end only says where from or where to)."""
        if etype not in ("deployment", "withdrawal") or len(places) < 2:
            return places
        ends = {id(p): ("from" if _FROM_BEFORE.search(self.s.norm_before(p.start, 14)) else
                        "to" if _TO_BEFORE.search(self.s.norm_before(p.start, 14)) else "") for p in places}
        if "from" not in ends.values() or "to" not in ends.values():
            # one end told: where a deployment goes, where a withdrawal leaves ("a convoy entered through
            # the crossing with Iraq into Hasakah": Hasakah)
            own = "to" if etype == "deployment" else "from"
            return [p for p in places if ends[id(p)] == own] or places
        drop = "from" if etype == "deployment" else "to"
        return [p for p in places if ends[id(p)] != drop]
