"""How likely an event mention is to be a real happening a coder would code: a small logistic
model over what the pipeline already knows about the mention, trained on real reports.

Rules decide what a trigger is and which words fill each field; what they cannot weigh is how
the *whole* mention looks: an attack with no place and no day in the last third of a long
analysis piece is seldom a happening a coder would keep, a meeting told with its place and day
nearly always is. The model reads only such general traits (the PLOVER type, what kind of place
and which rule placed it, whether a day, a toll and the actors were found, how many sentences
tell the mention, where in the report it stands, how long the report is and how many mentions
it has) and what the mention's own evidence looks like (the trigger's family, how long its
sentence is and how many triggers crowd it, how far the place stands from the trigger) — never
words of the text — so it carries over to outlets it has not seen. (Hedge, background-tense and
period words of the sentence were tried as traits in session 10 and added nothing in
cross-validation: see docs/EVALUATION.md, CONF10.) The evidence traits are a group a model file
may leave out (its ``"traits"``): they raised cross-validation but no fresh draws scored since
(CONF12), and the shipped model is fitted without them. A model that weighs none of them does not
compute them (SPEED13).

It is trained by ``rasd train event-confidence`` on the public unseen-report gold
(``rasd/data/gold/unseen_gold.jsonl``: real UnifiedFC articles annotated blind), with the
threshold chosen by leave-one-draw-out cross-validation, and ships as a small JSON file
(:data:`MODEL_PATH`). Every mention gets ``confidence`` (0–1); in a report of at least
``min_sentences`` sentences a mention below the threshold is not emitted, and its trigger's
span keeps the reason (``|filter:low-confidence``). A lone sentence is scored but never
dropped: it has had no report around it. ``RASD_MIN_CONFIDENCE`` overrides the threshold
(``0`` keeps every mention); ``RASD_CONFIDENCE_MODEL=PATH`` reads another model file. Without a
model file nothing is scored or dropped.
"""

from __future__ import annotations

import json
import math
import os
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from rasd.document import Document, EventMention
from rasd.events.storyday import PAGE_DAYS, UNDATED

MODEL_FILE = "event_confidence.json"
MODEL_PATH = resources.files("rasd.data.models").joinpath(MODEL_FILE)
FILTER_RULE = "filter:low-confidence"
PLACELESS_MODES = frozenset({"phone"})  # modes whose mentions have no place: never dropped (INTERACT25)
Z_LIMIT = 500.0  # |log-odds| past which Model.probability is 0 or 1 (see there)
PLOVERS = frozenset({"ASSAULT", "COERCE", "CONSULT", "AGREE", "REQUEST", "REJECT", "PROTEST",
                     "MOBILIZE", "RETREAT", "AID"})
# a model feature as trained: rasd.kb.actors.ARMED_TYPES without "External/Other forces" —
# kept apart so that the shipped weights keep meaning what they were fitted on
ARMED = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia"})
KINDS = frozenset({"country", "region", "governorate", "district", "city", "town", "village",
                   "unresolved"})
# the groups of traits a model file may be fitted on (its "traits"): those of :func:`features`
# and those of :func:`evidence_features`
MENTION, EVIDENCE = "mention", "evidence"
TRAITS = (MENTION, EVIDENCE)
# the names of the evidence traits (:func:`evidence_features`; "family=" opens a one-hot name)
# the reason rasd.events.build joins to the trigger's rule when it types an attack by its sides
# (TYPES23, after the model was fitted): the model reads such a mention as it was fitted, untyped,
# until it is retrained; the sides it went by are its actor traits already
SIDES_TYPED = "typed:by-sides:"
EVIDENCE_KEYS = ("family=", "log_sentence_chars", "log_triggers_in_sentence", "log_place_distance",
                 "place_before_trigger", "place_other_sentence")


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    intercept: float
    threshold: float
    min_sentences: int
    # reads the traits of the mention's own evidence (:func:`evidence_features`): only a model
    # fitted on them that weighs one of them (a trait without a weight adds 0 to every score)
    evidence: bool = True

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        # clamped: math.exp overflows past 709, and a model file with large weights must not
        # make a whole document fail (the probability is 0 or 1 to every printed digit there)
        z = min(max(z, -Z_LIMIT), Z_LIMIT)
        return 1.0 / (1.0 + math.exp(-z))


def load_model() -> Model | None:
    """The model of ``RASD_CONFIDENCE_MODEL`` (a file ``rasd train event-confidence --output``
    wrote: to compare two models on the same reports, or use one trained on one's own gold),
    else the shipped one; None when no model file is installed."""
    chosen = os.environ.get("RASD_CONFIDENCE_MODEL", "").strip()
    if chosen and not Path(chosen).is_file():
        raise FileNotFoundError(f"RASD_CONFIDENCE_MODEL names no file: {chosen}")
    return _load(chosen or str(MODEL_PATH))


