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
