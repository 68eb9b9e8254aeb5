"""GAZ11: settlements a report lists with commas, and the tie a comma does not break.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from tests.helpers import events_of, name_of


def _unresolved(text: str) -> dict[str, dict]:
    doc = extract(text, published="2024-03-12")
    out = {}
    for s in doc.spans_of("PLACE_UNRESOLVED"):
        v = s.value if isinstance(s.value, dict) else {}
        t = doc.text[s.start:s.end]
        out[t[1:] if t[:1] == "و" and not t.startswith("وادي") else t] = v  # the list's و
    return out


def test_comma_list_of_villages_each_gets_its_event() -> None:
    # a list typed with commas after قرى, closed by a comma and "في ريف ..."
    text = ("أفاد مصدر ميداني أن قوات النظام سيطرت أمس على قرى الحميرة , المسعدية , أم حارتين , "
            "الطويلعة , في ريف حماة الشرقي بعد معارك مع التنظيم.")
    places = {name_of(e.location) for e in events_of(text, "ASSAULT", require=True)}
    names = {e.location.get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert {"الحميرة", "المسعدية", "أم حارتين", "الطويلعة"} <= names, (places, names)


def test_comma_list_items_are_tied_to_the_countryside() -> None:
    text = "قصفت الطائرات الحربية قرى البوشمس , السعلو , الطيبة الغربية في ريف دير الزور الشرقي."
    found = _unresolved(text)
    assert found["السعلو"]["place"]["admin1"] == "Deir-ez-Zor"
    assert found["السعلو"]["place"]["tie"] == "in"


def test_comma_after_the_list_still_ties_it() -> None:
    # the quoted list closes with '" ,' before the place glued to ب
    text = ('وقصف الطيران الروسي قرى " الصرمان , وتل كرامة , ووادي الضيف " , بريف إدلب الجنوبي '
            "صباح اليوم.")
    found = _unresolved(text)
    assert found["تل كرامة"]["place"]["within"].endswith("Idlib countryside")
    assert found["وادي الضيف"]["place"]["admin1"] == "Idleb"


def test_single_village_tied_across_a_comma_by_its_relative_clause() -> None:
    text = ("تدور اشتباكات عنيفة على أطراف قرية عبطين , الواقعة في الريف الجنوبي لحلب , "
            "بين قوات النظام والفصائل.")
    found = _unresolved(text)
    assert found["عبطين"]["place"]["admin1"] == "Aleppo"


def test_comma_then_a_clause_is_no_list_item() -> None:
    text = "قصفت الطائرات قرى المويلح , قتل فيها خمسة مدنيين في ريف دير الزور أمس."
    found = _unresolved(text)
    assert "قتل" not in found and "قتل فيها" not in found
    text = "سيطرت قوات النظام على قرى المويلح , وقال المرصد إن الاشتباكات مستمرة في ريف حماة."
    found = _unresolved(text)
    assert not any(k.startswith("قال") for k in found)


def test_kaf_opens_no_village_name() -> None:
    # كبينة is no ك + بينة ("evidence"): after قرى it is a village's name
    text = "استهدفت غارات جوية أمس قرى كبينة وتردين في ريف اللاذقية الشمالي."
    names = {e.location.get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert "كبينة" in names


def test_area_name_tied_by_the_countryside_after_it() -> None:
    text = ("وحسب المرصد قصفت طائرات حربية منطقة زغير الحصان بريف دير الزور الشرقي ما تسبب "
            "بمقتل أربعة مدنيين.")
    found = _unresolved(text)
    assert found["زغير الحصان"]["place"]["admin1"] == "Deir-ez-Zor"
    text = "سجل أمس سقوط قذائف هاون في منطقة الطرنجة الشرقية بريف دمشق أطلقتها الفصائل."
    names = {e.location.get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert any(n and n.startswith("الطرنجة") for n in names), names


def test_areas_listed_in_brackets_before_their_countryside() -> None:
    text = ("شن التنظيم هجوما على مواقع قوات النظام في مناطق ( الجميلات , والحويقة الغربية , وأم حرجين ) "
            "بالريف الشرقي لدير الزور أمس.")
    found = _unresolved(text)
    assert {"الجميلات", "الحويقة الغربية", "أم حرجين"} <= {k for k in found if "place" in found[k]}
    names = {e.location.get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert not any(n and n.startswith("و") for n in names), names  # the list's و is no letter


def test_area_without_a_tie_stays_no_mention() -> None:
    # "في منطقة X" with no place putting it anywhere may be where jets crossed (PLACE10)
    text = "حلقت الطائرات فوق منطقة الطرنجة الشرقية قبل أن تقصف مواقع في ريف دمشق."
    found = _unresolved(text)
    assert not any(k.startswith("الطرنجة") for k in found)
    text = "قصفت الطائرات منطقة خفض التصعيد بريف إدلب أمس."
    assert not any("خفض" in k for k in _unresolved(text))


def test_area_adjective_and_operation_zone_are_no_names() -> None:
    # "منطقة صحراوية" is "a desert area"; "منطقة درع الفرات" a zone named for an operation
    found = _unresolved("اختطف مسلحون عشرين صيادا في منطقة صحراوية بمحافظة المثنى جنوبي العراق.")
    assert not any(k.startswith("صحراوي") for k in found)
    found = _unresolved("قتل ضابط في عملية اغتيال في منطقة درع الفرات بريف حلب الشمالي أمس.")
    assert not any(k.startswith("درع") for k in found)


def test_listed_name_keeps_no_conjunction() -> None:
    # "ومسرابا والمرج": the و glued to the last item is the list's, not the village's
    text = ("شنت قوات النظام أمس هجمات على بلدات حزة وكفربطنا والمحمدية , في الغوطة الشرقية "
            "قتل فيها مدنيون.")
    names = {e.location.get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert not any(n and n.startswith("وال") for n in names), names


def test_region_framing_the_sentence_ties_its_villages() -> None:
    # no words after the villages place them; the sentence's one countryside frames them
    text = ("وتابعت وحدات الجيش تقدمها في ريف حمص الشمالي أمس وسيطرت على قرى أم زويتينة الغربية "
            "وتل بريكات شمال بلدة عين الدنانير.")
    found = _unresolved(text)
    tied = {k for k, v in found.items() if "place" in v}
    assert any(k.startswith("أم زويتينة") for k in tied), found
    assert all(v["place"]["admin1"] == "Homs" for v in found.values() if "place" in v)
    # "شمال بلدة الغنطو": the town the villages are reckoned from is no target
    assert "عين الدنانير" not in tied


def test_no_frame_when_the_sentence_spans_two_governorates() -> None:
    text = "قصفت الطائرات ريف حماة الشمالي وريف إدلب الجنوبي واستهدفت قرية أم زويتينة الغربية أمس."
    found = _unresolved(text)
    assert not any("place" in v for v in found.values())


def test_contrast_word_ends_the_regions_frame() -> None:
    # "فيما": the town's capture is another happening than the fighting in the countryside
    text = ("اندلعت معارك عنيفة أمس في ريف حماة الشمالي، فيما سيطرت الفصائل على بلدة "
            "أم زويتينة.")
    found = _unresolved(text)
    assert not any("place" in v for v in found.values())
