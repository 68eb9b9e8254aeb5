"""The toll of one event: the killed and injured counts its sentence gives it.

Split from :mod:`rasd.events.arguments` so the toll rules (which counts of a sentence belong to
which event, breakdown parts, running totals) live in one place.

Counts of one kind in one sentence add up only when the sentence lists them together ("مقتل 28
من عناصر التنظيم وسبعة من البشمركة", "مقتل 3 مدنيين وإصابة 5 آخرين ومقتل عنصرين", "وأسفرت
أيضا عن مقتل 24"). Otherwise a second count is the same toll told again (a title repeated in the
lead: "مقتل 27 مدنيا بقصف ... قتل 27 مدنيا"), another source's figure ("أكثر من ثلاثين ...
لكن صحيفة الشروق أوردت 64") or another happening's ("فيما قتل 4 في هجمات مماثلة على مسرابا"):
the event keeps the first list, told nearest its own words, and never a sum of them (ACLED: the
deaths of this one event, never copied from a toll told for others).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Protocol

from rasd.datafiles import data_file
from rasd.document import EventMention, Evidence, Span
from rasd.quantities.casualties import _possessed_person, casualty_lexicon, death_words
from rasd.quantities.tokens import key
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg
    from rasd.events.tokens import Words

PARTITIVE = frozenset({"من", "ومن"})  # after a share's figure: who they were, not where or by what
ELIDED_RULE = "casualty:elided"  # an elided count told with its own town (see place_tolls)
JOIN_GAP = 2  # words (after the counts of another kind are skipped) that may part two listed counts


@cache
def _granularity() -> dict[str, Any]:
    return data_file("rasd.data.events", "granularity.yaml")


@cache
def _also_words() -> frozenset[str]:
    """Words saying a count adds to the one told before it ("أيضا"), from granularity.yaml."""
    return frozenset(normalize(w).text for w in _granularity().get("toll_also_words") or ())


@cache
def _toll_words() -> dict[str, Any]:
    return data_file("rasd.data.events", "tolls.yaml")


@cache
def _named_triggers() -> frozenset[str]:
    """Words of death that name their victim after them (tolls.yaml ``named_victim_triggers``)."""
    return frozenset(normalize(w).text for w in _toll_words().get("named_victim_triggers") or ())


@cache
def _max_toll() -> int:
    """The most one happening's toll can be (granularity.yaml ``max_event_toll``)."""
    return int(_granularity().get("max_event_toll") or 10**9)


def _listed(words: Words, prev: Arg, nxt: Arg, skip: set[int]) -> bool:
    """Whether ``nxt`` is listed with ``prev``: at most ``JOIN_GAP`` words between them once the
    words of other counts are left out, the next one opening with "و"; or "أيضا" just before it."""
    gap = [k for k in range(prev.last, nxt.first) if k not in skip]
    also = _also_words()
    if any(words.words[k].text in also for k in range(max(prev.last, nxt.first - 3), nxt.first)):
        return True
    if len(gap) > JOIN_GAP or any(words.words[k].ends_clause for k in range(prev.last - 1, nxt.first - 1)):
        return False
    first = words.words[gap[0]].text if gap else words.words[nxt.first].text
    return first.startswith("و")


def _chains(words: Words, counted: list[Arg], skip: set[int],
            heads: dict[int, Arg] | None = None) -> list[list[Arg]]:
    """The counts of one kind split into lists told together, in text order. A count the
    casualty frames already listed with an earlier one (``heads``, see :func:`_list_heads`)
    stays in its list, whatever gloss parts them."""
    chains: list[list[Arg]] = []
    heads = heads or {}
    for c in sorted(counted, key=lambda a: a.first):
        if chains and (_listed(words, chains[-1][-1], c, skip)
                       or any(heads.get(id(c)) is x for x in chains[-1])):
            chains[-1].append(c)
        else:
            chains.append([c])
    return chains


def _first_list(words: Words, counted: list[Arg], skip: set[int],
                heads: dict[int, Arg] | None = None) -> list[Arg]:
    """The counts of the first list of a sentence (see the module docstring)."""
    if len(counted) < 2:
        return counted
    return _chains(words, counted, skip, heads)[0]


