"""The SQLite event database: documents, annotations, mentions, merged events, entities.

Documents are written in batches, each in one transaction, so a crash never leaves half a
document; a document whose content hash is already stored is not written again. The file
is a plain SQLite database that any SQLite tool can read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from copy import copy
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from rasd.document import Document, EventMention, Evidence, Meta, Removed, Span
from rasd.records import mention_id
from rasd.store.migrations import MIGRATIONS

_META_COLUMNS = ("url", "outlet", "title", "published", "published_precision", "language",
                 "source_path", "author")


@dataclass(slots=True)
class StoredMention:
    id: str
    meta: Meta
    mention: EventMention


class Store:
    """An open rasd database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = "rasd.db"):
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA temp_store = MEMORY")
        # a batch of 50 documents writes ~5 MB: with the default 1,000-page (4 MB) threshold
        # nearly every commit ran a checkpoint, each with its own fsyncs; 10,000 pages (40 MB)
        # is one checkpoint every few batches (the same pages reach the database file)
        self.db.execute("PRAGMA wal_autocheckpoint = 10000")
        self.migrate()
        self.db.execute(_BUCKET_INDEX)  # in case a run was cut short inside bulk_buckets
        self._entity_json: dict[str, str] = {}  # entities this store wrote: id → stored data
        self._recent: dict[str, tuple[str, int, StoredMention]] | None = None  # see keep_mentions
        self._recent_limit = 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Bring the schema up to date, one migration per transaction."""
        for number, script in enumerate(MIGRATIONS, start=1):
            if self.version >= number:
                continue
            with self.transaction():
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # documents ---------------------------------------------------------------------

    def doc_id_for_hash(self, content_hash: str) -> str | None:
        row = self.db.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row["id"] if row else None

    def free_id(self, doc_id: str, content_hash: str, pending: Container[str] = ()) -> str:
        """``doc_id``, or a suffixed one when another text already holds that id (stored, or
        in ``pending``: documents about to be written)."""
        if doc_id not in pending and not self.db.execute(
                "SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            return doc_id
        return f"{doc_id}-{content_hash[:8]}"

    def add_document(self, doc: Document) -> list[str]:
        """Write a processed document with everything found in it; return its mention ids."""
        return self.add_documents([doc])[0]

    @contextmanager
    def keep_mentions(self, limit: int = 200_000) -> Iterator[None]:
        """While open, event mentions written by :meth:`add_documents` are kept in memory
        (up to ``limit``) and :meth:`mentions` returns them without reading and decoding
        their JSON again — merging right after storing reads back every mention just
        written. The documents written meanwhile must not be changed afterwards (ingest
        drops them). Mentions are never updated once stored, so what is kept stays true.
        """
        self._recent, self._recent_limit = {}, limit
        try:
            yield
        finally:
            self._recent = None

    def _keep(self, docs: list[Document], all_ids: list[list[str]]) -> None:
        recent = self._recent
        if recent is None or len(recent) >= self._recent_limit:
            return
        for doc, mention_ids in zip(docs, all_ids, strict=True):
            meta = copy(doc.meta)
            for seq, (mid, mention) in enumerate(zip(mention_ids, doc.events, strict=True)):
                recent[mid] = (doc.id, seq, StoredMention(mid, meta, mention))

    def add_documents(self, docs: list[Document]) -> list[list[str]]:
        """Write processed documents in one transaction; return each one's mention ids.

        Rows go in document order, so row ids and entity rows are those that writing the
        documents one by one gives; one commit per batch instead of one per document.
        """
        all_ids = [[mention_id(doc.id, seq, m) for seq, m in enumerate(doc.events)] for doc in docs]
        documents, spans, removed, mentions = [], [], [], []
        for doc, mention_ids in zip(docs, all_ids, strict=True):
            doc_id, meta = doc.id, doc.meta
            documents.append((doc_id, doc.hash, *(getattr(meta, c) for c in _META_COLUMNS), doc.raw, doc.text))
            spans.append((doc_id, _ENCODE([[s.start, s.end, s.label, s.stage, s.rule, s.value, s.score]
                                           for s in doc.spans]), len(doc.spans)))
            removed += [(doc_id, r.start, r.end, r.reason, r.rule, r.text) for r in doc.removed]
            mentions += [(mid, doc_id, seq, m.plover, m.event_type, m.sub_event_type, m.event_date,
                          m.time_precision, (m.location or {}).get("gazetteer_id"),
                          (m.actor1 or {}).get("id"), (m.actor2 or {}).get("id"), _mention_json(m))
                         for seq, (mid, m) in enumerate(zip(mention_ids, doc.events, strict=True))]
        with self.transaction() as db:
            db.executemany(
                f"INSERT INTO documents (id, content_hash, {', '.join(_META_COLUMNS)}, raw, text)"
                f" VALUES (?, ?, {', '.join('?' * len(_META_COLUMNS))}, ?, ?)", documents)
            db.executemany("INSERT INTO document_spans (doc_id, spans, span_count) VALUES (?, ?, ?)", spans)
            db.executemany(
                'INSERT INTO removed_blocks (doc_id, start, "end", reason, rule, text) VALUES (?, ?, ?, ?, ?, ?)',
                removed)
            db.executemany(
                "INSERT INTO event_mentions (id, doc_id, seq, plover, event_type, sub_event_type,"
                " event_date, time_precision, location_id, actor1_id, actor2_id, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions)
            fresh = self._count_entities(db, [span for doc in docs for span in doc.spans])
        self._entity_json.update(fresh)  # committed: these rows exist now
        self._keep(docs, all_ids)
        return all_ids

    def _count_entities(self, db: sqlite3.Connection, spans: Iterable[Span]) -> dict[str, str]:
        """Add up this batch's mentions of each actor, source and place; return the JSON of
        entities first seen here (remembered once the batch is committed).

        An entity's ``data`` is that of its first span ever written; for an entity this
        store already wrote, the row exists and only ``mentions`` changes, so its JSON is
        not encoded again (the remembered one is passed, and ignored on conflict).
        """
        kinds = _ENTITY_KINDS
        known = self._entity_json
        fresh: dict[str, str] = {}
        seen: dict[str, list[Any]] = {}
        for span in spans:
            kind = kinds.get(span.label)
            if kind is None:
                continue
            value = span.value
            if not isinstance(value, dict):
                continue
            entity_id = value.get("id") or value.get("gazetteer_id")
            if not entity_id:
                continue
            row = seen.get(entity_id)
            if row is not None:
                row[-1] += 1
                continue
            data = known.get(entity_id)
            if data is None:
                data = fresh[entity_id] = _ENCODE(value)
            seen[entity_id] = [entity_id, kind, value.get("name"), value.get("name_ar"), data, 1]
        db.executemany(
            "INSERT INTO entities (id, kind, name, name_ar, data, mentions) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET mentions = mentions + excluded.mentions",
            list(seen.values()),
        )
        return fresh

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        meta = Meta(id=row["id"], **{c: row[c] for c in _META_COLUMNS})
        doc = Document(meta=meta, raw=row["raw"], text=row["text"])
        spans = self.db.execute("SELECT spans FROM document_spans WHERE doc_id = ?", (doc_id,)).fetchone()
        doc.spans = sorted((Span(*item) for item in json.loads(spans[0])) if spans else (),
                           key=lambda s: (s.start, s.end))
        doc.removed = [
            Removed(r["start"], r["end"], r["reason"], r["rule"], r["text"])
            for r in self.db.execute('SELECT * FROM removed_blocks WHERE doc_id = ? ORDER BY start', (doc_id,))
        ]
        doc.events = [EventMention.from_dict(json.loads(r["data"])) for r in self.db.execute(
            "SELECT data FROM event_mentions WHERE doc_id = ? ORDER BY seq", (doc_id,))]
        return doc

    def document_ids(self) -> list[str]:
        return [r["id"] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def counts(self) -> dict[str, int]:
        tables = ("documents", "annotations", "event_mentions", "events", "entities")
        counts = {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables
                  if t != "annotations"}
        counts["annotations"] = self.db.execute(  # the view would parse every document's spans
            "SELECT coalesce(sum(span_count), 0) FROM document_spans").fetchone()[0]
        return {t: counts[t] for t in tables}

    # mentions and events --------------------------------------------------------

    def mentions(self, ids: Iterable[str] | None = None) -> list[StoredMention]:
        """Stored mentions (all, or those of ``ids``) in document-id order, then as found in
        their document; those kept by :meth:`keep_mentions` come from memory."""
        sql = ("SELECT m.id AS mention_id, m.data AS mention_data, d.id, "
               + ", ".join(f"d.{c}" for c in _META_COLUMNS)
               + ", m.seq FROM event_mentions m JOIN documents d ON d.id = m.doc_id")
        if ids is None:
            rows = self.db.execute(sql + " ORDER BY d.id, m.seq").fetchall()
            return [_stored_mention(r) for r in rows]
        wanted = list(dict.fromkeys(ids))
        kept: list[tuple[str, int, StoredMention]] = []
        if self._recent:
            recent = self._recent
            kept = [recent[i] for i in wanted if i in recent]
            if kept:
                wanted = [i for i in wanted if i not in recent]
        rows = self.db.execute(
            sql + f" WHERE m.id IN ({', '.join('?' * len(wanted))}) ORDER BY d.id, m.seq", wanted
        ).fetchall() if wanted else []
        if not kept:
            return [_stored_mention(r) for r in rows]
        kept += [(r["id"], r["seq"], _stored_mention(r)) for r in rows]
        kept.sort(key=lambda k: (k[0], k[1]))  # str order is SQLite's BINARY order of UTF-8
        return [k[2] for k in kept]

    def unmerged_mention_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT m.id FROM event_mentions m LEFT JOIN event_sources s ON s.mention_id = m.id"
            " WHERE s.mention_id IS NULL ORDER BY m.doc_id, m.seq")]

    def event_mention_ids(self, event_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT mention_id FROM event_sources WHERE event_id = ? ORDER BY rowid", (event_id,))]

    def save_event(self, db: sqlite3.Connection, record: dict[str, Any], mention_ids: Iterable[str]) -> None:
        """Insert or replace a merged event and attach its mentions (inside a transaction)."""
        self.save_events(db, [(record, mention_ids)])

    def save_events(self, db: sqlite3.Connection,
                    events: Iterable[tuple[dict[str, Any], Iterable[str]]],
                    first_mentions: Iterable[tuple[str, str]] = ()) -> None:
        """Insert or replace merged events, attach their mentions and record the first mention
        of new ones (event id, mention id), each in one statement (inside a transaction).
        Rows go in the order given: the same rows as saving the events one by one."""
        rows, sources = [], []
        for record, mention_ids in events:
            location = record.get("location") or {}
            actor1 = record.get("actor1") or {}
            actor2 = record.get("actor2") or {}
            rows.append(
                (record["event_id"], record["plover"], record["event_type"], record["sub_event_type"],
                 record["event_date"], record["time_precision"], location.get("gazetteer_id"),
                 location.get("name"), location.get("admin1"), actor1.get("id"), actor2.get("id"),
                 actor1.get("name"), actor2.get("name"), record["grade"], record["source_count"],
                 record["fatalities"], _json(record)))
            sources += [(record["event_id"], mid) for mid in mention_ids]
        db.executemany(
            "INSERT INTO events (id, plover, event_type, sub_event_type, event_date, time_precision,"
            " location_id, location_name, admin1, actor1_id, actor2_id, actor1_name, actor2_name,"
            " grade, source_count, fatalities, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET plover=excluded.plover, event_type=excluded.event_type,"
            " sub_event_type=excluded.sub_event_type, event_date=excluded.event_date,"
            " time_precision=excluded.time_precision, location_id=excluded.location_id,"
            " location_name=excluded.location_name, admin1=excluded.admin1,"
            " actor1_id=excluded.actor1_id, actor2_id=excluded.actor2_id,"
            " actor1_name=excluded.actor1_name, actor2_name=excluded.actor2_name,"
            " grade=excluded.grade, source_count=excluded.source_count,"
            " fatalities=excluded.fatalities, record=excluded.record,"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now')", rows)
        db.executemany(
            "INSERT INTO event_sources (event_id, mention_id, doc_id)"
            " SELECT ?, id, doc_id FROM event_mentions WHERE id = ?"
            " ON CONFLICT(mention_id) DO UPDATE SET event_id = excluded.event_id", sources)
        db.executemany("INSERT OR IGNORE INTO event_first_mention (event_id, mention_id) VALUES (?, ?)",
                       list(first_mentions))

    def delete_event(self, db: sqlite3.Connection, event_id: str) -> None:
        db.execute("DELETE FROM events WHERE id = ?", (event_id,))

    def event_records(self, where: str = "", params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Merged event records, optionally filtered by an SQL condition on ``events``."""
        sql = "SELECT record FROM events" + (f" WHERE {where}" if where else "")
        sql += " ORDER BY event_date IS NULL, event_date, id"
        return [json.loads(r[0]) for r in self.db.execute(sql, list(params))]


    # across documents: signatures, LSH buckets, relations, stories ----------------

    def unindexed_documents(self) -> list[sqlite3.Row]:
        """Documents not yet compared with the others, in the order they were stored."""
        return self.db.execute(
            "SELECT rowid, id, title, published, url, outlet, text FROM documents d"
            " WHERE NOT EXISTS (SELECT 1 FROM doc_signatures s WHERE s.doc_id = d.id)"
            " ORDER BY rowid").fetchall()

    def unindexed_rowids(self) -> list[int]:
        """Row ids of the documents :meth:`unindexed_documents` returns (their texts are read
        a chunk at a time with :meth:`documents_at`, so memory does not grow with the run)."""
        return [r[0] for r in self.db.execute(
            "SELECT rowid FROM documents d"
            " WHERE NOT EXISTS (SELECT 1 FROM doc_signatures s WHERE s.doc_id = d.id)"
            " ORDER BY rowid")]

    def documents_at(self, rowids: list[int]) -> list[sqlite3.Row]:
        """The rows :meth:`unindexed_documents` gives, for these row ids, in row-id order."""
        rows = self._rows_in("SELECT rowid, id, title, published, url, outlet, text FROM documents"
                             " WHERE rowid IN", rowids)
        return sorted(rows, key=lambda r: r["rowid"])

    def save_signature(self, db: sqlite3.Connection, doc_id: str, kind: str, sig: bytes,
                       buckets: Iterable[tuple[int, int]], terms: str | None = None) -> None:
        db.execute("INSERT OR REPLACE INTO doc_signatures (doc_id, kind, sig, terms) VALUES (?, ?, ?, ?)",
                   (doc_id, kind, sig, terms))
        db.executemany("INSERT INTO lsh_buckets (kind, band, bucket, doc_id) VALUES (?, ?, ?, ?)",
                       [(kind, band, bucket, doc_id) for band, bucket in buckets])

    def save_signatures(self, db: sqlite3.Connection, signatures: list[tuple[str, str, bytes, str | None]],
                        buckets: list[tuple[str, int, int, str]]) -> None:
        """Many documents' signatures (doc_id, kind, sig, terms) and LSH buckets (kind, band,
        bucket, doc_id) in two statements, rows in the order given."""
        db.executemany("INSERT OR REPLACE INTO doc_signatures (doc_id, kind, sig, terms) VALUES (?, ?, ?, ?)",
                       signatures)
        db.executemany("INSERT INTO lsh_buckets (kind, band, bucket, doc_id) VALUES (?, ?, ?, ?)", buckets)

    def _rows_in(self, select: str, values: list[Any], before: Sequence[Any] = ()) -> list[tuple]:
        """Rows of ``select ... IN (values)``, asked 500 values at a time (SQLite's bound on
        parameters); ``before`` are the parameters of the query ahead of the list."""
        rows: list[tuple] = []
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            rows += self.db.execute(f"{select} ({', '.join('?' * len(chunk))})",
                                    [*before, *chunk]).fetchall()
        return rows

    @contextmanager
    def bulk_buckets(self) -> Iterator[None]:
        """While open, LSH bucket rows go into an empty ``lsh_buckets`` without its lookup
        index, which is built once at the end (same rows, same index).

        A first ingest writes ~90 bucket rows a document under random 64-bit keys: kept up
        to date row by row, the index touches a different page for nearly every row (on
        2,896 UnifiedFC documents 1.2 s CPU and ~3 s wall, against 0.3 + 0.3 s for writing
        the rows and sorting them into the index once). Nothing reads the stored buckets
        meanwhile: an indexing run that starts with none keeps its own in memory
        (:class:`rasd.corpus.documents._Buckets`). A table that holds rows keeps its index.
        """
        if self.db.execute("SELECT 1 FROM lsh_buckets LIMIT 1").fetchone() is not None:
            yield
            return
        self.db.execute("DROP INDEX IF EXISTS lsh_buckets_key")
        try:
            yield
        finally:
            self.db.execute(_BUCKET_INDEX)

    def last_bucket_rowid(self) -> int:
        return self.db.execute("SELECT coalesce(max(rowid), 0) FROM lsh_buckets").fetchone()[0]

    def bucket_postings(self, kind: str, keys: list[int]) -> list[tuple[int, int, str]]:
        """(bucket, row id, document) of every stored row in these buckets of ``kind``."""
        return self._rows_in("SELECT bucket, rowid, doc_id FROM lsh_buckets WHERE kind = ? AND bucket IN",
                             keys, [kind])

    def bucket_mates(self, kind: str, buckets: Iterable[tuple[int, int]], limit: int | None = None) -> list[str]:
        """Documents sharing at least one LSH bucket of ``kind``: the only ones compared.

        Bucket keys already encode their band, so one indexed lookup serves every band. With
        ``limit``, only the documents sharing the most buckets (the likeliest matches) are kept.
        """
        keys = [bucket for _, bucket in buckets]
        sql = (f"SELECT doc_id FROM lsh_buckets WHERE kind = ? AND bucket IN ({', '.join('?' * len(keys))})"
               " GROUP BY doc_id ORDER BY count(*) DESC, min(rowid)")
        params: list[Any] = [kind, *keys]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [r[0] for r in self.db.execute(sql, params)]

    def published(self, doc_ids: list[str]) -> dict[str, str | None]:
        return dict(self._rows_in("SELECT id, published FROM documents WHERE id IN", doc_ids))

    def lead_terms(self, doc_ids: list[str]) -> dict[str, str]:
        return dict(self._rows_in(
            "SELECT doc_id, terms FROM doc_signatures WHERE kind = 'lead' AND doc_id IN", doc_ids))

    def signatures(self, kind: str, doc_ids: list[str]) -> dict[str, tuple[bytes, str | None]]:
        if not doc_ids:
            return {}
        rows = self.db.execute(
            f"SELECT doc_id, sig, terms FROM doc_signatures WHERE kind = ? AND doc_id IN"
            f" ({', '.join('?' * len(doc_ids))})", [kind, *doc_ids])
        return {r[0]: (r[1], r[2]) for r in rows}

    def add_term_counts(self, db: sqlite3.Connection, terms: Iterable[str]) -> None:
        db.executemany("INSERT INTO term_df (term, df) VALUES (?, 1)"
                       " ON CONFLICT(term) DO UPDATE SET df = df + 1", [(t,) for t in terms])

    def add_term_totals(self, db: sqlite3.Connection, counts: Iterable[tuple[str, int]]) -> None:
        """Add (term, documents) counts: :meth:`add_term_counts` with each term once."""
        db.executemany("INSERT INTO term_df (term, df) VALUES (?, ?)"
                       " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df", list(counts))

    def save_stories(self, db: sqlite3.Connection, relations: list[tuple[str, str, str, float]],
                     stories: list[tuple[str, str, str | None]],
                     members: list[tuple[str, str, str, float | None]]) -> None:
        """Many :meth:`add_relation`, :meth:`add_story` and :meth:`add_story_member` rows, each
        kind in one statement, in the order given."""
        db.executemany("INSERT OR REPLACE INTO doc_relations (doc_id, other_id, relation, score)"
                       " VALUES (?, ?, ?, ?)", relations)
        db.executemany("INSERT OR IGNORE INTO stories (id, first_doc_id, title) VALUES (?, ?, ?)", stories)
        db.executemany("INSERT OR REPLACE INTO story_members (story_id, doc_id, via, score) VALUES (?, ?, ?, ?)",
                       members)

    def term_counts(self, terms: Iterable[str]) -> dict[str, int]:
        return dict(self._rows_in("SELECT term, df FROM term_df WHERE term IN", list(terms)))

    def indexed_count(self, kind: str) -> int:
        return self.db.execute("SELECT count(*) FROM doc_signatures WHERE kind = ?", (kind,)).fetchone()[0]

    def add_relation(self, db: sqlite3.Connection, doc_id: str, other_id: str, relation: str,
                     score: float) -> None:
        db.execute("INSERT OR REPLACE INTO doc_relations (doc_id, other_id, relation, score)"
                   " VALUES (?, ?, ?, ?)", (doc_id, other_id, relation, score))

    def relations(self, doc_ids: Iterable[str] | None = None) -> list[sqlite3.Row]:
        """Relations (copy, near-copy) touching ``doc_ids`` (every relation when None)."""
        sql = "SELECT doc_id, other_id, relation, score FROM doc_relations"
        if doc_ids is None:
            return self.db.execute(sql + " ORDER BY rowid").fetchall()
        wanted = list(doc_ids)
        rows: list[sqlite3.Row] = []
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            marks = ", ".join("?" * len(chunk))
            rows += self.db.execute(sql + f" WHERE doc_id IN ({marks}) OR other_id IN ({marks})",
                                    chunk + chunk).fetchall()
        return rows

    def add_story(self, db: sqlite3.Connection, story_id: str, first_doc_id: str, title: str | None) -> None:
        db.execute("INSERT OR IGNORE INTO stories (id, first_doc_id, title) VALUES (?, ?, ?)",
                   (story_id, first_doc_id, title))

    def add_story_member(self, db: sqlite3.Connection, story_id: str, doc_id: str, via: str,
                         score: float | None) -> None:
        db.execute("INSERT OR REPLACE INTO story_members (story_id, doc_id, via, score) VALUES (?, ?, ?, ?)",
                   (story_id, doc_id, via, score))

    def story_of(self, doc_ids: Iterable[str]) -> dict[str, str]:
        return dict(self._rows_in("SELECT doc_id, story_id FROM story_members WHERE doc_id IN",
                                  list(doc_ids)))

    def stories(self, min_size: int = 1) -> list[dict[str, Any]]:
        """Every story with its documents (id, outlet, url, published), largest first."""
        grouped: dict[str, dict[str, Any]] = {}
        for r in self.db.execute(
                "SELECT s.id AS story_id, s.title, s.first_doc_id, d.id, d.outlet, d.url, d.published"
                " FROM stories s JOIN story_members m ON m.story_id = s.id"
                " JOIN documents d ON d.id = m.doc_id ORDER BY d.rowid"):
            story = grouped.setdefault(r["story_id"], {"id": r["story_id"], "title": r["title"],
                                                       "first_doc_id": r["first_doc_id"], "docs": []})
            story["docs"].append({"id": r["id"], "outlet": r["outlet"], "url": r["url"],
                                  "published": r["published"]})
        stories = [s for s in grouped.values() if len(s["docs"]) >= min_size]
        return sorted(stories, key=lambda s: (-len(s["docs"]), s["id"]))

    def doc_event_keys(self, doc_ids: Iterable[str]) -> dict[str, list[sqlite3.Row]]:
        """Date, place and actors of each document's mentions (what a story may share)."""
        wanted = list(doc_ids)
        out: dict[str, list[sqlite3.Row]] = {d: [] for d in wanted}
        if not wanted:
            return out
        for row in self.db.execute(
                "SELECT doc_id, plover, event_date, time_precision, location_id, actor1_id, actor2_id"
                f" FROM event_mentions WHERE doc_id IN ({', '.join('?' * len(wanted))})", wanted):
            out[row["doc_id"]].append(row)
        return out

    def docs_with_mention(self, event_date: str, location_id: str, limit: int = 25) -> list[str]:
        """The latest ``limit`` documents reporting something at this place on this day."""
        return [r[0] for r in self.db.execute(
            "SELECT doc_id FROM event_mentions WHERE event_date = ? AND location_id = ?"
            " GROUP BY doc_id ORDER BY max(rowid) DESC LIMIT ?", (event_date, location_id, limit))]

    # merged events: candidates and first mentions ------------------------------

    def events_near(self, plover: str, since: str, until: str, area: str) -> list[str]:
        """Events of one type dated in ``[since, until]`` in one admin area (a merging block)."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM events WHERE plover = ? AND event_date BETWEEN ? AND ?"
            " AND coalesce(admin1, location_name) = ?", (plover, since, until, area))]

    def events_in_story(self, plover: str, story_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT s.event_id FROM story_members m JOIN event_sources s ON s.doc_id = m.doc_id"
            " JOIN events e ON e.id = s.event_id WHERE m.story_id = ? AND e.plover = ?", (story_id, plover))]

    def record_first_mention(self, db: sqlite3.Connection, event_id: str, mention_id: str) -> None:
        db.execute("INSERT OR IGNORE INTO event_first_mention (event_id, mention_id) VALUES (?, ?)",
                   (event_id, mention_id))


def _stored_mention(row: sqlite3.Row) -> StoredMention:
    return StoredMention(row["mention_id"], Meta(id=row["id"], **{c: row[c] for c in _META_COLUMNS}),
                         EventMention.from_dict(json.loads(row["mention_data"])))


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _mention_json(mention: EventMention) -> str | None:
    """``_json(mention.to_dict())`` without ``asdict``'s deep copies (a third of a store's time)."""
    data = {name: getattr(mention, name) for name in _field_names(EventMention)}
    data["evidence"] = [{name: getattr(e, name) for name in _field_names(Evidence)} for e in mention.evidence]
    return _json(data)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


_ENTITY_KINDS = {"ACTOR": "actor", "SOURCE": "source", "PLACE": "place"}
# the lookup index of LSH buckets (migration 2), built again after a bulk write
_BUCKET_INDEX = "CREATE INDEX IF NOT EXISTS lsh_buckets_key ON lsh_buckets(kind, bucket)"


def _encoder() -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True)`` as one function.

    ``JSONEncoder.encode`` builds a new C encoder on every call (a third of the time for the
    small dicts of span values); here the C encoder is built once and called directly, with
    the same arguments ``JSONEncoder.iterencode`` passes it, minus the circular-reference
    check (span values are trees). Without the C accelerator, the standard encoder.
    """
    try:
        from json.encoder import c_make_encoder, encode_basestring
    except ImportError:  # pragma: no cover - a Python without the _json accelerator
        c_make_encoder = None
    standard = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
    if c_make_encoder is None:  # pragma: no cover
        return standard.encode
    chunks = c_make_encoder(None, standard.default, encode_basestring, None, standard.key_separator,
                            standard.item_separator, True, False, True)
    join = "".join

    def encode(value: Any) -> str:
        return join(chunks(value, 0))

    return encode


_ENCODE = _encoder()


def _json(value: Any) -> str | None:
    return None if value is None else _ENCODE(value)
