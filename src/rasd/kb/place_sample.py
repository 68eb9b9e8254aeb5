"""A reproducible sample of place links for judging by hand.

``python -m rasd.kb.place_sample --articles 30 --seed 7 > places.tsv`` runs the whole
document pipeline on ``--articles`` UnifiedFC articles drawn at random (``--seed``) and
prints each distinct (article, surface, result) once, with its count and context, as
tab-separated lines: the list judged in docs/EVALUATION.md (places section).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator

from rasd.datasets import unifiedfc_articles
from rasd.document import Document, Meta
from rasd.pipeline import DOCUMENT_STAGES, build


def sample_rows(articles: int, seed: int, until: str | None = None) -> Iterator[tuple[str, ...]]:
    """``until``: run the pipeline only up to this stage (PLACE spans are made by
    ``places``; later stages do not change them)."""
    arts = list(unifiedfc_articles())
    random.Random(seed).shuffle(arts)
    stages = list(DOCUMENT_STAGES)
    if until is not None:
        stages = stages[: stages.index(until) + 1]
    pipe = build(stages)
    for a in arts[:articles]:
        doc = pipe(Document(Meta(id=f"{a.claim_id}-{a.index}"), raw=a.text))
        seen: dict[tuple[str, ...], list[int]] = {}
        for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED"):
            v = s.value or {}
            result = (f"{v.get('name')}/{v.get('country')}/{v.get('geo_precision')}"
                      if s.label == "PLACE" else f"UNRESOLVED:{v.get('reason')}")
            seen.setdefault((doc.text[s.start:s.end], result), []).append(s.start)
        for (surface, result), starts in seen.items():
            at = starts[0]
            ctx = doc.text[max(0, at - 50):at + len(surface) + 40].replace("\n", " ")
            yield doc.meta.id, surface, result, str(len(starts)), ctx


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--until", default=None, help="last pipeline stage to run (e.g. places)")
    args = ap.parse_args()
    for row in sample_rows(args.articles, args.seed, args.until):
        print("\t".join(row))


if __name__ == "__main__":
    main()
