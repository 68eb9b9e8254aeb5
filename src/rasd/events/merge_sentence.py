"""One sentence, one place, one happening: a second telling that adds nothing of its own.

A headline or a lead often tells one happening with two words of one PLOVER type at one town:
"النظام يغتال حمورية ... مجزرة جديدة" (an assassination verb and the massacre it made),
"هجوم ... التنظيم ... هجوم أسفر عن مقتل 300", "الغارات ... قصفت" with no attacker of its own.
``merge`` in :mod:`rasd.events.build` keeps such pairs apart when their trigger words type them
differently (an attack and a shelling), when one word is marked "another happening" ("مجزرة
جديدة": new beside the report's older ones, not beside the strike its own sentence tells), or
when one of them alone is dated. ACLED codes one event per (day, town, type, actor pair): two
mentions of one sentence and one town are one event when one of them adds nothing that would
make another event of it (:func:`adds_nothing`): no attacker or target of another side, no toll
of its own, no day of its own, no weapon of its own.

The same holds for a place and a region or country that contains it (:func:`fold_contained`):
"غارات على ريف دمشق" and "غارات على جمرايا" in one report, the first adding nothing the second
does not, are one strike, coded at the town (ACLED codes the most precise place told).

Never folded: two towns (place keys differ; "several towns hit in one night" are several
events), two days told, two attackers or two targets, two tolls, two told weapons ("الغارات
والصواريخ على القابون": an air strike and a missile attack, as ACLED codes them), a happening
counted from another ("ضربة مماثلة قبل أسبوعين"), a happening a word compares with another
("قصف مماثل"، "مجزرة أخرى", an ordinal, a response: :func:`compared`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from rasd.datafiles import data_pattern
from rasd.document import EventMention
from rasd.events.arguments import place_key
from rasd.events.candidates import Candidates, Kept
from rasd.events.items import same_item
from rasd.text.normalize import normalize

WEAPON_RULE = "|weapon:"  # build.py's trigger evidence tag: a weapon word typed the mention


_TRAILING = "،؛؟.,:;!?\"'»«)(]["  # marks a raw page glues to a word


@cache
def _new_only() -> re.Pattern[str]:
    return data_pattern("granularity.yaml", "new_only")


def compared(drafts: Iterable[Any], text: str) -> frozenset[int]:
    """Ids of the mentions said to be another happening by a word that compares them with one
    ("قصف مماثل"، "مجزرة أخرى"، "الهجوم الثاني", a response): every draft marked ``distinct``
    but those whose trigger is followed by a word that only says "new" (``new_only`` in
    granularity.yaml), which sets a happening apart from the report's older ones, not from
    its own sentence's words."""
    new = _new_only()
    ids = set()
    for d in drafts:
        if not d.distinct:
            continue
        after = [text[e.end:e.end + 40].split(maxsplit=1) for e in d.mention.evidence if e.field == "trigger"]
        # the word's glued punctuation off first: raw pages type "مجزرة جديدة، راح …" (FIX11)
        if not any(words and new.match(normalize(words[0]).text.strip(_TRAILING))
                   for words in after):
            ids.add(id(d.mention))
    return frozenset(ids)


def _sentences(m: EventMention) -> set[int]:
    return {e.start for e in m.evidence if e.field == "event"}


def _weapon_told(m: EventMention) -> bool:
    return any(e.field == "trigger" and WEAPON_RULE in e.rule for e in m.evidence)


def adds_nothing(m: EventMention, other: EventMention) -> bool:
    """Whether mention ``m`` tells nothing that ``other``, told in its sentence at its town,
    does not: no attacker or target of another side (one of them unknown is no other side), no
    toll but the other's, no day but the other's, and no weapon word typing it otherwise than
    the other: its sub-event type is the other's, or only its trigger word's default guess
    (``refine`` in triggers.yaml: a bare "مجزرة" beside "يغتال" is the killing told); a type its
    trigger or a weapon tells ("غارات" beside "هجوما صاروخيا") is a second weapon."""
    from rasd.events.build import _actor_family, _guessed

    for mine, theirs in ((m.actor1, other.actor1), (m.actor2, other.actor2)):
        fm, ft = _actor_family(mine), _actor_family(theirs)
        if fm and ft and fm != ft:
            return False
    if (m.fatalities is not None and m.fatalities != other.fatalities) or (
            m.injuries is not None and m.injuries != other.injuries):
        return False
    if m.event_date and m.event_date != other.event_date:
        return False
    if m.sub_event_type is None or m.sub_event_type == other.sub_event_type:
        return True
    return _guessed(m) and not _weapon_told(m)  # only its word's default: "مجزرة" beside "يغتال"


