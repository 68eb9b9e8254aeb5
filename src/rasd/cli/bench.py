"""``rasd bench extract``: the whole per-document pipeline on real articles; ``rasd bench
page``: one huge page made of them."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import importlib
import json
import random
import re
import resource
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice

import click

from rasd.cli.main import bench_group


def _run(pipeline: object, doc_cls: type, meta_cls: type, article: object,
         wall: dict[str, float], cpu: dict[str, float]) -> object:
    """One article through every stage, adding each stage's wall and CPU seconds."""
    doc = doc_cls(meta_cls(id=article.id, url=article.url), raw=article.text)  # type: ignore[attr-defined]
    for stage in pipeline.stages:  # type: ignore[attr-defined]
        t0, c0 = time.perf_counter(), time.process_time()
        doc = stage(doc)
        cpu[stage.name] += time.process_time() - c0
        wall[stage.name] += time.perf_counter() - t0
        doc.done.update(stage.provides)
    return doc


def _dump_row(doc: object) -> str:
    """Every span and event mention of ``doc`` as one JSON line (sorted keys)."""
    spans = [[s.label, s.start, s.end, s.value, s.rule, s.stage, s.score]
             for s in doc.spans]  # type: ignore[attr-defined]
    events = [e.to_dict() for e in doc.events]  # type: ignore[attr-defined]
    return json.dumps({"id": doc.meta.id, "text": doc.text, "spans": spans,  # type: ignore[attr-defined]
                       "events": events}, ensure_ascii=False, default=str, sort_keys=True)


@bench_group.command("extract")
@click.option("--limit", type=int, default=None, help="Only the first N UnifiedFC articles.")
@click.option("--against", default=None, metavar="PACKAGE",
              help="Also run another copy of rasd importable as PACKAGE (e.g. an older commit "
                   "renamed rasd_base, see `rasd bench stages --help`), document by document "
                   "in the same process, alternating which runs first: before/after CPU under "
                   "the same machine load.")
@click.option("--dump", "dump_path", type=click.Path(dir_okay=False), default=None,
              help="Write every document's text, spans and event mentions as JSONL (sorted "
                   "keys), to compare two versions byte for byte.")
