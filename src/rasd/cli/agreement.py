"""``rasd eval agreement``: two coders of the same reports scored against each other."""

from __future__ import annotations

from pathlib import Path

import click

from rasd.cli.events import echo_fields, pct
from rasd.cli.main import eval_group


@eval_group.command("agreement")
@click.argument("first", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("second", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--set", "sets", multiple=True, help="Only these draws (the files' \"set\" key).")
@click.option("--errors/--no-errors", default=False, help="List the events one coder has and the other not.")
def eval_agreement(first: Path, second: Path, sets: tuple[str, ...], errors: bool) -> None:
    """Agreement of two coders' gold files (unseen-gold format) on the documents both coded.

    Each coder's required events are scored as a system against the other's gold, with the
    matching and per-field accuracy of `rasd eval events`: a second coder's figure to read rasd's
    F1 beside.

    \b
    Example:
      rasd eval agreement first_coder.jsonl second_coder.jsonl
      rasd eval agreement src/rasd/data/gold/unseen_gold.jsonl \\
        src/rasd/data/gold/unseen_gold_second_coder.jsonl --set W
    """
    from rasd.events.agreement import agreement
    from rasd.events.evaluate import gold_events

    a, b = gold_events(first), gold_events(second)
    if sets:
        a, b = [g for g in a if g.get("set") in sets], [g for g in b if g.get("set") in sets]
    one, other, shared = agreement(a, b)
    click.echo(f"documents coded by both: {len(shared)}")
    for title, score in ((f"{second.name} scored against {first.name}", one),
                         (f"{first.name} scored against {second.name}", other)):
        click.echo(f"{title}: gold {score.gold}  system {score.system}  matched {score.matched}  "
                   f"P {pct(score.precision)}  R {pct(score.recall)}  F1 {pct(score.f1)}")
        echo_fields(score.fields)
        if errors:
            for line in score.misses:
                click.echo(f"  ONLY-GOLD   {line}")
            for line in score.extras:
                click.echo(f"  ONLY-SYSTEM {line}")
    mean = (one.f1 + other.f1) / 2
    click.echo(f"mean F1 of the two directions: {pct(mean)}")