def _split_totals(every: list[Arg], words: Words) -> set[int]:
    """Totals a sentence splits by cause ("في محافظة حلب قضى ( 55 ) شخصا منهم ( 39 ) جراء القصف
    على ... و ( 16 ) في الاشتباكات"): a part with no people of its own after the total is a
    share of it by what killed them, so the total is several happenings' and no one event's
    (ACLED: a toll told for several events is not copied into each). A part naming its people
    ("بينهم 4 أطفال") says who died, and leaves the total one event's."""
    out: set[int] = set()
    for part in every:
        v = part.value if isinstance(part.value, dict) else {}
        if v.get("breakdown_of") is None or v.get("who"):
            continue
        if any(words.words[k].text in PARTITIVE
                                     for k in range(part.first, min(part.last + 1, len(words)))):
            continue  # "منهم 24 من الميليشيات": who they were, told after "من"
        if _names_people(words, part.last):
            continue  # "أعدموا 23 شخصا بينهم تسعة قصر": a noun after the figure says who
        total = max((c for c in every if c.first < part.first and isinstance(c.value, dict)
                     and c.value.get("breakdown_of") is None and c.value.get("kind") == v.get("kind")),
                    key=lambda c: c.first, default=None)
        if total is not None:
            out.add(id(total))
    return out


# what a part of a split total is told with: its cause ("جراء القصف", "بالقصف", "في
# الاشتباكات", "اثر الغارة") or where ("على حي جوبر") — never who the dead were
SPLIT_BY = frozenset(normalize(w).text for w in (
    "جراء", "بسبب", "اثر", "إثر", "نتيجة", "في", "على", "خلال", "برصاص", "بنيران", "تحت", "عند",
    "قرب", "و", "،", ",", ".", "(", ")", "[", "]", ":", "-"))


def _names_people(words: Words, after: int) -> bool:
    """Whether the word right after a breakdown part's figure names the people it counts
    ("تسعة قصر"، "خمس نساء"): a word that is no cause, place or clause opener told with it
    (:data:`SPLIT_BY`, a "ب" phrase such as "بالقصف"). A part told by what killed them splits
    the total; a part told by who they were does not."""
    if after >= len(words):
        return False
    w = words.words[after].text
    return bool(w) and w[0].isalpha() and w not in SPLIT_BY and not w.startswith(("ب", "وب", "ل", "و")) \
        and w not in casualty_lexicon().count_before  # "وعشرات الجرحى": another count, not who


def _list_heads(every: list[Arg]) -> dict[int, Arg]:
    """For each victim count that goes on a list (rule ``casualty:coordinated``: "قتل 4 من
    قوات الحشد ... و 13 من مسلحي التنظيم"), the count that opens the list: the victims of one
    trigger belong to the event that count belongs to, however near another event's words the
    list runs on."""
    out: dict[int, Arg] = {}
    head: Arg | None = None
    for c in every:
        if c.span.rule == "casualty:coordinated":
            if head is not None:
                out[id(c)] = head
        else:
            head = c
    return out


