"""The quadratic cost of a run-on sentence of repeated killings (SPEED29, REVIEW28 #3): look-ups
that replace a scan per trigger (a clause end or comma between two words, a sentence's actors and
tolls within reach of a trigger, the trigger of a long group nearest a toll). Each answers as the
scan it replaces; the scans are written out here and compared on small inputs, and a hostile
sentence still yields the event its one line yields (no timing is asserted)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.api import extract
from rasd.events.arguments import Annotations
from rasd.events.build import REACH_SCAN, _distance, _Owned
from rasd.events.tokens import Words

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

KILLING = "قتل وجرح عدد من عناصر قوات النظام في اشتباكات مع الفصائل في حرستا"
TORTURE = "وفاة معتقل تحت التعذيب في فرع الأمن العسكري في مدينة تدمر"


# --- Words.clause_end_in / comma_in: a bisect in the marks, as the scan over the words ---------

@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["قتل", "مدني", "،", ",", ".", "؛", "في", "حلب", "و", ":"]), min_size=1, max_size=30),
       st.integers(0, 32), st.integers(0, 32))
def test_marks_between_two_words_answer_as_a_scan(tokens: list[str], lo: int, hi: int) -> None:
    words = Words(extract(" ".join(tokens), published="2017-05-02"))
    ws = words.words
    assert words.clause_end_in(lo, hi) == any(ws[k].ends_clause for k in range(lo, min(hi, len(ws))))
    assert words.comma_in(lo, hi) == any(ws[k].comma for k in range(lo, min(hi, len(ws))))


def test_a_comma_and_a_stop_are_found_where_they_stand() -> None:
    words = Words(extract("قتل مدني في حلب ، وجرح آخر في إدلب . ثم قصفت الطائرات دوما", published="2017-05-02"))
    comma = next(k for k, w in enumerate(words.words) if w.comma)
    stop = next(k for k, w in enumerate(words.words) if w.ends_clause)
    assert words.comma_in(0, comma + 1) and not words.comma_in(0, comma)
    assert words.clause_end_in(stop, stop + 1) and not words.clause_end_in(stop + 1, len(words))
    assert not words.clause_end_in(comma, comma + 1)  # a comma ends no clause


# --- Annotations.reaching: the actors and tolls near a trigger, as the filter finds them -------

def _annotated(text: str) -> tuple[Words, Annotations]:
    doc = extract(text, published="2017-05-02")
    words = Words(doc)
    return words, Annotations(doc, words)


def test_args_reaching_a_window_are_the_sentences_args_filtered() -> None:
    text = ("قتل خمسة مدنيين وجرح ثلاثة آخرون في قصف لقوات النظام على بلدة كفرنبل ، واشتبكت فصائل "
            "المعارضة مع تنظيم داعش في ريف حلب الشمالي ، وقتل عنصران من قوات سوريا الديمقراطية .")
    words, ann = _annotated(text)
    assert len(ann.in_sentence(ann.actors, 0)) >= 3 and len(ann.in_sentence(ann.casualties, 0)) >= 2
    for group in (ann.actors, ann.casualties, ann.places):
        for low in range(-20, len(words) + 5, 2):
            for high in range(low - 3, len(words) + 20, 3):
                expected = [a for a in ann.in_sentence(group, 0) if a.last > low and a.first < high]
                assert ann.reaching(group, 0, low, high) == expected


# --- _Owned._distance: a long group's nearest trigger by bisection, as the scan ---------------

def _group(rng: random.Random, n: int, rising: bool) -> list[SimpleNamespace]:
    group, first = [], rng.randrange(0, 5)
    for _ in range(n):
        last = first + rng.randrange(1, 4)
        group.append(SimpleNamespace(first=first, last=last))
        first = (last + rng.randrange(0, 4)) if rising else rng.randrange(0, 200)
    return group


def test_the_nearest_trigger_of_a_long_group_is_the_scans() -> None:
    rng = random.Random(29)
    owned = _Owned(words=None, whiles=[], events=[])  # type: ignore[arg-type]
    for trial in range(300):
        group = _group(rng, rng.randrange(1, 3 * REACH_SCAN), rising=trial % 4 != 0)
        for _ in range(20):
            first = rng.randrange(0, 220)
            arg = SimpleNamespace(first=first, last=first + rng.randrange(1, 5))
            assert owned._distance(arg, group) == _distance(arg, group)  # type: ignore[arg-type]


# --- a hostile sentence: the killing repeated hundreds of times in one sentence ---------------

def _told(line: str, n: int) -> list[tuple]:
    doc = extract(" و".join([line] * n) + " .", published="2016-01-01")
    return [(e.plover, e.event_type, e.sub_event_type, (e.actor1 or {}).get("id"), (e.actor2 or {}).get("id"),
             (e.location or {}).get("name"), e.fatalities) for e in doc.events]


@pytest.mark.parametrize("line", [KILLING, TORTURE])
def test_a_killing_repeated_in_one_sentence_is_the_event_its_line_tells(line: str) -> None:
    once = _told(line, 1)
    assert once and once[0][5] in ("Harasta", "Tadmur") and once[0][4] is not None
    assert _told(line, 300) == once


def test_a_killing_told_after_a_stop_is_read_on_its_own() -> None:
    """The close case: the same lines as two sentences keep each its own place."""
    doc = extract(f"{KILLING} . {TORTURE} .", published="2016-01-01")
    places = sorted((e.location or {}).get("name") for e in doc.events)
    assert places == ["Harasta", "Tadmur"]


# --- Annotations.before: the actors before a trigger, as the filter over the page's actors ----

def test_args_before_a_word_are_the_pages_args_filtered() -> None:
    text = ("شنت الطائرات الروسية غارات على مدينة دوما . وقصفت قوات النظام بلدة كفرنبل ، "
            "واشتبكت فصائل المعارضة مع تنظيم داعش في ريف حلب . وقتل عنصران من قوات سوريا الديمقراطية .")
    words, ann = _annotated(text)
    assert len({a.sentence for a in ann.actors}) >= 2
    last = words.words[-1].sentence
    for low in range(-2, last + 1):
        for sentence in range(max(low, 0), last + 1):
            for first in range(0, len(words) + 2, 3):
                expected = [a for a in ann.actors if low <= a.sentence <= sentence and a.first < first]
                assert ann.before(ann.actors, low, sentence, first) == expected


# --- _Owned._nearest: the owners of each toll of a run-on sentence, as the scan of every group ----

RAIDS = "شنت الطائرات الروسية غارات على مدينة دوما أسفرت عن مقتل خمسة مدنيين"
SHELLING = "قصفت المدفعية بلدة كفرنبل ما أدى إلى مقتل طفل , كما قصفت الطائرات سراقب"


@pytest.mark.parametrize("line", [RAIDS, SHELLING, KILLING])
def test_the_owners_of_a_run_on_sentences_tolls_are_the_scans(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read = _Owned._read
    seen = {"walked": 0}

    def both(self: _Owned, arg: object) -> frozenset[int]:
        got = read(self, arg)  # type: ignore[arg-type]
        if self.hull:
            seen["walked"] += 1
        monkeypatch.setattr(self, "_nearest", lambda _arg: None)
        try:
            assert read(self, arg) == got  # type: ignore[arg-type]
        finally:
            monkeypatch.delattr(self, "_nearest")
        return got
    monkeypatch.setattr(_Owned, "_read", both)
    extract(" و".join([line] * (2 * REACH_SCAN)) + " .", published="2016-01-01")
    if line is not KILLING:  # one group of many triggers there: no walk among groups
        assert seen["walked"] > 0


def test_raids_repeated_in_one_sentence_keep_the_aircraft_and_the_toll() -> None:
    once = _told(RAIDS, 1)
    assert once and once[0][3] is not None and once[0][6] == 5  # the Russian air force; five killed
    assert {row[:4] for row in _told(RAIDS, 200)} == {once[0][:4]}