def bench_extract(limit: int | None, against: str | None, dump_path: str | None) -> None:
    """Documents/s of the full document pipeline on the UnifiedFC articles, stage by stage.

    Wall seconds (what a user waits) and CPU seconds (``time.process_time``, which other
    jobs on a shared machine do not inflate) of each stage; data and models are loaded
    before the clock starts and then frozen out of the cycle collector, which stays off
    while documents go through, as ``rasd ingest`` and ``rasd extract`` run them
    (:class:`rasd.collector.DocumentRun`).

    \b
    Examples:
      rasd bench extract --limit 1000
      PYTHONPATH=/tmp/pkgs rasd bench extract --limit 500 --against rasd_base
    """
    from rasd.collector import DocumentRun
    from rasd.datasets import unifiedfc_articles
    from rasd.document import Document, Meta
    from rasd.pipeline import build

    runs = [(build(), Document, Meta, defaultdict(float), defaultdict(float))]
    if against:
        other = importlib.import_module(f"{against}.pipeline")
        other_doc = importlib.import_module(f"{against}.document")
        runs.append((other.build(), other_doc.Document, other_doc.Meta, defaultdict(float),
                     defaultdict(float)))
    articles = list(islice(unifiedfc_articles(), limit))
    if not articles:
        raise click.ClickException("no UnifiedFC articles found")
    warm = dataclasses.replace(articles[0], text=articles[0].text[:400])
    for pipeline, doc_cls, meta_cls, _, _ in runs:  # load data and models
        _run(pipeline, doc_cls, meta_cls, warm, defaultdict(float), defaultdict(float))
    # As `rasd ingest` and `rasd extract` run documents (rasd.collector.DocumentRun): what
    # was loaded is frozen out of the collector, which is off while documents go through,
    # with a pass over the young generations every 100 documents (between documents: its
    # CPU is added to the total below).
    collector = DocumentRun().__enter__()
    collector.done()  # the warm-up was the first document
    between = [0.0]
    collected = [0.0, 0, 0]  # CPU seconds in the cycle collector, passes, full passes
    clock = [0.0]

    def collector_clock(phase: str, info: dict) -> None:
        if phase == "start":
            clock[0] = time.process_time()
        else:
            collected[0] += time.process_time() - clock[0]
            collected[1] += 1
            collected[2] += info["generation"] == 2

    gc.callbacks.append(collector_clock)
    chars = mentions = 0
    sink = open(dump_path, "w", encoding="utf-8") if dump_path else None  # noqa: SIM115
    started = time.perf_counter()
    try:
        for k, article in enumerate(articles):
            for pipeline, doc_cls, meta_cls, wall, cpu in (runs if k % 2 == 0 else runs[::-1]):
                doc = _run(pipeline, doc_cls, meta_cls, article, wall, cpu)
                if pipeline is runs[0][0]:
                    chars += len(doc.raw)  # type: ignore[attr-defined]
                    mentions += len(doc.events)  # type: ignore[attr-defined]
                    if sink is not None:
                        sink.write(_dump_row(doc) + "\n")
            c0 = time.process_time()
            collector.done()
            between[0] += time.process_time() - c0
    finally:
        gc.callbacks.remove(collector_clock)
        collector.__exit__(None, None, None)
        if sink is not None:
            sink.close()
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall, cpu = runs[0][3], runs[0][4]
    total, total_cpu = sum(wall.values()), sum(cpu.values()) + between[0]
    n = len(articles)
    click.echo(f"{n} documents ({chars / 1e6:.1f} M characters) in {total:.1f} s: "
               f"{n / total:.0f} documents/s, {mentions} event mentions, peak RSS {peak_mb:.0f} MB")
    click.echo(f"CPU {total_cpu:.2f} s: {n / total_cpu:.0f} documents/s, "
               f"{1000 * total_cpu / n:.2f} ms per document"
               + (f" ({elapsed:.1f} s wall for both versions)" if against else ""))
    click.echo(f"cycle collector: {collected[0]:.2f} s CPU in {collected[1]} passes "
               f"({collected[2]} full; {between[0]:.2f} s between documents, in the CPU total, "
               "the rest in the stages it interrupted)")
    header = "  stage         wall s      %   CPU s  CPU ms/doc"
    if against:
        header += f"   {against} CPU s → this code"
    click.echo(header)
    for name in runs[0][0].names:
        line = (f"  {name:12s} {wall[name]:7.2f}  {100 * wall[name] / total:5.1f}  {cpu[name]:6.2f}"
                f"  {1000 * cpu[name] / n:10.2f}")
        if against:
            before = runs[1][4][name]
            change = f"{100 * (cpu[name] - before) / before:+6.1f}%" if before else ""
            line += f"   {before:6.2f} → {cpu[name]:6.2f} {change}"
        click.echo(line)
    if against:
        before = sum(runs[1][4].values())
        click.echo(f"  {'total':12s} {'':7s}  {'':5s}  {total_cpu:6.2f}  {1000 * total_cpu / n:10.2f}"
                   f"   {before:6.2f} → {total_cpu:6.2f} {100 * (total_cpu - before) / before:+6.1f}%")


SHAPES = ("page", "lines", "ticker", "dated")


def huge_text(chars: int, shape: str) -> str:
    """A page of ``chars`` characters made of UnifiedFC text (the same each time).

    ``page``: the articles in file order run together, a blank line between them; ``lines``:
    their distinct sentences that hold a trigger, one a line (a chronology or digest of
    thousands of items); ``ticker``: the same sentences run into one sentence, their stops
    made commas (a news ticker glued into one line); ``dated``: those sentences one a line, each
    opened by a day of 2012-2017 written "D/M/YYYY - " (the same days each time), a chronology
    of thousands of dated items (REVIEW21's finding 5)."""
    from rasd.datasets import unifiedfc_articles

    if shape == "page":
        text = "\n\n".join(_until(chars, (a.text.strip() for a in unifiedfc_articles())))[:chars]
        stop = text.rfind(".")
        return text[:stop + 1] if stop > chars // 2 else text
    if shape == "dated":
        days = random.Random(22)
        lines = (f"{days.randint(1, 28)}/{days.randint(1, 12)}/{days.randint(2012, 2017)} - {sentence}"
                 for sentence in _trigger_sentences(unifiedfc_articles()))
        return "\n".join(_until(chars, lines))[:chars]
    text = "\n".join(_until(chars, _trigger_sentences(unifiedfc_articles())))
    return text[:chars] if shape == "lines" else text.replace(".", "،").replace("\n", " ، ")[:chars]


