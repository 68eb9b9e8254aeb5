"""Places across the clauses of one sentence: which list of towns a split event takes.

A sentence may tell one kind of happening twice, in two clauses set against each other:
"قتل أربعة أشخاص في مدينة عربين بينما قتل الآخرون في ضربات على مسرابا وحرستا". The trigger
words of both clauses are one group (one event head), so the first list of targets ("عربين")
used to take the whole story and the towns of the second clause gave no event. The schema
wants one event per town: the second clause's towns are targets too, when a trigger of the
same PLOVER type stands before them in their clause (:func:`parallel_targets`).

The reverse case: the first place after a trigger past a contrast word ("تعرضت أماكن في بلدة
حيان لقصف ، في حين سقطت قذيفة على حي جمعية الزهراء") belongs to the other clause
(:func:`past_contrast`); the trigger's own target is the place before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from rasd.datafiles import NEVER, data_file, data_pattern, optional_pattern
from rasd.events.lexicon import Lexicon
from rasd.events.tokens import QUOTES, Words
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Arg

CLAUSE_GAP = 12  # most words from a second trigger to the first place of its own list


@dataclass(frozen=True, slots=True)
class ClauseCues:
    contrast: re.Pattern[str]
    place_noun: re.Pattern[str]
    near: re.Pattern[str]
    slogan: re.Pattern[str]
    slogan_window: int
    slogan_reach: int
    axis: re.Pattern[str] | None = None
    part: re.Pattern[str] | None = None
    part_adjective: re.Pattern[str] | None = None
    driven: re.Pattern[str] | None = None
    driven_window: int = 0


@cache
def clause_cues() -> ClauseCues:
    """The ``contrast_breaks`` and ``origin_place_nouns`` cues of roles.yaml, loaded once."""
    data = data_file("rasd.data.events", "roles.yaml")
    return ClauseCues(contrast=data_pattern("roles.yaml", "contrast_breaks"),
                      place_noun=data_pattern("roles.yaml", "origin_place_nouns"),
                      near=data_pattern("roles.yaml", "origin_near_words"),
                      slogan=data_pattern("roles.yaml", "slogan_words"),
                      slogan_window=int(data["slogan_window"]),
                      slogan_reach=int(data["slogan_reach"]),
                      axis=optional_pattern("roles.yaml", "origin_axis_words"),
                      part=optional_pattern("roles.yaml", "origin_part_words"),
                      part_adjective=optional_pattern("roles.yaml", "origin_part_adjectives"),
                      driven=optional_pattern("roles.yaml", "origin_driven_words"),
                      driven_window=int(data.get("origin_driven_window") or 0))


def sentence_triggers(words: Words, lex: Lexicon, sentence: int) -> list[tuple[int, int, str, str | None]]:
    """(first word, end word, PLOVER type, ACLED event type) of every trigger form in ``sentence``.
    Asked only for sentences whose target list breaks; the first ask scans the document's
    text with the lexicon once, and the table by sentence is kept on ``words.memo`` (per
    document and per lexicon), so every later ask costs a list copy."""
    key = ("place_clauses:triggers", id(lex))
    table: dict[int, list[tuple[int, int, str, str | None]]] | None = words.memo.get(key)  # type: ignore[assignment]
    if table is None:
        table = {}
        for m in lex.scan(words.norm.text):
            group = m.lastgroup
            if group is None:
                continue
            first, last = words.index_of_norm(m.start(), m.end())
            if first >= len(words):
                continue
            kind = lex.triggers[int(group[1:])]
            table.setdefault(words.words[first].sentence, []).append(
                (first, last, kind.plover, kind.event_type))
        words.memo[key] = table  # type: ignore[assignment]
    return list(table.get(sentence, ()))


def past_contrast(words: Words, start: int, end: int) -> bool:
    """Whether a contrast word (بينما، في حين …) or a clause end stands in words ``start..end-1``."""
    contrast = clause_cues().contrast
    return any(words.words[k].ends_clause or contrast.match(words.words[k].text)
               for k in range(start, end))


def parallel_targets(words: Words, lex: Lexicon, plover: str, after: int,
                     rest: list[tuple[Arg, str]], listed: Callable[[Arg, Arg], bool], event_type: str | None = None
                     ) -> list[tuple[Arg, str]]:
    """The towns of later clauses that tell the same kind of happening: from ``rest`` (the
    places after the end of the first list, word ``after``, in order), each list that starts
    within ``CLAUSE_GAP`` words after a trigger of type ``plover`` standing past a contrast
    word, continued while ``listed(prev, place)`` holds."""
    if not rest:
        return []
    sentence = rest[0][0].sentence
    contrast = clause_cues().contrast
    typed, firsts, ends = _typed_triggers(words, lex, sentence, plover, event_type)
    if firsts is None or ends is None:  # never (the scan's order): every trigger is read
        firsts, ends, ordered = [t[0] for t in typed], [t[1] for t in typed], False
    else:
        ordered = True
    low = bisect_left(firsts, after) if ordered else 0  # the triggers from word ``after`` on
    floor = after
    out: list[tuple[Arg, str]] = []
    i = 0
    while i < len(rest):
        p = rest[i][0]
        opener = None  # the last trigger ending at most CLAUSE_GAP words before the place
        top = bisect_right(ends, p.first, lo=low) if ordered else len(typed)
        for x in range(top - 1, low - 1, -1):
            t = typed[x]
            if t[0] < floor or t[1] > p.first:
                continue  # only when out of order
            if p.first - t[1] > CLAUSE_GAP:
                if ordered:
                    break  # the triggers before end further off still (ends stand in order)
                continue
            if not any(words.words[k].ends_clause for k in range(t[1] - 1, p.first)):
                opener = t
                break
        if opener is None or not _second_clause(words, contrast, after, opener[0]):
            i += 1
            continue
        out.append(rest[i])
        j = i + 1
        while j < len(rest) and listed(rest[j - 1][0], rest[j][0]):
            out.append(rest[j])
            j += 1
        after, i = rest[j - 1][0].last, j
        floor = max(floor, after)
        if ordered:
            low = max(low, bisect_left(firsts, after))
    return out


def _typed_triggers(words: Words, lex: Lexicon, sentence: int, plover: str, event_type: str | None
                    ) -> tuple[list[tuple[int, int, str, str | None]], list[int] | None, list[int] | None]:
    """:func:`sentence_triggers` of one PLOVER type (and ACLED event type, when given) with their
    first and end words, kept on ``words.memo``: a run-on sentence's triggers each ask
    (:func:`parallel_targets`), and each reads only those near its places (ROBUST27). The
    lexicon's scan finds triggers in text order without overlaps, so both lists are sorted."""
    key = (f"place_clauses:typed:{plover}:{event_type}:{id(lex)}", sentence)
    got = words.memo.get(key)
    if got is None:
        typed = [t for t in sentence_triggers(words, lex, sentence) if t[2] == plover
                 and (event_type is None or t[3] == event_type)]
        firsts, ends = [t[0] for t in typed], [t[1] for t in typed]
        ordered = not (any(a > b for a, b in pairwise(firsts)) or any(a > b for a, b in pairwise(ends)))
        got = words.memo[key] = (typed, firsts, ends) if ordered else (typed, None, None)  # type: ignore[assignment]
    return got  # type: ignore[return-value]


