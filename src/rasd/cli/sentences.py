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
def train_gsr_sentence(output: Path | None) -> None:
    """Fit the sentence models (ASSAULT, PROTEST) on the GSR's development rows only (hash
    bucket 0), choosing traits, C and threshold by repeated k-fold cross-validation there, and
    print the table and the nested estimate (choice included, on folds it never saw).

    Example:
      rasd train gsr-sentence
    """
    from rasd.datasets import evalkit_root
    from rasd.document import Document, Meta
    from rasd.events import sentence_model
    from rasd.events.evaluate import gsr_rows
    from rasd.events.sentence_model_train import Row, train
    from rasd.pipeline import build

    pipeline = build()
    models = []
    for plover in PLOVERS:
        gsr = gsr_rows(evalkit_root() / "arabic-event-gsr" / f"{plover.lower()}_gsr.csv", "dev")
        rows = [Row(r.id, r.label, sentence_model.sentence_features(pipeline(Document(Meta(id="gsr"), raw=r.text)),
                                                                    plover))
                for r in gsr]
        model, best, table, honest, trained = train(plover, rows)
        click.echo(f"{plover} ({len(rows)} development rows, {trained['positives']} yes); "
                   "cross-validation, best threshold of each setting:")
        for s in table:
            mark = "  <- chosen" if s == best else ""
            click.echo(f"  {'+'.join(s.traits):<15} C {s.c:<5} threshold {s.threshold:.2f}  "
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
    from rasd.events.sentence_model import load_models, score_sentence, sentence_documents
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
            p = score_sentence(doc, model)
            scores.append(f"{plover} {p:.3f} {'yes' if p >= model.threshold else 'no'}")
        click.echo(f"{'  '.join(scores)}\t{doc.text}")
