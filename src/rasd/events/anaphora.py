"""Groups a report names once and then calls by a bare noun: "التنظيم"، "الهيئة"، "الجهاديين".

Arabic reports name an armed group in full once ("تنظيم الدولة الإسلامية"، "هيئة تحرير
الشام") and then call it by its head noun with the article: "وقصف الطيران مواقع للتنظيم"،
"سيطرت الهيئة على"; forces once named ("قوات سوريا الديمقراطية") become "القوات" ("وكانت
القوات سيطرت على الرقة"). The actors stage tags names, not these nouns, so without this module the
strike on "مواقع للتنظيم" has no target and "سيطر التنظيم على" no attacker. Each such noun
(``actor_anaphors`` in ``data/events/roles.yaml``) becomes an actor argument standing for the
group named last before it whose own name opens with the same noun or whose knowledge-base id
the noun lists; it keeps its own words as its span and the rule ``actor:anaphora``. A noun with
a further name after it ("الجبهة الشامية"، "الحركة الوطنية") is another body, not the group.
Fighters, forces or aircraft with their owner's pronoun ("أن مقاتليها سيطروا"، "إن قواته قصفت")
stand for the actor named last before them in their sentence or the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import compress, count, repeat
from typing import TYPE_CHECKING

from rasd.datafiles import data_file, data_pattern
from rasd.document import Span
from rasd.kb.actors import ARMED_TYPES
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg
    from rasd.events.tokens import Words

RULE = "actor:anaphora"
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


@dataclass(frozen=True, slots=True)
class AnaphorCues:
    forms: dict[str, str]  # a bare noun with the article (and clitics) → its stem
    heads: dict[str, tuple[str, ...]]  # stem → first words of the groups' own names it stands for
    ids: dict[str, frozenset[str]]  # stem → knowledge-base ids of the groups it stands for
    adjectives: re.Pattern[str]  # words that may follow the noun (التنظيم الإرهابي)
    bare: frozenset[str]  # stems no adjective may follow ("القوات المسلحة" is a title of its own)
    reach: dict[str, int]  # stem → most sentences back its antecedent may stand (none: any)
    reach_words: dict[str, int]  # stem → most words back (a live map's run-on items are one "sentence")
    demonstratives: re.Pattern[str]  # "تلك القوات": the demonstrative rule of arguments reads it
    members: re.Pattern[str]  # fighters or forces with their owner's pronoun (مقاتليها، قواته)
    member_endings: tuple[str, ...]  # the owner's pronouns those end with (a test before the pattern)


@cache
def anaphor_cues() -> AnaphorCues:
    """``actor_anaphors`` of ``roles.yaml``, on normalised spelling."""
    data = data_file("rasd.data.events", "roles.yaml")
    table = {normalize(k).text: v for k, v in data["actor_anaphors"].items()}
    return AnaphorCues(
        forms={c + a + stem: stem for stem in table for c in ("", "و", "ف") for a in ("بال", "كال", "لل", "ال")},
        heads={k: _heads(v["head"]) for k, v in table.items() if v.get("head")},
        ids={k: frozenset(v.get("ids") or ()) for k, v in table.items()},
        adjectives=data_pattern("roles.yaml", "anaphor_adjectives"),
        bare=frozenset(k for k, v in table.items() if v.get("bare")),
        reach={k: int(v["sentences"]) for k, v in table.items() if v.get("sentences") is not None},
        reach_words={k: int(v["words"]) for k, v in table.items() if v.get("words") is not None},
        demonstratives=data_pattern("roles.yaml", "demonstratives"),
        members=data_pattern("roles.yaml", "member_pronouns"),
        member_endings=tuple(normalize(p).text for p in data["member_pronoun_endings"]),
    )


def _heads(value: str | list[str]) -> tuple[str, ...]:
    """One head word or several ("قوات" and "القوات": "قوات سوريا الديمقراطية"، "القوات التركية")."""
    return tuple(normalize(v).text for v in ([value] if isinstance(value, str) else value))


def _opens_with(text: str, head: str) -> bool:
    """"تنظيم"، "لتنظيم"، "وتنظيم": a name's first word is the head noun (with its clitics)."""
    return text.endswith(head) and len(text) - len(head) <= 2 and all(c in "وفبلك" for c in text[:-len(head)])


def anaphoric_actors(words: Words, ann: Annotations) -> list[Arg]:
    """The bare group nouns of the document as the groups they stand for (module docstring);
    none inside an actor already found."""
    from rasd.events.arguments import Arg

    cues = anaphor_cues()
    texts, ws, n = words.texts, words.words, len(words)
    forms, members, endings = cues.forms, cues.members, cues.member_endings
    # C-level passes: the bare nouns, and the words ending in an owner's pronoun that match
    ends = compress(count(), map(str.endswith, texts, repeat(endings)))
    hits = sorted({*compress(count(), map(forms.__contains__, texts)), *(k for k in ends if members.match(texts[k]))})
    if not hits:
        return []
    taken = {k for a in ann.actors for k in range(a.first, a.last)}
    named = [a for a in ann.actors if isinstance(a.value, dict) and a.value.get("id")]
    out: list[Arg] = []
    for k in hits:
        if k in taken:
            continue
        if texts[k] not in forms:  # "مقاتليها": the owner named last, this sentence or the one before
            sentence = ws[k].sentence
            owner = next((a for a in reversed(named) if a.last <= k and sentence - 1 <= a.sentence <= sentence
                          and a.value.get("type") in ARMED_TYPES), None)
            if owner is not None:
                span = Span(ws[k].start, ws[k].end, "ACTOR", "events", RULE, owner.value)
                out.append(Arg(k, k + 1, span, sentence))
            continue
        nxt = k + 1
        if nxt in taken:  # "التنظيم داعش"، "الحركة حماس": a title before the name itself
            continue
        if nxt < n and ws[nxt].sentence == ws[k].sentence and not ws[k].comma and not ws[k].ends_clause \
                and texts[nxt].startswith("ال") and texts[nxt] not in RELATIVES \
                and (forms[texts[k]] in cues.bare or not cues.adjectives.match(texts[nxt])) \
                and nxt not in ann.time_words:
            continue  # "الجبهة الشامية"، "الحركة الوطنية": a name of its own
        stem = forms[texts[k]]
        if stem in cues.bare and k > 0 and cues.demonstratives.match(texts[k - 1]):
            continue  # "تلك القوات": the forces a demonstrative points back to (arguments)
        ids, heads = cues.ids.get(stem, frozenset()), cues.heads.get(stem, ())
        reach = cues.reach.get(stem)
        antecedent = next((a for a in reversed(named) if a.last <= k and (
            a.value["id"] in ids or any(_opens_with(texts[a.first], h) for h in heads))), None)
        if antecedent is not None and reach is not None and ws[k].sentence - antecedent.sentence > reach:
            continue  # "القوات" far from any forces named: other forces than those
        if antecedent is not None and stem in cues.reach_words and k - antecedent.last > cues.reach_words[stem]:
            continue
        if antecedent is None:
            continue
        span = Span(ws[k].start, ws[k].end, "ACTOR", "events", RULE, antecedent.value)
        out.append(Arg(k, k + 1, span, ws[k].sentence))
    return out
