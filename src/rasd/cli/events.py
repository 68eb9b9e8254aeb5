"""``rasd eval events``, ``rasd eval gsr`` and ``rasd bench events``: how well and how fast rasd
finds and fills events."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from rasd.cli.main import bench_group, eval_group

if TYPE_CHECKING:
    from rasd.events.confidence import Band


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def echo_fields(fields: dict[str, list[int]]) -> None:
    """Per-field accuracy of matched events, one line a field (``rasd eval events``/``agreement``)."""
    for name, (ok, total) in fields.items():
        click.echo(f"  {name:<15} {ok}/{total} = {pct(ok / total if total else 0)}")


def echo_bands(bands: list[Band]) -> None:
    """Reliability bands of ``confidence``, lowest first (``rasd eval events``/``train``)."""
    for band in bands:
        click.echo(f"  {band.low:.1f}–{band.high:.1f} {band.mentions:6d} {pct(band.share):>6}%")


@eval_group.command("events")
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold events JSONL (default: the bundled rasd/data/gold/events_gold.jsonl).")
@click.option("--seeds", "seeds_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Seed reports folder (default: ../shared/corpus/seeds beside the repository).")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Sample corpus folder (default: examples/corpus in the repository).")
@click.option("--unseen", is_flag=True,
              help="Score the unseen-report gold instead: real UnifiedFC articles annotated blind "
                   "(rasd/data/gold/unseen_gold.jsonl; needs the evalkit).")
@click.option("--set", "sets", multiple=True,
              help="With --unseen: score only these draws (the gold's \"set\" key, e.g. A or B).")
@click.option("--errors/--no-errors", default=False, help="List missed and extra events.")
@click.option("--reliability", is_flag=True,
              help="Also print, by band of `confidence`, how many emitted mentions match a required "
                   "gold event (mentions matching an optional one left out); with "
                   "RASD_MIN_CONFIDENCE=0 every mention is emitted.")
def eval_events(gold_path: Path | None, seeds_dir: Path | None, corpus_dir: Path | None, unseen: bool,
                sets: tuple[str, ...], errors: bool, reliability: bool) -> None:
    """Event P/R/F1 and per-field accuracy against the project's gold events.

    \b
    Examples:
      rasd eval events --errors
      rasd eval events --unseen --set B
    """
    from rasd.datasets import REPO
    from rasd.events.evaluate import (
        UNSEEN_GOLD,
        gold_document_ids,
        gold_documents,
        gold_events,
        score_events,
        unifiedfc_documents,
    )
    from rasd.pipeline import build

    pipeline = build()
    if unseen:
        gold = [g for g in gold_events(gold_path, name=UNSEEN_GOLD) if not sets or g.get("set") in sets]
        wanted = gold_document_ids(gold)
        try:
            documents = list(unifiedfc_documents(wanted))
        except FileNotFoundError as exc:
            raise click.ClickException(f"UnifiedFC articles not found ({exc}); set RASD_EVALKIT") from exc
    else:
        seeds_dir = seeds_dir or REPO.parent / "shared" / "corpus" / "seeds"
        corpus_dir = corpus_dir or REPO / "examples" / "corpus"
        if not (seeds_dir / "seeds.jsonl").exists():
            raise click.ClickException(f"seed reports not found in {seeds_dir} (use --seeds)")
        gold = gold_events(gold_path)
        wanted = gold_document_ids(gold)
        documents = list(gold_documents(seeds_dir, corpus_dir))
    system = {doc.id: pipeline(doc).events for doc in documents if doc.id in wanted}
    missing = wanted - set(system)
    if missing:
        click.echo(f"warning: gold documents not read, their gold events left out: {', '.join(sorted(missing))}",
                   err=True)
        gold = [g for g in gold if g["doc_id"] in system]
    score = score_events(gold, system)
    click.echo(f"documents {len(system)}  gold events {score.gold}  system events {score.system}  "
               f"matched {score.matched}" + (f"  (optional gold matched, left out: {score.optional})"
                                             if score.optional else ""))
    click.echo(f"event  P {pct(score.precision)}  R {pct(score.recall)}  F1 {pct(score.f1)}")
    echo_fields(score.fields)
    if reliability:
        from rasd.events.confidence import reliability as bands
        from rasd.events.evaluate import match_labels

        labels = match_labels(gold, system)
        scored = [(e.confidence, bool(labels[id(e)])) for mentions in system.values() for e in mentions
                  if e.confidence is not None and labels[id(e)] is not None]
        click.echo("reliability (confidence band: mentions, share matching a required gold event):")
        echo_bands(bands(scored))
    draws = sorted({g["set"] for g in gold if g.get("set")})
    if len(draws) > 1:  # the unseen gold's draws, each on its own
        for draw in draws:
            part = [g for g in gold if g.get("set") == draw]
            ids = gold_document_ids(part)
            one = score_events(part, {k: v for k, v in system.items() if k in ids})
            click.echo(f"  set {draw}: documents {len(ids)}  gold {one.gold}  system {one.system}  "
                       f"matched {one.matched}  P {pct(one.precision)}  R {pct(one.recall)}  F1 {pct(one.f1)}")
    if errors:
        for line in score.misses:
            click.echo(f"MISS  {line}")
        for line in score.extras:
            click.echo(f"EXTRA {line}")
        for line in score.wrong:
            click.echo(f"FIELD {line}")


@eval_group.command("gsr")
@click.option("--portion", type=click.Choice(["test", "dev", "all"]), default="test", show_default=True,
              help="Held-out test rows (hash buckets 1-4), development rows (bucket 0) or all.")
@click.option("--type", "types", multiple=True, type=click.Choice(["ASSAULT", "PROTEST"]),
              default=("ASSAULT", "PROTEST"), show_default=True)
@click.option("--errors", type=int, default=0, help="Print this many false positives and negatives.")
@click.option("--assault-as", type=click.Choice(["schema", "cameo18"]), default="schema", show_default=True,
              help="schema: every rasd ASSAULT (the issue's definition); cameo18: only unconventional "
                   "violence, conventional fighting (air strikes, shelling, armed clashes, territory taken) "
                   "read as PLOVER's separate FIGHT.")
@click.option("--sentence-model", is_flag=True,
              help="Also score the learned sentence decision (rasd train gsr-sentence, fitted on the "
                   "development rows only) on the same rows, beside the rules.")
@click.option("--sentence-model-file", "model_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also score the sentence models of this file (rasd train gsr-sentence --output), "
                   "one line each, named by the file; a model fitted on embeddings needs rasd[gsr].")
def eval_gsr(portion: str, types: tuple[str, ...], errors: int, assault_as: str, sentence_model: bool,
             model_files: tuple[Path, ...]) -> None:
    """Sentence-level ASSAULT / PROTEST detection on the Arabic event GSR, with a keyword baseline.

    "yes" rows are positives, "easy no" and "difficult no" negatives; "ambiguous" rows are
    left out. --assault-as cameo18 reads conventional fighting as PLOVER's FIGHT (CAMEO 19),
    not ASSAULT (CAMEO 18). --sentence-model adds the learned sentence decision's line,
    --sentence-model-file a line for each other model file.

    \b
    Example:
      rasd eval gsr --portion test
      rasd eval gsr --portion dev --sentence-model
      rasd eval gsr --portion dev --type ASSAULT --sentence-model-file gsr_sentence_e5.json
    """
    from functools import cache

    from rasd.datasets import evalkit_root
    from rasd.document import Document, Meta
    from rasd.events.evaluate import gsr_rows, gsr_types, score_gsr
    from rasd.events.sentence_model import (
        MissingEmbedder,
        embed,
        embedding_groups,
        load_models,
        score_sentence,
    )
    from rasd.pipeline import build

    pipeline = build()
    models = load_models() if sentence_model else {}
    if sentence_model and not models:
        raise click.ClickException("no sentence model file installed: run rasd train gsr-sentence")
    others = [(path.stem, load_models(str(path))) for path in model_files]

    @cache
    def processed(text: str) -> Document:
        return pipeline(Document(Meta(id="gsr"), raw=text))

    def detect(text: str) -> set[str]:
        return gsr_types(processed(text).events, split_fight=assault_as == "cameo18")

    def decider(chosen):
        def decide(text: str) -> set[str]:
            doc = processed(text)
            return {p for p, m in chosen.items() if score_sentence(doc, m) >= m.threshold}
        return decide

    root = evalkit_root() / "arabic-event-gsr"
    for plover in types:
        rows = gsr_rows(root / f"{plover.lower()}_gsr.csv", portion)
        system, baseline = score_gsr(rows, plover, detect)
        lines = [("rasd", system)]
        if plover in models:
            lines.append(("sentence model", score_gsr(rows, plover, decider(models))[0]))
        for name, chosen in others:
            if plover not in chosen:
                continue
            try:
                for group in embedding_groups([chosen[plover]]):  # every row's text in one batch
                    embed([processed(r.text).text for r in rows], group)
                lines.append((name, score_gsr(rows, plover, decider({plover: chosen[plover]}))[0]))
            except MissingEmbedder as error:
                raise click.ClickException(str(error)) from error
        positives = sum(r.label == "yes" for r in rows)
        click.echo(f"{plover} ({portion}: {len(rows)} sentences, {positives} yes)")
        for name, c in (*lines, ("keyword baseline", baseline)):
            click.echo(f"  {name:<17} P {pct(c.precision)}  R {pct(c.recall)}  F1 {pct(c.f1)}  "
                       f"(tp {c.tp}, fp {c.fp} of which difficult {c.fp_difficult}, fn {c.fn})")
        if errors:
            shown = {"FP": 0, "FN": 0}
            for row in rows:
                got = plover in detect(row.text)
                kind = "FP" if got and row.label != "yes" else "FN" if not got and row.label == "yes" else None
                if kind and shown[kind] < errors:
                    shown[kind] += 1
                    click.echo(f"  {kind} [{row.label}] {row.text[:200]}")


@bench_group.command("events")
@click.option("--limit", type=int, default=300, show_default=True, help="The first N UnifiedFC articles.")
def bench_events(limit: int) -> None:
    """CPU time of the events and attribution stages, part by part, on real articles.

    The stages before them run first (not timed), so events read real spans; then each part
    is timed with the process's CPU clock, which other jobs on the machine do not inflate.

    \b
    Example:
      rasd bench events --limit 300
    """
    from rasd.datasets import unifiedfc_articles
    from rasd.document import Document, Meta
    from rasd.events import attribute, extract_events
    from rasd.events.arguments import Annotations
    from rasd.events.detect import find_candidates
    from rasd.events.lexicon import lexicon
    from rasd.events.tokens import Words
    from rasd.pipeline import DOCUMENT_STAGES, build

    before = build([s for s in DOCUMENT_STAGES if s not in ("events", "attribution")])
    docs = [before(Document(Meta(id=a.id), raw=a.text))
            for _, a in zip(range(limit), unifiedfc_articles(), strict=False)]
    lex = lexicon()
    extract_events(docs[0])  # data files loaded and compiled once, outside the timing
    spent = dict.fromkeys(("words", "triggers and context", "spans on words", "events stage", "attribution"), 0.0)
    chars = sum(len(d.text) for d in docs)
    for doc in docs:
        t = time.process_time()
        words = Words(doc)
        spent["words"] += time.process_time() - t
        t = time.process_time()
        find_candidates(words, lex)
        spent["triggers and context"] += time.process_time() - t
        t = time.process_time()
        Annotations(doc, words, lex)
        spent["spans on words"] += time.process_time() - t
        t = time.process_time()
        doc.events = extract_events(doc, lex)
        spent["events stage"] += time.process_time() - t
        t = time.process_time()
        attribute(doc, lex)
        spent["attribution"] += time.process_time() - t
    click.echo(f"{len(docs)} documents, {chars / len(docs):,.0f} characters each on average; CPU ms a document:")
    for name, seconds in spent.items():
        click.echo(f"  {name:<22} {1000 * seconds / len(docs):6.2f}")
    click.echo("(words, triggers and spans on words are parts of the events stage, timed again alone)")
