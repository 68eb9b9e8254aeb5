"""Generic statements and opinion pieces: triggers that tell a habit, not a happening.

Under the schema an event is one happening told as having happened. Columns and analyses
read sentence by sentence are full of trigger words that tell none: "النظام يقصف المدنيين"،
"الغارات التي تشنها إسرائيل"، "في كل مجزرة يرتكبها العدو". Two kinds of signal rule them
out (cues in ``context.yaml``, section ``genre``), each labelling the candidate
``historical`` (generic: told of no day) with a rule naming the signal:

* sentence signals, in every document: a trigger opening a present relative clause
  (``historical:generic-relative``), "كل" before it (``historical:generic-every``), "معظم"
  or "أغلب" right before a noun trigger (``historical:generic-most``: "شاركوا في معظم المعارك"),
  a present
  verb against a class of people or places (``historical:generic-present``); a day, a town or a
  toll in the sentence keeps the trigger;
* a fight named as an aim by the purpose lām on its verbal noun ("التحالف الذي تقوده السعودية
  لقتال الحوثيين"، "تنقل المجندين لقتال التنظيم") is no happening, whatever the sentence dates
  (``historical:generic-purpose``);
* a habit verb before the trigger (دأب، واظب، اعتاد، لطالما: "دأبت الطائرات على قصف
  الأسواق") or an adverb of frequency next to it (بين الحين والآخر، بين الفينة والأخرى،
  مراراً، بشكل متكرر، يومياً: "يقوم المسلحون بين الحين والآخر بإطلاق قذائف") tells a history,
  not a happening (``historical:generic-habit``), unless the sentence names a day or a toll;
* a document signal (:func:`opinion`): the writer's voice, rhetorical questions, a genre
  header, few day dates and few numbers; or a broadcast or interview transcript
  (:func:`transcript`: a host's questions and a guest's opinions, turn by turn). In such a
  document only, a trigger its sentence ties to no day, no town and no toll is left out
  (``historical:genre-opinion``); a dated, placed strike told in a column is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from rasd.events.lexicon import _n, _read
from rasd.events.tokens import Words
from rasd.text.normalize import normalize_key
from rasd.time.pageday import page_day

DAY_KINDS = ("absolute", "relative", "weekday")  # a DATE span that names a day, not a year
BROAD_KINDS = frozenset({"country", "region", "governorate", "district"})


def names_day(value: dict[str, Any]) -> bool:
    """Whether a DATE span's value names a day ("في 21 آب 2015"، "أمس"، "الثلاثاء")."""
    return value.get("kind") in DAY_KINDS and value.get("grain") == "day"


def names_month(value: dict[str, Any]) -> bool:
    """Whether a DATE span's value names a month of a given year ("في شباط 2004")."""
    return value.get("kind") == "absolute" and value.get("grain") == "month"


@dataclass(frozen=True, slots=True)
class GenreCues:
    relative: re.Pattern[str]
    habitual_verb: re.Pattern[str]
    every: re.Pattern[str]
    most: re.Pattern[str]  # "معظم"، "أغلب": right before a noun, a class of happenings
    singling: re.Pattern[str]  # an adjective that singles one happening out: الخامس، الأخير، الجديد
    purpose: re.Pattern[str]  # "لقتال"، "لمحاربة": a fight named as an aim, not told
    habit: re.Pattern[str]
    habit_keys: tuple[str, ...]  # substrings every habit word holds: most documents have none
    habit_window: int
    habit_phrase: re.Pattern[str] | None  # an adverb of frequency: بين الحين والآخر، مراراً، يومياً
    habit_phrase_keys: tuple[str, ...]  # each adverb's longest word: a substring test first
    habit_reach: int
    transcript_markers: re.Pattern[str]
    marker_keys: tuple[str, ...]  # the markers' last words: a substring test before the regex
    turns_min: int
    turns_share: float
    not_speaker: re.Pattern[str]
    generic_objects: re.Pattern[str]
    generic_window: int
    voice: frozenset[str]  # normalised words, also with و or ف before them
    header: frozenset[str]
    header_words: int
    voice_per_1000: float
    voice_min: int
    question_share: float
    question_min: int
    day_dates_per_1000: float
    digits_per_1000: float
    opinion_min: int
    # PREC11: a happening named only as a cause, a standing state or the start of a count
    cause: re.Pattern[str] = re.compile("(?!)")
    damage_verb: re.Pattern[str] = re.compile("(?!)")
    cause_reach: int = 3
    under: re.Pattern[str] = re.compile("(?!)")
    under_skip: re.Pattern[str] = re.compile("(?!)")
    since_start: re.Pattern[str] = re.compile("(?!)")
    tally_verb: re.Pattern[str] = re.compile("(?!)")
    since_day: re.Pattern[str] = re.compile("(?!)")
    since: re.Pattern[str] = re.compile("(?!)")
    aimed: re.Pattern[str] = re.compile("(?!)")


