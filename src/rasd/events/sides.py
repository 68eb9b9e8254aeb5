"""Sides of an attack the actor knowledge base cannot name: whose the aircraft are.

Reports often tell who struck without a name the knowledge base knows: "الطيران الحربي"
and "الطيران المروحي" in Syria (ACLED codes the regime's air force unless the Russians are
named), "قصف للطيران الحكومي" (the air force of the government of the country the strike is
in), "طائرات يعتقد أنها سورية وروسية" (two states behind a hedge). This module turns those
phrases into actor arguments before roles are assigned, so the ordinary role rules decide
whether the aircraft struck (actor1: "قصف الطيران الحربي"، "شن الطيران المروحي غارات") or
were struck ("أسقطت الفصائل طائرة حربية": actor2). Each one keeps its words as its span and
the rule that named it (``sides:...``); cues and the country tables are in
``data/events/sides.yaml``.

Which air force:

* a demonym after the aircraft, through a hedge or after حكومي, names the state(s): the
  first is the side, the others (joined by و) associated actors;
* a named air force in the same sentence before the phrase or in the ``anaphor_sentences``
  before ("الطيران الروسي ... وغارات للطيران الحربي") is the one meant;
* else the country of the sentence's places (or of the last sentences', or the document's)
  gives the government's air force (حكومي: ``government_air``) or, for unnamed warplanes,
  ``unnamed_air`` (Syria only). No country, no actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from rasd.datafiles import data_file
from rasd.document import Document, Span
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg
    from rasd.events.tokens import Words

CLITICS = "(?:[وف]?(?:[بك]|ل(?=ل))?(?:ال|ل)?|[وف]?ل)"  # و ف + ب ك ل + the article (للطيران)
# the same clitics spelled out: و ف, then ب ك ل, then the article (للطيران for ل + الطيران)
PREFIXES = tuple({c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل") for a in ("", "ال")
                  if not (p == "ل" and a == "ال")} | {c + "لل" for c in ("", "و", "ف")})
PHRASE_WORDS = 7  # most words from the aircraft head to the last demonym
RULE_DEMONYM = "sides:aircraft-demonym"
RULE_GOVERNMENT = "sides:government-aircraft"
RULE_UNNAMED = "sides:unnamed-aircraft"
RULE_ANAPHOR = "sides:aircraft-anaphor"


def _norm(word: str) -> str:
    return normalize(word).text


@dataclass(frozen=True, slots=True)
class SideCues:
    """``data/events/sides.yaml`` compiled on normalised spelling."""

    bare: frozenset[str]  # every spelling with its clitics (a set: one lookup per word)
    plain: frozenset[str]
    scan: re.Pattern[str]  # the heads anywhere in the normalised text: one pass in C finds the few words to test
    military: frozenset[str]
    government: frozenset[str]
    hedges: frozenset[str]
    not_after: frozenset[str]
    not_before: re.Pattern[str]
    unnamed_air: dict[str, dict[str, Any]]  # country → actor, until, allies_files, allies
    government_air: dict[str, str]
    anaphor_sentences: int
    country_sentences: int
    owner_types: frozenset[str]
    owner_words: frozenset[str]


@cache
def side_cues() -> SideCues:
    """Load ``sides.yaml`` once."""
    data = data_file("rasd.data.events", "sides.yaml")

    def words(key: str) -> list[str]:
        return sorted({_norm(w) for w in data[key]}, key=len, reverse=True)

    def heads(key: str) -> list[str]:
        return sorted({_norm(w) for w in data["aircraft"][key]}, key=len, reverse=True)

    bare, plain = heads("bare"), heads("plain")
    return SideCues(
        bare=frozenset(p + h for p in PREFIXES for h in bare),
        scan=re.compile("|".join([*bare, *plain])),
        plain=frozenset(p + h for p in PREFIXES for h in plain),
        military=frozenset(words("military")), government=frozenset(words("government")),
        hedges=frozenset(words("hedges")), not_after=frozenset(words("not_after")),
        not_before=re.compile(f"^{CLITICS}(?:{'|'.join(words('not_before'))})$"),
        unnamed_air=dict(data["unnamed_air"]), government_air=dict(data["government_air"]),
        anaphor_sentences=int(data["anaphor_sentences"]), country_sentences=int(data["country_sentences"]),
        owner_types=frozenset(data["owner_types"]), owner_words=frozenset(words("owner_words")),
    )


@cache
def _demonym_air() -> dict[str, str]:
    """Normalised demonym in any form (روسي، روسيه، الروسيه، وروسيه، روسيين ...) → the KB actor
    of that state's aircraft (the knowledge base adjectives' ``air`` role, else ``force``)."""
    from rasd.kb.actors import default_kb

    out: dict[str, str] = {}
    for adj in default_kb().adjectives:
        actor = adj.get("air") or adj.get("force")
        if not actor:
            continue
        for base in (*adj.get("forms", ()), *(adj.get("extra") or ())):
            stem = _norm(base)
            for form in (stem, stem + "ه", stem + "ين", stem + "ون", stem + "تين", stem + "تان", stem + "ان"):
                for full in (form, "ال" + form):
                    out.setdefault(full, actor)
                    out.setdefault("و" + full, actor)
    return out


@cache
def _allies(actor_id: str) -> frozenset[str]:
    """Ids of the actors an unnamed air force (``unnamed_air``) would not strike."""
    from rasd.kb.actors import default_kb

    entry = next((e for e in side_cues().unnamed_air.values() if e["actor"] == actor_id), None)
    if entry is None:
        return frozenset()
    files = set(entry.get("allies_files") or ())
    return frozenset({a.id for a in default_kb().actors.values() if a.file in files}
                     | set(entry.get("allies") or ()))


def has_aircraft(words: Words, arg: Arg) -> bool:
    """Whether a named actor is aircraft: its head (first word) is one ("الطيران الروسي"،
    "طائرات التحالف"); "الفصائل المقاتلة" is fighters, not fighter jets."""
    cues = side_cues()
    head = words.texts[arg.first]
    return head in cues.bare or head in cues.plain


def _nisba(word: str) -> bool:
    """A relative adjective (استرالية، الكندي، البلجيكيون): a nationality after the aircraft."""
    return len(word) >= 5 and (word.endswith(("يه", "يين", "يون", "يتين")) or (
        word.startswith("ال") and word.endswith("ي")))


def _value(actor_id: str, matched: str, rule: str) -> dict[str, Any]:
    from rasd.kb.actors import default_kb

    value = default_kb().actor_value(actor_id, matched)
    value["inferred"] = rule  # named by this module's rule, not found by the actors stage
    return value


def _country(ann: Annotations, sentence: int, back: int) -> str | None:
    """The country of ``sentence``'s places, else of the ``back`` sentences before, else the
    document's when at least half its places are in it."""
    for s in range(sentence, max(-1, sentence - back - 1), -1):
        here = Counter(p.value.get("country") for p in ann.in_sentence(ann.places, s)
                       if isinstance(p.value, dict) and p.value.get("country"))
        if here:
            return here.most_common(1)[0][0]
    whole = Counter(p.value.get("country") for p in ann.places
                    if isinstance(p.value, dict) and p.value.get("country"))
    if whole:
        top, n = whole.most_common(1)[0]
        if 2 * n >= whole.total():
            return top
    return None


