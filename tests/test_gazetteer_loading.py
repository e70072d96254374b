"""Loading the gazetteer's CSV files: copied data loads, and every bad file, row or reference gives
a one-line error naming the file (and the line) and the reason."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from conflict_timeline.gazetteer import DEFAULT_FOLDER, Gazetteer, GazetteerError

# --- loading errors ---------------------------------------------------------------------------------


def _copy_data(tmp_path: Path) -> Path:
    for name in ("actors.csv", "places.csv"):
        shutil.copy(DEFAULT_FOLDER / name, tmp_path / name)
    return tmp_path


def _append(path: Path, row: str) -> int:
    """Append a row and return its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + row + "\n", encoding="utf-8")
    return text.count("\n") + 1


def test_copied_data_loads(tmp_path: Path) -> None:
    # the copy holds the curated files only
    assert len(Gazetteer.load(_copy_data(tmp_path))) == len(Gazetteer.load(generated=False))


@pytest.mark.parametrize(
    ("file", "row", "reason"),
    [
        (
            "places.csv",
            "bad_lat,Bad Town,بلدة,city,IQ,country_iraq,north,44.0,city,,,GeoNames 1,,,",
            "lat 'north'",
        ),
        ("places.csv", "no_src,Nowhere,مكان,city,IQ,country_iraq,33.1,44.1,city,,,,,,", "coord_source"),
        ("places.csv", "orphan,Orphan,يتيم,city,IQ,no_such_region,33.1,44.1,city,,,GeoNames 1,,,", "parent"),
        ("places.csv", "pin,Pin,دبوس,country,IQ,,33.1,44.1,site,,,GeoNames 1,,,", "geo_precision"),
        ("actors.csv", "bad_type,Bad Type,نوع,militia,IQ,,,,,,,,", "type 'militia'"),
        ("actors.csv", "bad_date,Bad Date,تاريخ,state,IQ,,,,,2024-13-01,,,", "valid_from"),
        ("actors.csv", "bad_rep,Bad Rep,ممثل,person,IQ,,,,nobody,,,,", "represents 'nobody'"),
        ("actors.csv", "iraq,Iraq again,العراق,state,IQ,,,,,,,,", "duplicate id"),
    ],
)
def test_bad_row_gives_a_one_line_error_naming_file_and_line(
    tmp_path: Path, file: str, row: str, reason: str
) -> None:
    folder = _copy_data(tmp_path)
    line = _append(folder / file, row)
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load(folder)
    message = str(info.value)
    assert "\n" not in message
    assert f"{file}:{line}:" in message
    assert reason in message


def test_missing_file_and_missing_column(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"actors\.csv: file not found"):
        Gazetteer.load(tmp_path)
    folder = _copy_data(tmp_path)
    lines = (folder / "places.csv").read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace("coord_source", "source")
    (folder / "places.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"places.csv:1: missing column\(s\) coord_source"):
        Gazetteer.load(folder)


def test_spreadsheet_byte_order_mark_and_wrong_encoding(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    places = folder / "places.csv"
    text = places.read_text(encoding="utf-8")
    places.write_text(text, encoding="utf-8-sig")  # as a spreadsheet saves it
    assert len(Gazetteer.load(folder)) == len(Gazetteer.load(generated=False))
    places.write_bytes(text.encode("cp1256", errors="replace"))
    with pytest.raises(GazetteerError, match=r"places\.csv: not UTF-8 text") as info:
        Gazetteer.load(folder)
    assert "\n" not in str(info.value)


def test_parent_loop_is_an_error(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _append(folder / "actors.csv", "loop_a,Loop A,أ,agency,IQ,loop_b,,,,,,,")
    line_b = _append(folder / "actors.csv", "loop_b,Loop B,ب,agency,IQ,loop_a,,,,,,,")
    with pytest.raises(GazetteerError, match="loops"):
        Gazetteer.load(folder)
    assert line_b > 1


def test_time_bound_alias_needs_no_code_change(tmp_path: Path) -> None:
    """A new pair of time-bound actors sharing an alias resolves by date from the CSV alone."""
    folder = _copy_data(tmp_path)
    _append(
        folder / "actors.csv",
        "old_council,Old Council,المجلس القديم,government,IQ,,المجلس المحلي,,,,2019-12-31,,",
    )
    _append(
        folder / "actors.csv",
        "new_council,New Council,المجلس الجديد,government,IQ,,المجلس المحلي,,,2020-01-01,,,",
    )
    g = Gazetteer.load(folder)
    entry = g.actors("قال المجلس المحلي")[0].entry
    assert g.resolve_actor(entry, date(2018, 1, 1)).name == "Old Council"
    assert g.resolve_actor(entry, date(2021, 1, 1)).name == "New Council"


