"""Triggers → typed candidates, with the context that says whether they happened.

A candidate is one trigger occurrence: its PLOVER/ACLED typing (refined by weapon cues),
its grammatical form (a perfect verb reports a happening; an imperfect verb or a noun
needs something that ties it to one), and the context labels that keep it from being an
event: ``negated``, ``hypothetical``, ``future``, ``threat``, ``historical``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, pairwise

from rasd.events.genre import (
    aggregate_context,
    background_context,
    generic_context,
    list_item_context,
    names_day,
    names_month,
)
from rasd.events.lexicon import Lexicon, Past, TriggerType, Weapon, WordCue, _n, _read, lexicon
from rasd.events.tokens import QUOTES, Words

WEAPON_WINDOW = (6, 14)  # words before / after the trigger searched for weapon cues
WEAPON_NEAR = (6, 5)  # ... searched first: a weapon named right next to the trigger wins
VERBAL_FRAME_STARTS = ("ارسل", "استقدم", "نصب", "ادخل", "اعلن", "تم", "فرض", "نشر", "اقام", "اطلق", "القي",
                       "اوقف", "دخل", "وصل", "اسقط", "اعترض", "انفجر", "دفع", "جري", "خرج")
SPAN_OPENERS = frozenset({"حتي", "منذ", "لغايه", "وحتي"})  # "until"/"since" make a day a span, not an anchor
GOVERNING_PREPOSITIONS = frozenset({"علي", "الي", "في", "عن", "من", "جراء", "اثر", "عقب", "بعد", "قبل", "خلال", "ضد",
                                    "بسبب", "لعمليه", "عمليه", "حول", "بشان", "رغم", "برغم", "بالرغم",
                                    # nouns of purpose govern a verbal noun too: "من أجل قتل أو اعتقال"
                                    "اجل", "لاجل", "بهدف", "بغيه", "سعيا"})
# "despite" governs a verbal noun with its pronoun ("رغم رفضه الاتفاق"); after "بعد" or "على" the
# same word may still tell the happening itself ("مفقود بعد خطفه من قبل ملثمين"): left a verb there
CONCESSIVE = frozenset({"رغم", "برغم", "بالرغم"})
DIPLOMATIC = frozenset({"CONSULT", "REQUEST", "REJECT", "AGREE"})
MASDAR_OF_CONTROL = frozenset({"فرض", "بسط"})  # read as a verb or as its verbal noun


@dataclass(frozen=True, slots=True)
class StoryCues:
    """The story's time around a trigger (``story`` in ``context.yaml``): a date ahead of the
    report, a tally over a period, a happening told after "قبل أن"."""

    ahead: re.Pattern[str]
    ahead_window: int
    tally_open: re.Pattern[str]
    tally_period: re.Pattern[str]
    tally_period_end: re.Pattern[str]
    tally_mark: re.Pattern[str]
    tally_mark_window: int
    tally_unit: re.Pattern[str]
    before: re.Pattern[str]
    that: re.Pattern[str]
    subject_window: int
    subject: re.Pattern[str]
    relative_triggers: frozenset[str]
    since: re.Pattern[str]
    since_span: re.Pattern[str]
    since_reach: int
    since_window: int
    first_person_types: frozenset[str]
    bare_strikes: frozenset[str]
    # a superlative between the trigger and "منذ" compares one happening with the span (PREC11)
    since_compare: re.Pattern[str] = re.compile("(?!)")
    # the triggers of violence on the ground a storming told beside them is a step of (PREC12)
    raid_violence: frozenset[str] = frozenset()
    raid_apart: re.Pattern[str] = re.compile("(?!)")
    raid_apart_clause: re.Pattern[str] = re.compile("(?!)")  # after a comma: another clause (REVIEW12)
    # a withdrawal told as the way a capture came about: "سيطرت القوات على البلدة بعد انسحاب
    # التنظيم منها" (PREC24)
    capture_triggers: frozenset[str] = frozenset()
    capture_withdrawal: frozenset[str] = frozenset()
    capture_after: re.Pattern[str] = re.compile("(?!)")
    capture_unfought: re.Pattern[str] = re.compile("(?!)")
    capture_unfought_then: re.Pattern[str] = re.compile("(?!)")
    capture_unfought_reach: int = 4
    # a reference told with its own day right after it is told (REPORT26, ``own_day_references``)
    own_day_cues: re.Pattern[str] = re.compile("(?!)")
    own_day_window: int = 6


@cache
def story_cues() -> StoryCues:
    raw = _read("context.yaml").get("story") or {}

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(_n(raw.get(key) or "(?!)"))
    return StoryCues(
        ahead=rx("ahead"), ahead_window=int(raw.get("ahead_window", 12)),
        tally_open=rx("tally_open"), tally_period=rx("tally_period"),
        tally_period_end=rx("tally_period_end"), tally_mark=rx("tally_mark"),
        tally_mark_window=int(raw.get("tally_mark_window", 3)),
        tally_unit=rx("tally_unit"),
        before=rx("before"), that=rx("that"), subject_window=int(raw.get("subject_window", 3)),
        subject=rx("subject"), relative_triggers=frozenset(raw.get("relative_triggers") or ()),
        since=rx("since"), since_span=rx("since_span"), since_reach=int(raw.get("since_reach", 3)),
        since_window=int(raw.get("since_window", 10)),
        first_person_types=frozenset(raw.get("first_person_types") or ()),
        bare_strikes=frozenset(_n(w) for w in raw.get("bare_strikes") or ()),
        since_compare=rx("since_compare"), raid_violence=frozenset(raw.get("raid_violence") or ()),
        raid_apart=rx("raid_apart"), raid_apart_clause=rx("raid_apart_clause"),
        capture_triggers=frozenset(raw.get("capture_triggers") or ()),
        capture_withdrawal=frozenset(raw.get("capture_withdrawal") or ()),
        capture_after=rx("capture_after"), capture_unfought=rx("capture_unfought"),
        capture_unfought_then=rx("capture_unfought_then"),
        capture_unfought_reach=int(raw.get("capture_unfought_reach", 4)),
        own_day_cues=rx("own_day_cues"), own_day_window=int(raw.get("own_day_window", 6)))


@dataclass(slots=True)
class Candidate:
    """One trigger occurrence and what its context says about it."""

    kind: TriggerType
    first: int  # word range [first, last) of the trigger
    last: int
    sentence: int
    form: str  # perfect | imperfect | future | noun | frame
    definite: bool
    mode: str | None
    event_type: str | None
    sub_event_type: str | None
    rule: str
    context: list[str] = field(default_factory=list)
    context_rules: list[str] = field(default_factory=list)
    weapon_rule: str = ""
    # a cue for later stages that blocks nothing: "retaliation:وردا" when a reply or a revenge
    # opens the clause before the trigger (a new happening answering one told before)
    opens: str = ""

    @property
    def plover(self) -> str:
        return self.kind.plover

    @property
    def is_event(self) -> bool:
        return not self.context


def _purpose_of_control(word: str) -> bool:
    """"لبسط"، "لفرض" (with و/ف before): to impose control, a purpose ("تسعى القوات لبسط
    سيطرتها على الرقة"), never a control taken (that is told by a verb: بسطت، فرضت)."""
    bare = _strip_conj(word)
    return bare[:1] == "ل" and bare[1:] in MASDAR_OF_CONTROL


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _before_that(words: Words, first: int, last: int) -> bool:
    """Whether an imperfect trigger right after "قبل أن" has its subject named right after it
    ("فر من المدينة قبل أن تعتقله قوات الأمن"): then it tells a happening of the story's past,
    as a perfect verb would; without a subject ("قبل أن يتمكن"، "قبل أن تبدأ") it stays an
    imperfect that needs an anchor."""
    story, ws = story_cues(), words.words
    if first < 2 or not story.that.match(ws[first - 1].text) or not cue_matches(story.before, ws[first - 2].text) \
            or ws[first - 2].sentence != ws[first].sentence:
        return False
    hi = words.sentence_range(ws[first].sentence)[1]
    starts: set[int] | None = words.memo.get(("detect:actor-starts", 0))  # type: ignore[assignment]
    if starts is None:
        starts = {words.index_of(a.start, a.end)[0] for a in words.doc.spans_of("ACTOR")}
        words.memo[("detect:actor-starts", 0)] = starts  # type: ignore[assignment]
    for k in range(last, min(hi, last + story.subject_window)):
        if k in starts or cue_matches(story.subject, ws[k].text):
            return True
        if ws[k].comma or ws[k].ends_clause:
            break
    return False


FORM_MEMO = 1 << 16  # (trigger, word) forms remembered
_FORMS: dict[tuple[int, str], tuple[TriggerType, tuple[str, bool]]] = {}  # (id(kind), word) → (kind, form)


def _form(kind: TriggerType, word: str) -> tuple[str, bool]:
    """Grammatical form of the trigger's first word, and whether a noun is definite
    (remembered: the same trigger words come back in every document; keyed by the trigger
    object's id and checked to be that object, as ``cue_matches`` does for cues)."""
    key = (id(kind), word)
    entry = _FORMS.get(key)
    if entry is not None and entry[0] is kind:
        return entry[1]
    found = _word_form(kind, word)
    if len(_FORMS) < FORM_MEMO:
        _FORMS[key] = (kind, found)
    return found


def _word_form(kind: TriggerType, word: str) -> tuple[str, bool]:
    if kind.subject_first:  # "الطيران الحربي … دمر": the subject, then the finite verb (DAYREPORT22)
        return "frame", False
    bare = _strip_conj(word)
    noun = (bare in kind.nouns or word in kind.nouns) and bare not in kind.verb_stems
    if not noun and kind.nouns and kind.verb_stems:
        # the longer of a noun and a stem the word starts with names it: "احتجاجا" is the noun
        # احتجاج (+ accusative ا), not the verb احتج + اجا
        stem = max((len(v) for v in kind.verb_stems if bare.startswith(v)), default=0)
        noun = stem > 0 and any(len(n) > stem and bare.startswith(n) for n in kind.nouns)
    for stem in kind.verb_stems:
        if not noun and (bare.startswith(stem) or word.startswith(stem)):
            return "perfect", False
    for stem in kind.verb_stems:
        imperfect_stem = stem[1:] if stem.startswith("ا") and len(stem) > 3 else stem
        if bare[:1] == "س" and bare[1:2] in "يتن" and bare[2:].startswith(imperfect_stem):
            return "future", False
        if bare[:1] in "يتن" and bare[1:].startswith(imperfect_stem):
            return "imperfect", False
    definite = bare.startswith(("ال", "لل", "بال", "كال")) and not _root_alif_lam(bare, kind)
    return ("frame" if not definite and (kind.verbal or _looks_verbal(bare)) else "noun"), definite


def _root_alif_lam(bare: str, kind: TriggerType) -> bool:
    """Whether a frame's first word opens with the ال of its root, not the article: a finite
    verb whose hamza and first radical normalise to "ال" ("ألقت القبض"، "ألقى قنبلة"، "ألقوا").
    It tells a happening as any perfect verb does; read as a definite noun it would only
    point back at an arrest told before, and an arrest told once would be lost."""
    return bare.startswith("ال") and bare not in kind.nouns and _looks_verbal(bare)


def _possessed(word: str, kind: TriggerType) -> bool:
    """A verb stem with a possessive pronoun (رفضه، قصفها): a verbal noun where "despite"
    governs it."""
    return any(word.endswith(p) and word[:-len(p)] in kind.verb_stems for p in (*PRONOUN_SUFFIXES, "ه"))


NEGATION_STARTS = frozenset({"لم", "لن"})  # frames opened by a negation ("لم تقبل"): the word itself


def _looks_verbal(word: str) -> bool:
    past = (word.endswith("ت") and not word.endswith("ات")) or word.endswith("وا")
    if word[:2] in NEGATION_STARTS:  # "لمطالبة المعارضة" is ل + a verbal noun, not "لم"
        return past or word in NEGATION_STARTS
    return past or word.startswith(VERBAL_FRAME_STARTS)


MATCH_MEMO = 1 << 16  # word texts remembered per cue
_MEMO: dict[int, tuple[re.Pattern[str], dict[str, bool]]] = {}  # id(cue) → (cue, {word: matches})


def cue_matches(cue: re.Pattern[str], word: str) -> bool:
    """Whether a word cue matches the word, with or without a leading و/ف (memoised: the same
    few hundred words are checked against the same cues around every trigger).

    One plain dict of words per cue, found by the cue's id: hashing a compiled pattern hashes
    its whole code (up to ~0.6 µs a call for the long cue lists), and a dict of strings and
    booleans is no work for the garbage collector, unlike the entries of an ``lru_cache``.
    """
    entry = _MEMO.get(id(cue))
    if entry is None or entry[0] is not cue:
        entry = _MEMO[id(cue)] = (cue, {})
    memo = entry[1]
    found = memo.get(word)
    if found is None:
        found = bool(cue.match(word) or cue.match(_strip_conj(word)))
        if len(memo) < MATCH_MEMO:
            memo[word] = found
    return found


def _first_match(cue: re.Pattern[str], words: Words, indices: Iterable[int]) -> int | None:
    """The first of ``indices`` whose word ``cue`` matches (:func:`cue_matches`, with its memo
    read here: the rules ask it for every word around every trigger)."""
    entry = _MEMO.get(id(cue))
    memo = entry[1] if entry is not None and entry[0] is cue else {}
    ws = words.words
    for k in indices:
        text = ws[k].text
        found = memo.get(text)
        if found is None:
            found = cue_matches(cue, text)
        if found:
            return k
    return None


def _around(lo: int, hi: int, first: int, last: int, width: int) -> Iterable[int]:
    """Word indices within ``width`` of the trigger ``[first, last)`` in ``[lo, hi)``, in order,
    the trigger's own words left out."""
    a, b = max(lo, first - width), min(hi, last + width)
    return chain(range(a, min(first, b)), range(max(last, a), b))


def _check(cue: WordCue, words: Words, cand: Candidate, lo: int, hi: int, masks: dict[int, int]) -> str | None:
    """The cue word that fires for ``cand`` inside sentence words ``[lo, hi)``, if any.

    ``masks`` holds the cue bits of the words around the trigger (:meth:`Lexicon.cue_mask`).
    """
    ws = words.words
    if cue.triggers and cand.kind.id not in cue.triggers:  # first: the cheapest test, and the one
        return None  # that rules out most of the cues a common word (a number, منذ) brings
    if cand.kind.id in cue.spares:
        return None
    if cue.imperfect_only and cand.form not in ("imperfect", "future"):
        return None
    if cue.not_perfect and cand.form in ("perfect", "frame"):
        return None
    if cue.noun_only and cand.form != "noun":
        return None
    if cue.definite_only and not (cand.definite or _referential(words, cand)):
        return None
    if cue.unless_opens and cue_matches(cue.unless_opens, ws[cand.first].text):
        return None
    if cue.opening:  # a word that opens the sentence governs all of it ("وفي حال ... فإن ..."),
        # up to a quotation mark: a condition opening a quote ends with it
        at = ws[cand.first].start
        spots = [k for k in range(lo, min(lo + cue.opening, cand.first)) if masks[k] & cue.bit
                 and not _quote_between(words, ws[k].end, at)]
    else:
        spots = [k for k in range(max(lo, cand.first - cue.left), cand.first) if masks[k] & cue.bit] if cue.left else []
    if cue.right:
        spots += [k for k in range(cand.last, min(hi, cand.last + cue.right)) if masks[k] & cue.bit]
    for k in spots:
        # each test below only rules the spot out, so the one-word test goes first
        if cue.then and not (k + 1 < hi and cue_matches(cue.then, ws[k + 1].text)):
            continue
        if cue.unless_between and (_cue_between(cue.unless_between, words, k + 1, cand.first, cand.sentence)
                                   if k < cand.first else
                                   _cue_between(cue.unless_between, words, cand.last, k, cand.sentence)):
            continue
        if cue.unless_dated and _told_day_or_month(words, k):
            continue
        if cue.with_:
            window = range(max(lo, cand.first - cue.with_left), cand.first)
            if not any(cue_matches(cue.with_, ws[b].text) for b in window if b != k):
                continue
        if cue.unless_sentence and _named_outside(cue.unless_sentence, words, lo, hi, cand.first, cand.last):
            return None  # the sentence names a weapon or a doer: the cue says nothing of this trigger
        return ws[k].text
    return None


def _named_outside(cue: re.Pattern[str], words: Words, lo: int, hi: int, first: int, last: int) -> bool:
    """Whether ``cue`` matches a word of ``lo..hi-1`` that is not one of the trigger's own words
    ``first..last-1`` (:func:`cue_matches`). The sentence's matching words are found in one pass
    per cue and sentence and each trigger bisects them (REVIEW30: read word by word for every
    trigger whose cue matched, a run-on sentence of n accident killings read n times its words)."""
    key = (f"detect:unless-sentence:{id(cue)}", lo)
    got = words.memo.get(key)
    if got is None or got[0] is not cue or got[1] != hi:  # type: ignore[index]
        ws = words.words
        got = words.memo[key] = (cue, hi, [k for k in range(lo, hi) if cue_matches(cue, ws[k].text)])  # type: ignore[assignment]
    hits: list[int] = got[2]  # type: ignore[index]
    return len(hits) > bisect_left(hits, last) - bisect_left(hits, first)


_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTES))) + "]")
SHORT_SCAN = 32  # words (characters for a quote) read one by one; a longer stretch asks an index


