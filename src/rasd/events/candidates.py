"""Which of a document's event mentions a pair test can find compatible with another.

Merging a document's mentions (:func:`rasd.events.build.merge` and the passes after it) asks,
for every mention, which one told before it continues: a search through every mention kept so
far, each pair read by :func:`rasd.events.build._compatible`. Every such test requires the two
mentions to have one PLOVER type and, when both are dated, days no more than ``window`` apart
(ISO days; any other string only when equal: :func:`rasd.events.build._same_time`). A
:class:`Candidates` keeps the mentions by type and day, so a search reads only those that can
pass, in the order the list holds them: on a page of 3,000 dated sentences, a few per mention
instead of every pair (REVIEW20 finding 8). It answers exactly as a pass over all of them would,
as long as every change to an indexed mention's day is reported (:meth:`Candidates.moved`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date as Date
from typing import Any, Protocol

from rasd.document import EventMention

SMALL = 16  # fewer mentions of a type than this: a pass over them is cheaper than the day index

Key = tuple[str | None, Hashable]


class Spots(Protocol):
    """Where a place is filed and which spots a place asks about (:meth:`Candidates.near_placed`):
    every place a pair test can accept beside a place ``p`` is filed under a spot ``ask(p)``
    lists; ``ask`` answers None when it cannot narrow (then every mention is read)."""

    def file(self, place: dict[str, Any] | None) -> tuple[Hashable, ...]: ...

    def ask(self, place: dict[str, Any] | None) -> tuple[Hashable, ...] | None: ...


def day_key(event_date: str | None) -> Hashable:
    """A mention's day as the index keeps it: its ISO day's ordinal, the string itself when it
    is no ISO day (equal only to itself), None when undated."""
    if not event_date:
        return None
    try:
        return Date.fromisoformat(event_date).toordinal()
    except ValueError:
        return event_date


class Candidates:
    """Mentions by PLOVER type and day, in the order they were added.

    ``marked`` is a test of a mention (as :func:`rasd.events.build._page_day`) whose holders
    :meth:`marked_of` lists by type; it is read again whenever a mention is reported changed.
    """

    def __init__(self, mentions: Iterable[EventMention] = (), window: int = 7,
                 marked: Callable[[EventMention], bool] | None = None,
                 spots: Spots | None = None):
        self.window = window
        self.marked = marked
        # where each mention's place is filed (:meth:`near_placed`): spot → {id: mention}
        self.spots = spots
        self._spot_of: dict[int, tuple[Hashable, ...]] = {}
        self._at: dict[tuple[str | None, Hashable], dict[int, EventMention]] = {}
        self.by_type: dict[str | None, list[EventMention]] = {}
        self._position: dict[int, int] = {}
        self._key: dict[int, Key] = {}
        self._days: dict[Key, list[tuple[int, EventMention]]] = {}
        self._marked: dict[str | None, dict[int, EventMention]] = {}
        for m in mentions:
            self.add(m)

    def add(self, m: EventMention) -> None:
        """Keep ``m`` after every mention added before it."""
        position = len(self._position)
        self._position[id(m)] = position
        self.by_type.setdefault(m.plover, []).append(m)
        self._file(m, position)

    def moved(self, m: EventMention) -> None:
        """Read ``m``'s day (and mark) again after it changed; a mention not kept is ignored."""
        position = self._position.get(id(m))
        if position is None:
            return
        if self.marked is not None:
            self._mark(m)
        if self.spots is not None:
            self._place(m)
        key = (m.plover, day_key(m.event_date))
        old = self._key[id(m)]
        if key == old:
            return
        bucket = self._days[old]
        del bucket[bisect_left(bucket, position, key=_first)]
        self._file(m, position)

    def position(self, m: EventMention) -> int:
        """Where ``m`` stands in the order mentions were added (it must have been added)."""
        return self._position[id(m)]

    def of_type(self, m: EventMention) -> list[EventMention]:
        """Every mention of ``m``'s type, in order."""
        return self.by_type.get(m.plover, [])

    def marked_of(self, m: EventMention) -> list[EventMention]:
        """The marked mentions of ``m``'s type."""
        return list(self._marked.get(m.plover, {}).values())

    def near(self, m: EventMention, reverse: bool = False) -> list[EventMention]:
        """The mentions of ``m``'s type that are undated, or dated no more than ``window`` days
        from ``m`` (every one of its type when ``m`` is undated), in order or in reverse."""
        same = self.by_type.get(m.plover, [])
        day = day_key(m.event_date)
        if day is None or len(same) < SMALL:
            return same[::-1] if reverse else same
        days = range(day - self.window, day + self.window + 1) if isinstance(day, int) else (day,)
        found = [x for d in (None, *days) for x in self._days.get((m.plover, d), ())]
        found.sort(key=_first, reverse=reverse)
        return [m for _, m in found]

    def near_placed(self, m: EventMention, reverse: bool = False) -> list[EventMention]:
        """:meth:`near` without the mentions whose place cannot be ``m``'s (ROBUST27): those
        ``spots`` files under none of the spots it asks ``m``'s place about. Only a pair test
        that fails on two such places may read this list instead (the merge's
        :func:`rasd.events.build._compatible`); a page of n placed lines then costs about n
        pair tests, not n². Every change to an indexed mention's place must be reported
        (:meth:`moved`)."""
        same = self.by_type.get(m.plover, [])
        asked = None if self.spots is None or len(same) < SMALL else self.spots.ask(m.location)
        if asked is None:
            return self.near(m, reverse)
        pool: dict[int, EventMention] = {}
        for spot in asked:
            pool.update(self._at.get((m.plover, spot), {}))
        day, window = day_key(m.event_date), self.window
        found = []
        for k, x in pool.items():
            if day is not None:
                d = self._key[k][1]
                if not (d is None or d == day or (type(day) is int and type(d) is int and abs(d - day) <= window)):
                    continue
            found.append((self._position[k], x))
        found.sort(key=_first, reverse=reverse)
        return [x for _, x in found]

    def _place(self, m: EventMention) -> None:
        spots = self.spots.file(m.location)  # type: ignore[union-attr]
        old = self._spot_of.get(id(m))
        if old == spots:
            return
        for spot in old or ():
            self._at[(m.plover, spot)].pop(id(m), None)
        for spot in spots:
            self._at.setdefault((m.plover, spot), {})[id(m)] = m
        self._spot_of[id(m)] = spots

    def _file(self, m: EventMention, position: int) -> None:
        if self.spots is not None and id(m) not in self._spot_of:
            self._place(m)
        key = (m.plover, day_key(m.event_date))
        self._key[id(m)] = key
        bucket = self._days.setdefault(key, [])
        bucket.insert(bisect_left(bucket, position, key=_first), (position, m))
        if self.marked is not None:
            self._mark(m)

    def _mark(self, m: EventMention) -> None:
        marked = self._marked.setdefault(m.plover, {})
        if self.marked(m):  # type: ignore[misc]
            marked[id(m)] = m
        else:
            marked.pop(id(m), None)