def _second_clause(words: Words, contrast: re.Pattern[str], after: int, opener: int) -> bool:
    """Whether a trigger at word ``opener`` stands in another clause than the list of targets
    ended at word ``after``: a contrast word (بينما، في حين) or, as often, a comma or a clause
    end then a word opened by و stands between them ("استهدف قرية كفرعويد ، وقضى مدني بإلقاء
    برميل متفجر على مدينة معرة النعمان": a second strike, on its own town)."""
    ws = words.words
    if any(contrast.match(ws[k].text) for k in range(after, opener)):
        return True
    if any(ws[k].comma and place_cues().elaboration.match(ws[k + 1].text)
           for k in range(after - 1, opener)):
        return True  # "على ريف حماة ، حيث قصف مدينة اللطامنة": where, in detail
    return any((ws[k].comma or ws[k].ends_clause) and ws[k + 1].text[:1] == "و"
               for k in range(after - 1, opener))


DASH_AFTER = re.compile(r"[ \t]*[-–—][ \t]")
DATELINE_BEFORE = frozenset("\n|:.)") | frozenset("0123456789٠١٢٣٤٥٦٧٨٩")
DASH_SKIP = " \t#\"'«»(-–—"


def _after_dash(text: str, end: int) -> int | None:
    """Where the words after a dash right after ``end`` start (past spaces and marks), or
    ``None`` when no dash follows the place."""
    m = DASH_AFTER.match(text, end)
    if m is None:
        return None
    k = m.end()
    while k < len(text) and text[k] in DASH_SKIP:
        k += 1
    return k


def dash_dateline(text: str, start: int, end: int, place_starts: frozenset[int] | set[int]) -> bool:
    """Whether the place at ``text[start:end]`` is a dateline run into a page's text: the city
    a report was filed from, before a dash, opening its line or told right after the page's
    printed date ("2017 - 12 - 25 المنامة - الخليج أونلاين قضت المحكمة …"، "… من . . .
    الانبار - عراق برس - 30 تشرين الثاني : قال"). Not one of two places joined by a dash (a
    road, an axis, a list: "الميادين - البوكمال"، "# الرستن - # تلبيسة"), nor a place a word
    governs ("استهدفت دمشق - اليوم السابع"). ACLED does not code where a report was written."""
    k = _after_dash(text, end)
    if k is None:
        return False
    if _wire_dateline(text, k):
        return True  # "بيروت - د ( د ب أ ) - أرسلت": a wire's dateline, whatever comes before
    if k in place_starts:
        return False
    j = start - 1
    while j >= 0 and text[j] in " \t\"'«»#":
        j -= 1
    return j < 0 or text[j] in DATELINE_BEFORE


WIRE_END = re.compile(r"\s*\)?\s*[-–—]")


def _wire_dateline(text: str, k: int) -> bool:
    """Whether a wire agency and another dash follow a dash at ``k`` ("بيروت - ( أ ف ب ) -
    قتل"، "دمشق - د ( د ب أ ) - أرسلت"): a dateline however the page ran into it. A credit
    closing a caption ("قصفت بيروت - ( أ ف ب )") has no dash after it."""
    head = normalize(text[k:k + 32]).text
    m = place_cues().wire.match(head)
    return m is not None and WIRE_END.match(head, m.end()) is not None


SKIPPED = frozenset({"#", "\"", "'", "«", "»"})  # marks between a place noun and its name


def marker_words(words: Words, first: int, lo: int) -> tuple[int, ...]:
    """The two words before a place at word ``first`` that may mark it (a preposition, a
    place noun), past a hashtag or a quote mark ("من بلدة # كفريا"): ``lo`` is its sentence's first."""
    out: list[int] = []
    k = first - 1
    while k >= lo and len(out) < 2:
        if words.words[k].text not in SKIPPED:
            out.append(k)
        k -= 1
    return tuple(out)


