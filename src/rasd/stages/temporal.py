"""Stage `time`: dates and times of day, normalised against the publication date (issue 5).

Logic lives in :mod:`rasd.time.extract`; this stage writes its expressions as ``DATE`` and
``TIME`` spans (values in docs/ANNOTATIONS.md), each with the rule that matched.
"""

from __future__ import annotations

from rasd.document import Document
from rasd.quantities.tokens import tokens_of
from rasd.stages import Stage, stage
from rasd.time.extract import extract


@stage("time", requires=("sentences",))
class Temporal(Stage):
    def __call__(self, doc: Document) -> Document:
        meta = doc.meta
        for e in extract(doc.text, meta.published, meta.published_precision,
                         toks=tokens_of(doc.text), url=meta.url):
            doc.add(e.start, e.end, e.label, stage="time", rule=e.rule, value=e.value)
        return doc
