"""``rasd bench ingest``: the whole ingest (pipeline, store, near-duplicates, stories,
merging) on the first N UnifiedFC articles, each size in a fresh process and database so
its peak memory is its own."""

from __future__ import annotations

import json
import multiprocessing
import resource
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.pipeline import Pipeline, build


class TimedPipeline(Pipeline):
    """The default pipeline, adding up the time (wall and CPU) each stage takes."""

    def __init__(self) -> None:
        super().__init__(build().stages)
        self.spent: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)

    def __call__(self, doc: Document) -> Document:
        for step in self.stages:
            started, cpu = time.perf_counter(), time.process_time()
            doc = step(doc)
            self.spent[step.name] += time.perf_counter() - started
            self.cpu[step.name] += time.process_time() - cpu
            doc.done.update(step.provides)
        return doc


def write_articles(path: Path, size: int) -> int:
    """The first ``size`` UnifiedFC articles as rasd JSONL input."""
    from rasd.datasets import unifiedfc_articles

    written = 0
    with path.open("w", encoding="utf-8") as sink:
        for article in unifiedfc_articles():
            if written >= size:
                break
            sink.write(json.dumps({"id": article.id, "text": article.text, "url": article.url},
                                  ensure_ascii=False) + "\n")
            written += 1
    return written


def run_size(size: int) -> dict[str, Any]:
    """Ingest ``size`` articles into a new database; timings and peak memory of this process."""
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        count = write_articles(source, size)
        pipeline = TimedPipeline()
        started, cpu = time.perf_counter(), time.process_time()
        with Store(Path(folder) / "bench.db") as store:
            summary = ingest([str(source)], store, pipeline=pipeline)
            counts = store.counts()
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu
    return {
        "documents": count, "stored": summary.stored, "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2), "across_documents_cpu": round(summary.corpus_cpu_seconds, 2),
        "documents_per_second": round(count / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "stages": {name: round(t, 2) for name, t in pipeline.spent.items()},
        "across_documents": round(summary.corpus_seconds, 2),
        "store_and_read": round(seconds - sum(pipeline.spent.values()) - summary.corpus_seconds, 2),
        "pipeline_cpu": round(sum(pipeline.cpu.values()), 2),
        "store_cpu": round(summary.store_cpu_seconds, 2),
        "read_and_rest_cpu": round(cpu_seconds - sum(pipeline.cpu.values()) - summary.store_cpu_seconds
                                   - summary.corpus_cpu_seconds, 2),
        "stages_cpu": {name: round(t, 2) for name, t in pipeline.cpu.items()},
        "mentions": summary.mentions, "events": counts["events"], "skipped": len(summary.skipped),
    }


def _child(size: int, queue: Any) -> None:
    queue.put(run_size(size))


def run_isolated(size: int) -> dict[str, Any]:
    """:func:`run_size` in a fresh interpreter, so peak memory is this size's alone."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(size, queue))
    process.start()
    result = queue.get()
    process.join()
    return result
