"""Merged events → JSONL, ACLED-style CSV and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
# ACLED's numeric actor-type codes (inter1/inter2).
INTER_CODES = {
    "State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4,
    "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8,
}
DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
COUNTRIES = {  # ISO 3166 numeric codes, as ACLED's ``iso`` column uses
    "Syria": (760, "Middle East"), "Iraq": (368, "Middle East"), "Lebanon": (422, "Middle East"),
    "Jordan": (400, "Middle East"), "Turkey": (792, "Middle East"), "Israel": (376, "Middle East"),
}
FORMATS = ("jsonl", "acled-csv", "geojson")


def write(records: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write ``records`` in ``fmt`` to ``out``; return how many were written."""
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "acled-csv":
        return write_acled_csv(records, out)
    if fmt == "geojson":
        return write_geojson(records, out)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _actor_name(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return actor.get("name") or actor.get("name_ar") or ""


def interaction(inter1: int, inter2: int) -> str:
    """ACLED's two-digit code: the two actor types, lower first; one actor alone is "X0"
    (10 = sole military action); no typed actor at all, empty."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1] if len(codes) > 1 else 0}"


def acled_source(sources: list[dict[str, Any]]) -> str:
    """ACLED's ``source``: what the reports relay, then the outlets that carried them.

    "SOHR; Enab Baladi" reads as ACLED's own column does (the original source first). A
    report with neither an outlet nor a cited source is named by its document id, so the row
    still leads back to its evidence.
    """
    cited = [name for s in sources for name in s.get("cited") or ()]
    outlets = [s.get("outlet") or "" for s in sources]
    names = dict.fromkeys(n for n in (*cited, *outlets) if n)
    return "; ".join(names) or "; ".join(dict.fromkeys(s["doc_id"] for s in sources))


def acled_row(record: dict[str, Any], timestamp: int) -> dict[str, Any]:
    """One ACLED-style row for an event in ACLED's scope."""
    place = record.get("location") or {}
    actor1, actor2 = record.get("actor1"), record.get("actor2")
    inter1 = INTER_CODES.get((actor1 or {}).get("type") or "", 0)
    inter2 = INTER_CODES.get((actor2 or {}).get("type") or "", 0)
    iso, region = COUNTRIES.get(place.get("country") or "", ("", ""))
    date = record.get("event_date") or ""
    lat, lon = place.get("latitude"), place.get("longitude")
    return {
        "event_id_cnty": record["event_id"],
        "event_date": date,
        "year": date[:4],
        "time_precision": record.get("time_precision") or "",
        "disorder_type": DISORDER.get(record["event_type"], ""),
        "event_type": record["event_type"],
        "sub_event_type": record.get("sub_event_type") or "",
        "actor1": _actor_name(actor1),
        "assoc_actor_1": "; ".join(_actor_name(a) for a in record.get("assoc_actor_1", [])),
        "inter1": inter1 or "",
        "actor2": _actor_name(actor2),
        "assoc_actor_2": "; ".join(_actor_name(a) for a in record.get("assoc_actor_2", [])),
        "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if (actor2 or {}).get("type") == "Civilians" else "",
        "iso": iso,
        "region": region,
        "country": place.get("country") or "",
        "admin1": place.get("admin1") or "",
        "admin2": place.get("admin2") or "",
        "admin3": "",
        "location": place.get("name") or place.get("name_ar") or "",
        "latitude": f"{lat:.4f}" if lat is not None else "",
        "longitude": f"{lon:.4f}" if lon is not None else "",
        "geo_precision": place.get("geo_precision") or "",
        "source": acled_source(record["sources"]),
        "source_scale": "",
        "notes": record.get("notes") or "",
        "fatalities": record.get("fatalities") or 0,
        "tags": "",
        "timestamp": timestamp,
    }


def write_acled_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """ACLED columns; events outside ACLED's scope (no event_type) are left out."""
    timestamp = int(datetime.now(UTC).timestamp())
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        if record.get("event_type"):
            writer.writerow(acled_row(record, timestamp))
            count += 1
    return count


def write_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection with one Point per located event (EPSG:4326, lon/lat order)."""
    features = []
    for record in records:
        place = record.get("location") or {}
        if place.get("latitude") is None or place.get("longitude") is None:
            continue
        features.append({
            "type": "Feature",
            "id": record["event_id"],
            "geometry": {"type": "Point",
                         "coordinates": [round(place["longitude"], 4), round(place["latitude"], 4)]},
            "properties": record,
        })
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def to_string(records: Iterable[dict[str, Any]], fmt: str) -> str:
    buffer = io.StringIO()
    write(records, fmt, buffer)
    return buffer.getvalue()
