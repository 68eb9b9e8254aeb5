"""Relations over time: for each pair of actors, events per month by PLOVER type and a score.

The score of a month is the mean conflict–cooperation weight (Goldstein-like, -10 to +10)
of its events, from ``data/corpus/plover_scores.yaml``; a pair of actors is unordered
(Russia–Iran and Iran–Russia are one dyad) and each merged event counts once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from rasd.datafiles import load_yaml


@cache
def plover_scores() -> dict[str, float]:
    text = resources.files("rasd.data.corpus").joinpath("plover_scores.yaml").read_text("utf-8")
    return {k: float(v) for k, v in load_yaml(text).items()}


@dataclass
class DyadMonth:
    """One actor pair in one month."""

    actors: tuple[str, str]
    month: str
    counts: dict[str, int] = field(default_factory=dict)
    event_ids: list[str] = field(default_factory=list)

    @property
    def events(self) -> int:
        return sum(self.counts.values())

    @property
    def score(self) -> float:
        weights = plover_scores()
        return round(sum(weights.get(t, 0.0) * n for t, n in self.counts.items()) / self.events, 2)

    def to_dict(self) -> dict[str, Any]:
        return {"actor_a": self.actors[0], "actor_b": self.actors[1], "month": self.month,
                "events": self.events, "by_type": dict(sorted(self.counts.items())),
                "score": self.score, "event_ids": self.event_ids}


def _name(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("name") or actor.get("name_ar") or actor.get("id")


def _matches(actor: dict[str, Any] | None, wanted: str) -> bool:
    wanted = wanted.casefold()
    return any(wanted in str(v).casefold() for v in (actor or {}).values() if v)


def dyads(records: Iterable[dict[str, Any]], actor: str | None = None) -> list[DyadMonth]:
    """Dyad-months of merged events with two actors (optionally involving ``actor``)."""
    table: dict[tuple[tuple[str, str], str], DyadMonth] = {}
    for record in records:
        a, b = record.get("actor1"), record.get("actor2")
        name_a, name_b = _name(a), _name(b)
        if not name_a or not name_b or name_a == name_b or not record.get("event_date"):
            continue
        if actor and not (_matches(a, actor) or _matches(b, actor)):
            continue
        pair = tuple(sorted((name_a, name_b)))
        month = record["event_date"][:7]
        row = table.setdefault((pair, month), DyadMonth(pair, month))
        row.counts[record["plover"]] = row.counts.get(record["plover"], 0) + 1
        row.event_ids.append(record["event_id"])
    return sorted(table.values(), key=lambda d: (d.actors, d.month))
