"""Synthetic events frames for tests and benchmarks.

`synthetic_events(n, seed)` returns a frame with the columns and dtypes of
`EventStore.events_frame()`: real base, city and country names with their coordinates, real
actors, a mix of event types, statuses and date precisions whose ranges agree with the
precision, troop numbers on troop rows, and denials linked to the reports they deny.

Everything is drawn with numpy and assembled from small lookup tables, so a million rows take
about a second. Places and actors come from `data/gazetteer/*.csv` when those files are present
(places with coordinates; actors with an Arabic name); a small built-in list is used otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from conflict_timeline.schema import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    LANGUAGES,
    PRECISIONS,
    STATUSES,
    Article,
    Event,
)
from conflict_timeline.synth_data import (
    ACTOR_ROLES,
    AMOUNTS_MUSD,
    BUILTIN_ACTORS,
    DEFAULT_TARGETS,
    ERA_BOUNDS,
    GEO_P,
    MAX_LAG_DAYS,
    MONTHS_AR,
    MONTHS_EN,
    NOWHERE,
    PRECISION_P,
    SEASONS_AR,
    SEASONS_EN,
    SENTENCES,
    SOURCES,
    STATUS_P,
    TITLES,
    TROOP_CHANGES,
    TROOP_LEVELS,
    TYPE_P_BY_ERA,
    Actor,
    load_actors,
    load_places,
)

if TYPE_CHECKING:
    from conflict_timeline.store import EventStore


FIRST_DAY = np.datetime64("2014-01-01", "D")
LAST_DAY = np.datetime64("2025-12-31", "D")
DATE_DTYPE = "datetime64[ns]"


# ----------------------------------------------------------------------------- helpers


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: a bijection of uint64, so distinct inputs give distinct ids."""
    with np.errstate(over="ignore"):
        z = x + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def _hex_ids(values: np.ndarray) -> np.ndarray:
    """uint64 values as 16-character lowercase hex strings (object array)."""
    text = values.astype(">u8").tobytes().hex()
    return np.frombuffer(text.encode("ascii"), dtype="S16").astype("U16").astype(object)


def _choice(rng: np.random.Generator, p: Sequence[float], size: int) -> np.ndarray:
    weights = np.asarray(p, dtype=float)
    return rng.choice(len(weights), size=size, p=weights / weights.sum())


