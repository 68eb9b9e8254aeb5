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
  are two sentences, cut at the seam (rule ``…|glued``; :mod:`rasd.text.seams`);
- on such a ticker, two headlines joined by a space with no stop ("… بريف حماة الشمالي قصف
  مدفعي …") are two sentences too, cut before the word that opens the second when the first
  ends with a place (rule ``…|joint``, :func:`_joint_marks`; ``joint_*`` in
  ``data/text/sentences.yaml``, DAYPAGE19);
- a page whose first line tells its title twice before the lead ("عنوان | الموقع التاريخ عنوان
  قال …", the scraped masthead, title, date line and title again run into the lead with no stop)
  is cut after the title's second telling: the title, masthead and date line are the headline
  (rule ``title-twice``), the lead a sentence of its own (:func:`_title_twice`, ``title_*`` in
  ``data/text/sentences.yaml``, SHORT25).

>>> [(s.kind, s.start, s.end) for s in split_sentences("عنوان الخبر\\nقتل 3. وجرح 5.")]
[('headline', 0, 11), ('body', 12, 18), ('body', 19, 26)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from rasd.text.seams import find_seams, sentence_data

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


def _split_seams(line: str, offset: int, sentences: list[Sentence],
                 marks: list[tuple[int, str]] = []) -> list[Sentence]:  # noqa: B006
    """Cut each sentence of ``line`` at the page's item boundaries (``marks``: absolute offset
    and rule, in order: the seams of glued ticker items, rule ``glued``, and
    :func:`_item_marks`)."""
    out: list[Sentence] = []
    for s in sentences:
        cuts: dict[int, str] = {}
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
                 for b in sentence_data().get("item_boundaries", ()))


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


@dataclass(frozen=True)
class JointCues:
    """Where two headlines of a ticker joined by a space meet (``joint_*`` in
    ``data/text/sentences.yaml``)."""

    min_seams: int
    min_words: int
    openers: frozenset[str]
    places: frozenset[str]
    not_after: frozenset[str]
    verbs: frozenset[str]
    glued: frozenset[str]  # openers and verbs of three letters or more: glued to a word's end
    place_reach: int  # the place word stands at most this many words before the opener


@cache
def joint_cues() -> JointCues:
    data = sentence_data()
    words = {key: frozenset(map(str, data.get(key, ()))) for key in
             ("joint_openers", "joint_place_words", "joint_not_after", "joint_verbs")}
    glued = frozenset(w for w in words["joint_openers"] | words["joint_verbs"] if len(w) >= 3)
    return JointCues(int(data.get("joint_min_seams", 0)), int(data.get("joint_min_words", 0)),
                     words["joint_openers"], words["joint_place_words"], words["joint_not_after"],
                     words["joint_verbs"], glued, int(data.get("joint_place_reach", 0)))


_WORD = re.compile(r"\S+")
TITLE_TWICE = "title-twice"  # the rule of a title told twice, cut off its lead (read by events and names)
# between a title's two tellings: the site's name and date line, with a mark, a figure or a
# Latin letter among them ("| الجزيرة مباشر"، "- اليوم السابع الأحد , 21 يناير 2018"، "Sputnik")
_MASTHEAD = re.compile(r"^(?:[|\-–—/:<>«»]+|[0-9٠-٩]\S*|[A-Za-z]\S*)$")
_ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a]+")


def _place_word(word: str, cues: JointCues) -> bool:
    """A word that opens a place phrase: "في"، "ريف"، or one after the clitic ب ("بريف")."""
    return word in cues.places or (word[:1] == "\u0628" and word[1:] in cues.places)


def _ends_place(words: list[str], k: int, first: int, cues: JointCues) -> bool:
    """Do the words before ``words[k]`` (none before ``first``) end a place phrase: a place word
    one to ``joint_place_reach`` words back, and only Arabic words between it and ``k`` that
    neither take a complement (``joint_not_after``) nor open a headline?"""
    if k < 1 or _glued_verb(words[k - 1], cues):
        return False
    for j in range(k - 1, max(first, k - cues.place_reach - 1) - 1, -1):
        if j < k - 1 and _place_word(words[j], cues):
            return True
        if not _ARABIC_WORD.fullmatch(words[j]) or words[j] in cues.not_after or words[j] in cues.openers:
            return False
    return False


def _glued_verb(word: str, cues: JointCues) -> bool:
    """Does ``word`` end with an opener or a verb of ``joint_verbs`` glued to the word before it
    ("الشماليشنت")?"""
    return any(len(word) > len(v) + 2 and word.endswith(v) for v in cues.glued)


def _verb(word: str, cues: JointCues) -> bool:
    """Is ``word`` a verb of ``joint_verbs``, bare, after و or ف ("وادعت") or glued to the end of
    the word before ("حلبوادعت"; verbs of four letters or more)?"""
    return word in cues.verbs or (word[:1] in "\u0648\u0641" and word[1:] in cues.verbs) \
        or any(len(word) > len(v) + 2 and word.endswith(v) for v in cues.verbs if len(v) >= 4)


def _joint_marks(text: str, sentences: list[Sentence]) -> list[tuple[int, str]]:
    """Where two headlines joined by a space meet inside ``sentences`` (offset of the second's
    first word, rule ``joint``): an opener after a place phrase, with ``joint_min_words`` words
    before it in its piece and two after it, and no verb in the piece that takes a noun after a
    place ("شهدت مدينة حلب اشتباكات")."""
    cues = joint_cues()
    marks = []
    for s in sentences:
        spans = [(m.start(), m.group()) for m in _WORD.finditer(text, s.start, s.end)]
        words = [w for _, w in spans]
        first = 0
        verbs: list[int] | None = None  # verbs[k]: the verbs among words[:k], counted once
        for k, w in enumerate(words):
            if w in cues.openers and cues.min_words <= k - first and k + 2 < len(words) \
                    and _ends_place(words, k, first, cues):
                if verbs is None:  # one pass a sentence, not one per opener (REVIEW19)
                    verbs = list(accumulate((_verb(v, cues) for v in words), initial=0))
                if verbs[k] == verbs[first]:
                    marks.append((spans[k][0], "joint"))
                    first = k
    return marks


@dataclass(frozen=True)
class HeaderCues:
    """A place header inside a line (``header_*`` in ``data/text/sentences.yaml``)."""

    max_words: int  # a header's place name is at most this many words
    marks: frozenset[str]  # list marks that may stand before a header ("*", "#", "|")
    area: frozenset[str]  # words that may stand before the name ("شمال حماة :"، "ريف دمشق :")
    not_after: frozenset[str]  # words that take the name after them as their complement


@cache
def header_cues() -> HeaderCues:
    data = sentence_data()

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(key, ()))

    return HeaderCues(int(data.get("header_max_words", 0)),
                      words("header_marks"), words("header_area_words"),
                      words("header_not_after") | joint_cues().not_after)


