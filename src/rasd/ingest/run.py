"""Ingest: read → pipeline → store → merge, with a summary of what happened to each input."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from rasd.corpus import update as update_corpus
from rasd.document import Document
from rasd.ingest.decode import DEFAULT_MAX_BYTES
from rasd.ingest.readers import Incoming, Problem, read
from rasd.pipeline import Pipeline, build
from rasd.store.sqlite import Store


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
    for item in read(paths, stdin=stdin, max_bytes=max_bytes):
        if isinstance(item, Problem):
            summary.skipped.append(item)
        else:
            summary.read += 1
            _store_one(item, store, pipeline, summary)
        if on_item:
            on_item(item.source if isinstance(item, Problem) else (item.meta.source_path or item.meta.id))
    started, cpu = time.perf_counter(), time.process_time()
    summary.events_changed = update_corpus(store)
    summary.corpus_seconds = time.perf_counter() - started
    summary.corpus_cpu_seconds = time.process_time() - cpu
    return summary


def _store_one(item: Incoming, store: Store, pipeline: Pipeline, summary: Summary) -> None:
    doc = Document(meta=item.meta, raw=item.raw)
    if store.doc_id_for_hash(doc.hash):
        summary.unchanged += 1
        return
    doc.meta.id = store.free_id(doc.meta.id, doc.hash)
    try:
        doc = pipeline(doc)
    except Exception as exc:  # a bug on one document must not stop the run
        summary.skipped.append(Problem(item.meta.source_path or item.meta.id,
                                       f"pipeline failed: {type(exc).__name__}: {exc}"))
        return
    summary.mentions += len(store.add_document(doc))
    summary.stored += 1
