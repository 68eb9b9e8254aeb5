"""The other side of a report's fight: actor2 of a battle the sentence tells one-sided.

A report states who fights whom once ("اشتباكات بين قوات النظام وتنظيم داعش"، "قصفت قوات
النظام مواقع للتنظيم"، "استعادت القوات مدينة سنجار من الجهاديين") and then tells the battle
town by town with one side only: "وسيطرت قوات النظام على قرية خنيفيس". ACLED codes both sides
of each of those battles. This module remembers, per document, the sides that its sentences
state against each other (both parties found by a marking rule, both armed, of two families)
and gives a battle (``Battles`` trigger) with an armed actor1 and no actor2 the one side that
actor1's family fights in this report, stated in its headline or lead or in the
``STORY_BEFORE`` sentences before (another front told further up is another story) — only
when there is exactly one: a report where the
army fights both the opposition and IS names no other side for its captures. The actor keeps
the words it was read from (in the sentence that stated the fight) and the rule
``actor:other-side-of-the-fight``.

Sides are remembered in text order, as the roles of each trigger are assigned: a battle told
before the report says whom it was against keeps no actor2 (reading ahead would cost a second
pass over every trigger).

A strike or shelling (``Explosions/Remote violence``) with an armed actor1 and no actor2 on a
place the report says an armed side of another camp holds ("غارات على مدينة البوكمال، آخر مدينة
كبرى تحت سيطرة تنظيم الدولة") hit that side: it gets the holder (rule
``actor:holder-of-the-place``), not a side fought elsewhere in the report.

A strike by a state's forces with no actor2 on a state whose forces are the only ones it strikes
there (roles.yaml ``enemy_state_targets``: Israel in Syria — "قصفت طائرات إسرائيلية مطار المزة
العسكري") hits that state's forces (rule ``actor:forces-of-the-struck-state``, ACLED's coding),
when no holder is known, the sentence names no other armed side and its places lie in that state.

A capture whose taker the sentence does not name still has a loser: the side the report says
held the place, or the one a noun of leaving or expulsion says left it ("بعد انسحاب عناصر داعش
منها", rule ``actor:driven-out-of-the-place``) — actor2, so that the loser is never read as
the one who took the place.

With no side stated against actor1's, a report that is about one enemy still names it: the
armed family the report mentions most (its name, or a bare noun standing for it: "التنظيم"),
not actor1's and not of actor1's camp (``camps`` in ``data/events/sides.yaml``: the regime with
Russia, Iran and their militias; the coalition with the SDF and Iraq ...), is the other side
when it is named at least ``DOMINANT_MIN`` times and at least ``DOMINANT_RATIO`` times as often
as the next such family, counted in the headline and lead and the ``STORY_BEFORE`` sentences
before the battle to the ``STORY_AFTER`` after it (a digest of a year's news is about no one
enemy; rule ``actor:side-the-report-fights``). A timeline of the war on IS
("استعادت القوات العراقية مدينة الرمادي") or a report of the army's advance against it names IS
far more than anyone else; a report of two fronts names two enemies and gives none.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING, Any

from rasd.datafiles import data_file, data_pattern
from rasd.kb.actors import ARMED_TYPES

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg, Roles
    from rasd.events.detect import Candidate

RULE = "actor:other-side-of-the-fight"
RULE_DOMINANT = "actor:side-the-report-fights"
RULE_HOLDER = "actor:holder-of-the-place"
RULE_EXPELLED = "actor:driven-out-of-the-place"
DOMINANT_MIN = 3  # mentions of the report's enemy at the least
DOMINANT_RATIO = 2  # ... and this many times the next armed family's
STORY_BEFORE, STORY_AFTER = 8, 3  # sentences around the battle where its enemy is counted ...
LEAD_SENTENCES = 2  # ... besides the headline and lead, which tell what the report is about
# the rules that state both sides of a fight outright (not an object read from word order)
STATED = frozenset({"actor:between-second", "actor:target-marker"})
BATTLES = "Battles"
BROAD = frozenset({"country"})  # no one side holds a whole country
AREA_WORDS = frozenset({"مواقع", "مناطق", "نقاط", "مقرات"})  # "مواقع سيطرة قسد": its positions, no town
REMOTE = "Explosions/Remote violence"  # a strike or shelling on a place a side holds hits that side
RULE_ENEMY_STATE = "actor:forces-of-the-struck-state"
RULE_HELD_TARGET = "actor:holder-of-the-target"
RULE_SOLE = "actor:sole-other-side-in-sentence"  # ACTOR2_28
SOLE_MAX_WORDS = 80  # ... in a sentence of at most this many words


def family(actor: Any) -> str | None:
    """One side of a fight: a state's forces are one (army, air force, police), others
    themselves; ``None`` for anything that does not fight (a government, civilians, a name no
    list has)."""
    if not isinstance(actor, dict) or not actor.get("id") or actor.get("type") not in ARMED_TYPES:
        return None
    if str(actor.get("name") or "").startswith("Government"):
        return None
    if actor.get("type") == "State forces" and actor.get("country"):
        return f"state:{actor['country']}"
    return str(actor["id"])


def other_side(ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """Remember the sides ``roles`` states for an attack, or give a one-sided battle the other
    side of this report's fight (module docstring)."""
    if cand.plover != "ASSAULT":
        return
    if roles.actor1 is None:
        if roles.actor2 is None:
            _loser_of_capture(ann, cand, roles)
        if roles.actor2 is None and cand.kind.event_type in (BATTLES, REMOTE):
            _hit_the_holder(ann, cand, roles, {})
        return
    fam1 = family(roles.actor1.value)
    if fam1 is None:
        return
    fights: dict[str, dict[str, Arg]] = ann.fights
    if roles.actor2 is not None:
        fam2 = family(roles.actor2.value)
        if fam2 is not None and fam2 != fam1 and roles.rule2 in STATED:
            fights.setdefault(fam1, {})[fam2] = roles.actor2
            fights.setdefault(fam2, {})[fam1] = roles.actor1
        return
    if _expelled_by(ann, cand, roles, fam1):
        return
    if cand.kind.event_type not in (BATTLES, REMOTE):
        return
    if _hit_the_holder(ann, cand, roles, roles.actor1.value):
        return
    holder = _holder(ann, roles.actor1.value, fam1, cand.sentence)
    if holder is not None:
        roles.actor2, roles.rule2 = holder, RULE_HOLDER
        return
    if cand.kind.event_type == REMOTE:
        enemy = _enemy_state(ann, cand, roles.actor1.value)
        if enemy is not None:
            roles.actor2, roles.rule2 = enemy, RULE_ENEMY_STATE
            return
    if cand.kind.event_type != BATTLES:  # a side fought elsewhere is no target of a strike here
        _sole_other_side(ann, cand, roles, fam1)
        return
    against = fights.get(fam1)
    recent = [a for a in (against or {}).values()
              if a.sentence >= cand.sentence - STORY_BEFORE or a.sentence < LEAD_SENTENCES]
    if len(recent) == 1:
        roles.actor2, roles.rule2 = recent[0], RULE
        return
    if against is None:
        enemy = _report_enemy(ann, roles.actor1.value, fam1, cand.first, cand.sentence)
        if enemy is not None:
            roles.actor2, roles.rule2 = enemy, RULE_DOMINANT
            return
    _sole_other_side(ann, cand, roles, fam1)


