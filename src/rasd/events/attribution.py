"""Who an event mention relays and how the claim is sourced.

``cited`` lists the outlets, monitors, official bodies and named parties given as the origin of
the claim (``SOURCE`` spans from the actors stage: SANA, SOHR, Nziv ...; an ``ACTOR`` that
speaks: "أعلنت قوات سوريا الديمقراطية"). ``attribution`` is one of ``named outlet``,
``anonymous security source``, ``official statement``, ``local activists``, ``correspondent``,
``eyewitnesses``, ``local sources``, ``media reports``.

Why claims and not single words: "ناشط" is a source in "أفاد ناشطون" and a victim in "مقتل
ناشط إعلامي"; "بيان" sources in "قال الجيش في بيان" and is a topic in "بيان مشترك حول". So
a sentence is read as *claims*: a saying verb or phrase (قال، أفاد، نقلت، بحسب، وفقاً لـ ...,
``reporting`` in ``rasd/data/events/attribution.yaml``) opens a claim's head, which runs to
the "أن" that opens what is claimed (or a colon, or a few words); the cue words, outlets and
speakers in the head say who speaks. A cue right before a saying verb ("ناشطون قالوا") or a
headline colon ("مصدر أمني: ...") opens a claim too. An event takes the claim nearest before
its trigger in the sentence (the first one after it when none comes before), plus the outlets
named outside any claim ("(أعماق، 30 آذار)"). A sentence that continues a claim ("وأضاف أن
...") takes the claim of the sentence that introduced it. A report-wide relay (a dateline
"دمشق - (رويترز)" or a closing "المصدر: ...") sources what nothing else does; a claim nobody
is cited for rests on the report's own outlet: ``named outlet`` (none when the outlet is
unknown). The report's own outlet naming itself ("BBC Arabic") is never cited.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasd.document import Document, EventMention, Span
from rasd.events.lexicon import Lexicon, lexicon, trie_regex
from rasd.events.tokens import sentence_bounds
from rasd.kb.actors import default_kb
from rasd.text.normalize import KEY_TABLE, Normalized, normalize

SILENT_CHARS = 30  # how far before a source cue a "did not comment" is looked for
SUBJECT_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?$")  # a cue at most two words before its verb
RELAY = re.compile(r"(?:^| )عن(?= |$)")  # "نقلت سانا عن ...": the one relayed follows
SEGMENT_MAX = 160
CLAUSE_REST = re.compile(r"[^.,;:!?\"]*")  # the rest of a clause
HEADLINE_COLON = re.compile(r"\s*(?:ل\S*\s*)?(?:\S+\s*)?:")  # "مصدر أمني لـ X: ..."
NEXT_WORDS = re.compile(r"\s*([^\s.,:;!?\"]+)(?:\s+([^\s.,:;!?\"]+))?")  # a head's first words
TRAILING_WORDS = 4  # "..., قال ناشطون محليون." : a verb this close to its clause's end trails
OPENING_CHARS = 60  # a claim this close to its sentence's start sources the whole sentence
BODY_KINDS = frozenset({"monitor", "official"})  # named in the world as often as cited
DATELINE_KINDS = frozenset({"state-media", "foreign-media", "opposition-media", "local-network"})  # characters looked at after a verb for the end of its head


@dataclass
class Config:
    """The parts of ``attribution.yaml`` only this module reads (the lexicon reads the rest)."""

    kinds: tuple[tuple[str, re.Pattern[str], bool], ...]
    generic: dict[str, str]
    head_end: re.Pattern[str]
    reporting: re.Pattern[str]  # the lexicon's saying verbs, factored into a trie
    head_words: int
    head_span: re.Pattern[str]  # at most head_words words
    trailing: re.Pattern[str]
    anaphora: re.Pattern[str]
    media_nouns: re.Pattern[str]
    title_before: re.Pattern[str]
    kind_before: re.Pattern[str]  # a kind cue right before a name (group k<i>: kind i)
    any_kind: re.Pattern[str]  # every kind's cue in one pass (group k<i>: kind i)
    free_kind: re.Pattern[str]  # the free kinds' cues only
    relay_only: re.Pattern[str]
    speakers: re.Pattern[str]
    dateline_sentences: int
    dateline_before: re.Pattern[str]
    dateline_after: re.Pattern[str]
    source_line: re.Pattern[str]
    outlets: dict[str, str]


def _n(pattern: str) -> str:
    return normalize(pattern).text


LITERAL_GROUP = re.compile(r"\(\?:([^()\\\[\]?*+{}|.^$]+(?:\|[^()\\\[\]?*+{}|.^$]+)+)\)")


def _factored(pattern: str) -> str:
    """``pattern`` with every group of plain words ("(?:قال|قالت|قالوا)") factored into a trie:
    the same matches (every use ends at a word boundary), one branch tried per letter."""
    return LITERAL_GROUP.sub(lambda m: "(?:" + trie_regex(m.group(1).split("|")) + ")", pattern)


@cache
def config() -> Config:
    data = yaml.safe_load(resources.files("rasd.data.events").joinpath("attribution.yaml")
                          .read_text("utf-8"))
    kinds = tuple(
        (k["attribution"],
         # a whole word, with at most two clitic letters glued in front (وب، لل، فال ...)
         re.compile(r"(?<!\S)(?:[وفبلك]{1,2})?(?:ال)?(?:" + _n(k["cue"]) + r")(?![^\W\d_])"),
         bool(k.get("free")))
        for k in data.get("kinds") or [])
    cues = [_n(k["cue"]) for k in data.get("kinds") or []]
    free = [bool(k.get("free")) for k in data.get("kinds") or []]

    def one_pass(wanted: list[int], end: str) -> re.Pattern[str]:
        # one regex, one group per kind in rank order: the most specific kind wins a position
        groups = "|".join(f"(?P<k{i}>{_factored('(?:' + cues[i] + ')')})" for i in wanted) or "(?!)"
        return re.compile(r"(?<!\S)(?:[وفبلك]{1,2})?(?:ال)?(?:" + groups + ")" + end)

    every = list(range(len(cues)))
    return Config(
        kind_before=one_pass(every, r"\s*$"),
        any_kind=one_pass(every, r"(?![^\W\d_])"),
        free_kind=one_pass([i for i in every if free[i]], r"(?![^\W\d_])"),
        kinds=kinds, generic=dict(data.get("generic_sources") or {}),
        head_end=re.compile(_n(data["head_end"])), reporting=re.compile(_factored(_n(data["reporting"]))), head_words=int(data.get("head_words", 8)),
        head_span=re.compile(r"(?:\s*\S+){0,%d}" .replace("%d", str(int(data.get("head_words", 8))))),
        trailing=re.compile(_n(data["trailing"])), relay_only=re.compile(_n(data["relay_only"])),
        anaphora=re.compile(_n(data["anaphora"])), media_nouns=re.compile(_n(data["media_nouns"])),
        title_before=re.compile(_n(data["title_before"]).replace(
            "{speakers}", _n(data["speakers"]).removesuffix("(?= |$)"))),
        speakers=re.compile(_factored(_n(data["speakers"]))),
        dateline_sentences=int(data.get("dateline_sentences", 2)),
        dateline_before=re.compile(_n(data["dateline_before"])),
        dateline_after=re.compile(_n(data["dateline_after"])),
        source_line=re.compile(_n(data["source_line"])),
        outlets=_outlet_domains(data))


def _outlet_domains(data: dict) -> dict[str, str]:
    """Web host → source id: the sources' ``domains`` in the actor knowledge base
    (``rasd/data/actors/sources.yaml``), then any host ``attribution.yaml`` lists under
    ``outlets`` for an outlet the knowledge base has no source for."""
    out = dict(default_kb().domains)
    out.update({k.lower(): v for k, v in (data.get("outlets") or {}).items()})
    return out


def own_source(outlet: str | None) -> str | None:
    """The source id of a report's own outlet, from its web host (any parent domain counts)."""
    if not outlet:
        return None
    host = outlet.lower().strip().removeprefix("www.")
    outlets = config().outlets
    parts = host.split(".")
    for i in range(len(parts) - 1):
        ident = outlets.get(".".join(parts[i:]))
        if ident:
            return ident
    return None