def _until(chars: int, parts: Iterable[str]) -> list[str]:
    """The first of ``parts`` that together reach ``chars`` characters."""
    taken: list[str] = []
    size = 0
    for part in parts:
        if size >= chars:
            break
        taken.append(part)
        size += len(part) + 2
    return taken


def _trigger_sentences(articles: Iterable[object]) -> Iterator[str]:
    """The articles' distinct sentences of 40-400 characters in which the trigger lexicon
    finds a trigger, in order."""
    from rasd.events.lexicon import lexicon
    from rasd.text.normalize import normalize

    lex, seen = lexicon(), set()
    for article in articles:
        for sentence in re.split(r"(?<=[.!؟])\s+|\n+", article.text):  # type: ignore[attr-defined]
            sentence = sentence.strip()
            if 40 <= len(sentence) <= 400 and sentence not in seen and lex.scan(normalize(sentence).text):
                seen.add(sentence)
                yield sentence


@bench_group.command("page")
@click.option("--chars", "sizes", type=int, multiple=True, default=(30_000, 100_000, 270_000),
              show_default=True, help="Page size in characters (repeat for several pages).")
@click.option("--shape", type=click.Choice(SHAPES), default="lines", show_default=True,
              help="page: articles run together; lines: sentences with a trigger, one a line; "
                   "ticker: those sentences run into one sentence; dated: those sentences one a line, "
                   "each opened by a day (D/M/YYYY).")
@click.option("--dump", "dump_path", type=click.Path(dir_okay=False), default=None,
              help="Write each page's text, spans and event mentions as JSONL (sorted keys).")
def bench_page(sizes: tuple[int, ...], shape: str, dump_path: str | None) -> None:
    """CPU seconds of each stage on one huge page: whether a stage's time grows with the
    page's length, not its square (issue 6's huge input).

    The page is built from UnifiedFC text (:func:`huge_text`), the same for a size and shape
    every time, so a later version can be timed on it again; ``--dump`` to compare outputs.

    \b
    Examples:
      rasd bench page
      rasd bench page --shape ticker --chars 30000 --chars 100000
    """
    from rasd.document import Document, Meta
    from rasd.pipeline import build

    pipeline = build()
    warm = Document(Meta(id="warm"), raw="قتل مدني في غارة على حلب.")
    for stage in pipeline.stages:  # load data and models
        warm = stage(warm)
        warm.done.update(stage.provides)
    sink = open(dump_path, "w", encoding="utf-8") if dump_path else None  # noqa: SIM115
    try:
        for size in sizes:
            text = huge_text(size, shape)
            cpu: dict[str, float] = defaultdict(float)
            doc = _run(pipeline, Document, Meta, _Page(f"{shape}-{size}", "", text), defaultdict(float), cpu)
            if sink is not None:
                sink.write(_dump_row(doc) + "\n")
            click.echo(f"{shape} {len(text):,} characters, {len(doc.events)} event mentions "  # type: ignore[attr-defined]
                       f"({hashlib.md5(_dump_row(doc).encode()).hexdigest()[:12]}): "
                       f"CPU {sum(cpu.values()):.2f} s; "
                       + ", ".join(f"{name} {cpu[name]:.2f}" for name in pipeline.names))
    finally:
        if sink is not None:
            sink.close()


@dataclasses.dataclass(frozen=True)
class _Page:
    id: str
    url: str
    text: str