def from_settlement(words: Words, marks: tuple[int, ...]) -> bool:
    """Whether the place those words mark is told as where something came from: "من" before
    a bare place noun ("قصف على المدينة من بلدة كفريا"، "قادمة من مدينة"), the noun being
    a word of the place's own phrase, not a locative of its own."""
    if len(marks) != 2:
        return False
    at = marks[1]
    axis = clause_cues().axis
    if axis is not None and axis.match(words.words[at].text) and at > 0 and (
            words.words[at - 1].sentence == words.words[at].sentence
            and words.words[at - 1].text == "من"):
        at -= 1  # "من محور قرية X": the axis an advance set out from (roles.yaml origin_axis_words)
    if words.words[at].text != "من":
        return False
    # "بالقرب من بلدة الغندورة"، "على بعد كيلومترين من مدينة": near it, no origin
    return bool(clause_cues().place_noun.match(words.words[marks[0]].text)) and not (
        near_from(words, at) or each_of(words, at) or part_from(words, at) or driven_from(words, at))


def near_from(words: Words, k: int) -> bool:
    """Whether "من" at word ``k`` ends a word of nearness or distance before it ("بالقرب من"،
    "على بعد 5 كم من"، "جنوب من"): the place after it is where it happened, near it."""
    return k > 0 and words.words[k - 1].sentence == words.words[k].sentence and bool(
        clause_cues().near.match(words.words[k - 1].text))


def part_from(words: Words, k: int) -> bool:
    """Whether "من" at word ``k`` closes a part of the place after it ("في الجبهات الشمالية من
    بلدة الغنطو"، "على أجزاء واسعة من مدينة كركوك"): a part noun right before it, or past its
    adjective, in its clause (roles.yaml ``origin_part_words``, ``origin_part_adjectives``,
    PLACE25); not before an axis word ("أطراف المدينة من جهة حرستا": from its side)."""
    cues = clause_cues()
    if cues.part is None:
        return False
    ws = words.words
    if k + 1 < len(ws) and cues.axis is not None and cues.axis.match(ws[k + 1].text):
        return False  # "من جهة حرستا": from its side, an origin
    for j in (k - 1, k - 2):
        if j < 0 or ws[j].sentence != ws[k].sentence or ws[j].comma or ws[j].ends_clause:
            return False
        if cues.part.match(ws[j].text):
            return True
        if cues.part_adjective is None or not cues.part_adjective.match(ws[j].text):
            return False  # past one word only when it is the part's adjective
    return False


def driven_from(words: Words, k: int) -> bool:
    """Whether "من" at word ``k`` tells where a side was driven out of: a verb of driving out
    at most ``origin_driven_window`` words before it in its clause ("طردت قوات سوريا الديمقراطية
    التنظيم من مدينة منبج"): the town is where it was fought (roles.yaml
    ``origin_driven_words``, PLACE25)."""
    cues = clause_cues()
    if cues.driven is None:
        return False
    ws = words.words
    for j in range(k - 1, max(-1, k - 1 - cues.driven_window), -1):
        if ws[j].sentence != ws[k].sentence or ws[j].comma or ws[j].ends_clause:
            return False
        if cues.driven.match(ws[j].text):
            return True
    return False


def each_of(words: Words, k: int) -> bool:
    """Whether "من" at word ``k`` follows "كلا" / "كل" ("قصفت كلا من بلدة كفرنبل ومدينة معرة
    النعمان"): "each of" opens a list, so the place after it is no origin (nor, by itself, a
    locative: "لكل من إسرائيل والحزب" names parties)."""
    return k > 0 and words.words[k - 1].sentence == words.words[k].sentence and (
        words.words[k - 1].text in EACH_OF_WORDS)


@cache
def taken_from_types() -> frozenset[str]:
    """PLOVER types whose "من X" names where it happened (roles.yaml ``taken_from_types``)."""
    data = data_file("rasd.data.events", "roles.yaml")
    return frozenset(data.get("taken_from_types") or ())


@cache
def from_list_types() -> frozenset[str]:
    """PLOVER types told once per town of the "من" list after their trigger (roles.yaml
    ``from_list_types``): a withdrawal's."""
    data = data_file("rasd.data.events", "roles.yaml")
    return frozenset(data.get("from_list_types") or ())


def away_from_home(usable: list[tuple[Arg, str]]) -> list[tuple[Arg, str]]:
    """The places of ``usable`` (place, kind) without the people's home towns when a locative
    tells where it happened ("قتل ثلاثة من أبناء مدينة سراقب في قصف على بلدة كفرنبل":
    Kafranbel); else a home town is the best guess ("اعتقال أربعين شابا من أبناء مدينة التل")."""
    if not any(k == "home" for _p, k in usable) or not any(
            k in ("locative", "taken-from") for _p, k in usable):
        return usable
    return [x for x in usable if x[1] != "home"]


# --- people told by their home town; lists that share one marker (SPLIT11, session 11) ------

LIST_KINDS = frozenset({"home", "origin", "taken-from"})  # taken-from: "انسحبت من مارع وتل رفعت" (GRAIN17)


@cache
def _people_origin() -> re.Pattern[str]:
    return optional_pattern("granularity.yaml", "people_origin_words") or NEVER


def people_origin(words: Words, marks: tuple[int, ...]) -> bool:
    """Whether the word right before a place names people by where they come from (a word of
    granularity.yaml ``people_origin_words``: "حافلات مهجري كفريا"، "نازحي حماة"): the place is
    their home, not where a blast or a shelling that hit them happened. With "من" between
    ("للنازحين من دير الزور") the place is already an origin, which no event takes: left so."""
    return bool(marks) and bool(_people_origin().match(words.words[marks[0]].text))