@cache
def genre_cues() -> GenreCues:
    raw = _read("context.yaml").get("genre") or {}

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(_n(raw[key]))
    return GenreCues(
        relative=rx("relative"), habitual_verb=rx("habitual_verb"), every=rx("every"),
        most=rx("most"), purpose=rx("purpose"), singling=rx("singling"),
        habit=rx("habit"), habit_keys=tuple(_n(k) for k in raw["habit_keys"]),
        habit_window=int(raw.get("habit_window", 12)),
        habit_phrase=_phrases(raw.get("habit_phrases") or []),
        habit_phrase_keys=tuple(sorted({max(_n(p).split(), key=len) for p in raw.get("habit_phrases") or []})),
        habit_reach=int(raw.get("habit_reach", 3)),
        transcript_markers=re.compile("|".join(re.escape(_n(m)) for m in raw["transcript_markers"])),
        marker_keys=tuple(sorted({_n(m).split()[-1] for m in raw["transcript_markers"]})),
        turns_min=int(raw.get("turns_min", 3)), turns_share=float(raw.get("turns_share", 0.1)),
        not_speaker=rx("not_speaker"),
        generic_objects=rx("generic_objects"), generic_window=int(raw.get("generic_window", 4)),
        voice=frozenset(p + _n(w) for w in raw["voice"] for p in ("", "و", "ف")),
        header=frozenset(_n(w) for w in raw["header"]), header_words=int(raw.get("header_words", 60)),
        voice_per_1000=float(raw["voice_per_1000"]), voice_min=int(raw.get("voice_min", 1)),
        question_share=float(raw["question_share"]),
        question_min=int(raw["question_min"]), day_dates_per_1000=float(raw["day_dates_per_1000"]),
        digits_per_1000=float(raw["digits_per_1000"]), opinion_min=int(raw["opinion_min"]),
        cause=rx("cause"), damage_verb=rx("damage_verb"), cause_reach=int(raw.get("cause_reach", 3)),
        under=rx("under"), under_skip=rx("under_skip"), since_start=rx("since_start"),
        tally_verb=rx("tally_verb"), since_day=rx("since_day"), since=rx("since"),
        aimed=rx("aimed"),
    )


