"""``rasd train event-confidence``: fit the event-confidence model on the unseen-report gold."""

from __future__ import annotations

import json
from pathlib import Path

import click

from rasd.cli.events import echo_bands
from rasd.cli.main import train_group


@train_group.command("event-confidence")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: the installed rasd/data/models/"
                   "event_confidence.json, which the events stage reads).")
@click.option("--seeds", "seeds_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The five seed reports (default ../shared/corpus/seeds): with them the "
                   "project gold (seeds + examples/corpus) is trained on too.")
@click.option("--draws", default=None, metavar="A,B,...",
              help="Train only on these draws of the unseen gold (its \"set\" key; default all), "
                   "e.g. to leave newer draws out as a held-out test.")
@click.option("-C", "c", type=float, default=0.3, show_default=True,
              help="Inverse L2 strength of the logistic regression.")
@click.option("--evidence-traits", is_flag=True,
              help="Also fit the traits of each mention's own evidence (trigger family, sentence "
                   "length, place distance): better in cross-validation, no better on later "
                   "draws (docs/EVALUATION.md, CONF12); the shipped model is fitted without.")
@click.option("--without-size-traits", is_flag=True,
              help="Leave the report's sentence and mention counts out of the fit: fitted on long "
                   "pages, they push short reports down (docs/EVALUATION.md, CONF13).")
@click.option("--project-weight", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True,
              help="How many times each mention of the project gold (the reference reports) counts "
                   "in the fit (docs/EVALUATION.md, CONF14).")
def train_event_confidence(output: Path | None, seeds_dir: Path | None, draws: str | None, c: float,
                           evidence_traits: bool, without_size_traits: bool, project_weight: float) -> None:
    """Fit the event-confidence model on the public unseen-report gold (needs the evalkit's
    UnifiedFC articles) and the project gold, and print its leave-one-draw-out table (the
    project gold is one draw).

    Example:
      rasd train event-confidence
      rasd train event-confidence --draws A,B,C,D,E,F,G --output /tmp/model.json
    """
    from rasd.datasets import REPO
    from rasd.events import confidence
    from rasd.events.confidence_train import train
    from rasd.events.evaluate import (
        UNSEEN_GOLD,
        gold_document_ids,
        gold_documents,
        gold_events,
        unifiedfc_documents,
    )

    gold = gold_events(None, name=UNSEEN_GOLD)
    if draws:
        chosen = {d.strip() for d in draws.split(",") if d.strip()}
        known = {str(g.get("set")) for g in gold if g.get("set")}
        if chosen - known:  # a typo would train on fewer draws, or on the project gold alone
            raise click.BadParameter(f"no such draw(s) {', '.join(sorted(chosen - known))} in the "
                                     f"unseen gold (it has {', '.join(sorted(known, key=lambda d: (len(d), d)))})",
                                     param_hint="--draws")
        gold = [g for g in gold if g.get("set") in chosen]
    try:
        documents = list(unifiedfc_documents(gold_document_ids(gold)))
    except FileNotFoundError as exc:
        raise click.ClickException(f"UnifiedFC articles not found ({exc}); set RASD_EVALKIT") from exc
    seeds = seeds_dir or REPO.parent / "shared" / "corpus" / "seeds"
    if (seeds / "seeds.jsonl").exists():  # the project gold: one more group of the cross-validation
        project = [dict(g, set="project") for g in gold_events(None)]
        wanted = gold_document_ids(project)
        documents += [d for d in gold_documents(seeds, REPO / "examples" / "corpus") if d.id in wanted]
        gold += project
    else:
        click.echo(f"warning: seed reports not found in {seeds}: trained on the unseen gold only", err=True)
    data, cells, project, reliability = train(gold, documents, c, evidence_traits, not without_size_traits,
                                                project_weight)
    click.echo("leave-one-draw-out (each draw scored by a model fitted on the others):")
    click.echo("  threshold   kept  matched     P      R     F1")
    for cell in cells:
        mark = "  <- chosen" if cell.threshold == data["threshold"] else ""
        click.echo(f"  {cell.threshold:9.2f} {cell.kept:6d} {cell.matched:8d} {cell.precision * 100:6.1f} "
                   f"{cell.recall * 100:6.1f} {cell.f1 * 100:6.1f}{mark}")
    if project:
        at = next(cell for cell in project if cell.threshold == data["threshold"])
        click.echo(f"project gold alone (held out in its fold): F1 {project[0].f1 * 100:.1f} keeping all, "
                   f"{at.f1 * 100:.1f} at the threshold (P {at.precision * 100:.1f} R {at.recall * 100:.1f})")
    click.echo("reliability (leave-one-draw-out confidence band: mentions, share a coder kept):")
    echo_bands(reliability)
    path = output or Path(str(confidence.MODEL_PATH))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    confidence.forget_model()
    click.echo(f"model: {len(data['weights'])} weights, threshold {data['threshold']}, "
               f"{data['trained']['mentions']} mentions → {path}")