def _sole_other_side(ann: Annotations, cand: Candidate, roles: Roles, fam1: str) -> None:
    """A battle, strike or shelling with an armed actor1 and no actor2 whose sentence names, after
    the trigger, one armed side — its only armed family besides actor1's in the whole sentence,
    not of actor1's camp, not an ally joined to actor1, not the umbrella of actor1's rebels nor
    one of them — fought or struck that side ("وأوردت الوكالة أن الطيران الحربي دمر رتلا من 10
    سيارات للتنظيم"، "جيش العزة يتصدى لهجوم مضاد للحكومة"): actor2, on the words of its first
    mention after the trigger (rule ``actor:sole-other-side-in-sentence``; ACTOR2_28). A side
    named only before the trigger is left (most often the one speaking, or another clause's
    subject), and so is: a strike whose sentence counts its dead as people (the civilians' rule
    reads those); a fight's other side named after "مع" (roles.yaml ``sole_side_not_after``: "بعد
    معارك مع فصائل المعارضة", read by the fight's own rule, ``actor:fought-in-the-act``); a side past
    the end of the trigger's clause (a clause stop, a comma and a new و-clause, a word of roles.yaml
    ``sole_side_clause_breaks``: "فيما"، "بينما"); and a run-on sentence of more than
    ``SOLE_MAX_WORDS`` words (a ticker or a list with no stops tells several happenings, each with
    its own sides)."""
    from rasd.events.roles_civilians import people_counted

    lo, hi = ann.words.sentence_range(cand.sentence)
    if roles.fought is not None or hi - lo > SOLE_MAX_WORDS or (
            cand.kind.event_type == REMOTE and people_counted(ann, cand)):
        return
    mine = camps_of(roles.actor1.value)
    allies = {id(a) for a in roles.assoc1 or ()}
    found: dict[str, Arg] = {}
    for a in ann.in_sentence(ann.actors, cand.sentence):
        f = family(a.value)
        if f is None or f == fam1 or id(a) in allies or (mine & camps_of(a.value)):
            continue
        if _umbrella_of(a.value, roles.actor1.value) or _umbrella_of(roles.actor1.value, a.value):
            continue
        if f not in found or found[f].first < cand.last <= a.first:
            found[f] = a  # its first mention after the trigger, else its first
    if len(found) != 1:
        return
    (side,) = found.values()
    ws, breaks = ann.words.words, _sole_cue("sole_side_clause_breaks")
    if side.first > lo and _sole_cue("sole_side_not_after").match(ws[side.first - 1].text):
        return  # "بعد معارك مع فصائل المعارضة": the fight's own rule (build.FOUGHT_RULE) reads it
    if side.first >= cand.last and not any(  # "…، وردت الهيئة": a side of the next clause
            ws[k].ends_clause or (ws[k].comma and ws[k + 1].text.startswith("و")) or breaks.match(ws[k + 1].text)
            for k in range(cand.last - 1, side.first - 1)):
        roles.actor2, roles.rule2 = side, RULE_SOLE


