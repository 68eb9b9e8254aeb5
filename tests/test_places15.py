"""PLACES15: where a list's places lie — a town abroad among the villages of one governorate,
and the villages the gazetteer lacks that a region closes later in the sentence.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from typing import Any

from rasd.kb.places import link


def _places(text: str) -> dict[str, dict[str, Any]]:
    """Each place mention of ``text`` (the list's و dropped) → its place: the linked place, or
    the place an unresolved settlement is tied to (``{}`` when nothing ties it)."""
    out: dict[str, dict[str, Any]] = {}
    for f in link(text):
        name = f.surface[1:] if f.surface[:1] == "و" else f.surface
        out[name] = f.value if f.value is not None else (f.unresolved or {}).get("place") or {}
    return out


# --------------------------------------------------------- a town abroad among a list's villages

def test_a_city_abroad_in_a_list_of_villages_is_a_village_of_the_list() -> None:
    # قرى: the list's names are villages; two of them are villages of Deir ez-Zor, so
    # الرمادي is Deir ez-Zor's al-Ramadi (which the gazetteer lacks), not Iraq's Ramadi
    found = _places("سيطرت قوات النظام على قرى السوسة والرمادي والشعفة شرق نهر الفرات.")
    assert found["السوسة"]["admin1"] == "Deir-ez-Zor"
    ramadi = found["الرمادي"]
    assert ramadi["country"] == "Syria" and ramadi["admin1"] == "Deir-ez-Zor"
    assert ramadi["gazetteer_id"] is None and ramadi["tie"] == "list"
    assert ramadi["name_ar"] == "الرمادي"


def test_a_list_of_one_countrys_cities_keeps_them() -> None:
    # Mosul, Ramadi and Tikrit: one country's cities, each the gazetteer's own
    found = _places("شن التنظيم هجمات على مدن الموصل والرمادي وتكريت.")
    assert found["الرمادي"]["name"] == "Ramadi" and found["الرمادي"]["country"] == "Iraq"


def test_a_list_with_no_plural_cue_keeps_the_city_abroad() -> None:
    # no قرى/بلدات says the names are villages: two Syrian towns listed with Ramadi may be
    # a list of cities on both sides of the border
    found = _places("وصلت تعزيزات عسكرية إلى البوكمال والميادين والرمادي.")
    assert found["الرمادي"]["country"] == "Iraq"


# ------------------------------------------------ the region that closes a list later in the sentence

def test_the_region_closing_the_sentence_places_the_lists_unknown_villages() -> None:
    text = ('سيطرت وحدات الجيش على قرى " البطيحة , المخيرمة , أم عدسة " والتلال المشرفة عليها '
            "من جهة الشمال في ريف الرقة الجنوبي .")
    found = _places(text)
    for name in ("البطيحة", "المخيرمة", "أم عدسة"):
        assert found[name]["admin1"] == "Ar-Raqqa", name
        assert found[name]["within"] == "southern Ar Raqqah countryside" and found[name]["tie"] == "in"
        assert found[name]["geo_precision"] == 3


def test_a_contrast_word_before_the_region_leaves_the_villages_unplaced() -> None:
    # بينما opens another happening: the region is the other clause's
    text = ('سيطرت وحدات الجيش على قرى " البطيحة , المخيرمة , أم عدسة " بينما تقدمت الفصائل '
            "في ريف الرقة الجنوبي .")
    assert _places(text)["البطيحة"] == {}


def test_a_comma_and_a_new_clause_before_the_region_leave_the_villages_unplaced() -> None:
    text = ('سيطرت وحدات الجيش على قرى " البطيحة , المخيرمة , أم عدسة " , وقتل مدني '
            "في ريف الرقة الجنوبي .")
    assert _places(text)["المخيرمة"] == {}


def test_a_region_of_another_governorate_in_the_sentence_closes_nothing() -> None:
    # the sentence names places of two governorates: which one holds the villages is not told
    text = ('سيطرت وحدات الجيش على قرى " البطيحة , المخيرمة , أم عدسة " والتلال المحيطة بها '
            "في ريف الرقة الجنوبي بعد وصول تعزيزات من مدينة حلب .")
    # (PLACES17: Aleppo is where the reinforcements came from, so the one governorate of the
    # sentence's other places holds them, at governorate precision; the region closes nothing)
    place = _places(text)["البطيحة"]
    assert place.get("tie") != "in" and place.get("within") != "southern Ar Raqqah countryside"


def test_while_at_the_same_time_opens_another_clause() -> None:
    # "في الوقت الذي": the region is where another happening began, not where the villages lie
    text = ('حاولت الفصائل الوصول إلى قرى " البطيحة , المخيرمة " , في الوقت الذي بدأت فيه '
            "عملية أخرى في ريف الرقة الجنوبي .")
    assert _places(text)["البطيحة"] == {}
