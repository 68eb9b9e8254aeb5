"""Candidates → event mentions: one per (date, town, type, actor pair), with evidence.

Steps, in text order:

1. triggers of one type close together in a clause are one happening ("شنت طائرات ... غارات
   جوية استهدفت" is one strike): they are folded, keeping the most specific typing;
2. a candidate that its context rules out (negated, hypothetical, future, threat,
   historical) only leaves a ``TRIGGER`` span saying why;
3. a noun or imperfect trigger needs an anchor (a date, place or toll near it); a definite
   noun with none ("الغارات أسفرت عن مقتل 38") refers back to the latest event of its type
   (not one of another sub-event type its trigger fixes, nor another attacker's) and adds to it, and a definite noun with its own places starts events that take date
   and typing from that referent, and its actors when it is the same story (same sentence, or
   within three sentences in the same place or a part of it);
4. mentions of one type with compatible place, date and actor1 are merged; a region-level
   mention folds into a town-level event it contains; a place the gazetteer does not know
   ("في ولاية هكاري") is another place than a resolved one, and a new report with no place of
   its own in another sentence joins only when its toll agrees; meetings give their place and date
   to the requests, refusals and agreements made at them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date
from functools import cache
from itertools import pairwise
from typing import Any

from rasd.datafiles import data_file, data_pattern, optional_pattern
from rasd.document import Document, EventMention, Evidence, Span
from rasd.events.arguments import (
    Annotations,
    Arg,
    TargetSpots,
    _civilian,
    _coarser,
    _destinations,
    _fold_name,
    _listed,
    actor_key,
    actor_value,
    assign_roles,
    claimant,
    container_test,
    distance_km,
    locations,
    near,
    part_of,
    place_key,
    place_rank,
    retaker,
    role_cues,
    same_target,
    unplaced_name,
    unplaced_span,
    year_only,
)
from rasd.events.candidates import Candidates, Kept, Latest
from rasd.events.carried import RULE as CARRIED_RULE
from rasd.events.carried import Told, carried_subject, remember
from rasd.events.confidence import SIDES_TYPED, mark_dropped
from rasd.events.detect import (
    DIPLOMATIC,
    Candidate,
    _around,
    _first_match,
    anchored,
    cue_matches,
    find_candidates,
    light_verb,
)
from rasd.events.interact import PHONE_MODE, keep_located_meetings, met_on_visit, visit_without_host
from rasd.events.items import (
    ITEM_DAY_RULE,
    OTHER_ITEM_RULE,
    dated_item,
    item_day,
    item_of,
    item_scope,
    page_items,
    same_item,
)
from rasd.events.lexicon import Lexicon, _n, _read, lexicon
from rasd.events.merge_sentence import compared, fold_contained, fold_one_sentence
from rasd.events.notes import summary
from rasd.events.roles_civilians import struck_civilians, with_civilians
from rasd.events.roles_fights import RULE as FOUGHT_RULE
from rasd.events.roles_fights import fought_in_group
from rasd.events.storyday import story_days
from rasd.events.tokens import Words
from rasd.events.tolls import place_tolls, toll
from rasd.events.when import _anterior, _page_date, event_date
from rasd.kb.actors import (
    ARMED_TYPES,
    DATA_DIR,
    GOVERNMENT,
    _by_country,
    default_kb,
    localize_actor,
)
from rasd.kb.country_context import country_forms
from rasd.kb.places import load_cues
from rasd.quantities.casualties import casualty_lexicon
from rasd.text.normalize import normalize, normalize_key

FOLD_DISTANCE = 8  # words between two triggers of one type read as one happening
TERRITORY_FOLD_DISTANCE = 20  # words from taking a place to the fighting it came after (_fight_that_took)
SUPPORT_WINDOW = 3  # words around an ambiguous trigger (ضربات، عدوان) where an actor must stand
SPLIT_TYPES = frozenset({"ASSAULT", "COERCE"})  # one event per targeted town
# one event per town where it was held, told in one list after في/ب/إلى (_gathered_in; LISTS14)
WHERE_SPLIT_TYPES = frozenset({"PROTEST", "AID", "MOBILIZE"})
SYMMETRIC = frozenset({"Armed clash"})
BATTLES = "Battles"  # ACLED event type of clashes and territory taken: no shelling names one  # sub-event types whose two sides have no attacker
HEADLINE_MAX_WORDS = 20
HEADLINE_DAYS = 1  # a headline dated by its page tells the body's happening of the day before
PAGE_DATE = "|page-date"  # added to a date rule: the day is the page's own print, not the happening's
NARRATIVE_SENTENCES = 2  # sentences back a place-less mention looks for the story's place
NARRATIVE_LINES = True  # PLACES24: on a list page the story's place stays on its own line
WEEK_DAYS = 7  # dates this far apart can be one happening when one of them is only a week
STORY_SENTENCES = 3  # a mention with no place merges only with an event told this recently
ABOUT_COUNTRY = "report is about "  # a PLACE_UNRESOLVED reason: the linker's country
MEETING_SENTENCES = 2  # sentences after a meeting word where requests and refusals are made at it
REACTION_BACK = "reference:reaction-back"  # detect.py's rule for a reaction to a happening told before
RELATIVE_GAP = 4  # most words from a noun to the verb of its relative clause (+ adjectives)
# how a cause word's actor is its agent ("بقصف لطيران التحالف"، "بغارة إسرائيلية"), not its victim
AGENT_RULES = frozenset({"actor:agent-marker", "actor:qualifies-noun"})
TELLING_BEFORE, TELLING_AFTER = 2, 5  # words around a trigger that identify one telling of it
SPEAKER_WORDS = 5  # words after a reporting verb where the speaker's own place is named
TELLING_MIN_WORDS = 6  # fewer words than this say too little to call two tellings one
# a sentence that tells no death for its several towns ("ألقت براميل على بلدتي مغر المير وبيت جن ,
# مخلفة أضرارا مادية من دون أنباء عن وقوع ضحايا"، "أصيب 6 أشخاص ... على حيي الشاغور
# والعباسيين") tells it of each: every town's event takes the 0, not the first town's alone;
# a count of deaths stays the first town's (TOLL14)
NO_DEATH_EVERY_TOWN = "toll:sentence|every-town"
TOLL_NOUN_RULE = "casualty:toll-noun"  # "حصيلة ضحايا التفجير"، "عدد قتلى المواجهات": a toll named by its happening
# frames that may hold the happening they count as a word inside them: a toll noun's
# ("عدد قتلى المواجهات"), "أودى" with its subject ("وأودى الهجوم بحياة 86 شخصا", TOLL16), a
# when or where aside ("قتل في الهجوم أكثر من 30 شخصا")
NAMING_FRAMES = frozenset({TOLL_NOUN_RULE, "casualty:trigger-count", "casualty:trigger-aside-count"})


@dataclass(frozen=True)
class Cues:
    """Granularity cues of ``data/events/granularity.yaml`` (normalised, compiled once)."""

    response_opener: re.Pattern[str]
    armed_group_words: re.Pattern[str]
    both_sides: re.Pattern[str]
    container_words: re.Pattern[str]
    effect_sub_event_types: frozenset[str]
    several_happenings: re.Pattern[str]
    toll_denial: re.Pattern[str]
    after_words: re.Pattern[str]
    ordinal: re.Pattern[str]
    several_places: re.Pattern[str] | None = None  # "قريتي"، "بلدات": a list of several targets


@cache
def granularity_cues() -> Cues:
    data = data_file("rasd.data.events", "granularity.yaml")
    def rx(key: str) -> re.Pattern[str]:
        return data_pattern("granularity.yaml", key)

    return Cues(rx("response_opener"), rx("armed_group_words"), rx("both_sides"), rx("container_words"),
                frozenset(data.get("effect_sub_event_types") or ()), rx("several_happenings"),
                rx("toll_denial"), rx("after_words"), rx("ordinal"),
                optional_pattern("granularity.yaml", "several_places"))


@cache
def _apart_modes() -> frozenset[frozenset[str]]:
    """granularity.yaml ``apart_modes``: pairs of trigger modes never one happening."""
    data = data_file("rasd.data.events", "granularity.yaml")
    return frozenset(frozenset(pair) for pair in data.get("apart_modes") or ())


def _apart(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions are of kinds never one happening (an abduction and a shelling)."""
    return bool(a.plover_mode and b.plover_mode and a.plover_mode != b.plover_mode
                and frozenset((a.plover_mode, b.plover_mode)) in _apart_modes())


@cache
def _one_blast_types() -> frozenset[str]:
    """granularity.yaml ``one_blast_types``: sub-event types that only name the weapon one
    telling of a blow from afar saw."""
    data = data_file("rasd.data.events", "granularity.yaml")
    return frozenset(data.get("one_blast_types") or ())