_HEADER_END = ("\u003a", "|")  # " : " and " | " close a place header
PLACE_HEADER = "|place-header"  # the rule suffix of a sentence a place header opens (read by events.items)


def _header_marks(text: str, sentences: list[Sentence],
                  is_place: Callable[[str], bool]) -> list[tuple[int, str]]:
    """Where a place header opens an item inside ``sentences`` (offset of its first word or
    mark, rule ``place-header``): a place name ``is_place`` knows (after an area word and a
    list mark, each optional) before " :" or " |" and a word that opens with no و, the word
    before it no complement-taker and no area word; never at a sentence's first word."""
    cues = header_cues()
    marks = []
    for s in sentences:
        spans = [(m.start(), m.group()) for m in _WORD.finditer(text, s.start, s.end)]
        words = [w for _, w in spans]
        for k, w in enumerate(words):
            if w not in _HEADER_END or k < 2 or k + 1 >= len(words) or words[k + 1][:1] == "\u0648" \
                    or not (_ARABIC_WORD.match(words[k + 1]) or words[k + 1][:1] in "#\"«"):
                continue
            # the name: up to max_words Arabic words right before, a hashtag's "-" between them
            name: list[int] = []
            j = k - 1
            while j >= 0 and len(name) < cues.max_words:
                if _ARABIC_WORD.fullmatch(words[j]):
                    name.insert(0, j)
                elif words[j] != "-" or not name:
                    break
                j -= 1
            head = next((name[i] for i in range(len(name))
                         if is_place(" ".join(words[n] for n in name[i:]))), None)
            if head is None:
                continue
            if head >= 2 and f"{words[head - 2]} {words[head - 1]}" in cues.area:
                head -= 2
            elif head >= 1 and words[head - 1] in cues.area:
                head -= 1
            if head >= 1 and words[head - 1] in cues.marks:
                head -= 1
            if head < 1 or words[head - 1] in cues.not_after or words[head - 1] in _HEADER_END \
                    or words[head - 1] in cues.area \
                    or (words[head - 1][:1] in "\u0628\u0644" and words[head - 1][1:] in cues.area):
                continue
            marks.append((spans[head][0], PLACE_HEADER[1:]))
    return marks


