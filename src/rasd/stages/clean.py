"""Clean stage: raw report → ``Document.text`` (owned by the text layer, issue 3)."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage


@stage("clean", provides=("clean_text",))
class Clean(Stage):
    def __call__(self, doc: Document) -> Document:
        doc.text = doc.raw.replace("\r\n", "\n").replace("\r", "\n").strip()
        return doc