def list_kind(words: Words, first: int, prev_end: int | None, prev_kind: str | None) -> str | None:
    """The kind a place at word ``first`` takes from the place before it (its words end before
    ``prev_end``, an Arg's exclusive ``last``) when the two are one
    list ("أهالي كفريا والفوعة"، "الخارجين من بلدتي كفريا والفوعة"): the place's first word
    carries و and stands right after the other's last, and the other's kind is a people's home
    or an origin. The marker before a list governs all its members; read alone, the second
    member's markers are the first member's name and would leave it a target of its own."""
    if prev_end is None or prev_kind not in LIST_KINDS:
        return None
    if first != prev_end or words.words[first].sentence != words.words[prev_end - 1].sentence:
        return None
    return prev_kind if words.words[first].text.startswith("و") else None


def in_slogan(words: Words, first: int, lo: int) -> bool:
    """Whether the place at word ``first`` stands inside a quoted slogan: a slogan word
    (roles.yaml ``slogan_words``) before it in its clause, then an opening quotation mark at
    most ``slogan_window`` words after that word (at most ``slogan_reach`` words before the
    place) and none closing it before the place
    ("ورددوا هتافات بينها " القدس عربية ""). Quote marks are no words: read in the text."""
    ws = words.words
    text = words.doc.text
    key = ("quoted", lo)  # most sentences quote nothing: one scan of the sentence's text
    quoted = words.memo.get(key)
    if quoted is None:
        hi = words.sentence_range(ws[lo].sentence)[1]
        span = text[ws[lo].start:ws[hi - 1].end]
        quoted = words.memo[key] = any(c in span for c in QUOTES)
    if not quoted:
        return False
    cues = clause_cues()
    for j in range(first - 1, max(lo, first - cues.slogan_reach) - 1, -1):
        if ws[j].ends_clause:
            return False
        if cues.slogan.match(ws[j].text):
            opened = ws[j + cues.slogan_window].end if j + cues.slogan_window < first else ws[first].start
            head = text[ws[j].end:opened]
            inside = text[ws[j].end:ws[first].start]
            return any(c in QUOTES for c in head) and sum(c in QUOTES for c in inside) % 2 == 1
    return False


# --- which place of a sentence an event takes (PLACE, session 9) ---------------------------

EACH_OF_WORDS = frozenset({"كلا", "وكلا", "كل", "لكل", "بكل"})  # before من: "each of", a list


@dataclass(frozen=True, slots=True)
class PlaceCues:
    street: re.Pattern[str]
    route: re.Pattern[str]
    destination: re.Pattern[str]
    route_window: int
    container: re.Pattern[str]
    wire: re.Pattern[str]
    located: re.Pattern[str]
    located_link: re.Pattern[str]
    located_unit: re.Pattern[str]
    elaboration: re.Pattern[str]


@cache
def place_cues() -> PlaceCues:
    """The place-choosing cues of granularity.yaml (``street_words``, ``route_*``,
    ``chain_container_words``, ``dateline_wires``), normalised and compiled once."""
    data = data_file("rasd.data.events", "granularity.yaml")
    return PlaceCues(street=data_pattern("granularity.yaml", "street_words"),
                     route=data_pattern("granularity.yaml", "route_words"),
                     destination=data_pattern("granularity.yaml", "route_destination"),
                     route_window=int(data["route_window"]),
                     container=data_pattern("granularity.yaml", "chain_container_words"),
                     wire=data_pattern("granularity.yaml", "dateline_wires"),
                     located=data_pattern("granularity.yaml", "located_words"),
                     located_link=data_pattern("granularity.yaml", "located_links"),
                     located_unit=data_pattern("granularity.yaml", "located_units"),
                     elaboration=data_pattern("granularity.yaml", "elaboration_words"))


def _bare(words: Words, place: Arg) -> bool:
    """Whether the place's first word carries no و or preposition its name does not."""
    word = words.words[place.first].text
    name = normalize(str(place.value.get("name_ar") or "")).text
    return not (word[:1] in ("و", "ب", "ل", "ف") and word[:1] != name[:1])


def street_name(words: Words, place: Arg, lo: int) -> bool:
    """Whether ``place`` is named as a street's name ("في شارع جسر السويس شرق القاهرة": Suez is
    the street's, Cairo is where it happened): a street word (granularity.yaml ``street_words``)
    right before it, or one word before that when the place and the word between carry no
    preposition ("شارع النيل بالقاهرة" stays Cairo, "شارع في حلب" Aleppo)."""
    if place.first - 1 < lo or not _bare(words, place):
        return False
    ws, street = words.words, place_cues().street
    if street.match(ws[place.first - 1].text):
        return True
    k = place.first - 2
    if k < lo or ws[k].comma or ws[k].ends_clause or ws[k + 1].comma:
        return False
    mid = ws[k + 1].text
    return bool(street.match(ws[k].text)) and mid[:1] not in ("و", "ب", "ل", "ف") and mid not in (
        "في", "من", "الى", "على", "عن", "قرب", "داخل", "نحو")


