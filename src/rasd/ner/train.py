"""Train the CRF: ANERcorp CAMeL Lab train split → ``rasd/data/models/ner.crfsuite``.

Training is deterministic (L-BFGS, fixed parameters, file order, seeded word
dropout), so the same data gives the same model.

Word dropout: each sentence is also added once more with the word-identity features
(``w=``, ``st=``, stem bigrams) removed from a random 60% of its tokens. A CRF fits
the identity of every training name and then leans on it; the copy makes it learn
the context, affix, cluster and gazetteer evidence that carries over to names it has
never seen (about +1 F1 on a held-out tail of the train split).
"""

from __future__ import annotations

import random
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
DROPOUT = 0.6
SEED = 7
_LEXICAL = ("w=", "st=", "bs-=", "bs+=")


def train(
    sentences: Sequence[Sentence],
    output: Path = MODEL_PATH,
    params: dict | None = None,
    verbose: bool = False,
    dropout: float = DROPOUT,
) -> Path:
    """Fit a CRF on ``sentences`` (plus their word-dropout copies) and write it to ``output``."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    rng = random.Random(SEED)
    for sent in sentences:
        feats = sequence_features(sent.tokens)
        trainer.append(feats, list(sent.tags))
        if dropout > 0:
            dropped = [
                tuple(a for a in x if not a.startswith(_LEXICAL)) if rng.random() < dropout else x
                for x in feats
            ]
            trainer.append(dropped, list(sent.tags))
    trainer.set_params({**PARAMS, **(params or {})})
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return output
