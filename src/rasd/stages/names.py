"""Stage `names`: statistical NER (PERS/ORG/LOC) for names no list has seen (issue 4).

The CRF in :mod:`rasd.ner` tags ``Document.text``; each name becomes a ``PERS``,
``ORG`` or ``LOC`` span with value ``{"name": surface, "bare": ...}`` (``bare``: the
name without a conjunction or preposition glued to its first word, بحزب الله → حزب الله
when the word list supports it; see :func:`rasd.ner.tag.bare_name`) and the lowest
marginal probability of its tokens' tags as ``score``. A name whose exact offsets already
carry an ``ACTOR`` span from the knowledge base is not repeated.

Which sentences are tagged: by default only those that can feed an event (the NER is the
costliest per-document stage, and its names are read by events and, to keep place names
out of longer names, by places). An event comes only from a sentence holding a trigger,
read with the sentence before it and the headline. The tagged sentences are those holding
a trigger match of the events lexicon (:meth:`rasd.events.lexicon.Lexicon.scan`, exactly the
matches the events stage starts from), the sentence before each, and the first sentence
(and the ``HEADLINE``) — about 45% of a UnifiedFC article's sentences. The scan costs
nothing extra: the lexicon remembers the last text's matches, and the events stage asks for
the same text (one shared normalisation). (The lexicon's key literals alone would be a
cheaper filter but select ~70% of the sentences: short keys such as قتل or نار sit inside
other words.)
``RASD_ALL_NAMES=1`` in the environment, :data:`ALL_SENTENCES` or ``Names(all_sentences=
True)`` tag every sentence (``rasd eval ner`` tags its test sentences directly, always all).

Which tagger: the CRF by default. ``RASD_NER=ensemble`` (or ``Names(model="ensemble")``)
averages the CRF with the fine-tuned e5 encoder (:mod:`rasd.ner.ensemble`, rule
``crf+e5:anercorp-v1``): more names found and fewer cut wrong (docs/EVALUATION.md, issue 4),
but the encoder tags about a thousand words a second, some hundred times slower than the
CRF, so it is an opt-in for small batches, not for bulk ingest.
"""

from __future__ import annotations

import os
from bisect import bisect_right

from rasd.document import Document
from rasd.events.lexicon import lexicon
from rasd.ner.tag import bare_name, tag_text
from rasd.stages import Stage, stage
from rasd.text.normalize import normalize
from rasd.text.sentences import TITLE_TWICE

ALL_SENTENCES = os.environ.get("RASD_ALL_NAMES", "").strip().lower() not in ("", "0", "false", "no")
NER_MODEL = os.environ.get("RASD_NER", "").strip().lower() or "crf"


def event_sentences(doc: Document) -> list[tuple[int, int]] | None:
    """``(start, end)`` of the sentences an event may read names from, in text order:
    each sentence holding an events trigger, the one before it, the first sentence and
    the headline. ``None`` when the document has no sentence spans (then tag it all)."""
    sentences = [(s.start, s.end) for s in doc.spans_of("SENT")]
    if not sentences:
        return None
    starts = [a for a, _ in sentences]
    chosen = {0}
    for head in doc.spans_of("HEADLINE"):
        chosen.add(k := max(0, bisect_right(starts, head.start) - 1))
        if head.rule == TITLE_TWICE and k + 1 < len(sentences):
            chosen.add(k + 1)  # the lead cut off a title told twice was part of the first sentence
    norm = normalize(doc.text)
    for m in lexicon().scan(norm.text):
        k = bisect_right(starts, norm.orig(m.start())) - 1
        if k >= 0:
            chosen.add(k)
            chosen.add(max(0, k - 1))
    return [sentences[k] for k in sorted(chosen)]


@stage("names", requires=("sentences",))
class Names(Stage):
    def __init__(self, all_sentences: bool | None = None, model: str | None = None) -> None:
        self.all_sentences = all_sentences
        self.model = model or NER_MODEL
        if self.model == "ensemble":
            from rasd.ner.encoder.runtime import MODEL_PATH
            from rasd.ner.encoder.text import tag_text_ensemble

            if not MODEL_PATH.exists():
                raise FileNotFoundError(f"RASD_NER=ensemble needs {MODEL_PATH} "
                                        "('rasd train ner-encoder', see docs/EVALUATION.md)")
            self._tag = tag_text_ensemble
        elif self.model == "crf":
            self._tag = tag_text
        else:
            raise ValueError(f"unknown NER model {self.model!r} (RASD_NER: crf or ensemble)")

    def __call__(self, doc: Document) -> Document:
        every = ALL_SENTENCES if self.all_sentences is None else self.all_sentences
        regions = None if every else event_sentences(doc)
        known = {(s.start, s.end) for s in doc.spans_of("ACTOR")}
        for ent in self._tag(doc.text, regions=regions):
            if (ent.start, ent.end) in known:
                continue
            doc.add(ent.start, ent.end, ent.label, stage=self.name, rule=ent.rule,
                    value={"name": ent.text, "bare": bare_name(ent.text)}, score=ent.score)
        return doc
