"""The subject a verb leaves unstated, carried from the happening told just before (SUBJ13).

Arabic drops a verb's subject when the clause or sentence before named it: "شنت الطائرات
الروسية غارات على سراقب . كما استهدفت بلدة معرة النعمان", "وأضاف المرصد أن قوات النظام تقدمت
في ريف حماة . وسيطرت على قرية معركبة". A verbal trigger that opens its clause (after particles
such as كما، حيث، قد or a fronted adjunct "وفي الأيام الأخيرة") and for which the roles found no
actor1 takes the subject of the happening told last, when:

- that happening was told in the same sentence or the one before, in the same item of a list
  page, and the verb's sentence opens no other topic ("من جهة أخرى"، "في المقابل");
- both are acts of force (``plovers``), the verb's kind is not one whose bare verb reads as a
  passive (``passive_kinds``: "وقتل ثلاثة مدنيين"), and the antecedent is an armed actor found
  as a clause's subject (``antecedent_rules``);
- no one else speaks or acts between them (an actor next to a reporting verb, "وقال المرصد");
- the verb agrees with the antecedent: feminine (قوات، الطائرات، الفصائل، روسيا), masculine
  (الجيش، الطيران، التنظيم) or a human plural (المسلحون، الثوار).

The knowledge lives in ``data/events/carried.yaml``; the evidence rule is ``actor:carried-subject``
and its span the antecedent's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file, data_pattern
from rasd.events.arguments import PASSIVE_MARK, _phrase_start, role_cues
from rasd.events.detect import cue_matches
from rasd.events.items import item_of
from rasd.kb.actors import ARMED_TYPES, fighting

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg, RoleCues
    from rasd.events.detect import Candidate
    from rasd.events.lexicon import Lexicon
    from rasd.events.tokens import Words

RULE = "actor:carried-subject"
STATE_TYPE = "State forces"


@dataclass(frozen=True, slots=True)
class CarryCues:
    plovers: frozenset[str]
    passive_kinds: frozenset[str]
    antecedent_rules: frozenset[str]
    openers: re.Pattern[str]
    perfective: re.Pattern[str]
    subordinate: re.Pattern[str]
    adjunct_openers: re.Pattern[str]
    adjunct_words: int
    topic_shift: re.Pattern[str]
    subject_nouns: re.Pattern[str]
    feminine_heads: re.Pattern[str]
    plural_heads: re.Pattern[str]
    companions: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Told:
    """The subject of the happening told last, where it was told; ``carries`` false when that
    happening names an actor1 no verb may carry (not armed, not a clause's subject, or not an act
    of force): it ends the chain, and no subject from before it is looked for."""

    arg: Arg
    sentence: int
    end: int  # the word after its trigger
    item: int | None  # its list-page item (rasd.events.items), if any
    carries: bool = True


@cache
def carry_cues() -> CarryCues:
    data = data_file("rasd.data.events", "carried.yaml")

    def rx(key: str) -> re.Pattern[str]:
        return data_pattern("carried.yaml", key)

    return CarryCues(
        plovers=frozenset(data["plovers"]), passive_kinds=frozenset(data["passive_kinds"]),
        antecedent_rules=frozenset(data["antecedent_rules"]), openers=rx("openers"),
        perfective=rx("perfective"), subordinate=rx("subordinate"), adjunct_openers=rx("adjunct_openers"), adjunct_words=int(data["adjunct_words"]),
        topic_shift=rx("topic_shift"), subject_nouns=rx("subject_nouns"), feminine_heads=rx("feminine_heads"), plural_heads=rx("plural_heads"),
        companions=rx("companions"))


def remember(words: Words, cand: Candidate, last: int, actor1: Arg | None, rule1: str,
             told: Told | None) -> Told | None:
    """What the next happening may carry after this one (trigger ``cand``, ending before word
    ``last``): its subject when it is an armed actor found as a clause's subject; nothing when
    an armed actor acting by force is found otherwise ("غارات للطيران الروسي": a subject told
    before may still be carried); an end of the chain when it is no act of force or its actor1
    fights no one ("وطالبت الحكومة التركية بوقف القصف , كما استهدفت": not the government's
    strike); what was carried before when it names none."""
    if actor1 is None:
        return told
    cues = carry_cues()
    item = item_of(words.sentences[cand.sentence][0])
    if cand.plover not in cues.plovers or not fighting(actor1.value):
        return Told(actor1, cand.sentence, last, item, carries=False)
    return Told(actor1, cand.sentence, last, item) if rule1 in cues.antecedent_rules else None


def carried_subject(words: Words, ann: Annotations, cand: Candidate, told: Told | None, lex: Lexicon) -> Arg | None:
    """The subject ``cand`` leaves unstated, carried from ``told`` or, with no happening told in
    its sentence or the one before, from the last armed subject of those (module docstring)."""
    cues = carry_cues()
    if cand.plover not in cues.plovers or cand.kind.id in cues.passive_kinds:
        return None
    if cand.form not in ("perfect", "imperfect", "frame"):
        return None
    if told is None or told.sentence < cand.sentence - 1:
        told = _clause_subject(words, ann, cand, lex)
    if told is None or not told.carries:  # a happening of another actor1 told last ends the chain
        return None
    if told.end > cand.first or item_of(words.sentences[cand.sentence][0]) != told.item:
        return None
    verb = words.words[cand.first].text
    if PASSIVE_MARK in words.doc.text[words.words[cand.first].start:words.words[cand.first].end]:
        return None
    if _passive_frame(words, cand):
        return None  # "تم القبض عليه"، "وتعرضت البلدة لقصف": the one named underwent it
    agreement = _verb_agreement(verb, cand.form)
    if agreement is None or (agreement != _agreement_of(words, told.arg) and not (
            agreement == "pl" and _with_companions(words, told.arg, cues))):
        return None
    lo, hi = words.sentence_range(cand.sentence)
    if not _opens_clause(words, ann, cand.first, lo, cues):
        return None
    if told.sentence != cand.sentence and _subordinate(words, cand.first, lo, cues):
        return None  # "... . أصيب 4 أطفال , بعدما دهسهم مستوطن": إذ / بعدما go on their own sentence
    if cand.first + 1 < hi and _noun_matches(cues.subject_nouns, words.words[cand.first + 1].text):
        return None  # "وصلت القوات"، "واستهدفت الغارات": the verb's own subject
    if cues.topic_shift.match(words.joined(lo, min(lo + 3, cand.first + 1))):
        return None
    if _someone_between(words, ann, told, cand.first, lex):
        return None
    return told.arg


def _passive_frame(words: Words, cand: Candidate) -> bool:
    """Whether the trigger opens with, or follows, a passive auxiliary or a light verb of
    undergoing (roles.yaml ``passive_aux``, ``passive_light``: تم، يتم، جرى، تعرضت)."""
    cues = role_cues()
    return any(cues.passive_aux.match(words.words[k].text) or cues.passive_light.match(words.words[k].text)
               for k in (cand.first - 1, cand.first) if k >= 0 and words.words[k].sentence == cand.sentence)


def _clause_subject(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon) -> Told | None:
    """The last armed actor standing as a clause's subject before ``cand``, in its sentence or
    the one before ("وفرض الجيش السوري حصارا على الجيب . وفي الأيام الأخيرة سيطر على ...")."""
    cues = role_cues()
    for sentence in (cand.sentence, cand.sentence - 1):
        if sentence < 0:
            return None
        lo, _hi = words.sentence_range(sentence)
        for a in reversed(ann.in_sentence(ann.actors, sentence)):
            if a.last <= cand.first and fighting(a.value) and _opens_its_clause(words, a, lex, cues, lo):
                return Told(a, sentence, a.last, item_of(words.sentences[sentence][0]))
    return None


def _opens_its_clause(words: Words, arg: Arg, lex: Lexicon, cues: RoleCues, lo: int) -> bool:
    """Whether an actor is a clause's subject told before its verb or right after it: first in
    its sentence, after a complementizer (إن قوات النظام), a verb (وفرض الجيش السوري، أعلنت
    قسد), or the sentence's first word when that is no preposition or adjunct; not merely
    before a verb ("قضت على إرهابيي النصرة ودمرت": the object of the verb before)."""
    first = _phrase_start(words, arg, cues, lo)
    if first <= lo:
        return True
    prev = words.words[first - 1].text
    if cues.complementizer.match(prev) or cues.complementizer_pronoun.match(prev) or cues.verb_like.match(prev) \
            or cues.reporting.match(prev) or cue_matches(lex.light_verbs, prev):
        return True
    opener = words.words[lo].text
    return first == lo + 1 and not carry_cues().adjunct_openers.match(opener) and not cues.oblique.match(opener)


def _verb_agreement(word: str, form: str) -> str | None:
    """"f", "m" or "pl": whom the verb agrees with (a feminine or masculine singular, a human
    plural); None for a dual, a first person or a frame's word that reads as a noun."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if bare.startswith("ال") or bare.endswith("ات"):
        return None  # a noun: "التفجيرات"
    if form == "imperfect":
        if bare[:1] == "ت":
            return "f"
        if bare[:1] == "ي":
            return "pl" if bare.endswith("ون") else "m"
        return None
    if bare.endswith("وا"):
        return "pl"
    if bare.endswith("ت") and not bare.endswith("ات"):
        return "f"
    if bare.endswith(("ا", "ه", "ي")):  # a dual; a frame's noun ("سيطره"، "قصفا"، "عسكري")
        return None
    return "m"


