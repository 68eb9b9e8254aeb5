"""Who did it to whom, where, when and with what toll: arguments for one trigger.

Everything is read from other stages' spans (``ACTOR``, ``ORG``, ``PLACE``, ``DATE``,
``CASUALTY``) in the trigger's sentence and, for dates, its context. The rules:

* **actor1 is the one acting** (PLOVER source): the actor after an agent marker (من قبل،
  على يد، من جانب), else the subject right after a verb (VSO) or before it (SVO), else the
  actor that qualifies a noun trigger (غارات إسرائيلية). An actor after a target marker
  (على، ضد، مواقع، عناصر ...) is actor2; "بين X و Y" gives X and Y; "X و Y" in one role
  makes Y an associated actor. Finer cues (``data/events/roles.yaml``, :func:`role_cues`): a
  verbal noun's possessive pronoun (موافقتها، غاراتها) points back to the agreeing subject of
  its clause; a speaker of a report is a party only of speech events; the subject of تعرض, the
  actor after تم + noun and one named after مقتل/أصيب are acted upon; a request noun after a
  receiving verb (رفضت تركيا طلب قسد) is asked by its owner of that verb's subject; in
  diplomatic events the targets inside what is agreed to are not the other party. An actor
  in another clause (past a stop, or a comma and a new clause) is no argument; a verb joined
  by و shares the previous verb's subject; "قصف نفذته قوات النظام" names the agent; the
  genitive of اعتقال/قتال/استهداف undergoes it; "اشتباكات مع X" names the other side; the two
  coordinated subjects of a meeting are its two parties; gunmen of a named group are it.
* **place**: places after an origin marker (من، قادمة من) are not where it happened; a
  region that contains a named town in the same sentence gives way to the town; several
  towns targeted by one attack are several events (:func:`locations`); a movement's
  destinations ("الفرار من داريا إلى إدلب وتركيا") are neither targets nor parties, and with
  nothing else placing the event its origin does (``place:origin-of-movement``).
* **date**: see :mod:`rasd.events.when`.
* **toll**: killed counts in the sentence, never adding a part to the total it breaks down.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import accumulate, pairwise
from math import asin, cos, floor, isfinite, radians, sin, sqrt
from typing import Any

from rasd.datafiles import compile_cue, data_file, data_pattern, load_yaml
from rasd.document import Document, Span
from rasd.events.anaphora import RELATIVES as ANAPHORA_RELATIVES
from rasd.events.anaphora import anaphoric_actors
from rasd.events.detect import Candidate, cue_matches
from rasd.events.interact import (
    call_parties,
    clause_parties,
    discussed_places,
    filed_venue,
    meeting_setting,
    named_venue,
    sanction_target,
    sanction_target_word,
    venue_over_topic,
    visit_destination,
    visited_object,
)
from rasd.events.lexicon import Lexicon, lexicon
from rasd.events.place_clauses import (
    away_from_home,
    chain_container,
    city_country_dateline,
    clause_cues,
    contrast_targets,
    dash_dateline,
    dateline_chain,
    decision_topic,
    distance_reference,
    driven_from,
    each_of,
    envoy_post,
    from_list_types,
    from_settlement,
    in_slogan,
    list_kind,
    located_in,
    marker_words,
    near_from,
    parallel_targets,
    part_from,
    party_between,
    past_contrast,
    people_origin,
    planned_venue,
    reporter_seat,
    round_of_talks,
    route_end,
    street_name,
    taken_from_types,
    talks_venue,
    told_content,
    venue_cues,
)
from rasd.events.roles_announced import RULE as ANNOUNCER_RULE
from rasd.events.roles_announced import announcer
from rasd.events.roles_armies import (
    downed_affiliation,
    far_light_subject,
    localize_bare_armies,
    qualified_bare_army,
)
from rasd.events.roles_civilians import struck_civilians, victim_first
from rasd.events.roles_fights import allied
from rasd.events.roles_frames import opening_target_verb, purpose_object, waging_verb
from rasd.events.roles_owners import target_owner
from rasd.events.roles_rebels import rebels_the_state_fights, repeller_before
from rasd.events.sides import add_implicit_actors, check_sides, has_aircraft
from rasd.events.targets import other_side
from rasd.events.tokens import Words
from rasd.kb.places import TIED_RULE  # the rule a tied settlement is told with, defined once
from rasd.text.normalize import normalize

THEN = frozenset({"ثم", "وثم"})  # a verb after ثم shares the previous verb's subject
OBJECT_WINDOW = 6  # words after a verb where its unmarked object may stand
ACTOR_WINDOW = 18  # words either side of the trigger where its actors are looked for
BETWEEN_SECOND_GAP = 3  # words between the two sides of "بين X ، و Y" across a comma
OWNED_ADJECTIVES = 2  # adjectives between an owned weapon or unit and تابع ل (ACTORS18)
EMBEDDED_WINDOW = 16  # words from "إن X" back from the verb it is the subject of, across a comma
PLACE_WINDOW = 30
# relative pronouns: anaphora's (the singular, the oblique duals) and the nominative duals and
# feminine plurals
RELATIVES = ANAPHORA_RELATIVES | {"اللتان", "اللذان", "اللواتي", "اللاتي"}
REGION_KM = 150  # a named region of a governorate holds the places this near its point (a
# countryside reaches 120 km from its point: eastern Deir ez-Zor countryside to Albu Kamal)
WANTED = frozenset({"ACTOR", "ORG", "SOURCE", "PLACE", "DATE", "CASUALTY"})  # the labels read here
BROAD_PLACES = frozenset({"country", "region", "governorate"})
TOWNS = frozenset({"town", "city", "village"})
# places that are a point, not an area: none of them contains a town (kinds of data/places)
POINTS = frozenset({"district", "airbase", "airport", "base", "camp", "crossing", "mine", "oilfield"})
NEAR_KM = 6.0  # towns closer than this are one town-level location
NEAR_FACILITY_KM = 10.0  # an airport, crossing or base this close to a town is coded to it
EARTH_KM = 6371.0


@dataclass(slots=True)
class Arg:
    """A span from another stage, placed on words."""

    first: int
    last: int
    span: Span
    sentence: int

    @property
    def value(self) -> Any:
        return self.span.value


class Annotations:
    """Other stages' spans of one document, on word indices, by sentence."""

    def __init__(self, doc: Document, words: Words, lex: Lexicon | None = None):
        lex = lex or lexicon()
        self.words = words
        self._by_sentence: dict[int, tuple[list[Arg], dict[int, list[Arg]]]] = {}
        self._windows: dict[tuple[int, int], tuple[list[Arg], list[Arg], list[int] | None, int]] = {}
        self._longest: dict[int, tuple[list[Arg], int]] = {}  # see reaching
        self._sentence_ordered: dict[int, tuple[list[Arg], bool]] = {}  # see before
        self._last_word: dict[tuple[str, int], int] = {}  # see last_word
        # (rule, sentence) → (the actors list it was read from, what the rule found there): a
        # rule's per-sentence reading of the actors, read again only if the actors change
        self.actor_memo: dict[tuple[str, int], tuple[list[Arg], Any]] = {}
        # an outlet is not a party ("رويترز"، "المرصد") nor a place ("مراسل حلب اليوم" is Halab
        # Today's correspondent); a name no list has is an actor only when a word before it says
        # it is an armed group (ميليشيا صقور الصحراء), not any organisation the NER finds
        outlets = [(o.start, o.end) for o in doc.spans_of("SOURCE")]
        in_outlet = _overlap_test(outlets)
        place_starts = {p.start for p in doc.spans_of("PLACE")}
        place_at = {p.start: p.value for p in doc.spans_of("PLACE")}  # "بيروت - لبنان": a masthead
        place_end = {p.start: p.end for p in doc.spans_of("PLACE")}  # PLACE11: "حلب - أستانة - "
        place_start = {p.end: p.start for p in doc.spans_of("PLACE")}
        self.actors = [a for a in self.place_on(doc, "ACTOR")
                       if not in_outlet(a.span.start, a.span.end)
                       and not (a.span.start in place_starts and _after_locative(words, a, lex))]
        taken = {k for a in self.actors for k in range(a.first, a.last)}
        self.actors += [a for a in self.place_on(doc, "ORG")
                        if not any(k in taken for k in range(a.first, a.last))
                        and not in_outlet(a.span.start, a.span.end)
                        and a.first > 0 and any(cue_matches(cue, words.words[a.first - 1].text)
                                                for _, cue in lex.actor_types)]
        self.actors.sort(key=lambda a: a.first)
        # "مسلحين من حزب العمال الكردستاني"، "مسلحي تنظيم داعش": gunmen of a named group are that group
        generic = role_cues().generic_ids
        firsts = {a.first for a in self.actors}
        group_words = role_cues().group_words  # "مسلحون من منظمة حزب العمال الكردستاني" too
        n_words = len(words)
        self.actors = [a for a in self.actors if not (  # the cheap tests on word indices first
            # "مسلحي داعش" owns the name after it; "اختطف مجهولون شاباً" (-ون/-ين: no construct) not
            # "بين الفصائل العسكرية وقوات النظام": a name after و is joined to it, not owned (ACTOR30)
            ((a.last in firsts and not words.words[a.last - 1].text.endswith(("ون", "ين"))
              and not (a.last < n_words and words.words[a.last].text.startswith("و")))
             or (a.last + 1 in firsts and words.words[a.last].text in ("من", "في"))
             or (a.last + 2 in firsts and a.last + 1 < n_words and words.words[a.last].text in ("من", "في")
                 and group_words is not None and bool(group_words.match(words.words[a.last + 1].text))))
            and isinstance(a.span.value, dict) and generic.match(str(a.span.value.get("id") or "")))]
        self.actors = [a for a in self.actors if not qualified_bare_army(words, a)]  # ROLES11
        self.actor_starts = {a.span.start for a in self.actors}
        self.actor_firsts = {a.first for a in self.actors}
        self.breaks: list[int] | None = None  # see _clause_breaks
        self.claims: dict[tuple[int, int, int], tuple[int | None, bool]] = {}  # see _claim_cues
        self.told: dict[int, Any] = {}  # sentence → its casualty counts as events.tolls reads them
        self.fights: dict[str, dict[str, Arg]] = {}  # sides fought, as told so far: events.targets
        self.side_counts: list[tuple[int, str]] | None = None  # (sentence, armed family): events.targets
        self.holders: dict[str | None, Arg] | None = None  # place key → who holds it: events.targets
        self._anaphors: dict[int, list[Arg]] | None = None  # see anaphors
        # "في المدينة", "البلدة": the town already named, not a new place (the story's place is
        # taken later, see build._narrative_place)
        # nor is the city a report was filed from ("بيروت ( رويترز ) - قال ... في عفرين")
        source_starts = sorted(s for s, _e in outlets)
        # the city a report was filed from is kept aside (``filed``): a meeting its own sentence
        # tells and places no other way was held there (interact.filed_venue, DIPLO16)
        self.places: list[Arg] = []
        self.filed: list[Arg] = []
        for p in self.place_on(doc, "PLACE"):
            if (in_outlet(p.span.start, p.span.end)
                    or lex.places["anaphoric"].match(words.joined(p.first, p.last))
                    or _time_zone(doc.text, p.span.start)):
                continue
            if (_filed_from(doc.text, p.span.end, source_starts)
                    or _filed_with_country(doc.text, p.span.end, p.span.value, place_at, place_end, source_starts)
                    or dash_dateline(doc.text, p.span.start, p.span.end, place_starts)):
                self.filed.append(p)
            elif not (round_of_talks(doc.text, p.span.end)  # "أستانة - 6": talks' name
                      or city_country_dateline(doc.text, p.span.end, p.span.value, place_at)
                      or dateline_chain(doc.text, p.span.start, p.span.end, place_end, place_start)):
                self.places.append(p)
        unresolved = self.place_on(doc, "PLACE_UNRESOLVED")
        self.named_places = self.place_on(doc, "PLACE_NAMED")  # "محادثات أستانا" (TALKS13)
        self.places = with_tied_settlements(self.places, unresolved)
        self.actors = localize_bare_armies(words, self.actors, self.places)  # ROLES11
        self.unresolved_firsts: dict[int, list[int]] = {}  # PLACESRC10: names no gazetteer has
        for u in unresolved:
            self.unresolved_firsts.setdefault(u.sentence, []).append(u.first)
        all_dates = [d for d in self.place_on(doc, "DATE") if isinstance(d.value, dict)]
        # the page's own printed date (the time stage marks it ``dateline``) says when the page
        # was written: never an event's day, but what "recently" counts from when no
        # publication date was given
        self.dates = [d for d in all_dates if d.value.get("eventable") and d.value.get("date")
                      and not d.value.get("dateline")]
        self.datelines = [d for d in all_dates if d.value.get("dateline") and d.value.get("date")]
        self.page_date: str | None = self.datelines[0].value["date"] if self.datelines else None
        self.years = [d for d in all_dates if d.value.get("kind") == "year"]  # "في عام 2003"
        # words of any time expression, resolved or not: "تمكنت قوات الحشد ، يوم أمس ، من قتل"
        # sets the day off by commas without opening another clause (see _time_aside)
        self.time_words = {k for d in all_dates for k in range(d.first, d.last)}
        # "بعد أسبوعين من ضربة مماثلة": counted from another happening (see anchored_date)
        self.anchored = [d for d in all_dates if d.value.get("kind") == "anchored"]
        self.casualties = self.place_on(doc, "CASUALTY")
        # What ties a noun to one happening: a toll, a town (not "in Syria"), a day or week
        # (resolved or not: a sentence read alone has no publication date to resolve against).
        towns = [p for p in self.places if isinstance(p.value, dict) and (p.value.get("geo_precision") or 3) <= 2
                 and p.value.get("kind") not in BROAD_PLACES]
        days = [d for d in all_dates
                if d.value.get("kind") in ("absolute", "relative", "weekday")]
        self.anchor_words = {k for group in (towns, days, self.casualties)
                             for a in group for k in range(a.first, a.last)}
        extra = anaphoric_actors(words, self)  # "التنظيم" for داعش: rasd.events.anaphora
        self.add_actors(extra)
        add_implicit_actors(doc, words, self)  # unnamed aircraft: rasd.events.sides

    def add_actors(self, extra: list[Arg]) -> None:
        """Add actors found after the others' (an anaphor, an unnamed aircraft), keeping
        ``actors`` in word order and the ``actor_starts`` / ``actor_firsts`` lookups with it.
        What was remembered from the actors before (claims, sides fought, who holds a place, the
        clause breaks an actor's start cancels) is forgotten, so that nothing read later answers
        from the shorter list (REVIEW13 #9, REVIEW14)."""
        if extra:
            self.actors = sorted([*self.actors, *extra], key=lambda a: a.first)
            self.actor_starts = {a.span.start for a in self.actors}
            self.actor_firsts = {a.first for a in self.actors}
            self.claims.clear()
            self.fights.clear()
            self.side_counts = self.holders = self.breaks = None

    def anaphors(self, sentence: int) -> list[Arg]:
        """"في البلدة"، "داخل المدينة": each bare town noun of ``sentence`` as the town it stands
        for (see :func:`_anaphoric_places`), found once per sentence."""
        if self._anaphors is None:
            self._anaphors = {}
        if sentence not in self._anaphors:
            self._anaphors[sentence] = _anaphoric_places(self.words, self, sentence)
        return self._anaphors[sentence]

    def place_on(self, doc: Document, label: str) -> list[Arg]:
        """The document's ``label`` spans as arguments on word indices (other modules read the
        spans of a label this way too: rasd.events.when)."""
        # in text order (start, then the longer first; added order on ties): the document's
        # index of each label's spans answers without a pass over all its spans
        spans = doc.spans_of(label)
        if not spans:
            return []
        firsts, lasts = self.words.index_of_many([s.start for s in spans], [s.end for s in spans])
        n, ws = len(self.words), self.words.words
        return [Arg(first, last, span, ws[first].sentence)
                for first, last, span in zip(firsts, lasts, spans, strict=True) if first < n]

    def in_sentence(self, group: list[Arg], sentence: int) -> list[Arg]:
        """The args of ``group`` in one sentence, in group order. Each group is indexed by
        sentence once (rules ask for every trigger; the groups do not change once built)."""
        entry = self._by_sentence.get(id(group))
        if entry is None or entry[0] is not group:
            index: dict[int, list[Arg]] = {}
            for a in group:
                index.setdefault(a.sentence, []).append(a)
            entry = self._by_sentence[id(group)] = (group, index)
        return list(entry[1].get(sentence, ()))

    def in_window(self, group: list[Arg], sentence: int, low: int, high: int) -> list[Arg]:
        """The args of ``group`` in one sentence whose first word lies in ``[low, high]``, in
        group order: :meth:`in_sentence` filtered, by a bisect when the sentence's args stand in
        word order (a trigger of a run-on sentence reads its window, not every place of the
        sentence: ROBUST27)."""
        _group, args, firsts, _latest = self._window(group, sentence)
        if firsts is None:
            return [a for a in args if low <= a.first <= high]
        return args[bisect_left(firsts, low):bisect_right(firsts, high)]

    def reaching(self, group: list[Arg], sentence: int, low: int, high: int) -> list[Arg]:
        """The args of ``group`` in one sentence with ``a.last > low`` and ``a.first < high``,
        in group order: :meth:`in_window` on the first words such an arg can have (its group's
        longest arg bounds how far before ``low`` it may start), then the exact test."""
        longest = self._longest.get(id(group))
        if longest is None or longest[0] is not group:
            longest = self._longest[id(group)] = (group, max((a.last - a.first for a in group), default=0))
        return [a for a in self.in_window(group, sentence, low + 1 - longest[1], high - 1)
                if a.last > low and a.first < high]

    def before(self, group: list[Arg], low: int, sentence: int, first: int) -> list[Arg]:
        """The args of ``group`` in sentences ``low..sentence`` whose first word comes before
        ``first``, in group order: each sentence's :meth:`in_window` in turn when the group
        stands in sentence order (a trigger of a run-on sentence reads the actors before it, not
        every actor of the page: SPEED29), else the filter."""
        ordered = self._sentence_ordered.get(id(group))
        if ordered is None or ordered[0] is not group:
            ordered = self._sentence_ordered[id(group)] = (
                group, all(a.sentence <= b.sentence for a, b in pairwise(group)))
        if not ordered[1]:
            return [a for a in group if low <= a.sentence <= sentence and a.first < first]
        out: list[Arg] = []
        for s in range(max(low, 0), sentence + 1):
            out += self.in_window(group, s, -1, first - 1)
        return out

    def last_word(self, name: str, sentence: int, test: Callable[[str], object]) -> int:
        """The index of the last word of ``sentence`` whose text ``test`` accepts (-1: none),
        found once per sentence for the cue ``name``: a rule asking whether such a word stands
        after its trigger, or anywhere in its sentence, compares its own index with it instead of
        scanning the sentence for each trigger (REVIEW29: a run-on sentence of killings)."""
        key = (name, sentence)
        k = self._last_word.get(key)
        if k is None:
            lo, hi = self.words.sentence_range(sentence)
            texts = self.words.texts
            k = self._last_word[key] = next((k for k in range(hi - 1, lo - 1, -1) if test(texts[k])), -1)
        return k

    def last_first(self, group: list[Arg], sentence: int) -> int:
        """The largest first word of ``group``'s args in one sentence, or -1 (none)."""
        return self._window(group, sentence)[3]

    def _window(self, group: list[Arg], sentence: int) -> tuple[list[Arg], list[Arg], list[int] | None, int]:
        key = (id(group), sentence)
        entry = self._windows.get(key)
        if entry is None or entry[0] is not group:
            args = self.in_sentence(group, sentence)
            firsts = [a.first for a in args]
            ordered = all(x <= y for x, y in pairwise(firsts))
            entry = self._windows[key] = (group, args, firsts if ordered else None, max(firsts, default=-1))
        return entry


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``[start, end)`` overlaps any of ``spans``: the spans opening before ``end``
    are a prefix of them sorted by start, and one of them overlaps when the furthest end
    among them lies after ``start`` (a bisect, not a pass over the spans per question)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    furthest = list(accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)
        return k > 0 and furthest[k - 1] > start
    return overlaps


def with_tied_settlements(places: list[Arg], unresolved: list[Arg]) -> list[Arg]:
    """``places`` with each settlement the gazetteer lacks that the text ties to a resolved
    place ("قرية الزعفرانية الغربية بريف حماة الشمالي"; the places stage gives its
    ``PLACE_UNRESOLVED`` span a ``place``, see :func:`rasd.kb.places.tied_place`) as a place of
    its own, in text order: an event there is placed in the village by the name the report
    gives it, not in the region around it."""
    tied = [Arg(u.first, u.last, Span(u.span.start, u.span.end, "PLACE", "events", TIED_RULE,
                                      u.span.value["place"]), u.sentence)
            for u in unresolved if isinstance(u.span.value, dict) and u.span.value.get("place")]
    if not tied:
        return places
    return sorted([*places, *tied], key=lambda a: (a.first, -a.last))


# "الساعة 10:01 (مكة المكرمة)": a clock time's zone in a page header (Al Jazeera prints one on
# every article), not a place of the story
CLOCK_ZONE = re.compile(r"\d{1,2}\s*:\s*\d{2}(?:\s*(?:ص|م|صباحا|مساء|[AaPp]\.?[Mm]\.?))?\s*[(\[]\s*$")