def _cue_between(cue: re.Pattern[str], words: Words, a: int, b: int, sentence: int) -> bool:
    """Whether ``cue`` matches a word of ``a..b-1`` (:func:`cue_matches`), all in ``sentence``.

    A short stretch is read word by word; a long one (an opening cue read from the start of a
    run-on sentence for each of its triggers, SPEED30) bisects the sentence's matching words,
    found in one pass per cue and sentence."""
    ws = words.words
    if b - a <= SHORT_SCAN:
        return any(cue_matches(cue, ws[k].text) for k in range(a, b))
    key = (id(cue), sentence)
    got = words.cue_hits.get(key)
    if got is None or got[0] is not cue:
        lo, hi = words.sentence_range(sentence)
        got = words.cue_hits[key] = (cue, [k for k in range(lo, hi) if cue_matches(cue, ws[k].text)])
    hits = got[1]
    i = bisect_left(hits, a)
    return i < len(hits) and hits[i] < b


def _quote_between(words: Words, start: int, end: int) -> bool:
    """Whether a quotation mark (``QUOTES``) stands in ``doc.text[start:end]``: a short stretch
    is searched, a long one bisects the text's quotation marks (found once per document)."""
    text = words.doc.text
    if end - start <= SHORT_SCAN * 8:
        return any(q in text[start:end] for q in QUOTES)
    marks = words.quote_marks
    if marks is None:
        marks = words.quote_marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    i = bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def _told_day_or_month(words: Words, k: int) -> bool:
    """Whether word ``k`` is part of a DATE the text tells of a happening that names a day or a
    month of a year ("في 16 ديسمبر عام 2005 م"), not the page's own dateline: a cue
    ``unless_dated`` (a year with its era mark) says nothing of such a date (ITEMS23)."""
    at = words.words[k].start
    return any(sp.start <= at < sp.end and isinstance(sp.value, dict) and not sp.value.get("dateline")
               and (names_day(sp.value) or names_month(sp.value))
               for sp in words.doc.spans_of("DATE"))


PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن")


def _referential(words: Words, cand: Candidate) -> bool:
    """Whether a noun without ال still names a known happening: it carries a possessive pronoun
    (اغتياله، عدوانها) or heads a construct with a definite noun (اغتيال النائب، تفجيرات الشهر
    الماضي). Only asked when a ``definite_only`` cue is near, so it costs nothing elsewhere."""
    if cand.form != "noun":
        return False
    word = _strip_conj(words.words[cand.last - 1].text)
    if word.endswith(PRONOUN_SUFFIXES):
        return True
    if word.endswith("ه") and cand.last - cand.first == 1 and lexicon().pattern.fullmatch(word[:-1]):
        return True  # اغتياله: the word without its ه is itself a trigger (not مجزره)
    _, hi = words.sentence_range(cand.sentence)
    # the construct's second word: right after the noun, inside a frame the noun opens
    # ("قبل دخول القوات العراقية إلى كركوك"), else after the trigger
    after = cand.first + 1 if cand.last - cand.first > 1 else cand.last
    nxt = words.words[after].text if after < hi else ""
    return nxt.startswith("ال") and len(nxt) > 3


def _weapon_window(lex: Lexicon, words: Words, cand: Candidate, lo: int, hi: int) -> tuple[str, int]:
    """The words around the trigger a weapon cue is looked for in, and how many characters
    of it are the near window.

    ``WEAPON_WINDOW`` words before and after the trigger, the right side cut where the clause
    ends (a full stop, a colon) or where another clause opens (``clause_openers`` in
    ``context.yaml``: كما، فيما، بينما ...): "قصفاً
    بالهاونات ..., كما حلقت طائرات الاستطلاع" is no air strike. The near window
    (``WEAPON_NEAR``) starts where the wide one does, so it is a prefix of it.
    """
    ws, opener = words.words, lex.clause_openers
    end = min(hi, cand.last + WEAPON_WINDOW[1])
    for k in range(cand.last, end):
        if k > cand.last and opener.match(ws[k].text):
            end = k
            break
        if ws[k].ends_clause:
            end = k + 1
            break
    start = max(lo, cand.first - WEAPON_WINDOW[0])
    near = words.joined(start, min(end, cand.last + WEAPON_NEAR[1]))
    return words.joined(start, end), len(near)


