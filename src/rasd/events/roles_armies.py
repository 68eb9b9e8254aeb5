"""Who did it to whom, session 11 (ROLES11): small mechanisms of the actor roles.

Each function reads the words of one document (:class:`rasd.events.tokens.Words`) and the
actor arguments of :mod:`rasd.events.arguments`; the knowledge they use lives in
``data/events/roles_armies.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Arg
    from rasd.events.tokens import Words


def _norm(text: str) -> str:
    return normalize(text).text


@cache
def _data() -> dict:
    return data_file("rasd.data.events", "roles_armies.yaml")


@cache
def _bare_armies() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["bare_armies"])


@cache
def _ordinals() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["ordinals"])


@cache
def _army_heads() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["army_heads"])


def _peel(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


@cache
def _bare_tails() -> frozenset[str]:
    """Every ending of a bare army alias: the last word of a phrase that is one (or is one after
    a clitic letter) is such an ending, or is one after its first letter."""
    return frozenset(a[k:] for a in _bare_armies() for k in range(len(a)))


def _bare(words: Words, arg: Arg) -> bool:
    """Whether ``arg`` ends with a bare army alias ("الجيش"، "والجيش"، "وحدات الجيش")."""
    seg = words.texts[max(0, arg.first):arg.last]
    tails = _bare_tails()  # a set look-up of the last word first: most actors end otherwise
    if not seg or (seg[-1] not in tails and seg[-1][1:] not in tails):
        return False
    for j in range(arg.first, arg.last):  # the alias, or the alias after its head noun
        said = words.joined(j, arg.last)
        if said in _bare_armies() or (said[:1] in "وفبل" and said[1:] in _bare_armies()):
            return True
    return False


@lru_cache(maxsize=4)
def _report_of(text: str) -> str:
    """The country a report is plainly about (rasd.kb.actors), once per document."""
    from rasd.kb.actors import _report_country

    return _report_country(text)


def _war_party_report(words: Words, arg: Arg) -> bool:
    """Whether the report is plainly about a power that fights in Syria (Israel, Turkey, Russia,
    the US …: actors/eras.yaml ``bound.war_parties``), whose own army its bare "الجيش" most
    often is ("قال الجيش في بيان" in a report on Israel), and the mention's sentence names
    nothing Syrian: the knowledge base keeps such a mention Syria's, so it names no one here."""
    from rasd.kb.actors import _syria_near, default_kb

    kb = default_kb()
    value = arg.span.value if isinstance(arg.span.value, dict) else {}
    if "+country:" in str(arg.span.rule) or str(value.get("country") or "") != "Syria":
        return False
    text = words.doc.text
    report = _report_of(text)
    return bool(report) and report in kb.war_parties and not _syria_near(
        text, arg.span.start, arg.span.end, kb.syria_words)


def qualified_bare_army(words: Words, arg: Arg) -> bool:
    """Whether ``arg`` is the bare army ("الجيش", which the knowledge base gives the army of the
    report's country) followed by an adjective that says it is another army: a definite nisba
    ("الجيش الباكستاني": a demonym the knowledge base lacks) or an ordinal ("الجيش الأول": a
    formation's own name). Such a mention names no actor the knowledge base knows; nor does one
    in a report on a power that fights in Syria whose sentence names nothing Syrian
    (:func:`_war_party_report`)."""
    if not _bare(words, arg):
        return False
    if _war_party_report(words, arg):
        return True
    if arg.last >= len(words):
        return False
    nxt = words.words[arg.last].text
    if nxt in _ordinals():
        return True
    return nxt.startswith("ال") and len(nxt) > 4 and nxt.endswith(("ي", "يه", "ية"))


@cache
def _affiliation_words() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["affiliation_words"])


def downed_affiliation(words: Words, k: int, owner_first: int) -> bool:
    """Whether word ``k``, between a downed aircraft and the actor that owns it, is the word of
    affiliation right before the owner ("إسقاط طائرة حربية تابعة لقوات النظام"): the owner's
    aircraft was brought down, so the owner is acted upon, as with ل right after the aircraft."""
    return k == owner_first - 1 and words.words[k].text in _affiliation_words()


@cache
def _forces_by_country(role: str = "force") -> dict[str, str]:
    """Country name → the KB id of its forces (qualifiers.yaml adjectives' ``force``; ``role``
    "police" gives its police)."""
    from rasd.kb.actors import default_kb

    kb = default_kb()
    out: dict[str, str] = {}
    for adj in kb.adjectives:
        force = adj.get(role)
        if force and force in kb.actors and kb.actors[force].country:
            out.setdefault(str(kb.actors[force].country), force)
    return out


@cache
def _bare_security() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["bare_security"])


def _security(words: Words, arg: Arg) -> bool:
    """Whether ``arg`` is a bare security force ("قوات الأمن"، "والقوات الأمنية"; roles_armies.yaml
    ``bare_security``), which the knowledge base gave the report's police."""
    said = words.joined(arg.first, arg.last)
    return said in _bare_security() or (said[:1] in "وفبل" and said[1:] in _bare_security())


def _localize_security(words: Words, a: Arg, places: list[Arg]) -> Arg | None:
    """A bare security force (:func:`_security`) followed by an affiliation word is the owner's
    ("القوى الأمنية التابعة لفيلق الرحمن"): no state's (None). In a sentence whose resolved places
    all lie in one country other than the one the knowledge base gave it, it is that country's
    police (rule ``+placed:<country>``), or no actor when the knowledge base has none."""
    from rasd.kb.actors import default_kb

    if a.last < len(words) and words.words[a.last].sentence == a.sentence \
            and words.words[a.last].text in _affiliation_words():
        return None
    value = a.span.value if isinstance(a.span.value, dict) else {}
    countries = {p.value.get("country") for p in places if p.sentence == a.sentence
                 and isinstance(p.value, dict) and p.value.get("country")}
    if len(countries) != 1 or value.get("country") in countries:
        return a
    country = str(next(iter(countries)))
    police = _forces_by_country("police").get(country)
    if police is None:
        return None
    new = dict(default_kb().actor_value(police, str(value.get("matched") or "")))
    return replace(a, span=replace(a.span, value=new, rule=f"{a.span.rule}+placed:{country}"))