def route_end(words: Words, place: Arg, lo: int) -> bool:
    """Whether ``place`` is where a vehicle or a convoy was going ("أصابت شاحنة قرب خان أرنبة
    بطريقها إلى دمشق"، "سيارة متجهة نحو حلب"): a destination word right before it and a route
    word (granularity.yaml ``route_words``) at most ``route_window`` words before that."""
    if place.first - 1 < lo:
        return False
    ws, cues = words.words, place_cues()
    if not cues.destination.match(ws[place.first - 1].text):
        return False
    return any(cues.route.match(ws[k].text) for k in range(max(lo, place.first - 1 - cues.route_window),
                                                          place.first - 1))


def chain_container(words: Words, place: Arg, places: list[Arg], within) -> bool:
    """Whether ``place`` closes a chain that says where the place before it lies: "مطار المزة
    العسكري بحي المزة في العاصمة دمشق" — the city after في holds the quarter or facility told
    right before it (``within(inner, outer)``), so it is no second target."""
    if place.first < 1:
        return False
    ws = words.words
    gap = place.first - 1
    if place_cues().container.match(ws[gap].text):
        ends = [q for q in places if q is not place and q.last == gap]
    elif ws[place.first].text[:1] == "ب" and _bare(words, place) is False:
        ends = [q for q in places if q is not place and q.last == place.first]
    else:
        return False
    return any(within(q.value, place.value) for q in ends)


def located_in(words: Words, place: Arg, places: list[Arg]) -> bool:
    """Whether ``place`` only says where the place told right before it lies: "منطقة الحولة
    الواقعة في الريف الشمالي لحماة"، "قرية X التابعة لناحية Y" (granularity.yaml
    ``located_words``, then في / ضمن when written apart). The gazetteer may put the two in
    different governorates; the report says the first is in the second, so it is one target."""
    if place.first < 2:
        return False
    ws, cues = words.words, place_cues()

    def after(k: int) -> bool:  # a place told right before word k, in the same clause
        return k >= 0 and not (ws[k - 1].comma or ws[k - 1].ends_clause) and any(
            q is not place and q.last == k for q in places)

    k = place.first - 1
    unit = bool(cues.located_unit.match(ws[k].text))
    if unit:  # "في ناحية الحمراء"، "بمنطقة ..."، "لقضاء ..."
        if ws[k].text[:1] in ("ب", "ل") and not ws[k].text.startswith("ال"):
            if after(k):  # "قرية X بناحية Y"
                return True
            return k >= 1 and bool(cues.located.match(ws[k - 1].text)) and after(k - 1)
        k -= 1
    if k < 1:
        return False
    if cues.located_link.match(ws[k].text):
        if unit and after(k):  # "قرية X في ناحية Y"
            return True
        k -= 1
    return bool(cues.located.match(ws[k].text)) and after(k)


def contrast_targets(words: Words, lex: Lexicon, plover: str, after: int,
                     tail: list[tuple[Arg, str]], listed, event_type: str | None) -> list[tuple[Arg, str]]:
    """The places past a contrast word that stay targets of a trigger whose own place was told
    before it: those a trigger of the same type opens in the later clause ("تعرضت مدينة سراقب
    لقصف جوي ، كما طال القصف بلدتي بنش وتفتناز": Binnish and Taftanaz too;
    :func:`parallel_targets`), of the same ACLED event type too: "تعرضت حمص لقصف مدفعي ، كما
    قتل جنديان في اشتباكات في درعا" tells a battle, not more shelling. Past a clause of another
    kind, none."""
    return parallel_targets(words, lex, plover, after, tail, listed, event_type)


@cache
def _reporter_seats() -> tuple[frozenset[str], frozenset[str], int]:
    """The ``reporter_seats``, ``reporter_posts`` and ``reporter_seat_reach`` of places/cues.yaml."""
    data = data_file("rasd.data.places", "cues.yaml")
    return (frozenset(normalize(w).text for w in data.get("reporter_seats") or ()),
            frozenset(normalize(w).text for w in data.get("reporter_posts") or ()),
            int(data.get("reporter_seat_reach") or 0))


def reporter_seat(words: Words, place: Arg, lo: int, told_after: Callable[[int], bool]) -> bool:
    """Whether ``place`` is where a source sits or a correspondent is posted (PLACESRC10), the
    reporting place like a dateline's city, not the event's: "المرصد السوري الذي مقره في
    لندن" always; "وأفاد مراسلنا في واشنطن بأن ... بمدينة بيرناردينو" when ``told_after`` (the
    word index past the place) says the sentence names another place after it — a
    correspondent alone in a town ("مراسل في دوما أنه سمع انفجارات") tells what is there. The
    word (``reporter_seats``/``reporter_posts``) is at most ``reporter_seat_reach`` words before
    the place, in the same clause, with في right before the place or a ب glued to it."""
    seats, posts, reach = _reporter_seats()
    if not (seats or posts) or place.first - 1 < lo:
        return False
    ws = words.words
    if not (ws[place.first - 1].text in ("في", "وفي") or ws[place.first].text[:1] == "ب"):
        return False
    for k in range(place.first - 1, max(lo, place.first - 1 - reach) - 1, -1):
        if k < place.first - 1 and (ws[k].comma or ws[k].ends_clause):
            return False
        if ws[k].text in seats:
            return True
        if ws[k].text in posts:
            return told_after(place.last)
    return False


ROUND_NUMBER = re.compile(r"[ \t]*[-–][ \t]*\d{1,2}(?![\d/.:])")


