"""SPEED21: a document's mentions searched by type and day (rasd.events.candidates), spans of a
sentence found by bisection (Document.within): the same answers as a pass over every pair."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rasd.api
from rasd.cli.bench import huge_text
from rasd.document import Document, EventMention, Evidence, Meta
from rasd.events import build
from rasd.events.candidates import SMALL, Candidates, Kept, day_key

TYPES = ("ASSAULT", "AIRSTRIKE", "CONSULT")
DAY = date(2016, 3, 1)


@st.composite
def mentions(draw: st.DrawFn) -> EventMention:
    shift = draw(st.one_of(st.none(), st.integers(0, 40)))
    when = draw(st.sampled_from(["iso", "iso", "iso", "partial"]))
    event_date = None if shift is None else (
        (DAY + timedelta(days=shift)).isoformat() if when == "iso" else f"2016-0{shift % 9 + 1}")
    page = draw(st.booleans())
    evidence = [Evidence(0, 1, "x", "event_date", "date:told" + (build.PAGE_DATE if page else ""))]
    return EventMention(draw(st.sampled_from(TYPES)), 0, 1, event_date=event_date,
                        time_precision=draw(st.sampled_from([None, 1, 2, 3])), evidence=evidence)


def _can_match(e: EventMention, m: EventMention) -> bool:
    """What every pair test of the merge requires (build._compatible_anywhere): one type and,
    when both are dated, one time by build._same_time (read with the page's day too)."""
    return e.plover == m.plover and (not e.event_date or not m.event_date
                                     or build._same_time(e, m, page=True) or build._same_time(m, e))


@settings(max_examples=60, deadline=None)
@given(st.lists(mentions(), min_size=SMALL + 2, max_size=80), st.data())
def test_the_index_offers_every_mention_a_pair_test_can_pass_in_list_order(
        told: list[EventMention], data: st.DataObject) -> None:
    index = Candidates(window=build.WEEK_DAYS, marked=build._page_day)
    kept: list[EventMention] = []
    for m in told:
        offered = index.near(m)
        assert [e for e in kept if _can_match(e, m)] == [e for e in offered if _can_match(e, m)]
        position = {id(e): k for k, e in enumerate(kept)}
        order = [position[id(e)] for e in offered]
        assert order == sorted(order)
        assert index.near(m, reverse=True) == offered[::-1]
        assert {id(e) for e in index.marked_of(m)} == {
            id(e) for e in kept if e.plover == m.plover and build._page_day(e)}
        kept.append(m)
        index.add(m)
        if data.draw(st.booleans()):  # a merge changes a kept mention's day: the index follows
            moved = data.draw(st.sampled_from(kept))
            moved.event_date = data.draw(st.sampled_from([None, "2016-03-09", "2016-04-20", "2016-04"]))
            moved.evidence = []
            index.moved(moved)


def test_a_day_key_is_the_iso_days_ordinal_or_the_string_itself() -> None:
    assert day_key("2016-03-01") == date(2016, 3, 1).toordinal()
    assert day_key("2016-03") == "2016-03"
    assert day_key(None) is None and day_key("") is None


def test_a_fold_reads_only_its_own_keys_mentions_and_replaces_in_place() -> None:
    a, b, c = (EventMention(t, 0, 1, notes=n) for t, n in (("ASSAULT", "a"), ("AIRSTRIKE", "b"), ("ASSAULT", "c")))
    kept = Kept()
    for m in (a, b, c):
        kept.keep(m, m.plover)
    assert kept.of_key("ASSAULT") == [a, c] and kept.of_key("PROTEST") == []
    d = EventMention("ASSAULT", 0, 1, notes="d")
    kept.replace(c, d, "ASSAULT")
    assert kept.kept == [a, b, d] and kept.of_key("ASSAULT") == [a, d]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.sampled_from("ABC")), max_size=40),
       st.integers(0, 70), st.integers(0, 70))
def test_within_finds_the_spans_a_pass_over_them_finds(spans: list[tuple[int, int, str]], lo: int, hi: int) -> None:
    doc = Document(Meta(id="t"), raw="x" * 80)
    for start, size, label in spans:
        doc.add(start, start + size, label, stage="t", rule="r")
    for labels in (("A",), ("A", "B"), ("C", "A", "B"), ("D",)):
        expected = [s for s in doc.spans_of(*labels) if s.start >= lo and s.end <= hi]
        assert list(doc.within(lo, hi, *labels)) == expected


def _strikes(count: int) -> str:
    """Strikes on five towns, told of days and (every third) of a month only: a month is one
    week's grain away from the days told in it (build._same_time)."""
    towns = ["حلب", "إدلب", "حماة", "درعا", "دوما"]
    months = ["آذار", "نيسان"]

    def sentence(k: int) -> str:
        if k % 3 == 2:
            return (f"وشهدت بلدة {towns[k % 5]} قصفا جويا خلال شهر {months[k % 2]} 2016 "
                    f"أدى إلى مقتل {k % 4 + 2} مدنيين.")
        return (f"قصفت طائرات حربية بلدة {towns[k % 5]} يوم {k % 9 + 1} {months[k % 2]} 2016 "
                f"ما أدى إلى مقتل {k % 4 + 2} مدنيين.")
    return " ".join(map(sentence, range(count)))


def _pairwise(monkeypatch: pytest.MonkeyPatch) -> None:
    """The indexes answer with every mention kept so far: the merge's pass over every pair."""
    add = Candidates.add

    def add_every(self: Candidates, m: EventMention) -> None:
        self.__dict__.setdefault("every", []).append(m)
        add(self, m)

    def every(self: Candidates, m: EventMention, reverse: bool = False) -> list[EventMention]:
        told = self.__dict__.get("every", [])
        return told[::-1] if reverse else list(told)

    monkeypatch.setattr(Candidates, "add", add_every)
    monkeypatch.setattr(Candidates, "near", every)
    monkeypatch.setattr(Candidates, "near_placed", every)  # the search by place too (ROBUST27)
    monkeypatch.setattr(Candidates, "of_type", every)
    monkeypatch.setattr(Candidates, "marked_of", lambda self, m: [
        e for e in self.__dict__.get("every", []) if e.plover == m.plover and build._page_day(e)])
    monkeypatch.setattr(Kept, "of_key", lambda self, key: list(self.kept))


def test_a_page_of_dated_strikes_gives_the_events_the_pairwise_merge_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _strikes(60)
    indexed = [e.to_dict() for e in rasd.api.extract(text, published="2016-04-20").events]
    assert len(indexed) > SMALL
    _pairwise(monkeypatch)
    assert [e.to_dict() for e in rasd.api.extract(text, published="2016-04-20").events] == indexed


def test_the_pairwise_stand_in_is_not_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in above does answer otherwise than the index: a mention a week and more away."""
    far = [EventMention("ASSAULT", 0, 1, event_date=(DAY + timedelta(days=k * 9)).isoformat()) for k in range(SMALL + 1)]
    index = Candidates(far, window=build.WEEK_DAYS)
    assert index.near(far[0]) == [far[0]]
    _pairwise(monkeypatch)
    assert Candidates(far, window=build.WEEK_DAYS).near(far[0]) == far


def test_a_huge_page_is_made_of_the_same_text_each_time() -> None:
    pytest.importorskip("rasd.datasets")
    try:
        first = huge_text(3000, "lines")
    except FileNotFoundError:
        pytest.skip("UnifiedFC not available")
    assert first == huge_text(3000, "lines") and 2500 < len(first) <= 3000
    assert "\n" not in huge_text(3000, "ticker")
