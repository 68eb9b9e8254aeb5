"""Whether a sentence *reports* an attack (or a protest): a learned sentence decision in the
sense of the Arabic event GSR (issue 6), read beside the rules, never instead of them.

The GSR's annotators asked whether a sentence is about a new ASSAULT (PROTEST) event; the rules
ask whether it tells a happening the schema codes, so a sentence that names a specific attack
only to date, explain or react to something else is an event to the rules and a "no" to the
GSR. This model weighs what the pipeline already knows about the sentence
(:func:`sentence_features`: whether an ASSAULT mention came out, its confidence and fields,
which triggers and context classes fired and in which form, where the first trigger stands,
the sentence's length, a cited speaker, a quotation, a question) and, when the model file says
so, the sentence's words. It is trained by ``rasd train gsr-sentence`` on the GSR's development
rows only (hash bucket 0) and ships as a small JSON file (:data:`MODEL_PATH`).

It changes no event of ``rasd extract``. ``rasd eval gsr --sentence-model`` scores the GSR with
it, and ``rasd sentences`` prints each sentence's score ("reports an attack": 0–1) for a text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.document import Document, EventMention, Meta
from rasd.events.detect import Candidate, find_candidates
from rasd.events.storyday import STORY_DAY
from rasd.events.tokens import QUOTES, Words

MODEL_FILE = "gsr_sentence.json"
MODEL_PATH = resources.files("rasd.data.models").joinpath(MODEL_FILE)
PIPELINE, WORDS = "pipeline", "words"  # the groups of traits a model file may be fitted on
TRAITS = (PIPELINE, WORDS)
Z_LIMIT = 500.0


@dataclass(frozen=True)
class SentenceModel:
    """One PLOVER type's logistic model: weights by trait name, intercept and the threshold
    chosen by cross-validation; ``traits`` the groups it was fitted on."""

    plover: str
    weights: dict[str, float]
    intercept: float
    threshold: float
    traits: tuple[str, ...] = (PIPELINE,)

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-min(max(z, -Z_LIMIT), Z_LIMIT)))


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


def _best(mentions: list[EventMention]) -> EventMention:
    return max(mentions, key=lambda e: e.confidence if e.confidence is not None else 0.0)


def mention_traits(mentions: list[EventMention]) -> dict[str, float]:
    """The traits of the sentence's mentions of the type: how many, and the fields of the most
    confident one (place, day the text tells, toll, actors, a cited source)."""
    f: dict[str, float] = {"emits": float(bool(mentions)), "log_mentions": _log(len(mentions))}
    if not mentions:
        return f
    e = _best(mentions)
    f["confidence"] = e.confidence if e.confidence is not None else 0.5
    f["sub=" + str(e.sub_event_type)] = 1.0
    f["place"] = float(e.location is not None)
    f["place_kind=" + str((e.location or {}).get("kind"))] = 1.0
    f["date"] = float(e.event_date is not None and not any(ev.rule == STORY_DAY for ev in e.evidence))
    f["toll"] = float(e.fatalities is not None or e.injuries is not None)
    f["actor1"] = float(e.actor1 is not None)
    f["actor2"] = float(e.actor2 is not None)
    f["cited"] = float(bool(e.cited))
    return f


def candidate_traits(candidates: list[Candidate], plover: str, n_words: int) -> dict[str, float]:
    """The triggers of the type: their class, form and the context classes that fired on them,
    how many report a happening, and where the first one stands in the sentence."""
    f: dict[str, float] = {}
    own = [c for c in candidates if c.plover == plover]
    f["log_triggers"] = _log(len(own))
    f["log_event_triggers"] = _log(sum(c.is_event for c in own))
    for c in own:
        f["class=" + c.kind.id] = 1.0
        f["form=" + c.form + ("+def" if c.definite else "")] = 1.0
        for label in c.context:
            f["context=" + label] = 1.0
    for other in {c.plover for c in candidates} - {plover}:
        f["other=" + other] = 1.0
    if own:
        first = min(c.first for c in own)
        f["first_at"] = first / max(n_words, 1)
        f["opens"] = float(first <= 2)
    return f


def sentence_traits(doc: Document, words: Words) -> dict[str, float]:
    """Traits of the text itself: length, sentences, a quotation, a question, a cited speaker,
    and what the other stages found (a day, a place, a casualty count)."""
    text = doc.text
    labels = {s.label for s in doc.spans}
    f = {"log_words": _log(len(words)), "log_sentences": _log(len(doc.spans_of("SENT"))),
         "quote": float(any(ch in QUOTES for ch in text)), "question": float("?" in text or "؟" in text)}
    for label in ("CITED", "DATE", "PLACE", "CASUALTY", "ACTOR"):
        f["span=" + label] = float(label in labels)
    return f


def word_traits(words: Words) -> dict[str, float]:
    """The sentence's normalised words (each once)."""
    return {"w=" + w: 1.0 for w in words.texts if w.isalpha()}


def sentence_features(doc: Document, plover: str, traits: Iterable[str] = TRAITS) -> dict[str, float]:
    """Every trait of a processed ``doc`` (one GSR sentence) for ``plover``, in the groups
    ``traits``."""
    words = Words(doc)
    f: dict[str, float] = {}
    if PIPELINE in traits:
        f.update(mention_traits([e for e in doc.events if e.plover == plover]))
        f.update(candidate_traits(find_candidates(words), plover, len(words)))
        f.update(sentence_traits(doc, words))
    if WORDS in traits:
        f.update(word_traits(words))
    return f


def model_data(model: SentenceModel, trained: dict[str, Any]) -> dict[str, Any]:
    return {"plover": model.plover, "traits": list(model.traits), "threshold": model.threshold,
            "intercept": round(model.intercept, 6),
            "weights": {k: round(v, 6) for k, v in sorted(model.weights.items()) if round(v, 6)},
            "trained": trained}


def load_models(path: str | None = None) -> dict[str, SentenceModel]:
    """The models of a file ``rasd train gsr-sentence`` wrote (default: the shipped one), by
    PLOVER type; empty when there is no file."""
    return _load(path or str(MODEL_PATH))


@cache
def _load(path: str) -> dict[str, SentenceModel]:
    file = Path(path)
    if not file.is_file():
        return {}
    data = json.loads(file.read_text("utf-8"))
    return {m["plover"]: SentenceModel(m["plover"], m["weights"], m["intercept"], m["threshold"],
                                       tuple(m["traits"]))
            for m in data["models"]}


def forget_models() -> None:
    _load.cache_clear()


def score_sentence(doc: Document, model: SentenceModel) -> float:
    """The probability that the processed one-sentence ``doc`` reports an event of the model's
    type in the GSR's sense."""
    return model.probability(sentence_features(doc, model.plover, model.traits))


def sentence_documents(doc: Document) -> Iterator[Document]:
    """Each sentence of a processed document as a document of its own (to be run through the
    pipeline again, as the GSR's sentences are)."""
    for k, s in enumerate(doc.spans_of("SENT")):
        yield Document(Meta(id=f"{doc.id}#{k}"), raw=doc.text[s.start:s.end])
