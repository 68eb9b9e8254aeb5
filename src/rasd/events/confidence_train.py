"""Training the event-confidence model (:mod:`rasd.events.confidence`) on the public
unseen-report gold: ``rasd train event-confidence``.

Every mention the pipeline emits on the gold's articles (none dropped) is labelled by the
scorer's own matching (:func:`rasd.events.evaluate.match_labels`): one that matches a required
gold event is a positive, one that matches nothing a negative, one that matches an optional
event is left out of the fit (the score leaves it out too). A logistic regression
(scikit-learn, L2) is fitted on them; the threshold is the one whose leave-one-draw-out score is
best — each draw's mentions are scored by a model fitted on the other draws, so the chosen
threshold and the printed table say how the filter does on articles it was not fitted on. At
each threshold the kept mentions are scored again by the event scorer itself
(:func:`rasd.events.evaluate.score_events`), so a row of the table is the F1 ``rasd eval events
--unseen`` would give with those mentions (a repeat of a happening left out lets the scorer
match another mention of it, which fixed labels would count as a loss). The project gold (the
seeds and ``examples/corpus``) is one more draw when the seeds are at hand.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rasd.document import Document, EventMention
from rasd.events import confidence
from rasd.metrics import PRF

THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 13))  # 0 (keep all) … 0.6
MIN_SENTENCES = 4  # as the unplaced-mention rule: a report whose context had its chance
# counts that grow with the report's length: the unseen gold's long pages fit them and short
# reports get them by extrapolation (CONF13); ``sizes=False`` leaves them out of the fit
SIZE_TRAITS = frozenset({"log_report_sentences", "log_report_mentions"})


@dataclass(frozen=True)
class Row:
    draw: str
    features: dict[str, float]
    label: bool | None  # None: matches an optional gold event (scored, not trained on)
    fixed: bool = False  # in a report too short for the filter: always kept, not trained on
    doc_id: str = ""
    mention: EventMention | None = None

    @property
    def trained(self) -> bool:
        return self.label is not None and not self.fixed


@dataclass(frozen=True)
class Cell(PRF):
    """The mentions kept at one threshold and how many match a required gold event; P, R and
    F1 as the event score computes them (:class:`rasd.metrics.PRF`)."""

    threshold: float
    kept: int
    matched: int
    required: int

    def counts(self) -> tuple[int, int, int]:
        return self.matched, self.kept, self.required


def training_rows(gold: list[dict[str, Any]], documents: Sequence[Any], evidence: bool = False) -> list[Row]:
    """Run the pipeline, dropping nothing, on ``documents`` and label every mention (its traits
    with those of its own evidence when ``evidence``)."""
    from rasd.pipeline import build

    pipeline = build()
    for step in pipeline.stages:  # this pipeline's events stage keeps every mention
        if step.name == "events":
            step.drop = False
    return label_rows(gold, [pipeline(d) for d in documents], evidence)


def label_rows(gold: list[dict[str, Any]], docs: Sequence[Document], evidence: bool = False) -> list[Row]:
    """One row per mention of the processed ``docs``: its traits and its label by the scorer's
    own matching (a document without mentions gives no row; the scorer still counts its gold)."""
    from rasd.events.evaluate import match_labels

    labels = match_labels(gold, {d.id: d.events for d in docs})
    draw_of = {g["doc_id"]: g.get("set") or "" for g in gold}
    rows = []
    for doc in docs:
        fixed = len(doc.spans_of("SENT")) < MIN_SENTENCES
        for e, f in zip(doc.events, confidence.mention_features(doc, doc.events, evidence), strict=True):
            rows.append(Row(draw_of[doc.id], f, labels[id(e)], fixed, doc.id, e))
    return rows


def fit(rows: Sequence[Row], c: float, project_weight: float = 1.0) -> tuple[dict[str, float], float]:
    """Weights and intercept of an L2 logistic regression on ``rows``, each mention of the draw
    named ``project`` (the reference reports) counted ``project_weight`` times."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if r.trained]
    vec = DictVectorizer()
    x = vec.fit_transform([r.features for r in rows])
    weight = [project_weight if r.draw == "project" else 1.0 for r in rows]
    model = LogisticRegression(C=c, max_iter=5000).fit(x, [r.label for r in rows], sample_weight=weight)
    return dict(zip(vec.feature_names_, map(float, model.coef_[0]), strict=True)), float(model.intercept_[0])