@dataclass
class _Told:
    """What a sentence's casualty counts say whatever event asks for its toll, read once per
    sentence (a page of many attacks asks once per attack): its counts (``every``), the totals
    it splits by cause (:func:`_split_totals`), the heads of its lists (:func:`_list_heads`),
    for each kind the words of the counts of the other kinds (``other``), and the pairs of
    whole counts of two kinds told in one list (:func:`_joined_kinds`)."""
    every: list[Arg]
    split: set[int]
    listed: dict[int, Arg]
    other: dict[str, set[int]]
    together: list[tuple[Arg, Arg]]

    # the indexes below are built on first use: only a sentence whose toll is asked by a
    # judge that names its counts (or whose counts another event claims) needs them

    @cached_property
    def order(self) -> dict[int, int]:
        """A count (by id) → its place in ``every``."""
        return {id(c): k for k, c in enumerate(self.every)}

    @cached_property
    def members(self) -> dict[int, list[Arg]]:
        """A list's head (by id) → the counts it opens."""
        out: dict[int, list[Arg]] = {}
        for c in self.every:
            out.setdefault(id(self.listed.get(id(c), c)), []).append(c)
        return out

    @cached_property
    def pairs(self) -> dict[int, list[int]]:
        """A head (by id) → the indexes of its ``together`` pairs."""
        out: dict[int, list[int]] = {}
        for k, (a, b) in enumerate(self.together):
            for head in {id(self.listed.get(id(a), a)), id(self.listed.get(id(b), b))}:
                out.setdefault(head, []).append(k)
        return out

    def kept(self, mine: Callable[[Arg], bool] | None) -> tuple[list[Arg], list[tuple[Arg, Arg]]]:
        """The counts whose list's head ``mine`` may keep, and the ``together`` pairs that hold
        one, in sentence order: all of them, unless ``mine`` can name the counts it keeps
        (:class:`Judge`), when a long sentence of many events is not read whole for each."""
        among = getattr(mine, "among", None)
        if among is None:
            return self.every, self.together
        heads = among(self.every)
        counts = {id(c): c for h in heads for c in (h, *self.members.get(id(h), ()))}
        pairs = sorted({k for h in heads for k in self.pairs.get(id(h), ())})
        return sorted(counts.values(), key=lambda c: self.order[id(c)]), [self.together[k] for k in pairs]


class Judge(Protocol):
    """Which counts of a sentence are one event's (``build._TollOwners``), asked of one count,
    or of all of a sentence's counts at once (``among``: those of ``every`` it keeps, read once
    for every event of the sentence)."""

    def __call__(self, arg: Arg) -> bool: ...

    def among(self, every: list[Arg]) -> list[Arg]: ...


def _told(ann: Annotations, sentence: int) -> _Told:
    if sentence in ann.told:
        return ann.told[sentence]
    words, every = ann.words, ann.in_sentence(ann.casualties, sentence)
    whole = [c for c in every if isinstance(c.value, dict) and c.value.get("breakdown_of") is None
             and c.value.get("kind") in ("killed", "injured") and isinstance(c.value.get("count"), int)
             and c.value["count"] > 0 and not c.value.get("period")]
    parts = {k for c in every if isinstance(c.value, dict) and c.value.get("breakdown_of") is not None
             for k in range(c.first, c.last)}
    other = {kind: {k for c in every if isinstance(c.value, dict) and c.value.get("kind") != kind
                    for k in range(c.first, c.last)} for kind in ("killed", "injured")}
    together = [(a, b) for a, b in pairwise(whole)
                if a.value["kind"] != b.value["kind"] and _told_together(words, a, b, parts)]
    ann.told[sentence] = _Told(every, _split_totals(every, words), _list_heads(every), other, together)
    return ann.told[sentence]


