"""``rasd train gsr-sentence`` and ``rasd sentences``: the learned sentence decision of
:mod:`rasd.events.sentence_model` (does this sentence report an attack or a protest?)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from rasd.cli.events import pct
from rasd.cli.main import cli, train_group

PLOVERS = ("ASSAULT", "PROTEST")


@train_group.command("gsr-sentence")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the models (default: the installed rasd/data/models/gsr_sentence.json).")
@click.option("--type", "types", multiple=True, type=click.Choice(PLOVERS), default=PLOVERS, show_default=True,
              help="The types to fit (one model each).")
@click.option("--embedding", type=click.Choice(["use", "e5"]), default=None,
              help="Choose among pipeline+words, pipeline+EMB and pipeline+words+EMB, EMB the "
                   "sentence's embedding (optional extra rasd[gsr]; GSR22), not GSR19's groups.")
@click.option("--word-min", "word_min", multiple=True, type=int, default=(1,), show_default=True,
              help="Word cuts to choose among: keep a word met in at least N training rows.")
@click.option("--c", "cs", multiple=True, type=float, default=None,
              help="Inverse regularisation strengths to choose among (default 0.03 0.1 0.3 1).")
@click.option("--group", "groups_given", multiple=True,
              help="Groups of traits to choose among, as pipeline+words or pipeline+e5 (default: "
                   "GSR19's, or --embedding's three).")
@click.option("--unseen-gold", is_flag=True,
              help="Also train on sentences labelled from rasd's unseen-report gold (GSR23; needs the "
                   "evalkit): in every training fold, never scored.")
@click.option("--extra-weight", "extra_weights", multiple=True, type=float, default=(0.0, 0.3, 1.0),
              show_default=True, help="With --unseen-gold: the gold sentences' weights to choose among "
                                      "(each source balanced; 0: without them).")
def train_gsr_sentence(output: Path | None, types: tuple[str, ...], embedding: str | None,
                       word_min: tuple[int, ...], cs: tuple[float, ...], groups_given: tuple[str, ...],
                       unseen_gold: bool, extra_weights: tuple[float, ...]) -> None:
    """Fit the sentence models (ASSAULT, PROTEST) on the GSR's development rows only (hash
    bucket 0), choosing traits, C, word cut and threshold by repeated k-fold cross-validation
    there, and print the table and the nested estimate (choice included, on folds it never saw).

    \b
    Example:
      rasd train gsr-sentence
      rasd train gsr-sentence --type ASSAULT --embedding e5 --c 0.01 --c 0.03 --c 0.1 --c 0.3 \\
        --output src/rasd/data/models/gsr_sentence_e5.json
      rasd train gsr-sentence --type ASSAULT --embedding e5 --group pipeline+e5 --unseen-gold \\
        --c 0.03 --output gsr_sentence_gold.json
    """
    from rasd.datasets import evalkit_root
    from rasd.document import Document, Meta
    from rasd.events import sentence_model
    from rasd.events.evaluate import gsr_rows
    from rasd.events.sentence_model_train import CS, GROUPS, Grid, Row, train
    from rasd.pipeline import build

    groups = GROUPS
    if embedding:  # pipeline alone never won (GSR19), so its place goes to the embedding's groups
        groups = ((sentence_model.PIPELINE, sentence_model.WORDS), (sentence_model.PIPELINE, embedding),
                  (sentence_model.PIPELINE, sentence_model.WORDS, embedding))
    if groups_given:
        groups = tuple(tuple(g.split("+")) for g in groups_given)
        known = {sentence_model.PIPELINE, sentence_model.WORDS, *sentence_model.EMBEDDING_PREFIX}
        if any(t not in known for g in groups for t in g) or any(
                t in sentence_model.EMBEDDING_PREFIX and t != embedding for g in groups for t in g):
            raise click.BadParameter("groups are made of pipeline, words and the --embedding's name",
                                     param_hint="--group")
    grid = Grid(groups, tuple(cs) or CS, tuple(word_min), tuple(extra_weights) if unseen_gold else (0.0,))
    pipeline = build()
    models = []
    for plover in types:
        gsr = gsr_rows(evalkit_root() / "arabic-event-gsr" / f"{plover.lower()}_gsr.csv", "dev")
        docs = [pipeline(Document(Meta(id="gsr"), raw=r.text)) for r in gsr]
        if embedding:
            try:
                sentence_model.embed([d.text for d in docs], embedding)  # one batch, remembered
            except sentence_model.MissingEmbedder as error:
                raise click.ClickException(str(error)) from error
        traits = (*sentence_model.TRAITS, *([embedding] if embedding else []))
        rows = [Row(r.id, r.label, sentence_model.sentence_features(d, plover, traits))
                for r, d in zip(gsr, docs, strict=True)]
        extra = []
        if unseen_gold:
            from rasd.events.gold_sentences import unseen_gold_sentences

            labelled = unseen_gold_sentences(plover)
            gold_docs = [pipeline(Document(Meta(id="gold"), raw=s.text)) for s in labelled]
            if embedding:
                sentence_model.embed([d.text for d in gold_docs], embedding)
            extra = [Row(s.doc_id, s.label, sentence_model.sentence_features(d, plover, traits), "gold")
                     for s, d in zip(labelled, gold_docs, strict=True)]
            click.echo(f"{plover}: {len(extra)} sentences labelled from the unseen gold, "
                       f"{sum(r.positive for r in extra)} yes")
        model, best, table, honest, trained = train(plover, rows, grid, extra)
        click.echo(f"{plover} ({len(rows)} development rows, {trained['positives']} yes); "
                   "cross-validation, best threshold of each setting:")
        for s in table:
            mark = "  <- chosen" if s == best else ""
            cut = f" words>={s.word_min}" if s.word_min > 1 else ""
            cut += f" gold x{s.extra_weight}" if unseen_gold else ""
            click.echo(f"  {'+'.join(s.traits):<19} C {s.c:<5}{cut} threshold {s.threshold:.2f}  "
                       f"F1 {pct(s.f1)} ± {pct(s.spread)}{mark}")
        click.echo(f"  nested (choice included): F1 {', '.join(pct(x) for x in honest)}")
        models.append(sentence_model.model_data(model, trained))
    path = output or Path(str(sentence_model.MODEL_PATH))
    path.write_text(json.dumps({"models": models}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    sentence_model.forget_models()
    click.echo(f"models → {path}")


@cli.command("sentences")
@click.argument("text")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A model file rasd train gsr-sentence --output wrote (default: the shipped one).")
def sentences(text: str, model_path: str | None) -> None:
    """Each sentence of TEXT (- reads it from stdin) with the sentence
    model's score that it reports an attack (ASSAULT) or a protest (PROTEST), 0-1, and its
    decision at the model's threshold ("yes" when at or above). Events are not changed.

    \b
    Example:
      rasd sentences "قتل ثلاثة أشخاص في انفجار سيارة مفخخة وسط بغداد أمس."
    """
    from rasd.document import Document, Meta
    from rasd.events.sentence_model import (
        MissingEmbedder,
        load_models,
        score_sentence,
        sentence_documents,
    )
    from rasd.pipeline import build

    models = load_models(model_path)
    if not models:
        raise click.ClickException("no sentence model file installed: run rasd train gsr-sentence")
    if text == "-":
        text = click.get_text_stream("stdin").read()
    pipeline = build()
    for one in sentence_documents(pipeline(Document(Meta(id="text"), raw=text))):
        doc = pipeline(one)
        scores = []
        for plover, model in models.items():
            try:
                p = score_sentence(doc, model)
            except MissingEmbedder as error:
                raise click.ClickException(str(error)) from error
            scores.append(f"{plover} {p:.3f} {'yes' if p >= model.threshold else 'no'}")
        click.echo(f"{'  '.join(scores)}\t{doc.text}")
