"""Merge stored event mentions into events, incrementally.

Baseline rule: mentions with the same type, date, place and actor pair are one
event. A merged event keeps the id it got from its first mention, so its id stays
stable as more reports arrive.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

from rasd.document import EventMention, Meta
from rasd.records import Corroboration, merged_record
from rasd.store.sqlite import Store, StoredMention


def _key(mention: EventMention) -> tuple[Any, ...]:
    place = mention.location or {}
    return (
        mention.plover,
        mention.sub_event_type,
        mention.event_date,
        place.get("gazetteer_id") or place.get("name_ar"),
        (mention.actor1 or {}).get("id"),
        (mention.actor2 or {}).get("id"),
    )


def event_id_for(first_mention_id: str) -> str:
    return "ev-" + hashlib.sha1(first_mention_id.encode("utf-8")).hexdigest()[:16]


def corroborate(members: list[tuple[Meta, EventMention]]) -> Corroboration:
    outlets = {meta.outlet or meta.id for meta, _ in members}
    tolls = [m.fatalities for _, m in members if m.fatalities is not None]
    injured = [m.injuries for _, m in members if m.injuries is not None]
    contradictions = []
    if len(set(tolls)) > 1:
        said = ", ".join(f"{m.fatalities} ({meta.outlet or meta.id})" for meta, m in members
                         if m.fatalities is not None)
        contradictions.append(f"fatalities: {said}")
    return Corroboration(
        source_count=len(outlets),
        independent_source_count=len(outlets),
        grade="corroborated" if len(outlets) > 1 else "single-source",
        fatalities=min(tolls) if tolls else None,
        fatalities_max=max(tolls) if tolls else None,
        injuries=min(injured) if injured else None,
        contradictions=contradictions,
    )


def merge_pending(store: Store) -> int:
    """Attach every not-yet-merged mention to an event; return how many events changed."""
    pending = store.mentions(store.unmerged_mention_ids())
    if not pending:
        return 0
    by_key: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    existing: dict[tuple[Any, ...], str] = {}
    for row in store.db.execute("SELECT event_id, mention_id FROM event_sources ORDER BY rowid"):
        (stored,) = store.mentions([row["mention_id"]])
        existing.setdefault(_key(stored.mention), row["event_id"])
    for item in pending:
        by_key[_key(item.mention)].append(item.id)
    changed = 0
    with store.transaction() as db:
        for key, new_ids in by_key.items():
            event_id = existing.get(key) or event_id_for(new_ids[0])
            members: list[StoredMention] = store.mentions(store.event_mention_ids(event_id) + new_ids)
            pairs = [(m.meta, m.mention) for m in members]
            store.save_event(db, merged_record(event_id, pairs, corroborate(pairs)), [m.id for m in members])
            changed += 1
    return changed
