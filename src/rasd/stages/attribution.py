"""Stage `attribution`: attribution of event mentions (issue 6). Placeholder until that issue lands."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage


@stage("attribution", requires=("events",))
class Attribution(Stage):
    def __call__(self, doc: Document) -> Document:
        return doc