def _refine(lex: Lexicon, words: Words, cand: Candidate, lo: int, hi: int) -> None:
    """Weapon cues near the trigger set the mode and the ACLED sub-event type.

    The cues are tried in their priority order on the words right next to the trigger first,
    then on the wider window: the mortar named next to "قصف" types it, not a drone named ten
    words on; a missile fired by a drone, both named next to the trigger, is still a drone strike.
    One search per cue: the near window is a prefix of the wide one, and a cue's leftmost match
    in the wide window is in the near one if it is anywhere there. A ``weak`` cue (who acted,
    not with what: "مسلحون") types only a trigger that has no sub-event type of its own: "قصفت
    القوات ... المعارضة المسلحة" stays a shelling.
    """
    text, near_len = _weapon_window(lex, words, cand, lo, hi)
    wide: tuple[Weapon, re.Match[str]] | None = None
    for weapon in lex.weapons:
        if cand.plover not in weapon.applies_to or (weapon.triggers and cand.kind.id not in weapon.triggers):
            continue
        if weapon.weak and cand.kind.sub_event_type:
            continue  # who acted ("المعارضة المسلحة") never retypes a trigger that names its blow
        hit = weapon.cue.search(text)
        if hit is None:
            continue
        if not weapon.weak and hit.end() <= near_len:
            wide = (weapon, hit)
            break
        if wide is None:
            wide = (weapon, hit)
    if wide is not None:
        weapon, hit = wide
        cand.mode = weapon.mode
        cand.event_type = weapon.event_type
        cand.sub_event_type = weapon.sub_event_type
        cand.weapon_rule = f"weapon:{hit.group()}"
        if weapon.civilian_target and cand.kind.id in lex.civilian_target_triggers \
                and not lex.civilian_unless_weapon.search(hit.group()):
            _civilian_target(lex, words, cand, hi, weapon.civilian_target)


def _civilian_target(lex: Lexicon, words: Words, cand: Candidate, hi: int, typing: dict[str, str]) -> None:
    """A small-arms blow whose target, named right after the trigger, is civilians ("باستهداف
    مسلحين لحافلة ركاب"، "أطلق مسلحون النار على المصلين") is ACLED's attack on civilians, not a
    clash: ACLED types by who was targeted. The actor2 rule does the same when the target is a
    named civilian actor; this one reads the target's words (``civilian_targets``)."""
    hit = lex.civilian_targets.search(words.joined(cand.first, min(hi, cand.last + WEAPON_NEAR[1])))
    if hit is not None:
        cand.event_type, cand.sub_event_type = typing["event_type"], typing["sub_event_type"]
        cand.weapon_rule += f"+civilian:{hit.group().strip()}"


_BY_BIT: dict[int, tuple[Lexicon, dict[int, list[tuple[int, int, str, WordCue]]]]] = {}


def _cues_by_bit(lex: Lexicon) -> dict[int, list[tuple[int, int, str, WordCue]]]:
    """The context cues by their word's bit, as (label order, cue order, label, cue): a
    candidate checks only the cues whose word is near it, not every cue of every label."""
    entry = _BY_BIT.get(id(lex))
    if entry is None or entry[0] is not lex:
        table: dict[int, list[tuple[int, int, str, WordCue]]] = {}
        for i, (label, cues) in enumerate(lex.filters.items()):
            for j, cue in enumerate(cues):
                table.setdefault(cue.bit, []).append((i, j, label, cue))
        entry = _BY_BIT[id(lex)] = (lex, table)
    return entry[1]


def find_candidates(words: Words, lex: Lexicon | None = None) -> list[Candidate]:
    """Every trigger occurrence in the document, typed and labelled with its context."""
    lex = lex or lexicon()
    by_bit = _cues_by_bit(lex)
    out: list[Candidate] = []
    questions: dict[int, bool] = {}  # sentence → whether it ends with a question mark
    masks: dict[int, int] = {}  # cue bits of the words looked at so far
    known, cue_mask, ws = masks.get, lex.cue_mask, words.words
    for m in lex.scan(words.norm.text):
        group = m.lastgroup
        if group is None:
            continue
        kind = lex.triggers[int(group[1:])]
        first, last = words.index_of_norm(m.start(), m.end())
        if first >= len(words):
            continue
        sentence = words.words[first].sentence
        form, definite = _form(kind, words.words[first].text)
        if form == "perfect" and first and words.words[first - 1].text in GOVERNING_PREPOSITIONS \
                and words.words[first - 1].sentence == sentence and (words.words[first].text in kind.verb_stems or (
                    words.words[first - 1].text in CONCESSIVE and _possessed(words.words[first].text, kind))):
            form = "noun"  # "على قصف", "إلى قتل", "رغم رفضه": the stem after a preposition is a verbal noun
        elif form == "frame" and kind.plover == "ASSAULT" and first and words.words[first - 1].text in GOVERNING_PREPOSITIONS \
                and words.words[first - 1].sentence == sentence:
            form = "noun"  # "إلى فرض سيطرته": a preposition governs a noun, never a finite verb
        elif form == "frame" and _strip_conj(words.words[first].text) in MASDAR_OF_CONTROL and first + 1 < len(words) \
                and words.words[first + 1].text in ("سيطره", "السيطره"):
            form = "noun"  # "وفرض سيطرة الدولة على أراضيها": the verbal noun; a verb names its subject first
        told_after = form == "imperfect" and _before_that(words, first, last)
        if told_after:
            form = "perfect"  # "قبل أن تعتقله قوات الأمن": a happening of the story, told after قبل أن
        purpose = form == "frame" and _purpose_of_control(words.words[first].text)
        if purpose:
            form = "noun"  # "لبسط سيطرتها"، "لفرض السيطرة": the verbal noun of a purpose
        cand = Candidate(kind, first, last, sentence, form, definite, kind.mode, kind.event_type,
                         kind.sub_event_type, rule=f"trigger:{kind.id}")
        if told_after:
            cand.rule += "|form:before-that"
        if form == "imperfect" and _strip_conj(words.words[first].text)[:1] == "ن" \
                and kind.plover in story_cues().first_person_types:
            cand.context.append("historical")  # "نحن نقصف المواقع العسكرية": a practice, not a happening
            cand.context_rules.append(f"historical:first-person:{words.words[first].text}")
        if purpose:
            cand.context.append("hypothetical")
            cand.context_rules.append(f"hypothetical:purpose:{words.words[first].text}")
        lo, hi = words.sentence_range(sentence)
        k = _first_match(lex.retaliation, words, range(max(lo, first - lex.retaliation_window), first))
        if k is not None:
            cand.opens = f"retaliation:{ws[k].text}"
        if kind.refine:
            _refine(lex, words, cand, lo, hi)
        if form == "future":
            cand.context.append("future")
            cand.context_rules.append("future:verb-prefix-sa")
        elif _asked(words, cand, lo, hi, questions):
            cand.context.append("hypothetical")
            cand.context_rules.append("hypothetical:question")
        # the cue bits of every word any context cue may look at: a cue none of them has
        # cannot fire, and most candidates have none at all
        present = 0
        opening = range(lo, min(lo + lex.context_opening, first - lex.context_left))  # out of the window
        for k in chain(opening, range(max(lo, first - lex.context_left), min(hi, last + lex.context_right + 1))):
            mask = known(k)
            if mask is None:
                mask = masks[k] = cue_mask(ws[k].text)
            present |= mask
        if not present:
            out.append(cand)
            continue
        # only the cues whose word is near are checked, in the labels' and cues' order: the
        # first cue of a label that fires names it
        hits: list[tuple[int, int, str, WordCue]] = []
        while present:
            low = present & -present
            hits.extend(by_bit.get(low, ()))
            present ^= low
        if len(hits) > 1:
            hits.sort(key=lambda h: (h[0], h[1]))
        for _, _, label, cue in hits:
            if label in cand.context:
                continue
            fired = _check(cue, words, cand, lo, hi, masks)
            if fired:
                cand.context.append(label)
                cand.context_rules.append(f"{label}:{fired}")
        out.append(cand)
    if out:
        own_day_references(words, out, lex)
        generic_context(words, out, lex.past.day_words, lambda c: light_verb(words, c, lex) is not None)
    if len(out) > 1:
        coordinated_context(words, out, lex)
    if out and lex.past:
        past_context(words, out, lex)
        background_context(words, out, lex.past.page_date)
        aggregate_context(words, out)
        list_item_context(words, out)
    if len(out) > 1:  # typing from the words around, once every context is known
        battle_result(out)
        strikes_told_before(words, out)
        raid_with_arrest(out)
        raid_in_violence(words, out)
        withdrawal_behind_capture(words, out)
    return out


