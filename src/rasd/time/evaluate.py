"""Measure the time and number readers on Facebook Duckling's Arabic test corpus.

Duckling's corpus gives expressions with the value it expects relative to a reference time
(Tuesday 2013-02-12 04:30). We score the expressions whose value is one day (grain
``day``): ours is right when the DATE it finds for the text names that day — its ``date``,
or, for a part of a month Duckling resolves to its first day ("بداية شهر 3", "2/2013"),
the ``start`` of our range. Duckling reads a bare weekday as the next one, so this run uses
the ``future`` direction (news uses ``past``). ``dateparser`` runs on the same texts in the
same run with the same reference and direction.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rasd.time.calendar import FUTURE
from rasd.time.extract import extract


@dataclass
class Score:
    name: str
    right: int = 0
    total: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def reference_time(meta: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(meta["reference_time"].split()[0])


def day_cases(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(text, expected YYYY-MM-DD) for every day-valued expression."""
    return [(text, ex["value"][:10]) for ex in data["examples"]
            if ex.get("dimension") == "time" and ex.get("grain") == "day" and ex.get("value")
            for text in ex["texts"]]


def ours(text: str, ref: date) -> tuple[str | None, str | None, int | None]:
    """(date, start, precision) of the widest DATE rasd finds in ``text``."""
    found = [e for e in extract(text, ref.isoformat(), "day", mode=FUTURE) if e.label == "DATE"]
    if not found:
        return None, None, None
    best = max(found, key=lambda e: e.end - e.start)
    return best.value["date"], best.value["start"], best.value["precision"]


def score_rasd(cases: list[tuple[str, str]], ref: date) -> tuple[Score, Score]:
    """(lenient: date or range start; strict: date only)."""
    lenient, strict = Score("rasd"), Score("rasd (date only)")
    t0 = time.perf_counter()
    for text, gold in cases:
        day, start, precision = ours(text, ref)
        lenient.total += 1
        strict.total += 1
        if day == gold:
            strict.right += 1
        if day == gold or (precision and precision > 1 and start == gold):
            lenient.right += 1
        else:
            lenient.misses.append((text, gold, day))
    lenient.seconds = strict.seconds = time.perf_counter() - t0
    return lenient, strict


def score_dateparser(cases: list[tuple[str, str]], ref: datetime, prefer: str) -> Score:
    """``dateparser.parse`` on the whole expression: right when it gives the day."""
    import dateparser

    settings = _dateparser_settings(ref, prefer)

    def days_of(text: str) -> tuple[list[str], str | None]:
        got = dateparser.parse(text, languages=["ar"], settings=settings)
        day = got.date().isoformat() if got else None
        return [day] if day else [], day

    return _score_peer(f"dateparser 1.x (PREFER_DATES_FROM={prefer})", cases, days_of)


def score_dateparser_search(cases: list[tuple[str, str]], ref: datetime, prefer: str) -> Score:
    """``dateparser.search.search_dates``: right when any date it finds is the day (generous)."""
    from dateparser.search import search_dates

    settings = _dateparser_settings(ref, prefer)

    def days_of(text: str) -> tuple[list[str], list[str] | None]:
        found = search_dates(text, languages=["ar"], settings=settings) or []
        days = [d.date().isoformat() for _, d in found]
        return days, days or None

    return _score_peer(f"dateparser search_dates, any hit ({prefer})", cases, days_of)


def _dateparser_settings(ref: datetime, prefer: str) -> dict[str, Any]:
    return {"RELATIVE_BASE": ref, "PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first"}


def _score_peer(name: str, cases: list[tuple[str, str]],
                days_of: Callable[[str], tuple[list[str], Any]]) -> Score:
    """A peer's score: right when the gold day is among the days it reads (``days_of`` gives
    them and what to show for a miss)."""
    score = Score(name)
    t0 = time.perf_counter()
    for text, gold in cases:
        days, shown = days_of(text)
        score.total += 1
        if gold in days:
            score.right += 1
        else:
            score.misses.append((text, gold, shown))
    score.seconds = time.perf_counter() - t0
    return score


def score_numbers(data: dict[str, Any]) -> Score:
    from rasd.quantities.numbers import parse_number

    return _score_numerals(data, "rasd", parse_number,
                           lambda got, gold: got is not None and abs(got - gold) < 1e-9)


def _score_numerals(data: dict[str, Any], name: str, parse: Callable[[str], Any],
                    right: Callable[[Any, Any], bool]) -> Score:
    """``parse`` on every numeral text of Duckling's examples, ``right`` judging its answer."""
    score = Score(name)
    t0 = time.perf_counter()
    for ex in data["examples"]:
        for text in ex["texts"]:
            got = parse(text)
            score.total += 1
            if right(got, ex["value"]):
                score.right += 1
            else:
                score.misses.append((text, ex["value"], got))
    score.seconds = time.perf_counter() - t0
    return score


def score_pyarabic(data: dict[str, Any]) -> Score:
    """pyarabic's ``text2number`` (words only) as a peer on the same numerals."""
    import contextlib
    import io

    from pyarabic import number

    def parse(text: str) -> Any:
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                return number.text2number(text)
            except Exception:
                return None

    return _score_numerals(data, "pyarabic text2number", parse,
                           lambda got, gold: isinstance(got, (int, float)) and got == gold)


def score_ordinals(data: dict[str, Any]) -> Score:
    from rasd.quantities.tokens import tokenize
    from rasd.text.normalize import normalize
    from rasd.time.parser import Parser

    score = Score("rasd ordinals")
    for ex in data["examples"]:
        value = int(ex["value_expr"].split()[-1])
        for text in ex["texts"]:
            toks = tokenize(normalize(text))
            got = Parser(toks).ordinal(0)
            score.total += 1
            if got and got[0] == len(toks) and got[1] == value:
                score.right += 1
            else:
                score.misses.append((text, value, got and got[1]))
    return score
