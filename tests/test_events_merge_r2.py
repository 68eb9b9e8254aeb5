"""One event per happening (round 2): a definite noun naming talks or an agreement told before
is that one unless its own sentence tells another day; a type only guessed, told with a told one
in one sentence, is that happening.
Sentences written for these tests; each rule has a case it must change and a close one it must
leave alone. The event-confidence filter is off: these test the merge rule, not the filter.
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, doc_id="merge-r2-test")


def test_definite_talks_on_their_own_other_day_are_other_talks():
    talks = _events("اجتمع وزير الخارجية الروسي مع نظيره التركي في أنقرة يوم 5 آذار 2024. "
                    "وكانت المحادثات بين روسيا وتركيا قد جرت في موسكو يوم 20 شباط 2024.", "CONSULT")
    assert sorted(e.event_date for e in talks) == ["2024-02-20", "2024-03-05"]


def test_definite_talks_without_a_day_of_their_own_are_the_talks_told():
    talks = _events("اجتمع وزير الخارجية الروسي مع نظيره التركي في أنقرة يوم 5 آذار 2024. "
                    "وتناولت المحادثات بين روسيا وتركيا الوضع في سوريا.", "CONSULT")
    assert len(talks) == 1 and talks[0].event_date == "2024-03-05"


def test_definite_agreement_of_another_day_is_another_agreement():
    agreements = _events("اتفقت روسيا وتركيا في سوتشي يوم 5 آذار 2024 على وقف إطلاق النار في إدلب. "
                         "وكان الاتفاق الموقع بين روسيا وتركيا يوم 12 كانون الثاني 2024 قد نص على تبادل الأسرى.",
                         "AGREE")
    assert len(agreements) == 2


def test_definite_agreement_in_another_city_without_a_day_is_the_agreement_told():
    # a city named in talks is as often their topic as where they were held
    agreements = _events("اتفقت روسيا وتركيا في سوتشي يوم 5 آذار 2024 على وقف إطلاق النار في إدلب. "
                         "ونص الاتفاق الموقع بين روسيا وتركيا على تبادل الأسرى في جنيف.", "AGREE")
    assert len(agreements) == 1


# --- a type only guessed, told with a told one in one sentence, is that happening ---

_CLASH = "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في بلدة اللطامنة بريف حماة الشمالي يوم الأحد"


def test_bare_shelling_told_with_the_clash_is_the_clash():
    (clash,) = _events(_CLASH + "، وترافقت مع قصف على بلدة اللطامنة.", "ASSAULT")
    assert clash.sub_event_type == "Armed clash"


def test_shelling_told_with_its_weapon_stays_another_event():
    events = _events(_CLASH + "، وترافقت مع قصف مدفعي على بلدة اللطامنة.", "ASSAULT")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Shelling/artillery/missile attack"]


def test_bare_shelling_told_in_another_sentence_stays_another_event():
    events = _events(_CLASH + ". وقصفت قوات النظام بلدة اللطامنة مساء الأحد.", "ASSAULT")
    assert len(events) == 2


# --- an ordinal after a definite trigger counts happenings: "الهجوم الثاني" is another one ---

_STRIKES = "شنت طائرات التحالف الدولي يوم الأحد غارات جوية على مدينة الرقة. "


def _sentences(e) -> int:
    return len({ev.start for ev in e.evidence if ev.field == "event"})


_UNCLAIMED = "تعرضت مدينة الرقة يوم الأحد لغارات جوية عنيفة. "


def test_the_second_attack_is_not_the_strikes_told_before():
    (strikes,) = _events(_UNCLAIMED + "أما الهجوم الثاني فتنفذه قوات سوريا الديمقراطية.", "ASSAULT")
    assert _sentences(strikes) == 1
    assert strikes.actor1 is None  # the second attack's side is not the strikes' attacker


def test_the_attack_without_an_ordinal_is_the_strikes_told_before():
    (strikes,) = _events(_UNCLAIMED + "وأسفر الهجوم عن دمار واسع في الأحياء الشمالية.", "ASSAULT")
    assert _sentences(strikes) == 2


def test_the_second_strike_with_its_own_town_is_another_event():
    events = _events(_STRIKES + "واستهدفت الغارة الثانية بلدة الطبقة مساء الأحد.", "ASSAULT")
    assert sorted(e.location["name"] for e in events) == ["Al-Tabqa", "Ar Raqqah"]
