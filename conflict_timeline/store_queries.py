"""Lookups in the event store: the reports of one merged event, the stored articles."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date

import numpy as np
import pandas as pd

from conflict_timeline.merging import MERGE_DAYS, cluster_ids, merge_actor, merge_events
from conflict_timeline.schema import Article


class StoreQueries:
    """Read-only lookups shared by `EventStore` (which provides the connection, its lock and `_select_rows`)."""

    _conn: sqlite3.Connection
    _lock: threading.RLock

    def event_sources(self, event_id: str) -> pd.DataFrame:
        """All reports (one row per report, with its article's url) of the merged event holding event_id.

        Reads only the candidate rows (same type, place and merge actor, dates in a window that grows
        until the cluster is inside it) and clusters them as `events_frame()` does, so it stays fast on
        a large store.
        """
        columns = ["event_id", "article_id", "article_title", "published", "source", "url", "sentence",
                   "confidence", "status"]
        with self._lock:
            own = not self._conn.in_transaction
            if own:
                self._conn.execute("BEGIN")
            try:
                members = self._cluster_of(event_id)
            finally:
                if own:
                    self._conn.execute("COMMIT")
        if members is None:
            return pd.DataFrame(columns=columns)
        urls = self._article_urls(members["article_id"].unique().tolist())
        out = members.assign(url=members["article_id"].map(urls).fillna(""))
        out = out.sort_values(["published", "confidence"], ascending=[True, False], na_position="last")
        return out[columns].reset_index(drop=True)

    def _cluster_of(self, event_id: str) -> pd.DataFrame | None:
        own, _ = self._select_rows("WHERE event_id = ?", (event_id,))
        if own.empty:
            return None
        row = own.iloc[0]
        who = str(merge_actor(own).iloc[0])
        if pd.isna(row["date_start"]) or pd.isna(row["date_end"]) or not (who or row["location"]):
            return own
        # the candidates: same type, place and merge actor (`merge_actor`: the family, else the actor)
        if who:
            actor_sql, actor_params = "(actor_group = ? OR (coalesce(actor_group, '') = '' AND actor = ?))", (who, who)
        else:
            actor_sql, actor_params = "coalesce(actor_group, '') = '' AND actor = ''", ()
        start = row["date_start"].date().toordinal()
        first_day, last_day = date.min.toordinal(), date.max.toordinal()
        window = 8
        while True:
            low, high = max(start - window, first_day), min(start + window, last_day)
            rows, _ = self._select_rows(
                f"WHERE event_type = ? AND {actor_sql} AND location = ? AND date_start BETWEEN ? AND ?",
                (str(row["event_type"]), *actor_params, str(row["location"]),
                 date.fromordinal(low).isoformat(), date.fromordinal(high).isoformat()),
            )
            clusters = cluster_ids(rows)
            mine = clusters[int(np.flatnonzero(rows["event_id"].to_numpy() == event_id)[0])]
            members = rows[clusters == mine]
            first = members["date_start"].min().date().toordinal()
            last = members["date_start"].max().date().toordinal()
            if ((first - low > MERGE_DAYS or low == first_day)
                    and (high - last > MERGE_DAYS or high == last_day)):
                return members
            window *= 4

    def _article_urls(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        with self._lock:
            rows = self._conn.execute(f"SELECT article_id, url FROM articles WHERE article_id IN ({marks})",
                                      ids).fetchall()
        return dict(rows)

    def articles_frame(self) -> pd.DataFrame:
        """One row per article (body included) with the number of raw events each yielded."""
        with self._lock:
            frame = pd.read_sql_query(
                "SELECT a.article_id, a.title, a.body, a.published, a.source, a.url, a.tags, a.related, "
                "a.language, a.path, a.idx AS \"index\", a.ingested_at, COUNT(e.event_id) AS events "
                "FROM articles a LEFT JOIN events e ON e.article_id = a.article_id "
                "GROUP BY a.article_id ORDER BY a.path, a.idx",
                self._conn,
            )
        frame["published"] = pd.to_datetime(frame["published"], format="%Y-%m-%d", errors="coerce").astype(
            "datetime64[ns]"
        )
        frame["tags"] = [tuple(json.loads(t or "[]")) for t in frame["tags"]]
        frame["related"] = [tuple(json.loads(t or "[]")) for t in frame["related"]]
        frame["events"] = frame["events"].astype("Int64")
        frame["index"] = frame["index"].astype("Int64")
        return frame

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT article_id, title, body, published, source, url, tags, related, language, path, idx "
                "FROM articles WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        return Article(
            article_id=row[0], title=row[1], body=row[2],
            published=date.fromisoformat(row[3]) if row[3] else None,
            source=row[4] or "", url=row[5] or "", tags=tuple(json.loads(row[6] or "[]")),
            related=tuple(json.loads(row[7] or "[]")), language=row[8] or "ar", path=row[9] or "",
            index=row[10] or 0,
        )

    def article_ids(self) -> list[tuple[str, str]]:
        """(article_id, path) of every stored article."""
        with self._lock:
            return [tuple(r) for r in self._conn.execute("SELECT article_id, path FROM articles").fetchall()]

    def stored_article_ids(self, article_ids: list[str]) -> set[str]:
        """Those of the given article ids that are stored (read now, not from a cache)."""
        found: set[str] = set()
        with self._lock:
            for start in range(0, len(article_ids), 500):
                chunk = article_ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows = self._conn.execute(f"SELECT article_id FROM articles WHERE article_id IN ({marks})", chunk)
                found.update(r[0] for r in rows)
        return found

    def article_event_rows(self, article_id: str) -> list[dict]:
        """The stored event rows of one article, as stored (column name to value), in rowid order."""
        with self._lock:
            cur = self._conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY rowid", (article_id,))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def article_events(self, article_id: str) -> pd.DataFrame:
        """Every event the article yielded (its raw reports, in stored order), each with the incident it
        went into: `incident` is the event id of the merged event that holds it (its own id when it is
        the report kept, another article's report when that one was kept), and `incident_sources` the
        number of articles reporting that incident. Counting these, not the merged events that carry
        the article's id, is what the article yielded."""
        with self._lock:
            own = not self._conn.in_transaction
            if own:
                self._conn.execute("BEGIN")
            try:
                rows, _ = self._select_rows("WHERE article_id = ?", (article_id,))
                incidents, sources = [], []
                for event_id in rows["event_id"].astype(str):
                    members = self._cluster_of(event_id)
                    kept = merge_events(members) if members is not None and len(members) else None
                    if kept is None or kept.empty:
                        incidents.append(event_id)
                        sources.append(1)
                    else:
                        incidents.append(str(kept["event_id"].iloc[0]))
                        sources.append(int(kept["sources"].iloc[0]))
            finally:
                if own:
                    self._conn.execute("COMMIT")
        return rows.assign(incident=incidents, incident_sources=pd.array(sources, dtype="Int64"))
