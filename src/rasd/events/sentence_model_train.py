"""Training the GSR sentence model (:mod:`rasd.events.sentence_model`): ``rasd train gsr-sentence``.

Only the GSR's development rows (hash bucket 0, ``rasd eval gsr --portion dev``) are read; the
held-out rows (buckets 1-4) never are. Each row is run through the pipeline as ``rasd eval gsr``
runs it, its traits read (:func:`rasd.events.sentence_model.sentence_features`), and an L2
logistic regression (scikit-learn, classes balanced) fitted on "yes" against "easy no" and
"difficult no". The groups of traits, the regularisation and the threshold are chosen by
repeated stratified k-fold cross-validation inside the development rows (:func:`select`): the
setting whose pooled out-of-fold F1, averaged over the repeats, is best. Because that choice is
itself fitted to the folds, :func:`nested` also measures the whole procedure (choice included)
on outer folds it never saw: the figure to expect on new rows of the same kind.

``rasd train gsr-sentence --embedding use`` (GSR22) chooses among groups that add the sentence's
embedding (:data:`USE_GROUPS`) and may keep only the words met in at least ``word_min`` training
rows (a sparser word model).

GSR23: training may also read sentences labelled from rasd's own blind gold
(:mod:`rasd.events.gold_sentences`, ``--unseen-gold``): they are always in the training folds and
never scored, so every figure is still the development rows'. Each source's rows are balanced
between "yes" and "no" within the source, and the gold sentences' total weight is
``extra_weight`` times their number (:func:`sample_weights`); the grid's ``extra_weights``
(0: without them) are chosen by the same cross-validation.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any

from rasd.events.sentence_model import EMBEDDING_PREFIX, PIPELINE, USE, WORDS, SentenceModel

GROUPS: tuple[tuple[str, ...], ...] = ((PIPELINE,), (PIPELINE, WORDS))
USE_GROUPS: tuple[tuple[str, ...], ...] = ((PIPELINE, USE), (PIPELINE, WORDS, USE))
CS = (0.03, 0.1, 0.3, 1.0)
WORD_MIN = (1,)  # keep a word met in at least this many training rows (1: every word)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))  # 0.10 … 0.90
FOLDS, REPEATS = 5, 5


@dataclass(frozen=True)
class Grid:
    """The settings cross-validation chooses among."""

    groups: tuple[tuple[str, ...], ...] = GROUPS
    cs: tuple[float, ...] = CS
    word_min: tuple[int, ...] = WORD_MIN
    extra_weights: tuple[float, ...] = (0.0,)  # weights of the gold sentences to choose among (GSR23)

    def settings(self) -> list[tuple[tuple[str, ...], float, int]]:
        return [(g, c, m) for g, c, m in product(self.groups, self.cs, self.word_min)
                if m == 1 or WORDS in g]


@dataclass(frozen=True)
class Row:
    id: str
    label: str  # yes | easy no | difficult no (a gold sentence: yes | no)
    features: dict[str, float]
    source: str = "gsr"  # gsr: a GSR development row; gold: a sentence labelled from the unseen gold

    @property
    def positive(self) -> bool:
        return self.label == "yes"


@dataclass(frozen=True)
class Setting:
    traits: tuple[str, ...]
    c: float
    threshold: float
    f1: float  # mean over the repeats of the pooled out-of-fold F1 at the threshold
    spread: float  # its standard deviation over the repeats
    word_min: int = 1
    extra_weight: float = 0.0  # the gold sentences' weight (0: not read)


def group_of(name: str) -> str:
    """The group of a trait name: words are ``w=``, an embedding its prefix, the rest pipeline."""
    if name.startswith("w="):
        return WORDS
    return next((g for g, prefix in EMBEDDING_PREFIX.items() if name.startswith(prefix)), PIPELINE)


def restrict(features: dict[str, float], traits: Sequence[str]) -> dict[str, float]:
    """The traits of ``features`` in the groups ``traits`` (word traits are named ``w=``,
    embedding traits by :data:`EMBEDDING_PREFIX`)."""
    return {k: v for k, v in features.items() if group_of(k) in traits}


def frequent_words(rows: Sequence[Row], word_min: int) -> set[str] | None:
    """The word traits met in at least ``word_min`` of ``rows`` (None: keep every word)."""
    if word_min <= 1:
        return None
    seen = Counter(k for r in rows for k in r.features if k.startswith("w="))
    return {k for k, n in seen.items() if n >= word_min}


def sample_weights(rows: Sequence[Row], extra_weight: float = 1.0) -> list[float]:
    """Each row's weight: classes balanced within each source (for the GSR's rows alone, what
    scikit-learn's ``class_weight="balanced"`` gives), the gold sentences' times ``extra_weight``."""
    count = Counter((r.source, r.positive) for r in rows)
    size = Counter(r.source for r in rows)
    return [(extra_weight if r.source == "gold" else 1.0) * size[r.source] / (2 * count[r.source, r.positive])
            for r in rows]


def fit(rows: Sequence[Row], traits: Sequence[str], c: float, word_min: int = 1,
        extra_weight: float = 1.0) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    keep = frequent_words(rows, word_min)
    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in restrict(r.features, traits).items()
                            if keep is None or not k.startswith("w=") or k in keep} for r in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(x, [r.positive for r in rows],
                                                      sample_weight=sample_weights(rows, extra_weight))
    return dict(zip(vec.feature_names_, map(float, model.coef_[0]), strict=True)), float(model.intercept_[0])


def f1(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    wrong = sum(g != p for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def _folds(rows: Sequence[Row], seed: int) -> list[list[int]]:
    from sklearn.model_selection import StratifiedKFold

    labels = [r.positive for r in rows]
    return [list(test) for _, test in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(labels, labels)]


def out_of_fold(rows: Sequence[Row], traits: Sequence[str], c: float, seed: int, word_min: int = 1,
                extra: Sequence[Row] = (), extra_weight: float = 0.0) -> list[float]:
    """Each row's probability from a model fitted on the other folds (and on ``extra``, the gold
    sentences, when ``extra_weight`` is above 0)."""
    probability = [0.0] * len(rows)
    added = list(extra) if extra_weight > 0 else []
    for test in _folds(rows, seed):
        held = set(test)
        weights, intercept = fit([r for k, r in enumerate(rows) if k not in held] + added, traits, c, word_min,
                                 extra_weight)
        model = SentenceModel("", weights, intercept, 0.5, tuple(traits))
        for k in test:
            probability[k] = model.probability(restrict(rows[k].features, traits))
    return probability


def select(rows: Sequence[Row], repeats: int = REPEATS, seed: int = 0,
           grid: Grid = Grid(), extra: Sequence[Row] = ()) -> tuple[Setting, list[Setting]]:
    """The best setting (groups, C, word cut, gold sentences' weight, threshold) by repeated
    k-fold cross-validation on ``rows``, and the best threshold of every other choice."""
    gold = [r.positive for r in rows]
    table = []
    for (traits, c, word_min), w in product(grid.settings(), grid.extra_weights):
        runs = [out_of_fold(rows, traits, c, seed + k, word_min, extra, w) for k in range(repeats)]
        scores = {t: [f1(gold, [p >= t for p in run]) for run in runs] for t in THRESHOLDS}
        t = max(THRESHOLDS, key=lambda t: (round(statistics.mean(scores[t]), 6), -abs(t - 0.5)))
        spread = statistics.stdev(scores[t]) if repeats > 1 else 0.0
        table.append(Setting(traits, c, t, statistics.mean(scores[t]), spread, word_min, w))
    return max(table, key=lambda s: round(s.f1, 6)), table


def _train_on(train: Sequence[Row], extra: Sequence[Row], best: Setting) -> tuple[dict[str, float], float]:
    added = list(extra) if best.extra_weight > 0 else []
    return fit(list(train) + added, best.traits, best.c, best.word_min, best.extra_weight)


def nested(rows: Sequence[Row], repeats: int = 2, grid: Grid = Grid(), extra: Sequence[Row] = ()) -> list[float]:
    """The F1 of the whole procedure on outer folds it never saw: for each outer fold the
    setting is chosen by :func:`select` on the other folds (one inner repeat), fitted there,
    and scored on the fold, pooled per outer repeat."""
    gold = [r.positive for r in rows]
    scores = []
    for rep in range(repeats):
        predicted = [False] * len(rows)
        for test in _folds(rows, 100 + rep):
            held = set(test)
            train = [r for k, r in enumerate(rows) if k not in held]
            best, _ = select(train, repeats=1, seed=200 + rep, grid=grid, extra=extra)
            weights, intercept = _train_on(train, extra, best)
            model = SentenceModel("", weights, intercept, best.threshold, best.traits)
            for k in test:
                predicted[k] = model.probability(restrict(rows[k].features, best.traits)) >= best.threshold
        scores.append(f1(gold, predicted))
    return scores


def train(plover: str, rows: Sequence[Row], grid: Grid = Grid(), extra: Sequence[Row] = ()
          ) -> tuple[SentenceModel, Setting, list[Setting], list[float], dict[str, Any]]:
    """The model fitted on every row (and the gold sentences ``extra`` at the chosen weight) with
    the chosen setting, that setting, the selection table, the nested estimate, and what the
    model file records of its training."""
    best, table = select(rows, grid=grid, extra=extra)
    honest = nested(rows, grid=grid, extra=extra)
    weights, intercept = _train_on(rows, extra, best)
    model = SentenceModel(plover, weights, intercept, best.threshold, best.traits)
    trained = {"data": "arabic-event-gsr, development rows only (hash bucket 0)", "rows": len(rows),
               "positives": sum(r.positive for r in rows), "C": best.c, "class_weight": "balanced",
               "cv": f"{REPEATS} x stratified {FOLDS}-fold", "cv_f1": round(best.f1, 4),
               "cv_f1_sd": round(best.spread, 4), "nested_f1": [round(s, 4) for s in honest]}
    if best.word_min > 1:
        trained["word_min"] = best.word_min
    if best.extra_weight > 0:
        trained["also"] = ("sentences labelled from rasd's unseen-report gold (rasd.events.gold_sentences), "
                           "in every training fold, never scored")
        trained["extra_rows"] = len(extra)
        trained["extra_positives"] = sum(r.positive for r in extra)
        trained["extra_weight"] = best.extra_weight
    return model, best, table, honest, trained

