"""VILLAGES30: places rasd left unresolved that recur on three or more breadth articles
(Beit Sawa, Umm Khuzaym, al-Bilil, Qal'at Sim'an, Silwan, and Kafr Batna spelt
كفر باطنة).

Sentences written for these tests in the style of the reports (no text copied from a page).
Each place has a case it must take and a close case it must leave.
"""

from __future__ import annotations

from tests.helpers import linked_names as _names
from tests.helpers import linked_places as _linked


def test_beit_sawa_in_a_list_of_ghouta_towns() -> None:
    v = _linked("قصفت الطائرات مدن حمورية ومسرابا وبيت سوى في الغوطة الشرقية")
    assert v["وبيت سوى"]["name"] == "Beit Sawa"
    assert v["وبيت سوى"]["admin1"] == "Rural Damascus"
    assert v["وبيت سوى"]["geo_precision"] == 2
    # بيت alone ("house") with another word is not the town
    assert "Beit Sawa" not in _names("قصفت الطائرات بيت سوري في الغوطة الشرقية")


def test_villages_of_the_hama_idlib_boundary() -> None:
    v = _linked("سيطرت قوات النظام على قريتي البليل وأم خزيم بريف إدلب الجنوبي الشرقي")
    assert v["البليل"]["name"] == "Al-Bilil"
    assert v["وأم خزيم"]["name"] == "Umm Khuzaym"
    # the boundary villages carry Abu Dali's governorate, as al-Shutayb and Tal Marq do
    assert v["البليل"]["admin1"] == "Idleb"
    assert "Al-Bilil" in _names("استهدفت غارات روسية قرى البليل والرهجان بريف حماة الشرقي")
    # بليل without the article is "by night"
    assert "Al-Bilil" not in _names("عقدت الاجتماعات بليل بعيدا عن العدسات في إدلب")


def test_qalaat_siman_and_the_bare_name_siman() -> None:
    v = _linked("نشرت تركيا نقاط مراقبة في محيط قلعة سمعان ومدينة دارة عزة")
    assert v["قلعة سمعان"]["name"] == "Qal'at Sim'an"
    assert v["قلعة سمعان"]["admin1"] == "Aleppo"
    assert "Qal'at Sim'an" not in _names("التقى الوزير سمعان في حلب")


def test_silwan_in_jerusalem_not_the_given_name() -> None:
    assert "Silwan" in _names("اقتحمت القوات الإسرائيلية حي وادي حلوة في بلدة سلوان جنوب المسجد الأقصى")
    assert "Silwan" in _names("أصيب أطفال بعدما دهسهم مستوطن في سلوان بالقدس المحتلة")
    assert "Silwan" not in _names("قال سلوان موميكا إنه سيكرر فعلته في ستوكهولم")


def test_kafr_batna_with_a_long_a() -> None:
    v = _linked("قتل مدنيان في قصف مدفعي على سوق كفر باطنة بريف دمشق")
    assert v["كفر باطنة"]["name"] == "Kafr Batna"
    assert v["كفر باطنة"]["name_ar"] == "كفر بطنا"  # the spelling is added, the name kept
    assert "Kafr Batna" not in _names("زار الوفد مدينة كفر سوسة في دمشق")
