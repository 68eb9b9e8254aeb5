"""The fast paths of cross-document work give exactly what the plain ones give, on the seeds."""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
from datasketch import MinHash

from rasd.corpus import features, index_new_documents, settings
from rasd.corpus.documents import DUP, LEAD, _Buckets
from rasd.corpus.evaluate import add_text
from rasd.document import Document, Meta
from rasd.store.sqlite import Store


def test_signatures_equal_datasketch_update_batch(seeds: dict) -> None:
    permutations, scheme = features._permutations()
    for meta in seeds.values():
        tokens = features.words(meta["text"])
        for hashes in (features.shingles(tokens), features.word_hashes(features.lead_terms(tokens))):
            plain = MinHash(num_perm=settings.NUM_PERM, seed=settings.MINHASH_SEED, hashfunc=int,
                            permutations=permutations, scheme=scheme)
            plain.update_batch(hashes.tolist())
            fast = features.signature(hashes)
            assert fast.dtype == plain.hashvalues.dtype
            assert np.array_equal(fast, plain.hashvalues)


def test_word_hashes_are_crc32_of_utf8(seeds: dict) -> None:
    for meta in seeds.values():
        tokens = features.words(meta["text"])
        expected = [zlib.crc32(t.encode("utf-8")) for t in tokens]
        hashes = features.word_hashes(tokens)
        assert hashes.dtype == np.uint64
        assert hashes.tolist() == expected
    assert features.word_hashes([]).tolist() == []


def test_bucket_ranking_in_memory_equals_the_sql_ranking(tmp_path: Path, seeds: dict) -> None:
    with Store(tmp_path / "d.db") as store:
        for seed_id, meta in seeds.items():
            for copy in range(2):  # the same text twice: documents sharing every bucket
                add_text(store, f"{seed_id}-{copy}", meta["text"] + " عاجل" * copy, url=meta["url"])
        index_new_documents(store)
        for kind, limit in ((DUP, None), (LEAD, settings.STORY_CANDIDATES), (LEAD, 3)):
            buckets = _Buckets(store, kind, iter(range(10**9, 2 * 10**9)))
            for meta in seeds.values():
                tokens = features.words(meta["text"])
                sig = (features.signature(features.shingles(tokens)) if kind == DUP
                       else features.signature(features.word_hashes(features.lead_terms(tokens))))
                keys = features.band_keys(sig, settings.DUPLICATE_CANDIDATE if kind == DUP
                                          else settings.STORY_CANDIDATE)
                assert buckets.mates(keys, limit) == store.bucket_mates(kind, keys, limit)
                assert len(buckets.mates(keys, limit)) >= 2


def test_writing_documents_in_a_batch_stores_the_same_rows(tmp_path: Path, seeds: dict) -> None:
    from rasd.pipeline import build

    pipeline = build(["clean", "sentences", "actors", "places"])
    docs = [pipeline(Document(meta=Meta(id=seed_id, url=meta["url"]), raw=meta["text"]))
            for seed_id, meta in seeds.items()]
    tables = ("documents", "annotations", "removed_blocks", "event_mentions", "entities")

    def dump(store: Store) -> dict[str, list[tuple]]:
        return {t: [tuple(r) for r in store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")]
                for t in tables}

    with Store(tmp_path / "one.db") as one, Store(tmp_path / "batch.db") as batch:
        for doc in docs:
            one.add_document(doc)
        batch.add_documents(docs)
        plain, batched = dump(one), dump(batch)
    ignore = {"documents": -1}  # ingested_at: the time of writing
    for table in tables:
        cut = ignore.get(table)
        assert [r[:cut] for r in batched[table]] == [r[:cut] for r in plain[table]], table
    assert plain["entities"] and plain["annotations"]


def test_merging_from_mentions_kept_in_memory_equals_merging_from_the_database(
        tmp_path: Path, seeds: dict) -> None:
    """Ingest merges the mentions it just stored from memory (``Store.keep_mentions``); the
    events, sources and first mentions are those of merging the same stored mentions read
    back from SQLite."""
    import json

    from rasd.corpus import update
    from rasd.ingest.run import ingest
    from rasd.pipeline import build

    source = tmp_path / "seeds.jsonl"
    source.write_text("".join(json.dumps({"id": seed_id, "text": meta["text"], "url": meta["url"]},
                                         ensure_ascii=False) + "\n" for seed_id, meta in seeds.items()),
                      encoding="utf-8")
    pipeline = build()
    tables = {"events": "id, plover, event_date, location_id, grade, source_count, fatalities, record",
              "event_sources": "event_id, mention_id, doc_id", "event_first_mention": "*"}

    def dump(store: Store) -> dict[str, list[tuple]]:
        return {t: [tuple(r) for r in store.db.execute(f"SELECT {cols} FROM {t} ORDER BY rowid")]
                for t, cols in tables.items()}

    with Store(tmp_path / "memory.db") as kept:
        summary = ingest([str(source)], kept, pipeline=pipeline)
        from_memory = dump(kept)
    with Store(tmp_path / "stored.db") as stored:
        docs = [pipeline(Document(meta=Meta(id=seed_id, url=meta["url"], source_path=str(source)),
                                  raw=meta["text"])) for seed_id, meta in seeds.items()]
        stored.add_documents(docs)
        assert stored.mentions(["no-such-mention"]) == []
        update(stored)
        from_database = dump(stored)
    assert summary.mentions > 0 and from_memory["events"]
    assert from_memory == from_database
