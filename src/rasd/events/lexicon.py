"""The event knowledge in ``rasd/data/events/*.yaml``, checked and compiled once.

Triggers are stems, noun forms and frames written by people who know the reporting, not
regular-expression engineers; this module adds the clitics and inflections Arabic attaches
(و/ف, ب/ل/ك, ال, verb suffixes, the imperfect, possessive pronouns) and compiles every
trigger into one alternation so a document is scanned once.
"""

from __future__ import annotations

import re
import re._compiler
import re._parser as sre_parse
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

try:  # an Aho-Corasick automaton finds the trigger keys (compiled); without it, the keys' regex
    import ahocorasick_rs
except ImportError:  # pragma: no cover - ahocorasick-rs is a dependency
    ahocorasick_rs = None

from rasd.datafiles import data_file, load_yaml
from rasd.events.prefix_index import PREFIX_LETTERS, PrefixIndex
from rasd.events.word_heads import head_openings, word_head
from rasd.text.normalize import normalize

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
ACLED_TYPES: dict[str, frozenset[str]] = {
    "Battles": frozenset({"Government regains territory", "Non-state actor overtakes territory", "Armed clash"}),
    "Protests": frozenset({"Excessive force against protesters", "Protest with intervention", "Peaceful protest"}),
    "Riots": frozenset({"Violent demonstration", "Mob violence"}),
    "Explosions/Remote violence": frozenset({
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade"}),
    "Violence against civilians": frozenset({"Sexual violence", "Attack", "Abduction/forced disappearance"}),
    "Strategic developments": frozenset({
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"}),
}

VERB_PREFIX = "[وف]?"
PERFECT_SUFFIX = "(?:تما|تم|تا|ت|وا|ا|ن|نا)?(?:ه|ها|هم|هما|هن)?"
IMPERFECT_SUFFIX = "(?:ون|ان|ين|ن)?(?:ه|ها|هم|هما|هن)?"
NOUN_PREFIX = "[وف]?(?:[بلك]?ال|لل|[بلك])?"
DEFINITE_PREFIX = "[وف]?(?:[بلك]?ال|لل)"
INDEFINITE_PREFIX = "[وف]?[بلك]?"
PRONOUN = "(?:ها|هم|هما|ه|نا)"
WORD_START = r"(?<![\w])"
WORD_END = r"(?![\w])"
WORD_STARTS = re.compile(r"(?<![\w])\w")
CONTEXT_WINDOW = 16  # most words either side of a trigger a context cue may look at
WINDOW_CHARS_PER_WORD = 24  # characters looked back per word when finding word starts
MASK_CACHE = 200_000  # word texts whose cue bits are remembered
MAX_KEY_LOOKBACK = 12  # most words a trigger may start before its key ("ادخلت ... قافله")


_RUN = re.compile(r"\S*")
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
LOCAL_CACHE = 200_000  # words whose first matching one-word segment is remembered (~20 MB at most)


def _in_word(items: Any) -> bool:
    """Whether a parsed regex can match only inside one whitespace-free run, reading nothing
    outside it: no item matches whitespace, no assertion or anchor looks past the match."""
    for op, av in items:
        if op is sre_parse.LITERAL:
            if chr(av).isspace():
                return False
        elif op is sre_parse.IN:
            for o, a in av:
                if o is sre_parse.LITERAL:
                    if chr(a).isspace():
                        return False
                elif o is sre_parse.RANGE:
                    if any(chr(c).isspace() for c in range(a[0], a[1] + 1)):
                        return False
                elif not (o is sre_parse.CATEGORY and a in (
                        sre_parse.CATEGORY_WORD, sre_parse.CATEGORY_DIGIT, sre_parse.CATEGORY_NOT_SPACE)):
                    return False  # a negated class, \s, \W ... may match whitespace
        elif op is sre_parse.BRANCH:
            if not all(_in_word(alt) for alt in av[1]):
                return False
        elif op is sre_parse.SUBPATTERN:
            if not _in_word(av[3]):
                return False
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            if not _in_word(av[2]):
                return False
        else:
            return False
    return True


def _union(patterns: list[str]) -> re.Pattern[str] | None:
    """One alternation of ``patterns`` (their group names already dropped), or None when there
    are none or they do not combine (a named back-reference, say): then no pre-check is made."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error:
        return None


def _segments(units: list[tuple[str, list[str]]]) -> tuple[tuple[bool, re.Pattern[str]], ...]:
    """The trigger alternation cut into runs of consecutive forms, each run marked whether its
    forms match within one word (see :meth:`Lexicon.match_at`).

    ``units`` are (group name, forms) of each trigger in order. The cut is by form, not by
    trigger: a trigger's verbs and nouns (one word) go to a run apart from its frames (several
    words), so the runs that must be tried at every position hold the frames alone. Flattened,
    the runs are the whole alternation's forms in the same order, each under its trigger's
    group name, so the first run that matches gives what the whole alternation gives.
    """
    runs: list[tuple[bool, list[tuple[str, list[str]]]]] = []
    for name, forms in units:
        for form in forms:
            local = _in_word(sre_parse.parse(form))
            if not runs or runs[-1][0] != local:
                runs.append((local, []))
            groups = runs[-1][1]
            if groups and groups[-1][0] == name:
                groups[-1][1].append(form)
            else:
                groups.append((name, [form]))
    return tuple((local, re.compile(WORD_START + "(?:" + "|".join(
        f"(?P<{name}>" + "|".join(forms) + ")" for name, forms in groups) + ")" + WORD_END))
        for local, groups in runs)


class LexiconError(ValueError):
    """A data file under ``rasd/data/events`` breaks its expected shape."""


@dataclass(frozen=True, slots=True)
class TriggerType:
    """One trigger entry: how its words are typed."""

    id: str
    plover: str
    mode: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    refine: bool = False
    verb_stems: tuple[str, ...] = ()
    needs_support: bool = False
    state_sub_event_type: str | None = None  # the sub-event type when actor1 is a state force
    regained: re.Pattern[str] | None = None  # trigger words that give it that type with no actor1 named
    verbal: bool = False  # its frames are finite verbs reporting a happening (فجرا نفسيهما)
    subject_first: bool = False  # its frames open with the subject of the finite verb after it
    nouns: frozenset[str] = frozenset()  # its nouns, so "تظاهره" is read as a noun, not تظاهر + ه
    roles: frozenset[str] = frozenset()  # what rules read it as (triggers.yaml ``roles``: death …)


TRIGGER_ROLES = frozenset({"death", "territory", "capture", "fight"})  # see triggers.yaml ``roles``


@dataclass(frozen=True, slots=True)
class Weapon:
    cue: re.Pattern[str]
    mode: str
    event_type: str
    sub_event_type: str
    civilian_target: dict[str, str] | None = None
    applies_to: frozenset[str] = frozenset({"ASSAULT"})
    actor_name: str | None = None  # also applies when actor1's name holds this ("Air Force")
    triggers: frozenset[str] = frozenset()  # only for these trigger ids (all when empty)
    weak: bool = False  # names who acted, not a weapon: never read in the near window
    outranks: frozenset[str] = frozenset()  # sub-event types a weapon cue gave that actor_name's actor retypes


@dataclass(frozen=True, slots=True)
class WordCue:
    """A cue checked on the words in a window before (``left``) or after (``right``) a trigger."""

    left: int
    right: int
    cue: re.Pattern[str]
    imperfect_only: bool = False
    not_perfect: bool = False  # governs a verbal noun or an imperfect verb, never a finite past verb
    noun_only: bool = False  # counts happenings named by a noun ("آلاف الغارات"), never a verb's subject
    definite_only: bool = False
    triggers: frozenset[str] = frozenset()  # only for these trigger ids (all when empty)
    spares: frozenset[str] = frozenset()  # never for these trigger ids (``except`` in the data)
    with_left: int = 0
    with_: re.Pattern[str] | None = None
    unless_between: re.Pattern[str] | None = None
    then: re.Pattern[str] | None = None
    unless_opens: re.Pattern[str] | None = None  # never for a trigger whose first word this matches
    opening: int = 0  # when set: the cue reads its sentence's first `opening` words, however far
    unless_dated: bool = False  # never when the cue word is part of a told day or month of a year
    # never when a word of the trigger's sentence matches (EXTRAS30: a weapon or a perpetrator
    # named keeps a blast or a death an attack, whatever accident word stands near it)
    unless_sentence: re.Pattern[str] | None = None
    bit: int = 0  # this cue's bit in Lexicon.cue_mask


@dataclass(frozen=True)
class Past:
    """Cues for happenings told as the story's past (``past`` in ``context.yaml``)."""

    year_gap: int = 2
    year_window: int = 12
    page_date: re.Pattern[str] = field(default=re.compile("(?!)"))
    relative: re.Pattern[str] = field(default=re.compile("(?!)"))
    relative_skip: re.Pattern[str] = field(default=re.compile("(?!)"))
    attacker: re.Pattern[str] = field(default=re.compile("(?!)"))
    biography_triggers: frozenset[str] = frozenset()
    day_words: re.Pattern[str] = field(default=re.compile("(?!)"))
    reaction: re.Pattern[str] = field(default=re.compile("(?!)"))
    reaction_window: int = 10


@dataclass(frozen=True)
class SidesTyping:
    """How an attack told with no weapon word is typed by its sides once its actors are final
    (``sides_typing`` in triggers.yaml): rules ``trigger:<id>`` it reads, those a clash may type,
    the armed targets named after a trigger and the words read after it."""

    triggers: frozenset[str] = frozenset()
    clash_triggers: frozenset[str] = frozenset()
    armed_target: re.Pattern[str] = field(default=re.compile("(?!)"))
    armed_target_triggers: frozenset[str] = frozenset()
    window: int = 6
    remote: re.Pattern[str] = field(default=re.compile("(?!)"))  # a remote weapon told in the sentence


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerType, ...]
    pattern: re.Pattern[str]
    weapons: tuple[Weapon, ...]
    filters: dict[str, tuple[WordCue, ...]]
    anchors: re.Pattern[str]
    roles: dict[str, re.Pattern[str]]
    places: dict[str, re.Pattern[str]]
    recency: re.Pattern[str]
    light_verbs: re.Pattern[str]
    light_window: int
    support: dict[str, re.Pattern[str]]
    support_window: int
    new_happening: re.Pattern[str]
    actor_types: tuple[tuple[str, re.Pattern[str]], ...]
    attribution_kinds: tuple[tuple[str, re.Pattern[str]], ...] = ()
    reporting: re.Pattern[str] = field(default=re.compile("(?!)"))
    # a civilian target named right after a small-arms blow ("استهداف مسلحين لحافلة ركاب"):
    # the blow is an attack on civilians (``civilian_targets`` in triggers.yaml)
    civilian_targets: re.Pattern[str] = field(default=re.compile("(?!)"))
    civilian_target_triggers: frozenset[str] = frozenset()
    civilian_unless_weapon: re.Pattern[str] = field(default=re.compile("(?!)"))
    topic_shift: re.Pattern[str] = field(default=re.compile("(?!)"))
    lookback: int = 3
    silent: re.Pattern[str] = field(default=re.compile("(?!)"))
    keys: re.Pattern[str] = field(default=re.compile("(?!)"))
    key_lookback: dict[str, int] = field(default_factory=dict)
    cue_patterns: tuple[re.Pattern[str], ...] = ()
    context_left: int = 0  # widest window of any context cue (a "then" word may follow it)
    context_right: int = 0
    context_opening: int = 0  # most opening words of a sentence a cue reads (``opening``)
    _masks: dict[str, int] = field(default_factory=dict)
    segments: tuple[tuple[bool, re.Pattern[str]], ...] = ()
    _first_local: dict[str, int] = field(default_factory=dict)
    _any_local: re.Pattern[str] | None = None
    _last_scan: list[Any] = field(default_factory=list)  # [text, its matches]
    # the cues a word may match, told from its first letters (:mod:`rasd.events.prefix_index`)
    _cue_index: PrefixIndex | None = field(default=None, compare=False, repr=False)
    past: Past = field(default_factory=Past)
    sides_typing: SidesTyping = field(default_factory=SidesTyping)
    clause_openers: re.Pattern[str] = field(default=re.compile("(?!)"))  # end a trigger's weapon window
    # a reply or a revenge opening the clause before a trigger ("وردا على ذلك قصفت"): a new
    # happening, answered to the one told before (Candidate.opens; context.yaml ``retaliation``)
    retaliation: re.Pattern[str] = field(default=re.compile("(?!)"))
    retaliation_window: int = 4
    # the two sides of a happening named right after its noun ("اشتباكات عنيفة بين القوات ...
    # و... في ريف حماة"): the anchor window reaches past them (context.yaml ``sides``)
    sides: re.Pattern[str] = field(default=re.compile("(?!)"))
    sides_gap: int = 3
    sides_reach: int = 24
    _key_automaton: Any = field(default=None, compare=False, repr=False)  # see key_hits
    # the segments of several words by index with their word heads (:func:`word_head`; None:
    # always tried), the heads' one alternation, and per word the segments it may open
    _wide_heads: tuple[tuple[int, re.Pattern[str] | None], ...] = ()
    # the heads (by their place in _wide_heads) a word may open, told from its first letters
    _wide_index: PrefixIndex | None = field(default=None, compare=False, repr=False)
    _wide_by_word: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_key_automaton", _automaton(self.keys, self.key_lookback))
        # of ~200 cues a word opening with ا could match 131 by its first letter, by its first
        # four some three (most words none): only those are tried on a word not seen before
        object.__setattr__(self, "_cue_index", PrefixIndex.of_patterns(self.cue_patterns))
        wide = [p.pattern for is_local, p in self.segments if not is_local]
        heads = tuple((i, word_head(p.pattern)) for i, (is_local, p) in enumerate(self.segments)
                      if not is_local)
        object.__setattr__(self, "_wide_heads", heads)
        # the same for the heads: of ~20, a word opens about one (the frames open with almost
        # every letter, so the first letter alone tells little)
        object.__setattr__(self, "_wide_index", PrefixIndex([head_openings(p) for p in wide]))
        local = [_GROUP_NAME.sub("(?:", p.pattern) for is_local, p in self.segments if is_local]
        # most words open no trigger: one failed match instead of one a segment
        object.__setattr__(self, "_any_local", _union(local))

    def cue_mask(self, word: str) -> int:
        """Bits of the context cues a word matches (with or without و/ف), computed once per
        word text: every trigger checks the same few hundred words against the same cues."""
        mask = self._masks.get(word)
        if mask is None:
            bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
            mask = 0
            # only the cues that may open with the word's first letters (or the bare word's):
            # of ~200 cues a word meets about three (:class:`PrefixIndex`)
            cues, candidates = self.cue_patterns, self._cue_index.candidates  # type: ignore[union-attr]
            for i in candidates(word):
                if cues[i].match(word):
                    mask |= 1 << i
            if bare is not word:
                for i in candidates(bare):
                    if cues[i].match(bare):
                        mask |= 1 << i
            if len(self._masks) < MASK_CACHE:
                self._masks[word] = mask
        return mask

    def match_at(self, text: str, pos: int) -> re.Match[str] | None:
        """``pattern.match(text, pos)``, tried segment by segment (:func:`_segments`).

        The alternation gives the first trigger form, in order, that matches; so do its
        segments tried in order. A segment whose forms match within one word can only match,
        or not, the same way wherever the same word (with the character before it) stands, so
        the first such segment that matches a word is remembered: most tries miss, and the
        same words come back in every document. A segment of several words is tried only
        where the first word matches its word head (:func:`rasd.events.word_heads.word_head`,
        remembered per word as well; a typical word opens none, a few words one or two of the
        ~22), and only if it comes before that remembered one: its word gaps, matched by
        backtracking, were the costliest part of the scan (~9 µs a word start).
        """
        segments = self.segments
        if not segments:
            return self.pattern.match(text, pos)
        # the word and the character before it (the start of text reads as a space)
        end = _RUN.match(text, pos).end()  # type: ignore[union-attr]  # \S* always matches
        key = text[pos - 1:end] if pos else " " + text[:end]
        first = self._first_local.get(key)
        if first is None:
            first = len(segments)
            # a one-word form holds one of its keys inside the word: most words hold none
            if self.keys.search(text, pos, end) and (self._any_local is None or self._any_local.match(text, pos)):
                first = next((i for i, (local, segment) in enumerate(segments)
                              if local and segment.match(text, pos)), first)
            if len(self._first_local) < LOCAL_CACHE:
                self._first_local[key] = first
        wide = self._wide_by_word.get(key)
        if wide is None:  # the segments of several words whose first word this may be
            heads = self._wide_heads  # (only those whose heads may open with the word's letters)
            wide = tuple(heads[j][0] for j in self._wide_index.candidates(  # type: ignore[union-attr]
                text[pos:pos + PREFIX_LETTERS]) if heads[j][1] is None or heads[j][1].match(text, pos))
            if len(self._wide_by_word) < LOCAL_CACHE:
                self._wide_by_word[key] = wide
        for i in wide:  # in order: the first that matches is the alternation's match
            if i >= first:
                break
            m = segments[i][1].match(text, pos)
            if m:
                return m
        return segments[first][1].match(text, pos) if first < len(segments) else None

    def scan(self, text: str) -> list[re.Match[str]]:
        """Trigger matches in normalised ``text``, exactly as ``pattern.finditer`` gives them.

        One alternation tried at every character costs ~2 µs a character; instead a literal
        every trigger form contains (its key) is searched for, and the full pattern is tried
        only at the few word starts before each key hit. Leftmost non-overlapping matches,
        the earlier trigger winning at one position, as with ``finditer``.

        The last text's matches are remembered: the names stage scans a document to choose the
        sentences it tags, and :func:`rasd.events.build.extract_events` asks whether a document
        has any trigger before it reads the document, then reads them.
        """
        last = self._last_scan
        if last and last[0] == text:  # the same object, or an equal text normalised again
            return list(last[1])
        found = self._scan(text)
        last[:] = [text, found]
        return list(found)

    def key_hits(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, key)`` of each match of :attr:`keys` in ``text``, as ``finditer``
        gives them: leftmost, the longest key at a position (the trie pattern's greedy
        branches), never overlapping.

        An Aho-Corasick automaton (``ahocorasick_rs``, leftmost-longest, offsets in
        characters) reports exactly those, compiled, in about a third of the time ``re``
        takes to try the trie pattern at every character of a 7,000-character article
        (0.15 against 0.44 ms; the same hits on all 3,042 UnifiedFC texts, and tests compare
        them on the seeds and on random key strings).
        """
        automaton = self._key_automaton
        if automaton is None:
            return [(m.start(), m.end(), m.group()) for m in self.keys.finditer(text)]
        ordered, found = automaton
        return [(start, end, ordered[k]) for k, start, end in found.find_matches_as_indexes(text)]

    def _scan(self, text: str) -> list[re.Match[str]]:
        hits = self.key_hits(text)
        if not hits:
            return []
        tried: set[int] = set()
        found: list[re.Match[str]] = []
        every = word_starts(text)
        lookback = self.key_lookback
        for hit_start, hit_end, key in hits:
            back = lookback.get(key, 0)
            # the word starts just before the hit, looked for in a window before it
            first = bisect_left(every, max(0, hit_start - WINDOW_CHARS_PER_WORD * (back + 2)))
            end = bisect_left(every, hit_end, first)
            lo = max(first, bisect_right(every, hit_start, first, end) - 1 - back)
            for pos in every[lo:end]:
                if pos in tried:
                    continue
                tried.add(pos)
                m = self.match_at(text, pos)
                if m:
                    found.append(m)
        found.sort(key=lambda m: m.start())
        out: list[re.Match[str]] = []
        for m in found:
            if not out or m.start() >= out[-1].end():
                out.append(m)
        return out


# \w as ``re`` reads it (alphanumeric or "_") for the Basic Multilingual Plane
_WORD_CHAR = np.array([chr(c).isalnum() or c == 95 for c in range(0x10000)], dtype=bool)


def word_starts(text: str) -> list[int]:
    """Offsets where ``WORD_STARTS`` matches in ``text`` (a word character after a non-word
    one), found in one vectorised pass instead of a regex search window by window."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    word = _WORD_CHAR[np.minimum(codes, 0xFFFF)]
    astral = np.flatnonzero(codes > 0xFFFF)
    for i in astral.tolist():
        word[i] = text[i].isalnum()
    starts = word.copy()
    starts[1:] &= ~word[:-1]
    return np.flatnonzero(starts).tolist()


def _read(name: str) -> dict[str, Any]:
    text = resources.files("rasd.data.events").joinpath(name).read_text("utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a mapping at the top level")
    return data


def _n(pattern: str) -> str:
    """Data files may be written with ordinary spelling; matching is on normalised text."""
    return normalize(pattern).text


def _expand(frame: str, titles: str) -> str:
    """A frame's marks: {W2}..{W6} (up to N words), {UNTOLD} (not after a particle that makes
    the verb no report: :func:`untold_lookbehind`), {TITLES} (one of triggers.yaml's
    ``titles``, given here as one group: :func:`_titles`)."""
    frame = frame.replace("{UNTOLD}", untold_lookbehind()).replace("{TITLES}", titles)
    return re.sub(r"\{W(\d)\}", lambda m: f"(?:\\S+ ){{0,{m.group(1)}}}", frame)


def _titles(data: dict[str, Any]) -> str:
    """triggers.yaml's ``titles`` (the persons of rank the meeting and visit frames name) as
    one group of alternatives, in the file's order."""
    titles = data.get("titles") or []
    if not titles:
        raise LexiconError("triggers.yaml: no titles")
    return "(?:" + "|".join(_n(t) for t in titles) + ")"


@cache
def untold_lookbehind() -> str:
    """Look-behinds for a verb not right after a whole word of text/particles.yaml's
    ``untold_before`` (with و/ف: "لم"، "ولن"، "بأن"), except "أن" after a ``told_after`` word
    ("قبل أن يطلق": told). The particles of one length share one look-behind (a frame is
    tried at its candidate words only, so these cost little). "Whole word": the particle
    starts the text or follows a character that is no letter or digit — a space, or a mark a
    page glues to it ("قالت القوات:لن تطلق"، "،لم"; REVIEW17)."""
    data = data_file("rasd.data.text", "particles.yaml")
    told = [_n(phrase).split() for phrase in data["told_after"]]
    forms = {c + _n(w) for w in data["untold_before"] for c in ("", "و", "ف")}
    exempt = {last for _first, last in told}
    by_width: dict[int, list[str]] = {}
    for form in sorted(forms - exempt):
        by_width.setdefault(len(form), []).append(form)
    words = [f"(?:{'|'.join(group)})" for _width, group in sorted(by_width.items())]
    parts = [f"(?<!\\W{w} )(?<!^{w} )" for w in words]
    for last in sorted(exempt & forms):
        unless = "".join(f"(?<!{b}{c}{first} {last} )" for first, end in told if end == last
                         for c in ("", "و", "ف") for b in ("\\W", "^"))
        parts.append(f"(?<!\\W{last} {unless})(?<!^{last} )")
    return "".join(parts)


def verb_forms(stem: str, imperfect: bool = True) -> str:
    """Perfect and imperfect (with the future س) of a perfect stem, as one regex; only the
    perfect when ``imperfect`` is false (a trigger whose present tense states a standing
    position, not a happening: "تطالب روسيا بحل عسكري" in an analyst's words)."""
    stem = _n(stem)
    imperfect_stem = stem[1:] if stem.startswith("ا") and len(stem) > 3 else stem
    perfect = re.escape(stem) + PERFECT_SUFFIX
    if not imperfect:
        return f"{VERB_PREFIX}(?:{perfect})"
    present = "س?[يتن]" + re.escape(imperfect_stem) + IMPERFECT_SUFFIX
    return f"{VERB_PREFIX}(?:{perfect}|{present})"


def noun_forms(form: str) -> str:
    """A noun with its clitics, accusative alef and possessive pronouns.

    The article and a possessive pronoun or the accusative alef never go together: "والدهما"
    is "their father", not و + ال + دهم + ا."""
    form = _n(form)
    escaped = re.escape(form)
    if form.endswith("ه"):
        base = re.escape(form[:-1])
        body = f"{base}(?:ه|ت{PRONOUN}|تا)"
    else:
        body = f"{escaped}(?:ا|{PRONOUN})?"
    return f"{DEFINITE_PREFIX}{escaped}|{INDEFINITE_PREFIX}{body}"


def _max_spaces(items: Any) -> int:
    """Most spaces a match of parsed regex ``items`` can hold (capped): words it can span."""
    total = 0
    for op, av in items:
        if op is sre_parse.LITERAL:
            total += av == 32
        elif op is sre_parse.ANY:
            total += 1
        elif op is sre_parse.IN:
            negated = any(o is sre_parse.NEGATE for o, _ in av)
            spacey = any((o is sre_parse.LITERAL and a == 32)
                         or (o is sre_parse.CATEGORY and a is sre_parse.CATEGORY_SPACE) for o, a in av)
            total += int(spacey != negated)
        elif op is sre_parse.BRANCH:
            total += max(_max_spaces(alt) for alt in av[1])
        elif op is sre_parse.SUBPATTERN:
            total += _max_spaces(av[3])
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            inner = _max_spaces(av[2])
            total += inner * min(av[1], MAX_KEY_LOOKBACK) if inner else 0
    return min(total, MAX_KEY_LOOKBACK)


# the commonest words of news text (normalised), and of conflict news (تنظيم، داعش، قوات …): a
# key that is one of them is hit on every line, and every hit is tried at several word starts
# (up to 12 before it); any other mandatory part is better
FREQUENT_WORDS = frozenset({"علي", "في", "من", "الي", "عن", "ان", "مع", "او", "لل", "بعد", "قبل",
                            "تنظيم", "التنظيم", "داعش", "قوات", "عمليه", "عمليات"})


def _selectivity(found: dict[str, int]) -> tuple[bool, int, int]:
    """How few places a set of keys is likely to hit: no key a frequent word, then the
    shortest key as long as possible, then as few keys as possible."""
    return (not any(k.strip() in FREQUENT_WORDS for k in found), min(map(len, found)), -len(found))


def _keys(items: Any) -> dict[str, int] | None:
    """Literals (two letters or more) one of which every match of a parsed regex holds.

    Returned as {literal: words that may precede it in the match}. Among the mandatory parts
    of the sequence (a run of literals, a group whose every alternative has keys) the most
    selective is chosen: the one whose shortest literal is longest.
    """
    best: dict[str, int] | None = None

    def consider(found: dict[str, int]) -> None:
        nonlocal best
        if best is None or _selectivity(found) > _selectivity(best):
            best = found

    spaces = 0
    run: list[str] = []
    run_spaces = 0
    for op, av in items:
        if op is sre_parse.LITERAL:
            if not run:
                run_spaces = spaces
            run.append(chr(av))
            spaces += av == 32
            continue
        if len(run) >= 2:
            consider({"".join(run): run_spaces})
        run = []
        sub: dict[str, int] | None = None
        if op is sre_parse.BRANCH:
            alternatives = [_keys(alt) for alt in av[1]]
            if all(alternatives):
                sub = {}
                for alt in alternatives:
                    for key, before in alt.items():
                        sub[key] = max(sub.get(key, 0), before)
        elif op is sre_parse.SUBPATTERN:
            sub = _keys(av[3])
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:
            sub = _keys(av[2])
        if sub:
            consider({key: min(before + spaces, MAX_KEY_LOOKBACK) for key, before in sub.items()})
        spaces += _max_spaces([(op, av)])
    if len(run) >= 2:
        consider({"".join(run): run_spaces})
    return best


def form_keys(form: str) -> dict[str, int]:
    """Keys of one trigger form for :meth:`Lexicon.scan`; a form without one is an error."""
    keys = _keys(sre_parse.parse(form))
    if not keys:
        raise LexiconError(f"trigger form {form!r} has no literal of two letters every match contains")
    return keys


def _closed(lookback: dict[str, int]) -> dict[str, int]:
    """A hit on a key is also a hit on every key inside it (the scan reports only the longest,
    "مظاهرات" hiding "مظاهر"): each key looks back as far as any key it contains."""
    return {k: max(v for kk, v in lookback.items() if kk in k) for k in lookback}


def _automaton(keys: re.Pattern[str], lookback: dict[str, int]) -> Any:
    """The trigger keys as an Aho-Corasick automaton matching leftmost-longest, when ``keys``
    is the trie pattern of exactly the keys of ``lookback`` (as :func:`lexicon` builds it);
    else ``None``, and the pattern itself is scanned."""
    if ahocorasick_rs is None or not lookback or keys.pattern != trie_regex(list(lookback)):
        return None
    ordered = list(lookback)
    return ordered, ahocorasick_rs.AhoCorasick(ordered, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def trie_regex(words: list[str]) -> str:
    """One regex for a list of literals, factored by common prefixes.

    Python's ``re`` tries alternatives one by one at every position; a trie-shaped pattern
    tries one branch per character, about ten times faster on a few hundred words.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _check_typing(entry: dict[str, Any], where: str) -> None:
    if entry.get("plover") not in PLOVER_TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {entry.get('plover')!r}")
    event_type, sub = entry.get("event_type"), entry.get("sub_event_type")
    if event_type is not None and event_type not in ACLED_TYPES:
        raise LexiconError(f"{where}: unknown ACLED event type {event_type!r}")
    if sub is not None and (event_type is None or sub not in ACLED_TYPES[event_type]):
        raise LexiconError(f"{where}: sub-event type {sub!r} does not belong to {event_type!r}")


def _word_cue(raw: dict[str, Any], where: str) -> WordCue:
    try:
        cue = WordCue(
            left=int(raw.get("left", 0)), right=int(raw.get("right", 0)),
            cue=re.compile(_n(raw["cue"])), imperfect_only=bool(raw.get("imperfect_only", False)),
            definite_only=bool(raw.get("definite_only", False)),
            not_perfect=bool(raw.get("not_perfect", False)),
            noun_only=bool(raw.get("noun_only", False)),
            triggers=frozenset(raw.get("triggers") or ()),
            spares=frozenset(raw.get("except") or ()),
            with_left=int(raw.get("with_left", 0)),
            with_=re.compile(_n(raw["with"])) if "with" in raw else None,
            unless_between=re.compile(_n(raw["unless_between"])) if "unless_between" in raw else None,
            then=re.compile(_n(raw["then"])) if "then" in raw else None,
            unless_opens=re.compile(_n(raw["unless_opens"])) if "unless_opens" in raw else None,
            opening=int(raw.get("opening", 0)),
            unless_dated=bool(raw.get("unless_dated", False)),
            unless_sentence=re.compile(_n(raw["unless_sentence"])) if "unless_sentence" in raw else None,
        )
    except (KeyError, re.error, TypeError, ValueError) as exc:
        raise LexiconError(f"{where}: {exc}") from exc
    if max(cue.left, cue.right) > CONTEXT_WINDOW:
        raise LexiconError(f"{where}: a window wider than {CONTEXT_WINDOW} words")
    return cue


@cache
def lexicon() -> Lexicon:
    """Load, check and compile the event data files (once per process)."""
    data = _read("triggers.yaml")
    titles = _titles(data)
    types: list[TriggerType] = []
    alternatives: list[str] = []
    units: list[tuple[str, list[str]]] = []
    keys: dict[str, int] = {}
    seen: set[str] = set()
    for i, entry in enumerate(data.get("triggers") or []):
        where = f"triggers.yaml entry {i} ({entry.get('id')})"
        if not entry.get("id") or entry["id"] in seen:
            raise LexiconError(f"{where}: missing or repeated id")
        seen.add(entry["id"])
        _check_typing(entry, where)
        forms = [verb_forms(v, bool(entry.get("imperfect", True))) for v in entry.get("verbs") or []]
        forms += [noun_forms(n) for n in sorted(entry.get("nouns") or [], key=len, reverse=True)]
        forms += ["[وف]?[بل]?(?:" + _expand(_n(f), titles) + ")" for f in entry.get("frames") or []]
        if not forms:
            raise LexiconError(f"{where}: no verbs, nouns or frames")
        try:
            for form in forms:
                re.compile(form)
                for key, before in form_keys(form).items():
                    keys[key] = max(keys.get(key, 0), before)
        except (re.error, sre_parse.error) as exc:
            raise LexiconError(f"{where}: bad pattern: {exc}") from exc
        except LexiconError as exc:
            raise LexiconError(f"{where}: {exc}") from exc
        alternatives.append(f"(?P<t{len(types)}>" + "|".join(forms) + ")")
        units.append((f"t{len(types)}", forms))
        types.append(TriggerType(
            id=entry["id"], plover=entry["plover"], mode=entry.get("mode"),
            event_type=entry.get("event_type"), sub_event_type=entry.get("sub_event_type"),
            refine=bool(entry.get("refine", False)), verb_stems=tuple(_n(v) for v in entry.get("verbs") or ()),
            needs_support=bool(entry.get("needs_support", False)),
            state_sub_event_type=entry.get("state_sub_event_type"), verbal=bool(entry.get("verbal", False)),
            subject_first=bool(entry.get("subject_first", False)),
            regained=re.compile(_n(entry["regained"])) if entry.get("regained") else None,
            nouns=frozenset(_n(n) for n in entry.get("nouns") or ()),
            roles=frozenset(entry.get("roles") or ()),
        ))
        if not types[-1].roles <= TRIGGER_ROLES:
            raise LexiconError(f"{where}: unknown roles {sorted(types[-1].roles - TRIGGER_ROLES)}")
        if entry.get("state_sub_event_type") is not None:
            _check_typing({**entry, "sub_event_type": entry["state_sub_event_type"]}, where)
    pattern = re.compile(WORD_START + "(?:" + "|".join(alternatives) + ")" + WORD_END)

    weapons = []
    for i, raw in enumerate(data.get("weapons") or []):
        _check_typing({"plover": "ASSAULT", **raw}, f"triggers.yaml weapon {i}")
        applies = frozenset(raw.get("applies_to") or ["ASSAULT"])
        if not applies <= PLOVER_TYPES:
            raise LexiconError(f"triggers.yaml weapon {i}: unknown PLOVER type in {sorted(applies)}")
        weapons.append(Weapon(re.compile(_n(raw["cue"])), raw["mode"], raw["event_type"],
                              raw["sub_event_type"], raw.get("civilian_target"), applies, raw.get("actor_name"),
                              frozenset(raw.get("triggers") or ()), bool(raw.get("weak", False)),
                              frozenset(raw.get("outranks") or ())))

    civ = data.get("civilian_targets") or {}
    unknown = set(civ.get("triggers") or ()) - seen
    if unknown:
        raise LexiconError(f"triggers.yaml civilian_targets: unknown trigger ids {sorted(unknown)}")

    sides = data.get("sides_typing") or {}
    target = sides.get("armed_target") or {}
    unknown = set(sides.get("triggers") or ()) | set(sides.get("clash_triggers") or ()) \
        | set(target.get("triggers") or ())
    if unknown - seen:
        raise LexiconError(f"triggers.yaml sides_typing: unknown trigger ids {sorted(unknown - seen)}")
    sides_typing = SidesTyping(
        triggers=frozenset(f"trigger:{t}" for t in sides.get("triggers") or ()),
        clash_triggers=frozenset(f"trigger:{t}" for t in sides.get("clash_triggers") or ()),
        armed_target=re.compile(_n(target.get("cue") or "(?!)")),
        armed_target_triggers=frozenset(f"trigger:{t}" for t in target.get("triggers") or ()),
        window=int(sides.get("window", 6)), remote=re.compile(_n(sides.get("remote") or "(?!)")))

    ctx = _read("context.yaml")
    filters = {
        name: tuple(_word_cue(c, f"context.yaml {name}[{j}]") for j, c in enumerate(cues))
        for name, cues in (ctx.get("filters") or {}).items()
    }
    patterns: dict[str, re.Pattern[str]] = {}
    for cues in filters.values():
        for cue in cues:
            patterns.setdefault(cue.cue.pattern, cue.cue)
    bits = {p: 1 << i for i, p in enumerate(patterns)}
    filters = {name: tuple(replace(c, bit=bits[c.cue.pattern]) for c in cues) for name, cues in filters.items()}
    attribution = _read("attribution.yaml")
    kinds = tuple((k["attribution"], re.compile(_n(k["cue"]))) for k in attribution.get("kinds") or [])
    return Lexicon(
        triggers=tuple(types), pattern=pattern, weapons=tuple(weapons), filters=filters,
        anchors=re.compile(_n(ctx["anchors"])),
        roles={k: re.compile(_n(v)) for k, v in (ctx.get("roles") or {}).items()},
        places={k: re.compile(_n(v)) for k, v in (ctx.get("places") or {}).items()},
        recency=re.compile(_n(ctx["recency"])),
        light_verbs=re.compile(_n(ctx["light_verbs"])), light_window=int(ctx.get("light_window", 6)),
        support={t: re.compile(_n(c)) for t, c in ctx["support"].items()},
        support_window=int(ctx.get("support_window", 8)),
        new_happening=re.compile(_n(ctx["new_happening"])),
        clause_openers=re.compile(_n(ctx.get("clause_openers") or "(?!)")),
        retaliation=re.compile(_n(ctx.get("retaliation") or "(?!)")),
        retaliation_window=int(ctx.get("retaliation_window", 4)),
        sides=re.compile(_n(ctx.get("sides") or "(?!)")), sides_gap=int(ctx.get("sides_gap", 3)),
        sides_reach=int(ctx.get("sides_reach", 24)),
        actor_types=tuple((t, re.compile(_n(c))) for t, c in (ctx.get("actor_types") or {}).items()),
        attribution_kinds=kinds, reporting=re.compile(_n(attribution["reporting"])),
        topic_shift=re.compile(_n(attribution.get("topic_shift") or "(?!)")),
        lookback=int(attribution.get("lookback", 3)), silent=re.compile(_n(attribution.get("silent") or "(?!)")),
        segments=_segments(units),
        keys=re.compile(trie_regex(list(keys))), key_lookback=_closed(keys), cue_patterns=tuple(patterns.values()),
        context_left=max((c.left for cs in filters.values() for c in cs), default=0),
        context_right=max((c.right for cs in filters.values() for c in cs), default=0),
        context_opening=max((c.opening for cs in filters.values() for c in cs), default=0),
        past=_past(ctx.get("past") or {}, seen),
        civilian_targets=re.compile(_n(civ.get("cue") or "(?!)")),
        civilian_target_triggers=frozenset(civ.get("triggers") or ()),
        civilian_unless_weapon=re.compile(_n(civ.get("unless_weapon") or "(?!)")),
        sides_typing=sides_typing,
    )


def _past(raw: dict[str, Any], trigger_ids: set[str]) -> Past:
    """The ``past`` cues of ``context.yaml``, checked against the trigger ids."""
    unknown = set(raw.get("biography_triggers") or ()) - trigger_ids
    if unknown:
        raise LexiconError(f"context.yaml past: unknown trigger ids {sorted(unknown)}")
    return Past(
        year_gap=int(raw.get("year_gap", 2)), year_window=int(raw.get("year_window", 12)),
        page_date=re.compile(_n(raw.get("page_date") or "(?!)")),
        relative=re.compile(_n(raw.get("relative") or "(?!)")),
        relative_skip=re.compile(_n(raw.get("relative_skip") or "(?!)")),
        attacker=re.compile(_n(raw.get("attacker") or "(?!)")),
        biography_triggers=frozenset(raw.get("biography_triggers") or ()),
        day_words=re.compile(_n(raw.get("day_words") or "(?!)")),
        reaction=re.compile(_n(raw.get("reaction") or "(?!)")),
        reaction_window=int(raw.get("reaction_window", 10)),
    )
