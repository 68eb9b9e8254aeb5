"""DEBT16: the review findings session 15 left open (REVIEW15 #6, #9, #11; DEBT15's scale note)
and the last switches tests toggled. Sentences written for these tests in the style of the
reports (no text copied from a page).
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, places_of
from tests.test_places15 import _places

# ------------------------------------------- 1. the locative before a list's closing region is data

_LIST = 'سيطرت وحدات الجيش على قرى " البطيحة , المخيرمة , أم عدسة " والتلال المشرفة عليها من جهة الشمال '


@pytest.mark.parametrize("region", ["في ريف الرقة الجنوبي", "بريف الرقة الجنوبي"])
def test_a_region_told_in_closes_the_list(region: str) -> None:
    # cues.yaml `locatives` (في) or a glued ب: the villages lie in the region
    assert _places(_LIST + region + " .")["المخيرمة"]["within"] == "southern Ar Raqqah countryside"


@pytest.mark.parametrize("region", ["نحو ريف الرقة الجنوبي", "وصولا إلى ريف الرقة الجنوبي"])
def test_a_region_told_as_a_direction_closes_nothing(region: str) -> None:
    # towards the countryside: where the troops went on to, not where the villages lie
    assert _places(_LIST + region + " .")["المخيرمة"] == {}


# ----------------------------------------- 6. rules the tests switched off, stated by sentences

@pytest.mark.usefixtures("no_confidence_filter")
def test_a_meeting_told_by_a_visit_is_where_the_visit_went() -> None:
    # "خلال زيارته موسكو": Moscow, not the country of the talks' topic named later
    text = "وبحث وزير الخارجية المصري خلال زيارته موسكو أمس سبل دعم الحل السياسي في ليبيا ."
    assert places_of(text, "CONSULT") == ["Moscow"]


@pytest.mark.usefixtures("no_confidence_filter")
def test_a_visit_to_come_outside_the_trigger_lends_no_place() -> None:
    # "قبيل زيارته موسكو": the meeting was in Amman, before the visit; the visit word is not
    # the trigger's
    text = "والتقى وزير الخارجية المصري نظيره الأردني في عمان أمس قبيل زيارته موسكو ."
    assert places_of(text, "CONSULT") == ["Amman"]


@pytest.mark.usefixtures("no_confidence_filter")
@pytest.mark.parametrize(("opened", "closed"), [('" ', ' "'), ("«", "»"), ("“", "”")])
def test_a_quoted_venue_name_is_no_quotation(opened: str, closed: str) -> None:
    # quotes right before the name: the venue's name, not what was said there
    text = f"والتقى الرئيس اللبناني أمس في {opened}بيت الوسط{closed} السفير الروسي ."
    assert places_of(text, "CONSULT") == ["Beirut - Bayt al-Wasat"]


@pytest.mark.usefixtures("no_confidence_filter")
def test_a_place_inside_a_quotation_opened_before_it_is_no_venue() -> None:
    text = ('وقال الرئيس الفرنسي في مؤتمر صحفي مشترك مع رئيس الوزراء العراقي " يجب حل الفصائل '
            'المسلحة في العراق " .')
    assert places_of(text, "CONSULT") == ["None"]


def _tolls(text: str) -> dict[str, int | None]:
    return {str((e.location or {}).get("name")): e.fatalities for e in events_of(text, "ASSAULT")}


@pytest.mark.usefixtures("no_confidence_filter")
def test_an_elided_count_is_no_toll_of_another_town() -> None:
    # "واثنين في بلدة الكرك": al-Karak's two (an elided count), not the toll of the killing
    # told next in al-Musayfirah
    text = ("قالت مصادر طبية إن ثلاثة أشخاص قتلوا في بلدة الحراك واثنين في بلدة الكرك , وقتل آخر "
            "في بلدة المسيفرة جراء القصف .")
    assert _tolls(text) == {"Al Hirak": 3, "Al Musayfirah": None}


@pytest.mark.usefixtures("no_confidence_filter")
def test_a_count_with_its_own_verb_is_its_towns_toll() -> None:
    text = "قالت مصادر طبية إن ثلاثة أشخاص قتلوا في بلدة الحراك , وقتل اثنان في بلدة المسيفرة جراء القصف ."
    assert _tolls(text) == {"Al Hirak": 3, "Al Musayfirah": 2}
