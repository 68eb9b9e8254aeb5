"""Reading rasd's YAML knowledge files.

Every loader parses its YAML through :func:`load_yaml`: PyYAML's libyaml-backed
``CSafeLoader`` when the installed PyYAML has it (the same data, about eight times
faster — loading all data files at start-up went from ~0.4 s to ~0.05 s), else the
pure-Python ``SafeLoader``. Both are safe loaders: no arbitrary Python objects.

A regex cue of a data file is read with :func:`data_pattern` (or :func:`optional_pattern`
for a cue the file may leave out): normalised like the text it is matched against, compiled
once, and a missing or broken cue is a :class:`DataFileError` naming the file and its key.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
EVENTS = "rasd.data.events"
NEVER = re.compile(r"(?!x)x")  # a cue left out of its data file matches nothing


class DataFileError(ValueError):
    """A data file lacks a cue its loader needs, or the cue is not a valid pattern."""


def load_yaml(text: str) -> Any:
    """The data in one YAML document, read with a safe loader."""
    return yaml.load(text, Loader=_LOADER)


@cache
def data_file(package: str, name: str) -> Any:
    """The parsed YAML file ``name`` of the data package ``package`` (``"rasd.data.events"``,
    ``"roles.yaml"``), parsed once per process however many loaders read it. Shared: read it,
    never change it."""
    return load_yaml(resources.files(package).joinpath(name).read_text("utf-8"))


@cache
def optional_pattern(name: str, key: str, package: str = EVENTS) -> re.Pattern[str] | None:
    """The regex cue ``key`` of the data file ``name`` (``"roles.yaml"``; ``package`` defaults
    to the events data), normalised like document text (:func:`rasd.text.normalize.normalize`)
    and compiled once; None when the file leaves the key out or empty. A cue that does not
    compile raises :class:`DataFileError` naming the file and the key."""
    cue = data_file(package, name).get(key)
    return compile_cue(cue, f"{package}/{name}: cue {key!r}") if cue else None


def data_pattern(name: str, key: str, package: str = EVENTS) -> re.Pattern[str]:
    """:func:`optional_pattern` for a cue the file must have: :class:`DataFileError` naming
    the file and the key when it is missing or empty."""
    pattern = optional_pattern(name, key, package)
    if pattern is None:
        raise DataFileError(f"{package}/{name}: no cue {key!r}")
    return pattern


def compile_cue(cue: str, where: str) -> re.Pattern[str]:
    """One regex cue of a data file, normalised like document text
    (:func:`rasd.text.normalize.normalize`) and compiled; :class:`DataFileError` starting with
    ``where`` (the file and the key) when it is not a valid pattern."""
    from rasd.text.normalize import normalize  # rasd.text's loaders import this module

    try:
        return re.compile(normalize(cue).text)
    except (re.error, TypeError, AttributeError) as err:
        raise DataFileError(f"{where} is not a valid pattern: {err}") from err
