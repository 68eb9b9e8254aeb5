"""PLACES24: a village the gazetteer lacks whose name runs over two words inside a و-list
("وزور القصيعية وبلحسين") keeps the list going; a list "الواقعة عند أطراف" a town lies near it."""

from rasd.api import extract
from tests.helpers import events_of

LIST = ("شن الطيران الحربي اليوم غارات جوية مكثفة على مدينة كفرزيتا وقرى المجدل وعطشان "
        "وزور القصيعية وبلحسين والشير بريف حماة الشمالي .")


def _written(e) -> str:
    return str((e.location or {}).get("name_ar") or "")


def _spans(doc) -> set[str]:
    return {doc.text[s.start:s.end] for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED")}


def test_a_two_word_village_in_a_list_keeps_the_list_going() -> None:
    # "زور القصيعية" is one village: its second word is followed by the next item's و, so the
    # list reads on to بلحسين and الشير, one strike event each
    found = {_written(e) for e in events_of(LIST, "ASSAULT", require=True, published="2016-02-20")}
    assert {"زور القصيعية", "بلحسين", "الشير"} <= found


def test_a_word_after_the_last_item_that_no_item_follows_is_no_name() -> None:
    # "عنبز قصفا": the word after the last item is followed by no و-item nor a comma: the
    # village is one word and the verbal noun is not part of it
    text = "شهدت قرى الطويحينة وعنبز قصفا مدفعيا عنيفا من قوات النظام اليوم في ريف حماة ."
    spans = _spans(extract(text, published="2016-02-20"))
    assert "وعنبز" in spans
    assert not any("قصفا" in s for s in spans)


def test_a_common_word_after_an_item_is_no_name_even_before_a_list_item() -> None:
    # "اليوم" is a word of the language: "وعنبز اليوم وقرى ..." keeps عنبز one word
    text = "قصفت الطائرات قرى الطويحينة وعنبز اليوم وقرى أخرى في ريف حماة ."
    spans = _spans(extract(text, published="2016-02-20"))
    assert "وعنبز" in spans and not any("اليوم" in s for s in spans)


EDGE = ('وقالت مصادر إن مسلحي " قوات سوريا الديمقراطية " سيطروا اليوم على قرى " أبو هريرة , '
        'المشيرفة , الكرين والمحمية " الواقعة عند أطراف مدينة الطبقة بريف الرقة الغربي .')


def test_a_list_at_a_towns_edge_lies_near_that_town() -> None:
    # each village is its own capture, placed near al-Tabqa (precision 2); Tabqa itself is
    # only the reference, not a captured town
    found = events_of(EDGE, "ASSAULT", require=True, published="2017-03-22")
    by_name = {_written(e): e for e in found}
    assert {"المشيرفة", "الكرين"} <= set(by_name)
    assert (by_name["الكرين"].location or {}).get("geo_precision") == 2
    assert "الطبقة" not in by_name and "مدينة الطبقة" not in by_name


def test_a_town_after_a_list_with_no_edge_word_is_still_a_target() -> None:
    # "وقصفت مدينة الطبقة": a clause of its own, not where the villages lie
    text = ("سيطر مسلحو قوات سوريا الديمقراطية اليوم على قرى المشيرفة والكرين , وقصفت الطائرات "
            "مدينة الطبقة بريف الرقة الغربي .")
    names = {str((e.location or {}).get("name")) for e in events_of(text, "ASSAULT", require=True,
                                                                    published="2017-03-22")}
    assert "Al-Tabqa" in names


def test_a_quoted_list_keeps_its_second_village() -> None:
    # each village in quotes of its own, the و between them: both are captured villages
    text = ('وقال الناشطون , إن قوات النظام سيطرت اليوم على قريتي " زبيدة " و " خساف " جنوب مدينة دير '
            'حافر , بعد معارك مع تنظيم " الدولة الإسلامية " .')
    found = {_written(e) for e in events_of(text, "ASSAULT", require=True, published="2017-03-10")}
    assert {"زبيدة", "خساف"} <= found


def test_a_quoted_group_after_one_village_is_no_village() -> None:
    # a singular cue: what follows " و " is no second village of a list
    text = 'سيطرت قوات النظام اليوم على قرية " زبيدة " و " جيش الإسلام " ينسحب منها .'
    spans = _spans(extract(text, published="2017-03-10"))
    assert not any("جيش" in s for s in spans)


DIGEST = ("05 يناير 2017 - قتل 12 شخصا إثر انفجار سيارة مفخخة شرقي بغداد .\n"
          "القوات التركية تقتل 38 مسلحا من داعش في عمليات برية وجوية .\n"
          "06 يناير 2017 - قتل 26 جنديا في مواجهات مع داعش في بنغازي .\n"
          "07 يناير 2017 - انفجار سيارة مفخخة في مقديشو يقتل 5 أشخاص .\n"
          "08 يناير 2017 - قتل 3 أشخاص في هجوم مسلح في كابول .")


def test_a_digest_line_takes_no_place_from_the_line_before() -> None:
    # on a chronology each line is a headline: the Turkish operation is not in Baghdad
    found = events_of(DIGEST, "ASSAULT", require=True, published="2017-01-31")
    turkish = [e for e in found if "التركية" in e.trigger or e.sentence_start == DIGEST.index("القوات التركية")]
    assert turkish
    assert all((e.location or {}).get("name") != "Baghdad" for e in turkish)


def test_an_ordinary_report_still_lends_its_place_across_a_line() -> None:
    text = ("قتل 12 شخصا اليوم إثر انفجار سيارة مفخخة شرقي بغداد .\n"
            "وقتل المسلحون بعد ذلك 3 من رجال الشرطة في هجوم على حاجز قريب .")
    found = events_of(text, "ASSAULT", require=True, published="2017-01-31")
    assert [(e.location or {}).get("name") for e in found].count("Baghdad") == 2
