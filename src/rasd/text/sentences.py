"""Sentences over cleaned text, with a kind: headline, caption, body or list.

Arabic news needs more than splitting on full stops:

- a line break always ends a sentence: headlines, sub-headings, captions and credits
  carry no final punctuation;
- the first line is the headline when it has no final full stop, is short and more text
  follows; other short lines without final punctuation are ``caption`` (sub-headings,
  photo captions, credits, datelines);
- ``.`` ``!`` ``?`` ``؟`` ``…`` end a sentence only before a space or the end of the line,
  with closing quotes and brackets (” » " ) ]) kept in the sentence; ``،`` and ``؛`` never
  do (they join clauses); a full stop after a digit before a digit (``3.5``), after a
  single letter (``د.``, ``U.S.``) or after a known abbreviation does not;
- a line starting with a number or a bullet (``1.`` ``2)`` ``-`` ``•``) is a list item;
- two items of a news ticker or digest glued with no space or stop ("… الحدوديةالطائرات …")
  are two sentences, cut at the seam (rule ``…|glued``; :func:`_is_seam`).

>>> [(s.kind, s.start, s.end) for s in split_sentences("عنوان الخبر\\nقتل 3. وجرح 5.")]
[('headline', 0, 11), ('body', 12, 18), ('body', 19, 26)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from rasd.datafiles import load_yaml
from rasd.text.normalize import normalize_key
from rasd.text.wordlist import word_freq

HEADLINE_MAX_WORDS = 30
CAPTION_MAX_WORDS = 25
# Sentence-final marks, then closing quotes/brackets, then a space or the end of the line.
# A run of marks spaced out (". . ." or '" .' in tokenised text) is one end.
# Written to open with one character class, (?:\.{1,3}|[!?؟…]+) as [.!?؟…] then the rest
# of its run (up to two more dots after a dot, more !?؟… after one of those): the same
# matches, but ``re`` then skips to the next mark in a tight loop instead of trying the
# whole pattern at every character (3.7x faster on the UnifiedFC articles' lines).
_END = re.compile(r"[.!?؟…](?:(?<=\.)\.{0,2}|(?<!\.)[!?؟…]*)[\"'”’»)\]]*"
                  r"(?:\s+[.!?؟…\"'”’»)\]]+(?=\s|$))*(?=\s|$)")
# the pattern as first written (kept for the tests: both must find the same ends)
END_PLAIN = r"(?:\.{1,3}|[!?؟…]+)[\"'”’»)\]]*(?:\s+[.!?؟…\"'”’»)\]]+(?=\s|$))*(?=\s|$)"
_CLOSERS = "\"'”’»)]"
_FINAL_MARKS = (".", "!", "?", "؟", "…", ":")  # a line ending in one is prose, not a title
_LIST_ITEM = re.compile(r"^\s*(?:[0-9٠-٩۰-۹]{1,3}\s*[.)\-–]|[•▪●◦·*\-–—])\s+")


# The seam of two items of a news ticker or a digest glued with no space or stop between them
# ("… على الحدود السوريةالجيش التركي : …"، "… في الموصلإشتباكات الآن في القدس …"): a letter
# that only ends an Arabic word (ة، ى but ىء) followed by a letter, or one that only starts a
# word (إ) after a letter. A missing space inside one sentence looks the
# same ("عمليةالكرامة"): the seam ends a sentence only when both pieces are common words and
# the glued run is not one (:func:`_is_seam`).
# Written to open with one class of three letters (ة ى إ): ``re`` then skips to the next of
# them instead of trying every letter. The seam is after ة/ى, before إ.
_SEAM = re.compile("[\u0629\u0649](?!\u0621)(?=[\u0621-\u063a\u0641-\u064a])|\u0625")
_LETTERS = "\u0621-\u063a\u0641-\u064a"
_LETTER = re.compile(f"[{_LETTERS}]")
_CLITICS = re.compile("[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644|\u0644)?")  # (و|ف)(ب|ل|ك)(ال|ل)
SEAM_PIECE_MIN = 20  # each piece must occur this often in the project's word list
SEAM_GLUED_MAX = 2  # ... and the glued run at most this often (a real word is no seam)
SEAM_RUN_MAX = 30  # a letter run longer than two words is no pair of glued words (and bounds
#                    the walk over it: a page of letters with no space stays linear)
_RUN_AFTER = re.compile(f"[{_LETTERS}]{{1,{SEAM_RUN_MAX + 1}}}")


def _is_seam(line: str, at: int) -> bool:
    """Is the seam candidate before ``line[at]`` two words glued (both common, the run not a word)?"""
    first = at
    while first > 0 and at - first <= SEAM_RUN_MAX and _LETTER.match(line[first - 1]):
        first -= 1  # the run's start: a few letters back
    if at - first < 2 or at - first > SEAM_RUN_MAX or _CLITICS.fullmatch(line, first, at):
        return False  # "بالإضافة"، "والإعلان": clitics before إ, no word
    after = _RUN_AFTER.match(line, at)
    if after is None or not 3 <= len(after.group()) <= SEAM_RUN_MAX:
        return False
    counts = word_freq().counts
    left, right = normalize_key(line[first:at]), normalize_key(after.group())
    if left in _not_seam_left():
        return False  # "علىمدينة حلب": a preposition with its noun, a typo inside one sentence
    return (counts.get(left, 0) >= SEAM_PIECE_MIN and counts.get(right, 0) >= SEAM_PIECE_MIN
            and counts.get(left + right, 0) <= SEAM_GLUED_MAX)


# Items glued at any other letter ("… وقتل عدة أشخاص آخرينقوات سوريا …"، "… عبر نهر
# دجلةالعراقاشتباكات …"): a run of at least 8 letters that is no word of the project's word list
# (seen at most SEAM_GLUED_MAX times) but splits into two common words (each seen
# SEAM_PIECE_MIN times) of at least 4 letters is two items glued (rule ``…|glued``;
# :func:`_run_seam`). The left piece must be more than clitics and the article with a letter or
# two ("المت|داخل"), the right piece no pronoun ending ("انتهاك|اتهم" is انتهاكاتهم).
_LONG_RUN = re.compile(f"[{_LETTERS}]{{8,}}")
RUN_PIECE_MIN_LETTERS = 4
_PRONOUN_ENDING = re.compile("[\u0627\u064a\u0648]?[\u062a\u0646]?"
                             "(?:\u0647\u0645\u0627?|\u0647\u0627|\u0647\u0646|\u0643\u0645|\u0646\u0627)")


@lru_cache(maxsize=1 << 16)
def _run_seam(run: str) -> int | None:
    """Where a rare letter run splits into two common words (index into ``run``), else None."""
    counts = word_freq().counts
    key = normalize_key(run)
    if len(run) > SEAM_RUN_MAX or counts.get(key, 0) > SEAM_GLUED_MAX:
        return None
    folded = len(key) == len(run)  # letters folded one for one: split the key itself
    best, at = 0, None
    for i in range(RUN_PIECE_MIN_LETTERS, len(run) - RUN_PIECE_MIN_LETTERS + 1):
        left = key[:i] if folded else normalize_key(run[:i])
        right = key[i:] if folded else normalize_key(run[i:])
        score = min(counts.get(left, 0), counts.get(right, 0))
        if score < SEAM_PIECE_MIN or score <= best:
            continue
        clitics = _CLITICS.match(run, 0, i)
        if i - (clitics.end() if clitics else 0) < 3 or _PRONOUN_ENDING.fullmatch(right):
            continue
        best, at = score, i
    return at


TICKER_MIN_RUNS = 5  # a page with this many glued runs is a ticker; fewer are prose typos


def _ticker_runs(text: str) -> list[int]:
    """Seams inside rare letter runs over the whole text, kept only on a ticker-like page.

    A live map or digest page whose items lost their breaks shows many such runs; an article
    with a missing space or two ("مطار الجراحالواقع …") is prose, where a cut would split one
    sentence (hand-checked on a held-out sample)."""
    cuts = []
    for m in _LONG_RUN.finditer(text):
        at = _run_seam(m.group())
        if at is not None:
            cuts.append(m.start() + at)
    return cuts if len(cuts) >= TICKER_MIN_RUNS else []


def _seams(line: str, lo: int, hi: int, runs: tuple[int, list[int]]) -> list[int]:
    """Seams of glued items in ``line[lo:hi]``: after ة/ى or before إ, or inside a rare run
    (``runs``: the line's offset and the page's run seams, absolute)."""
    cuts = set()
    if _SEAM.search(line, lo, hi):
        for m in _SEAM.finditer(line, lo, hi):
            at = m.end() if m.group() != "\u0625" else m.start()
            if at > lo and _LETTER.match(line[at - 1]) and _is_seam(line, at):
                cuts.add(at)
    offset, page = runs
    if page:
        i = bisect_right(page, offset + lo)
        while i < len(page) and page[i] < offset + hi:
            cuts.add(page[i] - offset)
            i += 1
    return sorted(cuts)


def _split_seams(line: str, offset: int, sentences: list[Sentence],
                 page_runs: list[int] = [],  # noqa: B006 (never mutated)
                 marks: list[tuple[int, str]] = []) -> list[Sentence]:  # noqa: B006
    """Cut each sentence of ``line`` at the seams of glued ticker items (rule ``…|glued``) and
    at the page's item boundaries (``marks``: absolute offset and rule, :func:`_item_marks`)."""
    out: list[Sentence] = []
    for s in sentences:
        cuts = {offset + at: "glued" for at in _seams(line, s.start - offset, s.end - offset,
                                                     (offset, page_runs))}
        if marks:
            i = bisect_right(marks, (s.start, "\uffff"))
            while i < len(marks) and marks[i][0] < s.end:
                cuts.setdefault(*marks[i])
                i += 1
        start, rule = s.start, ""
        for at in sorted(cuts):
            end = offset + len(line[:at - offset].rstrip())
            if end > start:
                out.append(Sentence(start, end, s.kind, s.rule + (rule or "|" + cuts[at])))
            start, rule = _skip_spaces(line, offset, at), "|" + cuts[at]
        if start < s.end:
            out.append(s if start == s.start else Sentence(start, s.end, s.kind, s.rule + rule))
    return out