def toll(ann: Annotations, sentence: int, mine: Callable[[Arg], bool] | None = None,
         parts: Callable[[Arg], bool] | None = None) -> tuple[int | None, int | None, list[Arg]]:
    """(killed, injured, spans used) in one sentence; breakdown parts and running totals over a
    period (CASUALTY ``period: true``) are never added.

    ``mine`` keeps only the counts that belong to this event when the sentence tells several
    ("العدوان أدى إلى استشهاد أربعة ... وأن الدفاعات الجوية تصدت للصواريخ"). A breakdown part
    that ``parts`` says is this event's own ("بينهم 4 جراء القصف") is its toll of that kind
    instead of the total. Counts of one kind add up only within one list (module docstring).
    """
    killed = injured = None
    used: list[Arg] = []
    own: dict[str, int] = {}
    told = _told(ann, sentence)
    every, words, split, listed = told.every, ann.words, told.split, told.listed
    counts, together = told.kept(mine)  # a count whose list's head is not ``mine``'s cannot be
    for c in counts:
        v = c.value if isinstance(c.value, dict) else {}
        if (parts is not None and v.get("breakdown_of") is not None and isinstance(v.get("count"), int)
                and v.get("kind") in ("killed", "injured") and not v.get("period")
                and (mine is None or mine(c)) and parts(c)):
            own[v["kind"]] = own.get(v["kind"], 0) + v["count"]
            used.append(c)
    if own:
        killed, injured = own.get("killed"), own.get("injured")
    by_kind: dict[str, list[Arg]] = {"killed": [], "injured": []}
    joined = _joined_kinds(told, together, mine)
    if joined:  # counts of a list another event's words claim, in their sentence order
        kept = {id(c) for c in counts}
        counts = sorted([*counts, *(every[told.order[k]] for k in joined if k not in kept)],
                        key=lambda c: told.order[id(c)])
    for c in counts:
        if id(c) in split:  # "قضى 55 شخصا منهم 39 جراء القصف ...": several happenings' total
            continue
        if c.span.rule == ELIDED_RULE:  # "و3 في بنش": another town's, read by place_tolls only
            continue
        if mine is not None and not mine(listed.get(id(c), c)) and id(c) not in joined:
            continue
        v = c.value if isinstance(c.value, dict) else {}
        if v.get("breakdown_of") is not None or not isinstance(v.get("count"), int):
            continue
        if v.get("period") or v["count"] > _max_toll():  # a running total ("منذ بدء الحملة"، "مليون شهيد")
            continue
        if v.get("kind") in own:  # the part told for this event stands for it
            continue
        if v.get("kind") in by_kind:
            by_kind[v["kind"]].append(c)
    if any(c.value["count"] for c in by_kind["killed"]):  # "مقتل طفل ... دون وقوع إصابات"
        by_kind["killed"] = [c for c in by_kind["killed"] if c.value["count"]]
    when = _time_words()
    for kind in by_kind:  # "بعد مقتل العديد من عناصره": a vague death told as a time (TOLL24)
        by_kind[kind] = [c for c in by_kind[kind] if not (
            c.value.get("approx") == "vague" and c.first > 0 and words.words[c.first - 1].text in when)]
    for kind, counted in by_kind.items():
        if not counted:
            continue
        chosen = _first_list(words, counted, told.other[kind], listed)
        if all(c.value.get("approx") == "vague" for c in chosen):
            exact = _exact_list(words, counted, told.other[kind], listed)
            if exact and _same_people(chosen, exact):  # "عشرات المدنيين … علاوة على مقتل 180 عنصرا"
                chosen = exact
        total = sum(c.value["count"] for c in chosen)
        used.extend(chosen)
        if kind == "killed":
            killed = total
        else:
            injured = total
    if killed is None and (named := _named_victims(ann, sentence, every, mine)) is not None:
        killed = named.value["count"]  # "أدت الغارة إلى مقتل خالد العمر": one named victim
        used.append(named)
    if killed is None and injured is not None:
        killed = 0  # ACLED: casualties reported without deaths → 0 fatalities
    if killed == 0 and _death_untold(words, every, sentence):
        killed = None  # "مقتل قائدها وإصابة 3": a death told, its number not read, is no 0
        used = [c for c in used if not (isinstance(c.value, dict) and c.value.get("kind") == "killed")]
    return killed, injured, used


def _exact_list(words: Words, counted: list[Arg], skip: set[int],
                heads: dict[int, Arg] | None) -> list[Arg] | None:
    """The first list of numbered counts, when the sentence's first list is only a vague word
    (TOLL24): "قتلت القوات العديد من عناصر داعش ... وجه سلاح الجو ضربات أسفرت عن مقتل 6":
    the figure is what the report knows of the toll; "العديد"/"عشرات" only says there were
    some (ACLED takes the number told over the word). None when no list holds a figure."""
    return next((chain for chain in _chains(words, counted, skip, heads)
                 if not any(c.value.get("approx") == "vague" for c in chain)), None)


@cache
def _people_kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """tolls.yaml ``people_kinds``: the kind of people a count's victims are (civilian, armed)."""
    return tuple((k, re.compile(v)) for k, v in (_toll_words().get("people_kinds") or {}).items())


