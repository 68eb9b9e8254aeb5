"""Stage `quantities`: numbers and casualty frames (issue 5). Placeholder until that issue lands."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage


@stage("quantities", requires=("sentences",))
class Quantities(Stage):
    def __call__(self, doc: Document) -> Document:
        return doc
