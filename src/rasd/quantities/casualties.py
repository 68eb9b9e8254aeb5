"""Casualty frames: who was killed, injured, missing or captured, and how many.

A frame is a trigger with a count: the trigger before the count ("مقتل 5 عناصر", "أصيب
ما لا يقل عن 14", "مقتل شخص" = 1, "مقتل عنصرين" = 2) or the count before a casualty noun
("سقوط 38 قتيلاً", "10 جرحى", "عشرات القتلى"), and "لقي (N) حتفه/حتفهم". "Who" is the
noun after the count with what qualifies it ("عناصر من قوات النظام"), cut at a preposition
or punctuation. A breakdown after the total ("38 عنصرا على الأقل منهم 24 … و14 …") gives
parts that point at their total (``breakdown_of``), so a toll never adds a part to the
whole. A trigger joined to another ("مقتل وإصابة 10") gives a combined figure that is
neither a death toll nor an injury count, and is left out, unless a vague count of "several"
governs the pair ("سقوط عدد من القتلى والجرحى": several dead, ACLED's 3; TOLL28). Word lists live in
``data/quantities/casualties.yaml``.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from itertools import compress, count

from rasd.datafiles import data_file, load_yaml
from rasd.quantities.numbers import Found
from rasd.quantities.tokens import Tokens, add_forms, clitic_forms, key

WHO_WORDS = 4  # at most this many words after the noun describe who
_MONDAY = frozenset({"الاثنين", "والاثنين"})  # "the two" with the article is mostly Monday
CLAUSE_ENDS = frozenset({".", ":", ";", "؛", "!", "?", "؟"})
OTHERS = frozenset(key(w) for w in ("آخرين", "آخرون"))  # "N أشخاص آخرين قتلوا"


@dataclass(slots=True)
class CasualtyLexicon:
    count_after: dict[str, str] = field(default_factory=dict)
    count_after_first: dict[str, set[str]] = field(default_factory=dict)  # last word → first words
    count_before: dict[str, str] = field(default_factory=dict)
    met_death_verbs: set[str] = field(default_factory=set)
    met_death_nouns: dict[str, int | None] = field(default_factory=dict)
    singular: set[str] = field(default_factory=set)
    dual: dict[tuple[str, ...], int] = field(default_factory=dict)
    plural: set[str] = field(default_factory=set)
    markers: dict[tuple[str, ...], int] = field(default_factory=dict)
    marker_heads: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    stop: set[str] = field(default_factory=set)
    not_people: set[str] = field(default_factory=set)
    not_people_phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    count_then_verb: dict[str, str] = field(default_factory=dict)
    singular_definite: set[str] = field(default_factory=set)
    one_victim_verbs: set[str] = field(default_factory=set)
    he_words: set[str] = field(default_factory=set)
    may_be_active: set[str] = field(default_factory=set)
    period_since: set[str] = field(default_factory=set)
    period_during: dict[str, int] = field(default_factory=dict)  # first word → words
    period_nouns: set[str] = field(default_factory=set)
    period_same_day: set[str] = field(default_factory=set)
    period_ongoing: set[str] = field(default_factory=set)
    period_pointers: frozenset[str] = frozenset()  # "تلك"، "هذه" between "خلال" and its noun
    none_negations: set[str] = field(default_factory=set)
    none_fillers: set[str] = field(default_factory=set)
    none_nouns: set[str] = field(default_factory=set)
    none_needs_after: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    pronoun_victims: dict[str, tuple[str, int]] = field(default_factory=dict)  # word → (kind, count)
    pronoun_after: set[str] = field(default_factory=set)
    pronoun_after_verbs: set[str] = field(default_factory=set)
    combined_after: set[str] = field(default_factory=set)
    several_each: int = 0  # a vague count up to this ("عدد من") told of the dead and the wounded is each's
    toll_nouns: set[str] = field(default_factory=set)
    toll_to: set[str] = field(default_factory=set)
    toll_rise: set[str] = field(default_factory=set)
    toll_rise_words: int = 0
    one_words: frozenset[str] = frozenset()  # "one" (واحد، واحدة), whose و is no conjunction
    unnumbered_heads: set[str] = field(default_factory=set)  # see _injured_unnumbered
    unnumbered_after: set[str] = field(default_factory=set)
    unnumbered_before: set[str] = field(default_factory=set)
    unnumbered_bridge: set[str] = field(default_factory=set)
    damage_heads: set[str] = field(default_factory=set)  # see _damage_only
    damage_after: set[str] = field(default_factory=set)
    damage_before: set[str] = field(default_factory=set)
    count_before_one: set[str] = field(default_factory=set)  # "سقوط قتيل": one
    met_death_asides: set[str] = field(default_factory=set)  # "لقي فيها 18 ... مصرعهم"
    object_verbs: set[str] = field(default_factory=set)  # "قتلت قوات الأمن رجلا"
    object_stop: set[str] = field(default_factory=set)
    object_count_not_after: frozenset[str] = frozenset()  # "قتلت فيها عائلة مكونة من ثمانية"
    kin: set[str] = field(default_factory=set)  # "والدته"، "زوجها": one person, with a possessor
    aside_openers: set[str] = field(default_factory=set)  # "قتل في الهجوم 30": see _after_aside
    aside_words: int = 0
    stop_aside: set[str] = field(default_factory=set)
    aside_joiners: frozenset[str] = frozenset()  # a lone "و": another part of a list begins
    object_pronoun_victims: dict[str, tuple[str, int]] = field(default_factory=dict)  # "وقتلوه"
    passive_aux: frozenset[str] = frozenset()  # "تم" (TOLL24)
    with_others: frozenset[str] = frozenset()  # "قتل مع خمسة آخرين" (TOLL24)
    with_others_dual: frozenset[str] = frozenset()  # "قتلا مع ثلاثة آخرين": two and the others
    passive_victims: dict[str, tuple[str, int]] = field(default_factory=dict)  # "تم قتله"
    subject_openers: set[str] = field(default_factory=set)  # "بأن مدنيا قتل": see _subject_victim
    possessive: tuple[str, ...] = ()  # pronoun suffixes of a possessor, longest first
    elided_place: set[str] = field(default_factory=set)  # "في": see _elided
    elided_ordinals: set[str] = field(default_factory=set)  # "وثالث في Y": one more
    present_verbs: frozenset[str] = frozenset()  # يقتل، تعدم: see _untold_present
    present_not_after: frozenset[str] = frozenset()  # لم، لن، قد، أن
    present_told_after: frozenset[tuple[str, str]] = frozenset()  # قبل أن


@cache
def casualty_lexicon() -> CasualtyLexicon:
    data = load_yaml(resources.files("rasd.data").joinpath("quantities/casualties.yaml")
                          .read_text(encoding="utf-8"))
    lex = CasualtyLexicon()
    for kind, words in data["count_after"].items():
        for w in words:
            add_forms(lex.count_after, w, kind)
            add_forms(lex.count_after, "ال" + key(w), kind)
    for kind, phrases in data.get("count_after_phrases", {}).items():
        for phrase in phrases:
            first, last = key(phrase).split()
            lex.count_after[last] = kind
            lex.count_after_first.setdefault(last, set()).update(clitic_forms(first, article=False))
    for kind, words in data["count_before"].items():
        for w in words:
            add_forms(lex.count_before, w, kind)
            add_forms(lex.count_before, "ال" + key(w), kind)
    for w in data["met_death_verbs"]:
        lex.met_death_verbs.update(clitic_forms(key(w)))
    for w, n in data["met_death_nouns"].items():
        add_forms(lex.met_death_nouns, w, n)
    for w in data["who_singular"]:
        lex.singular.update(clitic_forms(key(w)))
        lex.singular_definite.update(clitic_forms("ال" + key(w)))
    for w in data.get("one_victim_verbs", ()):
        lex.one_victim_verbs.update(clitic_forms(key(w), article=False))
    lex.he_words = {key(w) for w in data.get("he_words", ())}
    lex.one_words = frozenset(key(w) for w in data["one_words"])
    for w in data.get("may_be_active", ()):
        lex.may_be_active.update(clitic_forms(key(w), article=False))
    for w in data["who_dual"]:
        words = tuple(key(w).split())
        for form in clitic_forms(words[0]):
            lex.dual[(form, *words[1:])] = 2
    if data.get("who_dual_derived"):  # "صحافيان"، "طفلتان": each singular's nominative dual (TOLL30)
        not_dual = {key(w) for w in data.get("who_dual_not", ())}
        for w in data["who_singular"]:
            one = key(w)
            two = (one[:-1] + "تان") if one.endswith("ه") else one + "ان"
            if two not in not_dual:
                for form in clitic_forms(two):
                    lex.dual.setdefault((form,), 2)
    for w in data["who_plural"]:
        lex.plural.update(clitic_forms(key(w)))
        lex.plural.update(clitic_forms("ال" + key(w)))
    for w in data["breakdown_markers"]:
        words = tuple(key(w).split())
        for form in clitic_forms(words[0]):
            lex.markers[(form, *words[1:])] = len(words)
            lex.marker_heads.setdefault(form, []).append((form, *words[1:]))
    for kind, words in data.get("count_then_verb", {}).items():
        for w in words:
            for form in clitic_forms(key(w), article=False):
                lex.count_then_verb[form] = kind
    lex.period_since = {f for w in data.get("period_since", ())
                        for f in clitic_forms(key(w), article=False)}
    for w in data.get("period_during", ()):
        words = key(w).split()
        for f in clitic_forms(words[0], article=False):
            lex.period_during[f] = len(words)
    lex.period_nouns = {f for w in data.get("period_nouns", ()) for f in clitic_forms(key(w))}
    lex.period_same_day = {f for w in data.get("period_same_day", ())
                           for f in clitic_forms(key(w))}
    lex.period_pointers = frozenset(key(w) for w in data.get("period_pointers", ()))
    lex.period_ongoing = {f for w in data.get("period_ongoing", ())
                          for f in clitic_forms(key(w), article=False)}
    lex.none_negations = {key(w) for w in data.get("none_negations", ())}
    lex.none_fillers = {f for w in data.get("none_fillers", ()) for f in clitic_forms(key(w), article=False)}
    for w in data.get("none_nouns", ()):
        lex.none_nouns.update(clitic_forms(key(w), article=False))
    for w, afters in data.get("none_needs_after", {}).items():
        for form in clitic_forms(key(w), article=False):
            lex.none_needs_after[form] = [tuple(key(a).split()) for a in afters]
    for kind, table in (data.get("pronoun_victims") or {}).items():
        for w, n in table.items():
            add_forms(lex.pronoun_victims, w, (kind, n), article=False)
    lex.pronoun_after = {key(w) for w in data.get("pronoun_after", ())}
    lex.pronoun_after_verbs = {key(w) for w in data.get("pronoun_after_verbs", ())}
    lex.combined_after = {key(w) for w in data.get("combined_after", ())}
    lex.several_each = int(data.get("several_each", 0))
    lex.toll_nouns = {f for w in data.get("toll_nouns", ()) for f in clitic_forms(key(w), article=False)}
    lex.toll_to = {key(w) for w in data.get("toll_to", ())}
    lex.toll_rise = {f for w in data.get("toll_rise", ()) for f in clitic_forms(key(w), article=False)}
    lex.toll_rise_words = int(data.get("toll_rise_words", 0))
    lex.stop = {key(w) for w in data["who_stop"]}
    unnumbered = data.get("injured_unnumbered") or {}
    lex.unnumbered_heads = {f for w in unnumbered.get("heads", ()) for f in clitic_forms(key(w))}
    lex.unnumbered_after = {f for w in unnumbered.get("after", ()) for f in clitic_forms(key(w), article=False)}
    lex.unnumbered_before = {key(w) for w in unnumbered.get("before", ())}
    lex.unnumbered_bridge = {key(w) for w in unnumbered.get("bridge", ())}
    damage = data.get("damage_only") or {}
    lex.damage_heads = {f for w in damage.get("heads", ()) for f in clitic_forms(key(w))}
    lex.damage_after = lex.unnumbered_after | {
        f for w in damage.get("after", ()) for f in clitic_forms(key(w), article=False)}
    lex.damage_before = {key(w) for w in damage.get("before", ())}
    lex.met_death_asides = {key(w) for w in data.get("met_death_asides", ())}
    lex.object_verbs = {f for w in data.get("object_verbs", ()) for f in clitic_forms(key(w), article=False)}
    lex.object_stop = {key(w) for w in data.get("object_stop", ())}
    lex.object_count_not_after = frozenset(key(w) for w in data.get("object_count_not_after", ()))
    lex.kin = {f for w in data.get("who_kin", ()) for f in clitic_forms(key(w), article=False)}
    lex.possessive = tuple(sorted((key(w) for w in data.get("possessive_suffixes", ())), key=len, reverse=True))
    lex.count_before_one = {f for w in data.get("count_before_one", ()) for f in clitic_forms(key(w))}
    lex.aside_openers = {f for w in data.get("aside_openers", ()) for f in clitic_forms(key(w))}
    lex.aside_words = int(data.get("aside_words", 0))
    lex.stop_aside = {f for w in data.get("aside_stop", ()) for f in clitic_forms(key(w))}
    lex.aside_joiners = frozenset(key(w) for w in data.get("aside_joiners", ()))
    for kind, table in (data.get("object_pronoun_victims") or {}).items():
        for w, n in table.items():
            add_forms(lex.object_pronoun_victims, w, (kind, n), article=False)
    lex.subject_openers = {key(w) for w in data.get("subject_openers", ())}
    lex.passive_aux = frozenset(key(w) for w in data.get("passive_auxiliaries", ()))
    lex.with_others = frozenset(key(w) for w in data.get("with_others", ()))
    lex.with_others_dual = frozenset(key(w) for w in data.get("with_others_dual", ()))
    for kind, table in (data.get("passive_pronoun_victims") or {}).items():
        for w, n in table.items():
            lex.passive_victims[key(w)] = (kind, n)
    lex.elided_place = {key(w) for w in data.get("elided_place", ())}
    lex.elided_ordinals = {key(w) for w in data.get("elided_ordinals", ())}
    lex.present_verbs = frozenset(f for w in data.get("present_verbs", ()) for f in clitic_forms(key(w), article=False))
    particles = data_file("rasd.data.text", "particles.yaml")
    lex.present_not_after = frozenset(p + key(w) for w in particles["untold_before"] for p in ("", "و", "ف"))
    lex.present_told_after = frozenset((p + first, last) for phrase in particles["told_after"]
                                       for first, last in [key(phrase).split()] for p in ("", "و", "ف"))
    for w in data["not_people"]:
        first, *rest = key(w).split()
        for form in clitic_forms(first):
            if rest:  # "في المئة": the whole phrase, never its first word alone ("6 في هجوم")
                lex.not_people_phrases.setdefault(form, []).append(tuple(rest))
            else:
                lex.not_people.add(form)
    return lex


def _not_people(t: list[str], i: int, lex: CasualtyLexicon) -> bool:
    """Whether the words at ``i`` say the count before them counts no people ("عاما"،
    "في المئة")."""
    if i >= len(t):
        return False
    if t[i] in lex.not_people:
        return True
    return any(tuple(t[i + 1:i + 1 + len(rest)]) == rest for rest in lex.not_people_phrases.get(t[i], ()))


@dataclass(slots=True)
class Frame:
    """One casualty figure over tokens ``first`` .. ``last - 1``."""

    first: int
    last: int
    kind: str
    count: int
    approx: str
    who: tuple[int, int] | None  # token range of who they were
    rule: str
    part_of: Frame | None = None
    high: int | None = None  # upper bound when the count is a range


def _high(f: Found) -> int | None:
    return int(f.high) if isinstance(f.high, (int, float)) and f.high == int(f.high) else None


@cache
def _triggers() -> frozenset[str]:
    lex = casualty_lexicon()
    return (frozenset(lex.count_after) | frozenset(lex.count_before)
            | frozenset(lex.met_death_verbs) | frozenset(lex.count_then_verb)
            | frozenset(lex.pronoun_victims) | frozenset(lex.object_pronoun_victims)
            | frozenset(lex.passive_victims))


def _who(t: list[str], k: int, lex: CasualtyLexicon, limit: int) -> tuple[int, int] | None:
    """Token range of who they were, starting at ``k``: a person noun and what follows."""
    if k >= limit:
        return None
    w = t[k]
    if not (w in lex.plural or w in lex.singular or (w,) in lex.dual
            or (k + 1 < len(t) and (w, t[k + 1]) in lex.dual)):
        if w in ("من", "ومن") and k + 1 < limit and t[k + 1][0].isalpha():
            start = k  # "5 قتلى من المدنيين"
        else:
            return None
    else:
        start = k
    end = k + 1
    while end < limit and end - k <= WHO_WORDS:
        u = t[end]
        if not u[0].isalpha() or u in lex.stop or u in lex.count_after or u in lex.count_before:
            break
        if u in lex.marker_heads and any(tuple(t[end:end + len(m)]) == m
                                         for m in lex.marker_heads[u]):
            break
        if u == "و" or (u[0] == "و" and not u.startswith("وال")) or (
                u[0] == "و" and (u in lex.singular or u in lex.plural or (u,) in lex.dual)):
            break  # the next part of a list ("طفلان وامرأة"), or another clause ("وتفجير")
        if (u[0] == "ب" or u.startswith("لل")) and len(u) > 3 and t[end - 1] != "من":
            break  # a prepositional phrase: "بقصف", "بانفجار", "للنظام"
        end += 1
    return start, end


def _count_noun(t: list[str], k: int, lex: CasualtyLexicon) -> tuple[int, int] | None:
    """(end, count) of a person noun that carries its own count: عنصر → 1, عنصرين → 2."""
    if k >= len(t):
        return None
    if k + 1 < len(t) and (t[k], t[k + 1]) in lex.dual:
        return k + 2, 2
    if (t[k],) in lex.dual:
        return k + 1, 2
    if t[k] in lex.singular:
        return k + 1, 1
    return None


def _combined(t: list[str], k: int, lex: CasualtyLexicon, table: dict[str, str],
              starts: Container[int] = frozenset()) -> bool:
    """"مقتل وإصابة 10" / "قتلى وجرحى" / "قتل وتهجير الآلاف": the trigger is joined to
    another noun, so the count that follows is a combined figure, not this kind's. A number
    after the "و" (``starts``: where numbers begin) is the next count of a list ("سبعين قتيلا
    وعشرات الجرحى"), not a joined noun."""
    nxt = t[k + 1] if k + 1 < len(t) else ""
    if k + 1 in starts or (nxt == "و" and k + 2 in starts):
        return False
    if nxt == "و" and k + 2 < len(t):
        nxt = "و" + t[k + 2]
    if not nxt.startswith("و") or len(nxt) < 4:
        return False
    if nxt in table:
        return table[nxt] != table[t[k]]
    rest = nxt[1:]
    if table is lex.count_before and rest in lex.count_after:
        return False  # "25 قتيلا وإصابة خمسين": the next frame's trigger, its count after it
    return not (rest in lex.singular or rest in lex.plural or (rest,) in lex.dual
                or rest[:1].isdigit())


SEVERAL_EACH_RULE = "casualty:several-each"


def _several_each(t: list[str], k: int, lex: CasualtyLexicon, by_first: dict[int, Found],
                  by_last: dict[int, Found], by_num_end: dict[int, Found]) -> Frame | None:
    """A death word joined to an injury word that a vague count of "several" governs ("سقوط
    عدد من القتلى والجرحى"، "أسفرت عن مقتل وجرح عدد من مسلحي التنظيم"): unlike a figure ("مقتل
    وإصابة 26"، "عشرات القتلى والجرحى"), which is the dead and the wounded together and tells no
    death toll, "a number of dead and wounded" says there were several of each, and ACLED codes
    "several" dead as 3 (the vague count's own value, at most ``several_each`` in
    casualties.yaml). The frame is the dead's only (rule ``casualty:several-each``); None for any
    other joined pair."""
    limit = lex.several_each
    joined = "و" + t[k + 2] if k + 2 < len(t) and t[k + 1] == "و" else t[k + 1] if k + 1 < len(t) else ""
    if not limit or not joined.startswith("و"):
        return None
    if t[k] in lex.count_before:
        if {lex.count_before[t[k]], lex.count_before.get(joined, "")} != {"killed", "injured"}:
            return None  # "بعض الجرحى ولا أضرار": no word of death joined
        f = by_last.get(k) or by_num_end.get(k)
        if f is None and k > 1 and t[k - 1] == "من":
            f = by_last.get(k - 1)
        if f is None or f.last > k or f.approx != "vague" or not isinstance(f.value, int) or not 0 < f.value <= limit:
            return None
        end = k + (3 if k + 1 < len(t) and t[k + 1] == "و" else 2)  # past the joined word
        # "عدد من القتلى والجرحى": the dead's word first; "عدد من الجرحى والقتلى": second
        last = k + 1 if lex.count_before[t[k]] == "killed" else end
        return Frame(f.first, last, "killed", f.value, "vague", _who(t, end, lex, len(t)), SEVERAL_EACH_RULE)
    if t[k] in lex.count_after and lex.count_after[t[k]] == "killed" and lex.count_after.get(joined) == "injured":
        j = k + (3 if k + 1 < len(t) and t[k + 1] == "و" else 2)
        f = by_first.get(j)
        if f is None or f.approx != "vague" or not isinstance(f.value, int) or not 0 < f.value <= limit:
            return None
        who = _who(t, f.num_end, lex, len(t))
        return Frame(k, max(f.last, who[1] if who else 0), "killed", f.value, "vague", who, SEVERAL_EACH_RULE)
    return None


def _untold_present(t: list[str], k: int, lex: CasualtyLexicon) -> bool:
    """Whether the present-tense verb of death at ``k`` ("يقتل"، "تعدم": a headline's present)
    follows a particle of negation, future, possibility or purpose ("لم تقتل"، "لن تعدم"، "قد
    يعدم"، "بأن يعدم"): no death that happened. "قبل أن يقتل" tells the past (REVIEW16)."""
    if t[k] not in lex.present_verbs or k == 0 or t[k - 1] not in lex.present_not_after:
        return False
    return k < 2 or (t[k - 2], t[k - 1]) not in lex.present_told_after


PHRASE_SUBJECT_WORDS = 3  # most words of a subject inside a two-word trigger ("أودى الهجوم بحياة")


def _phrase_start(t: list[str], k: int, lex: CasualtyLexicon) -> int | None:
    """Where the two-word trigger ending at ``k`` starts: its first word right before it
    ("أودى بحياة")، or with the subject between ("وأودى الهجوم بحياة 86 شخصا"، "أودت الغارات
    الروسية بحياة"; at most ``PHRASE_SUBJECT_WORDS`` plain words, TOLL16). None: no first word."""
    firsts = lex.count_after_first[t[k]]
    for q in range(k - 1, max(k - 2 - PHRASE_SUBJECT_WORDS, -1), -1):
        if t[q] in firsts:
            return q
        if not t[q][:1].isalpha() or t[q] in lex.stop or t[q] in _triggers():
            return None
    return None


def frames(toks: Tokens, numbers: list[Found]) -> list[Frame]:
    """Casualty frames of one text, totals before their breakdowns, in text order."""
    lex = casualty_lexicon()
    t = toks.text
    n = len(t)
    numbers = _unbracket(t, numbers)
    by_first = {f.first: f for f in numbers}
    by_last = {f.last: f for f in numbers}
    by_num_end = {f.num_end: f for f in numbers}
    out: list[Frame] = []
    taken: set[int] = set()
    triggers = _triggers()
    after = 0
    for k in [i for i in toks.candidates() if t[i] in triggers]:
        if k < after:
            continue
        w = t[k]
        frame = None
        if _untold_present(t, k, lex):
            continue  # "لم تقتل الغارة 5 مدنيين"، "هدد بأن يعدم 12 رهينة"
        if w in lex.passive_victims and k > 0 and t[k - 1] in lex.passive_aux and k not in taken \
                and not (k > 1 and (t[k - 2][:1].isdigit() or t[k - 2] in (")", "("))):  # "و ( 1 ) تم إعدامه": a part
            kind, count = lex.passive_victims[w]  # "تم قتله جراء غارة": the passive's victim
            out.append(Frame(k - 1, k + 1, kind, count, "exact", None, "casualty:passive-pronoun"))
            taken.update((k - 1, k))
            continue
        if w in lex.pronoun_victims:
            if k > 0 and k not in taken and (t[k - 1] in lex.pronoun_after or (
                    w.startswith("ل") and t[k - 1] in lex.pronoun_after_verbs)):  # "أدى لمقتله"
                kind, count = lex.pronoun_victims[w]
                out.append(Frame(k, k + 1, kind, count, "exact", None, "casualty:pronoun-victim"))
                taken.add(k)
            continue
        if w in lex.object_pronoun_victims:  # "أطلقوا النار عليه وقتلوه": one victim
            if k not in taken:
                kind, count = lex.object_pronoun_victims[w]
                out.append(Frame(k, k + 1, kind, count, "exact", None, "casualty:object-pronoun"))
                taken.add(k)
            continue
        starts = by_first.keys()
        if (w in lex.count_after and _combined(t, k, lex, lex.count_after, starts)) or (
                w in lex.count_before and _combined(t, k, lex, lex.count_before, starts)):
            if w in lex.count_after and k not in taken and (
                    frame := _subject_victim(t, k, lex.count_after[w], lex, by_first)) is not None:
                out.append(frame)  # "بأن مدنيا قتل وجرح آخرون": one dead, then the wounded
                taken.update(range(frame.first, frame.last))
                after = k + 1
                continue
            if w in lex.count_then_verb and (
                    frame := _count_then_verb(t, k, lex, by_first, by_num_end, taken)) is not None:
                out.append(frame)  # "سبعة مدنيين قتلوا وجرح آخرون": the count came first
                taken.update(range(frame.first, frame.last))
                after = k + 1  # "10 مجندين قتلوا وأصيب 17 آخرون": the next trigger has its own
                continue
            if k not in taken and (frame := _several_each(t, k, lex, by_first, by_last, by_num_end)) is not None:
                out.append(frame)  # "سقوط عدد من القتلى والجرحى": several dead, several wounded (TOLL28)
                taken.update(range(frame.first, frame.last))
            after = k + (3 if k + 1 < n and t[k + 1] == "و" else 2)  # a combined figure
            continue
        first = _phrase_start(t, k, lex) if w in lex.count_after_first else k
        if first is None:
            continue  # "بحياة" counts only after "أودى"
        if w in lex.count_after and k not in taken:
            frame = _after(t, k, lex, by_first)
            if frame is not None and w in lex.count_after_first:
                frame.first = first  # the phrase's first word ("أودى")
        elif w in lex.count_before and k not in taken:
            frame = _before(t, k, lex, by_last, by_num_end, starts)
            if frame is None and k > 0 and t[k - 1] in lex.toll_nouns:
                frame = _toll_noun(t, k, lex, by_first)
        elif w in lex.met_death_verbs:
            frame = _met_death(t, k, lex, by_first)
            if frame is None and k + 1 < n and lex.met_death_nouns.get(t[k + 1], 0) is None:
                frame = _count_then_verb(t, k, lex, by_first, by_num_end, taken, kind="killed")
                if frame is not None:  # "17 شخصا لاقوا حتفهم": the phrase ends at حتفهم
                    frame.last = k + 2
        if frame is None and w in lex.count_then_verb:
            frame = _count_then_verb(t, k, lex, by_first, by_num_end, taken)
            if frame is not None:
                out.append(frame)
                taken.update(range(frame.first, frame.last))
                after = k + 1
                if more := _elided(t, frame, lex, by_first):
                    out.extend(more)  # "3 أشخاص قتلوا في A واثنين في B"
                    after = more[-1].last
                continue
        if frame is None:
            continue
        out.append(frame)
        taken.update(range(frame.first, frame.last))
        parts, end = _breakdown(t, frame, lex, by_first)
        out.extend(parts)
        end = max(frame.last, end)
        if not parts and frame.rule in COORDINATED_AFTER:
            more = _coordinated(t, frame, lex, by_first)
            out.extend(more)
            end = max([end, *(m.last for m in more)])
        if not parts and end == frame.last and frame.rule in ELIDED_AFTER:
            more = _elided(t, frame, lex, by_first)
            out.extend(more)
            end = max([end, *(m.last for m in more)])
        after = end
    out.extend(_none_reported(t, lex, taken))
    out.extend(_injured_unnumbered(t, lex, {k for f in out for k in range(f.first, f.last)}))
    out.extend(_damage_only(t, lex, {k for f in out for k in range(f.first, f.last)}))
    out.sort(key=lambda f: (f.first, -f.last))
    return out


NONE_GAP = 5  # most words between the negation and the casualty noun


def _none_reported(t: list[str], lex: CasualtyLexicon, taken: set[int]) -> list[Frame]:
    """Casualties denied outright ("دون تسجيل إصابات"، "لم يعلن عن وقوع أي خسائر بشرية"):
    a toll of 0 killed, so the event reports no fatalities (ACLED's 0) rather than none
    known. Only when the words between the negation and the noun are all fillers."""
    out: list[Frame] = []
    nouns = lex.none_nouns
    for k in compress(count(), map(nouns.__contains__, t)):  # the nouns, in one C-level pass
        if k in taken:
            continue
        last = k + 1
        need = lex.none_needs_after.get(t[k])
        if need is not None:
            tail = next((a for a in need if tuple(t[k + 1:k + 1 + len(a)]) == a), None)
            if tail is None:
                continue
            last += len(tail)
        for j in range(k - 1, max(k - 2 - NONE_GAP, -1), -1):
            if t[j] in lex.none_negations:
                out.append(Frame(j, last, "killed", 0, "exact", None, "casualty:none-reported"))
                break
            if t[j] not in lex.none_fillers:
                break
    return out


def _injured_unnumbered(t: list[str], lex: CasualtyLexicon, taken: set[int]) -> list[Frame]:
    """Injuries told with no number ("ما أدى إلى سقوط جرحى"، "مما تسبب بإصابات"، "مدنيين
    أصيبا بجروح"، "إصابة عدد من المدنيين"): people were hurt, how many is not said. ACLED codes
    such a report 0 fatalities, so the frame is a toll of 0 killed, as a denial is
    (rule ``casualty:injured-unnumbered``). Only an injury word told as a result (a word of
    ``injured_unnumbered.after`` before it) or as a wound (``injured_unnumbered.before`` after
    it), and not inside another frame. A death told in the same sentence outweighs it
    (``rasd.events.tolls``)."""
    return _told_as_result(t, lex, taken, (lex.unnumbered_heads, lex.unnumbered_after, lex.unnumbered_before),
                           "casualty:injured-unnumbered")


def _damage_only(t: list[str], lex: CasualtyLexicon, taken: set[int]) -> list[Frame]:
    """Damage told as what an attack left, with no word of death ("مخلفة أضرارا مادية"، "ما
    أسفر عن أضرار مادية"، "محدثا دمارا واسعا"، "متسببة بأضرار بممتلكات المواطنين"): the report
    tells the outcome and no one killed. ACLED codes it 0 fatalities, so the frame is a toll of 0
    killed (rule ``casualty:damage-only``), read as :func:`_injured_unnumbered` reads wounds: a
    head of ``damage_only.heads`` after a result word (``injured_unnumbered.after`` and
    ``damage_only.after``) or before ``damage_only.before`` ("أضرار مادية")."""
    return _told_as_result(t, lex, taken, (lex.damage_heads, lex.damage_after, lex.damage_before),
                           "casualty:damage-only")


def _told_as_result(t: list[str], lex: CasualtyLexicon, taken: set[int],
                    words: tuple[set[str], set[str], set[str]], rule: str) -> list[Frame]:
    """Frames of 0 killed over each head of ``words`` (heads, result words before them, words
    after them) told as a result or with its qualifier, outside ``taken``, in a sentence with
    no word of death near."""
    heads, after, before = words
    out: list[Frame] = []
    for k in compress(count(), map(heads.__contains__, t)):  # C-level pass
        if k in taken:
            continue
        prev = t[k - 1] if k > 0 else ""
        if prev in lex.unnumbered_bridge and k > 1:
            prev = t[k - 2]  # "أسفر عن إصابات"، "أدى إلى إصابات"
        nxt = t[k + 1] if k + 1 < len(t) else ""
        if (prev in after or nxt in before) and not _tells_death(t, k, lex):
            out.append(Frame(k, k + 1, "killed", 0, "exact", None, rule))
    return out


_SENTENCE_END = frozenset({".", "!", "?", "؟"})
DEATH_REACH = 40
"""Tokens looked at each way for a death word: a real sentence's reach, and a bound, so a page
without full stops (a ticker) is not read whole for every injury word (quadratic time)."""


def _tells_death(t: list[str], k: int, lex: CasualtyLexicon) -> bool:
    """Whether the sentence around token ``k`` has a word of death ("قتلوا وجرح آخرون")."""
    deaths = death_words()
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(t) and abs(j - k) <= DEATH_REACH and t[j] not in _SENTENCE_END:
            if t[j] in deaths:
                return True
            j += step
    return False


@cache
def death_words() -> frozenset[str]:
    """Words that tell a death: the killed triggers and nouns of the lexicon."""
    lex = casualty_lexicon()
    return (frozenset(w for table in (lex.count_after, lex.count_before, lex.count_then_verb)
                      for w, kind in table.items() if kind == "killed")
            | frozenset(lex.met_death_verbs)
            | frozenset(w for w, (kind, _) in lex.pronoun_victims.items() if kind == "killed"))


def _unbracket(t: list[str], numbers: list[Found]) -> list[Found]:
    """A figure some outlets put in brackets ("قضى ( 6 ) أشخاص بينهم ( 4 ) ... و( 2 ) ...") is
    read as if the brackets were not there: the number spans them, so a noun after the closing
    one says who they were and a breakdown marker or و before the opening one reaches it."""
    out = []
    for f in numbers:
        if f.first > 0 and f.last == f.num_end < len(t) and t[f.first - 1] == "(" and t[f.last] == ")":
            f = replace(f, first=f.first - 1, last=f.last + 1, num_end=f.num_end + 1)
        out.append(f)
    return out


def _after(t: list[str], k: int, lex: CasualtyLexicon, by_first: dict[int, Found]) -> Frame | None:
    """Trigger then count: مقتل 5 عناصر / مقتل ما لا يقل عن 14 / مقتل شخص."""
    if _combined(t, k, lex, lex.count_after, by_first.keys()):
        return None
    kind = lex.count_after[t[k]]
    for j in (k + 1, k + 2):
        f = by_first.get(j)
        if f is not None and t[j][0] in "لب" and f.rule.startswith("number:words"):
            return None  # "الإعدام لخمسة": a preposition, not the victims
        if f is not None and t[j] in _MONDAY:
            return None  # "وجرحت ابنته الإثنين": the day, not two people
        if f is not None and _not_people(t, f.num_end, lex):
            return None  # "توفي عن 91 عاما": an age, not a toll
        if f is not None and isinstance(f.value, int) and f.value > 0:
            who = _who(t, f.num_end, lex, len(t))
            last = max(f.last, who[1] if who else 0)
            if last + 1 < len(t) and t[last] in lex.combined_after and t[last + 1] in lex.count_before:
                return None  # "راح ضحيتها 180 شخصا بين قتيل وجريح": killed and injured together
            if j == k + 2 and t[k + 1] in lex.with_others and any(w in OTHERS for w in t[f.num_end:last]):
                own = 2 if t[k] in lex.with_others_dual else 1  # "قتلا مع ثلاثة آخرين": two (REVIEW24)
                return Frame(k, last, kind, f.value + own, f.approx, who, "casualty:trigger-with-others",
                             high=_high(f) + own if _high(f) is not None else None)  # "قتل مع خمسة آخرين"
            return Frame(k, last, kind, f.value, f.approx, who, "casualty:trigger-count",
                         high=_high(f))
        if (j < len(t) and t[j] in ("ل", "من")) or j == k + 2:
            break
        if _count_noun(t, k + 1, lex):
            break  # "مقتل جنديين وثلاثة مدنيين": the dual noun is the first count, not the next number
    got = _count_noun(t, k + 1, lex)
    if got:
        end, count = got
        who = _who(t, k + 1, lex, len(t))
        last = max(end, who[1] if who else 0)
        if t[k] in lex.may_be_active and count == 1:  # "قتل فلسطيني 3 إسرائيليين": the one is the killer (TOLL30)
            for j in range(end, min(last + 1, len(t))):
                if j in by_first and not t[j].startswith("و") \
                        and (obj := _object_count(t, k, j, kind, lex, by_first[j])) is not None:
                    return obj  # not "قتل عنصران من حزب الله وثلاثة من عناصر النظام": a list's next part
        return Frame(k, last, kind, count, "exact", who, "casualty:trigger-noun")
    return (_after_aside(t, k, kind, lex, by_first) or _one_victim(t, k, kind, lex)
            or _object_victim(t, k, kind, lex, by_first) or _subject_victim(t, k, kind, lex, by_first))


def _accusative_person(w: str, lex: CasualtyLexicon) -> bool:
    """Whether ``w`` is one person noun in the accusative ("مدنيا"، "طفلا"، "شابا")."""
    return len(w) > 3 and w.endswith("ا") and w[:-1] in lex.singular


def _subject_victim(t: list[str], k: int, kind: str, lex: CasualtyLexicon,
                    by_first: dict[int, Found]) -> Frame | None:
    """One person told as the subject right before a passive verb, after a complementizer:
    "أفادت مصادر بأن مدنيا قتل وجرح آخرون"، "إن طفلا فلسطينيا استشهد". The accusative after
    "أن/إن" (``subject_openers``) is the clause's subject, and a verb of what befell a person
    with no object after it makes that person the victim: one. A verb that may be active
    ("بأن مسلحا قتل خمسة مدنيين"، "أن رجلا قتل جاره") with an object or a count after it makes
    the person the killer, and gives nothing."""
    if t[k] not in lex.one_victim_verbs or k < 2:
        return None
    p = k - 1
    if not _accusative_person(t[p], lex):  # "شابا فلسطينيا": one adjective after the noun
        if not (t[p].endswith("ا") and t[p][:1].isalpha() and _accusative_person(t[p - 1], lex)):
            return None
        p -= 1
    if p < 1 or t[p - 1] not in lex.subject_openers:
        return None
    nxt = t[k + 1] if k + 1 < len(t) else "."
    if k + 1 in by_first or _count_noun(t, k + 1, lex) or nxt in lex.plural:
        return None  # "بأن مسلحا قتل خمسة مدنيين": the person is the killer
    if t[k] in lex.may_be_active and nxt[:1].isalpha() and nxt not in lex.stop \
            and not nxt.startswith(("ب", "لل", "و", "ف")):
        return None  # "أن رجلا قتل جاره": an object follows
    return Frame(p, k + 1, kind, 1, "exact", (p, k), "casualty:subject-victim")


OBJECT_WORDS = 8  # most words from an active verb of killing to its one-person object


def _object_victim(t: list[str], k: int, kind: str, lex: CasualtyLexicon,
                   by_first: dict[int, Found]) -> Frame | None:
    """An active verb of killing, its subject (and where) between, then one person as its
    indefinite object: "قتلت قوات الأمن بالرصاص رجلا"، "وأعدمت جبهة النصرة في جبل الزاوية ,
    قياديا سابقا". The accusative ending (a singular person noun with "ا") marks the object,
    so the victim is one person. Not past a number, another casualty word or a clause opener
    (``object_stop``): a counted object after the subject ("قتلت فيها عائلة مكونة من ثمانية
    أفراد") is as often another place's toll told on, and is left alone."""
    if t[k] not in lex.object_verbs:
        return None
    person_subject = k + 1 < len(t) and t[k + 1] in lex.singular_definite
    for j in range(k + 1, min(k + 1 + OBJECT_WORDS, len(t))):
        w = t[j]
        if j in by_first and j > k + 1:
            return _object_count(t, k, j, kind, lex, by_first[j])
        if w in CLAUSE_ENDS or j in by_first or w in _triggers() or w in lex.object_stop:
            return None
        if person_subject:
            continue  # "قتل الجندي الإسرائيلي شابا": left to _one_victim's reading
        if len(w) > 3 and w.endswith("ا") and w[:-1] in lex.singular:
            return Frame(k, j + 1, kind, 1, "exact", (j, j + 1), "casualty:object-victim")
    return None


def _object_count(t: list[str], k: int, j: int, kind: str, lex: CasualtyLexicon, f: Found) -> Frame | None:
    """An active verb of killing, its subject between, then a counted object: "أعدم التنظيم
    اليوم ستة رجال في ساحة المدينة"، "قتلت قوات النظام أمس 5 مدنيين". The figure must open the
    object itself, a people noun right after it ("رجال"، "مدنيين"), with no preposition before it
    ("قتلت فيها عائلة مكونة من ثمانية أفراد": a family's size; "في 3 غارات": no people)."""
    if not isinstance(f.value, int) or f.value <= 0 or t[j - 1] in lex.object_count_not_after:
        return None
    if (t[j][0] in "لب" and f.rule.startswith("number:words")) or t[j] in _MONDAY:
        return None
    if f.num_end >= len(t) or _not_people(t, f.num_end, lex):
        return None
    noun = t[f.num_end]
    if noun not in lex.plural and (noun,) not in lex.dual and noun not in lex.singular \
            and not _partitive_people(t, f.num_end, lex):
        return None
    who = _who(t, f.num_end, lex, len(t))
    last = max(f.last, who[1] if who else f.num_end + 1)
    # the span is the object alone: the subject between is the killer, never among the dead
    return Frame(f.first, last, kind, f.value, f.approx, who, "casualty:object-count", high=_high(f))


def _partitive_people(t: list[str], i: int, lex: CasualtyLexicon) -> bool:
    """Whether "من" at ``i`` opens the people a figure counts ("قتلت قوات النظام 9 من
    المدنيين"، "أعدم التنظيم 9 من عناصره": a plural people noun, definite or with a possessor's
    pronoun, TOLL16), not a place or a source ("من المدينة"، "من مصادر")."""
    if t[i] not in ("من", "ومن") or i + 1 >= len(t):
        return False
    w = t[i + 1]
    if w in lex.plural:
        return True
    for suffix in lex.possessive:
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            base = w[: -len(suffix)]
            return base in lex.plural or base + "ن" in lex.plural  # "مسلحيه": مسلحين in construct
    return False


def _after_aside(t: list[str], k: int, kind: str, lex: CasualtyLexicon,
                 by_first: dict[int, Found]) -> Frame | None:
    """Trigger, a when or where told between, then the count: "قتل في الهجوم أكثر من 30
    شخصا"، "قتلوا أمس الخميس أكثر من ثلاثين من جنود النظام"، "قتل , مساء أمس , 12 مدنيا". The
    aside opens with a day word or a preposition (``aside_openers``) and holds at most
    ``aside_words`` words; the count must say who it counts (a people noun after it), so a
    figure of something else ("قتل في عام 2015", "في 3 غارات") is never taken."""
    j = k + 1
    if j >= len(t) or t[j] not in lex.aside_openers:
        return None
    while j < len(t) and j - k <= lex.aside_words:
        if t[j] in CLAUSE_ENDS or t[j] in _triggers() or t[j] in lex.stop_aside \
                or t[j] in lex.aside_joiners:
            return None  # "و" opens another part ("قتلوا في حمورية و 3 مدنيين في سقبا")
        f = by_first.get(j)
        if f is not None:
            if not isinstance(f.value, int) or f.value <= 0 or _not_people(t, f.num_end, lex):
                return None
            if t[j] in _MONDAY or (t[j][0] in "لب" and f.rule.startswith("number:words")):
                return None
            who = _who(t, f.num_end, lex, len(t))
            if who is None:
                return None
            return Frame(k, max(f.last, who[1]), kind, f.value, f.approx, who,
                         "casualty:trigger-aside-count", high=_high(f))
        j += 1
    return None


def _one_victim(t: list[str], k: int, kind: str, lex: CasualtyLexicon) -> Frame | None:
    """One named or pointed-at victim: "اغتيل القيادي …", "مقتل الشاب …", "استشهد
    الطفل …", "إنه قتل برصاصة". A singular person with the article, after the trigger, is
    one person; so is "he" before a passive verb. Verbs that are as often active ("قتل
    الجندي زميله") count only when nothing they could act on follows the person."""
    nxt = t[k + 1] if k + 1 < len(t) else ""
    if nxt in lex.singular_definite:
        who = _who_definite(t, k + 1, lex)
        after = t[who[1]] if who[1] < len(t) else "."
        if t[k] in lex.may_be_active and after[0].isalpha() and after not in lex.stop \
                and not after.startswith(("ب", "لل", "و", "ف")):
            return None  # "قتل الجندي زميله": the soldier is the killer
        return Frame(k, who[1], kind, 1, "exact", who, "casualty:trigger-definite")
    if _possessed_person(nxt, lex):  # "مقتل طيارها"، "اغتيال قائدهم": one person, whoever killed
        return Frame(k, k + 2, kind, 1, "exact", (k + 1, k + 2), "casualty:trigger-possessed")
    if k > 0 and t[k - 1] in lex.he_words and t[k] in lex.one_victim_verbs \
            and not nxt[:1].isdigit() and nxt not in lex.plural and nxt not in lex.singular \
            and not nxt.startswith("ال"):
        return Frame(k - 1, k + 1, kind, 1, "exact", None, "casualty:he-passive")
    return None


def _possessed_person(w: str, lex: CasualtyLexicon) -> bool:
    """Whether ``w`` is one person noun with a possessor's pronoun ("طيارها"، "قائدهم"،
    "والدته"، "ابنهما"): one singular person, whichever possessor. Kin nouns (``who_kin``)
    count only so, with their possessor ("طفل ووالدته"، "امرأة وطفلها")."""
    for suffix in lex.possessive:
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            base = w[: -len(suffix)]
            if base.endswith("ت"):  # "زوجته", "والدته": the feminine ending before a pronoun
                base = base[:-1] + "ه"
            return base in lex.singular or base in lex.kin
    return False


def _who_definite(t: list[str], k: int, lex: CasualtyLexicon) -> tuple[int, int]:
    """The definite person and the adjectives after it ("القيادي العسكري"), up to a
    preposition, punctuation or another clause."""
    end = k + 1
    while end < len(t) and end - k <= WHO_WORDS and t[end].startswith("ال") \
            and t[end] not in lex.stop:
        end += 1
    return k, end


def _before(t: list[str], k: int, lex: CasualtyLexicon, by_last: dict[int, Found],
            by_num_end: dict[int, Found], starts: Container[int] = ()) -> Frame | None:
    """Count then noun: 5 قتلى / سقوط 38 قتيلاً / عشرات القتلى / قتيلان."""
    if _combined(t, k, lex, lex.count_before, starts):
        return None
    kind = lex.count_before[t[k]]
    f = by_last.get(k) or by_num_end.get(k)
    if f is None and k > 1 and t[k - 1] == "من":
        f = by_last.get(k - 1)  # "العشرات من القتلى"
    if f is None and k > 0 and t[k - 1] in lex.plural:
        f = by_num_end.get(k - 1)  # "38 عنصرا قتيلا"
    if f is not None and isinstance(f.value, int) and f.value > 0:
        who = _who(t, k + 1, lex, len(t))
        return Frame(f.first, max(k + 1, who[1] if who else 0), kind, f.value, f.approx, who,
                     "casualty:count-noun", high=_high(f))
    if t[k] in lex.count_before_one and k > 0 and (
            t[k - 1] in lex.unnumbered_after or (
                k > 1 and t[k - 1] in lex.unnumbered_bridge and t[k - 2] in lex.unnumbered_after)):
        return Frame(k, k + 1, kind, 1, "exact", None, "casualty:one-noun")  # "سقوط قتيل"
    if t[k].endswith(("ان", "ين")) and t[k] not in lex.plural and k > 0 and t[k - 1][0].isalpha() \
            and (t[k].endswith("ان") or "يلين" in t[k] or "يدين" in t[k] or "يحين" in t[k]):
        return Frame(k, k + 1, kind, 2, "exact", None, "casualty:dual-noun")  # قتيلان، جريحين
    return None


RISE_BEFORE = 6  # words between "ارتفعت إلى N" and the toll noun after its figure


def _toll_noun(t: list[str], k: int, lex: CasualtyLexicon, by_first: dict[int, Found]) -> Frame | None:
    """A toll noun, a casualty noun, then its figure: "حصيلة القتلى إلى 12 شخصا"، "عدد الجرحى 30";
    or a verb of rising with its figure before them: "ارتفعت إلى 24 شخصا حصيلة القتلى"."""
    j = k + 2 if k + 1 < len(t) and t[k + 1] in lex.toll_to else k + 1
    if j not in by_first and k > 1 and t[k - 2] in lex.toll_rise:  # "ارتفعت حصيلة القتلى ... إلى 23"
        for i in range(k + 1, min(len(t) - 1, k + 1 + lex.toll_rise_words)):
            if t[i] in CLAUSE_ENDS:
                break
            if t[i] in lex.toll_to and i + 1 in by_first:
                j = i + 1
                break
    if j not in by_first:  # "عدد قتلى المواجهات , التي بدأت أمس , ارتفع إلى 15": the verb after
        j = _risen_to(t, k, lex, by_first) or j
    f = by_first.get(j)
    first = k - 1
    if f is None and k > 1:  # "ارتفعت إلى 24 شخصا على الأقل حصيلة القتلى": the figure first
        for r in range(k - 2, max(k - 3 - RISE_BEFORE, -1), -1):
            if t[r] in CLAUSE_ENDS:
                break
            if r + 2 < k - 1 and t[r] in lex.toll_rise and t[r + 1] in lex.toll_to and r + 2 in by_first:
                f, first = by_first[r + 2], r
                break
        if f is not None and f.last > k - 1:
            f = None
    if f is None or not isinstance(f.value, int) or f.value <= 0 or _not_people(t, f.num_end, lex):
        return None
    who = _who(t, f.num_end, lex, len(t))
    return Frame(first, max(f.last, k + 1, who[1] if who else 0), lex.count_before[t[k]], f.value,
                 f.approx, who, "casualty:toll-noun", high=_high(f))


def _risen_to(t: list[str], k: int, lex: CasualtyLexicon, by_first: dict[int, Found]) -> int | None:
    """Where the figure of a toll noun stands when its verb of rising comes after it ("وإن عدد
    القتلى ارتفع إلى 305"، "عدد قتلى المواجهات , التي بدأت أول من أمس , أرتفع إلى 15"): a verb
    of ``toll_rise`` within ``toll_rise_words`` words and one clause, "إلى", then the figure; no
    other figure or toll noun before the verb (that one is its own toll's)."""
    for i in range(k + 1, min(len(t) - 2, k + 1 + lex.toll_rise_words)):
        if t[i] in CLAUSE_ENDS or i in by_first or t[i] in lex.toll_nouns:
            return None
        if t[i] in lex.toll_rise and t[i + 1] in lex.toll_to and i + 2 in by_first:
            return i + 2
    return None


def _count_then_verb(t: list[str], k: int, lex: CasualtyLexicon, by_first: dict[int, Found],
                     by_num_end: dict[int, Found], taken: set[int], kind: str | None = None) -> Frame | None:
    """Count, who, then a verb of what befell them: "26 شخصا على الأقل قتلوا",
    "ثلاثة أشخاص قتلوا", "مدنيين اثنين استشهدا", "عنصرين جرحا". The verb agrees with the
    people before it and has no object after it, so they are the victims, not the killers
    ("3 مسلحين قتلوا 5 مدنيين" is read from its object by the trigger-count frame)."""
    nxt = t[k + 1] if k + 1 < len(t) else ""
    if nxt in lex.plural or nxt in lex.singular or (nxt,) in lex.dual:
        return None
    if k + 1 in by_first or (k + 1 < len(t) and _count_noun(t, k + 1, lex)):
        return None  # an object follows: the people before are the actors
    bare = _bare_count(t, k, lex, by_num_end, taken)
    if bare is not None:
        return Frame(bare.first, k + 1, kind or lex.count_then_verb[t[k]], bare.value, bare.approx, None,
                     "casualty:count-verb", high=_high(bare))
    p = _before_aside(t, k - 1, lex)  # "53 مدنيا على الأقل بينهم أطفال قتلوا"
    if k - 1 - p > SHORT_ASIDE_WORDS and t[k - 1] not in ASIDE_PUNCT and t[p] not in lex.plural:
        p = k - 1  # "13 من داعش بينهم ... و 4 من الحشد قتلوا": a long aside only after "N people"
    if p == k - 1:
        p = _past_punctuation(t, p, lex)  # "أربعة مدنيين , قتلوا"، "125 شخصا - معظمهم نساء - قتلوا"
    if p >= 1 and (t[p - 1], t[p]) == ("علي", "الاقل"):
        p -= 2
    if p >= 1 and t[p] in OTHERS and (t[p - 1] in lex.plural or (t[p - 1],) in lex.dual):
        p -= 1  # "أربعة أشخاص آخرين قتلوا": "others" qualifies the people, the count is before
    if p >= 1 and (t[p - 1],) in lex.dual and t[p].endswith("ان") and t[k].endswith("ا") \
            and (t[p],) not in lex.dual and t[p] not in lex.plural:
        p -= 1  # "عسكريان روسيان قتلا": a dual noun, its dual adjective, a dual verb
    for q in range(p - 1, max(p - 4, 0), -1):  # "سبعة مدنيين من عائلة واحدة قتلوا"
        if t[q] in ("من", "ومن") and all(u[0].isalpha() and u not in lex.stop for u in t[q + 1:p + 1]):
            if t[q - 1] in lex.plural:
                p = q - 1
                break
            f = by_num_end.get(q)  # "16 من قوات الشرطة قتلوا": the figure, then whose
            if t[q] == "من" and f is not None and isinstance(f.value, int) and f.value > 1 \
                    and q + 1 < k and f.first not in taken and (f.first == 0 or t[f.first - 1] != "من"):
                return Frame(f.first, k + 1, kind or lex.count_then_verb[t[k]], f.value, f.approx,
                             (q, p + 1), "casualty:count-verb", high=_high(f))
    p = _past_qualifiers(t, p, lex, by_num_end)
    if p < 0 or p in taken:
        return None
    kind = kind or lex.count_then_verb[t[k]]
    w = t[p]
    if w in lex.plural:
        f = by_num_end.get(p)
        if f is None or not isinstance(f.value, int) or f.value <= 0 or f.first in taken:
            return None
        if f.first > 0 and t[f.first - 1] == "من":
            return None  # "واحد من 5 أشخاص": a share, not the figure
        return Frame(f.first, k + 1, kind, f.value, f.approx, (p, p + 1),
                     "casualty:count-verb", high=_high(f))
    f = by_num_end.get(p)
    if w in lex.singular and f is not None and isinstance(f.value, int) and f.value >= TAMYIZ_MIN \
            and f.first not in taken and (f.first == 0 or t[f.first - 1] != "من"):
        return Frame(f.first, k + 1, kind, f.value, f.approx, (p, p + 1),  # "20 مدني قتلو"
                     "casualty:count-verb", high=_high(f))
    f = by_first.get(p)
    if f is not None and f.value == 2 and p > 0 and (t[p - 1] in lex.plural or (t[p - 1],) in lex.dual):
        return Frame(p - 1, k + 1, kind, 2, "exact", (p - 1, p), "casualty:count-verb")
    if (w,) in lex.dual:
        return Frame(p, k + 1, kind, 2, "exact", (p, p + 1), "casualty:count-verb")
    return None


def _bare_count(t: list[str], k: int, lex: CasualtyLexicon, by_num_end: dict[int, Found],
                taken: set[int]) -> Found | None:
    """A figure with no people noun right before the verb, as the subject of a reported
    clause ("قال إن سبعة قتلوا كما أصيب ثمانية"، "وأن اثنين قتلا"): opened by a complementizer
    (``subject_openers``) or a comma, so it is who died (FATAL20). Not after a preposition
    ("في 2015 قتلوا") nor inside another frame."""
    f = by_num_end.get(k)
    if f is None or not isinstance(f.value, int) or f.value < 2 or f.first in taken or f.first == 0:
        return None
    before = t[f.first - 1]
    return f if before in lex.subject_openers or before in (",", "،") else None


ASIDE_WORDS = 10  # most tokens of a breakdown told between a count and its verb
SHORT_ASIDE_WORDS = 7  # ... after a share ("13 من داعش بينهم ..."), whose list may go on past it
BOUNDED_ASIDE_WORDS = 16  # ... when dashes or brackets close it ("- بينهم ضباط ... -")
ASIDE_PUNCT = frozenset({"-", "–", "—", ",", "،", "(", ")"})
QUALIFIER_WORDS = 3  # most words qualifying a counted noun before its verb ("جنديا سوريا")


TAMYIZ_MIN = 11  # from eleven on, Arabic counts its noun in the singular ("عشرون مدنيا")


def _past_punctuation(t: list[str], p: int, lex: CasualtyLexicon) -> int:
    """The token before a comma, or before an aside between dashes, that parts a count and its
    people from their verb (TOLL24): "إن أربعة مدنيين , قتلوا في قصف جوي"، "أكثر من 125 شخصا -
    معظمهم نساء وأطفال - قتلوا". Only when people are counted right before the comma or the
    opening dash (a plural or dual person noun); an aside holds no clause end and no word of
    a casualty. ``p`` itself otherwise."""
    def people(q: int) -> bool:
        return q >= 0 and (t[q] in lex.plural or (t[q],) in lex.dual)
    if t[p] in (",", "،"):
        return p - 1 if people(p - 1) else p
    if t[p] not in ("-", "–", "—"):
        return p
    for q in range(p - 1, max(p - BOUNDED_ASIDE_WORDS, 0), -1):
        w = t[q]
        if w == t[p]:
            return q - 1 if q - 1 > 0 and people(q - 1) else p
        if w in CLAUSE_ENDS or w in lex.count_after or w in lex.count_then_verb or w in lex.count_before:
            return p
    return p


def _past_qualifiers(t: list[str], p: int, lex: CasualtyLexicon, by_num_end: dict[int, Found]) -> int:
    """The counted noun before the words that qualify it ahead of the verb: "اثنا عشر جنديا
    سوريا قتلوا" (an adjective)، "سبعين عسكريا بقوات النظام قتلوا" (whose forces): a plural
    noun right after its figure, then at most ``QUALIFIER_WORDS`` plain words (no number, no
    punctuation, no casualty word, no word that ends who they were). ``p`` itself otherwise."""
    if p < 1 or t[p] in lex.plural or (t[p],) in lex.dual or not t[p][:1].isalpha():
        return p
    for q in range(p - 1, max(p - 1 - QUALIFIER_WORDS, -1), -1):
        w = t[q]
        if w in lex.plural and q in by_num_end:
            return q
        if not w[:1].isalpha() or w in lex.stop or w in _triggers() or w in lex.subject_openers:
            return p
    return p


def _before_aside(t: list[str], p: int, lex: CasualtyLexicon) -> int:
    """The token before a breakdown told between a count and its verb ("53 مدنيا على الأقل
    بينهم أطفال قتلوا"، "ثلاثة أشخاص منهم طفلان من عائلة واحدة قتلوا"، "16 من قوات الشرطة
    - بينهم 11 ضابطا - قتلوا"): the verb tells what befell the whole count, the aside only who
    some of them were. ``p`` itself when no such aside ends at it (no clause end, no other
    casualty word within it)."""
    bounded = t[p] in ASIDE_PUNCT and t[p] not in (",", "،", "(")
    for q in range(p, max(p - (BOUNDED_ASIDE_WORDS if bounded else ASIDE_WORDS), 0), -1):
        w = t[q]
        if w in CLAUSE_ENDS or w in lex.count_after or w in lex.count_then_verb or w in lex.count_before:
            return p
        heads = lex.marker_heads.get(w)
        if heads and any(tuple(t[q:q + len(m)]) == m for m in heads):
            start = q - 1 if q > 0 and t[q - 1] in ("من", "ومن") else q  # "من بينهم"
            if start > 0 and t[start - 1] in ASIDE_PUNCT:
                start -= 1
            return start - 1 if start > 0 else p
    return p


MET_DEATH_WORDS = 10  # most words from "لقي" to "حتفهم"


def _met_death(t: list[str], k: int, lex: CasualtyLexicon, by_first: dict[int, Found]) -> Frame | None:
    """لقي 5 أشخاص حتفهم / لقي شخص حتفه / لقي حتفه. Who they were may take several words
    before the noun ("لقي حوالي 70 عنصرا من قوات النظام حتفهم"): the noun is looked for up to
    ``MET_DEATH_WORDS`` words on, within the clause."""
    for j in range(k + 1, min(k + 1 + MET_DEATH_WORDS, len(t))):
        if t[j] in CLAUSE_ENDS:
            break
        if t[j] in lex.met_death_nouns:
            count = lex.met_death_nouns[t[j]]
            f = by_first.get(k + 1)
            if f is None and k + 2 < j and t[k + 1] in lex.met_death_asides:
                f = by_first.get(k + 2)  # "ولقي فيها 18 شخصا مصرعهم": where, then the count
            who = None
            if f is not None and isinstance(f.value, int):
                count, approx = f.value, f.approx
                who = _who(t, f.num_end, lex, j)
            else:
                approx = "exact"
                noun = _count_noun(t, k + 1, lex)
                if noun and count is None:
                    count = noun[1]
                if noun:
                    who = _who(t, k + 1, lex, j)
            if count is None:
                return None
            return Frame(k, j + 1, "killed", count, approx, who, "casualty:met-death")
    return None


def _breakdown(t: list[str], total: Frame, lex: CasualtyLexicon,
               by_first: dict[int, Found]) -> tuple[list[Frame], int]:
    """Parts after "منهم/بينهم" that break ``total`` down, and the token after them."""
    k = total.last
    if k + 1 < len(t) and (t[k], t[k + 1]) == ("على", "الاقل"):
        k += 2
    if k < len(t) and t[k] == ",":
        k += 1
    size = 0
    for marker in lex.marker_heads.get(t[k] if k < len(t) else "", ()):
        if tuple(t[k:k + len(marker)]) == marker:
            size = max(size, len(marker))
    if not size:
        return [], total.last
    k += size
    parts: list[Frame] = []
    while k < len(t):
        f = by_first.get(k)
        if f is None and k < len(t) and t[k] in ("و", ",") and by_first.get(k + 1):
            k += 1
            f = by_first.get(k)
        elif f is not None and parts and t[k - 1] not in ("و", ",") and (
                not t[k].startswith("و") or t[k] in lex.one_words):
            f = None  # "بينهم ثلاثة أطفال من عائلة واحدة": a number qualifying the part, no part
        if f is not None and isinstance(f.value, int) and f.value > 0:
            who = _who(t, f.num_end, lex, len(t))
            last = max(f.last, who[1] if who else 0)
            parts.append(Frame(f.first, last, total.kind, f.value, f.approx, who,
                               "casualty:breakdown", part_of=total))
            k = last
            continue
        noun = _count_noun(t, k, lex)
        if noun is not None:
            who = _who(t, k, lex, len(t))
            last = max(noun[0], who[1] if who else 0)
            parts.append(Frame(k, last, total.kind, noun[1], "exact", who, "casualty:breakdown",
                               part_of=total))
            k = last
            if k < len(t) and t[k] in ("و", ","):
                k += 1
            continue
        if parts:
            # the rest of the last part's description, up to ", و14 ..."
            nxt = _next_part(t, k, lex, by_first)
            if nxt is not None:
                k = nxt
                continue
        break
    if sum(p.count for p in parts) > total.count and total.approx == "exact":
        return [], total.last  # not a breakdown of this total
    return parts, k


def _next_part(t: list[str], k: int, lex: CasualtyLexicon, by_first: dict[int, Found]) -> int | None:
    """Token of the next count in a breakdown list within a few words, else None."""
    for j in range(k, min(k + 6, len(t) - 1)):
        u = t[j]
        if u in (".", ";", ":") or u in lex.count_after or u in lex.count_before:
            return None
        if u in ("و", ","):
            if j + 1 in by_first:
                return j + 1
            if t[j + 1] == "و" and j + 2 in by_first:
                return j + 2
    return None


# the frames more victims may be listed after with "و": a trigger's count or person noun, and an
# active verb's one-person object ("قتلوا شرطيا ومدنيا": two, each its own figure)
COORDINATED_AFTER = frozenset({"casualty:trigger-count", "casualty:trigger-noun", "casualty:object-victim"})


def _coordinated(t: list[str], first: Frame, lex: CasualtyLexicon,
                 by_first: dict[int, Found]) -> list[Frame]:
    """"مقتل ثلاثة عناصر من قسد واثنين من عناصر التنظيم": more victims of the same trigger,
    each its own figure (added to the toll, unlike a breakdown)."""
    out: list[Frame] = []
    k = _past_gloss(t, first.last)
    while k < len(t) and len(out) < 4:
        j = k + 1 if t[k] == "و" else k
        if j >= len(t) or not (t[k] == "و" or t[k].startswith("و")):
            break  # a lone "و" ending the text (a cut summary) coordinates nothing
        f = by_first.get(j)
        if f is None and first.rule == "casualty:object-victim" and _accusative_person(t[j], lex):
            got = (j + 1, 1)  # "قتلوا شرطيا ومدنيا": the object's case goes on the next person
        else:
            got = _count_noun(t, j, lex) if f is None else None
        if got is not None:
            end, count = got  # "مقتل طفل وامرأة"، "قتل جندي ومدنيان": a person noun is its own figure
            out.append(Frame(j, end, first.kind, count, "exact", (j, end), "casualty:coordinated"))
            k = end
            continue
        if f is None and _possessed_person(t[j][1:] if j == k and t[j] != "و" else t[j], lex):
            # "مقتل طفل ووالدته"، "قتلت امرأة وطفلها": one more person, told by whose he was
            out.append(Frame(j, j + 1, first.kind, 1, "exact", (j, j + 1), "casualty:coordinated"))
            k = j + 1
            continue
        if f is None or not isinstance(f.value, int) or f.value <= 0:
            break
        if _not_people(t, f.num_end, lex) or (f.num_end < len(t) and t[f.num_end] in lex.count_before):
            break  # "و10 جرحى" is a frame of its own; "و3 قذائف" is no toll
        who = _who(t, f.num_end, lex, len(t))
        if who is None:
            break  # only counts that say who they were ("واثنين من عناصر التنظيم")
        last = max(f.last, who[1])
        out.append(Frame(f.first, last, first.kind, f.value, f.approx, who,
                         "casualty:coordinated"))
        k = last
    return out


ELIDED_AFTER = frozenset({"casualty:trigger-count", "casualty:trigger-noun", "casualty:count-noun",
                          "casualty:dual-noun", "casualty:count-verb"})
PLACE_WORDS = 4  # most words of the first count's place phrase ("في ريف إدلب الجنوبي")


def _elided(t: list[str], first: Frame, lex: CasualtyLexicon,
            by_first: dict[int, Found]) -> list[Frame]:
    """"قتل خمسة مدنيين في سراقب و3 في بنش"، "مقتل 4 في دوما واثنين في حرستا"، "سقط قتيلان في
    دوما وثالث في حرستا"، "وآخر في السليمانية": after the first count's own place, و and a bare
    count (or an ordinal or "آخر", one more) followed by في and a place continue the same frame with its head noun understood,
    each its own figure of the same kind. The count must stand right after و and be followed by
    في (or say who it counts), so "وأصيب 3" (its own trigger) or "و10 جرحى" never join."""
    out: list[Frame] = []
    k = first.last
    while k < len(t) and len(out) < 4 and t[k] in lex.elided_place:
        j = k + 1
        while j < min(k + 1 + PLACE_WORDS, len(t)) and not t[j].startswith("و"):
            if t[j] in (",", "،") and j > k + 1 and j + 1 < len(t) and t[j + 1].startswith("و"):
                j += 1  # "واثنين في كرميان , وآخر في السليمانية": the list goes on
                break
            if t[j] in CLAUSE_ENDS or t[j] in ASIDE_PUNCT or j in by_first or (
                    t[j] in lex.count_after or t[j] in lex.count_before):
                return out
            j += 1
        if j == k + 1 or j >= len(t) or not t[j].startswith("و"):
            return out
        c = j + 1 if t[j] == "و" else j
        if c >= len(t):
            return out  # the text ends on a bare و (a page cut off): nothing after it to count
        f = by_first.get(c)
        if f is not None and isinstance(f.value, int) and f.value > 0 and not (
                _not_people(t, f.num_end, lex) or (
                f.num_end < len(t) and t[f.num_end] in lex.count_before)):
            last, count, approx, high = f.last, f.value, f.approx, _high(f)
        elif t[c] in lex.elided_ordinals or (c == j and t[c][1:] in lex.elided_ordinals):
            last, count, approx, high = c + 1, 1, "exact", None
        else:
            return out
        who = _who(t, last, lex, len(t)) if f is not None else None
        if who is None and (last >= len(t) or t[last] not in lex.elided_place):
            return out  # a bare count must go on with its own place
        if who is not None:
            last = max(last, who[1])
        out.append(Frame(c, last, first.kind, count, approx, who, "casualty:elided",
                         high=high))
        k = last
    return out


GLOSS_WORDS = 12  # most tokens of a bracketed gloss after who they were


def _past_gloss(t: list[str], k: int) -> int:
    """The token after a bracketed gloss of who they were and its comma ("قتل 4 من قوات
    الحشد الشعبي ( مليشيات موالية للحكومة ) , و 13 من مسلحي التنظيم"): the list of victims
    goes on after it. ``k`` itself when no gloss opens there."""
    if k < len(t) and t[k] == '"':
        # a quoted name the victims' words close on ("قتل عنصران من " حزب الله " وثلاثة من عناصر
        # النظام": FIXES26): the list goes on after its closing quote
        for j in range(k + 1, min(k + GLOSS_WORDS, len(t))):
            if t[j] in _SENTENCE_END:
                return k
            if t[j] == '"':
                return j + 1 if j > k + 1 else k
        return k
    if k >= len(t) or t[k] != "(":
        return k
    for j in range(k + 1, min(k + GLOSS_WORDS, len(t))):
        if t[j] in _SENTENCE_END or t[j] == "(":
            return k
        if t[j] == ")":
            j += 1
            return j + 1 if j < len(t) and t[j] in (",", "،") else j
    return k


PERIOD_WINDOW = 10  # tokens after a figure searched for "منذ …" / "خلال الشهر …"
PERIOD_BEFORE = 6  # and before it ("وخلال الشهر الماضي قتل 40")
_CLAUSE_END = frozenset({".", "!", "?", "؟", ";", ":"})


def over_a_period(t: list[str], first: int, last: int) -> bool:
    """Whether the figure over tokens ``first`` .. ``last - 1`` is a running total over a
    stretch of time ("… خلال الشهر الأخير من عام 2017", "منذ بدء الحملة قتل 40"), which
    no single happening's toll should take. Looks through the clause after the figure,
    and a few words before it."""
    lex = casualty_lexicon()
    for j in range(last, min(last + PERIOD_WINDOW, len(t))):
        if t[j] in _CLAUSE_END:
            break
        if t[j] in lex.period_since or t[j] in lex.period_during:
            if _period_at(t, j, lex):
                return True
            if t[j] in lex.period_since:
                break
    for j in range(first - 1, max(first - PERIOD_BEFORE, 0) - 1, -1):
        if t[j] in _CLAUSE_END:
            break
        if _period_at(t, j, lex):
            return True
    return False


def _period_at(t: list[str], j: int, lex: CasualtyLexicon) -> bool:
    if j > 1 and t[j - 1] in lex.period_ongoing and t[j - 2] not in lex.period_nouns:
        return False  # "في هجوم مستمر منذ ثلاثة أسابيع": how long the attack lasts
    nxt = t[j + 1] if j + 1 < len(t) else ""
    if t[j] in lex.period_since:
        return bool(nxt) and nxt not in lex.period_same_day
    size = lex.period_during.get(t[j])
    if size is not None and j + size + 1 < len(t) and t[j + size] in lex.period_pointers:
        size += 1  # "خلال تلك الفترة"، "خلال هذه الأيام" (TOLL24): the stretch pointed back at
    return size is not None and j + size < len(t) and t[j + size] in lex.period_nouns
