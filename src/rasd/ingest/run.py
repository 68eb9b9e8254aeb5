"""Ingest: read → pipeline → store → merge, with a summary of what happened to each input."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO

from rasd.corpus import update as update_corpus
from rasd.document import Document
from rasd.ingest.decode import DEFAULT_MAX_BYTES
from rasd.ingest.readers import Incoming, Problem, read
from rasd.pipeline import Pipeline, build
from rasd.store.sqlite import Store

BATCH = 50  # processed documents written per transaction (one commit each, not one per document)


@dataclass
class Summary:
    """What an ingest run did; ``failed`` is true when anything was skipped."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    mentions: int = 0
    events_changed: int = 0
    skipped: list[Problem] = field(default_factory=list)
    corpus_seconds: float = 0.0  # near-duplicates, stories and merging after the documents
    corpus_cpu_seconds: float = 0.0  # the same, CPU time (steadier on a shared machine)
    store_cpu_seconds: float = 0.0  # writing the processed documents, CPU time

    @property
    def failed(self) -> bool:
        return bool(self.skipped)


def ingest(paths: Iterable[str], store: Store, *, pipeline: Pipeline | None = None,
           stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           on_item: Callable[[str], None] | None = None) -> Summary:
    """Store every readable document under ``paths``; skip and report the rest.

    A document whose text is already stored is left alone, so running twice adds nothing.
    """
    pipeline = pipeline or build()
    summary = Summary()
    batch = _Batch(store, summary)
    with _startup_frozen(), store.keep_mentions():  # merging reads new mentions from memory
        for item in read(paths, stdin=stdin, max_bytes=max_bytes):
            if isinstance(item, Problem):
                summary.skipped.append(item)
            else:
                summary.read += 1
                _process_one(item, store, pipeline, summary, batch)
                if summary.read == 1:
                    gc.freeze()  # and what the stages loaded on first use
            if on_item:
                on_item(item.source if isinstance(item, Problem) else (item.meta.source_path or item.meta.id))
        batch.write()
        started, cpu = time.perf_counter(), time.process_time()
        summary.events_changed = update_corpus(store)
        summary.corpus_seconds = time.perf_counter() - started
        summary.corpus_cpu_seconds = time.process_time() - cpu
    return summary


@contextmanager
def _startup_frozen() -> Iterator[None]:
    """What exists before the run (the pipeline's knowledge bases, lexicons and gazetteer:
    over a hundred thousand objects) is left out of the cycle collector's full passes
    while documents go through (``gc.freeze``; again after the first document, for what the
    stages load on first use, and after each batch is written, for the mentions kept for
    merging). Afterwards everything is handed back to the collector.

    The automatic collections are off meanwhile: the stages make tens of thousands of
    short-lived objects per document and no reference cycles (none unreachable after 300
    UnifiedFC articles), so the ~2 passes a document the collector would make only rescan
    what is alive (0.6 ms a document, 3% of the ingest). Each written batch gets one pass
    over what is new since the last one (:meth:`_Batch.write`), so a cycle a future stage
    made would still be freed, a batch later."""
    gc.freeze()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


class _Batch:
    """Processed documents waiting to be written together, in the order they were read.

    A document is new unless its text is stored or waiting here; its id is free unless it is
    stored or waiting here — the same decisions as writing each document at once.
    """

    def __init__(self, store: Store, summary: Summary, size: int = BATCH):
        self.store, self.summary, self.size = store, summary, size
        self.docs: list[Document] = []
        self.hashes: set[str] = set()
        self.ids: set[str] = set()

    def add(self, doc: Document, content_hash: str) -> None:
        self.docs.append(doc)
        self.hashes.add(content_hash)
        self.ids.add(doc.meta.id)
        if len(self.docs) >= self.size:
            self.write()

    def write(self) -> None:
        if not self.docs:
            return
        cpu = time.process_time()
        written = self.store.add_documents(self.docs)
        self.summary.mentions += sum(len(ids) for ids in written)
        self.summary.stored += len(written)
        self.summary.store_cpu_seconds += time.process_time() - cpu
        self.docs, self.hashes, self.ids = [], set(), set()
        gc.collect(0)  # what this batch left (the collector is off, see _startup_frozen) ...
        gc.freeze()  # ... then the mentions kept for merging are not rescanned by every full collection


def _process_one(item: Incoming, store: Store, pipeline: Pipeline, summary: Summary, batch: _Batch) -> None:
    doc = Document(meta=item.meta, raw=item.raw)
    content_hash = doc.hash
    if content_hash in batch.hashes or store.doc_id_for_hash(content_hash):
        summary.unchanged += 1
        return
    doc.meta.id = store.free_id(doc.meta.id, content_hash, batch.ids)
    try:
        doc = pipeline(doc)
    except Exception as exc:  # a bug on one document must not stop the run
        summary.skipped.append(Problem(item.meta.source_path or item.meta.id,
                                       f"pipeline failed: {type(exc).__name__}: {exc}"))
        return
    batch.add(doc, content_hash)
