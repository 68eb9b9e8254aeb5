"""Train the CRF: ANERcorp CAMeL Lab train split → ``rasd/data/models/ner.crfsuite``.

Training is deterministic (L-BFGS, fixed parameters, file order), so the same data
gives the same model.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from rasd.ner.corpus import Sentence
from rasd.ner.features import sequence_features

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "ner.crfsuite"

PARAMS = {
    "c1": 0.5,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


def train(
    sentences: Sequence[Sentence],
    output: Path = MODEL_PATH,
    params: dict | None = None,
    verbose: bool = False,
) -> Path:
    """Fit a CRF on ``sentences`` and write it to ``output``."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    for sent in sentences:
        trainer.append(sequence_features(sent.tokens), list(sent.tags))
    trainer.set_params({**PARAMS, **(params or {})})
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return output
