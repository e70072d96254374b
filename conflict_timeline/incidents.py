"""Incidents, not reports: the stored reports of one incident across articles grouped into one row.

Two reports are of one incident when they have the same event type and place, their date ranges
overlap, and their actors are compatible: the same actor family, or one of them unnamed (a named
attacker and "unknown" are one incident). An actor equal to the target (the coalition attacking the
coalition) is read as unnamed. Troop levels also need the same figure: two sources' different
figures are two claims, which the troop page shows side by side as a conflict.

Pure and vectorised (no pairwise loops): reports are blocked by (type, place[, figure]), sorted by
date, and chained by a sweep over overlapping ranges. Short ranges (up to a week) chain among
themselves; a coarser range (a month, a year) joins the one incident it overlaps, or stays apart when
it overlaps several (a monthly summary must not glue two attacks into one; the same range reported
twice is still one). Reports without a date or
a place stay incidents of their own.

Figures are never summed across reports: an incident's fatalities, injured and troops are the figure
stated by the most articles (ties: the latest published), and `figures_note` says when reports
disagree.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from conflict_timeline.gazetteer_io import generic_actors
from conflict_timeline.schema import PRECISIONS

ANCHOR_DAYS = 7  # ranges up to this many days chain with each other; longer ones only attach
FIGURES: tuple[str, ...] = ("fatalities", "injured", "troops")
STATUS_STRENGTH: dict[str, int] = {"confirmed": 4, "claimed": 3, "reported": 2, "planned": 1, "denied": 0}
INCIDENT_COLUMNS: tuple[str, ...] = ("incident", "reports", "source_status", "figures_note")
_SHIFT = 1 << 22  # days fit below this (date ordinals shifted to start at 0)


def _strings(column: pd.Series) -> np.ndarray:
    """A text or categorical column as an object array of str, '' for missing (through the categories
    when categorical: converting a million strings one by one is slow)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        names = np.asarray(column.cat.categories.astype(str), dtype=object)
        names = np.append(names, "")
        return names[column.cat.codes.to_numpy()]  # code -1 (missing) takes the appended ''
    return column.to_numpy(dtype=object, na_value="")


def _codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes (-1 for blank) of a text or categorical column, and the mask of blanks."""
    values = _strings(column)
    codes = pd.factorize(values)[0].astype(np.int64)
    blank = values == ""
    codes[blank] = -1
    return codes, blank


def _pack(*codes: np.ndarray) -> np.ndarray:
    """One int64 key from several small non-negative integer codes (0..k-1 each), then factorized."""
    key = np.zeros(len(codes[0]), dtype=np.int64)
    for code in codes:
        width = int(code.max()) + 1 if len(code) else 1
        key = key * width + code
    return pd.factorize(key)[0].astype(np.int64)


def named_family(frame: pd.DataFrame) -> np.ndarray:
    """The actor family of each report (`actor_group`, else the actor), '' when unnamed or when the actor
    is the target itself (an extraction that reads the attacked side as the attacker)."""
    actor = _strings(frame["actor"])
    group = _strings(frame["actor_group"]) if "actor_group" in frame else np.full(len(frame), "", dtype=object)
    target = _strings(frame["target"])
    family = np.where(group != "", group, actor)
    self_target = (actor != "") & ((actor == target) | (family == target))
    # the Unidentified Armed Group is no one named: compatible with any named attacker
    unnamed = np.isin(family, list(generic_actors()))
    return np.where(self_target | unnamed, "", family)


def _sweep(block: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Chain ranges of one block that overlap (sorted sweep); returns a chain number per row (0..k-1)."""
    n = len(block)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((start, block))
    b, s, e = block[order], start[order], end[order]
    # the running maximum of the end within a block: ends shifted by the block so that one cummax works
    reach = np.maximum.accumulate(b * _SHIFT + e)
    new = np.ones(n, dtype=bool)
    new[1:] = (b[1:] != b[:-1]) | (b[1:] * _SHIFT + s[1:] > reach[:-1])
    out = np.empty(n, dtype=np.int64)
    out[order] = np.cumsum(new) - 1
    return out


