"""Sentence spans over the cleaned text (owned by the text layer, issue 3).

``SENT`` spans carry ``{"kind": headline | caption | body | list}``; the title line
also gets a ``HEADLINE`` span. The rules are in :mod:`rasd.text.sentences`; the seams of glued
ticker items are where the clean stage put a space (``REPAIR`` spans, rule ``glued-item-…``).
"""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage
from rasd.text.clean import item_seam
from rasd.text.sentences import split_sentences


@stage("sentences", requires=("clean_text",))
class Sentences(Stage):
    def __call__(self, doc: Document) -> Document:
        seams = [item_seam(r.start, r.rule, r.value["to"]) for r in doc.spans_of("REPAIR")]
        for sentence in split_sentences(doc.text, sorted(s for s in seams if s is not None)):
            doc.add(sentence.start, sentence.end, "SENT", stage=self.name, rule=sentence.rule,
                    value={"kind": sentence.kind})
            if sentence.kind == "headline":
                doc.add(sentence.start, sentence.end, "HEADLINE", stage=self.name,
                        rule=sentence.rule)
        return doc
