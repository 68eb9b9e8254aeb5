"""Who did it, session 26 (ACTORS26, 28 Nov): the bare security forces.

"قوات الأمن"، "القوات الأمنية"، "عناصر الأمن"، "رجال الأمن"، "الأجهزة الأمنية" … with no state named
after them were no actor: the knowledge base had only the forms with a state's adjective (قوات
الأمن العراقية). They are now read as the bare police is (actors/eras.yaml ``bound.country``,
role ``police``): the state of the one foreign country the sentence names, else of the country
the report is plainly about, else Syria's — but only in a report that names a Syrian actor or a
sentence naming Syria (``bound.unsure_abroad``: elsewhere whose forces they are is unknown, no
actor). In a sentence whose resolved places all lie in one other country they are that
country's police (events/roles_armies.py, rule ``+placed:<country>``); followed by an
affiliation word ("القوى الأمنية التابعة لفيلق الرحمن") they are the owner's and name no state;
before a named service ("عناصر الأمن العسكري") they are that service.

Sentences are written for these tests in the style of the reports; each case the rule must take
has a close case it must leave alone.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of

SYRIA_POLICE = "Police Forces of Syria (2000-2024)"
IRAQ_POLICE = "Police Forces of Iraq"
TURKEY_POLICE = "Police Forces of Turkey (2002-)"


def _events(text: str, plover: str):
    return [e for e in rasd.extract(text, published="2011-05-06").events if e.plover == plover]


def _actors(text: str) -> list[tuple[str, str]]:
    doc = rasd.extract(text, published="2011-05-06")
    return [(doc.text[s.start:s.end], s.value.get("name"), s.rule) for s in doc.spans_of("ACTOR")]


def test_security_forces_raiding_in_a_report_on_syria_are_syria_s():
    (ev,) = _events("قالت لجان التنسيق المحلية إن قوات الأمن داهمت منازل في حي بابا عمرو بمدينة حمص "
                    "واعتقلت عشرين شابا .", "COERCE")
    assert name_of(ev.actor1) == SYRIA_POLICE


def test_security_forces_in_a_sentence_placed_in_iraq_are_iraq_s():
    text = ("قصفت قوات النظام السوري بلدة كفرنبل بريف إدلب . وفي سياق آخر , اعتقلت قوات الأمن 20 شخصا "
            "في مدينة الموصل .")
    (ev,) = _events(text, "COERCE")
    assert name_of(ev.actor1) == IRAQ_POLICE
    assert ev.actor1["matched"] == "قوات الامن"  # the security forces' own words, not another actor


def test_security_forces_in_a_report_naming_nothing_syrian_are_no_one():
    text = ("واصيب عشرات المتظاهرين بجروح عندما اطلقت قوات الامن النار لعرقلة تقدم المشاركين في تظاهرة "
            "للمطالبة بمحاكمة صالح .")
    assert not any(n == SYRIA_POLICE for _t, n, _r in _actors(text))


def test_security_forces_of_a_faction_name_no_state():
    text = "شنت القوى الأمنية التابعة لفيلق الرحمن حملة اعتقالات طالت ناشطين في الغوطة الشرقية ."
    (ev,) = _events(text, "COERCE")
    assert name_of(ev.actor1) != SYRIA_POLICE


def test_security_forces_with_their_state_keep_the_longer_name():
    (ev,) = _events("اعتقلت قوات الأمن التركية 20 شخصا في مدينة إسطنبول .", "COERCE")
    assert name_of(ev.actor1) == TURKEY_POLICE


def test_the_security_council_is_no_security_force():
    text = "وقالت قوات النظام إنها سيطرت على البلدة . ودان مجلس الأمن الهجوم على مدينة حماة ."
    assert not any(t.endswith("الأمن") and n and n.startswith("Police") for t, n, _r in _actors(text))


def test_security_forces_before_a_named_service_are_that_service():
    text = ("ونقل قائد في ميليشيا الدفاع الوطني إلى المشفى العسكري بعد تعرضه للضرب من قبل عناصر الأمن "
            "العسكري في دير الزور .")
    names = [(t, n) for t, n, _r in _actors(text)]
    assert any(t.endswith("الأمن العسكري") and n == "Military Forces of Syria (2000-2024) Military Intelligence "
               "Directorate" for t, n in names)
    assert not any(n == SYRIA_POLICE for _t, n in names)