OWN_DAY_RULE = "told:own-day"


def own_day_references(words: Words, cands: list[Candidate], lex: Lexicon) -> None:
    """(REPORT26) Lift ``reference`` off a trigger a pointing or time cue ruled out ("منذ
    اختطافهم"، "إحدى هذه الضربات"، "عقب الهجوم") when its own day follows it in its clause
    ("منذ اختطافهم في 9 ديسمبر / كانون الأول 2013 على أيدي رجال مسلحين في دوما"): the report
    tells that happening with its day, as rights groups' reports do, rather than pointing back to
    one told before. Only when ``reference`` is the trigger's one context, its cue is one of
    ``own_day_cues`` (``story`` in context.yaml), a DATE naming a day and not ahead starts within
    ``own_day_window`` words after the trigger, and no clause opener or clause end stands between.
    The rule ``told:own-day:<cue>`` takes the reference's place (what rasd show prints); the
    later past and background contexts still judge the trigger."""
    cues = story_cues()
    ws = words.words
    rows: dict[int, list[DateRow]] | None = None
    for cand in cands:
        if cand.context != ["reference"] or len(cand.context_rules) != 1:
            continue
        label, _, cue = cand.context_rules[0].partition(":")
        if label != "reference" or not cue_matches(cues.own_day_cues, cue):
            continue
        if rows is None:
            rows = {}
            for d in _dates(words):
                rows.setdefault(d[2], []).append(d)
        hi = words.sentence_range(cand.sentence)[1]
        reach = min(hi, cand.last + cues.own_day_window)
        day = next((d for d in rows.get(cand.sentence, ()) if cand.last <= d[0] < reach and d[4] and not d[5]), None)
        text = words.doc.text
        if day is None or any(ws[k].ends_clause or lex.clause_openers.match(ws[k].text)
                              or any(q in text[ws[k].end:ws[k + 1].start] for q in QUOTES)
                              for k in range(cand.last - 1, day[0])):
            continue  # (a quote closing between: a title cited with its date, "ماذا بعد معركة الباب " , 3 / 3 / 2017)
        cand.context.clear()
        cand.context_rules[0] = f"{OWN_DAY_RULE}:{cue}"


QUESTION_MARKS = ("?", "؟")
QUOTE_TAIL = " \t\n\"'»”)"




def battle_result(cands: list[Candidate]) -> None:
    """A capture told with the fighting for it in one sentence ("اندلعت معارك ... أسفرت عن سيطرة
    الفصائل على تل أحمر"، "بعد اشتباكات عنيفة سيطرت قسد على المستودع") types the happening:
    ACLED codes a battle that changed who holds a place as the territory change, not as an
    armed clash. The capture is marked as the typing one (``typed:capture-in-fighting``), which
    the events stage prefers when it joins the two into one happening; told at two places they
    stay two events, a clash and a capture. Candidates a context filter set aside count neither
    way ("شنت هجوماً لاستعادة السيطرة" is an attack, its purpose no capture)."""
    for cand in cands:
        if "capture" not in cand.kind.roles or cand.weapon_rule or cand.context:
            continue
        if any(c.sentence == cand.sentence and "fight" in c.kind.roles and not c.context
               and c.event_type in (None, "Battles") for c in cands):
            cand.weapon_rule = "typed:capture-in-fighting"


RAID_REACH = 12  # words after a raid an arrest it made is told in


def raid_with_arrest(cands: list[Candidate]) -> None:
    """A raid told with the arrest it made ("داهمت دورية منزل الناشط واعتقلته") is ACLED's
    arrest: the raid takes the arrest's typing (``|typed:raid-with-arrest`` on its rule). A raid
    whose arrest is denied or only planned ("دون أن تعتقل أحداً") stays untyped."""
    for i, cand in enumerate(cands):
        if cand.kind.id != "raid" or cand.sub_event_type:
            continue
        arrest = next((c for c in cands[i + 1:] if c.sentence == cand.sentence and c.kind.id == "arrest"
                       and c.first <= cand.last + RAID_REACH and not c.context), None)
        if arrest is not None:
            cand.mode, cand.event_type, cand.sub_event_type = arrest.mode, arrest.event_type, arrest.sub_event_type
            cand.rule += "|typed:raid-with-arrest"


def raid_in_violence(words: Words, cands: list[Candidate]) -> None:
    """A storming told in a sentence that tells the violence it was part of ("اشتباكات اندلعت في
    طيبة الإمام كقوات موالية للحكومة تقتحم الجانب الشرقي"، "اقتحموا منزل أحد منتسبي القوة الجوية
    وأطلقوا النار عليه") is a step of that fight or attack, which its own trigger reports: the
    raid is no COERCE event of its own (``reference:raid-in-violence``). Only fighting, killing,
    shooting or taking a place count (``story.raid_violence`` in context.yaml): an explosion in
    the sentence is another happening of a digest ("... لتفجير ارهابي ضرب المنطقة 28 - 1 - 2017
    مجموعة مسلحة داهمت منزل") or a figure ("انفجرت الأزمة ... بعد أن اقتحم آلاف المتظاهرين").
    A word that opens another clause between them ("فيما"، "كما"، "ثم": ``story.raid_apart``), or
    a comma and a coordinated clause's first word (``story.raid_apart_clause``: "في الموصل،
    وداهمت قوات الأمن منزلا في بغداد", REVIEW12) tells the raid apart ("قتل ثلاثة في اشتباكات ... , فيما داهمت قوة أمنية منزلاً"). A raid typed by the
    arrest it made (:func:`raid_with_arrest`) is an arrest and stays."""
    cues = story_cues()

    ws = words.words

    def apart(a: Candidate, b: Candidate) -> bool:
        lo, hi = min(a.last, b.last), max(a.first, b.first)
        # up to the later trigger's own first word: "، وداهمت" opens the raid's clause (REVIEW12)
        return any(cues.raid_apart.match(ws[k].text) for k in range(lo, hi)) or any(
            ws[k - 1].comma and cues.raid_apart_clause.match(ws[k].text) for k in range(lo, hi + 1))
    for cand in cands:
        if cand.kind.id != "raid" or cand.sub_event_type or cand.context:
            continue
        if any(c.sentence == cand.sentence and c.kind.id in cues.raid_violence and not c.context
               and not apart(c, cand) for c in cands):
            cand.context.append("reference")
            cand.context_rules.append("reference:raid-in-violence")


