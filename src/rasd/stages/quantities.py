"""Stage `quantities`: numbers, vague counts and casualty frames (issue 5).

Logic lives in :mod:`rasd.quantities`; numbers inside a ``DATE`` or ``TIME`` span (a day,
a year, an hour) are not counts and are skipped. ``CASUALTY`` parts point at the total
they break down (``breakdown_of``), so tolls never add them twice.
"""

from __future__ import annotations

from rasd.document import Document
from rasd.quantities.extract import quantities
from rasd.quantities.tokens import tokens_of
from rasd.stages import Stage, stage


@stage("quantities", requires=("sentences",))
class Quantities(Stage):
    def __call__(self, doc: Document) -> Document:
        toks = tokens_of(doc.text)
        skip = toks.inside([(s.start, s.end) for s in doc.spans_of("DATE", "TIME")])
        for r in quantities(toks, skip):
            doc.add(r.start, r.end, r.label, stage="quantities", rule=r.rule, value=r.value)
        return doc