@cache
def _sole_cue(key: str) -> re.Pattern[str]:
    """roles.yaml ``sole_side_clause_breaks`` (words that open another clause before a side) and
    ``sole_side_not_after`` (a side right after it is another rule's)."""
    return data_pattern("roles.yaml", key)


def _enemy_state(ann: Annotations, cand: Candidate, actor: dict[str, Any]) -> Arg | None:
    """A strike by a state's forces on a state whose forces are the only ones it strikes there
    (roles.yaml ``enemy_state_targets``: Israel in Syria) hits that state's forces when the
    sentence names no other armed side (module docstring): the places the sentence names after
    the trigger (else all its places) lie in that state and in no third country. The actor keeps the
    words of the first such place, the rule ``actor:forces-of-the-struck-state``."""
    if actor.get("type") != "State forces" or not actor.get("country"):
        return None
    pairs = [(b, target) for a, b, target in _enemy_states() if a == actor["country"]]
    if not pairs:
        return None
    own = family(actor)
    if any((f := family(a.value)) is not None and f != own for a in ann.in_sentence(ann.actors, cand.sentence)):
        return None  # "حزب الله يعلن مقتل قيادي فيه بغارة إسرائيلية": another armed side is named
    places = [p for p in ann.in_sentence(ann.places, cand.sentence) if isinstance(p.value, dict)
              and p.value.get("country")]
    after = [p for p in places if p.first >= cand.first] or places
    after = [p for p in after if p.value.get("kind") != "country"] or after  # towns say more
    countries = {p.value["country"] for p in after}
    for country, target in pairs:
        if country in countries and countries <= {country, actor["country"]}:
            from rasd.document import Span
            from rasd.kb.actors import default_kb

            p = next(q for q in after if q.value["country"] == country)
            original = ann.words.doc.text[p.span.start:p.span.end]
            value = default_kb().actor_value(target, original)
            return type(p)(p.first, p.last, Span(p.span.start, p.span.end, "ACTOR", "events", RULE_ENEMY_STATE,
                                                 value), p.sentence)
    return None


@cache
def _enemy_states() -> tuple[tuple[str, str, str], ...]:
    """roles.yaml ``enemy_state_targets``: (attacker's country, struck country, forces' KB id)."""
    data = data_file("rasd.data.events", "roles.yaml")
    return tuple((str(a), str(b), str(c)) for a, b, c in data.get("enemy_state_targets") or ())


