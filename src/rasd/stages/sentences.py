"""Sentence spans over the cleaned text (owned by the text layer, issue 3).

``SENT`` spans carry ``{"kind": headline | caption | body | list}``; the title line
also gets a ``HEADLINE`` span. The rules are in :mod:`rasd.text.sentences`; the seams of glued
ticker items are where the clean stage put a space (``REPAIR`` spans, rule ``glued-item-…``).
A list page's place headers ("… الوعر : تجدد القصف …") are read against the gazetteer's names
(:func:`header_place`, TICKER26).
"""

from __future__ import annotations

from functools import cache

from rasd.document import Document
from rasd.stages import Stage, stage
from rasd.text.clean import item_seam
from rasd.text.normalize import normalize_key
from rasd.text.sentences import split_sentences


@cache
def _place_names() -> frozenset[str]:
    """Every Arabic name of the gazetteer and of its foreign places, as lookup keys."""
    from rasd.kb.gazetteer import load, load_foreign

    names = {normalize_key(n) for n in load().names}
    names.update(normalize_key(str(n)) for p in load_foreign().values() for n in p.get("names_ar") or ())
    return frozenset(n for n in names if n)


def header_place(words: str) -> bool:
    """Whether ``words`` (a hashtag's "-" read as a space) is a place name rasd knows."""
    return normalize_key(words) in _place_names()


@stage("sentences", requires=("clean_text",))
class Sentences(Stage):
    def __call__(self, doc: Document) -> Document:
        seams = [item_seam(r.start, r.rule, r.value["to"]) for r in doc.spans_of("REPAIR")]
        for sentence in split_sentences(doc.text, sorted(s for s in seams if s is not None), header_place):
            doc.add(sentence.start, sentence.end, "SENT", stage=self.name, rule=sentence.rule,
                    value={"kind": sentence.kind})
            if sentence.kind == "headline":
                doc.add(sentence.start, sentence.end, "HEADLINE", stage=self.name,
                        rule=sentence.rule)
        return doc
