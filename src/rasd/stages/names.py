"""Stage `names`: statistical NER (issue 4). Placeholder until that issue lands."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage


@stage("names", requires=("sentences",))
class Names(Stage):
    def __call__(self, doc: Document) -> Document:
        return doc
