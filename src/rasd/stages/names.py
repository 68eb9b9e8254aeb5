"""Stage `names`: statistical NER (PERS/ORG/LOC) for names no list has seen (issue 4).

The CRF in :mod:`rasd.ner` tags ``Document.text``; each name becomes a ``PERS``,
``ORG`` or ``LOC`` span with value ``{"name": surface, "bare": ...}`` (``bare``: the
name without a conjunction or preposition glued to its first word, بحزب الله → حزب الله
when the word list supports it; see :func:`rasd.ner.tag.bare_name`) and the lowest
marginal probability of its tokens' tags as ``score``. A name whose exact offsets already
carry an ``ACTOR`` span from the knowledge base is not repeated.
"""

from __future__ import annotations

from rasd.document import Document
from rasd.ner.tag import bare_name, tag_text
from rasd.stages import Stage, stage


@stage("names", requires=("sentences",))
class Names(Stage):
    def __call__(self, doc: Document) -> Document:
        known = {(s.start, s.end) for s in doc.spans if s.label == "ACTOR"}
        for ent in tag_text(doc.text):
            if (ent.start, ent.end) in known:
                continue
            doc.add(ent.start, ent.end, ent.label, stage=self.name, rule=ent.rule,
                    value={"name": ent.text, "bare": bare_name(ent.text)}, score=ent.score)
        return doc
