"""ELIDE11 (session 11): an elided second count after the first count's own place ("قتل خمسة
مدنيين في سراقب و3 في بنش"، "سقط قتيلان في X وثالث في Y") is its own casualty figure, so each town's
event gets its own toll (``tolls.place_tolls``). Sentences written for these tests in the style of
the reports; each is read again with the rule switched off, to show the test needs it."""
from __future__ import annotations

import pytest

import rasd.quantities.casualties as casualties
from rasd.quantities.extract import quantities_of
from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

# a bare number after و, its head noun understood, with its own place
BARE = "قتل سبعة مدنيين في بلدة كفرنبل و4 في مدينة معرة النعمان جراء غارات جوية روسية ."
# a number word
WORD = "وثق المرصد مقتل ستة أشخاص في دوما واثنين في حرستا بقصف مدفعي لقوات النظام ."
# an ordinal: one more
ORDINAL = "سقط قتيلان في مدينة درعا وثالث في بلدة طفس برصاص مجهولين ."
# not an elided count: its own verb, its own noun
OWN_VERB = "قتل سبعة مدنيين في بلدة كفرنبل وأصيب 4 في مدينة معرة النعمان بغارات جوية ."


def _casualties(text: str) -> list[tuple[str, int]]:
    return [(r.value["kind"], r.value["count"]) for r in quantities_of(text)
            if r.label == "CASUALTY"]


def _tolls(text: str) -> dict[str, int | None]:
    return {(e.location or {}).get("name"): e.fatalities for e in events_of(text, "ASSAULT",
                                                                            require=True)}


@pytest.mark.parametrize("text, second", [(BARE, 4), (WORD, 2), (ORDINAL, 1)])
def test_elided_count_is_its_own_figure(monkeypatch, text, second):
    assert _casualties(text)[1] == ("killed", second)
    monkeypatch.setattr(casualties, "ELIDED", False)
    assert len(_casualties(text)) == 1


def test_each_town_takes_its_own_elided_count(monkeypatch):
    tolls = _tolls(BARE)
    assert sorted(v for v in tolls.values() if v) == [4, 7]
    monkeypatch.setattr(casualties, "ELIDED", False)
    assert sorted(v for v in _tolls(BARE).values() if v) == [7]


def test_own_verb_is_no_elided_count():
    assert _casualties(OWN_VERB) == [("killed", 7), ("injured", 4)]
