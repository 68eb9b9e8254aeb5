"""VILLAGES28: Syrian and Lebanese villages, towns and a camp rasd left unresolved after a cue,
chosen because they recur across the breadth articles (al-Quriyah, Marrat, al-Sour, al-Shutayb ...).

Sentences written for these tests in the style of the reports (no text copied from a page).
Each place has a case it must take and a close case it must leave.
"""

from __future__ import annotations

from tests.helpers import linked_names as _names
from tests.helpers import linked_places as _linked


def test_euphrates_villages_of_deir_ez_zor_link() -> None:
    v = _linked("استهدف الطيران الحربي مدينتي الميادين والقورية في ريف دير الزور الشرقي")
    assert v["والقورية"]["name"] == "Al-Quriyah"
    assert v["والقورية"]["admin1"] == "Deir-ez-Zor"
    assert v["والقورية"]["geo_precision"] == 2
    v = _linked("سيطرت قوات سوريا الديمقراطية على بلدة مراط وقرية حطلة شرق نهر الفرات")
    assert v["مراط"]["name"] == "Marrat"
    assert v["حطلة"]["name"] == "Hatla"


def test_al_sour_only_with_its_settlement_word() -> None:
    # الصور is "the pictures"; the Khabur town is taken after بلدة/مدينة/ناحية only
    assert "Al-Sour" in _names("سيطرت قوات سوريا الديمقراطية على بلدة الصور في ريف دير الزور")
    assert "Al-Sour" not in _names("نشرت الوكالة الصور من ريف دير الزور")
    assert "Tyre" in _names("قصف على مدينة صور جنوب لبنان")


def test_a_lebanese_village_of_baalbek_links() -> None:
    v = _linked("سقطت طائرة استطلاع في بلدة يونين التابعة لقضاء بعلبك")
    assert v["يونين"]["name"] == "Younine"
    assert v["يونين"]["country"] == "Lebanon"


def test_nasib_only_as_a_village_not_the_word_share() -> None:
    # نصيب "share": only the written بلدة/قرية نصيب is the village
    assert "Nasib" in _names("عبر اللاجئون الحدود الأردنية قرب بلدة نصيب في محافظة درعا")
    assert "Nasib" not in _names("كان الفوز من نصيب الفريق الضيف في مباراة درعا")


def test_the_kurdish_name_links_and_the_word_paved_does_not() -> None:
    # the town is named by its Kurdish name; المعبدة alone is "the paved" (roads)
    assert "Girke Lege (al-Maabada)" in _names("تظاهر الأهالي في بلدة كركي لكي بمحافظة الحسكة")
    assert not any(n.startswith("Girke") for n in _names("أصلحت البلدية الطرق المعبدة في ريف الحسكة"))


def test_the_baniyas_village_and_the_word_egg() -> None:
    assert "Al-Bayda (Baniyas)" in _names("اعتصمت مئات النسوة في قرية البيضة قرب بانياس")
    assert "Al-Bayda (Baniyas)" not in _names("سعر البيضة في أسواق بانياس")
