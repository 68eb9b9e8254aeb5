"""Number words, approximators and vague counts from ``data/quantities/numbers.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rasd.datafiles import load_yaml
from rasd.quantities.tokens import add_forms, key

# Cardinals that take no article form: الأحد is Sunday, الست "the lady".
_NO_ARTICLE = {"احد", "احدي", "ست", "سبع", "عشر"}


@dataclass(slots=True)
class NumberLexicon:
    """Lookup tables keyed by normalised token (clitic forms included)."""

    units: dict[str, int] = field(default_factory=dict)  # 0–10 (incl. teen heads)
    tens: dict[str, int] = field(default_factory=dict)
    hundreds: dict[str, int] = field(default_factory=dict)
    scales: dict[str, int] = field(default_factory=dict)
    scale_duals: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    ordinal_tens: dict[str, int] = field(default_factory=dict)
    ordinal_teen_heads: dict[str, int] = field(default_factory=dict)
    decimal_words: set[str] = field(default_factory=set)
    approx_before: dict[tuple[str, ...], str] = field(default_factory=dict)
    approx_after: dict[tuple[str, ...], str] = field(default_factory=dict)
    vague: dict[tuple[str, ...], int] = field(default_factory=dict)
    ten_words: set[str] = field(default_factory=set)  # عشر / عشره after a unit: +10

    @property
    def first_words(self) -> set[str]:
        """Every token that can start a number phrase (for the cheap pre-filter)."""
        return (set(self.units) | set(self.tens) | set(self.hundreds) | set(self.scales)
                | set(self.scale_duals))


def _phrases(table: dict) -> dict[tuple[str, ...], object]:
    return {tuple(key(k).split()): v for k, v in table.items()}


@cache
def number_lexicon() -> NumberLexicon:
    data = load_yaml(resources.files("rasd.data").joinpath("quantities/numbers.yaml")
                          .read_text(encoding="utf-8"))
    lex = NumberLexicon()
    for name in ("units", "tens", "hundreds", "scales", "scale_duals", "ordinals"):
        table = getattr(lex, name)
        for word, value in data[name].items():
            add_forms(table, word, value, article=False)
            k = key(word)
            if name in ("units", "tens", "hundreds", "ordinals") and k not in _NO_ARTICLE \
                    and not k.startswith("ال"):
                add_forms(table, "ال" + k, value)
    for word, value in data["tens"].items():
        add_forms(lex.ordinal_tens, "ال" + key(word), value)
    for word, value in data["ordinal_teen_heads"].items():
        add_forms(lex.ordinal_teen_heads, word, value)
    lex.ten_words = {key("عشر"), key("عشرة")}
    lex.decimal_words = {key(w) for w in data["decimal_words"]}
    lex.approx_before = _phrases(data["approximators_before"])
    lex.approx_after = _phrases(data["approximators_after"])
    lex.vague = _phrases(data["vague"])
    return lex