def add_implicit_actors(doc: Document, words: Words, ann: Annotations) -> None:
    """Add to ``ann.actors`` (in text order) the aircraft sides found in ``words`` that no
    actor span covers; see the module docstring for which air force each is."""
    from rasd.events.arguments import Arg

    cues = side_cues()
    ws, n = words.words, len(words)
    heads = []
    for m in cues.scan.finditer(words.norm.text):
        k = words.index_of(words.norm.orig(m.start()), words.norm.orig(m.start()) + 1)[0]
        if k < n and (not heads or heads[-1] != k) and (ws[k].text in cues.bare or ws[k].text in cues.plain):
            heads.append(k)
    if not heads:
        return
    taken = {k for a in ann.actors for k in range(a.first, a.last)}
    named: list[Arg] | None = None  # the named aircraft actors, read when an unnamed one needs them
    demonyms = _demonym_air()
    published = doc.meta.published or ""
    added: list[Arg] = []
    for k in heads:
        if k in taken or (k > 0 and ws[k - 1].sentence == ws[k].sentence and (
                cues.not_before.match(ws[k - 1].text) or (k - 1 in taken and not ws[k - 1].comma))):
            continue
        military = gov = hedged = False
        found: list[tuple[int, str]] = []  # (word, actor id) of each demonym
        j = k + 1
        stop = min(n, k + 1 + PHRASE_WORDS)
        while j < stop and ws[j].sentence == ws[k].sentence and not ws[j - 1].ends_clause and j not in taken:
            w = ws[j].text
            if ws[j - 1].comma and not (found and w.startswith("و")):
                break
            if w in cues.military:
                military = True
            elif w in cues.government:
                gov = True
            elif w in cues.hedges:
                hedged = True
            elif w in demonyms and (not found or w.startswith("و")):
                found.append((j, demonyms[w]))
            else:
                break
            j += 1
        if hedged and not found:
            continue  # "طائرات يعتقد أنها تابعة لـ ...": the owner is a name, read elsewhere
        if j < n and ws[j].sentence == ws[k].sentence and not ws[j - 1].comma and not found and (
                ws[j].text in cues.not_after or j in ann.actor_firsts or _nisba(ws[j].text)):
            continue  # "طائرات أسترالية": a nationality the knowledge base does not know is still one
        sentence = ws[k].sentence
        made: list[tuple[int, int, str, str]] = []  # first, last, actor id, rule
        if found:
            end = found[0][0] + 1
            made.append((k, end, found[0][1], RULE_DEMONYM))
            made += [(d, d + 1, actor, RULE_DEMONYM) for d, actor in found[1:]]
        elif gov or military or ws[k].text in cues.bare:
            end = j
            if named is None:
                named = [a for a in ann.actors if isinstance(a.value, dict) and a.value.get("id")
                         and has_aircraft(words, a)]
            earlier = next((a for a in reversed(named) if a.first < k
                            and sentence - a.sentence <= cues.anaphor_sentences), None)
            if earlier is not None and not gov:
                made.append((k, end, str(earlier.value["id"]), RULE_ANAPHOR))
            else:
                country = _country(ann, sentence, cues.country_sentences)
                if gov and country in cues.government_air:
                    made.append((k, end, cues.government_air[country], RULE_GOVERNMENT))
                elif not gov and country in cues.unnamed_air and not (
                        published and published > str(cues.unnamed_air[country].get("until") or "9")):
                    made.append((k, end, cues.unnamed_air[country]["actor"], RULE_UNNAMED))
        for first, last, actor, rule in made:
            start, stop_char = ws[first].start, ws[last - 1].end
            span = Span(start, stop_char, "ACTOR", "events", rule,
                        _value(actor, doc.text[start:stop_char], rule))
            added.append(Arg(first, last, span, sentence))
            taken.update(range(first, last))
    ann.add_actors(added)


