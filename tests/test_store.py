"""SQLite store: migrations, whole-document transactions, round trips."""

from __future__ import annotations

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