def _cut(text: str, sentences: list[Sentence], marks: list[tuple[int, str]]) -> list[Sentence]:
    """``sentences`` cut at ``marks`` (absolute offsets and rules, in order)."""
    out: list[Sentence] = []
    for s in sentences:
        i = bisect_right(marks, (s.start, "\uffff"))
        start, rule = s.start, ""
        while i < len(marks) and marks[i][0] < s.end:
            at, cut = marks[i]
            end = len(text[start:at].rstrip()) + start
            if end > start:
                out.append(Sentence(start, end, s.kind, s.rule + rule))
            start, rule = at, "|" + cut
            i += 1
        out.append(s if start == s.start else Sentence(start, s.end, s.kind, s.rule + rule))
    return out


@cache
def _numbered_marker() -> re.Pattern[str]:
    """A numbered list item's marker inside a line (``numbered_item_marker``)."""
    return re.compile(str(sentence_data()["numbered_item_marker"]))


def _numbered_marks(text: str) -> list[tuple[int, str]]:
    """Where a line's glued numbered items start: each marker whose number follows the one
    of the marker before it on the same line, and that one too when text stands before it
    on the line (offset into ``text``, rule ``numbered-item``), in order."""
    marks: list[tuple[int, str]] = []
    before: re.Match[str] | None = None
    for m in _numbered_marker().finditer(text):
        if before is not None and int(m.group(1)) == int(before.group(1)) + 1 \
                and "\n" not in text[before.end():m.start()]:
            line_start = text.rfind("\n", 0, before.start()) + 1
            if text[line_start:before.start()].strip() and (not marks or marks[-1][0] != before.start()):
                marks.append((before.start(), "numbered-item"))
            marks.append((m.start(), "numbered-item"))
        before = m
    return marks


@cache
def abbreviations() -> frozenset[str]:
    """Words after which a full stop is not an end (``data/text/sentences.yaml``)."""
    return frozenset(str(w).lower() for w in sentence_data().get("abbreviations", ()))


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


def split_sentences(text: str, seams: Sequence[int] | None = None,
                    is_place: Callable[[str], bool] | None = None) -> list[Sentence]:
    """Sentences of ``text`` in order; offsets exclude surrounding spaces.

    ``is_place``: whether a run of words is a place name the gazetteer knows; given, the place
    headers inside a ticker's lines open sentences of their own (:func:`_header_marks`).

    ``seams``: where glued ticker items meet (offsets of the second item's first letter), as
    the clean stage found them before it put a space there (``REPAIR`` spans, rule
    ``glued-item``); found in ``text`` itself (:func:`rasd.text.seams.find_seams`) when not given.
    """
    out: list[Sentence] = []
    if seams is None:
        seams = [s.at for s in find_seams(text) if s.item]
    marks = sorted(_item_marks(text) + _numbered_marks(text) + [(at, "glued") for at in seams])
    ticker = len(seams) >= joint_cues().min_seams  # a ticker of glued headlines (LISTS18)
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
            pieces = _split_line(line, offset, "list", "list-item", marker.end())
        elif not ending.endswith(_FINAL_MARKS) and _words(line) <= CAPTION_MAX_WORDS:
            pieces = [Sentence(offset, offset + len(line), "caption", "unpunctuated-line")]
        else:
            pieces = _split_line(line, offset, "body", "punctuation")
        if not out and pieces and pieces[0].kind == "body":
            pieces = _title_twice(line, offset, pieces)
        pieces = _split_seams(line, offset, pieces, marks)
        if ticker:
            pieces = _split_seams(line, offset, pieces, _joint_marks(text, pieces))
        out.extend(pieces)
    if ticker and is_place is not None:  # place headers inside a ticker's lines (TICKER26)
        out = _cut(text, out, _header_marks(text, out, is_place))
    return out