def withdrawal_behind_capture(words: Words, cands: list[Candidate]) -> None:
    """A withdrawal named right after "بعد/عقب/إثر" in a sentence that has just told a capture
    ("سيطرت القوات العراقية على معبر ربيعة ، بعد انسحاب قوات البيشمركة"، "استعادت قوات النظام
    السيطرة على بلدة الخفسة ... بعد انسحاب تنظيم داعش منها") is how that capture came about, the
    other side of one transfer of territory the capture's own trigger reports: no RETREAT event
    of its own (``reference:withdrawal-behind-capture``; the gold codes such a step optional at
    most, PREC24). Kept: a withdrawal "دون قتال" / "بدون مقاومة" (the handover itself is ACLED's
    non-violent transfer of territory, told by the withdrawal), a withdrawal told before any
    capture ("وبعد انسحاب التنظيم دخلت القوات": a sequence), and one whose capture is ruled out
    (planned, denied). Cues: ``story.capture_*`` in context.yaml."""
    cues = story_cues()
    if not cues.capture_withdrawal:
        return
    ws = words.words
    for cand in cands:
        if cand.kind.id not in cues.capture_withdrawal or cand.context or cand.first == 0:
            continue
        lo, hi = words.sentence_range(cand.sentence)
        if cand.first - 1 < lo or not cues.capture_after.match(ws[cand.first - 1].text):
            continue
        if not any(c.sentence == cand.sentence and c.kind.id in cues.capture_triggers and not c.context
                   and c.last <= cand.first for c in cands):
            continue
        reach = range(cand.last, min(hi, cand.last + cues.capture_unfought_reach))
        if any(cues.capture_unfought.match(ws[k].text) and k + 1 < hi
               and cues.capture_unfought_then.match(ws[k + 1].text) for k in reach):
            continue
        cand.context.append("reference")
        cand.context_rules.append("reference:withdrawal-behind-capture")


REMOTE_BLOWS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
STRIKE_LOOKBACK = 2  # sentences


def strikes_told_before(words: Words, cands: list[Candidate]) -> None:
    """A bare "ضربات" with no weapon near it ("قتل الآخرون في ضربات على مسرابا") is the kind of
    strike the report has just told: the nearest air strike or shelling typed in its sentence or
    the two before ("في ضربة جوية على سوق" one sentence earlier) lends its typing
    (``|typed:strike-told-before`` on its rule). A report that told no strike leaves it untyped.
    Typing only: it is no weapon cue, so the bare noun still needs its support to be an event
    (the bare nouns: ``story.bare_strikes`` in context.yaml)."""
    bare = story_cues().bare_strikes
    for i, cand in enumerate(cands):
        if cand.kind.id != "strike_ambiguous" or cand.sub_event_type \
                or _noun_stem(words.words[cand.first].text) not in bare:
            continue
        for prev in reversed(cands[:i]):
            if prev.sentence < cand.sentence - STRIKE_LOOKBACK:
                break
            if prev.plover == "ASSAULT" and prev.sub_event_type in REMOTE_BLOWS and not prev.context:
                cand.mode, cand.event_type, cand.sub_event_type = prev.mode, prev.event_type, prev.sub_event_type
                cand.rule += f"|typed:strike-told-before:{words.words[prev.first].text}"
                break


def _noun_stem(word: str) -> str:
    """The word without a leading conjunction, preposition and article ("وبضربات" → "ضربات")."""
    word = _strip_conj(word)
    if word[:1] in "بلك" and len(word) > 4:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _asked(words: Words, cand: Candidate, lo: int, hi: int, questions: dict[int, bool]) -> bool:
    """Whether the trigger stands in the clause a question mark ends: "من يقف خلف استهداف
    القافلة؟"، "فهل هذه اشتباكات أم جرائم؟" ask, they report nothing. A comma or a full stop
    between the trigger and the mark leaves it in a clause of its own ("قصفت الطائرات المدينة
    أمس، فهل تتوقف الغارات؟" reports the strike)."""
    asked = questions.get(cand.sentence)
    if asked is None:
        start, end = words.sentences[cand.sentence]
        asked = questions[cand.sentence] = words.doc.text[start:end].rstrip(QUOTE_TAIL).endswith(QUESTION_MARKS)
    if not asked:
        return False
    ws = words.words
    return not any(ws[k].comma or ws[k].ends_clause for k in range(cand.last - 1, hi - 1))


COORDINATED_GAP = 6  # most words between two triggers joined by و that share their context
INHERITED = ("negated", "hypothetical", "future", "threat", "reference", "historical")


def coordinated_context(words: Words, cands: list[Candidate], lex: Lexicon) -> None:
    """A trigger joined by و to the one before it shares what governs that one.

    "خطة لشن هجوم على العراق وقصف قصر الرئيس": the plan governs both; "القوات التي حاولت
    اقتحام المخيم واعتقال شبان": neither the storming nor the arrest happened. Only a word that
    cannot open a clause of its own takes it: a noun, an imperfect, a frame, or a bare verb stem
    after a noun (وقصف reads as the verbal noun there); "وقصفت" is a finite verb, its own
    clause, and so is "وتظاهر" after "يتظاهرون". Only
    within ``COORDINATED_GAP`` words in one clause (no comma, full stop or clause opener between),
    and not a ``sense`` label, which belongs to its own word.
    """
    ws = words.words
    for prev, cand in pairwise(cands):
        if cand.context or not prev.context or prev.sentence != cand.sentence:
            continue
        word = ws[cand.first].text
        if cand.form == "perfect" and prev.form == "noun" and _describes(words, prev, cand, lex):
            _inherit(words, prev, cand, "relative")
            continue
        if len(word) <= 3 or word[0] != "و" or not 0 <= cand.first - prev.last <= COORDINATED_GAP:
            continue
        bare_stem = cand.form == "perfect" and prev.form == "noun" and word[1:] in cand.kind.verb_stems
        if cand.form not in ("noun", "imperfect", "future", "frame") and not bare_stem:
            continue
        labels = [label for label in prev.context if label in INHERITED]
        if not labels or any(ws[k].comma or ws[k].ends_clause or lex.clause_openers.match(ws[k].text)
                             for k in range(prev.last - 1, cand.first)):
            continue
        if bare_stem:
            cand.form = "noun"
        _inherit(words, prev, cand, "coordinated")


def _describes(words: Words, prev: Candidate, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a perfect verb opens a relative clause about the noun trigger before it: "أبرز
    التفجيرات التي استهدفت كنائس", "في أعقاب هجوم انتحاري استهدف مدرسة" (an indefinite noun
    takes its clause with no relative word). What the noun is, the verb tells more of."""
    gap = cand.first - prev.last
    if gap == 0:
        return not prev.definite
    return gap == 1 and cue_matches(lex.past.relative, words.words[prev.last].text)


def _inherit(words: Words, prev: Candidate, cand: Candidate, how: str) -> None:
    for label in prev.context:
        if label in INHERITED:
            cand.context.append(label)
            cand.context_rules.append(f"{label}:{how}:{words.words[prev.first].text}")


# first word, last word, sentence, year, names a day, lies ahead of the report, names a month
DateRow = tuple[int, int, int, int | None, bool, bool, bool]


def _dates(words: Words) -> list[DateRow]:
    """The document's DATE spans as (first word, last word, sentence, year or None, names a day,
    lies ahead: a word of it says so, المقبل، القادم، غداً, names a month of a year: "في شباط
    2004"). (Not the time stage's ``future`` kind: a day without a year, resolved against a
    page's crawl date, often lands after it.)"""
    out = []
    ahead = story_cues().ahead
    for span in words.doc.spans_of("DATE"):
        value = span.value if isinstance(span.value, dict) else {}
        first, last = words.index_of(span.start, span.end)
        if first >= len(words):
            continue
        stamp = value.get("date") or value.get("start") or ""
        year = int(stamp[:4]) if stamp[:4].isdigit() else None
        out.append((first, last, words.words[first].sentence, year,
                    names_day(value),
                    any(cue_matches(ahead, w.text) for w in words.words[first:max(first + 1, last)]),
                    names_month(value)))
    return out


def _nearest(cand: Candidate, rows: list[DateRow]) -> tuple[int, DateRow] | None:
    """The date of ``rows`` nearest the trigger, with its distance in words."""
    return min(((max(d[0] - cand.last + 1, cand.first - d[1] + 1, 0), d) for d in rows),
               key=lambda t: t[0], default=None)


