"""The one document model every stage reads and adds to.

A :class:`Document` carries the text as it arrived (``raw``), the cleaned text
(``text``) that every annotation points into, the metadata, and all annotations as
:class:`Span` objects. Each span records which stage made it and which rule or model
decided it, so any extracted value can be traced back to the words that produced it.

Event mentions found in a document are :class:`EventMention` objects; their fields
point at spans through ``evidence`` so ``rasd show`` can print the words behind each
field.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from itertools import chain
from typing import Any

PRECISIONS = ("day", "month", "year")


def _text_order(span: Span) -> tuple[int, int]:
    return span.start, -span.end


_NONE: tuple[list[Span], list[int]] = ([], [])  # no span of the labels asked (never changed)


@dataclass(slots=True)
class Span:
    """One annotation over ``Document.text``: ``text[start:end]`` with a label.

    ``value`` is the normalised value (a canonical actor, a date, a number ...) and
    must be JSON-serialisable. ``stage`` names the pipeline stage and ``rule`` the
    rule, pattern or model inside it that produced the span.
    """

    start: int
    end: int
    label: str
    stage: str
    rule: str
    value: Any = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(**data)


@dataclass(slots=True)
class Removed:
    """A block dropped from the raw text while cleaning, kept with the reason."""

    start: int
    end: int
    reason: str
    rule: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Meta:
    """What is known about a document apart from its text."""

    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    published_precision: str | None = None  # one of PRECISIONS
    language: str = "ar"
    source_path: str | None = None
    author: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_hash(text: str) -> str:
    """Identity of a document's content: re-ingesting the same text is a no-op."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def precision_of(published: str | None) -> str | None:
    """``2021-01-13`` → day, ``2021-11`` → month, ``2021`` → year."""
    if not published:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(published))


@dataclass(slots=True)
class Evidence:
    """Words that support an event or one of its fields."""

    start: int
    end: int
    text: str
    field: str = "event"
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class EventMention:
    """One event as one document reports it, before merging across documents.

    Field names follow ``docs/EVENT_SCHEMA.md``; actors and places are the schema's
    dictionaries. ``evidence`` holds the sentence(s) and the words behind each field.
    """

    plover: str
    sentence_start: int
    sentence_end: int
    plover_mode: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: dict[str, Any] | None = None
    actor2: dict[str, Any] | None = None
    assoc_actor_1: list[dict[str, Any]] = field(default_factory=list)
    assoc_actor_2: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] | None = None
    event_date: str | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    fatalities_max: int | None = None
    injuries: int | None = None
    cited: list[str] = field(default_factory=list)
    attribution: str | None = None
    context: list[str] = field(default_factory=list)
    notes: str = ""
    trigger: str = ""
    rule: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float | None = None  # rasd.events.confidence: how likely a coder keeps it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventMention:
        data = dict(data)
        data["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        return cls(**data)


@dataclass
class Document:
    """Text, metadata and every annotation of one report."""

    meta: Meta
    raw: str
    text: str = ""
    spans: list[Span] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    done: set[str] = field(default_factory=set)  # what the stages run so far provide

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.raw

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def hash(self) -> str:
        return content_hash(self.raw)

    def add(
        self,
        start: int,
        end: int,
        label: str,
        *,
        stage: str,
        rule: str,
        value: Any = None,
        score: float | None = None,
    ) -> Span:
        """Record an annotation over ``self.text`` and return it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        span = Span(start, end, label, stage, rule, value, score)
        self.spans.append(span)
        return span

    def spans_of(self, *labels: str) -> list[Span]:
        """Spans with any of ``labels``, in text order (spans with the same offsets in the
        order they were added).

        The stages ask some twenty times a document, each for a few labels out of hundreds
        of spans, so the positions of each label's spans are kept (:meth:`_positions`)
        rather than every span read again: the same list as filtering ``spans`` in order
        and sorting it stably.
        """
        return list(self._ordered(labels)[0])

    def _ordered(self, labels: tuple[str, ...]) -> tuple[list[Span], list[int]]:
        """:meth:`spans_of`'s list itself (never changed once made: a span added makes a new
        one) and its spans' starts, made the first time :meth:`within` asks."""
        at = self._positions()
        if len(labels) == 1:
            found = at.get(labels[0])
            if not found:
                return _NONE
            sizes: tuple[int, ...] | int = len(found)
        else:
            lists = [at[label] for label in set(labels) if label in at]
            if not lists:
                return _NONE
            sizes = tuple(map(len, lists))
        answers = self.__dict__["_label_index"][3]
        known = answers.get(labels)
        if known is not None and known[0] == sizes:  # none of these labels added since
            return known[1]
        if len(labels) > 1:
            found = lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))
        picked = list(map(self.spans.__getitem__, found))
        picked.sort(key=_text_order)
        ordered = (picked, [])
        answers[labels] = (sizes, ordered)
        return ordered

    def _positions(self) -> dict[str, list[int]]:
        """Label → positions in ``spans`` of its spans, ascending. Spans are only ever
        appended (:meth:`add`), so the index catches up with what was appended since it was
        last read; a ``spans`` list replaced or shortened is indexed anew."""
        spans = self.spans
        # [the list indexed, how many of its spans, positions by label, answers given]
        index = self.__dict__.get("_label_index")
        if index is None or index[0] is not spans or index[1] > len(spans):
            index = self.__dict__["_label_index"] = [spans, 0, {}, {}]
        n = len(spans)
        if index[1] < n:
            by_label: dict[str, list[int]] = index[2]
            for k in range(index[1], n):
                label = spans[k].label
                positions = by_label.get(label)
                if positions is None:
                    by_label[label] = [k]
                else:
                    positions.append(k)
            index[1] = n
        return index[2]

    def within(self, start: int, end: int, *labels: str) -> Iterator[Span]:
        """Spans with ``labels`` lying inside ``[start, end)``, in text order: those starting
        from ``start`` up to ``end``, found by bisection (a sentence of a huge page reads its
        own spans, not the page's)."""
        spans, starts = self._ordered(labels)
        if len(starts) < len(spans):
            starts[:] = [span.start for span in spans]
        for k in range(bisect_left(starts, start), bisect_right(starts, end)):
            if spans[k].end <= end:
                yield spans[k]

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def to_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta.to_dict(),
            "raw": self.raw,
            "text": self.text,
            "spans": [s.to_dict() for s in self.spans],
            "removed": [r.to_dict() for r in self.removed],
            "events": [e.to_dict() for e in self.events],
        }
