"""PLACES17: a settlement a cue names that no words tie takes the one area its context gives.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from tests.helpers import events_of


def _unresolved(text: str) -> dict[str, dict]:
    """Each PLACE_UNRESOLVED span's words → the place it was given (empty: none)."""
    doc = extract(text, published="2024-03-12")
    return {doc.text[s.start:s.end]: (s.value or {}).get("place") or {} for s in doc.spans_of("PLACE_UNRESOLVED")}


def test_village_takes_the_governorate_of_its_sentence() -> None:
    text = ("قصفت الطائرات الحربية الروسية قرية الحسينية صباح اليوم ، مما أدى إلى مقتل ثلاثة مدنيين "
            "قرب مدينة الميادين .")
    place = _unresolved(text)["الحسينية"]
    assert place["admin1"] == "Deir-ez-Zor" and place["tie"] == "sentence-area"
    assert place["geo_precision"] == 3 and place["unresolved"] is True
    assert place["gazetteer_id"] is None and place["within_id"].startswith("admin1:")
    assert "every place its sentence names" in place["source"]
    names = {(e.location or {}).get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert "الحسينية" in names


def test_sentence_over_two_governorates_gives_no_area() -> None:
    text = "قتل ثلاثة مدنيين في قرية البرغوثية بقصف المدفعية التي تتمركز في مدينة إدلب ومدينة حماة ."
    assert _unresolved(text)["البرغوثية"] == {}


def test_another_clause_gives_no_area() -> None:
    # the region of the clause after "، و" is where a civilian was killed, not the village
    text = "قصفت قوات النظام قرية البرغوثية ، وقتل مدني في مدينة إدلب ."
    assert _unresolved(text)["البرغوثية"] == {}


def test_a_destination_gives_no_area() -> None:
    text = "انسحب عناصر التنظيم من قرية البرغوثية باتجاه مدينة إدلب بعد الاشتباكات ."
    assert _unresolved(text)["البرغوثية"] == {}


def test_a_direction_before_a_cued_town_ties_near_it() -> None:
    # "جنوب ناحية X": the direction, then the town's own cue
    text = "نفذت قوة أمنية عملية دهم في قرية الحديد جنوب ناحية بهرز يوم الأحد ."
    place = _unresolved(text)["الحديد"]
    assert place["tie"] == "near" and place["within"] == "Buhriz"


def test_town_abroad_takes_the_country_of_its_sentence() -> None:
    text = "هاجم مسلحون من بوكو حرام بلدة غوبيو وقتلوا عشرة أشخاص في شمال نيجيريا ."
    place = _unresolved(text)["غوبيو"]
    assert place["country"] == "Nigeria" and place["admin1"] is None and place["geo_precision"] == 3


def test_country_after_a_border_word_is_no_area() -> None:
    text = "سيطر المسلحون على مدينة دماساك الواقعة على حدود النيجر ."
    assert _unresolved(text)["دماساك"] == {}


def test_village_of_a_placeless_sentence_takes_the_page_governorate() -> None:
    text = ("قالت مصادر محلية إن قوات النظام قصفت مدينة دير الزور وحي الجبيلة . وأكدت المصادر أن "
            "الطيران استهدف مدينة الميادين . كما قصف الطيران بلدة البوليل . وقتل طفل في قرية الزباري .")
    place = _unresolved(text)["الزباري"]
    assert place["admin1"] == "Deir-ez-Zor" and place["tie"] == "page-area"


def test_page_over_several_governorates_gives_no_area() -> None:
    text = "قصفت قوات النظام مدينة حلب ومدينة حمص . وقتل طفل في قرية الزباري ."
    assert _unresolved(text)["الزباري"] == {}


def test_a_cue_before_a_word_is_no_place_even_on_a_one_governorate_page() -> None:
    page = ("قصفت قوات النظام مدينة دير الزور وحي الجبيلة . واستهدف الطيران مدينة الميادين "
            "وبلدة البوليل . ")
    for sentence in ("ويشتكي سكان قرية صغيرة من انقطاع الكهرباء .",
                     "وعرض الادعاء جبل من الأدلة على المحكمة .",
                     "ونادى المؤذن حي على الصلاة فجرا ."):
        found = _unresolved(page + sentence)
        assert not any(w in k for k in found for w in ("صغيرة", "الأدلة", "الصلاة")), found
