"""Numbers and casualty frames of one text as span-ready records (used by the stage)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rasd.quantities.casualties import casualty_lexicon, frames, over_a_period
from rasd.quantities.lexicon import number_lexicon
from rasd.quantities.numbers import scan_tokens
from rasd.quantities.tokens import Tokens, may_hold_raw, strong_start_words, tokenize
from rasd.text.normalize import normalize


@dataclass(slots=True)
class Record:
    start: int
    end: int
    label: str  # NUMBER or CASUALTY
    value: dict[str, Any]
    rule: str


@cache
def _known() -> frozenset[str]:
    lex, cas = number_lexicon(), casualty_lexicon()
    words = set(lex.first_words) | {p[0] for p in lex.vague} | set(cas.count_after)
    words |= set(cas.count_before) | set(cas.met_death_verbs) | {p[0] for p in lex.approx_before}
    words |= cas.singular | cas.plural | {p[0] for p in cas.dual}
    return frozenset(words)


def quantities(toks: Tokens, skip: set[int] | None = None) -> list[Record]:
    """NUMBER records, then CASUALTY records whose ``breakdown_of`` indexes the CASUALTY
    records in text order (as ``Document.spans_of("CASUALTY")`` lists them)."""
    known = _known()
    text = toks.norm.original
    numbers = scan_tokens(toks, skip)
    out = []
    for f in numbers:
        start, end = toks.span(f.first, f.last, known)
        value = {"value": f.value, "approx": f.approx}
        if f.high is not None:
            value["max"] = f.high
        out.append(Record(start, end, "NUMBER", value, f.rule))
    found = frames(toks, numbers)
    placed = []
    for fr in found:
        start, end = toks.span(fr.first, fr.last, known)
        placed.append((start, -end, fr))
    placed.sort(key=lambda x: (x[0], x[1]))
    index = {id(fr): k for k, (_, _, fr) in enumerate(placed)}
    for start, neg_end, fr in placed:
        who = None
        if fr.who:
            a, b = toks.span(*fr.who, known)
            who = text[a:b]
        value = {"kind": fr.kind, "count": fr.count, "approx": fr.approx, "who": who,
                 "breakdown_of": index[id(fr.part_of)] if fr.part_of is not None else None}
        if fr.high is not None:
            value["count_max"] = fr.high
        if over_a_period(toks.text, fr.first, fr.last):
            value["period"] = True
        out.append(Record(start, -neg_end, "CASUALTY", value, fr.rule))
    return out


def quantities_of(text: str) -> list[Record]:
    """NUMBER and CASUALTY records of a plain text (pre-filtered: no digit, no number word →
    nothing to tokenise)."""
    if not may_hold_raw(text, strong_start_words()):
        return []
    return quantities(tokenize(normalize(text)))


def read_all(text: str, published: str | None = None,
             precision: str | None = None) -> tuple[list[Any], list[Record]]:
    """Dates/times and numbers/casualties of one text with one pre-filter and one
    tokenisation (what the two stages do on a document, for a loose text or sentence).

    The pre-filter here is the strict one (:func:`strong_start_words`): a sentence whose
    only calendar words are common ones (هذا، بعد، العام، الجاري) is skipped, which loses
    only year-level expressions such as "العام الجاري" — never an event date.
    """
    from rasd.time.extract import extract

    if not may_hold_raw(text, strong_start_words()):
        return [], []
    toks = tokenize(normalize(text))
    found = extract(text, published, precision, toks=toks)
    skip = toks.inside([(e.start, e.end) for e in found])
    return found, quantities(toks, skip)
