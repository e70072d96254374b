"""Typed event frames: the dtypes of every column, conversions from SQLite rows and Parquet segments."""

from __future__ import annotations

import sys
from dataclasses import fields
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from conflict_timeline.schema import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    LANGUAGES,
    PRECISIONS,
    STATUSES,
    Event,
)

EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
_DATE_FIELDS = ("date_start", "date_end", "published")
_INT_FIELDS = ("troops", "fatalities", "injured", "span_start", "span_end", "sources")
_FLOAT_FIELDS = ("lat", "lon", "amount_usd", "confidence")
_FIXED_CATEGORIES = {
    "event_type": EVENT_TYPES,
    "date_precision": PRECISIONS,
    "status": STATUSES,
    "geo_precision": GEO_PRECISIONS,
    "language": LANGUAGES,
}
_VALUE_CATEGORIES = ("country", "actor", "actor_group", "location")
# Text columns with few distinct values per row count (one sentence, title or source serves many
# events): read from segments as dictionaries, so each distinct string becomes one Python object.
_REPEATED_TEXT = ("date_text", "actor_ar", "target", "target_ar", "location_ar", "sentence", "article_title",
                  "source", "denies", "denied_by")


def _typed_frame(columns: dict[str, tuple | list]) -> pd.DataFrame:
    data: dict[str, object] = {}
    for name in EVENT_COLUMNS:
        values = np.asarray(columns[name], dtype=object)
        if name in _DATE_FIELDS:
            data[name] = pd.Series(np.array(values, dtype="datetime64[D]").astype("datetime64[ns]"))
        elif name in _INT_FIELDS:
            data[name] = pd.array(values, dtype="Int64")
        elif name in _FLOAT_FIELDS:
            data[name] = pd.to_numeric(values, errors="coerce").astype("float64")
        elif name in _FIXED_CATEGORIES:
            data[name] = pd.Categorical(values, categories=list(_FIXED_CATEGORIES[name]))
        elif name in _VALUE_CATEGORIES:
            data[name] = pd.Categorical(values)
        elif name in _REPEATED_TEXT and len(values):  # one object per distinct string, as from segments
            codes, uniques = pd.factorize(values)
            data[name] = pd.Series(uniques.take(codes), dtype=object)
        else:
            data[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=list(EVENT_COLUMNS))


def _restore_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    """Dtypes after a round trip through Arrow: fixed vocabularies, object strings, ns datetimes."""
    data = {}
    for name in EVENT_COLUMNS:
        col = frame.pop(name)  # the converted column replaces the original: one copy at a time
        if name in _FIXED_CATEGORIES:
            wanted = list(_FIXED_CATEGORIES[name])
            if not (isinstance(col.dtype, pd.CategoricalDtype) and list(col.cat.categories) == wanted):
                col = pd.Series(pd.Categorical(col.astype(object), categories=wanted))
        elif name in _VALUE_CATEGORIES:
            if not isinstance(col.dtype, pd.CategoricalDtype):
                col = col.astype("category")
        elif name in _DATE_FIELDS:
            if col.dtype != "datetime64[ns]":
                col = col.astype("datetime64[ns]")
        elif name in _INT_FIELDS:
            if col.dtype != "Int64":
                col = col.astype("Int64")
        elif name in _FLOAT_FIELDS:
            if col.dtype != "float64":
                col = col.astype("float64")
        elif col.dtype != object:
            col = col.astype(object)
        data[name] = col
        _release_arrow_memory()
    return pd.DataFrame(data, columns=list(EVENT_COLUMNS))


def _release_arrow_memory() -> None:
    """Give freed Arrow buffers back to the system (the allocator keeps them otherwise), so that
    converting a large frame column by column never holds two copies of it."""
    pa = sys.modules.get("pyarrow")
    if pa is not None:
        pa.default_memory_pool().release_unused()


def concat_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Event frames one after the other, keeping every dtype (categories of values are united)."""
    frames = [f for f in frames if len(f)] or frames[:1]
    if len(frames) == 1:
        return frames[0]
    data = {}
    for name in EVENT_COLUMNS:
        if name in _VALUE_CATEGORIES:
            data[name] = union_categoricals([f[name].array for f in frames])
        else:
            data[name] = pd.concat([f[name] for f in frames], ignore_index=True)
    return pd.DataFrame(data, columns=list(EVENT_COLUMNS))


def _rows_frame(rows: list[tuple]) -> pd.DataFrame:
    """A typed frame from event rows in EVENT_FIELDS order (as inserted)."""
    positions = [EVENT_FIELDS.index(name) for name in EVENT_COLUMNS]
    columns = list(zip(*rows, strict=True))
    data = {}
    for name, pos in zip(EVENT_COLUMNS, positions, strict=True):
        values = columns[pos]
        if name not in _INT_FIELDS + _FLOAT_FIELDS + _DATE_FIELDS:
            values = ["" if v is None else v for v in values]
        data[name] = values
    return _typed_frame(data)


def _read_parquet(paths: list[Path]) -> pd.DataFrame:
    """One typed frame from segment files (one Arrow table, dictionaries unified, then pandas)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.concat_tables([pq.read_table(p, read_dictionary=_REPEATED_TEXT) for p in paths]).unify_dictionaries()
    if table.column_names != list(EVENT_COLUMNS):
        raise ValueError("unexpected segment columns")
    _release_arrow_memory()
    frame = table.to_pandas(split_blocks=True, self_destruct=True)  # frees Arrow buffers as it goes
    del table
    _release_arrow_memory()
    return _restore_dtypes(frame)


def empty_events_frame() -> pd.DataFrame:
    return _typed_frame({name: () for name in EVENT_COLUMNS})