@cache
def _load(path: str) -> Model | None:
    file = Path(path)
    if not file.is_file():
        return None
    data = json.loads(file.read_text("utf-8"))
    # a file without "traits" (written before session 12) was fitted on both groups or on an
    # older set whose weights of the evidence traits are absent, and so zero: computing traits
    # no weight reads changes no score (REVIEW12 F7), so they are computed only when weighed
    weights = data["weights"]
    return Model(weights=weights, intercept=data["intercept"], threshold=data["threshold"],
                 min_sentences=data["min_sentences"],
                 evidence=EVIDENCE in data.get("traits", TRAITS) and any(map(_is_evidence, weights)))


def _is_evidence(trait: str) -> bool:
    return trait.startswith(EVIDENCE_KEYS)


def forget_model() -> None:
    """Read the model file again on next use (after ``rasd train event-confidence`` wrote it)."""
    _load.cache_clear()


def threshold(model: Model) -> float:
    """The model's threshold, or ``RASD_MIN_CONFIDENCE`` when set."""
    value = os.environ.get("RASD_MIN_CONFIDENCE", "").strip()
    if not value:
        return model.threshold
    try:
        cut = float(value)
    except ValueError:
        cut = math.nan
    if not 0.0 <= cut <= 1.0:  # also NaN; 5 would silently drop every mention of every report
        raise ValueError(f"RASD_MIN_CONFIDENCE must be a number from 0 to 1, not {value!r}")
    return cut


def features(e: EventMention, n_events: int, n_sentences: int, sentence: int) -> dict[str, float]:
    """The traits of one mention the model weighs (names ``family=value`` are one-hot)."""
    f: dict[str, float] = {}
    f["plover=" + (e.plover if e.plover in PLOVERS else "other")] = 1.0
    sided = any(ev.field == "trigger" and SIDES_TYPED in ev.rule for ev in e.evidence)
    f["sub=" + str(None if sided else e.sub_event_type)] = 1.0
    loc = e.location or {}
    kind = loc.get("kind")
    f["kind=" + (kind if kind in KINDS else ("none" if e.location is None else "other"))] = 1.0
    f["geo_precision=" + str(loc.get("geo_precision"))] = 1.0
    # the story's present day or a day page's (rasd.events.storyday) is the report's default,
    # no day the text tells: the model reads such a mention as undated, as it was fitted
    dated = e.event_date is not None and not any(ev.rule in PAGE_DAYS for ev in e.evidence)
    f["date"] = float(dated)
    f["time_precision=" + str(e.time_precision if dated else None)] = 1.0
    f["toll"] = float(e.fatalities is not None or e.injuries is not None)
    f["actor1"] = float(e.actor1 is not None)
    f["actor2"] = float(e.actor2 is not None)
    # the schema's "between armed actors": a refusal or request of an armed party is an event
    armed = sum((a or {}).get("type") in ARMED for a in (e.actor1, e.actor2))
    f["armed_parties"] = float(armed)
    f["plover=" + (e.plover if e.plover in PLOVERS else "other") + "|armed"] = float(armed > 0)
    told = {(ev.start, ev.end) for ev in e.evidence if ev.field == "event"}
    f["log_sentences_telling"] = math.log1p(len(told))
    for ev in e.evidence:
        family, _, rest = (UNDATED if ev.rule in PAGE_DAYS else ev.rule).partition(":")
        if family in ("date", "place") and rest:
            f[f"{family}_rule=" + rest.split("-")[0].split("+")[0].split("|")[0]] = 1.0
    f["ambiguous_trigger"] = float("ambiguous" in e.rule)
    f["log_trigger_words"] = math.log1p(len(e.trigger.split()))
    f["position"] = sentence / max(1, n_sentences)
    f["first_sentence"] = float(sentence == 0)
    f["log_report_sentences"] = math.log1p(n_sentences)
    f["log_report_mentions"] = math.log1p(n_events)
    f["mentions_per_sentence"] = n_events / max(1, n_sentences)
    # no "attribution" trait: the attribution stage runs after this one, so at run time it was
    # always unset while training (on finished documents) saw it set — a skew, removed in
    # session 10 (CONF10); every trait here must be known when the events stage scores
    return f


def family(e: EventMention) -> str:
    """The trigger family of the rule that found the mention ("trigger:air_strike|..." →
    "air_strike"): which kind of wording told it, a trait shared by every report."""
    head = e.rule.split("|")[0].split("+")[0]
    return head.partition(":")[2] or head


def evidence_features(e: EventMention, triggers_in_sentence: int) -> dict[str, float]:
    """Traits of the mention's own evidence: its trigger family, its sentence's length and how
    many triggers crowd it, and how far the place stands from the trigger (before or after it,
    in its sentence or another)."""
    f: dict[str, float] = {"family=" + family(e): 1.0}
    f["log_sentence_chars"] = math.log1p(max(0, e.sentence_end - e.sentence_start))
    f["log_triggers_in_sentence"] = math.log1p(triggers_in_sentence)
    trigger = next((ev for ev in e.evidence if ev.field == "trigger"), None)
    place = next((ev for ev in e.evidence if ev.field == "location"), None)
    if trigger is not None and place is not None:
        f["log_place_distance"] = math.log1p(abs(place.start - trigger.start))
        f["place_before_trigger"] = float(place.start < trigger.start)
        f["place_other_sentence"] = float(not e.sentence_start <= place.start < e.sentence_end)
    return f


