"""Who an event mention relays and how the claim is sourced.

``cited`` lists the outlets, monitors and official bodies named as the origin of the claim
(``SOURCE`` spans from the actors stage: SANA, SOHR, Nziv ...). ``attribution`` is one of
``named outlet``, ``anonymous security source``, ``official statement``, ``local
activists``, ``correspondent``, ``eyewitnesses``, ``local sources``, ``media reports``,
read from cue words (``rasd/data/events/attribution.yaml``) in the event's sentences or, for
a sentence that continues a reported claim ("وأضاف أن ..."), in the sentence that introduced
it. A claim nobody is cited for rests on the report's own outlet: ``named outlet`` (none when
the outlet is unknown).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from rasd.document import Document, EventMention
from rasd.events.lexicon import Lexicon, lexicon
from rasd.events.tokens import sentence_bounds
from rasd.text.normalize import KEY_TABLE, Normalized, normalize

SILENT_CHARS = 30  # how far before a source cue a "did not comment" is looked for


class _Sentences:
    """Sentences of one document, normalised lazily, with their attribution cues."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.bounds = sentence_bounds(doc)
        self.starts = [s for s, _ in self.bounds]
        self._sources = [s for s in doc.spans_of("SOURCE") if isinstance(s.value, dict)]
        self._source_starts = [s.start for s in self._sources]
        self._cache: dict[int, dict[str, Any]] = {}
        self._whole: Normalized | None = None

    def _normalized(self, start: int, end: int) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
        """The normalised text of ``doc.text[start:end]`` and a map of its spans back to
        offsets in ``doc.text``.

        Normalising is one character at a time but for one rule, a space after a space is
        dropped: a slice of the whole document's normalised text (shared with the events
        stage) is the sentence normalised alone, unless the sentence opens with a space right
        after one, or a span is empty (it maps to the sentence's own end); then it is alone.
        """
        if self._whole is None:
            self._whole = normalize(self.doc.text)
        whole = self._whole

        def alone_span(a: int, b: int) -> tuple[int, int]:
            s, e = normalize(self.doc.text[start:end]).orig_span(a, b)
            return start + s, start + e

        if start > 0 and self.doc.text[start - 1:start + 1].translate(KEY_TABLE) == "  ":
            return normalize(self.doc.text[start:end]).text, alone_span
        first, last = whole.norm_index(start), whole.norm_index(end)

        def span(a: int, b: int) -> tuple[int, int]:
            return whole.orig_span(first + a, first + b) if b > a else alone_span(a, b)

        return whole.text[first:last], span

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def read(self, i: int) -> dict[str, Any]:
        """Cues of sentence ``i``: kind (first matching), its offsets, sources, reporting verb."""
        if i in self._cache:
            return self._cache[i]
        start, end = self.bounds[i]
        text, to_original = self._normalized(start, end)
        kind = None
        for name, cue in self.lex.attribution_kinds:
            # "ولم تعلق وزارة الدفاع": a source said not to have spoken sources nothing
            m = next((m for m in cue.finditer(text)
                      if not self.lex.silent.search(text, max(0, m.start() - SILENT_CHARS), m.start())), None)
            if m:
                kind = (name, *to_original(m.start(), m.end()))
                break
        sources = [s for s in self._sources[bisect_left(self._source_starts, start):]
                   if s.start < end and s.end <= end]
        found = {"kind": kind, "sources": sources, "reporting": bool(self.lex.reporting.search(text)),
                 "opens": bool(self.lex.reporting.match(text.lstrip())),
                 "shift": bool(self.lex.topic_shift.search(text.lstrip()))}
        self._cache[i] = found
        return found


def _scope(sentences: _Sentences, first: int, lookback: int) -> tuple[int, dict[str, Any]]:
    """The sentence that sources the claim made in sentence ``first``."""
    here = sentences.read(first)
    if here["kind"] or here["sources"] or here["shift"] or not here["opens"]:
        return first, here  # only "وأضاف أن ..." continues a claim sourced before
    for back in range(1, lookback + 1):
        i = first - back
        if i < 0:
            break
        found = sentences.read(i)
        if (found["kind"] or found["sources"]) and found["reporting"]:
            return i, found
        if found["shift"]:
            break
    return first, here


def _attribute_one(doc: Document, event: EventMention, sentences: _Sentences, lex: Lexicon,
                   added: set[tuple[int, int]]) -> None:
    firsts = sorted({sentences.index(e.start) for e in event.evidence if e.field == "event"}) or [
        sentences.index(event.sentence_start)]
    cited: list[str] = []
    cues: list[tuple[str, int, int]] = []
    outlet_kinds: set[str | None] = set()
    for first in firsts:
        _, found = _scope(sentences, first, lex.lookback)
        for src in found["sources"]:
            name = src.value.get("name") or src.value.get("name_ar")
            if name and name not in cited:
                cited.append(name)
            outlet_kinds.add(src.value.get("kind"))
            if (src.start, src.end) not in added:
                added.add((src.start, src.end))
                doc.add(src.start, src.end, "CITED", stage="attribution", rule="cited:source-span",
                        value={"cited": name, "kind": src.value.get("kind")})
        if found["kind"]:
            cues.append(found["kind"])
    event.cited = cited
    event.attribution = None
    if cues:  # the most specific sourcing told in any of its sentences (order of attribution.yaml)
        rank = {name: i for i, (name, _) in enumerate(lex.attribution_kinds)}
        name, start, end = min(cues, key=lambda c: rank.get(c[0], len(rank)))
        event.attribution = name
        if (start, end) not in added:
            added.add((start, end))
            doc.add(start, end, "CITED", stage="attribution", rule=f"attribution:{name}",
                    value={"attribution": name})
    elif outlet_kinds:
        event.attribution = "official statement" if outlet_kinds == {"official"} else "named outlet"
    elif doc.meta.outlet:
        event.attribution = "named outlet"  # nobody cited: the claim rests on the outlet itself


def attribute(doc: Document, lex: Lexicon | None = None) -> Document:
    """Fill ``cited`` and ``attribution`` of every event mention of ``doc``."""
    if not doc.events:
        return doc
    lex = lex or lexicon()
    sentences = _Sentences(doc, lex)
    added: set[tuple[int, int]] = set()
    for event in doc.events:
        _attribute_one(doc, event, sentences, lex, added)
    return doc
