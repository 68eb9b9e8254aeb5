"""GEO29: homonyms and non-place senses REVIEW28 listed, told apart by the sentence around them.

Sentences written for these tests. Each rule has a case it must take and a close case it
must leave.
"""

from rasd.kb.places import link


def _places(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """surface → (name, country, rule) of every place mention (None name when unresolved)."""
    out = {}
    for f in link(text):
        v = f.value
        out[f.surface] = (v["name"], v["country"], f.rule) if v else (None, None, f.rule)
    return out


def test_saida_of_daraa_by_its_governorate_and_sidon_otherwise():
    got = _places("قصفت قوات النظام بلدة صيدا في ريف درعا الشرقي صباح اليوم .")
    assert got["صيدا"][:2] == ("Saida (Daraa)", "Syria")
    got = _places("حيث خرجت مظاهرات في بلدات : نوى , الحراك , صيدا , إنخل , والكرك الشرقي .")
    assert got["صيدا"][:2] == ("Saida (Daraa)", "Syria")
    got = _places("استشهد الشاب محمد تحت التعذيب في سجون النظام # صيدا | درعا")
    assert got["صيدا"][:2] == ("Saida (Daraa)", "Syria")
    # Lebanon named beside it, or nothing to tell them apart: Lebanon's Sidon
    got = _places("حذر نصر الله من عودة السيارات المفخخة إلى لبنان بعد تفجير صيدا الأخير .")
    assert got["صيدا"][:2] == ("Sidon", "Lebanon")
    got = _places("ونظمت تظاهرة حاشدة مساء اليوم في صيدا احتجاجا على القرار .")
    assert got["صيدا"][:2] == ("Sidon", "Lebanon")


def test_ad_dali_governorate_is_not_its_town():
    got = _places("اندلعت مواجهات أخرى في محافظة الضالع بين الحوثيين والقوات الحكومية .")
    assert got["محافظة الضالع"][:2] == ("Ad Dali governorate", "Yemen")
    got = _places("اندلعت مواجهات عنيفة في مدينة الضالع جنوبي اليمن .")
    assert got["مدينة الضالع"][:2] == ("Ad Dali", "Yemen")


def test_the_participle_involved_in_is_no_place():
    got = _places("قالت المحكمة إن المتهم الضالع في تفجير الكنيسة اعتقل في القاهرة .")
    assert "الضالع" not in got and got["القاهرة"][:2] == ("Cairo", "Egypt")
    # after في, or after an actor's name, it is the town
    got = _places("اندلعت اشتباكات عنيفة في الضالع في جنوب اليمن .")
    assert got["الضالع"][:2] == ("Ad Dali", "Yemen")
    got = _places("قصفت قوات الحوثي الضالع في ساعات الصباح .")
    assert got["الضالع"][:2] == ("Ad Dali", "Yemen")


def test_a_side_of_a_city_places_a_city_abroad_in_its_country():
    got = _places("قتل مسلح في تبادل لإطلاق النار في الفيوم جنوب القاهرة .")
    assert got["الفيوم"][:2] == ("Al Fayyum", "Egypt")
    assert got["الفيوم"][2].endswith("+foreign:country-beside")
    # no side between: "الفيوم القاهرة" tells nothing, and the bare name stays unlinked
    got = _places("قتل مسلح في تبادل لإطلاق النار في الفيوم .")
    assert "الفيوم" not in got


def test_a_city_abroad_before_a_region_names_a_battle():
    got = _places("تشهد درعا معركة جنيف حوران لتحرير طرق الإمداد .")
    assert "جنيف" not in got and got["حوران"][:2] == ("Hauran", "Syria")
    # a comma between: two places
    got = _places("وصل الوفد إلى جنيف , حوران تشهد معارك عنيفة .")
    assert got["جنيف"][:2] == ("Geneva", "Switzerland")
    # a city of the covered countries after it (إدلب is a city too): two places
    got = _places("عاد الوفد من عمان إدلب بعد أسبوع .")
    assert got["عمان"][:2] == ("Amman", "Jordan")


def test_nominative_dual_settlement_nouns_are_cues():
    got = _places("وفي الريف الشمالي تعرضت مدينتا حيان وعندان لقصف مدفعي من قوات النظام .")
    assert got["مدينتا حيان"][:2] == ("Hayyan", "Syria")
    assert got["وعندان"][:2] == ("Anadan", "Syria")
    # the bare given name stays no place
    got = _places("وقال حيان إن القصف استمر طوال الليل على عندان .")
    assert "حيان" not in got


def _doc_places(text: str) -> list[tuple[str, str | None]]:
    """(surface, place name) of the PLACE spans of the whole pipeline (sentences split)."""
    import rasd

    doc = rasd.extract(text, doc_id="geo29", published="2017-05-01")
    return [(doc.text[s.start:s.end], (s.value or {}).get("name"))
            for s in doc.spans if s.label == "PLACE"]


def test_sidon_stays_sidon_when_only_another_sentence_names_daraa():
    got = _doc_places("قصفت قوات النظام مدينة درعا صباح اليوم . وفي سياق آخر حاول مسلحون "
                      "اغتيال أحد كوادر حماس في صيدا أمس .")
    assert ("صيدا", "Sidon") in got
    # a town's cue before the name: Daraa's town, the page naming Daraa
    got = _doc_places("قصفت قوات النظام مدينة درعا صباح اليوم . وقصفت قوات النظام بلدة صيدا "
                      "بالمدفعية أمس .")
    assert ("صيدا", "Saida (Daraa)") in got
    # a city's cue: Sidon
    got = _doc_places("داهمت الشرطة منزلا في مدينة صيدا اللبنانية أمس .")
    assert ("مدينة صيدا", "Sidon") in got