INFERRED_RULES = frozenset({RULE_GOVERNMENT, RULE_UNNAMED, RULE_ANAPHOR})
AIR_STRIKE = "Air/drone strike"
RULE_STORY = "actor:aircraft-of-the-story"
RULE_OWNER = "actor:owner-of-the-forces"
RULE_INSIDE = "actor:subject-inside-frame"
RULE_INSIDE_OBJECT = "actor:object-inside-frame"
RULE_GOVERNOR = "actor:subject-of-governing-verb"


@cache
def _verbal_noun_cues() -> tuple[frozenset[str], frozenset[str]]:
    """sides.yaml ``verbal_noun_openers`` and ``verbal_noun_object_heads`` (FIXES26)."""
    data = data_file("rasd.data.events", "sides.yaml")
    return (frozenset(_norm(w) for w in data.get("verbal_noun_openers") or ()),
            frozenset(_norm(w) for w in data.get("verbal_noun_object_heads") or ()))


def _governor_subject(words: Words, ann: Annotations, cand: Any, inside: Arg | None) -> Arg | None:
    """The subject of the verb that governs a verbal noun of ``verbal_noun_object_heads``
    (sides.yaml ``verbal_noun_governors``: "تمكنت القوات النظامية في التاسع من الشهر من طرد
    التنظيم"): the first actor within ``governor_subject_reach`` words after the nearest such verb
    at most ``governor_reach`` words before the verbal noun, in its clause (FIXES26)."""
    governors, reach, subject_reach = _governor_cues()
    ws = words.words
    lo = words.sentence_range(cand.sentence)[0]
    verb = next((k for k in range(cand.first - 1, max(lo, cand.first - reach) - 1, -1)
                 if ws[k].text in governors), None)
    if verb is None or any(ws[k].ends_clause for k in range(verb, cand.first)):
        return None
    return next((a for a in ann.in_sentence(ann.actors, cand.sentence)
                 if verb < a.first <= verb + subject_reach and a.last <= cand.first and a is not inside), None)


