"""Stage `places`: gazetteer linking with ACLED geo_precision (issue 4).

Adds ``PLACE`` spans (schema place + ``kind``, ``source``, ``matched`` and, for
derived places, ``relation``/``direction``) and ``PLACE_UNRESOLVED`` spans (a
place-like phrase that is ambiguous or unknown — never a guess). The logic is
:func:`rasd.kb.places.link`; sentence spans give the first disambiguation context.
"""

from __future__ import annotations

from bisect import bisect_right

from rasd.document import Document
from rasd.kb.places import link
from rasd.stages import Stage, stage


@stage("places", requires=("sentences",))
class Places(Stage):
    def __call__(self, doc: Document) -> Document:
        sentences = [(s.start, s.end) for s in doc.spans_of("SENT")]
        # a place name inside a longer actor, source, organisation or person name is part
        # of that name ("سرايا المقاومة بحمص", "شبكة ديرالزور 24", "فيصل القاسم")
        names = [(s.start, s.end) for s in doc.spans_of("ACTOR", "SOURCE", "ORG", "PERS")]
        starts = [a for a, _b in names]
        for f in link(doc.text, sentences):
            k = bisect_right(starts, f.start)  # names starting at or before the place
            if any(f.end <= b and b - a > f.end - f.start for a, b in names[max(0, k - 8) : k]):
                continue
            if f.value is not None:
                doc.add(f.start, f.end, "PLACE", stage="places", rule=f.rule, value=f.value)
            else:
                doc.add(f.start, f.end, "PLACE_UNRESOLVED", stage="places", rule=f.rule,
                        value=f.unresolved)
        return doc
