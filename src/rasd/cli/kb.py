"""``rasd kb``: inspect and check the knowledge base; ``rasd bench actors``; ``rasd eval actors``.

Other knowledge-base commands (places, gazetteer) can join the group with
``from rasd.cli.kb import kb_group``.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import click

from rasd.cli.main import bench_group, cli, eval_group


@cli.group("kb")
def kb_group() -> None:
    """The knowledge base: actors, sources (and places)."""


def _load(path: Path | None):
    from rasd.kb.actors import KBError, load_kb

    try:
        return load_kb(path)
    except KBError as err:
        raise click.ClickException(str(err)) from err


@kb_group.command("actors")
@click.option("--check", is_flag=True, help="Only validate the data; exit 1 with every problem found.")
@click.option("--type", "actor_type", default=None, help="Only actors of this ACLED type.")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Another data folder to check instead of the packaged one.")
def kb_actors(check: bool, actor_type: str | None, data: Path | None) -> None:
    """List the actors (id, ACLED type, name, Arabic name, parent) or validate the data.

    \b
    Examples:
      rasd kb actors --check
      rasd kb actors --type "Political militia"
    """
    kb = _load(data)
    if check:
        aliases = sum(len(a.aliases) + len(a.place_aliases) for a in kb.actors.values())
        aliases += sum(len(s.aliases) for s in kb.sources.values())
        types = Counter(a.type for a in kb.actors.values())
        click.echo(f"OK: {len(kb.actors)} actors, {len(kb.sources)} sources, {aliases} aliases, "
                   f"{len(kb.adjectives)} nationality qualifiers")
        for name, n in types.most_common():
            click.echo(f"  {n:4d}  {name}")
        return
    for a in kb.actors.values():
        if actor_type and a.type != actor_type:
            continue
        parent = f"  ← {a.parent}" if a.parent else ""
        click.echo(f"{a.id:34s} {a.type:22s} {a.name} | {a.name_ar}{parent}")


@kb_group.command("sources")
def kb_sources() -> None:
    """List the media, monitors and generic bodies reports cite (kind, name, Arabic name)."""
    kb = _load(None)
    for s in kb.sources.values():
        click.echo(f"{s.id:26s} {s.kind:16s} {s.name} | {s.name_ar}")


@kb_group.command("lookup")
@click.argument("text")
@click.option("--published", default=None, help="Publication date YYYY-MM-DD (picks the era of state actors).")
def kb_lookup(text: str, published: str | None) -> None:
    """Actors and sources the actors stage finds in TEXT, with the rule that matched.

    \b
    Example:
      rasd kb lookup "قصفت قوات النظام وبالحرس الثوري مواقع لقسد"
    """
    from rasd.kb.actors import find_mentions

    found = find_mentions(text, _load(None), published=published)
    if not found:
        click.echo("no actor or source found")
    for m in found:
        v = m.value
        extra = f"type={v['type']} parent={v['parent']}" if m.label == "ACTOR" else f"kind={v['kind']}"
        click.echo(f"{m.start:5d}-{m.end:<5d} {m.label:6s} {text[m.start:m.end]!r} → {v['id']} "
                   f"({v['name']}) {extra} [{m.rule}]")


@bench_group.command("actors")
@click.option("--limit", type=int, default=200, show_default=True, help="First N UnifiedFC articles.")
@click.option("--repeat", type=int, default=5, show_default=True, help="Runs; the fastest is reported.")
def bench_actors(limit: int, repeat: int) -> None:
    """Speed of actor/source linking (the actors stage's work) on UnifiedFC articles.

    Reports CPU time per document and per 7,000 characters (the budget unit), best of
    --repeat runs, plus the one-off cost of loading the data and building the matcher.

    \b
    Example:
      rasd bench actors --limit 200
    """
    from rasd.datasets import unifiedfc_articles
    from rasd.kb.actors import find_mentions, load_kb

    t0 = time.process_time()
    kb = load_kb()
    loaded = time.process_time() - t0
    kb.matcher  # noqa: B018
    built = time.process_time() - t0 - loaded
    texts = [a.text for _, a in zip(range(limit), unifiedfc_articles(), strict=False)]
    chars = sum(map(len, texts))
    best, found = float("inf"), 0
    for _ in range(max(1, repeat)):
        t = time.process_time()
        found = sum(len(find_mentions(text, kb)) for text in texts)
        best = min(best, time.process_time() - t)
    click.echo(f"{len(texts)} documents, {chars / len(texts):,.0f} characters on average, "
               f"{found} ACTOR/SOURCE spans")
    click.echo(f"load+check {loaded:.2f} s, matcher build {built:.2f} s ({kb.matcher.size:,} alias keys), once")
    click.echo(f"linking: {1000 * best / len(texts):.2f} ms per document, "
               f"{1000 * best / (chars / 7000):.2f} ms per 7,000 characters (CPU, best of {repeat})")


@eval_group.command("actors")
@click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path), default=None,
              help="Seed folder (default ../shared/corpus/seeds).")
@click.option("--sample", type=int, default=0,
              help="Also print N random UnifiedFC matches for a precision check by eye.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed of --sample.")
def eval_actors(seeds_dir: Path | None, sample: int, seed: int) -> None:
    """Coverage of the actor knowledge base.

    \b
    1. Gold event actors (rasd/data/gold/events_gold.jsonl, seeds + sample corpus): share
       of gold actor1/actor2 values that some ACTOR span of the same document links to
       (same name test as `rasd eval events`), whatever role the events stage gives it.
    2. ANERcorp CAMeL Lab *train* ORG mentions: share overlapped by an ACTOR or SOURCE
       span (ANERcorp is 2000s general news, so this is a lower bound on a broad domain).

    \b
    Example:
      rasd eval actors
    """
    from rasd.datasets import REPO, evalkit_root
    from rasd.events.evaluate import actor_matches, gold_documents, gold_events
    from rasd.kb.actors import default_kb, find_mentions
    from rasd.pipeline import build

    kb = default_kb()
    seeds_dir = seeds_dir or REPO.parent / "shared" / "corpus" / "seeds"
    gold = gold_events()
    wanted = {g["doc_id"] for g in gold}
    pipeline = build(("clean", "sentences", "actors"))
    actors_of = {doc.id: [s.value for s in pipeline(doc).spans_of("ACTOR")]
                 for doc in gold_documents(seeds_dir, REPO / "examples" / "corpus") if doc.id in wanted}
    total = hit = 0
    missed: list[str] = []
    for g in gold:
        if g["doc_id"] not in actors_of:
            continue
        for role in ("actor1", "actor2"):
            names = g.get(role)
            if not names:
                continue
            total += 1
            if any(actor_matches(names, value) for value in actors_of[g["doc_id"]]):
                hit += 1
            else:
                missed.append(f"{g['doc_id']} {role}: {' / '.join(names)}")
    click.echo(f"gold event actors linked in their document: {hit}/{total} "
               f"({100 * hit / max(total, 1):.1f}%) over {len(actors_of)} documents")
    for line in missed:
        click.echo(f"  missed {line}")
    try:
        train = evalkit_root() / "anercorp-camellab" / "ANERCorp_CamelLab_train.txt"
    except FileNotFoundError as err:
        click.echo(f"ANERcorp: skipped ({err})")
        return
    orgs = covered = 0
    missing: Counter[str] = Counter()
    for tokens, tags in _conll_sentences(train):
        text, offsets = _join(tokens)
        spans = [(m.start, m.end) for m in find_mentions(text, kb)]
        for s, e, surface in _entities(tags, offsets, text, "ORG"):
            orgs += 1
            if any(a < e and s < b for a, b in spans):
                covered += 1
            else:
                missing[surface] += 1
    click.echo(f"ANERcorp train ORG mentions overlapped by an ACTOR/SOURCE span: {covered}/{orgs} "
               f"({100 * covered / max(orgs, 1):.1f}%)")
    click.echo("  most frequent unmatched: " + ", ".join(f"{k} ({n})" for k, n in missing.most_common(15)))
    if sample:
        from rasd.datasets import unifiedfc_articles

        rng = random.Random(seed)
        texts = [a.text for _, a in zip(range(500), unifiedfc_articles(), strict=False)]
        pool = [(t, m) for t in texts for m in find_mentions(t, kb)]
        for text, m in rng.sample(pool, min(sample, len(pool))):
            left, right = text[max(0, m.start - 30):m.start], text[m.end:m.end + 30]
            click.echo(f"  {m.value['id']:28s} …{left}[{text[m.start:m.end]}]{right}…".replace("\n", " "))


def _conll_sentences(path: Path):
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        yield tokens, tags


def _join(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    offsets, pos = [], 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


def _entities(tags: list[str], offsets: list[tuple[int, int]], text: str, label: str):
    start = None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag == f"I-{label}" and start is not None
        if not inside and start is not None:
            s, e = offsets[start][0], offsets[i - 1][1]
            yield s, e, text[s:e]
            start = None
        if tag == f"B-{label}" or (tag == f"I-{label}" and start is None):
            start = i