def _counts(words: Words) -> set[int]:
    """Last words of the document's NUMBER spans of two or more (remembered per document)."""
    found: set[int] | None = words.memo.get(("detect:counts", 0))  # type: ignore[assignment]
    if found is None:
        found = set()
        words.memo[("detect:counts", 0)] = found  # type: ignore[assignment]
        for span in words.doc.spans_of("NUMBER"):
            value = span.value.get("value") if isinstance(span.value, dict) else None
            if isinstance(value, int | float) and value >= 2:
                found.add(words.index_of(span.start, span.end)[1] - 1)
    return found


def _sentence_has(words: Words, sentence: int, cue: re.Pattern[str], name: str) -> bool:
    """Whether any word of the sentence matches ``cue`` (remembered per sentence: most hold
    none, and every candidate of the sentence asks)."""
    key = (name, sentence)
    found = words.memo.get(key)
    if found is None:
        lo, hi = words.sentence_range(sentence)
        found = words.memo[key] = _first_match(cue, words, range(lo, hi)) is not None
    return found


def _since(words: Words, cand: Candidate) -> str | None:
    """The span word after a "منذ" near the trigger, in its clause, that makes it an ongoing
    campaign: a month ("منذ 6 يونيو") or weeks or months ("منذ أكثر من شهر")."""
    story, ws = story_cues(), words.words
    if not _sentence_has(words, cand.sentence, story.since, "detect:since"):
        return None
    lo, hi = words.sentence_range(cand.sentence)
    k = _first_match(story.since, words, _around(lo, hi, cand.first, cand.last, story.since_window))
    if k is None:
        return None
    between = range(k, cand.first) if k < cand.first else range(cand.last - 1, k)
    if any(ws[b].comma or ws[b].ends_clause for b in between):
        return None
    if k > cand.first and _first_match(story.since_compare, words, between) is not None:
        return None  # "غارات هي الأعنف منذ أشهر": the strikes compared with the months, told
    j = _first_match(story.since_span, words, range(k + 1, min(hi, k + 1 + story.since_reach)))
    return None if j is None else ws[j].text


BROAD_PLACES = frozenset({"country", "region", "governorate", "district"})


def _names_town(words: Words, sentence: int) -> bool:
    """Whether a sentence names a town-level place (a PLACE span that is no country, region,
    governorate or district; remembered per sentence)."""
    key = ("detect:town", sentence)
    found = words.memo.get(key)
    if found is None:
        lo, hi = words.sentence_range(sentence)
        start, end = words.words[lo].start, words.words[hi - 1].end
        found = any(start <= p.start < end and isinstance(p.value, dict) and p.value.get("kind") not in BROAD_PLACES
                    for p in words.doc.spans_of("PLACE"))
        words.memo[key] = found
    return found


def _tally(words: Words, cand: Candidate, here: list[DateRow]) -> str | None:
    """The word that makes a noun trigger a tally over a period, not one happening, in a sentence
    that names no day: "بواقع" before it ("بواقع 10 مجازر"), or a count right before it in a sentence that names a period
    and no day ("نفذ خلال شهر نيسان 82 عملية انتحارية"، "وثقت ( 20 ) مجزرة هذا الشهر"). A
    sentence that names a town tells that town's strikes: "شنت الطائرات خلال الأسبوع الماضي 20
    غارة على مدينة سراقب" is kept."""
    if cand.form != "noun":
        return None
    story, ws = story_cues(), words.words
    lo, hi = words.sentence_range(cand.sentence)
    if any(d[4] for d in here):
        return None
    if _sentence_has(words, cand.sentence, story.tally_mark, "detect:tally-mark"):
        k = _first_match(story.tally_mark, words, range(max(lo, cand.first - story.tally_mark_window), cand.first))
        if k is not None:
            return ws[k].text
    counts = _counts(words)
    counted = cand.first - 1 in counts or (
        cand.first - 2 in counts and cand.first - 2 >= lo and cue_matches(story.tally_unit, ws[cand.first - 1].text))
    if not counted or _names_town(words, cand.sentence):
        return None
    key = ("detect:tally-period", cand.sentence)  # the sentence's period, read once (SPEED30)
    if key not in words.memo:
        words.memo[key] = next((f"{a}-{b}" for a, b in ((ws[k].text, ws[k + 1].text) for k in range(lo, hi - 1))
                                if (cue_matches(story.tally_open, a) and cue_matches(story.tally_period, b)) or (
                                    cue_matches(story.tally_period, a) and cue_matches(story.tally_period_end, b))),
                               None)  # type: ignore[assignment]
    return words.memo[key]  # type: ignore[return-value]


def _told_dates(words: Words, dates: list[DateRow], page_date: re.Pattern[str]) -> list[DateRow]:
    """``dates`` without the page's own dates (a masthead, a publication line: the three
    words before the date say so)."""
    if not dates:
        return dates
    lo = words.sentence_range(dates[0][2])[0]
    return [d for d in dates if _first_match(page_date, words, range(max(lo, d[0] - 3), d[0])) is None]


def reference_year(words: Words, dates: list[DateRow]) -> int | None:
    """The document's own year: its publication year, else the year most of its day dates
    fall in (the later on a tie). Not the latest one: a page's header often carries the day it
    was fetched, years after the report."""
    published = words.doc.meta.published or ""
    if published[:4].isdigit():
        return int(published[:4])
    years = Counter(d[3] for d in dates if d[4] and d[3] is not None)
    return max(years, key=lambda y: (years[y], y)) if years else None


