"""Governorate (admin1) of a point, by point-in-polygon against OCHA's boundaries.

GeoNames' own admin1 codes are older than the current governorate borders, so rasd
assigns Syrian admin1 by polygon: ``data/places/syr_admin1.geojson`` is OCHA's COD-AB
for Syria (HDX ``cod-ab-syr``, v02, valid from 2020-12-17), simplified with shapely
(``simplify`` 0.002°, about 200 m, coordinates rounded to 1e-4°) by
:func:`simplify_geojson` so that it can ship inside the package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import Point, mapping, shape

POLYGONS = "syr_admin1.geojson"
SIMPLIFY_TOLERANCE = 0.002  # degrees, about 200 m
NEAREST_LIMIT = 0.05  # degrees: points just outside a border (rounding, coast) still count


@dataclass(frozen=True, slots=True)
class Admin1:
    pcode: str
    name: str
    name_ar: str


def _data_path(name: str) -> Path:
    return Path(str(resources.files("rasd.data") / "places" / name))


@cache
def _polygons() -> tuple[tuple[Admin1, Any], ...]:
    data = json.loads(_data_path(POLYGONS).read_text(encoding="utf-8"))
    out = []
    for feat in data["features"]:
        p = feat["properties"]
        geom = shape(feat["geometry"])
        shapely.prepare(geom)
        out.append((Admin1(p["ADM1_PCODE"], p["ADM1_EN"], p["ADM1_AR"]), geom))
    return tuple(out)


def admin1_of(latitude: float, longitude: float) -> Admin1 | None:
    """The Syrian governorate containing the point, or the nearest within ~5 km, else None."""
    pt = Point(longitude, latitude)
    best: tuple[float, Admin1] | None = None
    for adm, geom in _polygons():
        if geom.contains(pt):
            return adm
        d = geom.distance(pt)
        if d <= NEAREST_LIMIT and (best is None or d < best[0]):
            best = (d, adm)
    return best[1] if best else None


def governorates() -> list[Admin1]:
    return [adm for adm, _ in _polygons()]


def simplify_geojson(src: Path, dst: Path, tolerance: float = SIMPLIFY_TOLERANCE) -> int:
    """Write a small copy of OCHA's admin1 polygons (names and pcodes only); returns bytes."""
    data = json.loads(src.read_text(encoding="utf-8"))
    geoms = [shape(f["geometry"]) for f in data["features"]]
    try:  # keeps shared borders shared (no slivers); shapely >= 2.1
        simple = list(shapely.coverage_simplify(geoms, tolerance))
    except (AttributeError, shapely.errors.GEOSException):  # pragma: no cover
        simple = [g.simplify(tolerance, preserve_topology=True) for g in geoms]
    feats = []
    for f, g in zip(data["features"], simple, strict=True):
        g = shapely.set_precision(g, 0.0001)
        p = f["properties"]
        feats.append({
            "type": "Feature",
            "properties": {k: p[k] for k in ("ADM1_PCODE", "ADM1_EN", "ADM1_AR")},
            "geometry": mapping(g),
        })
    out = {
        "type": "FeatureCollection",
        "name": "syr_admin1_simplified",
        "source": "OCHA COD-AB Syria admin1 (HDX dataset cod-ab-syr, version v02, valid_on "
                  "2020-12-17), simplified by rasd (shapely coverage_simplify, tolerance "
                  f"{tolerance} degrees, coordinates rounded to 0.0001)",
        "licence": "as published on HDX for cod-ab-syr (Creative Commons Attribution for "
                   "Intergovernmental Organisations, CC BY-IGO); see data/places/SOURCES.md",
        "features": feats,
    }
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    dst.write_text(text, encoding="utf-8")
    return len(text.encode())
