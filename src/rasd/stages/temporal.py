"""Stage `time`: dates and times (issue 5). Placeholder until that issue lands."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage


@stage("time", requires=("sentences",))
class Temporal(Stage):
    def __call__(self, doc: Document) -> Document:
        return doc
