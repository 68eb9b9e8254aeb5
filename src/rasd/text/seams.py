"""Seams of two words glued with no space: where the text needs a space, and where the seam
is also the boundary of two items of a news ticker or live map.

Scraped tickers and live-map pages lose the break between items, so one item's last word
runs into the next item's first: "… بالقرب من تدمرتستعد الجزائر …"، "… في شرق حلبجنوب سوريا
…"، "… possible fake or hoaxدخلت قوات …". Prose has the same fault now and then, as a typo
inside one sentence ("مطار الجراحالواقع"). Four kinds of seam are found here:

- ``letter``: after a letter that only ends an Arabic word (ة، ى but ىء) or before one that
  only starts a word (إ), when both pieces are common words of the project's word list and the
  glued run is not one (:func:`_letter_seam`); not after ى on a page that writes ى for ي
  inside words ("مدنىا سورىا"، "كثىرا": :func:`_writes_dotless_yaa`);
- ``run``: inside any other rare run of letters that splits into two common words
  (:func:`run_seam`); the left piece may be a short place name of ``seam_places`` (data file);
- ``ticker``: on a ticker page (below), a rare run no other seam splits, after an item's last
  word — a common word, or a name the word list lacks ("ماغوينداناو|قصف") — and before a
  word that can open an item (:func:`ticker_seam`, LISTS18);
- ``script``: a Latin letter touching an Arabic one.

A ``letter`` seam is a missing space, and also an item boundary (two common words glued at a
word-final letter is how tickers glue) unless its left word is a preposition (``not_seam_left``:
"علىمدينة حلب" is a typo inside a sentence). ``run`` seams are taken only on a page that shows
at least ``TICKER_MIN_RUNS`` of them (a ticker whose items lost their breaks), and are item
boundaries there: in prose a rare run is as often a rare word ("وعملياتي"، "ليستخدمه") as a
typo, and is left whole. ``ticker`` seams, found only there, are item boundaries too. A
``script`` seam is always a missing space, an item boundary only on such a ticker page
(elsewhere it is mostly page furniture: "Facebookشارك").
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

_LETTERS = "\u0621-\u063a\u0641-\u064a"
_LETTER = re.compile(f"[{_LETTERS}]")
# Written to open with one class of three letters (ة ى إ): ``re`` then skips to the next of
# them instead of trying every letter. The seam is after ة/ى, before إ. (An alternation whose
# first branch opens with a class, "[ةى]…|إ", gives the engine no such class: SPEED23 moved the
# choice behind the letter; the same matches, half the time.)
_SEAM = re.compile("[\u0629\u0649\u0625](?:(?<=[\u0629\u0649])(?!\u0621)(?=[\u0621-\u063a\u0641-\u064a])"
                   "|(?<=\u0625))")
SEAM_PIECE_MIN = 20  # each piece must occur this often in the project's word list
SEAM_GLUED_MAX = 2  # ... and the glued run at most this often (a real word is no seam),
SEAM_GLUED_SHARE = 0.005  # or this share of the rarer piece: the word list counts the glued
#                           runs of the very pages that repeat a ticker's items ("سوريابوتين" 3)
SEAM_RUN_MAX = 30  # a letter run longer than two words is no pair of glued words (and bounds
#                    the walk over it: a page of letters with no space stays linear)
_RUN_AFTER = re.compile(f"[{_LETTERS}]{{1,{SEAM_RUN_MAX + 1}}}")
# A rare run of letters: at least 7 (a three-letter place and a four-letter word).
_LONG_RUN = re.compile(f"[{_LETTERS}]{{7,}}")
RUN_PIECE_MIN_LETTERS = 4
# A Latin word touching an Arabic letter ("hoaxدخلت"): two scripts never share a word.
_LATIN = re.compile("[A-Za-z]+")
# A word with ى inside it: the page writes dotless ى for ي when DOTLESS_MIN such words are
# common words read with ي.
_YAA_INSIDE = re.compile(f"[{_LETTERS}]*\u0649[{_LETTERS}]+")
DOTLESS_MIN = 3
TICKER_MIN_RUNS = 5  # a page with this many glued runs is a ticker; fewer are prose typos
TICKER_NAME_MIN = 5  # a ticker seam's left piece no word list has: a name this long at least
ARTICLE = "ال"  # ال: it starts a word, a name does not end in it
_FINAL_ONLY = re.compile("[ةى]")  # ة ى end a word; inside a run they end one


@dataclass(frozen=True, slots=True)
class Seam:
    """A missing space before ``text[at]``; ``item`` when the seam also ends an item."""

    at: int
    rule: str  # letter | run | script
    item: bool


@cache
def sentence_data() -> dict[str, Any]:
    """``data/text/sentences.yaml``, read once (the seams' words and the sentence splitter's)."""
    text = resources.files("rasd.data.text").joinpath("sentences.yaml").read_text("utf-8")
    return load_yaml(text) or {}


def _slots(key: str, last_required: bool) -> re.Pattern[str]:
    """A regex of ``key`` in ``data/text/sentences.yaml``: slots of alternatives in order, each
    optional (the last one required when ``last_required``), alternatives tried as listed."""
    slots = [f"(?:{'|'.join(map(re.escape, map(str, alts)))})" for alts in sentence_data()[key]]
    return re.compile("".join(f"{slot}?" for slot in slots[:-1]) + slots[-1] + ("" if last_required else "?"))


@cache
def _clitics() -> re.Pattern[str]:
    """The clitics a word opens with (``seam_clitics``): (و|ف)(ب|ل|ك)(ال|ل), each optional."""
    return _slots("seam_clitics", last_required=False)


@cache
def _pronoun_ending() -> re.Pattern[str]:
    """A pronoun suffix and the verb ending before it (``seam_pronoun_ending``)."""
    return _slots("seam_pronoun_ending", last_required=True)


@cache
def _not_seam_left() -> frozenset[str]:
    """Words a seam never follows (``not_seam_left`` in ``data/text/sentences.yaml``)."""
    return frozenset(normalize_key(str(w)) for w in sentence_data().get("not_seam_left", ()))


@cache
def _not_seam_right() -> frozenset[str]:
    """Words a run seam never precedes (``not_seam_right``: مائة of خمسمائة)."""
    return frozenset(normalize_key(str(w)) for w in sentence_data().get("not_seam_right", ()))


@cache
def _short_places() -> frozenset[str]:
    """Three-letter place names a run seam may follow (``seam_places``: حلب، حمص …)."""
    return frozenset(normalize_key(str(w)) for w in sentence_data().get("seam_places", ()))


def _letter_seam(line: str, at: int) -> bool | None:
    """Is the seam candidate before ``line[at]`` two words glued (both common, the run not a
    word)? True when the seam also ends an item, False when it is only a missing space after a
    preposition ("علىمدينة حلب": ``not_seam_left``), None when it is no seam."""
    first = at
    while first > 0 and at - first <= SEAM_RUN_MAX and _LETTER.match(line[first - 1]):
        first -= 1  # the run's start: a few letters back
    if at - first < 2 or at - first > SEAM_RUN_MAX or _clitics().fullmatch(line, first, at):
        return None  # "بالإضافة"، "والإعلان": clitics before إ, no word
    after = _RUN_AFTER.match(line, at)
    if after is None or not 3 <= len(after.group()) <= SEAM_RUN_MAX:
        return None
    counts = word_freq().counts
    left, right = normalize_key(line[first:at]), normalize_key(after.group())
    piece = min(counts.get(left, 0), counts.get(right, 0))
    if piece < SEAM_PIECE_MIN or not _rare(counts.get(left + right, 0), piece):
        return None
    return left not in _not_seam_left()


def _rare(glued: int, piece: int) -> bool:
    """Is a glued run seen ``glued`` times too rare to be a word, beside pieces seen ``piece``
    times or more?"""
    return glued <= max(SEAM_GLUED_MAX, SEAM_GLUED_SHARE * piece)


def _left_ok(run: str, left: str, i: int) -> bool:
    """The left piece is a word of its own: four letters or more beyond clitics and the
    article ("المت|داخل" is no seam), or a short place name (``seam_places``)."""
    if i < RUN_PIECE_MIN_LETTERS:
        return left in _short_places()
    clitics = _clitics().match(run, 0, i)
    return i - (clitics.end() if clitics else 0) >= 3


@lru_cache(maxsize=1 << 16)
def run_seam(run: str) -> int | None:
    """Where a rare letter run splits into two common words (index into ``run``), else None.

    Both pieces occur at least ``SEAM_PIECE_MIN`` times in the word list, the right one has
    four letters or more and no pronoun ending ("انتهاك|اتهم" is انتهاكاتهم); of several
    splits, the one whose rarer piece is commonest wins."""
    counts = word_freq().counts
    key = normalize_key(run)
    glued = counts.get(key, 0)
    if len(run) > SEAM_RUN_MAX:
        return None
    folded = len(key) == len(run)  # letters folded one for one: split the key itself
    best, at = 0, None
    for i in range(3, len(run) - RUN_PIECE_MIN_LETTERS + 1):
        left = key[:i] if folded else normalize_key(run[:i])
        right = key[i:] if folded else normalize_key(run[i:])
        score = min(counts.get(left, 0), counts.get(right, 0))
        if score < SEAM_PIECE_MIN or score <= best or not _rare(glued, score):
            continue
        if not _left_ok(run, left, i) or _pronoun_ending().fullmatch(right) \
                or right in _not_seam_right():
            continue
        best, at = score, i
    return at


@cache
def _short_openers() -> frozenset[str]:
    """Words of three letters or fewer that open a ticker item (``seam_item_openers``)."""
    return frozenset(normalize_key(str(w)) for w in sentence_data().get("seam_item_openers", ()))


def _opens_item(right: str, counts: dict[str, int]) -> bool:
    """Can ``right`` (normalised) be the first word of a ticker item glued to the one before:
    a common word of four letters or more, or a short one of ``seam_item_openers``, and no
    pronoun ending nor a piece of a number."""
    if counts.get(right, 0) < SEAM_PIECE_MIN or right in _not_seam_right():
        return False
    if len(right) < RUN_PIECE_MIN_LETTERS:
        return right in _short_openers()
    return not _pronoun_ending().fullmatch(right)


def _name_piece(written: str, left: str) -> bool:
    """Can a left piece the word list lacks be a name that ends an item: ``TICKER_NAME_MIN``
    letters or more beyond its clitics and article ("المست|وطنة" is no name), and no letter
    that only ends a word inside it ("الليلةو|يدين" is two words already)."""
    clitics = _clitics().match(left)
    stem = len(left) - (clitics.end() if clitics else 0)
    return (stem >= TICKER_NAME_MIN and not left.endswith(ARTICLE)
            and not _FINAL_ONLY.search(written, 0, len(written) - 1))


@cache
def _common_prefixes() -> frozenset[str]:
    """Every proper beginning, ``TICKER_NAME_MIN`` + 1 letters or longer, of a common word."""
    return frozenset(word[:n] for word, count in word_freq().counts.items() if count >= SEAM_PIECE_MIN
                     for n in range(TICKER_NAME_MIN + 1, len(word)))


@lru_cache(maxsize=1 << 16)
def ticker_seam(run: str) -> int | None:
    """Where a rare letter run of a ticker page splits into an item's last word and the next
    item's first (index into ``run``), when :func:`run_seam` finds no split of two common
    words: the right piece opens an item (:func:`_opens_item`) and the left one is a common
    word, or a name the word list lacks (:func:`_name_piece`: "… جنوب ماغوينداناو|قصف مدفعي …")
    that is no common word cut short ("الفيدرا|ليون"); no split a letter or two to the left
    gives a commoner right piece ("كاذباا|لرئيس"). A split with a common left piece wins, then
    the commonest right piece."""
    if len(run) > SEAM_RUN_MAX:
        return None
    counts = word_freq().counts
    key = normalize_key(run)
    if len(key) != len(run):
        return None
    best, at = (False, 0), None
    for i in range(3, len(run) - 1):
        left, right = key[:i], key[i:]
        if not _opens_item(right, counts) or not _rare(counts.get(key, 0), counts[right]):
            continue
        if any(counts.get(key[i - k:], 0) > counts[right] for k in (1, 2)):
            continue  # "كاذباا|لرئيس", "كاذباال|رئيس": the next word starts before
        common = counts.get(left, 0) >= SEAM_PIECE_MIN
        if not ((common and _left_ok(run, left, i)) or (
                _name_piece(run[:i], left) and key[:i + 1] not in _common_prefixes())):
            continue
        score = (common, min(counts[right], counts.get(left, 0)) if common else counts[right])
        if score > best:
            best, at = score, i
    return at


def _writes_dotless_yaa(text: str) -> bool:
    """Does the page write ى for ي inside words ("كثىرا"، "ىستهدفوا", machine-translated items)?
    Then ى is no word-final letter there, and no seam follows it."""
    counts = word_freq().counts
    inside = (normalize_key(m.group()) for m in _YAA_INSIDE.finditer(text))
    return sum(counts.get(word, 0) >= SEAM_PIECE_MIN for word in inside) >= DOTLESS_MIN


def _letter_seams(text: str) -> list[Seam]:
    seams = []
    dotless: bool | None = None  # asked only when a seam after ى is met
    for m in _SEAM.finditer(text):
        at = m.end() if m.group() != "\u0625" else m.start()
        if seams and seams[-1].at == at:
            continue  # "المدينةإطلاق": the ة before and the إ after name one seam
        if m.group() == "\u0649":
            dotless = _writes_dotless_yaa(text) if dotless is None else dotless
            if dotless:
                continue
        if at > 0 and _LETTER.match(text[at - 1]):
            item = _letter_seam(text, at)
            if item is not None:
                seams.append(Seam(at, "letter", item))
    return seams


def _article_only(text: str, at: int) -> bool:
    """Are the Arabic letters before a Latin word at ``at`` only clitics and the article
    ("عنوان الIP")?"""
    first = at
    while first > 0 and _LETTER.match(text[first - 1]):
        first -= 1
    return first < at and _clitics().fullmatch(text, first, at) is not None


def _script_seams(text: str) -> list[int]:
    """Where a Latin word touches an Arabic letter (not after the bare article: "الIP")."""
    seams = []
    for m in _LATIN.finditer(text):
        start, end = m.span()
        if start and _LETTER.match(text[start - 1]) and not _article_only(text, start):
            seams.append(start)
        if end < len(text) and _LETTER.match(text[end]):
            seams.append(end)
    return seams


def _ticker_seams(text: str, taken: list[int]) -> list[tuple[int, str]]:
    """The :func:`ticker_seam` of every rare run of a ticker page no other seam splits."""
    out = []
    counts = word_freq().counts
    for m in _LONG_RUN.finditer(text):
        k = bisect_right(taken, m.start())
        if k < len(taken) and taken[k] < m.end():
            continue
        if counts.get(normalize_key(m.group()), 0) > SEAM_GLUED_MAX:
            continue
        at = ticker_seam(m.group())
        if at is not None:
            out.append((m.start() + at, "ticker"))
    return out


def find_seams(text: str) -> list[Seam]:
    """Every seam of two glued words in ``text``, in order, at most one per letter run."""
    seams = _letter_seams(text)
    taken = [s.at for s in seams]
    runs = []
    for m in _LONG_RUN.finditer(text):
        at = run_seam(m.group())
        k = bisect_right(taken, m.start())  # a letter seam inside the run already splits it
        if at is not None and not (k < len(taken) and taken[k] < m.end()):
            runs.append((m.start() + at, "run"))
    ticker = len(runs) >= TICKER_MIN_RUNS
    if not ticker:  # a rare run in prose is as often a rare word as a typo: left whole
        runs = []
    else:
        runs += _ticker_seams(text, sorted(taken + [at for at, _ in runs]))
    runs += [(at, "script") for at in _script_seams(text)]
    seams += [Seam(at, rule, ticker) for at, rule in runs]
    return sorted(seams, key=lambda s: s.at)
