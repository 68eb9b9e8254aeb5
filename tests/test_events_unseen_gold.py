"""The unseen-report gold (real UnifiedFC articles annotated blind) and how it is scored:
listed documents without events, optional gold events, required ones matched first."""

from __future__ import annotations

import gzip
import json

from rasd.document import EventMention
from rasd.events.evaluate import (
    UNIFIEDFC_PREFIX,
    UNSEEN_GOLD,
    gold_document_ids,
    gold_events,
    score_events,
)


def _place(name: str) -> dict[str, str]:
    return {"name": name}


def test_an_event_in_a_listed_document_without_gold_counts_against_precision():
    gold = [{"doc_id": "d1", "document": True}, {"doc_id": "d2", "plover": "ASSAULT", "location": ["Homs"]}]
    system = {"d1": [EventMention("ASSAULT", 0, 1, location=_place("Hama"))],
              "d2": [EventMention("ASSAULT", 0, 1, location=_place("Homs"))]}
    score = score_events(gold, system)
    assert (score.matched, score.system, score.gold) == (1, 2, 1)
    assert gold_document_ids(gold) == {"d1", "d2"}


def test_an_optional_gold_event_is_neither_found_nor_extra_and_never_takes_a_required_match():
    gold = [{"doc_id": "d", "plover": "ASSAULT", "optional": True, "location": None},
            {"doc_id": "d", "plover": "ASSAULT", "location": ["Homs"]}]
    homs = EventMention("ASSAULT", 0, 1, location=_place("Homs"))
    elsewhere = EventMention("ASSAULT", 0, 1, location=_place("Hama"))
    score = score_events(gold, {"d": [homs, elsewhere]})
    # the required Homs event takes the Homs mention although the optional line comes first;
    # the Hama mention matches the optional line and leaves both counts
    assert (score.matched, score.system, score.gold, score.optional) == (1, 1, 1, 1)
    assert score.precision == 1.0 and not score.extras
    # the optional line unmatched is no miss
    score = score_events(gold, {"d": [homs]})
    assert (score.matched, score.gold, score.optional) == (1, 1, 0) and not score.misses


def test_the_unseen_gold_names_real_unifiedfc_articles_and_lists_every_document(evalkit):
    gold = gold_events(name=UNSEEN_GOLD)
    documents = {g["doc_id"] for g in gold if g.get("document")}
    assert gold_document_ids(gold) == documents  # every gold event's document is listed as read
    assert all(g["doc_id"].startswith(UNIFIEDFC_PREFIX) and g.get("set") for g in gold)
    path = evalkit / "unifiedfc-baly2018" / "unifiedfc_claims_articles.jsonl.gz"
    ids = set()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            claim = json.loads(line)
            ids.update(f"{UNIFIEDFC_PREFIX}{claim['id']}#{i}" for i in range(len(claim["article"])))
    assert documents <= ids
    names = [s for g in gold for key in ("actor1", "actor2", "location") for s in g.get(key) or []]
    # names, not passages of the articles (ACLED's longest names run to thirteen words: "MINUSCA:
    # United Nations Multidimensional Integrated Stabilization Mission in the Central African
    # Republic (2014-)", in R18)
    assert all(len(s.split()) <= 14 for s in names)