def past_context(words: Words, cands: list[Candidate], lex: Lexicon) -> None:
    """Mark the candidates told as the story's past (``past`` in ``context.yaml``).

    ``historical:year-YYYY``: the date nearest the trigger in its sentence is a year at least
    ``year_gap`` years before the document's own year (:func:`reference_year`). A past
    happening given its day or its month ("اعتقل في الفلوجة في شباط 2004") is an event, as the
    schema says, however old (HISTORY21); a bare year tells history.
    ``historical:biography``: a relative clause about a person ("الذي اغتيل في بيروت") in a
    sentence that names no day.
    ``reference:reaction-back``: a definite noun a reaction word governs ("دان ... التفجير
    الإرهابي") when an earlier sentence already holds the same trigger or sub-event type
    ("تفجير" told, then condemned; not "استهداف" told and "العدوان" on another town condemned).
    """
    past, ws = lex.past, words.words
    dates: list[DateRow] | None = None
    ref: int | None = None
    by_sentence: dict[int, list[DateRow]] = {}
    told_in: dict[int, list[DateRow]] = {}  # sentence → its dates that are not the page's own
    ends = {c.last - 1 for c in cands}  # last words of triggers: an antecedent that is itself a happening
    # ... and with up to two words after them ("القصف المدفعي الذي استهدف السوق": the clause
    # tells the shelling its noun names, no happening pointed back to)
    described = ends | {k + j for k in ends for j in (1, 2)}
    told: dict[str, int] = {}  # list item | trigger kind or ACLED sub-event type → the first sentence with one
    from rasd.events.items import item_of  # (items imports arguments, which imports this module)

    for cand in cands:
        if cand.context:
            continue
        # told before in the same item of a list page (ITEMS23: "2015 / 9 / 28 - أدانت البعثة
        # الهجوم الانتحاري الذي وقع أمس في حي زارغوم" points back to no attack of another day's item)
        item = item_of(words.sentences[cand.sentence][0])
        first_told = min(told.setdefault(f"{item}|{cand.kind.id}", cand.sentence),
                         told.setdefault(f"{item}|{cand.sub_event_type or cand.kind.id}", cand.sentence))
        if first_told < cand.sentence and cand.form == "noun" and (cand.definite or _referential(words, cand)):
            lo = words.sentence_range(cand.sentence)[0]
            k = _first_match(past.reaction, words, range(max(lo, cand.first - past.reaction_window), cand.first))
            if k is not None:
                cand.context.append("reference")
                cand.context_rules.append(f"reference:reaction-back:{ws[k].text}")
                continue
        if dates is None:
            dates = _dates(words)
            ref = reference_year(words, dates)
            for d in dates:
                by_sentence.setdefault(d[2], []).append(d)
        here = by_sentence.get(cand.sentence, [])
        if cand.form in ("noun", "imperfect", "frame") and (near := _nearest(cand, here)) is not None \
                and near[1][5] and near[0] <= story_cues().ahead_window:
            cand.context.append("future")  # "تعقد الجامعة اجتماعاً ... في الأول من شباط المقبل"
            cand.context_rules.append("future:date-ahead")
            continue
        since = _since(words, cand) if cand.form != "perfect" else None
        if since is not None:
            cand.context.append("historical")  # "تخوض القوات منذ 6 يونيو معارك عنيفة"
            cand.context_rules.append(f"historical:since:{since}")
            continue
        counted = _tally(words, cand, here)
        if counted is not None:
            cand.context.append("historical")
            cand.context_rules.append(f"historical:tally:{counted}")
            continue
        if ref is not None and any(d[3] is not None and not d[4] and d[3] <= ref - past.year_gap for d in here):
            if cand.sentence not in told_in:
                told_in[cand.sentence] = _told_dates(words, here, past.page_date)
            told_dates = told_in[cand.sentence]
            dist, year, day = min(((max(d[0] - cand.last + 1, cand.first - d[1] + 1, 0), d[3], d[4] or d[6])
                                   for d in told_dates), key=lambda t: t[0], default=(0, None, False))
            if year is not None and not day and dist <= past.year_window and year <= ref - past.year_gap:
                cand.context.append("historical")
                cand.context_rules.append(f"historical:year-{year}")
                continue
        restrictive = cand.kind.id in story_cues().relative_triggers
        biography = restrictive or cand.kind.id in past.biography_triggers
        if cand.form != "perfect" or not (biography or first_told < cand.sentence):
            continue
        # a restrictive clause on a noun that names what it is by a happening the report has
        # told before: "طائرة السوخوي التي قصفت خان شيخون" (EXTRA16, ``reference:relative-back``)
        k = _relative_word(words, cand, past, ends if biography else described,
                           comma_ok=biography and not restrictive)
        if k is None:
            continue
        lo, hi = words.sentence_range(cand.sentence)
        if _first_match(past.day_words, words, range(lo, hi)) is not None:
            continue
        if cand.sentence not in told_in:
            told_in[cand.sentence] = _told_dates(words, here, past.page_date)
        if any(d[4] for d in told_in[cand.sentence]):
            continue
        label, rule = ("historical", "biography") if biography else ("reference", "relative-back")
        cand.context.append(label)
        cand.context_rules.append(f"{label}:{rule}:{ws[k].text}")


def _relative_word(words: Words, cand: Candidate, past: Past, ends: set[int], comma_ok: bool) -> int | None:
    """The relative pronoun that opens the clause of the perfect trigger ``cand`` ("الذي
    اغتيل"، "التي قصفت"، past ``relative_skip`` words: "الذي كان قد اعتقل"), or None: none
    there, or its antecedent is one of ``ends`` (a trigger's words: itself a happening), an
    attacker ("الانتحاري الذي قتل"), or a name set off by a comma when ``comma_ok`` is false
    ("وقال لافروف ، الذي اجتمع")."""
    ws = words.words
    lo = words.sentence_range(cand.sentence)[0]
    k = cand.first - 1
    while k > lo and cue_matches(past.relative_skip, ws[k].text):
        k -= 1
    if k <= lo or not cue_matches(past.relative, ws[k].text) or (k - 1) in ends \
            or cue_matches(past.attacker, ws[k - 1].text) or (ws[k - 1].comma and not comma_ok):
        return None
    return k


def light_verb(words: Words, cand: Candidate, lex: Lexicon) -> str | None:
    """A perfect light verb next to a noun trigger (شنت ... غارات، هجوم شنه مسلحون)."""
    lo, hi = words.sentence_range(cand.sentence)
    k = _first_match(lex.light_verbs, words, _around(lo, hi, cand.first, cand.last, lex.light_window))
    return None if k is None else words.words[k].text


def anchored(words: Words, cand: Candidate, lex: Lexicon, span_words: set[int], window: int = 10) -> bool:
    """Whether a noun or imperfect trigger is tied to one happening.

    Tied by a DATE, PLACE or CASUALTY span near it (``span_words``), a countryside or a
    district (:func:`_area_words`) or, when those stages are absent, an anchor word (a day,
    a time of day, a casualty word) near it.
    """
    lo, hi = words.sentence_range(cand.sentence)
    near = [k for k in range(max(lo, cand.first - window), max(min(hi, cand.last + window), _past_sides(words, cand, lex, hi)))
            if not (k > lo and words.words[k - 1].text in SPAN_OPENERS)]  # "حتى اليوم" is no day
    return any(k in span_words for k in near) or _first_match(lex.anchors, words, near) is not None \
        or any(k in _area_words(words) for k in near)


def _past_sides(words: Words, cand: Candidate, lex: Lexicon, hi: int) -> int:
    """Where the anchor window ends when the happening's two sides are named right after its
    noun ("اشتباكات عنيفة بين وحدات من الجيش وميليشيا الجيش الحر في منطقة جوبر"): ``sides_reach``
    words on, cut at the clause's end (a full stop, a ``clause_openers`` word: "حيث"، "فيما");
    else 0 (no widening)."""
    ws = words.words
    if _first_match(lex.sides, words, range(cand.last, min(hi, cand.last + lex.sides_gap))) is None:
        return 0
    end = min(hi, cand.last + lex.sides_reach)
    for k in range(cand.last, end):
        if ws[k].ends_clause:
            return k + 1
        if k > cand.last and lex.clause_openers.match(ws[k].text):
            return k
    return end


def _area_words(words: Words) -> frozenset[int]:
    """Words of a countryside, district or area inside one governorate the gazetteer resolved
    (a region with its admin1: ريف الرقة الشرقي، الغوطة الشرقية، جبل الزاوية): they tie a noun
    trigger down as a town does ("اشتباكات متواصلة بين الطرفين في ريف الرقة الشرقي"), as ACLED
    codes such a happening at the region's precision. Not a country, a governorate or a
    territory of a country's size named alone ("غارات في سوريا"، "إطلاق الصواريخ من قطاع
    غزة" is talk of a war, not one happening); a place the gazetteer could not resolve is no
    anchor either (tried: as many wrong events as right ones). Remembered per document."""
    found: frozenset[int] | None = words.memo.get(("detect:area-words", 0))  # type: ignore[assignment]
    if found is None:
        out: set[int] = set()
        for p in words.doc.spans_of("PLACE"):
            if isinstance(p.value, dict) and p.value.get("kind") in AREA_KINDS and p.value.get("admin1"):
                first, last = words.index_of(p.start, p.end)
                out.update(range(first, last))
        found = frozenset(out)
        words.memo[("detect:area-words", 0)] = found  # type: ignore[assignment]
    return found


AREA_KINDS = frozenset({"region", "district"})  # PLACE kinds below a governorate that anchor
