"""Places abroad that world news names and the gazetteer lacked (session 12, WORLD12):
cities and provinces of Afghanistan and elsewhere, and a capital named by its country's
adjective. Sentences written for these tests; each rule with a close negative case.
"""

from __future__ import annotations

from rasd.kb.places import link


def places(text: str) -> dict[str, dict | None]:
    """surface → value (None when unresolved)."""
    return {f.surface: f.value for f in link(text)}


def test_cities_of_world_news_link_bare():
    for text, surface, name, country in (
            ("قتل خمسة أشخاص في انفجار وقع في قندهار صباح اليوم", "قندهار", "Kandahar",
             "Afghanistan"),
            ("أصيب العشرات في هجوم على حفل في مانشستر", "مانشستر", "Manchester",
             "United Kingdom"),
            ("اعتقلت الشرطة ثلاثة مشتبه بهم في طنطا", "طنطا", "Tanta", "Egypt")):
        v = places(text)[surface]
        assert v is not None and (v["name"], v["country"]) == (name, country)
        assert v["source"].startswith("GeoNames")


def test_provinces_abroad_take_their_capital_point():
    v = places("قتل جنديان في اشتباك في ولاية هلمند جنوب البلاد")
    hit = [x for x in v.values() if x and x["name"] == "Helmand province"]
    assert hit and "Lashkar Gah" in hit[0]["source"]
    v = places("شن الطيران غارات على مواقع في ننكرهار")["ننكرهار"]
    assert v is not None and v["name"] == "Nangarhar province"


def test_farah_province_needs_its_cue_word():
    v = places("انفجرت عبوة ناسفة في ولاية فرح غرب أفغانستان")
    assert any(x and x["name"] == "Farah province" for x in v.values())
    # فرح "joy": no place
    v = places("عمت حالة من الفرح في الشوارع وعبر الناس عن فرح كبير")
    assert not any(x and x.get("country_code") == "AF" for x in v.values())


def test_a_capital_named_by_its_country_adjective():
    v = places("تظاهر المئات وسط العاصمة الصومالية احتجاجا على القرار")
    hit = [x for x in v.values() if x and x["name"] == "Mogadishu"]
    assert hit and hit[0]["country"] == "Somalia"
    # a capital named by an adjective with no capital entry (Turkish: writers use it for
    # Istanbul as well) stays no place
    v = places("خرج الآلاف في مسيرة وسط العاصمة التركية")
    assert not any(x and x["kind"] == "city" for x in v.values())