def _skip_spaces(line: str, offset: int, at: int) -> int:
    """The first offset at or after ``at`` (absolute) that is no space of ``line``."""
    rel = at - offset
    return offset + rel + len(line[rel:]) - len(line[rel:].lstrip())


@cache
def _boundaries() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Item boundaries (``item_boundaries`` in ``data/text/sentences.yaml``): id, cut, pattern."""
    return tuple((str(b["id"]), str(b["cut"]), re.compile(str(b["pattern"])))
                 for b in _sentence_data().get("item_boundaries", ()))


def _item_marks(text: str) -> list[tuple[int, str]]:
    """Where the page's item boundaries cut (offset into ``text``, rule id), in order."""
    marks = []
    for rule, cut, pattern in _boundaries():
        for m in pattern.finditer(text):
            if cut != "after":
                marks.append((m.start(), rule))
            if cut != "before":
                marks.append((m.end(), rule))
    return sorted(marks)


@cache
def _sentence_data() -> dict[str, Any]:
    """``data/text/sentences.yaml``, read once."""
    text = resources.files("rasd.data.text").joinpath("sentences.yaml").read_text("utf-8")
    return load_yaml(text) or {}


@cache
def _not_seam_left() -> frozenset[str]:
    """Words a seam never follows (``not_seam_left`` in ``data/text/sentences.yaml``)."""
    return frozenset(normalize_key(str(w)) for w in _sentence_data().get("not_seam_left", ()))


