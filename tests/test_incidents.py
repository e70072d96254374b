"""Incidents: reports of one incident grouped across articles, figures never summed."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from conflict_timeline import incidents as inc
from tests.test_filters import make_frame

TOWER = dict(event_type="attack", location="Tower 22", country="Jordan", geo_precision="site", target="US military")


def _groups(frame: pd.DataFrame) -> list[set[str]]:
    numbers = inc.incident_numbers(frame)
    ids = frame["event_id"].to_numpy()
    return sorted(({str(i) for i in ids[numbers == n]} for n in np.unique(numbers)), key=min)


def test_reports_of_one_attack_are_one_incident_and_figures_are_not_summed() -> None:
    frame = make_frame([
        dict(TOWER, date_start="2024-01-28", date_end="2024-01-28", fatalities=3, source="AP", sources=2,
             status="confirmed"),
        dict(TOWER, date_start="2024-01-25", date_end="2024-01-31", date_precision="week", fatalities=3,
             source="Reuters"),
        dict(TOWER, date_start="2024-01-01", date_end="2024-01-31", date_precision="month", fatalities=4,
             source="Al Mayadeen", actor="Islamic Resistance in Iraq", status="claimed", published="2024-02-02"),
    ])
    assert _groups(frame) == [{"e000", "e001", "e002"}]
    table = inc.incidents(frame)
    assert len(table) == 1
    row = table.iloc[0]
    assert row["reports"] == 3 and row["sources"] == 4
    assert row["fatalities"] == 3  # the figure of the most articles (3 of 4), never 3 + 3 + 4
    assert row["figures_note"] == "killed: 3 (3) or 4 (1)"
    assert row["date_start"] == pd.Timestamp("2024-01-28") and row["date_precision"] == "day"
    assert row["event_id"] == "e000"
    assert row["actor"] == "Islamic Resistance in Iraq"  # a named attacker and unknown ones are compatible
    assert row["status"] == "confirmed"
    assert row["source_status"] == "AP: confirmed; Reuters: reported; Al Mayadeen: claimed"


def test_different_places_types_dates_and_attackers_stay_apart() -> None:
    frame = make_frame([
        dict(TOWER, date_start="2024-01-28", date_end="2024-01-28"),
        dict(TOWER, date_start="2024-01-29", date_end="2024-01-29"),  # the next day: another attack
        dict(TOWER, location="al-Tanf Garrison", date_start="2024-01-28", date_end="2024-01-28"),
        dict(TOWER, event_type="airstrike", date_start="2024-01-28", date_end="2024-01-28"),
        dict(TOWER, location="", date_start="2024-01-28", date_end="2024-01-28"),  # no place: alone
        dict(TOWER, location="", date_start="2024-01-28", date_end="2024-01-28"),
        dict(TOWER, date_start=None, date_end=None, date_precision="unknown"),  # no date: alone
    ])
    assert _groups(frame) == [{"e000"}, {"e001"}, {"e002"}, {"e003"}, {"e004"}, {"e005"}, {"e006"}]


def test_two_named_attackers_are_two_incidents_and_an_unknown_one_joins_the_nearest() -> None:
    base = dict(event_type="attack", location="Ain al-Asad Air Base", geo_precision="site")
    frame = make_frame([
        dict(base, actor="Islamic Resistance in Iraq", actor_group="Islamic Resistance in Iraq",
             date_start="2024-01-20", date_end="2024-01-20"),
        dict(base, actor="Kataib Hezbollah", actor_group="Islamic Resistance in Iraq",  # same family
             date_start="2024-01-20", date_end="2024-01-20"),
        dict(base, actor="Islamic State", actor_group="Islamic State", date_start="2024-01-14",
             date_end="2024-01-20", date_precision="week"),
        dict(base, date_start="2024-01-14", date_end="2024-01-14"),
    ])
    assert _groups(frame) == [{"e000", "e001"}, {"e002", "e003"}]


def test_an_actor_that_is_its_own_target_counts_as_unknown() -> None:
    taji = dict(event_type="attack", location="Camp Taji", geo_precision="site", date_start="2020-03-11",
                date_end="2020-03-11", fatalities=2)
    frame = make_frame([
        dict(taji, actor="International Coalition", actor_group="International Coalition",
             target="International Coalition", status="confirmed"),
        dict(taji, target="US military"),
    ])
    table = inc.incidents(frame)
    assert len(table) == 1
    assert table.iloc[0]["actor"] == "" and table.iloc[0]["fatalities"] == 2


def test_a_monthly_summary_does_not_glue_two_attacks() -> None:
    frame = make_frame([
        dict(TOWER, date_start="2024-01-05", date_end="2024-01-05"),
        dict(TOWER, date_start="2024-01-20", date_end="2024-01-20"),
        dict(TOWER, date_start="2024-01-01", date_end="2024-01-31", date_precision="month"),
        dict(TOWER, date_start="2024-03-01", date_end="2024-03-31", date_precision="month"),
        dict(TOWER, date_start="2024-03-01", date_end="2024-03-31", date_precision="month"),
    ])
    assert _groups(frame) == [{"e000"}, {"e001"}, {"e002"}, {"e003", "e004"}]


def test_troop_levels_with_different_figures_are_different_claims() -> None:
    level = dict(event_type="troop_level", location="Syria", geo_precision="country", actor="United States",
                 date_start="2024-12-19", date_end="2024-12-19")
    frame = make_frame([dict(level, troops=900), dict(level, troops=2000), dict(level, troops=2000)])
    assert _groups(frame) == [{"e000"}, {"e001", "e002"}]
    assert sorted(inc.incidents(frame)["troops"].tolist()) == [900, 2000]


def test_empty_frame() -> None:
    frame = make_frame([])
    assert len(inc.incident_numbers(frame)) == 0
    assert inc.incidents(frame).empty


def test_a_large_frame_is_grouped_quickly(synthetic_frame: pd.DataFrame) -> None:
    big = pd.concat([synthetic_frame] * 20, ignore_index=True)  # 100,000 reports, each repeated 20 times
    start = time.perf_counter()
    numbers = inc.incident_numbers(big)
    table = inc.incidents(big, numbers)
    assert time.perf_counter() - start < 10
    # every copy of a placed, dated report joins its original; the others stay alone
    placed = (synthetic_frame["date_start"].notna() & (synthetic_frame["location"].astype(str) != "")).to_numpy()
    copies = numbers.reshape(20, -1)
    assert (copies[:, placed] == copies[0, placed]).all()
    assert len(np.unique(copies[:, ~placed])) == 20 * int((~placed).sum())
    assert len(table) <= int(placed.sum()) + 20 * int((~placed).sum())
    assert table["reports"].sum() == len(big)