@lru_cache(maxsize=4)
def _names_syria_text(text: str) -> bool:
    """Whether a report names Syria anywhere (سوريا، السوري، دمشق … : the knowledge base's
    Syria words and Syria's country forms), once per document."""
    from rasd.kb.actors import _SPLIT, default_kb
    from rasd.kb.country_context import country_forms
    from rasd.text.normalize import fold_letters

    words, get = default_kb().syria_words, country_forms().get
    return any(get(n) == "SY" or n in words or n[1:] in words or n[2:] in words
               for n in _SPLIT.split(fold_letters(text)))


def _document_country(words: Words) -> str:
    """The country a bare army of a sentence that places nothing belongs to (FIX11), decided
    as the bare police is (``rasd.kb.actors._bare_police``): "Syria" when the report names
    Syria or a Syrian place, else the one country of all the document's resolved places (its
    dateline city "بغداد -" included), else "" (unsure: no actor)."""
    doc = words.doc
    if _names_syria_text(doc.text):
        return "Syria"
    countries = {str(s.value.get("country")) for s in doc.spans_of("PLACE")
                 if isinstance(s.value, dict) and s.value.get("country")}
    if "Syria" in countries:
        return "Syria"
    return next(iter(countries)) if len(countries) == 1 else ""


def localize_bare_armies(words: Words, actors: list[Arg], places: list[Arg]) -> list[Arg]:
    """The bare army the knowledge base gave Syria ("الجيش"، "القوات الجوية") in a sentence
    whose resolved places all lie in one other country (a digest page's item on Egypt: "شنت
    القوات الجوية غارات … بالشيخ زويد") is that country's forces (rule ``+placed:<country>``),
    or no actor when the knowledge base has none for it."""
    from rasd.kb.actors import default_kb

    out: list[Arg] = []
    heads = _army_heads()
    for a in actors:
        if _bare(words, a) and a.first > 0 and a.first - 1 not in {b.last - 1 for b in actors} \
                and (words.words[a.first - 1].text in heads or _peel(words.words[a.first - 1].text) in heads):
            a = replace(a, first=a.first - 1)  # "وحدات الجيش": the units are the army's
        if _security(words, a):
            kept = _localize_security(words, a, places)
            if kept is not None:
                out.append(kept)
            continue
        value = a.span.value if isinstance(a.span.value, dict) else {}
        if not _bare(words, a) or value.get("country") != "Syria" or "+country:" in str(a.span.rule):
            out.append(a)
            continue
        countries = {p.value.get("country") for p in places if p.sentence == a.sentence
                     and isinstance(p.value, dict) and p.value.get("country")}
        if not countries:  # FIX11: the sentence places nothing: the document decides
            country = _document_country(words)
            if country == "Syria":
                out.append(a)
                continue
            if not country:
                continue  # a report on no one country that never names Syria: unsure, no actor
        elif len(countries) != 1 or "Syria" in countries:
            out.append(a)
            continue
        else:
            country = str(next(iter(countries)))
        force = _forces_by_country().get(country)
        if force is None:
            continue  # Pakistan's army: the knowledge base has no name for it
        new = dict(default_kb().actor_value(force, str(value.get("matched") or "")))
        out.append(replace(a, span=replace(a.span, value=new, rule=f"{a.span.rule}+placed:{country}")))
    return out


@cache
def _far_light() -> tuple[re.Pattern[str], int, frozenset[str]]:
    data = _data()
    return (re.compile(_norm(data["far_light_verbs"])), int(data["far_light_reach"]),
            frozenset(_norm(w) for w in data["far_light_relatives"]))


def far_light_subject(words: Words, actors: list[Arg], first: int, lo: int, window: int,
                      openers: re.Pattern[str] | None) -> Arg | None:
    """The subject of a light verb of doing ("شنت"، "نفذت") that stands beyond the usual light
    window before an accusative noun trigger at word ``first`` (هجوما، قصفا), because its subject,
    named right after it, carries a relative clause or apposition ("شنت قوات سوريا الديمقراطية
    التي تضم قوات كردية بشكل أساسي مع قوات عربية , هجوما على مدينة الرقة"). None unless the
    trigger is an indefinite accusative, the verb lies ``window`` to ``far_light_reach`` words
    before it, nothing ends the clause or opens another in between, and any other actor in
    between stands after a relative word that follows the subject."""
    verbs, reach, relatives = _far_light()
    noun = words.words[first].text
    if not (noun.endswith("ا") and len(noun) >= 4):
        return None
    by_first = {a.first: a for a in actors}
    for k in range(first - window - 1, max(lo, first - reach) - 1, -1):
        if k + 1 >= first or any(words.words[j].ends_clause for j in range(k, first - 1)):
            return None
        if not verbs.match(words.words[k].text):
            continue
        subject = by_first.get(k + 1)
        if subject is None or subject.last >= first:
            return None
        if openers is not None and any(openers.match(words.words[j].text) for j in range(subject.last, first)):
            return None
        between = [a for a in actors if subject.last <= a.first < first]
        if between and words.words[subject.last].text not in relatives:
            return None
        return subject
    return None
