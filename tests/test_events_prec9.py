"""Precision, session 9: triggers that tell no happening of the report, and one happening told as
one event. Sentences written for these tests in the style of the reports; the whole pipeline runs.

* a class of happenings ("في معظم المعارك"، "أغلب الغارات") is no one happening (genre.py,
  ``historical:generic-most``);
* a fight named as an aim by the purpose lām ("لقتال تنظيم داعش") is no happening, whatever day
  the sentence names (``historical:generic-purpose``);
* people going out into the streets to flee or to celebrate an end are no protest
  (context.yaml ``sense``);
* a singular count noun (انفجار، هجوم، مجزرة، غارة) names one happening: one event, not one per
  town its sentence lists; a plural or a number before it keeps one per targeted town
  (build.py ``_one_happening_places``);
* what demonstrators demand is their protest's content, not a request of its own
  (build.py ``_without_protest_demands``).
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import events_of


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, published=None)


def _rules(text: str) -> list[str]:
    return [sp.rule for sp in extract(text).spans_of("TRIGGER")]


# (a sentence whose trigger tells a class, an aim or no protest; a close one that tells a happening)
NOT_HAPPENINGS = [
    ("most-protests", "PROTEST",
     "وشاركت الناشطة في أغلب تظاهرات حمص قبل أن تغادر إلى فرنسا .",
     "وشاركت الناشطة في تظاهرة في حمص يوم الجمعة قبل أن تغادر إلى فرنسا ."),
    ("purpose", "ASSAULT",
     "وقال التحالف الذي تقوده السعودية لقتال الحوثيين في اليمن يوم الأربعاء إنه سيبقي ميناء الحديدة مفتوحا .",
     "وقال التحالف يوم الأربعاء إن قتالا عنيفا اندلع مع الحوثيين في مدينة الحديدة ."),
    ("purpose-sent", "ASSAULT",
     "وأرسلت الحكومة قوات خاصة إلى مدينة الرقة لقتال التنظيم أمس .",
     "واندلع قتال عنيف بين القوات الحكومية وعناصر التنظيم في مدينة الرقة أمس ."),
    ("flee", "PROTEST",
     "وبعد الهزة الأرضية خرج السكان إلى الشوارع وأخلوا منازلهم في مدينة حلبجة مساء أمس .",
     "وخرج السكان إلى الشوارع احتجاجا على انقطاع الكهرباء في مدينة حلبجة مساء أمس ."),
    ("celebrate", "PROTEST",
     "وخرج المئات إلى شوارع مدينة دير الزور احتفالا بانتهاء الحصار .",
     "وخرج المئات إلى شوارع مدينة دير الزور احتجاجا على الحصار ."),
]


@pytest.mark.parametrize(("name", "plover", "generic", "specific"), NOT_HAPPENINGS,
                         ids=[c[0] for c in NOT_HAPPENINGS])
def test_no_happening_is_left_out(name: str, plover: str, generic: str, specific: str) -> None:
    assert _events(generic, plover) == []
    assert _events(specific, plover)


def test_rules_name_the_signal() -> None:
    assert any("historical:generic-most" in r for r in _rules(NOT_HAPPENINGS[0][2]))
    assert any("historical:generic-purpose" in r for r in _rules(NOT_HAPPENINGS[1][2]))


def test_the_mobilization_sent_to_fight_stays() -> None:
    assert _events(NOT_HAPPENINGS[2][2], "MOBILIZE")


def test_celebrating_a_day_of_the_revolution_is_still_a_protest() -> None:
    text = "وخرجت مظاهرات في مدينة إدلب يوم الجمعة احتفالا بذكرى انطلاق الثورة ."
    assert _events(text, "PROTEST")


def test_one_explosion_is_one_event_whatever_towns_its_sentence_lists() -> None:
    text = "وأسفر الانفجار عن مقتل 126 شخصا من أهالي الفوعة وكفريا ومضايا ."
    assert len(_events(text, "ASSAULT")) == 1


@pytest.mark.parametrize("text", [
    "وشنت الطائرات الحربية غارات على بلدات سراقب وكفرنبل وخان شيخون أمس .",
    "ونفذ الطيران الحربي نحو 30 غارة استهدفت بلدات سراقب وكفرنبل وخان شيخون أمس .",
], ids=["plural", "counted"])
def test_strikes_on_listed_towns_stay_one_per_town(text: str) -> None:
    assert len(_events(text, "ASSAULT")) == 3


def test_what_demonstrators_demand_is_their_protest() -> None:
    text = ("وخرجت مظاهرة في مدينة مارع بريف حلب الشمالي يوم الجمعة , وطالب خلالها المتظاهرون فصائل "
            "الجيش الحر باستعادة القرى التي سيطرت عليها الوحدات الكردية .")
    assert len(_events(text, "PROTEST")) == 1
    assert _events(text, "REQUEST") == []


def test_a_request_told_with_no_protest_stays() -> None:
    text = "وطالبت فصائل الجيش الحر يوم الجمعة قوات النظام بالانسحاب من مدينة مارع بريف حلب الشمالي ."
    assert _events(text, "REQUEST")


# talk about a battle or a strike, not a happening: expected, compared, a campaign's habit
TALK = [
    ("expected", "ويرى محللون أن معركة المعارضة المتوقعة في مدينة الباب ستكون عنيفة جدا ."),
    ("weighed", "وتحظى مدينة الشرقاط بأهمية كبرى بالنسبة لمعركة الموصل كونها تقع على طريق الإمداد ."),
]


@pytest.mark.parametrize(("name", "text"), TALK, ids=[c[0] for c in TALK])
def test_talk_about_a_battle_is_no_event(name: str, text: str) -> None:
    assert _events(text, "ASSAULT") == []


def test_a_habit_in_a_relative_clause_after_adjectives() -> None:
    text = "وتنتشر طائرات استطلاع في قاعدة إنجرليك لدعم الضربات الجوية التي يشنها التحالف الدولي في سوريا ."
    assert any("historical:generic-relative" in r for r in _rules(text))
    dated = "وقتل أربعة مدنيين في الغارات الجوية الروسية التي تشنها الطائرات على بلدة كفرنبل منذ فجر اليوم ."
    assert _events(dated, "ASSAULT")


def test_a_battle_and_the_town_it_won_are_one_event() -> None:
    text = ("واندلعت اشتباكات عنيفة بين قوات النظام وعناصر تنظيم داعش داخل مدينة البوكمال أمس . "
            "وأكد مصدر عسكري أن قوات النظام سيطرت على مدينة البوكمال بالكامل .")
    events = _events(text, "ASSAULT")
    assert len(events) == 1
    assert events[0].sub_event_type == "Government regains territory"


def test_a_battle_and_a_capture_told_of_two_days_stay_two() -> None:
    text = ("واندلعت اشتباكات عنيفة بين قوات النظام وعناصر تنظيم داعش داخل مدينة البوكمال يوم الخميس . "
            "وسيطرت قوات النظام على مدينة البوكمال يوم السبت .")
    assert len(_events(text, "ASSAULT")) == 2


def test_years_counted_to_a_massacre_are_its_anniversary() -> None:
    assert _events("وتحل اليوم الذكرى في مخيم شاتيلا : 35 عاما على مذبحة صبرا وشاتيلا في بيروت .",
                   "ASSAULT") == []
    assert _events("وقتل 35 مدنيا أمس في مذبحة ارتكبتها الميليشيات في مخيم شاتيلا في بيروت .", "ASSAULT")


def test_an_ordinal_singles_out_the_attack_a_relative_clause_tells() -> None:
    text = ("وصد مقاتلو المعارضة هجوما لتنظيم داعش على بلدة حيط في ريف درعا الغربي . "
            "وهذا هو الهجوم الخامس الذي تشنه داعش على بلدة حيط .")
    assert not any("generic-relative" in r for r in _rules(text))


def test_a_withdrawal_demanded_of_someone_is_not_done() -> None:
    text = "وأظهر البيان رفض المجلس المحلي لوجود قسد وطالبها بالانسحاب من مدينة جرابلس ."
    assert any(r.startswith("trigger:withdrawal|hypothetical") for r in _rules(text))
    assert _events("وانسحبت قوات سوريا الديمقراطية من مدينة جرابلس يوم الخميس .", "RETREAT")


def test_a_demand_held_to_is_a_standing_stance() -> None:
    text = "وتمسكت المعارضة يوم الخميس بطلبها ألا يكون للأسد أي دور خلال المرحلة الانتقالية ."
    assert any(r.startswith("trigger:request|historical") for r in _rules(text))
    assert _events("وطالبت المعارضة يوم الخميس في الرياض الأمم المتحدة بعقد جولة جديدة من المفاوضات .", "REQUEST")
