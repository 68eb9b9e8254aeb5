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

import yaml

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

    def match(self, line: str) -> Rule | None:
        """The first rule (in file order) that ``line`` (already stripped) matches whole."""
        if not line or len(line) > self.max_len:
            return None
        folded = fold_letters(line)
        size = len(line)
        punctuated = line.endswith(_FINAL)
        for rule in self.rules:
            if size <= rule.max_len and not (rule.unpunctuated and punctuated) \
                    and rule.pattern.fullmatch(folded):
                return rule
        return None


def load_rules(text: str, source: str = "boilerplate.yaml") -> Boilerplate:
    """Parse and compile boilerplate rules, naming the rule of any bad pattern."""
    data = yaml.safe_load(text) or {}
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
