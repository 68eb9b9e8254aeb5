"""How well a merged event is sourced: outlets, independent outlets, grade, tolls, contradictions.

Independence (Airwars): outlets that relay one original count once. Two reports depend on
each other when they cite the same named original (SANA, SOHR, Nziv ...; not a generic
"security source" or "correspondent"), when one outlet is the
original the other cites, when one document is a copy, near-copy or rewrite of the
other, or when the sentences the two reports give as evidence share a run of
``SHARED_RUN`` words (one wire text or one statement printed by both, though the pages
around it differ too much for the near-duplicate test). What is left after grouping them is
``independent_source_count``.

Grade: ``contested`` when reports blame actors of different hierarchies for a violent or
coercive event (``settings.BLAME``) or one of them disputes that it happened;
``corroborated`` when two or more independent outlets report it; else ``single-source``.

Tolls (ACLED): the lowest credible count is the event's ``fatalities`` (a zero from a report
that others contradict with deaths is not credible), the highest goes to ``fatalities_max``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from rasd.corpus import settings
from rasd.corpus.compat import actor_key, actors_compatible
from rasd.corpus.outlets import outlet_name
from rasd.document import EventMention, Meta
from rasd.records import Corroboration
from rasd.text.normalize import fold_letters

DISPUTED_CONTEXTS = frozenset({"denied", "disputed", "denial"})
# Words in a row two reports' evidence must share to be one text relayed: outlets telling a
# happening in their own words do not write eight words alike; a wire or a statement copied does.
SHARED_RUN = 8
_WORD = re.compile(r"\w+")


class _Groups:
    """Union-find over outlets."""

    def __init__(self, items: Iterable[str]):
        self.parent = {i: i for i in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def count(self) -> int:
        return len({self.find(i) for i in self.parent})


def _key(name: str) -> str:
    return name.casefold().strip()


@cache
def generic_sources() -> frozenset[str]:
    """Cited names that are no single original (a correspondent, "a security source",
    "activists", "Israeli media"): two outlets citing one of these are not relays."""
    from rasd.kb.actors import default_kb

    return frozenset(_key(name) for source in default_kb().sources.values() if source.kind == "generic"
                     for name in (source.name, source.name_ar) if name)


def outlet_of(meta: Meta) -> str:
    return outlet_name(meta.outlet, meta.url, meta.id)


def text_families(relations: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Document → one representative of its family of copies (copies of copies included)."""
    edges = list(relations)
    groups = _Groups({d for edge in edges for d in edge})
    for a, b in edges:
        groups.join(a, b)
    return {d: groups.find(d) for d in groups.parent}


def text_runs(mention: EventMention) -> frozenset[int]:
    """Hashes of every ``SHARED_RUN``-word run of the mention's event evidence (letters
    folded, punctuation dropped); two reports sharing one print the same text. Hashes are
    compared within one process only, never stored."""
    texts = [e.text for e in mention.evidence if e.field == "event"] or [e.text for e in mention.evidence]
    words = _WORD.findall(fold_letters(" ".join(texts)))
    return frozenset(hash(tuple(words[i : i + SHARED_RUN])) for i in range(len(words) - SHARED_RUN + 1))


def independent_count(members: Sequence[tuple[Meta, EventMention]],
                      families: dict[str, str]) -> int:
    """Distinct outlets once relays of one original and copies of one text are grouped."""
    outlets = {outlet_of(meta) for meta, _ in members}
    groups = _Groups(outlets)
    by_cited: dict[str, str] = {}
    by_outlet_key = {_key(o): o for o in outlets}
    for meta, mention in members:
        outlet = outlet_of(meta)
        for cited in mention.cited:
            key = _key(cited)
            if key in generic_sources():
                continue
            if key in by_cited:
                groups.join(outlet, by_cited[key])
            by_cited.setdefault(key, outlet)
            if key in by_outlet_key:
                groups.join(outlet, by_outlet_key[key])
    first_of_family: dict[str, str] = {}
    for meta, _ in members:
        family = families.get(meta.id)
        if family is not None:
            groups.join(outlet_of(meta), first_of_family.setdefault(family, outlet_of(meta)))
    if groups.count() > 1:  # one text printed by outlets the tests above left apart
        first_of_run: dict[int, str] = {}
        for meta, mention in members:
            outlet = outlet_of(meta)
            for run in text_runs(mention):
                groups.join(outlet, first_of_run.setdefault(run, outlet))
    return groups.count()


def _said(members: Sequence[tuple[Meta, EventMention]], value_of) -> dict[object, list[str]]:
    said: dict[object, list[str]] = {}
    for meta, mention in members:
        value = value_of(mention)
        if value is not None:
            outlets = said.setdefault(value, [])
            if outlet_of(meta) not in outlets:
                outlets.append(outlet_of(meta))
    return said


def _note(field: str, said: dict[object, list[str]]) -> str | None:
    if len(said) < 2:
        return None
    ordered = sorted(said.items(), key=lambda kv: kv[0])  # one field's values share a type
    return f"{field}: " + " vs ".join(f"{value} ({', '.join(outlets)})" for value, outlets in ordered)


def _place_name(mention: EventMention) -> str | None:
    place = mention.location or {}
    if place.get("geo_precision") not in (1, None):
        return None  # a region-level place does not contradict a town inside it
    return place.get("name") or place.get("name_ar")


def _day(mention: EventMention) -> str | None:
    return mention.event_date if mention.time_precision == 1 else None


def _perpetrator(mention: EventMention) -> str | None:
    actor = mention.actor1 or {}
    return actor.get("name") or actor.get("name_ar") or actor_key(mention.actor1)


def corroborate(members: Sequence[tuple[Meta, EventMention]],
                families: dict[str, str] | None = None) -> Corroboration:
    """Everything the reports of one merged event say together."""
    outlets = {outlet_of(meta) for meta, _ in members}
    independent = independent_count(members, families or {})
    tolls = [m.fatalities for _, m in members if m.fatalities is not None]
    credible = [t for t in tolls if t > 0] or tolls
    highs = [m.fatalities_max if m.fatalities_max is not None else m.fatalities
             for _, m in members if m.fatalities is not None or m.fatalities_max is not None]
    injured = [m.injuries for _, m in members if m.injuries is not None]
    perpetrators = _said(members, _perpetrator)
    doers = [m.actor1 for _, m in members if m.actor1]
    blamed_apart = any(actors_compatible(a, b) is False for i, a in enumerate(doers) for b in doers[i + 1:])
    notes = [
        _note("fatalities", _said(members, lambda m: m.fatalities)),
        _note("date", _said(members, _day)),
        _note("place", _said(members, _place_name)),
        _note("perpetrator" if members[0][1].plover in settings.BLAME else "actor1", perpetrators)
        if blamed_apart else None,
    ]
    disputed = any(set(m.context) & DISPUTED_CONTEXTS for _, m in members)
    if (blamed_apart and members[0][1].plover in settings.BLAME) or disputed:
        grade = "contested"
    elif independent >= 2:
        grade = "corroborated"
    else:
        grade = "single-source"
    return Corroboration(
        source_count=len(outlets),
        independent_source_count=independent,
        grade=grade,
        fatalities=min(credible) if credible else None,
        fatalities_max=max(highs) if highs else None,
        injuries=min(injured) if injured else None,
        contradictions=[n for n in notes if n],
    )
