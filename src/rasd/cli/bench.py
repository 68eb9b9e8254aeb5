"""``rasd bench extract``: the whole per-document pipeline on real articles."""

from __future__ import annotations

import resource
import time
from collections import defaultdict

import click

from rasd.cli.main import bench_group


@bench_group.command("extract")
@click.option("--limit", type=int, default=None, help="Only the first N UnifiedFC articles.")
def bench_extract(limit: int | None) -> None:
    """Documents/s of the full document pipeline on the UnifiedFC articles, stage by stage.

    \b
    Example:
      rasd bench extract --limit 1000
    """
    from rasd.datasets import unifiedfc_articles
    from rasd.document import Document, Meta
    from rasd.pipeline import build

    pipeline = build()
    articles = [a for _, a in zip(range(limit or 10**9), unifiedfc_articles(), strict=False)]
    spent: dict[str, float] = defaultdict(float)
    chars = mentions = 0
    started = time.perf_counter()
    for article in articles:
        doc = Document(Meta(id=article.id, url=article.url), raw=article.text)
        for stage in pipeline.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            spent[stage.name] += time.perf_counter() - t0
            doc.done.update(stage.provides)
        chars += len(doc.raw)
        mentions += len(doc.events)
    total = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    click.echo(f"{len(articles)} documents ({chars / 1e6:.1f} M characters) in {total:.1f} s: "
               f"{len(articles) / total:.0f} documents/s, {mentions} event mentions, peak RSS {peak_mb:.0f} MB")
    for name in pipeline.names:
        click.echo(f"  {name:12s} {spent[name]:7.2f} s  {100 * spent[name] / total:5.1f}%")
