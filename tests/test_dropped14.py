"""Recall, session 14: triggers found and dropped for want of an anchor (detect.py ``anchored``,
the ``light_verbs`` of context.yaml). Sentences written for these tests in the style of the
reports; the confidence filter is off (these are rules, not the model).

1. The two sides of a happening named right after its noun ("اشتباكات عنيفة بين ... و...")
   stand between the noun and its place: the anchor window reaches past them, to the
   clause's end (``sides`` in context.yaml).
2. The present تتواصل / تستمر says a fight is going on as the report is written, as تدور did:
   a light verb, so a definite noun with it tells a happening of its own.

Each has a close sentence the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, name_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


@pytest.mark.parametrize(("told", "town"), [
    ("وأفاد ناشطون بوقوع اشتباكات عنيفة بين وحدات من الجيش السوري ومقاتلين من فصائل المعارضة "
     "المسلحة في بلدة كفرنبل بريف إدلب .", "Kafranbel"),
    ("وذكر المرصد أن اشتباكات متقطعة بين عناصر تنظيم الدولة الإسلامية القادمين من عمق البادية "
     "الشرقية وقوات النظام تدور عند أطراف مدينة تدمر .", "Tadmur"),
])
def test_a_place_told_after_the_sides_anchors_the_happening(told, town):
    found = events_of(told, "ASSAULT", published=None)
    assert [name_of(e.location) for e in found] == [town]


@pytest.mark.parametrize("told", [
    # the place belongs to another clause ("فيما"): the sides' clause tells no place
    "ويتحدث ناشطون عن اشتباكات متفرقة بين الفصائل المسلحة وعناصر التنظيم في الشمال السوري "
    "فيما تعيش مدينة حمص هدوءا حذرا .",
    # no sides right after the noun: the place stays out of reach
    "ويرى محللون أن اشتباكات الفصائل المتكررة باتت أمرا معتادا لا يثير قلق الناس في الأحياء "
    "القديمة من مدينة حمص .",
])
def test_a_place_out_of_the_sides_clause_anchors_nothing(told):
    assert events_of(told, "ASSAULT", published=None) == []


def test_a_fight_going_on_is_told_by_the_present_continuation():
    found = events_of("وتتواصل الاشتباكات العنيفة في ريف حماة الشمالي .", "ASSAULT", published=None)
    assert len(found) == 1 and found[0].sub_event_type == "Armed clash"


def test_a_fight_that_will_go_on_is_no_happening():
    assert events_of("وستتواصل الاشتباكات العنيفة في ريف حماة الشمالي .", "ASSAULT", published=None) == []