def held_out_probabilities(rows: Sequence[Row], c: float, project_weight: float = 1.0) -> list[float]:
    """Leave one draw out: each row's probability from a model fitted on the other draws."""
    probability = [0.0] * len(rows)
    for draw in sorted({r.draw for r in rows}):
        weights, intercept = fit([r for r in rows if r.draw != draw], c, project_weight)
        model = confidence.Model(weights, intercept, 0.0, MIN_SENTENCES)
        for k, r in enumerate(rows):
            if r.draw == draw:
                probability[k] = model.probability(r.features)
    return probability


def table(rows: Sequence[Row], probability: Sequence[float], gold: list[dict[str, Any]]) -> list[Cell]:
    """The event score of the mentions kept at every threshold (those of short reports always
    kept), the scorer re-run on them against ``gold`` (:func:`score_events`): kept mentions
    matching an optional gold event count as neither, as in ``rasd eval events``."""
    from rasd.events.evaluate import score_events

    cells = []
    for t in THRESHOLDS:
        system: dict[str, list[EventMention]] = {}
        for r, p in zip(rows, probability, strict=True):
            if r.mention is not None and (r.fixed or p >= t):
                system.setdefault(r.doc_id, []).append(r.mention)
        score = score_events(gold, system)
        cells.append(Cell(t, score.system, score.matched, score.gold))
    return cells


def train(gold: list[dict[str, Any]], documents: Sequence[Any], c: float = 0.3, evidence: bool = False,
          sizes: bool = True, project_weight: float = 1.0
          ) -> tuple[dict[str, Any], list[Cell], list[Cell], list[confidence.Band]]:
    """:func:`train_rows` on the labelled mentions of ``documents`` (the pipeline run here),
    with the traits of their own evidence when ``evidence`` (off by default: CONF12)."""
    return train_rows(gold, training_rows(gold, documents, evidence), c, evidence, sizes, project_weight)


def without_sizes(rows: Sequence[Row]) -> list[Row]:
    """``rows`` with the :data:`SIZE_TRAITS` taken out of their traits."""
    return [replace(r, features={k: v for k, v in r.features.items() if k not in SIZE_TRAITS}) for r in rows]


def train_rows(gold: list[dict[str, Any]], rows: Sequence[Row], c: float = 0.3, evidence: bool = False,
               sizes: bool = True, project_weight: float = 1.0
               ) -> tuple[dict[str, Any], list[Cell], list[Cell], list[confidence.Band]]:
    """The model file's data, the leave-one-draw-out table, that table for the draw named
    ``project`` alone (empty when there is none), and the leave-one-draw-out reliability
    bands of the mentions the filter may drop (those of reports long enough). ``evidence``
    says whether ``rows`` carry the evidence traits (:func:`label_rows`); the file records it.
    Unless ``sizes``, the :data:`SIZE_TRAITS` are left out (the file has no weight for them).
    The project gold's mentions count ``project_weight`` times in every fit (CONF14)."""
    if not sizes:
        rows = without_sizes(rows)
    probability = held_out_probabilities(rows, c, project_weight)
    cells = table(rows, probability, gold)
    best = max(cells, key=lambda cell: (round(cell.f1, 4), -cell.threshold))
    mine = [k for k, r in enumerate(rows) if r.draw == "project"]
    project = table([rows[k] for k in mine], [probability[k] for k in mine],
                    [g for g in gold if g.get("set") == "project"]) if mine else []
    weights, intercept = fit(rows, c, project_weight)
    trained = {
        "data": "rasd/data/gold/unseen_gold.jsonl (public unseen-report gold)"
                + (" + the project gold (seeds, examples/corpus)" if mine else ""),
        "draws": sorted({r.draw for r in rows}),
        "mentions": sum(r.trained for r in rows),
        "positives": sum(bool(r.label) for r in rows if r.trained), "C": c, "size_traits": sizes,
        "project_weight": project_weight,
        "cv_f1_keep_all": round(cells[0].f1, 4), "cv_f1_at_threshold": round(best.f1, 4),
        "commit": _commit(),
    }
    bands = confidence.reliability((p, bool(r.label)) for r, p in zip(rows, probability, strict=True)
                                   if r.trained)
    data = confidence.model_data(weights, intercept, best.threshold, MIN_SENTENCES, trained, evidence)
    return data, cells, project, bands


def _commit() -> str | None:
    """The checkout the model was trained from, "-dirty" when its files had changes not
    committed (the usual case while training): the rules scored may not be HEAD's."""
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True,
                             cwd=Path(__file__).parent, timeout=5, check=False)
    except OSError:
        return None
    return out.stdout.strip() or None