def one_happening(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions are one happening told twice in one sentence at one town
    (module docstring)."""
    from rasd.events.build import _counted_from, _sides_agree

    if a.plover != b.plover or not a.location or not b.location:
        return False
    if place_key(a.location) != place_key(b.location) or not (_sentences(a) & _sentences(b)):
        return False
    if _counted_from(a) or _counted_from(b) or not _sides_agree(a, b):
        return False
    return adds_nothing(a, b) or adds_nothing(b, a)


def fold_one_sentence(events: list[EventMention], apart: frozenset[int] = frozenset()) -> list[EventMention]:
    """Fold each mention into an earlier one it is one happening with (:func:`one_happening`);
    the telling that says more stands and takes the other's evidence (``_absorb``). Mentions in
    ``apart`` (:func:`compared`) are another happening and fold into none."""
    from rasd.events.build import _absorb

    if len(events) < 2:
        return events
    kept = Kept()  # by type and place: one happening is told at one town
    # and in one sentence: the kept mentions of a key by the sentences they are told in, so a
    # mention that shares none with them tests none (SPEED22; a pass over the key's list else)
    told_in: dict[tuple[object, int], list[EventMention]] = {}
    filed: dict[int, set[int]] = {}

    def file(m: EventMention, key: object) -> None:  # again after a fold adds sentences to m
        have = filed.setdefault(id(m), set())
        for s in _sentences(m) - have:
            told_in.setdefault((key, s), []).append(m)
            have.add(s)

    for e in events:
        key = (e.plover, place_key(e.location))
        target = None
        if id(e) not in apart and e.location and (
                near := {id(k) for s in _sentences(e) for k in told_in.get((key, s), ())}):
            target = next((k for k in kept.of_key(key) if id(k) in near and id(k) not in apart
                           and one_happening(k, e)), None)
        if target is None:
            kept.keep(e, key)
            file(e, key)
        elif adds_nothing(target, e) and not adds_nothing(e, target):  # the fuller telling stands
            kept.replace(target, e, key)
            _absorb(e, target)
            file(e, key)
        else:
            _absorb(target, e)
            file(target, key)
    return kept.kept


def fold_contained(events: list[EventMention], apart: frozenset[int] = frozenset()) -> list[EventMention]:
    """Fold a mention placed at a region or country into one of its type placed at a town
    inside it (``_coarser``) when the wider one adds nothing (:func:`adds_nothing`), wherever
    the report tells them: the town is where it happened, the wider name only says where the
    town is or sums up the report. The town's place stands. Mentions in ``apart`` fold into
    none and take none."""
    from rasd.events.arguments import container_test
    from rasd.events.build import _absorb, _counted_from, _sides_agree

    if len(events) < 2:
        return events
    gone: set[int] = set()
    # a dated mention adds nothing only to one of its own day (adds_nothing): it reads the
    # mentions of its type undated or of its day, in order (SPEED22; an undated one, all)
    index = Candidates(events, window=0)
    for e in events:
        if not e.location or _counted_from(e) or id(e) in apart:
            continue
        holds = container_test(e.location)  # _coarser(e.location, ·); None: no place is in it
        if holds is None:
            continue
        town = next((t for t in index.near(e) if t is not e and id(t) not in gone and id(t) not in apart
                     and t.plover == e.plover and same_item(t, e)
                     and t.location and holds(t.location)
                     and _sides_agree(e, t) and adds_nothing(e, t)), None)
        if town is None:
            continue
        location = town.location
        _absorb(town, e)
        town.location = location
        index.moved(town)
        gone.add(id(e))
    return [e for e in events if id(e) not in gone]