def _time_zone(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is the zone in brackets after a clock time."""
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j] not in "([":  # the cheap test first: most places follow no bracket
        return False
    return bool(CLOCK_ZONE.search(text[max(0, start - 24):start]))


DATELINE_MARKS = frozenset(" ()-–—\"'«»")
DATELINE_GAP = 6  # characters between a dateline's city and the outlet after it


def _filed_from(text: str, end: int, source_starts: list[int]) -> bool:
    """Whether the place ending at ``end`` is a dateline's city: an outlet follows it across
    a bracket or a dash only ("بيروت ( رويترز ) -"، "الناصرة - " القدس العربي " :"). That
    is where the correspondent wrote, not where the happening was (ACLED does not code it)."""
    i = bisect_left(source_starts, end)
    if i == len(source_starts) or source_starts[i] - end > DATELINE_GAP:
        return False
    gap = text[end:source_starts[i]]
    return bool(gap.strip()) and set(gap) <= DATELINE_MARKS


COUNTRY_COMMA = re.compile(r"\s*[,،]\s*")


def _filed_with_country(text: str, end: int, here: object, place_at: dict[int, Any],
                        place_end: dict[int, int], source_starts: list[int]) -> bool:
    """Whether the place ending at ``end`` is a dateline's city told with its country before
    the outlet: "دبي , الإمارات العربية المتحدة ( CNN ) - - قال …" (EXTRAS20). The country after
    the comma must be a country place of the city's own and the outlet must follow it as
    :func:`_filed_from` reads one; a list of towns ("حلب , إدلب ( رويترز )") has no country."""
    m = COUNTRY_COMMA.match(text, end)
    if m is None:
        return False
    k = m.end()
    country = place_at.get(k)
    return (isinstance(country, dict) and country.get("kind") == "country" and isinstance(here, dict)
            and here.get("kind") != "country" and bool(country.get("country"))
            and country.get("country") == here.get("country")
            and _filed_from(text, place_end[k], source_starts))


ANAPHOR_STEMS = ("مدينه", "بلده", "قريه")
ANAPHOR_RULE = "place:anaphora"


def _anaphoric_places(words: Words, ann: Annotations, sentence: int) -> list[Arg]:
    """The bare town nouns of a sentence after a locative ("حملة مداهمات في البلدة وفي قرية X")
    read as the town named last before them, in that sentence or the ``anaphor_sentences``
    before it: the place told last if it is a town, else the last town named with the same
    noun (بلدة الصنمين في ريف درعا … البلدة), never one things came from ("تعزيزات من الميادين"). Not a noun with an adjective of its own ("المدينة القديمة"، "المدينة الصناعية")."""
    cues = role_cues()
    if cues.anaphor_nouns is None or cues.anaphor_before is None:
        return []
    lo, hi = words.sentence_range(sentence)
    ws = words.words
    hits = [k for k, text in enumerate(words.texts[lo:hi], lo)
            if text.endswith(ANAPHOR_STEMS) and cues.anaphor_nouns.match(text)]
    if not hits:
        return []
    out: list[Arg] = []
    origin = lexicon().places["origin"]  # a place things came from is not the story's town
    for k in hits:
        w = ws[k].text
        if not (w.startswith(("ب", "وب", "في", "وفي", "فب", "لل", "ولل")) or (
                k > lo and cues.anaphor_before.match(ws[k - 1].text))):
            continue
        if k + 1 < hi and cues.anaphor_not_after is not None and cues.anaphor_not_after.match(ws[k + 1].text):
            continue
        stem = next(t for t in ANAPHOR_STEMS if w.endswith(t))
        told = [p for s in range(max(0, sentence - cues.anaphor_sentences), sentence + 1)
                for p in ann.in_sentence(ann.places, s)
                if p.last <= k and isinstance(p.value, dict) and p.value.get("kind") != "country"
                and not any(cue_matches(origin, ws[j].text)  # "من الميادين"، "من بلدة الحراك"
                            for j in (p.first - 1, p.first - 2) if j >= 0)]
        ends = {p.last for p in told}  # "بلدة الحراك شرق درعا": a place right after another says
        every = told  # what the reference points below are reckoned from (PLACE10)
        told = [p for p in told if p.first not in ends]  # where that one is; it is not told itself
        # nor is one told as a reference point ("قرية الملح شمال غرب كركوك ( 225 كم شمال شرق
        # بغداد ) ... على مقربة من القرية": the village is near Kirkuk, not Baghdad), even when
        # the place it is reckoned from was just dropped as where another lies
        told = [p for p in told if not _reference_point(words, p, every, cues)]
        named = [p for p in told if p.value.get("kind") in TOWNS and (ws[p.first].text.endswith(stem) or (
            p.first > 0 and ws[p.first - 1].text.endswith(stem)))]
        # the place told last when it is a town ("في مدينة السلمية ... في طرطوس أثناء تجواله في
        # أسواق المدينة": Tartus); past a region ("بلدة الصنمين في ريف درعا ... في البلدة") the
        # town last named with the same noun
        last = told[-1] if told and told[-1].value.get("kind") in TOWNS else None
        town = last or (named[-1] if named else None)
        if town is None:
            continue
        span = Span(ws[k].start, ws[k].end, "PLACE", "events", ANAPHOR_RULE, town.value)
        out.append(Arg(k, k + 1, span, sentence))
    return out


def _after_locative(words: Words, arg: Arg, lex: Lexicon) -> bool:
    """A state's name used as a place ("على الحدود مع تركيا"، "في سوريا") is not a party."""
    if arg.first == 0:
        return False
    before = words.words[arg.first - 1].text
    return cue_matches(lex.places["locative"], before) or (before in ("مع", "من") and arg.first > 1 and (
        words.words[arg.first - 2].text in ("الحدود", "حدود", "الحدوديه")))


def year_only(ann: Annotations, cand: Candidate, window: int = 8) -> bool:
    """A bare year next to the trigger and no day in its sentence: history ("للقتال مع
    المقاومة العراقية في عام 2003"), not a happening with a date."""
    if not any(abs(y.first - cand.first) <= window for y in ann.in_sentence(ann.years, cand.sentence)):
        return False
    return not ann.in_sentence(ann.dates, cand.sentence)


def actor_value(arg: Arg, words: Words, lex: Lexicon) -> dict[str, Any]:
    """The schema actor of an ACTOR span, or an unknown actor (id null) from an ORG name.

    An unknown name is typed when the word before it says what it is (ميليشيا، فصيل ...).
    """
    if arg.span.label == "ACTOR" and isinstance(arg.value, dict):
        return dict(arg.value)
    name = words.doc.text[arg.span.start:arg.span.end]
    before = words.words[arg.first - 1].text if arg.first > 0 else ""
    kind = next((t for t, cue in lex.actor_types if cue_matches(cue, before)), None)
    return {"id": None, "name": name, "name_ar": name, "type": kind, "country": None}


@dataclass(frozen=True, slots=True)
class RoleCues:
    """The actor-role cues of ``data/events/roles.yaml``, compiled on normalised spelling."""

    speech_types: frozenset[str]
    diplomatic_types: frozenset[str]
    complementizer: re.Pattern[str]
    complementizer_pronoun: re.Pattern[str]
    possessive_agent_types: frozenset[str]
    agent_nouns: re.Pattern[str]
    reporting: re.Pattern[str]
    oblique: re.Pattern[str]
    passive_light: re.Pattern[str]
    passive_aux: re.Pattern[str]
    governing: re.Pattern[str]
    possessive: tuple[tuple[str, frozenset[str]], ...]  # (pronoun, head classes), longest first
    heads: tuple[tuple[str, re.Pattern[str]], ...]
    member_heads: re.Pattern[str]
    people: re.Pattern[str]
    request_receivers: re.Pattern[str]
    proposal_nouns: re.Pattern[str]
    clause_openers: re.Pattern[str]
    clause_breaks: re.Pattern[str]
    object_nouns: re.Pattern[str]
    cause_words: re.Pattern[str]
    generic_ids: re.Pattern[str]
    continuers: re.Pattern[str]
    agent_lam: re.Pattern[str]
    verb_like: re.Pattern[str]
    victim_words: re.Pattern[str]
    victim_window: int
    receiver_window: int
    light_subject_gap: int
    noun_subject_gap: int
    between: re.Pattern[str]
    between_window: int
    claim_types: frozenset[str] = frozenset()
    claim_verbs: re.Pattern[str] | None = None
    claim_nouns: re.Pattern[str] | None = None
    adopt_verbs: re.Pattern[str] | None = None
    claim_objects: re.Pattern[str] | None = None
    claim_negators: re.Pattern[str] | None = None
    claim_verb_gap: int = 5
    claim_gap: int = 3
    date_cause_words: re.Pattern[str] | None = None
    date_cause_gap: int = 1
    date_consequence_window: int = 8
    date_consequence: re.Pattern[str] | None = None
    locative_words: re.Pattern[str] | None = None
    place_nouns: re.Pattern[str] | None = None
    settlement_nouns: re.Pattern[str] | None = None
    settlement_target_words: re.Pattern[str] | None = None
    clause_breaks_bare: re.Pattern[str] | None = None
    continuation_openers: re.Pattern[str] | None = None
    list_verb_short: re.Pattern[str] | None = None
    list_verb_next: re.Pattern[str] | None = None
    list_verb_feminine: re.Pattern[str] | None = None
    list_verb_not: re.Pattern[str] | None = None
    destination: re.Pattern[str] | None = None
    destination_window: int = 3
    leaving: re.Pattern[str] | None = None
    leaving_window: int = 8
    transfer: re.Pattern[str] | None = None  # PLACE28: "واقتيد إلى دمشق": taken there after it
    transfer_kept_types: frozenset[str] = frozenset()
    vso_openers: re.Pattern[str] | None = None
    died_verbs: re.Pattern[str] | None = None
    svo_not_subject: re.Pattern[str] | None = None
    svo_subject_words: int = 4
    passive_prone: re.Pattern[str] | None = None
    passive_heads: re.Pattern[str] | None = None
    no_object: re.Pattern[str] | None = None
    stance_verbs: re.Pattern[str] | None = None
    counterpart: re.Pattern[str] | None = None
    possessed_office: re.Pattern[str] | None = None
    blown_up: re.Pattern[str] | None = None  # "تفجير طائرة روسية": the aircraft is what blew up
    hedge_opener: re.Pattern[str] | None = None
    hedges: re.Pattern[str] | None = None
    group_words: re.Pattern[str] | None = None
    weapon_nouns: re.Pattern[str] | None = None
    weapon_adjectives: re.Pattern[str] | None = None
    attack_adjectives: re.Pattern[str] | None = None
    not_adjectives: re.Pattern[str] | None = None
    owner_adjectives: int = 1
    allegiance: re.Pattern[str] | None = None
    allegiance_with_lam: re.Pattern[str] | None = None
    agent_words: re.Pattern[str] | None = None
    chain_words: re.Pattern[str] | None = None
    chain_complementizer: re.Pattern[str] | None = None
    object_case: re.Pattern[str] | None = None
    object_case_not: re.Pattern[str] | None = None
    anaphor_nouns: re.Pattern[str] | None = None
    anaphor_before: re.Pattern[str] | None = None
    anaphor_not_after: re.Pattern[str] | None = None
    anaphor_sentences: int = 3
    fallen_state: bool = False
    reference_point: re.Pattern[str] | None = None
    reference_gap: re.Pattern[str] | None = None
    reference_gap_words: int = 5
    village_split_most: int = 15
    relative_agent_verbs: re.Pattern[str] | None = None
    demonstratives: re.Pattern[str] | None = None
    demonstrative_heads: re.Pattern[str] | None = None
    demonstrative_sentences: int = 2
    home_nouns: re.Pattern[str] | None = None
    party_gap: int = 3
    party_fillers: re.Pattern[str] | None = None
    party_nouns: re.Pattern[str] | None = None
    meeting_possessed: re.Pattern[str] | None = None
    outcome_frames: re.Pattern[str] | None = None
    capital_words: re.Pattern[str] | None = None
    title_words: re.Pattern[str] | None = None
    title_window: int = 2
    visit_here: re.Pattern[str] | None = None
    visit_words: re.Pattern[str] | None = None
    visit_window: int = 3
    visit_sentences: int = 3
    speaker_titles: re.Pattern[str] | None = None
    command_heads: re.Pattern[str] | None = None
    loser_kinds: frozenset[str] = frozenset()
    between_places: re.Pattern[str] | None = None
    capture_purpose: re.Pattern[str] | None = None
    support_words: re.Pattern[str] | None = None
    support_window: int = 4
    force_nouns: re.Pattern[str] | None = None
    taker_words: re.Pattern[str] | None = None
    controller_cues: re.Pattern[str] | None = None
    controller_verbs: re.Pattern[str] | None = None
    controller_place_gap: int = 8
    intercept_kinds: frozenset[str] = frozenset()
    loser_nouns: re.Pattern[str] | None = None
    loser_not_before: re.Pattern[str] | None = None


@cache
def role_cues() -> RoleCues:
    """Load ``roles.yaml`` once."""
    data = data_file("rasd.data.events", "roles.yaml")

    def rx(key: str) -> re.Pattern[str]:
        return data_pattern("roles.yaml", key)

    pronouns = sorted(((normalize(p).text, frozenset(c)) for p, c in data["possessive"].items()),
                      key=lambda x: -len(x[0]))
    return RoleCues(
        speech_types=frozenset(data["speech_types"]), diplomatic_types=frozenset(data["diplomatic_types"]),
        complementizer=rx("complementizer"), complementizer_pronoun=rx("complementizer_pronoun"),
        possessive_agent_types=frozenset(data["possessive_agent_types"]), agent_nouns=rx("agent_nouns"), reporting=rx("reporting"), oblique=rx("oblique"),
        passive_light=rx("passive_light"), passive_aux=rx("passive_aux"), governing=rx("governing"),
        possessive=tuple(pronouns),
        heads=tuple((k, compile_cue(v, f"roles.yaml: heads {k!r}")) for k, v in data["heads"].items()),
        member_heads=rx("member_heads"), people=rx("people"), request_receivers=rx("request_receivers"),
        proposal_nouns=rx("proposal_nouns"), clause_openers=rx("clause_openers"),
        clause_breaks=rx("clause_breaks"), object_nouns=rx("object_nouns"),
        cause_words=rx("cause_words"), generic_ids=re.compile(data["generic_ids"]), continuers=rx("continuers"),
        agent_lam=rx("agent_lam"), verb_like=rx("verb_like"), victim_words=rx("victim_words"),
        victim_window=int(data["victim_window"]),
        receiver_window=int(data["receiver_window"]), light_subject_gap=int(data["light_subject_gap"]),
        noun_subject_gap=int(data["noun_subject_gap"]),
        between=rx("between"), between_window=int(data["between_window"]),
        claim_types=frozenset(data["claim_types"]), claim_verbs=rx("claim_verbs"),
        claim_nouns=rx("claim_nouns"), adopt_verbs=rx("adopt_verbs"),
        claim_objects=rx("claim_objects"), claim_negators=rx("claim_negators"),
        claim_verb_gap=int(data["claim_verb_gap"]), claim_gap=int(data["claim_gap"]),
        date_cause_words=rx("date_cause_words"), date_cause_gap=int(data["date_cause_gap"]),
        date_consequence=rx("date_consequence"),
        locative_words=rx("locative_words"), place_nouns=rx("place_nouns"),
        settlement_nouns=rx("settlement_nouns"), settlement_target_words=rx("settlement_target_words"),
        clause_breaks_bare=rx("clause_breaks_bare"), continuation_openers=rx("continuation_openers"),
        date_consequence_window=int(data["date_consequence_window"]),
        list_verb_short=rx("list_verb_short"), list_verb_next=rx("list_verb_next"),
        list_verb_feminine=rx("list_verb_feminine"), list_verb_not=rx("list_verb_not"),
        destination=rx("destination"), destination_window=int(data["destination_window"]),
        leaving=rx("leaving"), leaving_window=int(data["leaving_window"]),
        transfer=rx("transfer"), transfer_kept_types=frozenset(data.get("transfer_kept_types", ())),
        vso_openers=rx("vso_openers"), died_verbs=rx("died_verbs"),
        svo_not_subject=rx("svo_not_subject"), svo_subject_words=int(data["svo_subject_words"]),
        passive_prone=rx("passive_prone"), passive_heads=rx("passive_heads"), no_object=rx("no_object"),
        stance_verbs=rx("stance_verbs"), counterpart=rx("counterpart"),
        possessed_office=rx("possessed_office"), blown_up=rx("blown_up"),
        hedge_opener=rx("hedge_opener"), hedges=rx("hedges"), group_words=rx("group_words"),
        weapon_nouns=rx("weapon_nouns"), weapon_adjectives=rx("weapon_adjectives"),
        attack_adjectives=rx("attack_adjectives"), not_adjectives=rx("not_adjectives"),
        owner_adjectives=int(data["owner_adjectives"]),
        allegiance=rx("allegiance"), allegiance_with_lam=rx("allegiance_with_lam"), agent_words=rx("agent_words"),
        chain_words=rx("chain_words"), chain_complementizer=rx("chain_complementizer"),
        object_case=rx("object_case"), object_case_not=rx("object_case_not"),
        anaphor_nouns=rx("anaphor_nouns"), anaphor_before=rx("anaphor_before"),
        anaphor_not_after=rx("anaphor_not_after"), anaphor_sentences=int(data["anaphor_sentences"]),
        reference_point=rx("reference_point"), reference_gap=rx("reference_gap"),
        reference_gap_words=int(data["reference_gap_words"]),
        village_split_most=int(data["village_split_most"]),
        relative_agent_verbs=rx("relative_agent_verbs"),
        demonstratives=rx("demonstratives"), demonstrative_heads=rx("demonstrative_heads"),
        demonstrative_sentences=int(data["demonstrative_sentences"]),
        home_nouns=rx("home_nouns"),
        fallen_state=bool(data.get("fallen_state")),
        party_gap=int(data["party_gap"]), party_fillers=rx("party_fillers"), party_nouns=rx("party_nouns"),
        meeting_possessed=rx("meeting_possessed"), outcome_frames=rx("outcome_frames"),
        capital_words=rx("capital_words"), title_words=rx("title_words"), title_window=int(data["title_window"]),
        visit_here=rx("visit_here"), visit_words=rx("visit_words"), visit_window=int(data["visit_window"]),
        visit_sentences=int(data["visit_sentences"]), speaker_titles=rx("speaker_titles"),
        command_heads=rx("command_heads"),
        loser_kinds=frozenset(data.get("loser_kinds") or ()), loser_nouns=rx("loser_nouns"),
        capture_purpose=rx("capture_purpose"), between_places=rx("between_places"), support_words=rx("support_words"), support_window=int(data["support_window"]),
        force_nouns=rx("force_nouns"), taker_words=rx("taker_words"),
        controller_cues=rx("controller_cues"), controller_verbs=rx("controller_verbs"),
        controller_place_gap=int(data["controller_place_gap"]),
        loser_not_before=rx("loser_not_before"), intercept_kinds=frozenset(data.get("intercept_kinds") or ()),
    )


def claimant(words: Words, ann: Annotations, cand: Candidate, end: int,
             others: Collection[int] = ()) -> Arg | None:
    """The actor who claims an attack told without its attacker, in its sentence or the next
    one: "وأعلن حزب العمال الكردستاني مسؤوليته عن الهجوم"، "وتبنى تنظيم داعش التفجير" (VSO), or
    "حزب العمال الكردستاني أعلن مسؤوليته" (SVO). The verb alone is no cue (أعلنت الوزارة reports):
    the claim noun, or the attacked thing after تبنى, must follow the actor closely, with no
    negator, denial or complementizer between (see ``roles.yaml``, ``claim_*``). ``end`` is
    the word after the attack's trigger group; ``others`` are the first words of the other
    triggers: a claim told after another attack (the next entry of a chronology, "من جهة
    أخرى ...") is that one's."""
    cues = role_cues()
    if cand.plover not in cues.claim_types or cues.claim_verbs is None:
        return None
    for sentence in (cand.sentence, cand.sentence + 1):
        for a in ann.in_sentence(ann.actors, sentence):
            if sentence == cand.sentence and a.first <= cand.last and a.last >= cand.first:
                continue
            verb, after = _claim_cues(words, ann, a, sentence)
            if verb is not None and not any(end <= o < verb for o in others):
                return a
            if after and not any(end <= o < a.first for o in others):
                return a
    return None


def _claim_cues(words: Words, ann: Annotations, a: Arg, sentence: int) -> tuple[int | None, bool]:
    """Whether actor ``a`` claims something, whatever the attack (read once per actor: a page
    of many attacks asks for every one): the word of the claim verb before it (VSO) whose noun
    follows the actor cleanly, else None; and whether a claim verb right after it (SVO) has its
    noun (see :func:`claimant`)."""
    at = (a.first, a.last, sentence)
    if at in ann.claims:
        return ann.claims[at]
    cues = role_cues()
    ws, n = words.words, len(words)
    assert cues.claim_nouns and cues.adopt_verbs and cues.claim_objects and cues.claim_negators \
        and cues.claim_verbs

    def clean(lo: int, hi: int) -> bool:  # words lo..hi-1 hold no negator, stop or other actor
        return all(not cues.claim_negators.match(ws[k].text) and not ws[k].ends_clause
                   and (k == lo or k not in ann.actor_firsts) for k in range(lo, hi)) and (
            lo == 0 or not cues.claim_negators.match(ws[lo - 1].text))

    def follows(start: int, pattern: re.Pattern[str]) -> bool:  # the noun soon after ``start``
        for k in range(start, min(n, start + cues.claim_gap + 1)):
            if pattern.match(ws[k].text):
                return all(k2 not in ann.actor_firsts and not cues.claim_negators.match(ws[k2].text)
                           for k2 in range(start, k)) and not any(ws[k2].ends_clause for k2 in range(start, k))
            if ws[k].ends_clause:
                return False
        return False

    def noun_of(verb: str) -> re.Pattern[str] | None:
        return cues.claim_nouns if cues.claim_verbs.match(verb) else (
            cues.claim_objects if cues.adopt_verbs.match(verb) else None)
    before: int | None = None
    for k in range(a.first - 1, max(-1, a.first - 1 - cues.claim_verb_gap), -1):  # VSO
        if ws[k].sentence != sentence or ws[k].ends_clause:
            break
        noun = noun_of(ws[k].text)
        if noun is not None:
            before = k if clean(k, a.first) and follows(a.last, noun) else None
            break
    after = False
    for k in range(a.last, min(n, a.last + 2)):  # SVO: "الحزب أعلن مسؤوليته"
        if ws[k - 1].ends_clause:
            break
        noun = noun_of(ws[k].text)
        if noun is not None and clean(k, k + 1) and follows(k + 1, noun):
            after = True
            break
    ann.claims[at] = before, after
    return before, after


def _key(actor: dict[str, Any]) -> str:
    return str(actor.get("id") or actor.get("name_ar") or actor.get("name"))


@dataclass(slots=True)
class Roles:
    actor1: Arg | None = None
    actor2: Arg | None = None
    assoc1: list[Arg] | None = None
    assoc2: list[Arg] | None = None
    rule1: str = ""
    rule2: str = ""
    fought: Arg | None = None  # the side named after مع of a fight noun ("اشتباكات مع X")


def _marker(words: Words, arg: Arg, lex: Lexicon, lo: int) -> str | None:
    """Role marker in the two words before an actor (or attached ل/لل).

    "X التابعة لـ Y": Y owns X, so Y acts when X is a weapon or unit (طائرة مسيرة تابعة
    للتحالف) and is acted upon otherwise (مواقع تابعة للنظام).
    """
    before = words.words[arg.first - 1].text if arg.first > lo else ""
    if "affiliation" in lex.roles and cue_matches(lex.roles["affiliation"], before):
        # the owned thing is the noun right before the affiliation word, with two adjectives
        # at most ("طائرة مسيرة تابعة للتحالف"، "الطيران الحربي المروحي التابع للنظام", ACTORS18),
        # not the subject of the clause before it ("استهدفت الطائرات مواقع تابعة للجيش": the
        # positions are the army's)
        owned = [arg.first - 2] if arg.first - 2 >= lo else []
        while owned and len(owned) <= OWNED_ADJECTIVES and owned[-1] - 1 >= lo \
                and _adjective(words.words[owned[-1]].text):
            owned.append(owned[-1] - 1)
        if any(cue_matches(lex.roles["attacker"], words.words[k].text) or _owned_attacker(words.words[k].text)
               for k in owned):
            return "agent"
        allegiance = role_cues().allegiance  # "القوات الموالية للجيش السوري": on its side
        if allegiance is not None and allegiance.match(before) and not before.endswith(("تابع", "تابعه")):
            return None
        forces = role_cues().force_nouns  # "القوات التابعة للنظام": the regime's forces, that side
        if forces is not None and any(forces.match(words.words[k].text) for k in owned):
            return None
        return "target"
    span_text = words.words[arg.first].text
    if span_text.startswith(("لل", "لقوات", "لميليشي", "لمليشي")):
        allegiance = role_cues().allegiance  # "القوات الموالية للجيش السوري": on its side
        if (allegiance is not None and allegiance.match(before)) or _command_of(words, arg, lo):
            return None
        return "target"
    # "شنتها على الأرجح طائرات روسية"، "نفذه مسلحون من منظمة حزب العمال": the marker stands
    # before the actor's whole phrase
    first = _after_adverb(words, _phrase_start(words, arg, role_cues(), lo), lo)
    if _attributed_to(words, first, lo):  # "سيارة مفخخة نسبت إلى تنظيم الدولة": who did it
        return "agent"
    for k in (first - 1, first - 2):
        if k < lo:
            break
        word = words.words[k].text
        if k == first - 1 and role_cues().complementizer.match(word):
            break  # "خلص إلى أن الحكومة استخدمت": the subject of a clause of its own, unmarked
        if k == first - 1 and opening_target_verb(words, k, lo):
            break  # "كما استهدفت قوات النظام بلدة ...": the verb's subject (ROLES12)
        if word.endswith("هما") and len(word) > 4:  # the dual pronoun: نفذهما، شنهما
            word = word[:-2]
        for role in ("agent", "target"):
            if role in lex.roles and cue_matches(lex.roles[role], word):
                return role
        if _target_noun(word) or _accusative_target(word, lex):  # "خطوط إمداد داعش"، "ضد 12 موقعا لتنظيم"
            return "target"
        if word in ("و", "او") or words.words[k].comma:
            break
    return None


def _after_adverb(words: Words, first: int, lo: int) -> int:
    """Where an actor's phrase begins once a hedging adverb right before it is set aside
    (roles.yaml ``hedges``): "شنتها على الأرجح طائرات روسية" — that على marks no target."""
    cues = role_cues()
    if (cues.hedges is not None and cues.hedge_opener is not None and first - 2 >= lo
            and cues.hedges.match(words.words[first - 1].text) and cues.hedge_opener.match(words.words[first - 2].text)):
        return first - 2
    return first


def _adjective(text: str) -> bool:
    """Whether a word reads as an adjective after its noun: a nisba (مدفعي، إسرائيلية) or an
    adjective of a weapon (roles.yaml ``weapon_adjectives``: مسيرة، ملغمة)."""
    cues = role_cues()
    return (len(text) >= 3 and text.endswith(("ي", "يه")) and not text.startswith(("ل", "ب", "و", "ف"))) or (
        cues.weapon_adjectives is not None and bool(cues.weapon_adjectives.match(text)))


def _light_verb_at(words: Words, cand: Candidate, lex: Lexicon, lo: int) -> int | None:
    """Index of the perfect light verb that opens a noun trigger's clause (شنت ... غارات), or of
    a verb of waging a fight ("تخوض القوات ... مواجهات": roles_frames.yaml, for the roles only)."""
    for k in range(cand.first - 1, max(lo, cand.first - lex.light_window) - 1, -1):
        if cue_matches(lex.light_verbs, words.words[k].text) or waging_verb(words.words[k].text):
            return k
        if words.words[k].ends_clause:
            break
    return None


def _other_relative(words: Words, lo: int, hi: int, lex: Lexicon, cues: RoleCues) -> bool:
    """Whether a relative pronoun between words ``lo`` and ``hi`` opens a clause whose verb
    says nothing of who did the happening ("التي أدانها"، "الذي زاره"); a light verb, an
    agentive one ("ارتكبها") or a claim ("الذي أعلن تنظيم داعش مسؤوليته عنه") does."""
    for k in range(lo, hi):
        if words.words[k].text not in RELATIVES or k + 1 >= hi:
            continue
        verb = words.words[k + 1].text
        if cue_matches(lex.light_verbs, verb) or any(
                rx is not None and rx.match(verb)
                for rx in (cues.relative_agent_verbs, cues.claim_verbs, cues.adopt_verbs)):
            continue
        return True
    return False


def _relative_light_verb(words: Words, arg: Arg, lex: Lexicon, cand: Candidate,
                         ann: Annotations | None = None) -> bool:
    """Whether ``arg`` is the subject of "التي/الذي + light verb" after the noun trigger, or of a
    light verb whose pronoun points back to an indefinite noun ("قصف مدفعي نفذته قوات النظام"،
    "هجوم شنته عناصر من ...": Arabic has no relative pronoun after an indefinite noun)."""
    # "نفذتها على الأرجح قوات النظام"، "نفذهما عناصر من حزب العمال": the phrase, then the verb
    k = _after_adverb(words, _phrase_start(words, arg, role_cues(), cand.last), cand.last) - 1
    # "مجزرة خان شيخون التي ارتكبها": the noun's own place does not count in the distance
    named = 0 if ann is None else sum(
        p.last - p.first for p in ann.in_window(ann.places, cand.sentence, cand.last, cand.last) if p.last <= k)
    if k < cand.last or k - cand.last - named > lex.light_window:  # "هجومين نفذهما": right after the noun too
        return False
    verb = words.words[k].text
    agentive = role_cues().relative_agent_verbs
    if not cue_matches(lex.light_verbs, verb) and not (  # the dual pronoun: نفذهما، شنهما
            verb.endswith("هما") and cue_matches(lex.light_verbs, verb[:-2])) and not (
            agentive is not None and agentive.match(verb)):  # "التي ارتكبها النظام"
        return False
    return words.words[k - 1].text in ANAPHORA_RELATIVES or (
        len(verb) >= 4 and verb.endswith(("ه", "ها", "هم", "هما")))


def _blown_up(words: Words, arg: Arg, cand: Candidate, cues: RoleCues) -> bool:
    """"وتفجير طائرة روسية في الجو في أغسطس 2004": aircraft named right after the trigger's
    verb or noun of blowing up (roles.yaml ``blown_up``) are what the bomb destroyed — no side
    that struck from the air, and no side at all (an airliner is not its state's air force)
    (REVIEW23 finding 6)."""
    return (cues.blown_up is not None and cand.first < arg.first == cand.last
            and cues.blown_up.match(words.words[arg.first - 1].text) is not None and has_aircraft(words, arg))


def _backer(words: Words, arg: Arg, cand: Candidate, cues: RoleCues, lo: int) -> bool:
    """"استعادت القوات الكردية مدعومة بغارات جوية لقوات التحالف مدينة سنجار": an actor a few
    words after a word of support (roles.yaml ``support_words``) backs a side of this trigger and
    is no party to it — unless the trigger itself stands between them (the coalition did fly the
    "غارات" of the support phrase)."""
    if cues.support_words is None:
        return False
    for k in range(arg.first - 1, max(lo, arg.first - cues.support_window) - 1, -1):
        if words.words[k].comma or words.words[k].ends_clause:
            return False
        if cues.support_words.match(words.words[k].text):
            return not (k < cand.first < arg.first)
    return False


@cache
def _loser_control() -> frozenset[tuple[str, ...]]:
    """roles.yaml ``loser_control``: two words before an actor that say it lost the place."""
    return frozenset(tuple(normalize(p).text.split()) for p in data_file("rasd.data.events", "roles.yaml")["loser_control"])


def _bystander(words: Words, arg: Arg, lex: Lexicon, lo: int) -> bool:
    """An actor named as who controls the place (الخاضعة لسيطرة X), where a convoy came from
    (شاحنات قادمة من العراق) or who backs a party (الفصائل المدعومة تركيا / من تركيا) takes no
    part in the event."""
    w = [words.words[k].text for k in range(max(lo, arg.first - 2), arg.first)]
    # "تحرير القرى من سيطرة X": X lost it
    if w and cue_matches(lex.roles["bystander"], w[-1]) and tuple(w) not in _loser_control():
        return True

    allegiance = role_cues().allegiance  # "فصائل الجيش الحر المدعومة تركيا / من تركيا": a patron
    with_lam = role_cues().allegiance_with_lam  # "تابع الجيش السوري عملياته": the verb, no patron
    if allegiance is not None and w and not words.words[arg.first].text.startswith("ل") and (
            (allegiance.match(w[-1]) and not (with_lam is not None and with_lam.match(w[-1])))
            or (len(w) == 2 and w[1] == "من" and allegiance.match(w[0]))):
        return True
    return len(w) == 2 and w[1] in ("من", "عبر") and cue_matches(lex.roles["from_place"], w[0])


PASSIVE_MARK = "\u064f"  # damma: قُتل، استُهدف when the outlet vocalises the passive
TANWEEN = "\u064b"  # fathatan: طلباً is a noun


def _head_class(words: Words, arg: Arg, cues: RoleCues) -> str | None:
    """Grammatical class of an actor's name for pronoun agreement (see roles.yaml heads)."""
    text = words.words[arg.first].text
    for form in (text, text[1:] if text.startswith("و") and len(text) > 3 else None):
        if form:
            for name, cue in cues.heads:
                if cue.match(form):
                    return name
    return "feminine" if not text.startswith(("ال", "وال")) else None  # روسيا، ايران: a state


def _possessive(words: Words, cand: Candidate, cues: RoleCues) -> frozenset[str] | None:
    """Head classes the possessive pronoun of a one-word verbal-noun trigger may refer back to
    when that pronoun is the agent (موافقتها، رفضه، مطالبتهم، قصفها لـ ...), else None."""
    if cand.form != "noun" or cand.last - cand.first != 1:
        return None
    w = words.words[cand.first]
    if words.doc.text[w.start:w.end].endswith("ة"):  # مطالبة: the noun, no pronoun
        return None
    pronoun, classes = next(((p, c) for p, c in cues.possessive
                             if w.text.endswith(p) and len(w.text) - len(p) >= 3), ("", None))
    if classes is None:
        return None
    if cand.plover not in cues.possessive_agent_types and not cues.agent_nouns.match(w.text[:-len(pronoun)]):
        after = words.words[cand.last].text if cand.last < len(words) else ""
        if not (after.startswith("ل") and len(after) > 3) or w.sentence != words.words[cand.last].sentence:
            return None
    return classes


def _subject_position(words: Words, arg: Arg, lex: Lexicon, cues: RoleCues, lo: int) -> bool:
    """Whether an actor stands where a clause's subject does: first in its sentence, after a
    complementizer (بأن روسيا) or a verb (أعربت روسيا، لم تقبل موسكو), or before a verb
    (روسيا رفضت)."""
    first = _phrase_start(words, arg, cues, lo)  # قيادات الميليشيات
    if first <= lo:
        return True
    prev = words.words[first - 1].text

    def verb(text: str) -> bool:
        return bool(cues.governing.match(text) or cues.reporting.match(text) or cue_matches(lex.light_verbs, text)
                    or cues.verb_like.match(text))

    if prev == "و" and first - 1 <= lo:
        return True
    if cues.complementizer.match(prev) or cues.complementizer_pronoun.match(prev) or verb(prev):
        return True
    if first - 2 >= lo and words.words[first - 2].text in ("لم", "ولم", "لن", "ولن", "قد", "وقد"):
        return True
    return arg.last < len(words) and not words.words[arg.last - 1].comma and verb(words.words[arg.last].text)


def _antecedent(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon, cues: RoleCues,
                classes: frozenset[str]) -> Arg | None:
    """What a verbal noun's possessive pronoun points back to: the nearest preceding actor that
    agrees with it and is the subject of its clause ("أن روسيا رفضت ...، مع إبداء موافقتها");
    failing that, the subject of the sentence before; failing that, the nearest agreeing actor
    that is not the object of a preposition or the owner of another noun."""
    plain = None
    for sentence in (cand.sentence, cand.sentence - 1):
        if sentence < 0:
            break
        lo, _ = words.sentence_range(sentence)
        pool = [a for a in ann.in_sentence(ann.actors, sentence) if a.last <= cand.first]
        # "قال المسؤول إن لدى موسكو أسبابها لتصعيد هجماتها": an actor of the embedded clause
        # comes before the speaker of the matrix clause
        opener = words.last_hit(cues.complementizer, lo, cand.first)
        for a in reversed(pool):
            if plain is not None and a.first < opener <= plain.first:
                return plain
            cls = _head_class(words, a, cues)
            if cls is not None and cls not in classes:
                continue
            if _bystander(words, a, lex, lo) or _marker(words, a, lex, lo) == "target":
                continue
            if a.first > lo and cues.oblique.match(words.words[a.first - 1].text):
                continue
            if _subject_position(words, a, lex, cues, lo):
                return a
            if sentence == cand.sentence and plain is None:
                plain = a
    return plain


def _phrase_start(words: Words, arg: Arg, cues: RoleCues, lo: int) -> int:
    """Where the noun phrase of an actor begins: a group word (منظمة حزب العمال), the member word
    before it (قيادات الميليشيات) and a partitive before those ("قياديين عسكريين من الحرس
    الثوري"، "مجموعة من عناصر منظمة ..."; people nouns, then من)."""
    first = arg.first
    if first > lo and cues.group_words is not None and cues.group_words.match(words.words[first - 1].text):
        first -= 1  # "مسلحون من منظمة حزب العمال الكردستاني": the group word opens the name
    if first > lo and cues.member_heads.match(words.words[first - 1].text):
        first -= 1  # ... and "مجموعة من عناصر منظمة ..." goes on to the partitive below
    if first - 1 > lo and words.words[first - 1].text in ("من", "ومن"):
        k = first - 2
        while k >= max(lo, first - 4) and (cues.member_heads.match(words.words[k].text)
                                          or cues.people.match(words.words[k].text)):
            k -= 1
        if k < first - 2:
            return k + 1
    return first


def _taken_from(words: Words, arg: Arg, cand: Candidate, cues: RoleCues, lo: int) -> bool:
    """Whether an actor after a capture trigger is the side the place was taken from: its
    phrase follows من, or من + قبضة/يد ("من قبضة التنظيم"), in the trigger's clause, and the
    word before من is no support or origin ("بدعم من التحالف"، "قادمة من")."""
    if cues.loser_nouns is None or cues.loser_not_before is None:
        return False
    k = _phrase_start(words, arg, cues, lo) - 1
    if k > lo and cues.loser_nouns.match(words.words[k].text):
        k -= 1
    if k <= max(lo, cand.last - 1) or words.words[k].text not in ("من", "ومن"):
        return False
    if cues.loser_not_before.match(words.words[k - 1].text):
        return False
    if any(words.words[j].ends_clause for j in range(cand.last - 1, k)):
        return False
    # a trigger that takes no place itself ("هجوما") needs a word of capture before من
    # ("لاستعادة الموصل من"، "لتحرير القرى من سيطرة")
    return cand.kind.id in cues.loser_kinds or (cues.capture_purpose is not None and any(
        cues.capture_purpose.match(words.words[j].text) for j in range(cand.last, k)))


def _fighting_subject(words: Words, free: list[Arg], cand: Candidate, other: Arg, cues: RoleCues,
                      lo: int) -> Arg | None:
    """The side that fought ``other`` in "X ... إثر اشتباكات مع Y": the last actor before the
    clash noun in its sentence that no marker or preposition takes, of another family than Y,
    with no clause end between."""
    other_key = _key(other.value) if isinstance(other.value, dict) else None
    for a in reversed(free):
        if a.last > cand.first or (isinstance(a.value, dict) and _key(a.value) == other_key):
            continue
        if any(words.words[k].ends_clause for k in range(a.last - 1, cand.first)):
            return None
        if not _oblique(words, a, cues, lo):
            return a
    return None


def _same_actor(a: Arg | None, b: Arg) -> bool:
    """Whether two actor arguments name one actor (a title and its name: "الرئيس الروسي
    فلاديمير بوتين")."""
    return a is not None and isinstance(a.value, dict) and isinstance(b.value, dict) and bool(
        a.value.get("id")) and _key(a.value) == _key(b.value)


def _joined_to(words: Words, first: Arg | None, arg: Arg) -> bool:
    """Whether ``arg`` is joined by و to ``first`` right before it ("الجيش السوري والقوات
    الرديفة"، "الجيش السوري وحلفاؤه ، والقوات الرديفة"): one list, one role."""
    if first is None or arg.first < first.last:
        return False
    gap = words.texts[first.last:arg.first]
    return len(gap) <= 2 and (words.texts[arg.first].startswith("و") or (gap and gap[0] == "و")) \
        and not any(words.words[k].ends_clause for k in range(first.last - 1, arg.first))


def _oblique(words: Words, arg: Arg, cues: RoleCues, lo: int) -> bool:
    """Whether an actor's phrase (من قائد فيلق القدس) follows a preposition or another noun
    that owns it."""
    first = _phrase_start(words, arg, cues, lo)
    return first > lo and bool(cues.oblique.match(words.words[first - 1].text))


def _receiver(words: Words, cand: Candidate, cues: RoleCues, lo: int) -> int | None:
    """Index of a verb that receives the request named by ``cand`` (رفضت ... طلب), if any."""
    for k in range(cand.first - 1, max(lo, cand.first - cues.receiver_window) - 1, -1):
        if cues.request_receivers.match(words.words[k].text):
            return k
        if words.words[k].ends_clause or words.words[k].comma:
            return None
    return None


def _victim(words: Words, arg: Arg, cues: RoleCues, lo: int) -> bool:
    """Whether a word of death or injury opens the actor's clause a few words before it."""
    for k in range(arg.first - 1, max(lo, arg.first - cues.victim_window) - 1, -1):
        if words.words[k].ends_clause:
            return False
        if cues.victim_words.match(words.words[k].text):
            return True
    return False


def _died(words: Words, arg: Arg, cand: Candidate, cues: RoleCues) -> bool:
    """Whether the actor is the subject of a word of death or injury between it and a noun
    trigger: "الجنود الأمريكيين لقوا مصرعهم إثر إطلاق نار" — they died in the shooting."""
    k = arg.last  # the verb right after the actor ("قد" may stand between)
    if k < cand.first and words.words[k].text in ("قد", "وقد"):
        k += 1
    return (cues.died_verbs is not None and k < cand.first and bool(cues.died_verbs.match(words.words[k].text))
            and cand.first - k <= 4 and not any(words.words[j].ends_clause or words.words[j].comma
                                                for j in range(arg.last - 1, cand.first - 1)))


def _person_head(words: Words, arg: Arg, cues: RoleCues, lo: int) -> int | None:
    """Index of the person or small-unit noun that heads an actor's phrase ("جندي أمريكي"،
    "عنصر من قسد"، "قيادي في حزب الله"، "عناصر داعش"), or None for an institution or a group."""
    if cues.passive_heads is None:
        return None
    ws = words.words
    if cues.passive_heads.match(ws[arg.first].text):
        return arg.first
    if arg.first - 1 >= lo and cues.passive_heads.match(ws[arg.first - 1].text):
        return arg.first - 1
    first = arg.first  # "إرهابيتان من منظمة حزب العمال": the group word is part of the phrase
    if first - 1 >= lo and cues.group_words is not None and cues.group_words.match(ws[first - 1].text):
        first -= 1
    if first - 2 >= lo and ws[first - 1].text in ("من", "في", "ومن") and cues.passive_heads.match(
            ws[first - 2].text):
        return first - 2
    return None


def _command_of(words: Words, arg: Arg, lo: int) -> bool:
    """Whether an actor with ل follows a noun of a side's command or voice, with one definite
    adjective at most between (roles.yaml ``command_heads``: "القيادة العامة للجيش السوري"): the
    side itself, not a target (ACTORS18)."""
    heads = role_cues().command_heads
    if heads is None:
        return False
    ws = words.words
    for k in (arg.first - 1, arg.first - 2):
        if k < lo or ws[k].comma:
            return False
        if heads.match(ws[k].text):
            return True
        if not ws[k].text.startswith("ال"):
            return False
    return False


def _civilian(arg: Arg) -> bool:
    return isinstance(arg.value, dict) and arg.value.get("type") == "Civilians"


def _passive_by_form(words: Words, cand: Candidate, near: list[Arg], cues: RoleCues, lo: int) -> list[Arg]:
    """The persons who underwent a perfect verb written without vowels that reads as a passive
    (roles.yaml ``passive_prone``): a person-headed party right before it ("جندي أمريكي اعتقل في
    الموصل") or right after it ("اعتقل جندي أمريكي في الموصل"), and no object after — the next
    word is a preposition, a time word or the end of the clause (``no_object``). Empty when the
    verb is not read as a passive."""
    if (cues.passive_prone is None or cues.no_object is None or cand.form != "perfect"
            or cand.last - cand.first != 1 or not cues.passive_prone.match(words.words[cand.first].text)):
        return []
    ws, n = words.words, len(words)

    def no_object(k: int) -> bool:  # nothing that could be an object stands at word k
        return (k >= n or ws[k].sentence != cand.sentence or ws[k - 1].comma or ws[k - 1].ends_clause
                or bool(cues.no_object.match(ws[k].text)))

    for a in near:
        if a.last <= cand.first:  # SVO: the person, then the verb ("قد" may stand between)
            gap = cand.first - a.last
            if (gap == 0 or (gap == 1 and ws[a.last].text in ("قد", "وقد"))) and not ws[a.last - 1].comma:
                head = _person_head(words, a, cues, lo)
                if head is not None and no_object(cand.last) and (
                        head == lo or not cues.oblique.match(ws[head - 1].text)):
                    return [a]
        else:  # VSO: the verb, then the person
            head = _person_head(words, a, cues, lo)  # "اعتقلت شابين": -ين is no passive's subject
            if head == cand.last and no_object(a.last) and not _object_case(words, a, cues):
                return [a]
    return []


def _object_noun_stem(words: Words, cand: Candidate, cues: RoleCues) -> str | None:
    """The one-word noun trigger if it is a verbal noun whose genitive undergoes it (roles.yaml
    ``object_nouns``), without a possessive pronoun it carries ("لاحتجازه" gives "لاحتجاز"), or
    None. A word written with ta marbuta (محاصرة) carries no pronoun."""
    w = words.words[cand.first]
    if cues.object_nouns.match(w.text):
        return w.text
    if words.doc.text[w.start:w.end].endswith("ة"):
        return None
    for p in ("هما", "هم", "ها", "ه"):
        if w.text.endswith(p) and len(w.text) - len(p) >= 3 and cues.object_nouns.match(w.text[:-len(p)]):
            return w.text[:-len(p)]
    return None


def _owner_with_lam(words: Words, arg: Arg, lo: int, cues: RoleCues) -> bool:
    """Whether an actor with ل right after an attack noun (roles.yaml ``agent_nouns``: غارة،
    قصف، هجوم ..., also accusative: قصفا), or after it and at most ``owner_adjectives`` of its
    adjectives (:func:`_attack_adjective`: "بقصف مدفعي للجيش الحر على مواقع قسد"، "بقصف جوي
    مدفعي لقوات النظام"، "غارات مكثفة للطيران الحربي"), owns the attack: "غارة للتحالف" is a
    raid BY the coalition, and who was killed "في غارة للتحالف" was killed by it. Not after a
    verbal noun whose genitive undergoes it ("استهداف لقوات النظام": a target, roles.yaml
    ``object_nouns``)."""
    ws = words.words
    text = ws[arg.first].text
    if not text.startswith("ل") or len(text) < 4:
        return False
    for noun_at in range(arg.first - 1, arg.first - 2 - cues.owner_adjectives, -1):
        if noun_at < lo or ws[noun_at].comma:
            return False
        noun = ws[noun_at].text
        if _attack_noun(noun, cues):
            return all(_attack_adjective(ws[k].text, noun.startswith("ال"), cues) for k in range(noun_at + 1, arg.first))
        if not _attack_adjective(noun, True, cues):
            return False
    return False


def _attack_noun(noun: str, cues: RoleCues) -> bool:
    """An attack noun whose ل-genitive is its agent (``agent_nouns``, also with the accusative
    alif: قصفا، هجوما), or a weapon (``weapon_nouns``); never a verbal noun whose genitive
    undergoes it (``object_nouns``)."""
    if cues.weapon_nouns is not None and cues.weapon_nouns.match(noun):
        return True
    if cues.object_nouns.match(noun):
        return False
    return bool(cues.agent_nouns.match(noun) or (
        noun.endswith("ا") and len(noun) > 3 and cues.agent_nouns.match(noun[:-1])))


def _attack_adjective(word: str, definite: bool, cues: RoleCues) -> bool:
    """An adjective of an attack noun: a nisba (مدفعي، الجوية، صاروخيا; with the article only
    after a ``definite`` noun: "الطيران الحربي للنظام"), a weapon's (``weapon_adjectives``:
    ملغمة) or how hard or new it was (``attack_adjectives``: عنيف، مكثفة); never a particle
    (``not_adjectives``: على)."""
    if cues.not_adjectives is not None and cues.not_adjectives.match(word):
        return False
    if (cues.weapon_adjectives is not None and cues.weapon_adjectives.match(word)) or (
            cues.attack_adjectives is not None and cues.attack_adjectives.match(word)):
        return True
    if definite and word.startswith("ال"):
        word = word[2:]
    return len(word) >= 3 and word.endswith(("ي", "يه", "يا")) and not word.startswith(("ل", "ب", "و", "ف", "ال"))


def _taker(words: Words, cand: Candidate, actors: list[Arg], cues: RoleCues) -> Arg | None:
    """The side a place fell to, named right after a capture trigger that ends on the words
    of control ("أصبحت البلدة تحت سيطرة الجيش"، "سقطت المدينة بيد التنظيم": ``taker_words``):
    the one that took it (actor1), not a bystander that holds a place nearby."""
    if "territory" not in cand.kind.roles or cues.taker_words is None or not cues.taker_words.search(
            words.joined(max(cand.first, cand.last - 2), cand.last)):
        return None
    return next((a for a in actors if a.first == cand.last), None)


def _by_the_hands_of(words: Words, arg: Arg, cand: Candidate, cues: RoleCues, lo: int) -> bool:
    """Whether an actor after على أيدي / بنيران / برصاص (roles.yaml ``agent_words``) did what a
    verb trigger before it tells ("قتل ثلاثة مدنيين على أيدي قوات النظام"): not when another
    cause or attack noun stands between ("قضى 6 بينهم 4 جراء القصف الروسي و2 برصاص حرس
    الحدود": the guards did not shell), nor for أيدي without على ("بعيدا عن أيدي المخابرات")."""
    if cues.agent_words is None or arg.first <= max(lo, cand.last) or cand.form == "noun":
        return False
    ws = words.words
    before = ws[arg.first - 1].text
    if not cues.agent_words.match(before) or (
            before == "ايدي" and not (arg.first - 2 >= lo and ws[arg.first - 2].text in ("علي", "على"))):
        return False
    return not any(cues.cause_words.match(ws[k].text) or cues.agent_nouns.match(ws[k].text)
                   for k in range(cand.last, arg.first - 1))


@cache
def _resumptive_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """roles.yaml ``resumptive_agents`` and ``resumptive_gap``."""
    return data_pattern("roles.yaml", "resumptive_agents"), data_pattern("roles.yaml", "resumptive_gap")


def _resumptive_agent(words: Words, arg: Arg, cand: Candidate, lex: Lexicon, lo: int) -> bool:
    """Whether an actor after the trigger is named as the agent of a clause that points back to
    the attack ("قتل عشرة عناصر في كمين نصبه لهم مقاتلو الجيش الحر"، "سقوط قذائف على الحي مصدرها
    المجموعات المسلحة"): a verb with the attack's pronoun (roles.yaml ``resumptive_agents``, or
    an agent marker of context.yaml such as شنه / نفذه) right before the actor's phrase, or with a
    pronoun of the victims between them (``resumptive_gap``: لهم، عليهم)."""
    if arg.first <= cand.last:
        return False
    agents, gap = _resumptive_cues()
    first = _after_adverb(words, _phrase_start(words, arg, role_cues(), lo), lo)
    k = first - 1
    if k >= lo and gap.match(words.words[k].text):
        k -= 1
    if k < max(lo, cand.last) or any(words.words[j].comma or words.words[j].ends_clause for j in range(k, first - 1)):
        return False
    word = words.words[k].text
    return bool(agents.match(word)) or (k < first - 1 and cue_matches(lex.roles["agent"], word))


def _fallen_side(words: Words, ann: Annotations, cand: Candidate, targets: list[Arg],
                 fought_with: Arg) -> Arg | None:
    """The armed side whose men fell in a fight "with X": a target told in a toll before X
    ("قتل خمسة عناصر من قوات النظام"), of a party type (State forces, a rebel group, a
    militia): the other side of the fight. Civilians who fell in it are its victims, never a
    side."""
    from rasd.events.build import PARTY_TYPES  # (build imports this module)

    tolls = ann.in_sentence(ann.casualties, cand.sentence)
    return next((a for a in targets if a is not fought_with and a.last <= fought_with.first
                 and isinstance(a.value, dict) and a.value.get("type") in PARTY_TYPES
                 and any(c.first <= a.first <= c.last + 3 and not any(
                     words.words[k].comma for k in range(c.last - 1, a.first)) for c in tolls)), None)


def _strike_noun_subject(words: Words, arg: Arg, cand: Candidate, lex: Lexicon, cues: RoleCues) -> bool:
    """Whether an actor qualifies an attack noun that is the subject of the verb trigger:
    "استهدفت غارة إسرائيلية سيارة"، "استهدفت غارة جوية روسية مواقع" — the strike, with its
    demonym, is what struck, so the demonym names the attacker, never the target. The attack
    noun (roles.yaml ``agent_nouns``, not an object noun) stands right after the verb and only
    its adjectives (no target cue) stand between it and the actor."""
    k = cand.last
    if not (k < arg.first <= k + 2 and k < len(words)):
        return False
    head = words.words[k].text
    if not cues.agent_nouns.match(head) or cues.object_nouns.match(head):
        return False
    return not any(words.words[j].comma or cue_matches(lex.roles["target"], words.words[j].text)
                   for j in range(k, arg.first))


def _attack_noun_before(words: Words, arg: Arg, start: int, cues: RoleCues) -> bool:
    """Whether an attack noun (roles.yaml ``agent_nouns``) stands between word ``start`` and an
    actor: "قتل خمسة مدنيين في غارات روسية" — the adjective after the raids is who flew them, not
    one of the killed, as after a word of cause ("جراء غارات روسية")."""
    return any(cues.agent_nouns.match(words.words[k].text) and not cues.object_nouns.match(words.words[k].text)
               for k in range(start, arg.first))


def _qualifier_inside(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon) -> Arg | None:
    """An actor told as an adjective of the trigger's own words ("غارات جوية روسية استهدفت"،
    "انتشار قوة روسية"): the trigger's span, not its surroundings, holds who did it. Only the
    adjectives and forces the actors stage reads as a state's (rule ``actor:qualifier:...``),
    right after the trigger's first word or its adjectives (so not an object: "إسقاط الدفاعات
    السورية طائرة إسرائيلية"، "استهداف مواقع روسية"), not after a marker and not a victim."""
    lo, _hi = words.sentence_range(cand.sentence)
    cues = role_cues()
    if cand.kind.id in cues.intercept_kinds or cues.object_nouns.match(words.words[cand.first].text):
        return None  # "إسقاط طائرة حربية سعودية"، "استهداف قوة روسية": what follows undergoes it
    for a in ann.in_window(ann.actors, cand.sentence, cand.first + 1, cand.last - 1):
        if not (cand.first < a.first < cand.last) or not a.span.rule.startswith("actor:qualifier"):
            continue
        if _marker(words, a, lex, lo) is not None or _victim(words, a, cues, lo) or _died(words, a, cand, cues):
            continue
        if not all(_adjective(words.words[k].text) for k in range(cand.first + 1, a.first)):
            continue  # "إسقاط الدفاعات السورية طائرة إسرائيلية": the object, not the noun's adjective
        return a
    return None


def pledged(words: Words, arg: Arg, cues: RoleCues) -> bool:
    """Whether a word of allegiance follows an actor ("والمسلحين الموالين لها"): it is on
    the side of another actor (roles.yaml ``allegiance``), not a side of its own."""
    return arg.last < len(words) and cues.allegiance is not None and bool(
        cues.allegiance.match(words.words[arg.last].text))


def _joined_by_wa(words: Words, arg: Arg, cues: RoleCues, lo: int) -> bool:
    """Whether an actor's phrase is joined to what comes before by the conjunction و
    ("وعناصر داعش"، "و قسد"، "والجيش")."""
    first = _phrase_start(words, arg, cues, lo)
    text = words.words[first].text
    return (first > lo and words.words[first - 1].text == "و") or (text.startswith("و") and len(text) > 2)


STANCE_TITLE_WORDS = 6  # a title and a name between a verb of judging and the name


def _stance_subject(words: Words, arg: Arg, cues: RoleCues, lo: int) -> bool:
    """Whether an actor is the subject of a verb of judging (أدان، ندد، رحب ...) right before it
    (its title between: "أدانت رئيسة بعثة الأمم المتحدة"، "أدان الأمين العام للأمم المتحدة بان كي
    مون") or right after it: it judges the attack its object names, it did not carry it out."""
    if cues.stance_verbs is None:
        return False
    first = _phrase_start(words, arg, cues, lo)
    # "أدانت رئيسة بعثة الأمم المتحدة"; a name after its holder's title, a comma between or not:
    # "أدان الأمين العام للأمم المتحدة , بان كي مون الهجوم"، "ندد وزير الخارجية الفرنسي جان إيف لودريان"
    for k in range(first - 1, max(lo, first - STANCE_TITLE_WORDS) - 1, -1):
        text = words.words[k].text
        if cues.stance_verbs.match(text):
            return True
        if (words.words[k].comma and k != first - 1) or words.words[k].ends_clause \
                or cues.oblique.match(text) or text in RELATIVES:
            break
    return (arg.last < len(words) and not words.words[arg.last - 1].comma
            and bool(cues.stance_verbs.match(words.words[arg.last].text)))


def _destination_of_movement(words: Words, arg: Arg, cues: RoleCues, lo: int) -> bool:
    """Whether an actor is where people fled or forces went ("الفرار من داريا إلى إدلب وتركيا"،
    "انسحبوا باتجاه مناطق قسد"): no party to the event (roles.yaml ``destination``, ``leaving``).
    The destination word stands at most ``LIST_GAP`` words before it, in the same clause."""
    if cues.destination is None or cues.leaving is None:
        return False
    for m in range(arg.first - 1, max(lo, arg.first - LIST_GAP) - 1, -1):
        w = words.words[m]
        if m < arg.first - 1 and (w.ends_clause or w.comma):
            return False
        if cues.destination.match(w.text):
            return any(cues.leaving.match(words.words[k].text)
                       for k in range(max(lo, m - cues.leaving_window), m))
    return False


def _headline_order(words: Words, cand: Candidate, cues: RoleCues, lo: int) -> bool:
    """Whether a present-tense verb follows its own subject, a noun in the same clause (SVO,
    the order of headlines: "جندي أفغاني يقتل 3 جنود أمريكيين"), so what follows the verb is its
    object. Not a verb that opens its clause ("يقتل الجيش ..."), nor one after a particle, a
    relative pronoun or a time word (roles.yaml ``vso_openers``)."""
    if cand.form != "imperfect" or cand.first <= lo or cues.vso_openers is None:
        return False
    prev = words.words[cand.first - 1]
    if prev.comma or prev.ends_clause or cues.vso_openers.match(prev.text) or prev.text[:1].isdigit():
        return False
    if cues.governing.match(prev.text) or cues.reporting.match(prev.text) or cues.verb_like.match(prev.text):
        return False  # "وتابع تطلب تركيا ...": a verb before it, whose clause the trigger opens
    start = cand.first - 1  # the noun phrase opens its clause ...
    while start > lo and not (words.words[start - 1].comma or words.words[start - 1].ends_clause):
        start -= 1
        if cand.first - start > cues.svo_subject_words:
            return False
    return cues.svo_not_subject is None or not cues.svo_not_subject.match(words.words[start].text)


def _plural_verb(words: Words, cand: Candidate) -> bool:
    """Whether a one-word verb trigger agrees in the plural (perfect -وا, imperfect يـ/تـ ... -ون):
    a verb before its nominal subject stays singular in standard Arabic ("قتل المسلحون"), so an
    actor after a plural verb is its object ("استهدفوا قوات النظام"، "فقتلوا بريطانيا"), and its
    subject stands before it or is the one of the verb it is joined to."""
    if cand.last - cand.first != 1:
        return False
    text = words.words[cand.first].text
    if text.startswith(("و", "ف")) and len(text) > 5:
        text = text[1:]
    if cand.form == "perfect":
        return len(text) >= 4 and text.endswith("وا")
    return cand.form == "imperfect" and len(text) >= 5 and text.startswith(("ي", "ت")) and text.endswith("ون")


def _speaker(words: Words, arg: Arg, cand: Candidate, cues: RoleCues) -> bool:
    """A speaker in the matrix clause of a report ("قالت الوزارة إن مسلحين هاجموا"), when the
    embedded clause has a subject of its own (a bare إن/أن, not أنها)."""
    if arg.last > cand.first:
        return False
    if not any(cues.complementizer.match(words.words[k].text) for k in range(arg.last, cand.first)):
        return False
    near_words = [words.words[k].text for k in (arg.first - 1, arg.first - 2, arg.last) if 0 <= k < len(words)]
    return any(cues.reporting.match(t) for t in near_words)


def _clause_breaks(words: Words, ann: Annotations, cues: RoleCues, lex: Lexicon) -> list[int]:
    """The words after which a new clause begins (see :func:`_other_clause`), in order; found
    once a document from the few words with a comma or a stop after them."""
    if ann.breaks is None:
        starts = ann.actor_firsts
        out = []
        for k in words.marked:
            w = words.words[k]
            if w.ends_clause:
                out.append(k)
            elif k + 1 < len(words) and k + 1 not in starts:
                nxt = words.words[k + 1].text
                if k + 2 in starts and nxt.startswith("و") and (any(  # "، وتنظيم هيئة تحرير الشام"
                        cue_matches(cue, nxt[1:]) for _, cue in lex.actor_types)
                        or cues.member_heads.match(nxt)):  # "من جانب، وعناصر تنظيم داعش"
                    continue
                if (nxt.startswith("و") and len(nxt) > 2 and not cues.continuers.match(nxt)) or (
                        cues.clause_breaks.match(nxt)):
                    out.append(k)
        if cues.clause_breaks_bare is not None:  # "… من عناصر داعش ثم اشتبكت": no comma needed
            nstarts = words._nstarts
            for m in cues.clause_breaks_bare.finditer(words.norm.text):
                k = bisect_left(nstarts, m.start() + 1)  # the word after the space
                if 0 < k < len(nstarts) and nstarts[k] == m.start() + 1:
                    out.append(k - 1)
            out = sorted(set(out))
        ann.breaks = out
    return ann.breaks


def _other_clause(words: Words, ann: Annotations, cand: Candidate, arg: Arg, cues: RoleCues,
                  lex: Lexicon) -> bool:
    """Whether an actor stands in another clause than the trigger: a stop, colon or semicolon
    between them, or a comma followed by a new clause ("قصفت الطائرات الروسية بلدة كفرنبل ،
    وردت هيئة تحرير الشام بقصف مواقع قوات النظام": the regime is the target of the reply, not
    of the Russian strike). A comma before "و + actor" (or "و + تنظيم/حركة ... + actor")
    continues a list of parties, one before "والذي / وهي" goes on describing what stands
    before it."""
    if arg.first >= cand.last:
        lo, hi = cand.last - 1, arg.first - 1
    elif arg.last <= cand.first:
        lo, hi = arg.last - 1, cand.first - 1
    else:
        return False
    breaks = _clause_breaks(words, ann, cues, lex)
    i = bisect_left(breaks, lo)
    return i < len(breaks) and breaks[i] < hi


def _time_aside(words: Words, ann: Annotations, first: int, end: int) -> bool:
    """Whether the commas between a subject ending before word ``first`` and a trigger at
    ``end`` only set off a time ("تمكنت قوات الحشد ، يوم أمس ، من قتل"، "سيطرت قسد ، اليوم
    الجمعة ، على"): every word up to the last comma is a time expression's, and no clause ends."""
    commas = [k for k in range(first - 1, end) if words.words[k].comma]
    if not commas or any(words.words[k].ends_clause for k in range(first - 1, end)):
        return False
    aside = range(first, commas[-1] + 1)
    return len(aside) > 0 and all(k in ann.time_words for k in aside)


def _aside_words(words: Words, ann: Annotations, first: int, end: int) -> int:
    """How many words between ``first`` and ``end`` a time set off by commas takes."""
    if not _time_aside(words, ann, first, end):
        return 0
    return sum(1 for k in range(first, end) if k in ann.time_words)


def _embedded_subject(words: Words, free: list[Arg], cand: Candidate, cues: RoleCues, lo: int) -> Arg | None:
    """The subject of "إن X ... ، <verb>": a long subject after a complementizer is often set off
    from its verb by a comma ("إن مجموعات مسلحة تتحصن في مزارع ريف حمص ، استهدفت مطحنة"); the
    subject-before-verb rule stops at commas, this one crosses a single one. The trigger must
    be the first verb after the comma and no other actor may stand between."""
    pool = [a for a in free if a.last <= cand.first and a.first >= cand.first - EMBEDDED_WINDOW]
    if not pool:
        return None
    a = pool[-1]
    # "إن قوات سوريا الديمقراطية " قسد " ، سيطرت": the short name in quotes repeats the subject
    while (b := next((b for b in pool if b.last == a.first and _key(b.value) == _key(a.value)), None)):
        a = b
    first = _phrase_start(words, a, cues, lo)
    if first <= lo or not cues.complementizer.match(words.words[first - 1].text):
        return None
    gap = range(a.last - 1, cand.first)
    if sum(words.words[k].comma for k in gap) != 1 or any(words.words[k].ends_clause for k in gap):
        return None
    comma = next(k for k in gap if words.words[k].comma)
    return a if comma == cand.first - 1 else None


def _speaker_of_own_act(words: Words, free: list[Arg], cand: Candidate, lex: Lexicon, cues: RoleCues,
                        lo: int) -> Arg | None:
    """The speaker who says he did it: "قال الرئيس المصري، إنه اتفق مع نظيره الروسي" — a verb
    right after a complementizer with a pronoun (إنه، أنها، بأنهم) has as subject the speaker of
    the reporting verb before it (an actor right after or before that verb, agreeing with the
    pronoun), when no actor stands between the speaker and the verb."""
    k = cand.first - 1
    if k <= lo or not cues.complementizer_pronoun.match(words.words[k].text):
        return None
    text = words.words[k].text
    classes = next((c for p, c in cues.possessive if text.endswith(p)), None)
    pool = [a for a in free if a.last <= k and a.first >= k - EMBEDDED_WINDOW]
    if not pool:
        return None
    # the speaker's phrase may be a title and a name ("الرئيس المصري عبد الفتاح السيسي"): the
    # first actor of the run of actors that ends before the complementizer
    a = _first_conjunct(words, pool, pool[-1])
    run = [b for b in pool if b.first >= a.first]
    while True:
        prev = next((b for b in pool if b.last == a.first), None)
        if prev is None:
            break
        a = prev
    if any(words.words[j].ends_clause for j in range(a.last - 1, k)) or len(run) > 3:
        return None
    first = _phrase_start(words, a, cues, lo)
    reports = (first > lo and cues.reporting.match(words.words[first - 1].text)) or (
        a.last < len(words) and cues.reporting.match(words.words[a.last].text))
    cls = _head_class(words, a, cues)
    if not reports or (classes is not None and cls is not None and cls not in classes):
        return None
    return a


def _first_conjunct(words: Words, pool: list[Arg], arg: Arg) -> Arg:
    """The first of "X و Y" standing before a verb ("الروس والأتراك عقدوا"): the subject the
    coordination rule then joins Y to, not Y alone."""
    while arg.first > 0 and (words.words[arg.first].text.startswith("و") or words.words[arg.first - 1].text == "و"):
        end = arg.first - 1 if words.words[arg.first - 1].text == "و" else arg.first
        prev = next((a for a in pool if a.last == end), None)
        if prev is None:
            break
        arg = prev
    return arg


def _coordinated_subject(words: Words, pool: list[Arg], cand: Candidate, lex: Lexicon, cues: RoleCues,
                         lo: int) -> Arg | None:
    """The subject a verb joined by و/ف/ثم shares with the verb before it ("وواجهت وحدات حماية الشعب
    مسلحي التنظيم في أكتوبر وسيطرت على تل كوجر": the YPG took it, not IS): the nearest actor
    before the trigger that stands as a clause's subject, when the trigger has no subject of its
    own right after it. A speaker (قال، أعلن) is not one, nor is anyone past a stop."""
    chained = _chained(words, cand, cues, lo)
    if not words.words[cand.first].text.startswith(("و", "ف")) and not (  # "ثم انسحبوا" too
            cand.first > lo and words.words[cand.first - 1].text in THEN) and not chained:
        return None
    own = cand.first - 1 if chained else cand.first  # "قبل أن": that أن opens no clause of its own
    if any(cand.last <= a.first <= cand.last + 1 and not _object_case(words, a, cues) for a in pool):
        return None
    for a in reversed([a for a in pool if a.last <= cand.first]):
        if any(words.words[k].ends_clause for k in range(a.last - 1, cand.first - 1)):
            return None
        if any(cues.complementizer.match(words.words[k].text) for k in range(a.last, own)):
            return None  # "قالت الوزارة إن ... واعتقلت": the embedded clause has its own subject
        first = _phrase_start(words, a, cues, lo)
        if first > lo and (cues.oblique.match(words.words[first - 1].text)
                           or cues.reporting.match(words.words[first - 1].text)):
            continue
        if _subject_position(words, a, lex, cues, lo) and not (
                a.last < len(words) and cues.reporting.match(words.words[a.last].text)):
            return a
    return None


def retaker(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """Who took back a place a coordinated verb (و/ف) tells with no subject of its own: the
    subject its sentence opens with ("استنفر عناصر التنظيم والثوار ... , واستعادوا السيطرة
    على"), or the one right after a complementizer before the verb ("قال المرصد إن الفصائل
    تقدمت واستعادت"); for a verb that opens its sentence, the subject the sentence before opens
    with. None when the text names no such subject: the unnamed retaker is then the state
    (``build._regained``)."""
    cues = role_cues()
    if not words.words[cand.first].text.startswith(("و", "ف")) or any(
            cand.last <= a.first <= cand.last + 1 for a in ann.in_sentence(ann.actors, cand.sentence)):
        return None
    lo, _ = words.sentence_range(cand.sentence)
    if cand.first == lo and cand.sentence > 0:  # the sentence before, read to its end only
        lo, hi = words.sentence_range(cand.sentence - 1)
        return _opening_subject(words, ann.in_sentence(ann.actors, cand.sentence - 1), cues, lo, hi)
    return _opening_subject(words, [a for a in ann.in_sentence(ann.actors, cand.sentence) if a.last <= cand.first],
                            cues, lo, cand.first)


def _opening_subject(words: Words, pool: list[Arg], cues: RoleCues, lo: int, end: int) -> Arg | None:
    """The subject a clause opens with: an actor first in it or right after its first word (its
    verb). The clause is the last one a complementizer opens before ``end`` with such a subject
    ("إن الفصائل تقدمت"), else the sentence."""
    openers = [k + 1 for k in range(lo, end) if cues.complementizer.match(words.words[k].text)]
    for opener in [*reversed(openers), lo]:
        subject = next((a for a in pool if a.first >= opener and _phrase_start(words, a, cues, opener) - opener <= 1),
                       None)
        if subject is not None:
            return subject
    return None


def _chained(words: Words, cand: Candidate, cues: RoleCues, lo: int) -> bool:
    """Whether the trigger follows "قبل أن"/"بعد أن" ("وداهمت المنازل قبل أن تعتقل شابين"): it
    goes on telling what the subject of the verb before did."""
    k = cand.first
    return (k - 2 >= lo and cues.chain_complementizer is not None and cues.chain_words is not None
            and bool(cues.chain_complementizer.match(words.words[k - 1].text))
            and bool(cues.chain_words.match(words.words[k - 2].text)))


def _object_case(words: Words, arg: Arg, cues: RoleCues) -> bool:
    """Whether an actor's first word is a plural or dual in -ين (شابين، مدنيين، مجهولين): the
    accusative or genitive, never the subject right after a verb (the subject form is -ون/-ان)."""
    if cues.object_case is None or cues.object_case_not is None:
        return False
    w = words.words[arg.first].text
    return bool(cues.object_case.match(w)) and not cues.object_case_not.match(w)


@cache
def _fallen_ids() -> tuple[tuple[str, frozenset[str]], ...]:
    """(from, the state actors that era ends) of each change of regime in the actors data."""
    from rasd.kb.actors import default_kb  # the events stage runs after the actors stage loaded it
    return tuple((str(e["from"]), frozenset(e["map"])) for e in default_kb().eras)


def _fallen(words: Words, ann: Annotations, arg: Arg, cues: RoleCues) -> bool:
    """Whether ``arg`` is a state that had fallen when the report was written ("قوات النظام
    البائد" in a 2025 report: the Assad government ended on 8 December 2024): no party to what
    the report tells, unless its sentence dates it before the fall (history, told as such)."""
    value = arg.value
    if not cues.fallen_state or not isinstance(value, dict):
        return False
    ident = value.get("id")
    eras = _fallen_ids()
    if not any(ident in ids for _start, ids in eras):
        return False
    for start, ids in eras:
        if ident not in ids:
            continue
        written = words.doc.meta.published or ann.page_date or ""
        if written:
            era = written[:len(start)] >= start
        else:  # whether the actors stage saw the era in the document: asked once a document
            era = words.memo.get(("era", start))  # type: ignore[call-overload]
            if era is None:
                mark = f"+era:{start}"
                era = words.memo["era", start] = any(mark in a.span.rule for a in ann.actors)  # type: ignore[index]
        if not era:
            continue
        dated = [d.value.get("date") for d in ann.in_sentence(ann.dates, arg.sentence)]
        dated += [d.value.get("date") for d in ann.in_sentence(ann.years, arg.sentence)]
        if any(isinstance(d, str) and d[:len(start)] < start[:len(d)] for d in dated):
            continue  # "في عام 2013 قصفت قوات النظام البائد ...": told as history
        return True
    return False


def assign_roles(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon) -> Roles:
    """actor1 / actor2 / associated actors for one trigger (rules in the module docstring);
    with no actor1 found, a demonstrative subject ("تلك القوات سيطرت") takes the forces it
    points back to (:func:`_demonstrative_subject`)."""
    roles = _assign_roles(words, ann, cand, lex)
    if cand.plover in ("CONSULT", "AGREE"):
        _interaction_parties(words, ann, cand, lex, roles)
    if cand.plover in role_cues().diplomatic_types:
        _unnamed_subject(words, ann, cand, roles)
    clause_parties(words, ann, cand, roles)  # rasd.events.interact: a meeting's parties in its clause
    call_parties(words, ann, cand, roles)  # rasd.events.interact: a telephone call's two sides
    if roles.actor1 is None:  # "غارات جوية روسية استهدفت": the attack noun's own adjective
        inner = _qualifier_inside(words, ann, cand, lex)
        if inner is not None and (roles.actor2 is None or _key(roles.actor2.value) != _key(inner.value)):
            roles.actor1, roles.rule1 = inner, "actor:qualifies-trigger-noun"
    if roles.actor1 is None and cand.form in ("perfect", "imperfect", "future", "frame", "noun"):
        demo = _demonstrative_subject(words, ann, cand, role_cues())
        if demo is not None and (roles.actor2 is None or _key(roles.actor2.value) != _key(demo.value)):
            roles.actor1, roles.rule1 = demo, "actor:demonstrative-antecedent"
    _downed_qualifier(words, ann, cand, roles)  # "إسقاط طائرة سورية مسيرة": the aircraft's state
    check_sides(words, ann, cand, roles)  # aircraft of the story, not its own state's: events.sides
    _signature_weapon(words, ann, cand, roles)  # "غارات بالبراميل المتفجرة": the side that uses them
    repeller_before(ann, cand, roles)  # "الجيش يصد هجوما للمسلحين": the army was attacked
    other_side(ann, cand, roles)  # a battle told one-sided: the other side of the report's fight
    struck_civilians(ann, cand, roles)  # a strike whose victims are people: the civilians it hit
    rebels_the_state_fights(ann, cand, roles)  # "اشتباكات بين الجيش والمسلحين": the rebels, not unknown men
    return roles


@cache
def _aircraft_cues() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """roles.yaml ``owned_attackers``, ``downed_aircraft`` and ``downed_owner_reach`` (ROLES10)."""
    data = data_file("rasd.data.events", "roles.yaml")
    return (data_pattern("roles.yaml", "owned_attackers"), data_pattern("roles.yaml", "downed_aircraft"),
            int(data.get("downed_owner_reach") or 2))


def _owned_attacker(text: str) -> bool:
    """Whether a noun owned by the actor after an affiliation word is an air arm or a weapon
    that acts ("الطيران الحربي التابع للجيش السوري": the army flew the raid), beyond context.yaml's
    attacker nouns (roles.yaml ``owned_attackers``)."""
    return bool(_aircraft_cues()[0].match(text))


def _downed_owner(words: Words, cand: Candidate, near: list[Arg], marked: dict[int, str | None],
                  cues: RoleCues) -> None:
    """An interception brings down the other side's aircraft: an actor with ل right after the
    downed aircraft and its adjectives ("أعلنت الفصائل إسقاط طائرة حربية للنظام") owns the
    aircraft, so it is acted upon (actor2) — not the owner of an attack noun ("غارة للنظام")
    that :func:`_owner_with_lam` makes an agent. Not for a missile or shell brought down: its
    launcher attacked (roles.yaml ``downed_aircraft``)."""
    if cand.kind.id not in cues.intercept_kinds:
        return
    _owned, aircraft, reach = _aircraft_cues()
    ws = words.words
    for a in near:
        if a.first < cand.last or not ws[a.first].text.startswith("ل") or len(ws[a.first].text) < 4:
            continue
        craft = [k for k in range(cand.first, a.first) if aircraft.match(ws[k].text)]
        if not craft or a.first - craft[-1] - 1 > reach or any(ws[k].comma for k in range(craft[-1], a.first)):
            continue
        if all(_adjective(ws[k].text) or aircraft.match(ws[k].text) or downed_affiliation(words, k, a.first)
               for k in range(craft[-1] + 1, a.first)):  # ROLES11: "طائرة حربية تابعة لقوات النظام"
            marked[id(a)] = "target"


def _downed_qualifier(words: Words, ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """"أعلن الجيش الإسرائيلي إسقاط طائرة سورية مسيرة": the state adjective of the downed
    aircraft in the trigger's own words names its owner — actor2 (rule
    ``actor:owner-of-the-downed-aircraft``), and never actor1."""
    if cand.kind.id not in role_cues().intercept_kinds:
        return
    _owned, aircraft, _reach = _aircraft_cues()
    for a in ann.in_sentence(ann.actors, cand.sentence):
        if not (cand.first < a.first < cand.last) or not aircraft.match(words.words[a.first].text):
            continue
        if roles.actor1 is not None and _key(roles.actor1.value) == _key(a.value):
            roles.actor1, roles.rule1 = None, ""
        if roles.actor2 is None:
            roles.actor2, roles.rule2 = a, "actor:owner-of-the-downed-aircraft"
        return


@cache
def _weapon_cues() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], re.Pattern[str], str, str], ...],
                            re.Pattern[str]]:
    """roles.yaml ``attributed_to``, ``signature_weapons`` and ``attack_from_nouns`` (ROLES10)."""
    data = data_file("rasd.data.events", "roles.yaml")

    def stem(word: str) -> re.Pattern[str]:  # with و/ف, ب/ل and the article before it
        return re.compile(r"^[وف]?[بل]?(?:ال)?" + re.escape(normalize(word).text))

    weapons = tuple((stem(a), stem(b), str(country), str(ident))
                    for a, b, country, ident in data.get("signature_weapons") or ())
    return data_pattern("roles.yaml", "attributed_to"), weapons, data_pattern("roles.yaml", "attack_from_nouns")