@cache
def _governor_cues() -> tuple[frozenset[str], int, int]:
    data = data_file("rasd.data.events", "sides.yaml")
    return (frozenset(_norm(w) for w in data.get("verbal_noun_governors") or ()),
            int(data.get("governor_reach", 12)), int(data.get("governor_subject_reach", 2)))


def _verbal_noun(words: Words, cand: Any) -> bool:
    """Whether the frame opens with a verbal noun of ``verbal_noun_object_heads`` after
    ``verbal_noun_openers`` ("من طرد"، "تم طرد"): its actor inside is its object, not its subject."""
    openers, heads = _verbal_noun_cues()
    ws = words.words
    return cand.first > 0 and ws[cand.first].text in heads and ws[cand.first - 1].text in openers
VIOLENT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})


def check_sides(words: Words, ann: Annotations, cand: Any, roles: Any) -> None:
    """Complete and check the sides of one trigger (``Roles`` of
    :func:`rasd.events.arguments.assign_roles`).

    * An air strike told without its attacker ("قتل 17 شخصاً في ضربة جوية على سوق") was
      flown by the aircraft the story named last, in its sentence before it or in the
      ``anaphor_sentences`` before ("طائرات يعتقد أنها سورية وروسية قصفت ..."): actor1, with
      the states joined to it as associated actors.
    * A frame that holds its subject between its words ("وأنشأت روسيا قاعدة"، "اتخذت القوات
      التركية مقراً") or opens with it ("قاذفات روسية بعيدة المدى ضربت", ACTORS18) and found
      no actor1: the actor inside it acted.
    * A movement or base with no actor1 (``owner_types``) belongs to the owner its actor2
      was read from ("قاعدة عسكرية لروسيا"، "وحدة تابعة للقوات الصينية"): that one moved.
    * An air force this module inferred is dropped as actor1 when actor2 is that same
      state's forces or an ally (``unnamed_air``'s ``allies``): "استهدف الطيران الحربي رتلاً
      للنظام" was no regime plane, whoever flew it.
    """
    if roles.actor1 is None and cand.plover in VIOLENT and cand.last - cand.first > 2:
        inside = next((a for a in ann.in_sentence(ann.actors, cand.sentence)
                       if cand.first <= a.first and a.last < cand.last), None)
        if inside is not None and inside is not roles.actor2:
            if not _verbal_noun(words, cand):
                roles.actor1, roles.rule1 = inside, RULE_INSIDE
            elif roles.actor2 is None:  # "من طرد التنظيم من المدينة": the one expelled (FIXES26)
                roles.actor2, roles.rule2 = inside, RULE_INSIDE_OBJECT
    if roles.actor1 is None and cand.plover in VIOLENT and _verbal_noun(words, cand):
        taker = _governor_subject(words, ann, cand, roles.actor2)
        if taker is not None:  # "وتمكنت القوات النظامية ... من طرد": who drove them out (FIXES26)
            roles.actor1, roles.rule1 = taker, RULE_GOVERNOR
    if roles.actor1 is None and roles.actor2 is not None and _owner(words, roles.actor2, cand):
        roles.actor1, roles.rule1, roles.assoc1 = roles.actor2, RULE_OWNER, roles.assoc2
        roles.actor2, roles.rule2, roles.assoc2 = None, "", []
    if roles.actor1 is None and cand.plover == "ASSAULT" and cand.sub_event_type == AIR_STRIKE:
        story = _story_aircraft(words, ann, cand)
        if story:
            roles.actor1, roles.rule1 = story[0], RULE_STORY
            roles.assoc1 = story[1:]
    a1, a2 = roles.actor1, roles.actor2
    if a1 is None or a2 is None or a1.span.rule not in INFERRED_RULES:
        return
    v1, v2 = a1.value, a2.value
    if not isinstance(v2, dict):
        return
    if (v2.get("type") == "State forces" and v2.get("country") == v1.get("country")) or (
            v2.get("id") in _allies(str(v1.get("id")))):
        roles.actor1, roles.rule1, roles.assoc1 = None, "", []