def _one_blast(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions typed apart are one blow from afar told twice (MERGE25): both of a
    sub-event type of ``one_blast_types`` (a strike and a shelling: "قصف" told as air strikes in
    one line and as rockets in another), at one town (the same place, not a near one), on one
    day or both undated, and no two tolls (:func:`_other_toll`: "غارة قتلت 5 ... وقصف مدفعي قتل
    3" are two). Sides are the caller's to check (:func:`_compatible_anywhere`); the first
    telling's type stands (:func:`_absorb`)."""
    kinds = _one_blast_types()
    return (a.sub_event_type in kinds and b.sub_event_type in kinds
            and a.location is not None and b.location is not None
            and place_key(a.location) == place_key(b.location)
            and a.event_date == b.event_date and not _other_toll(a, b))


@dataclass
class Draft:
    """An event mention while it is being assembled."""

    mention: EventMention
    definite: bool
    anchored: bool
    own_date: bool
    sentences: set[int] = field(default_factory=set)
    distinct: bool = False  # said to be another happening ("ضربة مماثلة"): never merged
    headline: bool = False  # told in the title line
    typed: bool = True  # its sub-event type is the trigger's own, not a guess a referent overrides
    unplaced: str | None = None  # a place its sentence names that the gazetteer does not know
    telling: str = ""  # the words around its trigger: the same words again are the same telling
    relayed: bool = False  # its sentence relays a source ("وقال المرصد إن ..."): another report's toll
    # a place, day or toll near its trigger (detect.anchored), and a noun that names a happening,
    # not a war or a campaign (granularity.yaml ``war_nouns``): it may be told first (DROPS29)
    first_telling: bool = False


def _fold(words: Words, cands: list[Candidate], lex: Lexicon,
          tolls: frozenset[int] = frozenset()) -> list[list[Candidate]]:
    """Triggers of one type close together in a clause are one happening, unless the later
    one says it is another ("ضربة مماثلة", "هجوم آخر")."""
    groups: list[list[Candidate]] = []
    for cand in cands:
        last = groups[-1][-1] if groups else None
        if (last is not None and last.sentence == cand.sentence and last.plover == cand.plover
                and last.is_event == cand.is_event and (last.kind.mode == PHONE_MODE) == (cand.kind.mode == PHONE_MODE)
                and (cand.first - last.last <= FOLD_DISTANCE
                                                        or _fight_that_took(words, groups[-1], cand)
                                                        or _death_by(words, groups[-1], cand, tolls))
                and not any(w.ends_clause for w in words.words[last.last - 1:cand.first])
                and not (cand.last < len(words) and cue_matches(lex.new_happening, words.words[cand.last].text)
                         and not _cause_of(words, cand))
                and not _own_toll(words, last, cand)):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups


def _fight_that_took(words: Words, group: list[Candidate], cand: Candidate) -> bool:
    """"سيطرت القوات على جبل زردك المطل على ناحية بعشيقة ... بعد معارك عنيفة مع التنظيم":
    fighting told as what the taking of a place came after is that taking (ACLED: a battle
    that changes who holds a place is coded as the territory change, one event with its toll),
    however far the clause runs (up to ``TERRITORY_FOLD_DISTANCE`` words)."""
    if cand.kind.event_type != BATTLES or cand.first - group[-1].last > TERRITORY_FOLD_DISTANCE:
        return False
    if not any("territory" in c.kind.roles for c in group) or not cand.first:
        return False
    return bool(granularity_cues().after_words.match(words.words[cand.first - 1].text))


def _death_by(words: Words, group: list[Candidate], cand: Candidate, tolls: frozenset[int]) -> bool:
    """"قتل عنصران من حزب الله وثلاثة من عناصر النظام السوري إثر غارة إسرائيلية": a bare death
    verb that tells a toll (``tolls``: the words casualty figures start at) and the attack told
    as its cause are one happening, however long the list of the dead between them (up to
    ``TERRITORY_FOLD_DISTANCE`` words), so the whole list is its toll. A death with no figure
    ("جرائم اغتصاب وقتل ... بقصف القرى") is no toll to carry."""
    if cand.first - group[-1].last > TERRITORY_FOLD_DISTANCE or not all("death" in c.kind.roles for c in group):
        return False
    if group[0].first not in tolls:
        return False
    return _cause_of(words, cand)


def _cause_of(words: Words, cand: Candidate) -> bool:
    """Whether ``cand`` is told as the cause of what comes before it ("قتل 12 مدنيا بقصف جديد"،
    "جراء غارة جديدة"): a new or similar strike that killed them is still the one killing."""
    cues = role_cues()
    word = words.words[cand.first].text
    if word.startswith("ب") and cues.cause_words.match(word):
        return True
    before = words.words[cand.first - 1].text if cand.first else ""
    return bool(cues.date_cause_words is not None and cues.date_cause_words.match(before))


def _agent_cut(words: Words, group: list[Candidate], i: int, first_death: int | None = None) -> bool:
    """Whether the attack word ``group[i]`` of a happening's group can no longer give the group's
    head its agent: an end of a clause since the head, or a comma since the head ("جراء القصف على
    بزاعة , و ( 1 ) برصاص حرس الحدود": another death, another agent). Only the toll of a killing
    may hold commas before its first attack word ("قتل اثنا عشر مدنيا , على الأقل , وجرح آخرون ,
    جراء قصف من طيران التحالف": those killed by that shelling); past another trigger of the group,
    or up to another killing verb ("قتلوا في الأحداث … , كما قتل شرطيين برصاص مسلحين مجهولين":
    another death), the comma cuts as before (ACTOR1_28). ``first_death``: the index of the
    group's first killing after its head (``len(group)`` when none), when the caller knows it."""
    head, other = group[0], group[i]
    if words.clause_end_in(head.first, other.first):
        return True
    if first_death is None:
        first_death = next((j for j, c in enumerate(group[1:], start=1) if "death" in c.kind.roles), len(group))
    toll = "death" in head.kind.roles and first_death > i
    start = group[1].last if toll and i > 1 else head.first
    return (not toll or i > 1) and words.comma_in(start, other.first)


def _own_toll(words: Words, last: Candidate, cand: Candidate) -> bool:
    """"بينهم 4 جراء القصف على بزاعة و2 برصاص حرس الحدود": a count joined by و (or after a
    comma) right before a cause word or a ب-trigger gives the later trigger deaths of its own,
    another happening with another agent."""
    cause = role_cues().cause_words
    for k in range(max(last.last, cand.first - 2), cand.first):
        text = words.words[k].text
        if not any(c.isdigit() for c in text):
            continue
        joined = text.startswith("و") or (k > 0 and (words.words[k - 1].text == "و" or words.words[k - 1].comma))
        between = range(k + 1, cand.first)
        if joined and (any(cause.match(words.words[j].text) for j in between)
                       or (not between and cause.match(words.words[cand.first].text))):
            return True
    return False


def _told_places(words: Words, places: list[tuple[Arg, str]], verb: int, head: Candidate,
                 definite: bool) -> list[tuple[Arg, str]]:
    """Leave out where the speaker is ("وأفاد مراسلنا في دمشق بأن الاشتباكات ..."): a place
    between the reporting verb and the complementizer (إن، أن، بأن) that opens the trigger's
    clause, at most ``SPEAKER_WORDS`` words after the verb (farther on, "أفاد مصدر ... بارتفاع
    حصيلة ضحايا سقوط قذيفتين على حي المزة" tells what happened, not where the source is). It stays as a last resort for a new report ("قال مسؤول في إقليم هلمند إن مسلحين
    هاجموا ..." is often there), never for a definite noun, which then refers back."""
    cues = role_cues()
    opener = next((k for k in range(head.first - 1, verb, -1)
                   if cues.complementizer.match(words.words[k].text)
                   or cues.complementizer_pronoun.match(words.words[k].text)), None)
    if opener is None:
        return places
    told = [x for x in places if not verb < x[0].first < min(opener, verb + SPEAKER_WORDS + 1)]
    return told or ([] if definite else places)


def _targets(places: list[tuple[Arg, str]], words: Words | None = None) -> list[tuple[Arg, str]]:
    """The targeted towns of one happening: a country named beside a town in the same list
    ("استشهد في المعارك في دير الزور، وكان مغتربا في السعودية") is where someone came from or
    lived, not another target, so it gives no event of its own; nor does a province's capital
    told as what holds a town named before it (:func:`_container`)."""
    if len(places) < 2:
        return places
    towns = [x for x in places if x[0].value.get("kind") != "country"]
    if words is not None and len(towns) > 1:
        towns = [x for x in towns if not _container(words, x[0], [t[0] for t in towns])] or towns
    return towns or places


def _event_places(words: Words, ann: Annotations, head: Candidate, lex: Lexicon) -> list[tuple[Arg, str]]:
    """The places of the happening ``head`` tells: one per targeted town for an attack or an
    arrest, one per town a protest, an aid delivery or a deployment is told to be held in
    (:func:`_gathered_in`), else the one place nearest the trigger."""
    split = head.plover in SPLIT_TYPES
    one = _targets(locations(words, ann, head, lex, split=split), words)
    if split or head.plover not in WHERE_SPLIT_TYPES or len(one) != 1:
        return one
    return _gathered_in(words, _targets(locations(words, ann, head, lex, split=True), words), one[0][0], lex) or one


LIST_REFERENCE = "place:list-reference"  # _villages_at_reference


def _villages_at_reference(ann: Annotations, places: list[tuple[Arg, str]]) -> list[tuple[Arg, str]]:
    """One place for a trigger whose targets are more villages than roles.yaml
    ``village_split_most``, none known to the gazetteer and all tied to one reference ("قرى A ,
    B , … شمال غربي بلدة X"): the reference itself at precision 2 at least ("near X", as ACLED
    codes a place it cannot pin down), its words the evidence (FIXES22, REVIEW21 finding 8).
    Other long lists stay as they are."""
    refs = {p.value.get("within_id") if isinstance(p.value, dict) and p.value.get("unresolved") else None
            for p, _rule in places}
    if len(refs) != 1 or None in refs:
        return places
    ref_id = next(iter(refs))
    sentence = places[0][0].sentence
    candidates = [a for a in ann.places if isinstance(a.value, dict) and a.value.get("gazetteer_id") == ref_id]
    if not candidates:
        return places
    ref = min(candidates, key=lambda a: (a.sentence != sentence, abs(a.sentence - sentence), a.first))
    value = {**ref.value, "geo_precision": max(2, ref.value.get("geo_precision") or 2)}
    return [(Arg(ref.first, ref.last, replace(ref.span, value=value), ref.sentence), LIST_REFERENCE)]


def _same_arg(a: Arg | None, b: Arg | None) -> bool:
    """Whether two actor args name one actor (the visitor read again as the one he visited)."""
    if a is None or b is None:
        return False
    ida = a.value.get("id") if isinstance(a.value, dict) else None
    return a is b or (ida is not None and isinstance(b.value, dict) and ida == b.value.get("id"))


def _folded_meeting_places(words: Words, ann: Annotations, group: list[Candidate],
                           lex: Lexicon) -> list[tuple[Arg, str]]:
    """The place of a meeting its head trigger places nowhere, from the meeting or visit folded
    with it (DIPLO21): "وأجرى الرئيس الروسي محادثات مع نظيره السوري خلال زيارة لقاعدة حميميم" —
    the talks were held where the visit went."""
    if group[0].plover != "CONSULT":
        return []
    return next((found for c in group[1:] if c.plover == "CONSULT" and (found := _event_places(words, ann, c, lex))), [])


def _gathered_in(words: Words, targets: list[tuple[Arg, str]], chosen: Arg, lex: Lexicon) -> list[tuple[Arg, str]]:
    """The towns of the list the ``chosen`` place of a protest, an aid delivery or a deployment
    stands in (LISTS14): "خرج المتظاهرون في إسلام آباد وفي مدن كراتشي وبيشاور ولاهور" are four
    protests, "دخلت قوافل المساعدات إلى كفربطنا وسقبا" two deliveries, "وجود دائم في طرطوس
    وحميميم" two bases (ACLED: one event per town and day). A list opens with a place after a locative (في، ب، إلى) and goes on while each
    member is another locative joined to the one before by و or a comma with no clause
    between (arguments._listed), or stands right after it joined by و or a comma; a place
    told apart from the list with no locative of its own is what the crowd spoke of or
    against ("هتافات مناوئة لأنقرة"). Only the list of the place the sentence's one reading
    chose counts ("في مظاهرة ... في إشارة إلى سورية والعراق": the crowd was not there);
    fewer than two towns in it: none (that one place stands)."""
    lists: list[list[tuple[Arg, str]]] = []
    for place, rule in targets:
        prev = lists[-1][-1][0] if lists else None
        locative = rule == "place:locative-target"
        if prev is not None and (_next_member(words, prev, place) or (
                locative and _joined(words, prev, place) and _listed(words, prev, place, lex))):
            lists[-1].append((place, rule))
        elif locative:
            lists.append([(place, rule)])
    own = next((x for x in lists if any(p is chosen for p, _ in x)), [])
    return own if len(own) > 1 else []


def _joined(words: Words, prev: Arg, place: Arg) -> bool:
    """Whether a و or a comma joins ``place`` to ``prev`` ("في إسلام آباد وفي مدن كراتشي"):
    "في صيدا احتجاجا على قرار الاعتراف بالقدس" names no second town of the protest."""
    ws = words.words
    return ws[prev.last - 1].comma or any(ws[k].text.startswith("و") or ws[k].comma
                                          for k in range(prev.last, place.first + 1))


def _next_member(words: Words, prev: Arg, place: Arg) -> bool:
    """Whether ``place`` stands right after ``prev`` as the next member of its list: joined by
    و (its own, or a lone و between: "كراتشي " و " بيشاور"), or after a comma."""
    between = [w.text for w in words.words[prev.last:place.first]]
    if any(t != "و" for t in between) or words.words[place.first].sentence != words.words[prev.last - 1].sentence:
        return False
    return bool(between) or words.words[place.first].text.startswith("و") or words.words[prev.last - 1].comma


@dataclass(frozen=True, slots=True)
class HappeningCues:
    single: re.Pattern[str]  # a singular count noun: one explosion, one attack, one massacre
    count: re.Pattern[str]  # a number before it: "35 غارة" counts many (the tamyiz is singular)
    count_window: int


@cache
def happening_cues() -> HappeningCues:
    raw = _read("context.yaml").get("happening") or {}
    return HappeningCues(single=re.compile(_n(raw["single"])), count=re.compile(_n(raw["count"])),
                         count_window=int(raw.get("count_window", 2)))


def _one_happening_places(words: Words, head: Candidate, places: list[tuple[Arg, str]]) -> list[tuple[Arg, str]]:
    """One happening = one event: a singular count noun ("الانفجار"، "هجوماً"، "مجزرة"، "غارة")
    names ONE explosion, attack or massacre, so the towns its sentence lists are not so many
    targets each given an event (as for "غارات على دوما وحرستا" or "قصفت البلدتين"): the first
    place told stands, the others are where the victims came from, where the road led, or the
    wider area ("الانفجار وقع خلال إجلاء الحالات من كفريا والفوعة مقابل حالات في مضايا
    والزبداني"، "غارة إسرائيلية أصابت شاحنة قرب خان أرنبة بطريقها إلى دمشق"). A number before
    the noun ("نحو 35 غارة استهدفت بلدات ...") counts many: the list stays (``happening`` in
    context.yaml)."""
    if len(places) < 2 or head.form != "noun":
        return places
    cues = happening_cues()
    ws = words.words
    if not cues.single.match(ws[head.first].text):
        return places
    lo, _ = words.sentence_range(head.sentence)
    if any(cues.count.match(ws[k].text) for k in range(max(lo, head.first - cues.count_window), head.first)):
        return places
    if _several_places(words, places[0][0], lo):
        return places
    return places[:1]


def _several_places(words: Words, first: Arg, lo: int) -> bool:
    """Whether the first place is told under a dual or plural place noun ("هجوما على قريتي المالكية
    والشوارغة"، "غارة على بلدات ..."، "في مناطق ( الجبيلة , ومظلوم )"): the report says itself that
    several places were hit, so one attack noun does not make them one place (``several_places``
    in granularity.yaml; the noun may be inside the place's span or up to two words before it,
    a quote or a bracket between)."""
    pattern = granularity_cues().several_places
    if pattern is None:
        return False
    ws = words.words
    return any(pattern.match(ws[k].text) for k in range(max(lo, first.first - 2), min(first.first + 1, len(ws))))


def _container(words: Words, place: Arg, others: list[Arg]) -> bool:
    """Whether ``place`` is the province of a town named before it, not another target:
    "معارك عنيفة لاستعادة مدينة البوكمال، آخر معقل للتنظيم في دير الزور" names Deir ez-Zor's
    province (the gazetteer links the name to its capital city), while "غارات على البوكمال
    ودير الزور" names two towns. It is when a word that places what came before inside it
    (``container_words`` in granularity.yaml: في، داخل، بريف …) stands right before it, and a
    town before it in the same list lies in the province that bears its name."""
    if place.first == 0:
        return False
    value = place.value if isinstance(place.value, dict) else {}
    if value.get("kind") not in ("city", "town"):
        return False
    if not granularity_cues().container_words.match(words.words[place.first - 1].text):
        return False
    names = {_fold_name(value.get("name")), _fold_name(value.get("name_ar"))} - {""}
    key = place_key(value)
    return any(o.first < place.first and isinstance(o.value, dict) and place_key(o.value) != key
               and _fold_name(o.value.get("admin1")) in names for o in others)


def _relative_of(words: Words, noun: Candidate, cand: Candidate, lex: Lexicon) -> bool:
    """Whether ``cand`` opens a relative clause on ``noun`` ("التفجير الإرهابي الذي استهدف
    الحافلات"): it tells more of the same thing, so what rules the noun out rules it out too."""
    if cand.sentence != noun.sentence or not 0 < cand.first - noun.last <= RELATIVE_GAP:
        return False
    between = words.words[noun.last:cand.first]
    return (any(cue_matches(lex.past.relative, w.text) for w in between)
            and not any(w.comma or w.ends_clause for w in between))


REACH_SCAN = 16  # a group of this many triggers or fewer is scanned, not bisected (_Owned._distance)


def _distance(arg: Arg, group: list[Candidate]) -> int:
    """Words between a span and the nearest trigger of a group."""
    return min(max(c.first - arg.last, arg.first - c.last, 0) for c in group)


@cache
def clause_words() -> tuple[frozenset[str], frozenset[str]]:
    """``new_clause_words`` (after a comma they open a new happening's clause: "، كما قصفت …")
    and ``while_openers`` (they open one anywhere: "... فيما استعادت القوات ...") of
    granularity.yaml, normalised."""
    data = data_file("rasd.data.events", "granularity.yaml")
    return (frozenset(normalize(w).text for w in data["new_clause_words"]),
            frozenset(normalize(w).text for w in data["while_openers"]))


def _while_openers(texts: Sequence[str]) -> list[int]:
    """Word indices where a "فيما/بينما/في حين" opens a clause (granularity.yaml ``while_openers``;
    an entry of two words is matched on a word and the one before it, at the second word)."""
    openers = clause_words()[1]
    seconds = {o.rsplit(" ", 1)[1] for o in openers if " " in o}
    return [k for k, t in enumerate(texts)
            if t in openers or (t in seconds and k > 0 and f"{texts[k - 1]} {t}" in openers)]


def _while_between(whiles: Sequence[int], lo: int, hi: int) -> bool:
    """Whether a "فيما/بينما" (word indices ``whiles``, sorted) stands in words lo..hi-1."""
    i = bisect_right(whiles, lo - 1)
    return i < len(whiles) and whiles[i] < hi


def _cut_before(words: Words, whiles: Sequence[int], lo: int, hi: int) -> bool:
    """Whether a new clause opens between words lo and hi-1: after the last comma or clause end
    there ("، كما قصفت"، "، وشمل القصف") or at a "فيما/بينما". The mark is found by bisection in
    the document's sorted marks (a scan of the words between was cubic on a page with no stops).
    A clause telling a toll's cause (", جراء قصف"، ", في هجوم شنه") is no new clause."""
    if _while_between(whiles, lo, hi):
        return True
    i = bisect_right(words.marked, hi - 2) - 1
    if i < 0 or words.marked[i] < lo - 1:
        return False
    first = words.words[words.marked[i] + 1].text
    return first in clause_words()[0] or (first.startswith("و") and len(first) > 3
                                          and not role_cues().cause_words.match(first))


DENIAL_RULE = "casualty:none-reported"  # "دون تسجيل إصابات": no one hurt, said outright


@dataclass
class _Owned:
    """The owners of each toll of one set of event groups (by position), and each group's tolls
    among a sentence's counts (by group ``id``), read once for all the groups. It holds what
    the reading needs, not the :class:`_TollOwners` that keeps it: a reference back (a closure
    over it) made a cycle that kept each document's words, spans and events alive until the
    cycle collector's next pass (SPEED18)."""
    words: Words
    whiles: Sequence[int]
    events: list[list[Candidate]]
    known: dict[tuple[int, int], frozenset[int]] = field(default_factory=dict)
    tolls: dict[int, dict[int, list[Arg]]] = field(default_factory=dict)  # id(every) → group → counts

    reach: dict[int, tuple[list[Candidate], list[int] | None]] = field(default_factory=dict)  # see _distance
    hull: tuple[list[int], list[int], int] | tuple[()] | None = None  # see _nearest

    def _distance(self, arg: Arg, group: list[Candidate]) -> int:
        """:func:`_distance` by bisection in a long group whose triggers' first and last words
        both rise (a run-on sentence of n killings folded into one group: n tolls × n triggers
        was quadratic, REVIEW28 #3). The distance to trigger i, ``max(first - arg.last, arg.first
        - last, 0)``, is the larger of a rising and a falling term: it is least where
        ``first + last`` first reaches ``arg.first + arg.last``, or at the trigger before."""
        if len(group) <= REACH_SCAN:
            return _distance(arg, group)
        entry = self.reach.get(id(group))
        if entry is None or entry[0] is not group:
            rising = all(a.first <= b.first and a.last <= b.last for a, b in pairwise(group))
            entry = self.reach[id(group)] = (group, [c.first + c.last for c in group] if rising else None)
        sums = entry[1]
        if sums is None:
            return _distance(arg, group)
        i = bisect_left(sums, arg.first + arg.last)
        return _distance(arg, group[max(0, i - 1):i + 1])

    def owners(self, arg: Arg) -> frozenset[int]:
        found = self.known.get((arg.first, arg.last))
        return found if found is not None else self._read(arg)

    def _nearest(self, arg: Arg) -> tuple[list[list[Candidate]], list[int], list[bool]] | None:
        """The groups of :attr:`events` that may own the toll ``arg``, their distances and
        whether each stands wholly before it, found walking out from the toll (a sentence of n
        raids each with its toll: n tolls × n groups was quadratic, SPEED29); ``None`` when the
        groups' spans do not both rise in order (then every group is read). A group's distance
        is at least its span's (first word of its first trigger to last of its last); the walk
        takes the groups by that, nearest first, and stops past the nearest group before the
        toll (or, when none stands before it, past the nearest group): no group further can own
        the toll nor change who does."""
        if self.hull is None:
            events = self.events
            starts = [min(c.first for c in g) for g in events]
            ends = [max(c.last for c in g) for g in events]
            rising = len(events) > REACH_SCAN and all(a <= b for a, b in pairwise(starts)) \
                and all(a <= b for a, b in pairwise(ends))
            self.hull = (starts, ends, min(g[-1].last for g in events)) if rising else ()
        if not self.hull:
            return None
        starts, ends, first_end = self.hull
        events, n, behind = self.events, len(self.events), first_end <= arg.first
        groups: list[list[Candidate]] = []
        dist: list[int] = []
        before: list[bool] = []
        low = best_before = None
        right = bisect_left(ends, arg.first)  # groups ending before the toll lie left of it
        left = right - 1
        while left >= 0 or right < n:
            h_left = arg.first - ends[left] if left >= 0 else None
            h_right = max(starts[right] - arg.last, 0) if right < n else None
            if h_right is None or (h_left is not None and h_left <= h_right):
                h, i, left = h_left, left, left - 1
            else:
                h, i, right = h_right, right, right + 1
            bound = best_before if behind else low
            if bound is not None and h > bound:
                break
            g = events[i]
            d = self._distance(arg, g)
            b = g[-1].last <= arg.first
            groups.append(g)
            dist.append(d)
            before.append(b)
            low = d if low is None else min(low, d)
            if b:
                best_before = d if best_before is None else min(best_before, d)
        return groups, dist, before

    def _read(self, arg: Arg) -> frozenset[int]:
        """The groups of :attr:`events` that own the toll ``arg`` (the rule of :class:`_TollOwners`),
        remembered in :attr:`known`."""
        events, words, whiles = self.events, self.words, self.whiles

        def cut(group: list[Candidate]) -> bool:
            return group[0].first >= arg.last and _cut_before(words, whiles, arg.last, group[0].first)
        near = None if arg.span.rule == DENIAL_RULE else self._nearest(arg)
        if near is None:
            dist = [self._distance(arg, g) for g in events]
            before = [g[-1].last <= arg.first for g in events]  # a group before the toll is never cut
        else:
            events, dist, before = near
        behind, low = any(before), min(dist)
        low_uncut = low  # read only when a group stands before the toll: the nearest not cut off
        if behind:
            low_uncut = min(d for d, b in zip(dist, before, strict=True) if b)
            low_uncut = min([low_uncut, *(d for g, d, b in zip(events, dist, before, strict=True)
                                          if not b and d < low_uncut and not cut(g))])
        owners = frozenset(
            id(g) for g, d, b in zip(events, dist, before, strict=True)
            if (d <= low_uncut if b else d <= low and not (behind and cut(g))))
        if arg.span.rule == DENIAL_RULE and owners:
            # "شن الطيران غارات على قرى … , وتعرضت القرى لقصف … , دون تسجيل أي إصابات": no one
            # hurt is said of every happening its clauses joined by "و" told before it, not past
            # a word opening another happening's clause ("كما"، "فيما"، "في حين", TOLL25); a
            # count of their own still outranks the 0 (tolls.toll)
            # (the last opener before the denial is found once, not by a scan per group: a
            # sentence of N clauses each closed by a denial was cubic in N, REVIEW25)
            opener = clause_words()[0]
            ends = [g[-1].last for g, b in zip(events, before, strict=True) if b]
            opened = next((k for k in range(arg.first - 1, min(ends, default=arg.first) - 1, -1)
                           if words.words[k].text in opener), -1)
            owners |= {id(g) for g, b in zip(events, before, strict=True)
                       if b and opened < g[-1].last and not _while_between(whiles, g[-1].last, arg.first)}
        self.known[(arg.first, arg.last)] = owners
        return owners

    def of(self, group: int, every: list[Arg]) -> list[Arg]:
        if id(every) not in self.tolls:
            by_group: dict[int, list[Arg]] = {}
            for c in every:
                for g in self.owners(c):
                    by_group.setdefault(g, []).append(c)
            self.tolls[id(every)] = by_group
        return self.tolls[id(every)].get(group, [])


@dataclass
class _Judge:
    """Whether a toll is one group's (``tolls.Judge``): one toll at a time, or all of a sentence's."""
    group: int
    owned: _Owned

    def __call__(self, arg: Arg) -> bool:
        return self.group in self.owned.owners(arg)

    def among(self, every: list[Arg]) -> list[Arg]:
        return self.owned.of(self.group, every)


class _TollOwners:
    """Whether a toll is a group's rather than any rival's (the other event groups of its
    sentence): the nearer trigger's, except that a toll told after one trigger and cut off from
    the next by a new clause ("قصفت حمورية مما أدى إلى مقتل 8 , كما قصفت دوما"، "... , وشمل القصف
    أيضا"، "... فيما استعادت القوات") ends the first one's clause, however near the next trigger
    stands. A group wholly before the toll owns it when no group it is not cut off from stands
    nearer; any other group owns it when none at all stands nearer, unless it is cut off from the
    toll while a group stands wholly before it. Ties are every tied group's. A toll's owners are
    read once per set of event groups (the groups that own it, by ``id``), so a sentence of n
    raids costs n² distances once, and each group's question is one look-up (REVIEW14 #8)."""

    def __init__(self, words: Words, whiles: Sequence[int]) -> None:
        self.words, self.whiles = words, whiles
        self.seen: dict[tuple[int, ...], _Owned] = {}

    def judge(self, group: list[Candidate], events: list[list[Candidate]],
              key: tuple[int, ...] | None = None) -> _Judge:
        """Whether a toll is ``group``'s (one of ``events``) against every other group of them
        (``key``: the ids of ``events``, when the caller has them)."""
        key = tuple(map(id, events)) if key is None else key
        if key not in self.seen:
            self.seen[key] = _Owned(self.words, self.whiles, events)
        return _Judge(id(group), self.seen[key])


class _Listed(Collection[int]):
    """A list made when first read (the first words of other triggers that only a claim of
    responsibility reads: :func:`rasd.events.arguments.claimant`)."""

    def __init__(self, make: Callable[[], list[int]]) -> None:
        self._make: Callable[[], list[int]] | None = make
        self._items: list[int] = []

    def _got(self) -> list[int]:
        if self._make is not None:
            self._items, self._make = self._make(), None
        return self._items

    def __iter__(self) -> Iterator[int]:
        return iter(self._got())

    def __len__(self) -> int:
        return len(self._got())

    def __contains__(self, x: object) -> bool:
        return x in self._got()


def _headline(words: Words, doc: Document) -> int | None:
    heads = doc.spans_of("HEADLINE")
    if heads:
        i, _ = words.index_of(heads[0].start, heads[0].end)
        return words.words[i].sentence if i < len(words) else None
    lo, hi = words.sentence_range(0)
    if 0 < hi - lo <= HEADLINE_MAX_WORDS and not words.words[hi - 1].ends_clause:
        return 0
    return None


def _evidence(words: Words, arg: Arg | None, name: str, rule: str) -> list[Evidence]:
    if arg is None:
        return []
    start, end = arg.span.start, arg.span.end
    return [Evidence(start, end, words.doc.text[start:end], name, rule)]


def _sentence_evidence(words: Words, sentence: int, rule: str) -> Evidence:
    start, end = words.sentences[sentence]
    # one string per sentence, shared by its events (a run-on sentence of n events copied its
    # text n times, ROBUST27)
    text = words.memo.get(("sentence-text", sentence))
    if text is None:
        text = words.memo["sentence-text", sentence] = words.doc.text[start:end]  # type: ignore[assignment]
    return Evidence(start, end, text, "event", rule)  # type: ignore[arg-type]


def _typing(group: list[Candidate]) -> Candidate:
    """The candidate whose typing the happening takes: one a weapon refines, else one typed by its
    kind. A bare death verb ("قتل 8 مسلحين ... إثر هجوم انتحاري") yields to the attack told with it:
    the dead's weapons word ("مسلحين") tells who died, not how."""
    attack = [c for c in group if "death" not in c.kind.roles and (c.weapon_rule or c.sub_event_type)]
    if attack and len(attack) < len(group):
        group = attack
    refined = [c for c in group if c.weapon_rule]
    typed = [c for c in group if c.sub_event_type]
    return (refined or typed or group)[0]


def _supported(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an ambiguous trigger is the happening, not words: a blow, not "هاجم الوزير
    الصحيفة"; a demonstration, not "أعرب عن احتجاجه" or "رسالة احتجاج".

    It is when a fitting actor stands right next to it (ضربات إسرائيلية: fighters for an
    attack) or a word of its kind is near it in its sentence (مسلحون، قتلى، حاجز for an attack;
    متظاهرون، شوارع، لافتات for a protest: ``support`` in ``context.yaml``).
    """
    fits = _crowd if cand.plover == "PROTEST" else _armed
    if any(fits(a.value) for a in ann.in_window(ann.actors, cand.sentence, cand.first - SUPPORT_WINDOW,
                                                 cand.last + SUPPORT_WINDOW - 1)):
        return True
    cue = lex.support.get(cand.plover)
    if cue is None:
        return False
    lo, hi = words.sentence_range(cand.sentence)
    around = list(_around(lo, hi, cand.first, cand.last, lex.support_window))
    if _first_match(cue, words, around) is not None:
        return True
    # a group named without its name ("أعدمت هذه الجماعة عشرات السكان"): an armed actor's deed
    return cand.plover == "ASSAULT" and any(
        granularity_cues().armed_group_words.match(words.words[k].text) for k in around)


def _crowd(actor: Any) -> bool:
    return isinstance(actor, dict) and actor.get("type") in ("Protesters", "Rioters", "Civilians")


def _armed(actor: Any) -> bool:
    """An actor that fights: not a government, a minister or a person speaking (ACLED names a
    state's politicians "Government of X" and its fighters "Military/Police Forces of X")."""
    if not isinstance(actor, dict):
        return True  # a name no list has (ORG) next to the trigger: ميليشيا صقور الصحراء
    if actor.get("type") == "State forces":
        return not str(actor.get("name") or "").startswith(GOVERNMENT)
    return actor.get("type") not in (None, "Civilians", "Protesters")


def _drafts(doc: Document, words: Words, ann: Annotations, lex: Lexicon) -> list[Draft]:
    headline = _headline(words, doc)
    drafts: list[Draft] = []
    cands = find_candidates(words, lex)
    meetings = {c.sentence for c in cands if c.plover == "CONSULT"}
    groups = _fold(words, cands, lex, frozenset(c.first for c in ann.casualties))
    by_sentence: dict[int, list[list[Candidate]]] = {}  # the groups of each sentence, in order
    for group in groups:
        by_sentence.setdefault(group[0].sentence, []).append(group)
    loose: dict[int, str | None] = {}  # sentence → the place it names but none resolved
    # "فيما/بينما" open a clause telling another happening: a toll before one is not the next
    # trigger's ("... مما أسفر عن مقتل 24 شخصا , حسبما صرح المحافظ فيما استعادت القوات ...")
    owners = _TollOwners(words, _while_openers(words.texts))

    def unplaced(sentence: int) -> str | None:
        if sentence not in loose:
            loose[sentence] = unplaced_name(doc, *words.sentences[sentence])
        return loose[sentence]
    reporting: dict[int, int] = {}  # sentence → its first reporting verb ("وقال المرصد إن")

    def reported(sentence: int) -> int:
        if sentence not in reporting:
            lo, hi = words.sentence_range(sentence)
            cue = role_cues().reporting
            reporting[sentence] = next((k for k in range(lo, hi) if cue.match(words.words[k].text)), hi)
        return reporting[sentence]
    responses: dict[int, bool] = {}  # sentence → whether it opens as a response ("وردا على ذلك")

    def responds(sentence: int) -> bool:
        if sentence not in responses:
            lo, hi = words.sentence_range(sentence)
            responses[sentence] = bool(granularity_cues().response_opener.match(words.joined(lo, min(hi, lo + 4))))
        return responses[sentence]
    # sentence → its event groups (a group whose head is an event) and their ids, listed once
    # per sentence, not once per group (a run-on sentence of n triggers: n², ROBUST27); a
    # sentence's entry is dropped whenever a trigger of it is ruled out below
    happenings: dict[int, tuple[list[list[Candidate]], tuple[int, ...]]] = {}

    def events_of(sentence: int) -> tuple[list[list[Candidate]], tuple[int, ...]]:
        got = happenings.get(sentence)
        if got is None:
            listed = [g for g in by_sentence.get(sentence, ()) if g[0].is_event]
            got = happenings[sentence] = (listed, tuple(map(id, listed)))
        return got
    ruled_out: Candidate | None = None  # the last trigger its context ruled out
    headed: set[int] = {0}  # the items of a list page whose first happening is told (rasd.events.items)
    subject_told: Told | None = None  # the subject a verb with none may carry (rasd.events.carried)
    for group in groups:
        head = group[0]
        if ruled_out is not None and head.is_event and _relative_of(words, ruled_out, head, lex):
            for cand in group:  # "دان ... التفجير الإرهابي الذي استهدف الحافلات": the same reference
                cand.context.append(ruled_out.context[0])
                cand.context_rules.append("reference:relative-clause")
            happenings.pop(head.sentence, None)
        for cand in group:
            if cand.is_event and year_only(ann, cand):
                cand.context.append("historical")
                cand.context_rules.append("historical:year")
                happenings.pop(head.sentence, None)
            start, end = words.words[cand.first].start, words.words[cand.last - 1].end
            rule = cand.rule + "".join(f"|{r}" for r in [*cand.context_rules, cand.weapon_rule] if r)
            doc.add(start, end, "TRIGGER", stage="events", rule=rule, value=cand.kind.id)
        if not head.is_event:
            # only a reaction to a happening told before ("دان ... التفجير") is surely that one
            told_before = any(r.startswith(REACTION_BACK) for c in group for r in c.context_rules)
            ruled_out = group[-1] if told_before else None
            continue
        typing = _typing(group)
        # one happening: a word of armed violence by any of its triggers supports it ("تبنى التنظيم
        # الهجمات , مؤكداً أن مفارز شنت هجوماً على مواقع": the attack the claim names)
        if all(c.kind.needs_support for c in group) and not typing.weapon_rule \
                and not any(_supported(words, ann, c, lex) for c in group):
            continue
        # "الغارات أسفرت"، "الغارات استهدفت": a clause opened by a definite noun tells more about
        # a happening already named; a perfect verb first ("شنت ... الغارات") tells a new one
        definite = group[0].definite or (any(c.definite for c in group) and not any(c.form == "perfect" for c in group))
        form_specific = any(c.form in ("perfect", "frame") or light_verb(words, c, lex) for c in group)
        item = item_of(words.sentences[head.sentence][0])
        item_head = item is not None and item not in headed  # tied down by its item's day or hour
        if item is not None:
            headed.add(item)
        is_anchored = form_specific or item_head or any(anchored(words, c, lex, ann.anchor_words) for c in group) or (
            head.plover in DIPLOMATIC and any(0 <= head.sentence - m <= MEETING_SENTENCES for m in meetings))
        if not is_anchored and not definite:
            continue
        # a response opening its sentence ("وردا على ذلك قصفت") is another happening; a definite
        # noun there ("شنت الضربة") still names one told before
        # "أما الهجوم الثاني": an ordinal counts happenings, it names another one than the last told
        ordinal = (head.definite and head.last < len(words)
                   and granularity_cues().ordinal.match(words.words[head.last].text) is not None)
        distinct = (head.last < len(words) and cue_matches(lex.new_happening, words.words[head.last].text)) or (
            not definite and responds(head.sentence)) or ordinal
        roles = assign_roles(words, ann, head, lex)
        if (roles.actor2 is None or _same_arg(roles.actor2, roles.actor1)) and (
                met := met_on_visit(words, ann, head, group, roles.actor1)) is not None:
            roles.actor2, roles.rule2, roles.assoc2 = met, MET_ON_VISIT, []  # "زار ... طهران والتقى روحاني"
        # civilians read as the killing's subject ("قتل 11 مدنيا , معظمهم نساء") are its victims:
        # its agent is still the attack word's (ACTOR1_28)
        victims = roles.actor1 if roles.actor1 is not None and _civilian(roles.actor1) else None
        if roles.actor1 is None or victims is not None:  # "قتل ثلاثة مدنيين جراء قصف التحالف": the agent goes with the attack word
            first_death = next((j for j, c in enumerate(group[1:], start=1) if "death" in c.kind.roles), len(group))
            for at, other in enumerate(group[1:], start=1):
                if _agent_cut(words, group, at, first_death):
                    break  # "جراء القصف على بزاعة , و ( 1 ) برصاص حرس الحدود": another death, another agent
                alt = assign_roles(words, ann, other, lex)
                if victims is not None and (alt.actor1 is None or _civilian(alt.actor1)):
                    continue
                if (alt.actor1 is not None and alt.actor1 is roles.actor2 and _cause_of(words, other)
                        and alt.rule1 in AGENT_RULES):  # "قتل 12 مدنيا بقصف لطيران التحالف"
                    roles.actor2, roles.rule2, roles.assoc2 = None, "", []
                if alt.actor1 is not None and alt.actor1 is not roles.actor2:
                    rule1 = roles.rule1
                    roles.actor1, roles.rule1, roles.assoc1 = alt.actor1, alt.rule1, alt.assoc1
                    if roles.actor2 is None and victims is not None:
                        roles.actor2, roles.rule2, roles.assoc2 = victims, f"{rule1}|civilians-acted-upon", []
                    elif roles.actor2 is None:
                        roles.actor2, roles.rule2, roles.assoc2 = alt.actor2, alt.rule2, alt.assoc2
                    break
        if roles.actor2 is None:  # "سيطرت القوات ... على القرية , بعد معارك مع فصائل المعارضة"
            fought = fought_in_group(words, group, roles, lambda c: assign_roles(words, ann, c, lex))
            if fought is not None and (roles.actor1 is None or _other_side(fought, roles.actor1, words, lex)):
                roles.actor2, roles.rule2, roles.assoc2 = fought, FOUGHT_RULE, []
        if roles.actor1 is None:  # "... ، وأعلن حزب العمال الكردستاني مسؤوليته عن الهجوم"
            others = _Listed(lambda group=group, head=head: [  # read only by a claim's type
                g[0].first for s in (head.sentence, head.sentence + 1) for g in events_of(s)[0] if g is not group])
            claim = claimant(words, ann, head, group[-1].last, others)
            if claim is not None and claim is not roles.actor2 and _other_side(claim, roles.actor2, words, lex):
                roles.actor1, roles.rule1 = claim, "actor:claim-of-responsibility"
        if roles.actor1 is None:  # "شنت الطائرات الروسية غارات ... . كما استهدفت": rasd.events.carried
            carried = carried_subject(words, ann, head, subject_told, lex)
            if carried is not None and _other_side(carried, roles.actor2, words, lex):
                roles.actor1, roles.rule1 = carried, CARRIED_RULE
        if roles.actor1 is None and typing.kind.state_sub_event_type and _regained(words, typing):
            taker = retaker(words, ann, typing)  # "والثوار ... واستعادوا": the place is theirs
            if taker is not None and taker is not roles.actor2:
                roles.actor1, roles.rule1 = taker, RETAKER_RULE
        if head.event_type != typing.event_type:  # "قتل مدني إثر انفجار لغم": the blast types the killing
            struck_civilians(ann, head, roles, typing.event_type, typing)
        subject_told = remember(words, head, group[-1].last, roles.actor1, roles.rule1, subject_told)
        places = _event_places(words, ann, head, lex) or _folded_meeting_places(words, ann, group, lex)
        if head.plover in SPLIT_TYPES and len(places) > 1:
            # a list of targets ends where the sentence tells another happening ("غارات على دوما
            # وحرستا ... بالتزامن مع قصف مدفعي على بلدات حمورية وسقبا": the shelling's towns)
            stop = min((g[0].first for g in by_sentence[head.sentence]
                        if g is not group and g[0].is_event and g[0].first > group[-1].last), default=None)
            if stop is not None and any(head.last <= x[0].first < stop for x in places):
                places = [x for x in places if x[0].first < stop]
        if head.plover in SPLIT_TYPES and len(places) > role_cues().village_split_most:
            places = _villages_at_reference(ann, places)  # a roster of 288 names: one event near X
        if places and reported(head.sentence) < head.first:
            places = _told_places(words, places, reported(head.sentence), head, definite)
        places = _one_happening_places(words, head, places)
        if typing.mode == PHONE_MODE:  # a call has no place: neither a topic nor a setting (INTERACT25)
            places = []
        date_arg, date, date_rule = event_date(words, ann, head, lex, doc.meta.published, headline)
        # a list page's item: the day its opener tells, unless a day told within the item dates
        # the happening (rasd.events.items)
        told_in = None if date_arg is None else item_of(words.sentences[date_arg.sentence][0])
        day = None if date_rule == "date:same-sentence" or told_in == item \
            else item_day(words.sentences[head.sentence][0])
        if day is not None:
            date_arg, date, date_rule = None, {"date": day.date, "precision": 1}, ITEM_DAY_RULE
        elif told_in not in (None, 0, item) and date_rule != "date:same-sentence" \
                and dated_item(words.sentences[head.sentence][0]):
            # another dated item's day (its sentence right before) is no day of this item's
            date_arg, date, date_rule = None, None, OTHER_ITEM_RULE
        # talks (CONSULT, REQUEST, REJECT, AGREE) kill no one: they take no toll; one told nearer
        # to them than to any attack stays no attack's (a digest's next item, an officer named)
        events, events_key = events_of(head.sentence)
        killed, injured, toll_args = (None, None, []) if head.plover in DIPLOMATIC else toll(
            ann, head.sentence, mine=owners.judge(group, events, events_key),
            parts=lambda c, group=group: part_of(words, c, group))
        if ordinal and not (places or date_rule == "date:same-sentence" or killed is not None):
            continue  # another happening, but one its words neither place, date nor count
        actor1 = actor_value(roles.actor1, words, lex) if roles.actor1 else None
        actor2 = actor_value(roles.actor2, words, lex) if roles.actor2 else None
        if actor1 and actor1.get("type") == "Civilians":  # civilians are acted upon, never the attacker
            actor1, actor2 = None, actor2 or actor1
            if roles.actor2 is None:  # the civilians move to actor2 with the rule that found them
                roles.rule2 = f"{roles.rule1}|civilians-acted-upon"
            roles.rule1, roles.actor1, roles.actor2 = "", None, roles.actor2 or roles.actor1
        if (not actor1 and actor2 and actor2.get("type") == "Civilians"
                and typing.kind.sub_event_type in SYMMETRIC and _among_the_dead(words, roles.actor2)):
            # civilians are no side of a clash: named in its toll's breakdown they are its dead
            # ("الاشتباكات أسفرت عن مقتل ستة أشخاص بينهم طفل"), not a target to retype it
            actor2, roles.actor2, roles.rule2 = None, None, ""
        if actor1 and actor2 and _actor_family(actor1) == _actor_family(actor2):  # "وفد الحكومة مع دمشق"
            actor2, roles.actor2 = None, None
        if typing.kind.refine and actor1:
            by_actor = next((w for w in lex.weapons if w.actor_name and w.actor_name in str(actor1.get("name"))
                             and typing.plover in w.applies_to and (not w.triggers or typing.kind.id in w.triggers)
                             and (not typing.weapon_rule or typing.sub_event_type in w.outranks)), None)
            if by_actor is not None:
                typing.mode, typing.event_type = by_actor.mode, by_actor.event_type
                typing.sub_event_type = by_actor.sub_event_type
                typing.weapon_rule = f"weapon:actor:{by_actor.actor_name}"
        typed = ""  # why a capture is the government's: the rule joins the trigger's (rasd show)
        if typing.kind.state_sub_event_type and (actor1.get("type") == "State forces" if actor1 else _regained(
                words, typing)):
            typing.sub_event_type = typing.kind.state_sub_event_type
            typed = TAKER_STATE if actor1 else REGAINED
        if actor2 and actor2.get("type") == "Civilians" and typing.mode == "small-arms":
            civ = next((w.civilian_target for w in lex.weapons if w.civilian_target), None)
            if civ:
                typing.event_type, typing.sub_event_type = civ["event_type"], civ["sub_event_type"]
        trigger_start = words.words[head.first].start
        trigger_end = words.words[group[-1].last - 1].end
        base_evidence = [
            _sentence_evidence(words, head.sentence, "sentence"),
            Evidence(trigger_start, trigger_end, doc.text[trigger_start:trigger_end], "trigger",
                     "+".join(c.rule for c in group) + "".join(f"|{r}" for r in (typing.weapon_rule, typed) if r)),
            *_evidence(words, roles.actor1, "actor1", roles.rule1),
            *_evidence(words, roles.actor2, "actor2", roles.rule2),
            *_evidence(words, date_arg, "event_date",
                       date_rule + (PAGE_DATE if _page_dated(date_arg, words, doc.meta.published) else "")),
        ]
        if day is not None:
            base_evidence.append(Evidence(day.start, day.end, doc.text[day.start:day.end], "event_date", date_rule))
        elif date_arg is None:
            base_evidence.append(Evidence(trigger_start, trigger_start, "", "event_date", date_rule))
        lo, hi = words.sentence_range(head.sentence)
        window = (max(lo, head.first - TELLING_BEFORE), min(hi, group[-1].last + TELLING_AFTER))
        telling = words.joined(*window) if window[1] - window[0] >= TELLING_MIN_WORDS else ""
        relayed = reported(head.sentence) < head.first
        village = _village(doc, words, head.sentence, places, words.words[head.first].start)
        # "قتل خمسة في سراقب وثلاثة في بنش": each town's event takes the count told with it (SPLIT11)
        per_place = place_tolls(ann, head.sentence, [x[0] for x in places]) if toll_args else None
        for k, (place_arg, place_rule) in enumerate(places or [(None, "place:none")]):
            evidence = list(base_evidence) + _evidence(words, place_arg, "location", place_rule)
            location = dict(place_arg.value) if place_arg else None
            if village is not None:
                location, told = village
                evidence.append(told)
            k_killed, k_injured, k_args = (
                per_place[k] if per_place else (killed, injured, toll_args) if k == 0
                else (0, None, toll_args) if killed == 0 else (None, None, []))
            rule = ("toll:sentence|own-town" if per_place else
                    NO_DEATH_EVERY_TOWN if k and k_killed == 0 else "toll:sentence")
            evidence += [Evidence(c.span.start, c.span.end, doc.text[c.span.start:c.span.end],
                                  "fatalities", rule + _toll_tag(c)) for c in k_args]
            mention = EventMention(
                plover=head.plover, sentence_start=words.sentences[head.sentence][0],
                sentence_end=words.sentences[head.sentence][1], plover_mode=typing.mode,
                event_type=typing.event_type, sub_event_type=typing.sub_event_type,
                actor1=actor1, actor2=actor2,
                assoc_actor_1=[actor_value(a, words, lex) for a in roles.assoc1 or []],
                assoc_actor_2=[actor_value(a, words, lex) for a in roles.assoc2 or []],
                location=location,
                event_date=(date or {}).get("date"), time_precision=(date or {}).get("precision"),
                fatalities=k_killed, fatalities_max=k_killed, injuries=k_injured,
                trigger=doc.text[trigger_start:trigger_end], rule=head.rule, evidence=evidence,
            )
            # a ticker's headline tells its own happening, even by a definite noun ("المتظاهرون
            # يتولون …"، "داعش يتبنى الهجوم على …"); a chronology's item may name one in a statement
            ticker_head = item_head and not dated_item(words.sentences[head.sentence][0])
            specific = form_specific or date_rule == "date:same-sentence" or killed is not None or ticker_head
            drafts.append(Draft(mention, definite, is_anchored and (specific or not definite),
                                date_rule == "date:same-sentence",
                                {head.sentence}, distinct, head.sentence == headline,
                                not typing.kind.refine or bool(typing.weapon_rule),
                                None if places else unplaced(head.sentence),
                                f"{telling}|{place_key(place_arg.value) if place_arg else ''}" if telling else "",
                                relayed, is_anchored and not _war_nouns(words, group)))
    return drafts


def _village(doc: Document, words: Words, sentence: int, places: list[tuple[Arg, str]],
             near: int) -> tuple[dict[str, Any], Evidence] | None:
    """A settlement the gazetteer lacks, told as where it happened ("في قرية قرة تبه شمال
    شرق بعقوبة في محافظة ديالى"), when the sentence's one resolved place is only the region
    around it (geo_precision 3): the event is placed in the settlement by its own name, with
    the region's coordinates, admin names and precision (ACLED: a larger region's point when
    only that is known) and no gazetteer id, so the place is never passed off as resolved."""
    alone = not places  # (REPORT26) no place of the sentence resolves at all
    if not alone and (len(places) != 1 or places[0][0].value.get("geo_precision") != 3):
        return None
    found = unplaced_span(doc, *words.sentences[sentence], noun_only=True, near=near)
    if found is None:
        return None
    first, last = found
    told = doc.text[first:last]
    if not _settlement_name(told):
        return None
    if alone:
        if not _alone_name(told):
            return None
        return _settlement_alone(told), Evidence(first, last, told, "location", UNRESOLVED_ALONE)
    region = places[0][0].value
    place = {"name": told, "name_ar": told, "country": region.get("country"),
             "admin1": region.get("admin1"), "admin2": region.get("admin2"),
             "latitude": region.get("latitude"), "longitude": region.get("longitude"),
             "geo_precision": 3, "gazetteer_id": None, "kind": "unresolved", "matched": told,
             "within": region.get("name"),
             "source": f"not in the gazetteer; the point of {region.get('name')}, the region the text names"}
    return place, Evidence(first, last, told, "location", "place:unresolved-settlement")


UNRESOLVED_ALONE = "place:unresolved-settlement-alone"


def _settlement_alone(told: str) -> dict[str, Any]:
    """(REPORT26) A settlement the gazetteer lacks, told as where it happened ("في قرية
    إيكازهيفو"، "في بلدة باكسان"، "في قرية الوهجة") in a sentence whose places none resolve: the
    event is placed there by its own name, with no point, admin names nor precision (no region
    the text names gives one) and no gazetteer id — long reports (rights groups, biographies,
    month pages) tell incidents in villages abroad the gazetteer cannot hold."""
    return {"name": told, "name_ar": told, "country": None, "admin1": None, "admin2": None,
            "latitude": None, "longitude": None, "geo_precision": None, "gazetteer_id": None,
            "kind": "unresolved", "matched": told,
            "source": "not in the gazetteer; no place the sentence names resolves"}


def _alone_name(told: str) -> bool:
    """(REPORT26) Whether a name with no resolved place beside it can stand as a settlement's
    on its own: none of its words a place noun with a clitic ("قرية بولاية يوبي": the village is
    unnamed, "ولاية" is the next phrase), a word opening with و and no name head ("في قرية
    وتواترت": a verb), or a word the common-word list holds, with or without its article ("في
    مدينة حدودية تركية": an adjective) — the region's own check (:func:`_settlement_name`) has a
    resolved region to fall back on; this one has none."""
    parts = normalize_key(told).split()
    cues, nouns = load_cues(), role_cues().place_nouns
    if nouns is not None and any(nouns.match(p) for p in parts):
        return False
    if parts and parts[0].startswith("و") and parts[0] not in cues.name_prefixes:
        return False
    return not any(p in cues.common or f"ال{p}" in cues.common for p in parts)


_GLUED = 10  # letters: a longer single word is mostly two run together ("جرابلسبوتين")
_CLITIC_PREPOSITION = re.compile(r"^(?:[وف]?(?:بال|لل|كال)|[وف]ال)")


def _settlement_name(told: str) -> bool:
    """Whether an unresolved name can stand as a settlement's: one or two words (three after
    a name head such as أبو، تل), none with a preposition or و joined to its article
    ("بالمحور"), no single word so long it is two run together."""
    parts = normalize_key(told).split()
    heads = load_cues().name_prefixes
    if not parts or len(parts) > (3 if parts[0] in heads else 2):
        return False
    if any(_CLITIC_PREPOSITION.match(p) for p in parts):
        return False
    return not (len(parts) == 1 and len(parts[0]) >= _GLUED)


def _page_dated(date_arg: Arg | None, words: Words, published: str | None) -> bool:
    """Whether a mention's day is only its page's: the dateline printed in the header run into
    the lead ("... 15 . 09 . 2017 قال مسؤول"), or the publication day printed in full. A page
    says when it was written; what it tells happened that day or in the days before."""
    if date_arg is None:
        return False
    return bool(date_arg.value.get("dateline")) or _page_date(words, date_arg, published)


class _EvidenceMemo:
    """What :func:`merge` asks of an event's evidence, read once per evidence item.

    While a document's mentions merge, one event may absorb thousands (a list page's items run
    on one line), its evidence growing with each; asking "is its day the page's?" and "which
    spans does it hold?" of the whole list at every absorb cost time quadratic in the items
    (REVIEW23 finding 4). Evidence lists only grow in place (``append``/``extend``/``+=``) or are
    replaced by a new list, so each list's answers are kept and brought up to date from the
    items appended since it was last read. The list itself is held, so its ``id`` is never
    another's while its answers are kept (the memo lives for one :func:`merge` call).
    """

    def __init__(self) -> None:
        self._lists: dict[int, tuple[list[Evidence], list[Any]]] = {}

    def _read(self, evidence: list[Evidence]) -> list[Any]:
        held = self._lists.get(id(evidence))
        if held is None or held[0] is not evidence or held[1][0] > len(evidence):
            held = (evidence, [0, False, set()])
            self._lists[id(evidence)] = held
        state = held[1]
        if state[0] < len(evidence):
            seen = state[2]
            for e in evidence[state[0]:]:
                seen.add((e.start, e.end, e.field))
                if not state[1] and e.field == "event_date" and e.rule.endswith(PAGE_DATE):
                    state[1] = True
            state[0] = len(evidence)
        return state

    def page_day(self, evidence: list[Evidence]) -> bool:
        return bool(self._read(evidence)[1])

    def spans(self, evidence: list[Evidence]) -> set[tuple[int, int, str]]:
        return self._read(evidence)[2]


_MEMO: list[_EvidenceMemo] = []  # the memo of the merge under way, if any


def _page_day(m: EventMention) -> bool:
    if _MEMO:
        return _MEMO[-1].page_day(m.evidence)
    return any(e.field == "event_date" and e.rule.endswith(PAGE_DATE) for e in m.evidence)


def _compatible(a: EventMention, b: EventMention, page: bool = False) -> bool:
    """Two mentions of one document that can be one happening.

    Same type and, where both say, the same place, a date no more apart than the vaguer one's
    grain, and actor1 of one state ("إسرائيل" and "الطائرات الإسرائيلية" are one attacker);
    for talks (CONSULT, REQUEST, REJECT, AGREE) the parties of one include the other's.
    """
    if a.plover != b.plover:  # the cheapest test first (all of them are pure)
        return False
    la, lb = place_key(a.location), place_key(b.location)
    if la and lb and la != lb and not same_target(a.location, b.location):
        return False
    return _compatible_anywhere(a, b, page)


def _compatible_anywhere(a: EventMention, b: EventMention, page: bool = False) -> bool:
    """:func:`_compatible` without the place; never two items of a list page told of two days
    or two places (:func:`rasd.events.items.same_item`)."""
    if a.plover != b.plover or not same_item(a, b) or _apart(a, b) or _by_phone(a) != _by_phone(b):
        return False
    if (a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type and not _one_count(a, b)
            and not _effect_of(a, b) and not _retyped(a, b) and not _fight_and_gain(a, b)
            and not _one_taking(a, b) and not _one_blast(a, b)):
        return False
    if _other_kind(a, b) and not _one_count(a, b) and not _retyped(a, b):  # a shelling whose weapon is untold is no clash
        return False
    if a.event_date and b.event_date and not _same_time(a, b, page=page):
        return False
    if a.plover in DIPLOMATIC:  # "اتفق زعماء روسيا وتركيا وإيران ... واتفقت إيران": one agreement
        pa, pb = _parties(a), _parties(b)
        return not (pa and pb) or pa <= pb or pb <= pa
    return _sides_agree(a, b)


def _by_phone(e: EventMention) -> bool:
    """Whether a mention tells a telephone call (INTERACT25): a call and a meeting are two
    happenings, whatever parties and day they share ("التقى بوتين الأسد ... ثم أجرى اتصالا
    هاتفيا بترامب"), so neither merges into the other."""
    return e.plover_mode == PHONE_MODE


def _retyped(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions typed apart are one happening told twice in one sentence, one of
    them typed only by its trigger's guess (:func:`_guessed`): "استهداف بلدتي كفريا والفوعة
    وقصفهما بالصواريخ" is one shelling, not a shelling and an attack. Told in two sentences, a
    guessed type is no reason to merge (a bare "قصف" told apart is often another shelling)."""
    starts = {e.start for e in a.evidence if e.field == "event"}
    if not starts & {e.start for e in b.evidence if e.field == "event"}:
        return False
    return _guessed(a) != _guessed(b)


@cache
def _trigger_types() -> dict[str, tuple[str | None, bool]]:
    """Trigger rule → (its default sub-event type, whether that type is only a guess its weapon
    or attacker would refine: ``refine: true`` in ``triggers.yaml``)."""
    return {f"trigger:{t.id}": (t.sub_event_type, t.refine) for t in lexicon().triggers}


def _guessed(m: EventMention) -> bool:
    """Whether a mention's sub-event type is only its trigger's default ("انفجار" is an IED until
    a weapon says more): a refinable trigger's own type, with no weapon, attacker or other
    trigger telling it. When two tellings of one happening merge (:func:`_one_count`), the told
    type of the same ACLED event type wins ("انفجار" and "فجر الانتحاري نفسه": a suicide bomb).
    Being only guessed is no reason to merge: a bare "قصف" told apart is often another shelling."""
    if m.sub_event_type is None:
        return False
    kinds = _trigger_types()
    guessed = False
    for e in m.evidence:
        if e.field != "trigger":
            continue
        if "|weapon:" in e.rule:
            return False
        for rule in e.rule.split("|", 1)[0].split("+"):
            sub, refine = kinds.get(rule, (None, False))
            if sub == m.sub_event_type:
                if not refine:
                    return False
                guessed = True
    return guessed


def _one_count(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions typed apart tell one killing: the same deaths, the same day and the
    same place ("خمسة قتلى في هجوم على فندق واحتجاز رهائن" and "مقتل خمسة أشخاص في هجوم شنه
    مسلحون على فندق"). Deaths are not counted twice: what one report types a hostage-taking
    and the next a clash is one happening, typed as it was first told."""
    if not (a.fatalities and a.fatalities == b.fatalities and a.event_date == b.event_date):
        return False
    if a.injuries is not None and b.injuries is not None and a.injuries != b.injuries:
        return False
    return bool(a.location and b.location) and place_key(a.location) == place_key(b.location)


def _effect_of(a: EventMention, b: EventMention) -> bool:
    """Whether one mention is only the effect of the other's happening: its sub-event type is a
    refinable trigger's default that says what any remote violence does (``effect_sub_event_types``
    in granularity.yaml: "دوي انفجارات قوية" where the air strikes hit, "قتلوا خلال تفجير
    استهدف الحافلات" after the suicide bombing of the buses), the other's is told, both of one
    ACLED event type, and their tolls, where both tell one, agree. Both are placed in one
    town-level location or (told of one day) a governorate and a town in it, or neither has a
    place and both one day: an explosion with no place of its own is not lent to a strike told elsewhere, nor a
    country's strike (a digest's "غارة على مدرسة شمالي سوريا") to a town's explosion, nor an
    undated digest item to another in the same governorate. Time is the caller's to check
    (:func:`_compatible`)."""
    if a.event_type is None or a.event_type != b.event_type or _other_toll(a, b):
        return False
    if (a.location is None) != (b.location is None):
        return False
    if a.location is None and (not a.event_date or a.event_date != b.event_date):
        return False  # two placeless mentions are one only when told of one day
    if a.location is not None and b.location is not None and not near(a.location, b.location):
        # a governorate and a town in it ("ريف دمشق" and جمرايا) told of one day
        inside = [(x, y) for x, y in ((a.location, b.location), (b.location, a.location)) if _coarser(x, y)]
        if not inside or inside[0][0].get("kind") == "country" or not a.event_date or a.event_date != b.event_date:
            return False
    effects = granularity_cues().effect_sub_event_types
    ea = a.sub_event_type in effects and _guessed(a)
    eb = b.sub_event_type in effects and _guessed(b)
    return ea != eb and not (_guessed(b) if ea else _guessed(a))


def _effect_only(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions typed apart are compatible only as a happening and its effect
    (:func:`_effect_of`): such a pair joins only when told close together (``STORY_SENTENCES``),
    wherever both are placed; a digest's "انفجار هز مدينة" many lines after a shelling of the
    same town is another item."""
    return bool(a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type
                and _effect_of(a, b))


GAINS_STATE, GAINS_NON_STATE = "Government regains territory", "Non-state actor overtakes territory"  # ACLED
GAINS = frozenset({GAINS_NON_STATE, GAINS_STATE})
# why a capture has its type, joined to its trigger's rule: the untold retaker is the state
# (:func:`_regained`), the named taker is or is not state forces (:func:`_taker_type`)
REGAINED = "typed:regained"
TAKER_STATE = "typed:taker-state"
TAKER_NON_STATE = "typed:taker-non-state"
# ACLED's definition (TYPES23): a militia operating on behalf of the host government (its chain
# of parents leads to that country's state forces: the PMF in Iraq, the NDF in Syria) regains
# ground for the government. (A foreign state's forces taking ground, "Non-state actor overtakes
# territory" by the same definition, was tried and not kept: on the dev gold the taker's country
# and the place's disagree mostly where one of them is wrong, al-Qaim and Albukamal across a border.)
TAKER_FOR_STATE = "typed:taker-for-government"
TYPINGS = frozenset({REGAINED, TAKER_STATE, TAKER_NON_STATE, TAKER_FOR_STATE})
RETAKER_RULE = "actor:retaker-of-coordinated-clause"  # arguments.retaker
UNDATED_RULE = "date:none"  # when.py's rule for a mention that heard of no day
MET_ON_VISIT = "actor:met-on-visit"  # interact.met_on_visit: the one met after a visit (FIXES22)
WIDE_KINDS = frozenset({"country", "region", "governorate"})  # no one battlefield
UNRESOLVED_DAY = "date:own-day-unresolved"  # when.py's rule for a day told that the page cannot date


def _fight_and_gain(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions are one battle and the ground it won: an armed clash and a taking of
    territory (ACLED Battles) told of one town ("اشتباكات عنيفة بين قوات النظام والتنظيم داخل
    مدينة البوكمال" ... "القوات سيطرت على الأحياء الغربية والشرقية"). ACLED codes one event per
    battle, typed by its outcome when ground changed hands; the sides must agree and a told day
    must match (the caller's :func:`_compatible_anywhere` checks both). Told far apart they stay
    two (:func:`_close_only`): a digest's clash and a later capture of one town are two items."""
    subs = {a.sub_event_type, b.sub_event_type}
    if not (len(subs) == 2 and "Armed clash" in subs and bool(subs & GAINS)
            and a.location is not None and b.location is not None
            and place_key(a.location) == place_key(b.location)
            and a.location.get("kind") not in WIDE_KINDS):
        return False  # a region ("ريف حماة الشمالي") holds many battles and many towns taken
    # a day each sentence tells but the page cannot date ("يوم الخميس" ... "يوم السبت") may be two
    # days: told apart, such mentions stay two
    return not (_unresolved_day(a) and _unresolved_day(b) and not _told_together(a, b))


def _one_taking(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions typed apart are takings of territory (ACLED Battles) whose types
    differ only in who took it: "Government regains territory" when state forces take it,
    "Non-state actor overtakes territory" otherwise. The type names the taker, not another
    happening ("اشتباكات ... داخل البوكمال" typed before its taker was known, "استعاد الجيش
    السيطرة على المدينة"): one capture when sides and day agree (the caller checks both)."""
    return {a.sub_event_type, b.sub_event_type} == GAINS


def _taker_type(m: EventMention) -> None:
    """Type a taking of territory by its taker once two tellings are joined (:func:`_one_taking`)
    and once every rule has named actor1; a type this changes says so on the mention's capture
    trigger (``|typed:taker-state`` or ``|typed:taker-non-state``, :func:`_typed_by`)."""
    if m.sub_event_type in GAINS and isinstance(m.actor1, dict) and m.actor1.get("type"):
        state = m.actor1.get("type") == "State forces"
        why = TAKER_STATE if state else TAKER_NON_STATE
        host = (m.location or {}).get("country")
        if not state and host and _acts_for_state(m.actor1, host):
            state, why = True, TAKER_FOR_STATE  # the PMF taking a village in Iraq
        sub_event_type = GAINS_STATE if state else GAINS_NON_STATE
        if sub_event_type != m.sub_event_type or why == TAKER_FOR_STATE:
            m.sub_event_type = sub_event_type
            _typed_by(m, why)


def _acts_for_state(actor: dict[str, Any], host: str) -> bool:
    """Whether a non-state actor operates on behalf of ``host``'s government: its chain of
    parents in the actor knowledge base reaches the state forces of that country."""
    kb = default_kb().actors
    return any((a := kb.get(i)) is not None and a.type == "State forces" and a.country == host
               for i in actor.get("chain") or ())


def _typed_by(m: EventMention, rule: str) -> None:
    """Write why a capture has its type on the mention's capture trigger (the first trigger a
    taking kind found, else its first trigger: a retaking folded into the attack before it is
    typed on the retaking's words), in place of the typing it had: one reason per decision
    (evidence is shared between the mentions of one trigger's places: the span is replaced,
    not changed)."""
    triggers = [k for k, ev in enumerate(m.evidence) if ev.field == "trigger"]
    k = next((k for k in triggers if _capture_rules() & set(re.split(r"[+|]", m.evidence[k].rule))),
             triggers[0] if triggers else None)
    if k is not None:
        kept = [p for p in m.evidence[k].rule.split("|") if p not in TYPINGS]
        _set_rule(m, k, "|".join([*kept, rule]))


def _typed_once(m: EventMention) -> None:
    """Drop the capture typings the mention's final type contradicts: a retaking the state
    regained (``|typed:regained``) folded into a group's capture, a state's capture folded into
    a clash. What is left says why the mention has the type it has, once."""
    told = {GAINS_STATE: {REGAINED, TAKER_STATE, TAKER_FOR_STATE},
            GAINS_NON_STATE: {TAKER_NON_STATE}}.get(
        m.sub_event_type or "", set())
    for k, ev in enumerate(m.evidence):
        if ev.field == "trigger" and TYPINGS & set(parts := ev.rule.split("|")):
            _set_rule(m, k, "|".join(p for p in parts if p not in TYPINGS or p in told))


def _set_rule(m: EventMention, k: int, rule: str) -> None:
    """Give evidence ``k`` of ``m`` a new rule, replacing the span (see :func:`_typed_by`)."""
    if rule != m.evidence[k].rule:
        m.evidence = [*m.evidence[:k], replace(m.evidence[k], rule=rule), *m.evidence[k + 1:]]


@cache
def _capture_rules() -> frozenset[str]:
    """Rules of the triggers whose kind types a capture by its taker (``state_sub_event_type``)."""
    return frozenset(f"trigger:{t.id}" for t in lexicon().triggers if t.state_sub_event_type)


def _unresolved_day(m: EventMention) -> bool:
    """Whether the mention's sentence tells its own day, which the page gives no date to resolve."""
    return any(e.field == "event_date" and e.rule.startswith(UNRESOLVED_DAY) for e in m.evidence)


def _close_only(a: EventMention, b: EventMention) -> bool:
    """Whether two located mentions may be one happening only when told close together
    (``STORY_SENTENCES``): a happening and its effect (:func:`_effect_only`), a battle and the
    ground it won (:func:`_fight_and_gain`)."""
    return _effect_only(a, b) or _fight_and_gain(a, b)


def _sides_agree(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions can have one attacker: actor1 of one state, or one of them unknown.

    A clash has no attacker: "صد فيلق الرحمن هجوما لقوات النظام" and "اشتباكات عنيفة إثر محاولة
    النظام التقدم" tell one fight with each side first, so two clashes agree when together they
    name no more than two sides.
    """
    ka, kb = _actor_family(a.actor1), _actor_family(b.actor1)
    if not (ka and kb and ka != kb):
        return True
    if ((a.sub_event_type in SYMMETRIC or b.sub_event_type in SYMMETRIC) and (_fight(a) or _fight(b))
            and _told_together(a, b)):
        return len({_actor_family(x) for x in (a.actor1, a.actor2, b.actor1, b.actor2)} - {None}) <= 2
    return False


def _told_together(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions are told of one time: in one sentence, or both given the same day
    (two undated fights told paragraphs apart may be years apart)."""
    starts = {e.start for e in a.evidence if e.field == "event"}
    return bool(starts & {e.start for e in b.evidence if e.field == "event"}) or (
        a.event_date is not None and a.event_date == b.event_date)


def _regained(words: Words, typing: Candidate) -> bool:
    """Whether a capture whose taker is not named says the place went back to who held it
    ("تمت استعادة مدينة الرمادي"، "وكان استعاد السيطرة على المطار": the kind's ``regained``
    words): the holder that regains a place is the state, ACLED's "Government regains"."""
    return typing.kind.regained is not None and typing.kind.regained.search(
        words.joined(typing.first, typing.last)) is not None


def _among_the_dead(words: Words, arg: Arg) -> bool:
    """Whether an actor is named in a toll's breakdown ("بينهم طفل"، "من بينهم امرأة"): the
    markers of ``breakdown_markers`` in data/quantities/casualties.yaml right before it."""
    markers = casualty_lexicon().markers
    before = [words.words[k].text for k in range(max(0, arg.first - 2), arg.first)]
    return any(tuple(before[i:]) in markers for i in range(len(before)))


@cache
def _fight_rules() -> tuple[str, ...]:
    """Rules of the triggers whose own words say a fight (اشتباكات، معارك): a shelling or a
    shot typed a clash by its weapon or its attacker still has one."""
    return tuple(f"trigger:{t.id}" for t in lexicon().triggers if t.sub_event_type in SYMMETRIC)


def _fight(e: EventMention) -> bool:
    rules = _fight_rules()
    return any(ev.field == "trigger" and any(r in ev.rule for r in rules) for ev in e.evidence)


def _parties(e: EventMention) -> frozenset[str]:
    """Everyone at a meeting or in an agreement (actor1, actor2 and the associated actors):
    which of them the verb made actor1 says nothing about which talks these are."""
    actors = [e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2]
    return frozenset(k for k in map(_actor_family, actors) if k)


def _same_time(a: EventMention, b: EventMention, days: int = 0, page: bool = False) -> bool:
    """Whether two dates can be one happening's: equal, within ``WEEK_DAYS`` when one is only a
    week or a month, or within ``days`` (a headline is dated by its page, the body by the day
    it happened: "جندي يقتل 3 جنود" on Sunday's page is Saturday's shooting). With ``page``, a
    day that is only the page's print (:func:`_page_dated`) is when the report was written: it
    can be a happening's told up to ``WEEK_DAYS`` before it (the body's "الخميس"، "الليلة
    الماضية"), never one after it. Only the first happening the body tells after it is that
    one (:func:`merge`): "the second strike in 72 hours, after Friday's" is not the headline's."""
    if a.event_date == b.event_date:
        return True
    if page and _page_day(a) != _page_day(b):  # the page's day and one told up to a week before
        page, told = (a, b) if _page_day(a) else (b, a)
        try:
            gap = (Date.fromisoformat(page.event_date) - Date.fromisoformat(told.event_date)).days
        except (TypeError, ValueError):
            gap = -1
        if 0 <= gap <= WEEK_DAYS:
            return True
    grain = WEEK_DAYS if max(a.time_precision or 1, b.time_precision or 1) >= 2 else days
    if not grain:
        return False
    try:
        return abs((Date.fromisoformat(a.event_date) - Date.fromisoformat(b.event_date)).days) <= grain
    except (TypeError, ValueError):
        return False


def _other_side(arg: Arg, actor2: Arg | None, words: Words, lex: Lexicon) -> bool:
    """Whether ``arg``, an actor1 found by a later rule (a claim, a carried subject), is of
    another family than the ``actor2`` already found: no actor is both sides of its happening."""
    return actor2 is None or _actor_family(actor_value(arg, words, lex)) != _actor_family(
        actor_value(actor2, words, lex))


def _actor_family(actor: dict[str, Any] | None) -> str | None:
    """A state's forces and government are one side, and so is a coalition that state leads
    (the knowledge base's ``parent`` of an international force: "التحالف بقيادة السعودية" and
    "القوات السعودية" strike as one side); others are themselves."""
    if actor is None:
        return None
    if actor.get("type") == "State forces" and actor.get("country"):
        return f"state:{actor['country']}"
    if actor.get("type") == "External/Other forces" and actor.get("parent"):
        leader = _leading_states().get(actor["parent"])
        if leader:
            return f"state:{leader}"
    return actor_key(actor)


@cache
def _leading_states() -> dict[str, str]:
    """Knowledge-base id of a state's forces → its country: the parent a coalition of several
    states ("country: International") names is the state leading it."""
    from rasd.kb.actors import default_kb

    kb = default_kb()
    led = {a.parent for a in kb.actors.values()
           if a.type == "External/Other forces" and a.country == "International" and a.parent}
    return {p: kb.actors[p].country for p in led
            if p in kb.actors and kb.actors[p].type == "State forces" and kb.actors[p].country}


VAGUE_TOLL = "|vague"  # added to a fatalities evidence rule: "عشرات القتلى"، "عدد من المدنيين"
UPDATED_TOLL = "|update"  # ... and to one told as a toll noun's figure: "ارتفعت حصيلة القتلى إلى 12"
VAGUE_WOUNDED = "|vague-wounded"  # ... and to a wounded count told in words: "إصابة المئات"، "عشرات الجرحى"
DAMAGE_ONLY = "|damage-only"  # ... and to a 0 read from damage alone: "مخلفة أضرارا مادية" (TOLL14)


def _toll_tag(c: Arg) -> str:
    v = c.value if isinstance(c.value, dict) else {}
    if v.get("kind") == "injured" and v.get("approx") == "vague":
        return VAGUE_WOUNDED
    if v.get("kind") != "killed":
        return ""
    if c.span.rule == "casualty:damage-only":
        return DAMAGE_ONLY
    if v.get("approx") == "vague":
        return VAGUE_TOLL
    return UPDATED_TOLL if c.span.rule == TOLL_NOUN_RULE else ""


def _weak_toll(m: EventMention) -> bool:
    """Whether a mention's death toll says little: 0 (no death told, or none) or a vague count."""
    return m.fatalities == 0 or _weak_vague(m)


def _takes_toll(into: EventMention, other: EventMention, reference: bool = False) -> bool:
    """Whether a merge takes ``other``'s death toll for ``into``: when ``into`` has none, or only a
    weak one (:func:`_weak_toll`) and ``other`` a real count, or ``other`` updates it upwards
    ("ارتفعت حصيلة القتلى إلى 12"). Otherwise the toll told first stands: the higher of two
    different figures is as often another happening's (the day before's, a whole region's) or
    a running total as the same one's (ACLED: when unclear, the lowest credible figure). A 0 read
    from a numbered count of wounded (:func:`_wounded_only`) is a toll too against deaths told
    for another place (or none): only a back ``reference`` ("وأسفر الهجوم عن مقتل شخص"), the same
    wounded told with deaths, or a toll told as risen replaces it. Called before ``_absorb``
    moves any field, so the places compared are each telling's own."""
    if other.fatalities is None:
        return False
    if into.fatalities is None:
        return True
    if (_wounded_only(into) and not reference and place_key(other.location) != place_key(into.location)
            and other.injuries != into.injuries and not _updates(other)):
        return False
    if other.fatalities <= into.fatalities:
        return _weak_toll(into) and not _weak_toll(other) and into.fatalities != 0
    return _weak_toll(into) or _updates(other)


def _updates(m: EventMention) -> bool:
    """Whether a mention's death toll is told as an update ("ارتفعت حصيلة القتلى إلى 12")."""
    return any(e.field == "fatalities" and e.rule.endswith(UPDATED_TOLL) for e in m.evidence)


def _wounded_only(m: EventMention) -> bool:
    """Whether a mention's 0 is read from a numbered count of wounded (not "إصابة المئات") its
    sentence tells with no death ("أصيب 4 أطفال بجراح بعدما دهسهم مستوطن"): that telling's toll,
    not a death toll left untold. Another telling's deaths at another place with another count of wounded ("قتل 3
    إسرائيليين في هجوم مسلح على مستوطنة بالقدس") are as often another happening's, merged by
    kind or a nearby place, so they do not replace it (:func:`_takes_toll`)."""
    return m.fatalities == 0 and bool(m.injuries) and not _weak_vague(m) and not any(
        e.field == "fatalities" and e.rule.endswith(VAGUE_WOUNDED) for e in m.evidence)


def _weak_vague(m: EventMention) -> bool:
    return any(e.field == "fatalities" and e.rule.endswith(VAGUE_TOLL) for e in m.evidence)


def _absorb(into: EventMention, other: EventMention, reference: bool = False) -> None:
    """Fill what ``into`` lacks from ``other``; its toll as :func:`_takes_toll` says; join the evidence.

    A ``reference`` ("الحملة جاءت بعد هجوم شنه مسلحون") lends its actors only when they
    qualify the noun itself ("الغارات الإسرائيلية"): its other actors belong to its own clause.
    A day the text tells wins over the page's own (:func:`_page_dated`), a sub-event type a
    trigger or weapon tells over one only guessed (:func:`_guessed`).
    """
    takes = _takes_toll(into, other, reference)
    if (other.sub_event_type and other.sub_event_type != into.sub_event_type and other.plover == into.plover
            and (into.sub_event_type is None or (_guessed(into) and into.event_type == other.event_type)
                 or (other.sub_event_type in GAINS and _fight_and_gain(into, other)))
            and not _guessed(other)):
        into.plover_mode, into.event_type, into.sub_event_type = (
            other.plover_mode, other.event_type, other.sub_event_type)
    if other.event_date and _page_day(into) and not _page_day(other):
        into.event_date, into.time_precision = other.event_date, other.time_precision
        into.evidence = [e for e in into.evidence if e.field != "event_date"]
        into.evidence += [e for e in other.evidence if e.field == "event_date"]
    if into.location and other.location and near(into.location, other.location) and (
            place_rank(other.location, into.location) < place_rank(into.location, other.location)):
        into.location = other.location
        into.evidence = [e for e in into.evidence if e.field != "location"]
        into.evidence += [e for e in other.evidence if e.field == "location"]
    if (into.actor2 is None and (into.sub_event_type or other.sub_event_type) in SYMMETRIC
            and into.actor1 and other.actor1
            and _actor_family(into.actor1) != _actor_family(other.actor1)
            and not (reference and not _qualifies(other, "actor1"))):  # the other side of the clash
        into.actor2 = other.actor1
        into.evidence += [replace(e, field="actor2") for e in other.evidence if e.field == "actor1"]
    for name in ("plover_mode", "event_type", "sub_event_type", "actor1", "actor2", "location",
                 "event_date", "time_precision"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            if reference and name in ("actor1", "actor2") and not _qualifies(other, name):
                continue
            setattr(into, name, getattr(other, name))
            if name in ("actor1", "actor2"):
                into.evidence += [e for e in other.evidence if e.field == name]
    for name in ("assoc_actor_1", "assoc_actor_2"):  # each actor once, in one role
        have = {actor_key(a) for a in (into.actor1, into.actor2, *into.assoc_actor_1, *into.assoc_actor_2) if a}
        getattr(into, name).extend(a for a in getattr(other, name) if actor_key(a) not in have)
    if takes:
        into.fatalities = other.fatalities
        into.evidence = [e for e in into.evidence if not (e.field == "fatalities" and e.rule.endswith(VAGUE_TOLL))]
    if other.fatalities_max is not None:
        into.fatalities_max = max(into.fatalities_max or 0, other.fatalities_max)
    if other.injuries is not None and (into.injuries is None or other.injuries > into.injuries):
        into.injuries = other.injuries
    # the spans ``into`` holds, kept up to date as it grows during a merge (:class:`_EvidenceMemo`)
    seen = _MEMO[-1].spans(into.evidence) if _MEMO else {(e.start, e.end, e.field) for e in into.evidence}
    into.evidence.extend(e for e in other.evidence if (e.start, e.end, e.field) not in seen)
    if _one_taking(into, other):
        _taker_type(into)


def _qualifies(m: EventMention, name: str) -> bool:
    """Whether actor ``name`` of ``m`` qualifies its trigger noun ("الغارات الإسرائيلية")."""
    return any(e.field == name and e.rule == "actor:qualifies-noun" for e in m.evidence)


def _inherit(m: EventMention, referent: EventMention, actors: bool = True, day: bool = True) -> None:
    """A definite noun ("الغارات") names the referent's happening: take what it lacks (its
    actors only when ``actors``: see :func:`_same_story`; its day only when ``day``: see
    :func:`_same_happening`); its typing only when it has one to give (an untyped "القصف" gives
    none to "تعرض للاختطاف")."""
    if m.event_date is None and referent.event_date is not None and day:
        m.event_date, m.time_precision = referent.event_date, referent.time_precision
        m.evidence.append(Evidence(referent.sentence_start, referent.sentence_end, "", "event_date",
                                   "date:coreferent-event"))
    for name in ("actor1", "actor2") if actors else ():
        if getattr(m, name) is None and getattr(referent, name) is not None:
            setattr(m, name, getattr(referent, name))
            m.evidence.append(Evidence(referent.sentence_start, referent.sentence_end, "", name,
                                       "actor:coreferent-event"))
    if (referent.sub_event_type and not any(e.field == "trigger" and "|weapon:" in e.rule for e in m.evidence)
            and not _other_kind(m, referent)):
        m.plover_mode, m.event_type, m.sub_event_type = (
            referent.plover_mode, referent.event_type, referent.sub_event_type)


def _other_kind(m: EventMention, referent: EventMention) -> bool:
    """Whether a guessed type still says another ACLED event type than the referent's, one of
    them a battle: "جراء القصف على مدينة الرقة" after Daraa's clashes in a daily report is a
    shelling, not a clash; "المجزرة" after air strikes may still be those strikes."""
    return bool(m.event_type and referent.event_type and m.event_type != referent.event_type
                and BATTLES in (m.event_type, referent.event_type))


def _recency_only(m: EventMention) -> bool:
    """Whether the mention's date is only the publication-week fallback, not told in the text."""
    return any(e.field == "event_date" and e.rule == "date:publication-recency" for e in m.evidence)


def _undate(m: EventMention) -> None:
    m.event_date = m.time_precision = None
    m.evidence = [e for e in m.evidence if e.field != "event_date"]


def _same_kind(a: EventMention, b: EventMention) -> bool:
    return not (a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type)


def _same_area(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """One place, near places, or a region and a town in it (either way round)."""
    return not a or not b or near(a, b) or _coarser(a, b) or _coarser(b, a)


def _in_story(e: EventMention, story: EventMention | None) -> bool:
    """Whether ``e`` can be what a mention with no place tells, ``story`` being the last
    located one told before it: it is that story, has no place either, or is in its place."""
    return story is None or e is story or e.location is None or _same_area(e.location, story.location)


def _same_story(m: EventMention, referent: EventMention, gap: int) -> bool:
    """Whether a definite noun with places of its own ("القصف على مدينة خان شيخون") tells the
    referent's happening closely enough to take its actors: told at most ``STORY_SENTENCES``
    sentences after it, and in the same sentence (one list of targets split by town) or the same
    place or a part of it ("الغارات استهدفت البوكمال" after strikes on Deir ez-Zor). A list of
    tolls ("قضى 8 جراء القصف على X ... 2 جراء القصف على Y") names each shelling by its place,
    not by the last attacker the report named."""
    if gap > STORY_SENTENCES:
        return False
    if gap == 0:
        return True
    a, b = referent.location, m.location
    return not a or not b or near(a, b) or _coarser(a, b) or _coarser(b, a)


def _same_happening(m: EventMention, referent: EventMention, gap: int, days: tuple[int, ...] = ()) -> bool:
    """Whether a definite noun with a place of its own is told of the referent's day: in the
    same sentence, in the referent's place (or a part of it, however far on), after a referent
    with no place (nothing says it is another: "الهجوم بغازات سامة على مدينة خان شيخون" after
    the sarin attack of 4 April), or elsewhere with no other day told between them (a daily
    report's items: "وقضى 8 أشخاص جراء القصف على مدينة خان شيخون" after Friday's shelling of
    Raqqa is Friday's). Once the text has told another day (a report's next day, a digest's
    next item), the referent's day is no longer the one the story is at."""
    if gap == 0 or _same_area(m.location, referent.location):
        return True
    k = bisect_right(days, referent.sentence_end)
    return k >= len(days) or days[k] >= m.sentence_start


def _told_apart(d: Draft, referent: EventMention) -> bool:
    """Whether a definite noun that would name a meeting or agreement told before ("المحادثات"،
    "الاتفاق") says in its own words that it is another one: its sentence tells its own day and
    that day cannot be the referent's ("وكانت المحادثات قد جرت يوم 20 شباط" after talks told of
    5 March). A day it only borrows says nothing; nor does a place it names: in talks a city or
    country is as often their topic or a government's name ("رفض موسكو"، "مؤتمر سوتشي") as where
    they were held."""
    m = d.mention
    return bool(d.own_date and m.event_date and referent.event_date and not _same_time(m, referent, page=True))


def _other_happening(d: Draft, e: EventMention) -> bool:
    """Whether a definite noun cannot name ``e``: its trigger fixes another sub-event type
    ("الاقتتال" is a clash, not the air strikes told before), or its attacker is another side.
    Being undated is no reason to join it to the last happening of its PLOVER type."""
    m = d.mention
    if d.typed and m.sub_event_type and e.sub_event_type and m.sub_event_type != e.sub_event_type:
        return True
    if _apart(m, e):  # "جراء القصف على حيي القاطرجي" names no abduction told before it
        return True
    return not _sides_agree(m, e)


def _surface(place: dict[str, Any]) -> str:
    return normalize(str(place.get("matched") or place.get("name_ar") or place.get("name") or "")).text


def _named(name: str, place: dict[str, Any]) -> bool:
    """Whether a name the gazetteer left unresolved in one sentence is a resolved place's: its
    words as matched ("مدينة الحويجة" ends with "الحويجة"), or its Arabic name."""
    forms = {normalize(str(place.get(k))).text for k in ("matched", "name_ar") if place.get(k)}
    return any(f == name or f.endswith(" " + name) for f in forms)


def _elsewhere(a: EventMention, name_a: str | None, b: EventMention, name_b: str | None) -> bool:
    """Whether two mentions are told in different places although one (or both) has no
    resolved place: "في ولاية هكاري" (unknown to the gazetteer) is not "في ولاية ديار بكر".
    Not even a country: "بمنطقة مودية" may be in the Yemen told before, but "في كويتا" is not
    in the Afghanistan told before it (tried on 300 articles: as often wrong as right). A
    name left unresolved in one sentence and resolved in another ("ففي الحويجة" after "مستشفى
    مدينة الحويجة") is one place."""
    if name_a and b.location:
        return not _named(name_a, b.location)
    if name_b and a.location:
        return not _named(name_b, a.location)
    return bool(name_a and name_b and name_a != name_b)


def _other_toll(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions each tell a toll and the tolls differ: "انفجار ... أدى إلى إصابة
    18 شخصا. وقتل 13 شخصا في هجوم" reports another attack with its own trigger and toll; only a
    noun that refers back ("وأسفر الهجوم عن مقتل") adds its toll to the one told before. A 0
    read from damage alone tells no toll (:func:`_toll_untold`)."""
    return (not _toll_untold(a) and not _toll_untold(b)
            and ((a.fatalities or 0), (a.injuries or 0)) != ((b.fatalities or 0), (b.injuries or 0)))


FIRST_PERSON = "نا"  # suffix of a verb or noun told by the speaker as a party: قصفنا، هاجمونا، معركتنا
FIRST_PERSON_MIN = 5  # letters: a shorter word ending in نا is a stem (هنا، عنا), not a suffixed trigger


def _first_person_telling(m: EventMention, events: list[EventMention]) -> EventMention | None:
    """The event a trigger told in the first person retells, or None.

    A witness or fighter quoted in the first person ("الطيران قصفنا"، "هاجمنا التنظيم بسيارة
    مفخخة") tells in the speaker's words the happening the report has told in its own: the
    report's event of the type, at the speaker's town when it told one there, else its last one.
    Nothing of the type told before: the telling is the report's only one and stands."""
    word = (m.trigger or "").split()[0] if m.trigger else ""
    if len(word) < FIRST_PERSON_MIN or not word.endswith(FIRST_PERSON):
        return None
    same = [e for e in events if e.plover == m.plover]
    return next((e for e in reversed(same) if near(e.location, m.location)), same[-1] if same else None)


def _join_telling(into: EventMention, telling: EventMention) -> None:
    """Join a first-person telling to the report's event: the speaker's words lend actors,
    tolls and evidence, never a place or a day (the speaker's town may be where they fled to,
    the day the one they spoke on)."""
    telling.location = telling.event_date = telling.time_precision = None
    telling.evidence = [e for e in telling.evidence if e.field not in ("location", "event_date")]
    _absorb(into, telling)


LANDMARK_WORDS = frozenset({"قرب", "بقرب", "وقرب", "قريب", "قريبا", "قريبة", "مقربة", "بالقرب"})  # + "من"
LANDMARK_KM = 25.0  # a landmark's suburbs: towns this near it are where "قرب X" may lie
LANDMARK_DAYS = 1  # a lead told on the day it was said, the towns' strikes on the day before


def _landmark_only(e: EventMention, words: Words) -> bool:
    """Whether every word that places ``e`` names its place as a landmark: "في جيب محاصر قرب
    دمشق"، "بالقرب من مدينة حلب" (nearness before the place, or before the "من" before it)."""
    spans = [ev for ev in e.evidence if ev.field == "location" and ev.end > ev.start]
    if not spans:
        return False
    for ev in spans:
        k = words.index_of(ev.start, ev.end)[0]
        before = words.words[k - 1].text if k > 0 else ""
        if before == "من" and k > 1:
            before = words.words[k - 2].text
        if k == 0 or words.words[k - 1].sentence != words.words[k].sentence or before not in LANDMARK_WORDS:
            return False
    return True


def _fold_landmarks(events: list[EventMention], words: Words) -> list[EventMention]:
    """A lead placed only by a landmark ("قصفت مناطق سكنية في جيب محاصر قرب دمشق") sums the
    strikes the report then tells town by town near it (Arbin, Hamouriyah): it happened near
    the city, not in it, so it joins one such town's event of its type (sub-event type,
    attacker and day, ±``LANDMARK_DAYS``, agreeing) and adds no event of its own. With no
    town told near it, the landmark stands as the nearest place the report gives. Of several
    towns, the one told on the lead's own day, else the first told after the lead, else the
    last told before it."""
    kept: list[EventMention] = []
    for e in events:
        town = None
        if e.location and e.location.get("kind") not in WIDE_KINDS and _landmark_only(e, words):
            towns = [t for t in events if t is not e and t.plover == e.plover and t.location
                       and t.location.get("kind") not in WIDE_KINDS
                       and place_key(t.location) != place_key(e.location)
                       and (distance_km(e.location, t.location) or LANDMARK_KM + 1) <= LANDMARK_KM
                       and (not e.sub_event_type or not t.sub_event_type
                            or e.sub_event_type == t.sub_event_type)
                       and (not e.event_date or not t.event_date or _same_time(e, t, LANDMARK_DAYS))
                       and _sides_agree(e, t)]
            # the town told on the lead's own day, else the first told after it (a lead's first
            # item), else the one told last before it
            town = min(towns, default=None, key=lambda t: (
                not (e.event_date and t.event_date == e.event_date), t.sentence_start < e.sentence_start,
                abs(t.sentence_start - e.sentence_start)))
        if town is None:
            kept.append(e)
            continue
        place, day, precision = town.location, town.event_date, town.time_precision
        _absorb(town, e)
        town.location = place
        if day:
            town.event_date, town.time_precision = day, precision
    return kept


def merge(drafts: list[Draft], meeting_sentences: frozenset[int] = frozenset(),
          days: tuple[int, ...] = ()) -> list[EventMention]:
    """One mention per happening in the document (rules in the module docstring); ``days``
    are the sorted offsets of the dates the text tells (:func:`_same_happening`)."""
    _MEMO.append(_EvidenceMemo())
    try:
        return _merge(drafts, meeting_sentences, days)
    finally:
        _MEMO.pop()


FIRST_TELLING = "definite:first-telling"  # joined to the trigger's rule (rasd show)


@cache
def _war_noun() -> re.Pattern[str] | None:
    return optional_pattern("granularity.yaml", "war_nouns")


def _war_nouns(words: Words, group: list[Candidate]) -> bool:
    """Whether every definite trigger of ``group`` is a noun naming a war or a campaign
    ("المعركة"، "القتال"): no first telling of a happening (:func:`_first_telling`)."""
    war = _war_noun()
    told = [c for c in group if c.definite]
    return war is not None and bool(told) and all(war.match(words.words[c.first].text) for c in told)


def _first_telling(d: Draft) -> bool:
    """A definite noun no mention told before it can refer to (none of its type, or none it may
    name), tied down by a place, day or toll near it and placed there: the page's first telling
    of that happening, not a reference to one told before ("حيث تجري الاشتباكات في الجيبين ...
    على محاور في شرق مدينة الميادين"، "لمواصلة الاحتجاج ... في الضفة وقطاع غزة"). One with no
    place of its own ("تبعات المعارك مع قوات النظام") or nothing near it to tie it down stays a
    bare mention and is left out; one the page told before stays a reference to it (the
    referent branch of :func:`_merge` comes first). DROPS29: of the dev misses whose trigger
    fired and made no event, this step dropped the definite nouns that had their place."""
    return d.first_telling and d.mention.location is not None


def _told_first(m: EventMention) -> None:
    """Join :data:`FIRST_TELLING` to the trigger's rule (a copy: drafts of one trigger share
    their evidence). A day read from a sentence before it is no day of its own: that sentence
    told no happening of its type (it would be the referent), and in a list it is another item's
    ("2 - … متأثرا بجراح أصيب بها قبل عدة أيام 3 - … / حلب / في الاشتباكات"): left to the story's
    day (:func:`rasd.events.storyday.story_days`)."""
    m.evidence = [replace(ev, rule=f"{ev.rule}|{FIRST_TELLING}") if ev.field == "trigger" else ev
                  for ev in m.evidence]
    if any(ev.field == "event_date" and ev.rule.startswith("date:sentence-") and ev.rule.endswith("-before")
           for ev in m.evidence):
        _undate(m)


def _merge(drafts: list[Draft], meeting_sentences: frozenset[int], days: tuple[int, ...]) -> list[EventMention]:
    events: list[EventMention] = []
    distinct: set[int] = set()
    fresh: set[int] = set()  # distinct ones told before any other of their type
    headlines = {id(d.mention) for d in drafts if d.headline}
    told: dict[int, int] = {}  # event → the last sentence that told it
    last_told: dict[int, int] = {}  # the same, for the distinct events too
    unplaced: dict[int, str | None] = {id(d.mention): d.unplaced for d in drafts}
    # new reports with no place of their own: joined to another only when their tolls agree,
    # unless the sentence relays a source ("وقال المرصد إن ..."): a second count of one happening
    placeless = {id(d.mention) for d in drafts if not d.definite and d.mention.location is None
                 and not d.relayed}
    tellings: dict[str, EventMention] = {}  # the words around a trigger → the event they told
    stories: dict[int, EventMention] = {}  # a mention with no place → the located story told last
    passed: set[int] = set()  # page-dated events the body has told another happening of their type after
    # the events by type and day, and by place: the search for a target reads only the events
    # whose place _compatible can accept (ROBUST27)
    index = Candidates(window=WEEK_DAYS, marked=_page_day, spots=TargetSpots())
    latest = Latest(index)  # the told events by the sentence that told each last

    def tell(e: EventMention, sentence: int) -> None:
        told[id(e)] = last_told[id(e)] = sentence
        latest.tell(e, sentence)

    for d in drafts:
        m = d.mention
        here = max(d.sentences)
        again = tellings.get(d.telling) if d.telling else None
        if again is not None and (not m.event_date or not again.event_date or _same_time(m, again)):
            # the same words again, on the same day: a headline repeated in the body, a recap
            _absorb(again, m)
            index.moved(again)
            tell(again, here)
            continue
        retold = None if d.distinct else _first_person_telling(m, index.of_type(m))
        if retold is not None:  # a witness quoted in the first person: the report's own event
            _join_telling(retold, m)
            index.moved(retold)
            tell(retold, here)
            continue
        if d.distinct:
            distinct.add(id(m))
            if not any(id(e) not in headlines for e in index.of_type(m)):
                fresh.add(id(m))  # nothing told before it to be another than: a later sentence may tell it
            events.append(m)
            index.add(m)
            last_told[id(m)] = here
            if d.telling:
                tellings[d.telling] = m
            passed.update(id(e) for e in index.marked_of(m) if e is not m)
            continue
        # a definite noun's referent: the last told of its type it can name (sought only for one)
        referent = None if not d.definite else next((e for e in reversed(index.of_type(m)) if same_item(e, m)
                                                     and _by_phone(e) == _by_phone(m)
                                                     and not _other_happening(d, e)), None)
        if d.definite and referent is not None:
            # "الاجتماع"، "الطلب": a meeting or request told once is referred back to, wherever;
            # "الهجوم الكيميائي الذي وقع في محافظة إدلب" with only the publication week as its
            # date, in the place of the attack already told with its day (or its region): that
            # attack, not a new one this week; elsewhere it is another attack
            recent = (_recency_only(m) and referent.event_date and _same_kind(m, referent)
                      and _same_area(m.location, referent.location))
            if (m.location is None and not d.own_date) or (m.plover in DIPLOMATIC and not _told_apart(d, referent)) or recent:
                if recent and m.plover not in DIPLOMATIC and not (m.location is None and not d.own_date):
                    _undate(m)
                _absorb(referent, m, reference=True)
                index.moved(referent)
                headlines.discard(id(referent))
                tell(referent, here)  # the story goes on
                if d.telling:
                    tellings[d.telling] = referent
                continue
            gap = here - last_told.get(id(referent), here)
            _inherit(m, referent, _same_story(m, referent, gap), _same_happening(m, referent, gap, days))
        elif d.definite and not d.anchored:
            if not _first_telling(d):
                continue
            _told_first(m)
        # a mention with no place goes on the story told last: not an older one another place's
        # report came between ("مقتل خمسة في كابول ... انفجار في إعزاز ... قتل ثلاثة في الانفجار");
        # one whose sentence names a told story's town the gazetteer left unresolved there
        # ("ففي الحويجة ..." after "مستشفى مدينة الحويجة") goes on that story
        story = None if m.location is not None else next(
            (e for e in latest.of_type(m) if e.location is not None
             and same_item(e, m) and (not d.unplaced or _named(d.unplaced, e.location))), None)
        if story is not None:
            stories[id(m)] = story
        # "قصف جديد" is another happening than one told before it; told first, a later sentence may tell it
        target = next((e for e in index.near_placed(m, reverse=True) if (id(e) not in distinct or (
                           id(e) in fresh and last_told[id(e)] != here))
                       and _compatible(e, m, page=id(e) not in passed)
                       and _in_story(e, stories.get(id(m)))
                       and not _elsewhere(e, unplaced.get(id(e)), m, d.unplaced)
                       and not ((id(m) in placeless or id(e) in placeless)
                                and here != told.get(id(e), here) and _other_toll(e, m))
                       and (here - told.get(id(e), here) <= STORY_SENTENCES
                            or (e.location is not None and m.location is not None and not _close_only(e, m)))), None)
        if target is not None:
            _absorb(target, m)
            index.moved(target)
            tell(target, here)
            if not d.headline:
                headlines.discard(id(target))  # the body tells it too: no longer only a headline
        else:
            events.append(m)
            index.add(m)
            tell(m, here)
        if d.telling:
            tellings[d.telling] = target or m
        passed.update(id(e) for e in index.marked_of(m) if e is not (target or m)
                      and told.get(id(e), here) < here)
    events = _fold_regions(events, distinct, last_told)
    _meeting_context(events, meeting_sentences,
                     {id(d.mention): min(d.sentences) for d in drafts if d.sentences})
    events = _fold_headline(events, headlines, distinct)
    events = _fold_calls(_merge_compatible(events, distinct, told, unplaced, placeless, stories))
    return keep_located_meetings(events, _without_parties(events, meeting_sentences))  # rasd.events.interact


def _call_sides(e: EventMention) -> frozenset[str]:
    return frozenset(str(a.get("name")) for a in (e.actor1, e.actor2) if a)


def _fold_calls(events: list[EventMention]) -> list[EventMention]:
    """A telephone call told again anywhere in its report with the same two sides and no other
    day ("أبلغ ترامب أردوغان في اتصال هاتفي …" … "خلال اتصال هاتفي أجراه الجمعة مع أردوغان") is
    the same call (INTERACT25): a call has no place, so the story-distance and place tests that
    keep two placeless tellings apart say nothing of it."""
    kept: list[EventMention] = []
    for e in events:
        twin = None if not _by_phone(e) or len(_call_sides(e)) < 2 else next(
            (k for k in kept if _by_phone(k) and _call_sides(k) == _call_sides(e)
             and (not k.event_date or not e.event_date or _same_time(k, e))), None)
        if twin is None:
            kept.append(e)
        else:
            _absorb(twin, e)
    return kept


SHARED_DAY_SENTENCES = 2  # a day shared among one trigger's villages is told this near them
SHARED_DAY_RULE = "date:same-sentence"  # ... by the sentence of the telling that gave it (when.py)


def _share_split_days(events: list[EventMention], words: Words) -> None:
    """The events one trigger was split into by town (one per listed village) are one happening:
    when a later telling folded into one of them gave it a day ("سيطرت الفصائل على قرى A , B , C
    … . وقالت مصادر إن الفصائل سيطرت اليوم الاثنين على القرى": A takes Monday), its siblings that
    heard of no day take that day too (FIXES22, REVIEW21 finding 9). Only for villages no
    gazetteer knows (a later sentence that names known towns is often of one of them:
    "هجمات … في حلب ودمشق وإدلب" then "في حلب في 29 نيسان"), when the dated
    siblings agree on one day, told by the sentence of the telling that gave it (not a page's
    day nor a recency, which each village takes or not on its own), every word that tells it lies at most
    :data:`SHARED_DAY_SENTENCES` sentences from theirs (a day a far telling brought by a merge
    is that telling's, not the list's), and a sibling with a day of its own keeps it."""
    by_trigger: dict[tuple[int, int, str], list[EventMention]] = {}
    for e in events:
        trigger = next((ev for ev in e.evidence if ev.field == "trigger"), None)
        if trigger is not None:
            by_trigger.setdefault((trigger.start, trigger.end, e.plover), []).append(e)
    for siblings in by_trigger.values():
        if len(siblings) < 2 or not all((e.location or {}).get("unresolved") for e in siblings):
            continue  # only a list of villages (VILLAGES21): "في حلب ودمشق وإدلب" may be told apart
        dated = [e for e in siblings if e.event_date]
        days = {(e.event_date, e.time_precision) for e in dated}
        if len(days) != 1:
            continue
        source = dated[0]
        told = [ev for ev in source.evidence if ev.field == "event_date" and ev.rule != UNDATED_RULE]
        here = words.sentence_of(source.sentence_start)
        if not told or any(ev.rule != SHARED_DAY_RULE or abs(words.sentence_of(ev.start) - here) > SHARED_DAY_SENTENCES
                           for ev in told):
            continue  # no day a telling's own sentence tells (a page's day, a recency), or a far one
        for e in siblings:
            if e.event_date is None and {ev.rule for ev in e.evidence if ev.field == "event_date"} <= {UNDATED_RULE}:
                e.event_date, e.time_precision = source.event_date, source.time_precision
                e.evidence = [ev for ev in e.evidence if ev.field != "event_date"] + told


# ACLED actor types that take part in a conflict (EVENT_SCHEMA inter codes 1-3 and 8: state
# forces, rebels, political and identity militias, external forces such as the UN missions);
# civilians, protesters, rioters and an untyped name are not a party to talks
PARTY_TYPES = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia",
                         "External/Other forces"})


def _party(actor: Any) -> bool:
    return isinstance(actor, dict) and actor.get("type") in PARTY_TYPES


def _without_parties(events: list[EventMention],
                     meeting_sentences: frozenset[int] = frozenset()) -> list[EventMention]:
    """Meetings, requests, refusals and agreements are events between armed or state actors
    (EVENT_SCHEMA): one whose actors are all civilians or untyped names ("طلب يدها من أهلها",
    a footballer refusing an offer, a company agreeing a loan) is dropped. One with no actor
    at all stays only when it was told at a meeting whose parties are ("واتفق الطرفان في ختام
    الاجتماع"): in a sentence with a meeting word or the ``MEETING_SENTENCES`` after it."""
    meeting_with_parties = any(e.plover == "CONSULT" and not _by_phone(e) and (_party(e.actor1) or _party(e.actor2))
                               for e in events)

    def kept(e: EventMention) -> bool:
        if e.plover not in DIPLOMATIC:
            return True
        if visit_without_host(e):  # "زار الرئيس الجبهة": a tour of his own ground (FIXES22)
            return False
        if _by_phone(e) and sum(1 for a in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2) if a) < 2:
            return False  # a call needs both its sides: "قال ... في اتصال هاتفي" is an interview (INTERACT25)
        actors = [e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2]
        if any(_party(a) for a in actors):
            return True
        return (not any(actors) and e.plover != "CONSULT" and meeting_with_parties
                and (not meeting_sentences or e.sentence_start in meeting_sentences))

    return [e for e in events if kept(e)]


def _merge_compatible(events: list[EventMention], distinct: set[int], told: dict[int, int],
                      unplaced: dict[int, str | None] | None = None,
                      placeless: set[int] | frozenset[int] = frozenset(),
                      stories: dict[int, EventMention] | None = None) -> list[EventMention]:
    """Merge again once places are settled: a request told in two sentences, first placed by
    its own words, then by the meeting it was made at, is one request."""
    kept: list[EventMention] = []
    index = Candidates(window=WEEK_DAYS, spots=TargetSpots())  # the kept events by type, day and place
    stories = stories or {}
    for e in events:
        names = unplaced or {}
        target = None if id(e) in distinct else next((
            k for k in index.near_placed(e) if id(k) not in distinct and _compatible(k, e)
            and _in_story(k, stories.get(id(e))) and _in_story(e, stories.get(id(k)))
            and not _elsewhere(k, names.get(id(k)), e, names.get(id(e)))
            and not ((id(e) in placeless or id(k) in placeless)
                     and told.get(id(e)) != told.get(id(k)) and _other_toll(k, e))
            and (abs(told.get(id(e), 0) - told.get(id(k), 0)) <= STORY_SENTENCES
                 or (e.location is not None and k.location is not None and not _close_only(k, e)))), None)
        if target is None:
            kept.append(e)
            index.add(e)
        else:
            _absorb(target, e)
            index.moved(target)
    return kept


def _fold_headline(events: list[EventMention], headlines: set[int], distinct: set[int]) -> list[EventMention]:
    """A headline names the body's first happening of its type in its own words: "اجتماع بين
    نظام الأسد وإيران بحضور روسي" is the meeting the body tells with a Russian delegation. It
    folds into that event when place and date agree, whatever actors each names."""
    kept: list[EventMention] = []
    for e in events:
        if id(e) not in headlines:
            kept.append(e)
            continue
        body = next((b for b in events if id(b) not in headlines and b.plover == e.plover
                     and (not e.location or not b.location or near(e.location, b.location)
                          or _coarser(e.location, b.location))
                     and (not e.event_date or not b.event_date or _same_time(e, b, HEADLINE_DAYS, page=True))), None)
        if body is None:
            kept.append(e)
            continue
        actors = (body.actor1, body.actor2)
        _absorb(body, e)
        if actors[0] is not None:  # the body's roles stand
            body.actor1, body.actor2 = actors
    return kept


def _fold_regions(events: list[EventMention], distinct: set[int],
                  told: dict[int, int] | None = None) -> list[EventMention]:
    """A region's or country's telling folds into a compatible town event inside it
    (:func:`rasd.events.arguments.container_test`): "غارات على ريف دمشق" beside "غارات على جمرايا".
    Only when told close to it (at most ``STORY_SENTENCES`` sentences apart by ``told``, the last
    sentence that told each) or on the same day the text gives both (MERGE29): a region's telling
    paragraphs away with no day of its own is another happening of that region as often as it is
    the town's ("قصف مدفعي عنيف على بلدات الغوطة الشرقية" far below an assassination's or a
    town's report; the Kurds' taking of Kirkuk province in 2014 told in background to the army's
    taking of Kirkuk city), and stays a region-level event."""
    kept: list[EventMention] = []
    index = Candidates(events, window=WEEK_DAYS)  # every event by type and day
    for e in events:
        holds = None if id(e) in distinct or not e.location else container_test(e.location)
        town = None if holds is None else next((
            t for t in index.near(e) if t is not e and id(t) not in distinct
            and t.location and holds(t.location) and _compatible_anywhere(e, t)
            and _told_near(e, t, told)), None)
        if town is None:
            kept.append(e)
            continue
        location = town.location
        _absorb(town, e)
        index.moved(town)
        town.location = location
    return kept


def _told_near(region: EventMention, town: EventMention, told: dict[int, int] | None) -> bool:
    """Whether a region's telling may be a town event's (:func:`_fold_regions`): both given one
    day, or told at most ``STORY_SENTENCES`` sentences apart (``told``: the last sentence that
    told each; without it, any distance, as before MERGE29)."""
    if region.event_date is not None and region.event_date == town.event_date:
        return True
    if told is None:
        return True
    return abs(told.get(id(region), 0) - told.get(id(town), 0)) <= STORY_SENTENCES


def _meeting_context(events: list[EventMention], meeting_sentences: frozenset[int],
                     sentence_of: dict[int, int] | None = None) -> None:
    """Requests, refusals and agreements take the place and date of the meeting they were made at.

    The place is the meeting's even when the sentence names another one, if the sentence says
    it was at the meeting ("واتفق الطرفان في ختام الاجتماع على تسيير دوريات على طريق تدمر"):
    ``meeting_sentences`` are the starts of sentences with a meeting word. Only a meeting told
    at most ``STORY_SENTENCES`` sentences away (``sentence_of``: mention → its sentence) is the
    one it was made at: a queen's assent or a ministry's request told paragraphs after talks
    elsewhere is another happening.
    """
    meetings = [e for e in events if e.plover == "CONSULT" and not _by_phone(e)]
    if not meetings:
        return
    for e in events:
        if e.plover not in DIPLOMATIC or e.plover == "CONSULT":
            continue
        meeting = min(meetings, key=lambda c: abs(c.sentence_start - e.sentence_start))
        if sentence_of is not None and not _at_meeting(e, meeting, sentence_of):
            continue
        at_meeting = e.sentence_start in meeting_sentences and meeting.location is not None
        if (e.location is None or at_meeting) and meeting.location is not None:
            e.evidence = [ev for ev in e.evidence if ev.field != "location"]
            e.location = meeting.location
            e.evidence.append(Evidence(meeting.sentence_start, meeting.sentence_end, "", "location",
                                       "place:meeting-context"))
        if e.event_date is None and meeting.event_date is not None:
            e.event_date, e.time_precision = meeting.event_date, meeting.time_precision
            e.evidence.append(Evidence(meeting.sentence_start, meeting.sentence_end, "", "event_date",
                                       "date:meeting-context"))


BOTH_SIDES_WORDS = 3  # words after an agreement's trigger where "الطرفان" stands as its subject


def _both_sides(events: list[EventMention], words: Words) -> None:
    """"اجتمع وزير الدفاع مع قائد قسد في دمشق، واتفق الطرفان على وقف إطلاق النار": an agreement
    whose subject is "both sides" (``both_sides`` in granularity.yaml) and that names no party
    of its own is made by the two parties of the meeting told at most ``STORY_SENTENCES``
    sentences before it."""
    both = granularity_cues().both_sides
    meetings = [m for m in events if m.plover == "CONSULT" and m.actor1 and m.actor2]
    if not meetings:
        return
    for e in events:
        if e.plover != "AGREE" or e.actor1 is not None:
            continue
        trigger = next((ev for ev in e.evidence if ev.field == "trigger"), None)
        if trigger is None:
            continue
        first, last = words.index_of(trigger.start, trigger.end)
        hi = min(words.sentence_range(words.words[first].sentence)[1], last + BOTH_SIDES_WORDS)
        k = next((k for k in range(last, hi) if both.match(words.words[k].text)), None)
        if k is None:
            continue
        here = words.sentence_of(e.sentence_start)
        before = [m for m in meetings if m.sentence_start <= e.sentence_start
                  and here - words.sentence_of(m.sentence_start) <= STORY_SENTENCES]
        if not before:
            continue
        meeting = max(before, key=lambda m: m.sentence_start)
        e.actor1, e.actor2 = meeting.actor1, meeting.actor2
        w = words.words[k]
        e.evidence = [ev for ev in e.evidence if ev.field not in ("actor1", "actor2")]
        e.evidence += [Evidence(w.start, w.end, words.doc.text[w.start:w.end], field, "actor:both-sides")
                       for field in ("actor1", "actor2")]


def _at_meeting(e: EventMention, meeting: EventMention, sentence_of: dict[int, int]) -> bool:
    """Whether ``e`` can have been made at ``meeting``: told close to it."""
    here, there = sentence_of.get(id(e)), sentence_of.get(id(meeting))
    return here is not None and there is not None and abs(here - there) <= STORY_SENTENCES


def extract_events(doc: Document, lex: Lexicon | None = None) -> list[EventMention]:
    """Event mentions of one document; adds ``TRIGGER`` spans to it as a side effect."""
    lex = lex or lexicon()
    if not lex.scan(normalize(doc.text).text):  # no trigger, no event: nothing else to read
        return []
    words = Words(doc)
    if not len(words):
        return []
    ann = Annotations(doc, words, lex)
    with item_scope(page_items(doc, words.sentences)):
        return _events(doc, words, ann, lex)


def _events(doc: Document, words: Words, ann: Annotations, lex: Lexicon) -> list[EventMention]:
    drafts = _drafts(doc, words, ann, lex)
    # (a telephone call is no meeting that places or keeps a party-less agreement told around it: INTERACT25)
    meeting_ids = {t.id for t in lex.triggers if t.plover == "CONSULT" and t.mode != PHONE_MODE}
    told = {words.words[words.index_of(t.start, t.end)[0]].sentence
            for t in doc.spans_of("TRIGGER") if t.value in meeting_ids}
    meeting_sentences = frozenset(words.sentences[s + k][0] for s in told for k in range(MEETING_SENTENCES + 1)
                                  if s + k < len(words.sentences))
    events = merge(drafts, meeting_sentences, tuple(sorted(d.span.start for d in ann.dates)))
    events = _fold_weak_days(events, doc, words, ann, drafts)  # DUP10: days set apart only by weak anchors
    apart = compared(drafts, doc.text)  # DUP11: told as another happening than one beside it
    events = fold_contained(fold_one_sentence(events, apart), apart)  # DUP11: tellings that add nothing
    _share_split_days(events, words)  # FIXES22: one trigger's villages, one day
    events = _fold_landmarks(events, words)
    events = _without_protest_demands(events)
    _both_sides(events, words)
    _narrative_place(events, words, lex, {id(d.mention) for d in drafts if d.unplaced})
    _localize_generic(events, doc, words, lambda: _destination_starts(words, ann, lex))
    if len(words.sentences) >= UNPLACED_MIN_SENTENCES:
        events = _without_unplaced(events, doc)
    _following_tolls(events, drafts, doc, words, ann, lex)
    story_days(events, words, ann)  # DATES15: after the folds, undated ones only
    for e in events:
        _taker_type(e)  # an actor1 a join or a referent gave late still decides who took the place
        _typed_once(e)
        _typed_by_sides(e, words, lex)  # TYPES23: an attack with no weapon word, by whom it struck
        if e.actor1 and e.actor2 and _actor_family(e.actor1) == _actor_family(e.actor2):
            e.actor2 = None  # merging may have brought one side twice
            e.evidence = [ev for ev in e.evidence if ev.field != "actor2"]
        named = {a.get("name") for a in (e.actor1, e.actor2) if a}
        for side in ("assoc_actor_1", "assoc_actor_2"):  # "روسيا ... موسكو": one actor, one role
            kept = []
            for a in getattr(e, side):
                if a.get("name") not in named:
                    kept.append(a)
                    named.add(a.get("name"))
            setattr(e, side, kept)
        for ev in e.evidence:  # evidence pointing at another sentence carries its words too
            if not ev.text and ev.end > ev.start:
                ev.text = doc.text[ev.start:ev.end]
        e.notes = summary(e)
    return events


CLASH = ("Battles", "Armed clash")  # ACLED
CIVILIAN_ATTACK = ("Violence against civilians", "Attack")


def _fighting_side(actor: dict[str, Any] | None) -> bool:
    """An armed, organised side (ACLED's armed actor types), not a government's politicians nor
    unknown gunmen (a killing by "مجهولون" is as often an assassination as a fight)."""
    name = str((actor or {}).get("name") or "")
    return (isinstance(actor, dict) and actor.get("type") in ARMED_TYPES
            and not name.startswith(GOVERNMENT) and not name.startswith("Unidentified"))


def _typed_by_sides(e: EventMention, words: Words, lex: Lexicon) -> None:
    """Type an attack its words left untyped (no weapon: "شن هجوماً على مواقع"، "قتل عنصرين من
    قوات النظام"، "اغتيال الصحافي") by whom it struck, as ACLED does (``sides_typing`` in
    triggers.yaml): a civilian target named after the trigger or a civilian actor2 makes it
    Violence against civilians: Attack; an armed target after an assault word, two armed sides,
    or an armed assailant's assault on no one named, Battles: Armed clash. Only once every merge
    is done, only when no telling typed it, never when its sentence tells a remote weapon (shells,
    raids, aircraft: remote violence, which sides do not type); the reason joins the trigger's
    rule (``|typed:by-sides:…``) with the words that gave it."""
    cues = lex.sides_typing
    if e.plover != "ASSAULT" or e.sub_event_type is not None or not cues.triggers:
        return
    k = next((k for k, ev in enumerate(e.evidence) if ev.field == "trigger"
              and cues.triggers & set(re.split(r"[+|]", ev.rule))), None)
    if k is None:
        return
    trigger = e.evidence[k]
    rules = set(re.split(r"[+|]", trigger.rule))
    first, last = words.index_of(trigger.start, trigger.end)
    lo, hi = words.sentence_range(words.words[first].sentence)
    if cues.remote.search(words.joined(lo, hi)):
        return  # shells, raids or aircraft in the sentence: remote violence, not typed by sides
    after = words.joined(first, min(hi, last + cues.window))
    typing, why = None, ""
    if (hit := lex.civilian_targets.search(after)) is not None:
        typing, why = CIVILIAN_ATTACK, f"{SIDES_TYPED}civilian-target:{hit.group().strip()}"
    elif isinstance(e.actor2, dict) and e.actor2.get("type") == "Civilians":
        typing, why = CIVILIAN_ATTACK, f"{SIDES_TYPED}civilian-side"
    elif rules & cues.clash_triggers:
        target = cues.armed_target.search(after) if rules & cues.armed_target_triggers else None
        if target is not None:
            typing, why = CLASH, f"{SIDES_TYPED}armed-target:{target.group().strip()}"
        elif _fighting_side(e.actor1) and _fighting_side(e.actor2):
            typing, why = CLASH, f"{SIDES_TYPED}armed-sides"
        elif rules & cues.armed_target_triggers and _fighting_side(e.actor1) and e.actor2 is None:
            typing, why = CLASH, f"{SIDES_TYPED}armed-assailant"  # "شن التنظيم هجوماً عنيفاً على قرية"
    if typing is not None:
        e.event_type, e.sub_event_type = typing
        _set_rule(e, k, f"{trigger.rule}|{why}")


DEMAND_TYPES = frozenset({"REQUEST", "REJECT"})  # what a crowd demands or refuses as it protests


def _without_protest_demands(events: list[EventMention]) -> list[EventMention]:
    """One happening = one event: what demonstrators demand or refuse is what their protest is
    about, not a request or a refusal of its own ("وخرجت مظاهرات طالبت بخروج المقاتلين من
    المدينة"، "خرجت تظاهرة في مارع وطالب خلالها المتظاهرون الفصائل باستعادة القرى"). A request or
    a refusal told only in a sentence whose protest is told before it is left out; the protest
    event carries the happening (PLOVER PROTEST: a demonstration with its demands)."""
    protests = [ev.start for e in events if e.plover == "PROTEST" for ev in e.evidence if ev.field == "trigger"]
    if not protests:
        return events

    def demand(e: EventMention) -> bool:
        if e.plover not in DEMAND_TYPES:
            return False
        triggers = [ev.start for ev in e.evidence if ev.field == "trigger"]
        return bool(triggers) and all(
            any(e.sentence_start <= p < t for p in protests) and t < e.sentence_end for t in triggers)
    return [e for e in events if not demand(e)]


# a victim only pointed at ("بعد وفاة الشخص"، "إنه قتل") is no toll told on its own
POINTED_VICTIMS = frozenset({"casualty:trigger-definite", "casualty:he-passive"})


def _ruled_out(rule: str, lex: Lexicon) -> bool:
    """Whether a TRIGGER span's rule says a context (a ``filters`` name of context.yaml:
    ``|negated:…``, ``|historical:…``) ruled the trigger out — not the other refinements "|"
    joins to a rule (``|weapon:…``, ``|typed:…``, ``|filter:low-confidence``)."""
    return any(part.split(":", 1)[0] in lex.filters for part in rule.split("|")[1:])


def _following_tolls(events: list[EventMention], drafts: list[Draft], doc: Document, words: Words,
                     ann: Annotations, lex: Lexicon) -> None:
    """A sentence that tells only a toll ("وقتل خمسة مدنيين بينهم طفلان"، "وأفاد ناشطون بمقتل 4
    أشخاص"، "وارتفعت حصيلة القتلى إلى 12 شخصا") right after the one attack of the sentence
    before, or a title telling only a toll before the lead's one attack, gives that attack its
    toll, when the attack has none of its own. Not when the
    sentence holds another happening's words (any trigger but a bare death verb, or one its
    context ruled out: "ونفى الجيش مقتل"), a place that is not the attack's, or a day of its own:
    those tell another happening; nor a toll told for several ("الحصيلة الأولية للهجومين") or
    denied ("ونفى الجيش مقتل"); nor
    one with no death count (a death told without a figure is no 0)."""
    own = {s for d in drafts for s in d.sentences}
    toll_only = {t.id for t in lex.triggers if "death" in t.roles}  # a bare death verb's kinds
    by_sentence: dict[int, list[EventMention]] = {}
    for e in events:
        if e.plover == "ASSAULT":
            for s in {words.sentence_of(ev.start) for ev in e.evidence if ev.field == "event"}:
                by_sentence.setdefault(s, []).append(e)
    if not by_sentence:
        return
    told = {ann.words.sentence_of(c.span.start) for c in ann.casualties}
    headline = _headline(words, doc)
    for sentence in sorted(told - own):
        # a title that tells only a toll ("مقتل 5 مدنيين في سراقب") tells the lead's attack
        before = by_sentence.get(sentence + 1 if sentence == headline else sentence - 1, [])
        if len(before) != 1 or not _toll_untold(before[0]):
            continue
        event = before[0]
        lo, hi = words.sentences[sentence]
        spans = [sp for sp in doc.spans if lo <= sp.start < hi]
        if any(sp.label == "TRIGGER" and (sp.value not in toll_only or _ruled_out(sp.rule, lex))
               and not _named_back(sp, spans, event, doc) for sp in spans):
            continue
        if any(sp.label == "DATE" and isinstance(sp.value, dict) and sp.value.get("date")
               and sp.value.get("date") != event.event_date for sp in spans):
            continue
        if any(sp.label == "PLACE" and isinstance(sp.value, dict)
               and not (event.location and _same_area(sp.value, event.location)) for sp in spans):
            continue
        lo_w, hi_w = words.sentence_range(sentence)
        cues = granularity_cues()
        if any(cues.several_happenings.match(words.words[k].text) or cues.toll_denial.match(words.words[k].text)
               for k in range(lo_w, hi_w)):
            continue
        killed, injured, used = toll(ann, sentence, mine=lambda c: c.span.rule not in POINTED_VICTIMS)
        if not any(c.value.get("kind") == "killed" for c in used):
            continue  # "أسفرت عن مقتل المنفذ وجرح 15": a death told with no count is no 0
        event.fatalities, event.fatalities_max, event.injuries = killed, killed, injured
        kept = [e for e in event.evidence if e.field != "fatalities"]  # a 0 read from damage gives way
        event.evidence = kept + [Evidence(c.span.start, c.span.end, doc.text[c.span.start:c.span.end],
                                          "fatalities", "toll:next-sentence" + _toll_tag(c)) for c in used]


def _named_back(trigger: Span, spans: list[Span], event: EventMention, doc: Document) -> bool:
    """Whether ``trigger`` names ``event`` back inside a toll's frame ("كما تواصلت المواجهات … .
    وعلم المرصد أن عدد قتلى المواجهات , التي بدأت أول من أمس , ارتفع إلى 15" (TOLL14)، "… هجوم
    كيماوي على خان شيخون . وأودى الهجوم بحياة 86 شخصا" (TOLL16)): a happening of the event's
    own kind, told inside the frame (not as its head word) as whose toll it is."""
    lo, hi = next(((e.start, e.end) for e in event.evidence if e.field == "trigger"), (0, 0))
    return any(sp.label == "CASUALTY" and sp.rule in NAMING_FRAMES and sp.start < trigger.start
               and trigger.end <= sp.end for sp in spans) and any(
        t.value == trigger.value for t in doc.within(lo, hi, "TRIGGER"))


def _toll_untold(m: EventMention) -> bool:
    """Whether a mention's sentence told no toll, or only damage ("مخلفة أضرارا مادية . وقتل
    خمسة مدنيين في القصف"): the next sentence's count is its toll."""
    return m.injuries is None and (m.fatalities is None or all(
        e.rule.endswith(DAMAGE_ONLY) for e in m.evidence if e.field == "fatalities"))


UNPLACED_TYPES = frozenset({"ASSAULT", "COERCE"})
UNPLACED_RULE = "generic:unplaced"
UNPLACED_MIN_SENTENCES = 4  # a report, whose context had its chance to place the mention
# a name or a day in the sentence the stages could not resolve ("في شمال إيطاليا"، "الأسبوع
# الماضي") may tie the mention down: it is kept
UNPLACED_KEEP = ("LOC", "PLACE_UNRESOLVED", "DATE")


def _without_unplaced(events: list[EventMention], doc: Document) -> list[EventMention]:
    """Attacks and arrests told with no place, no day and no toll, after every merge has had
    its chance to place them: a happening the schema codes is one a report ties to a date or a
    place ("past events … with a specific date or place are" events); "قتل" or "هجمات" that
    nothing ties down is talk of violence, not an event. A day told but left unresolved (an
    undated page's "أمس") keeps the mention, as does a place name or a date in its sentence
    that no stage could resolve. The trigger's span keeps the reason
    (``|generic:unplaced``). Only in a report of a few sentences: a lone sentence handed in
    without its report (a headline, a quote) has had no context to place it."""
    kept, dropped = [], []
    for e in events:
        if (e.plover in UNPLACED_TYPES and e.location is None and e.event_date is None
                and e.fatalities is None and e.injuries is None
                and not any(ev.field == "event_date" and ev.text for ev in e.evidence)
                and not any(True for _ in doc.within(e.sentence_start, e.sentence_end, *UNPLACED_KEEP))):
            dropped.append(e)
        else:
            kept.append(e)
    mark_dropped(doc, dropped, kept, UNPLACED_RULE)
    return kept


@cache
def _country_names(powers: bool = False) -> dict[str, str]:
    """ISO code → ACLED country name (``country:<ISO>`` rows of ``actors/by_country.tsv``)
    for the countries whose demonym tells where; a power's (روسي) tells who, and is left out
    unless ``powers`` (a demonym qualifying the actor itself: "مواطنين أمريكيين")."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "by_country.tsv").read_text(encoding="utf-8").splitlines():
        key, *rest = line.split("\t")
        if key.startswith("country:") and rest and rest[0].strip() and (powers or "power" not in rest[1:]):
            out[key.removeprefix("country:")] = rest[0].strip()
    return out


def _destination_starts(words: Words, ann: Annotations, lex: Lexicon) -> frozenset[int]:
    """Offsets of the places the text names only as where people fled or forces went ("فروا
    إلى تركيا"، :func:`rasd.events.arguments._destinations`)."""
    by_sentence: dict[int, list[Arg]] = {}
    for p in ann.places:
        by_sentence.setdefault(words.words[p.first].sentence, []).append(p)
    out: set[int] = set()
    for sentence, places in by_sentence.items():
        lo, _ = words.sentence_range(sentence)
        out.update(p.span.start for p in _destinations(words, [(p, "plain") for p in places], lo, lex))
    return frozenset(out)


def _country_context(doc: Document, words: Words, moved: frozenset[int] = frozenset()
                     ) -> tuple[dict[int, Counter[str]], Counter[str]]:
    """The countries each sentence and the whole document are about, by ACLED name.

    Resolved places count for their country (not a movement's destination, ``moved``: those
    who fled to Turkey were not in Turkey when it happened), a place the linker set aside as in a report
    about another country ("report is about Libya") for that country, and every demonym or
    term of :mod:`rasd.kb.country_context` (فلسطيني، الحوثيين) that is not part of an actor
    or source name: "غارات [إسرائيلية]" says who struck, not where.
    """
    per_sentence: dict[int, Counter[str]] = {}
    whole: Counter[str] = Counter()

    def count(offset: int, country: str | None) -> None:
        if country:
            per_sentence.setdefault(words.sentence_of(offset), Counter())[country] += 1
            whole[country] += 1

    for s in doc.spans_of("PLACE"):
        if isinstance(s.value, dict) and s.start not in moved:
            count(s.start, s.value.get("country"))
    for s in doc.spans_of("PLACE_UNRESOLVED"):
        reason = s.value.get("reason", "") if isinstance(s.value, dict) else ""
        if reason.startswith(ABOUT_COUNTRY):
            count(s.start, reason.removeprefix(ABOUT_COUNTRY))
    forms, names = country_forms(), _country_names()
    found = forms.keys() & {w.text for w in words.words}
    if found:
        named = set()  # words inside an actor or source name
        for span in doc.spans_of("ACTOR", "SOURCE"):
            i, j = words.index_of(span.start, span.end)
            named.update(range(i, j))
        for k, w in enumerate(words.words):
            if w.text in found and k not in named:
                count(w.start, names.get(forms[w.text]))
    return per_sentence, whole


def _localize_generic(events: list[EventMention], doc: Document, words: Words,
                      destinations: Callable[[], frozenset[int]] = frozenset) -> None:
    """Civilians, protesters, unidentified gunmen … are named for the country the event
    happens in (ACLED).

    The event's place gives the country. With none, the country its sentence is about (most
    places and demonyms there), else the one the document is about (at least half of all its
    country cues, more than Syria's), else the one its places are in when none is in Syria;
    "(Syria)", the knowledge base's default, stays only when nothing says otherwise
    (:func:`_country_context`, :func:`rasd.kb.actors.localize_actor`).
    """
    if not any(_generic(a) for e in events for a in (e.actor1, e.actor2)):
        return
    moved = destinations()  # read only for a document with a generic actor
    context: tuple[dict[int, Counter[str]], Counter[str]] | None = None
    places: Counter[str | None] | None = None
    for e in events:
        country = e.location.get("country") if e.location else None
        if not country:
            if context is None:
                context = _country_context(doc, words, moved)
            per_sentence, whole = context
            here = per_sentence.get(words.sentence_of(e.sentence_start))
            if here:
                country = here.most_common(1)[0][0]
            elif whole:
                top, n = whole.most_common(1)[0]  # a digest of many stories is about none
                country = top if n > whole["Syria"] and 2 * n >= whole.total() else None
            if not country:  # the places alone, when none of them is in Syria
                if places is None:  # counted once a document (SPEED22): the same for every event
                    places = Counter(s.value.get("country") for s in doc.spans_of("PLACE")
                                     if isinstance(s.value, dict) and s.value.get("kind") != "country"
                                     and s.start not in moved)
                top_place = places.most_common(1)
                country = top_place[0][0] if top_place and not places["Syria"] else None
        e.actor1 = localize_actor(e.actor1, _own_country(e, "actor1", words) or country)
        group = e.actor2
        e.actor2, e.assoc_actor_2 = with_civilians(e.plover, e.actor2, e.assoc_actor_2)
        own = _own_country(e, "actor2", words) or country
        e.actor2 = localize_actor(e.actor2, own)
        if e.assoc_actor_2 and e.assoc_actor_2[0] is group:  # the civilians' group, named alike
            e.assoc_actor_2[0] = localize_actor(group, own)


def _own_country(e: EventMention, field: str, words: Words) -> str | None:
    """The country a demonym right after a generic actor's words names ("مدنيين فلسطينيين"
    killed in Jerusalem are Civilians (Palestine)): it wins over where the event happened."""
    span = next((x for x in e.evidence if x.field == field), None)
    if span is None or span.end <= span.start:
        return None
    _, j = words.index_of(span.start, span.end)
    if j >= len(words.words):
        return None
    text = words.words[j].text
    if text.startswith("و"):  # "القوات الحكومية والروسية": another side, not this one's nationality
        return None
    form = country_forms().get(text)
    # the demonym qualifies the actor's own noun, so a power's names its people too ("مواطنين
    # أمريكيين" killed by Israeli soldiers are Civilians (United States), not (Israel))
    return _country_names(powers=True).get(form) if form else None


def _generic(actor: dict[str, Any] | None) -> bool:
    return bool(actor) and actor.get("id") in _by_country()


def _other_line(text: str, told_end: int, start: int) -> bool:
    """Whether the sentence from ``start`` stands on a line after the one a sentence ending at
    ``told_end`` ends on, and opens it as a headline of its own: a line whose first word is
    joined by و ("وقتل 17 شخصا …") goes on with the story of the line before (PLACES24)."""
    gap = text[told_end:start]
    if "\n" not in gap:
        return False
    line = text[text.rfind("\n", 0, start + 1) + 1:start + 40].lstrip(" -–—•*")
    return not line.startswith("و")


def _narrative_place(events: list[EventMention], words: Words, lex: Lexicon,
                     named_elsewhere: set[int] | frozenset[int] = frozenset()) -> None:
    """A mention with no place of its own happened where the story is told to be happening.

    "واعتقلت ستة أشخاص في البلدة" after a clash in Dhiban, "وأسقطت بعض الصواريخ" after a
    strike on Albukamal: the place of the nearest earlier event of the same family (talks —
    CONSULT, REQUEST, REJECT, AGREE — or the rest) at most ``NARRATIVE_SENTENCES`` sentences
    back, unless the sentence turns to another story ("من جهة أخرى"), and not from the story's
    background (a sentence told as earlier, :func:`rasd.events.when._anterior`). An agreement told after a
    clash did not happen where the clash did. One whose sentence names a place the gazetteer
    does not know (``named_elsewhere``: "في برشلونة" after a London blast) happened there.
    On a chronology (a list page of dated items, :func:`rasd.events.items.dated_item`) each line
    opened without a joined و is a headline of its own: the place of a mention told on an
    earlier line is not lent (PLACES24, ``NARRATIVE_LINES``).
    """
    sentence_of_offset = words.sentence_of
    text = words.doc.text

    def sentence_of(e: EventMention) -> int:
        return sentence_of_offset(e.sentence_start)

    def background_of(sentence: int) -> bool:
        return _anterior(words, sentence, *words.sentence_range(sentence))

    # the sentences each mention is told in (its "event" evidence, which this pass leaves as it
    # is), and the mentions told in each: a mention ``NARRATIVE_SENTENCES`` or fewer back is
    # told in one of the sentences up to the placeless one's (SPEED22; a pass over all else)
    told_in: dict[int, list[int]] = {}
    sentences: list[set[int]] = []
    for e in events:
        if e.location is not None or id(e) in named_elsewhere or _by_phone(e):  # a call has no place
            continue
        here = sentence_of(e)
        lo, hi = words.sentence_range(here)
        if lex.topic_shift.match(words.joined(lo, min(hi, lo + 5))):
            continue
        if not sentences:  # read once a document, when a placeless mention is first met
            for k, p in enumerate(events):
                sentences.append({sentence_of_offset(ev.start) for ev in p.evidence if ev.field == "event"})
                for s in sentences[k]:
                    told_in.setdefault(s, []).append(k)
        near = sorted({k for s in range(here - NARRATIVE_SENTENCES, here + 1) for k in told_in.get(s, ())})
        told = {id(events[k]): max(s for s in sentences[k] if s <= here)
                for k in near if events[k] is not e and events[k].location is not None}
        family = e.plover in DIPLOMATIC  # talks take no battle's place, nor a battle a meeting's
        # the story's background ("وكانت التوترات قد بدأت بعد أن اختطف ... قرب بلدة X") is not
        # where the story goes on: its place is lent only to another background sentence
        background = background_of(here)
        # PLACES24: on a chronology a line is a headline of its own ("05 يناير 2017 م - انفجار
        # … شرقي بغداد .\nالقوات التركية تقتل 38 مسلحا … شمالي سوريا"): no place crosses a line
        # (a ticker's item runs over lines of one story: LISTS18)
        listed = NARRATIVE_LINES and dated_item(e.sentence_start)
        earlier = [p for p in (events[k] for k in near) if id(p) in told and 0 <= here - told[id(p)] <= NARRATIVE_SENTENCES
                   and p.sentence_start <= e.sentence_start and (p.plover in DIPLOMATIC) == family and same_item(p, e)
                   and (background or not background_of(told[id(p)]))
                   and not (listed and _other_line(text, words.sentences[told[id(p)]][1], words.sentences[here][0]))]
        if not earlier:
            continue
        source = max(earlier, key=lambda p: told[id(p)])
        e.location = dict(source.location)
        e.evidence += [Evidence(ev.start, ev.end, ev.text, "location", "place:narrative")
                       for ev in source.evidence if ev.field == "location"][:1]


def context_of(doc: Document) -> list[dict[str, Any]]:
    """Trigger spans with the context that ruled them out (for ``rasd show`` and tests)."""
    return [{"text": doc.span_text(s), "trigger": s.value, "rule": s.rule} for s in doc.spans_of("TRIGGER")]


WEAK_DATE_KINDS = frozenset({"relative", "weekday"})  # DATE kinds counted from the page's day
ANCHOR_RULE = "date:anchor-of-count"  # when.py: a happening counted from ("بعد يومين من الهجوم")
RECENCY_RULE = "date:publication-recency"  # when.py: "مؤخرا" dated by the page's own day


def _weak_date_starts(doc: Document, ann: Annotations) -> tuple[frozenset[int], frozenset[int]]:
    """Offsets of the dates whose day is only as good as the page's anchor, and of those the text
    states outright. A page with no publication date (or only a crawl-day header) resolves
    "أمس" or "الاثنين" against whatever day it finds, so a headline and a body telling one
    happening come out a day or two apart; a day-month date ("15 كانون الثاني") does not move."""
    weak, strong = set(), set()
    for d in ann.dates:
        v = d.span.value or {}
        if v.get("dateline") or v.get("reference") == "dateline" or (
                v.get("kind") in WEAK_DATE_KINDS and not doc.meta.published):
            weak.add(d.span.start)
        elif v.get("kind") == "absolute" and v.get("date"):
            strong.add(d.span.start)
    return frozenset(weak), frozenset(strong)


def _weak_day(m: EventMention, weak: frozenset[int], strong: frozenset[int]) -> bool:
    """Whether a mention's day comes only from weak anchors (:func:`_weak_date_starts`) or the
    page's own print, never from a date the text states outright."""
    dated = [e for e in m.evidence if e.field == "event_date" and e.end > e.start]
    if any(e.start in strong and not e.rule.endswith(PAGE_DATE) for e in dated):
        return False
    return any(e.start in weak or e.rule.endswith(PAGE_DATE) or e.rule == RECENCY_RULE for e in dated)


def _one_story(a: EventMention, b: EventMention, headline: int | None) -> bool:
    """Whether two mentions share what makes them one story beyond type and town: a sentence,
    the headline (a headline names the body's happening), a death toll, or an attacker."""
    sa = {e.start for e in a.evidence if e.field == "event"}
    if sa & {e.start for e in b.evidence if e.field == "event"}:
        return True
    if headline is not None and headline in (a.sentence_start, b.sentence_start):
        return True
    if a.fatalities and a.fatalities == b.fatalities:
        return True
    ka, kb = _actor_family(a.actor1), _actor_family(b.actor1)
    return bool(ka and ka == kb)


def _fold_weak_days(events: list[EventMention], doc: Document, words: Words,
                    ann: Annotations, drafts: list[Draft]) -> list[EventMention]:
    """One happening, one event, when only weak anchors set two of its tellings apart
    (:func:`_weak_days`).

    Two mentions of one type at one town (same place key) whose days differ, both days
    counted from the page's anchor ("أمس" in the headline, "الساعات الأربع والعشرين
    الماضية" in the body, on a page whose only date is a crawl-day header) and no more than
    ``WEEK_DAYS`` apart, are one happening when they also share a sentence, the headline, a
    toll or an attacker. Two days the text states plainly ("15 كانون الثاني"، "في 3 آذار")
    are never folded: those are two happenings."""
    if len(events) < 2:
        return events
    weak, strong = _weak_date_starts(doc, ann)
    apart = {id(d.mention) for d in drafts if d.distinct} | {id(e) for e in events if _counted_from(e)}
    line = _headline(words, doc)
    headline = words.sentences[line][0] if line is not None and line < len(words.sentences) else None
    kept = Kept()  # by type and place key, which a fold requires
    for e in events:
        target = None
        key = (e.plover, place_key(e.location))
        if key[1] and id(e) not in apart:
            target = next((k for k in kept.of_key(key) if id(k) not in apart and same_item(k, e)
                           and (_weak_days(k, e, weak, strong, headline)
                                or _dayless_retelling(k, e, words))), None)
        if target is None:
            kept.keep(e, key)
        elif _bare(target) and not _bare(e):  # the telling with a day or an attacker stands
            kept.replace(target, e, key)
            _absorb(e, target)
        else:
            earlier = (e.event_date, e.time_precision) if (
                e.event_date and target.event_date and e.event_date < target.event_date) else None
            _absorb(target, e)
            if earlier is not None:  # "اليوم" on a crawl-day page is when it was written, at the latest
                target.event_date, target.time_precision = earlier
    return kept.kept


def _weak_days(a: EventMention, b: EventMention, weak: frozenset[int], strong: frozenset[int],
               headline: int | None) -> bool:
    """Whether only weak anchors set the days of two tellings at one town apart: both days
    counted from the page's anchor, at most ``WEEK_DAYS`` apart, the tellings sharing a story
    (:func:`_one_story`) and not telling two tolls (:func:`_other_toll`); or one sentence telling the town twice, one of the two given no day
    at all: with one sub-event type, or a bare word typing it otherwise ("يغتال ... مجزرة")."""
    if a.event_date and b.event_date:
        return (a.event_date != b.event_date and _one_kind(a, b) and not _other_toll(a, b)
                and _weak_day(a, weak, strong) and _weak_day(b, weak, strong)
                and _days_apart(a, b) <= WEEK_DAYS and _one_story(a, b, headline))
    starts = {e.start for e in a.evidence if e.field == "event"}
    if not starts & {e.start for e in b.evidence if e.field == "event"}:
        return False
    if a.event_type and b.event_type and a.event_type != b.event_type:  # "مجزرة" beside "يغتال"
        return (_bare(a) or _bare(b)) and _sides_agree(a, b)
    # two weapons told in one sentence ("الغارات والصواريخ على القابون") are two happenings
    return a.sub_event_type == b.sub_event_type and _one_kind(a, b)


DAYLESS_RULES = frozenset({"date:none"})  # a date rule that found no day and heard of none


def _dayless(m: EventMention, words: Words) -> bool:
    """Whether a mention has no day at all and nothing that says it has one of its own: no date
    was found for it, no rule saw a day told that the page cannot resolve, a cause of another
    happening or a count from one, and its sentence is not told as before the story's time
    ("وكانت القوات قد سيطرت"، "سابقا": :func:`rasd.events.when._anterior`)."""
    if m.event_date is not None:
        return False
    if not {e.rule for e in m.evidence if e.field == "event_date"} <= DAYLESS_RULES:
        return False
    sentence = words.sentence_of(m.sentence_start)
    lo, hi = words.sentence_range(sentence)
    return not _anterior(words, sentence, lo, hi)


def _dayless_retelling(a: EventMention, b: EventMention, words: Words) -> bool:
    """Whether one of two tellings of one type at one town (same place key) has no day at all
    (:func:`_dayless`) while the other is dated: a report that tells a happening with its day
    and names it again without one ("القصف على دوما") has given no reason to read a second
    happening, so the undated telling is the dated one's when they are of one sub-event type
    (where both have one) or one named attacker's (ACLED: one event per day, place and actor
    pair, whatever the weapons), one attacker (:func:`_one_kind`) and tell no two tolls
    (:func:`_other_toll`). A telling the
    time stage marks as before the story's time, of a day it cannot resolve, or counted from
    another happening, keeps its own (see :data:`DAYLESS_RULES`)."""
    if (a.event_date is None) == (b.event_date is None):
        return False
    undated = a if a.event_date is None else b
    if a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type and not (
            _actor_family(a.actor1) and _actor_family(a.actor1) == _actor_family(b.actor1)):
        return False  # an undated shelling by no one named beside a dated air strike: another's
    return _dayless(undated, words) and _one_kind(a, b) and not _other_toll(a, b)


def _counted_from(m: EventMention) -> bool:
    """Whether a mention is told as another happening than one it is counted from ("ضربة مماثلة
    قبل أسبوعين"): its day, even undated, is its own."""
    return any(e.field == "event_date" and e.rule.startswith(ANCHOR_RULE) for e in m.evidence)


def _bare(m: EventMention) -> bool:
    """A telling with neither a day nor an attacker of its own ("مجزرة" beside "يغتال" in one
    headline): nothing in it says it is another happening than the one its sentence tells at
    its town, whatever event type its word alone would give (:func:`_weak_days`)."""
    return not m.event_date and not _actor_family(m.actor1)


def _one_kind(a: EventMention, b: EventMention) -> bool:
    """Whether two tellings of one type can be one happening whatever day each was given: one
    attacker (:func:`_sides_agree`) and one ACLED event type. The sub-event type may differ, a
    headline's "قصف" being the body's air strike; what the mentions compare otherwise is
    :func:`_compatible_anywhere`'s (talks with other parties stay apart)."""
    if a.event_type and b.event_type and a.event_type != b.event_type:
        return False
    if not _sides_agree(a, b):
        return False
    return a.plover not in DIPLOMATIC or _compatible_anywhere(a, replace(b, event_date=a.event_date))


def _days_apart(a: EventMention, b: EventMention) -> int:
    try:
        return abs((Date.fromisoformat(a.event_date) - Date.fromisoformat(b.event_date)).days)
    except (TypeError, ValueError):
        return WEEK_DAYS + 1
