"""Deployments told on short news pages (SHORT27, 28 Nov 2026). Sentences written for these tests.

- A title tells a past deployment in the present with the force first ("الشرطة العسكرية التركية
  تنتشر في إدلب السورية"): a deployment (MOBILIZE), only with the force opening the title or a
  clause and the place after the verb; not a verb first (a state), a force a construct or a relative
  clause describes, the future, a possibility.
- A deployment begun with the force and a day told between ("بدأت الشرطة العسكرية التركية ، اليوم
  السبت ، الانتشار في …"); not "more spread" nor a deployment prevented.
- Forces sent with a pronoun ("أرسلت … آلافاً آخرين من قواتها إلى كركوك"); not a sending to come.
- Factions and the police deployed by the intransitive verb ("انتشرت فصائل … على الحدود"); not a
  picture the police published ("نشرت الشرطة صورة").
"""

from __future__ import annotations

import pytest

from rasd.api import extract

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.plover, (e.location or {}).get("name")) for e in extract(text, published="2017-10-20").events]


# --- a title's present: the force first ------------------------------------------------------

def test_title_present_with_the_force_first_is_a_deployment() -> None:
    assert _events("وكالة روسية : الشرطة العسكرية التركية تنتشر في إدلب السورية .") == [("MOBILIZE", "Idlib")]


def test_verb_first_present_is_a_state_not_a_deployment() -> None:
    assert _events("وتنتشر قوات النظام في مدينة إدلب منذ سنوات .") == []


def test_force_a_construct_describes_is_no_deployment() -> None:
    assert _events("وكانت مخافر الشرطة تنتشر في أرياف إدلب .") == []


def test_force_a_relative_clause_describes_is_no_deployment() -> None:
    assert _events("وقال مصدر إن القوات التي تنتشر في إدلب تركية .") == []


def test_future_deployment_is_none() -> None:
    assert _events("وقال المصدر إن الشرطة العسكرية الإيرانية ستنتشر في إدلب .") == []


def test_possible_deployment_is_none() -> None:
    assert _events("قالت الوكالة : قوات الجيش قد تنتشر في إدلب .") == []


# --- a deployment begun, the force and a day between ----------------------------------------

def test_deployment_begun_with_a_day_between_is_one() -> None:
    assert _events("بدأت الشرطة العسكرية التركية , اليوم السبت , الانتشار في محافظة إدلب .") == [
        ("MOBILIZE", "Idleb")]


def test_deployment_begun_as_an_operation_is_one() -> None:
    assert _events("بدأت القوات الروسية عملية انتشارها في مدينة عفرين .") == [("MOBILIZE", "Afrin")]


def test_more_spread_is_no_deployment() -> None:
    assert _events("وقال إن الدبلوماسية التي بدأت تظهر على الساحة , ستحقق مزيدا من الانتشار في إدلب .") == []


def test_deployment_prevented_after_a_complementizer_is_none() -> None:
    assert _events("وبدا منذ عام أن تركيا تركز على منع انتشار الوحدات الكردية في إدلب .") == []


# --- forces sent, with a pronoun --------------------------------------------------------------

def test_own_forces_sent_are_a_deployment() -> None:
    assert _events("وقال إن السلطات الكردية أرسلت آلافا آخرين من قواتها إلى منطقة كركوك يوم الخميس .") == [
        ("MOBILIZE", "Kirkuk")]


def test_more_of_its_forces_sent_are_a_deployment() -> None:
    assert _events("أرسلت روسيا المزيد من قواتها إلى عفرين يوم أمس .") == [("MOBILIZE", "Afrin")]


def test_forces_to_be_sent_are_none() -> None:
    assert _events("وقال إن روسيا سترسل المزيد من قواتها إلى عفرين .") == []


# --- factions and the police deployed ---------------------------------------------------------

def test_police_deployed_is_a_deployment() -> None:
    assert _events("انتشرت الشرطة المحلية في ناحية بعشيقة يوم الأحد .") == [("MOBILIZE", "Bashiqa")]


def test_factions_deployed_is_a_deployment() -> None:
    assert [p for p, _ in _events("انتشرت فصائل الحشد الشعبي على الحدود السورية يوم الجمعة .")] == ["MOBILIZE"]


def test_picture_the_police_published_is_no_deployment() -> None:
    assert _events("نشرت الشرطة الفرنسية صورة أحد المهاجمين مساء الثلاثاء في باريس .") == []


# --- a title's present: forces arriving or entering --------------------------------------------

def test_title_forces_arriving_are_a_deployment() -> None:
    assert _events("سبوتنيك : قوات صينية تصل إلى طرطوس السورية .") == [("MOBILIZE", "Tartus")]


def test_tanks_entering_the_battle_are_no_deployment() -> None:
    assert _events("عاجل : دبابات الجيش التركي تدخل المعركة وتدعم الجيش السوري .") == []
