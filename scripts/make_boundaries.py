"""Write data/boundaries/countries.geojson: Natural Earth 1:110m countries of the region.

The shapefile is the `naturalearth_lowres` dataset bundled in the geopandas 0.14.4 wheel on PyPI
(Natural Earth admin-0 countries, 1:110m, public domain). The script downloads that wheel with
pip (or takes one given with --wheel), reads the shapefile with pyshp straight from the zip,
keeps the countries of the region, rounds coordinates to 3 decimals and writes compact GeoJSON.

    pip install pyshp
    python scripts/make_boundaries.py                 # downloads the wheel with pip
    python scripts/make_boundaries.py --wheel tmp/geopandas-0.14.4-py3-none-any.whl

Only this script needs pyshp; the dashboard reads the GeoJSON it writes.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "data" / "boundaries" / "countries.geojson"
WHEEL = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# ISO 3166 alpha-3 codes as Natural Earth spells them (CYN is Northern Cyprus).
REGION = (
    "IRQ", "SYR", "JOR", "IRN", "TUR", "ISR", "PSE", "LBN", "SAU", "KWT", "EGY", "CYP", "CYN",
    "ARM", "AZE", "GEO", "QAT", "ARE", "OMN", "YEM",
)  # fmt: skip
DIGITS = 3


def download_wheel(directory: Path) -> Path:
    """Fetch the geopandas wheel (no dependencies) with pip into `directory`."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        WHEEL,
        "--no-deps",
        "--only-binary",
        ":all:",
        "-d",
        str(directory),
    ]
    subprocess.run(cmd, check=True)
    wheels = sorted(directory.glob("geopandas-0.14.4-*.whl"))
    if not wheels:
        raise SystemExit(f"{directory}: pip download left no geopandas 0.14.4 wheel")
    return wheels[0]


def read_countries(wheel: Path) -> list[tuple[dict, dict]]:
    """(attributes, geometry) of every country in the wheel's shapefile."""
    try:
        import shapefile  # pyshp
    except ImportError:
        raise SystemExit("pyshp: not installed (pip install pyshp); only this script needs it") from None
    try:
        with zipfile.ZipFile(wheel) as zf:
            parts = {ext: io.BytesIO(zf.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
            encoding = zf.read(f"{MEMBER}.cpg").decode("ascii").strip() or "latin-1"
    except (KeyError, zipfile.BadZipFile) as exc:
        raise SystemExit(f"{wheel}: no readable {MEMBER}.shp inside ({exc})") from None
    reader = shapefile.Reader(**parts, encoding=encoding)
    return [(sr.record.as_dict(), sr.shape.__geo_interface__) for sr in reader.shapeRecords()]


def _ring(points: list, digits: int) -> list[list[float]]:
    """Round a ring and drop points that became duplicates of their predecessor."""
    out: list[list[float]] = []
    for x, y, *_ in points:
        point = [round(x, digits), round(y, digits)]
        if not out or point != out[-1]:
            out.append(point)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def round_geometry(geometry: dict, digits: int = DIGITS) -> dict:
    kind = geometry["type"]
    if kind == "Polygon":
        rings = [_ring(r, digits) for r in geometry["coordinates"]]
        return {"type": kind, "coordinates": [r for r in rings if len(r) >= 4]}
    if kind == "MultiPolygon":
        polygons = [[_ring(r, digits) for r in poly] for poly in geometry["coordinates"]]
        return {
            "type": kind,
            "coordinates": [[r for r in p if len(r) >= 4] for p in polygons if len(p[0]) >= 4],
        }
    raise SystemExit(f"shapefile: unexpected geometry type {kind!r}")


def build(countries: list[tuple[dict, dict]], region: tuple[str, ...] = REGION) -> dict:
    features = []
    for attrs, geometry in countries:
        if attrs["iso_a3"] not in region:
            continue
        features.append(
            {
                "type": "Feature",
                "id": attrs["iso_a3"],
                "properties": {"name": attrs["name"], "iso_a3": attrs["iso_a3"]},
                "geometry": round_geometry(geometry),
            }
        )
    missing = sorted(set(region) - {f["id"] for f in features})
    if missing:
        raise SystemExit(f"shapefile: countries not found: {', '.join(missing)}")
    features.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--wheel", type=Path, help="a downloaded geopandas-0.14.4 wheel (default: pip download)"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output GeoJSON (default {DEFAULT_OUT})"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(Path(tmp))
        if not wheel.is_file():
            raise SystemExit(f"{wheel}: no such file")
        collection = build(read_countries(wheel))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(collection['features'])} countries, {len(text) / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
