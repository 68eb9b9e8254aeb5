"""PAIR12: the right happening given the wrong place — a town read as a man's family name after
"على كامل", and a village tied to its region past the clause that says who holds it.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from tests.helpers import events_of


def _place_names(text: str, label: str = "PLACE") -> set[str]:
    doc = extract(text, published="2024-03-12")
    return {doc.text[s.start:s.end] for s in doc.spans_of(label)}


def _tied(text: str) -> dict[str, dict]:
    doc = extract(text, published="2024-03-12")
    return {doc.text[s.start:s.end]: s.value for s in doc.spans_of("PLACE_UNRESOLVED")
            if isinstance(s.value, dict)}


def test_town_after_the_whole_of_is_the_place() -> None:
    text = "أعلنت الفصائل المعارضة اليوم السبت سيطرتها على كامل منبج بعد معارك عنيفة مع التنظيم."
    assert "منبج" in _place_names(text)
    names = {(e.location or {}).get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert "منبج" in names, names


def test_family_name_after_two_given_names_stays_no_place() -> None:
    # محمد كامل + a town's name: a man named so, as before (only على/وعلى كامل are "the whole of")
    text = "وقال الناشط محمد كامل منبج في حديث للصحفيين إن الوضع هادئ."
    assert "منبج" not in _place_names(text)


def test_village_tied_past_the_clause_of_who_holds_it() -> None:
    text = ('قصفت المدفعية التركية أمس قرية " تل شعير " التي تسيطر عليها " وحدات حماية الشعب " '
            "في ريف حلب الشمالي.")
    found = _tied(text)
    assert found["تل شعير"]["place"]["within"] == "northern Aleppo countryside", found
    names = {(e.location or {}).get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert "تل شعير" in names, names


def test_list_tied_past_a_dual_holder_clause_set_off_by_commas() -> None:
    text = ("سيطرت قوات النظام على قريتي " + '" أم زويتينة وخربة القرعان "' + " , اللتين تسيطر عليهما "
            "الفصائل , في ريف حماة الشمالي بعد اشتباكات.")
    found = _tied(text)
    assert found["أم زويتينة"]["place"]["admin1"] == "Hama", found


def test_holder_clause_then_a_full_stop_is_no_tie() -> None:
    # the region opens the next sentence: it does not say where the village lies
    text = ("قصفت المدفعية قرية تل شعير التي تسيطر عليها وحدات حماية الشعب . وفي ريف حلب الشمالي "
            "قتل مدني برصاص قناص.")
    found = _tied(text)
    assert "place" not in found.get("تل شعير", {}), found


def test_desert_over_several_governorates_does_not_block_the_sentence_region() -> None:
    # reinforcements from the Syrian desert (no one governorate) leave the Hama countryside the
    # frame of the villages taken in the sentence
    text = ("شهد ريف حماة الشمالي الشرقي اشتباكات عنيفة , وأفاد المرصد بأن الفصائل استعادت السيطرة "
            "على قريتي أبو زريقة وعين الحمرا , عقب وصول تعزيزات للتنظيم من البادية السورية.")
    found = _tied(text)
    assert found["أبو زريقة"]["place"]["admin1"] == "Hama", found


def test_a_second_governorate_still_blocks_the_sentence_region() -> None:
    # a town of another governorate in the sentence: the region does not frame the village
    text = ("شهد ريف حماة الشمالي الشرقي اشتباكات عنيفة , وأفاد المرصد بأن الفصائل استعادت السيطرة "
            "على قرية أبو زريقة , عقب وصول تعزيزات للتنظيم من مدينة الرقة.")
    found = _tied(text)
    assert "place" not in found.get("أبو زريقة", {}), found