def _agreement_of(words: Words, arg: Arg) -> str | None:
    """Whom the antecedent's verb agrees with, read off its head noun (carried.yaml): None for a
    state named alone ("روسيا"، "العراق": either gender in the press)."""
    value = arg.value
    if arg.last - arg.first == 1 and isinstance(value, dict) and value.get("type") == STATE_TYPE \
            and not words.words[arg.first].text.startswith(("ال", "وال")):
        return None
    head = _bare(words.words[arg.first].text)
    cues = carry_cues()
    word = words.words[arg.first].text
    if _noun_matches(cues.plural_heads, word) or (len(head) > 4 and head.endswith(("ون", "ين"))) or (
            len(head) > 4 and head.endswith("و") and arg.last - arg.first > 1):
        return "pl"
    if _noun_matches(cues.feminine_heads, word) or head.endswith(("ه", "ات")):
        return "f"
    return "m"


def _subordinate(words: Words, k: int, lo: int, cues: CarryCues) -> bool:
    """Whether one of the particles before the verb at word ``k`` opens a subordinate clause
    (carried.yaml ``subordinate``: إذ، بعدما)."""
    j = k - 1
    while j >= lo and cues.openers.match(words.words[j].text):
        if cues.subordinate.match(_bare(words.words[j].text)):
            return True
        j -= 1
    return False


