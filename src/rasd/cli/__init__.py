"""Command line: ``rasd --help`` lists everything."""

from rasd.cli.main import cli

# Each module adds its commands to ``cli`` or one of its groups when imported.
from rasd.cli import core  # noqa: F401  isort: skip
from rasd.cli import bench  # noqa: F401  isort: skip
from rasd.cli import events  # noqa: F401  isort: skip
from rasd.cli import corpus  # noqa: F401  isort: skip
from rasd.cli import dates  # noqa: F401  isort: skip
from rasd.cli import ner  # noqa: F401  isort: skip
from rasd.cli import text  # noqa: F401  isort: skip
from rasd.cli import kb  # noqa: F401  isort: skip
from rasd.cli import places  # noqa: F401  isort: skip
from rasd.cli import confidence  # noqa: F401  isort: skip
from rasd.cli import agreement  # noqa: F401  isort: skip
from rasd.cli import sentences  # noqa: F401  isort: skip

__all__ = ["cli"]