def _first(item: tuple[int, EventMention]) -> int:
    return item[0]


class Latest:
    """The told mentions of each type, the one told last first: a search for the latest told
    that passes a test (``max`` over a type's mentions by the sentence that told each, the
    first of the ties in a :class:`Candidates`' order) reads them from the front and stops at
    the first that passes, instead of testing every mention of the type (REVIEW21 finding 5:
    the merge's story search on a page of 3,000 dated lines)."""

    def __init__(self, index: Candidates):
        self.index = index
        self._of: dict[str | None, list[tuple[int, int, EventMention]]] = {}
        self._key: dict[int, tuple[int, int]] = {}

    def tell(self, m: EventMention, sentence: int) -> None:
        """``m`` (kept in the index) was told last in ``sentence``."""
        key = (-sentence, self.index.position(m))
        old = self._key.get(id(m))
        if old == key:
            return
        order = self._of.setdefault(m.plover, [])
        if old is not None:
            del order[bisect_left(order, old, key=_pair)]
        self._key[id(m)] = key
        order.insert(bisect_left(order, key, key=_pair), (*key, m))

    def of_type(self, m: EventMention) -> Iterator[EventMention]:
        """The told mentions of ``m``'s type, the latest told first, ties in the index's order."""
        return (x for _, _, x in self._of.get(m.plover, ()))


def _pair(item: tuple[int, int, EventMention]) -> tuple[int, int]:
    return item[0], item[1]


class Kept:
    """The mentions a fold keeps, in order, with those of each key listed apart: a fold whose
    pair test requires one key (type and place key: :func:`rasd.events.merge_sentence.
    fold_one_sentence`, ``_fold_weak_days``) reads only a new mention's own key's list. A
    telling that stands for another (:meth:`replace`) has the same key, as the test required."""

    def __init__(self) -> None:
        self.kept: list[EventMention] = []
        self._of: dict[Hashable, list[EventMention]] = {}

    def of_key(self, key: Hashable) -> list[EventMention]:
        """The kept mentions of ``key``, in order."""
        return self._of.get(key, [])

    def keep(self, m: EventMention, key: Hashable) -> None:
        self.kept.append(m)
        self._of.setdefault(key, []).append(m)

    def replace(self, old: EventMention, new: EventMention, key: Hashable) -> None:
        """Put ``new`` where the list holds ``old`` (the first equal to it, as ``list.index``)."""
        k = self.kept.index(old)
        same = self._of[key]
        same[next(i for i, m in enumerate(same) if m is self.kept[k])] = new
        self.kept[k] = new
