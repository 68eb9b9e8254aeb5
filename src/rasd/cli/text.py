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
    from rasd.text.clean import clean, item_seam
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
        seams = [item_seam(r.start, r.rule, r.joined) for r in cleaned.repairs]
        found = split_sentences(cleaned.text, [s for s in seams if s is not None])
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
@click.option("--against", default=None, metavar="PACKAGE",
              help="Also run another copy of rasd importable as PACKAGE (e.g. an older commit "
                   "renamed rasd_base), document by document in the same process, alternating "
                   "which runs first: a before/after comparison under the same machine load.")
@click.option("--all-names", is_flag=True, help="The names stage tags every sentence (as RASD_ALL_NAMES=1).")
def bench_stages(limit: int, spans_path: str | None, against: str | None, all_names: bool) -> None:
    """CPU seconds (``time.process_time``) of each stage from clean to quantities.

    The stages run as in the pipeline, one document at a time, on the first N UnifiedFC
    articles; data and models are loaded on a short warm-up document first.

    \b
    Examples:
      rasd bench stages --limit 1000 --spans /tmp/spans.jsonl
      git archive 139799e src | tar -x -C /tmp/old
      mkdir /tmp/pkgs && cp -r /tmp/old/src/rasd /tmp/pkgs/rasd_base && cd /tmp/pkgs && \\
        grep -rl rasd rasd_base --include=*.py | xargs sed -i -E \\
        's/\\brasd\\./rasd_base./g; s/from rasd import/from rasd_base import/g'
      PYTHONPATH=/tmp/pkgs rasd bench stages --limit 1000 --against rasd_base
    """
    import importlib
    import json
    from collections import defaultdict
    from itertools import islice

    from rasd.datasets import unifiedfc_articles
    from rasd.document import Document, Meta
    from rasd.pipeline import build
    from rasd.stages.names import Names

    stages = build(STAGES_TO_QUANTITIES).stages
    if all_names:
        stages = [Names(all_sentences=True) if s.name == "names" else s for s in stages]
    runs = [(stages, Document, Meta, defaultdict(float))]
    if against:
        other = importlib.import_module(f"{against}.pipeline")
        other_doc = importlib.import_module(f"{against}.document")
        runs.append((other.build(STAGES_TO_QUANTITIES).stages, other_doc.Document, other_doc.Meta,
                     defaultdict(float)))
    articles = list(islice(unifiedfc_articles(), limit))

    def run(steps: list, doc_cls: type, meta_cls: type, article_id: str, url: str | None,
            text: str, cpu: dict[str, float]) -> object:
        doc = doc_cls(meta_cls(id=article_id, url=url), raw=text)
        for step in steps:
            started = time.process_time()
            doc = step(doc)
            cpu[step.name] += time.process_time() - started
            doc.done.update(step.provides)
        return doc

    for steps, doc_cls, meta_cls, _ in runs:  # load data and models
        run(steps, doc_cls, meta_cls, "warm-up", None, articles[0].text[:400], defaultdict(float))
    sink = open(spans_path, "w", encoding="utf-8") if spans_path else None  # noqa: SIM115
    try:
        for k, article in enumerate(articles):
            for steps, doc_cls, meta_cls, cpu in (runs if k % 2 == 0 else runs[::-1]):
                doc = run(steps, doc_cls, meta_cls, article.id, article.url, article.text, cpu)
                if sink is not None and steps is stages:
                    rows = [[s.label, s.start, s.end, s.value, s.rule, s.stage, s.score]
                            for s in doc.spans]  # type: ignore[attr-defined]
                    sink.write(json.dumps({"id": article.id, "text": doc.text,  # type: ignore[attr-defined]
                                           "spans": rows}, ensure_ascii=False, default=str) + "\n")
    finally:
        if sink is not None:
            sink.close()
    cpu = runs[0][3]
    total = sum(cpu.values())
    click.echo(f"{len(articles)} UnifiedFC articles, CPU seconds by stage (one core)"
               + (f", {against} → this code:" if against else ":"))
    for name in STAGES_TO_QUANTITIES:
        if against:
            before = runs[1][3][name]
            change = f"  ({100 * (cpu[name] - before) / before:+.1f}%)" if before else ""
            click.echo(f"  {name:<11} {before:6.2f} → {cpu[name]:6.2f}{change}")
        else:
            click.echo(f"  {name:<11} {cpu[name]:6.2f}")
    if against:
        before = sum(runs[1][3].values())
        click.echo(f"  {'total':<11} {before:6.2f} → {total:6.2f}  ({100 * (total - before) / before:+.1f}%)")
    else:
        click.echo(f"  {'total':<11} {total:6.2f}  ({1000 * total / max(len(articles), 1):.2f} ms per document)")
