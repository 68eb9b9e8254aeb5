"""Sentence spans over the cleaned text (owned by the text layer, issue 3)."""

from __future__ import annotations

import re

from rasd.document import Document
from rasd.stages import Stage, stage

_SENTENCE = re.compile(r"[^\n.!?؟]+[.!?؟]*")


@stage("sentences", requires=("clean_text",))
class Sentences(Stage):
    def __call__(self, doc: Document) -> Document:
        for m in _SENTENCE.finditer(doc.text):
            if m.group().strip():
                start = m.start() + len(m.group()) - len(m.group().lstrip())
                doc.add(start, m.end(), "SENT", stage=self.name, rule="regex-punct")
        return doc
