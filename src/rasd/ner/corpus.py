"""Readers for CoNLL-style NER corpora (``token TAG`` per line, blank line between sentences)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.datasets import evalkit_root

ANERCORP_DIR = "anercorp-camellab"
SPLITS = {"train": "ANERCorp_CamelLab_train.txt", "test": "ANERCorp_CamelLab_test.txt"}

# ANERcorp's own types; AQMAR spells persons PER and miscellany MIS0..MIS3.
_TYPE_MAP = {"PERS": "PERS", "PER": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


@dataclass(frozen=True, slots=True)
class Sentence:
    """Tokens and their BIO tags (types PERS, ORG, LOC, MISC)."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def clean_tag(tag: str) -> str:
    """One BIO tag in the project's types: ``B-PER`` → ``B-PERS``, ``I-MIS1`` → ``I-MISC``."""
    tag = tag.strip().strip("`")
    if "-" not in tag:
        return "O"
    prefix, _, kind = tag.partition("-")
    kind = kind.strip("-").split("-")[0]
    if kind.startswith("MIS"):
        kind = "MISC"
    kind = _TYPE_MAP.get(kind, "")
    if prefix not in ("B", "I") or not kind:
        return "O"
    return f"{prefix}-{kind}"


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of a CoNLL file; the tag is the last whitespace-separated field."""
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.replace("\u200e", "").split()
            if len(parts) < 2:
                if tokens:
                    yield Sentence(tuple(tokens), tuple(tags))
                    tokens, tags = [], []
                continue
            tokens.append(parts[0])
            tags.append(clean_tag(parts[-1]))
    if tokens:
        yield Sentence(tuple(tokens), tuple(tags))


def anercorp(split: str, data_dir: Path | None = None) -> list[Sentence]:
    """The ANERcorp CAMeL Lab ``train`` or ``test`` split."""
    folder = data_dir or evalkit_root() / ANERCORP_DIR
    return list(read_conll(folder / SPLITS[split]))
