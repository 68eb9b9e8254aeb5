"""Boilerplate lines (share buttons, "read also" links, captions, comment forms, tags,
navigation) recognised by the rules in ``data/text/boilerplate.yaml``.

Rules match whole lines, never parts of a paragraph: a page's furniture sits on its own
lines, and matching whole lines keeps a body sentence that merely contains the same
words. All rules are joined into one regular expression so a line costs one match.
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
    """The loaded rules and their union; :meth:`match` names the rule a line breaks."""

    rules: tuple[Rule, ...]
    union: re.Pattern[str]
    max_len: int

    def match(self, line: str) -> Rule | None:
        """The first rule that ``line`` (already stripped) matches whole, or ``None``."""
        if not line or len(line) > self.max_len:
            return None
        folded = fold_letters(line)
        m = self.union.fullmatch(folded)
        if m is None:
            return None
        rule = self.rules[int(m.lastgroup[1:])]
        if self._fits(rule, line):
            return rule
        # The first alternative that matched is too long or punctuated: try the others.
        for other in self.rules:
            if other is not rule and self._fits(other, line) and other.pattern.fullmatch(folded):
                return other
        return None

    @staticmethod
    def _fits(rule: Rule, line: str) -> bool:
        return len(line) <= rule.max_len and not (rule.unpunctuated and line.endswith(_FINAL))


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
    union = re.compile("|".join(f"(?P<r{i}>{r.pattern.pattern})" for i, r in enumerate(rules)),
                       re.IGNORECASE)
    return Boilerplate(tuple(rules), union, max((r.max_len for r in rules), default=0))


@cache
def boilerplate() -> Boilerplate:
    """The project's rules (loaded once)."""
    text = resources.files("rasd.data.text").joinpath("boilerplate.yaml").read_text("utf-8")
    return load_rules(text)