def _people_kind(chain: list[Arg]) -> str | None:
    """The kind of people the first count of ``chain`` that tells one counts (its ``who``'s first
    word a ``people_kinds`` pattern matches), or None."""
    for c in chain:
        who = c.value.get("who") if isinstance(c.value, dict) else None
        for word in normalize(who).text.split() if isinstance(who, str) else ():
            kind = next((k for k, rx in _people_kinds() if rx.match(word)), None)
            if kind is not None:
                return kind
    return None


def _same_people(vague: list[Arg], exact: list[Arg]) -> bool:
    """Whether a figure may stand for a vague word (FIXLATE24, REVIEW24 finding 3): not when one
    counts civilians and the other armed men — two sets of dead, two happenings ("أعدم عشرات
    المدنيين … , علاوة على مقتل 180 عنصرا من قوات الأسد"). True when either kind is untold."""
    a, b = _people_kind(vague), _people_kind(exact)
    return a is None or b is None or a == b


@cache
def _time_words() -> frozenset[str]:
    """Words that tell a death as another happening's time ("بعد مقتل"، "عقب مقتل"): tolls.yaml
    ``named_victim_time_words``, shared with the named victims."""
    return frozenset(normalize(w).text for w in _toll_words().get("named_victim_time_words") or ())


NAMES_MAX = 4  # most names one list of victims counts


def _named_victims(ann: Annotations, sentence: int, every: list[Arg],
                   mine: Callable[[Arg], bool] | None) -> Arg | None:
    """The victims a sentence names right after a word of death no casualty frame counted:
    "أدت الغارة إلى مقتل خالد العمر"، "اغتيال الإعلاميين إبراهيم العلي وفارس الحسن" (2). The
    person names (the names stage's ``PERS``) told together with "و" are the count; a title of
    at most ``named_victim_title_words`` definite words may stand between. Only nouns and
    passive verbs of death (tolls.yaml): an active verb's name after it is its subject.
    Returns a casualty-like argument over the names (``count``, ``kind: killed``), or None."""
    from rasd.events.arguments import Arg

    words = ann.words
    lo, hi = words.sentence_range(sentence)
    # the words of death and the names of the sentence, found once per sentence: every trigger
    # of the sentence asks (a run-on sentence of n triggers read them n times, ROBUST27)
    got = words.memo.get(("named-victims", sentence))
    if got is None or got[0] is not every:  # type: ignore[index]
        triggers = _named_triggers()
        inside = {k for c in every for k in range(c.first, c.last)}
        hits = [k for k in range(lo, hi) if words.texts[k] in triggers and k not in inside]
        by_first: dict[int, int] = {}
        if hits:
            lo_c, hi_c = words.sentences[sentence]
            by_first = dict(sorted(words.index_of(p.start, p.end) for p in _pers_in(words, lo_c, hi_c)))
        got = words.memo["named-victims", sentence] = (every, hits, by_first)  # type: ignore[assignment]
    _every, hits, by_first = got  # type: ignore[misc]
    if not hits or not by_first:
        return None
    title = int(_toll_words().get("named_victim_title_words") or 0)
    attempt = frozenset(normalize(w).text for w in _toll_words().get("named_victim_not_after") or ())
    when = frozenset(normalize(w).text for w in _toll_words().get("named_victim_time_words") or ())
    reach = int(_toll_words().get("named_victim_time_reach") or 0)
    for k in hits:
        if k > lo and words.words[k - 1].text in attempt:
            continue  # "محاولة اغتيال أبو أسامة": an attempt on his life, no death
        if any(words.words[j].text in when for j in range(max(lo, k - reach), k)):
            continue  # "عقب وفاة محمد الحلبي"، "الذكرى الأولى لمقتل …": another happening's death
        first = next((i for i in range(k + 1, min(k + 2 + title, hi)) if i in by_first), None)
        if first is None or words.words[k].comma or any(
                words.words[i].comma or not words.words[i].text.startswith("ال") for i in range(k + 1, first)):
            continue
        count, last = 1, by_first[first]
        while count < NAMES_MAX and last < hi and words.words[last].text.startswith("و") \
                and not words.words[last - 1].comma:
            if last in by_first:  # "خالد العمر ومحمود الحسن"
                count, last = count + 1, by_first[last]
            elif _possessed_person(key(words.words[last].text[1:]), casualty_lexicon()):
                count, last = count + 1, last + 1  # "مصطفى السايح وشقيقته زهرة السايح"
                last = by_first.get(last, last)
            else:
                break
        start, end = words.words[first].start, words.words[last - 1].end
        span = Span(start, end, "CASUALTY", "events", "toll:named-victims",
                    {"kind": "killed", "count": count, "breakdown_of": None})
        arg = Arg(first, last, span, sentence)
        if mine is None or mine(arg):
            return arg
    return None


