"""The YAML reader every knowledge loader uses gives the same data as PyYAML's safe_load."""

from __future__ import annotations

from importlib import resources

import yaml

from rasd.datafiles import load_yaml


def test_every_data_file_reads_the_same_as_safe_load():
    root = resources.files("rasd") / "data"
    files = [p for p in _walk(root) if p.name.endswith(".yaml")]
    assert len(files) >= 20  # actors, places, events, time, quantities, text, corpus
    for path in files:
        text = path.read_text("utf-8")
        assert load_yaml(text) == yaml.safe_load(text), path.name


def test_it_is_a_safe_loader():
    try:
        load_yaml("!!python/object/apply:os.system ['true']")
    except yaml.YAMLError:
        return
    raise AssertionError("a python object tag was constructed")


def _walk(folder):
    for child in folder.iterdir():
        if child.is_dir():
            yield from _walk(child)
        else:
            yield child
