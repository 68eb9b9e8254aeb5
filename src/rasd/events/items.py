"""The items of a list page: one happening per dated item (MANY12, session 12).

A chronology ("أهم أحداث العام"، "جرائم الإرهابيين لشهر مارس") or a live ticker of a week's
news tells its happenings item after item, each opened by its day ("3 مارس 2017 قتل ...",
"آذار 2 - انسحاب ...", then "7 - إحباط ...") or by a time stamp ("- ( 13 : 31 ) : غارات ...").
Items of two days are two happenings even when type, place and attacker agree (Aleppo is
shelled every day of a ticker): the merging passes of :mod:`rasd.events.build` must not join
them, and a mention without a place must not take the place of another item's story. Two
items of one day (a ticker's hours) are one happening only at the very same place: ACLED
codes one event per day, town, type and actor pair. The cues are
``item_*`` in ``data/events/granularity.yaml``. The first happening an item tells is tied
down by the item's own day or time stamp, as a noun trigger is by a date beside it
(:func:`rasd.events.detect.anchored`): "- ( 13 : 31 ) : غارات مكثفة للطيران الحربي على مواقع
المسلحين ..." is one strike at that hour, not talk of strikes.

A live map's day or a digest whose headlines lost the break between them (glued with no space
or stop, cut apart by :mod:`rasd.text.seams`, LISTS18) is a list page too: each glued seam
opens an item, all of the page's one day (:data:`TICKER_DAY`), and an item's first happening
is tied down by being a headline of its own; a happening takes no place, subject or story from
another headline, and two are merged only at the very same place.

:func:`page_items` numbers the sentences of a list page by item (the sentences before the
first opener are item 0) and dates each item its opener dates ("3 مارس 2017", or "12 -" under
an item of 7 March: 12 March); on any other page it finds no item and nothing changes. A
happening of an item whose own sentence tells no day takes the item's (``date:list-item``);
one whose item gives no day takes none from another item's sentence either
(``date:other-item``, ITEMDATES19).
:func:`item_scope` makes that map the one :func:`same_item` reads while one document's
events are built.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import islice, takewhile

from rasd.datafiles import data_file
from rasd.document import Document, EventMention
from rasd.events.arguments import place_key
from rasd.text.clean import item_seam
from rasd.text.sentences import PLACE_HEADER, TITLE_TWICE

OPENER_REACH = 3  # a date starting this few characters into a sentence opens it ("- 3 مارس")
# an item's day dates its opener and the sentences right after it; a longer stretch under one
# day is a page whose other openers ("في 24 - 5" with no year) are not read as days
ITEM_DAY_SENTENCES = 3
ITEM_DAY_RULE = "date:list-item"  # the evidence rule of a day an item gives its happenings
OTHER_ITEM_RULE = "date:other-item"  # a day told in another dated item: not taken
TICKER_DAY = "ticker"  # the one day of a ticker page's items (none of them tells another)


@dataclass(frozen=True)
class ItemDay:
    """The day an item is dated by: the words that tell it and the ISO day."""

    start: int
    end: int
    date: str


@dataclass(frozen=True)
class PageItems:
    """The items of a list page: sentence start offset → item number; the day of each item
    whose opener tells a full day (or a day number under a month told before; a time stamp's
    item keeps the day of the item before it); and sentence start offset → the day the
    sentence's item tells of (its ISO day, or one of its own when the day is unresolved):
    ACLED codes one event per day, town, type and actor pair, so items of one day may still
    be one happening, items of two days never."""

    of: dict[int, int] = field(default_factory=dict)
    days: dict[int, ItemDay] = field(default_factory=dict)  # by sentence start offset
    day_of: dict[int, str] = field(default_factory=dict)


_ITEMS: ContextVar[PageItems] = ContextVar("list_page_items", default=PageItems())  # noqa: B039 (frozen)


@dataclass(frozen=True)
class ItemCues:
    time_stamp: re.Pattern[str]
    day_number: re.Pattern[str]
    unread_opener: re.Pattern[str]
    min_openers: int
    min_stamped: int
    min_seams: int


@cache
def item_cues() -> ItemCues:
    data = data_file("rasd.data.events", "granularity.yaml")
    return ItemCues(re.compile(data["item_time_stamp"]), re.compile(data["item_day_number"]),
                    re.compile(data["item_unread_opener"]), int(data["item_min_openers"]), int(data["item_min_stamped"]),
                    int(data["item_min_seams"]))


def _dated_starts(doc: Document) -> dict[int, tuple[int, str | None, bool]]:
    """Where a day's date stands (a DATE of day grain, whatever year it lacks): its end, its
    ISO day when the time stage resolved one, and whether it opens an item of a chronology
    page (``chronology_item``, :mod:`rasd.time.chronology`)."""
    return {d.start: (d.end, d.value.get("date") if d.value.get("precision") == 1 else None,
                      bool(d.value.get("chronology_item")))
            for d in doc.spans_of("DATE")
            if d.value and d.value.get("grain") == "day" and d.value.get("kind") == "absolute"}


def _numbered_day(previous: ItemDay | None, number: re.Match[str]) -> ItemDay | None:
    """"12 - ..." after an item of 7 March: 12 March; none before any day, nor a number that
    goes back (another month no heading told)."""
    if previous is None:
        return None
    # the number before the dash (int() reads any space around it: a tab, U+00A0, REVIEW12)
    day = int(re.split("[-–]", number.group(0))[0])
    told = date.fromisoformat(previous.date)
    if day < told.day:
        return None
    try:
        return ItemDay(number.start(), number.start() + len(str(day)), told.replace(day=day).isoformat())
    except ValueError:  # "31 -" in a month of 30 days
        return None


def _ticker_items(doc: Document, sentences: list[tuple[int, int]]) -> PageItems:
    """The items of a ticker page whose headlines were glued (``REPAIR`` rule ``glued-item-*``):
    a sentence that starts at a seam, or at a place header the sentence splitter cut before
    (rule ``place-header``, TICKER26), opens an item; all items are of one day."""
    seams = {at for r in doc.spans_of("REPAIR") if r.value
             and (at := item_seam(r.start, r.rule, str(r.value["to"]))) is not None}
    if len(seams) < item_cues().min_seams:
        return PageItems()
    seams |= {s.start for s in doc.spans_of("SENT") if s.rule.endswith(PLACE_HEADER)}
    items, item = PageItems(), 0
    for s, _ in sentences:
        item += s in seams
        items.of[s] = item
        items.day_of[s] = TICKER_DAY
    return items


def _head(dated: dict[int, tuple[int, str | None, bool]], chronology: list[int], start: int,
          end: int) -> int | None:
    """Where the day that opens the sentence from ``start`` to ``end`` stands: one within
    :data:`OPENER_REACH` characters of its start, or a chronology's item day the time stage
    found opening it after its lead words ("يناير / كانون الثاني في الأول من يناير");
    ``chronology`` holds the starts of those item days, in order."""
    near = next((k for k in range(start, start + OPENER_REACH + 1) if k in dated), None)
    if near is not None:
        return near
    i = bisect_left(chronology, start)
    return chronology[i] if i < len(chronology) and chronology[i] < end else None


def _other_time(times: list[tuple[int, dict]], start: int, end: int, day: str) -> bool:
    """Whether the sentence from ``start`` to ``end`` tells a time that is not ``day`` (an
    ISO day): another day, or a week, month or year that does not hold it. ``times`` is in
    order of where each stands."""
    i = bisect_left(times, start, key=lambda t: t[0])
    return any(not (str(v.get("start") or v["date"]) <= day <= str(v.get("end") or v["date"]))
               for _at, v in takewhile(lambda t: t[0] < end, islice(times, i, None)))


def page_items(doc: Document, sentences: list[tuple[int, int]]) -> PageItems:
    """The items of ``doc`` when it is a list page (dated items, else a ticker's glued
    headlines: :func:`_ticker_items`); none on any other page."""
    cues = item_cues()
    dated = _dated_starts(doc)
    chronology = sorted(k for k, v in dated.items() if v[2])
    # the lead cut off a title told twice opens with the page's date line ("الأربعاء 27 كانون
    # الأول 2017 أهم الأحداث …", SHORT25): the masthead's day, no item's (it stood inside the
    # first sentence before the cut, where no day opens an item)
    titles = {h.end for h in doc.spans_of("HEADLINE") if h.rule == TITLE_TWICE}
    leads = {s for k, (s, _) in enumerate(sentences) if k and sentences[k - 1][1] in titles}
    heads = [None if s in leads else _head(dated, chronology, s, e) for s, e in sentences]
    stamped = [k is not None or bool(cues.time_stamp.match(doc.text, s, e))
               for (s, e), k in zip(sentences, heads, strict=True)]
    if sum(stamped) < cues.min_stamped:
        return _ticker_items(doc, sentences)
    first = stamped.index(True)  # a numbered point before any day is no day's item ("1 - خيار ...")
    numbers = [cues.day_number.match(doc.text, s, e) if k > first else None for k, (s, e) in enumerate(sentences)]
    if sum(t or n is not None for t, n in zip(stamped, numbers, strict=True)) < cues.min_openers:
        return _ticker_items(doc, sentences)
    items = PageItems()
    times = sorted(((d.start, d.value) for d in doc.spans_of("DATE") if d.value and d.value.get("date")),
                   key=lambda t: t[0])
    item, day, key, since, reach = 0, None, "0", 0, ITEM_DAY_SENTENCES
    for (s, e), told, head, number in zip(sentences, stamped, heads, numbers, strict=True):
        if head is not None or number is not None:  # a day's item: "3 مارس 2017"، "12 -"
            end, iso, chronology = dated[head] if head is not None else (0, None, False)
            day = (ItemDay(head, end, iso) if iso else None) if head is not None else _numbered_day(day, number)
            key = day.date if day is not None else f"item {item + 1}"
            # a chronology's item is dated all through (CHRONO20); another list's by its opener
            reach = len(sentences) if chronology else ITEM_DAY_SENTENCES
        if told or number is not None:  # a time stamp opens an item of the same day
            item += 1
            since = 0
        elif day is not None and reach > ITEM_DAY_SENTENCES and (
                _other_time(times, s, e, day.date) or cues.unread_opener.match(doc.text, s, e)):
            reach = since  # the story has moved to another day: the item's day reaches no further
        if day is not None and since < reach:
            items.days[s] = day
        since += 1
        items.of[s] = item
        items.day_of[s] = key
    return items


@contextmanager
def item_scope(items: PageItems) -> Iterator[None]:
    """Make ``items`` the list-page items :func:`same_item` reads while the block runs."""
    token = _ITEMS.set(items)
    try:
        yield
    finally:
        _ITEMS.reset(token)


def item_of(sentence_start: int) -> int | None:
    """The item of the list page being read that the sentence starting there stands in (None
    on any other page, and 0 before the first item)."""
    return _ITEMS.get().of.get(sentence_start)


def dated_item(sentence_start: int) -> bool:
    """Whether the sentence starting there stands on a list page whose items have days of
    their own (a chronology), not on a ticker whose items are all of the page's day."""
    return _ITEMS.get().day_of.get(sentence_start, TICKER_DAY) != TICKER_DAY


def ticker_page() -> bool:
    """Whether the page being read is a ticker whose glued headlines are all of one day
    (:func:`_ticker_items`)."""
    items = _ITEMS.get()
    return bool(items.day_of) and all(day == TICKER_DAY for day in items.day_of.values())


def item_day(sentence_start: int) -> ItemDay | None:
    """The day of the item the sentence starting there stands in, when its opener tells one
    and the sentence is one of the first ``ITEM_DAY_SENTENCES`` of the item."""
    return _ITEMS.get().days.get(sentence_start)


def same_item(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions can be one happening by the items of the list page being read
    (always, on any other page): told in one item, or in two items of one day at the very
    same place (two hours of a ticker at one town; a district and its city are not it)."""
    items = _ITEMS.get()
    if not items.of or items.of.get(a.sentence_start) == items.of.get(b.sentence_start):
        return True
    key = place_key(a.location)
    return (items.day_of.get(a.sentence_start) == items.day_of.get(b.sentence_start)
            and key is not None and key == place_key(b.location))
