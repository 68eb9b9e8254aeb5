"""``rasd train ner``, ``rasd eval ner`` and ``rasd bench ner``: the project's own NER."""

from __future__ import annotations

import time
from pathlib import Path

import click

from rasd.cli.main import bench_group, eval_group, train_group

_DATA_HELP = "ANERcorp CAMeL Lab folder (default: ../shared/evalkit/raw/anercorp-camellab)."


@train_group.command("ner")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), help=_DATA_HELP)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Model file to write (default: the packaged rasd/data/models/ner.crfsuite).")
@click.option("--clusters/--no-clusters", "rebuild_clusters", default=False,
              help="First rebuild the word clusters (rasd/data/ner/clusters.tsv) from the train "
                   "split and the UnifiedFC articles (about 40 s).")
@click.option("--limit", type=int, help="Train on the first N sentences only (for a quick check).")
@click.option("--iterations", type=int, help="L-BFGS iterations (default 200).")
@click.option("--holdout", is_flag=True,
              help="Model selection: train on the first 85% of the train split only, to a temporary "
                   "file (the packaged model is left alone), and score the held-out last 15%.")
def train_ner(data_dir: Path | None, output: Path | None, rebuild_clusters: bool, limit: int | None,
              iterations: int | None, holdout: bool) -> None:
    """Train the CRF named-entity tagger on the ANERcorp CAMeL Lab TRAIN split.

    Deterministic: the same data and parameters give the same model.

    \b
    Example:
      rasd train ner
      rasd train ner --holdout   # features/parameters chosen on the train split's tail
    """
    from rasd.ner import clusters, features
    from rasd.ner.corpus import anercorp
    from rasd.ner.train import MODEL_PATH, PARAMS, train

    started = time.perf_counter()
    sentences = anercorp("train", data_dir)
    if rebuild_clusters:
        table = clusters.build(clusters.unlabelled_texts([s.tokens for s in sentences]))
        path = clusters.write(table)
        features.clusters.cache_clear()
        features.reset_cache()
        click.echo(f"clusters: {len(table)} words → {path} ({time.perf_counter() - started:.0f} s)")
    if limit is not None:
        sentences = sentences[:limit]
    params = {"max_iterations": iterations} if iterations else {}
    if holdout:
        _holdout(sentences, params, output)
        return
    path = train(sentences, output or MODEL_PATH, params)
    tokens = sum(len(s.tokens) for s in sentences)
    click.echo(f"trained on {len(sentences)} sentences / {tokens} tokens "
               f"({ {**PARAMS, **params} }) in {time.perf_counter() - started:.1f} s")
    click.echo(f"model: {path} ({path.stat().st_size / 1e6:.1f} MB)")


def _holdout(sentences: list, params: dict, output: Path | None) -> None:
    """Train on the first 85% of ``sentences`` and print entity-level scores on the rest."""
    import tempfile

    import pycrfsuite

    from rasd.ner.evaluate import score
    from rasd.ner.features import sequence_features
    from rasd.ner.train import train

    cut = int(len(sentences) * 0.85)
    head, tail = sentences[:cut], sentences[cut:]
    with tempfile.TemporaryDirectory() as tmp:
        path = train(head, output or Path(tmp) / "holdout.crfsuite", params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        pred = [tagger.tag(sequence_features(s.tokens)) for s in tail]
        size = path.stat().st_size / 1e6
        tagger.close()
    click.echo(f"held-out tail of the train split: trained on {len(head)} sentences, "
               f"scored {len(tail)} (model {size:.1f} MB)")
    for name, s in score([s.tags for s in tail], pred, ("PERS", "ORG", "LOC")).items():
        click.echo(f"  {name:<6} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                   f"(gold {s.n_gold}, predicted {s.n_pred}, correct {s.tp})")


@eval_group.command("ner")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), help=_DATA_HELP)
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Model file (default: the packaged one).")
@click.option("--limit", type=int, help="Score the first N test sentences only.")
@click.option("--errors", type=int, default=0, help="List the N most frequent misses and extras.")
def eval_ner(data_dir: Path | None, model: Path | None, limit: int | None, errors: int) -> None:
    """Entity-level (exact span and type) P/R/F1 on the ANERcorp CAMeL Lab TEST split.

    Micro scores over PERS/ORG/LOC (what rasd emits) and, for comparison with
    published results, over all four ANERcorp types (MISC included).

    \b
    Example:
      rasd eval ner
    """
    from collections import Counter

    from rasd.ner.corpus import anercorp
    from rasd.ner.evaluate import chunks, score
    from rasd.ner.tag import fast_model, tag_sentences

    sentences = anercorp("test", data_dir)[:limit]
    model_name = str(model) if model else None
    fast_model(model_name)  # load before timing
    started = time.perf_counter()
    pred = tag_sentences([list(s.tokens) for s in sentences], model_name)
    elapsed = time.perf_counter() - started
    tokens = sum(len(s.tokens) for s in sentences)
    gold = [s.tags for s in sentences]
    click.echo(f"ANERcorp CAMeL Lab test: {len(sentences)} sentences, {tokens} tokens, "
               f"{tokens / elapsed:,.0f} tokens/s (features + tagging, one core, cold word cache)")
    for title, kinds in (("PERS/ORG/LOC", ("PERS", "ORG", "LOC")),
                         ("all four types", ("PERS", "ORG", "LOC", "MISC"))):
        click.echo(f"{title}:")
        for name, s in score(gold, pred, kinds).items():
            click.echo(f"  {name:<6} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                       f"(gold {s.n_gold}, predicted {s.n_pred}, correct {s.tp})")
    if errors:
        miss: Counter[str] = Counter()
        extra: Counter[str] = Counter()
        for sent, p in zip(sentences, pred, strict=True):
            g, q = set(chunks(sent.tags)), set(chunks(p))
            for a, b, k in g - q:
                miss[f"{k} {' '.join(sent.tokens[a:b])}"] += 1
            for a, b, k in q - g:
                extra[f"{k} {' '.join(sent.tokens[a:b])}"] += 1
        for line, n in miss.most_common(errors):
            click.echo(f"MISS  {n:>3} {line}")
        for line, n in extra.most_common(errors):
            click.echo(f"EXTRA {n:>3} {line}")


@bench_group.command("ner")
@click.option("--limit", type=int, default=200, show_default=True, help="UnifiedFC articles to tag.")
def bench_ner(limit: int) -> None:
    """Documents/s and ms per 7,000 characters of the NER on real UnifiedFC articles.

    \b
    Example:
      rasd bench ner --limit 200
    """
    from itertools import islice

    from rasd.datasets import unifiedfc_articles
    from rasd.ner.tag import fast_model, tag_text
    from rasd.ner.tokens import tokenize

    texts = [a.text for a in islice(unifiedfc_articles(), limit)]
    fast_model(None)  # load before timing
    started, cpu = time.perf_counter(), time.process_time()
    found = sum(len(tag_text(t)) for t in texts)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    chars = sum(len(t) for t in texts)
    tokens = sum(len(tokenize(t)) for t in texts)
    click.echo(f"{len(texts)} UnifiedFC articles, {chars:,} chars, {tokens:,} tokens, "
               f"{found} PERS/ORG/LOC names")
    click.echo(f"{len(texts) / elapsed:.1f} docs/s, {tokens / elapsed:,.0f} tokens/s, "
               f"{1000 * elapsed / chars * 7000:.2f} ms per 7,000 chars (one core, cold word cache)")
    click.echo(f"CPU time {cpu:.2f} s: {1000 * cpu / chars * 7000:.2f} ms per 7,000 chars "
               "(wall time varies with the machine's load)")
