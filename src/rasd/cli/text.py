"""``rasd bench text``: speed of the text layer (clean + normalise + sentences)."""

from __future__ import annotations

import os
import platform
import time

import click

from rasd.cli.main import bench_group


@bench_group.command("text")
@click.option("--limit", type=int, default=None, help="Only the first N UnifiedFC articles.")
def bench_text(limit: int | None) -> None:
    """MB/s of clean + normalise + sentence split over the UnifiedFC articles, per core.

    Times are CPU time of this process (one thread), so other load on the machine does
    not distort them.

    \b
    Example:
      rasd bench text --limit 1000
    """
    from rasd.datasets import unifiedfc_articles
    from rasd.text.clean import clean
    from rasd.text.normalize import normalize
    from rasd.text.sentences import split_sentences
    from rasd.text.wordlist import word_freq

    texts = [a.text for _, a in zip(range(limit or 10**9), unifiedfc_articles(), strict=False)]
    clean("")  # load the word list and boilerplate rules before timing
    word_freq()
    spent = {"clean": 0.0, "normalise": 0.0, "sentences": 0.0}
    removed = repairs = sentences = 0
    for text in texts:
        t0 = time.process_time()
        cleaned = clean(text)
        t1 = time.process_time()
        normalize(cleaned.text)
        t2 = time.process_time()
        found = split_sentences(cleaned.text)
        t3 = time.process_time()
        spent["clean"] += t1 - t0
        spent["normalise"] += t2 - t1
        spent["sentences"] += t3 - t2
        removed += len(cleaned.removed)
        repairs += len(cleaned.repairs)
        sentences += len(found)
    total = sum(spent.values())
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    chars = sum(len(t) for t in texts)
    click.echo(f"{len(texts)} documents, {mb:.1f} MB UTF-8 ({chars / 1e6:.1f} M characters) in "
               f"{total:.2f} s of CPU time (one core): {mb / total:.1f} MB/s, "
               f"{1000 * total / max(len(texts), 1):.2f} ms/document "
               f"({1000 * total / max(chars, 1) * 7000:.2f} ms per 7,000 characters)")
    for name, seconds in spent.items():
        click.echo(f"  {name:10s} {seconds:6.2f} s  {mb / seconds if seconds else 0:6.1f} MB/s")
    click.echo(f"  {removed} removed blocks, {repairs} repaired words, {sentences} sentences")
    click.echo(f"  machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
               f"Python {platform.python_version()}")


STAGES_TO_QUANTITIES = ("clean", "sentences", "actors", "names", "places", "time", "quantities")


@bench_group.command("stages")
@click.option("--limit", type=int, default=1000, show_default=True, help="The first N UnifiedFC articles.")
@click.option("--spans", "spans_path", type=click.Path(dir_okay=False), default=None,
              help="Also write every document's text and spans (label, start, end, value, rule, "
                   "stage, score) as JSONL, to compare two versions byte for byte.")
def bench_stages(limit: int, spans_path: str | None) -> None:
    """CPU seconds (``time.process_time``) of each stage from clean to quantities.

    The stages run as in the pipeline, one document at a time, on the first N UnifiedFC
    articles; data and models are loaded on a short warm-up document first.
    ``RASD_ALL_NAMES=1`` makes the names stage tag every sentence.

    \b
    Example:
      rasd bench stages --limit 1000 --spans /tmp/spans.jsonl
    """
    import json
    from collections import defaultdict
    from itertools import islice

    from rasd.datasets import unifiedfc_articles
    from rasd.document import Document, Meta
    from rasd.pipeline import build

    stages = build(STAGES_TO_QUANTITIES).stages
    articles = list(islice(unifiedfc_articles(), limit))
    warm = Document(Meta(id="warm-up"), raw=articles[0].text[:400])
    for step in stages:
        warm = step(warm)
        warm.done.update(step.provides)
    cpu: dict[str, float] = defaultdict(float)
    sink = open(spans_path, "w", encoding="utf-8") if spans_path else None  # noqa: SIM115
    try:
        for article in articles:
            doc = Document(Meta(id=article.id, url=article.url), raw=article.text)
            for step in stages:
                started = time.process_time()
                doc = step(doc)
                cpu[step.name] += time.process_time() - started
                doc.done.update(step.provides)
            if sink is not None:
                rows = [[s.label, s.start, s.end, s.value, s.rule, s.stage, s.score] for s in doc.spans]
                sink.write(json.dumps({"id": article.id, "text": doc.text, "spans": rows},
                                      ensure_ascii=False, default=str) + "\n")
    finally:
        if sink is not None:
            sink.close()
    total = sum(cpu.values())
    click.echo(f"{len(articles)} UnifiedFC articles, CPU seconds by stage (one core):")
    for name in STAGES_TO_QUANTITIES:
        click.echo(f"  {name:<11} {cpu[name]:6.2f}")
    click.echo(f"  {'total':<11} {total:6.2f}  ({1000 * total / max(len(articles), 1):.2f} ms per document)")
