"""Fixes from the review of session 13's changes (REVIEW13): a carried subject stops at a
happening of another actor and is never a government; digits that are no decimal digits
(superscripts) do not crash the number and date readers. Sentences written for these tests."""

from __future__ import annotations

from rasd.api import extract
from rasd.events.carried import RULE
from rasd.quantities.numbers import _digits
from rasd.time import words as time_words

TAKEN = "سيطرت قوات النظام على قرية معركبة في ريف حماة أمس الأحد . "


def _actor1(text: str, trigger: str) -> tuple[str | None, str]:
    """actor1's name and rule of the ASSAULT whose trigger is ``trigger``."""
    doc = extract(text, published="2017-11-20")
    ev = next(e for e in doc.events if e.plover == "ASSAULT" and e.trigger == trigger)
    return (ev.actor1 or {}).get("name"), next((x.rule for x in ev.evidence if x.field == "actor1"), "")


def test_a_verb_after_the_forces_happening_carries_the_forces():
    name, rule = _actor1(TAKEN + "وقصفت مدينة كفرزيتا بالصواريخ .", "وقصفت")
    assert name is not None and "Military Forces of Syria" in name and rule == RULE


def test_a_request_of_another_actor_told_between_ends_the_chain():
    # the last happening told is the government's request: the strike is neither its nor the forces'
    text = TAKEN + "وطالبت الحكومة التركية بوقف القصف , كما قصفت مدينة كفرزيتا بالصواريخ ."
    assert _actor1(text, "قصفت") == (None, "")


def test_an_army_that_speaks_carries_into_its_strike():
    text = "وقال الجيش التركي إن عملياته ستستمر في عفرين . وقصف مواقع للوحدات الكردية في قرية جنديرس ."
    name, rule = _actor1(text, "وقصف")
    assert name is not None and "Military Forces of Turkey" in name and rule == RULE


def test_a_government_that_speaks_is_no_carried_attacker():
    text = "وقالت الحكومة التركية إن عملياتها ستستمر في عفرين . وقصفت مواقع للوحدات الكردية في قرية جنديرس ."
    assert _actor1(text, "وقصفت") == (None, "")


RETURNED = "عاد فيلق الشام إلى ريف إدلب بعد أسابيع من المعارك . "


def _first_actor1(text: str, plover: str) -> tuple[str | None, str]:
    ev = next(e for e in extract(text, published="2017-11-20").events if e.plover == plover)
    return (ev.actor1 or {}).get("name"), next((x.rule for x in ev.evidence if x.field == "actor1"), "")


def test_a_passive_with_tam_carries_no_subject():
    # "تم القبض على قائده": the faction's commander was caught; the faction caught no one
    assert _first_actor1(RETURNED + "تم القبض على قائده في حلب خلال المعارك .", "COERCE") == (None, "")


def test_an_active_verb_after_it_carries_the_faction():
    name, rule = _first_actor1(RETURNED + "وقصف مواقع قوات النظام في حلب أمس .", "ASSAULT")
    assert name == "Faylaq al-Sham" and rule == RULE


# superscript digits are digits to str.isdigit but no decimal digits: int() refuses them

def test_superscript_digits_are_no_numbers():
    assert time_words._int("²") is None and _digits("³") is None
    assert time_words._int("١٥") == 15 and _digits("12") == 12  # Arabic-Indic and Latin digits still read


def test_superscript_digits_in_a_report_do_not_crash_it():
    for text in ("السبت 20 أغسطس ²⁰¹⁸ قصفت الطائرات مدينة حلب", "قتل ١٢ و³ مدنيين في حلب",
                 "في الساعة ⁵:³⁰ قصفت الطائرات حلب", "قتل 10/² مدنيين في حلب"):
        for published in (None, "2018-01-01"):
            extract(text, published=published)
    doc = extract("قتل ١٢ مدنيا في قصف للطائرات على مدينة حلب", published="2018-01-01")
    assert [e.fatalities for e in doc.events] == [12]
