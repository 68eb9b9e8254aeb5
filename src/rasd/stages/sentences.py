"""Sentence spans over the cleaned text (owned by the text layer, issue 3).

``SENT`` spans carry ``{"kind": headline | caption | body | list}``; the title line
also gets a ``HEADLINE`` span. The rules are in :mod:`rasd.text.sentences`.
"""

from __future__ import annotations

from rasd.document import Document
from rasd.stages import Stage, stage
from rasd.text.sentences import split_sentences


@stage("sentences", requires=("clean_text",))
class Sentences(Stage):
    def __call__(self, doc: Document) -> Document:
        for sentence in split_sentences(doc.text):
            doc.add(sentence.start, sentence.end, "SENT", stage=self.name, rule=sentence.rule,
                    value={"kind": sentence.kind})
            if sentence.kind == "headline":
                doc.add(sentence.start, sentence.end, "HEADLINE", stage=self.name,
                        rule=sentence.rule)
        return doc