def incident_numbers(frame: pd.DataFrame) -> np.ndarray:
    """An incident number per row (0..k-1, in no particular order): reports of one incident share it."""
    n = len(frame)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    start = frame["date_start"].to_numpy().astype("datetime64[D]")
    end_col = frame["date_end"].fillna(frame["date_start"])
    end = end_col.to_numpy().astype("datetime64[D]")
    place, no_place = _codes(frame["location"])
    kind = _codes(frame["event_type"])[0]
    troops = frame["troops"].astype("Float64").fillna(-1).to_numpy(dtype=float).astype(np.int64)
    is_level = frame["event_type"].astype(str).to_numpy() == "troop_level"
    figure = np.where(is_level, troops, -2)
    eligible = ~np.isnat(start) & ~np.isnat(end) & ~no_place
    comp = np.full(n, -1, dtype=np.int64)
    idx = np.flatnonzero(eligible)
    if len(idx):
        block = _pack(kind[idx], place[idx], pd.factorize(figure[idx])[0].astype(np.int64))
        s = start[idx].astype(np.int64)
        e = np.maximum(end[idx].astype(np.int64), s)
        low = s.min()
        s, e = s - low, e - low
        anchor = (e - s) <= ANCHOR_DAYS
        a_idx = np.flatnonzero(anchor)
        chains = _sweep(block[a_idx], s[a_idx], e[a_idx])
        local = np.full(len(idx), -1, dtype=np.int64)
        local[a_idx] = chains
        c_idx = np.flatnonzero(~anchor)
        if len(c_idx) and len(a_idx):
            # each chain's block and range; chains of one block are disjoint, so sorted keys stay sorted
            k = int(chains.max()) + 1
            c_block = np.zeros(k, dtype=np.int64)
            c_block[chains] = block[a_idx]
            c_start = np.full(k, np.iinfo(np.int64).max)
            np.minimum.at(c_start, chains, s[a_idx])
            c_end = np.zeros(k, dtype=np.int64)
            np.maximum.at(c_end, chains, e[a_idx])
            by = np.lexsort((c_start, c_block))
            start_keys = c_block[by] * _SHIFT + c_start[by]
            end_keys = c_block[by] * _SHIFT + c_end[by]
            lo = np.searchsorted(end_keys, block[c_idx] * _SHIFT + s[c_idx], side="left")
            hi = np.searchsorted(start_keys, block[c_idx] * _SHIFT + e[c_idx], side="right")
            single = (hi - lo) == 1
            local[c_idx[single]] = by[lo[single]]
            # a range over several incidents stays apart from them; the same range reported twice is one
            several = c_idx[(hi - lo) > 1]
            same = _pack(block[several], s[several], e[several] - s[several])
            local[several] = k + same
            base = k + (int(same.max()) + 1 if len(same) else 0)
            c_idx = c_idx[(hi - lo) == 0]
        else:
            base = int(local.max()) + 1 if len(a_idx) else 0
        if len(c_idx):  # coarse ranges that touch no short one chain among themselves
            local[c_idx] = base + _sweep(block[c_idx], s[c_idx], e[c_idx])
        comp[idx] = local
    lone = np.flatnonzero(comp < 0)
    comp[lone] = (comp.max() + 1 if len(idx) else 0) + np.arange(len(lone))
    return _split_by_actor(comp, named_family(frame), start)