@cache
def _target_nouns() -> re.Pattern[str]:
    """roles.yaml ``target_nouns`` (ROLES10)."""
    return data_pattern("roles.yaml", "target_nouns")


def _target_noun(word: str) -> bool:
    """Whether ``word`` names a thing a strike hits that context.yaml's target cues lack
    ("معاقل"، "خطوط"، "تحصينات"): its owner right after it undergoes the attack."""
    return bool(_target_nouns().match(word))


def _accusative_target(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a target noun in the accusative after a number ("ضد 12 موقعا لتنظيم
    داعش"، "استهدفت عشرين مقرا للتنظيم"): the target cues list the noun without its alif."""
    return len(word) > 3 and word.endswith("ا") and "target" in lex.roles and (
        cue_matches(lex.roles["target"], word[:-1]) or _target_noun(word[:-1]))


def _attributed_to(words: Words, first: int, lo: int) -> bool:
    """Whether the phrase opening at word ``first`` follows "إلى" after a word of attribution
    ("انفجار سيارة مفخخة نسبت إلى تنظيم الدولة"): that إلى names the agent, not a target."""
    ws = words.words
    return first - 2 >= lo and ws[first - 1].text in ("الي", "إلى") and bool(
        _weapon_cues()[0].match(ws[first - 2].text))


OWN_CAUSE_REACH = 12  # words from an attack trigger to the verbal noun that tells its cause


def _own_agents(words: Words, cand: Candidate, near: list[Arg], marked: dict[int, str | None], lo: int) -> None:
    """Agents the trigger's own words name (ROLES10): "من" right after its attack noun and at
    most one adjective ("بحصول قصف مدفعي من قوات النظام على بلدة الغنطو": roles.yaml
    ``attack_from_nouns``), and the genitive of its verbal noun of targeting followed by an
    instrument with ب, a definite object with لل ("جراء استهداف النظام السوري بقذائف المدفعية
    مخيمات"، "استهداف الفصائل المسلحة للبلدة") or a bare object noun (``masdar_objects``: "جراء
    استهداف الطيران الروسي الحي", ACTOR1_28); not after تم / جرى, whose genitive undergoes it).
    Only the trigger's own nouns (the verbal noun: the trigger's, or the cause of a killing it
    tells, with no other attack noun or comma between): another attack beside it has its own."""
    ws = words.words
    cues = role_cues()
    attack_from = _weapon_cues()[2]
    for a in near:
        first = _phrase_start(words, a, cues, lo)
        if first - 2 < lo:
            continue
        noun = first - 2
        if ws[first - 1].text in ("من", "ومن") and not ws[noun].comma:
            if not attack_from.match(ws[noun].text) and _adjective(ws[noun].text) and noun - 1 >= lo:
                noun -= 1
            if attack_from.match(ws[noun].text) and cand.first <= noun < cand.last:
                marked[id(a)] = "agent"
            continue
        masdar = first - 1  # the trigger's own noun, or the cause of its killing ("قتل ... جراء استهداف")
        if cand.plover != "ASSAULT" or not (cand.first <= masdar <= cand.first + OWN_CAUSE_REACH) or any(
                cues.agent_nouns.match(ws[k].text) or ws[k].comma for k in range(cand.last, masdar)):
            continue
        if not cues.object_nouns.match(ws[masdar].text) or (
                masdar - 1 >= lo and cues.passive_aux.match(ws[masdar - 1].text)):
            continue
        if a.last >= len(ws) or ws[a.last].sentence != ws[first].sentence or ws[a.last - 1].comma:
            continue
        after = ws[a.last].text
        # ... or a bare object noun: "جراء استهداف الطيران الروسي الحي"، "استهداف الفصائل مواقع"
        if (after.startswith("لل") and len(after) > 4) or (after.startswith("ب") and (
                after.startswith("بال") or (cues.weapon_nouns is not None and cues.weapon_nouns.match(after)))) \
                or _masdar_objects().match(after):
            marked[id(a)] = "agent"


@cache
def _masdar_objects() -> re.Pattern[str]:
    """roles.yaml ``masdar_objects``: a verbal noun of targeting's object standing bare right after
    its genitive, which is then the one that targeted it (ACTOR1_28)."""
    return data_pattern("roles.yaml", "masdar_objects")


def _places_country(ann: Annotations, sentence: int, after: int | None = None) -> set[str]:
    """The countries of the places a sentence names (after word ``after`` when it names any
    there); a country named beside smaller places ("قرى بيت جن وبيت سابر، وهي مناطق حدودية مع
    لبنان") says less than they do and is left out."""
    places = [p for p in ann.in_sentence(ann.places, sentence) if isinstance(p.value, dict) and p.value.get("country")]
    if after is not None:
        places = [p for p in places if p.first >= after] or places
    places = [p for p in places if p.value.get("kind") != "country"] or places
    return {str(p.value["country"]) for p in places}


def _signature_weapon(words: Words, ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """A weapon only one side of a country's war uses names that side when no actor1 is found
    ("قتل ثلاثة مدنيين جراء غارات بالبراميل المتفجرة على مدينة داعل": barrel bombs in Syria are
    the Syrian air force's, as ACLED codes them; roles.yaml ``signature_weapons``): the weapon's two
    words near the trigger in its sentence, whose places all lie in that country. Rule
    ``actor:signature-weapon``; the actor keeps the weapon's words."""
    if roles.actor1 is not None or cand.plover != "ASSAULT":
        return
    weapons = _weapon_cues()[1]
    if not weapons:
        return
    lo, hi = words.sentence_range(cand.sentence)
    ws = words.words
    countries: set[str] | None = None  # the sentence's places, read once a weapon's words are met
    for k in range(max(lo, cand.first - ACTOR_WINDOW // 3), min(hi - 1, cand.last + ACTOR_WINDOW)):
        for first, second, country, ident in weapons:
            if not (first.match(ws[k].text) and second.match(ws[k + 1].text)):
                continue
            if countries is None:
                countries = _places_country(ann, cand.sentence)
            if countries != {country}:
                continue
            from rasd.kb.actors import default_kb

            original = words.doc.text[ws[k].start:ws[k + 1].end]
            value = default_kb().actor_value(ident, original)
            if roles.actor2 is not None and _key(roles.actor2.value) == _key(value):
                return
            span = Span(ws[k].start, ws[k + 1].end, "ACTOR", stage="events", rule="actor:signature-weapon",
                        value=value)
            roles.actor1, roles.rule1 = Arg(k, k + 2, span, cand.sentence), "actor:signature-weapon"
            return


def _interaction_parties(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon, roles: Roles) -> None:
    """The parties of a meeting or an agreement where the general rules find too few: states
    told as adjectives of its noun (:func:`_demonym_parties`), the owner of "لقائه" in a frame
    (:func:`_meeting_owner`), a counterpart named by a demonym only ("نظيره الإيراني"), and
    the two sides before an agreement that talks or fighting ended in."""
    cues = role_cues()
    lo, _hi = words.sentence_range(cand.sentence)
    if roles.actor1 is None:
        parties = _demonym_parties(words, cand, cues)
        if len(parties) >= 2:
            roles.actor1, roles.rule1 = parties[0], "actor:demonym-party"
            roles.actor2, roles.rule2 = parties[1], "actor:demonym-party"
            roles.assoc1 = [*(roles.assoc1 or []), *parties[2:]]
            return
    if roles.actor1 is None:
        owner = _meeting_owner(words, ann, cand, lex, cues, lo)
        if owner is not None and owner is not roles.actor2:
            roles.actor1, roles.rule1 = owner, "actor:meeting-owner"
    if roles.actor1 is not None and roles.actor2 is None:
        other = _counterpart_demonym(words, cand, cues)
        if other is not None and _key(other.value) != _key(roles.actor1.value):
            roles.actor2, roles.rule2 = other, "actor:counterpart-demonym"
    if roles.actor1 is None and cand.plover == "AGREE" and cand.first > lo and cues.outcome_frames is not None \
            and cues.outcome_frames.match(words.words[cand.first].text):
        sides: list[Arg] = []
        for a in ann.in_sentence(ann.actors, cand.sentence):
            if a.last <= cand.first and isinstance(a.value, dict) and a.value.get("id") \
                    and all(_key(a.value) != _key(b.value) for b in sides):
                sides.append(a)
        if len(sides) == 2:  # "تقدم الجيش ... وإنهاء وجود مسلحي النصرة ... أفضت إلى اتفاق"
            (roles.actor1, roles.rule1), (roles.actor2, roles.rule2) = (
                (sides[0], "actor:outcome-side"), (sides[1], "actor:outcome-side"))


def _unnamed_subject(words: Words, ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """"وطالب الوفد المعارض الجانب الروسي بتنفيذ الاتفاق": a definite noun right after a
    diplomatic verb that no list knows as an actor is its subject; the actor after it is the
    object (actor2), not the subject. Time words between ("طالبت اليوم روسيا") are no subject."""
    a = roles.actor1
    if (a is None or roles.rule1 != "actor:subject-after-verb" or roles.actor2 is not None
            or cand.form != "perfect" or a.first <= cand.last):
        return
    between = [k for k in range(cand.last, a.first) if k not in ann.time_words]
    cues, demonyms = role_cues(), _demonym_governments()

    def titled(text: str) -> bool:  # a word of the party's own title ("المتحدث باسم"، "الألمانية")
        return bool((cues.title_words is not None and cues.title_words.match(text))
                    or (cues.speaker_titles is not None and cues.speaker_titles.match(text))
                    or text in demonyms)

    first_word = words.words[between[0]] if between else None
    if first_word is not None and first_word.text.startswith("ال") and not any(
            words.words[k].comma for k in range(cand.last - 1, a.first)) and not all(
            titled(words.words[k].text) for k in between) and not any(
            p.first == between[0] for p in ann.in_sentence(ann.places, cand.sentence)):
        roles.actor2, roles.rule2 = a, "actor:object-after-unnamed-subject"
        roles.actor1, roles.rule1 = None, ""


@cache
def _demonym_governments() -> dict[str, str]:
    """Normalised demonym (روسي، الروسيه، تركيتين ...) → the KB id of its state's government,
    from the knowledge base's adjectives (``data/actors/qualifiers.yaml``)."""
    from rasd.kb.actors import _adjective_forms, default_kb

    table: dict[str, str] = {}
    for adj in default_kb().adjectives:
        if not adj.get("government"):
            continue
        for base in adj["forms"]:
            for form in _adjective_forms(base):
                table.setdefault(normalize(form).text, adj["government"])
    return table


def _demonym_arg(words: Words, k: int, rule: str) -> Arg | None:
    """Word ``k`` as its state's government, when it is a state demonym (with و or not)."""
    text = words.words[k].text
    table = _demonym_governments()
    gov = table.get(text) or (table.get(text[1:]) if text.startswith("و") and len(text) > 4 else None)
    if gov is None:
        return None
    from rasd.kb.actors import default_kb

    w = words.words[k]
    original = words.doc.text[w.start:w.end]
    span = Span(w.start, w.end, "ACTOR", stage="events", rule=rule, value=default_kb().actor_value(gov, original))
    return Arg(k, k + 1, span, w.sentence)


def _demonym_parties(words: Words, cand: Candidate, cues: RoleCues) -> list[Arg]:
    """"عقدت قمة روسية تركية إيرانية"، "القمة الثلاثية الروسية التركية": the states of a run of
    demonyms after the trigger's first word (at most ``party_gap`` filler words before it), one
    each, in order; fewer than two is no list of parties ("المحادثات السورية" names a topic)."""
    _lo, hi = words.sentence_range(cand.sentence)
    parties: list[Arg] = []
    if cues.party_nouns is None or not any(cues.party_nouns.match(words.words[k].text)
                                           for k in range(cand.first, min(cand.last, cand.first + 2))):
        return parties
    k, gap = cand.first + 1, 0
    while k < hi:
        arg = _demonym_arg(words, k, "actor:demonym-party")
        if arg is not None:
            if all(_key(arg.value) != _key(p.value) for p in parties):
                parties.append(arg)
        elif parties or words.words[k - 1].comma or words.words[k - 1].ends_clause:
            break
        elif gap < cues.party_gap and (k < cand.last or (cues.party_fillers is not None
                                                         and cues.party_fillers.match(words.words[k].text))):
            gap += 1
        else:
            break
        if parties and (words.words[k].ends_clause or words.words[k].comma):
            break
        k += 1
    return parties


def _meeting_owner(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon, cues: RoleCues,
                   lo: int) -> Arg | None:
    """"وقال لافروف في تصريحات ، قبيل لقائه نظيره الإيراني": the owner of a meeting noun with a
    pronoun inside a two-word frame is the speaker of the sentence (an actor right after or
    before a reporting verb) or, failing that, the last actor before it in subject position.
    A three-word frame keeps the guest as a pronoun ("خلال استقباله لها"): the host owns it.
    So does a speaker of the talks he reports with someone ("وأكد الجبير أن المباحثات مع
    وزير خارجية بلجيكا … كانت مثمرة"): a one-word meeting right after a complementizer and
    before مع, owned only by a speaker (never by a subject further back)."""
    reported = (cand.plover == "CONSULT" and cand.last - cand.first == 1 and cand.first > lo
                and cand.last < len(words) and words.words[cand.last].text == "مع"
                and cues.complementizer.match(words.words[cand.first - 1].text) is not None)
    if reported:
        pool = [a for a in ann.in_sentence(ann.actors, cand.sentence) if a.last < cand.first]
        for a in reversed(pool):
            first = _phrase_start(words, a, cues, lo)
            if (first > lo and cues.reporting.match(words.words[first - 1].text)) or (
                    a.last < len(words) and cues.reporting.match(words.words[a.last].text)):
                return a
        return None
    if cues.meeting_possessed is None or cand.last - cand.first not in (2, 3) \
            or not cues.meeting_possessed.match(words.words[cand.first + 1].text):
        return None
    pool = [a for a in ann.in_sentence(ann.actors, cand.sentence) if a.last <= cand.first]
    for a in reversed(pool):
        first = _phrase_start(words, a, cues, lo)
        if (first > lo and cues.reporting.match(words.words[first - 1].text)) or (
                a.last < len(words) and cues.reporting.match(words.words[a.last].text)):
            return a
    owner = next((a for a in reversed(pool) if _subject_position(words, a, lex, cues, lo)
                  and not (a.first > lo and cues.oblique.match(words.words[a.first - 1].text))), None)
    if owner is not None or pool or cand.first != lo + 1 or not cues.reporting.match(words.words[lo].text) \
            or cand.sentence == 0:
        return owner
    # "وقال إثر لقائه نيجرفان بارزاني": a reporting verb with no subject of its own goes on with
    # the subject of the sentence before (its first actor in subject position, or right after
    # the verb opening it: "دعا الرئيس الفرنسي ...")
    before_lo, _ = words.sentence_range(cand.sentence - 1)
    return next((a for a in ann.in_sentence(ann.actors, cand.sentence - 1)
                 if (a.first - before_lo <= 2 or _subject_position(words, a, lex, cues, before_lo))
                 and not (a.first > before_lo and cues.oblique.match(words.words[a.first - 1].text))), None)


def _counterpart_demonym(words: Words, cand: Candidate, cues: RoleCues) -> Arg | None:
    """"التقى نظيره الإيراني"، "قبيل لقائه نظيره التركي": a counterpart told only by a demonym,
    at most two words after the trigger, is that state's government."""
    if cues.counterpart is None:
        return None
    _lo, hi = words.sentence_range(cand.sentence)
    for k in range(cand.last, min(hi - 1, cand.last + 2)):
        if cues.counterpart.match(words.words[k].text) and not words.words[k].comma:
            return _demonym_arg(words, k + 1, "actor:counterpart-demonym")
    return None


def _demonstrative_subject(words: Words, ann: Annotations, cand: Candidate, cues: RoleCues) -> Arg | None:
    """The forces a demonstrative subject points back to: "بأن تلك القوات سيطرت"، "وكانت تلك
    القوات قد سيطرت" (before the trigger, قد between at most), "سيطرت هذه القوات" (after a
    verb), "تقدم هذه القوات" (after a noun). The antecedent is the first actor whose first word
    is the same noun (قوات ...، الفصائل ...) in the same sentence before it, else in the nearest
    sentence before that names one."""
    demo, heads = cues.demonstratives, cues.demonstrative_heads
    if demo is None or heads is None:
        return None
    lo, hi = words.sentence_range(cand.sentence)
    at = None
    k = cand.first - 1
    if k >= lo and words.words[k].text == "قد":
        k -= 1
    if k - 1 >= lo and heads.match(words.words[k].text) and demo.match(words.words[k - 1].text):
        at = k - 1
    elif cand.last + 1 < hi and demo.match(words.words[cand.last].text) and heads.match(
            words.words[cand.last + 1].text):
        at = cand.last
    if at is None:
        return None
    head = words.words[at + 1].text[2:]  # "القوات" → "قوات"
    for s in range(cand.sentence, max(-1, cand.sentence - cues.demonstrative_sentences - 1), -1):
        named = [a for a in ann.in_sentence(ann.actors, s) if (s < cand.sentence or a.last <= at)
                 and _bare(words.words[a.first].text) == head]
        if named:
            return named[0]
    return None


def _bare(word: str) -> str:
    """A noun without its conjunction, preposition and article: "والقوات" → "قوات"."""
    for p in ("وال", "بال", "لل", "فال", "ال", "و", "ب", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def _assign_roles(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon) -> Roles:
    lo, hi = words.sentence_range(cand.sentence)
    own_subject = False  # "وسيطرت قوات الوحدات على": the frame holds the verb's own subject
    taker = _taker(words, cand, ann.in_window(ann.actors, cand.sentence, cand.last, cand.last), role_cues())  # the whole frame
    if cand.form == "frame" and cand.last - cand.first > 1:  # أدخلت ميليشيا الحرس الثوري ... قافلة
        own_subject = cand.last - cand.first > 2
        cand = replace(cand, last=cand.first + 1)
    near = [a for a in ann.reaching(ann.actors, cand.sentence, cand.first - ACTOR_WINDOW, cand.last + ACTOR_WINDOW)
            if not (a.first < cand.last and a.last > cand.first) and (a is taker or not _bystander(words, a, lex, lo))]
    cues = role_cues()
    near = [a for a in near if not _destination_of_movement(words, a, cues, lo)
            and not _fallen(words, ann, a, cues) and not _backer(words, a, cand, cues, lo)
            and not _blown_up(words, a, cand, cues)]
    whole = near  # before the clause filter: a coordinated verb's subject may stand across a comma
    near = [a for a in near if not _other_clause(words, ann, cand, a, cues, lex)]
    if cand.plover not in cues.speech_types:
        near = [a for a in near if not _speaker(words, a, cand, cues)]
    roles = Roles(assoc1=[], assoc2=[])
    possessive = _possessive(words, cand, cues)
    owner = _antecedent(words, ann, cand, lex, cues, possessive) if possessive is not None else None
    if not near and owner is None:
        if whole and not own_subject and cand.form in ("perfect", "imperfect", "future"):
            # "… ثم انسحبوا": the one actor of the sentence before ثم is the joined verb's subject
            shared = _coordinated_subject(words, whole, cand, lex, cues, lo)
            if shared is not None:
                roles.actor1, roles.rule1 = shared, "actor:subject-of-coordinated-verb"
        return roles
    # بين X و Y / X مع Y
    among: Arg | None = None  # the civilians "بين" names alone: those it befell
    for a in near:
        opener = range(max(lo, a.first - 3), a.first)  # بين قسد، بين عناصر من قسد
        between = next((k for k in opener if words.words[k].text in ("بين", "وبين")), None)
        # "على الشريط الحدودي بين العراق وسوريا": a border between two states, no two sides
        if between is not None and between > lo and cues.between_places is not None \
                and cues.between_places.match(words.words[between - 1].text):
            between = None
        if a.first >= cand.last and between is not None and not any(
                b is not a and b.first >= opener.start and b.last <= a.first for b in near):
            rest = [b for b in near if b.first > a.first]
            if not rest:  # "بين الرئيسين الروسي فلاديمير بوتين ، والسوري بشار الأسد": the second
                # side past a comma and a title with و, which reads as a new clause
                rest = [b for b in whole if b.first >= a.last and b.first - a.last <= BETWEEN_SECOND_GAP
                        and not any(words.words[k].ends_clause for k in range(a.last - 1, b.first))]
            if not rest and _civilian(a):
                among = a  # "وقوع جرحى بين المدنيين": among them, no side of a fight (ACTORS18)
                continue
            roles.actor1, roles.rule1 = a, "actor:between-first"
            # "بين قوات النظام المدعومة بمسلحين موالين لها من جانب، وعناصر داعش": the second
            # side is the one joined by و, not an actor inside the first side's phrase, nor
            # (ACTOR16) one pledged to it ("بين قوات النظام والمسلحين الموالين لها من جهة")
            rest = [b for b in rest if not pledged(words, b, cues)]
            joined = [b for b in rest if _joined_by_wa(words, b, cues, lo)]
            if joined or rest:
                roles.actor2, roles.rule2 = (joined or rest)[0], "actor:between-second"
            return roles
    marked: dict[int, str | None] = {id(a): _marker(words, a, lex, lo) for a in near}
    if among is not None:
        marked[id(among)] = "target"
    if taker is not None and id(taker) in marked:
        marked[id(taker)] = "agent"
    fought_with: Arg | None = None  # "اشتباكات مع X": the other side, named after مع
    if cand.form in ("perfect", "imperfect", "future"):
        # "استهدفت قوات النظام بلدة ...": the verb that is the trigger itself is no target marker
        # (it is one after a noun: "غارات استهدفت مواقع قسد"); the actor right after it is its subject
        # ... nor is it one for the owner of a weapon right after it ("استهدفت مدفعية النظام سقبا")
        for a in near:
            if marked[id(a)] == "target" and cue_matches(lex.roles["target"], words.words[cand.last - 1].text) and (
                    a.first == cand.last or (a.first == cand.last + 1 and (cue_matches(
                        lex.roles["attacker"], words.words[cand.last].text)
                        # "استهدف إرهابيو النصرة": the members of the group right after it
                        or cues.member_heads.match(words.words[cand.last].text)))
                    or _strike_noun_subject(words, a, cand, lex, cues)):
                marked[id(a)] = None
    if cand.form == "noun":  # "مقتل قيادي في داعش جراء غارة": who died in it, not who did it
        for a in near:
            if marked[id(a)] is None and a.last <= cand.first and (_victim(words, a, cues, lo) or _died(
                    words, a, cand, cues)):
                marked[id(a)] = "target"
    if cand.form == "noun":  # "غارة للطيران الروسي": a raid by the air force
        for a in near:
            if a.first == cand.last and cues.agent_lam.match(words.words[a.first].text):
                marked[id(a)] = "agent"
    for a in near:  # "غارة للتحالف"، "قتل 30 مدنيا في غارة للتحالف"، "بقصف مدفعي للجيش الحر"
        # ... and "قتل ثلاثة مدنيين على أيدي قوات النظام"، "بنيران مسلحين مجهولين"
        if _owner_with_lam(words, a, lo, cues) or _by_the_hands_of(words, a, cand, cues, lo) or (
                _resumptive_agent(words, a, cand, lex, lo)):
            marked[id(a)] = "agent"
    if cand.plover in cues.diplomatic_types:  # "موافقتها على ... ضد مواقع التنظيم": the complement's target
        # ... but "وافقت روسيا على مقترح تركيا": the owner of the proposal is the other party
        near = [a for a in near if marked[id(a)] != "target" or (
            a.first > lo and cues.proposal_nouns.match(words.words[a.first - 1].text))]
    # the killed and wounded are acted upon: "قتل قيادي في تنظيم حراس الدين إثر استهداف ..."
    # ... but not one named after a word of cause ("قتل ثلاثة مدنيين جراء قصف التحالف"): that one did it
    for a in near:
        if marked[id(a)] is None and any(
                victim_first(c) <= a.first <= c.last + 3 and not any(words.words[k].comma for k in range(c.last - 1, a.first))
                and not any(cues.cause_words.match(words.words[k].text) for k in range(c.last, a.first))
                and not _attack_noun_before(words, a, c.last, cues)
                for c in ann.reaching(ann.casualties, cand.sentence, a.first - 4, a.first + 1)):
            marked[id(a)] = "target"
    for a in near:
        before = words.words[a.first - 1].text if a.first > lo else ""
        opener = range(max(lo, a.first - 3), a.first)  # مع قيادات من الحرس الثوري
        start = _phrase_start(words, a, cues, lo)  # اجتمع مع قياديين عسكريين من الحرس الثوري
        # "اجتمع مع قيادات من الحرس"، "اتفقت روسيا مع تركيا": no other actor between مع and it
        with_at = max((k for k in (*opener, start - 1) if k >= lo and words.words[k].text in ("مع", "ومع")),
                      default=None)
        if cand.plover in ("CONSULT", "AGREE") and with_at is not None and not any(
                b is not a and b.first > with_at and b.last <= a.first for b in near):
            marked[id(a)] = "target"
        if cand.plover == "REQUEST" and a.first > cand.last and (before in ("من", "ومن") or (
                # "طلب من متحدثة باسم وزارة الخارجية": asked of the ministry (its speaker)
                cand.last < len(words) and words.words[cand.last].text in ("من", "ومن")
                and a.first - cand.last <= 4 and not any(b.first < a.first and b.first > cand.last for b in near))):
            marked[id(a)] = "target"
        # "اشتباكات مع قوات النظام"، "مواجهات مع الفصائل": the other side of a fight (not the
        # partner of another verb past a comma: "ضرباتها في سوريا، والتي تنسقها مع القوات البرية")
        # (a side already read as one who fell, "قتل خمسة عناصر من قوات النظام في اشتباكات مع
        # فصائل المعارضة": the toll's reach, is the other side all the same)
        if cand.plover == "ASSAULT" and a.first >= cand.last and marked[id(a)] in (None, "target") and (
                start > lo and words.words[start - 1].text in ("مع", "ومع")) and not any(
                words.words[k].comma for k in range(cand.last - 1, start - 1)):
            if allied(words, start - 1, lo):  # "بالتعاون مع القوات الرديفة": an ally (ACTOR2_24)
                marked[id(a)] = "ally"
                continue
            marked[id(a)] = "target"
            fought_with = a
    if cand.kind.id in cues.intercept_kinds:  # "أسقطت المعارضة طائرة عسكرية": the aircraft shot down
        for a in near:
            if marked[id(a)] is None and cand.last <= a.first <= cand.last + 2 and (
                    a.span.rule.startswith("sides:") or has_aircraft(words, a)):
                marked[id(a)] = "target"
    _own_agents(words, cand, near, marked, lo)  # "قصف مدفعي من قوات النظام"، "استهداف النظام بقذائف"
    _downed_owner(words, cand, near, marked, cues)  # "إسقاط طائرة حربية للنظام": the aircraft's owner
    # "استعادت القوات مدينة سنجار من الجهاديين"، "شنت هجوما لاستعادة الموصل من التنظيم": who lost it
    if cand.kind.id in cues.loser_kinds or (cand.plover == "ASSAULT" and cues.capture_purpose is not None):
        for a in near:
            if marked[id(a)] is None and a.first > cand.last and _taken_from(words, a, cand, cues, lo):
                marked[id(a)] = "target"
    if cand.plover in ("CONSULT", "AGREE") and cues.meeting_possessed is not None:
        # "خلال لقائه الرئيس السوري": the one met is the object of the possessed noun; its
        # owner (the pronoun) is the other party (actor1, see _meeting_owner)
        noun = next((k for k in range(cand.first, min(cand.first + 3, hi))
                     if cues.meeting_possessed.match(words.words[k].text)), None)
        if noun is not None:
            for a in near:
                if marked[id(a)] is None and noun < a.first <= noun + 2 and not any(
                        words.words[k].comma for k in range(noun, a.first)):
                    marked[id(a)] = "target"
    if cues.counterpart is not None:  # "التقى نظيره السوري بشار الأسد": the other party
        for a in near:
            if a.first >= cand.last and any(
                    cues.counterpart.match(words.words[k].text) and not any(
                        words.words[j].comma for j in range(k, a.first - 1))
                    for k in range(max(lo, cand.last, a.first - 2), a.first + 1)):
                marked[id(a)] = "target"
    if cues.possessed_office is not None and cand.plover in cues.diplomatic_types:
        for a in near:  # "زار وزير خارجيته تل أبيب": what the verb took (a time between
            # set aside: "زار وزير دفاعه أمس القاهرة", REVIEW23 finding 5)
            k = a.first - 1
            while k > max(lo, cand.last) and k in ann.time_words and not words.words[k].comma:
                k -= 1
            if (marked[id(a)] is None and a.first > max(lo, cand.last) and k >= max(lo, cand.last)
                    and cues.possessed_office.match(words.words[k].text)
                    and not words.words[k].comma):
                marked[id(a)] = "target"
    # "قتال تنظيم الدولة"، "اعتقال قائد في داعش": the noun's genitive undergoes it (but not
    # "استهداف التحالف لمواقع ..." nor "استهداف المجموعات المسلحة بقذائف الهاون أحياء ...",
    # where an object with ل or an instrument with ب follows: then the genitive acts)
    if cand.form == "noun" and cand.last - cand.first == 1 and (stem := _object_noun_stem(words, cand, cues)):
        if stem != words.words[cand.first].text:  # "لاحتجازه موظفي الأمم المتحدة": the pronoun
            for a in near:  # holds the agent, the actor after it is the object
                if cand.last <= a.first <= cand.last + 2 and marked[id(a)] not in ("agent", "ally") and not any(
                        words.words[k].comma for k in range(cand.last - 1, a.first - 1)):
                    marked[id(a)] = "target"
        for a in near:
            acting = (a.last < len(words) and words.words[a.last].sentence == cand.sentence
                      and words.words[a.last].text.startswith(("ل", "ب")) and len(words.words[a.last].text) > 3)
            if a.first == cand.last and acting and stem == words.words[cand.first].text and not (
                    cand.first > lo and cues.passive_aux.match(words.words[cand.first - 1].text)):
                # (not after تم / جرى: "تم استهداف قوات النظام بصاروخ": the genitive undergoes it)
                marked[id(a)] = "agent"  # even where the noun itself reads as a target cue (استهداف)
            elif marked[id(a)] is None and cand.last <= a.first <= cand.last + 3 and not acting and not any(
                    words.words[k].comma for k in range(cand.last - 1, a.first - 1)):
                marked[id(a)] = "target"
    # "المجزرة التي نفذتها قوات بشار الأسد": the subject of a relative light verb after a noun acts
    if cand.form == "noun":
        for a in near:
            if marked[id(a)] is None and a.first > cand.last and _relative_light_verb(words, a, lex, cand, ann):
                marked[id(a)] = "agent"
    trigger_word = words.doc.text[words.words[cand.first].start:words.words[cand.first].end + 2]  # + end marks
    # "طلباً": the nunation says noun where the spelling alone would read a dual verb (طلبا)
    verbal = cand.form in ("perfect", "imperfect", "future", "frame") and TANWEEN not in trigger_word and not (
        cand.first > lo and cues.passive_aux.match(words.words[cand.first - 1].text))  # "تم قصف": a noun
    receiver = _receiver(words, cand, cues, lo) if cand.plover == "REQUEST" else None
    if receiver is not None:  # "رفضت تركيا طلب قسد": a request noun, asked of the receiver's subject
        verbal = False
        for a in near:
            if marked[id(a)] is None and a.last <= cand.first and (
                    receiver < a.first <= receiver + 2 or 0 <= receiver - a.last <= 1):
                marked[id(a)] = "target"
    light = None if verbal else _light_verb_at(words, cand, lex, lo)
    if light is not None and cues.passive_light.match(words.words[light].text):
        # "تعرضت مواقع قسد لقصف": the subject of تعرض undergoes it
        for a in near:
            if marked[id(a)] is None and light < a.first <= light + 2 and a.last <= cand.first:
                marked[id(a)] = "target"
        for a in near:  # SVO: "قوات النظام تعرضت لهجوم"
            if marked[id(a)] is None and a.last <= light and light - a.last <= 1:
                marked[id(a)] = "target"
    after_aux = cand.first > lo and bool(cues.passive_aux.match(words.words[cand.first - 1].text))
    passive = after_aux or (verbal and PASSIVE_MARK in trigger_word[:5])
    # "جندي أمريكي اعتقل في الموصل"، "اعتقل جندي أمريكي في الموصل": no object, so a passive
    undergoers = _passive_by_form(words, cand, near, cues, lo) if verbal and not passive else []
    for a in undergoers:
        if marked[id(a)] is None:
            marked[id(a)] = "target"
    passive = passive or bool(undergoers)
    if passive:  # "تم استهداف قوات النظام"، "قُتل عنصر من قسد": the named one undergoes it
        for a in near:
            if marked[id(a)] is None and cand.last <= a.first <= cand.last + 2:
                marked[id(a)] = "target"
    if owner is not None and all(marked[id(a)] != "agent" for a in near):
        if owner not in near:
            near.append(owner)
        marked[id(owner)] = "agent"
    if verbal and not passive and owner is None:
        # "دمرتها الهيئة على محور التلة التي تمكنت قوات النظام من السيطرة عليها": an agent
        # marker before an active verb is another clause's; the verb's own subject follows it
        subject = next((a for a in near if marked[id(a)] is None and cand.last <= a.first <= cand.last + 1), None)
        if subject is not None:
            for a in near:
                if marked[id(a)] == "agent" and a.last <= cand.first:
                    marked[id(a)] = None
    purposed = {id(a) for a in near  # "بدء هجوم لطرد داعش": the object of a purpose noun
                if marked[id(a)] is None and purpose_object(words, cand.last, a.first)}
    owners = {id(a) for a in near  # "استهدفت الطائرات أهدافا للتنظيم": the owner of the target
              if marked[id(a)] is None and target_owner(words, cand.plover, cand.last, a.first)}
    for a in near:
        if id(a) in purposed or id(a) in owners:
            marked[id(a)] = "target"
    agents = [a for a in near if marked[id(a)] == "agent"]
    targets = [a for a in near if marked[id(a)] == "target"]
    free = [a for a in near if marked[id(a)] is None]
    if agents:
        roles.actor1 = agents[0]
        roles.rule1 = "actor:possessive-antecedent" if agents[0] is owner else "actor:agent-marker"
    else:
        after = [a for a in free if cand.last <= a.first <= cand.last + 3
                 and not (verbal and _object_case(words, a, cues))  # "واعتقلت شابين": its object
                 # "قطعت علاقاتها مع قطر": a sanction's target, not its subject (FIXLATE24)
                 and not (a.first > 0 and sanction_target_word(cand, words.words[a.first - 1].text))
                 # "مجزرة كفرنبل التي أدانها النظام": the subject of another verb of a relative
                 # clause (an agentive one made it an agent above)
                 and not (not verbal and _other_relative(words, cand.last, a.first, lex, cues))]
        # a subject before the trigger is in the same clause: no comma between them
        # ... nor the object of a preposition ("مناطق التماس بين البيشمركة والتنظيم ... مهاجمة")
        before = [a for a in free if a.last <= cand.first and a.first >= cand.first - 12
                  and (not any(words.words[k].comma for k in range(a.last - 1, cand.first))
                       or _time_aside(words, ann, a.last, cand.first))
                  and not _oblique(words, a, cues, lo)
                  and (verbal or not _stance_subject(words, a, cues, lo))]  # "أدان X الهجوم"
        light_subject = [a for a in free if light is not None and light < a.first <= light + 2
                         and a.last <= cand.first]
        if not light_subject and light is not None:  # SVO: "قيادات الميليشيات ...، نظمت ... اجتماعاً"
            light_subject = [a for a in reversed(free) if a.last <= light and light - a.last <= cues.light_subject_gap
                             and not (a.first > lo and cues.oblique.match(words.words[a.first - 1].text))
                             and _subject_position(words, a, lex, cues, lo)][:1]
        if not light_subject and light is None and not verbal:  # ROLES11: "شنت X التي تضم ...، هجوما"
            far = far_light_subject(words, free, cand.first, lo, lex.light_window, cues.clause_openers)
            light_subject = [far] if far is not None else []
        if light_subject and light_subject[0].last <= (light if light is not None else cand.first):
            light_subject = [_first_conjunct(words, free, light_subject[0])]  # "الروس والأتراك عقدوا"
        if light_subject:  # شنت الطائرات الإسرائيلية، الأسبوع الماضي، غارات
            roles.actor1, roles.rule1 = light_subject[0], "actor:subject-of-light-verb"
        elif verbal and passive:
            pass  # "قُتل عنصر من قسد في قصف": a passive verb's agent is only one a marker names
        elif verbal and before and cand.first - before[-1].last <= 2:  # SVO: روسيا رفضت، أن قسد شنت
            roles.actor1, roles.rule1 = _first_conjunct(words, free, before[-1]), "actor:subject-before-verb"
        elif not verbal and after and after[0].first <= cand.last + 1:  # طلب الحرس الثوري، غارات إسرائيلية
            roles.actor1, roles.rule1 = after[0], "actor:qualifies-noun"
        elif after and verbal and _headline_order(words, cand, cues, lo):
            pass  # "جندي أفغاني يقتل 3 جنود أمريكيين": the actor after the verb is its object
        elif after and verbal and _plural_verb(words, cand):
            pass  # "استهدفوا قوات النظام": a verb agreeing in the plural has its subject before it
        elif after and verbal:
            roles.actor1, roles.rule1 = after[0], "actor:subject-after-verb"
        elif before and (verbal or cand.first - before[-1].last - _aside_words(
                words, ann, before[-1].last, cand.first) <= cues.noun_subject_gap):
            # a noun far from an actor before it is most often the object of some other verb
            # ("أعلنت تركيا الحداد على شهداء الهجوم")
            roles.actor1, roles.rule1 = before[-1], "actor:subject-before-trigger"
        elif not verbal and (told := announcer(words, ann, free, cand, lo)) is not None:
            roles.actor1, roles.rule1 = told, ANNOUNCER_RULE  # "أعلنت جماعة أنصار الله ... إطلاق"
        elif after and after[0].first <= cand.last + 3:
            roles.actor1, roles.rule1 = after[0], "actor:qualifies-noun"
        elif verbal and (embedded := _embedded_subject(words, free, cand, cues, lo)) is not None:
            roles.actor1, roles.rule1 = embedded, "actor:subject-after-complementizer"
        elif verbal and not passive and (own := _speaker_of_own_act(words, free, cand, lex, cues, lo)) is not None:
            roles.actor1, roles.rule1 = own, "actor:speaker-of-own-act"
    if verbal and not passive and not agents and (roles.rule1 in (
            "", "actor:subject-before-trigger", "actor:subject-before-verb") or (
            roles.rule1 == "actor:subject-after-verb" and roles.actor1 is not None
            and roles.actor1.first > cand.last)):  # "واعتقلت عناصر من الهيئة": its object
        shared = None if own_subject else _coordinated_subject(words, whole, cand, lex, cues, lo)
        if shared is not None and (roles.actor1 is None or roles.actor1.first != shared.first):
            if roles.actor1 is not None and roles.actor1.first > cand.last:
                marked[id(roles.actor1)] = "target"
                targets.append(roles.actor1)
            roles.actor1, roles.rule1 = shared, "actor:subject-of-coordinated-verb"
            targets = [a for a in targets if a is not shared]
            if shared not in near:
                near.append(shared)
    if roles.actor1 is None and fought_with is not None and cand.form == "noun":
        # "دخل الجيش السوري ... إثر اشتباكات عنيفة مع مسلحي النصرة": the one who fought with
        # them is the subject of the clause the clash is told in, before it
        subject = _fighting_subject(words, free, cand, fought_with, cues, lo)
        if subject is not None:
            roles.actor1, roles.rule1 = subject, "actor:subject-of-the-fight-with"
    if roles.actor1 is None and fought_with is not None:
        # "قتل خمسة عناصر من قوات النظام في اشتباكات مع فصائل المعارضة": the fallen armed side
        # fought the one named after مع; they are the fight's two sides, the one who inflicted
        # the losses first (as the gold codes "قتل مسلحو داعش في الاشتباكات مع قسد": SDF, IS)
        fallen = _fallen_side(words, ann, cand, targets, fought_with)
        if fallen is not None:
            roles.actor1, roles.rule1 = fought_with, "actor:fought-the-fallen"
            targets = [fallen] + [a for a in targets if a is not fallen and a is not fought_with]
    roles.fought = fought_with
    rest_targets = [a for a in targets if a is not roles.actor1]
    if rest_targets:
        roles.actor2 = rest_targets[0]
        roles.rule2 = ("actor:purpose-object" if id(rest_targets[0]) in purposed
                       else "actor:target-owner" if id(rest_targets[0]) in owners else "actor:target-marker")
    else:
        # a direct object follows a verb closely ("استهدفت الطائرات الروسية قسد"); after a noun
        # an unmarked actor further on belongs to another phrase
        reach = OBJECT_WINDOW if cand.form in ("perfect", "imperfect", "future", "frame") else 2
        later = [a for a in free if a is not roles.actor1 and cand.last <= a.first <= cand.last + reach
                 and not (_oblique(words, a, cues, lo) and not (  # "رفضت تركيا طلب قسد": asked by قسد
                     a.first > lo and cues.proposal_nouns.match(words.words[a.first - 1].text)))
                 and not any(  # "...، وأكد الجيش": a new clause
                     (words.words[k].comma and words.words[k + 1].text.startswith("و"))
                     or cues.clause_openers.match(words.words[k + 1].text)
                     for k in range(cand.last - 1, a.first - 1))  # "بإيعاز من قائد فيلق القدس": no object
                 # "سيطر الجيش السوري والقوات الرديفة على": a subject joined to the one after the verb
                 and not _joined_to(words, roles.actor1, a)
                 # "التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري": the subject's apposition
                 and not _same_actor(roles.actor1, a)]
        if later and cand.plover not in ("RETREAT", "MOBILIZE"):
            roles.actor2, roles.rule2 = later[0], "actor:object-after-trigger"
    # coordination: X و Y / X، Y in the same role → Y associated
    for role_arg, assoc in ((roles.actor1, roles.assoc1), (roles.actor2, roles.assoc2)):
        if role_arg is None:
            continue
        tail = role_arg.last
        for a in near:
            if a.first < tail or a is roles.actor1 or a is roles.actor2 or any(a is b for b in roles.assoc1):
                continue  # one list "روسيا وتركيا وإيران" gives each actor one role
            gap = [w.text for w in words.words[tail:a.first]]
            if (len(gap) <= 2 and all(g in ("و", "او") or g.startswith("و") for g in gap)) or (
                    not gap and words.words[a.first].text.startswith("و")) or (not gap and words.words[tail - 1].comma):
                assoc.append(a)
                tail = a.last
            else:
                break
    if cand.plover in ("CONSULT", "AGREE") and roles.actor2 is None and roles.assoc1:
        # "اجتمع الروس والأتراك"، "اتفقت روسيا وتركيا": the two sides of a meeting are its two parties
        roles.actor2, roles.rule2 = roles.assoc1.pop(0), "actor:coordinated-party"
    return roles


def _place_key(place: dict[str, Any]) -> str:
    return str(place.get("gazetteer_id") or place.get("name") or place.get("name_ar"))


_FOLDED: dict[str, str] = {}  # a name → its folded form (the same few admin names, every pair of places)
FOLDED_SIZE = 1 << 14


def _fold_name(name: Any) -> str:
    """"Deir-ez-Zor", "Deir ez-Zor" and "deir ez zor" are one admin name."""
    if not name:
        return ""
    if type(name) is str:
        folded = _FOLDED.get(name)
        if folded is None:
            folded = "".join(c for c in name.lower() if c.isalnum())
            if len(_FOLDED) < FOLDED_SIZE:
                _FOLDED[name] = folded
        return folded
    return "".join(c for c in str(name).lower() if c.isalnum())


def container_test(a: dict[str, Any]) -> Callable[[dict[str, Any]], bool] | None:
    """:func:`_coarser` with ``a`` fixed, as a test of ``b``; None when no place passes. A place
    of geo_precision 1 (nothing is finer: precision runs 1–3), a point or a settlement the
    gazetteer lacks holds only the settlements tied to it (``within_id``), so a fold asking
    for the town in it reads one key, not the pair test, per event (ROBUST27)."""
    if not ((a.get("geo_precision") or 3) <= 1 or a.get("kind") in POINTS or a.get("unresolved")):
        return lambda b: _coarser(a, b)
    ident = a.get("gazetteer_id")
    if not ident:
        return None
    return lambda b: b.get("within_id") == ident and b.get("tie") != "list"


def _coarser(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether place ``a`` is a region that contains town ``b``. A point, however coarsely
    placed, contains no town: a city quarter (حي جوبر, kind ``district``, placed at its city's
    point with a lower precision) is a part of its city, an airport or a camp is beside one."""
    if b.get("within_id") and b.get("within_id") == a.get("gazetteer_id") and b.get("tie") != "list":
        return True  # the place the text puts a settlement the gazetteer lacks in (PLACE10)
    pa, pb = a.get("geo_precision") or 3, b.get("geo_precision") or 3
    if pa <= pb or a.get("kind") in POINTS or a.get("unresolved"):
        return False  # a settlement the gazetteer lacks (PLACE10) is no region, whatever its point
    if a.get("kind") == "country":
        return a.get("country") is not None and a.get("country") == b.get("country")
    same = {_fold_name(a.get("name")), _fold_name(a.get("name_ar"))} & {
        _fold_name(b.get("admin1")), _fold_name(b.get("admin2"))} - {""}
    if same:
        return True
    if a.get("admin1") is None or a.get("admin1") != b.get("admin1") or a.get("kind") in TOWNS:
        return False
    # a named part of a governorate (الغوطة الشرقية, kind region) holds only what lies near its
    # point: the Rukban camp, in the same governorate 200 km east, is not in the Ghouta
    km = distance_km(a, b) if a.get("kind") == "region" else None
    return km is None or km <= REGION_KM


def locations(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon,
              split: bool) -> list[tuple[Arg, str]]:
    """Where the event happened: one place, or one per targeted town when ``split``; a town
    noun standing for a town named before keeps the words that say so ("البلدة") as its span,
    its rule marked ``+anaphora``."""
    if cand.plover == "CONSULT" and (toured := _visit_trigger_place(words, ann, cand)) is not None:
        return [(toured, "place:visit-trigger")]  # PLACE11
    if cand.plover == "CONSULT" and (toured := visited_object(words, ann, cand)) is not None:
        return [(toured, "place:visit-object")]  # rasd.events.interact: "زار الوزير ... العراق" (DIPLO21)
    found = _town_for_country(words, ann, cand, _locations(words, ann, cand, lex, split))  # PLACE11
    found = discussed_places(words, cand, found)  # rasd.events.interact: "بحث ... الوضع في سوريا"
    found = venue_over_topic(words, ann, cand, found)  # rasd.events.interact: "الخاص باليمن ... في الكويت"
    if not found and cand.plover == "CONSULT":
        visited = _visited(words, ann, cand) or visit_destination(words, ann, cand)  # rasd.events.interact
        if visited is not None:
            return [(visited, "place:visit")]
        named = named_venue(words, ann, cand)  # rasd.events.interact: "محادثات أستانا" (TALKS13)
        if named is not None:
            return [(named, "place:named-round")]
        setting = meeting_setting(words, ann, cand)  # rasd.events.interact: "وفي الكويت ، يجري ..."
        if setting is not None:
            return [(setting, "place:setting")]
        filed = filed_venue(words, ann, cand)  # rasd.events.interact: "أربيل - عراق برس : بحث ..."
        if filed is not None:
            return [(filed, "place:filed")]
    if not found and (target := sanction_target(words, ann, cand)) is not None:
        return [(target, "place:sanction-target")]  # rasd.events.interact: "قطع العلاقات مع قطر" (RECALL24)
    return [(p, f"{rule}+anaphora" if p.span.rule == ANAPHOR_RULE else rule) for p, rule in found]


DIRECTION_RULE = "gazetteer:direction"  # rasd.kb.places: a place told with a direction ("شمال سوريا")
COUNTRY_TOWN_GAP = 4  # most words between the country and the town it says the place of


def _town_for_country(words: Words, ann: Annotations, cand: Candidate,
                      found: list[tuple[Arg, str]]) -> list[tuple[Arg, str]]:
    """A country chosen as the only place of an event whose sentence names one town of that
    country (PLACE11): "سيطر ... على كامل البوكمال التي كانت آخر مدينة يسيطر عليها التنظيم في
    سوريا" — the country says where the town is; ACLED codes the country only when no finer
    place is told. Only when the sentence names exactly one such town (more are a list whose
    member is not known) that can be an event place (not an envoy's post, a distance's point),
    told at most ``COUNTRY_TOWN_GAP`` words from the country with no comma or clause end
    between: a town further on is another clause's ("غارة على العراق ، في حين ... في سنجار")."""
    if not found or any(p.value.get("kind") != "country" for p, _ in found):
        return found
    countries = {p.value.get("country") for p, _ in found} - {None}
    if len(countries) != 1:
        return found
    lo, _hi = words.sentence_range(cand.sentence)
    ws = words.words

    def beside(q: Arg) -> bool:  # "البوكمال ... في سوريا"، "العاصمة السعودية الرياض": next to it
        a, b = min((abs(q.first - p.last), p.last, q.first) if q.first >= p.last else
                   (abs(p.first - q.last), q.last, p.first) for p, _ in found)[1:]
        return b - a <= COUNTRY_TOWN_GAP and not any(ws[k].comma or ws[k].ends_clause
                                                     for k in range(max(lo, a - 1), b))
    # a town beside a country stands within the gap of it or overlaps it (SPEED30: no other
    # place of a run-on sentence is read)
    low = min(p.first for p, _ in found) - COUNTRY_TOWN_GAP - 1
    high = max(p.last for p, _ in found) + COUNTRY_TOWN_GAP + 1
    towns = [q for q in ann.reaching(ann.places, cand.sentence, low, high) if isinstance(q.value, dict)
             and q.value.get("kind") in TOWNS and q.value.get("country") in countries and beside(q)]
    towns = _own_places(words, cand, towns, lo)
    if len({_place_key(q.value) for q in towns}) != 1:
        return found
    return [(towns[0], "place:town-of-country")]


def _visit_trigger_place(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """Where a meeting told by a visit word went (PLACE11): "عقب زيارته لإيران"، "خلال زيارته
    موسكو"، "زار أردوغان طهران" — the place at most ``visit_window`` words after the visit word
    the trigger holds (in its clause) is the meeting's, before any place the rest of the
    sentence names ("الجيش التركي سوف يدخل إدلب" after the visit). A visit word in a title
    or not in the trigger leaves the choice to :func:`_locations`."""
    cues = role_cues()
    if cues.visit_words is None:
        return None
    ws = words.words
    visit = next((k for k in range(cand.first, cand.last) if cues.visit_words.match(ws[k].text)), None)
    if visit is None:
        return None
    lo, _hi = words.sentence_range(cand.sentence)
    for p in ann.in_sentence(ann.places, cand.sentence):
        if not isinstance(p.value, dict) or not visit < p.first <= visit + cues.visit_window or _in_title(words, p, lo):
            continue
        if any(ws[k].comma or ws[k].ends_clause for k in range(visit, p.first)):
            return None
        return p
    return None


def _visited(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """Where a visit the meeting was told in went ("أعلن بوتين خلال زيارته لقاعدة حميميم ...
    وأشارت الوكالة إلى أن بوتين التقى خلال زيارته بالرئيس السوري"): the first place right after
    a visit word in the sentence or the few before it, the latest first."""
    cues = role_cues()
    if cues.visit_here is None or cues.visit_words is None:
        return None
    lo, hi = words.sentence_range(cand.sentence)
    if not any(cues.visit_here.match(words.words[k].text)
               for k in range(max(lo, cand.first - cues.visit_window), min(hi, cand.last + cues.visit_window))):
        return None
    for sentence in range(cand.sentence, max(-1, cand.sentence - cues.visit_sentences - 1), -1):
        s_lo, s_hi = words.sentence_range(sentence)
        places = [p for p in ann.in_sentence(ann.places, sentence) if isinstance(p.value, dict)
                  and (p.value.get("geo_precision") or 3) <= 2]
        for k in range(s_hi - 1, s_lo - 1, -1):
            if sentence == cand.sentence and k >= cand.first:
                continue
            if cues.visit_words.match(words.words[k].text):
                after = [p for p in places if k < p.first <= k + cues.visit_window]
                if after:
                    return after[0]
    return None


def _in_title(words: Words, p: Arg, lo: int) -> bool:
    """Whether place ``p`` is part of a person's title ("رئيس وزراء إقليم كردستان").
    A place after a locative right before it ("التقى الرئيس في دمشق") is where, not whose."""
    cues = role_cues()
    if cues.title_words is None or words.words[p.first].text.startswith(("في", "ب")):
        return False
    for k in range(p.first - 1, max(lo, p.first - cues.title_window) - 1, -1):
        text = words.words[k].text
        if words.words[k].comma or words.words[k].ends_clause or text in ("في", "فى", "الي", "من", "داخل"):
            return False
        if cues.title_words.match(text):
            return True
    return False


def _locations(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon,
               split: bool) -> list[tuple[Arg, str]]:
    lo, _hi = words.sentence_range(cand.sentence)
    found = [p for p in ann.in_window(ann.places, cand.sentence, cand.first - PLACE_WINDOW,
                                      cand.last + PLACE_WINDOW) if isinstance(p.value, dict)]
    found = [p for p in found if not in_slogan(words, p.first, lo)]  # "هتافات بينها " القدس عربية ""
    found = [p for p in found if not street_name(words, p, lo)]  # "شارع جسر السويس": a street's name
    if found:  # "الذي مقره في لندن"، "مراسلنا في واشنطن ... بمدينة X": where it is reported from
        # a place or an unresolved name starts at or after word k: the last of them does
        latest = max(ann.last_first(ann.places, cand.sentence),
                     max(ann.unresolved_firsts.get(cand.sentence, ()), default=-1))
        found = [p for p in found if not reporter_seat(words, p, lo, lambda k: latest >= k)]
        firsts = {q.first for q in found}  # "التوتر بين الفصائل وواشنطن": a party, not a place
        found = [p for p in found if not party_between(words, p, lo, firsts)]
    anaphors = [p for p in ann.anaphors(cand.sentence)  # "في البلدة": the town named before
                if cand.first - PLACE_WINDOW <= p.first <= cand.last + PLACE_WINDOW]
    if anaphors:
        found = sorted([*found, *anaphors], key=lambda p: p.first)
    if cand.plover in role_cues().diplomatic_types:  # "رئيس وزراء إقليم كردستان": an office
        found = [p for p in found if not _in_title(words, p, lo)]
        # "حول مؤتمر الحوار المزمع عقده في سوتشي": a meeting to be held, not this one's venue
        found = [p for p in found if not planned_venue(words, p, cand.last, lo)]
    found = _own_places(words, cand, found, lo)  # PLACE11
    if not found:
        return []
    marked: list[tuple[Arg, str]] = []
    home, capital = role_cues().home_nouns, role_cues().capital_words
    head_own = False  # the place before carries its own preposition (بالقاهرة): no list marker
    for p in found:
        kind = "plain"
        marks = marker_words(words, p.first, lo)
        if p.span.rule == DIRECTION_RULE and len(marks) == 2 and words.words[marks[1]].text == "من":
            # "مسلحا من داعش شمالي سوريا": the direction fills the place noun's slot, so a "من"
            # two words back governs another noun, not the place (PLACE28)
            marks = marks[:1]
        if from_settlement(words, marks):  # "قصف بمدفع الهاون على المدينة من بلدة كفريا"
            marks = ()
            kind = "taken-from" if cand.plover in taken_from_types() else "origin"
        for k in marks:
            w = words.words[k].text
            if w == "من" and each_of(words, k):
                break  # "كلا من سراقب وبنش": a list of targets, no origin
            if w == "من" and near_from(words, k):
                kind = "locative"  # "بالقرب من سراقب"، "على بعد كيلومترين من مدينة إدلب": near it
                break
            if w == "من" and k == marks[0] and cand.plover in taken_from_types():
                kind = "taken-from"  # "انسحبت القوات من تلكلخ"، "اعتقال شاب من حماة": there
                break
            if w == "من" and (part_from(words, k) or (driven_from(words, k) and p.span.rule != ANAPHOR_RULE)):
                # "أجزاء واسعة من كركوك"، "طردت التنظيم من منبج": there (PLACE25;
                # after a withdrawal's or an arrest's own "من" above); a town noun
                # ("طردت القوات التنظيم من البلدة") is left to the town it stands for; a withdrawal
                # from a part of a town ("انسحبت من الجزء الشرقي من مدينة X") is still taken from it
                kind = "taken-from" if cand.plover in taken_from_types() else "locative"
                break
            if (home is not None and home.match(w)) or (k == marks[0] and people_origin(words, marks) and not (
                    words.words[p.first].text.startswith(("ب", "في")) and not normalize(
                        str(p.value.get("name_ar") or "")).text.startswith("ب"))):  # "للنازحين بسوريا": there
                kind = "home"  # "من أبناء مدينة التل"، "مهجري داريا": the people's home, not an origin
                break
            if capital is not None and capital.match(w):
                kind = "locative"  # "العاصمة الروسية موسكو": the city, not its government
                break
            if "origin" in lex.places and cue_matches(lex.places["origin"], w):
                kind = "origin"
                break
            if "locative" in lex.places and cue_matches(lex.places["locative"], w):
                kind = "locative"
                break
        bare = words.words[p.first].text
        attached = bare[:1] == "ب" and not normalize(  # بحمص، بالبوكمال
            str(p.value.get("name_ar") or "")).text.startswith("ب")
        if (kind == "plain" and (attached or (bare[:1] == "ف" and bare[1:3] == "ال"))) or bare.startswith(
                ("في", "بريف")):
            kind = "locative"
        elif kind == "plain" and p.span.rule == DIRECTION_RULE and p.value.get("kind") == "country":
            kind = "locative"  # "تقتل 38 مسلحا من داعش شمالي سوريا": a part of a country is a where (PLACE28)
        # "أهالي كفريا والفوعة": one marker governs the list (SPLIT11), unless the list's head
        # carries its own preposition ("هجمات من مسلحين بالقاهرة والإسكندرية": there)
        # ... and a list of towns left or taken from keeps its "من" for every member ("انسحبت
        # القوات من مارع وتل رفعت": the second's own markers, "مارع" and "من", read as an origin)
        inherits = kind == "plain" or (bool(marked) and marked[-1][1] == "taken-from" and p.first > cand.last)
        if inherits and marked and not head_own:
            kind = list_kind(words, p.first, marked[-1][0].last, marked[-1][1]) or kind
        head_own = attached or bare.startswith(("في", "بريف"))
        marked.append((p, kind))
    marked = _off_road(words, marked, lo)
    marked = _off_route(words, marked, lo)  # "بطريقها إلى دمشق": where it was going
    # where people fled or forces went is not where it happened: no event per destination, and
    # when nothing else places it, the movement's origin does (ACLED codes displacement there)
    moved = _destinations(words, marked, lo, lex)
    if moved:
        first = min(p.first for p in moved)
        origins = [p for p, k in marked if k == "origin" and p.first < first]
        marked = [(p, k) for p, k in marked if p not in moved]
        if not [x for x in marked if x[1] != "origin"] and origins:
            return [(origins[-1], "place:origin-of-movement")]
    # a country is where it happened only when said so (غارات على سوريا), not in "الموالية لإيران"
    # nor is a capital standing for its government ("ترى أنقرة"، "بين أنقرة وواشنطن"): a place
    # the actors stage also read as an actor is a place only after a locative word
    marked = [(p, k) for p, k in marked
              if k in ("locative", "taken-from")
              or (p.value.get("kind") != "country" and p.span.start not in ann.actor_starts)]
    if not marked:
        return []
    # where someone was taken after it ("واقتيد إلى دمشق"، "نقل على إثرها إلى غازي عنتاب") when
    # another place, not an origin, says where it happened; alone, that place stays (PLACE28)
    if cand.plover not in role_cues().transfer_kept_types:
        taken = _destinations(words, marked, lo, lex, taken=True)
        if taken and any(k != "origin" and p not in taken for p, k in marked):
            marked = [(p, k) for p, k in marked if p not in taken]
    usable = [(p, k) for p, k in marked if k != "origin"]  # "قادمة من العراق": where it came from
    if not usable:
        return []
    own_before = False
    if split and cand.plover not in UNSPLIT:  # the targets: one list, from the first place after it
        usable = away_from_home(usable)  # a target list: the dead's home is not one
        tail = [x for x in usable if x[0].first >= cand.first]
        before = [x for x in usable if x[0].first < cand.first]
        # "تعرضت بلدة حيان لقصف ، في حين سقطت قذيفة على حي ...": the first place past a contrast
        # word is the other clause's; the place before the trigger is this one's target
        if tail and before and past_contrast(words, cand.last, tail[0][0].first):
            own = [max(before, key=lambda x: x[0].first)]  # the nearest, in the trigger's clause,
            for x in sorted(before, key=lambda x: -x[0].first)[1:]:  # with the places just before it
                if own[0][0].first - x[0].last > 1:  # "بلدة حيان بريف حلب"، "سراقب وبنش"
                    break
                own.insert(0, x)
            if not any(words.words[k].ends_clause for k in range(own[-1][0].last - 1, cand.first)):
                # "تعرضت سراقب لقصف ، كما طال القصف بلدتي بنش وتفتناز": the clause past the
                # contrast word tells the same kind of happening, so its towns are targets too
                tail, before = contrast_targets(words, lex, cand.plover, cand.last, tail,
                                                lambda a, b: _listed(words, a, b, lex),
                                                cand.kind.event_type), own
                own_before = bool(tail)  # its own place before it stays one of the targets
        ends = next((i for i in range(1, len(tail)) if not _listed(words, tail[i - 1][0], tail[i][0], lex)),
                    len(tail))
        # "... في مدينة عربين بينما قتل الآخرون في ضربات على مسرابا وحرستا": a later clause telling
        # the same kind of happening names more targets (rasd.events.place_clauses)
        more = parallel_targets(words, lex, cand.plover, tail[ends - 1][0].last, tail[ends:],
                                lambda a, b: _listed(words, a, b, lex)) if 0 < ends < len(tail) else []
        tail = tail[:ends]
        # "الطريق الواصل بين مدينتي إدلب وبنش": a stretch between places is one location
        cues = role_cues()
        for i, (p, _k) in enumerate(tail):
            floor = max(lo, tail[i - 1][0].last if i else cand.last, p.first - cues.between_window)
            if any(cues.between.match(words.words[k].text) for k in range(floor, p.first)):
                tail = tail[:i + 1]
                break
        usable = before + tail + more
    # "مطار المزة العسكري بحي المزة في دمشق": the city holding the quarter told before it
    chain = [p for p, _k in usable]
    usable = [(p, k) for p, k in usable if not chain_container(words, p, chain, _held_by)
              and not _seat_chain(words, p, chain) and not located_in(words, p, chain)]  # "الحولة الواقعة في ريف حماة"
    # a place right after another says where that one is ("منطقة السفيرة بحلب"), unless coordinated
    # or listed after a comma ("بلدات مورك، اللطامنة، كفرزيتا": three towns)
    usable = [(p, k) for p, k in usable if not any(
        q is not p and q.last == p.first and not words.words[p.first].text.startswith("و")
        and not words.words[q.last - 1].comma for q, _ in usable)]
    # ... and one told as its reference point ("الغوطة الشرقية المحاصرة قرب دمشق"، "الحويجة
    # الواقعة شمال بغداد"): there the other place is, not a second target
    cues = role_cues()
    usable = [(p, k) for p, k in usable if not _reference_point(words, p, [q for q, _ in marked], cues)]
    # so does a governorate's seat after في ("بمدينة القامشلي في الحسكة": Qamishli, in Hasakah
    # governorate, not a second target in Hasakah city)
    usable = [(p, k) for p, k in usable if not any(_seat_of_its_governorate(words, q, p) for q, _ in usable)]
    kept = [(p, k) for p, k in usable
            if not any(_coarser(p.value, q.value) for q, _ in usable if q is not p)]
    if not kept:  # every place told where another lies (reference points only)
        return []
    if cand.plover in UNSPLIT or not split:
        # a place before the trigger across a comma is in another clause ("بعد أيام من بدء
        # عمليات في محافظة درعا، أعلن أبناء محافظة حمص عن تشكيل ...")
        same_clause = [x for x in kept if x[0].first >= cand.first or not any(
            words.words[k].comma for k in range(x[0].last - 1, cand.first))] or kept
        loc = [x for x in same_clause if x[1] in ("locative", "taken-from")]
        if not loc and cand.plover == "CONSULT":
            # a meeting is placed by a locative ("في سوتشي"، "بدمشق"); a bare place near it is a
            # party or a topic ("الحوار بين بغداد والأكراد"، "مباحثات حول سوريا")
            return []
        loc = loc or same_clause
        best = min(loc, key=lambda x: (abs(x[0].first - cand.last), x[0].value.get("geo_precision") or 3))
        left = _left_towns(words, cand, kept, best, lex)
        if len(left) > 1:
            return [(p, "place:taken-from-target") for p in left]
        return [(best[0], f"place:{best[1]}-nearest")]
    after = kept if own_before else [x for x in kept if x[0].first >= cand.first] or kept
    out: list[tuple[Arg, str]] = []
    for p, k in after:
        same = next((i for i, (q, _) in enumerate(out)
                     if same_target(p.value, q.value)), None)
        if same is None:
            out.append((p, f"place:{k}-target"))
        elif place_rank(p.value, out[same][0].value) < place_rank(out[same][0].value, p.value):
            out[same] = (p, f"place:{k}-target")
    return out




def _left_towns(words: Words, cand: Candidate, kept: list[tuple[Arg, str]], best: tuple[Arg, str],
                lex: Lexicon) -> list[Arg]:
    """The towns a withdrawal left when its chosen place heads a list of them (GRAIN17): "خروج
    المسلحين من الزبداني ومضايا"، "انسحب التنظيم من قرى تل أحمر ومزيونة" — one event per town
    left (ACLED: one per location), each a taken-from place listed right after the one before
    (:func:`_listed`). Only for ``from_list_types`` (roles.yaml); where it went ("من مارع إلى
    أعزاز") is no member, nor a place of the clause after it ("ووصول قافلة الفوعة")."""
    if cand.plover not in from_list_types() or best[1] != "taken-from" or best[0].first < cand.last:
        return []  # a list before the trigger is another clause's (a headline run into the body)
    ordered = sorted(kept, key=lambda x: x[0].first)
    out = [best[0]]
    for p, k in ordered[ordered.index(best) + 1:]:
        if k != "taken-from" or not _listed(words, out[-1], p, lex):
            break
        out.append(p)
    return out


def _own_places(words: Words, cand: Candidate, found: list[Arg], lo: int) -> list[Arg]:
    """The places of the trigger's sentence that can be its own (PLACE11): not the post in an
    envoy's title (any event: "قصفت ... قال المبعوث الأممي إلى سوريا"), and for talks,
    agreements, requests and refusals not a place inside what was said after the trigger
    ("اتفقا على أنه " لا حل عسكريا للصراع في سوريا "": the topic, not the venue)."""
    found = [p for p in found if not envoy_post(words, p, lo)]
    # "التي تبعد 200 كم عن دمشق": where another place lies
    found = [p for p in found if not distance_reference(words, p, lo)]
    # "للتنديد بقرار ترامب الاعتراف بالقدس": what a decision is about (EXTRAS27)
    found = [p for p in found if not decision_topic(words, p, lo)]
    # "لكن الغارات لم تهدأ ... وفد الفصائل في أستانة": where talks sat (EXTRAS28)
    if cand.plover in venue_cues().types:
        found = [p for p in found if not talks_venue(words, p, lo, cand.first, cand.last)]
    if cand.plover in role_cues().diplomatic_types:
        found = [p for p in found if not told_content(words, p, cand.last, lo)]
    return found


def _off_route(words: Words, marked: list[tuple[Arg, str]], lo: int) -> list[tuple[Arg, str]]:
    """``marked`` without where a vehicle or convoy was going (place_clauses.route_end) when
    another place, not an origin, says where it happened; alone, the destination stays."""
    gone = [p for p, _k in marked if route_end(words, p, lo)]
    if not gone or not any(k != "origin" and p not in gone for p, k in marked):
        return marked
    return [(p, k) for p, k in marked if p not in gone]


def _held_by(inner: dict[str, Any], outer: dict[str, Any]) -> bool:
    """Whether ``outer``, a city or town, holds ``inner``: its quarter, or a facility (airbase,
    crossing, field) of its governorate within a town's reach of it."""
    if outer.get("kind") not in TOWNS or _place_key(inner) == _place_key(outer):
        return False
    if inner.get("kind") == "district":
        return quarter_of(inner, outer)
    return (inner.get("kind") in POINTS and inner.get("admin1") == outer.get("admin1")
            and near(inner, outer))


SEAT_KM = 100.0  # a province's seat named after a town says where a town this near it lies


def _seat_chain(words: Words, place: Arg, chain: list[Arg]) -> bool:
    """Whether ``place``, a city told right after a town with في or a glued ب, only says where
    the town lies (:func:`_seat_holds`), and opens no list of its own: "على أطراف عفرين في إدلب
    وأعزاز" names Idlib and Azaz as where the fighting is."""
    if not chain_container(words, place, chain, _seat_holds):
        return False
    return not any(q.first == place.last and words.words[q.first].text.startswith("و") for q in chain)


def _seat_holds(town: dict[str, Any], city: dict[str, Any]) -> bool:
    """Whether ``city``, told right after ``town`` ("اشتباكات في بلدة شمدنلي في هكاري"، "في
    منطقة دارة عزة في إدلب"), says where the town lies: a city after a town or village of its
    country within ``SEAT_KM`` of it names the province the town is in (the gazetteer may lack
    the province, or put a border village in the next one), not a second target. A town after
    a city ("في حلب في بلدة X") and two towns ("في سراقب في سرمين") stay as told."""
    if city.get("kind") != "city" or town.get("kind") not in ("town", "village"):
        return False
    if town.get("country") != city.get("country"):
        return False
    km = distance_km(town, city)
    return km is not None and km <= SEAT_KM


def _destinations(words: Words, marked: list[tuple[Arg, str]], lo: int, lex: Lexicon,
                  taken: bool = False) -> list[Arg]:
    """The places ``marked`` names as where a movement went (roles.yaml ``destination``,
    ``leaving``): "نزح الآلاف من ريف حماة إلى إدلب وتركيا" — Idlib and Turkey, and the rest
    of their list. "امتد القصف إلى بلدتي ..." has no word of leaving: its places stay targets.
    With ``taken``, where someone was taken after the event counts too (``transfer``: "اعتقاله
    ... واقتيد إلى دمشق"; PLACE28)."""
    cues = role_cues()
    if cues.destination is None or cues.leaving is None:
        return []
    moving = cues.leaving
    transfer = cues.transfer if taken else None

    def left(text: str) -> bool:
        return bool(moving.match(text)) or (transfer is not None and bool(transfer.match(text)))
    out: list[Arg] = []
    prev: Arg | None = None
    for p, _k in sorted(marked, key=lambda x: x[0].first):
        gone = prev is not None and prev in out and _listed(words, prev, p, lex)
        if not gone:
            floor = max(lo, p.first - cues.destination_window)
            mark = next((k for k in range(p.first - 1, floor - 1, -1)
                         if cues.destination.match(words.texts[k])), None)
            if mark is not None and not any(words.words[k].ends_clause for k in range(mark, p.first)):
                gone = any(left(words.texts[k]) for k in range(max(lo, p.first - cues.leaving_window), mark))
        if gone:
            out.append(p)
        prev = p
    return out


# A road is named for the towns at its ends ("على طريق دمشق السويداء قرب بلدة المسمية",
# "الطريق الدولي حلب - اللاذقية"): they are not where it happened. Words are normalised.
ROAD_WORDS = frozenset(normalize(w).text for w in (
    "طريق", "الطريق", "بطريق", "وطريق", "لطريق", "أوتوستراد", "الأوتوستراد", "بأوتوستراد",
    "أتوستراد", "الأتوستراد", "أوتستراد", "الأوتستراد", "اوتوستراد", "الاوتوستراد"))
# words that may stand between the road word and its first end ("الطريق الدولي M5 حلب"،
# "الطريق الواصل بين مدينتي إدلب وبنش") and between its two ends ("دمشق - درعا")
ROAD_LINKS = frozenset(normalize(w).text for w in (
    "الدولي", "الدولية", "السريع", "العام", "الرئيسي", "الرئيسية", "القديم", "الجديد", "الواصل",
    "الرابط", "الممتد", "الموصل", "الذي", "يربط", "يصل", "بين", "ما", "مدينتي", "بلدتي",
    "قريتي", "إلى", "-", "–", "", "و", "وبلدة", "ومدينة", "وقرية", "بلدة", "مدينة", "قرية"))
ROAD_CODE = re.compile(r"^\(?[mM]\d{1,2}\)?$")  # M4, (M5): the road's number
ROAD_BACK = 3  # most words from the road word to its first end
ROAD_GAP = 8  # most words between a road's name and the place after it that says where on it
ROAD_BEFORE = 2  # ... or before it ("في مدينة درعا على طريق دمشق")


def _road_link(text: str) -> bool:
    return text in ROAD_LINKS or bool(ROAD_CODE.match(text))


def _prefixed(word: str, place: Arg) -> bool:
    """Whether ``word``, the place's first, carries و or a preposition its name does not."""
    name = normalize(str(place.value.get("name_ar") or "")).text
    return word[:1] in ("و", "ب", "ل", "ف") and word[:1] != name[:1]


def _road_names(words: Words, places: list[Arg], lo: int) -> list[tuple[int, int, list[Arg]]]:
    """The roads ``places`` name by their ends: (first word, end word, the end places) of
    each "طريق X Y". A place after a locative word ("على الطريق قرب X") ends no road."""
    roads: list[tuple[int, int, list[Arg]]] = []
    for p in sorted(places, key=lambda a: a.first):
        if roads and any(p is a for a in roads[-1][2]):
            continue
        if roads and p.first - roads[-1][1] <= 1 and all(
                _road_link(words.words[k].text) for k in range(roads[-1][1], p.first)):
            first, _end, ends = roads[-1]  # the road's other end ("دمشق السويداء"، "دمشق - درعا")
            roads[-1] = (first, p.last, [*ends, p])
            continue
        if _prefixed(words.words[p.first].text, p):
            continue  # "الطريق السريع ومعبر التنف"، "على الطريق الدولي بالشيخ زويد": no road's name
        for k in range(p.first - 1, max(lo, p.first - ROAD_BACK) - 1, -1):
            w = words.words[k]
            if w.ends_clause or w.comma:
                break
            if w.text in ROAD_WORDS:
                roads.append((k, p.last, [p]))
                break
            if not _road_link(w.text):
                break
    return roads


def _off_road(words: Words, marked: list[tuple[Arg, str]], lo: int) -> list[tuple[Arg, str]]:
    """``marked`` without the towns a road is named for when another place says where on the
    road it happened: after it in its clause, at most ``ROAD_GAP`` words off ("قرب بلدة
    المسمية", "في ريف دمشق"), or right before it ("في بلدة X على طريق ..."); with none, the
    road's first end stands for the stretch (as for "بين X وY")."""
    # a road is named only after a road word in the sentence before its places: most have none
    roads_at = words.memo.get(("road-words", -1))  # where the document's road words stand
    if roads_at is None:
        roads_at = words.memo["road-words", -1] = [  # type: ignore[assignment]
            k for k, t in enumerate(words.texts) if t in ROAD_WORDS]
    end = max((p.first for p, _k in marked), default=lo)
    k = bisect_left(roads_at, lo)  # type: ignore[arg-type]
    if not (k < len(roads_at) and roads_at[k] < end):  # type: ignore[arg-type,index]
        return marked
    roads = _road_names(words, [p for p, _k in marked], lo)
    if not roads:
        return marked
    ends = {id(a) for _f, _e, road in roads for a in road}
    drop: set[int] = set()
    for first, end, road in roads:
        def clear(a: int, b: int) -> bool:  # no clause ends between words a and b
            return b - a <= ROAD_GAP and not any(words.words[k].ends_clause for k in range(a, b))
        # "على طريق بلدة بيت جن في ريف دمشق": a road named by one town is near that town; the
        # region after it says where the town is, not where on the road it happened
        broad = BROAD_PLACES if _one_town_road(words, first, end, road) else frozenset({"country"})
        other = any(id(p) not in ends and k != "origin" and p.value.get("kind") not in broad and (
            first - p.last <= ROAD_BEFORE and clear(p.last - 1, first) if p.last <= first
            else clear(end - 1, p.first))
            for p, k in marked)
        drop.update(id(a) for a in (road if other else road[1:]))
    return [(p, k) for p, k in marked if id(p) not in drop]


TOWN_WORDS = frozenset(normalize(w).text for w in ("بلدة", "مدينة", "قرية", "بلدة", "وبلدة", "ومدينة"))


def _one_town_road(words: Words, first: int, end: int, road: list[Arg]) -> bool:
    """Whether a road is named by one town alone: "طريق بلدة بيت جن"، or "طريق بيت جن" with its
    name ended there (a locative, a comma or the sentence's end follows), not "طريق دمشق
    السويداء" whose other end the gazetteer did not find."""
    if len(road) != 1:
        return False
    if any(words.words[k].text in TOWN_WORDS for k in range(first + 1, road[0].first)):
        return True
    ws, cues = words.words, role_cues()
    return (end >= len(words) or ws[end - 1].comma or ws[end - 1].ends_clause
            or ws[end].sentence != ws[first].sentence
            or (cues.no_object is not None and bool(cues.no_object.match(ws[end].text))))


@cache
def _capitals() -> dict[str, str]:
    """A first-level division's name (a place's ``admin1``) -> its capital's gazetteer id."""
    data = load_yaml(resources.files("rasd.data.places").joinpath("admin1.yaml").read_text("utf-8"))
    return {row["name"]: f"geonames:{row['capital']}" for rows in data.values() if isinstance(rows, list)
            for row in rows if isinstance(row, dict) and row.get("capital")}


def _reference_point(words: Words, p: Arg, places: list[Arg], cues: RoleCues) -> bool:
    """Whether place ``p`` is told as where another place lies: a direction or قرب opens it
    or stands just before it, and between it and the place before it stand only the words of
    ``reference_gap`` (roles.yaml: "الواقعة"، a distance, "المحاصرة"); or, with no place
    before, a relative "الواقعة" does ("ففي الحويجة الواقعة شمال بغداد" when the town itself
    was not found)."""
    point, gap_rx = cues.reference_point, cues.reference_gap
    if point is None or gap_rx is None:
        return False
    first = words.words[p.first].text
    if first.startswith("و") and not normalize(str(p.value.get("name_ar") or "")).text.startswith("و"):
        # "شمالي وشرقي حماة وجنوبي حلب": one more target, coordinated (but see below)
        return _second_reference(words, p.first, p, places, cues)
    own = bool(point.match(first)) or "direction" in p.span.rule
    lo = words.sentence_range(p.sentence)[0]
    # a country is not told by a town it lies near: "الأراضي التركية قرب قرية X" happened at X
    ends = {q.last for q in places if q is not p and q.value.get("kind") != "country"}
    between: list[str] = []
    for k in range(p.first - 1, max(lo, p.first - 1 - cues.reference_gap_words) - 1, -1):
        if words.words[k].comma:  # another clause, unless a list the places stage tied to p ends
            return k + 1 in ends and _tied_to(p, places, k + 1)  # there ("قرى A , B , شمال X")
        if k + 1 in ends:  # the place before: p is its reference if a direction says so
            return own or any(point.match(w) for w in between)
        text = words.words[k].text
        if not between and k + 1 == p.first and text[:1] == "و" and point.match(text[1:]):
            return _second_reference(words, k, p, places, cues)
        if not (point.match(text) or gap_rx.match(text)):
            break
        between.append(text)
    # no place found before: a relative "الواقعة" still says p only tells where something lies
    return (own or any(point.match(w) for w in between)) and any(
        w.startswith("الواقع") for w in between)


def _tied_to(p: Arg, places: list[Arg], end: int) -> bool:
    """Whether the place ending at word ``end`` is a settlement the gazetteer lacks that the
    places stage tied "in" or "near" ``p`` (PLACE10; a tie by a shared list says no more
    than that both were named): p is where it lies."""
    gid = p.value.get("gazetteer_id")
    return gid is not None and any(q.last == end and q.value.get("within_id") == gid
                                   and q.value.get("tie") in ("in", "near") for q in places)


def _second_reference(words: Words, k: int, p: Arg, places: list[Arg], cues: RoleCues) -> bool:
    """Whether place ``p``, whose coordinated direction (وشرقي) is word ``k``, is a second
    reference of a place told just before: "قرى A , B شمال غربي بلدة X وشرقي مدينة Y" — Y says
    where the villages lie as X does (VILLAGES21). A coordinated direction after a target
    ("شمالي حماة وجنوبي حلب") is one more target."""
    point = cues.reference_point
    text = words.words[k].text
    if point is None or text[:1] != "و" or not point.match(text[1:]):
        return False
    before = next((q for q in places if q.last == k and q is not p), None)
    return before is not None and _reference_point(words, before, places, cues)


def _seat_of_its_governorate(words: Words, town: Arg, seat: Arg) -> bool:
    """Whether ``seat`` (a governorate's capital, named like its governorate: الحسكة، حلب) only
    says which governorate ``town``, told right before it and in it, is in: "القامشلي في الحسكة".
    Not "في القامشلي وفي الحسكة" (coordinated) nor a town of another governorate before it."""
    t, s = town.value, seat.value
    if town is seat or seat.first != town.last + 1 or words.words[town.last].text != "في":
        return False
    admin1 = s.get("admin1")
    return (admin1 is not None and t.get("admin1") == admin1 and t.get("kind") in TOWNS | POINTS
            and _place_key(t) != _place_key(s) and _capitals().get(admin1) == s.get("gazetteer_id"))


LIST_GAP = 8  # most words between two places of one list of targets
# one place each, even in a list of towns (a deployment's list is read by build._gathered_in, a
# withdrawal's list of towns left by _left_towns)
UNSPLIT = frozenset({"CONSULT", "REQUEST", "REJECT", "AGREE", "RETREAT"})


def _listed(words: Words, prev: Arg, place: Arg, lex: Lexicon) -> bool:
    """Whether ``place`` continues the list of targets ``prev`` is in ("على البوكمال والميادين",
    "قاعدة الإمام علي ... والحسيان، ... ومنطقة المزارع جنوب الميادين"), not another clause
    ("قصف قاعدة حميميم وتصعيد بين أتباع الجانبين في دير الزور").
    """
    gap = range(prev.last - 1, place.first)
    if place.first - prev.last > LIST_GAP or any(words.words[k].ends_clause for k in gap):
        return False
    return not any(cue_matches(lex.places["list_break"], words.words[k].text) or _new_verb(words, k, place.first)
                   for k in range(prev.last, place.first))


def _new_verb(words: Words, k: int, end: int) -> bool:
    """Whether word ``k`` (before a place at ``end``) is a verb coordinated by و that opens a
    clause of its own ("في أربيل وعثر على جثته في الموصل"; roles.yaml ``list_verb_*``)."""
    cues = role_cues()
    w = words.words[k].text
    if w[:1] not in ("و", "ف") or cues.list_verb_not.match(w):
        return False
    if cues.list_verb_feminine.match(w) or (cues.date_consequence and cues.date_consequence.match(w)):
        return True
    return bool(cues.list_verb_short.match(w)) and k + 1 < end and bool(
        cues.list_verb_next.match(words.words[k + 1].text))


def town_rank(place: dict[str, Any]) -> tuple[int, int]:
    return (0 if place.get("kind") in TOWNS else 1, place.get("geo_precision") or 3)


def place_rank(place: dict[str, Any], other: dict[str, Any]) -> tuple[int, int]:
    """Which of two near places names a happening best: a quarter of a city ("Damascus -
    Jobar", ACLED's "City - District") before that city, a town before its crossing or airport."""
    return (-1, 0) if quarter_of(place, other) else town_rank(place)


def near(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """One town-level location for ACLED: the same entry, or points within ``NEAR_KM``.

    A crossing or an airport a few kilometres from a town is coded to the town, so strikes on
    "معبر القائم" and "جنوب البوكمال" the same night are one event; a quarter of a city, placed
    at its city's point, is one location with that city and its other quarters
    (:func:`quarter_of`), not with a town a few kilometres off; a facility near the city
    is coded to it, and so to the quarter.
    """
    if not a or not b:
        return False
    if _place_key(a) == _place_key(b):
        return True
    ka, kb = a.get("kind"), b.get("kind")
    if (a.get("unresolved") or b.get("unresolved")) and "district" not in (ka, kb):
        return False  # a settlement the gazetteer lacks has a borrowed point: no distance
    if ka == kb == "district":  # two quarters of one city are one town-level location
        return _city_of(a) == _city_of(b)
    if (ka == "district" and kb in TOWNS) or (kb == "district" and ka in TOWNS):
        # a quarter sits at its city's point: it is its own city, not a town a few km off
        return quarter_of(a, b) or quarter_of(b, a)
    if (a.get("geo_precision") or 3) == 3 or (b.get("geo_precision") or 3) == 3:
        return False
    try:
        lat1, lon1, lat2, lon2 = (radians(float(v)) for v in (a["latitude"], a["longitude"],
                                                                b["latitude"], b["longitude"]))
    except (KeyError, TypeError, ValueError):
        return False
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    facility = a.get("kind") not in TOWNS or b.get("kind") not in TOWNS
    return 2 * EARTH_KM * asin(sqrt(h)) <= (NEAR_FACILITY_KM if facility else NEAR_KM)


TARGET_CELL = 12.0 / EARTH_KM  # a cube's side on the unit sphere, wider than NEAR_FACILITY_KM


class TargetSpots:
    """The spots a merge files a place under, so that the places :func:`same_target` (or an
    equal :func:`place_key`) can accept beside a place are found by a few look-ups, not a
    pass over every event of the page (ROBUST27; :meth:`rasd.events.candidates.Candidates.
    near_placed`). A place is filed under its key; a city quarter (``district``) under
    ``district`` (asked by every place: quarters match by their city's name, or by distance
    from a place of no town kind); a place :func:`near` may measure (geo_precision 1–2, not
    unresolved, a readable point) under the cube of side ``TARGET_CELL`` its point falls in on
    the unit sphere — two points within ``NEAR_FACILITY_KM`` lie in neighbouring cubes, so a
    place asks its own cube and the 26 around it. No place (None) is filed under ``none``,
    which every place asks; a quarter asks nothing narrower than all."""

    def file(self, place: dict[str, Any] | None) -> tuple[Any, ...]:
        if place is None:
            return ("none",)
        spots: list[Any] = [("key", _place_key(place))]
        if place.get("kind") == "district":
            spots.append("district")
        cube = _cube(place)
        if cube is not None:
            spots.append(cube)
        return tuple(spots)

    def ask(self, place: dict[str, Any] | None) -> tuple[Any, ...] | None:
        if place is None or place.get("kind") == "district":
            return None
        spots: list[Any] = ["none", ("key", _place_key(place)), "district"]
        cube = _cube(place)
        if cube is not None:
            x, y, z = cube[1:]
            spots += [("cube", x + i, y + j, z + k) for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)]
        return tuple(spots)


def _cube(place: dict[str, Any]) -> tuple[str, int, int, int] | None:
    """The cube of the unit sphere a place's point falls in, when :func:`near` may measure it."""
    if not place or (place.get("geo_precision") or 3) == 3 or place.get("unresolved"):
        return None
    try:
        lat, lon = radians(float(place["latitude"])), radians(float(place["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None
    x, y, z = cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat)
    if not (isfinite(x) and isfinite(y) and isfinite(z)):
        return None
    return ("cube", floor(x / TARGET_CELL), floor(y / TARGET_CELL), floor(z / TARGET_CELL))


def distinct_towns(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two places are two settlements the gazetteer tells apart: ACLED codes a strike
    on each town of a list as its own event however close they are ("بلدات اللطامنة وكفرزيتا
    ومورك"، "حمورية ومسرابا وحرستا" a few km apart in the Ghouta), and a settlement added with
    a neighbour's coordinate (geo_precision 2) is not that neighbour."""
    return (bool(a) and bool(b) and a.get("kind") in TOWNS and b.get("kind") in TOWNS
            and _place_key(a) != _place_key(b))


def same_target(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two places are one target of a strike: near each other (:func:`near`) and not
    two settlements the gazetteer tells apart (:func:`distinct_towns`)."""
    return near(a, b) and not distinct_towns(a, b)


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Great-circle distance between two places' points, or None when one has no point."""
    try:
        lat1, lon1, lat2, lon2 = (radians(float(v)) for v in (a["latitude"], a["longitude"],
                                                                b["latitude"], b["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * asin(sqrt(h))


def _city_of(quarter: dict[str, Any]) -> str:
    """The city a quarter's ACLED name ("City - Quarter") names."""
    return str(quarter.get("name") or "").split(" - ", 1)[0]


def quarter_of(quarter: dict[str, Any], city: dict[str, Any]) -> bool:
    """Whether ``quarter`` (kind ``district``, named "City - Quarter" as ACLED does) is a
    quarter of the town ``city`` (حي جوبر of دمشق, not of حرستا a few kilometres off)."""
    return (quarter.get("kind") == "district" and city.get("kind") in TOWNS
            and str(quarter.get("name") or "").startswith(f"{city.get('name')} - "))


PART_GAP = 2  # most words between a breakdown part and its cause word or trigger ("4 جراء القصف")


def part_of(words: Words, part: Arg, triggers: list[Candidate]) -> bool:
    """Whether a breakdown part of a total is the toll of one of ``triggers``: it stands right
    before a cause word that leads to the trigger ("قضى 6 أشخاص بينهم 4 جراء القصف الروسي و2
    برصاص حرس الحدود": the shelling killed 4), or before the trigger itself ("و2 بقصف"). A part
    naming its own people ("بينهم 4 أطفال") is who they were, not a cause: never the event's toll."""
    if isinstance(part.value, dict) and part.value.get("who"):
        return False  # "بينهم 4 أطفال جراء القصف": a kind of victim among all the shelling killed
    cues = role_cues()
    for cand in triggers:
        gap = range(part.last, cand.first)
        if len(gap) > PART_GAP or cand.first < part.last:
            continue
        if any(cues.cause_words.match(words.words[k].text) for k in gap) or (
                not gap and cues.cause_words.match(words.words[cand.first].text)):
            return True
    return False


def actor_key(actor: dict[str, Any] | None) -> str | None:
    return None if actor is None else _key(actor)


def place_key(place: dict[str, Any] | None) -> str | None:
    return None if place is None else _place_key(place)


def unplaced_name(doc: Document, start: int, end: int) -> str | None:
    """The normalised name of a place that ``[start, end)`` (a sentence) tells something
    happened in but the places stage could not resolve ("في ولاية هكاري"): a LOC or
    PLACE_UNRESOLVED after a locative word (``roles.yaml``: locative_words, place_nouns), not
    inside a resolved PLACE or an ACTOR. None when every such place is resolved."""
    found = unplaced_span(doc, start, end)
    return None if found is None else normalize(doc.text[found[0]:found[1]]).text


def unplaced_span(doc: Document, start: int, end: int,
                  noun_only: bool = False, near: int | None = None) -> tuple[int, int] | None:
    """Where :func:`unplaced_name` finds its name: ``(start, end)``, the longest of the LOC
    and PLACE_UNRESOLVED spans starting there (the NER reads "قرة تبه" whole where the cue
    read one word). ``noun_only``: only a name after a place noun
    of a settlement ("في قرية قرة تبه"; ``roles.yaml``: settlement_nouns), never an area's
    ("في منطقة البريج" may be where jets crossed, not what they struck). ``near``: of several
    such names, the one closest to that offset (a trigger's: "سيطر على قرية بليل ... بأن الجيش
    استعاد قرية أم خزيم" places each capture in its own village), else the first."""
    told = _unplaced_told(doc, start, end, noun_only)
    if not told:
        return None
    if near is None:
        return told[0]
    # the closest in one clause with the trigger: nearest first, so the clause test (a scan of
    # the text between) runs on few names, not on every name of a long run-on sentence
    return next((x for x in sorted(told, key=lambda x: abs(x[0] - near)) if _one_clause(doc, near, x[0])), None)


def _unplaced_told(doc: Document, start: int, end: int, noun_only: bool) -> tuple[tuple[int, int], ...]:
    """The names :func:`unplaced_span` may take in ``[start, end)``, in text order. What the
    sentence's names and places decide is read once (:func:`_scan_unplaced`) and kept on the
    document while no name, place or actor is added (POLISH27: each placeless event of a
    sentence asked again, so a run-on sentence of N such events read its N names N times —
    22 s at N = 800); only the trigger test is asked anew, the events stage adding triggers
    as it goes."""
    at = doc._positions()
    version = (doc.spans, tuple(len(at.get(label, ())) for label in _UNPLACED_LABELS))
    memo = doc.__dict__.get("_unplaced_memo")
    if memo is None or memo[0] is not version[0] or memo[1] != version[1]:
        memo = doc.__dict__["_unplaced_memo"] = (version[0], version[1], {})
    key = (start, end, noun_only)
    found = memo[2].get(key)
    if found is None:
        found = memo[2][key] = _scan_unplaced(doc, start, end, noun_only)
    return tuple((first, last) for first, last, sure in found
                 if sure or _trigger_object(doc, start, first))


_UNPLACED_LABELS = ("PLACE_UNRESOLVED", "LOC", "PLACE", "ACTOR")


def _scan_unplaced(doc: Document, start: int, end: int,
                   noun_only: bool) -> tuple[tuple[int, int, bool], ...]:
    """Every name of ``[start, end)`` :func:`unplaced_span` may take, in text order, with
    whether it is sure (``False``: only if the settlement noun before it is a trigger's object,
    :func:`_trigger_object`, asked when the name is)."""
    cues = role_cues()
    if cues.locative_words is None or cues.place_nouns is None:
        return ()
    taken: Callable[[int, int], bool] | None = None  # read only for a sentence with a loose name
    best: dict[int, int] = {}
    told: list[tuple[int, int, bool]] = []
    tied: set[int] = set()  # settlements the places stage tied to a resolved place: placed already
    for span in doc.within(start, end, "PLACE_UNRESOLVED", "LOC"):
        if span.end > best.get(span.start, -1):
            best[span.start] = span.end
        if isinstance(span.value, dict) and span.value.get("place"):
            tied.add(span.start)
    for first in sorted(best):
        last = best[first]
        if taken is None:
            taken = _overlap_test([(s.start, s.end) for s in doc.within(start, end, "PLACE", "ACTOR")])
        if taken(first, last):
            continue
        before = normalize(doc.text[max(start, first - 30):first]).text.split()
        noun = bool(before and cues.place_nouns.match(before[-1]))
        settlement = noun and cues.settlement_nouns is not None and bool(cues.settlement_nouns.match(before[-1]))
        if noun:
            before = before[:-1]
        if before and cues.locative_words.match(before[-1]) and (settlement or not noun_only):
            told.append((first, last, True))
        elif settlement and before and first not in tied:
            if _targeted(cues, before[-1]):
                told.append((first, last, True))
            else:
                told.append((first, last, False))
    return tuple(told)

CLAUSE_MARKS = frozenset(".;؛")


def _one_clause(doc: Document, a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` stand in one clause: no stop between them and no contrast
    word opening another ("... في ريف حماة , على حين أفادت مصادر بأن الجيش استعاد قرية Y": Y is
    not the first clause's village; ``roles.yaml``: contrast_breaks). A comma or a dash is no
    break: "اعتقلت الجبهة الشامية - الجيش الحر , مسؤولا في بلدة X" is one clause."""
    lo, hi = sorted((a, b))
    between = doc.text[lo:hi]
    if any(c in CLAUSE_MARKS for c in between):
        return False
    contrast = clause_cues().contrast
    return not any(contrast.match(w) for w in normalize(between).text.split())


def _targeted(cues: RoleCues, word: str) -> bool:
    """Whether ``word`` (normalised) before a settlement noun makes the settlement a happening's
    target or ground ("السيطرة على قرية أبو لفة"; ``roles.yaml``: settlement_target_words)."""
    return cues.settlement_target_words is not None and bool(cues.settlement_target_words.match(word))


def _trigger_object(doc: Document, start: int, name: int) -> bool:
    """Whether the settlement noun right before the name at ``name`` follows a trigger's span
    right away or ends it: the trigger's object ("غارات روسية استهدفت قرية سرحا"، "استعاد قرية")."""
    return any(len(doc.text[t.end:name].split(None, 1)) <= 1 for t in doc.within(start, name, "TRIGGER"))

