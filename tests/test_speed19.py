"""SPEED19: ``rasd extract`` runs the pipeline once per repeated text (rasd.repeats), and the
events stage tests outlets against a sorted table (rasd.events.arguments._overlap_test)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rasd.api
from rasd.document import Document, Meta
from rasd.events.arguments import _overlap_test
from rasd.records import mention_record
from rasd.repeats import Repeats, repeat_key
from tests.helpers import extract_command

STRIKE = ("قصفت طائرات حربية مجهولة بلدة الميادين في ريف دير الزور الشرقي صباح اليوم الأحد، "
          "ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين بجروح.")
ADDRESS = "https://example.org/news/strike"


def test_a_repeated_text_is_read_once_and_written_under_its_own_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"id": "first", "text": STRIKE, "url": ADDRESS, "published": "2017-03-05"},
            {"id": "again", "text": STRIKE, "url": ADDRESS, "published": "2017-03-05"}]
    records, calls = extract_command(tmp_path, rows, monkeypatch)
    assert calls == 1
    first = [r for r in records if r["doc_ids"] == ["first"]]
    again = [r for r in records if r["doc_ids"] == ["again"]]
    assert first and len(first) == len(again)
    # the copy's records are what a run of its own gives: the same mentions under its id
    doc = rasd.api.pipeline()(Document(Meta(id="again", url=ADDRESS, published="2017-03-05"), raw=STRIKE))
    assert again == [json.loads(json.dumps(mention_record(doc.meta, k, m), ensure_ascii=False))
                     for k, m in enumerate(doc.events)]
    assert {r["event_id"] for r in first}.isdisjoint(r["event_id"] for r in again)


def test_the_same_text_published_another_day_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"id": "sunday", "text": STRIKE, "url": ADDRESS, "published": "2017-03-05"},
            {"id": "later", "text": STRIKE, "url": ADDRESS, "published": "2017-03-12"}]
    records, calls = extract_command(tmp_path, rows, monkeypatch)
    assert calls == 2
    dates = {r["doc_ids"][0]: r["event_date"] for r in records}
    assert dates == {"sunday": "2017-03-05", "later": "2017-03-12"}


def test_the_key_reads_the_text_and_the_metadata_the_stages_read() -> None:
    meta = Meta(id="a", url=ADDRESS, published="2017-03-05", source_path="one.jsonl")
    key = repeat_key(meta, STRIKE)
    assert repeat_key(replace(meta, id="b", source_path="two.jsonl"), STRIKE) == key
    assert repeat_key(replace(meta, published="2017-03-06"), STRIKE) != key
    assert repeat_key(replace(meta, title="عنوان آخر"), STRIKE) != key
    assert repeat_key(meta, " " + STRIKE) != key  # offsets count from the first character


def test_repeats_keep_the_last_documents_only() -> None:
    seen = Repeats(kept=2)
    seen.add(b"one", [])
    seen.add(b"two", [])
    assert seen.get(b"one") == []  # met again: now the latest
    seen.add(b"three", [])
    assert seen.get(b"two") is None
    assert seen.get(b"one") == [] and seen.get(b"three") == []
    assert seen.reused == 3


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@given(spans, st.integers(0, 70), st.integers(0, 20))
def test_the_outlet_table_answers_as_a_pass_over_the_outlets(outlets: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    assert _overlap_test(outlets)(start, end) == any(s < end and start < e for s, e in outlets)
