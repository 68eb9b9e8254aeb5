"""Who did it to whom, session 12 (ROLES12): small mechanisms of the actor roles.

The knowledge they use lives in ``data/events/roles_frames.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file, data_pattern

if TYPE_CHECKING:
    from rasd.document import EventMention
    from rasd.events.tokens import Words


@cache
def _cue(key: str) -> re.Pattern[str]:
    return data_pattern("roles_frames.yaml", key)


@cache
def _lone_party_types() -> frozenset[str]:
    return frozenset(data_file("rasd.data.events", "roles_frames.yaml")["lone_party_types"])


def lone_party_sources(events: list[EventMention]) -> None:
    """A meeting or an agreement (roles_frames.yaml ``lone_party_types``) whose one named party was
    read as actor2 ("خلال اجتماعه مع وفد روسي") has it as its source, actor1, with the evidence
    (rule ``…|lone-party``) and the note. Run on the finished mentions after merging, which
    reads the roles as found, and before the confidence model, which reads them as emitted
    (the roles it is trained on)."""
    from rasd.events.notes import summary

    for e in events:
        if e.actor1 is None and e.actor2 is not None and e.plover in _lone_party_types():
            e.actor1, e.actor2 = e.actor2, None
            e.assoc_actor_1, e.assoc_actor_2 = [*e.assoc_actor_2, *e.assoc_actor_1], []
            e.evidence = [replace(ev, field="actor1", rule=f"{ev.rule}|lone-party") if ev.field == "actor2" else ev
                          for ev in e.evidence]
            e.notes = summary(e)


def waging_verb(word: str) -> bool:
    """Whether a word is a verb of waging a fight ("تخوض", "خاضت": roles_frames.yaml)."""
    return bool(_cue("waging_verbs").match(word))


def opening_target_verb(words: Words, k: int, lo: int) -> bool:
    """Whether word ``k`` is a verb of targeting that opens its own clause ("كما استهدفت قوات
    النظام ..."): the actor right after it is its subject, not its target (roles_frames.yaml)."""
    if not _cue("target_verbs").match(words.words[k].text):
        return False
    if k == lo:
        return True
    prev = words.words[k - 1]
    return prev.comma or prev.ends_clause or bool(_cue("vso_clause_openers").match(prev.text))


def purpose_object(words: Words, after_trigger: int, first: int) -> bool:
    """Whether an actor starting at word ``first`` is the object of a purpose noun standing
    between the trigger's end and it ("بدء هجوم لطرد داعش"، "عملية عسكرية لاستعادة مواقع
    التنظيم"): the one the attack is aimed at, not its agent (roles_frames.yaml ``purpose_nouns``,
    at most ``purpose_gap`` words after the trigger)."""
    if not after_trigger < first <= after_trigger + _gap():
        return False
    return any(_cue("purpose_nouns").match(words.words[k].text) for k in range(after_trigger, first))


@cache
def _gap() -> int:
    return int(data_file("rasd.data.events", "roles_frames.yaml")["purpose_gap"])