def _pers_in(words: Words, start: int, end: int) -> list[Span]:
    """The names stage's ``PERS`` spans that start in ``[start, end)``, by a bisect on the
    document's ``PERS`` spans sorted by start (made once per document)."""
    got = words.memo.get(("pers-starts", -1))
    if got is None:
        spans = sorted(words.doc.spans_of("PERS"), key=lambda p: p.start)
        got = words.memo["pers-starts", -1] = ([p.start for p in spans], spans)  # type: ignore[assignment]
    starts, spans = got  # type: ignore[misc]
    return spans[bisect_left(starts, start):bisect_left(starts, end)]


def _joined_kinds(told: _Told, together: list[tuple[Arg, Arg]], mine: Callable[[Arg], bool] | None) -> set[int]:
    """The counts another event's words claim that are told in one list with a count of the
    other kind this event owns: "قتل رجل وسقط أربعة جرحى بغارتين على حي الصاخور"، "قتل 9
    مدنيين , بينهم قائد كتيبة , وأصيب 25 آخرون بتفجير سيارة". The dead and the wounded of one
    list are one happening's toll (ACLED: the deaths of the event that wounded them), so the
    attack that takes the wounded takes the dead too, and never reads a 0 from the wounded
    alone while the death goes to the bare verb of killing told beside it."""
    if mine is None:
        return set()
    listed = told.listed
    out: set[int] = set()
    for a, b in together:
        own_a, own_b = mine(listed.get(id(a), a)), mine(listed.get(id(b), b))
        if own_a != own_b:
            out.add(id(b) if own_a else id(a))
    return out


def _told_together(words: Words, a: Arg, b: Arg, parts: set[int]) -> bool:
    """Whether count ``b`` goes on the list ``a`` opens: within one clause, at most ``JOIN_GAP``
    words between them once a breakdown aside (", بينهم قائد كتيبة في الشرطة ,") is left out,
    the next one opening with "و"."""
    if a.last > b.first or any(words.words[k].ends_clause for k in range(a.last - 1, b.first - 1)):
        return False
    gap = [k for k in range(a.last, b.first) if k not in parts]
    markers = casualty_lexicon().marker_heads
    if gap and words.words[a.last - 1].comma and key(words.words[gap[0]].text) in markers:
        close = next((i for i in range(len(gap)) if words.words[gap[i]].comma), None)
        if close is None:
            return False
        gap = gap[close + 1:]
    if len(gap) > JOIN_GAP:
        return False
    first = words.words[gap[0]].text if gap else words.words[b.first].text
    return first.startswith("و")


def _death_untold(words: Words, every: list[Arg], sentence: int) -> bool:
    """Whether ``sentence`` tells a death no casualty frame counted ("ما أسفر عن مقتل
    قائدها"، "وقتل مدنيون"): then a 0 read from injuries alone ("وإصابة 3"، "سقوط جرحى") or
    from "دون وقوع إصابات" said of something else is no toll of 0 (ACLED's 0 means no deaths
    reported); the toll stays unknown."""
    inside = {k for c in every for k in range(c.first, c.last)}
    deaths = death_words()
    lo, hi = words.sentence_range(sentence)
    return any(words.words[k].text in deaths and k not in inside for k in range(lo, hi))


# --- a toll told with its own town (SPLIT11, session 11) ---------------------------------------

PLACE_REACH = 4  # most words from a count's end to the town it is told with


