"""Stage `actors`: knowledge-base actors and cited sources (issue 4).

Adds ``ACTOR`` and ``SOURCE`` spans (values in docs/ANNOTATIONS.md) found by
:func:`rasd.kb.actors.find_mentions`: one leftmost-longest pass over the normalised text
with clitic-aware aliases, nationality qualifiers after head nouns and country names
only where they are not places; the publication date picks the era of a state actor
(the Syrian army after December 2024). The rule of each span says which path matched.
"""

from __future__ import annotations

from rasd.document import Document
from rasd.kb.actors import default_kb, find_mentions
from rasd.stages import Stage, stage


@stage("actors", requires=("sentences",))
class Actors(Stage):
    def __init__(self) -> None:
        self.kb = default_kb()
        self.kb.matcher  # build the trie once, before the first document  # noqa: B018

    def __call__(self, doc: Document) -> Document:
        for m in find_mentions(doc.text, self.kb, published=doc.meta.published):
            doc.add(m.start, m.end, m.label, stage="actors", rule=m.rule, value=m.value)
        return doc
