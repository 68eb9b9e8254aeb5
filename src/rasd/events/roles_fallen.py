"""Who an attack was done to, session 29 (FIELDS29): the side its dead or wounded belonged to.

An attack's toll that counts its dead or wounded as members of an armed side ("أسفر عن مقتل
عشرات من عناصر تنظيم الدولة الإسلامية"، "مقتل 7 عناصر للنظام"، "قتل تسع عناصر من المليشيات
الايرانية") names the side that was struck. The knowledge it uses (the reach) lives in
``data/events/roles_civilians.yaml``; the sides and camps are ``rasd.events.targets``'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events.roles_civilians import _data, victim_first
from rasd.events.targets import REMOTE, _sole_cue, _umbrella_of, camps_of, family

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg, Roles
    from rasd.events.detect import Candidate

RULE = "actor:side-of-the-fallen"


def side_of_the_fallen(ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """An attack (ASSAULT) with no actor2 whose sentence counts, from the trigger on and at most
    ``fallen_reach`` words after it (a toll wholly before the trigger is often an earlier
    item's, on a ticker), dead or wounded (a casualty span of kind killed or injured with a "who")
    among whose words an armed side is named — not actor1's own side, not of its camp, not an
    ally joined to it, not the umbrella of actor1's rebels nor one of them — struck that side:
    actor2, on the words of that side, rule ``actor:side-of-the-fallen``. With no actor1 only a
    strike or shelling (``Explosions/Remote violence``) is read: a battle's dead with no named
    agent may be either side's. A toll in another clause (:func:`_clause_between`) is left."""
    if cand.plover != "ASSAULT" or roles.actor2 is not None:
        return
    fam1 = family(roles.actor1.value) if roles.actor1 is not None else None
    if roles.actor1 is None and cand.kind.event_type != REMOTE:
        return
    mine = camps_of(roles.actor1.value) if roles.actor1 is not None else frozenset()
    allies = {id(a) for a in roles.assoc1 or ()}
    reach = int(_data()["fallen_reach"])
    actors = ann.in_sentence(ann.actors, cand.sentence)
    for c in ann.in_sentence(ann.casualties, cand.sentence):
        if not isinstance(c.value, dict) or c.value.get("kind") not in ("killed", "injured") or not c.value.get("who"):
            continue
        if c.first > cand.last + reach or c.last <= cand.first or _clause_between(ann, cand, c):
            continue
        first = victim_first(c)
        for a in actors:
            if not first < a.first < c.last or id(a) in allies:
                continue
            f = family(a.value)
            if f is None or f == fam1 or (mine & camps_of(a.value)):
                continue
            if roles.actor1 is not None and (_umbrella_of(a.value, roles.actor1.value)
                                             or _umbrella_of(roles.actor1.value, a.value)):
                continue
            roles.actor2, roles.rule2 = a, RULE
            return


def _clause_between(ann: Annotations, cand: Candidate, toll: Arg) -> bool:
    """Whether another clause opens between the trigger and the toll: a clause stop, a comma
    before a new و-clause or a word of roles.yaml ``sole_side_clause_breaks`` ("أعلنت ... مقتل 23
    مسلحا من داعش بضربات صاروخية , فيما شهدت بغداد انفجارا": the dead are the other clause's)."""
    ws, breaks = ann.words.words, _sole_cue("sole_side_clause_breaks")
    lo, hi = (cand.last, toll.first) if toll.first >= cand.last else (toll.first, toll.first)
    return any(ws[k].ends_clause or (ws[k].comma and ws[k + 1].text.startswith("و")) or breaks.match(ws[k + 1].text)
               for k in range(max(lo - 1, 0), hi - 1))