@cache
def abbreviations() -> frozenset[str]:
    """Words after which a full stop is not an end (``data/text/sentences.yaml``)."""
    return frozenset(str(w).lower() for w in _sentence_data().get("abbreviations", ()))


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    kind: str  # headline | caption | body | list
    rule: str


def _is_abbreviation(line: str, dot: int) -> bool:
    """Is the full stop at ``line[dot]`` part of an abbreviation or a number?"""
    head = line[:dot].rstrip()
    space = head.rfind(" ")
    word = head[space + 1 :]
    if len(head) < dot and len(word) != 1:  # "word ." (tokenised text): only "د ." may be short
        return False
    if not word or word.isdigit():
        return False
    core = word.rsplit(".", 1)[-1].strip("(\"'«“")
    if len(core) == 1 and core.isalpha():
        before = line[:space].rstrip() if space > 0 else ""
        return not (before and before[-1].isdigit())  # "عام 2021 م." ends a sentence
    return len(core) > 1 and core.lower() in abbreviations()


def _split_line(line: str, offset: int, kind: str, rule: str, skip: int = 0) -> list[Sentence]:
    """Sentences of one line; ``skip`` characters (a list marker) are never an end."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(line, skip):
        if m.group()[:2] in (".", ". ") and _is_abbreviation(line, m.start()):
            continue
        end = m.end()
        if line[start:end].strip():
            out.append(Sentence(offset + start, offset + end, kind, rule))
        start = end
        while start < len(line) and line[start].isspace():
            start += 1
    if line[start:].strip():
        end = len(line.rstrip())
        out.append(Sentence(offset + start, offset + end, kind, rule))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; offsets exclude surrounding spaces."""
    out: list[Sentence] = []
    runs = _ticker_runs(text)
    marks = _item_marks(text)
    pos = 0
    first = True
    lines = text.split("\n")
    last_content = len(lines) - 1
    while last_content >= 0 and not lines[last_content].strip():
        last_content -= 1
    for index, raw_line in enumerate(lines):
        line_start = pos
        pos += len(raw_line) + 1
        line = raw_line.strip()
        if not line:
            continue
        offset = line_start + raw_line.index(line[0])
        ending = line.rstrip(_CLOSERS)
        if first:
            first = False
            if index < last_content and not ending.endswith((".", ":")) \
                    and _words(line) <= HEADLINE_MAX_WORDS:
                out.append(Sentence(offset, offset + len(line), "headline", "first-line"))
                continue
        marker = _LIST_ITEM.match(line)
        if marker:
            out.extend(_split_seams(line, offset, _split_line(line, offset, "list", "list-item",
                                                              marker.end()), runs, marks))
        elif not ending.endswith(_FINAL_MARKS) and _words(line) <= CAPTION_MAX_WORDS:
            out.extend(_split_seams(line, offset, [Sentence(offset, offset + len(line), "caption",
                                                            "unpunctuated-line")], runs, marks))
        else:
            out.extend(_split_seams(line, offset, _split_line(line, offset, "body", "punctuation"), runs,
                                    marks))
    return out


def _words(line: str) -> int:
    return line.count(" ") + 1  # the line is stripped; a rough count is enough here
