"""Can two reports describe one happening? Type, date, place and actors, each within its precision.

Each test answers True (compatible and known on both sides), False (known and in conflict)
or None (unknown on at least one side), so the merger can tell "agrees" from "says nothing".
"""

from __future__ import annotations

import calendar
import math
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from rasd.corpus import settings
from rasd.datafiles import load_yaml
from rasd.document import EventMention


@cache
def _sub_type_groups() -> tuple[frozenset[str], ...]:
    text = resources.files("rasd.data.corpus").joinpath("compatible.yaml").read_text("utf-8")
    return tuple(frozenset(group) for group in load_yaml(text)["groups"])


def types_compatible(a: EventMention, b: EventMention) -> bool:
    """Same PLOVER type, and ACLED typing that does not conflict."""
    if a.plover != b.plover:
        return False
    if a.event_type and b.event_type and a.event_type != b.event_type:
        return any({a.sub_event_type, b.sub_event_type} <= g for g in _sub_type_groups())
    if a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type:
        return any({a.sub_event_type, b.sub_event_type} <= g for g in _sub_type_groups())
    return True


@lru_cache(maxsize=65536)
def date_range(value: str | None, precision: int | None) -> tuple[date, date] | None:
    """The days a date of ACLED ``time_precision`` may stand for (1 day, 2 week, 3 month);
    cached, as merging asks about the same few dates for every candidate."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    if precision == 3:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if precision == 2:
        half = timedelta(days=settings.WEEK_HALF)
        return day - half, day + half
    slack = timedelta(days=settings.DAY_SLACK)
    return day - slack, day + slack


def dates_compatible(a: EventMention, b: EventMention) -> bool | None:
    """Ranges that overlap; two day-precise dates at most ``settings.DAY_SLACK`` apart (each
    range carries the slack, so overlapping ranges alone would let two days' slack through)."""
    ra, rb = date_range(a.event_date, a.time_precision), date_range(b.event_date, b.time_precision)
    if ra is None or rb is None:
        return None
    if a.time_precision not in (2, 3) and b.time_precision not in (2, 3):
        return abs((ra[0] - rb[0]).days) <= settings.DAY_SLACK
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Great-circle distance between two places, when both have coordinates."""
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _names(place: dict[str, Any]) -> set[str]:
    return {str(v).casefold() for v in (place.get("name"), place.get("name_ar")) if v}


AREA_KINDS = frozenset({"region", "governorate", "district", "subdistrict", "country"})


def _inside(small: dict[str, Any], large: dict[str, Any]) -> bool:
    """``small`` lies in the area ``large`` stands for: an admin area it names (governorate,
    district), a region of the same governorate, or the country itself."""
    areas = {str(v).casefold() for v in (small.get("admin1"), small.get("admin2")) if v}
    if areas & _names(large):
        return True
    is_area = large.get("geo_precision") == 3 or large.get("kind") in AREA_KINDS
    if not is_area:
        return False
    if large.get("kind") == "country" or not large.get("admin1"):
        return bool(small.get("country")) and small.get("country") == large.get("country")
    return bool(small.get("admin1")) and small.get("admin1") == large.get("admin1")


def same_place(a: EventMention, b: EventMention) -> bool:
    """One gazetteer entry (or one name) — a closer match than a place inside another."""
    pa, pb = a.location or {}, b.location or {}
    if pa.get("gazetteer_id") and pa.get("gazetteer_id") == pb.get("gazetteer_id"):
        return True
    return bool(_names(pa) & _names(pb))


def places_compatible(a: EventMention, b: EventMention) -> bool | None:
    pa, pb = a.location, b.location
    if not pa or not pb:
        return None
    if same_place(a, b):
        return True
    if _inside(pa, pb) or _inside(pb, pa):
        return True
    distance = km(pa, pb)
    if distance is None:
        return False
    reach = settings.NEAR_KM * (2 if 2 in (pa.get("geo_precision"), pb.get("geo_precision")) else 1)
    return distance <= reach


def actor_key(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("id") or actor.get("name") or actor.get("name_ar")


def lineage(actor: dict[str, Any]) -> set[str]:
    """The actor and the bodies above it (``chain``/``parent`` from the knowledge base)."""
    found = {actor_key(actor)} | set(actor.get("chain") or [])
    if actor.get("parent"):
        found.add(actor["parent"])
    return found - {None}


def actors_compatible(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool | None:
    """Same actor, or one named at another level of the same hierarchy (the Israeli air force
    and the Israeli military; the IRGC and Iran's forces); None when either is unknown."""
    if actor_key(a) is None or actor_key(b) is None:
        return None
    return bool(lineage(a) & lineage(b))
