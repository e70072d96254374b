"""Reports of one event folded together: clusters by type, actor family, place and close dates."""

from __future__ import annotations

import numpy as np
import pandas as pd

MERGE_DAYS = 1  # reports of one event: dates within one day of each other


def merge_actor(frame: pd.DataFrame) -> pd.Series:
    """The actor that decides whether two reports are one event: its family (`actor_group`, the top
    of the gazetteer's parent chain: the Pentagon and CENTCOM are the United States) where known."""
    actor = frame["actor"].astype(object).fillna("")
    group = frame["actor_group"].astype(object).fillna("")
    return group.where(group != "", actor)


def _codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of a column and a mask of its blank ("" or missing) values."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy().astype(np.int64)
        categories = column.cat.categories
        blank_codes = np.flatnonzero(np.asarray(categories == "", dtype=bool))
        blank = (codes < 0) | np.isin(codes, blank_codes)
        return codes, blank
    values = column.astype(object).fillna("").to_numpy()
    codes = pd.factorize(values)[0].astype(np.int64)
    return codes, values == ""


def _sort_order(keys: list[np.ndarray]) -> np.ndarray:
    """Row order sorting by keys (first key most significant), ties kept in row order.

    Non-negative integer keys are packed into one int64 when they fit (one fast argsort); otherwise
    numpy's lexsort is used.
    """
    shifted = [k - k.min() if len(k) else k for k in keys]
    bits = [int(k.max()).bit_length() if len(k) else 0 for k in shifted]
    if sum(bits) <= 63:
        packed = np.zeros(len(keys[0]), dtype=np.int64)
        for key, width in zip(shifted, bits, strict=True):
            packed = (packed << width) | key.astype(np.int64)
        return np.argsort(packed, kind="stable")
    return np.lexsort((np.arange(len(keys[0])), *reversed(keys)))


def cluster_ids(frame: pd.DataFrame) -> np.ndarray:
    """A cluster number per row: reports of one event (same type, actor family, location and date
    precision, both dated, start and end within MERGE_DAYS of the previous report) share a number;
    everything else stands alone. Rows without an actor and without a place are never merged (nothing
    says they are one event). Ranges of one precision have one length (a day, an ISO week, a month ...),
    so a coarse range never sits between two close reports of a finer one in the sort order.

    Vectorised: one sort, one pass of comparisons with the previous row, one cumulative sum.
    """
    n = len(frame)
    out = np.arange(n, dtype=np.int64) + n  # undated or unkeyed rows: their own cluster
    if n == 0:
        return out
    start = frame["date_start"].to_numpy().astype("datetime64[D]")
    end = frame["date_end"].to_numpy().astype("datetime64[D]")
    actor, no_actor = _codes(merge_actor(frame))
    location, no_location = _codes(frame["location"])
    mergeable = ~np.isnat(start) & ~np.isnat(end) & ~(no_actor & no_location)
    idx = np.flatnonzero(mergeable)
    if len(idx) == 0:
        return out
    t = _codes(frame["event_type"])[0][idx]
    p = _codes(frame["date_precision"])[0][idx]
    a, loc = actor[idx], location[idx]
    s, e = start[idx].astype(np.int64), end[idx].astype(np.int64)
    order = _sort_order([t, a, loc, p, s, e])
    t, a, loc, p, s, e = t[order], a[order], loc[order], p[order], s[order], e[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (
        (t[1:] != t[:-1]) | (a[1:] != a[:-1]) | (loc[1:] != loc[:-1]) | (p[1:] != p[:-1])
        | (s[1:] - s[:-1] > MERGE_DAYS) | (np.abs(e[1:] - e[:-1]) > MERGE_DAYS)
    )
    out[idx[order]] = np.cumsum(new) - 1
    return out


def merge_events(frame: pd.DataFrame, consume: bool = False) -> pd.DataFrame:
    """Fold reports of the same event into one row (see cluster_ids); `sources` counts articles.

    The row kept is the most confident report, then the earliest published, then the first stored.
    With consume=True the columns of `frame` are moved out one at a time (it is left empty), so the
    peak memory is one frame plus one column rather than two frames.
    """
    if frame.empty:
        return frame.copy()
    n = len(frame)
    clusters = cluster_ids(frame)
    article_codes = pd.factorize(frame["article_id"])[0].astype(np.int64)
    width = article_codes.max() + 1
    pairs = pd.unique(clusters * width + article_codes)  # distinct (cluster, article)
    counts = np.bincount(pairs // width, minlength=2 * n)
    published = frame["published"].to_numpy().astype("datetime64[D]")
    days = published.astype(np.int64)
    published_key = np.where(np.isnat(published), days[~np.isnat(published)].max(initial=0) + 1, days)
    confidence = np.clip(frame["confidence"].fillna(0.0).to_numpy(), 0.0, 1.0)
    less_confident = np.rint((1.0 - confidence) * 1_000_000).astype(np.int64)
    order = _sort_order([clusters, less_confident, published_key])
    sorted_clusters = clusters[order]
    first = np.ones(n, dtype=bool)
    first[1:] = sorted_clusters[1:] != sorted_clusters[:-1]
    chosen = np.sort(order[first])
    if consume:
        data = {}
        for name in list(frame.columns):
            data[name] = frame.pop(name).take(chosen).reset_index(drop=True)
        out = pd.DataFrame(data)
    else:
        out = frame.iloc[chosen].reset_index(drop=True)
    sources = counts[clusters[chosen]]
    out["sources"] = pd.array(sources, dtype="Int64")
    return out
