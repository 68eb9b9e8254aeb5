"""Who an attack was done to, session 14 (ACTOR2_14) and 19 (ACTORS19): the civilians a strike hit.

The knowledge it uses lives in ``data/events/roles_civilians.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from rasd.datafiles import data_file, data_pattern
from rasd.document import Span
from rasd.events.roles_owners import target_noun
from rasd.events.targets import control_cue, family
from rasd.kb.actors import default_kb
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg, Roles
    from rasd.events.detect import Candidate

RULE = "actor:civilians-struck"
RULE_SHOT = "actor:people-shot"
# ... and (FIELDS29) the dead or wounded named by their nation or calling ("مقتل 3 إسرائيليين"،
# "مقتل الصحفي"، "أكثر من 20 من سكانها"): roles_civilians.yaml ``victim_heads``
RULE_HEAD = "actor:civilians-by-calling"
REMOTE = "Explosions/Remote violence"
# ... and (ACTORS18) an attack on people typed violence against civilians: "قتل شخصان برصاص
# مسلحين مجهولين" struck civilians just as a shell that killed two did
STRUCK_TYPES = frozenset({REMOTE, "Violence against civilians"})
# ... and (ACTOR2_22) people shot: a killing by small arms typed a clash by its weapon
SHOT_TYPE, SHOT_MODE = "Battles", "small-arms"  # the type and mode a firearm gives a killing


@cache
def _data() -> dict:
    return data_file("rasd.data.events", "roles_civilians.yaml")


@cache
def _cue(key: str) -> re.Pattern[str]:
    return data_pattern("roles_civilians.yaml", key)


def struck_civilians(ann: Annotations, cand: Candidate, roles: Roles, event_type: str | None = None,
                     typed: Candidate | None = None) -> None:
    """A strike or shelling (``Explosions/Remote violence``), or an attack typed violence against
    civilians (ACTORS18), with no actor2 whose sentence names
    no armed side but actor1's own (a side named only as the holder of the place, after a word of
    control, is none: "قضى 10 أشخاص جراء سقوط قذائف على الأحياء الخاضعة لسيطرة النظام",
    ACTOR2_20), nor a military target after the trigger ("مواقع"، "مقرات":
    roles_owners.yaml ``target_nouns``), struck civilians when that sentence counts its victims as
    people ("ما أدى إلى مقتل تسعة مدنيين"، "أودى بحياة ستة أشخاص": roles_civilians.yaml
    ``victim_people``), names civilians after the trigger ("في صفوف المدنيين") or says the
    blow fell on homes, a market or a hospital (``civilian_objects``): actor2 is the civilians
    (``civilians_actor``, named for the event's country later), with the words that say so
    and the rule ``actor:civilians-struck``.

    ``event_type`` is the event's type when its trigger's own is none: a killing typed by the
    blast or shelling it was caused by ("قتل مدني إثر انفجار لغم", ACTORS19); ``typed`` the
    trigger that typed it. Civilians named
    before the trigger count when the sentence counts casualties ("مدنيان استشهدا بقصف
    مدفعي"), and a side joined to actor1 ("لقوات النظام وميليشيا حزب الله") is actor1's ally,
    no target (ACTORS19).

    An attack or killing no weapon typed (FIELDS29; roles_civilians.yaml ``untyped_triggers``:
    "قتل فلسطيني 3 إسرائيليين"، "اغتيال الصحفي") is read by its toll alone: people counted among
    its dead or wounded at most ``untyped_reach`` words from the trigger (not civilians named
    anywhere after it, "القوات المهاجمة ... منازل المدنيين", nor homes) struck civilians, unless
    its sentence tells a fight or a remote weapon (``untyped_not_fight``: "500 شخص قتلوا في
    القتال"، "قتل الآخرون في ضربات على بلدة مسرابا"); the
    civilians then type it an attack on civilians (``build._typed_by_sides``).

    People shot (ACTOR2_22): a killing or shooting typed a clash by small arms (:func:`_shooting`)
    whose trigger counts, near it, its dead or wounded as people (``shot_people``: "قتل شخص
    برصاص حرس الحدود"، "مدنيا قتل بنيران مسلحين مجهولين") struck civilians, with the rule
    ``actor:people-shot``; the build stage then types it an attack on civilians."""
    if cand.plover != "ASSAULT" or roles.actor2 is not None:
        return
    untyped = (event_type or cand.event_type) is None and cand.kind.id in _data()["untyped_triggers"]
    shot = not untyped and (event_type or cand.event_type) not in STRUCK_TYPES
    if shot and not _shooting(ann, cand, typed or cand):
        return
    own = family(roles.actor1.value) if roles.actor1 is not None else None
    allies = {id(a) for a in roles.assoc1 or ()}
    if any(f != own and any(i not in allies for i in ids) for f, ids in _armed_sides(ann, cand.sentence).items()):
        return  # an armed side is named: it, not the civilians, is what the other rules read
    if ann.last_word("target_nouns", cand.sentence, target_noun) >= cand.last:
        return  # "قصفت الطائرات مواقع التنظيم": positions were hit, whoever died there
    if shot:  # people shot: only people counted among the dead or wounded the trigger tells
        victims = _victim_count(ann, cand, "shot_people", int(_data()["shot_reach"]))
        if victims is not None:
            roles.actor2, roles.rule2, roles.assoc2 = victims, RULE_SHOT, []
        return
    if untyped:  # only the dead or wounded it counts near it, as people: no named civilians, homes
        if ann.last_word("untyped_not_fight", cand.sentence, _cue("untyped_not_fight").match) >= 0:
            return  # "قتلوا في القتال"، "في ضربات": a fight's dead, or a blow of a kind not told
        victims = _victim_count(ann, cand, "victim_people", int(_data()["untyped_reach"]))
        if victims is not None:
            roles.actor2, roles.rule2, roles.assoc2 = victims, victims.span.rule, []
        return
    here = _civilians_here(ann, cand.sentence)  # the sentence's civilians, in the actors' order
    if here[1] is None:
        civilians = next((a for a in here[0] if a.first >= cand.first), None)
    else:  # in word order: the first at or after the trigger by bisection
        at = bisect_left(here[1], cand.first)
        civilians = here[0][at] if at < len(here[0]) else None
    victims = (civilians or _counted_before(ann, cand, here[0]) or _victim_count(ann, cand)
               or _civilian_object(ann, cand))
    if victims is not None:
        roles.actor2, roles.rule2, roles.assoc2 = victims, RULE_HEAD if victims.span.rule == RULE_HEAD else RULE, []


def _armed_sides(ann: Annotations, sentence: int) -> dict[str, list[int]]:
    """The armed families named in ``sentence`` (``targets.family``), each with the ids of its
    actors there, less those named only as the holder of a place (``control_cue``): read once per
    sentence, not per trigger (a run-on sentence of strikes, SPEED30)."""
    key = ("armed-sides", sentence)
    got = ann.actor_memo.get(key)
    if got is None or got[0] is not ann.actors:
        sides: dict[str, list[int]] = {}
        for a in ann.in_sentence(ann.actors, sentence):
            f = family(a.value)
            if f is not None and control_cue(ann, a) is None:
                sides.setdefault(f, []).append(id(a))
        got = ann.actor_memo[key] = (ann.actors, sides)
    return got[1]


def _civilians_here(ann: Annotations, sentence: int) -> tuple[list[Arg], list[int] | None]:
    """The civilians actors (:func:`_civilian`) of ``sentence`` in the actors' order, with their
    first words when these rise (else ``None``): read once per sentence (SPEED30)."""
    key = ("civilians", sentence)
    got = ann.actor_memo.get(key)
    if got is None or got[0] is not ann.actors:
        civilians = [a for a in ann.in_sentence(ann.actors, sentence) if _civilian(a)]
        firsts = [a.first for a in civilians]
        got = ann.actor_memo[key] = (ann.actors, (civilians, firsts if all(
            x <= y for x, y in pairwise(firsts)) else None))
    return got[1]


def with_civilians(plover: str, actor: dict[str, Any] | None, assoc: list[dict[str, Any]]
                   ) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """ACLED's actor for a group of civilians struck or detained (refugees, journalists, health
    or aid workers, teachers: roles_civilians.yaml ``civilian_groups``; ``civilian_group_types``)
    is the civilians themselves, the group an associated actor ("قصف مخيما للنازحين":
    Civilians (Syria) with Refugees/IDPs (Syria); ACTORS19). Another actor, or another type
    of event (a protest the group held), is returned unchanged."""
    ident = str((actor or {}).get("id") or "")
    if (actor is None or plover not in _data()["civilian_group_types"]
            or ident.rsplit("-", 1)[0] not in _data()["civilian_groups"]):
        return actor, assoc
    civilians = default_kb().actor_value(str(_data()["civilians_actor"]), str(actor.get("matched") or ""))
    return civilians, [actor, *assoc]


def _civilian(actor: Arg) -> bool:
    return isinstance(actor.value, dict) and actor.value.get("type") == "Civilians"


def _counted_before(ann: Annotations, cand: Candidate, civilians: list[Arg]) -> Arg | None:
    """Civilians named before the trigger in a sentence that counts its dead or wounded
    ("أن مدنيين اثنين استشهدا ... بقصف مدفعي"): the civilians actor itself, not a civilian
    body of the same type ("عناصر الدفاع المدني وسط الدمار الذي خلفه قصف", ACTORS19)."""
    if not any(isinstance(c.value, dict) and c.value.get("kind") in ("killed", "injured")
               for c in ann.in_sentence(ann.casualties, cand.sentence)):
        return None
    family_id = str(_data()["civilians_actor"]).rsplit("-", 1)[0] + "-"  # civilians-<country>
    return next((a for a in civilians if a.first < cand.first
                 and str(a.value.get("id", "")).startswith(family_id)), None)


def people_counted(ann: Annotations, cand: Candidate) -> bool:
    """Whether the sentence counts dead or wounded as people (``victim_people``: "قضى 10
    أشخاص"، "مقتل تسعة مدنيين")."""
    return _victim_count(ann, cand) is not None


def _shooting(ann: Annotations, cand: Candidate, typed: Candidate) -> bool:
    """A killing, shooting or assassination (``shot_triggers``) typed a clash by small arms,
    with a word of gunfire at most ``shot_reach`` words from the trigger (``shot_weapons``:
    "قتل شخص برصاص ..."، "مدنيا قتل بنيران مسلحين"; "مسلحين" alone may count the dead), in a
    sentence that tells no fight (``shot_not_fight``: "قتل 5 أشخاص في الاشتباكات" are a fight's
    dead; ACTOR2_22)."""
    if typed.event_type != SHOT_TYPE or typed.mode != SHOT_MODE or cand.kind.id not in _data()["shot_triggers"]:
        return False
    words, reach = ann.words, int(_data()["shot_reach"])
    lo, hi = words.sentence_range(cand.sentence)
    if not _cue("shot_weapons").search(words.joined(max(lo, cand.first - reach), min(hi, cand.last + reach))):
        return False
    fight = _cue("shot_not_fight")
    return not any(fight.match(words.texts[k]) for k in range(lo, hi))


def _victim_count(ann: Annotations, cand: Candidate, key: str = "victim_people", reach: int | None = None
                  ) -> Arg | None:
    """The sentence's casualty count whose victims are people (``victim_people``, or the
    narrower ``shot_people`` for people shot, told at most ``reach`` words from the trigger),
    as the civilians; for ``victim_people`` also a count whose "who" opens with a nation's
    people or a civilian calling (``victim_heads``: "مقتل 3 إسرائيليين"، "مقتل الصحفي"; only
    its first word, after an optional "من", so "جنود أتراك" stay soldiers; FIELDS29), with the
    rule ``actor:civilians-by-calling``."""
    if reach is None:  # the sentence's first such count, whatever the trigger: read once (SPEED30)
        memo = ("victims:" + key, cand.sentence)
        got = ann.actor_memo.get(memo)
        if got is None or got[0] is not ann.casualties:
            got = ann.actor_memo[memo] = (ann.casualties, _victims(ann.in_sentence(ann.casualties, cand.sentence), key))
        found = got[1]
    else:  # only counts within ``reach`` words of the trigger
        found = _victims(ann.reaching(ann.casualties, cand.sentence, cand.first - reach - 1, cand.last + reach + 1), key)
    return None if found is None else _civilians(ann, victim_first(found[0]), found[0].last, found[1])


def _victims(casualties: list[Arg], key: str) -> tuple[Arg, str] | None:
    """The first of ``casualties`` whose victims are people (:func:`_victim_count`), with its rule."""
    people = _cue(key)
    for c in casualties:
        if not isinstance(c.value, dict):
            continue
        who = c.value.get("who")
        if c.value.get("kind") not in ("killed", "injured") or not who:
            continue
        words = normalize(str(who)).text.split()
        if any(people.match(w) for w in words):
            return c, RULE if key == "victim_people" else RULE_SHOT
        head = words[1:2] if words[:1] in (["من"], ["ومن"]) else words[:1]
        if key == "victim_people" and head and _cue("victim_heads").match(head[0]):
            return c, RULE_HEAD
    return None


def victim_first(toll: Arg) -> int:
    """The first word of a toll that names the fallen. A toll read from an active verb and its
    one-person object ("أعدمت هيئة تحرير الشام شابا"، casualty:object-victim) spans the verb
    and its subject too: only its last word, the object, is the victim; the subject between
    killed (ACTORS18)."""
    return toll.last - 1 if toll.span.rule == "casualty:object-victim" else toll.first


def _civilian_object(ann: Annotations, cand: Candidate) -> Arg | None:
    """A word after the trigger in its sentence naming homes, a market or a hospital
    (``civilian_objects``), as the civilians."""
    objects = _cue("civilian_objects")
    _lo, hi = ann.words.sentence_range(cand.sentence)
    k = next((k for k in range(cand.last, hi) if objects.match(ann.words.texts[k])), None)
    return None if k is None else _civilians(ann, k, k + 1)


def _civilians(ann: Annotations, first: int, last: int, rule: str = RULE) -> Arg:
    """The civilians actor on words ``first``..``last`` (their own span, this module's rule)."""
    from rasd.events.arguments import Arg  # arguments imports this module

    ws = ann.words.words
    start, end = ws[first].start, ws[last - 1].end
    value = default_kb().actor_value(str(_data()["civilians_actor"]), ann.words.doc.text[start:end])
    return Arg(first, last, Span(start, end, "ACTOR", "events", rule, value), ws[first].sentence)
