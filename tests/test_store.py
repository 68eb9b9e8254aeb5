"""SQLite store: migrations, whole-document transactions, round trips."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from rasd.store.migrations import MIGRATIONS
from rasd.store.sqlite import Store
from tests.helpers import strike_document


def test_new_database_is_at_the_latest_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        assert store.version == len(MIGRATIONS)


def test_document_round_trips_with_spans_and_mentions(tmp_path: Path) -> None:
    doc = strike_document("d1", "Sharq Network", 12)
    with Store(tmp_path / "r.db") as store:
        store.add_document(doc)
        back = store.document("d1")
    assert back is not None
    assert back.text == doc.text
    assert [s.label for s in back.spans] == ["SENT"]
    assert back.events[0].fatalities == 12
    assert back.events[0].location["name_ar"] == "البوكمال"


def test_a_failing_document_write_leaves_nothing_behind(tmp_path: Path) -> None:
    doc = strike_document("d1", "Sharq Network", 12)
    doc.add(0, 3, "BROKEN", stage="test", rule="test", value={"not": {1, 2}})  # not JSON-serialisable
    with Store(tmp_path / "r.db") as store:
        with pytest.raises(TypeError):
            store.add_document(doc)
        assert store.counts()["documents"] == 0
        assert store.counts()["annotations"] == 0


def test_the_same_content_cannot_be_stored_twice(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        store.add_document(strike_document("d1", "Sharq Network", 12))
        with pytest.raises(sqlite3.IntegrityError):
            store.add_document(strike_document("d2", "Sharq Network", 12))  # same text, new id
        assert store.document_ids() == ["d1"]


def test_database_is_readable_with_plain_sqlite(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        store.add_document(strike_document("d1", "Sharq Network", 12))
    rows = sqlite3.connect(tmp_path / "r.db").execute("SELECT plover, event_date FROM event_mentions").fetchall()
    assert rows == [("ASSAULT", "2023-03-14")]


def _old_database(path: Path, version: int) -> sqlite3.Connection:
    """A database as an older rasd left it: migrations up to ``version`` only."""
    db = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:version]:
        for statement in (s.strip() for s in script.split(";")):
            if statement:
                db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    return db


def test_spans_stored_one_row_each_by_older_versions_read_back_the_same(tmp_path: Path) -> None:
    doc = strike_document("d1", "Sharq Network", 12)
    values = [{"name": "البوكمال", "latitude": 34.45, "chain": ["a", "b"]}, "air_strike", None, 32, True]
    db = _old_database(tmp_path / "r.db", 4)
    db.execute("INSERT INTO documents (id, content_hash, raw, text) VALUES (?, ?, ?, ?)",
               ("d1", doc.hash, doc.raw, doc.text))
    for i, value in enumerate(reversed(values)):  # rows out of text order
        start = 2 * (len(values) - 1 - i)
        db.execute('INSERT INTO annotations (doc_id, start, "end", label, stage, rule, value, score)'
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   ("d1", start, start + 2, "L", "test", f"r{start}",
                    None if value is None else json.dumps(value, ensure_ascii=False), 0.5))
    db.close()
    with Store(tmp_path / "r.db") as store:
        assert store.version == len(MIGRATIONS)
        back = store.document("d1")
        view = store.db.execute('SELECT start, value FROM annotations WHERE doc_id = ? ORDER BY start',
                                ("d1",)).fetchall()
        counted = store.counts()["annotations"]
    assert back is not None
    assert [(s.start, s.end, s.rule, s.value, s.score) for s in back.spans] == [
        (2 * i, 2 * i + 2, f"r{2 * i}", value, 0.5) for i, value in enumerate(values)]
    assert [None if v is None else json.loads(v) for _, v in view] == values
    assert counted == len(values)


def test_annotations_view_lists_every_span_with_its_json_value(tmp_path: Path) -> None:
    doc = strike_document("d1", "Sharq Network", 12)
    with Store(tmp_path / "r.db") as store:
        store.add_document(doc)
        rows = store.db.execute('SELECT start, "end", label, stage, rule, value, score FROM annotations'
                                " WHERE doc_id = 'd1'").fetchall()
        assert store.counts()["annotations"] == len(doc.spans) == len(rows)
    assert [(r[0], r[1], r[2], r[3], r[4], None if r[5] is None else json.loads(r[5]), r[6])
            for r in rows] == [(s.start, s.end, s.label, s.stage, s.rule, s.value, s.score) for s in doc.spans]
