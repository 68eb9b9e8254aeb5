"""The ``rasd`` command group and its sub-groups; commands live in sibling modules."""

from __future__ import annotations

import click

from rasd import __version__

DEFAULT_DB = "rasd.db"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasd")
def cli() -> None:
    """rasd (رصد): Arabic conflict news → structured, checkable event data."""


@cli.group("eval")
def eval_group() -> None:
    """Measure a stage against gold data and print the numbers."""


@cli.group("bench")
def bench_group() -> None:
    """Measure speed on real data."""


@cli.group("train")
def train_group() -> None:
    """Train the project's own models from the data it has."""
