"""Boilerplate lines (share buttons, "read also" links, captions, comment forms, tags,
navigation) recognised by the rules in ``data/text/boilerplate.yaml``.

Rules match whole lines, never parts of a paragraph: a page's furniture sits on its own
lines, and matching whole lines keeps a body sentence that merely contains the same
words. Lines longer than every rule's ``max_len`` (most body paragraphs) cost nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rasd.datafiles import load_yaml
from rasd.text.normalize import fold_letters

DEFAULT_MAX_LEN = 200
# Sentence-final punctuation: a line ending in one reads as prose, not a caption.
_FINAL = (".", "!", "?", "؟", "…", ":")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    reason: str
    pattern: re.Pattern[str]
    max_len: int
    unpunctuated: bool


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """The loaded rules; :meth:`match` names the rule a line breaks."""

    rules: tuple[Rule, ...]
    max_len: int

    def match(self, line: str, folded: str | None = None) -> Rule | None:
        """The first rule (in file order) that ``line`` (already stripped) matches whole.

        ``folded`` is ``fold_letters(line)`` when the caller has it (see :meth:`match_lines`).
        """
        if not line or len(line) > self.max_len:
            return None
        if folded is None:
            folded = fold_letters(line)
        size = len(line)
        punctuated = line.endswith(_FINAL)
        for rule in self.rules:
            if size <= rule.max_len and not (rule.unpunctuated and punctuated) \
                    and rule.pattern.fullmatch(folded):
                return rule
        return None

    def match_lines(self, lines: list[str]) -> list[Rule | None]:
        """:meth:`match` for many stripped lines, folding them in one pass (much faster)."""
        short = [i for i, line in enumerate(lines) if 0 < len(line) <= self.max_len]
        found: list[Rule | None] = [None] * len(lines)
        if short:
            folded = fold_letters("\n".join(lines[i] for i in short)).split("\n")
            for i, fold in zip(short, folded, strict=True):
                found[i] = self.match(lines[i], fold)
        return found


def load_rules(text: str, source: str = "boilerplate.yaml") -> Boilerplate:
    """Parse and compile boilerplate rules, naming the rule of any bad pattern."""
    data = load_yaml(text) or {}
    rules = []
    for index, item in enumerate(data.get("rules", [])):
        where = f"{source} rule {index} ({item.get('id', '?')})"
        missing = {"id", "reason", "pattern"} - set(item)
        if missing:
            raise ValueError(f"{where}: missing {', '.join(sorted(missing))}")
        source_pattern = fold_letters(str(item["pattern"]))
        try:
            pattern = re.compile(source_pattern, re.IGNORECASE)
        except re.error as err:
            raise ValueError(f"{where}: bad pattern: {err}") from err
        rules.append(Rule(item["id"], item["reason"], pattern,
                          int(item.get("max_len", DEFAULT_MAX_LEN)), bool(item.get("unpunctuated"))))
    return Boilerplate(tuple(rules), max((r.max_len for r in rules), default=0))


@cache
def boilerplate() -> Boilerplate:
    """The project's rules (loaded once)."""
    text = resources.files("rasd.data.text").joinpath("boilerplate.yaml").read_text("utf-8")
    return load_rules(text)