def round_of_talks(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` names a numbered round of talks or a conference
    (PLACESRC10): "أستانة - 6"، "جنيف-8". The city names the series, wherever the story is;
    the number after a dash (not a date's or a time's) says so. A place's dash before a
    count of people ("حلب - 5 قتلى") is not told this way in the news; a date ("- 12/3")
    and a time ("- 10:30") are excluded."""
    return bool(ROUND_NUMBER.match(text, end))


@cache
def _planned_venue() -> tuple[frozenset[str], int]:
    """The ``planned_venue_words`` and ``planned_venue_reach`` of places/cues.yaml."""
    data = data_file("rasd.data.places", "cues.yaml")
    return (frozenset(normalize(w).text for w in data.get("planned_venue_words") or ()),
            int(data.get("planned_venue_reach") or 0))


def planned_venue(words: Words, place: Arg, trigger_end: int, lo: int) -> bool:
    """Whether ``place`` is the venue of a meeting still to be held (PLACESRC10): "التقى الوفد
    مع الوفد الروسي لمواصلة النقاش حول مؤتمر الحوار المزمع عقده في مدينة سوتشي" — the talks
    were not in Sochi. A ``planned_venue_words`` word ("عقده") right before the place (with
    في between or a ب glued to the place), and the trigger ending more than
    ``planned_venue_reach`` words before that word (else the trigger is the meeting held)."""
    held, reach = _planned_venue()
    if not held or place.first - 1 < lo:
        return False
    ws = words.words
    k = place.first - 1
    if ws[k].text in ("في", "وفي"):
        k -= 1
    elif ws[place.first].text[:1] != "ب":
        return False
    return k >= lo and ws[k].text in held and k - trigger_end > reach


def city_country_dateline(text: str, end: int, here: object, place_at: dict[int, object]) -> bool:
    """Whether the place ending at ``end`` opens a "city - country" dateline or masthead
    (PLACESRC10), ``here`` the city's place value, ``place_at`` the document's place values by
    start: "بيروت - لبنان 2018 / 01 / 21"، "الرياض - السعودية -". A road, an axis or a
    list joins towns with a dash, never a city with its own country, so the pair says where a
    page was written, not where anything happened (:func:`dash_dateline` leaves a dash before
    another place alone)."""
    k = _after_dash(text, end)
    if k is None:
        return False
    after = place_at.get(k)
    return (isinstance(after, dict) and isinstance(here, dict) and after.get("kind") == "country"
            and here.get("kind") != "country" and bool(after.get("country"))
            and after.get("country") == here.get("country"))


BETWEEN_WORDS = frozenset({"بين", "وبين"})
BETWEEN_REACH = 4  # most words from بين to the و-joined name


def party_between(words: Words, place: Arg, lo: int, place_firsts: set[int]) -> bool:
    """Whether ``place`` is the second party of a "بين X وY" pair whose first is no place
    (PLACESRC10): "التوتر بين الفصائل وواشنطن"، "العلاقات بين المعارضة وموسكو" — a capital
    standing for its government, not where anything happened. "بين الطبقة والرقة" (two places:
    a stretch) and "بين X وY في حلب" keep their places."""
    ws = words.words
    if not ws[place.first].text.startswith("و"):
        return False
    for k in range(place.first - 1, max(lo, place.first - 1 - BETWEEN_REACH) - 1, -1):
        if ws[k].comma or ws[k].ends_clause:
            return False
        if ws[k].text in BETWEEN_WORDS:
            return not any(f in place_firsts for f in range(k + 1, place.first))
    return False


@dataclass(frozen=True, slots=True)
class TitleCues:
    """PLACE11's cues of granularity.yaml: an envoy's post and the openers of what was said."""

    envoy: re.Pattern[str]
    envoy_link: re.Pattern[str]
    envoy_reach: int
    said: re.Pattern[str]
    distance: re.Pattern[str]
    distance_link: re.Pattern[str]
    distance_reach: int
    said_not_after: frozenset[str]


def _granularity_rx(key: str) -> re.Pattern[str]:
    """The pattern of granularity.yaml's ``key`` (one that never matches when the key is absent)."""
    return optional_pattern("granularity.yaml", key) or NEVER


@cache
def title_cues() -> TitleCues:
    """``envoy_*``, ``said_openers`` and ``distance_*`` of granularity.yaml."""
    data = data_file("rasd.data.events", "granularity.yaml")

    return TitleCues(envoy=_granularity_rx("envoy_words"), envoy_link=_granularity_rx("envoy_links"),
                     envoy_reach=int(data.get("envoy_reach") or 0),
                     said=_granularity_rx("said_openers"), distance=_granularity_rx("distance_verbs"),
                     distance_link=_granularity_rx("distance_links"),
                     distance_reach=int(data.get("distance_reach") or 0),
                     said_not_after=frozenset(normalize(w).text
                                              for w in data.get("said_not_after") or ()))


@cache
def _envoy_journey() -> re.Pattern[str]:
    """``envoy_journey_verbs`` of granularity.yaml (FIX11)."""
    return optional_pattern("granularity.yaml", "envoy_journey_verbs") or NEVER


def _cue_before_link(words: Words, place: Arg, lo: int, link: re.Pattern[str],
                     cue: re.Pattern[str], reach: int) -> int | None:
    """The word of a ``cue`` that governs ``place`` through a ``link`` word right before it
    ("المبعوث الخاص إلى سوريا"، "التي تبعد 200 كم عن دمشق"): at most ``reach`` words before
    the link, in one clause (no comma nor clause end between); its index, or None."""
    ws = words.texts
    at = place.first - 1
    if at <= lo or not link.match(ws[at]):
        return None
    for k in range(at - 1, max(lo, at - 1 - reach) - 1, -1):
        if words.words[k].comma or words.words[k].ends_clause:
            return None
        if cue.match(ws[k]):
            return k
    return None


def envoy_post(words: Words, place: Arg, lo: int) -> bool:
    """Whether ``place`` is the post in an envoy's title (PLACE11): "المبعوث الأممي الخاص إلى
    سوريا"، "سفير روسيا لدى دمشق" — part of who he is, not where he met anyone or anything
    happened (a talk with him in Geneva is in Geneva). The link (``envoy_links``) right before
    the place, an ``envoy_words`` word at most ``envoy_reach`` words before it, in one clause —
    unless a verb or noun of a journey (``envoy_journey_verbs``) stands at most two words
    before the envoy word in that clause: "وصل المبعوث الأممي إلى دمشق" is where he went
    (FIX11, REVIEW11 F7)."""
    cues = title_cues()
    k = _cue_before_link(words, place, lo, cues.envoy_link, cues.envoy, cues.envoy_reach)
    if k is None:
        return False
    journey, ws = _envoy_journey(), words.texts
    for j in range(k - 1, max(lo, k - 2) - 1, -1):
        if words.words[j].comma or words.words[j].ends_clause:
            break
        if journey.match(ws[j]):
            return False
    return True


def distance_reference(words: Words, place: Arg, lo: int) -> bool:
    """Whether ``place`` is the point a distance is told from (PLACE11): "تدمر التي تبعد 200
    كم عن دمشق"، "البلدة التي يبعد عن حماة 30 كلم" — where the other place lies, not a target.
    A ``distance_links`` word right before the place and a ``distance_verbs`` verb at most
    ``distance_reach`` words before it, in one clause."""
    cues = title_cues()
    return _cue_before_link(words, place, lo, cues.distance_link, cues.distance,
                            cues.distance_reach) is not None


@dataclass(frozen=True, slots=True)
class TopicCues:
    """EXTRAS27's cues of granularity.yaml: a place a decision, a recognition or an embassy's
    move is about."""

    recognition: re.Pattern[str]
    decision: re.Pattern[str]
    link: re.Pattern[str]
    capital: re.Pattern[str]
    embassy: re.Pattern[str]
    embassy_link: re.Pattern[str]
    reach: int


@cache
def topic_cues() -> TopicCues:
    """``topic_*`` of granularity.yaml."""
    data = data_file("rasd.data.events", "granularity.yaml")

    return TopicCues(recognition=_granularity_rx("topic_recognition"),
                     decision=_granularity_rx("topic_decision"), link=_granularity_rx("topic_links"),
                     capital=_granularity_rx("topic_capital"), embassy=_granularity_rx("topic_embassy"),
                     embassy_link=_granularity_rx("topic_embassy_links"),
                     reach=int(data.get("topic_reach") or 0))


CITY_WORD = re.compile(r"^[وب]?(?:ال)?مدين(?:ه|تي)$")


def _clitic_on(head: str, place: Arg, letter: str) -> bool:
    """Whether ``head`` opens with the clitic ``letter`` glued to the place ("بالقدس"، "لإسرائيل"),
    not with the place's own first letter (بيروت، لندن)."""
    value = place.value if isinstance(place.value, dict) else {}
    return head[:1] == letter and not normalize(str(value.get("name_ar") or "")).text.startswith(letter)


def decision_topic(words: Words, place: Arg, lo: int) -> bool:
    """Whether ``place`` is what a decision, a recognition or an embassy's move is about
    (EXTRAS27), not where anything happened: "خرج المئات في طهران للتنديد بقرار ترامب الاعتراف
    بالقدس عاصمة لإسرائيل" (the protest is in Tehran), "احتجاجا على قرار ترامب بشأن القدس"،
    "يوافقون على قرار القدس"، "نقل السفارة الأمريكية إلى القدس". Read right before the place
    (past "مدينة" when it heads the name): a recognition noun with ب on the place, a decision
    noun with the place as its construct, a topic link (بشأن، بخصوص), or "إلى" with an embassy
    word at most ``topic_reach`` words before it in one clause; and the state after "عاصمة ل"
    ("الاعتراف بالقدس عاصمة لإسرائيل")."""
    cues = topic_cues()
    ws = words.texts
    first = place.first
    if first - 1 >= lo and CITY_WORD.match(ws[first - 1]):
        first -= 1  # "الاعتراف بمدينة القدس": the city word carries the ب
    at = first - 1
    if at < lo:
        return False
    head = ws[first]
    if (cues.recognition.match(ws[at]) and _clitic_on(head, place, "ب")) or cues.link.match(ws[at]):
        return True
    if cues.capital.match(ws[at]) and _clitic_on(head, place, "ل"):
        return True  # "عاصمة لإسرائيل"
    if cues.decision.match(ws[at]) and not head.startswith(("ب", "في", "ل", "و")):
        return True
    if not cues.embassy_link.match(ws[at]):
        return False
    for k in range(at - 1, max(lo, at - 1 - cues.reach) - 1, -1):
        if words.words[k].comma or words.words[k].ends_clause:
            return False
        if cues.embassy.match(ws[k]):
            return True
    return False


@dataclass(frozen=True, slots=True)
class VenueCues:
    """EXTRAS28's cues of granularity.yaml: a city named as where talks sat."""

    noun: re.Pattern[str]
    city: re.Pattern[str]
    link: re.Pattern[str]
    reach: int
    types: frozenset[str]


@cache
def venue_cues() -> VenueCues:
    """``venue_*`` of granularity.yaml."""
    data = data_file("rasd.data.events", "granularity.yaml")
    return VenueCues(noun=_granularity_rx("venue_nouns"), city=_granularity_rx("venue_city"),
                     link=_granularity_rx("venue_links"), reach=int(data.get("venue_reach") or 0),
                     types=frozenset(data.get("venue_event_types") or ()))


def talks_venue(words: Words, place: Arg, lo: int, trigger_first: int, trigger_last: int) -> bool:
    """Whether ``place`` is the venue of talks, a conference, a summit, a meeting or a
    delegation (EXTRAS28), not where the trigger (words ``trigger_first``..``trigger_last``)
    happened: "لكن الغارات الجوية لم تهدأ ... وفد الفصائل المسلحة في أستانة"، "خلال مؤتمر صحفي
    في موسكو"، "المباحثات التي جرت بالعاصمة الكازاخية أستانا"، "اتفاقات أستانة". The link في
    right before the place (or ب glued to it or to "العاصمة"/"مدينة" before it, past one
    adjective), then a ``venue_nouns`` word at most ``venue_reach`` words before the link in one
    clause; or that noun right before the place as its construct. Not a meeting the trigger
    itself struck (the noun at most two words after the trigger's last word), nor when the
    trigger stands between the noun and the place. Callers ask it for ``venue_event_types``."""
    cues = venue_cues()
    ws = words.texts
    first = place.first
    for back in (1, 2):  # "بالعاصمة الكازاخية أستانا"، "مدينة جنيف"
        if first - back >= lo and cues.city.match(ws[first - back]):
            first -= back
            break
    at = first - 1
    if at < lo:
        return False
    head = ws[first]
    glued = head[:1] == "ب" and (first != place.first or _clitic_on(head, place, "ب"))
    if glued:
        start = at
    elif cues.link.match(ws[at]):
        start = at - 1
    elif cues.noun.match(ws[at]):  # "اتفاقات أستانة": the venue as the noun's construct
        start = at
    else:
        return False
    for k in range(start, max(lo, start - cues.reach) - 1, -1):
        if words.words[k].comma or words.words[k].ends_clause:
            return False
        if trigger_first <= k <= trigger_last:
            return False  # the trigger between the noun and the place: its own place
        if cues.noun.match(ws[k]):
            return not (trigger_last < k <= trigger_last + 2)  # "استهدفت اجتماعا لقادة ..."
    return False


QUOTE_OPEN, QUOTE_CLOSE = "«“", "»”"
QUOTE_MARKS = "\"«“"


def told_content(words: Words, place: Arg, trigger_last: int, lo: int) -> bool:
    """Whether ``place``, after a talk's, an agreement's, a request's or a refusal's trigger
    ending at word ``trigger_last``, is inside what was said (PLACE11): "وقال أردوغان في مؤتمر
    صحفي مشترك " من المستحيل إحراز أي تقدم في سوريا "", "أكد خلال لقائه بوتين أن العملية ...
    في سوريا" — the topic, not where they met. A quotation opened between the trigger and the
    place and not closed before it (the trigger itself outside it), or a ``said_openers`` word
    (أن، بأن، أنه) between them, not one of "بعد أن"، "قبل أن" (a time clause: "اجتمعوا بعد
    أن وصلوا إلى جنيف")."""
    if place.first <= trigger_last:
        return False
    cues = title_cues()
    ws = words.texts
    for k in range(trigger_last, place.first):
        if cues.said.match(ws[k]) and (k == 0 or ws[k - 1] not in cues.said_not_after):
            return True
    start = words.words[place.first].start
    before = words.doc.text[max(0, start - 4):start].rstrip()
    if before and before[-1] in QUOTE_MARKS:
        return False  # "في " بيت الوسط "": a quoted name, not a quotation
    return _quoted(words, lo, place.first) and not _quoted(words, lo, trigger_last - 1)


def _quoted(words: Words, lo: int, k: int) -> bool:
    """Whether word ``k`` stands inside a quotation opened in its sentence (from word ``lo``)."""
    text = words.doc.text[words.words[lo].start:words.words[k].start]
    if text.count('"') % 2 == 1:
        return True
    return sum(text.count(c) for c in QUOTE_OPEN) > sum(text.count(c) for c in QUOTE_CLOSE)


CHAIN_CLOSERS = "\"«“'"


def dateline_chain(text: str, start: int, end: int, end_of: dict[int, int], start_of: dict[int, int]) -> bool:
    """Whether the place at ``text[start:end]`` is one of the cities of a dateline that names
    several, joined by dashes and closed by a dash and the outlet's quoted name or a wire
    (PLACE11): "حلب - أستانة - " القدس العربي " : تشهد ..."، "بيروت - القدس - " رأي اليوم "".
    Where a correspondent's report was filed from, not where anything happened. ``end_of``
    maps the document's place starts to their ends and ``start_of`` their ends to their
    starts. A road or a front ("الميادين - البوكمال") is not closed by an outlet's name."""
    places = 1
    last = end
    while True:  # forward along the chain to what closes it
        m = DASH_AFTER.match(text, last)
        if m is None:
            return False
        k = m.end()
        while k < len(text) and text[k] in " \t":
            k += 1
        if k in end_of:
            last = end_of[k]
            places += 1
            continue
        closed = k < len(text) and (text[k] in CHAIN_CLOSERS or _wire_dateline(text, k))
        if not closed:
            return False
        break
    first = start
    while places < 2:  # back along the chain: "بيروت - " before this city
        before = text[:first].rstrip(" \t")
        if not before.endswith(("-", "–", "—")):
            return False
        e = len(before[:-1].rstrip(" \t"))
        if e not in start_of:
            return False
        first = start_of[e]
        places += 1
    return True