def mention_features(doc: Document, events: list[EventMention], evidence: bool = True
                     ) -> list[dict[str, float]]:
    """:func:`features` of each of ``events`` in ``doc``, and unless ``evidence`` is false its
    :func:`evidence_features`."""
    starts = [s.start for s in doc.spans_of("SENT")]
    n = len(starts)
    triggers: dict[int, int] = {}
    for span in doc.spans_of("TRIGGER") if evidence else ():
        k = max(0, bisect_right(starts, span.start) - 1)
        triggers[k] = triggers.get(k, 0) + 1
    out = []
    for e in events:
        k = max(0, bisect_right(starts, e.sentence_start) - 1)
        f = features(e, len(events), n, k)
        if evidence:
            f.update(evidence_features(e, triggers.get(k, 0)))
        out.append(f)
    return out


def apply(doc: Document, events: list[EventMention], model: Model | None = None,
          drop: bool = True) -> list[EventMention]:
    """Give each mention its ``confidence``; unless ``drop`` is false, leave out those below the
    threshold in a report of ``min_sentences`` sentences or more (their trigger spans say so)."""
    model = model or load_model()
    if model is None or not events:
        return events
    for e, f in zip(events, mention_features(doc, events, model.evidence), strict=True):
        e.confidence = round(model.probability(f), 3)
    cut = threshold(model)
    if not drop or cut <= 0 or len(doc.spans_of("SENT")) < model.min_sentences:
        return events
    kept = [e for e in events if (e.confidence or 0.0) >= cut or _placeless_by_nature(e)]
    if len(kept) < len(events):
        kept_ids = {id(e) for e in kept}
        mark_dropped(doc, (e for e in events if id(e) not in kept_ids), kept, FILTER_RULE)
    return kept


def _placeless_by_nature(e: EventMention) -> bool:
    """A telephone call (PLOVER CONSULT, mode ``phone``: INTERACT25) has no place by nature; the
    model, fitted before rasd emitted calls, reads a missing place as the strongest sign of a
    mention no coder keeps, so a call is scored but not dropped until the model is retrained on
    calls (the lead's decision)."""
    return e.plover_mode in PLACELESS_MODES


def mark_dropped(doc: Document, dropped: Iterable[EventMention], kept: Iterable[EventMention],
                 rule: str) -> None:
    """Add ``|rule`` to the trigger spans of ``dropped`` mentions, once — not to a trigger a
    ``kept`` mention also rests on: one trigger split into several towns' events gives each
    its own fate, and the span of a trigger that yields an event is not marked as left out.
    Used by every filter that leaves mentions out (low confidence here, ``generic:unplaced``
    in rasd.events.build)."""
    told = {ev.start for e in kept for ev in e.evidence if ev.field == "trigger"}
    starts = {ev.start for e in dropped for ev in e.evidence if ev.field == "trigger"} - told
    if not starts:
        return
    for span in doc.spans_of("TRIGGER"):
        if span.start in starts and rule not in span.rule:
            span.rule += f"|{rule}"


def model_data(weights: dict[str, float], intercept: float, cut: float, min_sentences: int,
               trained: dict[str, Any], evidence: bool) -> dict[str, Any]:
    """The JSON :func:`load_model` reads (weights rounded, sorted for stable diffs); its
    "traits" name the groups it was fitted on."""
    return {"weights": {k: round(v, 6) for k, v in sorted(weights.items()) if abs(v) > 1e-9},
            "intercept": round(intercept, 6), "threshold": cut, "min_sentences": min_sentences,
            "traits": list(TRAITS if evidence else (MENTION,)), "trained": trained}


BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


@dataclass(frozen=True)
class Band:
    """Mentions whose confidence lies in ``[low, high)`` (the last band includes 1) and how
    many of them a coder's gold kept: what a user sorting by ``confidence`` may expect."""

    low: float
    high: float
    mentions: int
    matched: int

    @property
    def share(self) -> float:
        return self.matched / self.mentions if self.mentions else 0.0


def reliability(scored: Iterable[tuple[float, bool]], edges: tuple[float, ...] = BANDS) -> list[Band]:
    """Bands of ``(confidence, matched a required gold event)`` pairs, lowest first."""
    counts = [[0, 0] for _ in edges[:-1]]
    for p, ok in scored:
        k = min(bisect_right(edges, p) - 1, len(counts) - 1)
        counts[max(k, 0)][0] += 1
        counts[max(k, 0)][1] += int(ok)
    return [Band(lo, hi, n, m) for (lo, hi), (n, m) in zip(pairwise(edges), counts, strict=True)]
