"""Who did it, session 21 (ACTOR1_21): the side that announces its own act.

"أعلنت جماعة أنصار الله ، اليوم الثلاثاء ، إطلاق صاروخ باليستي"، "وكان الجيش الإسرائيلي أعلن في
التاسع عشر من أيلول عن اعتراض طائرة": an armed side that announces an act told as the verbal noun
its announcing verb governs did that act. The noun must be the verb's object: between them stand
only the announcer (VSO), عن, and the words of a date. The announcer stands right after the verb
or right before it (SVO), and must be an armed actor (a monitor or a ministry of health that
announces a strike did not strike). A death or a body announced is often the side's own loss,
an attack repelled the other side's: those kinds are left out. The knowledge lives in
``data/events/roles_announced.yaml``; the evidence rule is ``actor:announcer-of-own-act``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file, data_pattern
from rasd.kb.actors import fighting

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg
    from rasd.events.detect import Candidate
    from rasd.events.tokens import Words

RULE = "actor:announcer-of-own-act"


@dataclass(frozen=True, slots=True)
class AnnounceCues:
    plovers: frozenset[str]
    kinds_not: frozenset[str]
    verbs: re.Pattern[str]
    links: re.Pattern[str]
    gap: int


@cache
def announce_cues() -> AnnounceCues:
    data = data_file("rasd.data.events", "roles_announced.yaml")
    return AnnounceCues(plovers=frozenset(data["plovers"]), kinds_not=frozenset(data["kinds_not"]),
                        verbs=data_pattern("roles_announced.yaml", "verbs"),
                        links=data_pattern("roles_announced.yaml", "links"), gap=int(data["gap"]))


def announcer(words: Words, ann: Annotations, free: list[Arg], cand: Candidate, lo: int) -> Arg | None:
    """The armed side whose announcing verb governs the noun trigger ``cand`` (module docstring)."""
    cues = announce_cues()
    if cand.form != "noun" or cand.plover not in cues.plovers or cand.kind.id in cues.kinds_not:
        return None
    ends = {a.last - 1: a for a in free}
    subject: Arg | None = None
    k = cand.first - 1
    while k >= max(lo, cand.first - 1 - cues.gap):
        word = words.words[k]
        if word.ends_clause:
            return None
        if cues.verbs.match(word.text):
            break
        if k in ends and subject is None:
            subject = ends[k]  # VSO: "أعلنت جماعة أنصار الله إطلاق"
            k = subject.first - 1
            continue
        if k not in ann.time_words and not cues.links.match(word.text):
            return None
        k -= 1
    else:
        return None
    if subject is None:  # SVO: "وكان الجيش الإسرائيلي أعلن"، "جماعة أنصار الله ، قد أعلنت"
        j = k - 1
        while j > lo and cues.links.match(words.words[j].text) and not words.words[j].ends_clause:
            j -= 1
        subject = ends.get(j)
    return subject if subject is not None and fighting(subject.value) else None
