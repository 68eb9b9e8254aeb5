"""Precision, session 10: triggers that tell a habit, a standing campaign, a label or a plan,
not a happening of the report. Sentences written for these tests in the style of the reports;
the whole pipeline runs, with the confidence filter off (these are rules, not the model).

* a habit told by an adverb ("بين الحين والآخر"، "بين الفينة والأخرى"، "من حين لآخر"، "مراراً"،
  "بشكل متكرر"، "يومياً") next to the trigger is no one happening (genre.py,
  ``historical:generic-habit``), unless the sentence names a day or a toll;
* a definite noun with a continuity adjective ("القصف الجوي المستمر"، "الاعتداءات المتصاعدة"،
  "الغارات اليومية") names the standing campaign, not a happening
  (``historical:generic-ongoing``); "اشتباكات مستمرة" (indefinite) still tells a fight of now;
* a label given to something ("وصف ... بأنه عدوان") is no attack, a video caption ("شاهد بالفيديو
  لحظة التفجير") names the happening its footage shows, and a meeting a strike hit ("قصفت
  اجتماعاً لقادة التنظيم") is no meeting (context.yaml ``reference``);
* a battle prepared for or awaited ("استعداد النظام لمعركة"، "بانتظار بدء معركة"، "تمهيداً
  لاقتحام") has not happened (context.yaml ``future``).
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


# (name, type, a sentence whose trigger tells no happening, a close one that tells one)
NOT_HAPPENINGS = [
    ("habit-between-times", "ASSAULT",
     "وتقوم قوات النظام بين الحين والآخر بقصف بلدة كفرنبل بقذائف المدفعية .",
     "وقصفت قوات النظام بلدة كفرنبل بقذائف المدفعية مساء الثلاثاء ."),
    ("habit-now-and-then", "COERCE",
     "ويقول أهالي المنطقة إن الشرطة العسكرية تشن بين الفينة والأخرى حملة اعتقالات في بلدة مارع .",
     "ويقول أهالي المنطقة إن الشرطة العسكرية شنت أمس حملة اعتقالات في بلدة مارع ."),
    ("habit-repeatedly", "ASSAULT",
     "وتتعرض بلدة كفرنبل لقصف مدفعي بشكل متكرر من مواقع قوات النظام في معسكر الحامدية .",
     "وتعرضت بلدة كفرنبل لقصف مدفعي من مواقع قوات النظام في معسكر الحامدية صباح اليوم ."),
    ("ongoing-masculine", "ASSAULT",
     "وقتل مدنيان في غارة على بلدة سراقب أمس . ويعاني سكان بلدة كفرنبل من نقص الغذاء بسبب القصف"
     " الجوي المستمر على بلدة كفرنبل .",
     "وقتل مدنيان في غارة على بلدة سراقب أمس . وقتل ثلاثة مدنيين في قصف جوي على بلدة كفرنبل"
     " ظهر اليوم ."),
    ("ongoing-escalating", "ASSAULT",
     "وقال المتحدث إن الأهالي يقفون صفا واحدا في وجه الاعتداءات الإسرائيلية المتصاعدة على مدينة القدس .",
     "وأصيب شابان في اعتداء نفذه مستوطنون على بلدة حوارة جنوب نابلس صباح اليوم ."),
    ("label", "ASSAULT",
     "ووصف وزير الخارجية السوري دخول القوات التركية إلى مدينة عفرين بأنه عدوان سافر على سوريا .",
     "وشنت الطائرات التركية غارات على مدينة عفرين فجر اليوم ."),
    ("preparing", "ASSAULT",
     "وتحدثت مصادر موالية عن استعداد قوات النظام لمعركة حاسمة في مدينة حلب .",
     "وتحدثت مصادر موالية عن معركة عنيفة خاضتها قوات النظام في مدينة حلب أمس ."),
    ("awaiting", "ASSAULT",
     "وتحتشد وحدات كبيرة من الجيش العراقي على محور الخازر بانتظار بدء معركة تحرير مدينة الموصل .",
     "وخاضت وحدات كبيرة من الجيش العراقي معركة عنيفة على أطراف مدينة الموصل أمس ."),
    ("video-caption", "ASSAULT",
     "شاهد بالفيديو لحظة التفجير الذي استهدف سوق مدينة إعزاز .",
     "وقتل خمسة مدنيين في التفجير الذي استهدف سوق مدينة إعزاز أمس ."),
    ("meeting-struck", "CONSULT",
     "وقال مسؤول إن الطائرات الحربية قصفت اجتماعا لقادة تنظيم داعش في مدينة الميادين .",
     "وعقد قادة تنظيم داعش اجتماعا في مدينة الميادين أمس ."),
]


@pytest.mark.parametrize(("name", "plover", "generic", "specific"), NOT_HAPPENINGS,
                         ids=[c[0] for c in NOT_HAPPENINGS])
def test_no_happening_is_left_out(name: str, plover: str, generic: str, specific: str) -> None:
    assert [e for e in _events(generic, plover) if e.sentence_start > 0 or "سراقب" not in generic] == []
    assert _events(specific, plover)


# a habit told with a day or a toll, a fight "مستمرة" told now, a strike made to prepare an
# assault and the strike that hit a meeting are happenings of the report
KEPT = [
    ("habit-with-toll", "ASSAULT",
     "وتقصف قوات النظام بين الحين والآخر بلدة كفرنبل وقتل في قصف أمس ثلاثة مدنيين ."),
    ("ongoing-indefinite", "ASSAULT",
     "واندلعت اشتباكات مستمرة بين الفصائل وقوات النظام على أطراف بلدة اللطامنة ."),
    ("strike-to-prepare", "ASSAULT",
     "واستعدادا للهجوم شنت الطائرات الحربية غارات على مدينة اللطامنة أمس ."),
    ("the-strike-on-the-meeting", "ASSAULT",
     "وقال مسؤول إن الطائرات الحربية قصفت اجتماعا لقادة تنظيم داعش في مدينة الميادين ."),
]


@pytest.mark.parametrize(("name", "plover", "text"), KEPT, ids=[c[0] for c in KEPT])
def test_told_happening_is_kept(name: str, plover: str, text: str) -> None:
    assert _events(text, plover)


def test_rules_name_the_signal() -> None:
    assert any("historical:generic-habit:" in r for r in _rules(NOT_HAPPENINGS[0][2]))
    assert any("future:" in r for r in _rules(NOT_HAPPENINGS[6][2]))
    assert any("reference:" in r for r in _rules(NOT_HAPPENINGS[5][2]))


def test_an_intention_is_no_happening() -> None:
    # the intention's noun labels what it takes, a verbal noun or a light verb's frame, future
    for text in ("وأكدت الحكومة التركية عزمها شن هجوم على مدينة منبج .",
                 "وكان الرئيس قد أعلن نيته عقد مباحثات مع نظيره الروسي ."):
        assert any("future:" in r for r in _rules(text)), _rules(text)