@dataclass(frozen=True)
class TitleCues:
    """A title told twice in a page's first sentence (``title_*`` in ``data/text/sentences.yaml``)."""

    min_words: int  # the told-twice run is at least this long
    max_start: int  # the first telling starts within this many words of the line's start
    max_gap: int  # at most this many words (site name, date line) between the two tellings
    min_after: int  # the lead after the second telling has at least this many words
    continues: frozenset[str]  # a word that continues a clause: no title ends before it


@cache
def title_cues() -> TitleCues:
    data = sentence_data()
    return TitleCues(int(data.get("title_min_words", 0)), int(data.get("title_max_start", 0)),
                     int(data.get("title_max_gap", 0)), int(data.get("title_min_after", 0)),
                     frozenset(map(str, data.get("joint_not_after", ()))))


def _title_twice(line: str, offset: int, pieces: list[Sentence]) -> list[Sentence]:
    """Cut the first sentence of a page's first line after its title's second telling.

    Scraped pages run the title, the site's name, the date line, the title again and the lead
    into one sentence ("مئات يتظاهرون في إيران … - اليوم السابع الأحد , 21 يناير 2018 مئات
    يتظاهرون في إيران … ذكر التلفزيون …"): a trigger of the lead then takes the title's places
    and the masthead's date, and the title's trigger the lead's. The run told twice (the longest
    of at least ``min_words`` words; the first telling within ``max_start`` words of the line's
    start, the second within ``max_gap`` words after it) ends the headline when ``min_after``
    words or more of the sentence follow and the next word continues no clause (``في``، ``من``،
    ``و`` …: a lead that opens with the title's words and goes on is not cut)."""
    cues = title_cues()
    first = pieces[0]
    spans = [m.span() for m in _WORD.finditer(line, 0, first.end - offset)]
    words = [line[a:b] for a, b in spans]
    n = len(words)
    best: tuple[int, int, int, bool] | None = None
    seen: dict[tuple[str, ...], int] = {}
    for j in range(n - cues.min_words + 1):
        key = tuple(words[j:j + cues.min_words])
        i = seen.setdefault(key, j)
        if i == j or i > cues.max_start or j < i + cues.min_words or j - i > cues.max_gap + cues.min_words \
                or (i and words[i - 1] == words[j - 1]):  # the tail of a longer run told twice
            continue
        k = cues.min_words
        while j + k < n and i + k < j and words[i + k] == words[j + k]:
            k += 1
        # the title's last word glued to the date line after its second telling: "… بدير
        # الزور قوات النظام تسيطر … بدير الزورتم النشر بتاريخ"
        glued = j + k < n and i + k < j and len(words[i + k]) > 1 \
            and words[j + k].startswith(words[i + k]) and len(words[j + k]) > len(words[i + k])
        gap = words[i + k + glued:j]
        # the second telling follows the site's name or date line, never a word that governs
        # what follows it: "قالت الخارجية , اليوم , إن عدم تدخل إيران …" is the lead saying
        # the title's words again and going on, not the title
        if len(gap) <= cues.max_gap and (best is None or k > best[2]) and words[j - 1] not in cues.continues \
                and (not gap or any(_MASTHEAD.match(w) for w in gap)):
            best = (i, j, k, glued)
    if best is None:
        return pieces
    i, j, k, glued = best
    after = j + k
    if n - after < cues.min_after:
        return pieces
    cut, rest = offset + spans[after - 1][1], offset + spans[after][0]
    if glued:
        cut = rest = offset + spans[after][0] + len(words[i + k])
    elif words[after] in cues.continues:
        return pieces
    return [Sentence(first.start, cut, "headline", TITLE_TWICE),
            Sentence(rest, first.end, first.kind, first.rule), *pieces[1:]]


def _words(line: str) -> int:
    return line.count(" ") + 1  # the line is stripped; a rough count is enough here
