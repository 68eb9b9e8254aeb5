"""Clean stage: raw report → ``Document.text`` (owned by the text layer, issue 3).

Drops boilerplate lines and repeated blocks (kept in ``doc.removed`` with raw offsets),
rejoins split words (``REPAIR`` spans) and invisible controls; see :mod:`rasd.text.clean`.
"""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage
from rasd.text.clean import clean


@stage("clean", provides=("clean_text",))
class Clean(Stage):
    def __call__(self, doc: Document) -> Document:
        cleaned = clean(doc.raw)
        doc.text = cleaned.text
        doc.removed = cleaned.removed
        doc.spans = [s for s in doc.spans if s.label != "REPAIR"]
        for repair in cleaned.repairs:
            doc.add(repair.start, repair.end, "REPAIR", stage=self.name, rule=repair.rule,
                    value={"from": repair.original, "to": repair.joined})
        return doc