def _phrases(phrases: list[str]) -> re.Pattern[str] | None:
    """One pattern for multi-word cues read on the normalised text: their words in order, any
    spacing between them, none glued to a neighbouring word."""
    if not phrases:
        return None
    alts = sorted((r"\s+".join(map(re.escape, _n(p).split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(alts) + r")(?=[\s.,،؛:!؟?\"»)]|$)")


QUOTED = re.compile(r'"[^"\n]{0,600}"|«[^»\n]{0,600}»|“[^”\n]{0,600}”')
QUESTION = re.compile(r"[؟?][\s\"'»”)]*$")


def signals(words: Words, cues: GenreCues | None = None) -> dict[str, bool]:
    """The document-level genre signals that fire (see ``genre`` in ``context.yaml``)."""
    cues = cues or genre_cues()
    ws = words.words
    n = max(len(ws), 1)
    voice_words = cues.voice
    text = words.doc.text
    # the writer's own voice: "أعتقد" inside a quote is a speaker's, as news quote speakers
    # (most documents hold no voice word at all: one set test over the texts first, and the
    # quotes found only when there is one)
    voice = 0
    if not voice_words.isdisjoint(words.texts):
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        starts = [q[0] for q in quoted]
        voice = sum(1 for w in ws if w.text in voice_words
                    and not ((k := bisect_right(starts, w.start) - 1) >= 0 and w.start < quoted[k][1]))
    questions = 0  # sentences that end with a question mark (counted only when enough marks)
    if text.count("؟") + text.count("?") >= cues.question_min:
        questions = sum(1 for s, e in words.sentences if QUESTION.search(text[s:e]))
    days = sum(1 for sp in words.doc.spans_of("DATE")
               if isinstance(sp.value, dict) and sp.value.get("kind") in DAY_KINDS)
    digits = sum(map(text.count, "0123456789"))  # cheaper than finding the numbers
    return {
        "voice": voice >= cues.voice_min and 1000 * voice / n >= cues.voice_per_1000,
        "questions": questions >= cues.question_min
        and questions >= cues.question_share * max(len(words.sentences), 1),
        "header": any(w.text in cues.header for w in ws[:cues.header_words]),
        "few_days": 1000 * days / n < cues.day_dates_per_1000,
        "few_numbers": 1000 * digits / n < cues.digits_per_1000,
    }


# a speaker's turn: one to three words (no digits: "14 : 30" is a live blog's clock) and a
# colon opening a sentence: "فيصل القاسم : أهلا بكم"، "س :"
TURN = re.compile(r"[\s\"'«(\[\]-]*([^\s:؟?!.,،؛\d\"«»()\[\]]+(?: [^\s:؟?!.,،؛\d\"«»()\[\]]+){0,2}) ?:")


def transcript(words: Words, cues: GenreCues | None = None) -> bool:
    """Whether the document is a broadcast or interview transcript: a marker of one
    (``transcript_markers``: "فاصل إعلاني"، "ضيوف الحلقة"، "مقدم الحلقة") or speakers taking
    turns: at least two speakers who each open ``turns_min`` sentences with their name and a
    colon, the turns at least ``turns_share`` of the sentences (a news report quotes a speaker
    once, a transcript goes back and forth). "وأضاف :" is a report's quote, "على اليمين :" a
    caption (``not_speaker``)."""
    cues = cues or genre_cues()
    norm = words.norm.text
    if any(key in norm for key in cues.marker_keys) and cues.transcript_markers.search(norm):
        return True
    text = words.doc.text
    if text.count(":") < 2 * cues.turns_min:
        return False
    turns: dict[str, int] = {}
    for start, end in words.sentences:
        stop = min(end, start + 60)
        if text.find(":", start, stop) < 0:  # most sentences: no colon near their start
            continue
        m = TURN.match(text, start, stop)
        if m is not None and not cues.not_speaker.match(normalize_key(m.group(1).split(" ", 1)[0])):
            turns[m.group(1)] = turns.get(m.group(1), 0) + 1
    speakers = [n for n in turns.values() if n >= cues.turns_min]
    return len(speakers) >= 2 and sum(turns.values()) >= cues.turns_share * len(words.sentences)


def opinion(words: Words, cues: GenreCues | None = None) -> bool:
    """Whether the document reads as an opinion column or an analysis: ``opinion_min``
    signals, one of them the writer's voice, questions or a genre header (few dates and few
    numbers alone are a feature story or a statement); or a transcript (:func:`transcript`),
    where what is said is a host's question or a guest's view unless it names a day, a toll
    or a town."""
    if transcript(words, cues or genre_cues()):
        return True
    fired = signals(words, cues or genre_cues())
    return sum(fired.values()) >= (cues or genre_cues()).opinion_min and (
        fired["voice"] or fired["questions"] or fired["header"])


DAY_MEMO_SIZE = 1 << 16
_DAY_MEMO: dict[str, bool] = {}  # word → whether the day cue matches (one cue: past.day_words)
_HABIT_MEMO: dict[str, bool] = {}  # word → whether the habit cue matches (asked for the words before every trigger)


def _habit(cues: GenreCues, word: str) -> bool:
    hit = _HABIT_MEMO.get(word)
    if hit is None:
        hit = bool(cues.habit.match(word))
        if len(_HABIT_MEMO) < DAY_MEMO_SIZE:
            _HABIT_MEMO[word] = hit
    return hit


class _Sentences:
    """What ties each sentence to one happening: a day, a town, a toll (computed once per
    sentence asked about)."""

    def __init__(self, words: Words, day_words: re.Pattern[str]):
        self.words, self.day_words = words, day_words
        self._marks: dict[int, tuple[bool, bool, bool]] | None = None
        self._day_word: dict[int, bool] = {}

    def _spans(self) -> dict[int, tuple[bool, bool, bool]]:
        marks: dict[int, list[bool]] = {}
        words, doc = self.words, self.words.doc
        for label in ("DATE", "PLACE", "CASUALTY"):
            for sp in doc.spans_of(label):
                value = sp.value if isinstance(sp.value, dict) else {}
                if label == "DATE" and (value.get("kind") not in DAY_KINDS or value.get("dateline")):
                    continue
                if label == "PLACE" and ((value.get("geo_precision") or 3) > 2 or value.get("kind") in BROAD_KINDS):
                    continue
                if label == "CASUALTY" and value.get("period"):
                    continue
                first, _ = words.index_of(sp.start, sp.end)
                if first >= len(words):
                    continue
                row = marks.setdefault(words.words[first].sentence, [False, False, False])
                row[("DATE", "PLACE", "CASUALTY").index(label)] = True
        return {s: (a, b, c) for s, (a, b, c) in marks.items()}

    def marks(self, sentence: int) -> tuple[bool, bool, bool]:
        """(a day, a town, a toll) in the sentence; a day word (أمس، الخميس) counts as a day."""
        if self._marks is None:
            self._marks = self._spans()
        day, town, toll = self._marks.get(sentence, (False, False, False))
        if not day:
            if sentence not in self._day_word:
                lo, hi = self.words.sentence_range(sentence)
                ws, memo, cue = self.words.words, _DAY_MEMO, self.day_words
                found = False
                for k in range(lo, hi):
                    text = ws[k].text
                    hit = memo.get(text)
                    if hit is None:
                        hit = bool(cue.match(text))
                        if len(memo) < DAY_MEMO_SIZE:
                            memo[text] = hit
                    if hit:
                        found = True
                        break
                self._day_word[sentence] = found
            day = self._day_word[sentence]
        return day, town, toll


ADJECTIVES_BEFORE_RELATIVE = 2  # definite adjectives between a noun and its relative pronoun


def _relative_after(cues: GenreCues, ws: list, k: int, hi: int) -> int | None:
    """The index of the relative pronoun that opens a clause on the noun ending before ``k``:
    right after it, or after up to ``ADJECTIVES_BEFORE_RELATIVE`` definite adjectives
    ("الغارات الجوية التي تشنها"، "الضربات الجوية الروسية التي تنفذها"); None when none does."""
    for j in range(k, min(hi - 1, k + ADJECTIVES_BEFORE_RELATIVE + 1)):
        text = ws[j].text
        if cues.relative.match(text):
            return j
        if not text.startswith("ال") or cues.singling.match(text):
            return None  # "الهجوم الخامس الذي تشنه داعش على حيط": an ordinal singles one out
    return None


def _adverbs(words: Words, cues: GenreCues) -> list[tuple[int, int]]:
    """The word ranges ``[first, last)`` of the adverbs of frequency (``habit_phrases``) in the
    document, in order; empty at once for the many documents holding none of their words."""
    norm = words.norm.text
    if cues.habit_phrase is None or not any(key in norm for key in cues.habit_phrase_keys):
        return []
    return [words.index_of_norm(m.start(), m.end()) for m in cues.habit_phrase.finditer(norm)]


def _habit_word(cues: GenreCues, ws: list, cand: Any, lo: int, hi: int, habits: bool,
                adverbs: list[tuple[int, int]]) -> int | None:
    """The index of the word that tells a habit around the trigger: a habit verb up to
    ``habit_window`` words before it (asked only when the document holds one, ``habits``), or
    the first word of an adverb of frequency in its sentence at most ``habit_reach`` words
    before or after it ("يقوم المسلحون بين الحين والآخر بإطلاق قذائف"، "تتعرض البلدة لقصف بشكل
    متكرر"); None when none is."""
    if habits:
        for k in range(max(lo, cand.first - cues.habit_window), cand.first):
            if _habit(cues, ws[k].text):
                return k
    for first, last in adverbs:
        if first < lo or first >= hi:
            continue
        if -cues.habit_reach <= cand.first - last <= cues.habit_reach \
                or 0 <= first - cand.last <= cues.habit_reach:
            return first  # before it, after it, or inside a frame ("وجرت العادة على عقد الاجتماعات")
    return None


def _cause_word(cues: GenreCues, ws: list, cand: Any, lo: int) -> int | None:
    """The word that names a definite noun trigger only as a cause or a standing state: a word
    of cause right before it ("بسبب المعارك"، "نتيجة للمعارك"), "تحت" before it, past "وطأة"
    ("تحت القصف"، "تحت وطأة الغارات"), or a verb of damage up to ``cause_reach`` words before a
    trigger carrying ب ("تأثر الجامع بالمعارك")."""
    k = cand.first - 1
    if k < lo:
        return None
    if cues.cause.match(ws[k].text):
        return k
    if cues.under_skip.match(ws[k].text) and k - 1 >= lo:
        k -= 1
    if cues.under.match(ws[k].text):
        return k
    if ws[cand.first].text.startswith("بال"):
        return next((j for j in range(cand.first - 1, max(lo, cand.first - 1 - cues.cause_reach) - 1, -1)
                     if cues.damage_verb.match(ws[j].text)), None)
    return None


def _aimed(cues: GenreCues, ws: list, cand: Any, hi: int) -> bool:
    """Whether "على" (``aimed``) follows the trigger within two words: the cause names its
    target ("جراء القصف على حي جوبر"), so with a town in the sentence it is the happening itself."""
    return any(cues.aimed.match(ws[j].text) for j in range(cand.last, min(hi, cand.last + 2)))


def _count_since_start(cues: GenreCues, ws: list, lo: int, hi: int) -> int | None:
    """"منذ" then a noun of starting ("منذ بدء الهجوم"، "منذ انطلاق الحملة") in a sentence that
    also holds a verb or noun of counting (أحصى، وثق، حصيلة): the index of the start noun."""
    for k in range(lo, hi - 1):
        if cues.since.match(ws[k].text) and cues.since_start.match(ws[k + 1].text):
            if any(cues.tally_verb.match(ws[j].text) for j in range(lo, hi)):
                return k + 1
            return None
    return None


def _told_before_tally(cues: GenreCues, ws: list, cand: Any, lo: int, since: int) -> bool:
    """Whether ``cand`` is a happening told before the clause of a running tally (FIX11): it
    stands before "منذ" at word ``since`` with a clause end between them, and no word of
    counting comes before it ("قتل خمسة مدنيين بغارة على دوما، ليرتفع عدد القتلى منذ بدء
    الحملة إلى 400"): the tally goes on from the happening, it does not hold it."""
    if cand.last > since or not any(ws[j].comma or ws[j].ends_clause
                                    for j in range(cand.last - 1, since)):
        return False
    return not any(cues.tally_verb.match(ws[j].text) for j in range(lo, cand.first))


def generic_context(words: Words, cands: list, day_words: re.Pattern[str],
                    told: Callable[[Any], bool] = lambda cand: False, cues: GenreCues | None = None) -> None:
    """Label the candidates told as a habit or a campaign, not one happening (module doc).

    ``cands`` are :class:`rasd.events.detect.Candidate`; ``day_words`` the ``past.day_words``
    cue of ``context.yaml``; ``told(cand)`` whether a light verb tells the happening itself
    ("قيام النظام بقصف بلدة"، "شنت ... غارات"), which a town then places in an opinion piece as
    a finite verb does. A day in the sentence or the one before it dates it.
    """
    cues = cues or genre_cues()
    ws = words.words
    info = _Sentences(words, day_words)
    is_opinion: bool | None = None
    norm = words.norm.text
    habits = any(key in norm for key in cues.habit_keys)
    adverbs = _adverbs(words, cues)
    tallies: dict[int, int | None] = {}  # sentence → its "منذ بدء" of a tally

    def tally_start(sentence: int, lo: int, hi: int) -> int | None:  # one scan a sentence
        if sentence not in tallies:
            tallies[sentence] = _count_since_start(cues, ws, lo, hi)
        return tallies[sentence]
    for cand in cands:
        if cand.context:
            continue
        lo, hi = words.sentence_range(cand.sentence)
        rule = None
        if cand.form == "noun" and (k := _relative_after(cues, ws, cand.last, hi)) is not None \
                and cues.habitual_verb.match(ws[k + 1].text):
            rule = f"generic-relative:{ws[k + 1].text}"
        elif cand.form in ("noun", "frame") and any(
                cues.every.match(ws[k].text) for k in range(max(lo, cand.first - 2), cand.first)):
            rule = "generic-every"
        elif cand.form == "noun" and cand.first > lo and cues.most.match(ws[cand.first - 1].text):
            rule = "generic-most"
        elif cand.form == "noun" and cues.purpose.match(ws[cand.first].text):
            # an aim is no happening, whatever day the sentence names ("قال التحالف الذي تقوده
            # السعودية لقتال الحوثيين يوم الأربعاء"): labelled at once, no day or toll keeps it
            cand.context.append("historical")
            cand.context_rules.append(f"historical:generic-purpose:{ws[cand.first].text}")
            continue
        elif (k := _habit_word(cues, ws, cand, lo, hi, habits, adverbs)) is not None:
            rule = f"generic-habit:{ws[k].text}"
        elif (k := tally_start(cand.sentence, lo, hi)) is not None \
                and not _told_before_tally(cues, ws, cand, lo, k - 1):
            # a count since a start: the toll is the tally's, so only a day word keeps the trigger
            if not any(cues.since_day.match(ws[j].text) for j in range(lo, hi)):
                cand.context.append("historical")
                cand.context_rules.append(f"historical:generic-since-start:{ws[k].text}")
            continue
        elif cand.form == "noun" and cand.definite and (k := _cause_word(cues, ws, cand, lo)) is not None \
                and not (_aimed(cues, ws, cand, hi) and info.marks(cand.sentence)[1]):
            rule = f"generic-{'under' if cues.under.match(ws[k].text) else 'cause'}:{ws[k].text}"
        elif cand.form == "imperfect":
            k = next((k for k in range(cand.last, min(hi, cand.last + cues.generic_window))
                      if cues.generic_objects.match(ws[k].text)), None)
            if k is not None:
                rule = f"generic-present:{ws[k].text}"
        if rule is not None:
            day, town, toll = info.marks(cand.sentence)
            if day or (town and rule.startswith("generic-present")) or toll:
                rule = None
        if rule is None:  # the document signal (asked once: most documents are not columns)
            if is_opinion is None:
                is_opinion = opinion(words, cues)
            if not is_opinion:
                continue
            day, town, toll = info.marks(cand.sentence)
            if day or toll or (cand.sentence > 0 and info.marks(cand.sentence - 1)[0]):
                continue
            if town and (cand.form in ("perfect", "frame") or told(cand)):
                continue
            rule = "genre-opinion"
        cand.context.append("historical")
        cand.context_rules.append(f"historical:{rule}")


# --- background told by its date: a month, a year or "since" long before the page -----------

@dataclass(frozen=True, slots=True)
class BackgroundCues:
    days: int  # how long before the page a month or a year must end to be background
    window: int  # words between a trigger and the old date in a sentence that also holds a newer one
    day_words: re.Pattern[str]  # a word that dates a sentence to a day (أمس، اليوم، الخميس)
    relative: re.Pattern[str]  # a relative pronoun: a date after it is the relative clause's
    opening: int  # an old-only sentence whose date stands in its first words carries history on
    complementizer: re.Pattern[str]  # "إن/أن": a date before it dates the saying, not the clause
    reach: int  # words an old date opening a sentence reaches forward
    aggregate_min: int  # a death toll this large with no town and no day counts a war, no happening


@cache
def background_cues() -> BackgroundCues:
    raw = (_read("context.yaml").get("genre") or {}).get("background") or {}
    return BackgroundCues(days=int(raw.get("days", 365)), window=int(raw.get("window", 12)),
                          day_words=re.compile(_n(raw["day_words"])),
                          relative=re.compile(_n(raw["relative"])), opening=int(raw.get("opening", 8)),
                          complementizer=re.compile(_n(raw["complementizer"])),
                          aggregate_min=int(raw.get("aggregate_min", 1000)), reach=int(raw.get("reach", 30)))


def _day_dates_year(dates: list[Any]) -> date | None:
    """For a page that says nothing of its own day: the first of January of the year most of
    its day dates fall in (the later on a tie) — an early stand-in, so only what ended over a
    year before that year begins counts as old."""
    years: dict[int, int] = {}
    for sp in dates:
        value = sp.value if isinstance(sp.value, dict) else {}
        stamp = value.get("date") or ""
        if names_day(value) and stamp[:4].isdigit():
            years[int(stamp[:4])] = years.get(int(stamp[:4]), 0) + 1
    if not years:
        return None
    return date(max(years, key=lambda y: (years[y], y)), 1, 1)


def _end(value: dict[str, Any]) -> date | None:
    stamp = value.get("end") or value.get("date") or ""
    try:
        return date.fromisoformat(stamp[:10]) if len(stamp) >= 10 else None
    except ValueError:
        return None


def background_context(words: Words, cands: list, page_words: re.Pattern[str] | None = None,
                       cues: BackgroundCues | None = None) -> None:
    """Label ``historical`` the candidates a report tells as its background history, by the
    dates their sentences give (``genre.background`` in ``context.yaml``).

    A year, "since" a month or a vague stretch ("العام الماضي"، "في عام 2014") that ended more
    than ``days`` before the page's own day (:func:`rasd.time.pageday.page_day`;
    for a page that says nothing of it, the first of January of the year most of its day
    dates fall in) dates no happening of this report: it tells history. The schema keeps a past happening
    given its day ("في 21 آب 2015 فتح مسلح النار") or its month ("اعتقل في نيسان 2016"), so a
    day or a month of a year never makes background (HISTORY21; a month was background before).

    * ``historical:background-old:YYYY``: the sentence's only dates are such old months or
      years and it names no day (no day date, no أمس/اليوم/weekday): every trigger in it;
    * ``historical:background-near:YYYY``: in a sentence with newer dates too, a trigger whose
      nearest date, within ``window`` words, is an old one;
    * ``historical:background-carry:YYYY``: a sentence with no date, no day word and no toll
      right after a background sentence of the same paragraph ("في سنة 1974 طالب بارزاني
      الحكومة ... . رفضت حكومة العراق مطالبه") carries on its history.

    ``page_words`` (``past.page_date``) marks a date the page prints about itself ("نشر في"،
    "آخر تحديث"), no told date.
    """
    if not cands:
        return
    # (imported here: items imports arguments, which imports detect, which imports this module)
    from rasd.events.items import item_of

    doc = words.doc
    dates = doc.spans_of("DATE")
    if not dates:
        return
    page = page_day(doc) or _day_dates_year(dates)
    if page is None:
        return
    cues = cues or background_cues()
    ws = words.words
    # per sentence: (first word, last word, year when old else None) of each told date
    by_sentence: dict[int, list[tuple[int, int, int | None]]] = {}
    old_any = False
    for sp in dates:
        value = sp.value if isinstance(sp.value, dict) else {}
        if value.get("dateline") or value.get("kind") == "future":
            continue
        first, last = words.index_of(sp.start, sp.end)
        if first >= len(ws):
            continue
        lo = words.sentence_range(ws[first].sentence)[0]
        if page_words is not None and any(page_words.match(ws[k].text) for k in range(max(lo, first - 3), first)):
            continue
        end = _end(value)
        # a day or a month of a year dates a happening of its own, however old (HISTORY21)
        own = names_day(value) or names_month(value)
        old = not own and end is not None and (page - end).days > cues.days
        old_any |= old
        by_sentence.setdefault(ws[first].sentence, []).append((first, max(first + 1, last), end.year if old and end else None))
    if not old_any:
        return

    def day_word(sentence: int) -> bool:
        lo, hi = words.sentence_range(sentence)
        return any(cues.day_words.match(ws[k].text) for k in range(lo, hi))

    def toll(sentence: int) -> bool:
        lo, hi = words.sentence_range(sentence)
        start, end = ws[lo].start, ws[hi - 1].end
        return any(start <= sp.start < end for sp in doc.spans_of("CASUALTY"))

    background: dict[int, str] = {}  # sentence → the rule that makes all of it background

    def old_only(sentence: int) -> str | None:
        rows = by_sentence.get(sentence)
        if not rows or any(r[2] is None for r in rows) or day_word(sentence):
            return None
        return f"background-old:{min(r[2] for r in rows if r[2] is not None)}"

    labelled: set[int] = set()  # sentences where a trigger was found background

    def opens_history(sentence: int) -> bool:
        """An old-only sentence that can carry its history on: it opens with its date ("في
        سنة 1974 , طالب ...") or a trigger of it was found background."""
        lo = words.sentence_range(sentence)[0]
        return sentence in labelled or min(r[0] for r in by_sentence[sentence]) < lo + cues.opening

    def carried(sentence: int) -> str | None:
        """The background rule of a whole sentence: old dates only, or a plain sentence
        after one in the same paragraph (walked back over plain sentences)."""
        if sentence in background:
            return background[sentence] or None
        rule = old_only(sentence)
        k = sentence
        while rule is None and k > 0 and k not in by_sentence and not day_word(k) and not toll(k) \
                and "\n" not in doc.text[words.sentences[k - 1][1] - 1:words.sentences[k][0]] \
                and item_of(words.sentences[k][0]) == item_of(words.sentences[k - 1][0]):
            # (a list page's or a ticker's item carries no history from the item before it:
            # "هربت من سوريا في عام 2012 …" then the next glued headline "قصفوا … في عزاز", ITEMS23)
            k -= 1
            if k in background:
                rule = background[k] or None
                break
            if k in by_sentence:
                rule = old_only(k) if opens_history(k) else None
                break
        if rule is not None and k != sentence:
            rule = "background-carry:" + rule.rsplit(":", 1)[1]
        background[sentence] = rule or ""
        return rule

    starts = sorted(c.first for c in cands)
    cued: dict[tuple[int, int], list[int]] = {}  # (cue, sentence) → its words the cue matches

    def cue_between(cue: re.Pattern[str], lo: int, hi: int, sentence: int) -> bool:
        """Whether a word in ``[lo, hi)`` of ``sentence`` matches ``cue``: each sentence read
        once a cue, not once a trigger and date (a ticker run into one sentence has hundreds)."""
        first, end = words.sentence_range(sentence)
        if lo >= hi or lo < first or hi > end:
            return any(cue.match(ws[k].text) for k in range(lo, hi))
        at = cued.get((id(cue), sentence))
        if at is None:
            at = cued[id(cue), sentence] = [k for k in range(first, end) if cue.match(ws[k].text)]
        k = bisect_left(at, lo)
        return k < len(at) and at[k] < hi

    def owned_by_other(cand: Any, row: tuple[int, int, int | None]) -> bool:
        """A date after the trigger with another trigger in between dates that one: "توقيف
        4 أشخاص على خلفية اعتداء تاليس 2015" (a date before it opens the clause for all)."""
        k = bisect_right(starts, cand.first)
        return row[0] >= cand.last and k < len(starts) and starts[k] < row[0]

    for cand in cands:
        if cand.context:
            continue
        rule = carried(cand.sentence) or None
        rows = by_sentence.get(cand.sentence)
        if rows and (rule is not None or any(r[2] is not None for r in rows)):
            # the nearest date, one after the trigger on a tie (an adjunct follows its verb:
            # "قال اليوم إن التنظيم سيطر على المدينة في عام 2014")
            # (a date before "إن/أن" is the saying's: "قال اليوم إن التنظيم سيطر ... عام 2014")
            own = [r for r in rows if r[0] >= cand.first
                   or not cue_between(cues.complementizer, r[1], cand.first, cand.sentence)] or rows
            dist, _, row = min(((max(r[0] - cand.last + 1, cand.first - r[1] + 1, 0), r[0] < cand.first, r)
                                for r in own), key=lambda t: (t[0], t[1]))
            after = row[0] >= cand.last
            if owned_by_other(cand, row) or (after and cue_between(cues.relative, cand.last, row[0], cand.sentence)):
                rule = None  # "عند حاجز قلنديا الذي أقامه الجيش عقب انتفاضة 2000"
            elif rule is not None and rule.startswith("background-old") and dist > (
                    cues.window if after else cues.reach):
                rule = None  # an old date far after the trigger dates something else, and one
                # far before it may open another item of a digest run into one sentence
            elif rule is None and row[2] is not None and dist <= cues.window:
                rule = f"background-near:{row[2]}"
        if rule:
            labelled.add(cand.sentence)
            cand.context.append("historical")
            cand.context_rules.append(f"historical:{rule}")


def aggregate_context(words: Words, cands: list, cues: BackgroundCues | None = None) -> None:
    """Label ``historical`` (``historical:aggregate:N``) the triggers of a sentence that gives a
    death toll of ``aggregate_min`` or more with no town and no day: "سقوط أكثر من خمسة وعشرين
    ألف شهيد"، "قتل عشرات الآلاف في هذا التمرد"، "مقتل 18917 امرأة على يد القوات الحكومية"
    count a war or a campaign, no happening. A toll that large for one happening names where
    it struck or when ("مقتل 1400 مدني في الغوطة الشرقية يوم الأربعاء")."""
    if not cands:
        return
    cues = cues or background_cues()
    doc, ws = words.doc, words.words
    big: dict[int, int] = {}  # sentence → its largest toll of the dead
    for sp in doc.spans_of("CASUALTY"):
        value = sp.value if isinstance(sp.value, dict) else {}
        count = value.get("count")
        if value.get("kind") == "killed" and isinstance(count, int) and count >= cues.aggregate_min:
            first, _ = words.index_of(sp.start, sp.end)
            if first < len(ws):
                s = ws[first].sentence
                big[s] = max(big.get(s, 0), count)
    if not big:
        return
    tied: dict[int, bool] = {}  # sentence → names a town or a day

    def tied_to_one(sentence: int) -> bool:
        if sentence not in tied:
            lo, hi = words.sentence_range(sentence)
            start, end = ws[lo].start, ws[hi - 1].end
            tied[sentence] = any(cues.day_words.match(ws[k].text) for k in range(lo, hi)) or any(
                start <= sp.start < end and isinstance(sp.value, dict) and (
                    (sp.label == "PLACE" and sp.value.get("kind") not in BROAD_KINDS)
                    or (sp.label == "DATE" and names_day(sp.value) and not sp.value.get("dateline")))
                for sp in doc.spans_of("PLACE", "DATE"))
        return tied[sentence]

    for cand in cands:
        if cand.context or cand.sentence not in big or tied_to_one(cand.sentence):
            continue
        cand.context.append("historical")
        cand.context_rules.append(f"historical:aggregate:{big[cand.sentence]}")


# --- a page that is itself a chronology: its dated items are its content, not history --------

@dataclass(frozen=True, slots=True)
class ListCues:
    openers_min: int  # dated item lines a page needs to be a chronology
    mark: re.Pattern[str]  # what follows an item's opening date: a colon or a dash
    clears: re.Pattern[str]  # the historical rules an item is freed of


@cache
def list_cues() -> ListCues:
    raw = (_read("context.yaml").get("genre") or {}).get("list_items") or {}
    return ListCues(openers_min=int(raw.get("openers_min", 3)),
                    mark=re.compile(raw.get("mark", r"[ \t]*[:\-–—]")),
                    clears=re.compile(raw.get("clears", r"^historical:(?:background-|year)")))


def list_item_lines(doc: Any, cues: ListCues | None = None) -> list[tuple[int, int]]:
    """The (start, end) character ranges of the dated item lines of a chronology page: lines
    that open with a day date followed by a colon or a dash ("7 يوليو / تموز : الجيش يؤكد
    مقتل ..."); empty unless the page has ``openers_min`` of them (one dated line opening with
    a colon is a report's lead, not a list)."""
    cues = cues or list_cues()
    text = doc.text
    items: list[tuple[int, int]] = []
    for sp in doc.spans_of("DATE"):
        value = sp.value if isinstance(sp.value, dict) else {}
        if value.get("dateline") or value.get("grain") != "day":
            continue
        line = text.rfind("\n", 0, sp.start) + 1
        if text[line:sp.start].strip() or not cues.mark.match(text, sp.end):
            continue
        end = text.find("\n", sp.end)
        items.append((sp.start, len(text) if end < 0 else end))
    return items if len(items) >= cues.openers_min else []


def list_item_context(words: Words, cands: list, cues: ListCues | None = None) -> None:
    """On a chronology page (:func:`list_item_lines`), clear the ``historical`` label of the
    triggers in its dated items: "1 يوليو / تموز : مقتل عشرات الجنود في سلسلة هجمات ... في
    مدينتي رفح والشيخ زويد" is one of the page's happenings, though a series and years before
    the page. Only the rules ``list_items.clears`` names are lifted (an old date, a series):
    a trend or a habit told in an item ("تصاعد عمليات الاعتقال منذ بداية سبتمبر") and a war's
    toll (``historical:aggregate``) stay ruled out; a report with a history paragraph (no run
    of dated lines) is left alone. An ambiguous trigger (هجمات، اعتداءات) is left as it was."""
    if not cands:
        return
    flagged = [c for c in cands if "historical" in c.context]
    if not flagged:
        return
    items = list_item_lines(words.doc, cues)
    if not items:
        return
    cues = cues or list_cues()
    starts = [s for s, _ in items]
    ws = words.words
    for cand in flagged:
        history = [r for r in cand.context_rules if r.startswith("historical:")]
        if cand.kind.id.endswith("_ambiguous") or not all(cues.clears.match(r) for r in history):
            continue  # an ambiguous word (اعتداءات، هجمات) freed alone may carry its item's
            # killing into a group dropped for want of an actor; the item's plain trigger is freed
        at = ws[cand.first].start
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= items[k][1]:
            continue
        cand.context[:] = [c for c in cand.context if c != "historical"]
        cand.context_rules[:] = [r for r in cand.context_rules if not r.startswith("historical:")]
        cand.context_rules.append("list-item")
