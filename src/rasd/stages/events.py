"""Stage `events`: triggers → typed event mentions (owned by issue 6). Placeholder."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage


@stage("events", requires=("sentences", "actors", "places", "time", "quantities"))
class Events(Stage):
    def __call__(self, doc: Document) -> Document:
        return doc
