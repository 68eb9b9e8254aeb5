"""Sentences labelled in the GSR's sense from rasd's own blind gold (GSR23): more training rows for
the GSR sentence model (:mod:`rasd.events.sentence_model_train`) than the GSR's 617 development rows.

The unseen-report gold (``unseen_gold.jsonl``, real UnifiedFC articles annotated blind) says which
happenings of an article are events. The pipeline is run on its articles with every mention kept
(the confidence filter off), each mention labelled by the scorer's own matching
(:func:`rasd.events.evaluate.match_labels`), and each sentence that carries a mention of the type
(the mention's ``sentence_start``/``sentence_end``) labelled:

* **yes** — one of its mentions matches a required gold event of the type: the sentence tells a
  happening the coder coded;
* **no** — every mention is an extra (matched to no gold event, required or optional), no gold
  event of the type in the article names the mention's place (else it may be the same attack told
  again, which one-to-one matching leaves unmatched), and the article holds at most
  :data:`MOST_GOLD` gold events of the type (read by hand: in articles with many, the coder left
  many told attacks uncoded, so an extra there is as often an attack as not) — the GSR's "mentions
  an attack but reports none";
* left out — a mention matched to an optional gold event only (a coder could code it or leave it),
  or a "no" that fails the two checks above.

And, in articles with no gold event of the type, each other sentence that holds a word of the
GSR's keyword baseline (:data:`rasd.events.evaluate.GSR_KEYWORDS`) is a **no** (an attack word
in a sentence that reports none).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rasd.document import Document, EventMention

MOST_GOLD = 3  # a "no" only from an article with at most this many gold events of the type


@dataclass(frozen=True)
class GoldSentence:
    doc_id: str
    label: str  # yes | no
    kind: str  # yes | extra (a "no" from an unmatched mention) | keyword (a "no" from an attack word)
    text: str


def labelled_sentences(gold: Sequence[dict[str, Any]], docs: Iterable[Document], plover: str,
                       most_gold: int = MOST_GOLD) -> list[GoldSentence]:
    """The labelled sentences of processed ``docs`` (every mention kept) for ``plover``, by the
    rules of the module docstring, in document and sentence order."""
    from rasd.events.evaluate import GSR_KEYWORDS, location_matches, match_labels
    from rasd.text.normalize import normalize

    docs = list(docs)
    labels = match_labels(list(gold), {d.id: d.events for d in docs})
    of_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        if not g.get("document") and g.get("plover") == plover:
            of_type[g["doc_id"]].append(g)
    keywords = re.compile(GSR_KEYWORDS[plover])
    out = []
    for doc in docs:
        golds = of_type.get(doc.id, [])
        sentences: dict[tuple[int, int], list[EventMention]] = defaultdict(list)
        for e in doc.events:
            if e.plover == plover:
                sentences[e.sentence_start, e.sentence_end].append(e)
        for (start, end), mentions in sorted(sentences.items()):
            marks = [labels[id(e)] for e in mentions]
            text = doc.text[start:end]
            if any(m is True for m in marks):
                out.append(GoldSentence(doc.id, "yes", "yes", text))
            elif (all(m is False for m in marks) and len(golds) <= most_gold
                  and not any(location_matches(g.get("location"), e.location) for g in golds for e in mentions)):
                out.append(GoldSentence(doc.id, "no", "extra", text))
        if golds:
            continue
        for span in doc.spans_of("SENT"):
            text = doc.text[span.start:span.end]
            if (span.start, span.end) not in sentences and keywords.search(normalize(text).text):
                out.append(GoldSentence(doc.id, "no", "keyword", text))
    return out


def unseen_gold_sentences(plover: str) -> list[GoldSentence]:
    """:func:`labelled_sentences` of the unseen-report gold's articles (needs the evalkit)."""
    from rasd.events.evaluate import (
        UNSEEN_GOLD,
        gold_document_ids,
        gold_events,
        unifiedfc_documents,
    )
    from rasd.pipeline import build

    gold = gold_events(name=UNSEEN_GOLD)
    pipeline = build()
    for step in pipeline.stages:  # this pipeline's events stage keeps every mention
        if step.name == "events":
            step.drop = False
    return labelled_sentences(gold, (pipeline(d) for d in unifiedfc_documents(gold_document_ids(gold))), plover)
