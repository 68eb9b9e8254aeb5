"""``rasd dates``, ``rasd eval time``, ``rasd eval numbers``, ``rasd bench time`` (issue 5)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from rasd.cli.main import bench_group, cli, eval_group


@cli.command("dates")
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False),
              help="JSONL, one {id, text, published} per line ('-' for stdin).")
@click.option("--output", "output_path", default="-", type=click.Path(dir_okay=False),
              help="Where to write the JSONL answers (default stdout).")
def dates_command(input_path: str, output_path: str) -> None:
    """Temporal expressions of each text, normalised against its publication date.

    \b
    Each output line: {"id", "expressions": [{"text", "start", "end", "date", "precision"}]}
    with offsets into the input text, ACLED precision (1 day, 2 week/part of a month,
    3 month) and date null when it cannot be known (a bare year, a weekday without
    a publication date).
    Example:
      rasd dates --input cases.jsonl
    """
    from rasd.document import precision_of
    from rasd.time.extract import extract

    source = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8")  # noqa: SIM115
    sink = sys.stdout if output_path == "-" else open(output_path, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                text = case["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise click.ClickException(f"line {number}: not a {{id, text, published}} "
                                           f"object ({err})") from err
            published = case.get("published")
            published = str(published)[:10] if published else None
            found = [e for e in extract(text, published, precision_of(published))
                     if e.label == "DATE"]
            out = {"id": case.get("id"), "expressions": [
                {"text": e.text, "start": e.start, "end": e.end, "date": e.value["date"],
                 "precision": e.value["precision"]} for e in found]}
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()


def _duckling(name: str) -> Path:
    from rasd.datasets import evalkit_root

    return evalkit_root() / "duckling-ar" / name


def _line(score, unit: str = "expressions") -> str:
    return (f"  {score.name:44s} {score.right:4d}/{score.total:<4d} {100 * score.accuracy:6.1f}%"
            f"  ({score.seconds * 1000:.0f} ms)")


def _sample(label: str, size: int, seed: int) -> None:
    """Print ``size`` random spans of ``label`` from UnifiedFC articles 1,200–1,999 to read."""
    import random

    from rasd.datasets import unifiedfc_articles
    from rasd.quantities.extract import read_all

    rows = []
    for n, article in enumerate(unifiedfc_articles()):
        if n < 1200:
            continue
        if n >= 2000:
            break
        dates, records = read_all(article.text, "2017-06-15", "day")
        for item in (dates if label == "DATE" else records):
            if item.label == label and (label == "DATE" or item.value["breakdown_of"] is None):
                rows.append((item, article.text))
    for item, text in random.Random(seed).sample(rows, min(size, len(rows))):
        context = text[max(0, item.start - 35):item.end + 20].replace("\n", " ")
        value = {k: v for k, v in item.value.items() if k in (
            "date", "precision", "kind", "count", "approx", "who")}
        click.echo(f"{text[item.start:item.end]} | {value} | …{context}…")


@eval_group.command("time")
@click.option("--show-misses", is_flag=True, help="List the expressions each reader got wrong.")
@click.option("--sample", type=int, default=0,
              help="Instead, print N random DATE spans of unseen UnifiedFC articles to read.")
@click.option("--seed", type=int, default=11, show_default=True)
def eval_time(show_misses: bool, sample: int, seed: int) -> None:
    """Day-valued Arabic time expressions of Duckling's corpus: rasd and dateparser side by side.

    \b
    Example:
      rasd eval time --show-misses
      rasd eval time --sample 50     (publication date taken as 2017-06-15)
    """
    from rasd.time import evaluate as ev

    if sample:
        _sample("DATE", sample, seed)
        return

    data = ev.load(_duckling("time_ar.json"))
    ref = ev.reference_time(data["meta"])
    cases = ev.day_cases(data)
    lenient, strict = ev.score_rasd(cases, ref.date())
    peers = [ev.score_dateparser(cases, ref, prefer) for prefer in ("future", "past")]
    peers.append(ev.score_dateparser_search(cases, ref, "future"))
    click.echo(f"Duckling Arabic time corpus: {len(cases)} day-valued expressions, "
               f"reference {ref.isoformat()} (direction: future, as Duckling reads weekdays)")
    for score in (lenient, strict, *peers):
        click.echo(_line(score))
    if show_misses:
        for score in (lenient, *peers):
            click.echo(f"\n{score.name} misses:")
            for text, gold, got in score.misses:
                click.echo(f"  {text}  expected {gold}  got {got}")


@eval_group.command("numbers")
@click.option("--show-misses", is_flag=True, help="List the numerals each reader got wrong.")
@click.option("--sample", type=int, default=0,
              help="Instead, print N random casualty totals of unseen UnifiedFC articles.")
@click.option("--seed", type=int, default=11, show_default=True)
def eval_numbers(show_misses: bool, sample: int, seed: int) -> None:
    """Duckling's Arabic numerals (digits of both systems and words), with pyarabic as peer.

    \b
    Example:
      rasd eval numbers
      rasd eval numbers --sample 40
    """
    from rasd.time import evaluate as ev

    if sample:
        _sample("CASUALTY", sample, seed)
        return

    data = ev.load(_duckling("numeral_ar.json"))
    scores = [ev.score_numbers(data), ev.score_pyarabic(data)]
    ordinals = ev.score_ordinals(ev.load(_duckling("ordinal_ar.json")))
    click.echo(f"Duckling Arabic numeral corpus: {scores[0].total} numerals")
    for score in scores:
        click.echo(_line(score))
    click.echo(f"Duckling Arabic ordinal corpus: {ordinals.total} ordinals")
    click.echo(_line(ordinals))
    if show_misses:
        for score in (*scores, ordinals):
            click.echo(f"\n{score.name} misses:")
            for text, gold, got in score.misses:
                click.echo(f"  {text}  expected {gold}  got {got}")


@bench_group.command("time")
@click.option("--limit", type=int, default=200, show_default=True,
              help="Number of UnifiedFC articles.")
def bench_time(limit: int) -> None:
    """Speed of the time + quantities readers on real articles, and the no-expression filter.

    \b
    Example:
      rasd bench time --limit 200
    """
    from rasd.datasets import unifiedfc_articles
    from rasd.quantities.extract import quantities, quantities_of, read_all
    from rasd.quantities.tokens import tokenize
    from rasd.text.normalize import normalize
    from rasd.time.extract import extract

    texts = [a.text for _, a in zip(range(limit), unifiedfc_articles(), strict=False)]
    chars = sum(len(t) for t in texts)
    spans = 0
    best = cpu = float("inf")
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        spans = 0
        for text in texts:
            toks = tokenize(normalize(text))
            found = extract(text, "2020-01-01", "day", toks=toks)
            skip = toks.inside([(e.start, e.end) for e in found])
            spans += len(found) + len(quantities(toks, skip))
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    click.echo(f"{len(texts)} UnifiedFC articles ({chars / 1e6:.2f} M chars, "
               f"{chars / len(texts):.0f} chars/article), {spans} spans; best of 5 runs:")
    click.echo(f"  time + quantities: {best / chars * 7000 * 1000:.2f} ms per 7,000 chars wall, "
               f"{cpu / chars * 7000 * 1000:.2f} ms CPU ({best / len(texts) * 1000:.2f} ms/article)")
    # sentences with no expression: the pre-filter path
    sentences = []
    for text in texts:
        for piece in text.replace("!", ".").replace("؟", ".").split("."):
            piece = piece.strip()
            if piece and not extract(piece, "2020-01-01", "day") and not quantities_of(piece):
                sentences.append(piece)
    spent = float("inf")
    for _ in range(5):
        c0 = time.process_time()
        for piece in sentences:
            read_all(piece, "2020-01-01", "day")
        spent = min(spent, time.process_time() - c0)
    click.echo(f"  {len(sentences)} sentences with no expression: "
               f"{len(sentences) / spent:,.0f} sentences/s of CPU time (read_all: pre-filter, "
               "then both readers)")
