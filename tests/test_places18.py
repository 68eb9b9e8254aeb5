"""PLACES18: no name read from a word that is no name after a settlement cue; a town a
happening was near (قرب، محيط، أطراف) is coded at precision 2, as ACLED codes it.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from tests.helpers import events_of

# a page whose places lie in one governorate: an untied cue-named word would take it (PLACES17)
_PAGE = "قصفت قوات النظام مدينة دير الزور وحي الجبيلة . واستهدف الطيران مدينة الميادين وبلدة البوليل . "


def _unresolved(text: str) -> set[str]:
    """The words of each PLACE_UNRESOLVED span."""
    doc = extract(text, published="2024-03-12")
    return {doc.text[s.start:s.end] for s in doc.spans_of("PLACE_UNRESOLVED")}


def _places(text: str) -> dict[str, dict]:
    """Each PLACE span's words → its place value."""
    doc = extract(text, published="2024-03-12")
    return {doc.text[s.start:s.end]: (s.value or {}).get("place") or s.value or {} for s in doc.spans_of("PLACE")}


def test_an_imperfect_verb_after_a_cue_is_no_name() -> None:
    # "يولد" is a common word: "تولد" is the verb, the city is the predicate
    found = _unresolved(_PAGE + "ويقول الأهالي إن البلدة مدينة تولد من جديد بعد الحرب .")
    assert "تولد" not in found


def test_a_village_whose_name_starts_like_a_verb_stays_a_name() -> None:
    # no other person of "تقاد" is a common word: a village's name
    found = _unresolved(_PAGE + "وقتل طفل في قرية تقاد .")
    assert "تقاد" in found


def test_an_indefinite_adjective_after_a_cue_is_no_name() -> None:
    # "مقدسة"، "سكني": common bare and with the article (المقدسة، السكني), no place's name
    for sentence, word in (("ويرى كثيرون أن القدس كانت مدينة مقدسة للجميع .", "مقدسة"),
                           ("وقتل طفل في انفجار بحي سكني وسط المدينة .", "سكني")):
        assert word not in _unresolved(_PAGE + sentence)


def test_a_village_written_without_its_article_stays_a_name() -> None:
    # "المشيرفة" is a village's name; bare "مشيرفة" is rare as a word: a name, not an adjective
    found = _unresolved(_PAGE + "وسيطرت القوات على قرية مشيرفة .")
    assert "مشيرفة" in found


def test_a_perfect_verb_with_its_object_pronoun_is_no_name() -> None:
    # "خسر" is a common word: "قرى خسرها" are "the villages it lost"
    found = _unresolved(_PAGE + "واستعادت القوات السيطرة على قرى خسرها الأسبوع الماضي .")
    assert "خسرها" not in found


def test_a_name_ending_like_a_plural_verb_stays_a_name() -> None:
    # "شيرا" is no common word: شيراوا is a district's name
    found = _unresolved(_PAGE + "وقصفت المدفعية ناحية شيراوا .")
    assert "شيراوا" in found


def test_a_town_after_near_words_is_coded_near_at_precision_2() -> None:
    for text in ("قتل ثلاثة مدنيين بقصف مدفعي قرب مدينة الميادين .",
                 "اندلعت اشتباكات عنيفة في محيط مدينة الميادين .",
                 "انفجرت عبوة ناسفة بالقرب من مدينة الميادين .",
                 "سقطت قذائف على أطراف الميادين ."):
        place = next(v for k, v in _places(text).items() if "الميادين" in k)
        assert place["geo_precision"] == 2 and place["relation"] == "near", text
    events = events_of("قتل ثلاثة مدنيين بقصف مدفعي قرب مدينة الميادين .", "ASSAULT", require=True)
    assert all(e.location["geo_precision"] == 2 for e in events)


def test_a_town_told_plainly_keeps_precision_1() -> None:
    # "الأطراف" with its own article are "the parties", "المحيط" "surrounding": no nearness
    for text in ("قتل ثلاثة مدنيين بقصف مدفعي على مدينة الميادين .",
                 "قتل ثلاثة مدنيين بقصف مدفعي في مدينة الميادين قرب الحدود .",
                 "دعا المبعوث كل الأطراف في الميادين إلى وقف القتال .",
                 "انتشرت الفصائل في الريف المحيط بالميادين ."):
        place = next(v for k, v in _places(text).items() if "الميادين" in k)
        assert place["geo_precision"] == 1 and "relation" not in place, text


def test_a_governorate_after_near_words_stays_a_governorate() -> None:
    place = next(v for k, v in _places("سقطت قذائف على أطراف محافظة حماة .").items() if "حماة" in k)
    assert place["geo_precision"] == 3 and place["kind"] == "governorate"


def test_a_three_letter_town_is_no_verb() -> None:
    # "يهم" is a common verb, but three letters are too few to tell a verb: نهم is a town
    found = _unresolved(_PAGE + "وسيطرت القوات على مدينة نهم .")
    assert "نهم" in found


def test_a_town_starting_with_nun_is_no_verb() -> None:
    # "يصيب" is a common verb, but news seldom writes "we": نصيب is a town (in the gazetteer
    # since VILLAGES28 as بلدة نصيب, so it is now a resolved place); نجها, a town the
    # gazetteer lacks, stays an unresolved place
    found = _places(_PAGE + "وقتل شاب في بلدة نصيب .")
    assert any(v.get("name") == "Nasib" for v in found.values())
    assert "نجها" in _unresolved(_PAGE + "وقتل شاب في بلدة نجها .")