def _pick_rows(rng: np.random.Generator, cum: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Per row, an index drawn from the cumulative distribution `cum[rows]`."""
    u = rng.random(len(rows))[:, None]
    return (u >= cum[rows]).sum(axis=1).clip(max=cum.shape[1] - 1)


def _day_weights(days: np.ndarray) -> np.ndarray:
    """News intensity over time: the war on Islamic State, early 2020, the Gaza war months."""
    w = np.ones(len(days))
    spans = (
        ("2014-08-01", "2017-12-31", 2.0),
        ("2019-12-15", "2020-03-31", 3.0),
        ("2023-10-15", "2024-02-29", 6.0),
        ("2024-08-01", "2024-09-30", 2.0),
    )
    for start, end, factor in spans:
        w[(days >= np.datetime64(start)) & (days <= np.datetime64(end))] *= factor
    return w / w.sum()


def _format_table(keys: np.ndarray, build) -> tuple[np.ndarray, np.ndarray]:
    """Build one string per distinct key; return (strings per row, lengths per row)."""
    if len(keys) == 0:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    low = keys.min(axis=0)
    shifted = (keys - low).T
    flat = np.ravel_multi_index(tuple(shifted), tuple(int(m) + 1 for m in shifted.max(axis=1)))
    _, first, inverse = np.unique(flat, return_index=True, return_inverse=True)
    texts = np.array([build(*row) for row in keys[first].tolist()], dtype=object)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    return texts[inverse], lengths[inverse]


def _categorical(codes: np.ndarray, categories: Sequence[str]) -> pd.Categorical:
    return pd.Categorical.from_codes(codes.astype(np.int64), categories=list(categories))


def _unique_categories(names: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Categories (unique, order kept) and the code of each input name."""
    cats = list(dict.fromkeys(names))
    index = {c: i for i, c in enumerate(cats)}
    return cats, np.array([index[n] for n in names], dtype=np.int64)


# ----------------------------------------------------------------------------- dates


def _date_ranges(
    rng: np.random.Generator, ref: np.ndarray, precision: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start, end, early) per row from a reference day and the precision code."""
    p = {name: i for i, name in enumerate(PRECISIONS)}
    start = ref.copy()
    end = ref.copy()
    week = precision == p["week"]
    start[week] = ref[week] - np.timedelta64(6, "D")

    month = ref.astype("datetime64[M]")
    is_month = precision == p["month"]
    early = is_month & (rng.random(len(ref)) < 0.2)
    start[is_month] = month[is_month].astype("datetime64[D]")
    end[is_month] = (month[is_month] + 1).astype("datetime64[D]") - np.timedelta64(1, "D")
    end[early] = start[early] + np.timedelta64(9, "D")

    season = precision == p["season"]
    month_of_year = month.astype(np.int64) % 12
    first = month - ((month_of_year + 1) % 3)  # seasons begin in December, March, June, September
    start[season] = first[season].astype("datetime64[D]")
    end[season] = (first[season] + 3).astype("datetime64[D]") - np.timedelta64(1, "D")

    year = ref.astype("datetime64[Y]")
    is_year = precision == p["year"]
    start[is_year] = year[is_year].astype("datetime64[D]")
    end[is_year] = (year[is_year] + 1).astype("datetime64[D]") - np.timedelta64(1, "D")

    unknown = precision == p["unknown"]
    start[unknown] = np.datetime64("NaT")
    end[unknown] = np.datetime64("NaT")
    return start, end, early


def _date_text(precision: int, lang: int, day: int, early: int) -> str:
    name = PRECISIONS[precision]
    if name == "unknown":
        return ""
    d = np.datetime64(day, "D").astype(object)  # datetime.date
    ar = LANGUAGES[lang] == "ar"
    months = MONTHS_AR if ar else MONTHS_EN
    if name == "day":
        return f"{d.day} {months[d.month - 1]} {d.year}"
    if name == "week":
        return "الأسبوع الماضي" if ar else "last week"
    if name == "month":
        if early:
            return f"مطلع {months[d.month - 1]} {d.year}" if ar else f"early {months[d.month - 1]} {d.year}"
        return f"{months[d.month - 1]} {d.year}"
    if name == "season":
        season = ((d.month % 12) // 3) % 4
        year = d.year + (1 if d.month == 12 else 0) if season == 0 else d.year
        return f"{SEASONS_AR[season]} {year}" if ar else f"{SEASONS_EN[season]} {year}"
    return f"عام {d.year}" if ar else f"in {d.year}"


# ----------------------------------------------------------------------------- main entry


def synthetic_events(n: int, seed: int = 0) -> pd.DataFrame:
    """A realistic events frame of `n` rows with the columns and dtypes of `EventStore.events_frame()`."""
    if n < 0:
        raise ValueError(f"n: must be >= 0, got {n}")
    rng = np.random.default_rng(seed)
    places = (*load_places(), NOWHERE)
    actors = load_actors()
    types = np.array(EVENT_TYPES)

    # Articles: publication day, language, source.
    n_art = max(1, -(-n // 3))
    # From the 7th day on, so that "the week ending on publication" stays inside the period.
    all_days = np.arange(FIRST_DAY + np.timedelta64(6, "D"), LAST_DAY + np.timedelta64(1, "D"))
    art_day = all_days[_choice(rng, _day_weights(all_days), n_art)]
    art_lang = (rng.random(n_art) >= 0.8).astype(np.int64)  # 0 = ar, 1 = en
    n_src = np.array([len(SOURCES[lang]) for lang in LANGUAGES])
    art_src = (rng.random(n_art) * n_src[art_lang]).astype(np.int64)
    undated = rng.random(n_art) < 0.02

    art = np.sort(rng.integers(0, n_art, n))
    lang = art_lang[art]
    published = art_day[art]

    # Precision and dates, resolved against the publication day.
    precision = _choice(rng, [PRECISION_P[p] for p in PRECISIONS], n)
    max_lag = np.array([MAX_LAG_DAYS[p] for p in PRECISIONS])[precision]
    lag = np.where(
        precision == PRECISIONS.index("day"),
        rng.geometric(0.35, n) - 1,
        (rng.random(n) * (max_lag + 1)).astype(np.int64),
    )
    ref = np.maximum(published - lag.astype("timedelta64[D]"), FIRST_DAY + np.timedelta64(6, "D"))
    in_undated = undated[art]
    precision[in_undated & (precision == PRECISIONS.index("week"))] = PRECISIONS.index("unknown")
    date_start, date_end, early = _date_ranges(rng, ref, precision)
    # A winter season can reach outside 2014-2025: code those as a month instead.
    outside = (date_start < FIRST_DAY) | (date_end > LAST_DAY)
    if outside.any():
        precision[outside] = PRECISIONS.index("month")
        date_start[outside], date_end[outside], early[outside] = (
            a[outside] for a in _date_ranges(rng, ref, precision)
        )

    # Event type from the period of the event.
    era = np.searchsorted(np.array(ERA_BOUNDS), ref, side="right")
    type_p = np.array([TYPE_P_BY_ERA[t] for t in EVENT_TYPES]).T  # era x type
    type_cum = np.cumsum(type_p / type_p.sum(axis=1, keepdims=True), axis=1)
    etype = _pick_rows(rng, type_cum, era)

    actor_names = [a.name for a in actors]
    actor_ar = np.array([a.name_ar for a in actors], dtype=object)
    actor = np.zeros(n, dtype=np.int64)
    geo = np.zeros(n, dtype=np.int64)
    place = np.zeros(n, dtype=np.int64)
    status = np.zeros(n, dtype=np.int64)
    target = np.full(n, -1, dtype=np.int64)
    roles = {a.role for a in BUILTIN_ACTORS}
    by_role = {role: np.array([i for i, a in enumerate(actors) if a.role == role]) for role in roles}
    by_geo = {g: np.array([i for i, p in enumerate(places) if p.geo_precision == g]) for g in GEO_PRECISIONS}
    name_to_actor = {a.key: i for i, a in enumerate(actors)}
    for t_idx, t in enumerate(EVENT_TYPES):
        rows = np.flatnonzero(etype == t_idx)
        k = len(rows)
        if k == 0:
            continue
        roles = list(ACTOR_ROLES[t])
        role_of = _choice(rng, [ACTOR_ROLES[t][r] for r in roles], k)
        for r_idx, role in enumerate(roles):
            sel = rows[role_of == r_idx]
            pool = by_role[role]
            # Earlier actors of a role are the more prominent: weight them up.
            actor[sel] = pool[_choice(rng, 1.0 / np.arange(1, len(pool) + 1), len(sel))]
        geo[rows] = _choice(rng, GEO_P[t], k)
        for g in GEO_PRECISIONS:
            sel = rows[geo[rows] == GEO_PRECISIONS.index(g)]
            pool = by_geo[g]
            # Listed first is better known (Ain al-Asad, Baghdad, Iraq): weight by rank.
            weights = np.arange(1, len(pool) + 1) ** (-1.5 if g == "country" else -0.5)
            place[sel] = pool[_choice(rng, weights, len(sel))]
        statuses = list(STATUS_P[t])
        status[rows] = np.array([STATUSES.index(s) for s in statuses])[
            _choice(rng, [STATUS_P[t][s] for s in statuses], k)
        ]
        if t in DEFAULT_TARGETS:
            pool = np.array([name_to_actor[a] for a in DEFAULT_TARGETS[t] if a in name_to_actor])
            if len(pool):
                target[rows] = pool[rng.integers(0, len(pool), k)]
        elif t == "agreement":
            other = name_to_actor.get("Government of Iraq", by_role["official"][0])
            fallback = name_to_actor.get("International Coalition", by_role["state_force"][0])
            target[rows] = np.where(actor[rows] == other, fallback, other)

    # Place fields.
    place_names = [p.name for p in places]
    loc_cats, loc_codes = _unique_categories(place_names)
    country_cats, country_codes = _unique_categories([p.country for p in places])
    place_ar = np.array([p.name_ar for p in places], dtype=object)
    lat = np.array([p.lat for p in places])[place]
    lon = np.array([p.lon for p in places])[place]
    geo = np.array([GEO_PRECISIONS.index(p.geo_precision) for p in places])[place]

    # Numbers.
    is_type = {t: etype == i for i, t in enumerate(EVENT_TYPES)}
    troops = np.full(n, -1, dtype=np.int64)
    lvl = is_type["troop_level"]
    troops[lvl] = TROOP_LEVELS[rng.integers(0, len(TROOP_LEVELS), lvl.sum())]
    chg = is_type["deployment"] | is_type["withdrawal"]
    troops[chg] = TROOP_CHANGES[rng.integers(0, len(TROOP_CHANGES), chg.sum())]
    troops[is_type["withdrawal"] & (rng.random(n) < 0.15)] = -1  # "began withdrawing" without a number
    violent = is_type["attack"] | is_type["airstrike"]
    fatalities = np.where(violent & (rng.random(n) < 0.35), rng.geometric(0.4, n) - 1, -1)
    injured = np.where(is_type["attack"] & (rng.random(n) < 0.3), rng.geometric(0.3, n), -1)
    amount_idx = np.where(is_type["funding"], rng.integers(0, len(AMOUNTS_MUSD), n), -1)
    amount_usd = np.where(amount_idx >= 0, AMOUNTS_MUSD[amount_idx] * 1e6, np.nan)

    # Identifiers and the links between denials and the reports they deny.
    with np.errstate(over="ignore"):
        salt = np.uint64(seed & 0xFFFFFFFF) << np.uint64(32)
        event_ids = _hex_ids(_mix64(salt | np.arange(n, dtype=np.uint64)))
        article_keys = _mix64(_mix64(salt | np.arange(n_art, dtype=np.uint64)) ^ np.uint64(0xA5A5A5A5))
    article_ids = _hex_ids(article_keys)[art]
    denies = np.full(n, "", dtype=object)
    denied_by = np.full(n, "", dtype=object)
    reports = rng.permutation(np.flatnonzero((status == STATUSES.index("denied")) & ~is_type["denial"]))
    denials = rng.permutation(np.flatnonzero(is_type["denial"]))
    pairs = min(len(reports), len(denials))
    denies[denials[:pairs]] = event_ids[reports[:pairs]]
    denied_by[reports[:pairs]] = event_ids[denials[:pairs]]

    # Text: built once per distinct combination, then indexed.
    actor_list, target_list = actors, [*actors, Actor("", "", "")]

    def sentence(t: int, a: int, p: int, tg: int, lg: int, tr: int, am: int) -> str:
        pl = places[p]
        ar = LANGUAGES[lg] == "ar"
        loc = (pl.name_ar or pl.name) if ar else pl.name
        loc = loc or ("البلاد" if ar else "the country")
        return SENTENCES[EVENT_TYPES[t]][0 if ar else 1].format(
            actor=actor_list[a].name,
            actor_ar=actor_list[a].name_ar or actor_list[a].name,
            target=target_list[tg].name,
            target_ar=target_list[tg].name_ar or target_list[tg].name,
            loc=loc,
            loc_ar=loc,
            troops=tr if tr >= 0 else ("عددا من" if ar else "a number of"),
            amount=f"{AMOUNTS_MUSD[am]:g}" if am >= 0 else "",
        )

    def title(t: int, a: int, p: int, lg: int) -> str:
        pl = places[p]
        ar = LANGUAGES[lg] == "ar"
        loc = ((pl.name_ar or pl.name) if ar else pl.name) or ("العراق" if ar else "Iraq")
        return TITLES[EVENT_TYPES[t]][0 if ar else 1].format(
            actor=actor_list[a].name,
            actor_ar=actor_list[a].name_ar or actor_list[a].name,
            loc=loc,
            loc_ar=loc,
        )

    keys = np.stack([etype, actor, place, target, lang, troops, amount_idx], axis=1)
    sentences, lengths = _format_table(keys, sentence)
    first_row = np.searchsorted(art, art, side="left")  # rows are sorted by article
    title_keys = np.stack([etype, actor, place, lang], axis=1)[first_row]
    titles, _ = _format_table(title_keys, title)
    span_start = rng.integers(0, 2500, n)
    day_numbers = np.where(np.isnat(date_start), 0, date_start.astype(np.int64))
    date_texts, _ = _format_table(np.stack([precision, lang, day_numbers, early], axis=1), _date_text)

    src_table = [s for lg in LANGUAGES for s in SOURCES[lg]]
    src_offset = np.concatenate([[0], np.cumsum(n_src)[:-1]])
    source = np.array(src_table, dtype=object)[(src_offset[art_lang] + art_src)[art]]
    published_out = np.where(in_undated, np.datetime64("NaT"), published)

    def ints(values: np.ndarray) -> pd.arrays.IntegerArray:
        """Int64 with negative values as missing."""
        return pd.arrays.IntegerArray(np.where(values < 0, 0, values).astype(np.int64), values < 0)

    confidence = np.round(
        np.clip(rng.beta(6, 2.5, n) - 0.1 * (status == STATUSES.index("reported")), 0.05, 0.99), 2
    )
    target_ar = np.array([a.name_ar for a in target_list], dtype=object)
    target_en = np.array([a.name for a in target_list], dtype=object)
    columns = {
        "event_id": event_ids,
        "event_type": _categorical(etype, types),
        "date_start": date_start.astype(DATE_DTYPE),
        "date_end": date_end.astype(DATE_DTYPE),
        "date_precision": _categorical(precision, PRECISIONS),
        "date_text": date_texts,
        "actor": pd.Categorical.from_codes(actor, categories=actor_names),
        "actor_ar": actor_ar[actor],
        "actor_group": _actor_groups(actor_names)[actor],
        "target": target_en[target],
        "target_ar": target_ar[target],
        "location": _categorical(loc_codes[place], loc_cats),
        "location_ar": place_ar[place],
        "country": _categorical(country_codes[place], country_cats),
        "lat": lat.astype(np.float64),
        "lon": lon.astype(np.float64),
        "geo_precision": _categorical(geo, GEO_PRECISIONS),
        "troops": ints(troops),
        "fatalities": ints(fatalities),
        "injured": ints(injured),
        "amount_usd": amount_usd.astype(np.float64),
        "status": _categorical(status, STATUSES),
        "confidence": confidence.astype(np.float64),
        "sentence": sentences,
        "span_start": ints(span_start),
        "span_end": ints(span_start + lengths),
        "article_id": article_ids,
        "article_title": titles,
        "published": published_out.astype(DATE_DTYPE),
        "source": source,
        "language": _categorical(lang, LANGUAGES),
        "denies": denies,
        "denied_by": denied_by,
        "sources": ints(np.minimum(rng.geometric(0.6, n), 8)),
    }
    frame = pd.DataFrame({c: _column(v) for c, v in columns.items()}, copy=False)
    return frame[list(EVENT_COLUMNS)]


def _column(values: object) -> object:
    """Object arrays stay object dtype (pandas would otherwise infer its string dtype)."""
    if isinstance(values, np.ndarray) and values.dtype == object:
        return pd.Series(values, dtype=object, copy=False)
    return values


# ----------------------------------------------------------------------------- into a store

_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def _python_values(column: pd.Series) -> np.ndarray:
    """A column as an object array of Python values: date, int, float, str, None for missing."""
    if pd.api.types.is_datetime64_dtype(column):
        return column.to_numpy().astype("datetime64[D]").astype(object)
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.astype(object).to_numpy()
    if column.dtype == "float64":
        values = column.to_numpy(dtype=object)
        values[column.isna().to_numpy()] = None
        return values
    return column.to_numpy(dtype=object, na_value=None)


def frame_records(frame: pd.DataFrame) -> tuple[list[Article], Iterator[Event]]:
    """The articles (one per article_id, empty body) and events of an events frame, as schema records."""
    first = frame.drop_duplicates("article_id")
    published = _python_values(first["published"])
    articles = [
        Article(article_id=a, title=t, body="", published=p, source=s, language=lg)
        for a, t, p, s, lg in zip(
            first["article_id"], first["article_title"], published, first["source"],
            first["language"].astype(str), strict=True,
        )
    ]  # fmt: skip
    columns = [_python_values(frame[name]) for name in _EVENT_FIELDS]
    return articles, (Event(*row) for row in zip(*columns, strict=True))


def write_to_store(store: EventStore, frame: pd.DataFrame, chunk: int = 50_000) -> int:
    """Write an events frame into a store through its public `ingest`, in chunks; returns events added."""
    added = 0
    for begin in range(0, len(frame), chunk):
        articles, events = frame_records(frame.iloc[begin : begin + chunk])
        added += store.ingest(articles, events)[1]
    return added


def _actor_groups(names: list[str]) -> pd.Categorical:
    """For each actor name, the top of its gazetteer parent chain (the name itself when unknown)."""
    try:
        from .gazetteer import Gazetteer

        gaz = Gazetteer.default()
    except Exception:  # no gazetteer data: every actor is its own group
        gaz = None
    groups = []
    for name in names:
        entry = gaz.get(name, kind="actor") if gaz is not None else None
        groups.append(gaz.root(entry.id).name if entry is not None else name)
    cats = sorted(set(groups))
    return pd.Categorical.from_codes([cats.index(g) for g in groups], categories=cats)
