"""LSH buckets written in bulk: the same rows, and the lookup index is there afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.corpus import index_new_documents
from rasd.corpus.evaluate import add_text
from rasd.store.sqlite import Store

_INDEX_SQL = "CREATE INDEX lsh_buckets_key ON lsh_buckets(kind, bucket)"


def _index_sql(store: Store) -> str | None:
    row = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'lsh_buckets_key'").fetchone()
    return row[0] if row else None


def _buckets(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.db.execute("SELECT rowid, kind, band, bucket, doc_id FROM lsh_buckets")]


def test_a_first_indexing_run_leaves_the_rows_and_the_index_of_row_by_row_writes(
        tmp_path: Path, seeds: dict) -> None:
    stores = []
    for name, bulk in (("bulk", True), ("plain", False)):
        store = Store(tmp_path / f"{name}.db")
        for seed_id, meta in seeds.items():
            add_text(store, seed_id, meta["text"], url=meta["url"])
        if not bulk:  # a table with rows keeps its index: one row makes the run row by row
            store.db.execute("INSERT INTO lsh_buckets (kind, band, bucket, doc_id) VALUES"
                             " ('none', 0, 0, ?)", (next(iter(seeds)),))
        index_new_documents(store)
        if not bulk:
            store.db.execute("DELETE FROM lsh_buckets WHERE kind = 'none'")
        stores.append(store)
    bulk, plain = stores
    assert _index_sql(bulk) == _index_sql(plain) == _INDEX_SQL
    rows = _buckets(bulk)
    assert len(rows) > 100
    assert [r[1:] for r in rows] == [r[1:] for r in _buckets(plain)]
    plan = " ".join(str(r[-1]) for r in bulk.db.execute(
        "EXPLAIN QUERY PLAN SELECT doc_id FROM lsh_buckets WHERE kind = 'dup' AND bucket = 1"))
    assert "lsh_buckets_key" in plan
    for store in stores:
        store.close()


def test_the_index_is_built_again_when_a_run_was_cut_short(tmp_path: Path) -> None:
    with Store(tmp_path / "cut.db") as store, pytest.raises(KeyboardInterrupt), store.bulk_buckets():
        assert _index_sql(store) is None
        raise KeyboardInterrupt
    with Store(tmp_path / "cut.db") as store:
        assert _index_sql(store) == _INDEX_SQL
        store.db.execute("DROP INDEX lsh_buckets_key")  # as a killed process would leave it
    with Store(tmp_path / "cut.db") as store:
        assert _index_sql(store) == _INDEX_SQL
