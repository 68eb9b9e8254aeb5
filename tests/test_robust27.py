"""Cost of huge pages (ROBUST27): look-ups that replace a scan per trigger of a run-on sentence,
and the merge's search by place. Each index answers as the scan it replaces; the reference
scans are written out here and compared on small inputs (no timing is asserted)."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.api import extract
from rasd.document import EventMention
from rasd.events.arguments import (
    Annotations,
    TargetSpots,
    _coarser,
    _place_key,
    container_test,
    near,
    same_target,
)
from rasd.events.build import _compatible
from rasd.events.candidates import SMALL, Candidates
from rasd.events.lexicon import lexicon
from rasd.events.place_clauses import CLAUSE_GAP, parallel_targets, sentence_triggers
from rasd.events.tokens import Words
from rasd.events.tolls import _pers_in
from rasd.kb.places import _valued_by_sentence

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

ARREST = "أفرجت السلطات عن الصحفي بعد احتجازه لثلاثة أيام في النجف"


def _doc_words(text: str) -> tuple[object, Words, Annotations]:
    doc = extract(text, published="2017-05-02")
    words = Words(doc)
    return doc, words, Annotations(doc, words)


# --- Words.hits: the last / first matching word of a range, as a scan finds it ---------------

@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["إن", "أن", "قال", "بأن", "الجيش", "و", "إنه"]), min_size=1, max_size=30),
       st.integers(0, 30), st.integers(0, 30))
def test_last_and_first_hit_answer_as_a_scan(tokens: list[str], lo: int, hi: int) -> None:
    doc = extract(" ".join(tokens), published="2017-05-02")
    words = Words(doc)
    pattern = __import__("re").compile(r"^(?:إن|أن|بأن)$")
    scan_last = next((k for k in range(hi - 1, lo - 1, -1) if k < len(words)
                      and pattern.match(words.words[k].text)), -1)
    scan_first = next((k for k in range(lo, hi) if k < len(words) and pattern.match(words.words[k].text)), hi)
    assert words.last_hit(pattern, lo, hi) == scan_last
    assert words.first_hit(pattern, lo, hi) == scan_first


# --- Annotations.in_window: a sentence's places near a trigger, as the filter finds them -------

def test_places_in_a_window_are_the_sentences_places_filtered() -> None:
    text = ("قصفت الطائرات بلدات كفرنبل وخان شيخون ومعرة النعمان وسراقب ، ثم قصفت المدفعية "
            "مدينة حماة وبلدة اللطامنة وقرية مورك في ريف حماة الشمالي .")
    _doc, words, ann = _doc_words(text)
    assert len(ann.in_sentence(ann.places, 0)) >= 5
    for low in range(-5, len(words) + 5, 3):
        for high in range(low, len(words) + 5, 4):
            expected = [p for p in ann.in_sentence(ann.places, 0) if low <= p.first <= high]
            assert ann.in_window(ann.places, 0, low, high) == expected
    assert ann.last_first(ann.places, 0) == max(p.first for p in ann.in_sentence(ann.places, 0))
    assert ann.last_first(ann.places, 5) == -1  # no such sentence: nothing in it


# --- parallel_targets: the opener of each later list, as the old scan over the triggers -------

def _parallel_reference(words: Words, plover: str, after: int, rest: list, listed: Callable,
                        event_type: str | None = None) -> list:
    """parallel_targets as written before ROBUST27 (a pass over the sentence's triggers)."""
    from rasd.events.place_clauses import _second_clause, clause_cues

    if not rest:
        return []
    sentence = rest[0][0].sentence
    contrast = clause_cues().contrast
    triggers = [t for t in sentence_triggers(words, lexicon(), sentence) if t[2] == plover and t[0] >= after
                and (event_type is None or t[3] == event_type)]
    out: list = []
    i = 0
    while i < len(rest):
        p = rest[i][0]
        opener = next((t for t in reversed(triggers) if t[1] <= p.first and p.first - t[1] <= CLAUSE_GAP
                       and not any(words.words[k].ends_clause for k in range(t[1] - 1, p.first))), None)
        if opener is None or not _second_clause(words, contrast, after, opener[0]):
            i += 1
            continue
        out.append(rest[i])
        j = i + 1
        while j < len(rest) and listed(rest[j - 1][0], rest[j][0]):
            out.append(rest[j])
            j += 1
        after, i = rest[j - 1][0].last, j
        triggers = [t for t in triggers if t[0] >= after]
    return out


@pytest.mark.parametrize("text", [
    "قصفت الطائرات بلدة كفرنبل ، وقصفت المدفعية مدينة حماة وبلدة اللطامنة ، بينما قصفت الطائرات قرية مورك .",
    " و".join(["قصفت الطائرات مدينة حماة ، وقصفت المدفعية بلدة اللطامنة"] * 12) + " .",
    "استهدف الطيران قرية كفرعويد ، وقضى مدني بإلقاء برميل متفجر على مدينة معرة النعمان وسراقب .",
])
def test_parallel_targets_answer_as_the_scan_over_triggers(text: str) -> None:
    _doc, words, ann = _doc_words(text)
    rest = [(p, "plain") for p in ann.in_sentence(ann.places, 0)]
    assert rest, "the sentence names places"
    plovers = {t[2] for t in sentence_triggers(words, lexicon(), 0)}
    for plover in plovers:
        for after in range(0, len(words), 2):
            for listed in (lambda a, b: b.first - a.last <= 1, lambda a, b: False):
                assert parallel_targets(words, lexicon(), plover, after, rest, listed) == \
                    _parallel_reference(words, plover, after, rest, listed)


# --- the merge's search by place: the spots hold every place _compatible can accept ------------

def _places(rnd: random.Random, n: int) -> list[dict]:
    centres = [(36.2, 37.1), (35.1, 36.7), (33.5, 36.3), (69.5, 18.9)]  # Aleppo, Hama, Damascus, Tromsø
    kinds = ["town", "city", "village", "district", "airport", "region", "governorate", "country"]
    out = []
    for k in range(n):
        lat, lon = rnd.choice(centres)
        lat += rnd.uniform(-0.15, 0.15)
        lon += rnd.uniform(-0.25, 0.25)
        kind = rnd.choice(kinds)
        city = rnd.choice(["Aleppo", "Hama", "Damascus"])
        place = {"gazetteer_id": rnd.choice([f"g{k}", f"g{k % 7}", None]),
                 "name": f"{city} - Q{k % 5}" if kind == "district" else rnd.choice([city, f"T{k % 9}"]),
                 "kind": kind, "geo_precision": rnd.choice([1, 2, 3, None]),
                 "latitude": rnd.choice([lat, str(lat), None]) if k % 11 else "x", "longitude": lon,
                 "admin1": rnd.choice(["Aleppo", "Hama", None]), "country": "Syria"}
        if rnd.random() < 0.15:
            place["unresolved"] = True
        if rnd.random() < 0.2:
            place["within_id"] = f"g{rnd.randrange(7)}"
            place["tie"] = rnd.choice(["in", "list"])
        out.append(place)
    return out


def test_target_spots_file_every_place_near_or_of_one_key() -> None:
    rnd = random.Random(2701)
    places = _places(rnd, 160)
    spots = TargetSpots()
    filed = [set(spots.file(b)) for b in places]
    pairs = 0
    for a in places:
        asked = spots.ask(a)
        for b, spots_b in zip(places, filed, strict=True):
            if _place_key(a) == _place_key(b) or same_target(a, b) or near(a, b):
                pairs += 1
                assert asked is None or spots_b & set(asked), (a, b)
    assert pairs > len(places)  # near pairs were met, not only each place with itself
    assert spots.ask(None) is None and spots.file(None) == ("none",)
    # a town 50 km off shares no spot with Hama
    hama = {"gazetteer_id": "h", "kind": "city", "geo_precision": 1, "latitude": 35.13, "longitude": 36.75}
    far = {"gazetteer_id": "f", "kind": "town", "geo_precision": 1, "latitude": 35.58, "longitude": 36.75}
    close = {"gazetteer_id": "c", "kind": "town", "geo_precision": 1, "latitude": 35.16, "longitude": 36.78}
    assert not set(spots.file(far)) & set(spots.ask(hama))
    assert set(spots.file(close)) & set(spots.ask(hama))


def _mention(rnd: random.Random, place: dict | None) -> EventMention:
    return EventMention(plover="ASSAULT", sentence_start=0, sentence_end=1, event_type="Battles",
                        location=place, event_date=rnd.choice([None, "2017-05-01", "2017-05-09", "2017-06-01"]))


def test_near_placed_leaves_out_only_mentions_compatible_refuses() -> None:
    rnd = random.Random(2702)
    places = [*_places(rnd, 60), None, None]
    mentions = [_mention(rnd, rnd.choice(places)) for _ in range(4 * SMALL)]
    index = Candidates(window=7, spots=TargetSpots())
    plain = Candidates(window=7)
    for k, m in enumerate(mentions):
        for reverse in (False, True):
            expected = [e for e in plain.near(m, reverse) if _compatible(e, m)]
            assert [e for e in index.near_placed(m, reverse) if _compatible(e, m)] == expected
        index.add(m)
        plain.add(m)
        if k % 5 == 4:  # a merge moves a kept mention's place and day: both indexes hear of it
            moved = mentions[rnd.randrange(k)]
            moved.location, moved.event_date = rnd.choice(places), rnd.choice([None, "2017-05-03"])
            index.moved(moved)
            plain.moved(moved)


def test_container_test_answers_as_coarser() -> None:
    rnd = random.Random(2703)
    places = _places(rnd, 120)
    for a in places:
        holds = container_test(a)
        for b in places:
            assert (holds is not None and holds(b)) == _coarser(a, b), (a, b)


# --- tolls: the named victims of a sentence, read once per sentence ----------------------------

def test_named_victims_are_counted_in_a_run_on_sentence() -> None:
    one = "أدت الغارة إلى مقتل خالد العمر ومحمود الحسن في مدينة إدلب"
    doc = extract(" و".join([one] * 6) + " .", published="2017-05-02")
    assert doc.events and all(e.fatalities == 2 for e in doc.events if e.plover == "ASSAULT")
    # an attempt on a life is no death, however many times told
    doc = extract(" و".join(["فشلت محاولة اغتيال خالد العمر في مدينة إدلب"] * 6) + " .", published="2017-05-02")
    assert not any(e.fatalities for e in doc.events)


def test_pers_in_is_the_filter_of_the_documents_names() -> None:
    doc, words, _ann = _doc_words("أدت الغارة إلى مقتل خالد العمر في مدينة إدلب . وأدى القصف إلى مقتل محمود الحسن "
                                 "وسامر العلي في مدينة حلب .")
    spans = doc.spans_of("PERS")
    assert spans
    for start, end in words.sentences:
        assert sorted(map(id, _pers_in(words, start, end))) == sorted(id(p) for p in spans if start <= p.start < end)


# --- places: an unknown settlement's sentence, read from the resolved places by sentence -------

def test_valued_by_sentence_is_each_sentences_resolved_matches() -> None:
    class M:
        def __init__(self, sentence: int, value: object) -> None:
            self.sentence, self.value = sentence, value
    matches = [M(0, {"a": 1}), M(0, None), M(1, {"b": 2}), M(0, {"c": 3}), M(2, None)]
    got = _valued_by_sentence(matches)  # type: ignore[arg-type]
    assert got == {0: [matches[0], matches[3]], 1: [matches[2]]}


# --- whole pages: run-on sentences and pages of lines keep their spans -------------------------

@pytest.mark.parametrize("text", [
    " و".join([ARREST] * 40) + " .",
    "قصفت قوات النظام مدن حمص وتلبيسة وكفرزيتا وسراقب .\n"
    + "\n".join(f"قصفت قوات النظام قرية {v} ." for v in ("زعرور", "بطيحة", "كفرزمر", "دويرينة") * 10),
])
def test_huge_inputs_keep_their_evidence_on_the_text(text: str) -> None:
    doc = extract(text, published="2017-05-02")
    assert doc.events
    for e in doc.events:
        for ev in e.evidence:
            assert doc.text[ev.start:ev.end] == ev.text
