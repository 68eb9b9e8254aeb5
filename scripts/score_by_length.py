"""Score the unseen-report gold's documents of one length band, filter on and off, in one run.

    PYTHONPATH=src python scripts/score_by_length.py MIN MAX [--errors]

Documents whose UnifiedFC article text has MIN <= characters < MAX (SHORT21 read 1,000–2,000:
the newsroom briefs, teasers and agency flashes) are run once with the confidence filter's
drop turned off; the filter on is then the model's threshold applied to the same mentions (a
report of fewer than the model's ``min_sentences`` keeps every mention, as the events stage
does). ``--errors`` lists the misses and extras with the filter on, as ``rasd eval events
--errors`` does.
"""

from __future__ import annotations

import sys

from rasd.document import Document, EventMention
from rasd.events import confidence
from rasd.events.evaluate import UNSEEN_GOLD, gold_events, score_events, unifiedfc_documents
from rasd.pipeline import build
from rasd.stages.events import Events


def kept(doc: Document, model: confidence.Model, cut: float) -> list[EventMention]:
    if len(doc.spans_of("SENT")) < model.min_sentences:
        return list(doc.events)
    return [e for e in doc.events if (e.confidence or 0.0) >= cut]


def main(least: int, most: int, errors: bool) -> None:
    gold = gold_events(name=UNSEEN_GOLD)
    Events.drop = False
    pipeline = build()
    model = confidence.load_model()
    if model is None:
        raise SystemExit("no confidence model")
    cut = confidence.threshold(model)
    docs = [pipeline(d) for d in unifiedfc_documents({g["doc_id"] for g in gold}) if least <= len(d.raw) < most]
    ids = {d.id for d in docs}
    part = [g for g in gold if g["doc_id"] in ids]
    on = score_events(part, {d.id: kept(d, model, cut) for d in docs})
    for name, score in (("on", on), ("off", score_events(part, {d.id: list(d.events) for d in docs}))):
        print(f"filter {name}: documents {len(docs)}  gold {score.gold}  system {score.system}  matched "
              f"{score.matched}  P {100 * score.precision:.1f}  R {100 * score.recall:.1f}  F1 {100 * score.f1:.1f}")
    if errors:
        print("\n".join([f"MISS  {line}" for line in on.misses] + [f"EXTRA {line}" for line in on.extras]))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), "--errors" in sys.argv[3:])
