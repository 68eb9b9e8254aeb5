"""Reading rasd's YAML knowledge files.

Every loader parses its YAML through :func:`load_yaml`: PyYAML's libyaml-backed
``CSafeLoader`` when the installed PyYAML has it (the same data, about eight times
faster — loading all data files at start-up went from ~0.4 s to ~0.05 s), else the
pure-Python ``SafeLoader``. Both are safe loaders: no arbitrary Python objects.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The data in one YAML document, read with a safe loader."""
    return yaml.load(text, Loader=_LOADER)
