"""Precision, session 12: words that tell no event of their own type. Sentences written for
these tests in the style of the reports; the whole pipeline runs, with the confidence filter
off (these are rules, not the model).

* a storming told in the sentence of the fight or attack it was part of ("اشتباكات ... كقوات
  موالية تقتحم الجانب الشرقي"، "اقتحموا منزل الضابط وأطلقوا النار عليه") is a step of that
  violence, not a raid (COERCE) beside it (detect.py, ``raid_in_violence``); a raid told alone
  or with the arrest it made stays;
* a frame opened by a verbal noun in a construct with a definite noun ("دخول القوات العراقية
  إلى كركوك") names a known happening as a noun does: after "قبل"، "بعد" it dates another
  happening (context.yaml ``reference``, detect.py ``_referential``); "دخول قوات" (indefinite)
  is still told;
* forces that "meet with" forces ("والتقت مع القوات المحاصرة") link up: no meeting.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, published=None)


def _rules(text: str) -> list[str]:
    return [sp.rule for sp in extract(text).spans_of("TRIGGER")]


# (name, type, a sentence whose trigger tells no event of that type, a close one that tells one)
NOT_OF_THIS_TYPE = [
    ("storming-in-clashes", "COERCE",
     "ودارت اشتباكات عنيفة في بلدة مورك بينما كانت قوات النظام تقتحم الجانب الغربي من البلدة .",
     "واقتحمت قوات النظام بلدة مورك فجر اليوم وفتشت عددا من المنازل ."),
    ("storming-with-killing", "COERCE",
     "وقالت مصادر محلية إن مسلحين اقتحموا منزل مختار قرية الحدادية وقتلوا ابنه فجر اليوم .",
     "وقالت مصادر محلية إن مسلحين اقتحموا منزل مختار قرية الحدادية فجر اليوم وسرقوا محتوياته ."),
    ("entry-before", "MOBILIZE",
     "وقبل دخول القوات العراقية إلى مدينة كركوك عقد القادة الأكراد اجتماعا في السليمانية .",
     "وأعلن مسؤول عسكري أمس دخول قوات عراقية إلى مدينة كركوك ."),
    ("link-up", "CONSULT",
     "وتقدمت قوات النظام نحو ريف دير الزور الغربي والتقت مع القوات المحاصرة في اللواء 137 .",
     "والتقى وزير الدفاع الروسي مع نظيره السوري في دمشق أمس ."),
]


@pytest.mark.parametrize(("name", "plover", "none", "told"), NOT_OF_THIS_TYPE,
                         ids=[c[0] for c in NOT_OF_THIS_TYPE])
def test_no_event_of_this_type(name: str, plover: str, none: str, told: str) -> None:
    assert _events(none, plover) == []
    assert _events(told, plover)


def test_the_fight_is_still_told() -> None:
    assert _events(NOT_OF_THIS_TYPE[0][2], "ASSAULT")
    assert _events(NOT_OF_THIS_TYPE[1][2], "ASSAULT")


def test_a_raid_with_its_arrest_beside_a_fight_stays() -> None:
    # the raid that made arrests is an arrest, even with clashes in its sentence
    text = ("واقتحمت قوات الاحتلال بلدة بيت أمر صباح اليوم واعتقلت ثلاثة شبان , واندلعت مواجهات"
            " مع الأهالي أصيب خلالها شاب بالرصاص .")
    assert _events(text, "COERCE")


def test_rules_name_the_signal() -> None:
    assert any("reference:raid-in-violence" in r for r in _rules(NOT_OF_THIS_TYPE[0][2]))
    assert any("reference:" in r for r in _rules(NOT_OF_THIS_TYPE[2][2]))


def test_a_raid_in_another_clause_or_beside_a_figure_stays() -> None:
    # "فيما" opens another happening; an explosion of a crisis is no violence a storming is part of
    apart = ("وقتل ثلاثة مدنيين في اشتباكات بحي الكرادة , فيما داهمت قوة أمنية منزلا في حي البنوك"
             " فجر اليوم .")
    figure = "وانفجرت الأزمة السياسية في البلاد بعد أن اقتحم آلاف المتظاهرين مبنى البرلمان أمس ."
    assert _events(apart, "COERCE")
    assert not any("raid-in-violence" in r for r in _rules(figure))
