"""Chronology pages: the year an item's yearless day is of (CHRONO20, session 20).

A chronology tells its happenings item after item, each opened by its day ("في 13 يناير /
كانون الثاني نجاة العيساوي …", "16 يناير / كانون الثاني تفجير انتحاري …", "- الأحد 5 أيار :
…"), most of them without a year: an item tells it ("في 25 يناير / كانون الثاني 2013 , قتل
…") and it holds for the items around it until the calendar turns (an item of January after
one of December is the next year's). A page is read as one when at least ``min_openers`` of
its sentences open with a day and month (``chronology_items`` in data/time/lexicon.yaml) and
nearly all the steps from one such day to another (``min_forward``; two items of one day are
no step) go forward in the calendar, a year's end allowed: a tag page's newest-first stories
and prose that tells a few days out of order are no chronology, and keep the narrow carry of
:func:`rasd.time.chronology.soon_after` in :func:`rasd.time.extract.extract`.

:func:`chronology_openers` finds such a page's item days and the year each is in, carried
from the years the items tell; :class:`ChronologyDay` gives a yearless day inside an item
the item's year.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from rasd.quantities.tokens import Tokens, clitic_forms, key
from rasd.time.calendar import Spec
from rasd.time.lexicon import lexicon_data, time_lexicon
from rasd.time.words import Match

_LAST_BREAK = re.compile(r"[.!?؟\n:][^.!?؟\n:]*\Z")  # the text since the sentence's (or item's) start
_LEAD_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class ChronologyCues:
    lead_words: frozenset[str]  # في، يوم، بتاريخ, a weekday, a month's name before an item's day
    lead_reach: int  # characters between the sentence's start and its day
    min_openers: int
    min_forward: float
    year_end_from: int  # a month this late followed by one ...
    year_start_to: int  # ... this early is the next year's


@cache
def chronology_cues() -> ChronologyCues:
    data = lexicon_data()["chronology_items"]
    words = {f for w in data["lead_words"] for f in clitic_forms(key(w))}
    lex = time_lexicon()  # a weekday, and a month's heading over its items ("يناير / كانون الثاني")
    words |= set(lex.weekdays) | set(lex.weekdays_bare) | set(lex.months) | set(lex.month_heads)
    words |= {second for seconds in lex.month_heads.values() for second in seconds}
    return ChronologyCues(frozenset(words), int(data["lead_reach"]), int(data["min_openers"]),
                          float(data["min_forward"]), int(data["year_end_from"]),
                          int(data["year_start_to"]))


def _item_day(spec: Spec | None) -> bool:
    return (spec is not None and spec.what == "day" and spec.month is not None and spec.day is not None
            and spec.month_rel is None and spec.named_rel is None and not spec.future)


def _opens_item(toks: Tokens, first: int, cues: ChronologyCues) -> bool:
    """Whether the day starting at token ``first`` opens its sentence or line: at most lead
    words (في، يوم، a weekday) and marks stand between the last sentence end, colon or line
    break and it."""
    text = toks.norm.text
    at = toks.starts[first]
    lo = max(0, at - cues.lead_reach - 1)
    before = _LAST_BREAK.search(text, lo, at)
    if before is None and lo > 0:
        return False
    lead = text[before.start() + 1 if before else 0:at]
    return all(w in cues.lead_words for w in _LEAD_WORD.findall(lead))


def year_turns(before: tuple[int, int], after: tuple[int, int], cues: ChronologyCues) -> bool:
    """Whether an item of (month, day) ``after`` following one of ``before`` is the next
    year's: the calendar goes back over a year's end (December → January)."""
    return after < before and before[0] >= cues.year_end_from and after[0] <= cues.year_start_to


def soon_after(told: date, spec: Spec) -> bool:
    """Whether a yearless day falls, in the year of the day ``told`` just before it, on that
    day or at most ``chronology_step_days`` (data/time/lexicon.yaml) days after it: the next
    item of a chronology ("في 17 مايو 2015 سقطت الرمادي … . وفي 21 مايو سقطت تدمر": that May,
    not the publication's)."""
    if spec.what != "day" or spec.day is None or spec.month is None:
        return False
    try:
        day = date(told.year, spec.month, spec.day)
    except ValueError:
        return False
    return timedelta(0) <= day - told <= timedelta(days=time_lexicon().chronology_step_days)


def _carried(days: list[tuple[int, int]], told: list[int | None], cues: ChronologyCues) -> list[int | None]:
    """The year of each item day (month, day) in page order, from the years the items tell
    (``told``): forward from a told year (the next year's over a year's end), and back from
    the first told year to the items before it; none where the calendar goes back otherwise
    ("10 يوليو 2000 … في 17 فبراير": another part of the story) until a year is told again."""
    years = list(told)
    for k in range(1, len(days)):
        if years[k] is None and years[k - 1] is not None:
            a, b = days[k - 1], days[k]
            years[k] = years[k - 1] if b >= a else years[k - 1] + 1 if year_turns(a, b, cues) else None
    first = next((k for k, y in enumerate(told) if y is not None), len(days))
    for k in range(min(first, len(days) - 1) - 1, -1, -1):
        a, b, later = days[k], days[k + 1], years[k + 1]
        if later is not None:
            years[k] = later if a <= b else later - 1 if year_turns(a, b, cues) else None
    return years


def chronology_openers(toks: Tokens, matches: list[tuple[int, Match]], page: int = -1) -> dict[int, int | None]:
    """The item days of a chronology page (module docstring), by index in ``matches``, each
    with the year its items carry (None: none read); empty on any other page. The page's
    own date (index ``page``) and the header before it open no item."""
    cues = chronology_cues()
    openers = [k for k, (first, m) in enumerate(matches) if k > page
               and m.kind == "absolute" and _item_day(m.spec) and _opens_item(toks, first, cues)]
    if len(openers) < cues.min_openers:
        return {}
    specs = [matches[k][1].spec for k in openers]
    days = [(spec.month, spec.day) for spec in specs]  # type: ignore[union-attr]
    steps = [b > a or year_turns(a, b, cues) for a, b in itertools.pairwise(days) if a != b]
    if not steps or sum(steps) < cues.min_forward * len(steps):  # items of one day tell no order
        return {}
    return dict(zip(openers, _carried(days, [spec.year for spec in specs], cues), strict=True))  # type: ignore[union-attr]


class ChronologyDay:
    """The last item day of a chronology read so far: a yearless day told inside an item
    ("… في آخر أيام الشهر 28 فبراير") is of the item's year when it falls on the item's day
    or at most ``chronology_step_days`` days after it, else of no year read here (a
    background "في ديسمبر" after January's items is the year before)."""

    def __init__(self) -> None:
        self.last: date | None = None

    def year_of(self, spec: Spec) -> int | None:
        return self.last.year if self.last is not None and soon_after(self.last, spec) else None

    def saw(self, iso: str) -> None:
        """An item's day, resolved."""
        self.last = date.fromisoformat(iso[:10])
