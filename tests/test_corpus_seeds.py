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
