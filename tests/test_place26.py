"""PLACE26: a settlement a cue names that no words and no governorate tie, on a page whose
places lie in several governorates of one country, is placed in that country by its own name
(the country's point, geo_precision 3, no gazetteer id, unresolved).

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from tests.helpers import events_of


def _unresolved(text: str) -> dict[str, dict]:
    """Each PLACE_UNRESOLVED span's words → the place it was given (empty: none)."""
    doc = extract(text, published="2024-03-12")
    return {doc.text[s.start:s.end]: (s.value or {}).get("place") or {} for s in doc.spans_of("PLACE_UNRESOLVED")}


# a digest of fronts in three governorates of Syria
DIGEST = ("قصفت قوات النظام مدينة حلب وبلدة عندان . واستهدف الطيران مدينة حمص ومدينة تلبيسة . "
          "وقصفت المدفعية مدينة إدلب . ")


def test_village_of_a_placeless_sentence_takes_the_page_country() -> None:
    text = DIGEST + "وقتل طفل في قرية الزباري بقصف مدفعي ."
    place = _unresolved(text)["الزباري"]
    assert place["tie"] == "page-country" and place["country"] == "Syria" and place["admin1"] is None
    assert place["geo_precision"] == 3 and place["unresolved"] is True and place["gazetteer_id"] is None
    assert "the country that holds most places the page names" in place["source"]
    names = {(e.location or {}).get("name_ar") for e in events_of(text, "ASSAULT", require=True)}
    assert "الزباري" in names


def test_page_over_two_countries_gives_no_country() -> None:
    text = ("قصفت قوات النظام مدينة حلب وبلدة عندان . وقصف الطيران مدينة الموصل ومدينة تكريت "
            "ومدينة الرمادي . وقتل طفل في قرية الزباري بقصف مدفعي .")
    assert _unresolved(text)["الزباري"] == {}


def test_a_sentence_naming_a_place_elsewhere_gives_no_country() -> None:
    # the sentence resolves a town of its own: PLACES17's rules hold, the page's country is not asked
    text = DIGEST + "وقتل طفل في قرية الزباري ، وقصفت الطائرات مدينة الموصل ."
    assert _unresolved(text).get("الزباري", {}).get("tie") != "page-country"


def test_a_cue_before_a_common_word_is_no_place_on_such_a_page() -> None:
    for sentence in ("ويشتكي سكان قرية صغيرة من انقطاع الكهرباء .", "وفر الأهالي إلى بلدة مجاورة ."):
        found = _unresolved(DIGEST + sentence)
        assert not any(w in k for k in found for w in ("صغيرة", "مجاورة")), found
