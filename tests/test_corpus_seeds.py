"""The two reports of the T4 meeting (seeds 000 and 001) through the whole ingest."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.ingest.run import ingest
from rasd.records import validate
from rasd.store.sqlite import Store

MEETING = ("000_8d1b538be352b408", "001_80110197ea66d6f4")


def _input(tmp_path: Path, seeds: dict) -> Path:
    path = tmp_path / "seeds.jsonl"
    with path.open("w", encoding="utf-8") as sink:
        for seed_id in MEETING:
            meta = seeds[seed_id]
            sink.write(json.dumps({"id": seed_id, "text": meta["text"], "outlet": meta["outlet"],
                                   "url": meta["url"], "published": meta["published"]}, ensure_ascii=False) + "\n")
    return path


def test_seeds_000_and_001_are_one_story_with_one_merged_meeting_at_t4(tmp_path: Path, seeds: dict) -> None:
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(_input(tmp_path, seeds))], store)
        stories = store.stories(min_size=2)
        meetings = [r for r in store.event_records() if r["plover"] == "CONSULT" and len(r["doc_ids"]) == 2]
    assert summary.stored == 2
    assert [sorted(d["id"] for d in s["docs"]) for s in stories] == [list(MEETING)]
    (meeting,) = meetings
    assert "T4" in meeting["location"]["name"]
    assert {s["outlet"] for s in meeting["sources"]} == {"Halab Today TV", "Levant News"}
    assert meeting["independent_source_count"] == 2
    validate(meeting)


def test_three_outlets_on_the_albukamal_strike_merge_with_the_rewrite_counted_once(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    with Store(tmp_path / "s.db") as store:
        ingest([str(corpus)], store)
        (strike,) = [r for r in store.event_records() if {"sample-01", "sample-02"} <= set(r["doc_ids"])]
        relations = {r["doc_id"]: r["other_id"] for r in store.relations()}
    assert relations["sample-12"] == "sample-01"
    assert set(strike["doc_ids"]) == {"sample-01", "sample-02", "sample-12"}
    assert (strike["source_count"], strike["independent_source_count"]) == (3, 2)
    assert (strike["fatalities"], strike["fatalities_max"]) == (4, 12)
    assert any(c.startswith("fatalities: 4 (Badia 24) vs 12 ") for c in strike["contradictions"])
