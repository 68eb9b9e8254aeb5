"""Stage `actors`: knowledge-base actors (issue 4). Placeholder until that issue lands."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage


@stage("actors", requires=("sentences",))
class Actors(Stage):
    def __call__(self, doc: Document) -> Document:
        return doc