def _owner(words: Words, arg: Arg, cand: Any) -> bool:
    """Whether ``arg`` is told as the owner of the forces of a movement (``owner_types``):
    with ل on its first word or after an owner word (تابعة ل ...), after the trigger."""
    cues = side_cues()
    if cand.plover not in cues.owner_types or arg.first < cand.last:
        return False
    ws = words.words
    first = ws[arg.first].text
    return (first.startswith("ل") and len(first) > 3 and not first.startswith("لا")) or (
        arg.first > 0 and ws[arg.first - 1].text in cues.owner_words)


def _story_aircraft(words: Words, ann: Annotations, cand: Any) -> list[Arg]:
    """The last aircraft named before ``cand`` (same sentence or ``anaphor_sentences``
    back) with the states coordinated to it; empty when there is none."""
    cues = side_cues()
    lo = cand.sentence - cues.anaphor_sentences
    # the actors before the trigger, read from the last one back and only as far as needed: a
    # run-on sentence of n raids read every actor before each of them (n², SPEED29)
    listed = ann.before(ann.actors, lo, cand.sentence, cand.first)

    def named(j: int) -> bool:
        value = listed[j].value
        return isinstance(value, dict) and bool(value.get("id"))

    def back(j: int) -> int:  # the named actor before index j, or -1
        j -= 1
        while j >= 0 and not named(j):
            j -= 1
        return j
    i = back(len(listed))
    while i >= 0:
        a = listed[i]
        if a.span.rule in (RULE_DEMONYM, *INFERRED_RULES) or has_aircraft(words, a):
            # the first of a coordination: "طائرات ... سورية وروسية" (the next ones start with و)
            p = back(i)
            while p >= 0 and listed[p].last == a.first and listed[p].span.rule == RULE_DEMONYM \
                    and words.words[a.first].text.startswith("و"):
                i, a, p = p, listed[p], back(p)
            group = [a]
            for b in (listed[j] for j in range(i + 1, len(listed)) if named(j)):
                if b.first == group[-1].last and words.words[b.first].text.startswith("و"):
                    group.append(b)
                else:
                    break
            return group
        i = back(i)
    return []
