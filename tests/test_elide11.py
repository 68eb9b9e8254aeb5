"""ELIDE11 (session 11): an elided second count after the first count's own place ("قتل خمسة
مدنيين في سراقب و3 في بنش"، "سقط قتيلان في X وثالث في Y") is its own casualty figure, so each town's
event gets its own toll (``tolls.place_tolls``). Sentences written for these tests in the style of
the reports; each rule with a close sentence it must leave alone."""
from __future__ import annotations

import pytest

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


# close cases: what follows و is a counted noun of its own, or an ordinal of days, not people
NOT_BARE = "قتل سبعة مدنيين في بلدة كفرنبل و4 منازل في مدينة معرة النعمان جراء غارات جوية روسية ."
NOT_ORDINAL = "سقط قتيلان في مدينة درعا وثالث أيام العيد في بلدة طفس ."


@pytest.mark.parametrize("text, second", [(BARE, 4), (WORD, 2), (ORDINAL, 1)])
def test_elided_count_is_its_own_figure(text, second):
    assert _casualties(text)[1] == ("killed", second)


@pytest.mark.parametrize("text", [NOT_BARE, NOT_ORDINAL])
def test_a_number_or_ordinal_of_other_things_is_no_elided_count(text):
    assert len(_casualties(text)) == 1


def test_each_town_takes_its_own_elided_count():
    tolls = _tolls(BARE)
    assert sorted(v for v in tolls.values() if v) == [4, 7]
    assert sorted(v for v in _tolls(NOT_BARE).values() if v) == [7]


def test_own_verb_is_no_elided_count():
    assert _casualties(OWN_VERB) == [("killed", 7), ("injured", 4)]


# a list that goes on after a comma, "وآخر": one more
LIST = "قتل ثلاثة مدنيين في بلدة سراقب واثنين في بلدة بنش , وآخر في بلدة تفتناز بغارات روسية ."
# the second count's town is not read as a place: the elided counts are no toll of the first town
NO_TOWN = ("قالت مصادر طبية إن ثلاثة أشخاص قتلوا في بلدة الحراك واثنين في بلدة الكرك , وآخر في "
           "بلدة المسيفرة جراء القصف .")


def test_list_goes_on_after_a_comma():
    assert _casualties(LIST) == [("killed", 3), ("killed", 2), ("killed", 1)]
    # "وآخر" opening a clause of its own after the comma is no count
    assert _casualties("قتل ثلاثة مدنيين في بلدة سراقب , وآخر الغارات كانت على بنش .") == [("killed", 3)]


def test_elided_counts_after_the_first_towns_are_read():
    # that such a count is never another event's toll: test_debt16.py
    assert _casualties(NO_TOWN) == [("killed", 3), ("killed", 2), ("killed", 1)]
