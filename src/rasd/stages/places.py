"""Stage `places`: gazetteer linking with ACLED geo_precision (issue 4).

Adds ``PLACE`` spans (schema place + ``kind``, ``source``, ``matched`` and, for
derived places, ``relation``/``direction``) and ``PLACE_UNRESOLVED`` spans (a
place-like phrase that is ambiguous or unknown — never a guess). The logic is
:func:`rasd.kb.places.link`; sentence spans give the first disambiguation context.

Once places are known, an ACTOR matched by a region-dependent alias of the knowledge base
(قوى الأمن الداخلي: the Asayish in Hasakah, Lebanon's police in Beirut, the Syrian Interior
Ministry's force in Suwayda after 2024) is relinked by :func:`rasd.kb.actors.regional_actor`
from the places of its sentence, else those of the governorate the report names most.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from rasd.document import Document
from rasd.kb.actors import default_kb, regional_actor
from rasd.kb.places import link
from rasd.stages import Stage, stage

_CLITICS = frozenset(("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"))


@stage("places", requires=("sentences",))
class Places(Stage):
    def __call__(self, doc: Document) -> Document:
        sentences = [(s.start, s.end) for s in doc.spans_of("SENT")]
        # a place name inside a longer actor, source, organisation or person name is part
        # of that name ("سرايا المقاومة بحمص", "شبكة ديرالزور 24", "فيصل القاسم")
        names = [(s.start, s.end) for s in doc.spans_of("ACTOR", "SOURCE", "ORG", "PERS")]
        starts = [a for a, _b in names]
        text = doc.text
        for f in link(text, sentences, named=True):
            # names starting at or before the place, or after its glued clitic: the place
            # "لديرالزور" and the outlet "ديرالزور 24" that starts after the ل
            k = bisect_right(starts, f.start + 2)
            if any((f.end <= b and b - a > f.end - f.start) if a <= f.start
                   else (a < f.end < b and text[f.start:a] in _CLITICS)
                   for a, b in names[max(0, k - 8) : k]):
                continue
            if f.named:  # "محادثات أستانا": a round of talks named after its venue (TALKS13)
                doc.add(f.start, f.end, "PLACE_NAMED", stage="places", rule=f.rule, value=f.value)
            elif f.value is not None:
                doc.add(f.start, f.end, "PLACE", stage="places", rule=f.rule, value=f.value)
            else:
                doc.add(f.start, f.end, "PLACE_UNRESOLVED", stage="places", rule=f.rule,
                        value=f.unresolved)
        _relink_regional(doc, sentences)
        return doc


def _relink_regional(doc: Document, sentences: list[tuple[int, int]]) -> None:
    """Give each region-dependent actor the actor its sentence's places name, else the
    places of the governorate the report names most; the span keeps its offsets and its
    rule gains ``+region:…``."""
    kb = default_kb()
    if not kb.regional:
        return
    actors = [s for s in doc.spans_of("ACTOR")
              if s.value and s.value.get("matched") in kb.regional]
    if not actors:
        return
    places = doc.spans_of("PLACE")
    if not places:
        return
    bounds = [a for a, _b in sentences]
    # the report's focus: the places of the governorate it names most (a country named
    # first, "سوريا", says less than the Hasakah or Suwayda the report is about)
    by_admin1 = Counter(p.value.get("admin1") for p in places if p.value.get("admin1"))
    focus = ([p.value for p in places if p.value.get("admin1") == by_admin1.most_common(1)[0][0]]
             if by_admin1 else [places[0].value])
    for span in actors:
        k = bisect_right(bounds, span.start) - 1
        lo, hi = sentences[k] if k >= 0 else (0, len(doc.text))
        near = [p.value for p in places if lo <= p.start < hi]
        hit = (regional_actor(kb, span.value, near, doc.meta.published) if near else None) \
            or regional_actor(kb, span.value, focus, doc.meta.published)
        if hit is not None and hit[0] != span.value["id"]:
            span.value = kb.actor_value(hit[0], str(span.value["matched"]))
            span.rule += hit[1]