def _loser_of_capture(ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """A place taken by a side the sentence does not name ("واستعادت أمس قرية الشحيل التي كان
    يسيطر عليها تنظيم داعش"، "وسيطرت على البلدة بعد انسحاب عناصر داعش منها") was lost by the side
    that held it or was driven out of it: actor2, never actor1 (module docstring)."""
    from rasd.events.arguments import role_cues

    if cand.kind.id not in role_cues().loser_kinds:
        return
    holder = _holder(ann, {}, "", cand.sentence)
    if holder is not None:
        roles.actor2, roles.rule2 = holder, RULE_HOLDER
        return
    expelled = _expelled(ann, cand)
    if expelled is not None:
        roles.actor2, roles.rule2 = expelled, RULE_EXPELLED


def _expelled_by(ann: Annotations, cand: Candidate, roles: Roles, fam1: str) -> bool:
    """A capture by a named side with no actor2 whose sentence says another side left or was
    driven out ("سيطرت قوات سوريا الديمقراطية على ثلاث قرى قرب منبج وطرد مسلحي داعش منها"،
    "سيطرت قوات الأسد على دير حافر بعد اشتباكات وانسحاب تنظيم داعش منها"): that side lost the
    place, actor2 (rule ``actor:driven-out-of-the-place``, as for an unnamed taker; ACTOR2_24).
    Never actor1's own family ("بعد انسحاب قواتها منها"), nor past a third side named between
    the capture and the leaving (another clause's deed)."""
    from rasd.events.arguments import role_cues

    if cand.kind.id not in role_cues().loser_kinds:
        return False
    expelled = _expelled(ann, cand)
    if expelled is None or family(expelled.value) == fam1:
        return False
    # "… التي استعاد السيطرة عليها , وتمكن نظام الأسد من طرد التنظيم من تدمر": a third side
    # named between the capture and the leaving tells another clause's deed
    sides = {fam1, family(expelled.value)}
    if any(cand.last <= a.first < expelled.first and family(a.value) not in sides
           for a in ann.in_sentence(ann.actors, cand.sentence)):
        return False
    roles.actor2, roles.rule2 = expelled, RULE_EXPELLED
    return True


def _expelled(ann: Annotations, cand: Candidate) -> Arg | None:
    """An armed actor after a noun of leaving or expulsion and before "منها / منه / من"
    (roles.yaml ``expelled_nouns``: "بعد انسحاب عناصر داعش منها"، "إثر طرد التنظيم من القرية") in
    the capture's sentence after its trigger."""
    cues = _expelled_cues()
    words = ann.words
    texts = words.texts
    _lo, hi = words.sentence_range(cand.sentence)
    for a in ann.in_sentence(ann.actors, cand.sentence):
        if a.first < cand.last or family(a.value) is None:
            continue
        back = [k for k in range(max(cand.last, a.first - 2), a.first) if cues[0].match(texts[k])]
        if back and a.last < hi and cues[1].match(texts[a.last]):
            return a
    return None


@cache
def _expelled_cues() -> tuple[Any, Any]:
    return data_pattern("roles.yaml", "expelled_nouns"), data_pattern("roles.yaml", "expelled_from")


def _report_enemy(ann: Annotations, actor: dict[str, Any], fam: str, before: int, sentence: int) -> Arg | None:
    """The armed family the report names far more than any other outside ``actor``'s camp
    around ``sentence`` (module docstring), as its mention nearest before word ``before``
    (else its first)."""
    sides: list[tuple[int, str]] | None = ann.side_counts
    if sides is None:
        sides = ann.side_counts = [(a.sentence, f) for a in ann.actors if (f := family(a.value)) is not None]
    lo, hi = sentence - STORY_BEFORE, sentence + STORY_AFTER
    counts = Counter(f for s, f in sides if lo <= s <= hi or s < LEAD_SENTENCES)
    mine = camps_of(actor)
    ranked = [(f, n) for f, n in counts.most_common() if f != fam]
    ranked = [(f, n) for f, n in ranked if not (mine & camps_of(_first_value(ann, f)))]
    if not ranked or ranked[0][1] < DOMINANT_MIN or (
            len(ranked) > 1 and ranked[0][1] < DOMINANT_RATIO * ranked[1][1]):
        return None
    enemy = ranked[0][0]
    mentions = [a for a in ann.actors if family(a.value) == enemy
                and (lo <= a.sentence <= hi or a.sentence < LEAD_SENTENCES)]
    earlier = [a for a in mentions if a.last <= before]
    return (earlier or mentions)[-1 if earlier else 0]


def _hit_the_holder(ann: Annotations, cand: Candidate, roles: Roles, actor: dict[str, Any]) -> bool:
    """An attack told on what a side holds, right after its trigger ("غارات على أحياء ما زالت
    تحت سيطرة داعش"، "الهجمات على منطقة تسيطر عليها قوات المعارضة"، "قصف مواقع سيطرة قسد"): the
    holder — the armed actor right after a control cue (``control_cue``) at most
    ``held_target_gap`` words after the trigger, in the same clause, no word of the attack's
    origin between (roles.yaml ``held_origin``: "قصفت من مناطق سيطرة قسد"), not of ``actor``'s
    family or camp, nor one that took the place (``_taking``) — is actor2 (rule
    ``actor:holder-of-the-target``), unless the sentence counts its victims as people (the
    civilians' rule reads those). True when it gave one."""
    from rasd.events.arguments import role_cues
    from rasd.events.roles_civilians import people_counted

    if people_counted(ann, cand):
        return False  # "قضوا جراء سقوط قذائف على الأحياء الخاضعة لسيطرة النظام": civilians died
    data = data_file("rasd.data.events", "roles.yaml")
    gap, origin = int(data["held_target_gap"]), _held_origin()
    openers = role_cues().clause_openers
    words = ann.words
    fam, mine = family(actor), camps_of(actor)
    # the control cue stands one or two words before its actor, at most ``gap`` words after the
    # trigger: only actors starting in that reach can be the holder (SPEED30: a run-on sentence)
    for a in ann.in_window(ann.actors, cand.sentence, cand.last + 1, cand.last + gap + 2):
        f = family(a.value) if a.first > cand.last else None
        if f is None or f == fam or (mine & camps_of(a.value)) or _umbrella_of(a.value, actor) \
                or _umbrella_of(actor, a.value):
            continue
        cue = control_cue(ann, a)
        if cue is None or cue - cand.last > gap or _taking(ann, cue, a) or any(
                origin.match(words.texts[k]) or (words.words[k].comma and words.texts[k + 1].startswith("و"))
                or openers.match(words.texts[k + 1]) for k in range(cand.last - 1, cue - 1)):
            continue
        roles.actor2, roles.rule2 = a, RULE_HELD_TARGET
        return True
    return False


def _taking(ann: Annotations, cue: int, a: Arg) -> bool:
    """"انتهت بسيطرة الثوار وجبهة النصرة على الحاجز": a taking told as the fight's outcome
    (roles.yaml ``taking_cues`` before the actor, ``taking_after`` within ``taking_reach`` words
    after it) — its actor took the place, it did not hold what was hit."""
    data = data_file("rasd.data.events", "roles.yaml")
    texts = ann.words.texts
    _lo, hi = ann.words.sentence_range(a.sentence)
    after = texts[a.last:min(hi, a.last + int(data["taking_reach"]))]
    return texts[cue] in data["taking_cues"] and any(w in data["taking_after"] for w in after)


@cache
def _held_origin() -> Any:
    return data_pattern("roles.yaml", "held_origin")


def _holder(ann: Annotations, actor: dict[str, Any], fam: str, sentence: int) -> Arg | None:
    """The side the report says held a place the battle's sentence names (module docstring):
    one holder, not of actor1's family or camp."""
    from rasd.events.arguments import place_key

    holders = ann.holders
    if holders is None:
        holders = ann.holders = _holders(ann)
    if not holders:
        return None
    mine = camps_of(actor)
    found: dict[str, Arg] = {}
    for p in ann.in_sentence(ann.places, sentence):
        arg = holders.get(place_key(p.value)) if isinstance(p.value, dict) else None
        f = family(arg.value) if arg is not None else None
        if arg is not None and f is not None and f != fam and not (mine & camps_of(arg.value)) \
                and not _umbrella_of(arg.value, actor) and not _umbrella_of(actor, arg.value):
            found[f] = arg
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _controller_pronouns() -> frozenset[str]:
    """roles.yaml ``controller_pronouns``: control cues that need a controller verb before them."""
    from rasd.text.normalize import normalize

    return frozenset(normalize(w).text for w in data_file("rasd.data.events", "roles.yaml")["controller_pronouns"])


def _holders(ann: Annotations) -> dict[str | None, Arg]:
    """Place key → the side the report says holds it ("المدينة التي يسيطر عليها التنظيم"،
    "الخاضعة لسيطرة داعش"): the armed actor right after a control cue, and the last place named
    a few words before the cue in its sentence (a district before its city: the district; never a
    country; not before "مواقع / مناطق سيطرة X", the areas X holds wherever they are). A place the report says two sides hold (the west of Aleppo
    the government's, a district the Kurds') has no one holder."""
    from rasd.events.arguments import place_key, role_cues

    cues = role_cues()
    if cues.controller_cues is None:
        return {}
    words = ann.words
    texts = words.texts
    out: dict[str | None, Arg] = {}
    split: set[str | None] = set()  # places two sides are said to hold: no one holder
    for a in ann.actors:
        if family(a.value) is None:
            continue
        lo, _hi = words.sentence_range(a.sentence)
        cue = control_cue(ann, a)
        if cue is None:
            continue
        if cue - 1 >= lo and texts[cue - 1] in AREA_WORDS:
            continue  # "تبدأ دمشق حملة تستهدف مواقع سيطرة قسد": the areas it holds, not Damascus
        places = [p for p in ann.in_sentence(ann.places, a.sentence)
                  if p.last <= cue and cue - p.last <= cues.controller_place_gap and isinstance(p.value, dict)
                  and p.value.get("kind") not in BROAD and not _part_of_a_place(p.value)]
        if not places:
            continue
        # "حي الشيخ مقصود في مدينة حلب الخاضع لسيطرة الوحدات": the district is held, not the city
        held = next((p for p in reversed(places) if p.value.get("kind") == "district"), places[-1])
        key = place_key(held.value)
        if key in out and family(out[key].value) != family(a.value):
            split.add(key)
        out.setdefault(key, a)
    return {k: v for k, v in out.items() if k not in split}


def control_cue(ann: Annotations, a: Arg) -> int | None:
    """The word of control one or two words before actor ``a`` ("الخاضعة لسيطرة داعش"، "يسيطر
    عليها التنظيم"; roles.yaml ``controller_cues``, a pronoun cue only after a verb of control),
    or ``None``."""
    from rasd.events.arguments import role_cues

    cues = role_cues()
    if cues.controller_cues is None:
        return None
    texts = ann.words.texts
    lo, _hi = ann.words.sentence_range(a.sentence)
    cue = next((k for k in (a.first - 1, a.first - 2) if k >= lo and cues.controller_cues.match(texts[k])), None)
    if cue is None or (texts[cue] in _controller_pronouns() and not (
            cue - 1 >= lo and cues.controller_verbs is not None and cues.controller_verbs.match(texts[cue - 1]))):
        return None
    return cue


def _umbrella_of(umbrella: dict[str, Any], group: dict[str, Any]) -> bool:
    """Whether ``umbrella`` is the generic name of a country's rebels (roles.yaml
    ``umbrella_ids``: "الفصائل المعارضة") and ``group`` one of that country's rebel groups
    (فيلق الرحمن): the one stands for the other, never its enemy."""
    return (str(umbrella.get("id") or "") in _umbrella_ids() and group.get("type") == umbrella.get("type")
            and group.get("country") == umbrella.get("country"))


@cache
def _umbrella_ids() -> frozenset[str]:
    data = data_file("rasd.data.events", "roles.yaml")
    return frozenset(data.get("umbrella_ids") or ())


def _part_of_a_place(place: dict[str, Any]) -> bool:
    """"شرقي حلب"، "ريف حلب الشرقي"، "أطراف المدينة": a part or the countryside of a town, named
    with a word of direction or surroundings first (roles.yaml ``part_words``) — who holds it
    does not hold the town. A named region (الغوطة الشرقية) is held as a whole."""
    from rasd.text.normalize import normalize

    matched = normalize(str(place.get("matched") or "")).text.split()
    return bool(matched) and bool(_part_words().match(matched[0]))


@cache
def _part_words() -> Any:
    return data_pattern("roles.yaml", "part_words")


def _first_value(ann: Annotations, fam: str) -> dict[str, Any]:
    return next(a.value for a in ann.actors if family(a.value) == fam)


@cache
def _camps() -> tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]], ...]:
    """``camps`` of ``sides.yaml``: (name, countries, files, ids, id prefixes)."""
    data = data_file("rasd.data.events", "sides.yaml")
    return tuple((name, frozenset(c.get("countries") or ()), frozenset(c.get("files") or ()),
                  frozenset(c.get("ids") or ()), tuple(c.get("prefixes") or ()))
                 for name, c in (data.get("camps") or {}).items())


@cache
def _file_of() -> dict[str, str]:
    from rasd.kb.actors import default_kb

    return {i: a.file for i, a in default_kb().actors.items()}


def camps_of(actor: dict[str, Any]) -> frozenset[str]:
    """The camps an actor fights in (``camps`` of ``sides.yaml``)."""
    ident = str(actor.get("id") or "")
    state = actor.get("country") if actor.get("type") == "State forces" else None
    file = _file_of().get(ident)
    return frozenset(name for name, countries, files, ids, prefixes in _camps()
                     if (state is not None and state in countries) or (file is not None and file in files)
                     or ident in ids or (prefixes and ident.startswith(prefixes)))