def place_tolls(ann: Annotations, sentence: int, places: list[Arg]
                ) -> list[tuple[int | None, int | None, list[Arg]]] | None:
    """(killed, injured, spans) for each of ``places`` when the sentence tells each count with
    its own town right after it ("قتل خمسة مدنيين في سراقب وثلاثة في بنش"): every death and injury
    count of the sentence stands at most :data:`PLACE_REACH` words before one of the places, in
    its clause, with no other count or place between, and at least two places get a count. Then
    each town's event takes its own count, not all of them the first town's. None otherwise (a
    count told without its town leaves the sentence's one toll to the first place, as before)."""
    if len(places) < 2:
        return None
    words = ann.words
    counts = [c for c in ann.in_sentence(ann.casualties, sentence)
              if isinstance(c.value, dict) and isinstance(c.value.get("count"), int)
              and c.value.get("kind") in ("killed", "injured") and c.value.get("breakdown_of") is None
              and not c.value.get("period")]
    if len(counts) < 2:
        return None
    told = _told_again(ann, sentence, places)
    starts = sorted({c.first for c in counts} | {p.first for _, p in told})
    out: list[dict[str, Any]] = [{"killed": None, "injured": None, "args": []} for _ in places]
    for c in counts:
        after = [(i, p) for i, p in told if c.last <= p.first <= c.last + PLACE_REACH]
        if not after:
            return None
        i, p = min(after, key=lambda x: x[1].first)
        if any(c.first < s < p.first for s in starts) or any(
                words.words[k].ends_clause for k in range(c.last - 1, p.first)):
            return None
        kind = c.value["kind"]
        out[i][kind] = (out[i][kind] or 0) + c.value["count"]
        out[i]["args"].append(c)
    if sum(1 for o in out if o["args"]) < 2:
        return None
    return [(o["killed"] if o["killed"] is not None or o["injured"] is None else 0, o["injured"], o["args"])
            for o in out]


def _told_again(ann: Annotations, sentence: int, places: list[Arg]) -> list[tuple[int, Arg]]:
    """Each mention in the sentence of one of ``places`` (its index, the mention): the town
    itself, and the same town named again with its toll after a list of targets ("استهدف القصف
    بلدتي دارة عزة وقبتان الجبل , ما أسفر عن مقتل مدني في قبتان الجبل وإصابة عدد من المدنيين
    في دارة عزة", TOLL14)."""
    keys = [_place_key(p) for p in places]
    out = list(enumerate(places))
    for m in ann.in_sentence(ann.places, sentence):
        k = _place_key(m)
        if k is not None and k in keys and all(m.first != p.first for p in places):
            out.append((keys.index(k), m))
    return out


def _place_key(p: Arg) -> tuple[Any, Any] | None:
    v = p.value if isinstance(p.value, dict) else {}
    return (v.get("gazetteer_id"), v.get("name")) if v.get("name") else None


@cache
def _deathless_types() -> frozenset[str]:
    """Sub-event types with no death by definition (tolls.yaml ``deathless_sub_events``)."""
    return frozenset(_toll_words().get("deathless_sub_events") or ())


def deathless_by_type(text: str, events: list[EventMention]) -> None:
    """Give a toll of 0 to each mention of a type that tells no death (a peaceful protest)
    whose words gave it none, with its trigger's words as the evidence (rule
    ``toll:deathless-type``): ACLED codes such an event 0 fatalities, not unknown. Not when its
    sentence has a word of death ("وتباينت الأنباء في أن قوات الأمن قتلت ما بين 2-4 أشخاص"):
    a death the toll rules gave no one may be the protest's, and stays unknown."""
    deathless, deaths = _deathless_types(), death_words()
    for e in events:
        if e.fatalities is not None or e.sub_event_type not in deathless:
            continue
        trigger = next((ev for ev in e.evidence if ev.field == "trigger"), None)
        sentence = text[e.sentence_start:e.sentence_end]
        if trigger is None or any(key(w) in deaths for w in normalize(sentence).text.split()):
            continue
        e.fatalities = e.fatalities_max = 0
        e.evidence.append(Evidence(trigger.start, trigger.end, trigger.text, "fatalities", "toll:deathless-type"))