@dataclass
class Claim:
    """Who speaks in one claim of a sentence: its kind cues, outlets and speakers."""

    start: int  # original offset where the claim's head begins
    trailing: bool = False  # may source words before it ("..., بحسب المرصد"، "..., قال ناشطون.")
    kinds: list[tuple[str, int, int]] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)
    speakers: list[tuple[str | None, int, int]] = field(default_factory=list)
    anaphoric: bool = True  # only "المصدر"، "المصادر نفسها": the source named before speaks on

    def __bool__(self) -> bool:
        return bool(self.kinds or self.sources or self.speakers)


@dataclass
class Found:
    """One sentence read: its claims (in order), the outlets outside them, and cue flags."""

    start: int  # the sentence's original start offset
    claims: list[Claim]
    free_sources: list[Span]
    free_kinds: list[tuple[str, int, int]]
    opens: bool
    shift: bool

    @property
    def any(self) -> bool:
        return bool(self.claims or self.free_sources or self.free_kinds)


class _Sentences:
    """Sentences of one document, normalised lazily, with their claims."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex, self.cfg = doc, lex, config()
        self.bounds = sentence_bounds(doc)
        self.starts = [s for s, _ in self.bounds]
        own = own_source(doc.meta.outlet)
        self._sources = [s for s in doc.spans_of("SOURCE")
                         if isinstance(s.value, dict) and s.value.get("id") != own]
        self._source_starts = [s.start for s in self._sources]
        self._actors = doc.spans_of("ACTOR")
        self._actor_starts = [s.start for s in self._actors]
        self._cache: dict[int, Found] = {}
        self._whole: Normalized | None = None
        self._named: dict[str, str] | None = None
        self._pers = doc.spans_of("PERS")

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

    def _silenced(self, text: str, at: int) -> bool:
        # "ولم تعلق وزارة الدفاع": a source said not to have spoken sources nothing
        return bool(self.lex.silent.search(text, max(0, at - SILENT_CHARS), at))

    def _heads(self, text: str) -> list[tuple[int, int, int, bool, bool]]:
        """(verb start, verb end, head end, trailing, preposition) of every saying verb or phrase,
        normalised
        offsets; ``trailing``: a preposition (بحسب، وفقاً لـ) or a verb with no claim after it
        ("..., قال ناشطون."), which may source what comes before it."""
        cfg = self.cfg
        heads = []
        for m in self.cfg.reporting.finditer(text):
            words = cfg.head_span.match(text, m.end(), min(len(text), m.end() + SEGMENT_MAX))
            end = words.end() if words else m.end()
            stop_at = cfg.head_end.search(text, m.end(), end)
            if cfg.relay_only.search(m.group().strip()) and stop_at is None and not RELAY.search(
                    text, m.end(), end):
                continue  # "نقل السفارة": no "عن" and no "أن" after it, nothing relayed
            prep = bool(cfg.trailing.search(m.group()))
            # a verb sources what came before it only when it closes its clause: "..., قال ناشطون."
            tail = CLAUSE_REST.match(text, m.end(), m.end() + SEGMENT_MAX).group()
            trailing = prep or (stop_at is None and len(tail.split()) <= TRAILING_WORDS)
            heads.append((m.start(), m.end(), stop_at.start() if stop_at else end, trailing, prep))
        return heads

    def _speaker(self, text: str, at: int, to_original, start: int, end: int,
                 sources: list[Span]) -> tuple[str | None, int, int] | None:
        """An official or party as the first word at normalised offset ``at``, if any."""
        while at < len(text) and text[at] == " ":
            at += 1
        o_start, _ = to_original(at, min(len(text), at + 1))
        if any(s.start <= o_start < s.end or o_start <= s.start < o_start + 12 for s in sources):
            return None  # an outlet speaks: it is cited as such
        m = self.cfg.speakers.match(text, at)
        actor = next((a for a in self._actors[bisect_left(self._actor_starts, o_start):]
                      if a.start <= o_start + 2), None)
        if (actor is not None and actor.end <= end and isinstance(actor.value, dict)
                and actor.value.get("type") != "Civilians"):  # residents are not a party
            return actor.value.get("name"), actor.start, actor.end
        if m:
            s, e = to_original(m.start(), m.end())
            return None, s, e
        return None

    def _speaker_before(self, text: str, v_start: int, to_original,
                        sources: list[Span]) -> tuple[str | None, int, int] | None:
        """A party named right before its saying verb ("وكانت أنقرة أعلنت"، "قريلان أوضح أن"):
        an ACTOR span ending at most two words before the verb, nothing but words between."""
        gap = text[max(0, v_start - 40):v_start]
        o_verb, _ = to_original(v_start, v_start + 1)
        actor = next((a for a in reversed(self._actors[:bisect_left(self._actor_starts, o_verb)])
                      if a.end <= o_verb), None)
        if actor is None or o_verb - actor.end > 40 or not isinstance(actor.value, dict):
            m = self.cfg.title_before.search(gap)
            if m and not any(s.start < o_verb and o_verb - 40 < s.end for s in sources):
                s_, e_ = to_original(v_start - len(gap) + m.start(), v_start)
                return None, s_, e_  # "وكان مسؤول أمني كردي قد قال": an official, unnamed
            return None
        if actor.value.get("type") == "Civilians":
            return None
        between = self.doc.text[actor.end:o_verb]
        if len(between.split()) > 2 or any(ch in between for ch in ".,،:;!?\"«»()") or (
                self.cfg.head_end.search(normalize(between).text)):
            return None
        if any(s.start < o_verb and actor.start < s.end for s in sources) or not gap.strip():
            return None
        if self.cfg.media_nouns.search(normalize(self.doc.text[max(0, actor.start - 20):actor.start]).text):
            return None  # "تلفزيون إسرائيل اعتبر": a medium speaks, not the party
        return actor.value.get("name"), actor.start, actor.end

    def _cited_here(self, src: Span, start: int, end: int) -> bool:
        """A monitor or official body outside any claim's head is cited only right before its
        verb ("المرصد السوري وثّق") or in brackets ("(الأمم المتحدة)")."""
        after = normalize(self.doc.text[src.end:min(end, src.end + 40)]).text
        verb = self.cfg.reporting.search(after)
        if verb and SUBJECT_AFTER.match(after[:verb.start()]):
            return True
        return (self.doc.text[max(start, src.start - 3):src.start].strip().endswith("(")
                and self.doc.text[src.end:src.end + 3].strip().startswith((")", ",", "،")))

    def named(self) -> dict[str, str]:
        """Names a report introduces with their kind ("الناشط باسل الفارس" → الفارس: local
        activists), so that "حسب الفارس" and "وأضاف الفارس" later are sourced the same way."""
        if self._named is None:
            self._named = {}
            if self._whole is None:
                self._whole = normalize(self.doc.text)
            whole = self._whole
            for p in self._pers:
                a, b = whole.norm_index(p.start), whole.norm_index(p.end)
                m = self.cfg.kind_before.search(whole.text, max(0, a - 30), a)
                words = whole.text[a:b].split()
                if m and words:
                    self._named.setdefault(words[-1], self.cfg.kinds[int(m.lastgroup[1:])][0])
        return self._named

    def read(self, i: int) -> Found:
        """Claims of sentence ``i``."""
        if i in self._cache:
            return self._cache[i]
        start, end = self.bounds[i]
        text, to_original = self._normalized(start, end)
        cfg = self.cfg
        starts = self._source_starts
        sources = [s for s in self._sources[bisect_left(starts, start):bisect_left(starts, end)]
                   if s.end <= end]
        heads = self._heads(text)
        claims: dict[int, Claim] = {}  # by head start (normalised)

        trailing = {h[0]: h[3] for h in heads}

        def claim_at(n_start: int) -> Claim:
            if n_start not in claims:
                claims[n_start] = Claim(to_original(n_start, n_start + 1)[0],
                                        trailing.get(n_start, False))
            return claims[n_start]

        def head_of(a: int) -> int | None:
            inside = [h for h in heads if h[1] <= a < max(h[2], h[1] + 1)]
            return inside[-1][0] if inside else None

        free_kinds: list[tuple[str, int, int]] = []
        # cue words count in claims (after or before a saying verb, before a colon) or, for
        # the free kinds, anywhere: with neither a verb nor a colon only the free kinds are read
        scan = cfg.any_kind if heads or ":" in text else cfg.free_kind
        for m in scan.finditer(text):
            name, _, free = cfg.kinds[int(m.lastgroup[1:])]
            if self._silenced(text, m.start()):
                continue
            hit = (name, *to_original(m.start(), m.end()))
            if any(src.start < hit[2] and hit[1] < src.end for src in sources):
                continue  # "صحيفة الحياة"، "مصادر محلية": the source named decides
            h = head_of(m.start())
            back = bool(cfg.anaphora.match(m.group()))
            if h is not None:
                claim_at(h).kinds.append(hit)
                claims[h].anaphoric &= back
                continue
            after = text[m.end():m.end() + 40]
            verb = self.cfg.reporting.search(after)
            if (verb and SUBJECT_AFTER.match(after[:verb.start()])
                    and not cfg.head_end.search(after[:verb.start()])) \
                    or HEADLINE_COLON.match(after[:25]):
                claim_at(m.start()).kinds.append(hit)  # "ناشطون قالوا"، "مصدر أمني لـ X:"
                claims[m.start()].anaphoric &= back
            elif free:
                free_kinds.append(hit)
        free_sources: list[Span] = []
        n_of = {}
        for s in sources:
            a = _norm_offset(text, to_original, s.start - start, s.start)
            n_of[id(s)] = a
            if self._silenced(text, a):
                continue
            h = head_of(a)
            if h is not None:
                claim_at(h).sources.append(s)
            elif s.value.get("kind") not in BODY_KINDS or self._cited_here(s, start, end):
                free_sources.append(s)
            # else: "قصف مستشفى تابع لأطباء بلا حدود": a monitor or body named, not cited
        named = self.named() if heads and self._pers else {}
        for v_start, v_end, h_end, _, prep in heads:
            word = NEXT_WORDS.match(text, v_end, h_end)
            if named and word and v_start not in claims:
                kind = named.get(word.group(1)) or named.get(word.group(2) or "")
                if kind:  # "حسب الفارس": a source the report named before
                    s_, e_ = to_original(word.start(1), word.end())
                    claim_at(v_start).kinds.append((kind, s_, e_))
                    claims[v_start].anaphoric = False
            first = self._speaker(text, v_end, to_original, start, end, sources)
            # "نقلت سانا عن وزير ..."، "نقلا عن المتحدث ...": the one relayed speaks too
            relay = RELAY.search(text[v_end:h_end])
            second = (self._speaker(text, v_end + relay.end(), to_original, start, end, sources)
                      if relay else None)
            before = None if prep else self._speaker_before(text, v_start, to_original, sources)
            for found in (first, second, before):
                if found and not self._silenced(text, v_start):
                    claim_at(v_start).speakers.append(found)
        ordered = [c for _, c in sorted(claims.items()) if c]
        lead = self.cfg.reporting.match(text.lstrip())
        # "وأضاف أن ..."، "وأشار إلى أن ...": a saying verb with no new speaker goes on with the
        # claim before it; "وأعلنت زامبيا ..." has a speaker of its own, named or not
        goes_on = bool(lead) and bool(cfg.head_end.search(
            " ".join(text.lstrip()[lead.end():].split()[:3])))
        found = Found(start, ordered, free_sources, free_kinds, opens=goes_on,
                      shift=bool(self.lex.topic_shift.search(text.lstrip())))
        self._cache[i] = found
        return found


def _norm_offset(text: str, to_original, guess: int, original: int) -> int:
    """The normalised offset of an original offset (normalising only shortens the text)."""
    lo, hi = 0, min(len(text), max(guess, 0) + 1)
    while lo < hi:  # the smallest normalised offset mapping to ``original`` or after it
        mid = (lo + hi) // 2
        if to_original(mid, mid + 1)[0] < original:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _pick(found: Found, at: int | None) -> Claim | None:
    """The claim that sources words at original offset ``at``: the nearest before, else the
    first after that may source what precedes it."""
    if not found.claims:
        return None
    if at is None:  # a sentence the event's words are not in: a claim that opens it, or trails
        return next((c for c in found.claims if c.start - found.start <= OPENING_CHARS or c.trailing),
                    None)
    before = [c for c in found.claims if c.start <= at]
    if before:
        return before[-1]
    return next((c for c in found.claims if c.trailing), None)


def _scope(sentences: _Sentences, first: int, lookback: int) -> tuple[int, Found]:
    """The sentence that sources the claim made in sentence ``first``."""
    here = sentences.read(first)
    anaphoric = (here.claims and not here.free_sources and not here.free_kinds
                 and all(c.anaphoric and not c.sources and not c.speakers for c in here.claims))
    if (here.any and not anaphoric) or here.shift or not here.opens:
        return first, here  # only "وأضاف (المصدر) أن ..." continues a claim sourced before
    for back in range(1, lookback + 1):
        i = first - back
        if i < 0:
            break
        found = sentences.read(i)
        if found.claims and not all(c.anaphoric and not c.sources and not c.speakers
                                    for c in found.claims):
            return i, found
        if found.shift:
            break
    return first, here


def _datelines(doc: Document, sentences: _Sentences) -> list[Span]:
    """Relays told once for the whole report: a dateline or a closing "المصدر: ..."."""
    cfg = sentences.cfg
    out = []
    last = len(sentences.bounds) - 1
    near_top = set(range(min(cfg.dateline_sentences, last + 1)))
    for s in sentences._sources:
        if s.value.get("kind") not in DATELINE_KINDS:
            continue  # a monitor or body named in a page's header is its title, not a relay
        i = sentences.index(s.start)
        if i not in near_top and "المصدر" not in doc.text[max(0, s.start - 20):s.start]:
            continue
        before = normalize(doc.text[max(0, s.start - 20):s.start]).text
        after = normalize(doc.text[s.end:s.end + 4]).text
        if (i in near_top and cfg.dateline_before.search(before[-4:])
                and cfg.dateline_after.match(after)) or cfg.source_line.search(before):
            out.append(s)
    return out


def _cite(doc: Document, span: Span, name: str | None, kind: Any, rule: str,
          added: set[tuple[int, int]]) -> None:
    if (span.start, span.end) not in added:
        added.add((span.start, span.end))
        doc.add(span.start, span.end, "CITED", stage="attribution", rule=rule,
                value={"cited": name, "kind": kind})


def _attribute_one(doc: Document, event: EventMention, sentences: _Sentences, lex: Lexicon,
                   added: set[tuple[int, int]], relays: list[Span]) -> None:
    cfg = sentences.cfg
    firsts = sorted({sentences.index(e.start) for e in event.evidence if e.field == "event"}) or [
        sentences.index(event.sentence_start)]
    triggers = [e.start for e in event.evidence if e.field == "trigger"]
    # the first trigger (in evidence order) inside a sentence, found by bisection: an event
    # that absorbed thousands of items run on one line holds thousands of triggers, and
    # scanning them for each of its sentences was quadratic (REVIEW23 finding 4)
    by_start = sorted((t, k) for k, t in enumerate(triggers))
    starts = [t for t, _ in by_start]

    def first_trigger(b: int, e: int) -> int | None:
        lo, hi = bisect_left(starts, b), bisect_left(starts, e)
        return triggers[min(k for _, k in by_start[lo:hi])] if lo < hi else None
    cited: list[str] = []
    cues: list[tuple[str, int, int]] = []
    source_kinds: list[str] = []

    def add_source(src: Span, rule: str) -> None:
        name = src.value.get("name") or src.value.get("name_ar")
        if name and name not in cited:
            cited.append(name)
        generic = cfg.generic.get(src.value.get("id", ""))
        source_kinds.append(generic or ("official statement" if src.value.get("kind") == "official"
                                        else "outlet"))
        _cite(doc, src, name, src.value.get("kind"), rule, added)

    for first in firsts:
        i, found = _scope(sentences, first, lex.lookback)
        b, e = sentences.bounds[first]
        at = first_trigger(b, e) if i == first else None
        claim = _pick(found, at) if i == first else found.claims[-1]
        for src in found.free_sources:
            add_source(src, "cited:source-span")
        cues.extend(found.free_kinds)
        if claim is None:
            continue
        for src in claim.sources:
            add_source(src, "cited:source-span")
        cues.extend(claim.kinds)
        for name, s, e2 in claim.speakers:
            cues.append(("official statement", s, e2))
            if name:
                if name not in cited:
                    cited.append(name)
                if (s, e2) not in added:
                    added.add((s, e2))
                    doc.add(s, e2, "CITED", stage="attribution", rule="cited:speaker",
                            value={"cited": name, "kind": "speaker"})
    if not cited and not cues:
        for src in relays:
            add_source(src, "cited:dateline")
    event.cited = cited
    event.attribution = None
    rank = {name: k for k, (name, _, _) in enumerate(cfg.kinds)}
    if cues:  # the most specific sourcing told in any of its sentences (order of attribution.yaml)
        name, start, end = min(cues, key=lambda c: rank.get(c[0], len(rank)))
        event.attribution = name
        if (start, end) not in added:
            added.add((start, end))
            doc.add(start, end, "CITED", stage="attribution", rule=f"attribution:{name}",
                    value={"attribution": name})
    elif source_kinds:  # a generic source ("ناشطون") is more telling than the outlet relaying it
        generic = [k for k in source_kinds if k in rank and k != "official statement"]
        event.attribution = (min(generic, key=rank.__getitem__) if generic
                             else "official statement" if "outlet" not in source_kinds
                             else "named outlet")
    elif doc.meta.outlet:
        event.attribution = "named outlet"  # nobody cited: the claim rests on the outlet itself


def attribute(doc: Document, lex: Lexicon | None = None) -> Document:
    """Fill ``cited`` and ``attribution`` of every event mention of ``doc``."""
    if not doc.events:
        return doc
    lex = lex or lexicon()
    sentences = _Sentences(doc, lex)
    relays = _datelines(doc, sentences)
    added: set[tuple[int, int]] = set()
    for event in doc.events:
        _attribute_one(doc, event, sentences, lex, added, relays)
    return doc