def _with_companions(words: Words, arg: Arg, cues: CarryCues) -> bool:
    """Whether the antecedent is joined by its allies right after it ("الجيش السوري وحلفاؤه"):
    a plural subject, which a plural verb agrees with (carried.yaml ``companions``)."""
    return arg.last < len(words) and words.words[arg.last].sentence == words.words[arg.first].sentence \
        and bool(cues.companions.match(words.words[arg.last].text))


def _bare(word: str) -> str:
    """A noun without its conjunction and article: "والقوات" → "قوات", "بقيه" stays."""
    if word[:1] in "وف" and len(word) > 4:
        word = word[1:]
    for article in ("ال", "لل"):
        if word.startswith(article) and len(word) - len(article) >= 3:
            return word[len(article):]
    return word


def _noun_matches(pattern: re.Pattern[str], word: str) -> bool:
    """Whether a head noun matches ``pattern`` without its conjunction and article, or with a
    first ف kept: ف begins many nouns ("فصائل"، "فرق"، "فيلق"), which :func:`_bare` alone would
    read as "صائل" (ACTOR1_28)."""
    if pattern.match(_bare(word)):
        return True
    return word[:1] == "ف" and bool(pattern.match(_bare("و" + word)))


def _opens_clause(words: Words, ann: Annotations, k: int, lo: int, cues: CarryCues) -> bool:
    """Whether the verb at word ``k`` opens its clause: the sentence's first word, or one after a
    comma, after particles (كما، قد، وكانت) or after a fronted adjunct naming no actor."""
    j = k - 1
    while j >= lo and cues.openers.match(words.words[j].text):
        j -= 1
    if j < lo:
        return True
    if cues.perfective.match(_bare(words.words[j + 1].text)) and j + 1 < k:
        return False  # "وكانت قوات أيزيدية , منضوية ... , قد سيطرت": its subject stands before قد
    if words.words[j].comma or words.words[j].ends_clause:
        return True
    if not cues.adjunct_openers.match(words.words[lo].text) or j - lo >= cues.adjunct_words:
        return False
    return not any(lo <= a.first <= j for a in ann.in_sentence(ann.actors, words.words[lo].sentence))


def _someone_between(words: Words, ann: Annotations, told: Told, k: int, lex: Lexicon) -> bool:
    """Whether another actor speaks or acts between the antecedent's happening and the verb at
    word ``k``: one next to a reporting verb ("وقال المرصد"، "وأفاد ناشطون") or opening a
    sentence or another armed actor standing as a clause's subject, a reporting verb in the
    verb's own sentence before it, or a verb with a subject noun of its own (carried.yaml
    ``subject_nouns``)."""
    reporting, verb_like = role_cues().reporting, role_cues().verb_like
    subjects = carry_cues().subject_nouns
    ident = told.arg.value.get("id")
    lo, _hi = words.sentence_range(words.words[k].sentence)
    if any(reporting.match(words.words[j].text) for j in range(max(lo, told.end), k)):
        return True
    if any(verb_like.match(words.words[j].text) and _noun_matches(subjects, words.words[j + 1].text)
           for j in range(max(told.end, told.arg.last), k - 1)):
        return True  # "داهمت الاستخبارات العسكرية ... واعتقلت": a verb with its own subject between
    for sentence in range(told.sentence, words.words[k].sentence + 1):
        for a in ann.in_sentence(ann.actors, sentence):
            if not told.end <= a.first < k or (isinstance(a.value, dict) and a.value.get("id") == ident):
                continue
            start, _ = words.sentence_range(sentence)
            before = words.words[a.first - 1].text if a.first > start else ""
            after = words.words[a.last].text if a.last < len(words) else ""
            if a.first == start or reporting.match(before) or reporting.match(after):
                return True
            if isinstance(a.value, dict) and a.value.get("type") in ARMED_TYPES \
                    and _opens_its_clause(words, a, lex, role_cues(), start):
                return True  # "كبر الحوثي وتضخم , سيطر على صنعاء": another armed subject since
    return False