def _split_by_actor(comp: np.ndarray, family: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Split chains holding several named families; unnamed reports join the family nearest in date."""
    fam = pd.factorize(family)[0].astype(np.int64)
    fam[family == ""] = -1
    named = fam >= 0
    distinct = pd.DataFrame({"c": comp[named], "f": fam[named]}).drop_duplicates().groupby("c").size()
    mixed = distinct.index[distinct.to_numpy() > 1].to_numpy()
    if len(mixed) == 0:
        return pd.factorize(comp)[0].astype(np.int64)
    in_mixed = np.isin(comp, mixed)
    chosen = fam.copy()
    unnamed = np.flatnonzero(in_mixed & ~named)
    if len(unnamed):
        days = np.where(np.isnat(start), 0, start.astype(np.int64))
        known = pd.DataFrame({"c": comp[in_mixed & named], "d": days[in_mixed & named],
                              "f": fam[in_mixed & named]}).sort_values("d")
        query = pd.DataFrame({"c": comp[unnamed], "d": days[unnamed], "row": unnamed}).sort_values("d")
        nearest = pd.merge_asof(query, known, on="d", by="c", direction="nearest")
        chosen[nearest["row"].to_numpy()] = nearest["f"].to_numpy()
    key = np.where(in_mixed, chosen, -1)
    return _pack(comp, key + 1)


def _precision_ranks(frame: pd.DataFrame) -> np.ndarray:
    """0 for a day up to 5 for an unknown date (6 for anything else)."""
    rank = {p: i for i, p in enumerate(PRECISIONS)}
    values = _strings(frame["date_precision"])
    codes, uniques = pd.factorize(values)
    return np.array([rank.get(u, len(PRECISIONS)) for u in uniques], dtype=np.int64)[codes]


def _first_by(inc: np.ndarray, keys: list[np.ndarray], mask: np.ndarray | None = None) -> pd.Series:
    """Per incident, the row (position) first in the order of `keys` (first key most significant)."""
    rows = np.arange(len(inc)) if mask is None else np.flatnonzero(mask)
    order = rows[np.lexsort((*(k[rows] for k in reversed(keys)), inc[rows]))]
    sorted_inc = inc[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = sorted_inc[1:] != sorted_inc[:-1]
    return pd.Series(order[first], index=sorted_inc[first])


def _figure(frame: pd.DataFrame, inc: np.ndarray, weight: np.ndarray, published: np.ndarray,
            column: str) -> tuple[pd.Series, pd.Series]:
    """Per incident: the figure stated by the most articles (ties: the latest published), and a note
    listing the figures when reports disagree."""
    values = frame[column].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    has = ~np.isnan(values)
    if not has.any():
        return pd.Series(dtype=float), pd.Series(dtype=object)
    parts = pd.DataFrame({"i": inc[has], "v": values[has], "w": weight[has], "p": published[has]})
    votes = parts.groupby(["i", "v"], sort=False).agg(w=("w", "sum"), p=("p", "max")).reset_index()
    votes = votes.sort_values(["i", "w", "p", "v"], ascending=[True, False, False, False], kind="stable")
    best = votes.drop_duplicates("i").set_index("i")["v"]
    counts = votes.groupby("i", sort=False).size()
    split = votes[votes["i"].isin(counts.index[counts.to_numpy() > 1])]
    label = {"fatalities": "killed", "injured": "injured", "troops": "troops"}[column]
    notes = (split.assign(t=[f"{int(v):,} ({int(w)})" for v, w in zip(split["v"], split["w"], strict=True)])
             .groupby("i", sort=False)["t"].agg(lambda t: f"{label}: " + " or ".join(t)))
    return best, notes


def incidents(frame: pd.DataFrame, numbers: np.ndarray | None = None) -> pd.DataFrame:
    """One row per incident, with the event columns (best-supported actor, date and figures) and:

    - `incident`: the incident number of `numbers` (or of `incident_numbers(frame)`),
    - `event_id`: the id of the report whose date is the finest (the incident's lead report),
    - `reports`: how many stored reports, `sources`: how many articles (a stored report may already
      hold several articles of the same wording),
    - `status`: the strongest status a source gives (confirmed, claimed, reported, planned, denied),
    - `source_status`: each source with what it says ("Reuters: confirmed; Al Mayadeen: claimed"),
    - `figures_note`: the stated figures when reports disagree ("killed: 3 (2) or 4 (1)").
    """
    inc = incident_numbers(frame) if numbers is None else np.asarray(numbers, dtype=np.int64)
    if len(frame) == 0:
        return frame.iloc[0:0].assign(**{c: pd.Series(dtype=object) for c in INCIDENT_COLUMNS})
    weight = frame["sources"].astype("Float64").fillna(1).to_numpy(dtype=float)
    published = frame["published"].to_numpy().astype("datetime64[D]").astype(np.int64)
    published = np.where(published == np.iinfo(np.int64).min, np.iinfo(np.int64).min + 1, published)
    confidence = frame["confidence"].fillna(0.0).to_numpy(dtype=float)
    precision = _precision_ranks(frame)
    undated = frame["date_start"].isna().to_numpy()
    # the lead report: the finest date, then the most articles, then the most confident
    lead = _first_by(inc, [undated.astype(np.int64), precision, -weight, -confidence])
    out = frame.iloc[lead.to_numpy()].reset_index(drop=True)
    out.insert(0, "incident", lead.index.to_numpy())
    # the actor: the named family stated by the most articles, then the most confident report
    family = named_family(frame)
    fam_code = pd.factorize(family)[0]
    pair = _pack(inc, fam_code + 1)
    fam_weight = np.bincount(pair, weights=weight)[pair]
    named = family != ""
    by_actor = _first_by(inc, [-fam_weight, -confidence], mask=named)
    incident_ids = out["incident"].to_numpy()
    take = by_actor.reindex(incident_ids).to_numpy(dtype=float) if named.any() else np.full(len(out), np.nan)
    actor_rows = np.where(np.isnan(take), lead.to_numpy(), np.nan_to_num(take)).astype(np.int64)
    unnamed = np.isnan(take)  # no report names an actor (or only the target itself): the actor is unknown
    for column in ("actor", "actor_ar", "actor_group"):
        if column in frame:
            values = frame[column].astype(object).to_numpy()[actor_rows]
            values[unnamed] = ""
            out[column] = pd.Categorical(values) if column != "actor_ar" else values
    notes = pd.Series("", index=incident_ids, dtype=object)
    for column in FIGURES:
        best, note = _figure(frame, inc, weight, published, column)
        if best.empty:
            continue
        values = out[column].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        found = best.reindex(incident_ids).to_numpy(dtype=float)
        values = np.where(np.isnan(found), values, found)
        out[column] = pd.array(np.where(np.isnan(values), None, values).tolist(), dtype="Int64")
        if not note.empty:
            joined = note.reindex(notes.index).fillna("")
            notes = notes.where(joined == "", np.where(notes == "", joined, notes + "; " + joined))
    out["figures_note"] = notes.to_numpy()
    strength = np.array([STATUS_STRENGTH.get(v, 2) for v in pd.unique(_strings(frame["status"]))])
    strength = strength[pd.factorize(_strings(frame["status"]))[0]]
    strongest = _first_by(inc, [-strength, -weight])
    out["status"] = frame["status"].take(strongest.reindex(incident_ids).to_numpy()).reset_index(drop=True)
    counts = np.bincount(inc)
    out["reports"] = counts[incident_ids]
    out["sources"] = pd.array(np.bincount(inc, weights=weight)[incident_ids].astype(np.int64), dtype="Int64")
    out["source_status"] = _source_status(frame, inc, counts[inc] > 1, incident_ids)
    return out


def _source_status(frame: pd.DataFrame, inc: np.ndarray, multi: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Per incident: 'source: status' of each report, distinct, joined with '; '."""
    source = _strings(frame["source"])
    title = _strings(frame["article_title"])
    who = np.where(source != "", source, np.where(title != "", title, "unnamed source"))
    pair = who + ": " + _strings(frame["status"])
    out = np.empty(int(inc.max()) + 1 if len(inc) else 0, dtype=object)
    out[inc[~multi]] = pair[~multi]
    rows = np.flatnonzero(multi)
    if len(rows):
        rows = rows[np.argsort(inc[rows], kind="stable")]
        groups = inc[rows]
        cuts = np.flatnonzero(np.diff(groups)) + 1
        bounds = zip(np.r_[0, cuts], np.r_[cuts, len(rows)], strict=True)
        out[groups[np.r_[0, cuts]]] = ["; ".join(dict.fromkeys(pair[rows[a:b]])) for a, b in bounds]
    return out[order]


def reports_of(frame: pd.DataFrame, numbers: np.ndarray, incident: int) -> pd.DataFrame:
    """The stored reports of one incident, oldest published first."""
    rows = frame[np.asarray(numbers) == incident]
    return rows.sort_values(["published", "confidence"], ascending=[True, False], na_position="last")



def label_reports(frame: pd.DataFrame, numbers: np.ndarray | None = None) -> pd.DataFrame:
    """The reports with the id of their incident (its lead report's event id) and its number of reports,
    in `incident_id` and `incident_reports` (for the exports)."""
    inc = incident_numbers(frame) if numbers is None else np.asarray(numbers, dtype=np.int64)
    if len(frame) == 0:
        return frame.assign(incident_id=pd.Series(dtype=object), incident_reports=pd.Series(dtype="int64"))
    weight = frame["sources"].astype("Float64").fillna(1).to_numpy(dtype=float)
    confidence = frame["confidence"].fillna(0.0).to_numpy(dtype=float)
    undated = frame["date_start"].isna().to_numpy().astype(np.int64)
    lead = _first_by(inc, [undated, _precision_ranks(frame), -weight, -confidence])
    ids = pd.Series(frame["event_id"].to_numpy()[lead.to_numpy()], index=lead.index)
    return frame.assign(incident_id=ids.reindex(inc).to_numpy(), incident_reports=np.bincount(inc)[inc])
