"""The Articles page: what each article yielded and where it went; uploads within their budget."""

from __future__ import annotations

import os
import re

import pytest

from conflict_timeline.budget import Budget
from conflict_timeline.store import EventStore
from tests.test_app import (  # noqa: F401  (data_env: the module's store; local_viewer: may write)
    _articles_page,
    _open,
    data_env,
    local_viewer,
)


def _caption_count(at) -> int:
    caption = next(c.value for c in at.caption if "events from this article" in c.value)
    return int(re.match(r"([\d,]+) events from this article", caption).group(1).replace(",", ""))


def test_articles_page_counts_what_each_article_yielded(data_env: str) -> None:  # noqa: F811
    store = EventStore(os.environ["CONFLICT_TIMELINE_DB"], readonly=True)
    raw = store.events_frame(merged=False)["article_id"].value_counts()
    merged = store.events_frame()["article_id"].value_counts()
    store.close()
    shrunk = [a for a in raw.index if merged.get(a, 0) < raw[a]]
    assert shrunk, "no article of the corpus had a report merged into another"
    article_id = shrunk[0]
    at = _open("pages/articles.py", article=article_id)
    assert not at.exception, [e.value for e in at.exception]
    assert _caption_count(at) == raw[article_id]
    table = at.dataframe[-1].value
    assert len(table) == raw[article_id]
    assert {"incident", "incident_sources"} <= set(table.columns)
    assert (table["incident"] != "").all()
    assert "went into an incident kept under another report" in " ".join(c.value for c in at.caption)


@pytest.mark.usefixtures("local_viewer")
def test_an_upload_over_its_time_budget_fails_in_one_line_and_saves_nothing(
        data_env: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from conflict_timeline.ui import ingest

    def endless(article):
        while True:
            try:
                sum(range(1000))
            except Exception:
                pass

    monkeypatch.setattr(ingest, "extract_events", endless)
    monkeypatch.setattr(ingest, "DEFAULT_BUDGET", Budget(seconds=0.5))
    store = EventStore(os.environ["CONFLICT_TIMELINE_DB"], readonly=True)
    before = store.counts()
    at = _articles_page()
    at.radio(key="add_mode").set_value("Paste text").run()
    at.text_area(key="add_paste").input("A slow page\nTroops arrived at a base in a text that never ends.\n").run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value.replace("\\", "") for e in at.error]  # shown escaped for Markdown
    assert len(errors) == 1 and "pasted.txt" in errors[0] and "stopped after 0.5 s" in errors[0]
    assert "\n" not in errors[0]
    assert not [b for b in at.button if b.key == "add_save"]  # nothing to save
    assert store.counts() == before
    store.close()
