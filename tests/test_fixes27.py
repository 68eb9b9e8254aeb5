"""REVIEW26's open findings 3 and 6 (FIXES27).

Finding 3: an arrest named after "بعد" is no reference (COERCE26), except when it is a detention
told by its length ("بعد اعتقال دام شهرين": its first day is not the day told) or the custody a
death under torture followed ("قتل … تحت التعذيب بعد اعتقاله", often a second telling of an arrest
the page tells before, dated with the death's day). Finding 6: the bare "الجيش الوطني" is the
Syrian National Army only where Syria is told: in a sentence whose one country is Yemen (a press
round-up's item on Sa'dah), or a report plainly on Yemen, it is Yemen's army; Algeria's army is
named by its own longer name.

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, trigger_rules

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


# (what is told, a sentence whose arrest is background, a close sentence whose arrest is told)
ARRESTS = [
    ("a detention told by its length",
     "قضى سلمان الفواز في مدينة الرقة تحت التعذيب في سجون النظام بعد اعتقال دام أكثر من سنة .",
     "أفرجت السلطات عن الصحفي ضياء الغريفي بعد احتجازه لثلاثة أيام في أحد مراكز الشرطة في النجف."),
    ("a detention told by its length, no torture named",
     "توفي الشاب سلمان الفواز في مدينة الرقة بعد اعتقال دام أكثر من سنة .",
     "توفي الشاب سلمان الفواز في مدينة الرقة بعد اعتقال قوات النظام له يوم الأحد ."),
    ("the custody a death under torture followed",
     "قتل حسين السليمان في مدينة تل أبيض تحت التعذيب بعد اعتقاله من قبل تنظيم داعش .",
     "قتل حسين السليمان في مدينة تل أبيض بعد اعتقاله من قبل تنظيم داعش ."),
    ("torture told after a told arrest",
     "استشهد أحمد أسعد تحت التعذيب في فرع الأمن العسكري بمدينة تدمر بعد اعتقاله .",
     "اعتقلت قوات النظام أحمد أسعد في مدينة تدمر يوم الأحد وتعرض للتعذيب ."),
]


@pytest.mark.parametrize(("background", "told"), [c[1:] for c in ARRESTS], ids=[c[0] for c in ARRESTS])
def test_an_arrest_after_bad_that_is_background(background: str, told: str) -> None:
    assert "trigger:arrest" not in trigger_rules(background, "COERCE"), background
    assert "trigger:arrest" in trigger_rules(told, "COERCE"), told


def test_an_execution_after_arrest_keeps_the_arrest() -> None:
    """COERCE26's case stays: "أعدم … بعد اعتقالهم في الرقة" tells the arrest only there."""
    assert "trigger:arrest" in trigger_rules("أعدم التنظيم 46 عنصرا بعد اعتقالهم في مدينة الرقة .", "COERCE")


def _actor1_names(text: str, plover: str) -> list[str]:
    return [str((e.actor1 or {}).get("name")) for e in events_of(text, plover)]


def test_the_national_army_of_a_report_on_yemen() -> None:
    yemen = ("الجيش اليمني يعثر على صواريخ ومستودع أسلحة شرق صعدة . عثرت قوات الجيش الوطني على صواريخ "
             "حرارية وكميات كبيرة من الأسلحة في مديرية كتاف بمحافظة صعدة يوم الأحد بعد معارك مع "
             "ميليشيات الحوثي . وقال مصدر يمني إن الحوثيين فروا من المنطقة .")
    names = _actor1_names(yemen, "COERCE")
    assert "Military Forces of Yemen" in names
    assert "Syrian National Army" not in names


def test_the_national_army_of_a_report_on_syria() -> None:
    syria = ("سيطرت فصائل الجيش الوطني على قرية كفرجنة في ريف عفرين يوم الأحد . وقال مصدر في الجيش "
             "الوطني إن قوات سوريا الديمقراطية انسحبت من القرية .")
    assert "Syrian National Army" in _actor1_names(syria, "ASSAULT")
    # the Syrian one in a report on Syria that names Yemen once
    also = ("شنت قوات الجيش الوطني هجوما على مواقع قوات سوريا الديمقراطية في قرية كفرجنة بريف عفرين "
            "يوم الأحد . وكان مقاتلون يمنيون قد وصلوا إلى المنطقة .")
    assert "Military Forces of Yemen" not in _actor1_names(also, "ASSAULT")


def test_the_national_army_of_a_yemeni_item_in_a_round_up() -> None:
    """A press round-up of several countries: the item's own sentence says whose army it is."""
    digest = ("وسبق أن أكد مسؤولون إيرانيون الإفراج عن معظم الموقوفين في طهران . الجيش اليمني يعثر على "
              "صواريخ ومستودع أسلحة شرق صعدة عثرت قوات الجيش الوطني , على صواريخ حرارية وكميات كبيرة "
              "من الأسلحة , خلفتها مليشيات الحوثيين , قبل فرارها من مواقعها شرق محافظة صعدة . وقصفت "
              "الطائرات السورية مدينة إدلب .")
    names = _actor1_names(digest, "COERCE")
    assert "Military Forces of Yemen" in names
    assert "Syrian National Army" not in names


def test_the_national_army_beside_its_turkish_backers() -> None:
    """Turkey is a war party in Syria: a sentence naming the Turkish army keeps the SNA."""
    text = "شنت قوات الجيش الوطني هجوما على قرية كفرجنة في ريف عفرين يوم الأحد بدعم من الجيش التركي ."
    assert "Syrian National Army" in _actor1_names(text, "ASSAULT")


def test_the_algerian_army_by_its_own_name() -> None:
    text = ("أصيب أربعة عناصر من الجيش الوطني الشعبي الجزائري بجروح إثر انفجار قنبلة تقليدية الصنع "
            "شمال مدينة تيزي وزو يوم الأحد .")
    names = [str((e.actor2 or {}).get("name")) for e in events_of(text, "ASSAULT")]
    assert "Military Forces of Algeria" in names
    assert "Syrian National Army" not in names
