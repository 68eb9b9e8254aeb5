"""Across documents: ``rasd stories``, ``rasd dyads``, ``rasd eval clusters``, ``rasd bench ingest``."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from rasd.cli.main import bench_group, cli, db_option, eval_group

out = Console()
err = Console(stderr=True)


def _need_db(db_path: str) -> None:
    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run `rasd ingest PATH --db {db_path}` first")


def _span(dates: list[str | None]) -> str:
    known = sorted(d for d in dates if d)
    if not known:
        return "?"
    return known[0] if known[0] == known[-1] else f"{known[0]} – {known[-1]}"


@cli.command("stories")
@db_option
@click.option("--min-size", type=int, default=1, show_default=True, help="Only stories with this many documents.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story.")
def stories_command(db_path: str, min_size: int, limit: int, as_json: bool) -> None:
    """List story clusters: documents about one happening, largest first.

    \b
    Example:
      rasd stories --db rasd.db --min-size 2
    """
    from rasd.corpus.outlets import outlet_name
    from rasd.store.sqlite import Store

    _need_db(db_path)
    with Store(db_path) as store:
        stories = store.stories(min_size)[:limit]
        relations = {(r["doc_id"]): (r["relation"], r["other_id"], r["score"]) for r in store.relations()}
    rows = []
    for story in stories:
        docs = story["docs"]
        rows.append({
            "id": story["id"], "size": len(docs), "title": story["title"],
            "outlets": sorted({outlet_name(d["outlet"], d["url"], d["id"]) for d in docs}),
            "first_published": min((d["published"] for d in docs if d["published"]), default=None),
            "last_published": max((d["published"] for d in docs if d["published"]), default=None),
            "documents": [{**d, "relation": dict(zip(("relation", "of", "score"), relations[d["id"]], strict=True))
                           if d["id"] in relations else None} for d in docs],
        })
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table("story", "docs", "outlets", "published", "title", title=f"{len(rows)} stories")
    for row in rows:
        table.add_row(row["id"], str(row["size"]), ", ".join(row["outlets"])[:60],
                      _span([row["first_published"], row["last_published"]]), (row["title"] or "")[:70])
    out.print(table)


@cli.command("dyads")
@db_option
@click.option("--actor", default=None, help="Only pairs with an actor whose id or name contains this.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per actor pair and month.")
def dyads_command(db_path: str, actor: str | None, as_json: bool) -> None:
    """Actor pairs month by month: events by PLOVER type and a conflict–cooperation score.

    The score is the mean Goldstein-like weight (-10 conflict … +10 cooperation) of the
    month's merged events, from data/corpus/plover_scores.yaml.

    \b
    Example:
      rasd dyads --db rasd.db --actor Iran
    """
    from rasd.corpus.dyads import dyads
    from rasd.store.sqlite import Store

    _need_db(db_path)
    with Store(db_path) as store:
        rows = dyads(store.event_records(), actor)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row.to_dict(), ensure_ascii=False))
        return
    table = Table("actor A", "actor B", "month", "events", "by type", "score", title=f"{len(rows)} dyad-months")
    for row in rows:
        table.add_row(row.actors[0], row.actors[1], row.month, str(row.events),
                      ", ".join(f"{t} {n}" for t, n in sorted(row.counts.items())), f"{row.score:+.1f}")
    out.print(table)


@eval_group.command("clusters")
@click.option("--corpus", "corpus_paths", multiple=True,
              default=("examples/corpus", "../shared/corpus/seeds"), show_default=True,
              help="Documents whose gold stories are in data/corpus/stories_gold.yaml.")
@click.option("--limit", type=int, default=None, help="Only the first N UnifiedFC articles.")
@click.option("--originals", type=int, default=500, show_default=True,
              help="UnifiedFC articles given a lightly edited copy (near-duplicate pairs).")
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the synthetic edits.")
def eval_clusters(corpus_paths: tuple[str, ...], limit: int | None, originals: int, seed: int) -> None:
    """Story clusters (pairwise precision/recall) and near-duplicate pairs.

    \b
    1. seeds + sample corpus through the full ingest, against hand-made gold stories;
    2. UnifiedFC articles (cleaned text, no extraction), one gold group per claim;
    3. near-duplicates: UnifiedFC articles vs lightly edited copies (positives) and
       articles of other claims (negatives), edits drawn with --seed.

    \b
    Example:
      rasd eval clusters --originals 500 --seed 7
    """
    from rasd.corpus.evaluate import near_duplicate_pairs, sample_stories, unifiedfc_stories
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    with tempfile.TemporaryDirectory() as folder:
        paths = [p for p in corpus_paths if Path(p).exists()]
        with Store(Path(folder) / "sample.db") as store:
            ingest(paths, store)
            scores = sample_stories(store)
            merged = [r for r in store.event_records() if len(r["doc_ids"]) > 1]
        click.echo(f"stories, seeds + sample corpus ({', '.join(paths)}): pairwise precision "
                   f"{scores.precision:.3f}, recall {scores.recall:.3f}, F1 {scores.f1:.3f} "
                   f"({scores.true_positive} of {scores.predicted} predicted pairs, {scores.gold} gold pairs)")
        for record in merged:
            click.echo(f"  merged event {record['event_id']} {record['plover']}: {', '.join(record['doc_ids'])}"
                       f" — {record['grade']}, {record['independent_source_count']} independent of "
                       f"{record['source_count']} outlets"
                       + (f"; {'; '.join(record['contradictions'])}" if record["contradictions"] else ""))
        with Store(Path(folder) / "unifiedfc.db") as store:
            scores = unifiedfc_stories(store, limit)
        click.echo(f"stories, UnifiedFC claim groups (cleaned text): pairwise precision {scores.precision:.3f}, "
                   f"recall {scores.recall:.3f}, F1 {scores.f1:.3f} ({scores.true_positive} of "
                   f"{scores.predicted} predicted pairs, {scores.gold} gold pairs)")
        with Store(Path(folder) / "duplicates.db") as store:
            dup = near_duplicate_pairs(store, originals, seed)
        click.echo(f"near-duplicates (seed {seed}): precision {dup.precision:.3f}, recall {dup.recall:.3f} "
                   f"({dup.true_positive} of {dup.positives} edited copies found, {dup.false_positive} of "
                   f"{dup.negatives} other-claim pairs flagged); different articles of the same claim "
                   f"flagged: {dup.same_claim_flagged} of {dup.same_claim_pairs}")


@bench_group.command("ingest")
@click.option("--sizes", default="500,1000,2000,3042", show_default=True,
              help="Comma-separated numbers of UnifiedFC articles.")
def bench_ingest(sizes: str) -> None:
    """Full ingest (pipeline, store, near-duplicates, stories, merging) at several sizes.

    Each size runs in a fresh process and database; peak memory is that process's.

    \b
    Example:
      rasd bench ingest --sizes 500,1000,2000,3042
    """
    from rasd.corpus.bench import run_isolated

    for size in [int(s) for s in sizes.split(",") if s.strip()]:
        r = run_isolated(size)
        stages = ", ".join(f"{name} {t:.1f}" for name, t in r["stages"].items())
        click.echo(f"{r['documents']} documents: {r['seconds']:.1f} s ({r['cpu_seconds']:.1f} s CPU), "
                   f"{r['documents_per_second']:.0f} docs/s, peak RSS {r['peak_rss_mb']} MB; "
                   f"{r['mentions']} mentions → {r['events']} events; across documents "
                   f"{r['across_documents']:.1f} s ({r['across_documents_cpu']:.1f} s CPU), "
                   f"store+read {r['store_and_read']:.1f} s; stages (s): {stages}")
        per_doc = 1000 / max(r["stored"], 1)
        click.echo(f"  CPU s: pipeline {r['pipeline_cpu']:.1f}, store {r['store_cpu']:.1f} "
                   f"({r['store_cpu'] * per_doc:.1f} ms/doc), across documents "
                   f"{r['across_documents_cpu']:.1f} ({r['across_documents_cpu'] * per_doc:.1f} ms/doc), "
                   f"read+rest {r['read_and_rest_cpu']:.1f}; total {r['cpu_seconds']:.1f} "
                   f"({r['documents'] / max(r['cpu_seconds'], 1e-9):.0f} docs per CPU s)")
