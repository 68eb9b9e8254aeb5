"""EXTRAS28: a city named as where talks, a conference, a summit, a meeting or a delegation sat
is their venue, not the place of a strike, an arrest, a deployment or a withdrawal told in the
same sentence ("الغارات لم تهدأ ... وفد الفصائل في أستانة" is no air strike in Astana).

Sentences written for these tests in the style of the reports (no text copied from a page).
Each cue has a case it must take (the venue is not the event's place) and a close case it must
leave (the same city told as where it happened keeps it, and a meeting or an agreement keeps
its venue).
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, name_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _places(text: str, plover: str) -> list[str]:
    return [name_of(e.location) for e in events_of(text, plover, require=True, published="2017-09-30")]


# ------------------------------------------ a delegation or talks "في" the city

def test_the_seat_of_a_delegation_is_no_place_of_the_air_strikes() -> None:
    text = ("أكد المتحدث باسم وفد الفصائل المسلحة في أستانة التوصل إلى الهدنة , لكن الغارات "
            "الجوية لم تهدأ على المنطقة يوم الجمعة .")
    assert "Astana" not in _places(text, "ASSAULT")


def test_an_air_strike_on_the_city_itself_keeps_it() -> None:
    text = "شنت الطائرات الحربية غارات جوية على أستانة يوم الجمعة بعد انتهاء المحادثات ."
    assert _places(text, "ASSAULT") == ["Astana"]


def test_a_meeting_the_strike_hit_keeps_its_town() -> None:
    # the meeting is the strike's target: the noun right after the trigger
    text = "قصفت الطائرات اجتماعا لقادة التنظيم في الرقة يوم الجمعة ."
    assert _places(text, "ASSAULT") == ["Ar Raqqah"]


# ------------------------------------------ past "العاصمة" and its adjective

def test_talks_held_in_a_capital_named_with_its_adjective() -> None:
    text = ("تقع الغوطة ضمن مناطق خفض التوتر في إطار المباحثات التي جرت بالعاصمة الكازاخية "
            "أستانا , لكن ذلك لم يمنع من تعرضها لمئات الغارات يوم الجمعة .")
    assert "Astana" not in _places(text, "ASSAULT")


# ------------------------------------------ the venue as the noun's construct

def test_an_agreement_named_by_its_city_is_no_place_of_a_massacre() -> None:
    text = "قال الوفد إن الطيران ارتكب مجزرة يوم الجمعة بعد اتفاقات أستانة ."
    assert "Astana" not in _places(text, "ASSAULT")


# ------------------------------------------ the types that keep their venue

def test_a_meeting_keeps_its_venue() -> None:
    text = "عقد وفد الفصائل المسلحة اجتماعا مع الوفد الروسي في أستانة يوم الجمعة ."
    assert "Astana" in _places(text, "CONSULT")


def test_an_arrest_in_the_city_of_a_conference_keeps_it() -> None:
    # the link "في" governs the arrest's verb, no venue noun before it in its clause
    text = "اعتقلت الشرطة ثلاثة أشخاص في موسكو يوم الجمعة قبل المؤتمر ."
    assert _places(text, "COERCE") == ["Moscow"]


def test_a_peak_is_no_summit() -> None:
    # "قمة" is a summit and a mountain top: only the talks' nouns name a venue
    text = "قصفت قوات النظام اليوم الجمعة مواقع على قمة حربون وهي أعلى قمة في القلمون ."
    assert _places(text, "ASSAULT") == ["Qalamoun"]
